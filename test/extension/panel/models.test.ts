import { describe, expect, it } from 'vitest';
import type { ScanResult, SourceReport } from '../../../src/core/model';
import { articleNodes } from '../../../src/extension/panel/articleModel';
import { entityNodes, matchesFilter } from '../../../src/extension/panel/entitiesModel';
import { lineAt, plainNodes, shorten, type PanelNode } from '../../../src/extension/panel/nodes';
import { quoteNodes } from '../../../src/extension/panel/quotesModel';
import { sourceNodes } from '../../../src/extension/panel/sourcesModel';
import { ENGLISH } from '../../../src/extension/localizer';

function source(file: string, extra: Partial<SourceReport> = {}): SourceReport {
  return { file, title: null, outlet: null, published: null, url: null, authors: [], entities: [], quotes: [], ...extra };
}

// Two invented sources sharing one person (spelled two ways) and one quote.
const result: ScanResult = {
  version: 1,
  sources: [
    source('a.txt', {
      outlet: 'a.example',
      published: '2026-01-02',
      entities: [
        { start: 0, end: 9, text: 'Ana Ruiz', type: 'PERSON', entity: 'person:ana-ruiz' },
        { start: 20, end: 25, text: 'Lisbon', type: 'PLACE', entity: 'place:lisbon' },
      ],
      quotes: [
        { start: 30, end: 50, text: 'We open in May.', kind: 'direct', speaker: 'person:ana-ruiz', group: 'quote:g' },
        { start: 60, end: 70, text: 'Only here.', kind: 'direct', speaker: null, group: null },
      ],
    }),
    source('b.txt', {
      entities: [{ start: 5, end: 13, text: 'Ana Ruis', type: 'PERSON', entity: 'person:ana-ruiz' }],
      quotes: [{ start: 40, end: 60, text: 'We will open in May.', kind: 'direct', speaker: 'person:ana-ruiz', group: 'quote:g' }],
    }),
  ],
  entities: [
    { id: 'person:ana-ruiz', name: 'Ana Ruiz', type: 'PERSON', aliases: ['Ana Ruiz', 'Ana Ruis'], sources: ['a.txt', 'b.txt'], mentions: 2, evidence: ["spelling 'Ana Ruis' ~ 'Ana Ruiz': one letter"] },
    { id: 'place:lisbon', name: 'Lisbon', type: 'PLACE', aliases: ['Lisbon'], sources: ['a.txt'], mentions: 1, evidence: [] },
  ],
  quoteGroups: [
    {
      id: 'quote:g',
      speaker: 'person:ana-ruiz',
      members: [
        { file: 'a.txt', start: 30, end: 50 },
        { file: 'b.txt', start: 40, end: 60 },
      ],
      variants: [
        { file: 'a.txt', start: 30, end: 50, text: 'We open in May.', relation: 'trimmed', added: [], dropped: ['will'], changed: [] },
        { file: 'b.txt', start: 40, end: 60, text: 'We will open in May.', relation: 'longest', added: [], dropped: [], changed: [] },
      ],
    },
  ],
  findings: [{ id: 'finding:name-spelling:person:ana-ruiz', kind: 'name-spelling', message: 'Ana Ruiz is spelled 2 ways', entity: 'person:ana-ruiz', spans: [{ file: 'a.txt', start: 0, end: 9, text: 'Ana Ruiz' }, { file: 'b.txt', start: 5, end: 13, text: 'Ana Ruis' }] }],
};

const labels = (nodes: readonly PanelNode[] | undefined): string[] => (nodes ?? []).map((n) => n.label);

describe('sourceNodes', () => {
  it('describes outlet, date and counts, and warns about orphans, broken sidecars and skipped files', () => {
    const health = new Map([
      ['a.txt', { orphans: 0, annotations: 3 }],
      ['b.txt', { orphans: 2, annotations: 2 }],
    ]);
    const nodes = sourceNodes(result, health, new Map([['big.txt', 'larger than newslens.maxFileBytes']]));
    expect(nodes.map((n) => [n.label, n.description, n.icon])).toEqual([
      ['a.txt', 'a.example · 2026-01-02 · 2 entities · 2 quotes · 3 annotations', 'file'],
      ['b.txt', 'unknown outlet · no date · 1 entity · 1 quote · 2 annotations', 'warning'],
      ['big.txt', 'skipped: larger than newslens.maxFileBytes', 'warning'],
    ]);
    expect(nodes[1]!.tooltip).toContain('2 orphaned annotations');
    const broken = sourceNodes(result, new Map([['a.txt', { orphans: 0, annotations: 0, error: 'line 4, column 9: bad' }]]), new Map());
    expect(broken[0]!.contextValue).toBe('source-problem');
    expect(broken[0]!.tooltip).toContain('line 4, column 9: bad');
  });
});

