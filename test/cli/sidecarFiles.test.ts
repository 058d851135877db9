import { promises as fsp, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSidecar, resolveInWorkspace, saveSidecar, writeFileAtomic } from '../../src/cli/sidecarFiles';
import { updateStatus } from '../../src/core/annotations/edit';
import { SidecarNotWritableError } from '../../src/core/annotations/sidecar';
import { makeWorkspace } from './annotationWorkspace';

const folders: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): ReturnType<typeof makeWorkspace> {
  const ws = makeWorkspace(['Daniel Okafor', 'Ivo Marsh']);
  folders.push(ws.dir);
  return ws;
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-atomic-'));
    folders.push(dir);
    const file = path.join(dir, 'x.annotations.yaml');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['x.annotations.yaml']);
  });

  it('leaves the old file intact when the write fails before the rename', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-atomic-'));
    folders.push(dir);
    const file = path.join(dir, 'x.annotations.yaml');
    writeFileSync(file, 'old');
    vi.spyOn(fsp, 'rename').mockRejectedValueOnce(new Error('simulated crash before rename'));
    await expect(writeFileAtomic(file, 'new')).rejects.toThrow(/simulated/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['x.annotations.yaml']);
  });
});

describe('loadSidecar / saveSidecar', () => {
  it('saves an edit, and refuses when the file changed on disk meanwhile', async () => {
    const { sidecar: file } = workspace();
    const loaded = await loadSidecar(file);
    if (!loaded.ok || !loaded.sidecar) throw new Error('expected a sidecar');
    updateStatus(loaded.sidecar, loaded.sidecar.annotations[0]!.id, 'confirmed');
    writeFileSync(file, loaded.text + '# a teammate edited this meanwhile\n');
    await expect(saveSidecar(file, loaded.sidecar, loaded.text)).rejects.toThrow(/changed on disk/);
    expect(readFileSync(file, 'utf8')).toContain('# a teammate edited this meanwhile');
  });

  it('saves over a sidecar written with a BOM and CRLF line endings', async () => {
    const { sidecar: file } = workspace();
    writeFileSync(file, '\ufeff' + readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const loaded = await loadSidecar(file);
    if (!loaded.ok || !loaded.sidecar) throw new Error('expected a sidecar');
    expect(loaded.sidecar.issues).toEqual([]);
    updateStatus(loaded.sidecar, loaded.sidecar.annotations[0]!.id, 'confirmed');
    expect(await saveSidecar(file, loaded.sidecar, loaded.text)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('status: confirmed');
  });

  it('never overwrites a sidecar that does not parse', async () => {
    const { sidecar: file } = workspace();
    writeFileSync(file, 'version: 1\nannotations: [\n');
    const loaded = await loadSidecar(file);
    if (!loaded.ok || !loaded.sidecar) throw new Error('expected a parsed (broken) sidecar');
    expect(loaded.sidecar.issues[0]).toMatchObject({ severity: 'error', line: expect.any(Number), column: expect.any(Number) });
    await expect(saveSidecar(file, loaded.sidecar, loaded.text)).rejects.toThrow(SidecarNotWritableError);
    expect(readFileSync(file, 'utf8')).toBe('version: 1\nannotations: [\n');
  });

  it('refuses a sidecar over the size limit', async () => {
    const { sidecar: file } = workspace();
    const loaded = await loadSidecar(file, 64);
    expect(loaded).toMatchObject({ ok: false, reason: 'too-large' });
    expect(!loaded.ok && loaded.message).toMatch(/over the 64-byte sidecar limit/);
  });

  it('reports a missing sidecar as absent, not as an error', async () => {
    const { dir } = workspace();
    expect(await loadSidecar(path.join(dir, 'none.txt.annotations.yaml'))).toEqual({ ok: true, sidecar: null, text: null });
  });
});

describe('resolveInWorkspace', () => {
  it.each([
    ['sputnik/a.txt', true],
    ['a.txt', true],
    ['../outside.txt', false],
    ['sub/../../outside.txt', false],
    ['/etc/passwd', false],
  ])('%s inside: %s', (link, inside) => {
    expect(resolveInWorkspace('/work/space', link) !== null).toBe(inside);
  });
});
