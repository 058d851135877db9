import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/cli/report';
import type { QuoteVariant, ScanResult } from '../../src/core/model';

describe('formatReport', () => {
  it('reports a statement carried by hundreds of thousands of quotes (no line is passed as an argument)', () => {
    const count = 250_000;
    const variants: QuoteVariant[] = Array.from({ length: count }, (_, i) => ({
      file: `desk/${i}.txt`,
      start: 0,
      end: 10,
      text: 'We stay.',
      relation: i === 0 ? 'longest' : 'identical',
      added: [],
      dropped: [],
      changed: [],
    }));
    const result: ScanResult = {
      version: 1,
      sources: [],
      entities: [],
      quoteGroups: [{ id: 'quote:unknown:we-stay', speaker: null, members: variants.map(({ file, start, end }) => ({ file, start, end })), variants }],
      findings: [],
    };
    const report = formatReport(result);
    expect(report).toContain(`(unattributed) - ${count} versions in ${count} sources [quote:unknown:we-stay]`);
    expect(report).toContain(`desk/${count - 1}.txt: "We stay." (identical)`);
  });

  it('lists each speaker\'s quotes in source order', () => {
    const quote = (text: string, speaker: string | null) => ({ start: 0, end: text.length, text, kind: 'direct' as const, speaker, group: null });
    const source = (file: string, quotes: ReturnType<typeof quote>[]) => ({ file, title: null, outlet: null, published: null, url: null, authors: [], entities: [], quotes });
    const result: ScanResult = {
      version: 1,
      sources: [source('a.txt', [quote('One.', 'person:ana'), quote('Two.', null)]), source('b.txt', [quote('Three.', 'person:ana')])],
      entities: [{ id: 'person:ana', name: 'Ana Ruiz', type: 'PERSON', aliases: [], sources: ['a.txt', 'b.txt'], mentions: 2, evidence: [] }],
      quoteGroups: [],
      findings: [],
    };
    const report = formatReport(result);
    expect(report).toContain('Quotes by speaker (3)\n  Ana Ruiz\n    "One." - a.txt (direct)\n    "Three." - b.txt (direct)\n  (unattributed)\n    "Two." - a.txt (direct)\n');
  });
});
