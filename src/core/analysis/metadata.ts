import type { ArticleMetadata } from '../model';
import { resolveDate } from './dates';
import { findUrls } from './urls';
import { isAsciiUpper } from '../text/asciiCodes';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const CAPITAL_FIRST = /^\p{Lu}/u;
const DIGIT = /\d/;
/** Whitespace that is not a plain space, or two spaces: what /\s+/g would replace by something else. */
const SPACE_RUN = /[^\S ]| {2}/;

/**
 * Article metadata from the text's own lines: headline, byline, date line or dateline,
 * an "Original url:" line, and the outlet (from a dateline agency or the URL's domain).
 * A field the text does not state is null - never guessed.
 */
export interface OutletNames {
  /** Outlet display names by lowercase name with spaces removed ("themoscowtimes"). */
  byCompactName: ReadonlyMap<string, string>;
  /**
   * News agencies and media only, by compact name ("associatedpress", "ap", "tass"): what may
   * close a byline ("By A and B Associated Press") or sit in a dateline ("(AP) —", "/TASS/").
   */
  media?: ReadonlyMap<string, string>;
}

const CHROME_LINE = /^(?:accessibility links|breaking news|skip to (?:main )?content|subscribe|sign in|log ?in|menu|search|advertisement|share( this)?|home|live|latest|most read|print|close|cookies?.*)$/i;
const BYLINE = /^(?:by|written by|words by|reporting by)\s+(.+)$/i;
const URL_LABEL = /^(?:original url|original link|source url|url|source|link)\s*:\s*(.*)$/i;
const TIME = /\b\d{1,2}:\d\d(?:\s?[ap]\.?m\.?)?(?:\s?(?:GMT|UTC|[A-Z]{2,4}))?\b/gi;
/** "08.00 GMT", "9.30am": a dotted time only with its zone or am/pm (else it could be a date's "17.09"). */
const DOTTED_TIME = /\b\d{1,2}\.\d\d\s?(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|PST|PDT)(?![\p{L}])/giu;
const DATELINE = /^([A-Z][A-Za-z .'-]{1,40}|[A-Z .'-]{2,40}),\s+([A-Z][a-z]+\.? \d{1,2})(?:,? (\d{4}))?\s*\(([^)]{2,40})\)\s*[-–—]/;
/** "RIO DE JANEIRO, November 19. /TASS/." */
const SLASHED_DATELINE = /^([A-Z][A-Za-z .'-]{1,40}|[A-Z .'-]{2,40}),\s+([A-Z][a-z]+\.? \d{1,2})(?:,? (\d{4}))?\.?\s*\/([^/]{2,30})\/\.?\s/;
/** "MANAUS, Brazil (AP) —": a city in capitals and an agency, no date. */
const UNDATED_DATELINE = /^[A-Z][A-Z .'-]{2,40}(?:,\s+[A-Z][A-Za-z .'-]{1,40})?\s+\(([^)]{2,30})\)\s*[-–—]/;

/**
 * `spaceRuns`: where the text has whitespace other than one space (TextMarks.spaceRuns, which the
 * tokenizer notes), so that a line's test for it is a look-up, not a regex over the line (the
 * stage's largest part: it reads every line of an article that does not state every field).
 */
