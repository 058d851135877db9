import { describe, expect, it } from 'vitest';
import { HASH_START, hashStep, WordTable } from '../../../src/core/text/wordTable';
import { random } from '../corpus/fixtures';

describe('WordTable', () => {
  it('holds the words added since it was last cleared, the empty word too', () => {
    const table = new WordTable();
    expect(table.has('')).toBe(false);
    for (const word of ['said', 'the', '', 'said', 'ж']) table.add(word);
    expect([table.has('said'), table.has('the'), table.has(''), table.has('ж'), table.has('Said'), table.size]).toEqual([true, true, true, true, false, 4]);
    table.clear();
    expect([table.has('said'), table.has(''), table.size]).toEqual([false, false, 0]);
    table.add('talks');
    expect([table.has('talks'), table.has('said')]).toEqual([true, false]);
  });

  it('keeps no word of an earlier article once cleared (a long word is a view of its whole article)', () => {
    const table = new WordTable();
    const article = 'the ministers met in the capital '.repeat(50);
    const words = article.split(' ');
    for (const word of words) table.add(word);
    table.clear();
    table.add('talks');
    // Its private slots: only the current article's word may be there.
    const slots = (table as unknown as { words: string[] }).words.filter((word) => word !== '');
    expect(slots).toEqual(['talks']);
  });

  it('answers as a Set does, across clears and growth past its size (randomized)', () => {
    const table = new WordTable();
    const next = random(9);
    for (let round = 0; round < 40; round++) {
      table.clear();
      const reference = new Set<string>();
      // Some rounds hold far more words than the table starts with (4096 slots, half full at most),
      // more than it keeps for the next round.
      const count = round % 10 === 9 ? 70_000 : Math.floor(next() * 3000);
      for (let i = 0; i < count; i++) {
        const word = Math.floor(next() * count * 1.5).toString(36);
        // Half the words added with their hash made by hashStep, as the pipeline adds an article's
        // lowercase words: the same slots as add's own hash, or has() would miss them.
        if (i % 2 === 0) table.add(word);
        else table.addHashed(word, [...word].reduce((hash, ch) => hashStep(hash, ch.charCodeAt(0)), HASH_START));
        reference.add(word);
      }
      expect(table.size).toBe(reference.size);
      for (let i = 0; i < 500; i++) {
        const word = Math.floor(next() * count * 2).toString(36);
        expect(table.has(word), word).toBe(reference.has(word));
      }
      for (const word of [...reference].slice(0, 300)) expect(table.has(word)).toBe(true);
    }
  });
});
