import { describe, expect, it } from 'vitest';
import { BucketKeys } from '../../../src/core/corpus/nameBuckets';

describe('BucketKeys', () => {
  it('keeps each key once per bucket, in the order they came, as a map of sets would', () => {
    let seed = 11;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 100; round++) {
      const keys = new BucketKeys();
      const model = new Map<string, Set<string>>();
      for (let step = 0; step < 20; step++) {
        const bucket = ['PERSON|surname|carter', 'ORG|initials|sco'][random(2)]!;
        const key = ['a', 'b', 'c'][random(3)]!;
        if (random(3) === 0) {
          keys.delete(bucket, key);
          model.get(bucket)?.delete(key);
          if (model.get(bucket)?.size === 0) model.delete(bucket);
        } else {
          keys.add(bucket, key);
          model.set(bucket, (model.get(bucket) ?? new Set()).add(key));
        }
        for (const b of ['PERSON|surname|carter', 'ORG|initials|sco']) {
          const expected = [...(model.get(b) ?? [])];
          expect([...keys.keys(b)]).toEqual(expected);
          expect(keys.size(b)).toBe(expected.length);
          for (const k of ['a', 'b', 'c']) expect(keys.has(b, k)).toBe(expected.includes(k));
        }
      }
    }
  });
});
