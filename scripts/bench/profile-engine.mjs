// Profiles the per-article engine: node --cpu-prof --cpu-prof-dir=bench-results/profiles scripts/bench/profile-engine.mjs [articles] [passes]
// then summarize with scripts/bench/profile-summary.mjs <file.cpuprofile>.
import { generateCorpus } from './corpus.mjs';
import { loadCore } from './lib.mjs';

const [articles = '500', passes = '3'] = process.argv.slice(2);
const core = await loadCore({ reuse: true });
const corpus = generateCorpus(core, Number(articles)).map((a) => core.normalizeText(a.text));
core.lexicon();
for (let p = 0; p < Number(passes); p++) for (const text of corpus) core.analyzeArticle(text);
