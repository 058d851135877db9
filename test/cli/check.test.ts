import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { parseSidecar } from '../../src/core/annotations/sidecar';
import { HARBOUR_TEXT } from '../core/annotations/fixtures';
import { makeWorkspace } from './annotationWorkspace';

const NEEDLES = ['Daniel Okafor', 'Lucia Brandt', 'chamber president Ivo Marsh'];
const folders: string[] = [];

async function check(dir: string, ...flags: string[]): Promise<{ code: number; lines: string[]; summary: string }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const code = await runCheck([dir, ...flags], { out: (l) => lines.push(l), err: (l) => errors.push(l) });
  return { code, lines, summary: errors.join('\n') };
}

function workspace(sourceText = HARBOUR_TEXT): ReturnType<typeof makeWorkspace> {
  const ws = makeWorkspace(NEEDLES, sourceText);
  folders.push(ws.dir);
  return ws;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('newslens check', () => {
  it('passes a sidecar that matches its source', async () => {
    const { dir } = workspace();
    const result = await check(dir);
    expect(result).toMatchObject({ code: 0, lines: [] });
    expect(result.summary).toMatch(/1 sidecar, 3 annotations: 0 moved, 0 orphaned, 0 errors/);
  });

  it('reports moved anchors as warnings (exit 0) and --fix rewrites them', async () => {
    const { dir, source, sidecar } = workspace();
    writeFileSync(source, 'Correction appended on Tuesday.\r\n' + HARBOUR_TEXT.replace(/\n/g, '\r\n'));
    const first = await check(dir);
    expect(first.code).toBe(0);
    expect(first.lines).toHaveLength(3);
    expect(first.lines[0]).toMatch(/harbour\.txt\.annotations\.yaml:\d+:5: warning: moved a-[0-9a-z-]+: "Daniel Okafor" found exactly/);

    const fixed = await check(dir, '--fix');
    expect(fixed.code).toBe(0);
    expect(fixed.lines.at(-1)).toMatch(/rewrote 3 moved anchors/);
    expect(await check(dir)).toMatchObject({ code: 0, lines: [] });
    expect(parseSidecar(readFileSync(sidecar, 'utf8')).annotations[0]!.target.start).toBe(318 + 'Correction appended on Tuesday.\n'.length);
  });

  it('fails on orphans, and --fix leaves them exactly as they were', async () => {
    const { dir, source, sidecar } = workspace();
    writeFileSync(source, 'New intro.\n' + HARBOUR_TEXT.replace('Fishermen\'s association head Lucia Brandt welcomed the delay.', 'The delay was welcomed.'));
    const before = parseSidecar(readFileSync(sidecar, 'utf8')).annotations.find((a) => a.target.exact === 'Lucia Brandt');
    const result = await check(dir, '--fix');
    expect(result.code).toBe(1);
    expect(result.lines.filter((l) => l.includes(': error: orphan'))).toHaveLength(1);
    expect(result.lines.find((l) => l.includes('orphan'))).toMatch(/"Lucia Brandt" is no longer in harbour\.txt; kept unchanged/);
    const after = parseSidecar(readFileSync(sidecar, 'utf8')).annotations.find((a) => a.id === before!.id);
    expect(after).toEqual(before);
    expect((await check(dir)).code).toBe(1);
  });

  it('reports a file that does not parse with line and column and never rewrites it', async () => {
    const { dir, source, sidecar } = workspace();
    const broken = readFileSync(sidecar, 'utf8').replace('    type: note\n', '    type: note\n   status: [confirmed\n');
    writeFileSync(sidecar, broken);
    writeFileSync(source, 'Shifted.\n' + HARBOUR_TEXT);
    const result = await check(dir, '--fix');
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/harbour\.txt\.annotations\.yaml:\d+:\d+: error: /);
    expect(readFileSync(sidecar, 'utf8')).toBe(broken);
  });

  it('rejects links that leave the workspace', async () => {
    const { dir, sidecar } = workspace();
    writeFileSync(sidecar, readFileSync(sidecar, 'utf8').replace('    type: note\n', '    type: note\n    links:\n      - file: ../../secrets.txt\n        id: a-1\n'));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/:\d+:\d+: error: link path "\.\.\/\.\.\/secrets\.txt": '\.\.' segments are not allowed/);
  });

  it('reports a missing source', async () => {
    const { dir, source } = workspace();
    rmSync(source);
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/:1:1: error: source harbour\.txt: no such file/);
  });

  it.each([[['--bogus']], [['a', 'b']], [['/definitely/not/a/folder']]])('exits 2 on bad usage %j', async (argv) => {
    expect(await runCheck(argv, { out: () => undefined, err: () => undefined })).toBe(2);
  });
});
