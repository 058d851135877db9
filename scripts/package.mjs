// `npm run package`: builds and writes newslens-<version>.vsix at the repository root with
// @vscode/vsce, offline (no marketplace calls); the integration harness installs the same package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './vscode/config.mjs';
import { packageVsix } from './vscode/package-extension.mjs';

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(repoRoot, '.vsix-work-'));
try {
  const vsix = packageVsix(work, `newslens-${version}.vsix`);
  const target = path.join(repoRoot, path.basename(vsix));
  fs.renameSync(vsix, target);
  console.log(`${path.relative(process.cwd(), target) || target} (${(fs.statSync(target).size / 1024).toFixed(0)} KB)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
