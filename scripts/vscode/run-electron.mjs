// `npm run test:electron`: the same mocha suite under @vscode/test-electron, for machines that can
// download a desktop VS Code (it cannot here: use `npm run test:vscode`). On Linux without a
// display, run it under xvfb-run.
import { spawnSync } from 'node:child_process';
import { runTests } from '@vscode/test-electron';
import { bundleTests } from './bundle-tests.mjs';
import { repoRoot } from './config.mjs';
import { makeRunDir } from './server.mjs';
import { prepareWorkspace } from './workspace.mjs';

const version = process.env.VSCODE_TEST_VERSION ?? 'stable';

const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('npm run build failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const run = makeRunDir('electron');
const extensionTestsPath = await bundleTests(run.testBundle);
prepareWorkspace(run.workspace);

try {
  await runTests({
    version,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    extensionTestsEnv: process.env.NEWSLENS_TEST_GREP ? { NEWSLENS_TEST_GREP: process.env.NEWSLENS_TEST_GREP } : undefined,
    launchArgs: [
      run.workspace,
      '--disable-extensions', // only the extension under development
      '--disable-workspace-trust',
      '--user-data-dir', run.userData,
      '--extensions-dir', run.extensions,
      '--no-sandbox',
    ],
  });
} catch (error) {
  const message = String(error?.message ?? error);
  const offline = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|download|fetch failed|socket hang up/i.test(message);
  if (offline) {
    console.error(`[test:electron] could not download VS Code ${version}: ${message}`);
    console.error('[test:electron] this machine cannot reach the VS Code download host; run `npm run test:vscode` instead');
    console.error('[test:electron] (it runs the same suite in code-server\'s VS Code server, installed from the npm registry).');
  } else {
    // The suite's own PASS/FAIL lines and "N passed, N failed" were printed by the extension host above.
    console.error(`[test:electron] the suite failed: ${message}`);
  }
  process.exitCode = 1;
} finally {
  run.dispose();
}
