import { describe, expect, it } from 'vitest';
import { findQuotes, isBeforeDoubleOpener, isBeforeSingleOpener } from '../../../src/core/analysis/quoteMarks';
import { textMarks, tokenize } from '../../../src/core/text/tokens';
import { random, randomText } from '../corpus/fixtures';

/** The texts between the marks, in order. */
function quoted(text: string): string[] {
  return findQuotes(text).map((q) => text.slice(q.start, q.end));
}

describe('findQuotes', () => {
  it.each([
    ['straight marks', 'He said "we will win," and left.', ['we will win,']],
    ['curly marks', 'She said “no deal” twice.', ['no deal']],
    ['guillemets', 'Il a dit «pas question» hier.', ['pas question']],
    ['mixed curly and straight (scraped text)', 'The leaders “agreed to act," he said.', ['agreed to act,']],
    ['several on one line', 'to "use its potential" to "stimulate growth"', ['use its potential', 'stimulate growth']],
    ['single marks in a headline', "Leaders Agree to Combat 'Threats'", ['Threats']],
    ['curly single marks', 'Officials called it ‘a turning point’ today.', ['a turning point']],
    ['apostrophes are not quotes', "Moscow's view and the countries' borders, O'Neill's rock 'n' roll", []],
    ['a closing apostrophe after a plural', "the delegates' 'final word' came", ['final word']],
    ['an unclosed quote does not swallow the text', 'He said "this never ends.\n\nNext paragraph "is quoted" here.', ['is quoted']],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('joins a multi-paragraph quote where only the last paragraph closes', () => {
    const text = '"First paragraph of the speech.\n\n"Second paragraph ends it," she said.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.multiParagraph).toBe(true);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toBe('First paragraph of the speech.\n\n"Second paragraph ends it,');
  });

  it('finds a nested single-mark quote inside a double-mark quote', () => {
    const text = 'He said "they called it \'Operation Dawn\' yesterday" and left.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.nested])).toEqual([
      ["they called it 'Operation Dawn' yesterday", false],
      ['Operation Dawn', true],
    ]);
  });
});

describe('what may stand before an opening mark, by character code', () => {
  it('says what the character classes say, for every UTF-16 code unit', () => {
    const single = /[\s(\[“"«—–-]/u;
    const double = /[\s(\[{—–\-/:*_]/u;
    for (let code = 0; code <= 0xffff; code++) {
      const unit = String.fromCharCode(code);
      expect(isBeforeSingleOpener(code), code.toString(16)).toBe(single.test(unit));
      expect(isBeforeDoubleOpener(code), code.toString(16)).toBe(double.test(unit));
    }
  });

  it('marks a single-mark quote nested exactly when a double quote holds it, and keeps none that holds a double quote', () => {
    const pieces = [' “', '” ', ' "', '" ', " 'big deal' ", ' ‘fine print’ ', " 'so", "it' ", '’', "'", 'word', ' two words', ' It', 's', ' ', ',', '.', '\n', '\n\n'];
    const next = random(3);
    let singles = 0;
    let nested = 0;
    for (let round = 0; round < 4000; round++) {
      const text = randomText(next, pieces, 1, 30);
      const found = findQuotes(text);
      const doubles = found.filter((q) => !q.single);
      for (let k = 1; k < found.length; k++) expect(found[k]!.start).toBeGreaterThanOrEqual(found[k - 1]!.start);
      for (const single of found.filter((q) => q.single)) {
        singles++;
        const held = doubles.some((q) => q.start <= single.start - 1 && single.end + 1 <= q.end);
        expect(single.nested, JSON.stringify(text)).toBe(held);
        if (held) nested++;
        expect(doubles.some((q) => q.start >= single.start && q.end <= single.end), JSON.stringify(text)).toBe(false);
      }
    }
    // Not vacuous: many single-mark quotes, some of them inside double ones.
    expect(singles).toBeGreaterThan(300);
    expect(nested).toBeGreaterThan(30);
  });
});

describe('findQuotes given the marks the tokenizer noted', () => {
  it('finds the quotes it finds by searching the text (randomized)', () => {
    const pieces = [' “', '” ', ' "', '" ', '"', " 'big deal' ", ' ‘fine print’ ', " 'so", "it' ", '’', "'", '‘', '«', '»', ' „', "don't", 'word', ' two words', ' It', 's', ' ', ',', '.', '\n', '\n\n', '\n“', 'é'];
    const next = random(37);
    let quotes = 0;
    for (let round = 0; round < 4000; round++) {
      const text = randomText(next, pieces, 1, 30);
      const marks = textMarks();
      tokenize(text, marks);
      const expected = findQuotes(text);
      expect(findQuotes(text, marks), JSON.stringify(text)).toEqual(expected);
      quotes += expected.length;
    }
    expect(quotes).toBeGreaterThan(4000);
  });
});
