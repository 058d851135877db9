import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalysisPool, analysisThreads, POSTED_PER_WORKER } from '../../src/node/analysisPool';

// A stand-in for dist/analysisWorker.js: answers (an empty packed analysis) after a pause, so requests would pile up in its
// queue if the pool posted them all at once; reports the most it ever held unanswered. "exit" kills it.
const WORKER = `
const { parentPort } = require('node:worker_threads');
let held = 0, mostHeld = 0;
parentPort.on('message', ({ id, text }) => {
  if (text === 'exit') process.exit(3);
  held++; mostHeld = Math.max(mostHeld, held);
  setTimeout(() => {
    held--;
    const empty = { stringUnits: new Uint16Array(0), stringEnds: new Int32Array(0), mentions: new Int32Array(0), quotes: new Int32Array(0) };
    parentPort.postMessage({ id, analysis: { metadata: { title: text, mostHeld }, ...empty } });
  }, 2);
});`;

function workerScript(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'newslens-pool-')), 'worker.js');
  writeFileSync(file, WORKER);
  return file;
}

describe('AnalysisPool', () => {
  it('answers every request with its own analysis, posting only so many to each worker at a time', async () => {
    const pool = new AnalysisPool(workerScript(), 2);
    try {
      const texts = Array.from({ length: 4 * POSTED_PER_WORKER }, (_, i) => `article ${i}`);
      const analyses = await Promise.all(texts.map((t) => pool.analyze(t)));
      expect(analyses.map((a) => a.metadata.title)).toEqual(texts);
      const mostHeld = Math.max(...analyses.map((a) => (a.metadata as unknown as { mostHeld: number }).mostHeld));
      expect(mostHeld).toBeGreaterThan(1);
      expect(mostHeld).toBeLessThanOrEqual(POSTED_PER_WORKER);
    } finally {
      await pool.dispose();
    }
  });

  it('gives the analysis as the worker sent it (packed, for the index) or unpacked', async () => {
    const pool = new AnalysisPool(workerScript(), 1);
    try {
      const packed = await pool.analyzePacked('packed one');
      expect(packed.mentions).toBeInstanceOf(Int32Array);
      expect(packed.metadata.title).toBe('packed one');
      const plain = await pool.analyze('plain one');
      expect(plain).toMatchObject({ mentions: [], quotes: [] });
      expect(plain.metadata.title).toBe('plain one');
    } finally {
      await pool.dispose();
    }
  });

  it("asks its workers for the index's facts of a file only when there are two or more (a lone worker is the slower side)", async () => {
    // Answers a file request as the worker does, with a fingerprint only when asked withFacts.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'newslens-pool-')), 'facts-worker.js');
    writeFileSync(
      file,
      `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', ({ id, file, withFacts }) => {
        const empty = { stringUnits: new Uint16Array(0), stringEnds: new Int32Array(0), mentions: new Int32Array(0), quotes: new Int32Array(0) };
        parentPort.postMessage({ id, analysis: { metadata: { title: file }, ...empty }, utf8: new Uint8Array(0), ...(withFacts ? { fingerprint: 'from the worker' } : {}) });
      });`,
    );
    for (const [size, fingerprint] of [
      [1, undefined],
      [2, 'from the worker'],
    ] as const) {
      const pool = new AnalysisPool(file, size);
      try {
        const done = await pool.analyzeFile('a.txt', 100);
        expect(done).toMatchObject({ ok: true, fingerprint });
        expect(done.ok && done.packed.metadata.title).toBe('a.txt');
      } finally {
        await pool.dispose();
      }
    }
  });

  it('fails the requests of a worker that dies, and everything waiting once no worker is left', async () => {
    const pool = new AnalysisPool(workerScript(), 1);
    const first = pool.analyze('exit');
    const waiting = Array.from({ length: 10 }, (_, i) => pool.analyze(`article ${i}`));
    await expect(first).rejects.toThrow(/analysis worker stopped \(exit code 3\)/);
    for (const request of waiting) await expect(request).rejects.toThrow(/analysis worker stopped/);
    await expect(pool.analyze('later')).rejects.toThrow(/no analysis worker/);
    await pool.dispose();
  });
});

describe('analysisThreads', () => {
  it('leaves a core to the thread that builds the index, starts none for a handful of articles, and at most four', () => {
    expect([1, 2, 3, 4, 8, 32].map((cores) => analysisThreads(1000, cores))).toEqual([1, 1, 2, 3, 4, 4]);
    expect(analysisThreads(49, 8)).toBe(0);
    expect(analysisThreads(50, 2)).toBe(1);
  });
});
