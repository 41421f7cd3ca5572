import type { CitationId } from '../../engine/defaults';

/**
 * Chinese titles of the sources defaults cite (the English ones live with the data in
 * engine/defaults.ts). Publication names stay as published; the description is translated.
 */
export const CITATIONS_ZH: Record<CitationId, { title: string; publisher: string }> = {
  pboc_2021_3: {
    title: '中国人民银行公告〔2021〕第3号：贷款产品须明示年化利率',
    publisher: '中国人民银行（chinabankingnews.com 报道）',
  },
  reuters_2020_huabei: {
    title: '花呗下调年轻用户额度；蚂蚁信贷余额',
    publisher: '路透社（investing.com 转载）；Pandaily',
  },
  huabei_credit_reporting_2021: {
    title: '花呗接入央行征信系统',
    publisher: 'chinabankingnews.com；财新；Shine',
  },
  yicai_2021_rebrand: {
    title: '借呗银行出资部分更名为“信用贷”',
    publisher: '第一财经（yicaiglobal.com）',
  },
  pymnts_2021_separation: { title: '花呗分拆银行出资的“信用购”产品', publisher: 'pymnts.com' },
  lpr_2025: {
    title: '贷款市场报价利率：1年期3.00%，5年期3.50%，自2025年5月未变',
    publisher: '人民网；businesstimes.com.sg',
  },
  pboc_inclusive_2025: {
    title: '新发放普惠小微贷款平均利率',
    publisher: '中国人民银行（中国政府网英文版）',
  },
  alipay_2015_outage: { title: '支付宝因光缆被挖断中断服务约2.5小时', publisher: '中国日报网' },
  aliyun_2023_outage: {
    title: '2023年11月12日阿里云故障（约3.5小时）',
    publisher: 'blog.vonng.com',
  },
  kabbage_2020: {
    title: 'Kabbage将小企业授信额度降为零；OnDeck、Fundbox限制提款',
    publisher: 'bankingdive.com',
  },
  liberty_street_2020: {
    title: '疫情期间的小企业授信额度',
    publisher: '纽约联储 Liberty Street Economics',
  },
  basel_lcr40: {
    title: '巴塞尔框架 LCR40：流动性覆盖率的现金流出与流入',
    publisher: '国际清算银行',
  },
  eba_gl_2018_04: { title: 'EBA/GL/2018/04：机构压力测试指引', publisher: '欧洲银行管理局' },
  dnb_liquidity: { title: '流动性说明：压力下的生存期至少六个月', publisher: '荷兰中央银行' },
  jpmci_cash_buffer: {
    title: '《现金为王》：现金流、余额与现金缓冲天数',
    publisher: '摩根大通研究院',
  },
  merger_guidelines_2023: {
    title: '《并购指南》第2.1节（HHI集中度阈值）',
    publisher: '美国司法部、联邦贸易委员会',
  },
  consumer_qa: {
    title: '消费者问答网站所载产品条款（可修改的假设）',
    publisher: '多家消费者问答网站',
  },
  domain_brief: {
    title: 'FundGap 领域说明（docs/domain.md 第2节）评级，原始出处未列',
    publisher: 'FundGap',
  },
  domain_assumption: {
    title: 'FundGap 工作假设（docs/domain.md），请以您自己的数字替换',
    publisher: 'FundGap',
  },
};
