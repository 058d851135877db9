// Bundles the parts of src/core (and the panel's pure view models) the benchmark drives into one CommonJS file (bench-results/.build),
// so the bench runs the same TypeScript the extension and the CLI ship, without a separate compile.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsDir = path.join(repoRoot, 'bench-results');
const libFile = path.join(resultsDir, '.build', 'newslens-core.cjs');

const ENTRY = `
export { analyzeArticle, analyzeArticleByStage, ANALYSIS_STAGES } from './src/core/analysis/pipeline';
export { lexicon } from './src/core/analysis/lexicon';
export { normalizeText } from './src/core/text/normalize';
export { CorpusIndex } from './src/core/corpus/index';
export { packAnalysis } from './src/core/analysis/packedAnalysis';
export { buildTarget, prepareText, reanchor } from './src/core/annotations/anchor';
export { indexSources } from './src/cli/indexSources';
export { AnalysisPool, analysisThreads } from './src/node/analysisPool';
export { folderTexts } from './src/node/readSource';
export { articleNumberFacts, packNumberFacts } from './src/core/corpus/numberFacts';
export { mentionContextsOf } from './src/core/corpus/mentionContexts';
export { textFingerprint } from './src/core/text/fingerprint';
export { entityNodes } from './src/extension/panel/entitiesModel';
export { quoteNodes } from './src/extension/panel/quotesModel';
export { sourceNodes } from './src/extension/panel/sourcesModel';
export { articleNodes } from './src/extension/panel/articleModel';
`;
const COMMON = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', logLevel: 'warning' };

/** Bundles ENTRY from the sources under `root` (packages from this repository's node_modules). */
async function buildCore(root, outfile, extra = {}) {
  await build({
    ...COMMON,
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    outfile,
    nodePaths: [path.join(repoRoot, 'node_modules')],
    ...extra,
  });
  return createRequire(import.meta.url)(outfile);
}

/**
 * The same bundle made from another checkout of the sources (`root` holds its src/), for side-by-side
 * runs against an earlier commit.
 */
export function buildCoreAt(root, outfile) {
  return buildCore(root, outfile);
}

/**
 * The bundle of another commit's sources (its src/ only, taken by `git archive` into `dir`: no
 * checkout, no worktree left behind), built as buildCoreAt builds it, at `outfile`.
 */
export async function buildCoreOfCommit(commit, dir, outfile) {
  execFileSync('sh', ['-c', `git -C "${repoRoot}" archive ${commit} src | tar -x -C "${dir}"`]);
  return buildCoreAt(dir, outfile);
}

/**
 * CPU seconds (user + system) in a thread's /proc stat line (Linux): utime and stime, fields 14 and
 * 15 of the line (11 and 12 after the thread's name, which may hold spaces), in clock ticks of 10 ms.
 */
export function cpuSecondsOfStat(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds (user + system) of each thread of this process by thread id (Linux: /proc/self/task); the main thread's id is the process id. */
export function threadCpuSeconds() {
  const threads = new Map();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      threads.set(Number(tid), cpuSecondsOfStat(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8')));
    } catch {
      // the thread ended
    }
  }
  return threads;
}

/**
 * A cold load as `newslens scan` makes it (the pool's workers read and analyse, the index stages in
 * parts and settles once), timed: ms until the workers are done (they go then, as the CLI's do) and
 * until the settle is, and each thread's CPU seconds when the workers were done.
 */
export async function coldLoad(core, { corpusDir, files, pool }) {
  const index = new core.CorpusIndex({ readText: core.folderTexts(corpusDir, 1e7) });
  const started = performance.now();
  let workersMs = 0;
  let cpuAtWorkersDone = new Map();
  await core.indexSources(index, files.map((file) => path.join(corpusDir, file)), {
    root: corpusDir,
    maxBytes: 1e7,
    analyze: (text) => pool.analyze(text),
    analyzeFile: (file) => pool.analyzeFile(file, 1e7),
    beforeSettle: async () => {
      cpuAtWorkersDone = threadCpuSeconds();
      workersMs = performance.now() - started;
      await pool.dispose();
    },
  });
  return { index, workersMs, loadMs: performance.now() - started, cpuAtWorkersDone };
}

/** The analysis worker script for AnalysisPool, as dist/analysisWorker.js. */
export const workerFile = path.join(resultsDir, '.build', 'analysisWorker.cjs');

/** Builds the bundle (once per bench run; children pass reuse=true). */
export async function loadCore({ reuse = false } = {}) {
  if (reuse) return createRequire(import.meta.url)(libFile);
  await build({ ...COMMON, entryPoints: [path.join(repoRoot, 'src/extension/workspace/analysisWorker.ts')], outfile: workerFile });
  // A source map beside the bundle, as dist/cli.js has: an inline one would add ~3 MB of script source to the heap measured.
  return buildCore(repoRoot, libFile, { sourcemap: true });
}
