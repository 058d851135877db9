import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/core/text/partition';

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 5, 8];
  it.each([
    { target: 0, expected: 0 },
    { target: 1, expected: 0 },
    { target: 3, expected: 1 },
    { target: 4, expected: 3 },
    { target: 8, expected: 4 },
    { target: 9, expected: 5 },
  ])('finds where $target goes in [1, 3, 3, 5, 8]: $expected', ({ target, expected }) => {
    expect(partitionPoint(sorted.length, (i) => sorted[i]! < target)).toBe(expected);
  });

  it('handles an empty sequence', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
  });
});
