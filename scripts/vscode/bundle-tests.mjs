// Bundles the integration suite for the extension host: index.js plus one suite/<name>.test.js per file.
// vscode is provided by the host; mocha is resolved at run time from the project's node_modules
// (the output lives inside the clone), so the entry and the suites share one mocha instance.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, runRoot } from './config.mjs';

/**
 * outDir must be inside the clone, so that require('mocha') finds the project's node_modules.
 * includeSuite(fileName) picks the suite files (all by default).
 * @returns {Promise<string>} the absolute path of the bundled entry (index.js).
 */
export async function bundleTests(outDir = path.join(runRoot, 'out'), includeSuite = () => true) {
  const sourceDir = path.join(repoRoot, 'test', 'integration');
  const suites = fs.readdirSync(path.join(sourceDir, 'suite')).filter((name) => name.endsWith('.test.ts') && includeSuite(name));
  fs.rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(sourceDir, 'index.ts'), ...suites.map((name) => path.join(sourceDir, 'suite', name))],
    outbase: sourceDir,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await bundleTests());
}
