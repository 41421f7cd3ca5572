import { exampleData, FIRST_EXAMPLE_FILE } from '../io/examples';
import type { PlanFile } from '../io/planSchema';
import type { Lang } from '../i18n/lang';
import { localizeSampleNames, switchSampleNames } from '../i18n/localName';
import { planFromFile, scenariosFromFile } from '../io/planConvert';
import { redateSample } from '../io/sampleDates';
import { readerToday } from './readerToday';
import type { AppState } from './store';

type Store = {
  getState: () => AppState;
  setState: (patch: Partial<AppState>) => void;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
  temporal: { getState: () => { pause: () => void; resume: () => void } };
};

/**
 * A shipped sample as the app opens it for a reader: names in the reader's language (the files
 * are bilingual), dated from their today (`redateSample`: no purchase, bill or "apply by" date
 * in the past). Only a freshly opened sample: a saved copy keeps its dates. Tests and the CLI
 * read the files as shipped (`exampleFixtures.ts`).
 */
export function readerSample(file: PlanFile, lang: Lang, today: string = readerToday()): PlanFile {
  return localizeSampleNames(redateSample(file, today), lang);
}

/**
 * While the plan is a sample, a change of language renames what is still the sample's own
 * (a name the user typed stays). Not an undo step: the plan's figures do not change.
 */
export function followLanguage(store: Store): () => void {
  return store.subscribe((state, previous) => {
    if (state.lang === previous.lang || state.exampleId === null) return;
    const { exampleId } = state;
    const from = previous.lang;
    const to = state.lang;
    const rename = (data: unknown) => {
      const s = store.getState();
      if (s.exampleId !== exampleId || s.lang !== to || data === null) return;
      const sample = data as PlanFile;
      const validFile = switchSampleNames(s.valid.file, sample, from, to);
      store.temporal.getState().pause();
      try {
        store.setState({
          draft: switchSampleNames(s.draft, sample, from, to),
          valid: {
            file: validFile,
            plan: planFromFile(validFile),
            scenarios: scenariosFromFile(validFile),
          },
        });
      } finally {
        store.temporal.getState().resume();
      }
    };
    // The first screen's sample is in the bundle: renamed at once, in the same render.
    if (exampleId === 'online-shop') rename(FIRST_EXAMPLE_FILE);
    else void exampleData(exampleId).then(rename);
  });
}
