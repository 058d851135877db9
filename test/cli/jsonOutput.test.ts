import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scanResultJson, writePieces } from '../../src/cli/jsonOutput';
import { CorpusIndex } from '../../src/core/corpus/index';
import type { ScanResult } from '../../src/core/model';

const SAMPLES = path.resolve(__dirname, '../../samples');

describe('scan --json output', () => {
  it('is JSON.stringify(result, null, 2), piece by piece', () => {
    const index = new CorpusIndex();
    index.setArticles(readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((file) => ({ file, text: readFileSync(path.join(SAMPLES, file), 'utf8') })));
    const result = index.result();
    expect(result.sources.length).toBeGreaterThan(2);
    expect(result.quoteGroups.length).toBeGreaterThan(0);
    expect([...scanResultJson(result)].join('')).toBe(JSON.stringify(result, null, 2));
    // Lists cut in batches of any size (one item a piece, a few, all), the last one short or not.
    const whole = JSON.stringify(result, null, 2);
    for (const charactersPerPiece of [1, 500, 2000, 5000, whole.length]) {
      const pieces = [...scanResultJson(result, charactersPerPiece)];
      expect(pieces.join(''), `${charactersPerPiece} characters a piece`).toBe(whole);
      if (charactersPerPiece === 1) expect(pieces.length).toBeGreaterThan(result.sources.length + result.entities.length);
    }
    // Empty lists, and text with line breaks and quotes (escaped inside strings).
    const odd: ScanResult = {
      version: 1,
      sources: [{ file: 'a.txt', title: 'Line one\nline "two"', outlet: null, published: null, url: null, authors: [], entities: [], quotes: [] }],
      entities: [],
      quoteGroups: [],
      findings: [],
    };
    expect([...scanResultJson(odd)].join('')).toBe(JSON.stringify(odd, null, 2));
  });

  it('writes every piece in order, waiting while the stream is full', async () => {
    const received: string[] = [];
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 8,
      write(chunk, _encoding, done) {
        received.push(String(chunk));
        setTimeout(done, 1);
      },
    });
    slow.on('drain', () => waits++);
    const pieces = Array.from({ length: 50 }, (_, i) => `piece ${i};`);
    await writePieces(slow, pieces, 16);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(received.join('')).toBe(pieces.join(''));
    expect(waits).toBeGreaterThan(0);
  });
});
