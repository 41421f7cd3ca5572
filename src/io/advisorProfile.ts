import './zodConfig';
import { z } from 'zod';

/**
 * The advisor's own details for the report's "prepared by" block, as kept in localStorage
 * (`fundgap.advisor`). Read as untrusted: a field that is not a short string reads as ''.
 */
export const ADVISOR_FIELD_LENGTH = 120;

const field = z.string().max(ADVISOR_FIELD_LENGTH).catch('');
const profileSchema = z.object({ name: field, firm: field, contact: field });

export type AdvisorProfile = z.output<typeof profileSchema>;

export const EMPTY_ADVISOR: AdvisorProfile = { name: '', firm: '', contact: '' };

/**
 * @example readAdvisorProfile('{"name":"王敏","firm":"青禾财务咨询","contact":"138 0000 0000"}').firm // '青禾财务咨询'
 */
export function readAdvisorProfile(text: string | null): AdvisorProfile {
  if (!text) return EMPTY_ADVISOR;
  try {
    const parsed = profileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_ADVISOR;
  } catch {
    return EMPTY_ADVISOR;
  }
}
