/** PDF.js 6 expects Node 22's Promise.withResolvers; this machine's Node may be older. */
function withResolvers<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => {
    resolve = a;
    reject = b;
  });
  return { promise, resolve, reject };
}
const P = Promise as unknown as { withResolvers?: typeof withResolvers };
P.withResolvers ??= withResolvers;

async function getDocument(params: { data: Uint8Array }) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument(params);
}

/**
 * A printed PDF read back as a reader sees it: its pages, and each page's text line by line
 * (PDF.js text extraction; a date cut across two lines shows as two lines here).
 */
export class PdfDocument {
  private constructor(readonly pages: string[][]) {}

  static async read(pdf: Buffer): Promise<PdfDocument> {
    const data = new Uint8Array(pdf);
    const doc = await (await getDocument({ data: data.slice() })).promise;
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const lines: string[] = [''];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        lines[lines.length - 1] += item.str;
        if (item.hasEOL) lines.push('');
      }
      pages.push(lines.map((l) => l.trim()).filter((l) => l !== ''));
    }
    await doc.cleanup();
    return new PdfDocument(pages);
  }

  get pageCount(): number {
    return this.pages.length;
  }
  get text(): string {
    return this.pages.map((p) => p.join('\n')).join('\n\n');
  }
  /** Every pair of consecutive lines, for finding what a line break cut. */
  get lineBreaks(): [string, string][] {
    return this.pages.flatMap((p) => p.slice(1).map((l, i): [string, string] => [p[i]!, l]));
  }
}
