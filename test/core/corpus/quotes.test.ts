import { describe, expect, it } from 'vitest';
import { compareQuotes, mayLink, quoteFeatures, quoteWords, rarestKeysStart, type MatchData } from '../../../src/core/corpus/quoteMatch';
import { DiffCache, diffWords } from '../../../src/core/corpus/variants';
import type { QuoteRecord } from '../../../src/core/corpus/quoteGraphState';
import { normalizeWord, wordTokens } from '../../../src/core/corpus/words';
import { indexOf, random, type Fixture } from './fixtures';

describe('compareQuotes', () => {
  const links: { kind: string; a: string; b: string; relation: string }[] = [
    { kind: 'identical up to punctuation and case', a: 'We will not give up the harbour.', b: 'we will not give up the harbour', relation: 'identical' },
    { kind: 'trimmed (a piece of a longer quote)', a: 'a historic chance to end the blockade', b: 'This is a historic chance to end the blockade of our ports, and we will take it', relation: 'trimmed' },
    { kind: 'reworded translation', a: 'The new council must be encouraged to keep its promises', b: 'the new council should be encouraged to deliver on its own promises to rebuild the port', relation: 'reworded' },
    { kind: 'synonym in a short fragment', a: 'firmly fight every form of piracy', b: 'firmly combat every form of piracy', relation: 'reworded' },
    { kind: 'British and American spelling', a: 'we must normalise relations and modernise the harbour', b: 'we must normalize relations and modernize the harbor', relation: 'identical' },
    { kind: 'a two-word fragment sharing its informative word', a: 'use its leverage', b: 'It is important to mobilise the leverage of the union to open talks', relation: 'reworded' },
  ];
  it.each(links)('links $kind', ({ a, b, relation }) => {
    expect(compareQuotes(quoteFeatures(a), quoteFeatures(b), false)?.relation).toBe(relation);
  });

  const nonLinks: { kind: string; a: string; b: string; sameFile?: boolean }[] = [
    { kind: 'two statements on one topic', a: 'The harbour must never become a haven for smugglers', b: 'We will keep our consulate in the harbour town open for now' },
    { kind: 'a shared list of threats inside different sentences', a: 'an open box full of problems related to piracy, smuggling, organized crime and, sadly, extremism', b: 'It is vital to use the strength of the union to start a dialogue and also to block the threats of piracy, smuggling and extremism coming from there' },
    { kind: 'a one-word quote inside a longer quote in another article', a: 'piracy,', b: 'We will fight piracy and smuggling together' },
    { kind: 'one shared common word', a: 'open the border', b: 'keep the border closed to trucks until spring' },
    { kind: 'stopwords only', a: 'it is what it is', b: 'what it is not' },
  ];
  it.each(nonLinks)('does not link $kind', ({ a, b, sameFile }) => {
    expect(compareQuotes(quoteFeatures(a), quoteFeatures(b), sameFile ?? false)).toBeNull();
  });

  it('links a one-word quote to a longer quote containing it only within one article (weakly)', () => {
    const link = compareQuotes(quoteFeatures('flight'), quoteFeatures('after the hasty withdrawal, not to say flight, of the troops'), true);
    expect(link).toMatchObject({ relation: 'trimmed', weak: true });
  });

  it('decides every pair as it would without the key-mask shortcut', () => {
    // The mask only skips pairs that share too few keys: with empty masks (which bound nothing)
    // every decision must come out the same. Words from a small vocabulary, so pairs overlap.
    const vocabulary = 'council harbour promises encouraged border treaty minister water drought summit security trade deliver never sell agreement region power talks reform'.split(' ');
    const next = random(11);
    const quote = (): string => Array.from({ length: 2 + Math.floor(next() * 14) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    const unmasked = (features: MatchData): MatchData => ({ ...features, keyMask0: 0, keyMask1: 0, keyMask2: 0, keyMask3: 0, keyMaskBits: 0, longKeyBits: 0 });
    let links = 0;
    for (let i = 0; i < 3000; i++) {
      const [a, b] = [quoteFeatures(quote()), quoteFeatures(quote())];
      const link = compareQuotes(a, b, false);
      expect(link).toEqual(compareQuotes(unmasked(a), unmasked(b), false));
      if (link) links++;
    }
    // Both kinds of pairs were tried.
    expect(links).toBeGreaterThan(100);
    expect(links).toBeLessThan(2900);
  });
});

describe('mayLink', () => {
  it('lets through every pair compareQuotes links, and turns away most that share one short word', () => {
    // Short quotes (two keys often) from words long and short, so that the lone-long-word rule is met and missed.
    const vocabulary = 'we agree on the of and it is deal harbour promises border treaty water summit sell agreement cooperate ambassadors talks lo mi zuzuzulo'.split(' ');
    const next = random(23);
    const quote = (): string => Array.from({ length: 2 + Math.floor(next() * 6) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    let links = 0;
    let turnedAway = 0;
    for (let i = 0; i < 20000; i++) {
      const [a, b] = [quoteFeatures(quote()), quoteFeatures(quote())];
      const allowed = mayLink(a, b);
      expect(mayLink(b, a)).toBe(allowed);
      if (compareQuotes(a, b, false)) {
        links++;
        expect(allowed, `${a.text} / ${b.text}`).toBe(true);
      } else if (!allowed) turnedAway++;
    }
    expect(links).toBeGreaterThan(1000);
    expect(turnedAway).toBeGreaterThan(1000);
  });

  it('turns away two-key quotes that share only their short word', () => {
    expect(mayLink(quoteFeatures('we agree on Zuzuzuzulo.'), quoteFeatures('we agree on Kalolomilo.'))).toBe(false);
    expect(mayLink(quoteFeatures('we cooperate on Lo.'), quoteFeatures('we cooperate on Mi.'))).toBe(true);
    expect(compareQuotes(quoteFeatures('we cooperate on Lo.'), quoteFeatures('we cooperate on Mi.'), false)).not.toBeNull();
  });
});

describe('quoteFeatures', () => {
  it('keeps no words, and gives back the ones it was made of', () => {
    const text = '“We must normalise relations,” the Velmora Harbour Authority’s director said of the 2025 colour scheme.';
    const features = quoteFeatures(text);
    expect(features).not.toHaveProperty('tokens');
    const words = quoteWords(features);
    expect(words).toEqual(wordTokens(text));
    expect(features.tokenCount).toBe(words.length);
    expect(features.normText).toBe(words.map((w) => w.norm).join(' '));
    expect(features.leadWords).toBe('normalize relations velmora harbor authority');
  });

  it('keeps its keys in one array: ascending numbers, their stem lengths, then the same numbers rarest first', () => {
    for (const text of ['flight', 'We must normalise relations with the harbour authorities before the winter storms', 'the and of']) {
      const { keys, keyCount } = quoteFeatures(text);
      expect(keys).toHaveLength(3 * keyCount);
      const ascending = [...keys.subarray(0, keyCount)];
      expect(ascending).toEqual([...ascending].sort((x, y) => x - y));
      expect(new Set(ascending).size).toBe(keyCount);
      for (const length of keys.subarray(keyCount, 2 * keyCount)) expect(length).toBeGreaterThan(0);
      const rarest = [...keys.subarray(rarestKeysStart({ keys, keyCount } as MatchData))];
      expect([...rarest].sort((x, y) => x - y)).toEqual(ascending);
    }
    expect(quoteFeatures('the and of').keyCount).toBe(0);
    expect(quoteFeatures('We must normalise relations with the harbour authorities').keyCount).toBeGreaterThan(3);
  });

  it('normalizes a word the same the first time and every time after, short or long', () => {
    for (const word of ['Normalise', 'COLOURS', 'Internationalisation', 'Ångström', 'Harbour’s']) {
      const first = normalizeWord(word);
      expect(normalizeWord(word)).toBe(first);
      expect(normalizeWord(word.slice(0))).toBe(first);
    }
    expect(normalizeWord('Internationalisation')).toBe('internationalization');
    expect(normalizeWord('Harbour’s')).toBe('harbor');
  });
});

describe('quote groups', () => {
  const a: Fixture = {
    file: 'a.txt',
    text: 'Mayor Lena Orlova said "the new council must be encouraged to keep its promises" and "we will never sell the harbour".',
    mentions: [{ text: 'Lena Orlova', type: 'PERSON' }],
    quotes: [
      { text: 'the new council must be encouraged to keep its promises', speaker: 'Lena Orlova' },
      { text: 'we will never sell the harbour', speaker: 'Lena Orlova' },
    ],
  };
  const b: Fixture = {
    file: 'b.txt',
    text: '"The new council should be encouraged to deliver on its own promises to rebuild the port," Orlova said. Someone said "we will never sell the harbour".',
    mentions: [{ text: 'Orlova', type: 'PERSON', canonical: 'Lena Orlova' }],
    quotes: [
      { text: 'The new council should be encouraged to deliver on its own promises to rebuild the port,', speaker: 'Orlova' },
      { text: 'we will never sell the harbour', speaker: null },
    ],
  };
  const c: Fixture = {
    file: 'c.txt',
    text: 'Governor Ivan Petrov said "the new council must be encouraged to keep its promises".',
    mentions: [{ text: 'Ivan Petrov', type: 'PERSON' }],
    quotes: [{ text: 'the new council must be encouraged to keep its promises', speaker: 'Ivan Petrov' }],
  };

  it('groups the same utterance across files when speakers agree or one is unknown', () => {
    const result = indexOf([a, b]).result();
    const groupOf = (file: string, i: number): string | null => result.sources.find((s) => s.file === file)!.quotes[i]!.group;
    expect(groupOf('a.txt', 0)).not.toBeNull();
    expect(groupOf('b.txt', 0)).toBe(groupOf('a.txt', 0));
    expect(groupOf('b.txt', 1)).toBe(groupOf('a.txt', 1));
    expect(groupOf('a.txt', 0)).not.toBe(groupOf('a.txt', 1));
    const group = result.quoteGroups.find((g) => g.id === groupOf('a.txt', 0))!;
    expect(group.speaker).toBe('person:lena-orlova');
    expect(group.id).toMatch(/^quote:lena-orlova:/);
  });

  it('does not group the same words said by different speakers', () => {
    const result = indexOf([a, c]).result();
    expect(result.sources.find((s) => s.file === 'c.txt')!.quotes[0]!.group).toBeNull();
  });

  it('groups a statement repeated within one article', () => {
    const repeated: Fixture = {
      file: 'r.txt',
      text: 'Headline: Orlova warns of "collapse". Lena Orlova said "without help the port faces collapse within a year".',
      mentions: [{ text: 'Orlova', type: 'PERSON', canonical: 'Lena Orlova' }, { text: 'Lena Orlova', type: 'PERSON' }],
      quotes: [
        { text: 'collapse', speaker: 'Orlova', kind: 'partial' },
        { text: 'without help the port faces collapse within a year', speaker: 'Lena Orlova' },
      ],
    };
    const result = indexOf([repeated]).result();
    const [first, second] = result.sources[0]!.quotes;
    expect(first!.group).not.toBeNull();
    expect(first!.group).toBe(second!.group);
  });

  it('keeps a one-word quote with the statement of its article, never bridging two articles\' statements', () => {
    const article = (file: string, statement: string): Fixture => ({
      file,
      text: `Lena Orlova warned of "collapse". Lena Orlova said "${statement}".`,
      mentions: [{ text: 'Lena Orlova', type: 'PERSON' }],
      quotes: [
        { text: 'collapse', speaker: 'Lena Orlova', kind: 'partial' },
        { text: statement, speaker: 'Lena Orlova' },
      ],
    });
    const result = indexOf([
      article('x.txt', 'without new cranes the harbour faces collapse within a year'),
      article('y.txt', 'the bridge tolls are a collapse of common sense and must go'),
    ]).result();
    const [xWord, xStatement] = result.sources.find((s) => s.file === 'x.txt')!.quotes;
    const [yWord, yStatement] = result.sources.find((s) => s.file === 'y.txt')!.quotes;
    // Each word goes with the statement of its own article it is a piece of...
    expect(xWord!.group).not.toBeNull();
    expect(xWord!.group).toBe(xStatement!.group);
    expect(yWord!.group).toBe(yStatement!.group);
    // ...and the two statements stay apart.
    expect(xStatement!.group).not.toBe(yStatement!.group);
  });

  it.each(['x.txt', 'desk 1/x.txt'])('groups a one-word quote with the statement of its article in %j (a space in the path changes nothing)', (file) => {
    const fixture: Fixture = {
      file,
      text: 'Lena Orlova warned of "collapse". Lena Orlova said "without new cranes the harbour faces collapse within a year".',
      mentions: [{ text: 'Lena Orlova', type: 'PERSON' }],
      quotes: [
        { text: 'collapse', speaker: 'Lena Orlova', kind: 'partial' },
        { text: 'without new cranes the harbour faces collapse within a year', speaker: 'Lena Orlova' },
      ],
    };
    const [word, statement] = indexOf([fixture]).result().sources[0]!.quotes;
    expect(word!.group).not.toBeNull();
    expect(word!.group).toBe(statement!.group);
  });

  it('compares each version with the longest, word by word', () => {
    const group = indexOf([a, b]).result().quoteGroups.find((g) => g.members.length === 2 && g.variants.some((v) => v.relation === 'reworded'))!;
    const longest = group.variants.find((v) => v.relation === 'longest')!;
    const other = group.variants.find((v) => v.relation === 'reworded')!;
    expect(longest.file).toBe('b.txt');
    expect(other.changed).toEqual([
      { from: 'should', to: 'must' },
      { from: 'deliver on', to: 'keep' },
    ]);
    expect(other.dropped).toEqual(['own']);
  });
});

describe('diffWords', () => {
  const cases: { reference: string; version: string; relation: string; added: string[]; dropped: string[]; changed: { from: string; to: string }[] }[] = [
    { reference: 'we will fight all forms of piracy', version: 'We will fight all forms of piracy.', relation: 'identical', added: [], dropped: [], changed: [] },
    { reference: 'we will fight all forms of piracy', version: 'fight all forms', relation: 'trimmed', added: [], dropped: [], changed: [] },
    { reference: 'Indeed, the change came and the new council should be encouraged', version: 'stimulate the new council', relation: 'reworded', added: ['stimulate'], dropped: [], changed: [] },
    { reference: 'they must make peace, normalise public life, and ensure security for all', version: 'establish peace, normalize public life and guarantee the safety of all', relation: 'reworded', added: [], dropped: [], changed: [{ from: 'they must make', to: 'establish' }, { from: 'ensure security for', to: 'guarantee the safety of' }] },
    { reference: 'we will fight all forms of piracy', version: 'we will combat all forms of piracy', relation: 'reworded', added: [], dropped: [], changed: [{ from: 'fight', to: 'combat' }] },
    { reference: 'we will fight all forms of piracy', version: 'we will fight piracy', relation: 'reworded', added: [], dropped: ['all forms of'], changed: [] },
    { reference: 'Every drop that leaves our mountains belongs to us', version: 'Water that leaves our mountains belongs to us', relation: 'reworded', added: [], dropped: [], changed: [{ from: 'Every drop', to: 'Water' }] },
    { reference: 'we will fight piracy', version: 'we will fight piracy at sea', relation: 'reworded', added: ['at sea'], dropped: [], changed: [] },
  ];
  it.each(cases)('$version', ({ reference, version, ...expected }) => {
    expect(diffWords(wordTokens(reference), wordTokens(version))).toEqual(expected);
  });
});

describe('DiffCache', () => {
  const record = (text: string): QuoteRecord => ({ features: quoteFeatures(text) }) as QuoteRecord;
  const pairs: [string, string][] = [
    ['We will not give up the harbour.', 'we will not give up the harbour'],
    ['we must normalise relations', 'We must normalize relations!'],
    ['we will fight all forms of piracy', 'we will fight piracy'],
    ['we will fight all forms of piracy', 'we will fight all forms of piracy'],
    ['', ''],
    // A word whose normal form holds spaces (the ligature U+FDFA is four words): the same words
    // joined, from other words; and the same words.
    ['we said \ufdfa today', 'we said \u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645 today'],
    ['we said \ufdfa today', 'We said \ufdfa today.'],
  ];
  it.each(pairs)('compares %j and %j as diffWords does', (reference, version) => {
    const cache = new DiffCache();
    const expected = diffWords(quoteWords(quoteFeatures(reference)), quoteWords(quoteFeatures(version)));
    expect(cache.diff(record(reference), record(version))).toEqual(expected);
    // Again, from the cache.
    expect(cache.diff(record(reference), record(version))).toEqual(expected);
  });

  it('tells quotes of the same words as identical without comparing them word by word', () => {
    expect(new DiffCache().diff(record('We will not give up the harbour.'), record('we will not give up the harbour'))).toEqual({ relation: 'identical', added: [], dropped: [], changed: [] });
  });
});
