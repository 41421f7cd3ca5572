import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { AppPage } from './pages/AppPage';
import { BookTable, bookClientName, seedBook } from './pages/BookTable';
import { expectNoAxeViolations } from './support/axe';
import { SHOTS } from './support/screenshots';
import { watchCsp } from './support/session';

const CLIENTS = 200;
// 200 client files stress-tested more than once on a shared, busy machine.
test.describe.configure({ timeout: 240_000 });

/** A book of 200 generated client files, loaded; the clients section on screen. */
async function bookOf200(app: AppPage): Promise<BookTable> {
  await seedBook(app.page, CLIENTS);
  await app.reload();
  const book = new BookTable(app);
  await book.show();
  return book;
}

/**
 * Watch the table from inside the page: each change of how many rows are done, when (ms after
 * `start`), and how many rows were on screen with their figures; and every main-thread long task.
 */
async function watchFill(book: BookTable): Promise<void> {
  await book.scroller.evaluate((el) => {
    const w = window as unknown as {
      __fill: { t: number; done: number; filled: number }[];
      __long: number[];
      __start: number;
    };
    w.__fill = [];
    w.__long = [];
    w.__start = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const done = Number(el.getAttribute('data-done'));
      const last = w.__fill.at(-1);
      if (last?.done === done) return;
      const filled = el.querySelectorAll('tbody tr.book-row:not(.book-pending)').length;
      w.__fill.push({ t: performance.now() - w.__start, done, filled });
    }).observe(el, { attributes: true, subtree: true, childList: true });
  });
}

async function fillRecord(book: BookTable) {
  return book.page.evaluate(() => {
    const w = window as unknown as {
      __fill: { t: number; done: number; filled: number }[];
      __long: number[];
    };
    return { fill: w.__fill, long: w.__long };
  });
}

