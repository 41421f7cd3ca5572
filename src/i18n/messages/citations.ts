import type { CitationId } from '../../engine/citations';

/**
 * Chinese titles of the sources defaults cite (the English ones live with the data in
 * engine/citations.ts). Publication names stay as published; the description is translated.
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
  nfra_2024_13: {
    title: '金规〔2024〕13号：小微企业流动资金贷款无还本续贷',
    publisher: '国家金融监督管理总局（通知全文转载）',
  },
  cbirc_2020_18: {
    title: '银保监发〔2020〕18号：未使用的信贷资金不收资金管理费，不向小微企业收取承诺费、咨询费',
    publisher: '银保监会等六部门（工业和信息化部网站转载）',
  },
  gov_2019_6: {
    title: '国办发〔2019〕6号：政府性融资担保平均担保费率逐步降至1%以下',
    publisher: '国务院办公厅（第一财经报道）',
  },
  card_rules_2022: {
    title: '2022年7月信用卡新规：信用卡资金用于消费，不得用于生产经营、购房或投资',
    publisher: '银保监会、人民银行（第一财经；chinabankingnews.com，2019年北京银保监局）',
  },
  deposit_rates_2025: {
    title: '大型银行下调存款利率：1年期定期0.95%，活期0.05%',
    publisher: '新华社（人民网）',
  },
  mmf_yields_2025: {
    title: '货币基金收益率降至1%附近：天弘余额宝七日年化约1.0%',
    publisher: '深度新闻（Wind数据，itiger.com）',
  },
  credit_reporting_2013: {
    title: '《征信业管理条例》：逾期记录自结清之日起保留5年',
    publisher: '中国人民银行征信中心常见问题（pbccrc.org.cn）；中国日报',
  },
  tax_loans_2021: {
    title: '银税互动：银行依据纳税信用A/B/M级放贷，如工行“税务贷”纯信用最高300万元',
    publisher: '中国人民银行广元市中心支行（cngy.gov.cn）',
  },
  startup_loans_2024: {
    title:
      '创业担保贷款：个人最高30万元（带动5人以上就业最高60万元），小微企业最高400万–500万元，财政贴息',
    publisher: '深圳特区报；消费者问答（51kanong.com）',
  },
  consumer_qa: {
    title: '消费者问答网站所载产品条款（可修改的假设）',
    publisher: '多家消费者问答网站',
  },
  domain_brief: {
    title: 'FundGap 领域说明（第2节）评级，原始出处未列',
    publisher: 'FundGap',
  },
  domain_assumption: {
    title: 'FundGap 工作假设，请以您自己的数字替换',
    publisher: 'FundGap',
  },
};
