// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../engine/analyze';
import { PRESETS } from '../../engine/presets';
import { DOMAIN } from '../../i18n/messages/domain';
import { SCENARIO } from '../../i18n/messages/scenario';
import { useStore } from '../../state/store';
import { Headline } from '../headline/Headline';
import { headlineParts } from '../headline/headlineParts';
import { SHOCK_TYPES } from './builderModel';
import { ScenarioPanel } from './ScenarioPanel';
import { resetStore } from './testStore';

beforeEach(resetStore);

const page = () =>
  render(
    <>
      <Headline />
      <ScenarioPanel />
    </>,
  );
const h1 = () => screen.getByRole('heading', { level: 1 });

describe('ScenarioPanel', () => {
  it('selecting each preset sets the scenario and rewrites the headline from the engine', () => {
    page();
    const plan = useStore.getState().valid.plan;
    const seen = new Set<string>();
    for (const preset of PRESETS) {
      fireEvent.click(screen.getByRole('radio', { name: DOMAIN.en.presetName[preset.id] }));
      expect(useStore.getState().scenarioId).toBe(preset.id);
      expect(screen.getByRole('radio', { name: DOMAIN.en.presetName[preset.id] })).toBeChecked();
      const expected = headlineParts(analyze(plan, preset), preset, plan, 'en').sentence;
      expect(h1().textContent).toBe(expected);
      seen.add(expected);
    }
    expect(seen.size).toBe(PRESETS.length);
  });

  it('saves a custom scenario into the plan, selects it, and the headline follows', () => {
    page();
    const before = useStore.getState().draft.scenarios.length;
    fireEvent.click(screen.getByRole('button', { name: 'Build your own scenario' }));
    fireEvent.change(screen.getByLabelText('Scenario name'), { target: { value: 'Long freeze' } });
    fireEvent.change(screen.getByLabelText('Lasts'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));

    const { draft, scenarioId } = useStore.getState();
    expect(draft.scenarios).toHaveLength(before + 1);
    const saved = draft.scenarios.at(-1)!;
    expect(saved.name).toBe('Long freeze');
    expect(saved.shocks).toEqual([
      {
        type: 'freeze',
        target: { type: 'kinds', kinds: ['jiebei', 'huabei'] },
        startDay: 0,
        durationDays: 90,
      },
    ]);
    expect(scenarioId).toBe(saved.id);
    expect(screen.getByRole('radio', { name: 'Long freeze' })).toBeChecked();
    expect(h1()).toHaveTextContent('The scenario “Long freeze”');
  });

  it('refuses to save an invalid scenario and says why next to the fields', () => {
    page();
    const before = useStore.getState().draft.scenarios.length;
    fireEvent.click(screen.getByRole('button', { name: 'Build your own scenario' }));
    fireEvent.change(screen.getByLabelText('Lasts'), { target: { value: '400' } });
    // Unnamed, the scenario is named after its shocks, as typed.
    expect(screen.getByLabelText('Scenario name')).toHaveValue(
      'Jiebei and Huabei frozen for 400 days',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));

    expect(useStore.getState().draft.scenarios).toHaveLength(before);
    const lasts = screen.getByLabelText('Lasts');
    expect(lasts).toHaveAccessibleDescription('Enter a whole number of days from 1 to 365. days');
    expect(lasts).toHaveFocus();

    fireEvent.click(screen.getByRole('button', { name: 'Remove shock 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    expect(screen.getByText('Add at least one shock.')).toBeInTheDocument();
    const name = screen.getByLabelText('Scenario name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Give the scenario a name\./);
  });

  it('names a copy of a preset after its shocks until the user names it (issue 15)', () => {
    page();
    fireEvent.click(
      screen.getByRole('button', { name: 'Start from this preset: Limit cut by 50%' }),
    );
    const name = screen.getByLabelText('Scenario name');
    expect(name).toHaveValue('Jiebei and Huabei limit −50%');
    expect(name).toHaveAccessibleDescription(/Named after its shocks until you type a name/);
    fireEvent.change(screen.getByLabelText('Limit cut by'), { target: { value: '20' } });
    expect(name).toHaveValue('Jiebei and Huabei limit −20%');
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    expect(h1()).toHaveTextContent('The scenario “Jiebei and Huabei limit −20%”');
    expect(h1()).not.toHaveTextContent('50%');

    // Once named by the user, the name stays whatever the shocks become.
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Jiebei and Huabei limit −20%”' }));
    fireEvent.change(screen.getByLabelText('Limit cut by'), { target: { value: '30' } });
    expect(screen.getByLabelText('Scenario name')).toHaveValue('Jiebei and Huabei limit −30%');
    fireEvent.change(screen.getByLabelText('Scenario name'), { target: { value: 'Bad year' } });
    fireEvent.change(screen.getByLabelText('Limit cut by'), { target: { value: '40' } });
    expect(screen.getByLabelText('Scenario name')).toHaveValue('Bad year');
  });

  it('re-derives the old "(my version)" name of a saved preset copy when it is edited', () => {
    page();
    const { saveScenario } = useStore.getState();
    act(() =>
      saveScenario({
        id: 'old-copy',
        name: 'Limit cut by 50% (my version)',
        shocks: [
          {
            type: 'limit_cut',
            target: { type: 'kinds', kinds: ['jiebei', 'huabei'] },
            startDay: 0,
            durationDays: null,
            cutPercent: 50,
          },
        ],
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Edit “Limit cut by 50% (my version)”' }));
    fireEvent.change(screen.getByLabelText('Limit cut by'), { target: { value: '20' } });
    expect(screen.getByLabelText('Scenario name')).toHaveValue('Jiebei and Huabei limit −20%');
  });

  it('edits, duplicates and deletes (undoably) saved scenarios', () => {
    page();
    fireEvent.click(
      screen.getByRole('button', { name: 'Start from this preset: Limit cut by 50%' }),
    );
    expect(screen.getByLabelText('Limit cut by')).toHaveValue('50');
    expect(screen.getByLabelText('Permanent (to the end of the plan)')).toBeChecked();
    fireEvent.change(screen.getByLabelText('Scenario name'), { target: { value: 'Half' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    const count = useStore.getState().draft.scenarios.length;
    const name = 'Half';

    fireEvent.click(screen.getByRole('button', { name: `Duplicate “${name}”` }));
    expect(useStore.getState().draft.scenarios).toHaveLength(count + 1);
    expect(screen.getByRole('radio', { name: `${name} (copy)` })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: `Edit “${name}”` }));
    fireEvent.change(screen.getByLabelText('Limit cut by'), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    const edited = useStore.getState().draft.scenarios.find((s) => s.name === name)!;
    expect(edited.shocks[0]).toMatchObject({ type: 'limit_cut', cutPercent: 80 });
    expect(useStore.getState().draft.scenarios).toHaveLength(count + 1);

    fireEvent.click(screen.getByRole('button', { name: `Delete “${name}”` }));
    expect(useStore.getState().draft.scenarios.some((s) => s.name === name)).toBe(false);
    expect(useStore.getState().scenarioId).toBe('risk_control_freeze_30d');
    act(() => useStore.temporal.getState().undo());
    expect(useStore.getState().draft.scenarios.some((s) => s.name === name)).toBe(true);
  });

  it('shows each preset’s grade and source, and the panel can take focus', () => {
    page();
    const panel = document.getElementById('scenario')!;
    expect(panel).toHaveAttribute('tabindex', '-1');
    expect(
      within(panel).getByRole('heading', { level: 2, name: 'Outage scenario' }),
    ).toBeInTheDocument();
    const freeze = screen.getByRole('radio', { name: 'Risk-control freeze (30 days)' });
    expect(freeze).toHaveAccessibleDescription(
      /No published figure exists.*Length: assumption \(U\) — edit it/,
    );
  });
  it.each(['en', 'zh-CN'] as const)(
    'shows the unit of every number of the builder beside its box, whatever the shock (%s)',
    (lang) => {
      act(() => useStore.getState().setLang(lang));
      page();
      const b = SCENARIO[lang].builder;
      fireEvent.click(screen.getByRole('button', { name: b.toggle }));
      const form = screen.getByRole('button', { name: b.save }).closest('form')!;
      const labels = new Set<string>();
      for (const type of SHOCK_TYPES) {
        fireEvent.change(within(form).getByLabelText(b.type), { target: { value: type } });
        for (const box of form.querySelectorAll<HTMLInputElement>('input[inputmode]')) {
          const label = box.labels?.[0]?.textContent ?? '';
          labels.add(label);
          const unit = box.closest('.field-control')?.querySelector('.field-unit');
          expect(unit, label).toBeTruthy();
          // The unit sits beside the box, never in the label ("持续时间", not "持续天数（天）").
          expect(label).not.toMatch(/[（(](?:元|天|%|¥|days|months)[）)，,]?/);
          expect(box.getAttribute('aria-describedby')?.split(' '), label).toContain(unit!.id);
          // Days are whole: the phone offers digits; a percentage may have decimals.
          expect(box.inputMode, label).toBe(unit!.textContent === '%' ? 'decimal' : 'numeric');
        }
      }
      expect([...labels].sort()).toEqual(
        [b.startDay, b.duration, b.dueWithinDays, b.cutPercent, b.dropPercent, b.delayDays].sort(),
      );
      // The slider has a name of its own and reads its value with the unit.
      const slider = within(form).getByRole('slider', { name: b.durationSlider });
      expect(slider).toHaveAttribute('aria-valuetext', lang === 'en' ? '30 days' : '30 天');
    },
  );

  it('reads a percentage typed with its "%", and refuses one with too many decimals under its box', () => {
    page();
    fireEvent.click(
      screen.getByRole('button', { name: 'Start from this preset: Limit cut by 50%' }),
    );
    const cut = screen.getByLabelText('Limit cut by');
    fireEvent.change(cut, { target: { value: '12.1234567%' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    expect(cut).toHaveAttribute('aria-invalid', 'true');
    expect(cut).toHaveAccessibleDescription('Enter a percentage from 1% to 100%. %');
    expect(cut).toHaveFocus();
    fireEvent.change(cut, { target: { value: '35%' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save and apply' }));
    expect(useStore.getState().draft.scenarios.at(-1)!.shocks[0]).toMatchObject({
      type: 'limit_cut',
      cutPercent: 35,
    });
  });
});
