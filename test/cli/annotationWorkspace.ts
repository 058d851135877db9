// Shared set-up for the CLI annotation tests: a temporary folder with a source and its sidecar.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildTarget, prepareText } from '../../src/core/annotations/anchor';
import { addAnnotation } from '../../src/core/annotations/edit';
import { seededIdSource } from '../../src/core/annotations/ids';
import { createSidecar, serializeSidecar, type Sidecar } from '../../src/core/annotations/sidecar';
import type { NewAnnotation } from '../../src/core/annotations/types';
import { HARBOUR_TEXT } from '../core/annotations/fixtures';

export const SOURCE_NAME = 'harbour.txt';
export const SIDECAR_NAME = 'harbour.txt.annotations.yaml';

/** A sidecar for HARBOUR_TEXT with one annotation per needle (entity-like, status confirmed). */
export function sidecarFor(needles: readonly string[], seed = 1, extra: Partial<NewAnnotation> = {}): Sidecar {
  const prepared = prepareText(HARBOUR_TEXT);
  const sidecar = createSidecar(SOURCE_NAME, prepared.hash);
  const ids = seededIdSource(seed);
  for (const needle of needles) {
    const at = HARBOUR_TEXT.indexOf(needle);
    if (at === -1) throw new Error(`fixture lacks ${needle}`);
    const target = buildTarget(prepared, prepared.offsets.toCodePoint(at), prepared.offsets.toCodePoint(at + needle.length));
    addAnnotation(sidecar, { type: 'note', note: `about ${needle}`, target, ...extra }, ids);
  }
  return sidecar;
}

/** A temporary workspace holding the source (as given) and a sidecar for the needles. */
export function makeWorkspace(needles: readonly string[], sourceText = HARBOUR_TEXT): { dir: string; source: string; sidecar: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-annotations-'));
  const source = path.join(dir, SOURCE_NAME);
  const sidecar = path.join(dir, SIDECAR_NAME);
  writeFileSync(source, sourceText);
  writeFileSync(sidecar, serializeSidecar(sidecarFor(needles)));
  return { dir, source, sidecar };
}
