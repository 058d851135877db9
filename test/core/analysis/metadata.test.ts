import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/analysis/metadata';
import { textMarks, tokenize } from '../../../src/core/text/tokens';

const outlets = { byCompactName: new Map([['harbortribune', 'The Harbor Tribune']]) };
const lines = (...l: string[]): string => l.join('\n');

describe('extractMetadata', () => {
  it('reads headline, byline, date line and original url', () => {
    const text = lines(
      'Accessibility links',
      '',
      '# Ministers Meet Over River Deal',
      '',
      'By [Jane Doe in Lakeport](#) and John Roe for Wire Agency',
      '',
      'March 3, 2026',
      '',
      'The ministers met.',
      '',
      'Original url:',
      '',
      '<https://www.harbortribune.com/2026/03/03/ministers-meet>',
    );
    expect(extractMetadata(text, outlets)).toEqual({
      title: 'Ministers Meet Over River Deal',
      authors: ['Jane Doe', 'John Roe'],
      published: '2026-03-03',
      url: 'https://www.harbortribune.com/2026/03/03/ministers-meet',
      outlet: 'The Harbor Tribune',
    });
  });

  it('takes the outlet and date from a dateline and a timestamp line', () => {
    const text = lines('Talks Stall', '07:48 GMT 04.03.2026 (Updated: 09:18 GMT 04.03.2026)', 'LAKEPORT, March 4 (Wire Agency) - Talks stalled.');
    const meta = extractMetadata(text, outlets);
    expect(meta.published).toBe('2026-03-04');
    expect(meta.outlet).toBe('Wire Agency');
    expect(meta.url).toBeNull();
  });

  it('joins a URL whose visible text was wrapped over two lines', () => {
    const text = lines('Headline of the piece', 'Original url:', '', '[https://example.org/2026/01/02/a-long-slug-that-was-wra', 'pped-here](https://example.org/x)');
    expect(extractMetadata(text, outlets).url).toBe('https://example.org/2026/01/02/a-long-slug-that-was-wrapped-here');
  });

  it('leaves what the text does not state as null', () => {
    expect(extractMetadata('Just a headline here\n\nAnd a body that says nothing more.', outlets)).toEqual({
      title: 'Just a headline here',
      authors: [],
      published: null,
      url: null,
      outlet: null,
    });
  });

  it('reads the lines its quick checks let through, at their limits', () => {
    // A chrome line past 20 characters ("Cookies…"), a dateline place name of 41 characters, a date line
    // whose only digits are around a note, and the first agency dateline found even with every field known.
    const place = 'LAKEPORT ' + 'A'.repeat(32);
    const text = lines(
      'Cookies settings and your privacy choices',
      'Talks Stall Over River Deal',
      'By Jane Doe',
      'Original url: https://example.org/story',
      'March 4, 2026 (updated later)',
      `${place}, March 4 (Wire Agency) - Talks stalled.`,
      'OTHERTOWN, March 5 (Other Agency) - More.',
    );
    expect(place.length).toBe(41);
    expect(extractMetadata(text, outlets)).toEqual({
      title: 'Talks Stall Over River Deal',
      authors: ['Jane Doe'],
      published: '2026-03-04',
      url: 'https://example.org/story',
      outlet: 'example.org',
    });
    expect(extractMetadata(lines('Talks Stall Over River Deal', `${place}, March 4 (Wire Agency) - Talks stalled.`), outlets).outlet).toBe('Wire Agency');
    expect(extractMetadata(lines('Talks Stall Over River Deal', `${place}B, March 4 (Wire Agency) - Talks stalled.`), outlets).outlet).toBeNull();
    expect(extractMetadata(lines('Cookies settings and your privacy choices', 'Talks Stall Over River Deal'), outlets).title).toBe('Talks Stall Over River Deal');
  });

  describe('news agencies in bylines and datelines', () => {
    const withMedia = {
      byCompactName: outlets.byCompactName,
      media: new Map([
        ['ap', 'Associated Press'],
        ['associatedpress', 'Associated Press'],
        ['tass', 'TASS'],
        ['reuters', 'Reuters'],
        ['afp', 'AFP'],
        ['skynews', 'Sky News'],
      ]),
    };
    const cases: { kind: string; text: string; authors: string[]; outlet: string | null; published?: string | null }[] = [
      { kind: 'an agency closing the byline', text: lines('Ministers Meet Over River Deal', 'By ANNA KOROBEK and LENA ORLOVA Associated Press', 'March 3, 2026'), authors: ['ANNA KOROBEK', 'LENA ORLOVA'], outlet: 'Associated Press' },
      { kind: 'an agency as the whole byline', text: lines('Ministers Meet Over River Deal', 'By Reuters', 'Body.'), authors: [], outlet: 'Reuters' },
      { kind: 'an agency after the authors', text: lines('Ministers Meet Over River Deal', 'By Jane Doe, AFP', 'Body.'), authors: ['Jane Doe'], outlet: 'AFP' },
      { kind: 'a surname that is one word of an outlet', text: lines('Ministers Meet Over River Deal', 'By John Sky and Mark News', 'Body.'), authors: ['John Sky', 'Mark News'], outlet: null },
      { kind: 'an undated dateline with an agency', text: lines('Ministers Meet Over River Deal', 'LAKEPORT, Nordland (AP) — The ministers met.'), authors: [], outlet: 'Associated Press' },
      { kind: 'an undated dateline with something else in parentheses', text: lines('Ministers Meet Over River Deal', 'LAKEPORT (ANALYSIS) — The ministers met.'), authors: [], outlet: null },
      { kind: 'a slashed agency dateline', text: lines('Ministers Meet Over River Deal', 'LAKEPORT, March 4, 2026. /TASS/. The ministers met.'), authors: [], outlet: 'TASS', published: '2026-03-04' },
      { kind: 'a date line at the end with a dotted time', text: lines('Ministers Meet Over River Deal', 'The ministers met.', 'Jane Doe, diplomatic editor', 'Wed 4 Mar 2026 08.00 GMT'), authors: [], outlet: null, published: '2026-03-04' },
    ];
    it.each(cases)('reads $kind', ({ text, authors, outlet, published }) => {
      const meta = extractMetadata(text, withMedia);
      expect(meta.authors).toEqual(authors);
      expect(meta.outlet).toBe(outlet);
      if (published !== undefined) expect(meta.published).toBe(published);
    });

    it('keeps a date inside a timestamp line whole (a dotted time needs its zone)', () => {
      expect(extractMetadata(lines('Talks Stall Again Today', '07:48 GMT 04.03.2026'), withMedia).published).toBe('2026-03-04');
    });
  });
});

