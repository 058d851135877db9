// The index thread side by side with an earlier commit: node scripts/bench/ab-index.mjs <commit> [articles] [rounds]
// (needs bench-results/corpus from a previous `npm run bench`). The articles are read and analysed
// once, by two workers, as a cold load's are; then, in alternating fresh processes (one index per
// process: a 10,000-article index is most of a heap), each bundle stages them in parts of 64 and
// settles: elapsed ms of each, and the settle's CPU time (with the collector's helper threads). The
// settle runs on one core after the workers are done, so its time is a cold load's time.
import { execFileSync } from 'node:child_process';
import fs, { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCoreOfCommit, loadCore, resultsDir, workerFile } from './lib.mjs';
import { corpusFiles } from './scaling.mjs';
import { summarize } from './stats.mjs';

const self = fileURLToPath(import.meta.url);
const corpusDir = path.join(resultsDir, 'corpus');

if (process.argv[2] === '--child') {
  // One measured load: node ab-index.mjs --child <bundle> <articles>
  const [, , , bundle, articles] = process.argv;
  const core = createRequire(import.meta.url)(bundle);
  const files = corpusFiles(corpusDir).slice(0, Number(articles));
  const pool = new core.AnalysisPool(workerFile, 2);
  const done = await Promise.all(files.map((file) => pool.analyzeFile(path.join(corpusDir, file), 1e7)));
  await pool.dispose();
  const index = new core.CorpusIndex({ readText: core.folderTexts(corpusDir, 1e7) });
  const started = performance.now();
  for (let i = 0; i < done.length; i += 64) {
    index.stageAnalyses(done.slice(i, i + 64).map((d, k) => ({ file: files[i + k], text: d.utf8, analysis: d.packed, fingerprint: d.fingerprint, numberFacts: d.numberFacts })));
  }
  const staged = performance.now();
  const cpu = process.cpuUsage();
  index.settle();
  const settleCpu = process.cpuUsage(cpu);
  console.log(JSON.stringify({ stageMs: staged - started, settleMs: performance.now() - staged, settleCpuMs: (settleCpu.user + settleCpu.system) / 1000 }));
} else {
  const [commit, articles = '10000', rounds = '4'] = process.argv.slice(2);
  if (!commit) {
    console.error('usage: node scripts/bench/ab-index.mjs <commit> [articles] [rounds]');
    process.exit(2);
  }
  if (!fs.existsSync(path.join(corpusDir, 'files.json'))) throw new Error('no bench-results/corpus: run npm run bench first');
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-ab-'));
  try {
    const baseBundle = path.join(dir, 'core.cjs');
    await buildCoreOfCommit(commit, dir, baseBundle);
    await loadCore(); // this checkout's bundle, and the worker the pool runs
    const nowBundle = path.join(resultsDir, '.build', 'newslens-core.cjs');
    const load = (bundle) => JSON.parse(execFileSync(process.execPath, [self, '--child', bundle, articles], { encoding: 'utf8' }).trim().split('\n').pop());
    const base = [];
    const now = [];
    for (let round = 0; round < Number(rounds); round++) {
      base.push(load(baseBundle));
      now.push(load(nowBundle));
    }
    const line = (label, runs) =>
      `${label}: stage ${summarize(runs.map((r) => r.stageMs)).median.toFixed(0)} ms, settle ${summarize(runs.map((r) => r.settleMs)).median.toFixed(0)} ms (CPU ${summarize(runs.map((r) => r.settleCpuMs)).median.toFixed(0)} ms)`;
    console.log(line(commit, base));
    console.log(line('this checkout', now));
    const ratio = (key) => summarize(now.map((r, i) => r[key] / base[i][key]));
    const show = (key) => {
      const r = ratio(key);
      return `median ${r.median.toFixed(3)} (min ${r.min.toFixed(3)}, max ${r.max.toFixed(3)})`;
    };
    console.log(`ratio this / ${commit} (${articles} articles, ${rounds} rounds): stage ${show('stageMs')}; settle ${show('settleMs')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
