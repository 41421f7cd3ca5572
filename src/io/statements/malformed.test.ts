import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStatement } from './readStatement';

/**
 * Broken and extreme exports, for each importer: cut off mid-table, the wrong encoding, a
 * preamble with no table, 100,000 rows. Each ends in a clear reason (never a throw, never a
 * partial plan) or, for the big file, a full read with progress.
 */

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(new URL(`../../../test/fixtures/statements/${name}`, import.meta.url)),
  );

const utf8 = (text: string) => new TextEncoder().encode(text);

type Maker = { preamble: string; header: string; row: (i: number) => string };

const MAKERS: Record<'alipay_app' | 'wechat' | 'bank', Maker> = {
  alipay_app: {
    preamble:
      '导出信息：\n起始时间：[2026-01-01 00:00:00]    终止时间：[2026-12-31 23:59:59]\n------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------\n',
    header:
      '交易时间,交易分类,交易对方,对方账号,商品说明,收/支,金额,收/付款方式,交易状态,交易订单号,商家订单号,备注,',
    row: (i) =>
      `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,收入,买家${i},,订单,收入,${(i % 90) + 10}.50,,交易成功,${i},,,`,
  },
  wechat: {
    preamble:
      '微信支付账单明细,,,,\n起始时间：[2026-01-01 00:00:00] 终止时间：[2026-12-31 23:59:59],,,,\n----------------------微信支付账单明细列表--------------------,,,,\n',
    header:
      '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注',
    row: (i) =>
      `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} 12:00:00,二维码收款,用户${i},/,收入,¥${(i % 90) + 10}.00,/,已收钱,${i},${i},/`,
  },
  bank: {
    preamble: '账户明细查询\n户名：测试商店\n',
    header: '交易日期,摘要,对方户名,收入金额,支出金额,余额',
    row: (i) =>
      `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},POS结算,银联商务,${(i % 90) + 10}.00,,${i}.00`,
  },
};

const file = (m: Maker, rows: number) =>
  `${m.preamble}${m.header}\n${Array.from({ length: rows }, (_, i) => m.row(i)).join('\n')}\n`;

describe.each(Object.entries(MAKERS))('%s importer', (format, maker) => {
  it('reads a well-formed file', async () => {
    const result = await readStatement(utf8(file(maker, 40)));
    expect(result.ok && result.statement.format).toBe(format);
  });

  it('says "truncated" when the file stops inside a row', async () => {
    const text = file(maker, 40);
    const cut = text.lastIndexOf('\n', text.length - 2) + 12; // a dozen characters into the last row
    const result = await readStatement(utf8(text.slice(0, cut)));
    expect(result).toEqual({ ok: false, error: { reason: 'truncated', line: expect.any(Number) } });
  });

  it('says "not text" for UTF-16 and for binary bytes', async () => {
    const text = file(maker, 5);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(await readStatement(utf16)).toEqual({ ok: false, error: { reason: 'not_text' } });
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await readStatement(binary)).toEqual({ ok: false, error: { reason: 'not_text' } });
  });

  it('says "unknown format" for a preamble with no table, and "no transactions" for a header alone', async () => {
    expect(await readStatement(utf8(maker.preamble))).toEqual({
      ok: false,
      error: { reason: 'unknown_format' },
    });
    expect(await readStatement(utf8(`${maker.preamble}${maker.header}\n`))).toEqual({
      ok: false,
      error: { reason: 'no_transactions', format },
    });
  });

  it('reads 100,000 rows, reporting progress that only goes up', async () => {
    const progress: number[] = [];
    const result = await readStatement(utf8(file(maker, 100_000)), (p) => progress.push(p));
    expect(result.ok && result.statement.transactions.length).toBe(100_000);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toBe(1);
  }, 60_000);
});

describe('GBK and cut-off files', () => {
  it('reads a GBK export cut off in the middle of a character as truncated, not as garbage', async () => {
    const bytes = fixture('alipay-taobao-shop-gbk.csv');
    // Find a cut that splits a two-byte GBK character inside the table.
    let cut = Math.floor(bytes.length * 0.6);
    while (bytes[cut]! < 0x81) cut++;
    const result = await readStatement(bytes.subarray(0, cut + 1));
    expect(result).toEqual({ ok: false, error: { reason: 'truncated', line: expect.any(Number) } });
  });

  it('refuses an empty file, a zip that is not a spreadsheet, and a file over the limit', async () => {
    expect(await readStatement(new Uint8Array())).toEqual({
      ok: false,
      error: { reason: 'empty' },
    });
    expect(await readStatement(utf8('\n\n  \n'))).toEqual({
      ok: false,
      error: { reason: 'empty' },
    });
    const notXlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await readStatement(notXlsx)).toEqual({
      ok: false,
      error: { reason: 'xlsx_unreadable' },
    });
    const huge = { byteLength: 65 * 1024 * 1024 } as Uint8Array;
    expect(await readStatement(huge)).toEqual({
      ok: false,
      error: { reason: 'too_large', maxBytes: 64 * 1024 * 1024 },
    });
  });
});
