// Section 1: single-thread MB/s of the full per-article analysis, and of compromise
// (people, places, organizations) on the same texts in the same process.
import { createRequire } from 'node:module';
import { generateCorpus, utf8Bytes } from './corpus.mjs';
import { summarize } from './stats.mjs';

const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** Wall-clock seconds of one pass; the CPU seconds go to `cpu` (less sensitive to other load on the machine). */
function timePass(articles, analyze, cpu = []) {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  for (const article of articles) analyze(article.text);
  cpu.push(cpuSeconds() - cpuStarted);
  return (performance.now() - started) / 1000;
}

export function measureThroughput(core, { articles = 500, runs = 5, compromiseArticles = 40, compromiseRuns = 3 } = {}) {
  const corpus = generateCorpus(core, articles).map((a) => ({ ...a, text: core.normalizeText(a.text) }));
  const bytes = utf8Bytes(corpus);
  const lexiconStarted = performance.now();
  core.lexicon(); // one-off gazetteer build, excluded from throughput
  const lexiconMs = performance.now() - lexiconStarted;
  // Steady state: a warm-up pass over all the texts first. V8's optimizing compiler is still at the
  // engine through the first ~1,000 analyses (~175 compilations): after 100 articles, as before,
  // the first measured passes ran at half speed and the median depended on how many of them there
  // were. The cold loads (scaling) include that compilation.
  timePass(corpus, core.analyzeArticle);
  const engine = [];
  const engineCpu = [];
  for (let r = 0; r < runs; r++) engine.push(bytes / 1e6 / timePass(corpus, core.analyzeArticle, engineCpu));
  const stages = timeStages(core, corpus, runs);

  const nlp = createRequire(import.meta.url)('compromise');
  const viaCompromise = (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
  const sample = corpus.slice(0, compromiseArticles);
  const sampleBytes = utf8Bytes(sample);
  timePass(sample, viaCompromise); // the same warm-up for the peer
  const compromise = [];
  const compromiseCpu = [];
  const engineOnSample = [];
  for (let r = 0; r < compromiseRuns; r++) {
    compromise.push(sampleBytes / 1e6 / timePass(sample, viaCompromise, compromiseCpu));
    engineOnSample.push(sampleBytes / 1e6 / timePass(sample, core.analyzeArticle));
  }
  const engineSummary = summarize(engine);
  const compromiseSummary = summarize(compromise);
  return {
    articles,
    megabytes: bytes / 1e6,
    lexiconMs,
    engineMBps: engineSummary,
    engineCpuMBps: summarize(engineCpu.map((seconds) => bytes / 1e6 / seconds)),
    compromiseArticles,
    compromiseMegabytes: sampleBytes / 1e6,
    compromiseMBps: compromiseSummary,
    compromiseCpuMBps: summarize(compromiseCpu.map((seconds) => sampleBytes / 1e6 / seconds)),
    engineOnCompromiseSampleMBps: summarize(engineOnSample),
    ratio: engineSummary.median / compromiseSummary.median,
    stageMicroseconds: stages,
  };
}

/**
 * Where the engine's time goes: µs per article in each stage of the pipeline (see ANALYSIS_STAGES),
 * timed around each stage of each article, per pass; a stage's collections count where they fall.
 */
function timeStages(core, corpus, runs) {
  const perStage = new Map(core.ANALYSIS_STAGES.map((stage) => [stage, []]));
  for (let r = 0; r < runs; r++) {
    const spent = new Map(core.ANALYSIS_STAGES.map((stage) => [stage, 0]));
    let last = 0;
    const stageDone = (stage) => {
      const now = performance.now();
      spent.set(stage, spent.get(stage) + now - last);
      last = now;
    };
    for (const article of corpus) {
      last = performance.now();
      core.analyzeArticleByStage(article.text, stageDone);
    }
    for (const [stage, ms] of spent) perStage.get(stage).push((1000 * ms) / corpus.length);
  }
  return Object.fromEntries([...perStage].map(([stage, values]) => [stage, summarize(values)]));
}
