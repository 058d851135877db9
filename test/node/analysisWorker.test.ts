import { describe, expect, it } from 'vitest';
import { unpackAnalysis } from '../../src/core/analysis/packedAnalysis';
import { analyzeArticle } from '../../src/core/analysis/pipeline';
import { CorpusIndex } from '../../src/core/corpus/index';
import { mentionContextsOf } from '../../src/core/corpus/mentionContexts';
import { articleNumberFacts, unpackNumberFacts } from '../../src/core/corpus/numberFacts';
import { textFingerprint } from '../../src/core/text/fingerprint';
import { normalizeText } from '../../src/core/text/normalize';
import { analyzeWithFacts } from '../../src/node/analysisWorker';

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
