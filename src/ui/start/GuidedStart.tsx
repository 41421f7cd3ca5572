import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { buildGuidedPlan, namePlan } from '../../io/guidedPlan';
import {
  DEFAULT_ANSWERS,
  type GuidedAnswers,
  type GuidedField,
  type GuidedProblem,
} from '../../io/guidedAnswers';
import { GUIDED } from '../../i18n/messages/guided';
import { describeError, describeIssue } from '../../io/issueText';
import type { PlanFileError } from '../../io/planFile';
import { openGuidedPlan } from '../../state/guidedStart';
import { useStore } from '../../state/store';
import { useLang } from '../common/useLang';
import { FormContext } from '../fields/form';
import { localIsoDate } from '../../io/localDate';
import { guidedForm } from './guidedForm';
import { fieldId, problemsOn, STEP_COUNT } from './guidedModel';
import { CashSalesStep, CostsStep, CreditStep, type StepProps } from './steps';
import './start.css';

const STEPS = [CashSalesStep, CostsStep, CreditStep] as const;

function withAnswer(a: GuidedAnswers, field: GuidedField, value: string | number): GuidedAnswers {
  const [group, key] = field.split('.') as [keyof GuidedAnswers, string];
  return { ...a, [group]: { ...a[group], [key]: value } };
}

/**
 * The guided start: a modal dialog of three short steps (one phone screen each) whose answers
 * become the owner's plan (io/guidedPlan.ts → the plan schema → one undo step). Next checks the
 * step's own fields and moves focus to the first one to fix; the step's heading takes focus on
 * each move, so a screen reader reads "Step 2 of 3" and the step's name. Escape closes it.
 * `onClose` gets the message to announce when the plan was opened, or null when cancelled.
 */
export function GuidedStart({ onClose }: { onClose: (done: string | null) => void }) {
  const lang = useLang();
  const m = GUIDED[lang];
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const hintId = useId();
  const titleId = useId();
  const [step, setStep] = useState(0);
  // Answers typed before and not yet turned into a plan carry on (closing is not discarding).
  const [answers, setAnswers] = useState<GuidedAnswers>(
    () => useStore.getState().guidedAnswers ?? DEFAULT_ANSWERS,
  );
  const keepAnswers = useStore((s) => s.setGuidedAnswers);
  useEffect(() => {
    if (answers !== DEFAULT_ANSWERS && done.current === null) keepAnswers(answers);
  }, [answers, keepAnswers]);
  // Leaving the page with answers typed asks first, as any unsaved form does.
  useEffect(() => {
    if (answers === DEFAULT_ANSWERS) return;
    const ask = (e: BeforeUnloadEvent) => {
      if (done.current !== null) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [answers]);
  const [shown, setShown] = useState<GuidedProblem[]>([]);
  /** Why the built plan was refused by the plan schema, when it was (a last word: see submit). */
  const [refused, setRefused] = useState<PlanFileError | null>(null);
  const [today] = useState(() => localIsoDate());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  /** The message to announce once closed: set when the plan was opened. */
  const done = useRef<string | null>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [step]);

  const problem = (field: GuidedField): string | undefined => {
    const p = shown.find((x) => x.field === field);
    if (!p) return undefined;
    return p.code === 'required'
      ? (m.required[field] ?? m.problems.not_amount)
      : m.problems[p.code];
  };
  const set = (field: GuidedField, value: string | number) => {
    setAnswers((a) => withAnswer(a, field, value));
    setShown((s) => s.filter((p) => p.field !== field));
    setRefused(null);
  };
  const showProblems = (problems: GuidedProblem[]) => {
    setShown(problems);
    const first = problems[0];
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first.field))?.focus());
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = buildGuidedPlan(answers, today);
    const here = result.ok ? [] : problemsOn(step, result.problems);
    if (here.length > 0) return showProblems(here);
    if (step < STEP_COUNT - 1) {
      setShown([]);
      setStep(step + 1);
      return;
    }
    if (!result.ok) {
      // A problem on an earlier step (it was changed after Next): go back to it.
      const first = result.problems[0]!;
      const at = [0, 1, 2].find((s) => problemsOn(s, [first]).length > 0) ?? 0;
      setStep(at);
      return showProblems(problemsOn(at, result.problems));
    }
    // Every answer the schema would refuse is refused beside its field above; should the whole
    // plan still be refused (a combination no field check sees), the dialog says why.
    void openGuidedPlan(namePlan(result.file, m.names)).then((error) => {
      setRefused(error);
      if (error) return;
      done.current = m.done;
      keepAnswers(null);
      dialogRef.current?.close();
    });
  };

  const Step = STEPS[step]!;
  const props: StepProps = { a: answers, m, lang, hintId };
  const last = step === STEP_COUNT - 1;
  return (
    <dialog
      ref={dialogRef}
      className="guided"
      aria-labelledby={titleId}
      onClose={() => onClose(done.current)}
    >
      <form className="guided-form" onSubmit={submit} noValidate>
        <header className="guided-head">
          <p className="guided-title" id={titleId}>
            {m.title}
          </p>
          <button
            type="button"
            className="guided-close"
            aria-label={m.close}
            onClick={() => dialogRef.current?.close()}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="guided-body">
          <h2 className="guided-step" ref={headingRef} tabIndex={-1}>
            <span className="guided-progress">{m.progress(step + 1, STEP_COUNT)}</span>
            <span className="guided-step-name">{m.steps[step]}</span>
          </h2>
          <ol className="guided-dots" aria-hidden="true">
            {STEPS.map((_, i) => (
              <li key={i} className={i <= step ? 'is-done' : undefined} />
            ))}
          </ol>
          <p className="guided-intro">{m.intros[step]}</p>
          <p className="guided-hint" id={hintId}>
            {m.amountHint}
          </p>
          {shown.length > 0 && (
            <p className="guided-alert" role="alert">
              {m.fixFirst(shown.length)}
            </p>
          )}
          {refused && (
            <p className="guided-alert" role="alert">
              {m.notOpened}{' '}
              {refused.reason === 'invalid' && refused.issues[0]
                ? describeIssue(refused.issues[0], lang)
                : describeError(refused, lang)}
            </p>
          )}
          <FormContext value={guidedForm(answers, set, problem)}>
            <Step {...props} />
          </FormContext>
        </div>
        <nav className="guided-nav" aria-label={m.title}>
          {step > 0 && (
            <button
              type="button"
              onClick={() => {
                setShown([]);
                setStep(step - 1);
              }}
            >
              {m.back}
            </button>
          )}
          <button type="submit" className="primary guided-forward">
            {last ? m.finish : m.next}
          </button>
        </nav>
      </form>
    </dialog>
  );
}
