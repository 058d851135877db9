// `npm run bench`: engine throughput vs compromise, cold index of 1,000 and 10,000 articles,
// `newslens scan --json` end to end, incremental edits, re-anchoring and the extension's size and activation; see README "Performance".
// Options: --quick (fewer and smaller runs), --only=throughput,scaling,anchoring,extension
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './corpus.mjs';
import { measureExtension } from './extension.mjs';
import { loadCore, repoRoot, resultsDir } from './lib.mjs';
import { formatNumber, formatSummary, markdownTable, summarize } from './stats.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (section) => !only || only.includes(section);
const log = (message) => console.error(`[bench] ${message}`);
const plan = quick
  ? { throughput: { articles: 200, runs: 3, compromiseArticles: 15, compromiseRuns: 1 }, sizes: [1000, 10000], scalingRuns: 1, edits: 10, limitSeconds: 30, cliRuns: 1, anchoringRuns: 2 }
  : { throughput: { articles: 500, runs: 5, compromiseArticles: 40, compromiseRuns: 3 }, sizes: [1000, 10000], scalingRuns: 3, edits: 20, limitSeconds: 60, cliRuns: 3, anchoringRuns: 5 };

function child(section, options) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bench/child.mjs'), section, JSON.stringify(options)], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`${section} child failed (${run.status ?? run.signal}):\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

/** `newslens scan <dir> --json` as a user runs it, its JSON going to a file: wall seconds and peak RSS. */
function cliScan(corpusDir) {
  const out = fs.openSync(path.join(resultsDir, 'scan.json'), 'w');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--require', path.join(repoRoot, 'scripts/bench/rss-at-exit.cjs'), path.join(repoRoot, 'dist/cli.js'), 'scan', corpusDir, '--json'], {
    cwd: repoRoot,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  fs.closeSync(out);
  const rss = /bench-max-rss-kb (\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !rss) throw new Error(`newslens scan failed (${run.status ?? run.signal}):\n${run.stderr}`);
  return { seconds, maxRssMB: Number(rss[1]) / 1024 };
}

/** The sizes of the one-file scans: linear work makes the second ~4x the first. */
const LONG_FILE_MEGABYTES = [2, 8];

/**
 * One article of `megabytes` without a line break: the corpus's articles joined, their line breaks
 * made spaces (a scraped dump, or a file saved without line endings). Every paragraph-level search
 * then spans the whole text, where a search that runs back to the paragraph's start each time turns
 * quadratic.
 */
function writeLongFile(corpusDir, megabytes) {
  const files = JSON.parse(fs.readFileSync(path.join(corpusDir, 'files.json'), 'utf8'));
  let text = '';
  for (const file of files) {
    if (text.length >= megabytes * 1e6) break;
    text += fs.readFileSync(path.join(corpusDir, file), 'utf8').replace(/\s*\n\s*/g, ' ') + ' ';
  }
  const out = path.join(resultsDir, 'long', `long-${megabytes}mb.txt`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text.slice(0, megabytes * 1e6));
  return out;
}

