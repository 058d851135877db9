// Profiles the cold cross-reference index: node --cpu-prof --cpu-prof-dir=bench-results/profiles scripts/bench/profile-index.mjs [articles]
// (needs bench-results/corpus from a previous `npm run bench`), then scripts/bench/profile-summary.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, resultsDir } from './lib.mjs';
import { corpusFiles } from './scaling.mjs';

const [articles = '300'] = process.argv.slice(2);
const core = await loadCore({ reuse: true });
const corpusDir = path.join(resultsDir, 'corpus');
const index = new core.CorpusIndex();
const started = performance.now();
for (const file of corpusFiles(corpusDir).slice(0, Number(articles))) index.setArticle(file, fs.readFileSync(path.join(corpusDir, file), 'utf8'));
console.error(`${articles} articles indexed in ${(performance.now() - started).toFixed(0)} ms`);
