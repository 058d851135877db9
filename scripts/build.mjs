// Bundles the extension (vscode external) and the CLI with esbuild.
import { build } from 'esbuild';

const LOAD_MARK = 'globalThis.__newslensLoadStarted = performance.now();';
const common = { bundle: true, platform: 'node', target: 'node18', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  // The banner marks when the bundle starts loading, so the extension can report its load time.
  build({ ...common, entryPoints: ['src/extension/node.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'], banner: { js: LOAD_MARK } }),
  build({ ...common, entryPoints: ['src/extension/workspace/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', format: 'cjs' }),
  // VS Code for the Web: one file for the worker extension host, no node built-ins.
  build({ ...common, platform: 'browser', target: 'es2022', entryPoints: ['src/extension/web.ts'], outfile: 'dist/web.js', format: 'cjs', external: ['vscode'], banner: { js: LOAD_MARK } }),
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'cjs', banner: { js: '#!/usr/bin/env node' } }),
]);
