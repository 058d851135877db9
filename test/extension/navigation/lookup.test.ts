import { describe, expect, it } from 'vitest';
import { entityDefinition, entityMentions, itemsAt, quoteDefinition, quoteVersions } from '../../../src/extension/navigation/lookup';
import { ARTICLE_A, ARTICLE_B, scanTwoSources } from './twoSources';

const result = scanTwoSources();
const sourceA = result.sources.find((s) => s.file === 'a.txt')!;
const sourceB = result.sources.find((s) => s.file === 'b.txt')!;
// The fixtures are ASCII, so code point offsets are string indices.
const at = (text: string, needle: string, from = 0): number => text.indexOf(needle, from);

describe('itemsAt', () => {
  it.each([
    ['a person mention', ARTICLE_A, 'Mira Okafor', 'Mira Okafor', undefined],
    ['the later surname-only mention', ARTICLE_A, 'Okafor thanked', 'Okafor', undefined],
    ['a plain word of a quote', ARTICLE_A, 'promise', undefined, 'We kept our promise to the people of Eastport,'],
    ['a name inside a quote', ARTICLE_A, 'Eastport,"', 'Eastport', 'We kept our promise to the people of Eastport,'],
    ['neither', ARTICLE_A, 'thanked', undefined, undefined],
  ])('finds %s', (_label, text, needle, mentionText, quoteText) => {
    const items = itemsAt(sourceA, at(text, needle) + 1);
    expect(items.mention?.text).toBe(mentionText);
    expect(items.quote?.text).toBe(quoteText);
  });
});

describe('entity navigation', () => {
  const okafor = sourceA.entities.find((m) => m.text === 'Okafor')!.entity;

  it('lists every mention across sources', () => {
    const mentions = entityMentions(result, okafor);
    expect(mentions.map((m) => [m.file, m.text])).toEqual([
      ['a.txt', 'Mira Okafor'],
      ['a.txt', 'Okafor'],
      ['b.txt', 'Mira Okafor'],
    ]);
  });

  it('defines the entity where its canonical name is spelled, preferring the current file', () => {
    expect(entityDefinition(result, okafor, 'b.txt')).toEqual({ file: 'b.txt', start: at(ARTICLE_B, 'Mira Okafor'), end: at(ARTICLE_B, 'Mira Okafor') + 11 });
    expect(entityDefinition(result, okafor, 'a.txt')).toEqual({ file: 'a.txt', start: at(ARTICLE_A, 'Mira Okafor'), end: at(ARTICLE_A, 'Mira Okafor') + 11 });
  });

  it('has no definition for an unknown entity', () => {
    expect(entityDefinition(result, 'person:nobody')).toBeUndefined();
  });
});

describe('quote navigation', () => {
  const quoteA = sourceA.quotes[0]!;
  const quoteB = sourceB.quotes[0]!;

  it('groups the two versions', () => {
    expect(quoteA.group).not.toBeNull();
    expect(quoteA.group).toBe(quoteB.group);
    expect(quoteVersions(result, 'b.txt', quoteB).map((v) => v.file).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('defines a quote as the longest version of its group', () => {
    expect(quoteDefinition(result, 'b.txt', quoteB)).toEqual({ file: 'a.txt', start: quoteA.start, end: quoteA.end });
  });

  it('a quote without a group is its own version and definition', () => {
    const lone = { ...quoteB, group: null };
    expect(quoteVersions(result, 'b.txt', lone)).toEqual([{ file: 'b.txt', start: quoteB.start, end: quoteB.end }]);
    expect(quoteDefinition(result, 'b.txt', lone)).toEqual({ file: 'b.txt', start: quoteB.start, end: quoteB.end });
  });
});
