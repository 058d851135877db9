import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFuzz } from './editFuzz';
import { FIXTURE_TEXTS } from './fixtures';

const SEEDS = path.resolve(__dirname, '../../../..', 'shared/corpus/seeds');
const seedTexts = existsSync(SEEDS)
  ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(SEEDS, f), 'utf8'))
  : [];

describe('re-anchoring under random edit sequences', () => {
  it('never lands on unrelated text (fixture texts)', () => {
    const counts = runFuzz(FIXTURE_TEXTS, 150, 1);
    expect(counts.wrongExamples).toEqual([]);
    expect(counts.wrong).toBe(0);
    expect(counts.exact + counts.fuzzy + counts.orphaned).toBe(counts.annotations);
    // Most annotations survive typical edits; orphans are the exception.
    expect(counts.orphaned).toBeLessThan(counts.annotations * 0.3);
  });

  it.skipIf(seedTexts.length === 0)('never lands on unrelated text (dev corpus seeds)', () => {
    const counts = runFuzz(seedTexts, 250, 2);
    expect(counts.wrongExamples).toEqual([]);
    expect(counts.wrong).toBe(0);
    expect(counts.fuzzy).toBeGreaterThan(0);
    expect(counts.orphaned).toBeLessThan(counts.annotations * 0.3);
  });
});
