import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseRegistry } from '../../../src/core/corpus/registry';
import { mergeEntities, renameEntity, splitEntity } from '../../../src/core/corpus/registryEdit';
import { entityOf, indexOf, type Fixture } from './fixtures';

const person = (file: string, text: string, ...names: string[]): Fixture => ({ file, text, mentions: names.map((text) => ({ text, type: 'PERSON' as const })) });

const REGISTRY = `# Decisions for this folder (kept when Newslens rewrites the file)
entities:
  - name: Robert Haldane   # the minister
    type: PERSON
    aliases: [Bob Haldane]
    wikidata: Q4242
  - name: Omar Karimi
    type: person
    distinct: [Karimi]
  - name: Georgia (country)
    type: PLACE
    aliases: [Georgia]
    context: [Tbilisi]
  - name: Georgia (U.S. state)
    type: PLACE
    aliases: [Georgia]
    context: [Atlanta]
  - type: ORG
`;

describe('registry file', () => {
  it('parses entries and reports malformed ones', () => {
    const registry = parseRegistry(REGISTRY);
    expect(registry.entries.map((e) => `${e.type} ${e.name}`)).toEqual(['PERSON Robert Haldane', 'PERSON Omar Karimi', 'PLACE Georgia (country)', 'PLACE Georgia (U.S. state)']);
    expect(registry.entries[0]).toMatchObject({ aliases: ['Bob Haldane'], ids: { wikidata: 'Q4242' } });
    expect(registry.problems).toEqual(['entry 5 has no name']);
    expect(parseRegistry('entities: [').problems.length).toBeGreaterThan(0);
  });

  it('merges names the automatic linking would keep apart, with its id and evidence', () => {
    const index = indexOf([person('a.txt', 'Robert Haldane spoke.', 'Robert Haldane'), person('b.txt', 'Bob Haldane spoke.', 'Bob Haldane')], REGISTRY);
    expect(entityOf(index, 'a.txt', 'Robert Haldane')).toBe('person:robert-haldane');
    expect(entityOf(index, 'b.txt', 'Bob Haldane')).toBe('person:robert-haldane');
    const entity = index.result().entities.find((e) => e.id === 'person:robert-haldane')!;
    expect(entity.evidence).toContain("registry: 'Robert Haldane'");
    expect(entity.ids).toEqual({ wikidata: 'Q4242' });
  });

  it('lets a surname alone join a registry entity', () => {
    const index = indexOf([person('a.txt', 'Bob Haldane spoke.', 'Bob Haldane'), person('c.txt', 'Haldane spoke.', 'Haldane')], REGISTRY);
    expect(entityOf(index, 'c.txt', 'Haldane')).toBe('person:robert-haldane');
  });

  it('overrides an automatic link it calls distinct', () => {
    const fixtures = [person('a.txt', 'Omar Karimi spoke.', 'Omar Karimi'), person('b.txt', 'Karimi spoke.', 'Karimi')];
    expect(entityOf(indexOf(fixtures), 'b.txt', 'Karimi')).toBe('person:omar-karimi');
    const index = indexOf(fixtures, REGISTRY);
    expect(entityOf(index, 'b.txt', 'Karimi')).not.toBe(entityOf(index, 'a.txt', 'Omar Karimi'));
  });

  it('picks between entries sharing an alias by their context words', () => {
    const index = indexOf(
      [
        { file: 'a.txt', text: 'In Atlanta, Georgia voted.', mentions: [{ text: 'Georgia', type: 'PLACE' }] },
        { file: 'b.txt', text: 'From Tbilisi, Georgia replied.', mentions: [{ text: 'Georgia', type: 'PLACE' }] },
      ],
      REGISTRY,
    );
    expect(entityOf(index, 'a.txt', 'Georgia')).toBe('place:georgia-u-s-state');
    expect(entityOf(index, 'b.txt', 'Georgia')).toBe('place:georgia-country');
  });

  it('applies a registry set later to the articles already indexed', () => {
    const index = indexOf([person('a.txt', 'Robert Haldane spoke.', 'Robert Haldane'), person('b.txt', 'Bob Haldane spoke.', 'Bob Haldane')]);
    expect(entityOf(index, 'b.txt', 'Bob Haldane')).toBe('person:bob-haldane');
    const changes: string[][] = [];
    index.onDidChange((change) => changes.push(change.entities));
    index.setRegistry(REGISTRY);
    expect(entityOf(index, 'b.txt', 'Bob Haldane')).toBe('person:robert-haldane');
    expect(changes[0]).toEqual(expect.arrayContaining(['person:bob-haldane', 'person:robert-haldane']));
  });
});

describe('registry edits', () => {
  it('merge writes an entry and keeps the comments', () => {
    const text = mergeEntities(REGISTRY, { name: 'Omar Karimi', type: 'PERSON' }, { name: 'O. Kareemi', type: 'PERSON', aliases: ['Kareemi'] });
    expect(text).toContain('# Decisions for this folder');
    expect(text).toContain('# the minister');
    expect(parseRegistry(text).entries.find((e) => e.name === 'Omar Karimi')!.aliases).toEqual(['O. Kareemi', 'Kareemi']);
  });

  it('merge into a new file creates it with a header comment', () => {
    const text = mergeEntities('', { name: 'Lena Orlova', type: 'PERSON' }, { name: 'Lena Orlowa', type: 'PERSON' });
    expect(text.startsWith('#')).toBe(true);
    expect(parseRegistry(text).entries).toEqual([{ name: 'Lena Orlova', type: 'PERSON', aliases: ['Lena Orlowa'], distinct: [], context: [], ids: {} }]);
  });

  it('merge of two registry entries keeps one and carries the other one ids', () => {
    const start = 'entities:\n  - name: A Person\n    type: PERSON\n  - name: B Person\n    type: PERSON\n    wikidata: Q7\n';
    const entries = parseRegistry(mergeEntities(start, { name: 'A Person', type: 'PERSON' }, { name: 'B Person', type: 'PERSON' })).entries;
    expect(entries).toEqual([{ name: 'A Person', type: 'PERSON', aliases: ['B Person'], distinct: [], context: [], ids: { wikidata: 'Q7' } }]);
  });

  it('split moves aliases to a new entry and marks the two distinct', () => {
    const text = splitEntity(REGISTRY, { name: 'Robert Haldane', type: 'PERSON', aliases: ['Bob Haldane'] }, ['Bob Haldane'], 'Bob Haldane');
    const entries = parseRegistry(text).entries;
    expect(entries.find((e) => e.name === 'Robert Haldane')).toMatchObject({ aliases: [], distinct: ['Bob Haldane'] });
    expect(entries.find((e) => e.name === 'Bob Haldane')).toMatchObject({ distinct: ['Robert Haldane'] });
    const index = indexOf([person('a.txt', 'Robert Haldane spoke.', 'Robert Haldane'), person('b.txt', 'Bob Haldane spoke.', 'Bob Haldane')], text);
    expect(entityOf(index, 'a.txt', 'Robert Haldane')).not.toBe(entityOf(index, 'b.txt', 'Bob Haldane'));
  });

  it('rename keeps the old name as an alias and the comments', () => {
    const text = renameEntity(REGISTRY, { name: 'Robert Haldane', type: 'PERSON' }, 'Sir Robert Haldane');
    expect(parseDocument(text).toString()).toContain('# the minister');
    expect(parseRegistry(text).entries[0]).toMatchObject({ name: 'Sir Robert Haldane', aliases: ['Bob Haldane', 'Robert Haldane'] });
  });
});
