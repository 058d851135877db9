import { describe, expect, it } from 'vitest';
import { ANALYSIS_STAGES, analyzeArticle, analyzeArticleByStage, type AnalysisStage } from '../../../src/core/analysis/pipeline';
import { normalizeText } from '../../../src/core/text/normalize';

const TEXT = normalizeText(
  'Harbour talks stall in Velmora\n\nBy Ines Karlo\n\nVELMORA, March 3 (Reuters) — Mayor Aral Tennet met the Velmora Harbour Authority (VHA) on Monday.\n\n' +
    '“We will rebuild the bridge before winter,” Tennet said. The VHA disagreed.\n',
);

describe('analyzeArticleByStage', () => {
  it('gives what analyzeArticle gives, telling each stage as it ends, in order, once', () => {
    const told: AnalysisStage[] = [];
    const analysis = analyzeArticleByStage(TEXT, (stage) => told.push(stage));
    expect(told).toEqual([...ANALYSIS_STAGES]);
    expect(analysis).toEqual(analyzeArticle(TEXT));
    expect(analysis.quotes.some((q) => q.speakerMention !== null)).toBe(true);
  });
});
