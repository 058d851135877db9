import { describe, expect, it } from 'vitest';
import { buildTarget, prepareText, reanchor } from '../../../src/core/annotations/anchor';
import { normalizeText } from '../../../src/core/text/normalize';
import { FLOOD_TEXT, HARBOUR_TEXT, SUMMIT_TEXT } from './fixtures';

/** Code point span of the n-th occurrence of `needle` (UTF-16 search, converted). */
function spanOf(text: string, needle: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`fixture lacks ${needle}`);
  const prepared = prepareText(text);
  return { start: prepared.offsets.toCodePoint(at), end: prepared.offsets.toCodePoint(at + needle.length) };
}

function targetFor(text: string, needle: string, occurrence = 0): ReturnType<typeof buildTarget> {
  const { start, end } = spanOf(text, needle, occurrence);
  return buildTarget(text, start, end);
}

describe('buildTarget', () => {
  it('takes 32 code points of context on each side, fewer at the edges', () => {
    const t = targetFor(HARBOUR_TEXT, 'Daniel Okafor');
    expect(t.exact).toBe('Daniel Okafor');
    expect([...t.prefix]).toHaveLength(32);
    expect([...t.suffix]).toHaveLength(32);
    const first = targetFor(HARBOUR_TEXT, 'Port Authority Delays');
    expect(first.prefix).toBe('');
    expect(first.start).toBe(0);
  });

  it('counts positions in code points, so astral characters count once', () => {
    const t = targetFor(HARBOUR_TEXT, 'Supporters of the plan');
    const utf16 = HARBOUR_TEXT.indexOf('Supporters of the plan');
    expect(t.start).toBe(utf16 - 1); // one 🐟 (two UTF-16 units) comes before
    expect(t.prefix).toContain('🐟');
  });
});

describe('reanchor', () => {
  const okafor = targetFor(HARBOUR_TEXT, 'Okafor told reporters');
  const hash = prepareText(HARBOUR_TEXT).hash;

  const cases: Array<{ name: string; edit: (text: string) => string; status: string; moved: boolean; lands?: string }> = [
    { name: 'unchanged text, same hash', edit: (t) => t, status: 'exact', moved: false, lands: 'Okafor told reporters' },
    { name: 'CRLF line endings and a BOM', edit: (t) => '\ufeff' + t.replace(/\n/g, '\r\n'), status: 'exact', moved: false, lands: 'Okafor told reporters' },
    { name: 'text inserted before', edit: (t) => 'UPDATED: corrected spelling of a name.\n\n' + t, status: 'exact', moved: true, lands: 'Okafor told reporters' },
    // Re-wrapping swaps spaces and newlines: same positions, context changed.
    { name: 'lines re-wrapped around it', edit: (t) => t.replace('years,"\nOkafor told', 'years," Okafor told').replace('outside the meeting', 'outside\nthe meeting'), status: 'exact', moved: false, lands: 'Okafor told reporters' },
    { name: 'a typo fixed inside the quote', edit: (t) => t.replace('Okafor told reporters', 'Okafor told the reporters'), status: 'fuzzy', moved: true, lands: 'Okafor told the reporters' },
    { name: 'the sentence deleted', edit: (t) => t.replace('Okafor told reporters outside the meeting hall.', ''), status: 'orphan', moved: false },
    { name: 'replaced by a different article', edit: () => FLOOD_TEXT, status: 'orphan', moved: false },
  ];

  it.each(cases)('$name -> $status', ({ edit, status, moved, lands }) => {
    const current = prepareText(normalizeText(edit(HARBOUR_TEXT)));
    const result = reanchor(okafor, current, hash);
    expect(result.status).toBe(status);
    expect(result.moved).toBe(moved);
    if (lands) {
      const start = current.offsets.toUtf16(result.start!);
      const end = current.offsets.toUtf16(result.end!);
      expect(current.text.slice(start, end)).toBe(lands);
    } else {
      expect(result.start).toBeUndefined();
    }
  });

  it('chooses among repeats of a short quote by its context', () => {
    // "Vaher said" occurs three times; annotate the second and shift everything.
    const second = targetFor(SUMMIT_TEXT, 'Vaher said', 1);
    const edited = 'Correction appended.\n' + SUMMIT_TEXT;
    const result = reanchor(second, edited);
    expect(result.status).toBe('exact');
    expect(result.start).toBe(second.start + 'Correction appended.\n'.length);
  });

  it('keeps a headline at the start of the text when a header is prepended', () => {
    const headline = targetFor(HARBOUR_TEXT, 'Port Authority Delays');
    expect(headline.prefix).toBe('');
    const result = reanchor(headline, 'Scraped 2025-03-04 from coastal-ledger.example\n\n' + HARBOUR_TEXT);
    expect(result.status).toBe('exact');
    expect(result.start).toBe('Scraped 2025-03-04 from coastal-ledger.example\n\n'.length);
  });

  it('follows a name corrected to a longer word (whole words, approximately)', () => {
    const name = targetFor(HARBOUR_TEXT, 'Lucia Brandt');
    const edited = HARBOUR_TEXT.replace('Lucia Brandt', 'Lucia Brandtt');
    const result = reanchor(name, edited);
    expect(result.status).toBe('fuzzy');
    expect(edited.slice(result.start, result.end)).toBe('Lucia Brandtt'); // no astral characters before it
  });

  it('does not move a deleted short quote onto another occurrence elsewhere', () => {
    const first = targetFor(SUMMIT_TEXT, 'Korpela', 1);
    const edited = SUMMIT_TEXT.replace('Korpela later said on social media', 'The Finnish minister later said on social media');
    const result = reanchor(first, edited);
    expect(result.status).toBe('orphan');
  });

  it('does not move a word into a longer word', () => {
    const word = targetFor(FLOOD_TEXT, 'rain would ease');
    const edited = FLOOD_TEXT.replace('rain would ease', 'rainfall would ease');
    const result = reanchor(word, edited);
    if (result.status !== 'orphan') {
      const text = normalizeText(edited);
      expect(text.slice(result.start, result.end)).not.toBe('rain would ease');
    }
  });
});
