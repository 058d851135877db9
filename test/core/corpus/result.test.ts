import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { mentionCountOf, quoteCountOf, ungroupedQuotesOf } from '../../../src/core/reportFields';
import { analysisOf, type Fixture } from './fixtures';

const hamidov: Fixture = { file: 'a.txt', text: 'Rustam Hamidov spoke in Dushanbe on Monday.', mentions: [{ text: 'Rustam Hamidov', type: 'PERSON' }, { text: 'Dushanbe', type: 'PLACE' }] };
const khamidov = (file: string): Fixture => ({ file, text: `On Monday Rustam Khamidov spoke.`, mentions: [{ text: 'Rustam Khamidov', type: 'PERSON' }] });

function indexOf(fixtures: Fixture[]): CorpusIndex {
  const index = new CorpusIndex();
  index.setAnalyses(fixtures.map((f) => ({ file: f.file, text: f.text, analysis: analysisOf(f) })));
  return index;
}

describe('source reports', () => {
  it('list mentions with their entity ids, in JSON and in copies as in the report', () => {
    const report = indexOf([hamidov]).result().sources[0]!;
    const mentions = [
      { start: 0, end: 14, text: 'Rustam Hamidov', type: 'PERSON', entity: 'person:rustam-hamidov' },
      { start: 24, end: 32, text: 'Dushanbe', type: 'PLACE', entity: 'place:dushanbe' },
    ];
    expect(report.entities).toEqual(mentions);
    expect({ ...report }.entities).toEqual(mentions);
    // The model's field order: metadata, then entities, then quotes.
    expect(Object.keys(JSON.parse(JSON.stringify(report)))).toEqual(['file', 'title', 'outlet', 'published', 'url', 'authors', 'entities', 'quotes']);
    expect(JSON.parse(JSON.stringify(report)).entities).toEqual(mentions);
  });

  it('tell how many mentions they have without making them, and copies tell theirs', () => {
    const report = indexOf([hamidov]).result().sources[0]!;
    expect(mentionCountOf(report)).toBe(2);
    const copy = { ...report, entities: [...report.entities, { start: 36, end: 42, text: 'Monday', type: 'DATE' as const, entity: 'date:monday' }] };
    expect(mentionCountOf(copy)).toBe(3);
    expect(Object.keys(copy)).toEqual(Object.keys(report));
  });

  it('make their quotes when read, with the speaker and group each had when the report was built', () => {
    const statement = 'We will rebuild the northern bridge before winter';
    const saying = (file: string, name: string): Fixture => ({ file, text: `${name} said: "${statement}."`, mentions: [{ text: name, type: 'PERSON' }], quotes: [{ text: statement, speaker: name }] });
    const index = indexOf([saying('a.txt', 'Rustam Hamidov')]);
    const before = index.result().sources[0]!;
    expect(quoteCountOf(before)).toBe(1);
    const quote = { start: 22, end: 22 + statement.length, text: statement, kind: 'direct', speaker: 'person:rustam-hamidov', group: null };
    expect(before.quotes).toEqual([quote]);
    expect(JSON.parse(JSON.stringify(before)).quotes).toEqual([quote]);
    // Another source says it too: the quote joins a group; the report built before still says it had none.
    index.setAnalysis('b.txt', saying('b.txt', 'Rustam Hamidov').text, analysisOf(saying('b.txt', 'Rustam Hamidov')));
    const group = index.result().quoteGroups[0]!.id;
    expect(index.result().sources.find((s) => s.file === 'a.txt')!.quotes).toEqual([{ ...quote, group }]);
    expect(before.quotes).toEqual([quote]);
    const copy = { ...before, quotes: [] };
    expect(quoteCountOf(copy)).toBe(0);
    // The quotes in no group, made alone: the one the old report had, none of the new one.
    expect(ungroupedQuotesOf(before)).toEqual([quote]);
    expect(ungroupedQuotesOf(index.result().sources.find((s) => s.file === 'a.txt')!)).toEqual([]);
    expect(ungroupedQuotesOf({ ...before })).toEqual([quote]);
  });

  it("make a group's members when read, one span per variant, in the model's field order", () => {
    const statement = 'We will rebuild the northern bridge before winter';
    const saying = (file: string, lead: string): Fixture => ({ file, text: `${lead} Rustam Hamidov said: "${statement}."`, mentions: [{ text: 'Rustam Hamidov', type: 'PERSON' }], quotes: [{ text: statement, speaker: 'Rustam Hamidov' }] });
    const index = indexOf([saying('a.txt', 'On Monday'), saying('b.txt', 'Yesterday')]);
    const group = index.result().quoteGroups[0]!;
    const members = [
      { file: 'a.txt', start: 32, end: 32 + statement.length },
      { file: 'b.txt', start: 32, end: 32 + statement.length },
    ];
    expect(group.members).toEqual(members);
    expect(group.variants.map(({ file, start, end }) => ({ file, start, end }))).toEqual(members);
    expect(Object.keys(JSON.parse(JSON.stringify(group)))).toEqual(['id', 'speaker', 'members', 'variants']);
    expect({ ...group }.members).toEqual(members);
    // A third source joins: the group built before keeps its two members.
    index.setAnalysis('c.txt', saying('c.txt', 'Today').text, analysisOf(saying('c.txt', 'Today')));
    expect(index.result().quoteGroups[0]!.members).toHaveLength(3);
    expect(group.members).toEqual(members);
  });

  it('share one getter per made field across reports and groups (one each would put every object in a slow dictionary)', () => {
    const statement = 'We will rebuild the northern bridge before winter';
    const saying = (file: string): Fixture => ({ file, text: `Rustam Hamidov said: "${statement}."`, mentions: [{ text: 'Rustam Hamidov', type: 'PERSON' }], quotes: [{ text: statement, speaker: 'Rustam Hamidov' }] });
    const result = indexOf([saying('x.txt'), saying('y.txt'), hamidov]).result();
    const getter = (object: object, key: string): unknown => Object.getOwnPropertyDescriptor(object, key)!.get;
    for (const key of ['entities', 'quotes']) {
      expect(typeof getter(result.sources[0]!, key)).toBe('function');
      expect(new Set(result.sources.map((source) => getter(source, key))).size).toBe(1);
    }
    const other = indexOf([saying('c.txt'), saying('d.txt')]).result().quoteGroups[0]!;
    expect(getter(other, 'members')).toBe(getter(result.quoteGroups[0]!, 'members'));
  });

  it('say what they said when they were built, after the folder changes', () => {
    const index = indexOf([hamidov]);
    const before = index.result().sources[0]!;
    const said = JSON.stringify(before);
    // Two more sources spell him Khamidov: the entity he is in changes its id; then his article is rewritten.
    index.setAnalyses([khamidov('b.txt'), khamidov('c.txt')].map((f) => ({ file: f.file, text: f.text, analysis: analysisOf(f) })));
    const merged = index.result().sources.find((s) => s.file === 'a.txt')!;
    expect(merged.entities[0]!.entity).not.toBe('person:rustam-hamidov');
    expect(merged.entities[0]!.entity).toBe(index.result().sources.find((s) => s.file === 'b.txt')!.entities[0]!.entity);
    index.setAnalysis('a.txt', 'Dushanbe was quiet.', analysisOf({ file: 'a.txt', text: 'Dushanbe was quiet.', mentions: [{ text: 'Dushanbe', type: 'PLACE' }] }));
    expect(JSON.stringify(before)).toBe(said);
    // And a new result says what the folder says now, as one built from scratch does.
    const now = indexOf([khamidov('b.txt'), khamidov('c.txt'), { file: 'a.txt', text: 'Dushanbe was quiet.', mentions: [{ text: 'Dushanbe', type: 'PLACE' }] }]);
    expect(JSON.stringify(index.result())).toBe(JSON.stringify(now.result()));
  });
});
