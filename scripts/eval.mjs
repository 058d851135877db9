// Scores `newslens scan --json` on the dev set in ../shared (skips cleanly when it is absent).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const shared = process.env.NEWSLENS_SHARED ?? '../shared';
const seeds = join(shared, 'corpus/seeds');
const gold = join(shared, 'corpus/seeds-gold.json');
const scorer = join(shared, 'eval/score.mjs');
if (!existsSync(seeds) || !existsSync(gold) || !existsSync(scorer)) {
  console.log(`eval: ${shared} (dev set) not found - nothing to score, skipping.`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'newslens-eval-'));
const pred = join(dir, 'scan.json');
writeFileSync(pred, execFileSync(process.execPath, ['dist/cli.js', 'scan', seeds, '--json'], { maxBuffer: 1 << 28 }));
const extra = process.argv.slice(2);
execFileSync(process.execPath, [scorer, '--gold', gold, '--articles', seeds, '--pred', pred, ...extra], { stdio: 'inherit' });
