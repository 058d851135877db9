import { describe, expect, it } from 'vitest';
import { prepareText } from '../../../src/core/annotations/anchor';
import { updateStatus } from '../../../src/core/annotations/edit';
import { seededIdSource } from '../../../src/core/annotations/ids';
import { createSidecar, parseSidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { exportBrat } from '../../../src/core/exports/brat';
import { importBrat } from '../../../src/core/exports/bratImport';
import { importIntoSidecar } from '../../../src/core/exports/merge';
import { exportW3c } from '../../../src/core/exports/w3c';
import { importW3c, resolveW3cTarget } from '../../../src/core/exports/w3cImport';
import { normalizeText } from '../../../src/core/text/normalize';
import { HARBOUR_TEXT } from '../annotations/fixtures';
import { annotate, essentials, HARBOUR_SPECS, harbourAnnotations } from './exportFixtures';

const prepared = prepareText(normalizeText(HARBOUR_TEXT));

function bratItems(): ReturnType<typeof importBrat>['items'] {
  const [ann] = exportBrat([{ file: 'harbour.txt', text: HARBOUR_TEXT, annotations: harbourAnnotations() }]);
  return importBrat(ann!.content, HARBOUR_TEXT).items;
}

describe('importIntoSidecar', () => {
  it('fills an empty sidecar, and a second import adds and changes nothing', () => {
    const sidecar = createSidecar('harbour.txt', prepared.hash);
    expect(importIntoSidecar(sidecar, bratItems(), prepared, seededIdSource(3))).toEqual({ added: 8, updated: 0, unchanged: 0 });
    const saved = serializeSidecar(sidecar);
    const again = parseSidecar(saved);
    expect(importIntoSidecar(again, bratItems(), prepared, seededIdSource(4))).toEqual({ added: 0, updated: 0, unchanged: 8 });
    expect(serializeSidecar(again)).toBe(saved);
    expect(essentials(again.annotations)).toEqual(essentials(harbourAnnotations()));
  });

  it('keeps comments, other annotations and reviewed statuses of an existing sidecar', () => {
    const existing = annotate(HARBOUR_TEXT, [HARBOUR_SPECS[1]!, { needle: 'Ivo Marsh', type: 'note', note: 'mine' }]);
    const reviewed = existing.annotations[0]!.id;
    const text = serializeSidecar(existing).replace('annotations:', '# reviewed by the desk\nannotations:');
    const sidecar = parseSidecar(text);
    // The export says "detected" for the mention the desk confirmed meanwhile.
    updateStatus(sidecar, reviewed, 'confirmed');
    const summary = importIntoSidecar(sidecar, bratItems(), prepared, seededIdSource(5));
    expect(summary).toEqual({ added: 7, updated: 0, unchanged: 1 });
    const out = serializeSidecar(sidecar);
    expect(out).toContain('# reviewed by the desk');
    const after = parseSidecar(out).annotations;
    expect(after.find((a) => a.id === reviewed)!.status).toBe('confirmed');
    expect(after.find((a) => a.note === 'mine')).toBeDefined();
    expect(after).toHaveLength(9);
  });

  it('keeps W3C ids, so links between sources stay valid, and updates by id', () => {
    const original = harbourAnnotations();
    const [file] = exportW3c([{ file: 'harbour.txt', text: HARBOUR_TEXT, annotations: original }]);
    const items = importW3c(file!.content).annotations.map((a) => ({ id: a.id, fields: a.fields, target: resolveW3cTarget(a.selector, prepared)! }));
    const sidecar = createSidecar('harbour.txt', prepared.hash);
    importIntoSidecar(sidecar, items, prepared, seededIdSource(9));
    expect(sidecar.annotations.map((a) => a.id).sort()).toEqual(original.map((a) => a.id).sort());
    const edited = items.map((i) => (i.fields.type === 'claim' ? { ...i, fields: { ...i.fields, note: 'edited in another tool' } } : i));
    expect(importIntoSidecar(sidecar, edited, prepared, seededIdSource(9))).toEqual({ added: 0, updated: 1, unchanged: 7 });
    expect(sidecar.annotations.find((a) => a.type === 'claim')!.note).toBe('edited in another tool');
  });
});
