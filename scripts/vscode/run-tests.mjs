// `npm run test:vscode`: runs test/integration inside a real VS Code (code-server's VS Code server,
// extension host in Node 24) driven by Debian's headless Chromium, in two phases: the suites against
// the development build, then a smoke suite against the packaged .vsix installed into the server
// (what ships is what was tested). Prints one line per test and a closing "N passed, N failed" over
// both phases; exits 0 only when every test passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { closeBrowser, launchBrowser } from './browser.mjs';
import { bundleTests } from './bundle-tests.mjs';
import { repoRoot, serverMain as serverMainPath } from './config.mjs';
import { ensureToolchain } from './install.mjs';
import { installVsix, packageVsix } from './package-extension.mjs';
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

const InstalledSuite = 'installed.test.ts';
const Phases = [
  // The extension loaded from the repository (extensionDevelopmentPath), every suite but the installed one.
  { name: 'tests', label: 'development build', includeSuite: (name) => name !== InstalledSuite, installed: false },
  // The packaged .vsix installed into the server's extensions folder, no development path.
  { name: 'installed', label: 'installed .vsix', includeSuite: (name) => name === InstalledSuite || name === 'activation.test.ts', installed: true },
];

/** A do-nothing extension to develop while the real one is installed from the .vsix. */
function emptyExtension(dir) {
  const folder = path.join(dir, 'test-host-extension');
  fs.mkdirSync(folder, { recursive: true });
  const manifest = { name: 'newslens-test-host', publisher: 'newslens-tests', version: '0.0.0', engines: { vscode: '^1.80.0' } };
  fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  return folder;
}

async function runPhase(phase, toolchain, started) {
  const { nodeBin, serverMain } = toolchain;
  run = makeRunDir(phase.name);
  const testsEntry = await bundleTests(run.testBundle, phase.includeSuite);
  // Auto-save off, as in desktop VS Code (the web workbench saves after a delay by default): the
  // tests of unsaved buffers need a buffer to stay unsaved however slowly a loaded machine runs them.
  const articles = prepareWorkspace(run.workspace, { 'files.autoSave': 'off' });
  log(`${phase.label}: tests bundled, workspace ${run.workspace}: ${articles.length} file(s)`);
  if (phase.installed) {
    const vsix = packageVsix(run.dir);
    log(`${phase.label}: ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KB) ${installVsix(nodeBin, serverMainPath, run, vsix, isolatedEnv(run))}`);
  }

  server = await startServer({ nodeBin, serverMain, run, smokeTestDriver: true });
  log(`server up at ${server.origin} (${seconds(started)})`);

  const remote = (absolutePath) => `vscode-remote://127.0.0.1:${server.port}${absolutePath}`;
  // VS Code runs extension tests only in development mode: the installed phase develops an empty
  // extension of its own, so Newslens itself comes from the extensions folder.
  const developed = phase.installed ? emptyExtension(run.dir) : repoRoot;
  const payload = [
    ['extensionDevelopmentPath', remote(developed)],
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
    if (problem) console.log(`[vscode-test] FAIL harness (${phase.label}): ${problem}`);
  }
  await cleanUp();
  return { passed, failed };
}

async function main() {
  const started = Date.now();
  const toolchain = ensureToolchain();
  log(`toolchain ready (${seconds(started)})`);
  buildExtension();
  log(`extension built (${seconds(started)})`);
  const grep = process.env.NEWSLENS_TEST_GREP;
  // A filtered run (NEWSLENS_TEST_GREP) skips the installed phase unless it asks for it.
  const phases = Phases.filter((phase) => !phase.installed || !grep || /install/i.test(grep));
  const total = { passed: 0, failed: 0 };
  for (const phase of phases) {
    const { passed, failed } = await runPhase(phase, toolchain, started);
    log(`${phase.label}: ${passed} passed, ${failed} failed`);
    total.passed += passed;
    total.failed += failed;
  }
  log(`done in ${seconds(started)}`);
  return total;
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
