import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/core/annotations/index';
import type { ScanResult, SourceReport } from '../../../src/core/model';
import type { ResolvedAnnotation } from '../../../src/extension/annotations/resolve';
import { applyReviews, type SourceReviews } from '../../../src/extension/annotations/reviews';

// ASCII only, so code points and string indexes agree.
const TEXT = 'Mayor Ana Ruiz said: "The bridge opens in May." Her deputy Tom Vale agreed. "Soon," Vale said.\n';
const span = (needle: string): { start: number; end: number } => {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(needle);
  return { start, end: start + needle.length };
};

const source: SourceReport = {
  file: 'a.txt',
  title: null,
  outlet: null,
  published: null,
  url: null,
  authors: [],
  entities: [
    { ...span('Ana Ruiz'), text: 'Ana Ruiz', type: 'PERSON', entity: 'person:ana-ruiz' },
    { start: span('in May').start + 3, end: span('in May').end, text: 'May', type: 'DATE', entity: 'date:may' },
    { ...span('Vale said'), end: span('Vale said').start + 4, text: 'Vale', type: 'PERSON', entity: 'person:ana-ruiz' },
  ],
  quotes: [
    { ...span('The bridge opens in May.'), text: 'The bridge opens in May.', kind: 'direct', speaker: 'person:ana-ruiz', group: 'q:bridge' },
    { ...span('Soon,'), text: 'Soon,', kind: 'direct', speaker: null, group: null },
  ],
};
const other: SourceReport = { ...source, file: 'b.txt', entities: [], quotes: [] };

const result: ScanResult = {
  version: 1,
  sources: [source, other],
  entities: [
    { id: 'person:ana-ruiz', name: 'Ana Ruiz', type: 'PERSON', aliases: ['Ana Ruiz', 'Vale'], sources: ['a.txt'], mentions: 2, evidence: [] },
    { id: 'person:tom-vale', name: 'Tom Vale', type: 'PERSON', aliases: ['Tom Vale'], sources: ['b.txt'], mentions: 1, evidence: [] },
    { id: 'date:may', name: 'May', type: 'DATE', aliases: ['May'], sources: ['a.txt'], mentions: 1, evidence: [] },
  ],
  quoteGroups: [
    { id: 'q:bridge', speaker: 'person:ana-ruiz', members: [{ file: 'a.txt', ...span('The bridge opens in May.') }], variants: [] },
    { id: 'q:soon', speaker: 'person:tom-vale', members: [{ file: 'b.txt', start: 0, end: 5 }], variants: [] },
  ],
  findings: [],
};

function review(needle: string, fields: Partial<Annotation>, at = span(needle)): ResolvedAnnotation {
  const annotation: Annotation = {
    id: `n${needle.length}`,
    type: 'entity',
    target: { exact: needle, prefix: '', suffix: '', ...at },
    ...fields,
  };
  return { annotation, anchor: 'exact', span: at, stored: at, line: 1 };
}

function reviewsOf(...annotations: ResolvedAnnotation[]): (file: string) => SourceReviews | undefined {
  return (file) => (file === 'a.txt' ? { annotations, textAt: (start, end) => TEXT.slice(start, end) } : undefined);
}

const valeSpan = { start: span('Vale said').start, end: span('Vale said').start + 4 };

