/**
 * PERSON / ORG / PLACE mentions. Capitalized runs of name units are cut into known
 * names (gazetteer), organization names (ending in a head word such as "Ministry"),
 * titles ("Prime Minister") and the unknown runs between them, which context types:
 * a title before it makes a person, a place preposition a place. A second pass adds
 * every name the first pass learned (surnames of full names, defined acronyms) to the
 * known names, so "Putin" in a headline or at a sentence start is found too.
 */
import type { EntityType } from '../model';
import type { KnownName, Lexicon } from './lexicon';
import { longestKnown, lowercaseTitleBefore, scanOf, spanText, titleLength, unitFactsOf, type NameScan, type UnitFacts } from './nameLookup';
import { CONNECTORS, isPlainWord, organizationLength } from './organizationNames';
import { classifyUnknown, isCommonWord, isLowercaseWord, isPlaceAdjective } from './unknownNames';
import type { Unit } from './units';
import type { WordSet } from '../text/wordTable';

export interface FoundName {
  /** UTF-16 span. */
  start: number;
  end: number;
  type: EntityType;
  /** Known canonical form, when the gazetteer or the article names one. */
  canonical: string;
  /** How many units the name spans. */
  size: number;
}

export interface NameContext {
  text: string;
  units: readonly Unit[];
  lex: Lexicon;
  /** The words the article writes in lowercase (see lowercaseWordsOf), lowercased. */
  lowercaseVocabulary: WordSet;
  /** Lines whose words are nearly all capitalized (headlines): only known names count there. */
  titleCaseLines: ReadonlySet<number>;
  /** Names learned in the first pass, by token sequence. */
  learned: ReadonlyMap<string, KnownName>;
}

/** A name-finding pass: what it found, and per capitalized run (same runs in every pass). */
export interface NamePass {
  found: FoundName[];
  runs: FoundName[][];
  /** Where each run starts and ends: units runBounds[2r] to runBounds[2r + 1] (excluded). */
  runBounds: number[];
  /** What the pass learned about each unit, for the next pass over the same units. */
  unitFacts: UnitFacts;
}

/**
 * Finds names in every capitalized run of units. Given the pass before (the same units, fewer
 * learned names), its runs are taken as they are, and a run none of whose units starts a learned
 * name comes out as it did then — learned names are only looked up by their first unit — so it is
 * reused, not cut again.
 */
export function findNames(context: NameContext, previous?: NamePass): NamePass {
  const unitFacts = previous?.unitFacts ?? unitFactsOf(context.units);
  const ctx = scanOf(context, unitFacts);
  const runBounds = previous?.runBounds ?? runBoundsOf(ctx);
  const found: FoundName[] = [];
  const runs: FoundName[][] = [];
  const { units } = ctx;
  const startsLearnedName = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (ctx.learnedLengths.has(units[k]!.text)) return true;
    return false;
  };
  for (let r = 0; r < runBounds.length; r += 2) {
    const i = runBounds[r]!;
    const j = runBounds[r + 1]!;
    // "Tajik Energy and Water Minister Rustam Khodjaev": a run before "and <…> Minister" is part of the title.
    const before = previous?.runs[runs.length];
    const names = units[j]?.text === 'and' && titleWithin(ctx, j + 1, 4) ? [] : before && !startsLearnedName(i, j) ? before : segmentRun(ctx, i, j);
    runs.push(names);
    for (const name of names) found.push(name);
  }
  return { found, runs, runBounds, unitFacts };
}

