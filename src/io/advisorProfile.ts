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

/** Longest commentary the report box takes (the textarea's own limit). */
export const COMMENTARY_LENGTH = 4000;

const commentarySchema = z.record(z.string().max(80), z.string().max(COMMENTARY_LENGTH));

/**
 * The commentary typed for each client's report, by client id, as kept in localStorage
 * (`fundgap.commentary`). Untrusted: anything that does not read as short strings by id reads as
 * none, so a damaged entry never blocks the report.
 * @example readCommentary('{"c1":"建议本月内申请网商贷备用额度。"}').c1 // '建议本月内申请网商贷备用额度。'
 */
export function readCommentary(text: string | null): Record<string, string> {
  if (!text) return {};
  try {
    const parsed = commentarySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
