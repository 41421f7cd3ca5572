import type { z } from 'zod';
import { describeIssue } from './issueText';

/**
 * Validation issues as the UI and CLI see them: a field path, a stable code from a closed set
 * (translated in `issueText.ts`), an English sentence, and the numbers the sentence uses.
 */

export const ISSUE_CODES = [
  'required',
  'invalid_type',
  'not_a_number',
  'full_width_digits',
  'not_an_integer',
  'amount_negative',
  'amount_too_large',
  'too_many_decimals',
  'percent_range',
  'out_of_range',
  'horizon_range',
  'date_invalid',
  'date_out_of_range',
  'date_order',
  'unknown_kind',
  'invalid_option',
  'empty',
  'too_long',
  'too_many',
  'duplicate_id',
  'unknown_source',
  'outflow_only',
  'beyond_exact_range',
  'term_mismatch',
  'not_for_huabei',
  'huabei_only',
  'revolving_only',
  'exceeds_term',
  'inflow_only',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type IssueParams = {
  minimum?: number;
  maximum?: number;
  /** Allowed values of a kind, type or option field. */
  allowed?: readonly (string | number)[];
  /** The offending id (duplicate_id, unknown_source). */
  id?: string;
  /** The other field a cross-field check compares against. */
  field?: string;
  /** invalid_type: what the field holds (`number`, `string`, `array`, `object`, …). */
  expected?: string;
  /** term_mismatch: the number of instalments actually used. */
  months?: number;
  /** term_mismatch on Huabei: Huabei's published total fee for that term, in percent. */
  percent?: number;
};

export type Issue = {
  /** Bracket-index path, e.g. `fundingSources[2].limit`; '' for the whole file. */
  path: string;
  code: IssueCode;
  /** English, with the fix; `describeIssue(issue, 'zh-CN')` gives the Chinese. */
  message: string;
  params?: IssueParams;
};

const CODE_SET: ReadonlySet<string> = new Set(ISSUE_CODES);

export function isIssueCode(x: unknown): x is IssueCode {
  return typeof x === 'string' && CODE_SET.has(x);
}

/**
 * `['fundingSources', 2, 'limit']` → `fundingSources[2].limit`.
 * @example formatPath(['cashFlows', 0, 'frequency', 'weekday']) // 'cashFlows[0].frequency.weekday'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

type ZodIssue = z.core.$ZodIssue;

function numberOrUndefined(x: unknown): number | undefined {
  if (typeof x === 'number') return x;
  if (typeof x === 'bigint') return Number(x);
  return undefined;
}

function allowedValues(values: readonly unknown[]): (string | number)[] {
  return values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
}

/**
 * The closed code of one zod issue. Checks in `planSchema.ts` and its parts set their code as
 * the zod message; anything zod reports on its own is mapped from zod's issue kind.
 */
function codeAndParams(issue: ZodIssue): { code: IssueCode; params?: IssueParams } {
  const own = isIssueCode(issue.message) ? issue.message : undefined;
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const bound = numberOrUndefined(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const params: IssueParams =
        issue.code === 'too_small' ? { minimum: bound } : { maximum: bound };
      const isCollection = issue.origin === 'string' || issue.origin === 'array';
      const fallback: IssueCode = !isCollection
        ? 'out_of_range'
        : issue.code === 'too_small'
          ? 'empty'
          : issue.origin === 'string'
            ? 'too_long'
            : 'too_many';
      return { code: own ?? fallback, params: { ...params, ...customParams(issue) } };
    }
    case 'invalid_value':
      return { code: own ?? 'invalid_option', params: { allowed: allowedValues(issue.values) } };
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
      return { code: own ?? 'unknown_kind', params: { allowed: allowedValues(options) } };
    }
    case 'invalid_type':
      if (own)
        return own === 'invalid_type'
          ? { code: own, params: { expected: issue.expected } }
          : { code: own };
      return issue.expected === 'int'
        ? { code: 'not_an_integer' }
        : { code: 'invalid_type', params: { expected: issue.expected } };
    case 'custom':
      return { code: own ?? 'invalid_type', params: customParams(issue) };
    default:
      return { code: own ?? 'invalid_type' };
  }
}

function customParams(issue: ZodIssue): IssueParams | undefined {
  if (!('params' in issue) || typeof issue.params !== 'object' || issue.params === null) {
    return undefined;
  }
  const p = issue.params as Record<string, unknown>;
  const out: IssueParams = {};
  if (typeof p.minimum === 'number') out.minimum = p.minimum;
  if (typeof p.maximum === 'number') out.maximum = p.maximum;
  if (typeof p.id === 'string') out.id = p.id;
  if (typeof p.field === 'string') out.field = p.field;
  if (typeof p.months === 'number') out.months = p.months;
  if (typeof p.percent === 'number') out.percent = p.percent;
  if (Array.isArray(p.allowed)) out.allowed = allowedValues(p.allowed);
  return out;
}

function withoutUndefined(params: IssueParams | undefined): IssueParams | undefined {
  if (!params) return undefined;
  const entries = Object.entries(params).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as IssueParams);
}

/** Every issue of a zod error as `Issue`s with bracket-index paths and English messages. */
export function formatIssues(error: z.ZodError): Issue[] {
  return error.issues.map((zodIssue) => {
    const { code, params } = codeAndParams(zodIssue);
    const cleaned = withoutUndefined(params);
    const base = { path: formatPath(zodIssue.path), code, ...(cleaned ? { params: cleaned } : {}) };
    return { ...base, message: describeIssue(base, 'en') };
  });
}
