// Section 5: bundle sizes (dist/, after the build) and the activation time a real VS Code reported
// (bench-results/vscode-activation.json, written by the integration harness's activation test).
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot, resultsDir } from './lib.mjs';

export function measureExtension() {
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
  };
}
