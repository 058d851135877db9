// The esbuild bundles (scripts/build.mjs builds them; a unit test checks what the activation bundle holds).
const LOAD_MARK = 'globalThis.__newslensLoadStarted = performance.now();';
const common = { bundle: true, platform: 'node', target: 'node18', sourcemap: true, logLevel: 'warning' };

/**
 * Desktop: engine() (src/extension/engine.ts) requires './engineModules' on first use; that
 * becomes the separate bundle dist/engine.js, so activation loads only dist/extension.js.
 */
const engineAsOwnBundle = {
  name: 'engine-as-own-bundle',
  setup(b) {
    b.onResolve({ filter: /^\.\/engineModules$/ }, () => ({ path: './engine.js', external: true }));
  },
};

export const bundles = [
  // The banner marks when the bundle starts loading, so the extension can report its load time.
  // Minified (names kept, for stack traces; the source map is beside it): VS Code reads and compiles
  // this file on activation, and 127 KB became 76 KB (module load outside VS Code ~16 -> ~13 ms).
  { ...common, minify: true, keepNames: true, entryPoints: ['src/extension/node.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'], banner: { js: LOAD_MARK }, plugins: [engineAsOwnBundle] },
  { ...common, entryPoints: ['src/extension/engineModules.ts'], outfile: 'dist/engine.js', format: 'cjs' },
  { ...common, entryPoints: ['src/extension/workspace/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', format: 'cjs' },
  // VS Code for the Web: one file for the worker extension host, no node built-ins (the engine
  // stays inside it, evaluated on first use all the same).
  { ...common, platform: 'browser', target: 'es2022', entryPoints: ['src/extension/web.ts'], outfile: 'dist/web.js', format: 'cjs', external: ['vscode'], banner: { js: LOAD_MARK } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
];
