import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, asciiWordStartsOf, textMarks, tokenize } from '../../../src/core/text/tokens';
import { random, randomText } from '../corpus/fixtures';

describe('tokenize', () => {
  it('gives words with their spans, capitalization, sentence starts, lines and possessives', () => {
    const text = 'Mr. Rahmon met U.S. envoys.\nThe NATO chief’s plan: al-Sisi agreed and left.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, text.slice(t.start, t.end), t.cap, t.allCaps, t.sentenceStart, t.possessive, t.line])).toEqual([
      ['Mr', 'Mr', true, false, true, false, 0],
      ['Rahmon', 'Rahmon', true, false, false, false, 0],
      ['met', 'met', false, false, false, false, 0],
      ['U.S.', 'U.S.', true, true, false, false, 0],
      ['envoys', 'envoys', false, false, false, false, 0],
      ['The', 'The', true, false, true, false, 1],
      ['NATO', 'NATO', true, true, false, false, 1],
      ['chief', 'chief', false, false, false, false, 1],
      ['’s', '’s', false, false, false, true, 1],
      ['plan', 'plan', false, false, false, false, 1],
      ['al-Sisi', 'al-Sisi', true, false, true, false, 1],
      ['agreed', 'agreed', false, false, false, false, 1],
      ['and', 'and', false, false, false, false, 1],
      ['left', 'left', false, false, false, false, 1],
    ]);
  });

  it('counts a lowercase particle joined to a capitalized name as capitalized, exactly where the pattern says', () => {
    // The reference: a capital first letter, or the particle pattern (which a cheap check guards).
    const PARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|ben)[-‐]\p{Lu}/u;
    const starts = ['a', 'al', 'el', 'as', 'ash', 'abu', 'bin', 'ibn', 'ben', 'at', 'az', 'ad', 'ar', 'b', 'e', 'i', 'in', 'and', 'alp', 'Al', 'x'];
    const joins = ['-', '‐', "'", '', '-'];
    const rests = ['S', 'Sisi', 's', 'É', 'é', '1', 'x', 'al-Sisi', ''];
    const next = random(11);
    const pick = (items: string[]): string => items[Math.floor(next() * items.length)]!;
    let particles = 0;
    for (let round = 0; round < 4000; round++) {
      const word = pick(starts) + pick(joins) + pick(rests) + (next() < 0.3 ? pick(joins) + pick(rests) : '');
      for (const token of tokenize(word)) {
        const expected = /^\p{Lu}/u.test(token.text) || PARTICLE_NAME.test(token.text);
        expect(token.cap, JSON.stringify(token.text)).toBe(expected);
        if (expected && !/^\p{Lu}/u.test(token.text)) particles++;
      }
    }
    // Not vacuous: many of the random words were particle names.
    expect(particles).toBeGreaterThan(100);
  });

  it('finds the words the word pattern finds, with their lines, sentence starts and possessives (randomized)', () => {
    // The specification the hand-written scanner follows (see tokens.ts).
    const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’.][\p{L}\p{M}\p{N}]+)*/gu;
    const reference = (text: string): unknown[][] => {
      const out: unknown[][] = [];
      let previousEnd = 0;
      for (const match of text.matchAll(WORD)) {
        const start = match.index;
        const gap = text.slice(previousEnd, start);
        const line = text.slice(0, start).split('\n').length - 1;
        const previous = out.length > 0 ? (out[out.length - 1]![0] as string) : null;
        const sentenceStart = previous === null || /[\n!?:]/.test(gap) || (gap.includes('.') && !ABBREVIATIONS.has(previous.toLowerCase()));
        const word = match[0];
        if (word.length > 3 && /['’]s$/.test(word)) {
          out.push([word.slice(0, -2), start, start + word.length - 2, sentenceStart, false, line]);
          out.push([word.slice(-2), start + word.length - 2, start + word.length, false, true, line]);
        } else out.push([word, start, start + word.length, sentenceStart, false, line]);
        previousEnd = start + word.length;
      }
      return out;
    };
    const pieces = ['said', 'Mr', 'mr', 'U.S.', 'A.B', 'kremlin.ru', 'al-Sisi', 'e\u0301', 'Ж', '𝐀', '\ud835', '7', "’s", "'s", "'", '’', '-', '‐', '.', '..', ':', '!', '?', ',', '"', '«', ' ', '\n', '\n\n', '\t', '\u00a0', '_'];
    const next = random(13);
    let tokens = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, pieces, 0, 14);
      const expected = reference(text);
      expect(tokenize(text).map((t) => [t.text, t.start, t.end, t.sentenceStart, t.possessive, t.line]), JSON.stringify(text)).toEqual(expected);
      tokens += expected.length;
    }
    expect(tokens).toBeGreaterThan(4000);
  });

  it('gives every ASCII word start a regex\'s \\b sees, its tokens\' and those inside them (randomized)', () => {
    const pieces = ['May', 'mid', 'x', '2021', '7', 'Zürich', 'é', 'e\u0301', 'Ж', '𝐀', '½', '\ud835', 'U.S.', 'A.B', 'É.Ü.', 'kremlin.ru', 'al-Sisi', "’s", "'s", "'", '’', '-', '‐', '.', '_', '__May', ' ', '\n', '“', '«', ','];
    const next = random(17);
    let starts = 0;
    let inside = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, pieces, 0, 14);
      const marks = textMarks();
      const tokens = tokenize(text, marks);
      const expected = [...text.matchAll(/\b[A-Za-z0-9]/g)].map((m) => m.index);
      expect(asciiWordStartsOf(text, tokens, marks.innerWordStarts), JSON.stringify(text)).toEqual(expected);
      // The tokens are those of a tokenize without marks.
      expect(tokens).toEqual(tokenize(text));
      starts += expected.length;
      inside += marks.innerWordStarts.length;
    }
    // Not vacuous: thousands of starts, hundreds of them inside tokens.
    expect(starts).toBeGreaterThan(5000);
    expect(inside).toBeGreaterThan(500);
  });

  it('notes every whitespace character other than a space or a line break, and the first of two spaces (randomized)', () => {
    const pieces = ['word', 'Zürich', 'U.S.', 'al-Sisi', "’s", ' ', '  ', '   ', '\n', '\n\n', '\t', '\v', '\f', '\r', '\u00a0', '\u2009', '\u3000', '\u2028', '\ufeff', '\u180e', '\u200b', '\u001c', '.', '-', '“', '𝐀', '_'];
    const next = random(19);
    let runs = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, pieces, 0, 14);
      const marks = textMarks();
      tokenize(text, marks);
      const expected: number[] = [];
      for (let i = 0; i < text.length; i++) if (/[^\S \n]/.test(text[i]!) || text.startsWith('  ', i)) expected.push(i);
      expect(marks.spaceRuns, JSON.stringify(text)).toEqual(expected);
      runs += expected.length;
    }
    expect(runs).toBeGreaterThan(3000);
  });

  it('notes whether the text has a surrogate pair, wherever it stands (randomized)', () => {
    const pieces = ['word', 'Zé', '𝐀', '𝐀.𝐁.', 'U.𝐀.', '😀', '\ud835', '\udc00', '-', '’', "'s", ' ', '\n', '.', '7', '_'];
    const next = random(29);
    let astral = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, pieces, 0, 8);
      const marks = textMarks();
      tokenize(text, marks);
      const expected = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
      expect(marks.astral, JSON.stringify(text)).toBe(expected);
      if (expected) astral++;
    }
    // Not vacuous: both kinds of text, many times.
    expect(astral).toBeGreaterThan(500);
    expect(astral).toBeLessThan(2500);
  });

  it('notes every quotation mark, mark that may open a single-mark quote, and line break or . ! ?, inside words too (randomized)', () => {
    const pieces = ['word', "don't", "Putin's", "Putin’s", "'", '’', '‘', '"', '“', '”', '«', '»', '„', "rock 'n' roll", "''", "'s", 'O’Neil', "a'b'c", ' ', '\n', '.', '..', '!', '?', '-', 'U.S.', 'A.B', 'kremlin.ru', '3.5', 'É.Ü.', 'é', '𝐀'];
    const next = random(31);
    let marks = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, pieces, 0, 12);
      const noted = textMarks();
      tokenize(text, noted);
      const at = (pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => m.index);
      expect(noted.doubleMarks, JSON.stringify(text)).toEqual(at(/["“”«»„]/g));
      expect(noted.singleMarks, JSON.stringify(text)).toEqual(at(/['‘]/g));
      expect(noted.sentenceMarks, JSON.stringify(text)).toEqual(at(/[\n.!?]/g));
      marks += noted.doubleMarks.length + noted.singleMarks.length;
    }
    expect(marks).toBeGreaterThan(5000);
  });
});
