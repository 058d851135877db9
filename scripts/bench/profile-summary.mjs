// Top functions by self time (and by total time) in a .cpuprofile: node scripts/bench/profile-summary.mjs <file> [top] [--under=name]
// --under=setAnalyses counts only samples with that function on the stack (percentages of those).
import fs from 'node:fs';

const args = process.argv.slice(2);
const under = args.find((a) => a.startsWith('--under='))?.slice('--under='.length);
const [file, top = '25'] = args.filter((a) => !a.startsWith('--'));
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTicks = new Map();
for (const sample of profile.samples) selfTicks.set(sample, (selfTicks.get(sample) ?? 0) + 1);
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
const total = new Map();
let all = 0;
const hasOnStack = (id) => {
  for (let at = id; at !== undefined; at = parent.get(at)) if (byId.get(at).callFrame.functionName === under) return true;
  return false;
};
for (const [id, ticks] of selfTicks) {
  if (under && !hasOnStack(id)) continue;
  all += ticks;
  const key = name(byId.get(id));
  self.set(key, (self.get(key) ?? 0) + ticks);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = name(byId.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + ticks);
  }
}
const show = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${((100 * v) / all).toFixed(1).padStart(5)}%  ${k}`);
};
show('self time', self);
show('total time', total);
