/**
 * Hover text as markdown. Article text is untrusted: every string that comes from an
 * article (names, quotes, file names, outlets) goes through `escapeMarkdown`, and the only
 * links are ones built here, to the internal reveal command.
 */
import type { EntityMention, EntitySummary, Quote, QuoteVariant, ScanResult } from '../../core/model';
import { entityById, entityMentions, groupById, type FileSpan } from '../navigation/lookup';

export const REVEAL_COMMAND = '_newslens.reveal';
/** How many "other mentions" links an entity hover lists before "and N more". */
const MAX_LINKS = 8;

/**
 * Plain text -> markdown that renders as that text: whitespace runs (newlines too) become one
 * space, so no block syntax can start; every ASCII punctuation character is backslash-escaped
 * (CommonMark allows it for all of them), which disarms links, images, code, emphasis, HTML,
 * entities (&amp;) and theme icons ($(...)).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Escaped text cut to a readable length (by code points, so no surrogate is split). */
export function escapeShort(text: string, maxLength = 160): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return escapeMarkdown(chars.length > maxLength ? chars.slice(0, maxLength - 1).join('') + '…' : chars.join(''));
}

export function revealUri(span: FileSpan): string {
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([span.file, span.start, span.end]))}`;
}

/** A markdown link to a span; the label is escaped here. */
export function revealLink(label: string, span: FileSpan): string {
  return `[${escapeMarkdown(label)}](${revealUri(span)})`;
}

/** Parses the reveal command's arguments back (they arrive as JSON from the link). */
export function parseRevealArgs(args: readonly unknown[]): FileSpan | undefined {
  const [file, start, end] = args;
  if (typeof file !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return undefined;
  if ((start as number) < 0 || (end as number) < (start as number)) return undefined;
  return { file, start: start as number, end: end as number };
}

const TYPE_LABELS: Record<EntitySummary['type'], string> = { PERSON: 'person', ORG: 'organization', PLACE: 'place', DATE: 'date' };

export function entityHoverMarkdown(result: ScanResult, mention: EntityMention, file: string): string {
  const entity = entityById(result, mention.entity);
  if (!entity) return `**${escapeMarkdown(mention.text)}** · ${TYPE_LABELS[mention.type]}`;
  const lines: string[] = [`**${escapeMarkdown(entity.name)}** · ${TYPE_LABELS[entity.type]}`];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length > 0) lines.push(`Also: ${aliases.map(escapeMarkdown).join(', ')}`);
  const sources = entity.sources.length;
  lines.push(`${entity.mentions} mention${entity.mentions === 1 ? '' : 's'} in ${sources} source${sources === 1 ? '' : 's'}`);
  if (entity.evidence.length > 0) lines.push(`Merged: ${entity.evidence.map(escapeMarkdown).join('; ')}`);
  const others = entityMentions(result, entity.id).filter((m) => !(m.file === file && m.start === mention.start));
  // Other sources first: that is what the reader is comparing.
  others.sort((a, b) => Number(a.file === file) - Number(b.file === file));
  if (others.length > 0) {
    const links = others.slice(0, MAX_LINKS).map((m) => `${revealLink(m.file === file ? 'here' : m.file, m)} “${escapeShort(m.text, 60)}”`);
    const more = others.length > MAX_LINKS ? ` and ${others.length - MAX_LINKS} more` : '';
    lines.push(`Other mentions: ${links.join(' · ')}${more}`);
  }
  return lines.join('\n\n');
}

export function quoteHoverMarkdown(result: ScanResult, quote: Quote, file: string): string {
  const speaker = quote.speaker === null ? undefined : entityById(result, quote.speaker);
  const lines: string[] = [`**Quote** · ${quote.kind} · ${speaker ? `said by **${escapeMarkdown(speaker.name)}**` : 'speaker unknown'}`];
  const group = quote.group === null ? undefined : groupById(result, quote.group);
  const others = group?.variants.filter((v) => !(v.file === file && v.start === quote.start && v.end === quote.end)) ?? [];
  if (others.length === 0) {
    lines.push('No other source has this quote.');
    return lines.join('\n\n');
  }
  const own = group?.variants.find((v) => v.file === file && v.start === quote.start && v.end === quote.end);
  if (own && own.relation !== 'longest') lines.push(`This version: ${own.relation}, compared with the longest one.`);
  const list = [`Versions in other sources (${others.length}):`, ...others.map((variant) => `- ${variantLine(result, variant)}`)];
  return [...lines, list.join('\n')].join('\n\n');
}

function variantLine(result: ScanResult, variant: QuoteVariant): string {
  const outlet = result.sources.find((s) => s.file === variant.file)?.outlet;
  const where = revealLink(outlet ? `${variant.file} (${outlet})` : variant.file, variant);
  const parts = [`${where}: “${escapeShort(variant.text)}” — ${variant.relation}`];
  const diffs: string[] = [];
  if (variant.added.length > 0) diffs.push(`adds ${variant.added.map((w) => `“${escapeShort(w, 60)}”`).join(', ')}`);
  if (variant.dropped.length > 0) diffs.push(`leaves out ${variant.dropped.map((w) => `“${escapeShort(w, 60)}”`).join(', ')}`);
  if (variant.changed.length > 0) diffs.push(`says ${variant.changed.map((c) => `“${escapeShort(c.to, 60)}” for “${escapeShort(c.from, 60)}”`).join(', ')}`);
  if (diffs.length > 0) parts.push(`(${diffs.join('; ')})`);
  return parts.join(' ');
}
