// Section 4: re-anchoring annotations after edits. Targets are built on entity and quote spans of
// corpus articles; then each article is edited (a paragraph inserted at the top, words changed,
// a paragraph removed) and every target is re-anchored in the new text (prepareText included).
import { generateCorpus, mulberry32 } from './corpus.mjs';
import { summarize } from './stats.mjs';

function editArticle(text, random) {
  const paragraphs = text.split('\n\n');
  // Words change here and there (typo fixes, rewording).
  const reworded = paragraphs.map((p) => (random() < 0.3 ? p.replace(/\b(the|and|said|on)\b/, (w) => w.toUpperCase()) : p));
  if (reworded.length > 4) reworded.splice(2 + Math.floor(random() * (reworded.length - 3)), 1);
  return `Editor's note: this article was updated with new figures.\n\n${reworded.join('\n\n')}`;
}

export function measureAnchoring(core, { annotations = 1000, runs = 5 } = {}) {
  const random = mulberry32(4242);
  const work = [];
  let total = 0;
  for (const article of generateCorpus(core, 400, { seed: 3 })) {
    if (total >= annotations) break;
    const text = core.normalizeText(article.text);
    const analysis = core.analyzeArticle(text);
    const spans = [...analysis.quotes, ...analysis.mentions].filter(() => random() < 0.6).slice(0, annotations - total);
    if (spans.length === 0) continue;
    const prepared = core.prepareText(text);
    const targets = spans.map((s) => core.buildTarget(prepared, s.start, s.end));
    work.push({ hash: prepared.hash, targets, edited: editArticle(text, random) });
    total += targets.length;
  }
  const perAnnotationUs = [];
  let statuses = {};
  for (let r = 0; r < runs + 1; r++) {
    statuses = { exact: 0, fuzzy: 0, orphan: 0 };
    const started = performance.now();
    for (const { hash, targets, edited } of work) {
      const prepared = core.prepareText(edited);
      for (const target of targets) statuses[core.reanchor(target, prepared, hash).status]++;
    }
    const us = ((performance.now() - started) * 1000) / total;
    if (r > 0) perAnnotationUs.push(us); // the first run warms up
  }
  return { annotations: total, articles: work.length, perAnnotationUs: summarize(perAnnotationUs), statuses };
}
