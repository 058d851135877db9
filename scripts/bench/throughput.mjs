// Section 1: single-thread MB/s of the full per-article analysis, and of compromise
// (people, places, organizations) on the same texts in the same process.
import { createRequire } from 'node:module';
import { generateCorpus, utf8Bytes } from './corpus.mjs';
import { summarize } from './stats.mjs';

function timePass(articles, analyze) {
  const started = performance.now();
  for (const article of articles) analyze(article.text);
  return (performance.now() - started) / 1000;
}

export function measureThroughput(core, { articles = 500, runs = 5, compromiseArticles = 40, compromiseRuns = 3 } = {}) {
  const corpus = generateCorpus(core, articles).map((a) => ({ ...a, text: core.normalizeText(a.text) }));
  const bytes = utf8Bytes(corpus);
  const lexiconStarted = performance.now();
  core.lexicon(); // one-off gazetteer build, excluded from throughput
  const lexiconMs = performance.now() - lexiconStarted;
  timePass(corpus.slice(0, 100), core.analyzeArticle); // warm-up (JIT)
  const engine = [];
  for (let r = 0; r < runs; r++) engine.push(bytes / 1e6 / timePass(corpus, core.analyzeArticle));

  const nlp = createRequire(import.meta.url)('compromise');
  const viaCompromise = (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
  const sample = corpus.slice(0, compromiseArticles);
  const sampleBytes = utf8Bytes(sample);
  timePass(sample.slice(0, 3), viaCompromise);
  const compromise = [];
  const engineOnSample = [];
  for (let r = 0; r < compromiseRuns; r++) {
    compromise.push(sampleBytes / 1e6 / timePass(sample, viaCompromise));
    engineOnSample.push(sampleBytes / 1e6 / timePass(sample, core.analyzeArticle));
  }
  const engineSummary = summarize(engine);
  const compromiseSummary = summarize(compromise);
  return {
    articles,
    megabytes: bytes / 1e6,
    lexiconMs,
    engineMBps: engineSummary,
    compromiseArticles,
    compromiseMegabytes: sampleBytes / 1e6,
    compromiseMBps: compromiseSummary,
    engineOnCompromiseSampleMBps: summarize(engineOnSample),
    ratio: engineSummary.median / compromiseSummary.median,
  };
}
