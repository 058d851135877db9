// Activation of dist/extension.js outside VS Code: module evaluation plus the synchronous part of
// activate() against a stub `vscode` API (every member a no-op proxy). A lower bound of what a
// real VS Code measures (it leaves out the extension host's own loading), printed as JSON.
// node scripts/bench/activation.mjs
import Module from 'node:module';
import path from 'node:path';
import { repoRoot } from './lib.mjs';

function stub(name) {
  const target = function () {};
  const assigned = new Map();
  return new Proxy(target, {
    set: (_t, key, value) => assigned.set(key, value) !== undefined,
    get(_t, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => 0;
      if (key === 'toString' || key === 'valueOf') return () => name;
      return stub(`${name}.${String(key)}`);
    },
    // The bundler copies a module's own keys into a new object whose prototype is the module's:
    // a stub prototype answers every name it did not copy.
    getPrototypeOf: () => stubPrototype(name),
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

function stubPrototype(name) {
  return new Proxy({}, { get: (_t, key) => (key === 'then' ? undefined : stub(`${name}.${String(key)}`)) });
}

const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub('vscode') : originalLoad.call(this, request, ...rest);
};
const bundle = path.join(repoRoot, 'dist', 'extension.js');
const context = { subscriptions: [], extensionPath: repoRoot, extensionUri: stub('uri'), globalState: stub('globalState'), workspaceState: stub('workspaceState'), storageUri: undefined, globalStorageUri: stub('globalStorageUri'), logUri: stub('logUri'), extensionMode: 1, environmentVariableCollection: stub('env'), secrets: stub('secrets'), asAbsolutePath: (p) => path.join(repoRoot, p) };
const started = performance.now();
const extension = Module.createRequire(import.meta.url)(bundle);
const loaded = performance.now();
let error = null;
try {
  extension.activate(context);
} catch (e) {
  error = String(e?.message ?? e);
}
const activated = performance.now();
console.log(JSON.stringify({ loadMs: loaded - started, activateMs: activated - loaded, totalMs: activated - started, error }));
process.exit(0);
