// Types for scripts/security-headers.mjs, so tests and vite.config.ts can import it.
export type Header = [name: string, value: string];
export const STATIC_HEADERS: Header[];
export function securityHeaders(directives: string[]): Header[];
export const HOSTS: Record<
  'netlify' | 'nginx' | 'caddy' | 'apache',
  { file: string; render: (headers: Header[]) => string }
>;
export function parseNetlifyHeaders(text: string): Header[];
export function writeHostingFiles(dist: string, directives: string[]): Header[];
export function docSampleHtml(): string;
export function shortenHashes(text: string): string;
export function withDocExamples(doc: string, directives: string[]): string;
