import { describe, expect, it } from 'vitest';
import { prepareText } from '../../../src/core/annotations/anchor';
import { exportW3c } from '../../../src/core/exports/w3c';
import { importW3c, resolveW3cTarget } from '../../../src/core/exports/w3cImport';
import { normalizeText } from '../../../src/core/text/normalize';
import { HARBOUR_TEXT } from '../annotations/fixtures';
import { essentials, harbourAnnotations } from './exportFixtures';

const CRLF_BOM = '\ufeff' + HARBOUR_TEXT.replace(/\n/g, '\r\n');

function collectionOf(fileText = HARBOUR_TEXT, file = 'news/harbour 1.txt'): { path: string; json: any } {
  const [out, ...rest] = exportW3c([{ file, text: fileText, annotations: harbourAnnotations(fileText) }], { entityNames: new Map([['person:daniel-okafor', 'Daniel Okafor']]) });
  expect(rest).toEqual([]);
  return { path: out!.path, json: JSON.parse(out!.content) };
}

describe('W3C Web Annotation export', () => {
  it('writes one AnnotationCollection per source with its items on the first page', () => {
    const { path, json } = collectionOf();
    expect(path).toBe('news/harbour 1.jsonld');
    expect(json).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'harbour%201.txt.annotations.yaml',
      type: 'AnnotationCollection',
      total: 8,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(json.first.items).toHaveLength(8);
  });

  it('gives each annotation an id, motivation, bodies, selectors in code points, creator and created', () => {
    const { json } = collectionOf();
    const person = json.first.items.find((i: any) => i.target.selector[0].exact === 'Daniel Okafor');
    const original = harbourAnnotations().find((a) => a.target.exact === 'Daniel Okafor')!;
    expect(person).toEqual({
      id: `harbour%201.txt.annotations.yaml#${original.id}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'PERSON' },
        { type: 'SpecificResource', purpose: 'identifying', source: 'urn:newslens:entity:person:daniel-okafor' },
        { type: 'TextualBody', purpose: 'identifying', value: 'Daniel Okafor' },
        { type: 'TextualBody', purpose: 'assessing', value: 'confirmed' },
        { type: 'TextualBody', purpose: 'commenting', value: 'chair, not the councillor' },
        { type: 'TextualBody', purpose: 'tagging', value: 'checked' },
      ],
      target: {
        source: 'harbour%201.txt',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Daniel Okafor', prefix: original.target.prefix, suffix: original.target.suffix },
          { type: 'TextPositionSelector', start: original.target.start, end: original.target.end },
        ],
      },
      creator: { type: 'Person', name: 'alice' },
      created: original.created,
    });
    const quote = json.first.items.find((i: any) => i.target.selector[0].exact.startsWith('real protections'));
    expect(quote.motivation).toBe('classifying');
    expect(quote.body).toContainEqual({ type: 'TextualBody', purpose: 'classifying', value: 'partial quote' });
    expect(quote.body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', source: 'urn:newslens:entity:person:daniel-okafor' });
    expect(quote.body).toContainEqual({ type: 'TextualBody', purpose: 'describing', value: 'said by Daniel Okafor' });
    // After the astral 🐟, code points and UTF-16 differ: the position counts code points.
    const text = normalizeText(HARBOUR_TEXT);
    const at = text.indexOf('real protections');
    expect(quote.target.selector[1].start).toBe(Array.from(text.slice(0, at)).length);
    expect(quote.target.selector[1].start).toBeLessThan(at);
    const detected = json.first.items.find((i: any) => i.body?.some((b: any) => b.value === 'detected'));
    expect(detected.generator).toMatchObject({ type: 'Software', name: 'Newslens' });
  });

  it('imports back what it exported: ids, spans, fields, tags, links, authors', () => {
    const original = harbourAnnotations();
    const { json } = collectionOf();
    const imported = importW3c(JSON.stringify(json), { documentPath: 'news/harbour 1.jsonld' });
    expect(imported.problems).toEqual([]);
    expect(new Set(imported.annotations.map((a) => a.source))).toEqual(new Set(['news/harbour 1.txt']));
    const prepared = prepareText(normalizeText(HARBOUR_TEXT));
    const back = imported.annotations.map((a) => ({ id: a.id!, ...a.fields, target: resolveW3cTarget(a.selector, prepared)! }));
    expect(essentials(back)).toEqual(essentials(original));
    const byId = new Map(back.map((a) => [a.id, a]));
    const extras = (a: { tags?: string[]; links?: unknown[]; author?: string; created?: string } | undefined): unknown => JSON.parse(JSON.stringify({ tags: a?.tags, links: a?.links, author: a?.author, created: a?.created }));
    for (const a of original) expect(extras(byId.get(a.id))).toEqual(extras(a));
  });

  it('uses the same normalized positions for a CRLF + BOM file', () => {
    expect(collectionOf(CRLF_BOM).json.first.items).toEqual(collectionOf(HARBOUR_TEXT).json.first.items);
  });

  it('writes links relative to the document, or under a base IRI', () => {
    const link = (json: any): unknown => json.first.items.flatMap((i: any) => i.body ?? []).find((b: any) => b.source?.includes('courier'))?.source;
    expect(link(collectionOf().json)).toBe('../courier/harbour.txt.annotations.yaml#a-other-1');
    const [withBase] = exportW3c([{ file: 'news/h.txt', text: HARBOUR_TEXT, annotations: harbourAnnotations() }], { baseIri: 'https://git.example/raw/' });
    const json = JSON.parse(withBase!.content);
    expect(json.first.items[0].target.source).toBe('https://git.example/raw/news/h.txt');
    expect(link(json)).toBe('https://git.example/raw/courier/harbour.txt.annotations.yaml#a-other-1');
    const back = importW3c(withBase!.content, { baseIri: 'https://git.example/raw/' }).annotations;
    expect(back[0]!.source).toBe('news/h.txt');
    expect(back.flatMap((a) => a.fields.links ?? [])).toEqual([{ file: 'courier/harbour.txt', id: 'a-other-1' }]);
  });

  it('finds a target by its quote when the text moved, and reads foreign annotations as notes', () => {
    const edited = prepareText('Added line.\n' + normalizeText(HARBOUR_TEXT));
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'commenting',
      body: [{ type: 'TextualBody', value: 'Check this figure' }, { type: 'TextualBody', purpose: 'tagging', value: 'todo' }],
      target: { source: 'https://example.org/harbour.txt', selector: { type: 'TextQuoteSelector', exact: 'Ivo Marsh', prefix: 'chamber president ', suffix: ' said' } },
    };
    const { annotations, problems } = importW3c(JSON.stringify({ '@graph': [foreign, { type: 'Annotation', target: 'x' }] }), { baseIri: 'https://example.org/' });
    expect(problems).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ source: 'harbour.txt', fields: { type: 'note', note: 'Check this figure', tags: ['todo'] } });
    const target = resolveW3cTarget(annotations[0]!.selector, edited)!;
    expect(edited.text.slice(edited.offsets.toUtf16(target.start), edited.offsets.toUtf16(target.end))).toBe('Ivo Marsh');
  });
});
