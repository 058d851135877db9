import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, exportCsv, parseCsv } from '../../../src/core/exports/csv';
import { annotate, harbourAnnotations } from './exportFixtures';
import { HARBOUR_TEXT } from '../annotations/fixtures';

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a=b', 'a=b'],
  ])('field %j -> %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes one row per annotation with the documented columns, readable back', () => {
    const [file] = exportCsv([{ file: 'harbour.txt', text: HARBOUR_TEXT, annotations: harbourAnnotations() }]);
    expect(file!.path).toBe('newslens-annotations.csv');
    expect(file!.content.startsWith('\ufeff')).toBe(false);
    const rows = parseCsv(file!.content);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toHaveLength(8);
    const record = (row: string[]): Record<string, string> => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]!]));
    const quote = rows.slice(1).map(record).find((r) => r.text.startsWith('The survey'))!;
    expect(quote).toMatchObject({ source: 'harbour.txt', type: 'quote', kind: 'direct', status: 'detected', text: 'The survey shows the\neastern basin is a nursery for three commercial species,' });
    const partial = rows.slice(1).map(record).find((r) => r.kind === 'partial')!;
    expect(partial).toMatchObject({ speaker: 'Daniel Okafor', speaker_id: 'person:daniel-okafor' });
    const person = rows.slice(1).map(record).find((r) => r.text === 'Daniel Okafor')!;
    expect(person).toMatchObject({ type: 'PERSON', entity: 'Daniel Okafor', entity_id: 'person:daniel-okafor', status: 'confirmed', note: 'chair, not the councillor', tags: 'checked' });
    expect(Number(person.end) - Number(person.start)).toBe(13);
  });

  it('defuses formulas in hostile article text and notes', () => {
    const hostile = 'Headline\n\n=cmd|\' /C calc\'!A0 was typed, and @SUM(1+1) too, "quoted, with comma".\n-1 or +1\n';
    const sidecar = annotate(hostile, [
      { needle: "=cmd|' /C calc'!A0", type: 'note', note: '=HYPERLINK("http://evil.example")' },
      { needle: '@SUM(1+1)', type: 'note' },
      { needle: '-1 or +1', type: 'note', note: '+danger' },
      { needle: '"quoted, with comma"', type: 'note' },
    ]);
    const [file] = exportCsv([{ file: '=evil.txt', text: hostile, annotations: sidecar.annotations }], { excelBom: true });
    expect(file!.content.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(file!.content).slice(1);
    for (const field of rows.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.map((r) => [r[0], r[2], r[7]])).toEqual([
      ["'=evil.txt", "'=cmd|' /C calc'!A0", `'=HYPERLINK("http://evil.example")`],
      ["'=evil.txt", "'@SUM(1+1)", ''],
      ["'=evil.txt", '"quoted, with comma"', ''],
      ["'=evil.txt", "'-1 or +1", "'+danger"],
    ]);
  });
});
