import { describe, expect, it } from 'vitest';
import { findDates, PATTERNS, patternMatchesOf, plausible } from '../../../src/core/analysis/dates';
import { random, randomText } from '../corpus/fixtures';

function dates(text: string, published: string | null = '2021-09-17'): [string, string][] {
  return findDates(text, published).map((d) => [text.slice(d.start, d.end), d.value]);
}

describe('findDates', () => {
  it.each<[string, string, string | null, [string, string][]]>([
    ['month day year', 'It met on September 17, 2021 in town.', null, [['September 17, 2021', '2021-09-17']]],
    ['day month', 'power on 15 August and', '2021-09-17', [['15 August', '2021-08-15']]],
    ['numeric day first', 'Updated 17.09.2021', null, [['17.09.2021', '2021-09-17']]],
    ['numeric month first when the day says so', 'on Friday (09.17.2021)', null, [['Friday', '2021-09-17'], ['09.17.2021', '2021-09-17']]],
    ['weekday nearest to publication', 'due Friday, met Wednesday', '2021-09-15', [['Friday', '2021-09-17'], ['Wednesday', '2021-09-15']]],
    ['relative expressions', 'this week and last month, earlier this year', '2021-09-17', [['this week', '2021-W37'], ['last month', '2021-08'], ['earlier this year', '2021']]],
    ['parts of months', 'in late August and early September', '2021-09-17', [['late August', '2021-08'], ['early September', '2021-09']]],
    ['year ranges and years', 'for 2022-2024 and by 2023', '2021-09-17', [['2022-2024', '2022/2024'], ['2023', '2023']]],
    ['unresolved without an anchor', 'on September 16 and last month', null, [['September 16', '--09-16'], ['last month', '?last month']]],
    ['durations and numbers are not dates', 'two days, 40 years, a 1,357-kilometer border, 2017 troops', null, []],
    ['"may" the verb is not a month', 'They may meet. It happened in May.', '2021-09-17', [['May', '2021-05']]],
  ])('%s', (_name, text, published, expected) => {
    expect(dates(text, published)).toEqual(expected);
  });

  it('resolves the same expression against each article\'s own anchor', () => {
    expect(dates('Talks last month, and on Friday.', '2021-09-17')).toEqual([['last month', '2021-08'], ['Friday', '2021-09-17']]);
    expect(dates('Talks last month, and on Friday.', '2020-01-05')).toEqual([['last month', '2019-12'], ['Friday', '2020-01-03']]);
    expect(dates('Talks last month, and on Friday.', '0999-03-05')).toEqual([['last month', '999-02'], ['Friday', '999-03-08']]);
    expect(dates('Talks last month, and on Friday.', null)).toEqual([['last month', '?last month'], ['Friday', '?friday']]);
    expect(dates('Talks last month, on September 17, 2021.', null)).toEqual([['last month', '2021-08'], ['September 17, 2021', '2021-09-17']]);
  });

  it('skips excluded spans such as URLs', () => {
    const text = 'see https://example.com/2021/09/17/story on Friday';
    const url = { start: 4, end: 40 };
    expect(findDates(text, '2021-09-17', (s, e) => s < url.end && e > url.start).map((d) => text.slice(d.start, d.end))).toEqual(['Friday']);
  });

  it('tries the patterns only where a date can start, and finds what full scans find', () => {
    const pieces = [
      'September', 'Sept.', 'Sep', 'Feb', 'May', 'may', 'MAY', 'March', 'Monday', 'Friday', 'fri', 'this', 'This', 'THIS', 'last', 'next', 'past',
      'earlier', 'Later', 'early', 'late', 'mid', 'mid-', 'week', 'month', 'Year', 'summer', 'yesterday', 'Tomorrow', 'thiſ', 'K', 'ſ',
      '17', '3', '2021', '1990s', '09.17.2021', '2021-09-17', '2022', '-', '–', ',', '.', ' ', ' ', '\n', '_', 'x', 'é', 'st', 'th', '“',
      // Every first letter a pattern can start with (see FIRST_CHARACTERS), in the cases that matter.
      'January', 'Jan.', 'April', 'Aug', 'October', 'Nov.', 'Dec', 'Tuesday', 'Wednesday', 'Thursday', 'Saturday', 'Sunday', 'YESTERDAY', 'EARLY', 'Past', 'Next', 'LATE', '1850', '0',
      'Past week', 'Next month', 'Last year', 'This summer', 'Earlier this year', 'Later next week', 'Dec 17', 'Nov. 3', 'Oct 1', 'Aug. 2021', 'June 5', 'tomorrow', '1990–2000', '1850 - 1900', '2010-2020',
      // Word starts inside words, as \b sees them (see asciiWordStartsOf): after a joiner, a letter beyond ASCII, a "_".
      'al-', "'", '’', 'Zürich', 'Ж', '𝐀', 'U.S.', 'x_', '__', 'ab', 'Mon’s',
    ];
    const next = random(7);
    let found = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = 1 + Math.floor(next() * 16);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.5 ? ' ' : '');
      const expected = PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
      expect(patternMatchesOf(text).map((m) => [m.index, m[0]]), JSON.stringify(text)).toEqual(expected);
      found += expected.length;
    }
    // Not vacuous: the random texts held thousands of date-like matches.
    expect(found).toBeGreaterThan(2000);
  });
});

/** plausible as it was written with regexes on the twelve characters each side (the reference). */
function plausibleByPatterns(text: string, start: number, end: number, surface: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/[\d,.]$/.test(before) && /^\d/.test(surface)) return false;
  if (/^[-–]?\d/.test(after) || /^[.,]\d/.test(after)) return false;
  if (/^\d{4}s?$/.test(surface)) {
    if (/^\s?(?:people|troops|soldiers|km|kilometers|kilometres|miles|metres|meters|tons|dollars|times)\b/i.test(after)) return false;
    if (/[$€£#]$/.test(before)) return false;
  }
  if (/^(?:May|March)$/.test(surface)) return /\b(?:in|on|since|until|by|from|last|next|this|early|late|mid|of|during)\s$/i.test(before);
  return true;
}

describe('plausible', () => {
  it('says what the patterns said, around every candidate date (randomized)', () => {
    const pieces = ['May', 'March', 'in ', 'In ', 'of', 'may', '2017', '1990s', '17', 'September 3', '2021-09-17', '$', '€', '£', '#', ',', '.', '-', '–', '1', ' people', ' Troops', 'km', ' ', '\n', 'x', 'é', 'during ', 'mid'];
    const next = random(11);
    let candidates = 0;
    let ruledOut = 0;
    for (let round = 0; round < 3000; round++) {
      const text = randomText(next, pieces, 1, 10);
      for (const match of patternMatchesOf(text)) {
        const end = match.index + match[0].length;
        const expected = plausibleByPatterns(text, match.index, end, match[0]);
        expect(plausible(text, match.index, end, match[0]), JSON.stringify([text, match.index])).toBe(expected);
        candidates++;
        if (!expected) ruledOut++;
      }
    }
    // Not vacuous: many candidates, hundreds of them ruled out.
    expect(candidates).toBeGreaterThan(1000);
    expect(ruledOut).toBeGreaterThan(200);
  });
});
