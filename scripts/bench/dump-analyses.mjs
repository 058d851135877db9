// Identical-results check for performance work: writes every analyzeArticle() result for the
// samples, the dev articles and the first N generated bench articles to one JSON file.
// node scripts/bench/dump-analyses.mjs <out.json> [N]
import fs from 'node:fs';
import { generateCorpus, mulberry32, sourceFiles } from './corpus.mjs';
import path from 'node:path';
import { loadCore, repoRoot } from './lib.mjs';

const [out, count = '2000'] = process.argv.slice(2);
const core = await loadCore();
const texts = [
  ...sourceFiles().map((file) => ({ file: path.relative(repoRoot, file), text: fs.readFileSync(file, 'utf8') })),
  ...generateCorpus(core, Number(count)),
  ...generateCorpus(core, 200, { seed: 3 }),
  ...generateCorpus(core, 200, { seed: 5 }).map((a, i) => ({ file: `unicode-${i}`, text: unicodeVariant(a.text, i) })),
];
const analyses = texts.map(({ file, text }) => ({ file, analysis: core.analyzeArticle(core.normalizeText(text)) }));
fs.writeFileSync(out, JSON.stringify(analyses));
console.log(`${analyses.length} analyses -> ${out}`);

/** Non-ASCII stress: accented and non-Latin letters, astral letters, combining marks, emoji, CRLF. */
function unicodeVariant(text, seed) {
  const random = mulberry32(seed + 77);
  const swaps = { a: 'á', e: 'ë', o: 'ø', S: 'Ş', i: 'ı', C: 'Č', u: 'ü', n: 'ñ' };
  const extras = ['𝐀𝐁𝐂', 'e\u0301', '😀', 'Σίσυφος ΟΔΟΣ', 'Москва', '北京', 'القاهرة', 'U.S.A.', 'O’Neill’s', '\u00a0', '\r\n', 'İstanbul', 'ß', "l'État"];
  let out = '';
  for (const ch of text) {
    const r = random();
    if (r < 0.03 && swaps[ch]) out += swaps[ch];
    else if (r > 0.995) out += extras[Math.floor(random() * extras.length)] + ch;
    else out += ch;
  }
  return out;
}
