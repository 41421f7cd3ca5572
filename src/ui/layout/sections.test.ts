import { describe, expect, it } from 'vitest';
import { isShareFragment, shareLink } from '../../io/shareLink';
import { FIRST_EXAMPLE_FILE } from '../../io/examples';
import { DEFAULT_SECTION, SECTIONS, sectionHref, sectionOfHash } from './sections';

describe('section fragments', () => {
  it('round-trips every section through its fragment', () => {
    for (const id of SECTIONS) expect(sectionOfHash(sectionHref(id))).toBe(id);
  });

  it('reads a bare address, an unknown section and an in-page anchor as the answer', () => {
    for (const hash of ['', '#', '#/', '#/nowhere', '#results', '#/PLAN', '#/plan/extra'])
      expect(sectionOfHash(hash)).toBe(DEFAULT_SECTION);
  });

  it('never collides with a share link, either way round', () => {
    const link = shareLink('https://example.org/', FIRST_EXAMPLE_FILE);
    const hash = link.slice(link.indexOf('#'));
    expect(isShareFragment(hash)).toBe(true);
    expect(sectionOfHash(hash)).toBe(DEFAULT_SECTION);
    for (const id of SECTIONS) expect(isShareFragment(sectionHref(id))).toBe(false);
    // Even a share link cut off right after "#plan" is not the plan section.
    expect(sectionOfHash('#plan')).toBe(DEFAULT_SECTION);
    expect(sectionOfHash('#plan=')).toBe(DEFAULT_SECTION);
  });
});