export function extractMetadata(text: string, outlets: OutletNames, spaceRuns?: readonly number[]): ArticleMetadata {
  const rawLines = text.split('\n');
  // The first space run at or after the current line's start.
  let run = 0;
  const metadata: ArticleMetadata = { title: null, outlet: null, published: null, url: null, authors: [] };
  let bylineOutlet: string | null = null;
  let datelineAgency: string | null = null;
  let datelineMonthDay: string | null = null;

  for (let i = 0, lineStart = 0; i < rawLines.length; lineStart += rawLines[i]!.length + 1, i++) {
    const raw = rawLines[i]!;
    let spaceRun: boolean | undefined;
    if (spaceRuns) {
      while (run < spaceRuns.length && spaceRuns[run]! < lineStart) run++;
      spaceRun = run < spaceRuns.length && spaceRuns[run]! < lineStart + raw.length;
    }
    // Cleaned as they are read: the loop ends at the line that gives the last missing field.
    const line = cleanLine(raw, spaceRun);
    if (line === '' || (mayBeChrome(line) && CHROME_LINE.test(line))) continue;
    // Most lines of an article are its paragraphs: each pattern below is tried only on a line that
    // could match it, which a look at its first letter, first comma or a "(" tells exactly (the
    // datelines' place names hold no comma, so theirs ends 2 to 41 characters in).
    const first = line.charCodeAt(0) | 0x20;
    // (Once a field is found, its pattern is no longer tried: only the first match of each counts.)
    const byline = metadata.authors.length === 0 && (first === 0x62 || first === 0x77 || first === 0x72) ? BYLINE.exec(line) : null; // b w r
    if (byline && line.length < 250) {
      const parsed = parseByline(byline[1]!, outlets.media);
      metadata.authors = parsed.authors;
      bylineOutlet = parsed.outlet;
      continue;
    }
    const label = !metadata.url && (first === 0x6f || first === 0x73 || first === 0x75 || first === 0x6c) && line.includes(':') ? URL_LABEL.exec(line) : null; // o s u l
    if (label) {
      metadata.url = urlAfterLabel(label[1]!, rawLines, i);
      if (metadata.url) continue;
    }
    // A full date needs digits (a year), and every digit dateLine reads is the line's.
    if (!metadata.published && DIGIT.test(line)) {
      const date = dateLine(line);
      if (date) {
        metadata.published = date;
        continue;
      }
    }
    const comma = line.indexOf(',');
    const mayBeDateline = comma >= 2 && comma <= 41;
    const dateline: RegExpExecArray | null = mayBeDateline && !datelineAgency ? DATELINE.exec(line) : null;
    if (dateline) {
      datelineAgency = dateline[4]!.trim();
      datelineMonthDay = `${dateline[2]}${dateline[3] ? ', ' + dateline[3] : ''}`;
    }
    // The other dateline forms name an agency only when it is a known one (else "(Reuters)" and
    // "(ANALYSIS)" would look alike).
    const slashed: RegExpExecArray | null = datelineAgency || !mayBeDateline ? null : SLASHED_DATELINE.exec(line);
    const slashedAgency: string | null = slashed && mediaName(slashed[4]!, outlets.media);
    if (slashed && slashedAgency) {
      datelineAgency = slashedAgency;
      datelineMonthDay = `${slashed[2]}${slashed[3] ? ', ' + slashed[3] : ''}`;
    }
    const undated: RegExpExecArray | null = datelineAgency || !mayBeUndatedDateline(line) ? null : UNDATED_DATELINE.exec(line);
    if (undated) datelineAgency = mediaName(undated[1]!, outlets.media);
    if (!metadata.title && isHeadline(line)) metadata.title = line.replace(/^#+\s*/, '');
    // Every field found: no later line changes any.
    if (metadata.title && metadata.published && metadata.url && metadata.authors.length > 0 && datelineAgency) break;
  }

  if (!metadata.url) metadata.url = null;
  if (!metadata.published && metadata.url) metadata.published = dateFromUrl(metadata.url);
  if (!metadata.published && datelineMonthDay) {
    const iso = resolveDate(datelineMonthDay, null);
    if (iso && /^\d{4}-\d\d-\d\d$/.test(iso)) metadata.published = iso;
  }
  metadata.outlet = (metadata.url ? outletFromUrl(metadata.url, outlets) : null) ?? datelineAgency ?? bylineOutlet;
  return metadata;
}

/** Could UNDATED_DATELINE match: a capital, two more capitals (or . ' - or spaces), and a "(" later? */
function mayBeUndatedDateline(line: string): boolean {
  return isAsciiUpper(line.charCodeAt(0)) && isDatelineCapital(line.charCodeAt(1)) && isDatelineCapital(line.charCodeAt(2)) && line.includes('(');
}

/** [A-Z .'-] */
function isDatelineCapital(code: number): boolean {
  return isAsciiUpper(code) || code === 0x20 || code === 0x2e || code === 0x27 || code === 0x2d;
}

/**
 * Could CHROME_LINE match? Its fixed phrases are at most 20 characters long; only "cookies…" goes
 * on. (Without the u flag, /i folds no character outside ASCII onto an ASCII letter.)
 */
function mayBeChrome(line: string): boolean {
  return line.length <= 20 || (line.charCodeAt(0) | 0x20) === 0x63; // c
}

/**
 * Markdown and emphasis removed: "[a](#)" -> "a", "**x**" -> "x". `spaceRun`: whether the line has
 * whitespace other than one space, when the caller knows.
 */
function cleanLine(line: string, spaceRun: boolean | undefined): string {
  // The first two replacements need a "[" or a "*" / "_": skip them on plain lines.
  const unlinked = line.includes('[') ? line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') : line;
  const plain = unlinked.includes('*') || unlinked.includes('_') ? unlinked.replace(/\*\*|__/g, '') : unlinked;
  return (plain === line && spaceRun !== undefined ? spaceRun : hasSpaceRun(plain)) ? plain.replace(/\s+/g, ' ').trim() : plain.trim();
}

/** Would /\s+/g change anything: two spaces in a row, or a whitespace character other than a space? */
function hasSpaceRun(line: string): boolean {
  return SPACE_RUN.test(line);
}

function isHeadline(line: string): boolean {
  // The length first: split on a long line (a whole file without line breaks) makes a string a word.
  return line.length <= 300 && line.split(' ').length >= 3 && !/^https?:/i.test(line) && !/^[©(]/.test(line);
}

function parseByline(rest: string, media: ReadonlyMap<string, string> | undefined): { authors: string[]; outlet: string | null } {
  let outlet: string | null = null;
  const forMatch = /\s+for\s+(.+)$/i.exec(rest);
  if (forMatch) {
    outlet = forMatch[1]!.trim();
    rest = rest.slice(0, forMatch.index);
  }
  const authors: string[] = [];
  const names = rest.split(/\s*(?:,|\band\b|&|\|)\s*/i).map((name) => name.replace(/\s+in\s+.+$/i, '').replace(/^(?:by)\s+/i, '').trim());
  for (const name of names) {
    // "By Reuters", "By Jane Doe, AFP": an agency is the outlet, not an author.
    const whole = mediaName(name, media);
    if (whole) {
      outlet ??= whole;
      continue;
    }
    // "By A and B Associated Press": the agency closes the last name.
    const closing = closingMedia(name, media);
    if (closing) outlet ??= closing.outlet;
    const author = closing ? closing.author : name;
    if (CAPITAL_FIRST.test(author) && author.split(' ').length <= 5) authors.push(author);
  }
  return { authors, outlet };
}

/** The display name of a known news agency or outlet written as `name`, else null. */
function mediaName(name: string, media: ReadonlyMap<string, string> | undefined): string | null {
  return media?.get(name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')) ?? null;
}

/**
 * "MAURICIO SAVARESE Associated Press" -> the author and the outlet. The outlet must be two
 * words or more, or an acronym ("AP"), so that a surname that is also an outlet's name stays.
 */
function closingMedia(name: string, media: ReadonlyMap<string, string> | undefined): { author: string; outlet: string } | null {
  const words = name.split(' ');
  for (let size = Math.min(4, words.length - 1); size >= 1; size--) {
    const tail = words.slice(-size).join(' ');
    if (size === 1 && !/^[\p{Lu}]{2,6}$/u.test(tail)) continue;
    const outlet = mediaName(tail, media);
    if (outlet) return { author: words.slice(0, -size).join(' '), outlet };
  }
  return null;
}

function urlAfterLabel(rest: string, rawLines: string[], index: number): string | null {
  // The address may be on the label's line or the next non-empty one, possibly a markdown
  // link whose visible text was wrapped over two lines.
  let chunk = rest;
  for (let j = index + 1; chunk.trim() === '' && j < rawLines.length; j++) chunk = rawLines[j]!;
  if (/^\s*\[https?:\/\/[^\]]*$/.test(chunk)) {
    const j = rawLines.indexOf(chunk, index + 1);
    if (j !== -1 && j + 1 < rawLines.length) {
      const joined = chunk.trim() + rawLines[j + 1]!.trim();
      const visible = /^\[(https?:\/\/[^\]\s]+)\]/.exec(joined);
      if (visible) return visible[1]!;
    }
  }
  const visible = /\[(https?:\/\/[^\]\s]+)\]/.exec(chunk);
  if (visible) return visible[1]!;
  const found = findUrls(chunk)[0];
  return found ? found.url.replace(/[>)\]]+$/, '') : null;
}

