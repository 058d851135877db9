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
import { longestKnown, lowerAt, lowercaseTitleBefore, scanOf, titleLength, type NameScan } from './nameLookup';
import type { Unit } from './units';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const COLON_THEN_CAPITAL = /^:\s*\p{Lu}/u;

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
  lowercaseVocabulary: ReadonlySet<string>;
  /** Lines whose words are nearly all capitalized (headlines): only known names count there. */
  titleCaseLines: ReadonlySet<number>;
  /** Names learned in the first pass, by token sequence. */
  learned: ReadonlyMap<string, KnownName>;
}

const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le']);
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'at', 'across', 'from', 'inside', 'around']);
const ACRONYM_STOPLIST = new Set(['GMT', 'UTC', 'AM', 'PM', 'TV', 'CEO', 'ID', 'OK', 'COVID', 'PDF', 'URL', 'FAQ', 'GDP', 'VAT', 'DNA', 'HIV', 'AIDS', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XX', 'XXI', 'AI', 'PR', 'HQ', 'RSS', 'ET', 'EST', 'PST', 'CET', 'MSK', 'BST', 'CNY', 'USD', 'EUR', 'RUB', 'SMS', 'GPS', 'MP', 'PS', 'NB']);
/** Geographic head words: "Sarvan River", "Fergana Valley", "Aral Sea". */
const PLACE_HEADS = new Set(['River', 'Lake', 'Sea', 'Ocean', 'Mountains', 'Mountain', 'Valley', 'Basin', 'Island', 'Islands', 'Bay', 'Gulf', 'Strait', 'Straits', 'Peninsula', 'Desert', 'Province', 'Region', 'County', 'District', 'Oblast', 'Krai', 'Canal', 'Reservoir', 'Plateau', 'Delta', 'Coast', 'Square', 'Street', 'Avenue', 'Highway', 'Pass', 'Glacier', 'Falls', 'Heights', 'Hills', 'Range', 'Prefecture', 'Governorate', 'Territory']);
const PLACE_PREFIXES = new Set(['Lake', 'Mount', 'Mt.', 'Cape', 'Gulf', 'Bay', 'Port', 'Fort', 'Lake', 'Sea']);
/** Plural subjects of reporting sentences, capitalized only at a sentence start ("Diplomats said"). */
const COMMON_SUBJECTS = new Set(['officials', 'diplomats', 'analysts', 'experts', 'residents', 'farmers', 'critics', 'sources', 'authorities', 'observers', 'officers', 'witnesses', 'activists', 'protesters', 'lawmakers', 'ministers', 'leaders', 'delegates', 'negotiators', 'scientists', 'researchers', 'economists', 'investors', 'traders', 'police', 'doctors', 'villagers', 'locals', 'participants', 'organizers', 'organisers', 'voters', 'users', 'employees', 'workers', 'students', 'parents', 'people', 'others', 'many', 'some', 'both', 'several', 'insiders', 'aides', 'allies', 'opponents', 'supporters', 'rebels', 'militants', 'troops', 'soldiers', 'prosecutors', 'judges', 'lawyers', 'journalists', 'reporters', 'editors', 'commentators', 'historians', 'engineers', 'planners', 'campaigners', 'environmentalists']);
const BETWEEN_NAME_AND_VERB = new Set(['also', 'later', 'then', 'again', 'previously', 'recently', 'has', 'had', 'have', 'was', 'is', 'had', 'once', 'further', 'earlier', 'reportedly']);

/** Finds names in every capitalized run of units. */
export function findNames(context: NameContext): FoundName[] {
  const ctx = scanOf(context);
  const found: FoundName[] = [];
  const { units } = ctx;
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
    // "Tajik Energy and Water Minister Rustam Khodjaev": a run before "and <…> Minister" is part of the title.
    if (!(units[j]?.text === 'and' && titleWithin(ctx, j + 1, 4))) found.push(...segmentRun(ctx, i, j));
    i = j;
  }
  return found;
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
  let afterTitle = lowercaseTitleBefore(ctx, from);
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
    if (CONNECTORS.has(u.text) || u.text === 'the' || lex.nationalities.has(u.text) || (i === from && isCommonWord(ctx, u))) {
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
      // "Minister of Energy and Water Resources Rustam Hojayev": common nouns before a name are not part of it.
      let start = i;
      while (end - start > 1 && isLowercaseWord(ctx, units[start]!) && !lex.givenNames.has(units[start]!.text)) start++;
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

function spanText(ctx: NameScan, from: number, to: number): string {
  return ctx.text.slice(ctx.units[from]!.start, ctx.units[to - 1]!.end);
}

/**
 * Units i.. that form an organization name ending in a head word ("Collective Security
 * Treaty Organization", "Ministry of Foreign Affairs"), or 0. At "of (the)" the name
 * stops when what follows is a name of its own ("Council of Heads of State | of the
 * Shanghai Cooperation Organisation").
 */
function organizationLength(ctx: NameScan, i: number, to: number): number {
  const { units, lex } = ctx;
  if (CONNECTORS.has(units[i]!.text) || lowerAt(ctx, i) === 'the') return 0;
  let sawHead = false;
  let end = 0;
  for (let k = i; k < to; k++) {
    const u = units[k]!;
    if (CONNECTORS.has(u.text) || u.text === 'the') {
      if (!sawHead) {
        // "Mark O'Neill of the Caspian Policy Institute": what precedes "of" is not part of it.
        let next = k;
        while (next < to && (CONNECTORS.has(units[next]!.text) || units[next]!.text === 'the')) next++;
        if (next < to && k > i && (longestKnown(ctx, next, to) || isPlainOrganization(ctx, next, to))) return 0;
        continue;
      }
      let next = k;
      while (next < to && (CONNECTORS.has(units[next]!.text) || units[next]!.text === 'the')) next++;
      const prefixIsOneHead = end - i === 1;
      if (!prefixIsOneHead && next < to && (longestKnown(ctx, next, to) || isPlainOrganization(ctx, next, to))) break;
      continue;
    }
    if (titleLength(ctx, k, to) > 0 && !lex.orgHeads.has(u.text)) break;
    if (lex.orgHeads.has(u.text)) sawHead = true;
    if (sawHead) end = k + 1;
  }
  return sawHead && end - i >= 2 ? end - i : 0;
}

/** A capitalized word that is not a known name, a title, a nationality or a connector. */
function isPlainWord(ctx: NameScan, k: number, to: number): boolean {
  const u = ctx.units[k]!;
  return !CONNECTORS.has(u.text) && u.text !== 'the' && !ctx.lex.nationalities.has(u.text) && !u.allCaps && titleLength(ctx, k, to) === 0 && !longestKnown(ctx, k, to);
}

/** An organization name without connectors starts at i ("Shanghai Cooperation Organisation"). */
function isPlainOrganization(ctx: NameScan, i: number, to: number): boolean {
  const length = organizationLength(ctx, i, to);
  if (length === 0) return false;
  for (let k = i; k < i + length; k++) if (CONNECTORS.has(ctx.units[k]!.text) || ctx.units[k]!.text === 'the') return false;
  return true;
}

/** A capitalized word that is capitalized only because it starts a sentence or a headline. */
function isCommonWord(ctx: NameScan, u: Unit): boolean {
  const lower = u.text.toLowerCase();
  if (ctx.lex.functionWords.has(lower)) return true;
  if (!u.sentenceStart && !ctx.titleCaseLines.has(u.line)) return false;
  if (ctx.lex.givenNames.has(u.text)) return false;
  return ctx.lowercaseVocabulary.has(lower) || /(?:ly|ing|ed)$/.test(lower) || ctx.lex.speechVerbs.has(lower);
}

function classifyUnknown(ctx: NameScan, from: number, to: number, afterTitle: boolean): EntityType | null {
  const { units, lex } = ctx;
  const first = units[from]!;
  const size = to - from;
  const text = spanText(ctx, from, to);
  if (isPlaceAdjective(ctx, text)) return null;
  if (afterTitle) return 'PERSON';
  // "in Dushanbe", "at the Novo-Ogaryovo residence"
  const before = from > 0 ? (units[from - 1]!.text === 'the' && from > 1 ? units[from - 2]! : units[from - 1]!) : null;
  const placeContext = before !== null && !before.cap && PLACE_PREPOSITIONS.has(before.text) && before.line === first.line;
  const last = units[to - 1]!;
  if (PLACE_HEADS.has(last.text) || (size >= 2 && PLACE_PREFIXES.has(first.text))) return 'PLACE';
  if (size >= 2) {
    if (lex.givenNames.has(first.text) || (lex.chineseSurnames.has(first.text) && size <= 3)) return 'PERSON';
    const run = units.slice(from, to);
    if (run.some((u) => u.allCaps)) return null;
    if (placeContext) return 'PLACE';
    // Without a given name, a title or a speech verb, a run is a name only if none of its words
    // is used in lowercase elsewhere in the article ("Thirsty Valleys" is not a person).
    if (run.some((u) => isLowercaseWord(ctx, u) || lex.orgHeads.has(u.text))) return null;
    if (COLON_THEN_CAPITAL.test(ctx.text.slice(last.end, last.end + 3))) return null; // "Thirsty Valleys: Water and …" is a title
    return followedBySpeech(ctx, to) || !first.sentenceStart ? 'PERSON' : null;
  }
  if (first.allCaps) {
    const letters = first.text.replace(/\./g, '');
    return letters.length >= 2 && letters.length <= 6 && !ACRONYM_STOPLIST.has(letters) ? 'ORG' : null;
  }
  if (lex.orgHeads.has(first.text)) return null; // "the Organization's summit": a head word alone names nothing
  if (placeContext && !first.sentenceStart && first.text.length > 2) return 'PLACE';
  if (followedBySpeech(ctx, to) && !isLowercaseWord(ctx, first)) return 'PERSON';
  return null;
}

function isLowercaseWord(ctx: NameScan, u: Unit): boolean {
  return ctx.lowercaseVocabulary.has(u.text.toLowerCase()) || COMMON_SUBJECTS.has(u.text.toLowerCase());
}

/** "Central Asian", "Afghan": an adjective of a known place is not a name. */
function isPlaceAdjective(ctx: NameScan, text: string): boolean {
  for (const suffix of ['n', 'an', 'ian', 'ese', 'i', 'ish']) {
    if (text.endsWith(suffix) && ctx.lex.names.get(text.slice(0, -suffix.length))?.type === 'PLACE') return true;
  }
  return false;
}

function followedBySpeech(ctx: NameScan, to: number): boolean {
  const { units, lex } = ctx;
  let k = to;
  while (k < units.length && BETWEEN_NAME_AND_VERB.has(units[k]!.text)) k++;
  const verb = units[k];
  // A named subject takes a past or third-person form: "Kahn asked", not "Novo-Ogaryovo state residence".
  return verb !== undefined && !verb.cap && lex.speechVerbs.has(verb.text) && /(?:ed|s|said|told|wrote|spoke)$/.test(verb.text) && verb.line === units[to - 1]!.line;
}
