import { describe, expect, it } from 'vitest';
import { analysisOf, indexOf, random, type Fixture, type MentionSpec, type QuoteSpec } from './fixtures';
import type { ArticleAnalysis } from '../../../src/core/model';

/**
 * Statements repeated verbatim or reworded across many articles take the index's shortcuts (a
 * quote joins or leaves its version's group without regrouping; a new version of a known speaker
 * is regrouped with its own links only). Random edits over such a folder must give what a full
 * rescan gives, whatever order the rescan reads the files in.
 */
const WORDINGS = [
  'the harbour will stay open for every ship',
  'the harbour must stay open to all ships',
  'we will never sell the harbour',
  'never sell the harbour',
  'taxes on the port will fall next year',
  'harbour',
];
const SPEAKERS = ['Lena Orlova', 'Lena Orlova', 'Ivan Petrov', null];

/** Statements whose words get swapped per article: new wordings keep arriving, linked as rewordings. */
const STATEMENTS = [
  ['harbour', 'stays', 'open', 'every', 'ship', 'winter'],
  ['council', 'must', 'keep', 'promises', 'rebuild', 'port'],
  ['taxes', 'port', 'fall', 'next', 'year', 'fishermen'],
];
const SWAPS = ['vessel', 'pledge', 'quay', 'levy', 'season', 'trawler', 'dock', 'budget'];

function reworded(next: () => number): string {
  const words = [...STATEMENTS[Math.floor(next() * STATEMENTS.length)]!];
  const swaps = Math.floor(next() * 3);
  for (let k = 0; k < swaps; k++) words[Math.floor(next() * words.length)] = SWAPS[Math.floor(next() * SWAPS.length)]!;
  // Sometimes only a piece of it, as a partial quote.
  return next() < 0.25 ? words.slice(0, 3).join(' ') : `we said the ${words.join(' ')}`;
}

function article(file: string, next: () => number, wordingOf: (next: () => number) => string = (n) => WORDINGS[Math.floor(n() * WORDINGS.length)]!): Fixture {
  const count = 1 + Math.floor(next() * 3);
  const parts: string[] = [];
  const mentions: MentionSpec[] = [];
  const quotes: QuoteSpec[] = [];
  for (let i = 0; i < count; i++) {
    const speaker = SPEAKERS[Math.floor(next() * SPEAKERS.length)]!;
    const wording = wordingOf(next);
    // One quote may not be a piece of another multi-word one (fixtures locate quotes by first occurrence).
    if (quotes.some((q) => q.text === wording || (q.text.includes(' ') && wording.includes(' ') && (q.text.includes(wording) || wording.includes(q.text))))) continue;
    parts.push(`${speaker ?? 'Someone'} said "${wording}".`);
    if (speaker && !mentions.some((m) => m.text === speaker)) mentions.push({ text: speaker, type: 'PERSON' });
    quotes.push({ text: wording, speaker, kind: wording.includes(' ') ? 'direct' : 'partial' });
  }
  // The one-word quote's sentence goes first, so its first occurrence is inside its own marks.
  const order = quotes.map((q, i) => [q, parts[i]!] as const).sort(([a], [b]) => Number(a.text.includes(' ')) - Number(b.text.includes(' ')));
  const text = order.map(([, part]) => part).join(' ');
  const fixture: Fixture = { file, text, mentions, quotes: order.map(([q]) => q) };
  const analysis = analysisOf(fixture);
  expect(analysis.quotes.every((q) => text[q.start - 1] === '"')).toBe(true);
  return fixture;
}

