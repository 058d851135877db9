// Identical-results check for performance work: writes every analyzeArticle() result for the
// samples, the dev articles and the first N generated bench articles to one JSON file.
// node scripts/bench/dump-analyses.mjs <out.json> [N]
import fs from 'node:fs';
import { generateCorpus, sourceFiles } from './corpus.mjs';
import path from 'node:path';
import { loadCore, repoRoot } from './lib.mjs';

const [out, count = '2000'] = process.argv.slice(2);
const core = await loadCore();
const texts = [
  ...sourceFiles().map((file) => ({ file: path.relative(repoRoot, file), text: fs.readFileSync(file, 'utf8') })),
  ...generateCorpus(core, Number(count)),
  ...generateCorpus(core, 200, { seed: 3 }),
];
const analyses = texts.map(({ file, text }) => ({ file, analysis: core.analyzeArticle(core.normalizeText(text)) }));
fs.writeFileSync(out, JSON.stringify(analyses));
console.log(`${analyses.length} analyses -> ${out}`);
