import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTarget, prepareText } from '../../src/core/annotations/anchor';
import { addAnnotation, updateStatus } from '../../src/core/annotations/edit';
import { seededIdSource } from '../../src/core/annotations/ids';
import { createSidecar, parseSidecar, serializeSidecar } from '../../src/core/annotations/sidecar';
import type { Annotation } from '../../src/core/annotations/types';
import { CSV_COLUMNS, parseCsv } from '../../src/core/exports/csv';
import { normalizeText } from '../../src/core/text/normalize';
import { buildCli, type CliRun } from './cliHarness';

const SAMPLES = path.resolve(__dirname, '../../samples');
const ARTICLES = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
let cli: (args: string[], cwd?: string) => CliRun;
const folders: string[] = [];

beforeAll(async () => {
  cli = await buildCli();
});
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-export-'));
  folders.push(dir);
  return dir;
}

/** A copy of the samples (their bytes: 05 keeps its BOM and CRLF). */
function samplesCopy(): string {
  const dir = path.join(tempDir(), 'samples');
  cpSync(SAMPLES, dir, { recursive: true });
  return dir;
}

function sidecarsOf(dir: string): Map<string, Annotation[]> {
  return new Map(ARTICLES.map((a) => [a, existsSync(path.join(dir, `${a}.annotations.yaml`)) ? parseSidecar(readFileSync(path.join(dir, `${a}.annotations.yaml`), 'utf8')).annotations : []]));
}

/** What a round trip must keep: spans, types, statuses, notes, entity and quote fields. */
function essentials(annotations: readonly Annotation[]): unknown {
  return JSON.parse(JSON.stringify([...annotations].sort((a, b) => a.target.start - b.target.start || a.target.end - b.target.end || a.type.localeCompare(b.type)).map((a) => ({ type: a.type, start: a.target.start, end: a.target.end, status: a.status, note: a.note, entity: a.entity, quote: a.quote }))));
}

/** Samples with detected annotations saved, one confirmed with a note, one rejected, one free note. */
function annotatedSamples(): string {
  const dir = samplesCopy();
  expect(cli(['scan', dir, '--write']).code).toBe(0);
  const file = path.join(dir, `${ARTICLES[4]}.annotations.yaml`);
  const sidecar = parseSidecar(readFileSync(file, 'utf8'));
  const [first, second] = sidecar.annotations;
  updateStatus(sidecar, first!.id, 'confirmed');
  updateStatus(sidecar, second!.id, 'rejected');
  const prepared = prepareText(normalizeText(readFileSync(path.join(dir, ARTICLES[4]!), 'utf8')));
  const at = prepared.text.indexOf('Sarvan');
  addAnnotation(sidecar, { type: 'note', note: 'river name is fictional, "Sarvan", check', target: buildTarget(prepared, at, at + 6) }, seededIdSource(1));
  writeFileSync(file, serializeSidecar(sidecar));
  return dir;
}

