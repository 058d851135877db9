import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/core/text/normalize';
import { folderTexts, readSource, readSourceSync } from '../../src/node/readSource';

describe('readSource and readSourceSync', () => {
  it('read, decode and refuse the same files with the same messages', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newslens-read-'));
    const files: Record<string, Buffer> = {
      'utf8.txt': Buffer.from('\uFEFFPlain “quoted” text\r\n'),
      'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich\r\n', 'utf16le')]),
      'cp1252.txt': Buffer.from('Caf\xe9 \x93talks\x94', 'latin1'),
      'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]),
      'large.txt': Buffer.from('x'.repeat(200)),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, name), bytes);
    const asked = [...Object.keys(files), 'missing.txt', '.'].map((name) => path.join(folder, name));
    const outcomes = [];
    for (const file of asked) {
      const [async, sync] = [await readSource(file, 100), readSourceSync(file, 100)];
      expect(sync).toEqual(async);
      outcomes.push(async.ok ? async.encoding : async.reason);
    }
    expect(outcomes).toEqual(['utf-8', 'utf-16le', 'windows-1252', 'binary', 'too-large', 'missing', 'unreadable']);
    // Curly quotes are Windows-1252's own (0x93, 0x94), not Latin-1's control characters.
    expect(await readSource(path.join(folder, 'cp1252.txt'))).toEqual({ ok: true, text: 'Café “talks”', encoding: 'windows-1252' });
  });

  // Opened without waiting, then refused as no regular file: a pipe opened for reading otherwise waits for a writer.
  it.runIf(process.platform !== 'win32')('refuses a named pipe without waiting for a writer', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newslens-read-'));
    const pipe = path.join(folder, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    const [async, sync] = [await readSource(pipe), readSourceSync(pipe)];
    expect(sync).toEqual(async);
    expect(sync).toMatchObject({ ok: false, reason: 'unreadable', message: `${pipe}: not a regular file` });
  });

  it('reads a file of exactly the size it had when opened, and an empty one', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newslens-read-'));
    const text = 'Zürich talks. '.repeat(5000);
    writeFileSync(path.join(folder, 'long.txt'), text);
    writeFileSync(path.join(folder, 'empty.txt'), '');
    for (const [name, expected] of [['long.txt', text], ['empty.txt', '']] as const) {
      const file = path.join(folder, name);
      expect(readSourceSync(file)).toEqual({ ok: true, text: expected, encoding: 'utf-8' });
      expect(await readSource(file)).toEqual({ ok: true, text: expected, encoding: 'utf-8' });
    }
  });

  it('folderTexts reads a file by its folder-relative path as the index keys it, normalized, or says it cannot', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newslens-read-'));
    mkdirSync(path.join(folder, 'wire'));
    writeFileSync(path.join(folder, 'wire', 'a.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich\r\ntalks\r\n', 'utf16le')]));
    writeFileSync(path.join(folder, 'large.txt'), 'x'.repeat(200));
    const read = folderTexts(folder, 100);
    expect(read('wire/a.txt')).toBe(normalizeText('Zürich\r\ntalks\r\n'));
    expect(read('wire/a.txt')).toBe('Zürich\ntalks\n');
    expect(read('large.txt')).toBeUndefined();
    expect(read('missing.txt')).toBeUndefined();
  });
});
