// `npm run test:vscode`: runs test/integration inside a real VS Code (code-server's VS Code server,
// extension host in Node 24) driven by Debian's headless Chromium. Prints one line per test and a
// closing "N passed, N failed"; exits 0 only when every test passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeBrowser, launchBrowser } from './browser.mjs';
import { bundleTests } from './bundle-tests.mjs';
import { repoRoot } from './config.mjs';
import { ensureToolchain } from './install.mjs';
import { isolatedEnv, makeRunDir, startServer, tail } from './server.mjs';
import { prepareWorkspace } from './workspace.mjs';

const SuiteTimeoutMs = Number(process.env.NEWSLENS_SUITE_TIMEOUT_MS ?? 180_000);
const TestLinePrefix = '[newslens-test] ';
const log = (msg) => console.log(`[vscode-test] ${msg}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

let server;
let browser;
let run;
async function cleanUp() {
  await closeBrowser(browser);
  browser = undefined;
  if (server) await server.stop();
  server = undefined;
  run?.dispose();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

function buildExtension() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status ?? result.signal})`);
}

/** What the extension host printed through the smoke-test driver, split into test lines and the rest. */
function makeLogCollector() {
  const hostLog = [];
  const results = { passed: 0, failed: 0, summary: undefined };
  const onLog = (type, message) => {
    const text = String(message);
    hostLog.push(`${type}: ${text}`);
    for (const line of text.split('\n')) {
      const at = line.indexOf(TestLinePrefix);
      if (at < 0) continue;
      const body = line.slice(at + TestLinePrefix.length);
      const summary = /^(\d+) passed, (\d+) failed$/.exec(body);
      if (summary) {
        results.summary = { passed: Number(summary[1]), failed: Number(summary[2]) };
        continue;
      }
      if (body.startsWith('PASS ')) results.passed++;
      if (body.startsWith('FAIL ')) results.failed++;
      console.log(`  ${body}`);
    }
  };
  return { hostLog, results, onLog };
}

// Harmless on this closed network, and it would bury what the extension printed.
const NoisePatterns = [/\[AgentHost/, /\[ChatModelSelection\]/, /ENOTFOUND/, /\[Service Worker\]/, /socket|connection token|grace time/i];

function withoutNoise(hostLog) {
  const kept = [];
  for (const entry of hostLog) {
    if (entry.includes(TestLinePrefix) || NoisePatterns.some((pattern) => pattern.test(entry))) continue;
    kept.push(entry);
  }
  return kept;
}

async function main() {
  const started = Date.now();
  const { nodeBin, serverMain } = ensureToolchain();
  log(`toolchain ready (${seconds(started)})`);
  run = makeRunDir('tests');
  buildExtension();
  const testsEntry = await bundleTests(run.testBundle);
  log(`extension built and tests bundled (${seconds(started)})`);

  const articles = prepareWorkspace(run.workspace);
  log(`workspace ${run.workspace}: ${articles.length} file(s)`);

  server = await startServer({ nodeBin, serverMain, run, smokeTestDriver: true });
  log(`server up at ${server.origin} (${seconds(started)})`);

  const remote = (absolutePath) => `vscode-remote://127.0.0.1:${server.port}${absolutePath}`;
  const payload = [
    ['extensionDevelopmentPath', remote(repoRoot)],
    ['extensionTestsPath', remote(testsEntry)],
  ];
  if (process.env.NEWSLENS_TEST_GREP) {
    payload.push(['extensionEnvironment', JSON.stringify({ NEWSLENS_TEST_GREP: process.env.NEWSLENS_TEST_GREP })]);
  }
  const url = `${server.origin}/?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  browser = await launchBrowser(isolatedEnv(run));
  const page = await browser.newPage();
  const collector = makeLogCollector();
  let finish;
  const exited = new Promise((resolve) => { finish = resolve; });
  await page.exposeFunction('codeAutomationLog', collector.onLog);
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  page.on('pageerror', (error) => collector.hostLog.push(`pageerror: ${error.message}`));

  await page.goto(url, { timeout: 60_000 });
  log(`workbench loading; running the suite (time limit ${SuiteTimeoutMs / 1000} s)`);
  const exitCode = await Promise.race([
    exited,
    new Promise((resolve) => setTimeout(() => resolve('timeout'), SuiteTimeoutMs)),
  ]);

  const { results, hostLog } = collector;
  const passed = results.summary?.passed ?? results.passed;
  let failed = results.summary?.failed ?? results.failed;
  let problem;
  if (exitCode === 'timeout') problem = `the suite did not finish within ${SuiteTimeoutMs / 1000} s`;
  else if (exitCode !== 0 && failed === 0) problem = `the extension host exited with code ${exitCode} before reporting a failed test`;
  else if (passed + failed === 0) problem = 'no test ran';
  if (problem) failed += 1;

  if (problem || failed > 0) {
    fs.writeFileSync(path.join(run.dir, 'extension-host.log'), hostLog.join('\n'));
    console.log(`--- workbench and extension host console, offline noise left out (all in ${path.join(run.dir, 'extension-host.log')}) ---`);
    console.log(withoutNoise(hostLog).slice(-80).join('\n'));
    console.log(`--- server log (${server.logFile}) ---\n${tail(server.logFile, 30)}`);
    if (problem) console.log(`[vscode-test] FAIL harness: ${problem}`);
  }
  log(`done in ${seconds(started)}`);
  return { passed, failed };
}

let outcome;
try {
  outcome = await main();
} catch (error) {
  console.error(`[vscode-test] the harness could not run: ${error.stack ?? error}`);
  outcome = { passed: 0, failed: 1 };
} finally {
  await cleanUp();
}
console.log(`${outcome.passed} passed, ${outcome.failed} failed`);
process.exit(outcome.failed === 0 && outcome.passed > 0 ? 0 : 1);
