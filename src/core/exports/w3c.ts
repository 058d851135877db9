/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/), JSON-LD with the
 * standard context: one AnnotationCollection per source, its annotations embedded in the first
 * AnnotationPage. Each annotation:
 *   id          `<source>.annotations.yaml#<id>`: the sidecar that holds it, and its id there
 *               (IRIs are relative to the .jsonld, written at the source's place, or under baseIri)
 *   motivation  identifying (an entity with an id), classifying (entity type, quote, other
 *               types), commenting (notes)
 *   body        TextualBody / SpecificResource items, each with a purpose:
 *                 classifying  the entity type (PERSON...), "direct quote" / "partial quote"...,
 *                              or the annotation's own type for other types
 *                 identifying  the entity: SpecificResource urn:newslens:entity:<id>, name as TextualBody
 *                 linking      a quote's speaker (urn:newslens:entity:<id>) and group
 *                              (urn:newslens:group:<id>); links to other annotations (their ids)
 *                 describing   "said by <name>" for a quote whose speaker's name is known
 *                 assessing    the status: detected, confirmed or rejected
 *                 commenting   the note;  tagging  each tag
 *   target      { source, selector: [TextQuoteSelector, TextPositionSelector] }
 *   creator, created; generator Newslens for items it detected
 * TextPositionSelector start/end count Unicode code points of the normalized text (BOM removed,
 * CRLF/CR -> LF), which is how the spec counts characters ("code points", not UTF-16 units).
 */
import { anchorSource, entityNamesOf, stem, type AnchoredAnnotation } from './anchored';
import { iriOf } from './paths';
import type { ExportFile, ExportOptions, ExportSource } from './types';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ENTITY_URN = 'urn:newslens:entity:';
export const GROUP_URN = 'urn:newslens:group:';
export const SIDECAR_FRAGMENT = '.annotations.yaml#';
export const NEWSLENS_AGENT = { id: 'https://github.com/newslens/newslens', type: 'Software', name: 'Newslens' } as const;

export interface W3cExportOptions extends ExportOptions {
  /**
   * Prefix that turns folder-relative paths into absolute IRIs (e.g. a repository's raw URL).
   * Without it, IRIs are relative to the .jsonld file, which is written at the source's place.
   */
  baseIri?: string;
}

type Json = Record<string, unknown>;

export function exportW3c(sources: readonly ExportSource[], options: W3cExportOptions = {}): ExportFile[] {
  const anchored = sources.map((s) => anchorSource(s, options));
  const names = entityNamesOf(anchored, options.entityNames);
  return anchored.map((source) => {
    const path = `${stem(source.file)}.jsonld`;
    const sourceIri = iriOf(source.file, path, options.baseIri);
    const linkIri = (file: string): string => iriOf(file, path, options.baseIri);
    const items = source.items.map((item) => annotationJson(item, sourceIri, names, linkIri));
    const collection = {
      '@context': W3C_CONTEXT,
      id: `${sourceIri}.annotations.yaml`,
      type: 'AnnotationCollection',
      label: `Newslens annotations of ${source.file}`,
      total: items.length,
      first: { id: `${sourceIri}.annotations.yaml#page1`, type: 'AnnotationPage', startIndex: 0, items },
    };
    return { path, content: JSON.stringify(collection, null, 2) + '\n' };
  });
}

function annotationJson(item: AnchoredAnnotation, sourceIri: string, names: ReadonlyMap<string, string>, linkIri: (file: string) => string): Json {
  const a = item.annotation;
  const body: Json[] = [];
  const textual = (purpose: string, value: string): Json => ({ type: 'TextualBody', purpose, value });
  const resource = (purpose: string, source: string): Json => ({ type: 'SpecificResource', purpose, source });
  if (a.entity) {
    body.push(textual('classifying', a.entity.type));
    body.push(resource('identifying', ENTITY_URN + a.entity.id));
    if (a.entity.name) body.push(textual('identifying', a.entity.name));
  } else if (a.quote) {
    body.push(textual('classifying', `${a.quote.kind} quote`));
  } else if (a.type !== 'note') {
    body.push(textual('classifying', a.type));
  }
  if (a.quote?.speaker) {
    body.push(resource('linking', ENTITY_URN + a.quote.speaker));
    const name = names.get(a.quote.speaker);
    if (name) body.push(textual('describing', `said by ${name}`));
  }
  if (a.quote?.group) body.push(resource('linking', GROUP_URN + a.quote.group));
  if (a.status) body.push(textual('assessing', a.status));
  if (a.note !== undefined) body.push(textual('commenting', a.note));
  for (const tag of a.tags ?? []) body.push(textual('tagging', tag));
  for (const link of a.links ?? []) body.push(resource('linking', linkIri(link.file) + SIDECAR_FRAGMENT + link.id));

  const motivation = a.entity ? 'identifying' : a.type === 'note' ? 'commenting' : 'classifying';
  const annotation: Json = { id: `${sourceIri}${SIDECAR_FRAGMENT}${a.id}`, type: 'Annotation', motivation };
  if (body.length > 0) annotation.body = body;
  annotation.target = {
    source: sourceIri,
    selector: [
      { type: 'TextQuoteSelector', exact: item.exact, prefix: item.prefix, suffix: item.suffix },
      { type: 'TextPositionSelector', start: item.start, end: item.end },
    ],
  };
  if (a.author) annotation.creator = { type: 'Person', name: a.author };
  if (a.created) annotation.created = a.created;
  if (a.status === 'detected') annotation.generator = NEWSLENS_AGENT;
  return annotation;
}
