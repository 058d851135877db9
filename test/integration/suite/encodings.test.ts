import assert from 'node:assert/strict';
import { suite, suiteSetup, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { flatten, viewItems, waitForAsync, workspaceFile } from '../annotationHelpers';
import { newslensApi } from '../editorHelpers';

/** An article of our own; each file below holds it in another encoding. */
const ARTICLE = 'Ferry Line Reopens\n\nHarbour Master Tomasz Wierzbicki said “the crossing is safe again” on Tuesday – after three weeks.\n';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + 2 * text.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, true);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), true);
  return bytes;
}

/** Windows-1252: ASCII as itself, the curly quotes and the dash by their 0x9x bytes. */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96 };
  return Uint8Array.from(text, (ch) => high[ch] ?? ch.charCodeAt(0));
}

/** A note on "Tomasz Wierzbicki" in the UTF-16 article, at its code point offsets, with the normalized text's hash. */
const UTF16_SIDECAR = `version: 1
source: encoding-utf16.txt
hash: sha256:775f831dc445168bd07339b6a557351763c97b7d5e0651e8f2d7c79b13591801
annotations:
  - id: a-encoding-note
    type: note
    status: confirmed
    note: the harbour master
    target:
      - type: TextQuoteSelector
        exact: "Tomasz Wierzbicki"
      - type: TextPositionSelector
        start: 35
        end: 52
`;

const FILES: Record<string, Uint8Array> = {
  'encoding-utf16.txt': utf16le(ARTICLE),
  'encoding-utf16.txt.annotations.yaml': new TextEncoder().encode(UTF16_SIDECAR),
  'encoding-cp1252.txt': windows1252(ARTICLE),
  'encoding-binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]),
};

suite('encodings: files are read as the CLI reads them', () => {
  suiteSetup(async () => {
    await newslensApi();
    for (const [name, bytes] of Object.entries(FILES)) await vscode.workspace.fs.writeFile(workspaceFile(name), bytes);
  });
  suiteTeardown(async () => {
    for (const name of Object.keys(FILES)) await vscode.workspace.fs.delete(workspaceFile(name)).then(undefined, () => undefined);
  });

  test('a UTF-16 file and a Windows-1252 file are analysed: the same speaker and quote in each', async () => {
    const api = await newslensApi();
    const sourceOf = (name: string) => api.services.workspace.result().sources.find((s) => s.file === name);
    await waitForAsync('both encoded articles to be indexed', async () => sourceOf('encoding-utf16.txt') !== undefined && sourceOf('encoding-cp1252.txt') !== undefined, 15_000);
    for (const name of ['encoding-utf16.txt', 'encoding-cp1252.txt']) {
      const source = sourceOf(name)!;
      const person = source.entities.find((e) => e.text === 'Tomasz Wierzbicki' && e.type === 'PERSON');
      assert.ok(person, `${name}: ${source.entities.map((e) => e.text).join(', ')}`);
      const quote = source.quotes.find((q) => q.text.includes('the crossing is safe again'));
      assert.ok(quote, `${name}: quotes ${JSON.stringify(source.quotes.map((q) => q.text))}`);
      assert.equal(quote.speaker, person.entity);
    }
    // Same text from both files: the same offsets (no BOM, no control characters in place of the quotes).
    assert.deepEqual(sourceOf('encoding-utf16.txt')!.quotes.map((q) => [q.start, q.end]), sourceOf('encoding-cp1252.txt')!.quotes.map((q) => [q.start, q.end]));
  });

  test("a closed UTF-16 article's annotations anchor in its text (not orphaned)", async () => {
    const node = async () => flatten(await viewItems('newslens.sources')).find((n) => n.label === 'encoding-utf16.txt');
    await waitForAsync('the UTF-16 article with its annotation in Sources', async () => /1 annotation/.test((await node())?.description ?? ''), 15_000);
    const utf16 = (await node())!;
    assert.equal(utf16.contextValue, 'source', `${utf16.description}\n${utf16.tooltip}`);
    assert.doesNotMatch(utf16.tooltip ?? '', /orphan/);
  });

  test('a binary file is listed in Sources as skipped, not analysed', async () => {
    await waitForAsync('the binary file in Sources', async () =>
      flatten(await viewItems('newslens.sources')).some((n) => n.label === 'encoding-binary.txt' && n.contextValue === 'source-skipped'),
    15_000);
    const api = await newslensApi();
    assert.equal(api.services.workspace.result().sources.some((s) => s.file === 'encoding-binary.txt'), false);
  });
});
