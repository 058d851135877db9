// Where a cold load's CPU goes, by thread: node scripts/bench/thread-cpu.mjs [articles]
// (Linux only: reads /proc/self/task; needs bench-results/corpus from a previous `npm run bench`).
// Cold-loads the articles as `newslens scan` does (its analysis workers: one per core but one; a
// number after the articles sets it) and prints the time until
// the workers are done, the settle's time, and each thread's CPU seconds at that point: the main
// (index) thread, the workers, and V8's helper threads (parallel and concurrent garbage
// collection and optimizing compilation, for all three isolates). Two cores and more CPU seconds
// than twice the wall time means the load is CPU-bound: only less work makes it faster. Try it
// with V8 flags (node --single-threaded-gc …) to see which helper work moves where.
import fs from 'node:fs';
import path from 'node:path';
import { cpuSecondsOfStat, loadCore, resultsDir, workerFile } from './lib.mjs';
import { corpusFiles } from './scaling.mjs';

const core = await loadCore({ reuse: true });
const corpusDir = path.join(resultsDir, 'corpus');
const files = corpusFiles(corpusDir).slice(0, Number(process.argv[2] ?? 10_000));
const index = new core.CorpusIndex({ readText: core.folderTexts(corpusDir, 1e7) });
const workers = Number(process.argv[3] ?? core.analysisThreads(files.length));
const pool = new core.AnalysisPool(workerFile, workers);

/** CPU seconds (user + system) of each thread of this process that used more than 50 ms. */
function threadCpu() {
  const threads = [];
  for (const tid of fs.readdirSync('/proc/self/task')) {
    let stat;
    try {
      stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended
    }
    const cpu = cpuSecondsOfStat(stat);
    if (cpu > 0.05) threads.push({ tid: Number(tid), cpu });
  }
  return threads;
}

const started = performance.now();
let workersDone = 0;
let atWorkersDone = [];
await core.indexSources(index, files.map((file) => path.join(corpusDir, file)), {
  root: corpusDir,
  maxBytes: 1e7,
  analyze: (text) => pool.analyze(text),
  analyzeFile: (file) => pool.analyzeFile(file, 1e7),
  beforeSettle: async () => {
    atWorkersDone = threadCpu();
    await pool.dispose();
    workersDone = performance.now();
  },
});
const settled = performance.now();
console.log(`${files.length} articles: workers done after ${((workersDone - started) / 1000).toFixed(2)} s, settle ${((settled - workersDone) / 1000).toFixed(2)} s`);
const mainTid = process.pid;
const total = atWorkersDone.reduce((sum, t) => sum + t.cpu, 0);
// The main thread's id is the process id; the workers are the busiest others; the rest are V8's helpers.
const others = atWorkersDone.filter((t) => t.tid !== mainTid).sort((a, b) => b.cpu - a.cpu);
const main = atWorkersDone.find((t) => t.tid === mainTid);
console.log(`CPU seconds until the workers were done: main ${main?.cpu.toFixed(2)}, workers ${others.slice(0, workers).map((t) => t.cpu.toFixed(2)).join(' + ')}, helper threads ${others.slice(workers).map((t) => t.cpu.toFixed(2)).join(' + ') || '0'}; total ${total.toFixed(2)}`);
