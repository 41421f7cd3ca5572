import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findShapeProblem, utf8ByteLength } from './jsonGuards';

describe('utf8ByteLength', () => {
  it('matches TextEncoder for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
      }),
      { numRuns: 500 },
    );
    expect(utf8ByteLength('\uD800x')).toBe(new TextEncoder().encode('\uD800x').length);
  });
});

describe('findShapeProblem', () => {
  it('passes ordinary data', () => {
    expect(findShapeProblem({ a: [1, { b: 'constructor' }], proto: 1 }, 32)).toBeNull();
  });

  it('finds an unsafe key with its path', () => {
    const value = JSON.parse('{"a":[{"b":{"prototype":1}}]}');
    expect(findShapeProblem(value, 32)).toEqual({
      reason: 'unsafe_keys',
      path: 'a[0].b.prototype',
    });
  });

  it('counts the top-level object as depth 1', () => {
    expect(findShapeProblem({ a: { b: {} } }, 3)).toBeNull();
    expect(findShapeProblem({ a: { b: { c: {} } } }, 3)).toEqual({
      reason: 'too_deep',
      maxDepth: 3,
    });
  });

  it('visits a shared object once', () => {
    let node: Record<string, unknown> = {};
    for (let i = 0; i < 30; i++) node = { left: node, right: node };
    expect(findShapeProblem(node, 32)).toBeNull();
  });
});
