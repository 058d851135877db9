// Section 5: bundle sizes (dist/, after the build) and the activation time a real VS Code reported
// (bench-results/vscode-activation.json, written by the integration harness's activation test).
import { spawnSync } from 'node:child_process';
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
  const activationFile = path.join(resultsDir, 'vscode-activation.json');
  const activation = fs.existsSync(activationFile) ? JSON.parse(fs.readFileSync(activationFile, 'utf8')) : null;
  return {
    extensionBundle: sizeOf('extension.js'),
    webBundle: sizeOf('web.js'),
    workerBundle: sizeOf('analysisWorker.js'),
    activation,
    stubActivation: stubActivation(activationRuns),
  };
}
