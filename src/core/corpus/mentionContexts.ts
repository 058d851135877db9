/**
 * What the text around an article's mentions says, which the folder keeps as evidence: the role
 * title written before a person ("Foreign Minister Sirojiddin Muhriddin") and the sense a place
 * name is given ("the state of Georgia", "Georgia, USA"). Read where the text is at hand (an
 * analysis worker, with its analysis); the index's local entities take them by mention.
 */
import type { ArticleAnalysis } from '../model';
import { offsetMapOf } from '../text/offsets';
import { isWhitespaceCode } from '../text/whitespace';
import type { Qualifier } from './localEntities';

export const TITLE_WORDS =
  /\b((?:[A-Z][\p{L}-]*\s+){0,3}(?:President|Prime Minister|Minister|Secretary[- ]General|Chancellor|Premier|King|Queen|Leader|Spokes(?:man|woman|person)|Ambassador|Governor|Mayor|Chair(?:man|woman)?|Director|Chief|General|Senator|Speaker|Envoy|leader|president|minister|secretary-general|spokesman|spokeswoman))\s+$/u;
/**
 * How TITLE_WORDS' titles end. TITLE_WORDS has no anchor at its start, so it is tried at each of up
 * to 60 positions; text before a name that does not end in one of these (and a space) is passed by.
 */
const TITLE_ENDINGS = [
  'President', 'Minister', 'General', 'Chancellor', 'Premier', 'King', 'Queen', 'Leader', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Ambassador', 'Governor', 'Mayor', 'Chair', 'Chairman', 'Chairwoman', 'Director', 'Chief', 'Senator', 'Speaker', 'Envoy',
  'leader', 'president', 'minister', 'secretary-general', 'spokesman', 'spokeswoman',
];
const STATE_BEFORE = /\b(?:U\.?S\.?|American|US)?\s*state\s+of\s+$/i;
const COUNTRY_BEFORE = /\b(?:country|republic|nation|kingdom)\s+of\s+$/i;
const STATE_AFTER = /^(?:,\s*(?:U\.S\.|USA|US)\b|\s+state\b)/;

/**
 * What the text around an article's mentions says, for its local entities: the title before each
 * person mention that has one, the sense the text gives each place mention. Made where the text is
 * at hand: a worker sends them with its analysis, and the index's thread, which builds the index of
 * a folder's first load, reads no article text (decoding each text and reading around its mentions
 * was ~15% of that thread's own work).
 */
export interface MentionContexts {
  /** By mention index: the title before a person, normalized as LocalEntity.titles has it ("russian president"). */
  titles: Map<number, string>;
  /** By mention index: "state" / "country" where the text says which sense of a place name it means. */
  qualifiers: Map<number, Qualifier>;
}

/** The contexts of an article's mentions (see MentionContexts). */
export function mentionContextsOf(text: string, analysis: ArticleAnalysis): MentionContexts {
  const offsets = offsetMapOf(text);
  const titles = new Map<number, string>();
  const qualifiers = new Map<number, Qualifier>();
  const mentions = analysis.mentions;
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!;
    // Context is read for people (titles) and places (which sense) only.
    if (mention.type !== 'PERSON' && mention.type !== 'PLACE') continue;
    const start = offsets.toUtf16(mention.start);
    const from = Math.max(0, start - 60);
    // The text around a mention is sliced only where a pattern can match: this runs for every
    // person and place of a folder (slices and matches were ~100 MB of garbage at 10,000 articles).
    if (mention.type === 'PERSON') {
      if (!mayEndInTitle(text, from, start)) continue;
      // The words since the last sentence break before the name.
      const title = TITLE_WORDS.exec(text.slice(from + lastSentenceBreak(text, from, start) + 1, start));
      if (title) titles.set(index, normalizedTitle(title[1]!));
      continue;
    }
    const end = offsets.toUtf16(mention.end);
    // Both "before" patterns end in "of" and spaces: most places are not preceded by that.
    const before = endsWithOf(text, from, start) ? text.slice(from, start) : null;
    if ((before !== null && STATE_BEFORE.test(before)) || (mayStartStateAfter(text.charCodeAt(end)) && STATE_AFTER.test(text.slice(end, end + 12)))) qualifiers.set(index, 'state');
    else if (before !== null && COUNTRY_BEFORE.test(before)) qualifiers.set(index, 'country');
  }
  return { titles, qualifiers };
}

/** text[from, to) ends in one of TITLE_ENDINGS and whitespace: where TITLE_WORDS can match. */
export function mayEndInTitle(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (end === to) return false;
  for (const ending of TITLE_ENDINGS) if (end - ending.length >= from && text.startsWith(ending, end - ending.length)) return true;
  return false;
}

/** In text[from, to): the index (from `from`) of the last . ! ? or line break (as the last piece of split(/[.!?\n]/)), or -1. */
function lastSentenceBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a) return i - from;
  }
  return -1;
}

/** text[from, to) ends in "of" and at least one space (/of\s+$/i), the tail STATE_BEFORE and COUNTRY_BEFORE share. */
function endsWithOf(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end < to && end - 2 >= from && (text.charCodeAt(end - 2) | 0x20) === 0x6f && (text.charCodeAt(end - 1) | 0x20) === 0x66;
}

/** Can STATE_AFTER match text that starts with this code unit? Only at a comma or whitespace (exactly as \s; NaN past the end: no). */
function mayStartStateAfter(code: number): boolean {
  return code === 0x2c || isWhitespaceCode(code);
}

function normalizedTitle(title: string): string {
  return title.trim().toLowerCase().replace(/\s+/g, ' ');
}
