import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { BOOK, type BookMessages } from '../../src/i18n/messages/book';
import { CLIENT_DB } from '../../src/state/storageKeys';
import { clientName, seedBook as seedClientBook } from '../../scripts/lib/clientBook.mjs';
import type { AppPage } from './AppPage';

type Column = keyof BookMessages['columns'];

/** One row of the table as a reader sees it: the client's name and every cell's text. */
export type BookTableRow = { name: string; status: string; cells: string[] };

/**
 * The book stress test in the clients section: the scenario for every client, the search and
 * "only with a gap" filters, the table (sortable headers, one row per client, the client's name
 * a button that opens it) and its CSV download. Progress is read from the scrolling region's
 * `data-done` / `data-total` (what the status line says in words). Only the rows near the view
 * are in the page: `rows` are those, `rowCount()` and `allRows()` the whole table.
 */
export class BookTable {
  constructor(private readonly app: AppPage) {}

  get m(): BookMessages {
    return BOOK[this.app.lang];
  }
  get page(): Page {
    return this.app.page;
  }
  get panel(): Locator {
    return this.app.main.getByRole('region', { name: this.m.title, exact: true });
  }
  async show(): Promise<Locator> {
    await this.app.showSection('clients');
    await expect(this.panel).toBeVisible();
    return this.panel;
  }
  get scenario(): Locator {
    return this.panel.getByLabel(this.m.scenarioLabel, { exact: true });
  }
  get search(): Locator {
    return this.panel.getByRole('searchbox', { name: this.m.searchLabel, exact: true });
  }
  get onlyGap(): Locator {
    return this.panel.getByRole('checkbox', { name: this.m.onlyGap, exact: true });
  }
  /** The scrolling region that holds the table. */
  get scroller(): Locator {
    return this.panel.locator('.book-scroll');
  }
  get table(): Locator {
    return this.panel.getByRole('table');
  }
  /** The rows in the page (those near the view; spacers left out). */
  get rows(): Locator {
    return this.table.locator('tbody tr.book-row');
  }
  /** How many rows the table has, in the page or not (aria-rowcount, less the header row). */
  async rowCount(): Promise<number> {
    return Number(await this.table.getAttribute('aria-rowcount')) - 1;
  }
  /**
   * Every row of the table in order, read as a reader would: scrolling the region from top to
   * bottom and reading the rows each view brings into the page (by their aria-rowindex).
   */
  async allRows(): Promise<BookTableRow[]> {
    return this.scroller.evaluate(async (region) => {
      const table = region.querySelector('table')!;
      const count = Number(table.getAttribute('aria-rowcount')) - 1;
      const seen = new Map<number, { name: string; status: string; cells: string[] }>();
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const read = () => {
        for (const tr of table.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]')) {
          const cells = [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText);
          seen.set(Number(tr.getAttribute('aria-rowindex')) - 2, {
            name: tr.querySelector<HTMLElement>('.book-open')!.innerText,
            status: tr.querySelector<HTMLElement>('.book-status')!.innerText,
            cells,
          });
        }
      };
      // The rows in the page cover the whole view: the table has caught up with the scroll. On
      // a busy machine it can lag a few frames behind, and reading then would skip the rows the
      // view shows only as a spacer.
      const covered = () => {
        const rows = table.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]');
        if (rows.length === 0) return count === 0;
        const first = rows[0]!;
        const last = rows[rows.length - 1]!;
        const view = region.getBoundingClientRect();
        const index = (tr: HTMLElement) => Number(tr.getAttribute('aria-rowindex')) - 2;
        return (
          (index(first) === 0 || first.getBoundingClientRect().top <= view.top + 1) &&
          (index(last) === count - 1 || last.getBoundingClientRect().bottom >= view.bottom - 1)
        );
      };
      region.scrollTop = 0;
      for (let guard = 0; guard < 5000 && seen.size < count; guard++) {
        await frame();
        if (!covered()) continue;
        read();
        if (region.scrollTop + region.clientHeight >= region.scrollHeight - 1) continue;
        region.scrollTop += Math.max(40, region.clientHeight / 2);
      }
      region.scrollTop = 0;
      const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
      if (missing.length > 0) throw new Error(`book table: rows never read: ${missing.join(', ')}`);
      return Array.from({ length: count }, (_, i) => seen.get(i)!);
    });
  }
  get status(): Locator {
    return this.panel.getByRole('status');
  }
  /** How many rows the Worker has sent for the current run. */
  async done(): Promise<number> {
    return Number(await this.scroller.getAttribute('data-done'));
  }
  async waitFinished(total: number): Promise<void> {
    await expect(this.scroller).toHaveAttribute('data-finished', 'true');
    await expect(this.status).toHaveText(this.m.finished(total));
  }
  sortButton(column: Column): Locator {
    return this.table.getByRole('button', { name: this.m.columns[column], exact: true });
  }
  header(column: Column): Locator {
    return this.table.getByRole('columnheader', { name: this.m.columns[column] });
  }
  /** The client names in table order, every row. */
  async names(): Promise<string[]> {
    return (await this.allRows()).map((r) => r.name);
  }
  /** The row of a client, by its name. */
  row(name: string): Locator {
    return this.rows.filter({
      has: this.app.page.getByRole('rowheader').getByRole('button', { name, exact: true }),
    });
  }
  /** Download the CSV; returns its name and text. */
  async downloadCsv(): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.app.page.waitForEvent('download'),
      this.panel.getByRole('button', { name: this.m.downloadCsv, exact: true }).click(),
    ]);
    return {
      name: download.suggestedFilename(),
      text: readFileSync(await download.path(), 'utf8'),
    };
  }
}

const BOOK_PREFIX = 'Book Client ';

/** The name of generated client `i` (sortable by name in the order they were made). */
export const bookClientName = (i: number): string => clientName(i, BOOK_PREFIX);

/**
 * Put `count` client files straight into the app's storage (scripts/lib/clientBook.mjs, the
 * book `npm run bench:book` times): the online-shop sample with its cash scaled from 10 % to
 * 300 %, so the book holds clients short within days, short later, and never short. The app must
 * have started (its database exists); reload afterwards to list them.
 */
export async function seedBook(page: Page, count: number): Promise<void> {
  const sample: unknown = JSON.parse(
    readFileSync(new URL('../../examples/online-shop.json', import.meta.url), 'utf8'),
  );
  await seedClientBook(page, sample, count, {
    prefix: BOOK_PREFIX,
    vary: 'cash',
    lang: null,
    db: CLIENT_DB,
  });
}