describe('entityNodes', () => {
  const context = (file: string, start: number): string => `${file}@${start}`;

  it('groups type -> entity -> source -> mention, with aliases and merge evidence', () => {
    const nodes = entityNodes(result, '', context);
    expect(labels(nodes)).toEqual(['People', 'Places']);
    const ana = nodes[0]!.children![0]!;
    expect(ana.description).toBe('2× in 2 sources · aka Ana Ruis · merged');
    expect(ana.tooltip).toContain("merged because:\n  spelling 'Ana Ruis' ~ 'Ana Ruiz': one letter");
    expect(labels(ana.children)).toEqual(['a.txt', 'b.txt']);
    const mention = ana.children![1]!.children![0]!;
    expect(mention).toMatchObject({ label: 'Ana Ruis', description: 'b.txt@5', reveal: { file: 'b.txt', start: 5, end: 13 } });
  });

  it('builds the sources and mentions of an entity only when they are read (a view expands them)', () => {
    const read: string[] = [];
    const nodes = entityNodes(result, '', (file, start) => {
      read.push(`${file}@${start}`);
      return '';
    });
    const ana = nodes[0]!.children![0]!;
    expect(ana.hasChildren).toBe(true);
    expect(read).toEqual([]);
    const source = ana.children![1]!;
    expect(source.hasChildren).toBe(true);
    expect(read).toEqual([]);
    expect(source.children!.map((m) => m.label)).toEqual(['Ana Ruis']);
    expect(read).toEqual(['b.txt@5']);
    // Built once: reading again gives the same nodes.
    expect(ana.children).toBe(ana.children);
  });

  it('makes a type\'s entities when it is expanded, and an entity\'s tooltip when it is hovered', () => {
    const asked: string[] = [];
    const l10n = { t: (message: string, ...args: (string | number | boolean)[]) => (asked.push(message), ENGLISH.t(message, ...args)) };
    const nodes = entityNodes(result, '', context, l10n);
    expect(asked).toEqual(['People', 'Places']);
    const people = nodes[0]!.children!;
    expect(asked).toContain('{0}× in {1}');
    expect(asked).not.toContain('merged because:');
    expect(people[0]!.tooltip).toContain('merged because:');
    expect(asked).toContain('merged because:');
  });

  it('gives the tests a plain copy: own data properties, every child and tooltip made', () => {
    const plain = plainNodes(entityNodes(result, '', context));
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    const ana = plain[0]!.children![0]!;
    expect(Object.getOwnPropertyDescriptor(ana, 'tooltip')?.value).toContain('merged because:');
    expect(ana.children![1]!.children![0]!.label).toBe('Ana Ruis');
  });

  it.each([
    ['ruis', ['Ana Ruiz']],
    ['PLACE', ['Lisbon']],
    ['  ', ['Ana Ruiz', 'Lisbon']],
    ['nobody', []],
  ])('filter %j keeps %j', (filter, expected) => {
    expect(entityNodes(result, filter, context).flatMap((t) => labels(t.children))).toEqual(expected);
    expect(result.entities.filter((e) => matchesFilter(e, filter)).map((e) => e.name)).toEqual(expected);
  });
});

describe('quoteNodes', () => {
  it('speaker -> group -> versions, ungrouped quotes as single items, unknown speaker last', () => {
    const nodes = quoteNodes(result);
    expect(labels(nodes)).toEqual(['Ana Ruiz', '(unknown speaker)']);
    const group = nodes[0]!.children![0]!;
    expect(group).toMatchObject({ label: '“We will open in May.”', contextValue: 'quoteGroup', description: '2 versions in 2 sources' });
    expect(group.children!.map((v) => [v.label, v.contextValue])).toEqual([
      ['a.txt', 'quoteVersion'],
      ['b.txt', 'quoteVersion'],
    ]);
    expect(group.children![0]!.tooltip).toContain('leaves out “will”');
    expect(nodes[1]!.children![0]).toMatchObject({ contextValue: 'quote', reveal: { file: 'a.txt', start: 60, end: 70 } });
  });
  it('makes a speaker\'s quote nodes when it is expanded', () => {
    const asked: string[] = [];
    const nodes = quoteNodes(result, { t: (message, ...args) => (asked.push(message), ENGLISH.t(message, ...args)) });
    expect(nodes.map((n) => n.description)).toEqual(['1 quote', '1 quote']);
    expect(asked).not.toContain('{0} in {1}');
    expect(nodes[0]!.children![0]!.description).toBe('2 versions in 2 sources');
    expect(asked).toContain('{0} in {1}');
  });
});

describe('articleNodes', () => {
  it('lists what the article shares with the others and the findings about it', () => {
    const [findings, quotes, entities] = articleNodes(result, 'a.txt');
    expect(labels(entities!.children)).toEqual(['Ana Ruiz']);
    expect(labels(entities!.children![0]!.children)).toEqual(['b.txt']);
    expect(entities!.children![0]!.children![0]!.description).toBe('Ana Ruis');
    expect(labels(quotes!.children)).toEqual(['“We open in May.”']);
    expect(quotes!.children![0]!.children![0]!.reveal).toEqual({ file: 'b.txt', start: 40, end: 60 });
    expect(labels(findings!.children)).toEqual(['Ana Ruiz is spelled 2 ways']);
    expect(articleNodes(result, 'missing.txt')).toEqual([]);
  });
});

describe('text helpers', () => {
  it.each([
    ['first line', 'one\ntwo\nthree', 0, 1, 'one'],
    ['middle line', 'one\ntwo\nthree', 4, 5, 'two'],
    ['a text starting with a newline', '\nab', 0, 0, ''],
    ['last line without newline', 'one\nthree', 5, 6, 'three'],
  ])('lineAt: %s', (_name, text, start, end, expected) => {
    expect(lineAt(text, start, end)).toBe(expected);
  });

  it('shorten collapses whitespace and cuts with an ellipsis', () => {
    expect(shorten('a\n  b', 10)).toBe('a b');
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
  });
});
