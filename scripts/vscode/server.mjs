// Starts code-server's bundled VS Code server in its own session (setsid) with every writable
// directory inside a run folder, and stops the whole process group afterwards.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { runRoot } from './config.mjs';

/** Runs of the same kind older than this are removed; younger ones may belong to a run still going. */
const StaleRunMs = 30 * 60_000;

/**
 * Creates .newslens-test/<name>-<time>-<pid>/ with isolated XDG/user-data dirs and removes stale runs of that name.
 * TMPDIR is a short private folder under the system temp dir instead (linked as <run>/tmp): Chromium and
 * the server put unix sockets there, and a socket path over 107 bytes fails in a deeply nested clone.
 * Call dispose() at the end to remove it.
 */
export function makeRunDir(name) {
  fs.mkdirSync(runRoot, { recursive: true });
  for (const entry of fs.readdirSync(runRoot)) {
    const old = path.join(runRoot, entry);
    if (entry.startsWith(`${name}-`) && Date.now() - fs.statSync(old).mtimeMs > StaleRunMs) {
      fs.rmSync(old, { recursive: true, force: true });
    }
  }
  const stamp = new Date().toISOString().replace(/[-:]|\.\d+Z$/g, '');
  const dir = path.join(runRoot, `${name}-${stamp}-${process.pid}`);
  const sub = (leaf) => {
    const p = path.join(dir, leaf);
    fs.mkdirSync(p, { recursive: true });
    return p;
  };
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-vscode-'));
  fs.symlinkSync(tmp, path.join(dir, 'tmp'));
  return {
    dir,
    tmp,
    dispose: () => fs.rmSync(tmp, { recursive: true, force: true }),
    xdgConfig: sub('xdg/config'),
    xdgCache: sub('xdg/cache'),
    xdgData: sub('xdg/data'),
    userData: sub('user-data'),
    serverData: sub('server-data'),
    extensions: sub('extensions'),
    workspace: sub('workspace'),
    testBundle: path.join(dir, 'out'),
    home: sub('home'),
  };
}

/** Environment for every child of a run: nothing written under the real home directory. */
export function isolatedEnv(run) {
  return {
    ...process.env,
    HOME: run.home,
    TMPDIR: run.tmp,
    XDG_CONFIG_HOME: run.xdgConfig,
    XDG_CACHE_HOME: run.xdgCache,
    XDG_DATA_HOME: run.xdgData,
    VSCODE_CLI_DISABLE_UPDATE_CHECK: '1',
  };
}

/** A free loopback port (the small race with another process grabbing it is acceptable here). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, timeoutMs, isAlive) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer';
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('the VS Code server exited before it answered');
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.status < 500) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the VS Code server did not answer ${url} within ${timeoutMs / 1000} s (${lastError})`);
}

/**
 * @param {{ nodeBin: string, serverMain: string, run: ReturnType<typeof makeRunDir>, smokeTestDriver: boolean, timeoutMs?: number }} options
 * @returns {Promise<{ port: number, origin: string, logFile: string, stop: () => Promise<void> }>}
 */
export async function startServer({ nodeBin, serverMain, run, smokeTestDriver, timeoutMs = 60_000 }) {
  const port = await freePort();
  const logFile = path.join(run.dir, 'server.log');
  const out = fs.openSync(logFile, 'a');
  const args = [
    serverMain, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token',
    '--accept-server-license-terms', '--disable-telemetry', '--disable-workspace-trust',
    '--user-data-dir', run.userData, '--server-data-dir', run.serverData, '--extensions-dir', run.extensions,
    ...(smokeTestDriver ? ['--enable-smoke-test-driver'] : []),
  ];
  // detached: the child calls setsid(), so the server and its watchers form one process group we can kill.
  const child = spawn(nodeBin, args, { detached: true, stdio: ['ignore', out, out], env: isolatedEnv(run), cwd: run.dir });
  fs.closeSync(out);
  let exited = false;
  child.once('exit', () => { exited = true; });

  const stop = async () => {
    killGroup(child.pid, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (groupAlive(child.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    killGroup(child.pid, 'SIGKILL');
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${origin}/`, timeoutMs, () => !exited);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n--- ${logFile} ---\n${tail(logFile)}`);
  }
  return { port, origin, logFile, stop };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
