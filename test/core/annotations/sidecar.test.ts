import { describe, expect, it } from 'vitest';
import { buildTarget, prepareText } from '../../../src/core/annotations/anchor';
import { addAnnotation, removeAnnotation, setTarget, updateAnnotation, updateStatus } from '../../../src/core/annotations/edit';
import { newAnnotationId, seededIdSource } from '../../../src/core/annotations/ids';
import { sha256Hex, sourceTextHash, utf8Bytes } from '../../../src/core/annotations/sha256';
import { createSidecar, parseSidecar, serializeSidecar, SidecarNotWritableError } from '../../../src/core/annotations/sidecar';
import { HARBOUR_TEXT } from './fixtures';

const prepared = prepareText(HARBOUR_TEXT);

function spanOf(needle: string): { start: number; end: number } {
  const at = HARBOUR_TEXT.indexOf(needle);
  return { start: prepared.offsets.toCodePoint(at), end: prepared.offsets.toCodePoint(at + needle.length) };
}

function sampleSidecarText(seed = 1): string {
  const ids = seededIdSource(seed);
  const sidecar = createSidecar('harbour.txt', prepared.hash);
  for (const needle of ['Daniel Okafor', 'Lucia Brandt', 'Ivo Marsh']) {
    const { start, end } = spanOf(needle);
    addAnnotation(sidecar, { type: 'entity', status: 'detected', entity: { type: 'PERSON', id: `person:${needle.toLowerCase().replace(' ', '-')}`, name: needle }, target: buildTarget(prepared, start, end) }, ids);
  }
  return serializeSidecar(sidecar);
}

function changedLines(a: string, b: string): string[] {
  const left = a.split('\n');
  const right = b.split('\n');
  expect(right.length).toBe(left.length);
  return right.filter((line, i) => line !== left[i]);
}

describe('sidecar round trip', () => {
  it('is deterministic and stable: serialize(parse(x)) === x', () => {
    const text = sampleSidecarText();
    expect(sampleSidecarText()).toBe(text);
    const parsed = parseSidecar(text);
    expect(parsed.issues).toEqual([]);
    expect(parsed.annotations.map((a) => a.target.exact)).toEqual(['Daniel Okafor', 'Lucia Brandt', 'Ivo Marsh']);
    expect(serializeSidecar(parsed)).toBe(text);
  });

  it('keeps comments, blank lines, key order and unknown fields through an edit', () => {
    const text = sampleSidecarText()
      .replace('annotations:', '# reviewed by the desk on Monday\n\nannotations:')
      .replace('    type: entity\n', '    type: entity\n    reviewer: bob # an unknown field, kept\n');
    const sidecar = parseSidecar(text);
    expect(sidecar.issues).toEqual([]);
    const id = sidecar.annotations[1]!.id;
    updateStatus(sidecar, id, 'confirmed');
    const out = serializeSidecar(sidecar);
    expect(out).toContain('# reviewed by the desk on Monday\n\nannotations:');
    expect(out).toContain('reviewer: bob # an unknown field, kept');
    expect(changedLines(text, out)).toEqual(['    status: confirmed']);
  });

  it('writes nothing when a value does not change', () => {
    const text = sampleSidecarText();
    const sidecar = parseSidecar(text);
    const a = sidecar.annotations[0]!;
    updateAnnotation(sidecar, a.id, { status: 'detected', entity: a.entity! });
    setTarget(sidecar, a.id, a.target);
    expect(serializeSidecar(sidecar)).toBe(text);
  });

  it('orders annotations by start, then id, wherever they were added', () => {
    const sidecar = parseSidecar(sampleSidecarText());
    const { start, end } = spanOf('Port Authority');
    addAnnotation(sidecar, { type: 'note', note: 'headline', target: buildTarget(prepared, start, end) }, seededIdSource(9));
    expect(sidecar.annotations.map((a) => a.target.start)).toEqual([...sidecar.annotations.map((a) => a.target.start)].sort((x, y) => x - y));
    expect(sidecar.annotations[0]!.note).toBe('headline');
    expect(removeAnnotation(sidecar, sidecar.annotations[0]!.id)).toBe(true);
    expect(serializeSidecar(sidecar)).toBe(sampleSidecarText());
  });
});

describe('errors are located and such files are never written', () => {
  const valid = sampleSidecarText();
  const cases: Array<{ name: string; text: string; line: number; message: RegExp }> = [
    { name: 'YAML syntax error', text: valid.replace('source: harbour.txt', 'source: harbour.txt: oops'), line: 4, message: /nested mappings/i },
    { name: 'duplicate key', text: valid.replace('version: 1', 'version: 1\nversion: 2'), line: 4, message: /unique|duplicate/i },
    { name: 'newer schema version', text: valid.replace('version: 1', 'version: 2'), line: 3, message: /newer/ },
    { name: 'bad status', text: valid.replace('status: detected', 'status: maybe'), line: 9, message: /status must be/ },
    { name: 'link outside the workspace', text: valid.replace('    status: detected\n', '    status: detected\n    links:\n      - file: ../../etc/passwd\n        id: a-1\n'), line: 11, message: /'\.\.' segments/ },
    { name: 'absolute link', text: valid.replace('    status: detected\n', '    status: detected\n    links:\n      - file: /etc/passwd\n        id: a-1\n'), line: 11, message: /absolute/ },
    { name: 'empty exact', text: valid.replace('exact: "Daniel Okafor"', 'exact: ""'), line: 17, message: /exact must be/ },
  ];

  it.each(cases)('$name', ({ text, line, message }) => {
    const sidecar = parseSidecar(text);
    const errors = sidecar.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.column).toBeGreaterThan(0);
    expect(() => serializeSidecar(sidecar)).toThrow(SidecarNotWritableError);
    expect(() => updateStatus(sidecar, 'a-x', 'confirmed')).toThrow(SidecarNotWritableError);
  });

  it('bounds alias expansion (no billion laughs)', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const bomb = `version: 1\nsource: x.txt\nhash: sha256:${'0'.repeat(64)}\n${levels.join('\n')}\nannotations: []\n`;
    const sidecar = parseSidecar(bomb);
    expect(sidecar.issues.some((i) => i.severity === 'error' && /alias/i.test(i.message))).toBe(true);
  });

  it('refuses a sidecar over the size limit with a message', () => {
    const sidecar = parseSidecar(valid, 100);
    expect(sidecar.issues[0]!.message).toMatch(/over the 100 limit/);
    expect(() => serializeSidecar(sidecar)).toThrow(SidecarNotWritableError);
  });

  it('rejects unsafe links when adding', () => {
    const sidecar = parseSidecar(valid);
    const { start, end } = spanOf('Ivo Marsh');
    expect(() =>
      addAnnotation(sidecar, { type: 'note', note: 'x', links: [{ file: '../other/x.txt', id: 'a-1' }], target: buildTarget(prepared, start, end) }, seededIdSource(3)),
    ).toThrow(/'\.\.'/);
  });
});

describe('ids and hashes', () => {
  it('makes time-sortable ids that do not collide', () => {
    const source = seededIdSource(42);
    const ids = Array.from({ length: 2000 }, () => newAnnotationId(source));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^a-[0-9a-z]{9}-[0-9a-z]{8}$/);
  });

  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('sha256(%j)', (input, digest) => {
    expect(sha256Hex(utf8Bytes(input))).toBe(digest);
  });

  it('hashes the normalized text as UTF-8', () => {
    expect(sourceTextHash('é')).toBe(`sha256:${sha256Hex(Uint8Array.from([0xc3, 0xa9]))}`);
  });
});
