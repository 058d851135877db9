/**
 * Hover text as markdown. Article text is untrusted: every string that comes from an
 * article (names, quotes, file names, outlets) goes through `escapeMarkdown`, and the only
 * links are ones built here, to the internal reveal command.
 */
import type { EntityMention, EntitySummary, Quote, QuoteVariant, ScanResult } from '../../core/model';
import { counted, ENGLISH, type Localizer } from '../localizer';
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

function typeLabel(type: EntitySummary['type'], l10n: Localizer): string {
  return { PERSON: l10n.t('person'), ORG: l10n.t('organization'), PLACE: l10n.t('place'), DATE: l10n.t('date') }[type];
}

// Templates come from the extension's own l10n bundle; every argument from an article is escaped first.
export function entityHoverMarkdown(result: ScanResult, mention: EntityMention, file: string, l10n: Localizer = ENGLISH): string {
  const entity = entityById(result, mention.entity);
  if (!entity) return `**${escapeMarkdown(mention.text)}** · ${typeLabel(mention.type, l10n)}`;
  const lines: string[] = [`**${escapeMarkdown(entity.name)}** · ${typeLabel(entity.type, l10n)}`];
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  if (aliases.length > 0) lines.push(l10n.t('Also: {0}', aliases.map(escapeMarkdown).join(', ')));
  const mentions = counted(l10n, entity.mentions, '{0} mention', '{0} mentions');
  lines.push(l10n.t('{0} in {1}', mentions, counted(l10n, entity.sources.length, '{0} source', '{0} sources')));
  if (entity.evidence.length > 0) lines.push(l10n.t('Merged: {0}', entity.evidence.map(escapeMarkdown).join('; ')));
  const others = entityMentions(result, entity.id).filter((m) => !(m.file === file && m.start === mention.start));
  // Other sources first: that is what the reader is comparing.
  others.sort((a, b) => Number(a.file === file) - Number(b.file === file));
  if (others.length > 0) {
    const links = others.slice(0, MAX_LINKS).map((m) => `${revealLink(m.file === file ? l10n.t('here') : m.file, m)} “${escapeShort(m.text, 60)}”`);
    const more = others.length > MAX_LINKS ? l10n.t(' and {0} more', others.length - MAX_LINKS) : '';
    lines.push(l10n.t('Other mentions: {0}', links.join(' · ') + more));
  }
  return lines.join('\n\n');
}

export function quoteHoverMarkdown(result: ScanResult, quote: Quote, file: string, l10n: Localizer = ENGLISH): string {
  const speaker = quote.speaker === null ? undefined : entityById(result, quote.speaker);
  const saidBy = speaker ? l10n.t('said by **{0}**', escapeMarkdown(speaker.name)) : l10n.t('speaker unknown');
  const lines: string[] = [`**${l10n.t('Quote')}** · ${quote.kind} · ${saidBy}`];
  const group = quote.group === null ? undefined : groupById(result, quote.group);
  const others = group?.variants.filter((v) => !(v.file === file && v.start === quote.start && v.end === quote.end)) ?? [];
  if (others.length === 0) {
    lines.push(l10n.t('No other source has this quote.'));
    return lines.join('\n\n');
  }
  const own = group?.variants.find((v) => v.file === file && v.start === quote.start && v.end === quote.end);
  if (own && own.relation !== 'longest') lines.push(l10n.t('This version: {0}, compared with the longest one.', own.relation));
  const list = [l10n.t('Versions in other sources ({0}):', others.length), ...others.map((variant) => `- ${variantLine(result, variant, l10n)}`)];
  return [...lines, list.join('\n')].join('\n\n');
}

function variantLine(result: ScanResult, variant: QuoteVariant, l10n: Localizer): string {
  const outlet = result.sources.find((s) => s.file === variant.file)?.outlet;
  const where = revealLink(outlet ? `${variant.file} (${outlet})` : variant.file, variant);
  const parts = [`${where}: “${escapeShort(variant.text)}” — ${variant.relation}`];
  const diffs: string[] = [];
  const quoted = (words: readonly string[]): string => words.map((w) => `“${escapeShort(w, 60)}”`).join(', ');
  if (variant.added.length > 0) diffs.push(l10n.t('adds {0}', quoted(variant.added)));
  if (variant.dropped.length > 0) diffs.push(l10n.t('leaves out {0}', quoted(variant.dropped)));
  if (variant.changed.length > 0) diffs.push(l10n.t('says {0}', variant.changed.map((c) => l10n.t('“{0}” for “{1}”', escapeShort(c.to, 60), escapeShort(c.from, 60))).join(', ')));
  if (diffs.length > 0) parts.push(`(${diffs.join('; ')})`);
  return parts.join(' ');
}
