import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type CliRun } from './cliHarness';

let cli: (args: string[], cwd?: string) => CliRun;
let folder: string;

beforeAll(async () => {
  cli = await buildCli();
  folder = mkdtempSync(path.join(tmpdir(), 'newslens-scan-'));
  writeFileSync(path.join(folder, 'a.txt'), 'Talks Resume in Lakeport\n\nBy Jane Doe\n\n"We are ready," Foreign Minister Anna Petrova said in Lakeport on Monday.\n');
  writeFileSync(path.join(folder, 'b.txt'), '\uFEFFLakeport talks\r\n\r\nAnna Petrova said the talks were "productive" in Lakeport.\r\n');
  writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 talks in S\xe3o Paulo\n\nJos\xe9 Silva said "ol\xe1" to reporters.\n', 'latin1'));
}, 60_000);

describe('newslens scan', () => {
  it('prints the JSON contract with code point offsets', () => {
    const run = cli(['scan', folder, '--json']);
    const result = JSON.parse(run.stdout);
    expect(result.version).toBe(1);
    expect(result.sources.map((s: { file: string }) => s.file)).toEqual(['a.txt', 'b.txt', 'latin1.txt']);
    const b = result.sources[1];
    const text = 'Lakeport talks\n\nAnna Petrova said the talks were "productive" in Lakeport.\n';
    for (const e of b.entities) expect([...text].slice(e.start, e.end).join('')).toBe(e.text);
    const quote = b.quotes[0];
    expect(quote).toMatchObject({ text: 'productive', kind: 'partial' });
    const anna = result.entities.find((e: { name: string }) => e.name === 'Anna Petrova');
    expect(anna).toMatchObject({ type: 'PERSON', sources: ['a.txt', 'b.txt'] });
    expect(quote.speaker).toBe(anna.id);
    for (const key of ['entities', 'quoteGroups']) expect(Array.isArray(result[key])).toBe(true);
  });

  it('skips a binary file, names it on stderr, and exits 1', () => {
    const run = cli(['scan', folder, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/binary\.txt.*binary/);
  });

  it('decodes a Windows-1252 file instead of failing', () => {
    const result = JSON.parse(cli(['scan', path.join(folder, 'latin1.txt'), '--json']).stdout);
    expect(result.sources[0].entities.map((e: { text: string }) => e.text)).toContain('José Silva');
  });

  it('reads the entity registry saved as Windows-1252 as the editor does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-registry-'));
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks in S\xe3o Paulo\n\nJos\xe9 Silva said "ol\xe1" to reporters.\n', 'latin1'));
    // "José Silva" is the alias of a canonical name with an accent of its own, both in Windows-1252 bytes.
    writeFileSync(path.join(dir, 'newslens.entities.yaml'), Buffer.from('version: 1\nentities:\n  - name: Jos\xe9 Ant\xf3nio Silva\n    type: PERSON\n    aliases: [Jos\xe9 Silva]\n', 'latin1'));
    const run = cli(['scan', dir, '--json']);
    expect(run.stderr).toBe('');
    const names = JSON.parse(run.stdout).entities.map((e: { name: string }) => e.name);
    expect(names).toContain('José António Silva');
  });

  it('refuses a file over --max-size with a message and still reports the others', () => {
    const run = cli(['scan', path.join(folder, 'a.txt'), path.join(folder, 'b.txt'), '--max-size', '90', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/a\.txt: \d+ bytes is over the 90-byte limit/);
    expect(JSON.parse(run.stdout).sources).toHaveLength(1);
  });

  it('names a missing file and exits 1', () => {
    const run = cli(['scan', path.join(folder, 'nope.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nope\.txt: no such file/);
  });

  it('exits 2 on bad usage', () => {
    expect(cli(['scan']).code).toBe(2);
    expect(cli(['scan', folder, '--bogus']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
  });

  it('prints a readable report by default', () => {
    const run = cli(['scan', path.join(folder, 'a.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Sources (1)');
    expect(run.stdout).toMatch(/Anna Petrova/);
    expect(run.stdout).toContain('Quotes by speaker');
  });

  it('gives the same result with analysis in worker threads as on the main thread, skipped files named in order', () => {
    const many = mkdtempSync(path.join(tmpdir(), 'newslens-jobs-'));
    const people = ['Anna Petrova', 'Boris Kallas', 'Chen Wei', 'Dilnoza Karimova', 'Elena Marsh'];
    const cities = ['Lakeport', 'Riverton', 'Eastbay'];
    for (let i = 0; i < 60; i++) {
      const speaker = people[i % people.length]!;
      const city = cities[i % cities.length]!;
      const text = `Talks in ${city}, round ${i}\n\nBy Staff Writer\n\n"We will not accept round ${i % 7} of the proposal," ${speaker} said in ${city} on Monday.\n\n${people[(i + 1) % people.length]} said the talks were "productive".\n`;
      writeFileSync(path.join(many, `article-${String(i).padStart(2, '0')}.txt`), text);
    }
    writeFileSync(path.join(many, 'article-30b.txt'), Buffer.from([0x00, 0x01, 0x02]));
    writeFileSync(path.join(many, 'article-45b.txt'), Buffer.from([0x00, 0x01, 0x02]));
    // Odd encodings and line endings, decoded and normalized the same whichever thread reads them.
    writeFileSync(path.join(many, 'article-20w.txt'), Buffer.from('Caf\xe9 talks\r\n\r\n"We agree," Anna Petrova said in Lakeport.\r\n', 'latin1'));
    writeFileSync(path.join(many, 'article-21u.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks\r\n\r\n“Enough,” Chen Wei said in Riverton.\r\n', 'utf16le')]));
    const inline = cli(['scan', many, '--json', '--jobs', '0']);
    const threaded = cli(['scan', many, '--json', '--jobs', '2']);
    const byDefault = cli(['scan', many, '--json']);
    expect(inline.code).toBe(1);
    expect(JSON.parse(inline.stdout).sources).toHaveLength(62);
    expect(JSON.parse(inline.stdout).quoteGroups.length).toBeGreaterThan(0);
    for (const run of [threaded, byDefault]) {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(inline.stdout);
      expect(run.stderr).toBe(inline.stderr);
    }
    expect(inline.stderr.indexOf('article-30b.txt')).toBeLessThan(inline.stderr.indexOf('article-45b.txt'));
    expect(cli(['scan', many, '--jobs', 'many']).code).toBe(2);
  });
});
