// The engine's instruction count side by side with an earlier commit's: node scripts/bench/count-engine.mjs <commit> [articles] [passes]
// Timings on a shared machine wander by 10-30% from one pass to the next, which hides the 1-3% a
// single change makes. Instructions counted by valgrind (cachegrind, no cache simulation) with V8 on
// --predictable (one thread: no concurrent compiler or collector; fixed hash and random seeds) repeat
// to within 0.001%, so a change's effect shows in one run (--single-threaded alone left ~0.5%). Each bundle runs the same generated articles twice: two warm-up
// passes, then again with the given passes after them; the difference is the engine's steady state
// alone (start-up, corpus generation and most compilation, which one thread does here, cancel out). Needs valgrind (apt install valgrind); takes about a minute.
import { execFileSync, execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateCorpus } from './corpus.mjs';
import { buildCoreAt, buildCoreOfCommit, repoRoot } from './lib.mjs';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  // The measured run: analyse the articles `passes` times with the bundle at `core`.
  const [, , , core, articles, passes] = process.argv;
  const engine = createRequire(import.meta.url)(core);
  const texts = generateCorpus(engine, Number(articles)).map((a) => engine.normalizeText(a.text));
  engine.lexicon();
  for (let p = 0; p < Number(passes); p++) for (const text of texts) engine.analyzeArticle(text);
} else {
  const [commit, articles = '200', passes = '3'] = process.argv.slice(2);
  if (!commit) {
    console.error('usage: node scripts/bench/count-engine.mjs <commit> [articles] [passes]');
    process.exit(2);
  }
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('count-engine needs valgrind (apt install valgrind)');
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-count-'));
  try {
    // Both bundles built alike (the bench's own carries an inline source map, which alone moved counts ~1%).
    const baseCore = path.join(dir, 'base.cjs');
    await buildCoreOfCommit(commit, dir, baseCore);
    const nowCore = path.join(dir, 'now.cjs');
    await buildCoreAt(repoRoot, nowCore);
    const count = async (core, runs) => {
      const { stderr } = await promisify(execFile)('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, '--predictable', self, '--child', core, articles, String(runs)], { maxBuffer: 1 << 24 });
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (!refs) throw new Error(`no count from valgrind:\n${stderr.slice(-2000)}`);
      return Number(refs[1].replaceAll(',', ''));
    };
    // Two at a time (two cores): each bundle with and without the passes after the warm-up.
    const WARM_UP = 2;
    const [baseRuns, baseIdle] = await Promise.all([count(baseCore, WARM_UP + Number(passes)), count(baseCore, WARM_UP)]);
    const [nowRuns, nowIdle] = await Promise.all([count(nowCore, WARM_UP + Number(passes)), count(nowCore, WARM_UP)]);
    const perArticle = (runs, idle) => (runs - idle) / (Number(articles) * Number(passes));
    const base = perArticle(baseRuns, baseIdle);
    const now = perArticle(nowRuns, nowIdle);
    const million = (n) => (n / 1e6).toFixed(3);
    console.log(`${commit}: ${million(base)} M instructions per article; this checkout: ${million(now)} M (${articles} articles x ${passes} passes)`);
    console.log(`instruction ratio this / ${commit}: ${(now / base).toFixed(4)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
