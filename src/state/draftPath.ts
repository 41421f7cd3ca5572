/**
 * Immutable updates by path on the plan draft (plain JSON data). Each step copies only the
 * objects along the path, so unchanged parts keep their identity and React skips them.
 */
export type Path = readonly (string | number)[];

type Json = unknown;

function copy(node: Json): Record<string | number, Json> | Json[] {
  if (Array.isArray(node)) return [...node];
  if (node !== null && typeof node === 'object') return { ...(node as Record<string, Json>) };
  return {};
}

/** A copy of `root` with `fn(old)` at `path`. */
export function updateAt<T>(root: T, path: Path, fn: (old: Json) => Json): T {
  if (path.length === 0) return fn(root) as T;
  const [head, ...rest] = path;
  const next = copy(root) as Record<string | number, Json>;
  next[head as string | number] = updateAt(
    (root as Record<string | number, Json> | null)?.[head as string | number],
    rest,
    fn,
  );
  return next as T;
}

export function getAt(root: Json, path: Path): Json {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/** `['fundingSources', 2, 'limit']` → `fundingSources[2].limit`, the form validation issues use. */
export function pathKey(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}