describe('applyReviews', () => {
  it('returns the same result when no file has confirmed reviews', () => {
    const detected = review('Soon,', { type: 'quote', status: 'detected', quote: { kind: 'direct', speaker: 'person:tom-vale' } });
    expect(applyReviews(result, reviewsOf(detected))).toBe(result);
    expect(applyReviews(result, () => undefined)).toBe(result);
  });

  it('a confirmed speaker replaces the detected one; the input is not modified', () => {
    const reviewed = applyReviews(result, reviewsOf(review('Soon,', { type: 'quote', status: 'confirmed', quote: { kind: 'direct', speaker: 'person:tom-vale' } })));
    expect(reviewed.sources[0]!.quotes[1]).toMatchObject({ text: 'Soon,', speaker: 'person:tom-vale' });
    expect(source.quotes[1]!.speaker).toBeNull();
    expect(reviewed.sources[1]).toBe(other);
  });

  it('a rejected annotation changes nothing (the highlights draw it as rejected)', () => {
    const rejected = review('Soon,', { type: 'quote', status: 'rejected', quote: { kind: 'scare', speaker: 'person:tom-vale' } });
    expect(applyReviews(result, reviewsOf(rejected))).toBe(result);
  });

  it('a confirmed entity annotation re-points its mention and both entities are counted again', () => {
    const reviewed = applyReviews(result, reviewsOf(review('Vale', { status: 'confirmed', entity: { type: 'PERSON', id: 'person:tom-vale' } }, valeSpan)));
    expect(reviewed.sources[0]!.entities.find((m) => m.start === valeSpan.start)).toMatchObject({ entity: 'person:tom-vale' });
    const ruiz = reviewed.entities.find((e) => e.id === 'person:ana-ruiz')!;
    const vale = reviewed.entities.find((e) => e.id === 'person:tom-vale')!;
    expect([ruiz.mentions, ruiz.sources]).toEqual([1, ['a.txt']]);
    expect([vale.mentions, vale.sources]).toEqual([1, ['a.txt']]);
    expect(vale.aliases).toContain('Vale');
  });

  it('counts again from the sources the moved entities list, and reads no other report\'s mentions', () => {
    const third: SourceReport = { ...other, file: 'c.txt', entities: [{ start: 0, end: 8, text: 'Ana Ruiz', type: 'PERSON', entity: 'person:ana-ruiz' }] };
    // A report whose mentions must not be read: it mentions none of the entities that moved.
    const unrelated = { ...other, file: 'd.txt' } as SourceReport;
    Object.defineProperty(unrelated, 'entities', { enumerable: true, get: () => { throw new Error('d.txt read'); } });
    const wider: ScanResult = {
      ...result,
      sources: [source, other, third, unrelated],
      entities: result.entities.map((e) => (e.id === 'person:ana-ruiz' ? { ...e, sources: ['a.txt', 'c.txt'], mentions: 3 } : e)),
    };
    const reviewed = applyReviews(wider, reviewsOf(review('Vale', { status: 'confirmed', entity: { type: 'PERSON', id: 'person:tom-vale' } }, valeSpan)));
    const ruiz = reviewed.entities.find((e) => e.id === 'person:ana-ruiz')!;
    expect([ruiz.mentions, ruiz.sources]).toEqual([2, ['a.txt', 'c.txt']]);
  });

  it('a span annotated by hand that the engine missed becomes a mention of a new entity, in position order', () => {
    const reviewed = applyReviews(result, reviewsOf(review('Tom Vale', { status: 'confirmed', entity: { type: 'PERSON', id: 'person:thomas-vale', name: 'Thomas Vale' } })));
    const mentions = reviewed.sources[0]!.entities;
    expect(mentions.map((m) => m.text)).toEqual(['Ana Ruiz', 'May', 'Tom Vale', 'Vale']);
    expect(reviewed.entities.find((e) => e.id === 'person:thomas-vale')).toMatchObject({ name: 'Thomas Vale', mentions: 1, sources: ['a.txt'], aliases: ['Tom Vale'] });
  });

  it('a quote annotated by hand is added with its speaker', () => {
    const reviewed = applyReviews(result, reviewsOf(review('agreed', { type: 'quote', status: 'confirmed', quote: { kind: 'scare' } })));
    expect(reviewed.sources[0]!.quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ['The bridge opens in May.', 'direct', 'person:ana-ruiz'],
      ['agreed', 'scare', null],
      ['Soon,', 'direct', null],
    ]);
  });

  it('a confirmed group moves the quote between groups; an unknown group id keeps the engine grouping', () => {
    const moved = applyReviews(result, reviewsOf(review('The bridge opens in May.', { type: 'quote', status: 'confirmed', quote: { kind: 'direct', group: 'q:soon' } })));
    expect(moved.sources[0]!.quotes[0]!.group).toBe('q:soon');
    expect(moved.quoteGroups.find((g) => g.id === 'q:bridge')!.members).toEqual([]);
    expect(moved.quoteGroups.find((g) => g.id === 'q:soon')!.members.map((m) => m.file)).toEqual(['b.txt', 'a.txt']);
    const stale = applyReviews(result, reviewsOf(review('The bridge opens in May.', { type: 'quote', status: 'confirmed', quote: { kind: 'direct', group: 'q:gone' } })));
    expect(stale.sources[0]!.quotes[0]!.group).toBe('q:bridge');
    expect(stale.quoteGroups).toBe(result.quoteGroups);
  });

  it('an orphaned annotation (no current span) is ignored', () => {
    const orphan: ResolvedAnnotation = { ...review('Soon,', { type: 'quote', status: 'confirmed', quote: { kind: 'direct', speaker: 'person:tom-vale' } }), span: null, anchor: 'orphan' };
    expect(applyReviews(result, reviewsOf(orphan))).toBe(result);
  });
});
