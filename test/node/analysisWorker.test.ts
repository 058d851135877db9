import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackAnalysis } from '../../src/core/analysis/packedAnalysis';
import { analyzeArticle } from '../../src/core/analysis/pipeline';
import { CorpusIndex } from '../../src/core/corpus/index';
import { mentionContextsOf } from '../../src/core/corpus/mentionContexts';
import { articleNumberFacts, unpackNumberFacts } from '../../src/core/corpus/numberFacts';
import { textFingerprint } from '../../src/core/text/fingerprint';
import { normalizeText } from '../../src/core/text/normalize';
import { analyzeFile, analyzeWithFacts, utf8Of } from '../../src/node/analysisWorker';
import { readSourceSync } from '../../src/node/readSource';

const TEXTS = [
  'Velmora, 3 March 2025 — Mayor Aral Tennet said the 40-kilometre bridge would open. “We will finish it,” Tennet said.',
  'In the state of Georgia, Governor Lena Orlova said the 38-kilometre bridge was late. “It is late,” Orlova said.',
].map(normalizeText);

describe('an analysis worker asked for a text withFacts (the editor\'s index)', () => {
  it('sends what the index would make of the text itself: fingerprint, number facts, mention contexts', () => {
    for (const text of TEXTS) {
      const reply = analyzeWithFacts(7, text);
      const analysis = analyzeArticle(text);
      expect(reply.id).toBe(7);
      expect(unpackAnalysis(reply.analysis!)).toEqual(analysis);
      expect(reply.fingerprint).toBe(textFingerprint(text));
      expect(unpackNumberFacts(reply.numberFacts!)).toEqual(articleNumberFacts(text, analysis));
      expect(reply.mentionContexts).toEqual(mentionContextsOf(text, analysis));
      expect(reply.mentionContexts!.titles.size).toBeGreaterThan(0);
    }
  });

  it('gives an index that takes them the result of one that makes them', () => {
    const files = ['a.txt', 'b.txt'];
    const withFacts = new CorpusIndex();
    withFacts.setAnalyses(
      TEXTS.map((text, i) => {
        const { analysis, fingerprint, numberFacts, mentionContexts } = analyzeWithFacts(i, text);
        return { file: files[i]!, text, analysis: analysis!, fingerprint, numberFacts, mentionContexts };
      }),
    );
    const plain = new CorpusIndex();
    plain.setAnalyses(TEXTS.map((text, i) => ({ file: files[i]!, text, analysis: analyzeArticle(text) })));
    expect(withFacts.result()).toEqual(plain.result());
    expect(withFacts.result().entities.length).toBeGreaterThan(3);
  });
});

describe('an analysis worker asked for a file', () => {
  const encoder = new TextEncoder();
  const body = 'Velmora, 3 March 2025 — Mayor Aral Tennet said “we will finish it.”\n';
  const files: [string, Uint8Array][] = [
    ['plain UTF-8', encoder.encode(body)],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(body)])],
    ['CRLF line endings', encoder.encode(body.replace(/\n/g, '\r\n') + 'Second line.\r\n')],
    ['Windows-1252', new Uint8Array([...encoder.encode('Mayor Aral Tennet said '), 0x93, 0x6e, 0x6f, 0x94, 0x0a])],
    ['UTF-16 with a BOM', new Uint8Array([0xff, 0xfe, ...[...'Mayor Tennet said “no.”'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
    ['a long UTF-8 text', encoder.encode(body.repeat(200))],
  ];

  it.each(files)('sends its normalized text as UTF-8, whatever its encoding (%s)', (_name, bytes) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-worker-'));
    try {
      const file = path.join(dir, 'a.txt');
      writeFileSync(file, bytes);
      const reply = analyzeFile(1, file, 1 << 20);
      const text = readSourceSync(file);
      if (!text.ok) throw new Error(text.message);
      const normalized = normalizeText(text.text);
      expect(new TextDecoder().decode(reply.utf8)).toBe(normalized);
      expect(reply.utf8).toEqual(encoder.encode(normalized));
      // Sent by transfer: the bytes are the whole of their buffer, never a view of a shared one.
      expect(reply.utf8!.byteOffset).toBe(0);
      expect(reply.utf8!.byteLength).toBe(reply.utf8!.buffer.byteLength);
      expect(unpackAnalysis(reply.analysis!)).toEqual(analyzeArticle(normalized));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("sends a UTF-8 file's bytes as they are when they are its text's, copied out of Node's shared pool", () => {
    const text = normalizeText(body);
    const bytes = encoder.encode(text);
    const read = { ok: true as const, text, encoding: 'utf-8' };
    expect(utf8Of(text, read, bytes).buffer).toBe(bytes.buffer);
    const pooled = Buffer.from(bytes);
    expect(pooled.byteLength).toBeLessThan(pooled.buffer.byteLength);
    const sent = utf8Of(text, read, pooled);
    expect(sent.buffer).not.toBe(pooled.buffer);
    expect(sent.byteLength).toBe(sent.buffer.byteLength);
    expect(sent).toEqual(bytes);
  });
});
