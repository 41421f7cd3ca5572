/** Issue paths (`cashFlows[2].frequency.weekday`) and the part of a form they fall in. */

/** True when `path` is `prefix` or lies inside it (`fundingSources[1]` does not contain `fundingSources[10]`). */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The part of `path` below `prefix`: `cashFlows[2].frequency.weekday` under `cashFlows[2]` → `frequency.weekday`. */
export function relativePath(path: string, prefix: string): string {
  const rest = path.slice(prefix.length);
  return rest.startsWith('.') ? rest.slice(1) : rest;
}