/** A line that is a date (and maybe a time): "September 17, 2021", "07:48 GMT 17.09.2021 (Updated: …)". */
function dateLine(line: string): string | null {
  if (line.length > 80) return null;
  const withoutTimes = line.replace(/\((?:updated|modified)[^)]*\)/i, '').replace(TIME, ' ').replace(DOTTED_TIME, ' ');
  const core = withoutTimes.replace(/^(?:published|posted|updated|date)\s*:?\s*/i, '').replace(/[|,]\s*$/, '').replace(/\s+/g, ' ').trim();
  const stripped = core.replace(/^(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)[a-z]*\.?,?\s+/i, '');
  const iso = resolveDate(stripped, null);
  return iso && /^\d{4}-\d\d-\d\d$/.test(iso) ? iso : null;
}

function dateFromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//.exec(url) ?? /\/((?:19|20)\d\d)-(\d\d)-(\d\d)\b/.exec(url);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function outletFromUrl(url: string, outlets: OutletNames): string | null {
  const host = /^(?:https?:\/\/)?([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase().replace(/^www\d?\./, '');
  if (!host) return null;
  const labels = host.split('.');
  // The registered name: "themoscowtimes" of themoscowtimes.com, "bbc" of bbc.co.uk.
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]!) ? labels[labels.length - 3]! : labels[labels.length - 2] ?? labels[0]!;
  return outlets.byCompactName.get(secondLevel) ?? host;
}
