import { describe, expect, it } from 'vitest';
import { DisjointSets } from '../../../src/core/corpus/disjointSets';

describe('DisjointSets', () => {
  it('joins sets and lists their members', () => {
    const sets = new DisjointSets(['a', 'b', 'c', 'd']);
    sets.union('a', 'b');
    sets.union('c', 'd');
    expect(sets.find('b')).toBe(sets.find('a'));
    expect(sets.members('d').sort()).toEqual(['c', 'd']);
    expect(sets.groups()).toHaveLength(2);
  });

  it('joins two sets of hundreds of thousands of members (a folder-wide statement)', () => {
    const keys = Array.from({ length: 400_000 }, (_, i) => `k${i}`);
    const sets = new DisjointSets(keys);
    for (let i = 1; i < 200_000; i++) sets.union('k0', `k${i}`);
    for (let i = 200_001; i < 400_000; i++) sets.union('k200000', `k${i}`);
    sets.union('k0', 'k200000');
    expect(sets.groups()).toHaveLength(1);
    expect(sets.members('k399999')).toHaveLength(400_000);
  });
});
