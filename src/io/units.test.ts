import { describe, expect, expectTypeOf, it } from 'vitest';
import { parsePlanValue } from './planFile';
import onlineShop from '../../examples/online-shop.json';
import type { Fen, Yuan } from '../engine/model';
import { fenFromYuan, roundFen, yuanFromFen } from '../engine/money';

/**
 * Fen and yuan are different units of the same money. These checks run under `npm run typecheck`:
 * each `@ts-expect-error` line must fail to compile, or tsc reports the directive as unused.
 */
describe('units: the compiler keeps yuan out of fen', () => {
  it('refuses a yuan amount where fen is expected, and fen where yuan is expected', () => {
    const yuan: Yuan = yuanFromFen(4_820_050);
    const fen: Fen = fenFromYuan(48_200.5);

    // @ts-expect-error a yuan amount is not fen (off by a factor of 100)
    const wrongFen: Fen = yuan;
    // @ts-expect-error fen is not a yuan amount
    const wrongYuan: Yuan = fen;
    const takesFen = (amount: Fen): Fen => amount;
    // @ts-expect-error the same through a call
    takesFen(yuan);
    // @ts-expect-error and through an array
    const wrongList: Fen[] = [yuan];

    expect([wrongFen, wrongYuan, wrongList]).toEqual([48_200.5, 4_820_050, [48_200.5]]);
  });

  it('accepts plain numbers and arithmetic on either side, so engine sums need no casts', () => {
    const a: Fen = 150;
    const b: Fen = roundFen(a * 1.5);
    const sum: Fen = a + b;
    expect(sum).toBe(375);
    expectTypeOf(fenFromYuan).returns.toEqualTypeOf<Fen>();
    expectTypeOf(yuanFromFen).returns.toEqualTypeOf<Yuan>();
  });

  it('types a parsed plan file’s amounts as yuan, so they must go through fenFromYuan', () => {
    const parsed = parsePlanValue(onlineShop);
    if (!parsed.ok) throw new Error('the first example should parse');
    const limit = parsed.file.fundingSources[0]!.limit;
    expectTypeOf(limit).toEqualTypeOf<Yuan>();
    // @ts-expect-error a file's limit is yuan, not fen
    const engineLimit: Fen = limit;
    expect(fenFromYuan(limit)).toBe(Math.round(engineLimit * 100));
  });
});
