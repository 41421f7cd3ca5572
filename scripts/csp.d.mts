// Types for scripts/csp.mjs, so tests can import it.
export function policyFor(html: string): string[];
export function problemsIn(html: string, cssFiles: [name: string, css: string][]): string[];
export function withPolicy(html: string): string;
export function withoutPolicy(html: string): string;