describe('extractMetadata given the space runs the tokenizer noted', () => {
  it('reads the same fields as without them (randomized)', () => {
    const pieces = ['By Ana Lee', 'by', 'Original url: ', 'https://www.harbortribune.com/2026/03/03/a', 'March 3, 2026', '17.09.2021', 'VELMORA, March 3 (Reuters) -', 'RIO, Nov 19. /TASS/. ', 'MANAUS, Brazil (AP) —', '# Headline Of Three Words', '**', '__', '[link](#)', '[x]', 'Harbor Tribune', ' ', '  ', '\t', '\u00a0', '\u2009', '\n', '\n\n', ',', 'word', 'Zürich'];
    let seed = 23;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    let fields = 0;
    for (let round = 0; round < 3000; round++) {
      let text = '';
      for (let k = Math.floor(next() * 16); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      const marks = textMarks();
      tokenize(text, marks);
      const expected = extractMetadata(text, outlets);
      expect(extractMetadata(text, outlets, marks.spaceRuns), JSON.stringify(text)).toEqual(expected);
      fields += Object.values(expected).filter((v) => v !== null && !(Array.isArray(v) && v.length === 0)).length;
    }
    // Not vacuous: titles, authors, dates, urls and outlets were found.
    expect(fields).toBeGreaterThan(2000);
  });
});
