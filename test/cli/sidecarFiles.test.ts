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

  it('reads a sidecar a teammate saved as Windows-1252 or UTF-16 as the editor does, and saves it back as UTF-8 with the same characters', async () => {
    const { sidecar: file } = workspace();
    const text = readFileSync(file, 'utf8').replace('note: about Daniel Okafor', 'note: about “Daniel Okafor” — café');
    expect(text).toContain('“Daniel Okafor” — café');
    // Windows-1252 by hand (Node has no encoder for it): ASCII as is, and the four characters used here.
    const cp1252: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97, é: 0xe9 };
    const asWindows1252 = Buffer.from(Array.from(text, (ch) => cp1252[ch] ?? ch.charCodeAt(0)));
    for (const bytes of [asWindows1252, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])]) {
      writeFileSync(file, bytes);
      const loaded = await loadSidecar(file);
      if (!loaded.ok || !loaded.sidecar) throw new Error('expected a sidecar');
      expect(loaded.sidecar.issues).toEqual([]);
      expect(loaded.sidecar.annotations.map((a) => a.note)).toContain('about “Daniel Okafor” — café');
      updateStatus(loaded.sidecar, loaded.sidecar.annotations[0]!.id, 'confirmed');
      expect(await saveSidecar(file, loaded.sidecar, loaded.text)).toBe(true);
      const saved = readFileSync(file);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(saved)).toContain('about “Daniel Okafor” — café');
      expect(saved.toString('utf8')).toContain('status: confirmed');
    }
  });

  it('never overwrites a file of binary bytes named as a sidecar', async () => {
    const { sidecar: file } = workspace();
    const bytes = Buffer.from([0x76, 0x65, 0x72, 0x00, 0x01, 0x02, 0xff, 0x00, 0x0a, 0x89, 0x50]);
    writeFileSync(file, bytes);
    const loaded = await loadSidecar(file);
    if (!loaded.ok || !loaded.sidecar) throw new Error('expected a parsed (broken) sidecar');
    expect(loaded.sidecar.issues.some((issue) => issue.severity === 'error')).toBe(true);
    await expect(saveSidecar(file, loaded.sidecar, loaded.text)).rejects.toThrow(SidecarNotWritableError);
    expect(readFileSync(file)).toEqual(bytes);
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
