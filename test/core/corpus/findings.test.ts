import { describe, expect, it } from 'vitest';
import { spelledDifferently } from '../../../src/core/corpus/findings';
import { indexOf, type Fixture } from './fixtures';

const border = (file: string, text: string, country: string, neighbour: string): Fixture => ({
  file,
  text,
  mentions: [
    { text: country, type: 'PLACE' },
    { text: neighbour, type: 'PLACE' },
  ],
});

describe('findings', () => {
  it('flags a quote worded materially differently across outlets, with every version', () => {
    const fixtures: Fixture[] = [
      {
        file: 'a.txt',
        text: 'Lena Orlova said the city "must be encouraged to keep its promises".',
        mentions: [{ text: 'Lena Orlova', type: 'PERSON' }],
        quotes: [{ text: 'must be encouraged to keep its promises', speaker: 'Lena Orlova', kind: 'partial' }],
      },
      {
        file: 'b.txt',
        text: 'Lena Orlova said the city "should be encouraged to deliver on its promises".',
        mentions: [{ text: 'Lena Orlova', type: 'PERSON' }],
        quotes: [{ text: 'should be encouraged to deliver on its promises', speaker: 'Lena Orlova', kind: 'partial' }],
      },
    ];
    const finding = indexOf(fixtures).result().findings.find((f) => f.kind === 'quote-wording')!;
    expect(finding.message).toMatch(/"keep" -> "deliver on"|"deliver on" -> "keep"/);
    expect(finding.spans.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(finding.spans[0]).toMatchObject({ start: fixtures[0]!.text.indexOf('must'), text: 'must be encouraged to keep its promises' });
  });

  it('does not flag a quote that is only trimmed or punctuated differently', () => {
    const fixtures: Fixture[] = [
      { file: 'a.txt', text: 'Orlova: "We will rebuild the harbour by spring, whatever it costs."', mentions: [{ text: 'Orlova', type: 'PERSON' }], quotes: [{ text: 'We will rebuild the harbour by spring, whatever it costs.', speaker: 'Orlova' }] },
      { file: 'b.txt', text: 'Orlova vowed to "rebuild the harbor by spring".', mentions: [{ text: 'Orlova', type: 'PERSON' }], quotes: [{ text: 'rebuild the harbor by spring', speaker: 'Orlova', kind: 'partial' }] },
    ];
    const result = indexOf(fixtures).result();
    expect(result.quoteGroups).toHaveLength(1);
    expect(result.findings.filter((f) => f.kind === 'quote-wording')).toEqual([]);
  });

  it('flags a name spelled differently and points at each spelling', () => {
    const result = indexOf([
      { file: 'a.txt', text: 'Rustam Khamidov spoke.', mentions: [{ text: 'Rustam Khamidov', type: 'PERSON' }] },
      { file: 'b.txt', text: 'Rustam Hamidov spoke.', mentions: [{ text: 'Rustam Hamidov', type: 'PERSON' }] },
    ]).result();
    const finding = result.findings.find((f) => f.kind === 'name-spelling')!;
    expect(finding.entity).toBe(result.entities[0]!.id);
    expect(finding.spans).toEqual([
      { file: 'a.txt', start: 0, end: 15, text: 'Rustam Khamidov' },
      { file: 'b.txt', start: 0, end: 14, text: 'Rustam Hamidov' },
    ]);
  });

  const spellings: [string, string, boolean][] = [
    ['Emil Rakhimov', 'Emil Rahimov', true],
    ['Organisation', 'Organization', true],
    ['Kahn', 'Imran Khan', true],
    ['Putin', 'Vladimir Putin', false],
    ['U.S.', 'US', false],
    ['SCO', 'Shanghai Cooperation Organization', false],
  ];
  it.each(spellings)('spelledDifferently(%s, %s) = %s', (a, b, expected) => {
    expect(spelledDifferently(a, b)).toBe(expected);
  });

  it('flags a number that disagrees between sources about the same thing', () => {
    const result = indexOf([
      border('a.txt', 'Nordland shares a 1,357-kilometer border with Sudland.', 'Nordland', 'Sudland'),
      border('b.txt', 'Nordland has a 1,344-kilometre border with Sudland.', 'Nordland', 'Sudland'),
      border('c.txt', 'Westmark shares a 76-kilometer-long border with Sudland.', 'Westmark', 'Sudland'),
    ]).result();
    const numbers = result.findings.filter((f) => f.kind === 'number-mismatch');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.spans.map((s) => s.text)).toEqual(['1,344-kilometre', '1,357-kilometer']);
    expect(numbers[0]!.message).toMatch(/1,344 vs 1,357/);
    // Both names are next to every figure: one finding, about both.
    expect(numbers[0]!.message).toMatch(/next to Nordland, Sudland:/);
  });

  it('names only what every disagreeing figure is next to, once', () => {
    const result = indexOf([
      border('a.txt', 'Nordland shares a 1,357-kilometer border with Sudland.', 'Nordland', 'Sudland'),
      border('b.txt', 'Nordland has a 1,344-kilometre border with Sudland.', 'Nordland', 'Sudland'),
      { file: 'c.txt', text: 'Nordland has a 1,350-kilometre coast.', mentions: [{ text: 'Nordland', type: 'PLACE' }] },
    ]).result();
    const numbers = result.findings.filter((f) => f.kind === 'number-mismatch');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.message).toMatch(/next to Nordland: 1,344 vs 1,350 vs 1,357/);
  });

  it('flags member counts that disagree ("eight-member" vs "nine-member")', () => {
    const result = indexOf([
      { file: 'a.txt', text: 'The Harbour League, an eight-member group, met.', mentions: [{ text: 'Harbour League', type: 'ORG' }] },
      { file: 'b.txt', text: 'The nine-member Harbour League met.', mentions: [{ text: 'Harbour League', type: 'ORG' }] },
      { file: 'c.txt', text: 'The eight-member Harbour League met.', mentions: [{ text: 'Harbour League', type: 'ORG' }] },
    ]).result();
    const numbers = result.findings.filter((f) => f.kind === 'number-mismatch');
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.spans.map((s) => `${s.file}:${s.text}`)).toEqual(['a.txt:eight-member', 'c.txt:eight-member', 'b.txt:nine-member']);
  });
});
