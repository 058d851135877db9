import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../src/core/corpus/index';

const SEEDS = path.resolve(__dirname, '../../..', '../shared/corpus/seeds');

describe.skipIf(!existsSync(SEEDS))('living index on the dev articles (real engine)', () => {
  const articles = existsSync(SEEDS)
    ? readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((file) => ({ file, text: readFileSync(path.join(SEEDS, file), 'utf8') }))
    : [];

  it('gives the same result after any order of adds and removes as a full scan', () => {
    const full = new CorpusIndex();
    for (const { file, text } of articles) full.setArticle(file, text);
    const expected = full.result();

    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const index = new CorpusIndex();
    for (let step = 0; step < 30; step++) {
      const { file, text } = articles[Math.floor(next() * articles.length)]!;
      if (index.files().includes(file) && next() < 0.4) index.removeArticle(file);
      else index.setArticle(file, text);
    }
    for (const { file, text } of articles) if (!index.files().includes(file)) index.setArticle(file, text);
    expect(index.result()).toEqual(expected);
  });
});
