import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../../../src/core/corpus/index';
import { mentionCountOf } from '../../../src/core/mentionCount';
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
