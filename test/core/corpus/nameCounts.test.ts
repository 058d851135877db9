import { describe, expect, it } from 'vitest';
import { NameCounts } from '../../../src/core/corpus/nameCounts';

/** The same operations on a Map of counts, as name nodes kept them before. */
function mapCounts(operations: [('add' | 'remove'), string][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [op, name] of operations) {
    const count = (map.get(name) ?? (op === 'add' ? 0 : 1)) + (op === 'add' ? 1 : -1);
    if (count > 0) map.set(name, count);
    else map.delete(name);
  }
  return map;
}

/** Its spellings and counts, in order. */
function entries(counts: NameCounts): [string, number][] {
  const found: [string, number][] = [];
  counts.forEach((name, count) => found.push([name, count]));
  return found;
}

describe('NameCounts', () => {
  it('counts one spelling without a map, and several in the order they came', () => {
    const counts = new NameCounts();
    expect(counts.size).toBe(0);
    expect(counts.names()).toEqual([]);
    counts.add('Rahmon');
    counts.add('Rahmon');
    expect(entries(counts)).toEqual([['Rahmon', 2]]);
    counts.add('Rakhmon');
    expect(entries(counts)).toEqual([
      ['Rahmon', 2],
      ['Rakhmon', 1],
    ]);
    counts.remove('Rahmon');
    counts.remove('Rahmon');
    expect(counts.names()).toEqual(['Rakhmon']);
    counts.add('Rahmon');
    // Back after going: last, as in a Map.
    expect(counts.names()).toEqual(['Rakhmon', 'Rahmon']);
    expect(counts.size).toBe(2);
  });

  it('forgets a spelling at no uses, and ignores one it does not have', () => {
    const counts = new NameCounts();
    counts.remove('Putin');
    expect(counts.size).toBe(0);
    counts.add('Putin');
    counts.remove('Lavrov');
    counts.remove('Putin');
    expect(counts.size).toBe(0);
    counts.add('Lavrov');
    expect(entries(counts)).toEqual([['Lavrov', 1]]);
  });

  it('agrees with a Map of counts over any sequence of adds and removes', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const operations: [('add' | 'remove'), string][] = [];
      const counts = new NameCounts();
      for (let step = 0; step < 12; step++) {
        const operation: ['add' | 'remove', string] = [random(3) === 0 ? 'remove' : 'add', ['a', 'b', 'c'][random(3)]!];
        operations.push(operation);
        if (operation[0] === 'add') counts.add(operation[1]);
        else counts.remove(operation[1]);
        expect(entries(counts)).toEqual([...mapCounts(operations)]);
      }
    }
  });
});
