import { describe, expect, it } from 'vitest';
import { localEntitiesOf, mayEndInTitle, mentionsOfLocal, TITLE_WORDS } from '../../../src/core/corpus/localEntities';
import { random } from './fixtures';

describe('local entities', () => {
  it('reads the title written before a person', () => {
    const text = 'Foreign Minister Sirojiddin Muhriddin met Vice-President Ana Ruiz. Then Ruiz left.';
    const at = (name: string): number => text.indexOf(name);
    const mention = (name: string) => ({ start: at(name), end: at(name) + name.length, text: name, type: 'PERSON' as const, canonical: name });
    const { locals } = localEntitiesOf('a.txt', text, { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions: [mention('Sirojiddin Muhriddin'), mention('Ana Ruiz')], quotes: [] });
    expect(locals.map((l) => l.titles)).toEqual([['foreign minister'], ['president']]);
  });

  it('counts each local\'s mentions, and tells which they are from the article\'s mention order', () => {
    const text = 'Ana Ruiz met Tom Vale. Ruiz spoke; Vale and Ruiz left.';
    const at = (name: string, from = 0): number => text.indexOf(name, from);
    const mention = (name: string, start: number, canonical = name) => ({ start, end: start + name.length, text: name, type: 'PERSON' as const, canonical });
    const mentions = [mention('Ana Ruiz', 0), mention('Tom Vale', at('Tom')), mention('Ruiz', at('Ruiz', 10), 'Ana Ruiz'), mention('Vale', at('Vale', 25), 'Tom Vale'), mention('Ruiz', at('Ruiz', 40), 'Ana Ruiz')];
    const entities = localEntitiesOf('a.txt', text, { metadata: { title: null, outlet: null, published: null, url: null, authors: [] }, mentions, quotes: [] });
    expect(entities.locals.map((l) => [l.canonical, l.mentionCount, l.surfaces])).toEqual([
      ['Ana Ruiz', 3, ['Ana Ruiz', 'Ruiz']],
      ['Tom Vale', 2, ['Tom Vale', 'Vale']],
    ]);
    expect([mentionsOfLocal(entities, 0), mentionsOfLocal(entities, 1)]).toEqual([[0, 2, 4], [1, 3]]);
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
