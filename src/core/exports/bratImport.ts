/**
 * Reads brat standoff (.ann) back into annotations for a source: the lines exportBrat writes,
 * and what people add in brat (text-bound annotations, Status and Kind attributes, notes,
 * Reference normalizations, Speaker relations). Common NER labels of other tools are mapped
 * (PER, LOC, GPE, ORGANIZATION...). Offsets are code points over the file's text.
 */
import { buildTarget, prepareText } from '../annotations/anchor';
import { ANNOTATION_STATUSES, type AnnotationStatus } from '../annotations/types';
import type { EntityType, QuoteKind } from '../model';
import { codePointLength } from '../text/offsets';
import { ENTITY_DB, GROUP_DB, QUOTE_KINDS } from './brat';
import { FileOffsets } from './fileOffsets';
import type { ImportedAnnotation, ImportProblem } from './types';

const ENTITY_LABELS: Record<string, EntityType> = {
  person: 'PERSON', per: 'PERSON',
  org: 'ORG', organization: 'ORG', organisation: 'ORG',
  place: 'PLACE', loc: 'PLACE', location: 'PLACE', gpe: 'PLACE',
  date: 'DATE',
};
const TYPE_PATTERN = /^[a-z][a-z0-9-]*$/;

interface TextBound {
  line: number;
  label: string;
  text: string;
  start: number;
  end: number;
  status?: AnnotationStatus;
  kind?: QuoteKind;
  references: { db: string; id: string; text: string }[];
  notes: string[];
  speakerMention?: string;
}

export interface BratImport {
  items: ImportedAnnotation[];
  problems: ImportProblem[];
}

/** Parses a .ann file against the text of its .txt file (as stored: BOM and CRLF kept). */
export function importBrat(annText: string, fileText: string): BratImport {
  const offsets = new FileOffsets(fileText);
  const prepared = prepareText(offsets.normalized);
  const problems: ImportProblem[] = [];
  const bound = new Map<string, TextBound>();
  const fileLength = codePointLength(fileText);
  const lines = annText.split(/\r?\n/);
  // Text-bound lines first: the other lines refer to them, in any order.
  lines.forEach((raw, index) => {
    if (!raw.startsWith('T')) return;
    const match = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$/.exec(raw);
    if (!match) {
      problems.push({ line: index + 1, message: `not a text-bound annotation line (T<n>, tab, type start end, tab, text); skipped` });
      return;
    }
    const [, id, label, spanList, text] = match as unknown as [string, string, string, string, string];
    const spans = spanList.split(';').map((s) => s.split(' ').map(Number) as [number, number]);
    const start = Math.min(...spans.map((s) => s[0]));
    const end = Math.max(...spans.map((s) => s[1]));
    if (spans.some(([s, e]) => s > e) || end > fileLength) {
      problems.push({ line: index + 1, message: `${id}: offsets ${spanList} are outside the text` });
      return;
    }
    const actual = spans.map(([s, e]) => offsets.fileSlice(s, e)).join(' ');
    if (loose(actual) !== loose(text)) {
      problems.push({ line: index + 1, message: `${id}: the text at ${spanList} is ${JSON.stringify(actual)}, not ${JSON.stringify(text)} (a .ann for another version of the text?); skipped` });
      return;
    }
    bound.set(id, { line: index + 1, label, text: actual, start, end, references: [], notes: [] });
  });
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || raw.startsWith('T')) return;
    const [id = '', data = '', tail = ''] = raw.split('\t');
    const words = data.split(' ');
    const owner = (ref: string | undefined): TextBound | undefined => {
      const found = ref ? bound.get(ref) : undefined;
      if (!found) problems.push({ line, message: `${id}: refers to ${ref ?? 'nothing'}, which is not a text-bound annotation here; ignored` });
      return found;
    };
    if (/^[AM]\d+$/.test(id)) {
      const [name, ref, value] = words;
      const target = owner(ref);
      if (!target) return;
      if (name === 'Status' && (ANNOTATION_STATUSES as readonly string[]).includes(value ?? '')) target.status = value as AnnotationStatus;
      else if (name === 'Kind' && (QUOTE_KINDS as readonly string[]).includes(value ?? '')) target.kind = value as QuoteKind;
      else problems.push({ line, message: `${id}: attribute ${name} ${value ?? ''} is not one Newslens keeps; ignored` });
    } else if (/^N\d+$/.test(id)) {
      const match = /^\S+ (\S+) (\S+?):(\S+)$/.exec(data);
      const target = owner(match?.[1]);
      if (target && match) target.references.push({ db: match[2]!, id: match[3]!, text: tail });
    } else if (id.startsWith('#')) {
      const target = owner(words[1]);
      if (target && tail.trim() !== '') target.notes.push(tail.trim());
    } else if (/^R\d+$/.test(id) && words[0] === 'Speaker') {
      const arg = (n: string): string | undefined => words.find((w) => w.startsWith(`${n}:`))?.slice(n.length + 1);
      const quote = owner(arg('Arg1'));
      if (quote) quote.speakerMention = arg('Arg2');
    }
  });

  const items: ImportedAnnotation[] = [];
  for (const [id, t] of bound) {
    const fields = fieldsOf(id, t, bound, problems);
    if (!fields) continue;
    const start = offsets.toNormalized(t.start);
    const end = offsets.toNormalized(t.end);
    items.push({ fields, target: buildTarget(prepared, start, end) });
  }
  return { items, problems };
}

function fieldsOf(id: string, t: TextBound, bound: ReadonlyMap<string, TextBound>, problems: ImportProblem[]): ImportedAnnotation['fields'] | null {
  const note = t.notes.length > 0 ? { note: t.notes.join('\n') } : {};
  const status = t.status ? { status: t.status } : {};
  const entityType = ENTITY_LABELS[t.label.toLowerCase()];
  const reference = (db: string): { id: string; text: string } | undefined => t.references.find((r) => r.db === db);
  if (entityType) {
    const ref = reference(ENTITY_DB);
    const name = ref ? ref.text.trim() || undefined : loose(t.text);
    return { type: 'entity', ...status, entity: { type: entityType, id: ref?.id ?? `${entityType.toLowerCase()}:${slug(t)}`, ...(name ? { name } : {}) }, ...note };
  }
  if (t.label.toLowerCase() === 'quote') {
    const mention = t.speakerMention ? bound.get(t.speakerMention) : undefined;
    const speaker = reference(ENTITY_DB)?.id ?? mention?.references.find((r) => r.db === ENTITY_DB)?.id;
    const group = reference(GROUP_DB)?.id;
    return { type: 'quote', ...status, quote: { kind: t.kind ?? 'direct', ...(speaker ? { speaker } : {}), ...(group ? { group } : {}) }, ...note };
  }
  const type = t.label.toLowerCase();
  if (!TYPE_PATTERN.test(type) || type === 'entity') {
    problems.push({ line: t.line, message: `${id}: label ${t.label} has no Newslens annotation type; skipped` });
    return null;
  }
  return { type, ...status, ...note };
}

/** An entity id for a mention brat gives no Reference for: its words, lowercase and dashed. */
function slug(t: TextBound): string {
  const words = t.text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return words || `span-${t.start}-${t.end}`;
}

function loose(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
