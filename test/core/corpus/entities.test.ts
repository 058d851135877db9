import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/core/model';
import { entityOf, indexOf, type Fixture } from './fixtures';

function single(file: string, text: string, mention: string, type: EntityType, canonical?: string): Fixture {
  return { file, text, mentions: [{ text: mention, type, canonical }] };
}

describe('entity resolution across sources', () => {
  const variants: { kind: string; a: [string, EntityType]; b: [string, EntityType]; evidence: RegExp }[] = [
    { kind: 'kh/h', a: ['Rustam Khamidov', 'PERSON'], b: ['Rustam Hamidov', 'PERSON'], evidence: /kh~h/ },
    { kind: 'v/u', a: ['Yaroslav Petrenka', 'PERSON'], b: ['Yaroslau Petrenka', 'PERSON'], evidence: /v~u/ },
    { kind: 'y/i', a: ['Dmitry Volkonsky', 'PERSON'], b: ['Dmitri Volkonski', 'PERSON'], evidence: /y~i/ },
    { kind: 'q/k', a: ['Qairat Nurlanov', 'PERSON'], b: ['Kairat Nurlanov', 'PERSON'], evidence: /q~k/ },
    { kind: 'doubled letters', a: ['Mussa Karimi', 'PERSON'], b: ['Musa Karimi', 'PERSON'], evidence: /doubled/ },
    { kind: 'zh/j', a: ['Zhanibek Ormanov', 'PERSON'], b: ['Janibek Ormanov', 'PERSON'], evidence: /zh~j/ },
    { kind: '-isation/-ization', a: ['Eastern Trade Organisation', 'ORG'], b: ['Eastern Trade Organization', 'ORG'], evidence: /isation~-ization/ },
    { kind: 'accents', a: ['José Martínez', 'PERSON'], b: ['Jose Martinez', 'PERSON'], evidence: /accents/ },
  ];
  it.each(variants)('merges a $kind variant and says why', ({ a, b, evidence }) => {
    const index = indexOf([single('a.txt', `${a[0]} spoke on Monday.`, a[0], a[1]), single('b.txt', `On Monday ${b[0]} spoke.`, b[0], b[1])]);
    const id = entityOf(index, 'a.txt', a[0]);
    expect(entityOf(index, 'b.txt', b[0])).toBe(id);
    const entity = index.result().entities.find((e) => e.id === id)!;
    expect(entity.aliases).toEqual([a[0], b[0]].sort());
    expect(entity.sources).toEqual(['a.txt', 'b.txt']);
    expect(entity.evidence.join('\n')).toMatch(evidence);
  });

  it('links U.S., US and United States', () => {
    const index = indexOf([
      single('a.txt', 'The United States said so.', 'United States', 'PLACE'),
      single('b.txt', 'The U.S. said so.', 'U.S.', 'PLACE'),
      single('c.txt', 'The US said so.', 'US', 'PLACE'),
    ]);
    const id = entityOf(index, 'a.txt', 'United States');
    expect(id).toBe('place:united-states');
    expect(entityOf(index, 'b.txt', 'U.S.')).toBe(id);
    expect(entityOf(index, 'c.txt', 'US')).toBe(id);
  });

  it('links an acronym to the one expansion with those initials in another file', () => {
    const index = indexOf([
      { file: 'a.txt', text: 'The Eastern Trade Organization (ETO) met.', mentions: [{ text: 'Eastern Trade Organization', type: 'ORG' }, { text: 'ETO', type: 'ORG', canonical: 'Eastern Trade Organization' }] },
      single('b.txt', 'The ETO met again.', 'ETO', 'ORG'),
    ]);
    expect(entityOf(index, 'b.txt', 'ETO')).toBe('org:eastern-trade-organization');
    expect(index.result().entities.find((e) => e.id === 'org:eastern-trade-organization')!.evidence.join()).toMatch(/acronym 'ETO'/);
  });

  it('links a surname alone to the only full name with that surname in the folder', () => {
    const index = indexOf([single('a.txt', 'Dmitri Volkonski arrived.', 'Dmitri Volkonski', 'PERSON'), single('b.txt', 'Volkonski arrived.', 'Volkonski', 'PERSON')]);
    expect(entityOf(index, 'b.txt', 'Volkonski')).toBe('person:dmitri-volkonski');
  });

  it('links a one-edit typo of a surname used in the same article', () => {
    const index = indexOf([
      {
        file: 'a.txt',
        text: 'Tomas Brandt spoke. Later Brnadt left.',
        mentions: [{ text: 'Tomas Brandt', type: 'PERSON' }, { text: 'Brnadt', type: 'PERSON' }],
      },
    ]);
    expect(entityOf(index, 'a.txt', 'Brnadt')).toBe('person:tomas-brandt');
    const entity = index.result().entities.find((e) => e.id === 'person:tomas-brandt')!;
    expect(entity.evidence.join()).toMatch(/typo 'Brnadt'/);
  });

  const nonMerges: { kind: string; fixtures: Fixture[]; left: [string, string]; right: [string, string] }[] = [
    {
      kind: 'two people with the same surname',
      fixtures: [single('a.txt', 'John Carter spoke.', 'John Carter', 'PERSON'), single('b.txt', 'Mary Carter spoke.', 'Mary Carter', 'PERSON')],
      left: ['a.txt', 'John Carter'],
      right: ['b.txt', 'Mary Carter'],
    },
    {
      kind: 'a surname shared by two full names (ambiguous)',
      fixtures: [
        single('a.txt', 'John Carter spoke.', 'John Carter', 'PERSON'),
        single('b.txt', 'Mary Carter spoke.', 'Mary Carter', 'PERSON'),
        single('c.txt', 'Carter spoke.', 'Carter', 'PERSON'),
      ],
      left: ['c.txt', 'Carter'],
      right: ['a.txt', 'John Carter'],
    },
    {
      kind: 'Georgia the US state vs Georgia the country',
      fixtures: [
        single('a.txt', 'Voters in the U.S. state of Georgia went to the polls.', 'Georgia', 'PLACE'),
        single('b.txt', 'Troops left the former Soviet republic of Georgia.', 'Georgia', 'PLACE'),
      ],
      left: ['a.txt', 'Georgia'],
      right: ['b.txt', 'Georgia'],
    },
    {
      kind: 'the same name with different types',
      fixtures: [single('a.txt', 'Jordan scored twice.', 'Jordan', 'PERSON'), single('b.txt', 'Jordan closed its border.', 'Jordan', 'PLACE')],
      left: ['a.txt', 'Jordan'],
      right: ['b.txt', 'Jordan'],
    },
    {
      kind: 'a one-edit difference across different articles',
      fixtures: [single('a.txt', 'Brandt spoke.', 'Brandt', 'PERSON'), single('b.txt', 'Brant spoke.', 'Brant', 'PERSON')],
      left: ['a.txt', 'Brandt'],
      right: ['b.txt', 'Brant'],
    },
    {
      kind: 'different first names that fold alike only in the surname',
      fixtures: [single('a.txt', 'Ali Khamidov spoke.', 'Ali Khamidov', 'PERSON'), single('b.txt', 'Omar Hamidov spoke.', 'Omar Hamidov', 'PERSON')],
      left: ['a.txt', 'Ali Khamidov'],
      right: ['b.txt', 'Omar Hamidov'],
    },
  ];
  it.each(nonMerges)('keeps apart $kind', ({ fixtures, left, right }) => {
    const index = indexOf(fixtures);
    expect(entityOf(index, ...left)).not.toBe(entityOf(index, ...right));
  });

  it('gives the two senses of Georgia readable ids', () => {
    const index = indexOf(nonMerges[2]!.fixtures);
    expect([entityOf(index, 'a.txt', 'Georgia'), entityOf(index, 'b.txt', 'Georgia')]).toEqual(['place:georgia--state', 'place:georgia--country']);
  });

  it('links dates by their resolved value and a month-day without year to the only full date', () => {
    const index = indexOf([
      single('a.txt', 'The talks ended on Friday.', 'Friday', 'DATE', '2030-03-15'),
      single('b.txt', 'The talks ended on March 15, 2030.', 'March 15, 2030', 'DATE', '2030-03-15'),
      single('c.txt', 'The talks ended on March 15.', 'March 15', 'DATE', '--03-15'),
    ]);
    expect(entityOf(index, 'a.txt', 'Friday')).toBe('date:2030-03-15');
    expect(entityOf(index, 'b.txt', 'March 15, 2030')).toBe('date:2030-03-15');
    expect(entityOf(index, 'c.txt', 'March 15')).toBe('date:2030-03-15');
  });

  it('anchors an undated article by the full dates other sources give for its month-days', () => {
    const undated: Fixture = {
      file: 'b.txt',
      text: 'Last month talks stalled. They resume on March 15 and end on March 16.',
      mentions: [
        { text: 'Last month', type: 'DATE', canonical: '?last month' },
        { text: 'March 15', type: 'DATE', canonical: '--03-15' },
        { text: 'March 16', type: 'DATE', canonical: '--03-16' },
      ],
    };
    const dated = single('a.txt', 'Talks resume on March 15, 2030.', 'March 15, 2030', 'DATE', '2030-03-15');
    const index = indexOf([undated, dated]);
    expect(entityOf(index, 'b.txt', 'Last month')).toBe('date:2030-02');
    expect(entityOf(index, 'b.txt', 'March 16')).toBe('date:2030-03-16');
    index.removeArticle('a.txt');
    expect(entityOf(index, 'b.txt', 'Last month')).toBe('date:last-month');
    expect(entityOf(index, 'b.txt', 'March 16')).toBe('date:03-16');
  });
});
