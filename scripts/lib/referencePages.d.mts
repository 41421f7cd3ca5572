// Types for scripts/lib/referencePages.mjs, so its test can import it.
export function withoutAppScript(html: string): string;
export function withOnlyScript(html: string, src: string): string;
export function headersFor(html: string): [name: string, value: string][];
export function startReferencePages(options: { port: number; dist?: string }): Promise<{
  blank: string;
  firstScreen: string;
  reactOnly: string;
  app: string;
  stop: () => void;
}>;
