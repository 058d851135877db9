// Bundles test/integration-web for the browser web worker host: one CommonJS file (the host's
// loader provides `require('vscode')` and nothing else), mocha's prebuilt browser build inside.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config.mjs';

const sourceDir = path.join(repoRoot, 'test', 'integration-web');

/**
 * The entry re-exports run() from index.ts first (so mocha is set up), then imports every suite file.
 * outFile must be inside the clone: test-web serves tests relative to the extension's folder.
 * @returns {Promise<string>} outFile
 */
export async function bundleWebTests(outFile) {
  const suites = fs.readdirSync(path.join(sourceDir, 'suite')).filter((name) => name.endsWith('.webtest.ts')).sort();
  const entry = [`export { run } from './index';`, ...suites.map((name) => `import './suite/${name.replace(/\.ts$/, '')}';`)].join('\n');
  await build({
    stdin: { contents: entry, resolveDir: sourceDir, sourcefile: 'web-tests-entry.ts', loader: 'ts' },
    outfile: outFile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return outFile;
}