/** The capitalized runs of units (a name is never longer than one), as pairs of start and end. */
function runBoundsOf(ctx: NameScan): number[] {
  const { units } = ctx;
  const bounds: number[] = [];
  let i = 0;
  while (i < units.length) {
    if (!startsRun(units[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < units.length) {
      const u = units[j]!;
      if (!joinsPrevious(ctx.text, units[j - 1]!, u)) break;
      if (startsRun(u)) {
        j++;
        continue;
      }
      // A connector ("of", "of the") inside a name is kept only when a capitalized unit follows it.
      const isConnector = CONNECTORS.has(u.text) || (u.text === 'the' && CONNECTORS.has(units[j - 1]!.text));
      if (!isConnector) break;
      let k = j;
      while (k < units.length && (CONNECTORS.has(units[k]!.text) || units[k]!.text === 'the') && joinsPrevious(ctx.text, units[k - 1]!, units[k]!)) k++;
      if (k < units.length && startsRun(units[k]!) && joinsPrevious(ctx.text, units[k - 1]!, units[k]!)) j = k;
      else break;
    }
    bounds.push(i, j);
    i = j;
  }
  return bounds;
}

/** At a connector ("of", "of the") that leads to a known name or an organization. */
function connectorBeforeName(ctx: NameScan, k: number, to: number): boolean {
  if (!CONNECTORS.has(ctx.units[k]!.text)) return false;
  let next = k;
  while (next < to && (CONNECTORS.has(ctx.units[next]!.text) || ctx.units[next]!.text === 'the')) next++;
  return next < to && (longestKnown(ctx, next, to) !== null || organizationLength(ctx, next, to) > 0);
}

function titleWithin(ctx: NameScan, from: number, reach: number): boolean {
  for (let k = from; k < ctx.units.length && k < from + reach && startsRun(ctx.units[k]!); k++) {
    if (titleLength(ctx, k, ctx.units.length) > 0) return true;
  }
  return false;
}

function startsRun(u: Unit): boolean {
  return !u.blocked && !u.possessive && u.cap;
}

/** Units of one name are separated by a single space (or glued), on one line. */
function joinsPrevious(text: string, previous: Unit, next: Unit): boolean {
  if (next.possessive || next.blocked || previous.blocked) return false;
  if (previous.glued) return previous.end === next.start;
  if (next.start - previous.end !== 1) return false;
  const gap = text.charCodeAt(previous.end);
  return gap === 0x20 || gap === 0xa0;
}

function segmentRun(ctx: NameScan, from: number, to: number): FoundName[] {
  const { units, lex } = ctx;
  const out: FoundName[] = [];
  const headline = ctx.titleCaseLines.has(units[from]!.line);
  // After a title ("President", or "leader" before the run): asked only by an unknown run, which
  // most runs ("SCO", "Afghanistan") do not have, so the run's lowercase title is looked for then.
  let afterTitle: boolean | undefined;
  let i = from;
  while (i < to) {
    const u = units[i]!;
    const known = longestKnown(ctx, i, to);
    const org = headline ? 0 : organizationLength(ctx, i, to);
    if (org > 0 && org >= (known?.size ?? 0)) {
      out.push(named(units, i, org, 'ORG', spanText(ctx, i, i + org)));
      i += org;
      afterTitle = false;
      continue;
    }
    // "Vladimir Putin": a place that is also a given name, followed by an unknown name, starts a person.
    const givenNameFirst = known?.size === 1 && known.name.type === 'PLACE' && lex.givenNames.has(u.text) && i + 1 < to && !longestKnown(ctx, i + 1, to);
    if (known && !givenNameFirst) {
      // "Meta Platforms", "Huawei Technologies": a known organization's name goes on over unknown words.
      let size = known.size;
      if (known.name.type === 'ORG' && !headline) {
        while (i + size < to && isPlainWord(ctx, i + size, to)) size++;
      }
      out.push(named(units, i, size, known.name.type, size === known.size ? known.name.canonical : spanText(ctx, i, i + size)));
      i += size;
      afterTitle = false;
      continue;
    }
    const title = titleLength(ctx, i, to);
    if (title > 0) {
      i += title;
      afterTitle = true;
      continue;
    }
    if (CONNECTORS.has(u.text) || u.text === 'the' || lex.nationalities.has(u.text) || (i === from && isCommonWord(ctx, i))) {
      // "Minister of Energy": after a title, "of …" names the portfolio, not the person.
      if (CONNECTORS.has(u.text)) afterTitle = false;
      i++;
      continue;
    }
    // An unknown run: up to the next unit that is known, a title or a nationality.
    let end = i + 1;
    while (end < to && !(end > i && longestKnown(ctx, end, to)) && titleLength(ctx, end, to) === 0 && !lex.nationalities.has(units[end]!.text) && !connectorBeforeName(ctx, end, to)) end++;
    while (end > i + 1 && (CONNECTORS.has(units[end - 1]!.text) || units[end - 1]!.text === 'the')) end--;
    if (end < to && lex.nationalities.has(units[end]!.text) && isPlaceAdjective(ctx, spanText(ctx, i, end + 1))) {
      i = end + 1; // "Central Asian": an adjective of a known place
      afterTitle = false;
      continue;
    }
    if (!headline) {
      afterTitle ??= lowercaseTitleBefore(ctx, from);
      // "Minister of Energy and Water Resources Rustam Hojayev": common nouns before a name are not part of it.
      let start = i;
      while (end - start > 1 && isLowercaseWord(ctx, start) && !lex.givenNames.has(units[start]!.text)) start++;
      // "Water Resources Rustam Hojayev": a given name further in starts the person's name.
      if (!afterTitle && end - start >= 3 && !lex.givenNames.has(units[start]!.text)) {
        for (let k = start + 1; k < end - 1; k++) {
          if (lex.givenNames.has(units[k]!.text)) {
            start = k;
            break;
          }
        }
      }
      const type = classifyUnknown(ctx, start, end, afterTitle);
      if (type) out.push(named(units, start, end - start, type, spanText(ctx, start, end)));
    }
    afterTitle = false;
    i = end;
  }
  return out;
}

function named(units: readonly Unit[], i: number, size: number, type: EntityType, canonical: string): FoundName {
  return { start: units[i]!.start, end: units[i + size - 1]!.end, type, canonical, size };
}

