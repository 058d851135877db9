import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeDetectedAnnotations } from '../../src/cli/sidecarFiles';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import type { ScanResult } from '../../src/core/model';
import { HARBOUR_TEXT } from '../core/annotations/fixtures';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scan result for harbour.txt naming two people (offsets are BMP-only before them). */
function scanOf(text: string): ScanResult {
  const mention = (name: string, entity: string): ScanResult['sources'][number]['entities'][number] => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type: 'PERSON', entity };
  };
  return {
    version: 1,
    sources: [
      {
        file: 'harbour.txt', title: null, outlet: null, published: null, url: null, authors: [],
        entities: [mention('Daniel Okafor', 'person:daniel-okafor'), mention('Lucia Brandt', 'person:lucia-brandt')],
        quotes: [],
      },
    ],
    entities: [],
    quoteGroups: [],
  } as unknown as ScanResult;
}

function folderWithSource(): { dir: string; sidecar: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-scan-write-'));
  folders.push(dir);
  writeFileSync(path.join(dir, 'harbour.txt'), HARBOUR_TEXT);
  return { dir, sidecar: path.join(dir, 'harbour.txt.annotations.yaml') };
}

async function write(dir: string, result: ScanResult): Promise<{ failures: number; log: string[] }> {
  const log: string[] = [];
  const failures = await writeDetectedAnnotations(dir, result, 1 << 20, (line) => log.push(line));
  return { failures, log };
}

describe('scan --write', () => {
  it('creates the sidecar, then leaves it alone when nothing changed', async () => {
    const { dir, sidecar } = folderWithSource();
    const first = await write(dir, scanOf(HARBOUR_TEXT));
    expect(first.failures).toBe(0);
    expect(first.log[0]).toMatch(/harbour\.txt\.annotations\.yaml: 2 added, 0 updated/);
    const text = readFileSync(sidecar, 'utf8');
    const parsed = parseSidecar(text);
    expect(parsed.header).toMatchObject({ file: 'harbour.txt' });
    expect(parsed.annotations.map((a) => [a.status, a.entity?.id])).toEqual([
      ['detected', 'person:daniel-okafor'],
      ['detected', 'person:lucia-brandt'],
    ]);
    const second = await write(dir, scanOf(HARBOUR_TEXT));
    expect(second).toEqual({ failures: 0, log: [] });
    expect(readFileSync(sidecar, 'utf8')).toBe(text);
  });

  it('does not touch a sidecar that does not parse', async () => {
    const { dir, sidecar } = folderWithSource();
    writeFileSync(sidecar, 'version: 1\nannotations:\n  - id: [\n');
    const result = await write(dir, scanOf(HARBOUR_TEXT));
    expect(result.failures).toBe(1);
    expect(result.log[0]).toMatch(/harbour\.txt\.annotations\.yaml: \d+:\d+: .* - file not modified/);
    expect(readFileSync(sidecar, 'utf8')).toBe('version: 1\nannotations:\n  - id: [\n');
  });

  it('skips a source that changed after it was scanned', async () => {
    const { dir, sidecar } = folderWithSource();
    const result = scanOf(HARBOUR_TEXT);
    writeFileSync(path.join(dir, 'harbour.txt'), 'Breaking: ' + HARBOUR_TEXT);
    const outcome = await write(dir, result);
    expect(outcome.failures).toBe(1);
    expect(outcome.log[0]).toMatch(/source changed during the scan/);
    expect(existsSync(sidecar)).toBe(false);
  });
});
