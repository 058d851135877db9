import { describe, expect, it } from 'vitest';
import { exportBrat } from '../../../src/core/exports/brat';
import { importBrat } from '../../../src/core/exports/bratImport';
import { HARBOUR_TEXT } from '../annotations/fixtures';
import { essentials, harbourAnnotations, pythonSlice } from './exportFixtures';

const CRLF_BOM = '\ufeff' + HARBOUR_TEXT.replace(/\n/g, '\r\n');

function annOf(fileText: string): { ann: string; conf: string } {
  const files = exportBrat([{ file: 'harbour.txt', text: fileText, annotations: harbourAnnotations(fileText) }]);
  expect(files.map((f) => f.path)).toEqual(['harbour.ann', 'annotation.conf']);
  return { ann: files[0]!.content, conf: files[1]!.content };
}

describe('brat export', () => {
  it('writes entity, quote, note, status, kind, reference, speaker and note lines', () => {
    const { ann } = annOf(HARBOUR_TEXT);
    const lines = ann.trimEnd().split('\n');
    const start = Array.from(HARBOUR_TEXT).join('').indexOf('Daniel Okafor');
    expect(lines).toContain(`T2\tPERSON ${start} ${start + 13}\tDaniel Okafor`);
    expect(lines).toContainEqual(expect.stringMatching(/^A\d+\tStatus T2 confirmed$/));
    expect(lines).toContainEqual(expect.stringMatching(/^N\d+\tReference T2 Newslens:person:daniel-okafor\tDaniel Okafor$/));
    expect(lines).toContainEqual(expect.stringMatching(/^#\d+\tAnnotatorNotes T2\tchair, not the councillor$/));
    expect(lines).toContainEqual(expect.stringMatching(/^A\d+\tStatus T1 rejected$/));
    expect(lines).toContainEqual(expect.stringMatching(/^T\d+\tQuote \d+ \d+\tWe are not going/));
    expect(lines).toContainEqual(expect.stringMatching(/^R1\tSpeaker Arg1:T\d+ Arg2:T2$/));
    expect(lines).toContainEqual(expect.stringMatching(/^T\d+\tclaim \d+ \d+\tChamber of Commerce$/));
    expect(lines).toContainEqual(expect.stringMatching(/^T\d+\tNote \d+ \d+\tRotterdam and Antwerp$/));
  });

  it.each([
    ['LF', HARBOUR_TEXT],
    ['CRLF with a BOM', CRLF_BOM],
  ])('offsets (%s) are code points of the file as stored, as brat (Python) reads it', (_, fileText) => {
    const { ann } = annOf(fileText);
    const textBound = ann.split('\n').filter((l) => l.startsWith('T'));
    expect(textBound.length).toBe(8);
    for (const line of textBound) {
      const [, typeAndSpans, text] = line.split('\t') as [string, string, string];
      const fragments = typeAndSpans.split(' ').slice(1).join(' ').split(';').map((s) => s.split(' ').map(Number));
      expect(fragments.map(([s, e]) => pythonSlice(fileText, s!, e!)).join(' ')).toBe(text);
    }
    // The quote across a line break is two fragments, neither holding the CR or LF.
    expect(ann).toMatch(/\tQuote \d+ \d+;\d+ \d+\tThe survey shows the eastern basin is a nursery for three commercial species,\n/);
  });

  it('shifts offsets by the BOM and one per CRLF before the span', () => {
    const lf = annOf(HARBOUR_TEXT).ann.match(/\tclaim (\d+) (\d+)\t/)!;
    const crlf = annOf(CRLF_BOM).ann.match(/\tclaim (\d+) (\d+)\t/)!;
    const lineBreaksBefore = HARBOUR_TEXT.slice(0, HARBOUR_TEXT.indexOf('Chamber of Commerce')).split('\n').length - 1;
    expect(Number(crlf[1])).toBe(Number(lf[1]) + 1 + lineBreaksBefore);
    expect(Number(crlf[2]) - Number(crlf[1])).toBe(19);
  });

  it('writes an annotation.conf declaring exactly the labels used', () => {
    const { conf } = annOf(HARBOUR_TEXT);
    const section = (name: string): string[] => conf.split(`[${name}]\n`)[1]!.split('\n\n')[0]!.split('\n').filter(Boolean);
    expect(section('entities')).toEqual(['PERSON', 'ORG', 'Note', 'Quote', 'claim']);
    expect(section('relations')[0]).toBe('Speaker\tArg1:Quote, Arg2:PERSON');
    expect(conf).toMatch(/^Status\tArg:<ENTITY>, Value:detected\|confirmed\|rejected$/m);
    expect(conf).toMatch(/^Kind\tArg:Quote, Value:direct\|partial\|scare\|title$/m);
  });

  it.each([
    ['LF', HARBOUR_TEXT],
    ['CRLF with a BOM', CRLF_BOM],
  ])('imports back (%s): same spans, types, statuses, notes, entities and quotes', (_, fileText) => {
    const { ann } = annOf(fileText);
    const imported = importBrat(ann, fileText);
    expect(imported.problems).toEqual([]);
    const original = harbourAnnotations(fileText);
    expect(essentials(imported.items.map((i, n) => ({ id: String(n), ...i.fields, target: i.target })))).toEqual(essentials(original));
  });

  it('reads other tools\' labels and reports lines that do not fit the text', () => {
    const text = 'Angela Merkel visited Paris for the OECD.\n';
    const ann = ['T1\tPER 0 13\tAngela Merkel', 'T2\tGPE 22 27\tParis', 'T3\tORGANIZATION 36 40\tOECD', 'T4\tPER 0 6\tAngie', 'A1\tStatus T9 confirmed', 'T5\tEvent 14 21\tvisited', 'T6 PER 0 6 Angela'].join('\n');
    const { items, problems } = importBrat(ann, text);
    expect(items.map((i) => [i.fields.type, i.fields.entity?.type, i.fields.entity?.id, i.target.exact])).toEqual([
      ['entity', 'PERSON', 'person:angela-merkel', 'Angela Merkel'],
      ['entity', 'PLACE', 'place:paris', 'Paris'],
      ['entity', 'ORG', 'org:oecd', 'OECD'],
      ['event', undefined, undefined, 'visited'],
    ]);
    expect(problems.map((p) => p.line).sort()).toEqual([4, 5, 7]);
  });
});