// Each test runs the CLI several times; generous limits for a loaded machine (no timing is asserted).
describe('newslens export', { timeout: 60_000 }, () => {
  it('brat: .ann next to each .txt, offsets over the file as stored (BOM and CRLF in 05)', () => {
    const dir = samplesCopy();
    const run = cli(['export', dir, '--format', 'brat', '--detected']);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'annotation.conf'))).toBe(true);
    const crlf = ARTICLES.find((a) => readFileSync(path.join(dir, a), 'latin1').includes('\r\n'))!;
    // Node's utf8 decoding keeps the BOM, as Python's utf-8 codec (which brat uses) does.
    const fileChars = Array.from(readFileSync(path.join(dir, crlf), 'utf8'));
    expect(fileChars[0]).toBe('\ufeff');
    let checked = 0;
    for (const line of readFileSync(path.join(dir, crlf.replace(/\.txt$/, '.ann')), 'utf8').split('\n').filter((l) => l.startsWith('T'))) {
      const [, typeAndSpans, text] = line.split('\t') as [string, string, string];
      const spans = typeAndSpans.slice(typeAndSpans.indexOf(' ') + 1).split(';').map((s) => s.split(' ').map(Number));
      expect(spans.map(([s, e]) => fileChars.slice(s, e).join('')).join(' ')).toBe(text);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it.each([['brat'], ['w3c']])('%s: export, then import into a fresh copy, gives the same annotations; a second import changes nothing', (format) => {
    const source = annotatedSamples();
    const out = path.join(tempDir(), 'out');
    const exported = cli(['export', source, '--format', format, '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const fresh = samplesCopy();
    const imported = cli(['import', '--format', format, out, '--folder', fresh]);
    expect(imported.code, imported.stderr).toBe(0);
    const before = sidecarsOf(source);
    const after = sidecarsOf(fresh);
    const all = [...before.values()].flat();
    expect(all.length).toBeGreaterThan(150);
    expect(all.filter((a) => a.status !== 'detected' || a.note).length).toBe(3);
    for (const article of ARTICLES) {
      expect(essentials(after.get(article)!), article).toEqual(essentials(before.get(article)!));
      if (format === 'w3c') expect(after.get(article)!.map((a) => a.id).sort()).toEqual(before.get(article)!.map((a) => a.id).sort());
    }
    const snapshot = ARTICLES.map((a) => readFileSync(path.join(fresh, `${a}.annotations.yaml`), 'utf8'));
    const again = cli(['import', '--format', format, out, '--folder', fresh]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/ 0 added, 0 updated/);
    expect(ARTICLES.map((a) => readFileSync(path.join(fresh, `${a}.annotations.yaml`), 'utf8'))).toEqual(snapshot);
  });

  it('import keeps what the sidecar already has and adds only what is new', () => {
    const source = annotatedSamples();
    const out = path.join(tempDir(), 'out');
    expect(cli(['export', source, '--format', 'brat', '--out', out]).code).toBe(0);
    const target = samplesCopy();
    const sidecarFile = path.join(target, `${ARTICLES[0]}.annotations.yaml`);
    const prepared = prepareText(normalizeText(readFileSync(path.join(target, ARTICLES[0]!), 'utf8')));
    const own = createSidecar(ARTICLES[0]!, prepared.hash);
    addAnnotation(own, { type: 'note', note: 'ours', target: buildTarget(prepared, 0, 5) }, seededIdSource(2));
    writeFileSync(sidecarFile, serializeSidecar(own).replace('annotations:', '# kept comment\nannotations:'));
    expect(cli(['import', '--format', 'brat', out, '--folder', target]).code).toBe(0);
    const text = readFileSync(sidecarFile, 'utf8');
    expect(text).toContain('# kept comment');
    const annotations = parseSidecar(text).annotations;
    expect(annotations.filter((a) => a.note === 'ours')).toHaveLength(1);
    expect(annotations).toHaveLength(sidecarsOf(source).get(ARTICLES[0]!)!.length + 1);
  });

  it('brat import into a source edited since the export finds each span again in the new text', () => {
    const source = annotatedSamples();
    const out = path.join(tempDir(), 'out');
    expect(cli(['export', source, '--format', 'brat', '--out', out]).code).toBe(0);
    const target = samplesCopy();
    const article = path.join(target, ARTICLES[4]!);
    const bytes = readFileSync(article);
    // A correction inserted after the BOM, in the file's own CRLF style.
    writeFileSync(article, Buffer.concat([bytes.subarray(0, 3), Buffer.from('Correction: an earlier version misspelt a name.\r\n'), bytes.subarray(3)]));
    const run = cli(['import', '--format', 'brat', out, '--folder', target]);
    expect(run.code, run.stderr).toBe(0);
    const shift = 'Correction: an earlier version misspelt a name.\n'.length;
    const before = essentials(sidecarsOf(source).get(ARTICLES[4]!)!) as { start: number; end: number }[];
    const after = essentials(sidecarsOf(target).get(ARTICLES[4]!)!) as { start: number; end: number }[];
    expect(after).toEqual(before.map((a) => ({ ...a, start: a.start + shift, end: a.end + shift })));
  });

  it('csv: one row per mention with --detected, formulas in hostile article text defused', () => {
    const dir = tempDir();
    const article = ['=HYPERLINK("http://evil.example","Click") Summit Ends', '', 'KHUJAND, Tajikistan, March 3 -', '', '"=1+1, or @SUM(A1)," Foreign Minister Dilnoza Yusupova said.', '"-2 is +3," she added.', ''].join('\n');
    writeFileSync(path.join(dir, '+hostile.txt'), article);
    const run = cli(['export', dir, '--format', 'csv', '--detected', '--out', '-', '--excel-bom']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('\ufeff')).toBe(true);
    const [header, ...rows] = parseCsv(run.stdout);
    expect(header).toEqual([...CSV_COLUMNS]);
    const text = (row: string[]): string => row[CSV_COLUMNS.indexOf('text')]!;
    expect(rows.map(text)).toContain("'=1+1, or @SUM(A1),");
    expect(rows.map(text)).toContain("'-2 is +3,");
    expect(rows.map((r) => r[0])).toContain("'+hostile.txt");
    for (const field of rows.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    const speaker = rows.find((r) => text(r).startsWith("'=1+1"))![CSV_COLUMNS.indexOf('speaker')];
    expect(speaker).toBe('Dilnoza Yusupova');
  });

  it('an --out folder inside the exported folder is not read back as sources', () => {
    const dir = samplesCopy();
    const first = cli(['export', dir, '--format', 'brat', '--detected', '--out', path.join(dir, 'brat')]);
    const second = cli(['export', dir, '--format', 'brat', '--detected', '--out', path.join(dir, 'brat')]);
    expect(first.code).toBe(0);
    expect(second.stderr).toBe(first.stderr);
    expect(second.stderr).toMatch(/from 5 sources/);
  });

  it('brat: a Windows-1252 source gets a warning in place, and a UTF-8 copy with --out', () => {
    const dir = tempDir();
    const text = 'Café Talks\n\n"We will not wait," said Foreign Minister Dilnoza Yusupova in Khujand.\n';
    writeFileSync(path.join(dir, 'cp1252.txt'), Buffer.from(text, 'latin1'));
    const inPlace = cli(['export', dir, '--format', 'brat', '--detected']);
    expect(inPlace.stderr).toMatch(/cp1252\.txt: is windows-1252; brat reads \.txt files as UTF-8/);
    const out = path.join(tempDir(), 'out');
    const copied = cli(['export', dir, '--format', 'brat', '--detected', '--out', out]);
    expect(copied.stderr).not.toMatch(/windows-1252/);
    const copy = Array.from(readFileSync(path.join(out, 'cp1252.txt'), 'utf8'));
    expect(copy.join('')).toBe(text);
    const lines = readFileSync(path.join(out, 'cp1252.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const [, typeAndSpan, mention] = line.split('\t') as [string, string, string];
      const [, start, end] = typeAndSpan.split(' ').map(Number) as [number, number, number];
      expect(copy.slice(start, end).join('')).toBe(mention);
    }
  });

  it('refuses bad usage', () => {
    expect(cli(['export', '.', '--format', 'xml']).code).toBe(2);
    expect(cli(['export', '.', '--format', 'brat', '--out', '-']).code).toBe(2);
    expect(cli(['import', '--format', 'brat']).code).toBe(2);
  });
});
