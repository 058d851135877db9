// Packages the built extension as a .vsix with @vscode/vsce, from a staging folder holding only
// what ships (so the repo's sources, tests and node_modules never end up in the package).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config.mjs';

// samples/ is what the walkthrough opens; schemas/ validates sidecars (contributes.yamlValidation).
const Shipped = ['package.json', 'package.nls.json', 'l10n', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist', 'syntaxes', 'media', 'schemas', 'samples'];
// The CLI is installed from npm (package.json "bin"), not from the .vsix.
const NotShipped = [path.join('dist', 'cli.js')];

/** @returns {string} the path of the .vsix written into outDir (named `fileName`) */
export function packageVsix(outDir, fileName = 'newslens.vsix') {
  const staging = path.join(outDir, 'vsix-staging');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  for (const entry of Shipped) {
    const source = path.join(repoRoot, entry);
    if (!fs.existsSync(source)) continue;
    // Screenshots are documentation and source maps are for debugging here: neither ships.
    fs.cpSync(source, path.join(staging, entry), { recursive: true, filter: (p) => !p.includes(`${path.sep}screenshots`) && !p.endsWith('.map') && !NotShipped.some((n) => p.endsWith(n)) });
  }
  const vsix = path.join(outDir, fileName);
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(vsce, ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], {
    cwd: staging, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
  });
  if (result.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`vsce package failed (${result.status ?? result.signal ?? result.error?.message}):\n${result.stdout}\n${result.stderr}`);
  }
  fs.rmSync(staging, { recursive: true, force: true });
  return vsix;
}

/** Installs a .vsix into the run's extensions folder with the VS Code server's own CLI; returns its last output line. */
export function installVsix(nodeBin, serverMainPath, run, vsix, env) {
  const result = spawnSync(nodeBin, [
    serverMainPath, '--accept-server-license-terms', '--user-data-dir', run.userData, '--server-data-dir', run.serverData,
    '--extensions-dir', run.extensions, '--install-extension', vsix, '--force',
  ], { env, encoding: 'utf8', timeout: 90_000 });
  if (result.status !== 0) throw new Error(`--install-extension failed (${result.status ?? result.signal}): ${result.stdout}${result.stderr}`);
  return result.stdout.trim().split('\n').pop();
}
