import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSources } from '../../src/cli/indexSources';
import { packAnalysis, transferablesOf, type PackedAnalysis } from '../../src/core/analysis/packedAnalysis';
import { analyzeArticle } from '../../src/core/analysis/pipeline';
import { articleNumberFacts, packNumberFacts, unpackNumberFacts } from '../../src/core/corpus/numberFacts';
import { mentionContextsOf } from '../../src/core/corpus/mentionContexts';
import { normalizeText } from '../../src/core/text/normalize';
import { CorpusIndex } from '../../src/core/corpus/index';
import { textFingerprint } from '../../src/core/text/fingerprint';
import { analyzeFile } from '../../src/node/analysisWorker';
import { folderTexts } from '../../src/node/readSource';

describe('indexSources', () => {
  it('lets the caller release its workers once every file is in, before the links settle', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-index-sources-'));
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name, i) => {
      const file = path.join(dir, name);
      writeFileSync(file, `Harbour Talks Resume\n\nMayor Lena Orlova said on Monday: “We will rebuild the northern bridge before winter.” (${i})\n`);
      return file;
    });
    const index = new CorpusIndex();
    const events: string[] = [];
    const settle = index.settle.bind(index);
    index.settle = () => {
      events.push('settle');
      settle();
    };
    await indexSources(index, [...files, path.join(dir, 'missing.txt')], {
      root: dir,
      maxBytes: 1 << 20,
      analyze: analyzeArticle,
      onSkipped: (message) => events.push(`skipped ${path.basename(message.split(':')[0]!)}`),
      onProgress: (done) => events.push(`progress ${done}`),
      beforeSettle: async () => {
        await Promise.resolve();
        events.push('beforeSettle');
      },
    });
    expect(events).toEqual(['skipped missing.txt', 'progress 4', 'beforeSettle', 'settle']);
    const result = index.result();
    expect(result.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // Settled: the one statement in three articles is one group.
    expect(result.quoteGroups).toHaveLength(1);
    expect(result.quoteGroups[0]!.members).toHaveLength(3);
  });

  it('lets packed analyses from elsewhere go once the index has taken them in', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-index-sources-'));
    const texts = ['Mayor Lena Orlova said: “We will rebuild the northern bridge before winter.”', 'Lena Orlova, the mayor, said: “We will rebuild the northern bridge before winter.”'];
    const files = texts.map((_, i) => path.join(dir, `${i}.txt`));
    const sent: PackedAnalysis[] = [];
    const textsSent: Uint8Array[] = [];
    const index = new CorpusIndex();
    await indexSources(index, files, {
      root: dir,
      maxBytes: 1 << 20,
      analyze: analyzeArticle,
      // As an AnalysisPool's analyzeFile gives them: UTF-8 text and the analysis packed.
      analyzeFile: async (file) => {
        const text = normalizeText(texts[files.indexOf(file)]!);
        const analysis = analyzeArticle(text);
        const packed = packAnalysis(analysis);
        sent.push(packed);
        textsSent.push(new TextEncoder().encode(text));
        return { ok: true, utf8: textsSent.at(-1)!, fingerprint: textFingerprint(text), numberFacts: packNumberFacts(articleNumberFacts(text, analysis)), mentionContexts: mentionContextsOf(text, analysis), packed };
      },
    });
    expect(sent).toHaveLength(2);
    for (const packed of sent) for (const buffer of transferablesOf(packed)) expect(buffer.byteLength).toBe(0);
    // This index keeps the texts' bytes (it cannot read them back): they stay whole.
    for (const bytes of textsSent) expect(bytes.byteLength).toBeGreaterThan(0);
    // The index has what it needs: both articles, their quotes grouped.
    const result = index.result();
    expect(result.sources.map((s) => s.file)).toEqual(['0.txt', '1.txt']);
    expect(result.quoteGroups).toHaveLength(1);
    expect(result.quoteGroups[0]!.members).toHaveLength(2);
  });

  it("reads texts back from the folder, as `newslens scan` does, checked against the workers' fingerprints, with the workers' number facts", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-index-sources-'));
    const texts = [
      '\uFEFFMayor Lena Orlova said on 16 September 2021: “We will rebuild the northern bridge.” Tajikistan has a 1,357-kilometer border with Afghanistan.\r\n',
      'Orlvoa said on September 16: “We will rebuild the northern bridge before winter.” Tajikistan shares a 1,344-kilometre border with Afghanistan.\r\n',
    ];
    const files = texts.map((text, i) => {
      const file = path.join(dir, `${i}.txt`);
      writeFileSync(file, text);
      return file;
    });
    let reads = 0;
    const textsSent: Uint8Array[] = [];
    const readBack = folderTexts(dir);
    const index = new CorpusIndex({ readText: (file) => (reads++, readBack(file)) });
    await indexSources(index, files, {
      root: dir,
      maxBytes: 1 << 20,
      analyze: analyzeArticle,
      // What an analysis worker sends for a file (see analysisWorker.ts).
      analyzeFile: async (file) => {
        const reply = analyzeFile(0, file, 1 << 20);
        textsSent.push(reply.utf8!);
        expect(unpackNumberFacts(reply.numberFacts!).map((fact) => fact.text)).toHaveLength(1);
        return { ok: true, utf8: reply.utf8!, fingerprint: reply.fingerprint!, numberFacts: reply.numberFacts!, mentionContexts: reply.mentionContexts!, packed: reply.analysis! };
      },
    });
    // This index reads texts back: the bytes it was sent were let go once read.
    expect(textsSent.map((bytes) => bytes.byteLength)).toEqual([0, 0]);
    // A lone worker sends no facts (see AnalysisPool.analyzeFile): the index makes them, the same.
    const factsHere = new CorpusIndex({ readText: readBack });
    await indexSources(factsHere, files, {
      root: dir,
      maxBytes: 1 << 20,
      analyze: analyzeArticle,
      analyzeFile: async (file) => {
        const reply = analyzeFile(0, file, 1 << 20, false);
        expect([reply.fingerprint, reply.numberFacts, reply.mentionContexts]).toEqual([undefined, undefined, undefined]);
        return { ok: true, utf8: reply.utf8!, packed: reply.analysis! };
      },
    });
    expect(factsHere.result()).toEqual(index.result());
    const keeping = new CorpusIndex();
    keeping.setArticles(texts.map((text, i) => ({ file: `${i}.txt`, text })));
    expect(index.result()).toEqual(keeping.result());
    // The two borders disagree: a number finding, made from the facts the worker found.
    expect(index.result().findings.some((finding) => finding.kind === 'number-mismatch')).toBe(true);
    // A registry change attaches every article again from its text, read back from the folder.
    const registry = 'entities:\n  - id: person:lena-orlova\n    type: PERSON\n    name: Lena Orlova\n    aliases: [Orlvoa]\n';
    index.setRegistry(registry);
    keeping.setRegistry(registry);
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(index.result()).toEqual(keeping.result());
  });
});
