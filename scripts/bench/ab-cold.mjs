// A whole cold load side by side with an earlier commit: node scripts/bench/ab-cold.mjs <commit> [articles] [rounds]
// (needs bench-results/corpus from a previous `npm run bench`; Linux, for the threads' CPU time).
// Where ab-index.mjs times the index thread alone, this times what `newslens scan` waits for: files
// read and analysed by the worker(s) (as many as the CLI starts here), staged, settled. Each commit's
// bundle and analysis worker are built from its sources; in alternating fresh processes each loads
// the folder once: elapsed time until the workers are done and until the settle is done, and the CPU
// seconds of the main thread and of the busiest worker at the workers' end (on two cores the lone
// worker is what a load waits for). Noisy on a shared host: the same code against itself gave 1.039x
// in 3 rounds (±5-10% between runs), so it shows only larger changes; time a smaller one by its part.
import { execFileSync } from 'node:child_process';
import fs, { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildCoreOfCommit, coldLoad, loadCore, repoRoot, resultsDir, workerFile } from './lib.mjs';
import { corpusFiles } from './scaling.mjs';
import { summarize } from './stats.mjs';

const self = fileURLToPath(import.meta.url);
const corpusDir = path.join(resultsDir, 'corpus');

if (process.argv[2] === '--child') {
  // One measured load: node ab-cold.mjs --child <bundle> <worker> <articles>
  const [, , , bundle, worker, articles] = process.argv;
  const core = createRequire(import.meta.url)(bundle);
  const files = corpusFiles(corpusDir).slice(0, Number(articles));
  const pool = new core.AnalysisPool(worker, core.analysisThreads(files.length));
  const { workersMs, loadMs, cpuAtWorkersDone: cpu } = await coldLoad(core, { corpusDir, files, pool });
  const main = cpu.get(process.pid) ?? 0;
  const busiestOther = Math.max(0, ...[...cpu].filter(([tid]) => tid !== process.pid).map(([, seconds]) => seconds));
  console.log(JSON.stringify({ workersMs, loadMs, mainCpu: main, workerCpu: busiestOther }));
} else {
  const [commit, articles = '10000', rounds = '4'] = process.argv.slice(2);
  if (!commit) {
    console.error('usage: node scripts/bench/ab-cold.mjs <commit> [articles] [rounds]');
    process.exit(2);
  }
  if (!fs.existsSync(path.join(corpusDir, 'files.json'))) throw new Error('no bench-results/corpus: run npm run bench first');
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-ab-'));
  try {
    const baseBundle = path.join(dir, 'core.cjs');
    const baseWorker = path.join(dir, 'analysisWorker.cjs');
    await buildCoreOfCommit(commit, dir, baseBundle);
    await build({
      entryPoints: [path.join(dir, 'src/extension/workspace/analysisWorker.ts')],
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      logLevel: 'warning',
      outfile: baseWorker,
      nodePaths: [path.join(repoRoot, 'node_modules')],
    });
    await loadCore(); // this checkout's bundle and worker
    const nowBundle = path.join(resultsDir, '.build', 'newslens-core.cjs');
    const load = (bundle, worker) => JSON.parse(execFileSync(process.execPath, [self, '--child', bundle, worker, articles], { encoding: 'utf8' }).trim().split('\n').pop());
    const base = [];
    const now = [];
    for (let round = 0; round < Number(rounds); round++) {
      base.push(load(baseBundle, baseWorker));
      now.push(load(nowBundle, workerFile));
    }
    const median = (runs, key) => summarize(runs.map((r) => r[key])).median;
    const line = (label, runs) =>
      `${label}: load ${(median(runs, 'loadMs') / 1000).toFixed(2)} s (workers done ${(median(runs, 'workersMs') / 1000).toFixed(2)} s), CPU s main ${median(runs, 'mainCpu').toFixed(2)}, worker ${median(runs, 'workerCpu').toFixed(2)}`;
    console.log(line(commit, base));
    console.log(line('this checkout', now));
    const show = (key) => {
      const r = summarize(now.map((run, i) => run[key] / base[i][key]));
      return `${r.median.toFixed(3)} (${r.min.toFixed(3)}–${r.max.toFixed(3)})`;
    };
    console.log(`ratio this / ${commit} (${articles} articles, ${rounds} rounds): load ${show('loadMs')}; workers done ${show('workersMs')}; worker CPU ${show('workerCpu')}; main CPU ${show('mainCpu')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
