// The engine side by side with an earlier commit: node scripts/bench/ab-engine.mjs <commit> [articles] [rounds]
// Both bundles analyse the same generated articles in alternating passes in one process, timed by
// CPU time; prints each one's MB/s and the median ratio of their pass times (below 1: this checkout
// is faster). On a shared machine a change of a few percent needs 10 rounds or more to show.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './corpus.mjs';
import { buildCoreOfCommit, loadCore } from './lib.mjs';
import { summarize } from './stats.mjs';

const [commit, articles = '400', rounds = '10'] = process.argv.slice(2);
if (!commit) {
  console.error('usage: node scripts/bench/ab-engine.mjs <commit> [articles] [rounds]');
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'newslens-ab-'));
try {
  const base = await buildCoreOfCommit(commit, dir, path.join(dir, 'core.cjs'));
  const now = await loadCore();
  const texts = generateCorpus(now, Number(articles)).map((a) => now.normalizeText(a.text));
  const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;
  const pass = (core) => {
    const started = process.cpuUsage();
    for (const text of texts) core.analyzeArticle(text);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  base.lexicon();
  now.lexicon();
  for (let warm = 0; warm < 2; warm++) pass(base), pass(now);
  const baseMs = [];
  const nowMs = [];
  for (let round = 0; round < Number(rounds); round++) {
    baseMs.push(pass(base));
    nowMs.push(pass(now));
  }
  const rate = (ms) => ((megabytes / summarize(ms).median) * 1000).toFixed(2);
  const ratios = summarize(nowMs.map((ms, i) => ms / baseMs[i]));
  console.log(`${commit}: ${rate(baseMs)} MB/s; this checkout: ${rate(nowMs)} MB/s (CPU time, ${texts.length} articles, ${megabytes.toFixed(1)} MB)`);
  console.log(`time ratio this / ${commit}: median ${ratios.median.toFixed(3)} (min ${ratios.min.toFixed(3)}, max ${ratios.max.toFixed(3)}, ${rounds} rounds)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
