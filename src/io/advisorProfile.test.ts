import { describe, expect, it } from 'vitest';
import {
  COMMENTARY_LENGTH,
  EMPTY_ADVISOR,
  readAdvisorProfile,
  readCommentary,
} from './advisorProfile';

describe('the advisor’s details from localStorage', () => {
  it('read as stored', () => {
    const p = { name: '王敏', firm: '青禾财务咨询', contact: '138 0000 0000' };
    expect(readAdvisorProfile(JSON.stringify(p))).toEqual(p);
  });
  it('a bad field reads as empty, the others kept; anything else reads as none', () => {
    expect(readAdvisorProfile('{"name":5,"firm":"F","contact":"x"}')).toEqual({
      name: '',
      firm: 'F',
      contact: 'x',
    });
    expect(
      readAdvisorProfile(JSON.stringify({ name: 'x'.repeat(121), firm: '', contact: '' })).name,
    ).toBe('');
    for (const bad of [null, '', 'not json', '[1]', '7'])
      expect(readAdvisorProfile(bad)).toEqual(EMPTY_ADVISOR);
  });
});

describe('the report commentary from localStorage', () => {
  it('reads as stored, by client id', () => {
    const kept = { c1: '建议本月内申请网商贷备用额度。', c2: 'Keep the Yu’ebao balance.' };
    expect(readCommentary(JSON.stringify(kept))).toEqual(kept);
  });
  it('anything damaged or too long reads as none, never throwing', () => {
    const tooLong = JSON.stringify({ c1: 'x'.repeat(COMMENTARY_LENGTH + 1) });
    for (const bad of [null, '', 'not json', '[1]', '7', '{"c1":5}', tooLong])
      expect(readCommentary(bad)).toEqual({});
  });
});
