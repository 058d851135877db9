/**
 * DATE mentions: calendar expressions found by pattern, each resolved to an ISO value
 * (day, month, ISO week, year or interval) against the article's publication date when
 * it is relative ("Friday", "last month"). Durations ("two days", "40 years") are not dates.
 */
import { isAsciiDigit } from '../text/asciiCodes';
import { asciiWordStartsOf, textMarks, tokenize, type Token } from '../text/tokens';
import { memoized } from '../text/memoized';

export interface DateMention {
  /** UTF-16 span. */
  start: number;
  end: number;
  /** ISO value ("2021-09-17", "2021-08", "2021-W37", "2021", "2022/2024"), or the text when it cannot be resolved. */
  value: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const MONTH_NO_DOT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const PART = '(?:early|mid|late|mid-)';

// Ordered: the longest forms first; a match blocks shorter ones inside it.
export const PATTERNS: RegExp[] = [
  // September 17, 2021 / Sept. 17 / September 17 / Feb 1 (datelines drop the dot)
  new RegExp(`\\b(?:${MONTH}|${MONTH_NO_DOT})\\s${DAY}(?:,?\\s${YEAR})?\\b`, 'g'),
  // 17 September 2021 / 15 August
  new RegExp(`\\b${DAY}\\s${MONTH}(?:,?\\s${YEAR})?\\b`, 'g'),
  // 17.09.2021, 09/17/2021, 2021-09-17
  new RegExp(`\\b(?:\\d{1,2}[./]\\d{1,2}[./]${YEAR}|${YEAR}-\\d\\d-\\d\\d)\\b`, 'g'),
  // earlier this year, late last month, early next week
  /\b(?:(?:earlier|later|early|late)\s)?(?:this|last|next|past)\s(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b/gi,
  // late August, early September 2021, mid-September, in May 2020, September 2021
  new RegExp(`\\b(?:${PART}\\s?)?${MONTH}(?:\\s${YEAR})?\\b`, 'g'),
  // 2022-2024
  new RegExp(`\\b${YEAR}\\s?[-–]\\s?${YEAR}\\b`, 'g'),
  // early 2022, the 1990s, 2017
  new RegExp(`\\b(?:${PART}\\s?)?${YEAR}s?\\b`, 'g'),
  new RegExp(`\\b${WEEKDAY}\\b`, 'g'),
  /\b(?:yesterday|tomorrow)\b/gi,
];

/**
 * Where a date can start: every pattern begins at a word boundary (ASCII, as none is /u) with a
 * digit or a word beginning with one of these, in either case (each pattern's first word: a month,
 * a weekday, "earlier", "late", "mid", "this", "last", "next", "past", "yesterday", "tomorrow").
 * The patterns are tried only there (see mayStartDate). The first three letters are a superset of
 * the beginnings (a start where no pattern matches costs one failed try, a start missed a date).
 */
const DATE_WORD_BEGINNINGS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'ear', 'lat', 'las', 'mid', 'thi', 'nex', 'pas', 'yes', 'tom'];
/** 1 at each of DATE_WORD_BEGINNINGS as a number, its letters a-z as 0-25 (first * 26^2 + second * 26 + third). */
const IS_DATE_WORD_BEGINNING = new Uint8Array(26 * 26 * 26);
/** 1 at each first letter of DATE_WORD_BEGINNINGS (0-25). */
const MAY_BEGIN_DATE_WORD = new Uint8Array(26);
for (const beginning of DATE_WORD_BEGINNINGS) {
  const a = beginning.charCodeAt(0) - 0x61;
  IS_DATE_WORD_BEGINNING[(a * 26 + beginning.charCodeAt(1) - 0x61) * 26 + beginning.charCodeAt(2) - 0x61] = 1;
  MAY_BEGIN_DATE_WORD[a] = 1;
}
const STICKY_PATTERNS = PATTERNS.map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'));

/**
 * The characters each of PATTERNS (in order) can match first: its alternatives' first letters or
 * digits, in both cases for the /i ones (which fold ASCII only, as none is /u). A start a pattern
 * cannot begin with is not tried (most starts suit a few patterns: "this", "may", "2021").
 */
const FIRST_CHARACTERS = ['JFMASOND', '0123456789', '0123456789', 'eltnpELTNP', 'emlJFMASOND', '12', 'eml12', 'MTWFS', 'ytYT'];
/** Per ASCII code: bit k set when PATTERNS[k] can start with it. */
const PATTERNS_STARTING_WITH = new Uint16Array(128);
FIRST_CHARACTERS.forEach((characters, k) => {
  for (const character of characters) PATTERNS_STARTING_WITH[character.charCodeAt(0)]! |= 1 << k;
});

/**
 * What `text.matchAll(pattern)` gives for each pattern, in PATTERNS order: at each candidate start
 * (in text order, past the pattern's previous match) the pattern is tried as a sticky regex,
 * which finds there what a scan reaching that position would. `starts`: dateStartsOf's, from the
 * tokens (one regex had found them, a case-insensitive alternation of 29 words after \b: ~3.7% of
 * the engine's instructions, and twice the time of the walk over the tokens).
 */
export function patternMatchesOf(text: string, starts: readonly number[] = dateStartsOfText(text)): RegExpExecArray[] {
  const patternsAt = starts.map((start) => PATTERNS_STARTING_WITH[text.charCodeAt(start)] ?? 0);
  const matches: RegExpExecArray[] = [];
  for (let k = 0; k < STICKY_PATTERNS.length; k++) {
    const pattern = STICKY_PATTERNS[k]!;
    let next = 0;
    for (let at = 0; at < starts.length; at++) {
      const start = starts[at]!;
      if (start < next || (patternsAt[at]! & (1 << k)) === 0) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match) continue;
      matches.push(match);
      next = start + match[0].length;
    }
  }
  return matches;
}