test.describe('book stress test', () => {
  test('200 clients fill progressively under a preset, typing meanwhile is not blocked', async ({
    app,
  }, testInfo) => {
    const book = await bookOf200(app);
    await book.waitFinished(CLIENTS);
    expect(await book.rowCount()).toBe(CLIENTS);

    // A new scenario cancels nothing left (the first run is over) and starts a run of its own;
    // it is watched from the moment the choice changes.
    await watchFill(book);
    await book.scenario.selectOption('technical_outage');
    // Type in another field while the table fills: every character must land.
    const other = app.clients.manager.getByRole('searchbox', {
      name: app.t.clients.filterLabel,
      exact: true,
    });
    await other.click();
    await app.page.keyboard.type('Book Client 1', { delay: 30 });
    await expect(other).toHaveValue('Book Client 1');
    await book.waitFinished(CLIENTS);
    const { fill, long } = await fillRecord(book);
    const first = fill.find((f) => f.done > 0);
    const all = fill.find((f) => f.done === CLIENTS);
    const longest = Math.max(0, ...long);
    const report = {
      first_row_ms: Math.round(first?.t ?? -1),
      all_rows_ms: Math.round(all?.t ?? -1),
      updates: fill.length,
      longest_main_thread_task_ms: Math.round(longest),
      long_tasks: long.length,
    };
    testInfo.annotations.push({
      type: 'book fill (budget: bench:book)',
      description: JSON.stringify(report),
    });
    console.log(JSON.stringify({ case: 'book_table_e2e', ...report }));
    // Progressive: rows were on screen, with their figures, while others were still worked on.
    expect(fill.some((f) => f.done > 0 && f.done < CLIENTS && f.filled > 0)).toBe(true);
    expect(first).toBeDefined();
    expect(all).toBeDefined();
    // Every client has its row, none still working: read through the whole table.
    expect(await book.rowCount()).toBe(CLIENTS);
    const rows = await book.allRows();
    expect(rows).toHaveLength(CLIENTS);
    expect(new Set(rows.map((r) => r.name)).size).toBe(CLIENTS);
    expect(rows.filter((r) => r.status === book.m.status.pending)).toEqual([]);
    // Only the rows near the view are in the page, whatever the book's size.
    expect(await book.rows.count()).toBeLessThan(60);
  });

  test('changing the scenario mid-run cancels it; sort, filter, CSV and open a client', async ({
    app,
  }) => {
    // The spacer rows' heights are set through the CSSOM, which the policy allows: watched.
    const violations = await watchCsp(app.page);
    const book = await bookOf200(app);
    // Change while the first run is still going: the table ends under the last choice only.
    await expect.poll(() => book.done()).toBeGreaterThan(0);
    await book.scenario.selectOption('limit_cut_50');
    await book.scenario.selectOption('risk_control_freeze_30d');
    await book.waitFinished(CLIENTS);
    await expect(book.table.locator('caption')).toHaveText(
      book.m.tableCaption(app.t.domain.presetName.risk_control_freeze_30d!),
    );

    // Most urgent first by default: a risk before any watch or no-gap row.
    const statuses = (await book.allRows()).map((r) => r.status);
    const rank = (s: string) =>
      [book.m.status.risk, book.m.status.watch, book.m.status.ok, book.m.status.problem].indexOf(s);
    expect(statuses.map(rank)).toEqual([...statuses.map(rank)].sort((a, b) => a - b));
    expect(statuses).toContain(book.m.status.risk);
    expect(statuses).toContain(book.m.status.ok);

    // Keyboard: Tab walks from client to client (each row's one button, its name) past the rows
    // first in the page, the region scrolling along and bringing the next rows in.
    await book.rows.first().getByRole('button').focus();
    for (let i = 0; i < 30; i++) await app.page.keyboard.press('Tab');
    const focused = app.page.locator(':focus');
    await expect(focused).toHaveClass('book-open');
    expect(await focused.evaluate((el) => el.closest('tr')!.getAttribute('aria-rowindex'))).toBe(
      '32',
    );

    // Sort by name, then by name descending.
    await book.sortButton('client').click();
    await expect(book.header('client')).toHaveAttribute('aria-sort', 'ascending');
    expect((await book.names()).slice(0, 2)).toEqual([bookClientName(0), bookClientName(1)]);
    await book.sortButton('client').click();
    await expect(book.header('client')).toHaveAttribute('aria-sort', 'descending');
    expect((await book.names())[0]).toBe(bookClientName(CLIENTS - 1));

    // Survival days ascending: the numbers never go down, "no gap" last.
    await book.sortButton('survival').click();
    await expect(book.header('survival')).toHaveAttribute('aria-sort', 'ascending');
    // Cells: client, status, survival days, …
    const days = (await book.allRows()).map(({ cells: [, , t] }) =>
      t === book.m.never ? Infinity : Number(t!.replace(/[^\d.]/g, '')),
    );
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(days.every((d) => d === Infinity || Number.isFinite(d))).toBe(true);

    // Filters: only clients with a gap; a name search.
    await book.onlyGap.check();
    await expect.poll(() => book.rowCount()).toBeLessThan(CLIENTS);
    const gapStatuses = (await book.allRows()).map((r) => r.status);
    expect(gapStatuses.length).toBeGreaterThan(0);
    expect(gapStatuses.length).toBeLessThan(CLIENTS);
    expect(new Set(gapStatuses)).toEqual(
      new Set([book.m.status.risk, book.m.status.watch].filter((s) => gapStatuses.includes(s))),
    );
    await book.onlyGap.uncheck();
    await book.search.fill('Book Client 01');
    await expect(book.rows).toHaveCount(10);
    await expect(book.status).toContainText(book.m.shown(10, CLIENTS));

    // The CSV holds what is shown, in yuan and days, one line per client.
    const csv = await book.downloadCsv();
    expect(csv.name).toMatch(/^fundgap-book-stress-test-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Client,Scenario,Status,Survival (days),First short day,Deepest gap (CNY),Ant group share (%),Break-even outage (days),Last check-in',
    );
    expect(lines).toHaveLength(11);
    expect(lines.slice(1).every((l) => l.startsWith('Book Client 01'))).toBe(true);
    expect(lines[1]).toMatch(
      /^Book Client 01\d,Risk-control freeze \(30 days\),(Risk|Watch|No gap),\d*,(\d{4}-\d{2}-\d{2})?,\d+\.\d{2},\d+\.\d,\d*,$/,
    );

    // One click opens the client.
    const name = bookClientName(12);
    await book.row(name).getByRole('button', { name, exact: true }).click();
    await expect(app.section('answer')).toBeVisible();
    await expect(app.clients.currentName).toHaveText(name);
    expect(violations).toEqual([]);
  });

  test('axe, and screenshots on a desktop and a 375 px phone in English and Chinese', async ({
    app,
    page,
  }, testInfo) => {
    mkdirSync(SHOTS, { recursive: true });
    const book = await bookOf200(app);
    await book.waitFinished(CLIENTS);
    await expectNoAxeViolations(page, 'book-table', testInfo, '.book-panel');
    // The top of the panel as a reader sees it (the table scrolls in a region of its own).
    await book.panel.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${SHOTS}/book-table-en-desktop.png` });
    await page.setViewportSize({ width: 375, height: 812 });
    await book.panel.scrollIntoViewIfNeeded();
    // The page never scrolls sideways; the table scrolls inside its own region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect((await book.panel.boundingBox())!.width).toBeLessThanOrEqual(375);
    await expect(book.panel.getByText(book.m.scrollHint)).toBeVisible();
    expect(await book.scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/book-table-en-375.png` });
    await expectNoAxeViolations(page, 'book-table-375', testInfo, '.book-panel');

    await page.setViewportSize({ width: 1280, height: 900 });
    await app.switchLanguage('zh-CN');
    const zh = new BookTable(app);
    await zh.waitFinished(CLIENTS);
    await expect(zh.header('survival')).toBeVisible();
    await expectNoAxeViolations(page, 'book-table-zh', testInfo, '.book-panel');
    await zh.panel.evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${SHOTS}/book-table-zh-desktop.png` });
    await page.setViewportSize({ width: 375, height: 812 });
    await zh.panel.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({ path: `${SHOTS}/book-table-zh-375.png` });
  });
});
