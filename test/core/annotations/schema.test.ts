// The JSON Schema shipped for YAML editors and the core's own validation agree.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildTarget, prepareText } from '../../../src/core/annotations/anchor';
import { mergeDetected } from '../../../src/core/annotations/detected';
import { addAnnotation } from '../../../src/core/annotations/edit';
import { seededIdSource } from '../../../src/core/annotations/ids';
import { createSidecar, parseSidecar, serializeSidecar } from '../../../src/core/annotations/sidecar';
import { HARBOUR_TEXT } from './fixtures';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../../schemas/annotations.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function sampleText(): string {
  const prepared = prepareText(HARBOUR_TEXT);
  const sidecar = createSidecar('harbour.txt', prepared.hash);
  const span = (needle: string): { start: number; end: number } => {
    const at = HARBOUR_TEXT.indexOf(needle);
    return { start: prepared.offsets.toCodePoint(at), end: prepared.offsets.toCodePoint(at + needle.length) };
  };
  const okafor = span('Daniel Okafor');
  const quote = span('"You cannot\ndredge it and pretend nothing happened."');
  mergeDetected(
    sidecar,
    {
      file: 'harbour.txt', title: null, outlet: null, published: null, url: null, authors: [],
      entities: [{ ...okafor, text: 'Daniel Okafor', type: 'PERSON', entity: 'person:daniel-okafor' }],
      quotes: [{ ...quote, text: 'x', kind: 'direct', speaker: 'person:lucia-brandt', group: 'quote:lucia-brandt:dredge' }],
    },
    prepared,
    { ids: seededIdSource(1), entityNames: new Map([['person:daniel-okafor', 'Daniel Okafor']]) },
  );
  const marsh = span('Ivo Marsh');
  addAnnotation(
    sidecar,
    { type: 'note', note: 'compare with the wire version', tags: ['check'], links: [{ file: 'wire/harbour.txt', id: 'a-0mjuohsrs-abcdefgh' }], author: 'alice', target: buildTarget(prepared, marsh.start, marsh.end) },
    seededIdSource(2),
  );
  return serializeSidecar(sidecar);
}

describe('schemas/annotations.schema.json', () => {
  const valid = sampleText();

  it('accepts what Newslens writes', () => {
    expect(validate(parse(valid)), JSON.stringify(validate.errors)).toBe(true);
  });

  const invalid: Array<[string, string]> = [
    ['a link leaving the workspace', valid.replace('file: wire/harbour.txt', 'file: ../harbour.txt')],
    ['an absolute link', valid.replace('file: wire/harbour.txt', 'file: /etc/passwd')],
    ['an unknown status', valid.replace('status: detected', 'status: maybe')],
    ['a missing position selector', valid.replace(/ {6}- type: TextPositionSelector\n {8}start: \d+\n {8}end: \d+\n/, '')],
    ['an entity without its fields', valid.replace(/ {4}entity:\n(?: {6}.*\n)+/, '')],
    ['another schema version', valid.replace('version: 1', 'version: 2')],
    ['a malformed hash', valid.replace(/hash: sha256:[0-9a-f]+/, 'hash: 1234')],
  ];

  it.each(invalid)('rejects %s, as the core does', (_name, text) => {
    expect(text).not.toBe(valid);
    expect(validate(parse(text))).toBe(false);
    expect(parseSidecar(text).issues.some((i) => i.severity === 'error')).toBe(true);
  });

  it('allows unknown fields and other annotation types, as the core does', () => {
    const text = valid.replace('    type: note\n', '    type: fact-check\n    verdict: misleading\n');
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(parseSidecar(text).issues).toEqual([]);
  });
});
