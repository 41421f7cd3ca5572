import type { BuilderError } from './builderModel';
import { SCENARIO } from '../../i18n/messages/scenario';
import { useLang } from '../common/useLang';

/** The message for one builder error, in the active language. */
export function useBuilderErrorText(): (e: BuilderError) => string {
  const m = SCENARIO[useLang()].errors;
  return (e) => {
    switch (e.code) {
      case 'name_required':
      case 'no_shocks':
      case 'target_required':
        return m[e.code];
      case 'too_many':
        return m.too_many(e.max);
      case 'range':
        return m.range(e.min, e.max);
      case 'percent_range':
        return m.percent_range(e.min, e.max);
      default: {
        const never: never = e;
        return never;
      }
    }
  };
}
