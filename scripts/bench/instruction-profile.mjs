// Where the engine's instructions go, by function: node scripts/bench/instruction-profile.mjs [articles] [top] [--index]
// (needs valgrind: apt install valgrind; ~2 minutes). A sampling profile of this engine is flat, and
// its self times move with inlining; this counts. The engine runs under callgrind as count-engine.mjs
// runs it (V8 on one thread, fixed seeds: --predictable), twice: warm-up passes only, then the same
// with more passes after them; the difference is the steady state, per article (ten warm-up passes of
// 100 articles: V8 optimizes the pipeline's own function only after several hundred articles, a
// compilation of ~150 M instructions that would land in a shorter warm-up's measured passes). V8 writes where it
// put each piece of generated code (--perf-basic-prof); with --predictable the same code lands at
// the same addresses in both runs, so the optimized JavaScript functions (*name), the compiled
// regular expressions (RegExp:…), V8's builtins (Builtins_…) and its C++ runtime (v8::internal::…)
// are all named. What it found first: V8 lowercases and splits a two-byte string in C++ (~700 and
// ~1,350 instructions a call), and hashes each fresh string the first time a Map or Set meets it.
// --index: the index thread's instead, as count-engine.mjs --index measures it (the analyses sent as
// the workers send them, staged in parts of 64 and settled; eight warm-up loads, then one load with
// the index's work against one without it: 300 articles by default).
// Instructions are not time: confirm a change with ab-engine.mjs and thread-cpu.mjs (README).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './lib.mjs';

const measuredPart = process.argv.includes('--index') ? 'index' : 'engine';
const [articles = measuredPart === 'index' ? '300' : '100', top = '40'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const WARM_UP_PASSES = measuredPart === 'index' ? 8 : 10;
const MEASURED_PASSES = measuredPart === 'index' ? 1 : 6;
/** count-engine.mjs's child arguments and node flags for a run of `passes` passes (warm-up included). */
const childArgs = (passes) =>
  measuredPart === 'engine' ? [String(passes), 'engine', '0'] : [String(MEASURED_PASSES), passes > WARM_UP_PASSES ? 'index' : 'sent', String(WARM_UP_PASSES)];
const nodeFlags = measuredPart === 'engine' ? ['--predictable'] : ['--predictable', '--expose-gc', '--min-semi-space-size=512', '--max-semi-space-size=512'];
const countEngine = path.join(path.dirname(fileURLToPath(import.meta.url)), 'count-engine.mjs');
try {
  execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  execFileSync('sh', ['-c', 'command -v callgrind_annotate'], { stdio: 'ignore' });
} catch {
  console.error('instruction-profile needs valgrind and callgrind_annotate (apt install valgrind)');
  process.exit(2);
}
await loadCore();
const core = path.join(path.dirname(countEngine), '../../bench-results/.build/newslens-core.cjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-callgrind-'));

/** Self instructions by name, for one callgrind run of `passes` passes (each of `articles` articles). */
function selfInstructions(passes) {
  const out = path.join(dir, `callgrind.${passes}`);
  // perf-basic-prof writes /tmp/perf-<pid>.map (and a V8 log into the working directory: `dir` here).
  const before = new Set(fs.readdirSync('/tmp').filter((f) => /^perf-\d+\.map$/.test(f)));
  execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...nodeFlags, '--perf-basic-prof', countEngine, '--child', core, articles, ...childArgs(passes)], { stdio: 'ignore', cwd: dir });
  const mapFile = fs.readdirSync('/tmp').find((f) => /^perf-\d+\.map$/.test(f) && !before.has(f));
  if (!mapFile) throw new Error('no perf map written by V8');
  const code = fs
    .readFileSync(path.join('/tmp', mapFile), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [start, size, ...name] = line.split(' ');
      return { start: parseInt(start, 16), end: parseInt(start, 16) + parseInt(size, 16), name: name.join(' ').replace(/ \S*newslens-core\.cjs/, '') };
    })
    .sort((a, b) => a.start - b.start);
  fs.rmSync(path.join('/tmp', mapFile));
  const codeAt = (address) => {
    let lo = 0;
    let hi = code.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (code[mid].start <= address) lo = mid + 1;
      else hi = mid;
    }
    const found = code[lo - 1];
    return found && address < found.end ? found.name : null;
  };
  const annotated = execFileSync('callgrind_annotate', ['--inclusive=no', '--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const byName = new Map();
  for (const line of annotated.split('\n')) {
    const row = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!row || row[2].includes('PROGRAM TOTALS')) continue;
    const jit = /^\?\?\?:0x([0-9a-f]+) /.exec(row[2]);
    let name = jit ? codeAt(parseInt(jit[1], 16)) ?? '(generated code, unnamed)' : row[2].replace(/^\?\?\?:/, '').replace(/ \[[^\]]*\]$/, '');
    if (name.startsWith('v8::internal::compiler::')) name = '(optimizing compiler)';
    byName.set(name, (byName.get(name) ?? 0) + Number(row[1].replaceAll(',', '')));
  }
  return byName;
}

try {
  const warmUp = selfInstructions(WARM_UP_PASSES);
  const measured = selfInstructions(WARM_UP_PASSES + MEASURED_PASSES);
  const perArticle = Number(articles) * MEASURED_PASSES;
  const steady = [...new Set([...warmUp.keys(), ...measured.keys()])].map((name) => ({ name, count: ((measured.get(name) ?? 0) - (warmUp.get(name) ?? 0)) / perArticle }));
  const total = steady.reduce((sum, f) => sum + f.count, 0);
  console.log(`${measuredPart}: ${(total / 1e6).toFixed(3)} M instructions per article in the steady state (${articles} articles x ${MEASURED_PASSES} passes after ${WARM_UP_PASSES})`);
  for (const f of steady.sort((a, b) => b.count - a.count).slice(0, Number(top))) {
    console.log(`${Math.round(f.count).toLocaleString('en').padStart(9)}  ${((100 * f.count) / total).toFixed(1).padStart(4)}%  ${f.name.slice(0, 140)}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