/**
 * Where a date can start, in order: the text's ASCII word starts (from its tokens and
 * TextMarks.innerWordStarts) at a digit, or at three letters that begin a date's first word.
 */
export function dateStartsOf(text: string, tokens: readonly Token[], innerWordStarts: readonly number[]): number[] {
  return asciiWordStartsOf(text, tokens, innerWordStarts, mayStartDate);
}

/** A digit, or three letters that begin a date's first word, at `at` (a word start, whose character code is `code`). */
function mayStartDate(text: string, at: number, code: number): boolean {
  if (isAsciiDigit(code)) return true;
  // (| 0x20 folds A-Z onto a-z and nothing else: only letters land in 0-25.)
  const a = (code | 0x20) - 0x61;
  // Most words are refused by their first letter, without reading the next two.
  if (a < 0 || a >= 26 || MAY_BEGIN_DATE_WORD[a] === 0 || at + 2 >= text.length) return false;
  const b = (text.charCodeAt(at + 1) | 0x20) - 0x61;
  const c = (text.charCodeAt(at + 2) | 0x20) - 0x61;
  return b >= 0 && b < 26 && c >= 0 && c < 26 && IS_DATE_WORD_BEGINNING[(a * 26 + b) * 26 + c] === 1;
}

/** dateStartsOf a text tokenized here (for a caller without the tokens). */
function dateStartsOfText(text: string): number[] {
  const marks = textMarks();
  return dateStartsOf(text, tokenize(text, marks), marks.innerWordStarts);
}

/**
 * `excluded(start, end)` says where dates must not be found (inside URLs).
 * Relative dates resolve against `published`, else against the first full date the
 * text states. What stays unresolved keeps a marked value the folder can resolve:
 * "--09-16" (month and day without a year), "?last month" (needs an anchor).
 */
