import { describe, expect, it } from 'vitest';
import { localEntitiesOf, localNumbers, mentionsOfLocal } from '../../../src/core/corpus/localEntities';
import { mayEndInTitle, mentionContextsOf, TITLE_WORDS } from '../../../src/core/corpus/mentionContexts';
import { random } from './fixtures';
import type { ArticleAnalysis, EntityType, LocalMention } from '../../../src/core/model';

/** An article's local entities, with the contexts its text gives its mentions. */
const entitiesOf = (text: string, analysis: ArticleAnalysis) => localEntitiesOf('a.txt', mentionContextsOf(text, analysis), analysis);

describe('local entity numbers', () => {
  it('are kept in 16 bits each while they fit, in 32 past that, and read back the same', () => {
    const few = localNumbers([0, 2, 1, 2], 3);
    expect(few).toBeInstanceOf(Uint16Array);
    expect([...few]).toEqual([0, 2, 1, 2]);
    expect(localNumbers([0xffff, 0], 0x10000)).toEqual(Uint16Array.from([0xffff, 0]));
    const many = localNumbers([0x10000, 5], 0x10001);
    expect(many).toBeInstanceOf(Int32Array);
    expect([...many]).toEqual([0x10000, 5]);
  });
});

describe('local entities', () => {
  it('reads the title written before a person', () => {
    const text = 'Foreign Minister Sirojiddin Muhriddin met Vice-President Ana Ruiz. Then Ruiz left.';
    const at = (name: string): number => text.indexOf(name);
    const mention = (name: string) => ({ start: at(name), end: at(name) + name.length, text: name, type: 'PERSON' as const, canonical: name });
    const entities = entitiesOf(text, { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions: [mention('Sirojiddin Muhriddin'), mention('Ana Ruiz')], quotes: [] });
    const locals = Array.from({ length: entities.count }, (_, i) => entities.local(i));
    expect(locals.map((l) => l.titles)).toEqual([['foreign minister'], ['president']]);
  });

  it('counts each local\'s mentions, and tells which they are from the article\'s mention order', () => {
    const text = 'Ana Ruiz met Tom Vale. Ruiz spoke; Vale and Ruiz left.';
    const at = (name: string, from = 0): number => text.indexOf(name, from);
    const mention = (name: string, start: number, canonical = name) => ({ start, end: start + name.length, text: name, type: 'PERSON' as const, canonical });
    const mentions = [mention('Ana Ruiz', 0), mention('Tom Vale', at('Tom')), mention('Ruiz', at('Ruiz', 10), 'Ana Ruiz'), mention('Vale', at('Vale', 25), 'Tom Vale'), mention('Ruiz', at('Ruiz', 40), 'Ana Ruiz')];
    const entities = entitiesOf(text, { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions, quotes: [] });
    expect(Array.from({ length: entities.count }, (_, i) => entities.local(i)).map((l) => [l.canonical, l.mentionCount, l.surfaces])).toEqual([
      ['Ana Ruiz', 3, ['Ana Ruiz', 'Ruiz']],
      ['Tom Vale', 2, ['Tom Vale', 'Vale']],
    ]);
    expect([mentionsOfLocal(entities, 0), mentionsOfLocal(entities, 1)]).toEqual([[0, 2, 4], [1, 3]]);
  });

  it('reads a place\'s sense from the words before it (any case) and after it, up to the end of the text', () => {
    const senses = (text: string, place: string) => {
      const start = text.lastIndexOf(place);
      const mentions: LocalMention[] = [{ start, end: start + place.length, text: place, type: 'PLACE', canonical: place }];
      return entitiesOf(text, { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions, quotes: [] }).qualifier(0);
    };
    expect(senses('Voters in the State Of  Georgia said.', 'Georgia')).toBe('state');
    expect(senses('Rains in Washington state, officials said.', 'Washington')).toBe('state');
    expect(senses('A plant in Georgia, USA closed.', 'Georgia')).toBe('state');
    expect(senses('A plant in Georgia,\u00a0US closed.', 'Georgia')).toBe('state');
    expect(senses('The Republic OF Georgia voted.', 'Georgia')).toBe('country');
    expect(senses('Talks in Georgia statehood aside.', 'Georgia')).toBe(null);
    expect(senses('Rains in Washington state', 'Washington')).toBe('state');
    expect(senses('Talks in Georgia, Europe.', 'Georgia')).toBe(null);
    expect(senses('A proof Georgia', 'Georgia')).toBe(null);
    expect(senses('Georgia', 'Georgia')).toBe(null);
  });

  it('gives a place the first sense the text states for any of its mentions, read where the text is (mentionContextsOf)', () => {
    const text = 'Georgia voted. In the state of Georgia, rain. The Republic of Georgia too, said Mayor Ana Ruiz.';
    const mentions: LocalMention[] = [0, text.indexOf('Georgia', 5), text.lastIndexOf('Georgia')].map((start) => ({ start, end: start + 7, text: 'Georgia', type: 'PLACE', canonical: 'Georgia' }));
    mentions.push({ start: text.indexOf('Ana'), end: text.indexOf('Ana') + 8, text: 'Ana Ruiz', type: 'PERSON', canonical: 'Ana Ruiz' });
    const analysis: ArticleAnalysis = { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions, quotes: [] };
    const contexts = mentionContextsOf(text, analysis);
    // By mention index: what each mention's own surroundings say.
    expect(contexts.qualifiers).toEqual(new Map([[1, 'state'], [2, 'country']]));
    expect(contexts.titles).toEqual(new Map([[3, 'mayor']]));
    const entities = localEntitiesOf('a.txt', contexts, analysis);
    expect([entities.qualifier(0), entities.titles(1)]).toEqual(['state', ['mayor']]);
  });

  it('keeps each local\'s type, sense, mention count and derived flag apart (one integer per local)', () => {
    let text = 'In the state of Georgia and the country of Jordan, Acme Corp said.';
    const mention = (name: string, type: EntityType) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type, canonical: name });
    const mentions: LocalMention[] = [mention('Georgia', 'PLACE'), mention('Jordan', 'PLACE'), mention('Acme Corp', 'ORG')];
    // A date mentioned 70,000 times: a count of more than 16 bits.
    const datesFrom = text.length;
    text += ' 2021-09-16'.repeat(70_000);
    for (let k = 0; k < 70_000; k++) mentions.push({ start: datesFrom + 1 + k * 11, end: datesFrom + 11 + k * 11, text: '2021-09-16', type: 'DATE', canonical: '2021-09-16' });
    const entities = entitiesOf(text, { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions, quotes: [] });
    const facts = (i: number) => [entities.type(i), entities.qualifier(i), entities.mentionCount(i), entities.derived(i)];
    expect([0, 1, 2, 3].map(facts)).toEqual([
      ['PLACE', 'state', 1, false],
      ['PLACE', 'country', 1, false],
      ['ORG', null, 1, false],
      ['DATE', null, 70_000, false],
    ]);
    entities.setDerived(3, true);
    expect(facts(3)).toEqual(['DATE', null, 70_000, true]);
    entities.setDerived(3, false);
    expect(entities.local(3)).toEqual({ file: 'a.txt', type: 'DATE', canonical: '2021-09-16', mentionCount: 70_000, surfaces: ['2021-09-16'], qualifier: null, titles: [], derived: false });
  });

  it('skips the title pattern only where it cannot match (random text before a name)', () => {
    // The cheap check must say "may end in a title" wherever TITLE_WORDS finds one.
    const words = ['President', 'Prime Minister', 'Secretary-General', 'Secretary General', 'Vice-President', 'leader', 'Leaders', 'Chairwoman', 'Chair', 'Mr.', 'the', 'Foreign', 'of', 'Envoy', 'spokeswoman', 'Spokesperson', 'Kingdom', 'King', '.', '\n', 'x-General'];
    const spaces = [' ', '  ', '\u00a0', '\u2003', '\t', ''];
    const next = random(7);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    let matches = 0;
    for (let round = 0; round < 4000; round++) {
      let before = '';
      const count = 1 + Math.floor(next() * 6);
      for (let k = 0; k < count; k++) before += pick(words) + pick(spaces);
      const title = TITLE_WORDS.exec(before);
      if (title) matches++;
      if (title) expect(mayEndInTitle(before, 0, before.length), JSON.stringify(before)).toBe(true);
    }
    expect(matches).toBeGreaterThan(500);
  });
});
