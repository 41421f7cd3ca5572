import { bookRow, bookRows } from '../src/engine/book';
import { findPreset } from '../src/engine/presets';
import { encryptBook, readBook } from '../src/io/bookCrypto';
import { exampleValid } from '../src/io/exampleFixtures';
import { shareLink, readShareFragment } from '../src/io/shareLink';
import { benchPlan } from './benchPlan';

/**
 * `npm run bench` (this file: `npx tsx bench/book.bench.ts`): the book's engine and io costs,
 * one JSON line per case like the other benches. `book_200_clients` is the engine's share of the
 * book table's "all 200 within 5 s" (issue 19): the same rows on one core, without the UI.
 */

const freeze = findPreset('risk_control_freeze_30d')!;

function stats(name: string, times: number[], budgetMs?: number): void {
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2));
  const line: Record<string, unknown> = {
    case: name,
    median_ms: at(0.5),
    p95_ms: at(0.95),
    runs: times.length,
  };
  if (budgetMs !== undefined) {
    line.budget_ms = budgetMs;
    line.within_budget = at(0.5) <= budgetMs;
  }
  console.log(JSON.stringify(line));
}

async function time(fn: () => unknown | Promise<unknown>, runs: number): Promise<number[]> {
  await fn(); // warm the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

const plan = benchPlan();
const items = Array.from({ length: 200 }, () => ({ plan, scenario: freeze }));

// One row (365 days, 30 flows, 10 sources): two runs and the break-even search.
stats('book_row_365d_30flows_10sources', await time(() => bookRow(plan, freeze), 50));
// 200 such clients, one after the other, as the Worker does.
stats('book_200_clients', await time(() => bookRows(items, () => undefined), 5), 5000);

const sample = exampleValid('online-shop');
const link = shareLink('https://fundgap.example/', sample.file);
stats(
  'share_link_encode_sample',
  await time(() => shareLink('https://fundgap.example/', sample.file), 50),
);
stats(
  'share_link_decode_sample',
  await time(() => readShareFragment(link.slice(link.indexOf('#'))), 50),
);

const clients = Array.from({ length: 200 }, (_, i) => ({ name: `客户 ${i}`, file: sample.file }));
const encrypted = await encryptBook(clients, 'bench passphrase');
stats('book_file_encrypt_200', await time(() => encryptBook(clients, 'bench passphrase'), 3));
stats('book_file_decrypt_200', await time(() => readBook(encrypted, 'bench passphrase'), 3));
