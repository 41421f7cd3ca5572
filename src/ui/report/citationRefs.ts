import { CITATIONS, type CitationId } from '../../engine/citations';

export { citationText } from '../../i18n/citationText';

/** Every citation in a fixed order, numbered from 1, so tables can point at "[3]". */
export const CITATION_IDS = Object.keys(CITATIONS) as CitationId[];

export const citationNumber = (id: CitationId): number => CITATION_IDS.indexOf(id) + 1;
