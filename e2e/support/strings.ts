/**
 * The app's own message catalogues, so page objects find controls by the accessible names a
 * user hears in either language (no hard-coded copy that drifts from the app).
 */
import { CLIENTS } from '../../src/i18n/messages/clients';
import { COMMON } from '../../src/i18n/messages/common';
import { CASH_CHART } from '../../src/i18n/messages/dashboardCash';
import { DASHBOARD } from '../../src/i18n/messages/dashboard';
import { DOMAIN } from '../../src/i18n/messages/domain';
import { EDITOR } from '../../src/i18n/messages/editor';
import { HEADLINE } from '../../src/i18n/messages/headline';
import { PLAN } from '../../src/i18n/messages/plan';
import { SCENARIO } from '../../src/i18n/messages/scenario';
import type { Lang } from '../../src/i18n/lang';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export function strings(lang: Lang) {
  return {
    clients: CLIENTS[lang],
    common: COMMON[lang],
    cash: CASH_CHART[lang],
    dashboard: DASHBOARD[lang],
    domain: DOMAIN[lang],
    editor: EDITOR[lang],
    headline: HEADLINE[lang],
    plan: PLAN[lang],
    scenario: SCENARIO[lang],
  };
}
export type Strings = ReturnType<typeof strings>;

/** Escape text for use inside a RegExp. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches an accessible name that starts with `text` (tabs and cards append counts and summaries). */
export const startsWith = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}`);
