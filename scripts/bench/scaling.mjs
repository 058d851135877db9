// Sections 2 and 3, run in a fresh child process per measurement (node scripts/bench/child.mjs):
// cold index of the first N articles of the corpus folder (read + analysis + cross-references,
// in batches), peak RSS, then repeated single-article edits in the full index.
import fs from 'node:fs';
import path from 'node:path';
import { summarize } from './stats.mjs';

/** Files of the generated corpus folder, in generation order. */
export function corpusFiles(corpusDir) {
  return JSON.parse(fs.readFileSync(path.join(corpusDir, 'files.json'), 'utf8'));
}

/** A small realistic edit, by kind: a number changes, a sentence with a quote is added, a paragraph goes. */
function editText(text, round) {
  switch (round % 3) {
    case 0:
      return text.replace(/\d+/, (digits) => String(Number(digits) + 1 + round));
    case 1: {
      const at = text.indexOf('\n\n', text.length >> 1);
      const line = `\n\n“We will study the agreement carefully before round ${round},” Anna Karobek said on Monday.`;
      return at < 0 ? text + line : text.slice(0, at) + line + text.slice(at);
    }
    default: {
      const paragraphs = text.split('\n\n');
      if (paragraphs.length > 3) paragraphs.splice(2, 1);
      return paragraphs.join('\n\n');
    }
  }
}

export function measureScaling(core, { corpusDir, count, edits = 0, limitSeconds = 240 }) {
  const files = corpusFiles(corpusDir).slice(0, count);
  if (files.length < count) throw new Error(`corpus has ${files.length} articles, ${count} asked`);
  const index = new core.CorpusIndex();
  const started = performance.now();
  // A cold load goes in by batches, as `newslens scan` does (links settled once per batch): a
  // tenth of the articles each, so the elapsed ms after each tenth shows whether time grows linearly.
  const progress = [];
  let indexed = 0;
  const tenth = Math.max(1, Math.floor(count / 10));
  for (let at = 0; at < files.length; at += tenth) {
    const batch = files.slice(at, at + tenth).map((file) => ({ file, text: fs.readFileSync(path.join(corpusDir, file), 'utf8') }));
    index.setArticles(batch);
    indexed += batch.length;
    progress.push(Math.round(performance.now() - started));
    // A bench has to finish: past the limit, report how far it got.
    if (performance.now() - started > limitSeconds * 1000) break;
  }
  const indexMs = performance.now() - started;
  const out = { count, indexed, timedOut: indexed < count, indexMs, progress, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  if (!out.timedOut) {
    const resultStarted = performance.now();
    const result = index.result();
    out.resultMs = performance.now() - resultStarted;
    out.entities = result.entities.length;
    out.quoteGroups = result.quoteGroups.length;
    out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  }
  if (edits > 0) {
    // On a timed-out index the edits run on the articles it got to (reported as `indexed`).
    const times = [];
    for (let round = 0; round < edits; round++) {
      const file = files[(round * 7919) % indexed];
      const text = editText(fs.readFileSync(path.join(corpusDir, file), 'utf8'), round);
      const editStarted = performance.now();
      index.setArticle(file, text);
      times.push(performance.now() - editStarted);
    }
    out.incrementalMs = summarize(times);
  }
  return out;
}