export function findDates(
  text: string,
  published: string | null,
  excluded: (start: number, end: number) => boolean = () => false,
  starts: readonly number[] = dateStartsOfText(text),
): DateMention[] {
  // One flag per UTF-16 unit: a plain array filled from a late index would go sparse (slow).
  const taken = new Uint8Array(text.length);
  const found: { start: number; end: number; surface: string }[] = [];
  for (const match of patternMatchesOf(text, starts)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isTaken(taken, start, end) || excluded(start, end) || !plausible(text, start, end, match[0])) continue;
    taken.fill(1, start, end);
    found.push({ start, end, surface: match[0] });
  }
  found.sort((a, b) => a.start - b.start);
  let anchor = published ? parseIso(published) : null;
  if (!anchor) {
    for (const f of found) {
      const full = parseIso(dateValue(f.surface, null));
      if (full) {
        anchor = full;
        break;
      }
    }
  }
  return found.map((f) => ({ start: f.start, end: f.end, value: dateValue(f.surface, anchor) }));
}

/** An anchor as a key's first ten characters (see dateValue); "----------" for none. */
function anchorKey(anchor: Ymd | null): string {
  return anchor ? `${String(anchor.y).padStart(4, '0')}-${pad(anchor.m)}-${pad(anchor.d)}` : '----------';
}

/**
 * A date's value: resolveDate's, else the marked unresolved form. Remembered by anchor and surface:
 * the same expressions ("2021", "Friday", "last week") recur in every article of a folder, and each
 * is up to a dozen regex tests.
 */
const valueOfKey = memoized((key: string): string => {
  const anchor = key.startsWith('-') ? null : parseIso(key.slice(0, 10));
  const surface = key.slice(10);
  return resolveDate(surface, anchor) ?? unresolved(surface);
}, 10_000);

function dateValue(surface: string, anchor: Ymd | null): string {
  return valueOfKey(anchorKey(anchor) + surface);
}

function unresolved(surface: string): string {
  const s = surface.replace(/\s+/g, ' ').trim();
  const m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?$/.exec(s) ?? /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?)$/.exec(s);
  if (m) {
    const month = monthNumber(m[1]!) || monthNumber(m[2]!);
    const day = Number(/\d/.test(m[1]!) ? m[1] : m[2]);
    if (month) return `--${pad(month)}-${pad(day)}`;
  }
  return `?${s.toLowerCase()}`;
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i] === 1) return true;
  return false;
}

/** Rules out the look-alikes: "May" the verb, years that are quantities, parts of larger numbers. */
export function plausible(text: string, start: number, end: number, surface: string): boolean {
  // Characters around the match read by code: this runs for every candidate date of every article.
  if (isAsciiDigit(surface.charCodeAt(0)) && start > 0 && isDigitDotOrComma(text.charCodeAt(start - 1))) return false; // 1,2017 or 3.2017
  const next = text.charCodeAt(end);
  const digitNext = isAsciiDigit(text.charCodeAt(end + 1));
  if (isAsciiDigit(next) || ((next === 0x2d || next === 0x2013 || next === 0x2e || next === 0x2c) && digitNext)) return false; // -2 –2 .2 ,2 after
  if (isBareYear(surface)) {
    // A bare year: not a quantity ("2017 people", "2,017"), not a part of an identifier.
    if (QUANTITY_AFTER.test(text.slice(end, end + 12))) return false;
    if (start > 0 && CURRENCY_OR_NUMBER_SIGN.has(text.charCodeAt(start - 1))) return false;
  }
  if (surface === 'May' || surface === 'March') {
    // The verb "may" / "march" reads as a month only after a preposition or with a day.
    return MONTH_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  }
  return true;
}

const QUANTITY_AFTER = /^\s?(?:people|troops|soldiers|km|kilometers|kilometres|miles|metres|meters|tons|dollars|times)\b/i;
const MONTH_PREPOSITION_BEFORE = /\b(?:in|on|since|until|by|from|last|next|this|early|late|mid|of|during)\s$/i;
/** $ € £ # */
const CURRENCY_OR_NUMBER_SIGN = new Set([0x24, 0x20ac, 0xa3, 0x23]);

function isDigitDotOrComma(code: number): boolean {
  return isAsciiDigit(code) || code === 0x2c || code === 0x2e;
}