describe('quote groups of statements repeated across many articles', () => {
  it.each([
    ...[1, 2, 3, 4, 5, 6].map((seed) => ({ seed, kind: 'verbatim repeats', wordingOf: undefined })),
    ...[7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((seed) => ({ seed, kind: 'rewordings', wordingOf: reworded })),
  ])('stay what a full rescan gives through random additions, edits and removals ($kind, seed $seed)', ({ seed, wordingOf }) => {
    const next = random(seed);
    const files = Array.from({ length: 14 }, (_, i) => `${String(i).padStart(2, '0')}.txt`);
    const index = indexOf([]);
    const current = new Map<string, Fixture>();
    let largestGroup = 0;
    let reported: string[] = [];
    index.onDidChange((change) => (reported = change.quoteGroups));
    for (let step = 0; step < 45; step++) {
      const before = new Map(index.result().quoteGroups.map((g) => [g.id, JSON.stringify(g)]));
      reported = [];
      const file = files[Math.floor(next() * files.length)]!;
      if (current.has(file) && next() < 0.3) {
        index.removeArticle(file);
        current.delete(file);
      } else {
        const fixture = article(file, next, wordingOf);
        index.setAnalysis(file, fixture.text, analysisOf(fixture));
        current.set(file, fixture);
      }
      const fresh = indexOf([...current.values()].sort((a, b) => (a.file < b.file ? 1 : -1)));
      const result = index.result();
      expect(result).toEqual(fresh.result());
      // Listeners hear of every group that appeared, went or changed (a regrouped region that came
      // back as it was is not reported).
      const after = new Map(result.quoteGroups.map((g) => [g.id, JSON.stringify(g)]));
      const differing = [...new Set([...before.keys(), ...after.keys()])].filter((id) => before.get(id) !== after.get(id));
      expect(reported).toEqual(expect.arrayContaining(differing));
      largestGroup = Math.max(largestGroup, ...result.quoteGroups.map((g) => g.members.length));
    }
    // Not vacuous: the folder had groups of many members.
    expect(largestGroup).toBeGreaterThanOrEqual(5);
  });

  it('keeps a repeated statement grouped when an edit shifts the quotes of its article', () => {
    const statement = 'the harbour will stay open for every ship';
    // The statement twice in one article (grouped within it and with b.txt), after `before` quotes.
    const version = (file: string, before: string[]): { fixture: Fixture; analysis: ArticleAnalysis } => {
      const parts = [...before.map((q) => `Ivan Petrov said "${q}".`), `Lena Orlova said "${statement}".`, `Later Lena Orlova said "${statement}" again.`];
      const fixture: Fixture = {
        file,
        text: parts.join(' '),
        mentions: [{ text: 'Lena Orlova', type: 'PERSON' }, ...(before.length > 0 ? [{ text: 'Ivan Petrov', type: 'PERSON' as const }] : [])],
        quotes: [...before.map((q) => ({ text: q, speaker: 'Ivan Petrov' })), { text: statement, speaker: 'Lena Orlova' }],
      };
      const analysis = analysisOf(fixture);
      const second = fixture.text.lastIndexOf(statement);
      analysis.quotes.push({ start: second, end: second + statement.length, text: statement, kind: 'direct', speakerMention: 0 });
      return { fixture, analysis };
    };
    const a = version('a.txt', []);
    const b = version('b.txt', []);
    const index = indexOf([]);
    for (const { fixture, analysis } of [a, b]) index.setAnalysis(fixture.file, fixture.text, analysis);
    expect(index.result().quoteGroups.find((g) => g.speaker === 'person:lena-orlova')!.members).toHaveLength(4);
    // A quote inserted before them shifts their ids (a.txt#0, #1 -> #1, #2).
    const edited = version('a.txt', ['taxes on the port will fall next year']);
    index.setAnalysis('a.txt', edited.fixture.text, edited.analysis);
    const fresh = indexOf([]);
    for (const { fixture, analysis } of [b, edited]) fresh.setAnalysis(fixture.file, fixture.text, analysis);
    expect(index.result()).toEqual(fresh.result());
    expect(index.result().sources.find((s) => s.file === 'a.txt')!.quotes.map((q) => q.group !== null)).toEqual([false, true, true]);
  });

  it('splits a one-speaker group when the version bridging it goes, leaving other groups as a rescan gives them', () => {
    // X and Z share no content word; Y shares half of its words with each: one group, by Y.
    const x = 'harbour stays open every ship winter';
    const y = 'harbour stays open budget levy quay';
    const z = 'budget levy quay fishermen trawler dock';
    const said = (file: string, speaker: string | null, statement: string): Fixture => ({
      file,
      text: `${speaker ?? 'Someone'} said "${statement}".`,
      mentions: speaker ? [{ text: speaker, type: 'PERSON' }] : [],
      quotes: [{ text: statement, speaker }],
    });
    const files = [said('a.txt', 'Lena Orlova', x), said('b.txt', 'Lena Orlova', x), said('c.txt', 'Lena Orlova', y), said('d.txt', 'Lena Orlova', z), said('e.txt', 'Lena Orlova', z)];
    // Another speaker's statement with an unknown speaker's copy, linked to nothing of Lena's.
    const others = [said('f.txt', 'Ivan Petrov', 'taxes on the port will fall next year'), said('g.txt', null, 'taxes on the port will fall next year')];
    const index = indexOf([...files, ...others]);
    const lena = (): string[][] => index.result().quoteGroups.filter((g) => g.speaker === 'person:lena-orlova').map((g) => g.members.map((m) => m.file));
    expect(lena()).toEqual([['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']]);
    index.removeArticle('c.txt');
    expect(lena()).toEqual(expect.arrayContaining([['a.txt', 'b.txt'], ['d.txt', 'e.txt']]));
    expect(index.result()).toEqual(indexOf([...files.filter((f) => f.file !== 'c.txt'), ...others]).result());
  });

  it('renumbers groups that share an id base when one of them dissolves', () => {
    // Two different statements starting with the same five content words: one id base, two groups.
    const first = 'harbour stays open ships winter while ferries carry grain cotton timber southward daily';
    const second = 'harbour stays open ships winter though pilots strike tonight demanding higher wages overtime bonuses';
    const article = (file: string, statement: string): Fixture => ({
      file,
      text: `Lena Orlova said "${statement}".`,
      mentions: [{ text: 'Lena Orlova', type: 'PERSON' }],
      quotes: [{ text: statement, speaker: 'Lena Orlova' }],
    });
    const files = [article('a.txt', second), article('b.txt', second), article('c.txt', first), article('d.txt', first)];
    const index = indexOf(files);
    expect(index.result().quoteGroups.map((g) => g.id)).toEqual(['quote:lena-orlova:harbor-stays-open-ships-winter', 'quote:lena-orlova:harbor-stays-open-ships-winter-2']);
    index.removeArticle('a.txt');
    expect(index.result()).toEqual(indexOf(files.slice(1)).result());
    expect(index.result().quoteGroups.map((g) => g.id)).toEqual(['quote:lena-orlova:harbor-stays-open-ships-winter']);
  });
});
