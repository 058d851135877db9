import { describe, expect, it } from 'vitest';
import { addAnnotation, buildTarget, createSidecar, prepareText, seededIdSource, updateStatus } from '../../../src/core/annotations/index';
import type { SourceReport } from '../../../src/core/model';
import { itemAt, minimalEdit, orphansFirst, reportFits, spanKey, statusIndex, statusOf } from '../../../src/extension/annotations/resolve';
import { resolveAnnotations } from '../../../src/extension/annotations/resolveSidecar';
import { upsertItem } from '../../../src/extension/annotations/upsert';

const TEXT = 'Governor Ana Ruiz said: "The bridge opens in May." Ruiz later left.\n';
const prepared = prepareText(TEXT);
const span = (needle: string): { start: number; end: number } => {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length };
};

const report: SourceReport = {
  file: 'a.txt',
  title: null,
  outlet: null,
  published: null,
  url: null,
  authors: [],
  entities: [
    { ...span('Ana Ruiz'), text: 'Ana Ruiz', type: 'PERSON', entity: 'person:ana-ruiz' },
    { ...span('May'), text: 'May', type: 'DATE', entity: 'date:may' },
  ],
  quotes: [{ ...span('The bridge opens in May.'), text: 'The bridge opens in May.', kind: 'direct', speaker: 'person:ana-ruiz', group: null }],
};

function sidecarWith(...needles: string[]): ReturnType<typeof createSidecar> {
  const sidecar = createSidecar('a.txt', prepared.hash);
  const ids = seededIdSource(1);
  for (const needle of needles) {
    const { start, end } = span(needle);
    addAnnotation(sidecar, { type: 'entity', status: 'detected', entity: { type: 'PERSON', id: 'person:ana-ruiz' }, target: buildTarget(prepared, start, end) }, ids);
  }
  return sidecar;
}

describe('itemAt', () => {
  it.each([
    ['an entity inside a quote wins over the quote', 'May', 'entity', 'May'],
    ['quote text away from entities gives the quote', 'bridge', 'quote', 'The bridge opens in May.'],
    ['an entity outside quotes', 'Ana', 'entity', 'Ana Ruiz'],
  ])('%s', (_name, at, kind, expected) => {
    const item = itemAt([], report, TEXT.indexOf(at) + 1);
    expect(item?.kind).toBe(kind);
    expect(TEXT.slice(item!.start, item!.end)).toBe(expected);
  });

  it('narrows to a kind and returns nothing off any item', () => {
    expect(itemAt([], report, TEXT.indexOf('May') + 1, 'quote')?.quote?.speaker).toBe('person:ana-ruiz');
    expect(itemAt([], report, TEXT.indexOf('later'))).toBeUndefined();
  });

  it('joins the stored annotation with the engine fields on the same span', () => {
    const resolved = resolveAnnotations(sidecarWith('Ana Ruiz'), prepared);
    const item = itemAt(resolved, report, TEXT.indexOf('Ana'));
    expect(item?.annotation?.target.exact).toBe('Ana Ruiz');
    expect(item?.entity?.id).toBe('person:ana-ruiz');
  });
});

describe('statusOf and orphansFirst', () => {
  it('a reviewed annotation on the exact span decides the status; others are detected', () => {
    const sidecar = sidecarWith('Ana Ruiz', 'Ruiz later');
    updateStatus(sidecar, sidecar.annotations[0]!.id, 'rejected');
    const resolved = resolveAnnotations(sidecar, prepared);
    expect(statusOf(resolved, 'entity', span('Ana Ruiz'))).toBe('rejected');
    expect(statusOf(resolved, 'quote', span('Ana Ruiz'))).toBe('detected');
    expect(statusOf(resolved, 'entity', span('May'))).toBe('detected');
    // The index the highlights use answers the same.
    const index = statusIndex(resolved);
    for (const [kind, needle] of [['entity', 'Ana Ruiz'], ['quote', 'Ana Ruiz'], ['entity', 'Ruiz later'], ['entity', 'May']] as const) {
      const { start, end } = span(needle);
      expect(index.get(spanKey(kind, start, end)) ?? 'detected').toBe(statusOf(resolved, kind, { start, end }));
    }
  });

  it('orphans come first, then by position', () => {
    const sidecar = sidecarWith('Ruiz later', 'Ana Ruiz');
    const changed = prepareText(TEXT.replace('Ruiz later left.', 'Then the council met.'));
    const order = orphansFirst(resolveAnnotations(sidecar, changed)).map((r) => [r.annotation.target.exact, r.span === null]);
    expect(order).toEqual([
      ['Ruiz later', true],
      ['Ana Ruiz', false],
    ]);
  });
});

describe('upsertItem', () => {
  it('adds an engine item once, then updates the same annotation', () => {
    const sidecar = createSidecar('a.txt', prepared.hash);
    const item = itemAt([], report, TEXT.indexOf('bridge'))!;
    const first = upsertItem(sidecar, prepared, item, { status: 'confirmed' });
    const second = upsertItem(sidecar, prepared, item, { quote: { group: 'quote:g1' } });
    expect(second).toBe(first);
    expect(sidecar.annotations).toHaveLength(1);
    expect(sidecar.annotations[0]).toMatchObject({ type: 'quote', status: 'confirmed', quote: { kind: 'direct', speaker: 'person:ana-ruiz', group: 'quote:g1' } });
    upsertItem(sidecar, prepared, item, { quote: { group: undefined } });
    expect(sidecar.annotations[0]!.quote).toEqual({ kind: 'direct', speaker: 'person:ana-ruiz' });
  });
});

describe('minimalEdit', () => {
  it.each([
    ['same text', 'abc', 'abc', null],
    ['insertion in the middle', 'a\nc\n', 'a\nb\nc\n', { start: 2, end: 2, text: 'b\n' }],
    ['deletion at the end', 'abcdef', 'abc', { start: 3, end: 6, text: '' }],
    ['replacement', 'status: detected\n', 'status: confirmed\n', { start: 8, end: 14, text: 'confirm' }],
    ['never splits a surrogate pair', 'x😀y', 'x😃y', { start: 1, end: 3, text: '😃' }],
  ])('%s', (_name, before, after, expected) => {
    const edit = minimalEdit(before, after);
    expect(edit).toEqual(expected);
    if (edit) expect(before.slice(0, edit.start) + edit.text + before.slice(edit.end)).toBe(after);
  });
});

describe('reportFits', () => {
  it('holds for the analysed text and fails once the text moved', () => {
    expect(reportFits(report, prepared)).toBe(true);
    expect(reportFits(report, prepareText(`Update: ${TEXT}`))).toBe(false);
  });
});
