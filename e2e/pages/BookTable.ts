import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { BOOK, type BookMessages } from '../../src/i18n/messages/book';
import { CLIENT_DB } from '../../src/state/storageKeys';
import type { AppPage } from './AppPage';

type Column = keyof BookMessages['columns'];

/**
 * The book stress test in the clients section: the scenario for every client, the search and
 * "only with a gap" filters, the table (sortable headers, one row per client, the client's name
 * a button that opens it) and its CSV download. Progress is read from the scrolling region's
 * `data-done` / `data-total` (what the status line says in words).
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
  get rows(): Locator {
    return this.table.locator('tbody tr');
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
  /** The client names in table order. */
  names(): Promise<string[]> {
    return this.table.locator('tbody th .book-open').allInnerTexts();
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

/** The name of generated client `i` (sortable by name in the order they were made). */
export const bookClientName = (i: number): string => `Book Client ${String(i).padStart(3, '0')}`;

/**
 * Put `count` client files straight into the app's storage (same names and record envelope as
 * src/state), each the online-shop sample with its cash scaled from 10 % to 300 %, so the book
 * holds clients short within days, short later, and never short. The app must have started
 * (its database exists); reload afterwards to list them.
 */
export async function seedBook(page: Page, count: number): Promise<void> {
  const sample = JSON.parse(
    readFileSync(new URL('../../examples/online-shop.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  await page.evaluate(
    async ({ sample, count, db }) => {
      const open = indexedDB.open(db.database);
      const conn = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = conn.transaction(db.objectStore, 'readwrite');
      const store = tx.objectStore(db.objectStore);
      const clients = [];
      for (let i = 0; i < count; i++) {
        const file = structuredClone(sample) as {
          business: { name: string };
          cashAccounts: { balance: number }[];
        };
        file.business.name = `Book Client ${String(i).padStart(3, '0')}`;
        const scale = 0.1 + ((i * 7) % 30) / 10;
        for (const a of file.cashAccounts) a.balance = Math.round(a.balance * scale);
        const id = `book-${i}`;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60000).toISOString();
        store.put(
          JSON.stringify({
            version: 2,
            id,
            name: '',
            createdAt: at,
            updatedAt: at,
            revision: 1,
            state: {
              draft: file,
              validFile: file,
              scenarioId: 'risk_control_freeze_30d',
              exampleId: null,
            },
          }),
          `${db.clientPrefix}${id}`,
        );
        clients.push({ id, name: '', businessName: file.business.name, updatedAt: at });
      }
      store.put(
        JSON.stringify({ version: 1, activeId: `book-${count - 1}`, lang: null, clients }),
        db.index,
      );
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      conn.close();
      localStorage.setItem('fundgap.hasData', '1');
    },
    { sample, count, db: CLIENT_DB },
  );
}
