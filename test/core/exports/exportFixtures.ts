// Annotated sources for the export tests, built through the annotation module (fixture texts only).
import { buildTarget, prepareText } from '../../../src/core/annotations/anchor';
import { addAnnotation } from '../../../src/core/annotations/edit';
import { seededIdSource } from '../../../src/core/annotations/ids';
import { createSidecar, type Sidecar } from '../../../src/core/annotations/sidecar';
import type { Annotation, NewAnnotation } from '../../../src/core/annotations/types';
import { normalizeText } from '../../../src/core/text/normalize';
import { HARBOUR_TEXT } from '../annotations/fixtures';

export type Spec = { needle: string; occurrence?: number } & Omit<NewAnnotation, 'target'>;

/** A sidecar over the normalized form of `fileText`, one annotation per spec (found by its text). */
export function annotate(fileText: string, specs: readonly Spec[], seed = 7): Sidecar {
  const prepared = prepareText(normalizeText(fileText));
  const sidecar = createSidecar('harbour.txt', prepared.hash);
  const ids = seededIdSource(seed);
  for (const { needle, occurrence = 0, ...fields } of specs) {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) at = prepared.text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`fixture lacks ${needle}`);
    const target = buildTarget(prepared, prepared.offsets.toCodePoint(at), prepared.offsets.toCodePoint(at + needle.length));
    addAnnotation(sidecar, { ...fields, target }, ids);
  }
  return sidecar;
}

export const HARBOUR_SPECS: readonly Spec[] = [
  { needle: 'Daniel Okafor', type: 'entity', status: 'confirmed', entity: { type: 'PERSON', id: 'person:daniel-okafor', name: 'Daniel Okafor' }, note: 'chair, not the councillor', tags: ['checked'], author: 'alice' },
  { needle: 'Okafor', occurrence: 1, type: 'entity', status: 'detected', entity: { type: 'PERSON', id: 'person:daniel-okafor' } },
  { needle: 'Port Authority', type: 'entity', status: 'rejected', entity: { type: 'ORG', id: 'org:port-authority', name: 'Port Authority' } },
  { needle: 'We are not going to rush a decision that will shape this waterfront for fifty years,', type: 'quote', status: 'confirmed', quote: { kind: 'direct', speaker: 'person:daniel-okafor', group: 'quote:okafor:rush' } },
  // A quote across a line break (brat cuts it into fragments) and after an astral character.
  { needle: 'The survey shows the\neastern basin is a nursery for three commercial species,', type: 'quote', status: 'detected', quote: { kind: 'direct' } },
  { needle: 'real protections for the eastern basin.', type: 'quote', quote: { kind: 'partial', speaker: 'person:daniel-okafor' } },
  { needle: 'Rotterdam and Antwerp', type: 'note', note: 'compare with the Courier version', links: [{ file: 'courier/harbour.txt', id: 'a-other-1' }] },
  { needle: 'Chamber of Commerce', type: 'claim', status: 'confirmed' },
];

export function harbourAnnotations(fileText = HARBOUR_TEXT): Annotation[] {
  return annotate(fileText, HARBOUR_SPECS).annotations;
}

/** The fields a round trip must keep, per annotation, ordered by span. */
export function essentials(annotations: readonly Annotation[]): unknown[] {
  return [...annotations]
    .sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end)
    .map((a) => ({ type: a.type, start: a.target.start, end: a.target.end, exact: a.target.exact, status: a.status, note: a.note, entity: a.entity, quote: a.quote }));
}

/** Python's view of a text: a list of code points (brat slices the file text this way). */
export function pythonSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
