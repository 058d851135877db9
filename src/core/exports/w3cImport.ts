/**
 * Reads W3C Web Annotation JSON-LD back: what exportW3c writes (round trip, ids kept) and
 * annotations from other tools (a collection, a page, a list or a single annotation; TextualBody
 * comments become notes, tagging bodies tags). A body without a purpose takes the annotation's
 * motivation, as the model says.
 */
import { buildTarget, reanchor, type PreparedText } from '../annotations/anchor';
import { ID_PATTERN } from '../annotations/ids';
import { ANNOTATION_STATUSES, type AnnotationLink, type AnnotationStatus, type TextTarget } from '../annotations/types';
import { ENTITY_TYPES, type EntityType, type QuoteKind } from '../model';
import { codePointLength } from '../text/offsets';
import { QUOTE_KINDS } from './brat';
import { pathOfIri } from './paths';
import type { ImportedAnnotation, ImportProblem } from './types';
import { ENTITY_URN, GROUP_URN, SIDECAR_FRAGMENT } from './w3c';

const TYPE_PATTERN = /^[a-z][a-z0-9-]*$/;

/** An annotation read from JSON-LD, before its target is found in the source text. */
export interface W3cAnnotation {
  /** The source path relative to the folder (baseIri removed, percent-decoding undone). */
  source: string;
  id?: string;
  fields: ImportedAnnotation['fields'];
  selector: Partial<TextTarget>;
}

export interface W3cImport {
  annotations: W3cAnnotation[];
  problems: ImportProblem[];
}

type Json = Record<string, unknown>;

export interface W3cImportOptions {
  /** The JSON-LD file's path relative to the folder: relative IRIs are resolved against it (default: at the folder's root). */
  documentPath?: string;
  /** The base IRI the export used (--base-iri), removed from absolute IRIs. */
  baseIri?: string;
}

export function importW3c(jsonText: string, options: W3cImportOptions = {}): W3cImport {
  const problems: ImportProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (error) {
    return { annotations: [], problems: [{ message: `not JSON: ${(error as Error).message}` }] };
  }
  const annotations: W3cAnnotation[] = [];
  for (const [index, item] of annotationObjects(data).entries()) {
    const parsed = readAnnotation(item, options, (message) => problems.push({ message: `annotation ${index + 1}${typeof item.id === 'string' ? ` (${item.id})` : ''}: ${message}` }));
    if (parsed) annotations.push(parsed);
  }
  return { annotations, problems };
}

/** Finds the selectors' span in the source's normalized text: the position if the quote is there, else re-anchoring. */
export function resolveW3cTarget(selector: Partial<TextTarget>, prepared: PreparedText): TextTarget | null {
  const { start, end, exact } = selector;
  const total = prepared.offsets.toCodePoint(prepared.text.length);
  const hasPosition = typeof start === 'number' && typeof end === 'number' && start >= 0 && start < end && end <= total;
  if (hasPosition) {
    const target = buildTarget(prepared, start, end);
    if (exact === undefined || target.exact === exact) return target;
  }
  if (typeof exact !== 'string' || exact === '') return null;
  if (!hasPosition) {
    // No position to start from: the exact occurrence whose context matches best.
    const at = bestOccurrence(prepared.text, exact, selector.prefix ?? '', selector.suffix ?? '');
    if (at !== -1) return buildTarget(prepared, prepared.offsets.toCodePoint(at), prepared.offsets.toCodePoint(at + exact.length));
  }
  const guess = hasPosition ? start : 0;
  const found = reanchor({ exact, prefix: selector.prefix ?? '', suffix: selector.suffix ?? '', start: guess, end: guess + codePointLength(exact) }, prepared);
  return found.status === 'orphan' ? null : buildTarget(prepared, found.start!, found.end!);
}

function bestOccurrence(text: string, exact: string, prefix: string, suffix: string): number {
  let best = -1;
  let bestScore = -1;
  for (let at = text.indexOf(exact), n = 0; at !== -1 && n < 1000; at = text.indexOf(exact, at + 1), n++) {
    let score = 0;
    while (score < prefix.length && text[at - 1 - score] === prefix[prefix.length - 1 - score]) score++;
    let after = 0;
    while (after < suffix.length && text[at + exact.length + after] === suffix[after]) after++;
    if (score + after > bestScore) [best, bestScore] = [at, score + after];
  }
  return best;
}

function annotationObjects(data: unknown): Json[] {
  if (Array.isArray(data)) return data.flatMap(annotationObjects);
  if (!isObject(data)) return [];
  const types = ([] as unknown[]).concat(data.type ?? data['@type'] ?? []);
  if (types.includes('Annotation')) return [data];
  if (Array.isArray(data.items)) return data.items.flatMap(annotationObjects);
  if (Array.isArray(data['@graph'])) return data['@graph'].flatMap(annotationObjects);
  if (data.first !== undefined) return annotationObjects(data.first);
  return [];
}

