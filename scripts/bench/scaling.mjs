// Sections 2 and 3, run in a fresh child process per measurement (node scripts/bench/child.mjs):
// cold index of the first N articles of the corpus folder (read + analysis + cross-references,
// in batches), peak RSS, then repeated single-article edits in the full index.
import fs from 'node:fs';
import path from 'node:path';
import { cpuSecondsOfStat, workerFile } from './lib.mjs';
import { summarize } from './stats.mjs';

class TimeLimit extends Error {}

/**
 * CPU seconds of the calling thread alone (Linux: /proc/thread-self/stat), or undefined elsewhere. The index's own thread of a cold load: the part of it that more cores
 * cannot share (the workers' analyses spread over as many cores as there are).
 */
function threadCpuSeconds() {
  try {
    return cpuSecondsOfStat(fs.readFileSync('/proc/thread-self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

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

/**
 * The panel's views rebuilt from a result, as after every change while they are visible (the pure
 * view models; what VS Code then draws is not included): median ms of three builds each.
 */
function panelTimes(core, result) {
  const time = (build) => {
    const ms = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      build();
      ms.push(performance.now() - started);
    }
    return summarize(ms).median;
  };
  const file = result.sources[Math.floor(result.sources.length / 2)].file;
  return {
    entities: time(() => core.entityNodes(result, '', () => '')),
    quotes: time(() => core.quoteNodes(result)),
    sources: time(() => core.sourceNodes(result, new Map(), new Map())),
    thisArticle: time(() => core.articleNodes(result, file)),
  };
}

export async function measureScaling(core, { corpusDir, count, edits = 0, limitSeconds = 240, threads }) {
  const files = corpusFiles(corpusDir).slice(0, count);
  if (files.length < count) throw new Error(`corpus has ${files.length} articles, ${count} asked`);
  // As `newslens scan` makes it: texts are read again from the folder when needed, not kept.
  const index = new core.CorpusIndex({ readText: core.folderTexts(corpusDir, 10 * 1024 * 1024) });
  // The cold load is `newslens scan`'s: files read and analysed ahead in worker threads (as many
  // as the CLI would start here unless `threads` is given), staged in the index in parts, in file
  // order, links settled once at the end. Elapsed ms after each part show whether time grows linearly.
  const analysisThreads = threads ?? core.analysisThreads(count);
  const pool = analysisThreads > 0 ? new core.AnalysisPool(workerFile, analysisThreads) : null;
  const started = performance.now();
  // CPU time of the whole process: this thread, the analysis workers and V8's helper threads. On a
  // shared host it moves less than the elapsed time, which waits for the cores others take.
  const cpuStarted = process.cpuUsage();
  const threadCpuStarted = threadCpuSeconds();
  const progress = [];
  let indexed = 0;
  try {
    await core.indexSources(index, files.map((file) => path.join(corpusDir, file)), {
      root: corpusDir,
      maxBytes: 10 * 1024 * 1024,
      analyze: pool ? (text) => pool.analyze(text) : core.analyzeArticle,
      analyzeFile: pool ? (file) => pool.analyzeFile(file, 10 * 1024 * 1024) : undefined,
      // As `newslens scan` does: the workers go before the links settle (they are idle by then).
      beforeSettle: () => pool?.dispose(),
      onProgress: (done) => {
        indexed = done;
        progress.push(Math.round(performance.now() - started));
        // A bench has to finish: past the limit, report how far it got.
        if (performance.now() - started > limitSeconds * 1000) throw new TimeLimit();
      },
    });
  } catch (error) {
    if (!(error instanceof TimeLimit)) throw error;
  } finally {
    // (Again, for a run stopped early: disposing twice is harmless.)
    await pool?.dispose();
  }
  const indexMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const threadCpu = threadCpuStarted === undefined ? undefined : threadCpuSeconds() - threadCpuStarted;
  const out = { count, analysisThreads, indexed, timedOut: indexed < count, indexMs, indexCpuSeconds: (cpu.user + cpu.system) / 1e6, indexThreadCpuSeconds: threadCpu, progress, maxRssMB: process.resourceUsage().maxRSS / 1024 };
  // Peak RSS so far: the index (with its analysis workers until the settle), before the first result.
  out.indexMaxRssMB = out.maxRssMB;
  if (!out.timedOut) {
    const resultStarted = performance.now();
    const result = index.result();
    out.resultMs = performance.now() - resultStarted;
    out.entities = result.entities.length;
    out.quoteGroups = result.quoteGroups.length;
    out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  }
  // An edit goes the editor's way: the article is analysed in a worker (started once and warmed
  // up, as the editor's is long before anyone types), then linked here. In-line analysis would time
  // the first compilation of the engine on this thread, which never ran it.
  const editPool = edits > 0 && analysisThreads > 0 ? new core.AnalysisPool(workerFile, 1) : null;
  try {
    if (edits > 0) {
      const read = (file) => fs.readFileSync(path.join(corpusDir, file), 'utf8');
      for (let warm = 0; editPool && warm < 20; warm++) await editPool.analyze(core.normalizeText(read(files[warm])));
      // On a timed-out index the edits run on the articles it got to (reported as `indexed`).
      const times = [];
      // The editor's views read the result after every change: the index keeps the last one and
      // brings it up to date (CorpusIndex.result()), timed on top of the index update.
      const withResult = [];
      for (let round = 0; round < edits; round++) {
        const file = files[(round * 7919) % indexed];
        const text = editText(read(file), round);
        const editStarted = performance.now();
        if (editPool) {
          const normalized = core.normalizeText(text);
          index.setAnalysis(file, normalized, await editPool.analyzePacked(normalized));
        } else index.setArticle(file, text);
        times.push(performance.now() - editStarted);
        if (!out.timedOut) {
          index.result();
          withResult.push(performance.now() - editStarted);
        }
      }
      out.incrementalMs = summarize(times);
      if (withResult.length > 0) out.incrementalWithResultMs = summarize(withResult);
      if (!out.timedOut) out.panelMs = panelTimes(core, index.result());
    }
  } finally {
    await editPool?.dispose();
  }
  return out;
}
