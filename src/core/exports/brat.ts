/**
 * brat standoff export (https://brat.nlplab.org/standoff.html): `x.ann` next to `x.txt`.
 *
 *   T1\tPERSON 10 24\tVladimir Putin                        text-bound: entity, Quote, Note, other types
 *   T2\tQuote 30 52;53 80\tfirst line second line           a span across line breaks is cut into fragments
 *   A1\tStatus T1 confirmed                                  status (detected | confirmed | rejected)
 *   A2\tKind T2 direct                                       quote kind
 *   N1\tReference T1 Newslens:person:vladimir-putin\tVladimir Putin   entity id and name
 *   N2\tReference T2 Newslens:person:vladimir-putin\tVladimir Putin   on a Quote: its speaker
 *   N3\tReference T2 NewslensGroup:quote:putin:river\t         on a Quote: its quote group
 *   R1\tSpeaker Arg1:T2 Arg2:T1                              the speaker's mention, when the source annotates one
 *   #1\tAnnotatorNotes T1\tthe note                          notes (line breaks and tabs become spaces)
 *
 * Offsets are code points over the FILE's text as brat reads it (Python, UTF-8, BOM and CRLF
 * kept), not over the normalized text the sidecars use; FileOffsets maps between the two.
 * Tags, links, authors and creation times have no place in brat and are not exported.
 */
import { ANNOTATION_STATUSES } from '../annotations/types';
import { ENTITY_TYPES } from '../model';
import { anchorSource, entityNamesOf, stem, type AnchoredAnnotation, type AnchoredSource } from './anchored';
import type { ExportFile, ExportOptions, ExportSource } from './types';

export const BRAT_CONF_FILE = 'annotation.conf';
export const ENTITY_DB = 'Newslens';
export const GROUP_DB = 'NewslensGroup';
export const QUOTE_KINDS = ['direct', 'partial', 'scare', 'title'] as const;

export interface BratExportOptions extends ExportOptions {
  /** Also write each source's text as `x.txt` (brat needs it next to the .ann; for --out elsewhere). */
  includeText?: boolean;
}

/** The brat label of an annotation: entity type, Quote, Note, or the annotation's own type. */
export function bratLabel(annotation: AnchoredAnnotation['annotation']): string {
  if (annotation.entity) return annotation.entity.type;
  if (annotation.type === 'quote') return 'Quote';
  if (annotation.type === 'note') return 'Note';
  return annotation.type === 'entity' ? 'Entity' : annotation.type;
}

export function exportBrat(sources: readonly ExportSource[], options: BratExportOptions = {}): ExportFile[] {
  const anchored = sources.map((s) => anchorSource(s, options));
  const names = entityNamesOf(anchored, options.entityNames);
  const files: ExportFile[] = [];
  const labels = new Set<string>();
  const speakerLabels = new Set<string>();
  for (const [index, source] of anchored.entries()) {
    const base = stem(source.file);
    files.push({ path: `${base}.ann`, content: annLines(source, names, labels, speakerLabels, options) });
    if (options.includeText) files.push({ path: `${base}.txt`, content: sources[index]!.text });
  }
  files.push({ path: BRAT_CONF_FILE, content: bratConf(labels, speakerLabels) });
  return files;
}

