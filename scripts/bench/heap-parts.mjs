// Where the index's memory is: node --expose-gc scripts/bench/heap-parts.mjs [articles]
// (needs bench-results/corpus from a previous `npm run bench`). Cold-loads the articles as
// `newslens scan` does, then drops the index's parts one after another, collecting garbage after
// each: what each drop frees is what that part alone holds (in this order: a part shared with a
// later one counts there). A diagnostic that reads the index's private fields, not a benchmark.
import path from 'node:path';
import { loadCore, resultsDir, workerFile } from './lib.mjs';
import { corpusFiles } from './scaling.mjs';

if (typeof globalThis.gc !== 'function') {
  console.error('run with node --expose-gc');
  process.exit(2);
}
const [articles = '10000'] = process.argv.slice(2);
// Built from the checkout (a few seconds): a diagnostic of what the code is now, not of the last bench's bundle.
const core = await loadCore();
const corpusDir = path.join(resultsDir, 'corpus');
const files = corpusFiles(corpusDir).slice(0, Number(articles));
const index = new core.CorpusIndex({ readText: core.folderTexts(corpusDir, 10 * 1024 * 1024) });
const pool = new core.AnalysisPool(workerFile, core.analysisThreads(files.length));
await core.indexSources(index, files.map((file) => path.join(corpusDir, file)), {
  root: corpusDir,
  maxBytes: 10 * 1024 * 1024,
  analyze: (text) => pool.analyze(text),
  analyzeFile: (file) => pool.analyzeFile(file, 10 * 1024 * 1024),
  beforeSettle: () => pool.dispose(),
});
const live = () => {
  globalThis.gc();
  globalThis.gc();
  const usage = process.memoryUsage();
  // `external` includes `arrayBuffers` (those made in this thread); it also has the texts that worker threads transferred.
  return { heap: usage.heapUsed / 2 ** 20, outside: usage.external / 2 ** 20 };
};
const indexed = live();
const result = index.result();
let last = live();
console.log(`${files.length} articles indexed: heap ${indexed.heap.toFixed(1)} MB live, ${indexed.outside.toFixed(1)} MB outside it; with the first result ${last.heap.toFixed(1)} MB`);
const drop = (label, what) => {
  what();
  const now = live();
  console.log(`${label.padEnd(42)} heap ${(last.heap - now.heap).toFixed(1).padStart(6)} MB   outside ${(last.outside - now.outside).toFixed(1).padStart(6)} MB`);
  last = now;
};
drop('the first result (what no cache keeps)', () => {
  index.keptResult.last = null;
  result.sources.length = 0;
  result.entities.length = 0;
  result.quoteGroups.length = 0;
  result.findings.length = 0;
});
const states = [...index.articles.values()];
drop('article texts', () => states.forEach((s) => (s.text = '')));
drop('kept analyses', () => states.forEach((s) => (s.original = s.analysis = null)));
drop('version comparisons (word diffs)', () => (index.findings.diffs = null));
drop('number facts and findings', () => {
  states.forEach((s) => (s.facts = []));
  index.findings = null;
});
for (const [name, value] of Object.entries(index.quoteGraph)) {
  if (value instanceof Map || value instanceof Set) drop(`quote graph: ${name} (${value.size})`, () => value.clear());
}
drop('quote graph: the rest (quote records)', () => {
  index.quoteGraph = null;
  states.forEach((s) => (s.quotes = []));
});
drop('quote features', () => index.sharedFeatures.clear());
drop('entity graph', () => (index.entityGraph = null));
drop('local entities', () => states.forEach((s) => (s.entities = s.nodeKeys = null)));
drop('shared strings', () => (index.sharedStrings = null));
drop('the article map', () => index.articles.clear());
