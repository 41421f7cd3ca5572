import type { CitationId } from '../../engine/citations';
import type { Preset } from '../../engine/presets';
import type { GradeBasis } from '../../i18n/messages/scenario';

/**
 * What each preset's grade is about and the source behind it (domain.md §1), for the card's
 * "Length: assumption (U)" line and its citation tip.
 */
export const PRESET_BASIS: Record<Preset['cause'], { basis: GradeBasis; citation: CitationId }> = {
  technical: { basis: 'length', citation: 'alipay_2015_outage' },
  maintenance: { basis: 'length', citation: 'domain_assumption' },
  risk_control: { basis: 'length', citation: 'domain_assumption' },
  limit_cut: { basis: 'cut', citation: 'reuters_2020_huabei' },
  regulatory: { basis: 'precedent', citation: 'yicai_2021_rebrand' },
  platform: { basis: 'length', citation: 'domain_assumption' },
};
