import { describe, expect, it } from 'vitest';
import { addAnnotation, buildTarget, createSidecar, prepareText, seededIdSource } from '../../../src/core/annotations/index';
import { resolveAnnotations } from '../../../src/extension/annotations/resolveSidecar';
import { quoteDocumentText } from '../../../src/extension/commands/quoteDocument';
import { issueDiagnostics, orphanDiagnostics, ORPHAN_CODE } from '../../../src/extension/diagnostics/orphanDiagnostics';

describe('orphanDiagnostics', () => {
  const before = 'Headline\nThe lamp was replaced in 1998.\nThe end.\n';
  const prepared = prepareText(before);
  const sidecar = createSidecar('a.txt', prepared.hash);
  const start = before.indexOf('The lamp');
  addAnnotation(sidecar, { type: 'note', note: 'check', target: buildTarget(prepared, start, start + 'The lamp was replaced in 1998.'.length) }, seededIdSource(3));

  it('reports nothing while the annotation anchors', () => {
    expect(orphanDiagnostics(resolveAnnotations(sidecar, prepared), prepared)).toEqual([]);
  });

  it('puts an orphan at its last known line and column, clamped to a shorter text', () => {
    const after = prepareText('Headline\nA different line now.\nThe end.\n');
    const [diagnostic] = orphanDiagnostics(resolveAnnotations(sidecar, after), after);
    expect(diagnostic).toMatchObject({ code: ORPHAN_CODE, severity: 'warning', start: { line: 1, character: 0 }, end: { line: 2, character: 8 } });
    expect(diagnostic!.message).toContain('“The lamp was replaced in 1998.”');
    expect(diagnostic!.annotationId).toBe(sidecar.annotations[0]!.id);
    const short = prepareText('Short.');
    const [clamped] = orphanDiagnostics(resolveAnnotations(sidecar, short), short);
    expect(clamped!.end).toEqual({ line: 0, character: 6 });
  });
});

describe('issueDiagnostics', () => {
  it('turns 1-based sidecar positions into 0-based one-character ranges', () => {
    expect(issueDiagnostics([{ severity: 'error', message: 'bad', line: 4, column: 9 }])).toEqual([
      { start: { line: 3, character: 8 }, end: { line: 3, character: 9 }, message: 'bad', severity: 'error', code: 'sidecar-error' },
    ]);
  });
});

describe('quoteDocumentText', () => {
  it('puts one clause per line so a diff lines up', () => {
    expect(quoteDocumentText('Rivers do not stop at borders,\n and neither should cooperation.')).toBe('Rivers do not stop at borders,\nand neither should cooperation.\n');
  });
});
