// Deoptimization loops: node scripts/bench/deopt-loops.mjs [runs] [threshold]
// (needs bench-results/corpus from a previous `npm run bench`, and dist/ from `npm run build`).
// Runs two workloads with V8's --trace-deopt, `runs` times each (default 6): `newslens scan <corpus>
// --json` as the bench does, and the bench's cold index of the corpus followed by 20 single-article
// edits, each with the result brought up to date (as the editor does). Lists each place where
// optimized code bailed out at least `threshold` times (default 10) in one run. A function bails out
// a few times as it meets new kinds of values, then is optimized again with them; one that bails out
// hundreds of times (or once per edit) keeps going back to the interpreter. Seen here: code after a
// long loop in a function whose first call was long enough to be optimized mid-loop (on-stack
// replacement), which later calls enter again; the loop in a function of its own that returns as it
// ends was the cure (see src/core/text/fingerprint.ts). Which run shows one varies (it depends on
// when the optimizing thread finishes), hence several.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadCore, repoRoot, resultsDir } from './lib.mjs';

const [runs = '6', threshold = '10'] = process.argv.slice(2);
const corpusDir = path.join(resultsDir, 'corpus');
await loadCore(); // the bundle the bench's child runs
const WORKLOADS = {
  scan: [path.join(repoRoot, 'dist/cli.js'), 'scan', corpusDir, '--json'],
  edits: [path.join(repoRoot, 'scripts/bench/child.mjs'), 'scaling', JSON.stringify({ corpusDir, count: 10_000, edits: 20 })],
};
const BAILOUT = /reason: ([^)]*)\): begin\. deoptimizing [^<]*<JSFunction (\S*) .*?bytecode offset (\d+)/;
const worst = new Map();
for (let run = 1; run <= Number(runs); run++) {
  for (const [workload, args] of Object.entries(WORKLOADS)) {
    const child = spawnSync(process.execPath, ['--trace-deopt', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (child.status !== 0) throw new Error(`${workload} failed (${child.status ?? child.signal}):\n${child.stderr}`);
    const counts = new Map();
    // The trace goes to stdout with the output; only its bail-out lines are read.
    for (const line of child.stdout.split('\n')) {
      const bailout = BAILOUT.exec(line);
      if (!bailout) continue;
      const where = `${bailout[2]} at bytecode offset ${bailout[3]} (${bailout[1]})`;
      counts.set(where, (counts.get(where) ?? 0) + 1);
    }
    const loops = [...counts].filter(([, n]) => n >= Number(threshold));
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    console.log(`run ${run}, ${workload}: ${total} bail-outs${loops.length ? `; at least ${threshold} at one place: ${loops.map(([w, n]) => `${w} x${n}`).join('; ')}` : ''}`);
    for (const [where, n] of loops) worst.set(`${workload}: ${where}`, Math.max(n, worst.get(`${workload}: ${where}`) ?? 0));
  }
}
console.log(worst.size === 0 ? `no place bailed out ${threshold} times or more in one run` : `deoptimization loops:\n${[...worst].map(([w, n]) => `  ${w}: up to ${n} in a run`).join('\n')}`);
