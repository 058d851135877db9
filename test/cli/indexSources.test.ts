import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSources } from '../../src/cli/indexSources';
import { analyzeArticle } from '../../src/core/analysis/pipeline';
import { CorpusIndex } from '../../src/core/corpus/index';

describe('indexSources', () => {
  it('lets the caller release its workers once every file is in, before the links settle', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newslens-index-sources-'));
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name, i) => {
      const file = path.join(dir, name);
      writeFileSync(file, `Harbour Talks Resume\n\nMayor Lena Orlova said on Monday: “We will rebuild the northern bridge before winter.” (${i})\n`);
      return file;
    });
    const index = new CorpusIndex();
    const events: string[] = [];
    const settle = index.settle.bind(index);
    index.settle = () => {
      events.push('settle');
      settle();
    };
    await indexSources(index, [...files, path.join(dir, 'missing.txt')], {
      root: dir,
      maxBytes: 1 << 20,
      analyze: analyzeArticle,
      onSkipped: (message) => events.push(`skipped ${path.basename(message.split(':')[0]!)}`),
      onProgress: (done) => events.push(`progress ${done}`),
      beforeSettle: async () => {
        await Promise.resolve();
        events.push('beforeSettle');
      },
    });
    expect(events).toEqual(['skipped missing.txt', 'progress 4', 'beforeSettle', 'settle']);
    const result = index.result();
    expect(result.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    // Settled: the one statement in three articles is one group.
    expect(result.quoteGroups).toHaveLength(1);
    expect(result.quoteGroups[0]!.members).toHaveLength(3);
  });
});