function readAnnotation(item: Json, options: W3cImportOptions, problem: (m: string) => void): W3cAnnotation | null {
  const documentPath = options.documentPath ?? 'annotations.jsonld';
  const target = ([] as unknown[]).concat(item.target ?? [])[0];
  if (!isObject(target) || typeof (isObject(target.source) ? target.source.id : target.source) !== 'string') {
    problem('its target names no source; skipped');
    return null;
  }
  const sourceIri = String(isObject(target.source) ? target.source.id : target.source);
  const source = pathOfIri(sourceIri, documentPath, options.baseIri);
  if (source === null) {
    problem(`source ${sourceIri} is not inside the folder (use --base-iri for absolute IRIs); skipped`);
    return null;
  }
  const selector: Partial<TextTarget> = {};
  for (const s of ([] as unknown[]).concat(target.selector ?? [])) {
    if (!isObject(s)) continue;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') Object.assign(selector, { exact: s.exact, prefix: str(s.prefix) ?? '', suffix: str(s.suffix) ?? '' });
    if (s.type === 'TextPositionSelector' && typeof s.start === 'number' && typeof s.end === 'number') Object.assign(selector, { start: s.start, end: s.end });
  }
  if (selector.exact === undefined && selector.start === undefined) {
    problem('no TextQuoteSelector or TextPositionSelector; skipped');
    return null;
  }

  const motivation = str(([] as unknown[]).concat(item.motivation ?? [])[0]);
  let entityType: EntityType | undefined;
  let entityId: string | undefined;
  let entityName: string | undefined;
  let kind: QuoteKind | undefined;
  let customType: string | undefined;
  let speaker: string | undefined;
  let group: string | undefined;
  let status: AnnotationStatus | undefined;
  const notes: string[] = [];
  const descriptions: string[] = [];
  const tags: string[] = [];
  const links: AnnotationLink[] = [];
  const bodies = ([] as unknown[]).concat(item.body ?? []);
  if (typeof item.bodyValue === 'string') bodies.push({ type: 'TextualBody', value: item.bodyValue });
  for (const body of bodies) {
    if (!isObject(body)) continue;
    const purpose = str(body.purpose) ?? motivation;
    const value = str(body.value);
    const iri = str(isObject(body.source) ? body.source.id : body.source) ?? (body.type !== 'TextualBody' ? str(body.id) : undefined);
    if (value !== undefined) {
      const quoteKind = /^(\w+) quote$/.exec(value)?.[1];
      if (purpose === 'classifying' && (ENTITY_TYPES as readonly string[]).includes(value)) entityType = value as EntityType;
      else if (purpose === 'classifying' && quoteKind && (QUOTE_KINDS as readonly string[]).includes(quoteKind)) kind = quoteKind as QuoteKind;
      else if (purpose === 'classifying' && TYPE_PATTERN.test(value)) customType = value;
      else if (purpose === 'identifying') entityName = value;
      else if (purpose === 'assessing' && (ANNOTATION_STATUSES as readonly string[]).includes(value)) status = value as AnnotationStatus;
      else if (purpose === 'tagging') tags.push(value);
      else if (purpose === 'describing') descriptions.push(value);
      else notes.push(value);
    } else if (iri !== undefined) {
      if (iri.startsWith(ENTITY_URN) && purpose === 'identifying') entityId = iri.slice(ENTITY_URN.length);
      else if (iri.startsWith(ENTITY_URN)) speaker = iri.slice(ENTITY_URN.length);
      else if (iri.startsWith(GROUP_URN)) group = iri.slice(GROUP_URN.length);
      else if (iri.includes(SIDECAR_FRAGMENT)) {
        const at = iri.lastIndexOf(SIDECAR_FRAGMENT);
        const file = pathOfIri(iri.slice(0, at), documentPath, options.baseIri);
        if (file !== null) links.push({ file, id: iri.slice(at + SIDECAR_FRAGMENT.length) });
      }
    }
  }
  // exportW3c's "said by <speaker>" restates the speaker; other descriptions are notes.
  for (const d of descriptions) if (!(speaker && d.startsWith('said by '))) notes.push(d);

  const common = {
    ...(status ? { status } : {}),
    ...(notes.length > 0 ? { note: notes.join('\n') } : {}),
    ...(tags.length > 0 ? { tags } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(authorOf(item.creator) ? { author: authorOf(item.creator) } : {}),
    ...(typeof item.created === 'string' ? { created: item.created } : {}),
  };
  let fields: ImportedAnnotation['fields'];
  if (entityType) {
    const id = entityId ?? `${entityType.toLowerCase()}:${slug(entityName ?? selector.exact ?? '')}`;
    fields = { type: 'entity', entity: { type: entityType, id, ...(entityName ? { name: entityName } : {}) }, ...common };
  } else if (kind) {
    fields = { type: 'quote', quote: { kind, ...(speaker ? { speaker } : {}), ...(group ? { group } : {}) }, ...common };
  } else {
    fields = { type: customType && customType !== 'entity' && customType !== 'quote' ? customType : 'note', ...common };
  }
  const id = typeof item.id === 'string' && item.id.includes(SIDECAR_FRAGMENT) ? item.id.slice(item.id.lastIndexOf('#') + 1) : undefined;
  return { source, ...(id && ID_PATTERN.test(id) ? { id } : {}), fields, selector };
}

function authorOf(creator: unknown): string | undefined {
  const first = ([] as unknown[]).concat(creator ?? [])[0];
  if (typeof first === 'string') return first;
  return isObject(first) ? str(first.name) ?? str(first.nickname) : undefined;
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'unnamed';
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
