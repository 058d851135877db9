// `npm run fuzz [-- --sequences N --seed S]`: runs the re-anchoring property harness at scale
// on the dev corpus (../shared/corpus/seeds, when present) plus the test fixtures, and prints
// the counts. Exit 1 when any annotation landed on the wrong text.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const sequences = option('sequences', 10000);
const seed = option('seed', 20261124);

const out = mkdtempSync(path.join(tmpdir(), 'newslens-fuzz-'));
try {
  const bundle = path.join(out, 'harness.mjs');
  await build({
    entryPoints: [path.join(root, 'test/core/annotations/fuzzEntry.ts')],
    bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'warning',
  });
  const { runFuzz, FIXTURE_TEXTS } = await import(pathToFileURL(bundle).href);
  const seedsDir = path.resolve(root, '..', 'shared/corpus/seeds');
  const seeds = existsSync(seedsDir)
    ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(seedsDir, f), 'utf8'))
    : [];
  const texts = [...seeds, ...FIXTURE_TEXTS];
  const startedAt = Date.now();
  const c = runFuzz(texts, sequences, seed);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const pct = (n) => ((100 * n) / Math.max(1, c.annotations)).toFixed(1);
  console.log(`texts: ${seeds.length} corpus seeds + ${FIXTURE_TEXTS.length} fixtures; seed ${seed}`);
  console.log(`sequences: ${c.sequences}, annotations: ${c.annotations} (${seconds}s)`);
  console.log(`re-anchored exact: ${c.exact} (${pct(c.exact)}%)`);
  console.log(`re-anchored fuzzy: ${c.fuzzy} (${pct(c.fuzzy)}%)`);
  console.log(`orphaned:          ${c.orphaned} (${pct(c.orphaned)}%), of which the text was still intact: ${c.orphanedIntact}`);
  console.log(`wrong:             ${c.wrong}`);
  console.log(`(re-anchored onto a copy of the passage - repeated in the text or pasted by an edit - not wrong: ${c.onCopy})`);
  for (const example of c.wrongExamples) console.log(`  ${example}`);
  process.exitCode = c.wrong === 0 ? 0 : 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
