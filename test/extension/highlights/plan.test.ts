import { describe, expect, it } from 'vitest';
import { labelsPerLine, planDecorations, type HighlightToggles } from '../../../src/extension/highlights/plan';
import type { AnnotationStatus } from '../../../src/extension/highlights/status';
import { scanTwoSources } from '../navigation/twoSources';

const result = scanTwoSources();
const source = result.sources.find((s) => s.file === 'a.txt')!;
const ALL_ON: HighlightToggles = { enabled: true, person: true, organization: true, place: true, date: true, quotes: true, speaker: 'endOfLine' };
const detected = (): AnnotationStatus => 'detected';
const nameOf = (id: string): string | undefined => result.entities.find((e) => e.id === id)?.name;
const count = (plan: ReturnType<typeof planDecorations>, key: string): number => plan.spans.get(key as never)!.length;

describe('planDecorations', () => {
  it('puts every mention and quote under its type and status', () => {
    const plan = planDecorations(source, ALL_ON, detected, nameOf);
    for (const type of ['PERSON', 'ORG', 'PLACE', 'DATE'] as const) {
      expect(count(plan, `${type}:detected`)).toBe(source.entities.filter((m) => m.type === type).length);
    }
    expect(plan.spans.get('QUOTE:detected')).toEqual(source.quotes.map((q) => ({ start: q.start, end: q.end })));
    expect(plan.speakers).toEqual([{ quote: { start: source.quotes[0]!.start, end: source.quotes[0]!.end }, label: 'Mira Okafor' }]);
  });

  it.each([
    ['person', 'PERSON'],
    ['organization', 'ORG'],
    ['date', 'DATE'],
    ['quotes', 'QUOTE'],
  ] as const)('switching %s off empties only its highlights', (setting, kind) => {
    const plan = planDecorations(source, { ...ALL_ON, [setting]: false }, detected, nameOf);
    expect(count(plan, `${kind}:detected`)).toBe(0);
    const others = [...plan.spans].filter(([key]) => !key.startsWith(kind)).reduce((n, [, spans]) => n + spans.length, 0);
    const all = [...planDecorations(source, ALL_ON, detected, nameOf).spans].filter(([key]) => !key.startsWith(kind)).reduce((n, [, spans]) => n + spans.length, 0);
    expect(others).toBe(all);
  });

  it('draws nothing when highlights are disabled', () => {
    const plan = planDecorations(source, { ...ALL_ON, enabled: false }, detected, nameOf);
    expect([...plan.spans.values()].every((spans) => spans.length === 0)).toBe(true);
    expect(plan.speakers).toEqual([]);
  });

  it('files items under the status the annotations give them; rejected quotes show no speaker', () => {
    const quote = source.quotes[0]!;
    const okafor = source.entities.find((m) => m.text === 'Mira Okafor')!;
    const statusAt = (start: number, _end: number, kind: string): AnnotationStatus =>
      kind === 'quote' && start === quote.start ? 'rejected' : start === okafor.start ? 'confirmed' : 'detected';
    const plan = planDecorations(source, ALL_ON, statusAt, nameOf);
    expect(plan.spans.get('QUOTE:rejected')).toEqual([{ start: quote.start, end: quote.end }]);
    expect(plan.spans.get('PERSON:confirmed')).toEqual([{ start: okafor.start, end: okafor.end }]);
    expect(plan.speakers).toEqual([]);
  });

  it('shows no speakers when they are off', () => {
    expect(planDecorations(source, { ...ALL_ON, speaker: 'off' }, detected, nameOf).speakers).toEqual([]);
  });
});

describe('labelsPerLine', () => {
  it('joins the speakers of one line without repeats', () => {
    const labels = labelsPerLine([
      { line: 2, label: 'Okafor' },
      { line: 2, label: 'Lindqvist' },
      { line: 2, label: 'Okafor' },
      { line: 5, label: 'Okafor' },
    ]);
    expect([...labels]).toEqual([
      [2, '— Okafor, Lindqvist'],
      [5, '— Okafor'],
    ]);
  });
});
