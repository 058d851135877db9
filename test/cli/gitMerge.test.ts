// Two people annotate one source on two branches; git merges the sidecar without conflicts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTarget, prepareText } from '../../src/core/annotations/anchor';
import { addAnnotation } from '../../src/core/annotations/edit';
import { seededIdSource } from '../../src/core/annotations/ids';
import { parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import { HARBOUR_TEXT } from '../core/annotations/fixtures';
import { SIDECAR_NAME, SOURCE_NAME, sidecarFor } from './annotationWorkspace';

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasGit())('sidecars under git', () => {
  it('two branches adding annotations in different places merge cleanly and both sets load', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-merge-'));
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    const file = path.join(dir, SIDECAR_NAME);
    const prepared = prepareText(HARBOUR_TEXT);
    const annotate = (seed: number, needles: string[]): string[] => {
      const sidecar = parseSidecar(readFileSync(file, 'utf8'));
      const idSource = seededIdSource(seed);
      const ids = needles.map((needle) => {
        const at = HARBOUR_TEXT.indexOf(needle);
        const target = buildTarget(prepared, prepared.offsets.toCodePoint(at), prepared.offsets.toCodePoint(at + needle.length));
        return addAnnotation(sidecar, { type: 'note', note: `seed ${seed}: ${needle}`, target }, idSource).id;
      });
      writeFileSync(file, serializeSidecar(sidecar));
      return ids;
    };
    try {
      git('init', '-q', '-b', 'main');
      writeFileSync(path.join(dir, SOURCE_NAME), HARBOUR_TEXT);
      // The shared base: one annotation in the middle of the text.
      writeFileSync(file, serializeSidecar(sidecarFor(['Lucia Brandt'])));
      git('add', '.');
      git('commit', '-q', '-m', 'base');

      git('checkout', '-q', '-b', 'alice');
      const alice = annotate(11, ['Port Authority on Monday', 'Daniel Okafor']);
      git('commit', '-q', '-am', 'alice annotates the opening');

      git('checkout', '-q', 'main');
      git('checkout', '-q', '-b', 'bob');
      const bob = annotate(22, ['Ivo Marsh', 'real protections for the eastern basin']);
      git('commit', '-q', '-am', 'bob annotates the end');

      git('checkout', '-q', 'alice');
      git('merge', '-q', '--no-edit', 'bob'); // throws on a conflict
      expect(git('status', '--porcelain')).toBe('');

      const merged = parseSidecar(readFileSync(file, 'utf8'));
      expect(merged.issues).toEqual([]);
      const ids = merged.annotations.map((a) => a.id);
      for (const id of [...alice, ...bob]) expect(ids).toContain(id);
      expect(merged.annotations).toHaveLength(5);
      // Still in order, so the next save does not reshuffle the file.
      expect(serializeSidecar(merged)).toBe(readFileSync(file, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