function annLines(source: AnchoredSource, names: ReadonlyMap<string, string>, labels: Set<string>, speakerLabels: Set<string>, options: ExportOptions): string {
  const textBound: string[] = [];
  const rest: string[] = [];
  const counters = { A: 0, N: 0, R: 0, '#': 0 };
  const next = (prefix: keyof typeof counters): string => `${prefix}${++counters[prefix]}`;
  const entityMentions: { id: string; start: number; bratId: string; label: string }[] = [];
  const quotes: { bratId: string; start: number; speaker: string }[] = [];

  for (const item of source.items) {
    const fragments = fileFragments(source, item.start, item.end);
    const a = item.annotation;
    if (fragments.length === 0) {
      options.onProblem?.(source.file, `annotation ${a.id} covers only line breaks; not exported to brat`);
      continue;
    }
    const bratId = `T${textBound.length + 1}`;
    const label = bratLabel(a);
    labels.add(label);
    const spans = fragments.map((f) => `${f.start} ${f.end}`).join(';');
    const text = fragments.map((f) => source.offsets.fileSlice(f.start, f.end)).join(' ');
    textBound.push(`${bratId}\t${label} ${spans}\t${oneLine(text)}`);
    if (a.status) rest.push(`${next('A')}\tStatus ${bratId} ${a.status}`);
    if (a.entity) {
      rest.push(`${next('N')}\tReference ${bratId} ${ENTITY_DB}:${a.entity.id}\t${oneLine(a.entity.name ?? '')}`);
      entityMentions.push({ id: a.entity.id, start: item.start, bratId, label });
    }
    if (a.quote) {
      rest.push(`${next('A')}\tKind ${bratId} ${a.quote.kind}`);
      if (a.quote.speaker) {
        rest.push(`${next('N')}\tReference ${bratId} ${ENTITY_DB}:${a.quote.speaker}\t${oneLine(names.get(a.quote.speaker) ?? '')}`);
        quotes.push({ bratId, start: item.start, speaker: a.quote.speaker });
      }
      if (a.quote.group) rest.push(`${next('N')}\tReference ${bratId} ${GROUP_DB}:${a.quote.group}\t`);
    }
    if (a.note !== undefined && a.note !== '') rest.push(`${next('#')}\tAnnotatorNotes ${bratId}\t${oneLine(a.note)}`);
  }
  // A Speaker relation to the speaker's closest preceding mention (else the first after it),
  // so brat draws the arc; the Reference line above already says who it is.
  for (const quote of quotes) {
    const mentions = entityMentions.filter((m) => m.id === quote.speaker);
    const before = mentions.filter((m) => m.start <= quote.start);
    const mention = before.length > 0 ? before[before.length - 1] : mentions[0];
    if (!mention) continue;
    speakerLabels.add(mention.label);
    rest.push(`${next('R')}\tSpeaker Arg1:${quote.bratId} Arg2:${mention.bratId}`);
  }
  const lines = [...textBound, ...rest];
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

/** File-offset fragments of a normalized span, cut at line breaks (brat spans are one line each). */
export function fileFragments(source: AnchoredSource, start: number, end: number): { start: number; end: number }[] {
  const { text, offsets } = source.prepared;
  const slice = text.slice(offsets.toUtf16(start), offsets.toUtf16(end));
  const fragments: { start: number; end: number }[] = [];
  let at = start;
  for (const line of slice.split('\n')) {
    const length = [...line].length;
    if (length > 0) fragments.push({ start: source.offsets.toFile(at), end: source.offsets.toFile(at + length) });
    at += length + 1;
  }
  return fragments;
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}

/** brat's configuration for the labels used, so brat opens the files without complaints. */
function bratConf(labels: ReadonlySet<string>, speakerLabels: ReadonlySet<string>): string {
  const entityLabels = [...ENTITY_TYPES.filter((t) => labels.has(t)), ...[...labels].filter((l) => !(ENTITY_TYPES as readonly string[]).includes(l)).sort()];
  const lines = [
    '# brat configuration for a Newslens export: the annotation types these .ann files use.',
    '[entities]',
    ...entityLabels,
    '',
    '[relations]',
    ...(speakerLabels.size > 0 ? [`Speaker\tArg1:Quote, Arg2:${[...speakerLabels].sort().join('|')}`] : []),
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    `Status\tArg:<ENTITY>, Value:${ANNOTATION_STATUSES.join('|')}`,
    ...(labels.has('Quote') ? [`Kind\tArg:Quote, Value:${QUOTE_KINDS.join('|')}`] : []),
  ];
  return lines.join('\n') + '\n';
}
