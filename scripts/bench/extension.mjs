// Section 5: bundle sizes (dist/, after the build) and the activation times a real VS Code reported
// (bench-results/vscode-activation.json, written by the integration harness's activation test).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot, resultsDir } from './lib.mjs';
import { summarize } from './stats.mjs';

/** activation.mjs in fresh processes: module load + activate() of dist/extension.js against a stub API. */
function stubActivation(runs) {
  const results = [];
  for (let r = 0; r < runs; r++) {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/bench/activation.mjs')], { cwd: repoRoot, encoding: 'utf8' });
    if (run.status !== 0) return { error: run.stderr.trim().split('\n').pop() };
    results.push(JSON.parse(run.stdout.trim().split('\n').pop()));
  }
  const error = results.find((r) => r.error)?.error ?? null;
  return { loadMs: summarize(results.map((r) => r.loadMs)), activateMs: summarize(results.map((r) => r.activateMs)), totalMs: summarize(results.map((r) => r.totalMs)), error };
}

export function measureExtension({ activationRuns = 5 } = {}) {
  const sizeOf = (name) => {
    const file = path.join(repoRoot, 'dist', name);
    if (!fs.existsSync(file)) return null;
    const bytes = fs.readFileSync(file);
    return { bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  };
  return {
    extensionBundle: sizeOf('extension.js'),
    engineBundle: sizeOf('engine.js'),
    webBundle: sizeOf('web.js'),
    workerBundle: sizeOf('analysisWorker.js'),
    activation: realActivation(),
    stubActivation: stubActivation(activationRuns),
  };
}

/**
 * The runs of the integration suite's activation test (npm run test:vscode) with the current
 * dist/extension.js: VS Code's own marks, loading the code + activate(), as its Running Extensions
 * view counts it. Runs of an older bundle are not this build's, so they are left out.
 */
function realActivation() {
  const file = path.join(resultsDir, 'vscode-activation.json');
  if (!fs.existsSync(file)) return null;
  const recorded = JSON.parse(fs.readFileSync(file, 'utf8'));
  const bundle = path.join(repoRoot, 'dist', 'extension.js');
  if (!Array.isArray(recorded.runs) || !fs.existsSync(bundle)) return null;
  const bundleHash = createHash('sha256').update(fs.readFileSync(bundle)).digest('hex').slice(0, 16);
  if (recorded.bundleHash !== bundleHash || recorded.runs.length === 0) return { stale: true };
  const of = (key) => summarize(recorded.runs.map((r) => r[key]));
  return {
    vscode: recorded.vscode,
    runs: recorded.runs.length,
    lastDate: recorded.runs.at(-1).date,
    totalMs: of('totalMs'),
    codeLoadingMs: of('codeLoadingMs'),
    activateCallMs: of('activateCallMs'),
    hostWaitMs: of('hostWaitMs'),
  };
}
