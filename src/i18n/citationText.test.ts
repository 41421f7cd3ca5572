import { describe, expect, it } from 'vitest';
import { CITATIONS, type CitationId } from '../engine/citations';
import { citationText } from './citationText';

describe('citationText', () => {
  const ids = Object.keys(CITATIONS) as CitationId[];

  it('says an undated page is undated in the reader’s language (the zh report read “undated (read 2026)”)', () => {
    const undated = ids.find((id) => CITATIONS[id].date.startsWith('undated'))!;
    expect(citationText(undated, 'en').date).toBe('undated (read 2026)');
    expect(citationText(undated, 'zh-CN').date).toBe('未注明日期（2026年查阅）');
  });

  it('leaves no English in a Chinese date, and keeps a real date as given', () => {
    for (const id of ids) {
      const zh = citationText(id, 'zh-CN').date;
      expect(zh).not.toMatch(/[A-Za-z]/);
      if (/^\d{4}/.test(CITATIONS[id].date)) expect(zh).toBe(CITATIONS[id].date);
    }
  });
});
