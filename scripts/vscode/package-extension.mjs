// Packages the built extension as a .vsix with @vscode/vsce, from a staging folder holding only
// what ships (so the repo's sources, tests and node_modules never end up in the package).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './config.mjs';

const Shipped = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist', 'syntaxes', 'media'];

/** @returns {string} the path of the .vsix written into outDir */
export function packageVsix(outDir) {
  const staging = path.join(outDir, 'vsix-staging');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  for (const entry of Shipped) {
    const source = path.join(repoRoot, entry);
    if (!fs.existsSync(source)) continue;
    // Screenshots are documentation, not part of the extension.
    fs.cpSync(source, path.join(staging, entry), { recursive: true, filter: (p) => !p.includes(`${path.sep}screenshots`) });
  }
  const vsix = path.join(outDir, 'newslens.vsix');
  const vsce = path.join(repoRoot, 'node_modules', '.bin', 'vsce');
  const result = spawnSync(vsce, ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix], {
    cwd: staging, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000,
  });
  if (result.status !== 0 || !fs.existsSync(vsix)) {
    throw new Error(`vsce package failed (${result.status ?? result.signal ?? result.error?.message}):\n${result.stdout}\n${result.stderr}`);
  }
  return vsix;
}
