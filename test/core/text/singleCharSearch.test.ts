import { describe, expect, it } from 'vitest';
import { nextSingleCharMatch } from '../../../src/core/text/singleCharSearch';

describe('nextSingleCharMatch', () => {
  it('finds what exec would, one match after another', () => {
    const text = 'Mr. Lee said: “Yes!”\nAnd? No. 𝒳 ends.';
    const pattern = /[\n.!?]/g;
    const viaExec = [...text.matchAll(/[\n.!?]/g)].map((m) => m.index);
    const found: number[] = [];
    for (let i = nextSingleCharMatch(pattern, text, 0); i !== -1; i = nextSingleCharMatch(pattern, text, i + 1)) found.push(i);
    expect(found).toEqual(viaExec);
    expect(nextSingleCharMatch(pattern, text, text.length)).toBe(-1);
    expect(nextSingleCharMatch(/["“”]/g, text, 5)).toBe(text.indexOf('“'));
  });
});
