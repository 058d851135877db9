import { describe, expect, it } from 'vitest';
import { CorpusIndex, type CorpusChange } from '../../../src/core/corpus/index';
import { mentionContextsOf } from '../../../src/core/corpus/mentionContexts';
import { articleNumberFacts, packNumberFacts } from '../../../src/core/corpus/numberFacts';
import { textFingerprint } from '../../../src/core/text/fingerprint';
import { analysisOf, indexOf, random, type Fixture } from './fixtures';

/** Articles whose links depend on each other: variants, surnames, acronyms, quotes, numbers. */
const POOL: Fixture[] = [
  {
    file: 'a.txt',
    text: 'Mayor Rustam Khamidov of the Eastern Trade Organization (ETO) said "the new council must be encouraged to keep its promises". Nordland shares a 1,357-kilometer border with Sudland.',
    mentions: [
      { text: 'Rustam Khamidov', type: 'PERSON' },
      { text: 'Eastern Trade Organization', type: 'ORG' },
      { text: 'ETO', type: 'ORG', canonical: 'Eastern Trade Organization' },
      { text: 'Nordland', type: 'PLACE' },
      { text: 'Sudland', type: 'PLACE' },
    ],
    quotes: [{ text: 'the new council must be encouraged to keep its promises', speaker: 'Rustam Khamidov' }],
  },
  {
    file: 'b.txt',
    text: '"The new council should be encouraged to deliver on its own promises," Hamidov said. The ETO met. Nordland has a 1,344-kilometre border with Sudland.',
    mentions: [
      { text: 'Hamidov', type: 'PERSON' },
      { text: 'ETO', type: 'ORG' },
      { text: 'Nordland', type: 'PLACE' },
      { text: 'Sudland', type: 'PLACE' },
    ],
    quotes: [{ text: 'The new council should be encouraged to deliver on its own promises,', speaker: 'Hamidov' }],
  },
  {
    file: 'c.txt',
    text: 'Rustam Hamidov and Lena Orlova met. Later Orlvoa said "we will never sell the harbour". The Eastern Trade Organisation agreed.',
    mentions: [
      { text: 'Rustam Hamidov', type: 'PERSON' },
      { text: 'Lena Orlova', type: 'PERSON' },
      { text: 'Orlvoa', type: 'PERSON' },
      { text: 'Eastern Trade Organisation', type: 'ORG' },
    ],
    quotes: [{ text: 'we will never sell the harbour', speaker: 'Orlvoa' }],
  },
  {
    file: 'd.txt',
    text: 'Someone said "we will never sell the harbour, not now and not later". Karl Hamid, a banker, disagreed.',
    mentions: [{ text: 'Karl Hamid', type: 'PERSON' }],
    quotes: [{ text: 'we will never sell the harbour, not now and not later', speaker: null }],
  },
  {
    file: 'e.txt',
    text: 'Orlova said "the new council must be encouraged to keep its promises" on Friday.',
    mentions: [
      { text: 'Orlova', type: 'PERSON' },
      { text: 'Friday', type: 'DATE', canonical: '2030-03-15' },
    ],
    quotes: [{ text: 'the new council must be encouraged to keep its promises', speaker: 'Orlova' }],
  },
  {
    file: 'f.txt',
    text: 'On March 15, the US and the United States Navy met with Lena Orlowa.',
    mentions: [
      { text: 'March 15', type: 'DATE', canonical: '--03-15' },
      { text: 'US', type: 'PLACE' },
      { text: 'Lena Orlowa', type: 'PERSON' },
    ],
  },
  // No publication date: its yearless dates are anchored by e.txt's Friday (2030-03-15) while e.txt is there.
  {
    file: 'h.txt',
    text: 'Last month the harbour closed; on March 15 it reopened.',
    mentions: [
      { text: 'Last month', type: 'DATE', canonical: '?last month' },
      { text: 'March 15', type: 'DATE', canonical: '--03-15' },
    ],
  },
  // Makes the surname "Hamidov" ambiguous while it is in the folder.
  { file: 'g.txt', text: 'Karl Hamidov, a banker, disagreed.', mentions: [{ text: 'Karl Hamidov', type: 'PERSON' }] },
];

/** A second version of some files, as when an article is edited. */
const EDITED: Fixture[] = [
  { ...POOL[1]!, text: POOL[1]!.text.replace('1,344', '1,357') },
  { ...POOL[2]!, text: POOL[2]!.text.replace('Orlvoa said', 'Orlova said'), mentions: POOL[2]!.mentions.map((m) => (m.text === 'Orlvoa' ? { ...m, text: 'Orlova' } : m)), quotes: [{ text: 'we will never sell the harbour', speaker: 'Orlova' }] },
];

