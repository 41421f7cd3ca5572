import onlineShop from '../../examples/online-shop.json';
import type { Lang } from '../i18n/lang';
import type { PlanFile } from './planSchema';

/**
 * The example plans shipped with the app (the files in `examples/`). They go through the same
 * parser as any user file, so a broken example shows up as a parse error, never as bad numbers.
 */

export const EXAMPLE_IDS = ['online-shop', 'restaurant', 'supplier'] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export type Example = {
  id: ExampleId;
  name: Record<Lang, string>;
  /** One line on what the example shows. */
  summary: Record<Lang, string>;
  /** The raw plan file, loaded on demand (only the first screen's sample ships in the initial bundle). */
  data: () => Promise<unknown>;
};

export const EXAMPLES: readonly Example[] = [
  {
    id: 'online-shop',
    name: { en: 'Qingshan Apparel (Taobao shop)', 'zh-CN': '青山服饰（淘宝店）' },
    summary: {
      en: 'Most cash sits in Alipay; suppliers are paid with Huabei and the Spring Festival dip is bridged with Jiebei.',
      'zh-CN': '资金主要在支付宝，供应商货款靠花呗支付，春节淡季靠借呗周转。',
    },
    data: () => Promise.resolve(onlineShop),
  },
  {
    id: 'restaurant',
    name: { en: 'Old Street Noodles (restaurant)', 'zh-CN': '老街面馆（餐饮）' },
    summary: {
      en: 'Daily WeChat Pay and Alipay takings, thin reserves, a small Jiebei loan and Huabei for some purchases.',
      'zh-CN': '每日微信、支付宝收款，备用金薄，有小额借呗贷款，部分采购用花呗。',
    },
    data: () => import('../../examples/restaurant.json').then((m) => m.default),
  },
  {
    id: 'supplier',
    name: { en: 'Hengda Hardware (manufacturer)', 'zh-CN': '恒达五金（制造商）' },
    summary: {
      en: 'Big buyers pay on 60-day terms; a bank loan, Jiebei, factoring, bill discounting and family money.',
      'zh-CN': '大客户60天账期回款；银行流动资金贷款、借呗、保理、票据贴现和亲属借款。',
    },
    data: () => import('../../examples/supplier.json').then((m) => m.default),
  },
];

/**
 * The sample shown on first load, without running the schema: the examples are ours and
 * `examples.test.ts` proves each one validates, so the first screen needs no zod.
 */
export const FIRST_EXAMPLE_FILE = onlineShop as unknown as PlanFile;

/** The raw data of one shipped example, for `parsePlanValue`. */
export function exampleData(id: ExampleId): Promise<unknown> {
  const example = EXAMPLES.find((e) => e.id === id);
  return example ? example.data() : Promise.resolve(null);
}
