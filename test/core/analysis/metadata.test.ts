import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/core/analysis/metadata';

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
});
