import type { PaymentChannel } from '../../engine/statements/transactions';

/**
 * The payment-method cell (支付宝 收/付款方式, 微信 支付方式) as a channel. Combined payments such
 * as "花呗&红包" count as their credit part: what matters is that Huabei paid.
 * @example channelOf('花呗分期(3期)') // 'huabei_instalment'
 */
export function channelOf(method: string): PaymentChannel {
  const m = method.trim();
  if (m === '' || m === '/' || m === '-') return 'unknown';
  if (/花呗分期/.test(m)) return 'huabei_instalment';
  if (/花呗/.test(m)) return 'huabei';
  if (/余额宝/.test(m)) return 'yuebao';
  if (/零钱/.test(m)) return 'wechat_balance';
  if (/账户余额|^余额$/.test(m)) return 'alipay_balance';
  if (/信用卡/.test(m)) return 'credit_card';
  if (/银行|储蓄卡|借记卡|银联|\(\d{4}\)|（\d{4}）/.test(m)) return 'bank_card';
  return 'other';
}
