// Where a cold load's CPU goes, by thread: node scripts/bench/thread-cpu.mjs [articles]
// (Linux only: reads /proc/self/task; needs bench-results/corpus from a previous `npm run bench`).
// Cold-loads the articles as `newslens scan` does (its analysis workers: one per core but one; a
// number after the articles sets it) and prints the time until
// the workers are done, the settle's time, and each thread's CPU seconds at that point: the main
// (index) thread, the workers, and V8's helper threads (parallel and concurrent garbage
// collection and optimizing compilation, for all three isolates). Two cores and more CPU seconds
// than twice the wall time means the load is CPU-bound: only less work makes it faster. Try it
// with V8 flags (node --single-threaded-gc …) to see which helper work moves where.
import path from 'node:path';
import { coldLoad, loadCore, resultsDir, workerFile } from './lib.mjs';
import { corpusFiles } from './scaling.mjs';

const core = await loadCore({ reuse: true });
const corpusDir = path.join(resultsDir, 'corpus');
const files = corpusFiles(corpusDir).slice(0, Number(process.argv[2] ?? 10_000));
const workers = Number(process.argv[3] ?? core.analysisThreads(files.length));
const pool = new core.AnalysisPool(workerFile, workers);

const { workersMs, loadMs, cpuAtWorkersDone } = await coldLoad(core, { corpusDir, files, pool });
console.log(`${files.length} articles: workers done after ${(workersMs / 1000).toFixed(2)} s, settle ${((loadMs - workersMs) / 1000).toFixed(2)} s`);
// Threads that used more than 50 ms. The main thread's id is the process id; the workers are the busiest others; the rest are V8's helpers.
const threads = [...cpuAtWorkersDone].map(([tid, cpu]) => ({ tid, cpu })).filter((t) => t.cpu > 0.05);
const total = threads.reduce((sum, t) => sum + t.cpu, 0);
const others = threads.filter((t) => t.tid !== process.pid).sort((a, b) => b.cpu - a.cpu);
const main = threads.find((t) => t.tid === process.pid);
console.log(`CPU seconds until the workers were done: main ${main?.cpu.toFixed(2)}, workers ${others.slice(0, workers).map((t) => t.cpu.toFixed(2)).join(' + ')}, helper threads ${others.slice(workers).map((t) => t.cpu.toFixed(2)).join(' + ') || '0'}; total ${total.toFixed(2)}`);
