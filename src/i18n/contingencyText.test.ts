import { describe, expect, it } from 'vitest';
import { advise } from '../engine/advice';
import { analyze } from '../engine/analyze';
import { contingencyPlan } from '../engine/contingency';
import { PRESETS } from '../engine/presets';
import { exampleValid } from '../io/exampleFixtures';
import { EXAMPLE_IDS } from '../io/examples';
import { localIsoDate } from '../io/localDate';
import { gapSaid, pastStartText } from './adviceText';
import { signalTodo, stepText, triggerTodo } from './contingencyText';
import { ADVICE } from './messages/advice';

describe('a warning and what to do about it never contradict each other', () => {
  it('on every example under every preset, with a gap or without, in both languages', () => {
    let quietFires = 0;
    for (const id of EXAMPLE_IDS) {
      const { plan } = exampleValid(id);
      for (const preset of PRESETS) {
        const advice = advise(plan, preset);
        const c = contingencyPlan(
          plan,
          preset,
          analyze(plan, preset, { reverseStress: false }),
          advice,
        );
        const holds = c.gapDate === null;
        expect(holds).toBe(!advice.hasGap);
        for (const lang of ['en', 'zh-CN'] as const) {
          const k = ADVICE[lang].contingency;
          const where = `${id} × ${preset.id} (${lang})`;
          for (const t of c.triggers) {
            const todo = triggerTodo(t, lang, plan.leverAssumptions, holds);
            if (!t.fires) continue;
            // "Fires" is never answered by "nothing to do", nor by "nothing in reach" when
            // the cash holds through the scenario: then the owner is told why and to watch.
            expect(todo, `${where} ${t.id}`).not.toBe(k.quietNoResponse);
            if (holds) {
              quietFires++;
              expect(todo, `${where} ${t.id}`).toBe(k.firesCashHolds);
            }
          }
          for (const s of c.signals) {
            if (!s.expected) continue;
            const todo = signalTodo(s, lang, plan.leverAssumptions, holds);
            expect(todo, `${where} ${s.id}`).not.toBe(k.quietNoResponse);
            expect(todo, `${where} ${s.id}`).not.toBe(k.signalQuiet);
            if (holds) expect(todo, `${where} ${s.id}`).not.toBe(k.firesNoResponse);
          }
        }
      }
    }
    // The examples include outages the cash rides out while the warnings still fire.
    expect(quietFires).toBeGreaterThan(0);
  });
});

describe('the gap is said the same way in the header and in the steps', () => {
  it('on every example under every preset that opens one, in both languages, never to the fen', () => {
    let gaps = 0;
    for (const id of EXAMPLE_IDS) {
      const { plan } = exampleValid(id);
      for (const preset of PRESETS) {
        const advice = advise(plan, preset);
        if (!advice.hasGap) continue;
        gaps++;
        const c = contingencyPlan(plan, preset, analyze(plan, preset), advice);
        const step = c.steps.find((s) => s.kind === 'gap_opens')!;
        for (const lang of ['en', 'zh-CN'] as const) {
          const said = gapSaid(advice.before.deepestShortfall, lang);
          const where = `${id} × ${preset.id} (${lang})`;
          expect(ADVICE[lang].gap({ amount: said, date: '' }), where).not.toMatch(/\.\d\d\b/);
          expect(stepText(step, lang), where).toContain(said);
        }
      }
    }
    expect(gaps).toBeGreaterThan(0);
  });
});

describe('steps read as an advisor says them', () => {
  const { plan } = exampleValid('online-shop');
  const closure = PRESETS.find((p) => p.id === 'regulatory_closure')!;
  const advice = advise(plan, closure);
  const c = contingencyPlan(plan, closure, analyze(plan, closure), advice);
  const texts = (lang: 'en' | 'zh-CN') => c.steps.map((s) => stepText(s, lang));

  it('a lever to be agreed starts with talks on day 0, not "put into effect"', () => {
    expect(texts('zh-CN')).toContain(
      '开始协商（约需7天谈妥）：与供应商协商延长账期，货款推迟30天支付。',
    );
    expect(texts('en')).toContain(
      'Start talks (about 7 days to agree): Agree 30 days longer payment terms with suppliers.',
    );
  });

  it('a same-day measure never says "about 0 days"', () => {
    for (const lang of ['en', 'zh-CN'] as const)
      for (const t of texts(lang)) expect(t).not.toMatch(/about 0 days|约需0天|0天后可用/);
    expect(texts('zh-CN').some((t) => t.includes('（当天即可到位）'))).toBe(true);
  });
});

describe('a plan that starts before today says so', () => {
  it('names the start day and how long ago, in both languages; nothing when it starts today', () => {
    expect(pastStartText('2026-12-01', '2026-12-06', 'zh-CN')).toBe(
      '下文的“今天”指计划的起始日2026年12月1日（已过去5天），部分日期已过。照此执行前，请先把余额和起始日更新到今天。',
    );
    expect(pastStartText('2026-12-01', '2026-12-02', 'en')).toMatch(/Dec 1, 2026 — 1 day ago/);
    expect(pastStartText('2026-12-06', '2026-12-06', 'en')).toBeNull();
    expect(pastStartText('2027-01-01', '2026-12-06', 'en')).toBeNull();
    expect(localIsoDate(new Date(2026, 11, 6, 23, 59))).toBe('2026-12-06');
  });
});
