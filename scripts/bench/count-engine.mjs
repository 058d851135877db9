// Instruction counts side by side with an earlier commit's: node scripts/bench/count-engine.mjs <commit> [articles] [passes] [--index]
// Timings on a shared machine wander by 10-30% from one pass to the next, which hides the 1-3% a
// single change makes. Instructions counted by valgrind (cachegrind, no cache simulation) with V8 on
// --predictable (one thread: no concurrent compiler or collector; fixed hash and random seeds) repeat
// to within 0.001%, so a change's effect shows in one run (--single-threaded alone left ~0.5%).
// The engine (default): each bundle runs the same generated articles twice: two warm-up passes,
// then again with the given passes after them; the difference is the engine's steady state alone
// (start-up, corpus generation and most compilation, which one thread does here, cancel out).
// --index: the index thread's work instead, as `newslens scan` gives it to it: the analyses made
// once, then per pass sent as the workers send them (UTF-8 text, packed analysis), staged in parts
// of 64 and settled once; two warm-up loads, then the passes with or without the index's own work.
// An index's heap grows to where V8 sizes it by how long collections took (time, which valgrind
// slows unevenly: counts moved by 5% between identical runs), so here the young generation is made
// large enough that a measured pass collects nothing: the count is the index's own work, not
// including garbage collection (which `node --trace-gc` shows).
// Needs valgrind (apt install valgrind); takes a minute or two.
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
  const [, , , core, articles, passes, stage, warmUp] = process.argv;
  const engine = createRequire(import.meta.url)(core);
  const texts = generateCorpus(engine, Number(articles)).map((a) => engine.normalizeText(a.text));
  engine.lexicon();
  if (stage === 'engine') {
    for (let p = 0; p < Number(passes); p++) for (const text of texts) engine.analyzeArticle(text);
  } else {
    const analyses = texts.map((text) => engine.analyzeArticle(text));
    const encoder = new TextEncoder();
    // What the workers send, made in every pass, measured or not: the difference is the index's work.
    // (Fingerprints and number facts where the bundle's workers send them.)
    const sent = () =>
      texts.map((text, i) => ({
        file: `${String(i).padStart(5, '0')}.txt`,
        text: encoder.encode(text),
        analysis: engine.packAnalysis(analyses[i]),
        fingerprint: engine.textFingerprint?.(text),
        numberFacts: engine.packNumberFacts?.(engine.articleNumberFacts(text, analyses[i])),
        mentionContexts: engine.mentionContextsOf?.(text, analyses[i]),
      }));
    // Every load's index is kept: optimized code that holds an index's objects is thrown away when
    // they die ("weak objects"), and the next load would compile it again, which a cold load, one
    // index, does not do.
    const indexes = [];
    const load = (articlesSent) => {
      // As `newslens scan` makes it, where the bundle can read texts back (none is read in a cold load).
      const index = new engine.CorpusIndex({ readText: (file) => texts[Number(file.slice(0, 5))] });
      for (let at = 0; at < articlesSent.length; at += 64) index.stageAnalyses(articlesSent.slice(at, at + 64));
      index.settle();
      indexes.push(index);
    };
    for (let p = 0; p < Number(warmUp); p++) load(sent());
    for (let p = 0; p < Number(passes); p++) {
      const articlesSent = sent();
      // Collected before, so that what the pass allocates fits in the young generation (see above).
      globalThis.gc();
      if (stage === 'index') load(articlesSent);
    }
  }
} else {
  const args = process.argv.slice(2);
  const measured = args.includes('--index') ? 'index' : 'engine';
  const [commit, articles = measured === 'index' ? '300' : '200', passes = measured === 'index' ? '1' : '3'] = args.filter((a) => !a.startsWith('--'));
  if (!commit) {
    console.error('usage: node scripts/bench/count-engine.mjs <commit> [articles] [passes] [--index]');
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
    const WARM_UP = 2;
    await buildCoreAt(repoRoot, nowCore);
    // The engine: `runs` passes (the warm-up's among them) against the warm-up's alone. The index:
    // the warm-up loads, then the passes with the index's work ('index') or only what is sent ('sent').
    const childArgs = (runs) => (measured === 'engine' ? [String(runs), 'engine', '0'] : [passes, runs > WARM_UP ? 'index' : 'sent', String(WARM_UP)]);
    const nodeFlags = measured === 'engine' ? ['--predictable'] : ['--predictable', '--expose-gc', '--min-semi-space-size=512', '--max-semi-space-size=512'];
    const count = async (core, runs) => {
      const { stderr } = await promisify(execFile)('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...nodeFlags, self, '--child', core, articles, ...childArgs(runs)], { maxBuffer: 1 << 24 });
      const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
      if (!refs) throw new Error(`no count from valgrind:\n${stderr.slice(-2000)}`);
      return Number(refs[1].replaceAll(',', ''));
    };
    // Two at a time (two cores): each bundle with and without the passes after the warm-up.
    const [baseRuns, baseIdle] = await Promise.all([count(baseCore, WARM_UP + Number(passes)), count(baseCore, WARM_UP)]);
    const [nowRuns, nowIdle] = await Promise.all([count(nowCore, WARM_UP + Number(passes)), count(nowCore, WARM_UP)]);
    const perArticle = (runs, idle) => (runs - idle) / (Number(articles) * Number(passes));
    const base = perArticle(baseRuns, baseIdle);
    const now = perArticle(nowRuns, nowIdle);
    const million = (n) => (n / 1e6).toFixed(3);
    console.log(`${measured}, ${commit}: ${million(base)} M instructions per article; this checkout: ${million(now)} M (${articles} articles x ${passes} passes)`);
    console.log(`instruction ratio this / ${commit}: ${(now / base).toFixed(4)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
