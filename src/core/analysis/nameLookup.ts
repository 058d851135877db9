/**
 * Look-ups of known names and titles over name units, for entities.ts. Keys are unit
 * texts joined by single spaces, as in the lexicon. A look-up starts at the longest entry
 * that can begin (or end) with the unit, so for most units it is one map look-up and no
 * key is built at all.
 */
import type { NameContext } from './entities';
import { tokensByEdge, type KnownName } from './lexicon';
import type { Unit } from './units';
import { isAsciiLower } from '../text/asciiCodes';
import { memoized } from '../text/memoized';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const HAS_LOWERCASE = /[\p{Ll}]/u;
const WORD_START_LOWERCASE = /(^|[\s-])(\p{Ll})/gu;

/**
 * What the look-ups learn about each unit and keep for both name-finding passes: neither depends
 * on the names learned in between, so the second pass neither allocates nor fills them again.
 */
export interface UnitFacts {
  /** Lowercase unit texts, filled on demand. */
  lower: (string | undefined)[];
  /** Most tokens of a gazetteer or shouted name starting at each unit (-1: not computed yet). */
  gazetteerLengths: Int16Array;
  /** Whether each unit has no lowercase letter, so may start a name in capitals (set with gazetteerLengths). */
  uncased: Uint8Array;
  /** Whether each unit is an organization's head word ("Ministry"): 1 or 0 (-1: not looked up yet). */
  orgHeads: Int8Array;
}

export function unitFactsOf(units: readonly Unit[]): UnitFacts {
  return { lower: new Array<string | undefined>(units.length), gazetteerLengths: new Int16Array(units.length).fill(-1), uncased: new Uint8Array(units.length), orgHeads: new Int8Array(units.length).fill(-1) };
}

/** Is unit k an organization's head word (lex.orgHeads), looked up once per unit. */
export function isOrgHeadAt(scan: NameScan, k: number): boolean {
  let head = scan.orgHeads[k]!;
  if (head === -1) scan.orgHeads[k] = head = scan.lex.orgHeads.has(scan.units[k]!.text) ? 1 : 0;
  return head === 1;
}

/** One name-finding pass: the context and what the look-ups keep per unit. */
export interface NameScan extends NameContext, UnitFacts {
  /** Most tokens of a learned name, by its first token. */
  learnedLengths: Map<string, number>;
}

export function scanOf(ctx: NameContext, facts: UnitFacts): NameScan {
  // Every field named (a spread of the context would give the scan a hidden class of its own).
  return {
    text: ctx.text,
    units: ctx.units,
    lex: ctx.lex,
    lowercaseVocabulary: ctx.lowercaseVocabulary,
    titleCaseLines: ctx.titleCaseLines,
    learned: ctx.learned,
    lower: facts.lower,
    gazetteerLengths: facts.gazetteerLengths,
    uncased: facts.uncased,
    orgHeads: facts.orgHeads,
    learnedLengths: ctx.learned.size === 0 ? NOTHING_LEARNED : tokensByEdge(ctx.learned.keys(), 'first'),
  };
}

const NOTHING_LEARNED = new Map<string, number>();

export function lowerAt(scan: NameScan, k: number): string {
  return (scan.lower[k] ??= scan.units[k]!.text.toLowerCase());
}

/** The article text of units from..to. */
export function spanText(scan: NameScan, from: number, to: number): string {
  return scan.text.slice(scan.units[from]!.start, scan.units[to - 1]!.end);
}

export function keyOf(units: readonly Unit[], from: number, to: number): string {
  let key = units[from]!.text;
  for (let k = from + 1; k < to; k++) key += ' ' + units[k]!.text;
  return key;
}

export function longestKnown(scan: NameScan, i: number, to: number): { size: number; name: KnownName } | null {
  // No key longer than the longest name starting with this unit can match: most calls end here.
  const max = Math.min(to - i, scan.lex.maxNameTokens + 2, knownLengthAt(scan, i));
  // A key whose first unit has a lowercase letter is no name in capitals (knownLengthAt set uncased).
  const mayShout = scan.uncased[i] === 1;
  for (let size = max; size >= 1; size--) {
    const key = keyOf(scan.units, i, i + size);
    const name = scan.learned.get(key) ?? scan.lex.names.get(key) ?? (mayShout ? shoutedPlace(scan, key) : undefined);
    if (name) return { size, name };
  }
  return null;
}

/** Most tokens of a known, learned or shouted name that can start at unit i. */
function knownLengthAt(scan: NameScan, i: number): number {
  const text = scan.units[i]!.text;
  let most = scan.gazetteerLengths[i]!;
  if (most === -1) {
    most = scan.lex.nameTokensByFirst.get(text) ?? 0;
    // A shouted place ("NOVO-OGARYOVO") starts with the title-case form of this unit.
    if (!hasLowercase(scan.text, scan.units[i]!)) {
      scan.uncased[i] = 1;
      most = Math.max(most, scan.lex.nameTokensByFirst.get(titleCase(text)) ?? 0);
    }
    scan.gazetteerLengths[i] = most;
  }
  return scan.learnedLengths.size === 0 ? most : Math.max(most, scan.learnedLengths.get(text) ?? 0);
}

/**
 * HAS_LOWERCASE.test(unit.text), without the regex for ASCII (a lowercase letter comes early in most
 * names), read in the article's text (see Token.text).
 */
export function hasLowercase(text: string, unit: Unit): boolean {
  for (let i = unit.start; i < unit.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return HAS_LOWERCASE.test(unit.text);
    if (isAsciiLower(code)) return true;
  }
  return false;
}

/** Title-case forms of words in capitals, kept: the same few ("US", "NATO", "SCO") recur in every article, and the replace is a regex pass with a callback. */
const titleCase = memoized((key: string): string => key.toLowerCase().replace(WORD_START_LOWERCASE, (_m, sep: string, ch: string) => sep + ch.toUpperCase()), 10_000);

/** "BRUSSELS, Dec 15 (Reuters)": a dateline city in capitals is the known place. */
function shoutedPlace(scan: NameScan, key: string): KnownName | undefined {
  if (key.length < 4 || HAS_LOWERCASE.test(key)) return undefined;
  const name = scan.lex.names.get(titleCase(key));
  return name?.type === 'PLACE' ? name : undefined;
}

export function titleLength(scan: NameScan, i: number, to: number): number {
  // A title counts only when a name follows it inside the run ("President Xi", not "King" alone).
  const max = Math.min(to - i - 1, scan.lex.maxTitleTokens);
  if (max < 1) return 0;
  const first = lowerAt(scan, i);
  const longest = Math.min(max, scan.lex.titleTokensByFirst.get(first) ?? 0);
  for (let size = longest; size >= 1; size--) {
    if (scan.lex.titles.has(size === 1 ? first : keyOf(scan.units, i, i + size).toLowerCase())) return size;
  }
  return 0;
}

/** "strongman leader Emomali Rakhmon", "whose president Ebrahim Raisi". */
export function lowercaseTitleBefore(scan: NameScan, from: number): boolean {
  // Only a title ending with the word before the run can match.
  if (from === 0 || !scan.lex.titleTokensByLast.has(lowerAt(scan, from - 1))) return false;
  for (let size = 1; size <= scan.lex.maxTitleTokens && from - size >= 0; size++) {
    const first = scan.units[from - size]!;
    if (first.cap || first.line !== scan.units[from]!.line) return false;
    if (scan.lex.titles.has(size === 1 ? lowerAt(scan, from - 1) : keyOf(scan.units, from - size, from).toLowerCase())) return true;
  }
  return false;
}
