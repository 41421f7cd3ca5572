import { mkdirSync, writeFileSync } from 'node:fs';

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
 * (PDF.js text extraction; a date cut across two lines shows as two lines here). Renders pages
 * to PNG for looking at them.
 */
export class PdfDocument {
  private constructor(
    readonly pages: string[][],
    private readonly data: Uint8Array,
  ) {}

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
    return new PdfDocument(pages, data);
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

  /** Each page as `<prefix>-<n>.png` (needs the canvas PDF.js finds in Node). */
  async renderPages(prefix: string, scale = 1.2): Promise<string[]> {
    const doc = await (await getDocument({ data: this.data.slice() })).promise;
    const out: string[] = [];
    mkdirSync(prefix.slice(0, prefix.lastIndexOf('/')), { recursive: true });
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvasFactory = doc.canvasFactory as {
        create: (w: number, h: number) => { canvas: { toBuffer: (t: string) => Buffer } };
      };
      const { canvas } = canvasFactory.create(viewport.width, viewport.height);
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
      const path = `${prefix}-${n}.png`;
      writeFileSync(path, canvas.toBuffer('image/png'));
      out.push(path);
    }
    await doc.cleanup();
    return out;
  }
}
