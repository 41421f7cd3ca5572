import { describe, expect, it } from 'vitest';
import { advise } from '../engine/advice';
import { analyze } from '../engine/analyze';
import { contingencyPlan } from '../engine/contingency';
import { PRESETS } from '../engine/presets';
import { exampleValid } from '../io/exampleFixtures';
import { EXAMPLE_IDS } from '../io/examples';
import { gapSaid } from './adviceText';
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
