/** Hand-made articles and analyses for corpus tests (the engine is not involved). */
import type { ArticleAnalysis, EntityType, LocalMention, LocalQuote, QuoteKind } from '../../../src/core/model';
import { CorpusIndex } from '../../../src/core/corpus/index';

export interface MentionSpec {
  text: string;
  type: EntityType;
  /** In-article canonical form; defaults to the text. */
  canonical?: string;
  /** 1-based occurrence of `text` in the article. */
  occurrence?: number;
}

export interface QuoteSpec {
  text: string;
  /** Surface text of the speaker's mention (its first occurrence), or null. */
  speaker: string | null;
  kind?: QuoteKind;
}

export interface Fixture {
  file: string;
  text: string;
  mentions: MentionSpec[];
  quotes?: QuoteSpec[];
  published?: string | null;
}

/** Builds the analysis the engine would give for a fixture (ASCII texts: code points = UTF-16). */
export function analysisOf(fixture: Fixture): ArticleAnalysis {
  const mentions: LocalMention[] = fixture.mentions.map((m) => {
    const start = nthIndexOf(fixture.text, m.text, m.occurrence ?? 1);
    return { start, end: start + m.text.length, text: m.text, type: m.type, canonical: m.canonical ?? m.text };
  });
  const quotes: LocalQuote[] = (fixture.quotes ?? []).map((q) => {
    const start = nthIndexOf(fixture.text, q.text, 1);
    const speakerMention = q.speaker === null ? null : mentions.findIndex((m) => m.text === q.speaker);
    if (speakerMention === -1) throw new Error(`fixture ${fixture.file}: no mention '${q.speaker}'`);
    return { start, end: start + q.text.length, text: q.text, kind: q.kind ?? 'direct', speakerMention };
  });
  return {
    metadata: { title: null, outlet: null, published: fixture.published ?? null, url: null, authors: [] },
    mentions,
    quotes,
  };
}

function nthIndexOf(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`'${needle}' occurrence ${occurrence} not in fixture text`);
  }
  return at;
}

/** An index over fixtures whose engine is the fixtures' own analyses. */
export function indexOf(fixtures: readonly Fixture[], registryText: string | null = null): CorpusIndex {
  const index = new CorpusIndex({ registryText, analyze: () => ({ metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions: [], quotes: [] }) });
  for (const fixture of fixtures) index.setAnalysis(fixture.file, fixture.text, analysisOf(fixture));
  return index;
}

/** The entity id a mention got in the index's result. */
export function entityOf(index: CorpusIndex, file: string, text: string, occurrence = 1): string {
  const source = index.result().sources.find((s) => s.file === file);
  const found = source?.entities.filter((e) => e.text === text)[occurrence - 1];
  if (!found) throw new Error(`no mention '${text}' in ${file}`);
  return found.entity;
}

/** One-sentence article about a person, for entity tables. */
export function personArticle(file: string, name: string, extra: MentionSpec[] = [], sentence = 'met reporters in the capital on Monday.'): Fixture {
  return { file, text: `${name} ${sentence} ${extra.map((m) => m.text).join(' and ')}`.trim(), mentions: [{ text: name, type: 'PERSON' }, ...extra] };
}

/** A seeded pseudo-random source (0..1), so randomized tests replay the same cases. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** The fuzz tests' inputs: `least` pieces plus a random number below `spread`, each picked at random with `next`. */
export function randomText(next: () => number, pieces: readonly string[], least: number, spread: number): string {
  let text = '';
  const length = least + Math.floor(next() * spread);
  for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)]!;
  return text;
}
