/**
 * What context makes of a capitalized run no gazetteer knows: a title before it makes a
 * person, a place preposition or a geographic head word a place, a short all-capitals word an
 * acronym; a word capitalized only because it starts a sentence or a headline is no name.
 */
import type { EntityType } from '../model';
import { lowerAt, spanText, type NameScan } from './nameLookup';

// Hoisted: a regex literal in a function is a new object on every call (and the bundler turns \p{…} ones into new RegExp(…)).
const COLON_THEN_CAPITAL = /^:\s*\p{Lu}/u;
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'at', 'across', 'from', 'inside', 'around']);
const ACRONYM_STOPLIST = new Set(['GMT', 'UTC', 'AM', 'PM', 'TV', 'CEO', 'ID', 'OK', 'COVID', 'PDF', 'URL', 'FAQ', 'GDP', 'VAT', 'DNA', 'HIV', 'AIDS', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XX', 'XXI', 'AI', 'PR', 'HQ', 'RSS', 'ET', 'EST', 'PST', 'CET', 'MSK', 'BST', 'CNY', 'USD', 'EUR', 'RUB', 'SMS', 'GPS', 'MP', 'PS', 'NB']);
/** Geographic head words: "Sarvan River", "Fergana Valley", "Aral Sea". */
const PLACE_HEADS = new Set(['River', 'Lake', 'Sea', 'Ocean', 'Mountains', 'Mountain', 'Valley', 'Basin', 'Island', 'Islands', 'Bay', 'Gulf', 'Strait', 'Straits', 'Peninsula', 'Desert', 'Province', 'Region', 'County', 'District', 'Oblast', 'Krai', 'Canal', 'Reservoir', 'Plateau', 'Delta', 'Coast', 'Square', 'Street', 'Avenue', 'Highway', 'Pass', 'Glacier', 'Falls', 'Heights', 'Hills', 'Range', 'Prefecture', 'Governorate', 'Territory']);
const PLACE_PREFIXES = new Set(['Lake', 'Mount', 'Mt.', 'Cape', 'Gulf', 'Bay', 'Port', 'Fort', 'Lake', 'Sea']);
/** Plural subjects of reporting sentences, capitalized only at a sentence start ("Diplomats said"). */
export const COMMON_SUBJECTS = new Set(['officials', 'diplomats', 'analysts', 'experts', 'residents', 'farmers', 'critics', 'sources', 'authorities', 'observers', 'officers', 'witnesses', 'activists', 'protesters', 'lawmakers', 'ministers', 'leaders', 'delegates', 'negotiators', 'scientists', 'researchers', 'economists', 'investors', 'traders', 'police', 'doctors', 'villagers', 'locals', 'participants', 'organizers', 'organisers', 'voters', 'users', 'employees', 'workers', 'students', 'parents', 'people', 'others', 'many', 'some', 'both', 'several', 'insiders', 'aides', 'allies', 'opponents', 'supporters', 'rebels', 'militants', 'troops', 'soldiers', 'prosecutors', 'judges', 'lawyers', 'journalists', 'reporters', 'editors', 'commentators', 'historians', 'engineers', 'planners', 'campaigners', 'environmentalists']);
const BETWEEN_NAME_AND_VERB = new Set(['also', 'later', 'then', 'again', 'previously', 'recently', 'has', 'had', 'have', 'was', 'is', 'had', 'once', 'further', 'earlier', 'reportedly']);

export function classifyUnknown(ctx: NameScan, from: number, to: number, afterTitle: boolean): EntityType | null {
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
    for (let k = from; k < to; k++) if (units[k]!.allCaps) return null;
    if (placeContext) return 'PLACE';
    // Without a given name, a title or a speech verb, a run is a name only if none of its words
    // is used in lowercase elsewhere in the article ("Thirsty Valleys" is not a person).
    for (let k = from; k < to; k++) if (isLowercaseWord(ctx, k) || lex.orgHeads.has(units[k]!.text)) return null;
    if (COLON_THEN_CAPITAL.test(ctx.text.slice(last.end, last.end + 3))) return null; // "Thirsty Valleys: Water and …" is a title
    return followedBySpeech(ctx, to) || !first.sentenceStart ? 'PERSON' : null;
  }
  if (first.allCaps) {
    const letters = first.text.replace(/\./g, '');
    return letters.length >= 2 && letters.length <= 6 && !ACRONYM_STOPLIST.has(letters) ? 'ORG' : null;
  }
  if (lex.orgHeads.has(first.text)) return null; // "the Organization's summit": a head word alone names nothing
  if (placeContext && !first.sentenceStart && first.text.length > 2) return 'PLACE';
  if (followedBySpeech(ctx, to) && !isLowercaseWord(ctx, from)) return 'PERSON';
  return null;
}

/** Is unit k a word the article uses in lowercase, or a common subject ("Officials")? */
export function isLowercaseWord(ctx: NameScan, k: number): boolean {
  // The unit's lowercase form as the pass keeps it (lowerAt): V8 lowercases a word cut from an
  // article with a curly quote in it (a two-byte string) in ICU, ~700 instructions a call.
  const lower = lowerAt(ctx, k);
  return ctx.lowercaseVocabulary.has(lower) || COMMON_SUBJECTS.has(lower);
}

/** "Central Asian", "Afghan": an adjective of a known place is not a name. */
export function isPlaceAdjective(ctx: NameScan, text: string): boolean {
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

/** Is unit k a capitalized word that is capitalized only because it starts a sentence or a headline? */
export function isCommonWord(ctx: NameScan, k: number): boolean {
  const u = ctx.units[k]!;
  const lower = lowerAt(ctx, k);
  if (ctx.lex.functionWords.has(lower)) return true;
  if (!u.sentenceStart && !ctx.titleCaseLines.has(u.line)) return false;
  if (ctx.lex.givenNames.has(u.text)) return false;
  return ctx.lowercaseVocabulary.has(lower) || /(?:ly|ing|ed)$/.test(lower) || ctx.lex.speechVerbs.has(lower);
}
