/**
 * Default numbers FundGap prefills, each with the grade and source it comes from
 * (see docs/domain.md). Grades: **W** well sourced (regulator, official statistics, major news
 * outlet), **M** several weaker sources agree, **U** one weak source or an assumption.
 * U numbers are editable assumptions: the UI must show them as such, never as facts.
 */

export type Grade = 'W' | 'M' | 'U';

export type Citation = { title: string; publisher: string; date: string };

/**
 * Every source a default may cite, from the Sources list of docs/domain.md ("as read in 2026").
 * `date` is the publication date as precisely as the list gives it; undated pages say so.
 */
export const CITATIONS = {
  pboc_2021_3: {
    title: 'PBOC Announcement [2021] No. 3: lenders must show the annualized rate first',
    publisher: "People's Bank of China, reported by chinabankingnews.com",
    date: '2021-04-02',
  },
  reuters_2020_huabei: {
    title: 'Huabei limit cuts for young users; Ant credit balances',
    publisher: 'Reuters via investing.com; Pandaily',
    date: '2020-12-23',
  },
  huabei_credit_reporting_2021: {
    title: 'Huabei joins the central bank credit-reporting system',
    publisher: 'chinabankingnews.com; caixinglobal.com; Shine',
    date: '2021-09-22',
  },
  yicai_2021_rebrand: {
    title: "Jiebei's bank-funded part rebranded 信用贷",
    publisher: 'yicaiglobal.com',
    date: '2021-11-09',
  },
  pymnts_2021_separation: {
    title: 'Huabei separates its bank-funded 信用购 product',
    publisher: 'pymnts.com',
    date: '2021-11-24',
  },
  lpr_2025: {
    title: 'Loan prime rate: 1-year 3.00 %, 5-year 3.50 %, unchanged since May 2025',
    publisher: 'people.cn; businesstimes.com.sg',
    date: '2025-12-22',
  },
  pboc_inclusive_2025: {
    title: 'Average rate of new inclusive small-business loans',
    publisher: "People's Bank of China via english.gov.cn",
    date: '2025-06',
  },
  alipay_2015_outage: {
    title: 'Alipay service outage after a fibre cut (~2.5 hours)',
    publisher: 'chinadaily.com.cn',
    date: '2015-05-28',
  },
  aliyun_2023_outage: {
    title: 'Alibaba Cloud outage of 2023-11-12 (~3.5 hours)',
    publisher: 'blog.vonng.com',
    date: '2023-11',
  },
  kabbage_2020: {
    title: 'Kabbage cuts small-business credit lines to zero; OnDeck and Fundbox limit draws',
    publisher: 'bankingdive.com',
    date: '2020',
  },
  liberty_street_2020: {
    title: 'Small-business credit lines in the pandemic',
    publisher: 'Liberty Street Economics (Federal Reserve Bank of New York)',
    date: '2020-10-13',
  },
  basel_lcr40: {
    title: 'Basel Framework LCR40: liquidity coverage ratio, cash outflows and inflows',
    publisher: 'Bank for International Settlements',
    date: 'undated (read 2026)',
  },
  eba_gl_2018_04: {
    title: "EBA/GL/2018/04: Guidelines on institutions' stress testing",
    publisher: 'European Banking Authority',
    date: '2018',
  },
  dnb_liquidity: {
    title: 'Liquidity factsheet: survival period under stress of at least six months',
    publisher: 'De Nederlandsche Bank',
    date: 'undated (read 2026)',
  },
  jpmci_cash_buffer: {
    title: 'Cash is King: Flows, Balances, and Buffer Days',
    publisher: 'JPMorgan Chase Institute',
    date: 'undated (read 2026)',
  },
  merger_guidelines_2023: {
    title: 'Merger Guidelines §2.1 (HHI concentration thresholds)',
    publisher: 'US Department of Justice and Federal Trade Commission',
    date: '2023',
  },
  nfra_2024_13: {
    title:
      'NFRA notice 金规〔2024〕13号: renewing small and micro working-capital loans without repaying principal first',
    publisher: 'National Financial Regulatory Administration (notice text as reproduced online)',
    date: '2024-09-24',
  },
  cbirc_2020_18: {
    title:
      '银保监发〔2020〕18号: no fund-management fee on undrawn credit; no commitment or advisory fees for small firms',
    publisher: 'CBIRC, MIIT, NDRC, MOF, PBOC, SAMR (reproduced on the MIIT site)',
    date: '2020-05-27',
  },
  gov_2019_6: {
    title:
      '国办发〔2019〕6号: government guarantee funds to bring the average guarantee fee below 1 % a year',
    publisher: 'State Council General Office, reported by Yicai',
    date: '2019-02-14',
  },
  card_rules_2022: {
    title:
      'Credit-card rules of July 2022: card funds are for consumption, not business operations, housing or investment',
    publisher:
      'CBIRC and PBOC, reported by yicaiglobal.com; chinabankingnews.com (Beijing regulator, 2019)',
    date: '2022-07',
  },
  deposit_rates_2025: {
    title: 'Major banks cut deposit rates: 1-year fixed 0.95 %, demand deposits 0.05 %',
    publisher: 'Xinhua via people.cn',
    date: '2025-05-20',
  },
  mmf_yields_2025: {
    title: "Money-market fund yields near 1 %: Tianhong Yu'ebao 7-day annualised about 1.0 %",
    publisher: 'Deep News (Wind data) via itiger.com',
    date: '2025-12',
  },
  credit_reporting_2013: {
    title:
      'Regulation on the Credit Reporting Industry: overdue records stay five years from settlement',
    publisher: 'PBOC Credit Reference Center FAQ (pbccrc.org.cn); China Daily',
    date: '2023-04',
  },
  tax_loans_2021: {
    title:
      '银税互动: banks lend on tax-credit grades A/B/M, e.g. ICBC 税务贷 unsecured up to ¥3 million',
    publisher: 'PBOC Guangyuan branch (cngy.gov.cn)',
    date: '2021-06-08',
  },
  startup_loans_2024: {
    title:
      '创业担保贷款: individuals up to ¥300,000 (¥600,000 when hiring five), small firms up to ¥4–5 million, interest subsidised',
    publisher: 'Shenzhen Special Zone Daily; consumer Q&A (51kanong.com)',
    date: '2024-07-18',
  },
  consumer_qa: {
    title: 'Product terms as reported on consumer Q&A sites (editable assumptions)',
    publisher: 'various consumer Q&A sites',
    date: 'undated (read 2026)',
  },
  domain_brief: {
    title: "FundGap's domain notes (§2), graded there; primary source not listed",
    publisher: 'FundGap',
    date: '2026',
  },
  domain_assumption: {
    title: 'FundGap working assumption, to be replaced by your own figure',
    publisher: 'FundGap',
    date: '2026',
  },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

/** Where one default number comes from. */
export type Sourced = { grade: Grade; citation: CitationId };

/** A single number with its grade and source. */
export type SourcedValue = Sourced & { value: number };

/** A default's basis by its grade letter, so tables of defaults read like docs/domain.md. */
export const W = (citation: CitationId): Sourced => ({ grade: 'W', citation });
export const M = (citation: CitationId): Sourced => ({ grade: 'M', citation });
/** Unsourced: without a citation it is FundGap's own working assumption. */
export const U = (citation: CitationId = 'domain_assumption'): Sourced => ({
  grade: 'U',
  citation,
});
