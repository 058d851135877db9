/**
 * Which spans of an article get which highlight: pure, so it is tested without VS Code.
 * The editor layer turns the plan's code point spans into ranges and decoration calls.
 */
import type { EntityType, Span, SourceReport } from '../../core/model';
import type { AnnotatedKind, AnnotationStatus } from './status';

export type HighlightKind = EntityType | 'QUOTE';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['PERSON', 'ORG', 'PLACE', 'DATE', 'QUOTE'];
export const STATUSES: readonly AnnotationStatus[] = ['detected', 'confirmed', 'rejected'];

/** One decoration type per kind and status, e.g. "PERSON:confirmed". */
export type DecorationKey = `${HighlightKind}:${AnnotationStatus}`;

export interface HighlightToggles {
  readonly enabled: boolean;
  readonly person: boolean;
  readonly organization: boolean;
  readonly place: boolean;
  readonly date: boolean;
  readonly quotes: boolean;
  readonly speaker: 'inlay' | 'endOfLine' | 'off';
}

export interface SpeakerLabel {
  /** The quote the label belongs to. */
  quote: Span;
  label: string;
}

export interface DecorationPlan {
  spans: Map<DecorationKey, Span[]>;
  /** Speakers of the highlighted quotes (empty when speakers are off). */
  speakers: SpeakerLabel[];
}

export type StatusLookup = (start: number, end: number, kind: AnnotatedKind) => AnnotationStatus;

export function kindEnabled(kind: HighlightKind, toggles: HighlightToggles): boolean {
  if (!toggles.enabled) return false;
  switch (kind) {
    case 'PERSON':
      return toggles.person;
    case 'ORG':
      return toggles.organization;
    case 'PLACE':
      return toggles.place;
    case 'DATE':
      return toggles.date;
    case 'QUOTE':
      return toggles.quotes;
  }
}

export function planDecorations(
  source: SourceReport,
  toggles: HighlightToggles,
  statusAt: StatusLookup,
  speakerName: (entityId: string) => string | undefined,
): DecorationPlan {
  const spans = new Map<DecorationKey, Span[]>();
  for (const kind of HIGHLIGHT_KINDS) for (const status of STATUSES) spans.set(`${kind}:${status}`, []);
  const speakers: SpeakerLabel[] = [];
  for (const mention of source.entities) {
    if (!kindEnabled(mention.type, toggles)) continue;
    const status = statusAt(mention.start, mention.end, 'entity');
    spans.get(`${mention.type}:${status}`)!.push({ start: mention.start, end: mention.end });
  }
  if (kindEnabled('QUOTE', toggles)) {
    for (const quote of source.quotes) {
      const status = statusAt(quote.start, quote.end, 'quote');
      spans.get(`QUOTE:${status}`)!.push({ start: quote.start, end: quote.end });
      const name = quote.speaker === null ? undefined : speakerName(quote.speaker);
      if (toggles.speaker !== 'off' && name !== undefined && status !== 'rejected') {
        speakers.push({ quote: { start: quote.start, end: quote.end }, label: name });
      }
    }
  }
  return { spans, speakers };
}

/** End-of-line labels: one per line, the speakers of the quotes ending on it, in order, without repeats. */
export function labelsPerLine(labels: readonly { line: number; label: string }[]): Map<number, string> {
  const byLine = new Map<number, string[]>();
  for (const { line, label } of labels) {
    const names = byLine.get(line) ?? [];
    if (!names.includes(label)) names.push(label);
    byLine.set(line, names);
  }
  return new Map([...byLine].map(([line, names]) => [line, `— ${names.join(', ')}`]));
}