/** "2017" or "1990s" (as /^\d{4}s?$/). */
function isBareYear(surface: string): boolean {
  if (surface.length !== 4 && !(surface.length === 5 && surface.charCodeAt(4) === 0x73)) return false;
  for (let i = 0; i < 4; i++) if (!isAsciiDigit(surface.charCodeAt(i))) return false;
  return true;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  return full !== -1 ? full + 1 : MONTH_ABBREVIATIONS[w] ?? 0;
}

/** The ISO value of a date expression, or null when it needs an anchor it does not have. */
export function resolveDate(surface: string, anchor: Ymd | null): string | null {
  const s = surface.replace(/\s+/g, ' ').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(s))) return s;
  if ((m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s))) {
    let [a, b] = [Number(m[1]), Number(m[2])];
    // Day first unless that is impossible (09.17.2021 is month first).
    if (b > 12 && a <= 12) [a, b] = [b, a];
    return `${m[3]}-${pad(b)}-${pad(a)}`;
  }
  if ((m = /^(\d{4}) ?[-–] ?(\d{4})$/.exec(s))) return `${m[1]}/${m[2]}`;
  if ((m = /^(?:(early|mid|late|mid-) ?)?(\d{4})(s?)$/i.exec(s))) return m[3] ? `${m[2]!.slice(0, 3)}X` : m[2]!;
  if ((m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(s)) && monthNumber(m[1]!)) {
    return withYear(m[3], monthNumber(m[1]!), Number(m[2]), anchor);
  }
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?)(?:,? (\d{4}))?$/.exec(s)) && monthNumber(m[2]!)) {
    return withYear(m[3], monthNumber(m[2]!), Number(m[1]), anchor);
  }
  if ((m = /^(?:(?:early|mid|late)-? ?)?([A-Za-z]+\.?)(?: (\d{4}))?$/i.exec(s)) && monthNumber(m[1]!)) {
    const month = monthNumber(m[1]!);
    const year = m[2] ? Number(m[2]) : anchor?.y;
    return year === undefined ? null : `${year}-${pad(month)}`;
  }
  if (!anchor) return null;
  const lower = s.toLowerCase();
  const weekday = WEEKDAYS.indexOf(lower);
  if (weekday !== -1) return isoDay(nearestWeekday(anchor, weekday));
  if (lower === 'yesterday') return isoDay(addDays(anchor, -1));
  if (lower === 'tomorrow') return isoDay(addDays(anchor, 1));
  if ((m = /^(?:(?:earlier|later|early|late) )?(this|last|next|past) (week|weekend|month|year|spring|summer|autumn|fall|winter)$/.exec(lower))) {
    const offset = m[1] === 'last' || m[1] === 'past' ? -1 : m[1] === 'next' ? 1 : 0;
    if (m[2] === 'week' || m[2] === 'weekend') return isoWeek(addDays(anchor, offset * 7));
    if (m[2] === 'month') {
      const index = anchor.y * 12 + anchor.m - 1 + offset;
      return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    }
    return String(anchor.y + offset);
  }
  return null;
}

function withYear(year: string | undefined, month: number, day: number, anchor: Ymd | null): string | null {
  if (year) return `${year}-${pad(month)}-${pad(day)}`;
  return anchor ? `${anchor.y}-${pad(month)}-${pad(day)}` : null;
}

function toUtc(d: Ymd): Date {
  return new Date(Date.UTC(d.y, d.m - 1, d.d));
}

function addDays(d: Ymd, days: number): Ymd {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** News "Friday" is the nearest one: up to three days back or ahead, the past one on a tie. */
function nearestWeekday(anchor: Ymd, weekday: number): Ymd {
  const current = (toUtc(anchor).getUTCDay() + 6) % 7; // Monday = 0
  let delta = weekday - current;
  if (delta > 3) delta -= 7;
  if (delta < -3) delta += 7;
  return addDays(anchor, delta);
}

function isoDay(d: Ymd): string {
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

function isoWeek(d: Ymd): string {
  const t = toUtc(d);
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3); // Thursday of this week decides the year
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}