function writeCorpus(core, count) {
  const dir = path.join(resultsDir, 'corpus');
  fs.rmSync(dir, { recursive: true, force: true });
  const articles = generateCorpus(core, count);
  for (const article of articles) {
    fs.mkdirSync(path.join(dir, path.dirname(article.file)), { recursive: true });
    fs.writeFileSync(path.join(dir, article.file), article.text);
  }
  fs.writeFileSync(path.join(dir, 'files.json'), JSON.stringify(articles.map((a) => a.file)));
  return dir;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

function gitCommit() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: repoRoot, encoding: 'utf8' }).trim() ? '+dirty' : '';
    return head + dirty;
  } catch {
    return 'unknown';
  }
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(resultsDir, { recursive: true });
  const results = { date: new Date().toISOString(), commit: gitCommit(), machine: machine(), quick, plan };
  log('building the core bundle and dist/');
  const core = await loadCore();
  if (wanted('extension')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });

  if (wanted('throughput')) {
    log('1/5 engine throughput vs compromise');
    results.throughput = child('throughput', plan.throughput);
  }
  if (wanted('scaling')) {
    const largest = Math.max(...plan.sizes);
    log(`2/5 generating ${largest} articles in bench-results/corpus`);
    const corpusDir = writeCorpus(core, largest);
    results.scaling = {};
    const editTimes = [];
    const slowestEdits = [];
    const withResultTimes = [];
    const panelRuns = [];
    for (const count of plan.sizes) {
      const runs = [];
      for (let r = 0; r < plan.scalingRuns; r++) {
        log(`2/5 cold index of ${count} articles, run ${r + 1}/${plan.scalingRuns}${count === largest ? ' (3/5: then incremental edits)' : ''}`);
        const run = child('scaling', { corpusDir, count, edits: count === largest ? plan.edits : 0, limitSeconds: plan.limitSeconds });
        runs.push(run);
        if (run.incrementalMs) editTimes.push(run.incrementalMs.median);
        if (run.incrementalMs) slowestEdits.push(run.incrementalMs.max);
        if (run.incrementalWithResultMs) withResultTimes.push(run.incrementalWithResultMs.median);
        if (run.panelMs) panelRuns.push(run.panelMs);
        if (run.timedOut) {
          log(`   stopped after ${plan.limitSeconds} s with ${run.indexed} of ${count} articles indexed (progress per tenth, ms: ${run.progress.join(' ')})`);
          break; // no point repeating a run that cannot finish
        }
      }
      results.scaling[count] = {
        indexed: Math.min(...runs.map((r) => r.indexed)),
        timedOut: runs.some((r) => r.timedOut),
        progressMs: runs[0].progress,
        indexMs: summarize(runs.map((r) => r.indexMs)),
        indexCpuSeconds: summarize(runs.map((r) => r.indexCpuSeconds)),
        indexThreadCpuSeconds: runs.every((r) => r.indexThreadCpuSeconds !== undefined) ? summarize(runs.map((r) => r.indexThreadCpuSeconds)) : undefined,
        resultMs: runs.some((r) => r.timedOut) ? undefined : summarize(runs.map((r) => r.resultMs)),
        maxRssMB: summarize(runs.map((r) => r.maxRssMB)),
        indexMaxRssMB: summarize(runs.map((r) => r.indexMaxRssMB)),
        entities: runs[0].entities,
        quoteGroups: runs[0].quoteGroups,
        incrementalMs: runs[0].incrementalMs ? summarize(runs.flatMap((r) => [r.incrementalMs.median])) : undefined,
        incrementalPerRun: runs.map((r) => r.incrementalMs).filter(Boolean),
      };
    }
    const [small, large] = plan.sizes.map((n) => results.scaling[n]);
    results.scaling.ratio = small.timedOut || large.timedOut ? null : large.indexMs.median / small.indexMs.median;
    results.incremental = { articles: large.indexed, editsPerRun: plan.edits, medianOfRunMediansMs: summarize(editTimes), slowestEditPerRunMs: summarize(slowestEdits), withResultMs: withResultTimes.length ? summarize(withResultTimes) : undefined };
    if (panelRuns.length > 0) {
      results.panel = { articles: large.indexed, ...Object.fromEntries(['entities', 'quotes', 'sources', 'thisArticle'].map((view) => [view, summarize(panelRuns.map((r) => r[view]))])) };
    }
    log(`2/5 newslens scan --json of ${largest} articles, end to end`);
    if (!wanted('extension')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, stdio: 'inherit' });
    const cliRuns = Array.from({ length: plan.cliRuns }, () => cliScan(corpusDir));
    fs.rmSync(path.join(resultsDir, 'scan.json'), { force: true }); // ~230 MB nobody reads
    results.cli = { articles: largest, seconds: summarize(cliRuns.map((r) => r.seconds)), maxRssMB: summarize(cliRuns.map((r) => r.maxRssMB)) };
    log('2/5 newslens scan --json of one long file without line breaks, 2 and 8 MB');
    results.longFile = Object.fromEntries(
      LONG_FILE_MEGABYTES.map((megabytes) => {
        const file = writeLongFile(corpusDir, megabytes);
        const runs = Array.from({ length: plan.cliRuns }, () => cliScan(file));
        return [megabytes, { seconds: summarize(runs.map((r) => r.seconds)), maxRssMB: summarize(runs.map((r) => r.maxRssMB)) }];
      }),
    );
    fs.rmSync(path.join(resultsDir, 'scan.json'), { force: true });
  }
  if (wanted('anchoring')) {
    log('4/5 re-anchoring annotations after edits');
    results.anchoring = child('anchoring', { annotations: 1000, runs: plan.anchoringRuns });
  }
  if (wanted('extension')) {
    log('5/5 extension bundle and activation');
    results.extension = measureExtension();
  }
  results.seconds = (Date.now() - started) / 1000;
  fs.writeFileSync(path.join(resultsDir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(renderTable(results));
  log(`done in ${results.seconds.toFixed(0)} s; JSON in bench-results/latest.json`);
}

export function renderTable(results) {
  const rows = [];
  const t = results.throughput;
  if (t) {
    rows.push([`Engine throughput, 1 thread (${t.articles} articles, ${formatNumber(t.megabytes, 1)} MB), wall clock`, formatSummary(t.engineMBps), 'MB/s', '≥ 20']);
    rows.push(['Engine throughput by CPU time (less sensitive to other load)', formatSummary(t.engineCpuMBps), 'MB/s', '']);
    rows.push([`compromise 14.17.0, same texts (first ${t.compromiseArticles} articles), wall clock`, formatSummary(t.compromiseMBps), 'MB/s', '']);
    rows.push(['Engine / compromise', `${formatNumber(t.ratio, 0)}×`, 'ratio', '≥ 250×']);
    if (t.stageMicroseconds) {
      const stages = Object.entries(t.stageMicroseconds);
      const total = stages.reduce((sum, [, s]) => sum + s.median, 0);
      rows.push([`Engine time by stage (timed around each; total ${formatNumber(total, 0)})`, stages.map(([stage, s]) => `${stage} ${formatNumber(s.median, 0)}`).join(' · '), 'µs / article', '']);
    }
  }
  const s = results.scaling;
  if (s) {
    for (const count of results.plan.sizes) {
      const at = s[count];
      if (at.timedOut) {
        rows.push([`Cold index, ${count.toLocaleString('en')} articles`, `stopped at ${results.plan.limitSeconds} s: ${at.indexed.toLocaleString('en')} articles indexed`, '', count >= 10000 ? '≤ 5 s' : '']);
        rows.push([`Peak RSS at that point`, formatSummary(at.maxRssMB, 0), 'MB', count >= 10000 ? '≤ 400' : '']);
        continue;
      }
      rows.push([`Cold index, ${count.toLocaleString('en')} articles (read + analysis + cross-references)`, formatSummary(at.indexMs.median >= 1000 ? scale(at.indexMs, 1 / 1000) : at.indexMs), at.indexMs.median >= 1000 ? 's' : 'ms', count >= 10000 ? '≤ 5 s' : '']);
      // Two cores at most: elapsed time cannot go below half of this, whatever the host's other load.
      if (at.indexCpuSeconds) rows.push([`Cold index, ${count.toLocaleString('en')} articles, CPU time of all threads (workers and V8's helpers included)`, formatSummary(at.indexCpuSeconds), 's', '']);
      // The index's thread (staging, then the settle alone): no number of analysis workers shortens it.
      if (at.indexThreadCpuSeconds) rows.push([`Cold index, ${count.toLocaleString('en')} articles, CPU time of the index's own thread (what more cores cannot share)`, formatSummary(at.indexThreadCpuSeconds), 's', '']);
      rows.push([`Peak RSS, ${count.toLocaleString('en')} articles`, formatSummary(at.maxRssMB, 0), 'MB', count >= 10000 ? '≤ 400' : '']);
      // Where the peak comes from: the index with its analysis workers, or the first result on top of it.
      rows.push([`Peak RSS, ${count.toLocaleString('en')} articles, while indexing (before the first result)`, formatSummary(at.indexMaxRssMB, 0), 'MB', '']);
    }
    rows.push(['Cold index time ratio 10,000 / 1,000', s.ratio === null ? 'n/a (a run did not finish)' : `${formatNumber(s.ratio, 1)}×`, 'ratio', '≈ 10× (linear)']);
    const c = results.cli;
    if (c) {
      rows.push([`newslens scan --json, ${c.articles.toLocaleString('en')} articles, end to end (JSON to a file)`, formatSummary(c.seconds), 's', '']);
      rows.push(['Peak RSS of that scan', formatSummary(c.maxRssMB, 0), 'MB', '']);
    }
    const long = results.longFile;
    if (long) {
      const [small, large] = LONG_FILE_MEGABYTES.map((megabytes) => long[megabytes]);
      rows.push([`newslens scan --json of one file without line breaks: ${LONG_FILE_MEGABYTES.join(' MB / ')} MB`, `${formatSummary(small.seconds)} / ${formatSummary(large.seconds)}`, 's', '']);
      rows.push([`That scan's time ratio ${LONG_FILE_MEGABYTES[1]} MB / ${LONG_FILE_MEGABYTES[0]} MB, and peak RSS`, `${formatNumber(large.seconds.median / small.seconds.median, 1)}× · ${formatSummary(small.maxRssMB, 0)} / ${formatSummary(large.maxRssMB, 0)} MB`, '', `≈ ${LONG_FILE_MEGABYTES[1] / LONG_FILE_MEGABYTES[0]}× (linear)`]);
    }
  }
  if (results.incremental) {
    rows.push([`Incremental: one article changed in ${results.incremental.articles.toLocaleString('en')} (median of ${results.incremental.editsPerRun} edits per run; analysis in a worker, as in the editor)`, formatSummary(results.incremental.medianOfRunMediansMs), 'ms', '≤ 30']);
    // The median hides the edits that regroup a large region of linked quotes (see README).
    if (results.incremental.slowestEditPerRunMs) rows.push(['Incremental: slowest edit of each run', formatSummary(results.incremental.slowestEditPerRunMs), 'ms', '']);
    if (results.incremental.withResultMs) rows.push(['Incremental, and the whole result brought up to date (what the editor\'s views read after a change)', formatSummary(results.incremental.withResultMs), 'ms', '']);
  }
  const p = results.panel;
  if (p) {
    rows.push([
      `Panel views rebuilt from the ${p.articles.toLocaleString('en')}-article result, as after a change while shown: Entities / Quotes / Sources / This Article`,
      [p.entities, p.quotes, p.sources, p.thisArticle].map((s) => formatSummary(s)).join(' / '),
      'ms',
      '',
    ]);
  }
  const a = results.anchoring;
  if (a) rows.push([`Re-anchoring ${a.annotations} annotations after edits (${a.statuses.exact} exact, ${a.statuses.fuzzy} fuzzy, ${a.statuses.orphan} orphan)`, formatSummary(a.perAnnotationUs), 'µs / annotation', '']);
  const e = results.extension;
  if (e) {
    const kb = (size) => (size ? `${formatNumber(size.bytes / 1024, 0)} KB (${formatNumber(size.gzipBytes / 1024, 0)} KB gzip)` : 'n/a');
    rows.push(['Bundle dist/extension.js (loaded at activation)', kb(e.extensionBundle), '', '≤ 1 MB']);
    rows.push(['Bundle dist/engine.js (loaded on first use) / dist/web.js / dist/analysisWorker.js', `${kb(e.engineBundle)} / ${kb(e.webBundle)} / ${kb(e.workerBundle)}`, '', '']);
    const stub = e.stubActivation;
    if (stub && !stub.error) {
      rows.push(['Activation outside VS Code (stub API): load dist/extension.js + activate()', `${formatSummary(stub.totalMs)} (load ${formatNumber(stub.loadMs.median)}, activate() ${formatNumber(stub.activateMs.median)})`, 'ms', '≤ 50']);
    }
    // Written by the integration suite's activation test (npm run test:vscode) in code-server's extension host.
    const real = e.activation;
    const measured = real && !real.stale;
    rows.push([
      measured
        ? `Activation in a real VS Code ${real.vscode} (${real.runs} runs of npm run test:vscode, last ${real.lastDate.slice(0, 10)}): loading the code + activate(), by VS Code's own marks`
        : 'Activation in a real VS Code',
      measured
        ? `${formatSummary(real.totalMs)} (loading ${formatNumber(real.codeLoadingMs.median)}, activate() ${formatNumber(real.activateCallMs.median)}; the host's own wait between them ${formatNumber(real.hostWaitMs.median)})`
        : real?.stale
          ? 'not measured for this build: run npm run test:vscode first'
          : 'not measured: run npm run test:vscode first',
      'ms',
      '≤ 50',
    ]);
  }
  const m = results.machine;
  return `${markdownTable(rows)}\n\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, load average ${m.loadAverage.join(' ')} at start; commit ${results.commit}; ${results.date}.`;
}

function scale(summary, factor) {
  return { ...summary, median: summary.median * factor, min: summary.min * factor, max: summary.max * factor };
}

await main();
