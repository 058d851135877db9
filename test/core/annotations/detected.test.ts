import { describe, expect, it } from 'vitest';
import { prepareText } from '../../../src/core/annotations/anchor';
import { checkSidecar, fixMovedAnchors } from '../../../src/core/annotations/check';
import { mergeDetected } from '../../../src/core/annotations/detected';
import { updateAnnotation, updateStatus } from '../../../src/core/annotations/edit';
import { seededIdSource } from '../../../src/core/annotations/ids';
import { createSidecar, parseSidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import type { SourceReport } from '../../../src/core/model';
import { HARBOUR_TEXT } from './fixtures';

/** A SourceReport as the engine would give it, for the spans named. */
function reportFor(text: string, mentions: Array<[string, 'PERSON' | 'ORG', string]>, quotes: Array<[string, string | null]>): SourceReport {
  const p = prepareText(text);
  const span = (needle: string): { start: number; end: number } => {
    const at = text.indexOf(needle);
    if (at === -1) throw new Error(`missing ${needle}`);
    return { start: p.offsets.toCodePoint(at), end: p.offsets.toCodePoint(at + needle.length) };
  };
  return {
    file: 'harbour.txt',
    title: null,
    outlet: null,
    published: null,
    url: null,
    authors: [],
    entities: mentions.map(([needle, type, entity]) => ({ ...span(needle), text: needle, type, entity })),
    quotes: quotes.map(([needle, speaker]) => ({ ...span(needle), text: needle, kind: 'direct' as const, speaker, group: null })),
  };
}

const report = reportFor(
  HARBOUR_TEXT,
  [
    ['Daniel Okafor', 'PERSON', 'person:daniel-okafor'],
    ['Lucia Brandt', 'PERSON', 'person:lucia-brandt'],
    ['Port Authority', 'ORG', 'org:port-authority'],
  ],
  [['"We are not going to rush a decision that will shape this waterfront for fifty years,"', 'person:daniel-okafor']],
);
const names = new Map([['person:daniel-okafor', 'Daniel Okafor']]);

describe('mergeDetected (scan --write)', () => {
  it('adds detected items once; a second scan changes nothing', () => {
    const sidecar = createSidecar('harbour.txt', prepareText(HARBOUR_TEXT).hash);
    const first = mergeDetected(sidecar, report, HARBOUR_TEXT, { ids: seededIdSource(1), entityNames: names });
    expect(first).toEqual({ added: 4, updated: 0, unchanged: 0, kept: 0 });
    const text = serializeSidecar(sidecar);
    const again = parseSidecar(text);
    const second = mergeDetected(again, report, HARBOUR_TEXT, { ids: seededIdSource(2), entityNames: names });
    expect(second).toEqual({ added: 0, updated: 0, unchanged: 4, kept: 0 });
    expect(serializeSidecar(again)).toBe(text);
    const okafor = again.annotations.find((a) => a.entity?.id === 'person:daniel-okafor')!;
    expect(okafor).toMatchObject({ type: 'entity', status: 'detected', entity: { type: 'PERSON', name: 'Daniel Okafor' } });
    const quote = again.annotations.find((a) => a.type === 'quote')!;
    expect(quote.quote).toEqual({ kind: 'direct', speaker: 'person:daniel-okafor' });
  });

  it('never touches confirmed, rejected or annotated items, and re-finds them after edits', () => {
    const sidecar = createSidecar('harbour.txt', prepareText(HARBOUR_TEXT).hash);
    mergeDetected(sidecar, report, HARBOUR_TEXT, { ids: seededIdSource(1) });
    const [okafor, brandt, port] = ['person:daniel-okafor', 'person:lucia-brandt', 'org:port-authority'].map(
      (id) => sidecar.annotations.find((a) => a.entity?.id === id)!,
    );
    updateStatus(sidecar, okafor!.id, 'confirmed');
    updateStatus(sidecar, brandt!.id, 'rejected');
    updateAnnotation(sidecar, port!.id, { note: 'the city body, not the national one' });
    const reviewed = JSON.stringify(sidecar.annotations.filter((a) => a.id !== port!.id && a.type === 'entity'));

    // The source is corrected (text inserted at the top) and the engine now types Okafor differently.
    const edited = 'Correction: an earlier version misspelled a name.\n\n' + HARBOUR_TEXT;
    const rescan = reportFor(
      edited,
      [
        ['Daniel Okafor', 'ORG', 'org:daniel-okafor'],
        ['Lucia Brandt', 'PERSON', 'person:lucia-brandt'],
        ['Port Authority', 'ORG', 'org:port-authority'],
        ['Ivo Marsh', 'PERSON', 'person:ivo-marsh'],
      ],
      [],
    );
    const summary = mergeDetected(sidecar, rescan, edited, { ids: seededIdSource(5) });
    expect(summary).toEqual({ added: 1, updated: 0, unchanged: 0, kept: 3 });
    expect(JSON.stringify(sidecar.annotations.filter((a) => a.id !== port!.id && a.type === 'entity' && a.entity?.id !== 'person:ivo-marsh'))).toBe(reviewed);
    expect(sidecar.annotations.find((a) => a.id === port!.id)!.note).toBe('the city body, not the national one');
    expect(sidecar.annotations.filter((a) => a.entity?.id === 'org:daniel-okafor')).toEqual([]);
  });
});

describe('checkSidecar and fixMovedAnchors', () => {
  it('reports moved anchors and orphans; fix rewrites only the moved ones', () => {
    const sidecar = createSidecar('harbour.txt', prepareText(HARBOUR_TEXT).hash);
    mergeDetected(sidecar, report, HARBOUR_TEXT, { ids: seededIdSource(1) });
    const saved = parseSidecar(serializeSidecar(sidecar));
    const edited = ('UPDATE\n' + HARBOUR_TEXT).replace('Lucia Brandt welcomed', 'A local fisherman welcomed');
    const check = checkSidecar(saved, edited, 'harbour.txt');
    expect(check.orphans).toBe(1);
    expect(check.moved).toBe(3);
    expect(check.anchors.every((a) => a.line > 0)).toBe(true);
    const orphan = check.anchors.find((a) => a.status === 'orphan')!;
    expect(orphan.exact).toBe('Lucia Brandt');
    const orphanBefore = saved.annotations.find((a) => a.id === orphan.id)!;

    expect(fixMovedAnchors(saved, check, edited)).toBe(3);
    const after = checkSidecar(parseSidecar(serializeSidecar(saved)), edited);
    expect(after.moved).toBe(0);
    expect(after.orphans).toBe(1);
    expect(saved.annotations.find((a) => a.id === orphan.id)).toEqual(orphanBefore);
    // With an orphan left, the hash still names the old text.
    expect(saved.header!.hash).toBe(prepareText(HARBOUR_TEXT).hash);
  });
});