describe('incremental index', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('gives the same result as a full rescan after random edits (seed %i)', (seed) => {
    const next = random(seed);
    const index = indexOf([]);
    const current = new Map<string, Fixture>();
    for (let step = 0; step < 40; step++) {
      const choices = [...POOL, ...EDITED];
      const fixture = choices[Math.floor(next() * choices.length)]!;
      if (current.has(fixture.file) && next() < 0.35) {
        index.removeArticle(fixture.file);
        current.delete(fixture.file);
      } else {
        index.setAnalysis(fixture.file, fixture.text, analysisOf(fixture));
        current.set(fixture.file, fixture);
      }
      const fresh = indexOf([...current.values()].reverse());
      expect(index.result()).toEqual(fresh.result());
    }
  });

  it.each([11, 12, 13, 14, 15, 16])('brings a kept result up to date across several changes and registry edits (seed %i)', (seed) => {
    // result() is built once, then updated from what changed since it was last read: read it
    // only now and then, so several changes (and relinking everything) come in between.
    const registries = [null, 'entities:\n  - id: person:lena-orlova\n    type: PERSON\n    name: Lena Orlova\n    aliases: [Orlvoa]\n'];
    const next = random(seed);
    const index = indexOf([]);
    const current = new Map<string, Fixture>();
    let registry: string | null = null;
    let updates = 0;
    for (let step = 0; step < 60; step++) {
      const choices = [...POOL, ...EDITED];
      const fixture = choices[Math.floor(next() * choices.length)]!;
      const roll = next();
      if (roll < 0.08) {
        registry = registries[Math.floor(next() * registries.length)]!;
        index.setRegistry(registry);
      } else if (current.has(fixture.file) && roll < 0.35) {
        index.removeArticle(fixture.file);
        current.delete(fixture.file);
      } else {
        index.setAnalysis(fixture.file, fixture.text, analysisOf(fixture));
        current.set(fixture.file, fixture);
      }
      if (next() < 0.3 || step === 59) {
        const fresh = indexOf([...current.values()].reverse(), registry);
        expect(index.result()).toEqual(fresh.result());
        updates++;
      }
    }
    expect(updates).toBeGreaterThan(5);
  });

  it('keeps what a change did not touch: the same report objects for the other articles', () => {
    const index = indexOf(POOL);
    const before = index.result();
    index.setAnalysis(EDITED[0]!.file, EDITED[0]!.text, analysisOf(EDITED[0]!));
    const after = index.result();
    const unchanged = after.sources.filter((s, i) => s === before.sources[i]);
    // b.txt's number changed; the reports of articles its entities and quotes do not reach are kept.
    expect(unchanged.map((s) => s.file)).toEqual(expect.arrayContaining(['d.txt', 'f.txt', 'h.txt']));
    expect(after.sources.find((s) => s.file === 'b.txt')).not.toBe(before.sources.find((s) => s.file === 'b.txt'));
    expect(after).toEqual(indexOf(POOL.map((f) => (f.file === EDITED[0]!.file ? EDITED[0]! : f))).result());
  });

  it('links the fixtures the way the test expects (so the comparison above is not vacuous)', () => {
    const result = indexOf(POOL.filter((f) => f.file !== 'g.txt')).result();
    expect(result.quoteGroups.length).toBeGreaterThanOrEqual(2);
    expect(result.findings.map((f) => f.kind).sort()).toEqual(expect.arrayContaining(['name-spelling', 'number-mismatch', 'quote-wording']));
    expect(result.entities.find((e) => e.id === 'person:rustam-khamidov' || e.id === 'person:rustam-hamidov')!.sources).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('loads many articles at once with the same result as one by one, telling listeners once', () => {
    const batch = indexOf([]);
    const changes: CorpusChange[] = [];
    batch.onDidChange((change) => changes.push(change));
    batch.setAnalyses(POOL.map((fixture) => ({ file: fixture.file, text: fixture.text, analysis: analysisOf(fixture) })));
    expect(batch.result()).toEqual(indexOf(POOL).result());
    expect(changes).toHaveLength(1);
    expect(changes[0]!.files).toEqual(POOL.map((f) => f.file).sort());
    // Replacing part of the folder in one batch also matches.
    batch.setAnalyses(EDITED.map((fixture) => ({ file: fixture.file, text: fixture.text, analysis: analysisOf(fixture) })));
    const edited = POOL.map((f) => EDITED.find((e) => e.file === f.file) ?? f);
    expect(batch.result()).toEqual(indexOf(edited).result());
  });

  it('settles a load staged in parts once, with the same result as one batch', () => {
    const staged = indexOf([]);
    const changes: CorpusChange[] = [];
    staged.onDidChange((change) => changes.push(change));
    const inputs = POOL.map((fixture) => ({ file: fixture.file, text: fixture.text, analysis: analysisOf(fixture) }));
    for (let at = 0; at < inputs.length; at += 2) staged.stageAnalyses(inputs.slice(at, at + 2));
    expect(changes).toHaveLength(0);
    staged.settle();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.files).toEqual(POOL.map((f) => f.file).sort());
    expect(staged.result()).toEqual(indexOf(POOL).result());
    // A change that settles by itself also settles what was staged before it, and reports it.
    staged.stageAnalyses([{ file: EDITED[0]!.file, text: EDITED[0]!.text, analysis: analysisOf(EDITED[0]!) }]);
    staged.removeArticle('c.txt');
    expect(changes).toHaveLength(2);
    expect(changes[1]!.files).toContain(EDITED[0]!.file);
    staged.settle();
    expect(changes).toHaveLength(2);
  });

  it('takes texts as UTF-8 bytes too, and gives the same result, also after relinking everything', () => {
    const encoder = new TextEncoder();
    const fromBytes = new CorpusIndex();
    fromBytes.setAnalyses(POOL.map((fixture) => ({ file: fixture.file, text: encoder.encode(fixture.text), analysis: analysisOf(fixture) })));
    const fromStrings = indexOf(POOL);
    expect(fromBytes.result()).toEqual(fromStrings.result());
    // Relinking re-attaches every article from the text the index kept.
    const registry = 'entities:\n  - id: person:lena-orlova\n    type: PERSON\n    name: Lena Orlova\n';
    fromBytes.setRegistry(registry);
    fromStrings.setRegistry(registry);
    expect(fromBytes.registryProblems).toEqual([]);
    expect(fromBytes.result()).toEqual(fromStrings.result());
  });

  describe('reading texts back (readText) instead of keeping them', () => {
    const registry = 'entities:\n  - id: person:lena-orlova\n    type: PERSON\n    name: Lena Orlova\n    aliases: [Orlvoa]\n';
    /** The fixtures' analyses by text: the engine of an index that may analyse a text it read back. */
    const analyzeFixture = (text: string) => analysisOf([...POOL, ...EDITED].find((f) => f.text === text)!);

    it.each([21, 22, 23, 24])('gives what an index keeping every text gives, through edits, date anchors and registry edits (seed %i)', (seed) => {
      const next = random(seed);
      const disk = new Map<string, string>();
      let reads = 0;
      const index = new CorpusIndex({ analyze: analyzeFixture, readText: (file) => (reads++, disk.get(file)) });
      const keeping = indexOf([]);
      for (let step = 0; step < 60; step++) {
        const fixture = [...POOL, ...EDITED][Math.floor(next() * (POOL.length + EDITED.length))]!;
        const roll = next();
        if (roll < 0.08) {
          const text = next() < 0.5 ? null : registry;
          index.setRegistry(text);
          keeping.setRegistry(text);
        } else if (disk.has(fixture.file) && roll < 0.35) {
          disk.delete(fixture.file);
          index.removeArticle(fixture.file);
          keeping.removeArticle(fixture.file);
        } else {
          disk.set(fixture.file, fixture.text);
          index.setAnalysis(fixture.file, fixture.text, analysisOf(fixture));
          keeping.setAnalysis(fixture.file, fixture.text, analysisOf(fixture));
        }
        expect(index.result()).toEqual(keeping.result());
      }
      // Re-attaching (e.txt anchoring h.txt's dates, registry edits) read texts back.
      expect(reads).toBeGreaterThan(0);
    });

    it('takes what a worker sends (fingerprint, number facts, mention contexts) without reading the text, and gives the same result', () => {
      const disk = new Map(POOL.map((f) => [f.file, f.text]));
      const index = new CorpusIndex({ analyze: analyzeFixture, readText: (file) => disk.get(file) });
      // Bytes that cannot be decoded: reading them fails the test.
      const unreadable = (): Uint8Array => new Proxy(new Uint8Array(0), { get: () => { throw new Error('the index read the text'); } });
      index.setAnalyses(
        POOL.map((f) => {
          const analysis = analysisOf(f);
          const sent = { fingerprint: textFingerprint(f.text), numberFacts: packNumberFacts(articleNumberFacts(f.text, analysis)), mentionContexts: mentionContextsOf(f.text, analysis) };
          return { file: f.file, text: unreadable(), analysis, ...sent };
        }),
      );
      expect(index.result()).toEqual(indexOf(POOL).result());
    });

    it('analyses a text that changed since (its change not in yet) as it is now, and lets an unreadable one go when the registry changes', () => {
      const disk = new Map(POOL.map((f) => [f.file, f.text]));
      const index = new CorpusIndex({ analyze: analyzeFixture, readText: (file) => disk.get(file) });
      index.setAnalyses(POOL.map((f) => ({ file: f.file, text: f.text, analysis: analysisOf(f) })));
      // c.txt was edited and g.txt deleted on disk; neither change has reached the index.
      disk.set('c.txt', EDITED[1]!.text);
      disk.delete('g.txt');
      index.setRegistry(registry);
      const expected = indexOf([...POOL.filter((f) => f.file !== 'c.txt' && f.file !== 'g.txt'), EDITED[1]!], registry);
      expect(index.files()).toEqual(expected.files());
      expect(index.result()).toEqual(expected.result());
    });

    it('keeps the text of an article its caller cannot read back (keepText), and reads back only the others', () => {
      const asked: string[] = [];
      const index = new CorpusIndex({ analyze: analyzeFixture, readText: (file) => (asked.push(file), POOL.find((f) => f.file === file)?.text) });
      index.setAnalyses(POOL.map((f) => ({ file: f.file, text: f.text, analysis: analysisOf(f), keepText: f.file === 'c.txt' })));
      index.setRegistry(registry);
      expect(asked).not.toContain('c.txt');
      expect(asked).toContain('a.txt');
      expect(index.result()).toEqual(indexOf(POOL, registry).result());
    });

    it('leaves an article whose text cannot be read as it was when a date anchor changes, until its own change comes', () => {
      const disk = new Map<string, string>();
      const index = new CorpusIndex({ analyze: analyzeFixture, readText: (file) => disk.get(file) });
      const h = POOL.find((f) => f.file === 'h.txt')!;
      const e = POOL.find((f) => f.file === 'e.txt')!;
      index.setAnalysis(h.file, h.text, analysisOf(h));
      const spans = (): unknown => index.result().sources.find((s) => s.file === 'h.txt')!.entities.map(({ start, end, text }) => ({ start, end, text }));
      const before = spans();
      // e.txt's Friday would anchor h.txt's March 15 (re-attaching it), but h.txt cannot be read back: it stays.
      index.setAnalysis(e.file, e.text, analysisOf(e));
      expect(index.files()).toEqual(['e.txt', 'h.txt']);
      expect(spans()).toEqual(before);
      // Once it can, the next change re-attaches it, as an index keeping the text would have.
      disk.set(h.file, h.text);
      index.removeArticle(e.file);
      index.setAnalysis(e.file, e.text, analysisOf(e));
      expect(index.result()).toEqual(indexOf([h, e]).result());
    });
  });

  it('tells listeners what changed, and stops after dispose', () => {
    const index = indexOf(POOL.slice(0, 1));
    const changes: CorpusChange[] = [];
    const subscription = index.onDidChange((change) => changes.push(change));
    index.setAnalysis('c.txt', POOL[2]!.text, analysisOf(POOL[2]!));
    expect(changes).toHaveLength(1);
    expect(changes[0]!.files).toEqual(['c.txt']);
    const trade = index.result().entities.find((e) => e.aliases.includes('Eastern Trade Organisation'))!.id;
    expect(changes[0]!.entities).toEqual(expect.arrayContaining(['person:lena-orlova', trade, 'org:eastern-trade-organization']));
    expect(changes[0]!.findings).toEqual([`finding:name-spelling:${trade}`, 'finding:name-spelling:person:lena-orlova', 'finding:name-spelling:person:rustam-khamidov']);
    subscription.dispose();
    index.removeArticle('c.txt');
    expect(changes).toHaveLength(1);
  });

  it('does not touch unrelated entities when an article changes', () => {
    const index = indexOf(POOL);
    const changes: CorpusChange[] = [];
    index.onDidChange((change) => changes.push(change));
    index.setAnalysis('f.txt', POOL[5]!.text, analysisOf(POOL[5]!));
    expect(changes[0]!.entities.every((id) => !id.startsWith('org:'))).toBe(true);
    expect(changes[0]!.quoteGroups).toEqual([]);
  });
});
