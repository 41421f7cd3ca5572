import onlineShop from '../../examples/online-shop.json';
import restaurant from '../../examples/restaurant.json';
import supplier from '../../examples/supplier.json';
import type { Lang } from './messages';
import { parsePlanValue, type ParsePlanResult } from './planFile';

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
  /** The raw plan file; parse it with `loadExample`. */
  data: unknown;
};

export const EXAMPLES: readonly Example[] = [
  {
    id: 'online-shop',
    name: { en: 'Qingshan Apparel (Taobao shop)', 'zh-CN': '青山服饰（淘宝店）' },
    summary: {
      en: 'Most cash sits in Alipay; suppliers are paid with Huabei and the Spring Festival dip is bridged with Jiebei.',
      'zh-CN': '资金主要在支付宝，供应商货款靠花呗支付，春节淡季靠借呗周转。',
    },
    data: onlineShop,
  },
  {
    id: 'restaurant',
    name: { en: 'Old Street Noodles (restaurant)', 'zh-CN': '老街面馆（餐饮）' },
    summary: {
      en: 'Daily WeChat Pay and Alipay takings, thin reserves, a small Jiebei loan and Huabei for some purchases.',
      'zh-CN': '每日微信、支付宝收款，备用金薄，有小额借呗贷款，部分采购用花呗。',
    },
    data: restaurant,
  },
  {
    id: 'supplier',
    name: { en: 'Hengda Hardware (manufacturer)', 'zh-CN': '恒达五金（制造商）' },
    summary: {
      en: 'Big buyers pay on 60-day terms; a bank loan, Jiebei, factoring, bill discounting and family money.',
      'zh-CN': '大客户60天账期回款；银行流动资金贷款、借呗、保理、票据贴现和亲属借款。',
    },
    data: supplier,
  },
];

/**
 * Parses one shipped example.
 * @example const result = loadExample('restaurant'); if (result.ok) simulate(result.plan);
 */
export function loadExample(id: ExampleId): ParsePlanResult {
  const example = EXAMPLES.find((e) => e.id === id);
  return example ? parsePlanValue(example.data) : { ok: false, error: { reason: 'not_a_plan' } };
}
