/**
 * One article's entities before the folder links them: mentions grouped by the
 * engine's in-article canonical form, with the context the folder uses as evidence
 * (role titles before the name, a "state"/"country" sense for ambiguous place names)
 * and same-article typo links ("Kahn" next to "Imran Khan").
 */
import type { ArticleAnalysis, EntityType } from '../model';
import { OffsetMap } from '../text/offsets';
import { isWhitespaceCode } from '../text/whitespace';
import { acronymKey, foldName, isAcronym, oneEditApart, plainName } from './names';

export interface LocalEntity {
  file: string;
  type: EntityType;
  canonical: string;
  /**
   * How many of the article's mentions are of it. Which ones, ArticleEntities.localOfMention says
   * (see mentionsOfLocal): a list of them kept on each local was ~10 MB in a 10,000-article folder.
   */
  mentionCount: number;
  /** Distinct surface forms. */
  surfaces: readonly string[];
  /** "state" / "country" when the article says which sense of a place name it means. */
  qualifier: string | null;
  /** Role titles written before the name ("president", "foreign minister"). */
  titles: readonly string[];
  /** A date the folder resolved (see dateAnchors), not the engine: it never anchors other dates. */
  derived: boolean;
}

export interface TypoLink {
  /** Indices into the article's local entities. */
  from: number;
  to: number;
  label: string;
}

export interface ArticleEntities {
  locals: LocalEntity[];
  /** For each mention, the index of its local entity. */
  localOfMention: number[];
  typos: TypoLink[];
}

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

/** A local entity while its article is read: lists it is still adding to. */
interface GrowingLocal extends LocalEntity {
  surfaces: string[];
  titles: string[];
}

/** The titles of a local until it has one (most never do): shared, never pushed to (see addTitle). */
const NO_TITLES: string[] = [];

/** Lists kept for the life of the index; by default each local keeps its own exact-size copy. */
export type KeepList = <T extends string | number>(items: readonly T[]) => readonly T[];
const ownCopy: KeepList = (items) => items.slice();

/**
 * Groups an article's mentions into local entities keyed by type and canonical form. `keep` stores
 * their lists (the index passes one that shares equal lists across articles).
 */
export function localEntitiesOf(file: string, text: string, analysis: ArticleAnalysis, keep: KeepList = ownCopy): ArticleEntities {
  const offsets = new OffsetMap(text);
  // Local index by type, then by canonical form (shared strings, hashed once): no key made per mention.
  const byTypeAndCanonical = new Map<EntityType, Map<string, number>>();
  const locals: GrowingLocal[] = [];
  const localOfMention: number[] = [];
  analysis.mentions.forEach((mention) => {
    let byCanonical = byTypeAndCanonical.get(mention.type);
    if (byCanonical === undefined) byTypeAndCanonical.set(mention.type, (byCanonical = new Map()));
    let localIndex = byCanonical.get(mention.canonical);
    if (localIndex === undefined) {
      localIndex = locals.length;
      byCanonical.set(mention.canonical, localIndex);
      // A list of one to start with: most locals keep one surface, and an empty
      // array that is pushed to grows room for 17 (tens of locals per article, thousands of articles).
      locals.push({ file, type: mention.type, canonical: mention.canonical, mentionCount: 1, surfaces: [mention.text], qualifier: null, titles: NO_TITLES, derived: false });
    } else {
      const local = locals[localIndex]!;
      local.mentionCount++;
      if (!local.surfaces.includes(mention.text)) local.surfaces.push(mention.text);
    }
    const local = locals[localIndex]!;
    localOfMention.push(localIndex);
    // Context is read for people (titles) and places (which sense) only.
    const readsTitle = mention.type === 'PERSON';
    const readsSense = mention.type === 'PLACE' && local.qualifier === null;
    if (!readsTitle && !readsSense) return;
    const start = offsets.toUtf16(mention.start);
    const from = Math.max(0, start - 60);
    if (readsTitle && !readsSense && !mayEndInTitle(text, from, start)) return;
    const before = text.slice(from, start);
    if (readsTitle) {
      const title = TITLE_WORDS.exec(before.slice(lastSentenceBreak(before) + 1));
      if (title) addTitle(local, title[1]!);
    }
    if (readsSense) {
      const end = offsets.toUtf16(mention.end);
      const after = text.slice(end, end + 12);
      // Both "before" patterns end in "of" and spaces: most places are not preceded by that.
      const afterOf = endsWithOf(before);
      if ((afterOf && STATE_BEFORE.test(before)) || STATE_AFTER.test(after)) local.qualifier = 'state';
      else if (afterOf && COUNTRY_BEFORE.test(before)) local.qualifier = 'country';
    }
  });
  // Kept for the life of the index (tens of locals per article, thousands of articles): a
  // pushed-to array holds spare room for more, a kept one just its items.
  const kept: LocalEntity[] = locals;
  for (const local of kept) {
    local.surfaces = keep(local.surfaces);
    local.titles = keep(local.titles.length > 1 ? [...local.titles].sort() : local.titles);
  }
  return { locals: kept, localOfMention: localOfMention.slice(), typos: typoLinks(kept) };
}

/** The indices of the article's mentions of its local entity number `local`, in order. */
export function mentionsOfLocal(entities: ArticleEntities, local: number): number[] {
  const found: number[] = [];
  entities.localOfMention.forEach((of, mention) => {
    if (of === local) found.push(mention);
  });
  return found;
}

/** text[from, to) ends in one of TITLE_ENDINGS and whitespace: where TITLE_WORDS can match. */
export function mayEndInTitle(text: string, from: number, to: number): boolean {
  let end = to;
  while (end > from && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  if (end === to) return false;
  for (const ending of TITLE_ENDINGS) if (end - ending.length >= from && text.startsWith(ending, end - ending.length)) return true;
  return false;
}

/** Index of the last . ! ? or line break (as the last piece of split(/[.!?\n]/)), or -1. */
function lastSentenceBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a) return i;
  }
  return -1;
}

/** Ends in "of" and at least one space (/of\s+$/i), the tail STATE_BEFORE and COUNTRY_BEFORE share. */
function endsWithOf(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end < text.length && end >= 2 && text.slice(end - 2, end).toLowerCase() === 'of';
}

function addTitle(local: GrowingLocal, title: string): void {
  const normalized = title.trim().toLowerCase().replace(/\s+/g, ' ');
  if (local.titles === NO_TITLES) local.titles = [normalized];
  else if (!local.titles.includes(normalized)) local.titles.push(normalized);
}

/**
 * A one-word person name one edit away from the surname of a full name in the same
 * article is that person misspelled ("Kahn" / "Imran Khan"). Short names are left
 * alone: one edit turns "Li" into "Lu".
 */
function typoLinks(locals: LocalEntity[]): TypoLink[] {
  const links: TypoLink[] = [];
  // Each person's name read once: every one-word name is compared with every full name.
  const surnames: { to: number; surname: string }[] = [];
  const singles: { from: number; token: string }[] = [];
  locals.forEach((local, index) => {
    if (local.type !== 'PERSON') return;
    const plain = plainName(local.canonical);
    const lastSpace = plain.lastIndexOf(' ');
    if (lastSpace >= 0) surnames.push({ to: index, surname: plain.slice(lastSpace + 1) });
    else if (plain.length >= 4) singles.push({ from: index, token: plain });
  });
  for (const { from, token } of singles) {
    const targets: number[] = [];
    for (const { to, surname } of surnames) {
      if (oneEditApart(surname, token) && foldName(surname) !== foldName(token)) targets.push(to);
    }
    if (targets.length === 1) {
      const [local, target] = [locals[from]!, locals[targets[0]!]!];
      links.push({ from, to: targets[0]!, label: `typo '${local.canonical}' ~ '${target.canonical}' (one edit, same article)` });
    }
  }
  return links;
}

/**
 * Name keys made so far, by canonical form: the same names recur in every article, and handing
 * back the same key string spares building it again and hashing it again in every look-up.
 * Bounded: cleared when full.
 */
const nameKeys = new Map<string, { type: EntityType; qualifier: string | null; key: string }[]>();

/** The folder-level name key of a local entity (type, folded name, sense). */
export function nameKeyOf(local: LocalEntity): string {
  let made = nameKeys.get(local.canonical);
  if (made === undefined) {
    if (nameKeys.size >= 50_000) nameKeys.clear();
    nameKeys.set(local.canonical, (made = []));
  }
  for (const entry of made) if (entry.type === local.type && entry.qualifier === local.qualifier) return entry.key;
  const key = makeNameKey(local);
  made.push({ type: local.type, qualifier: local.qualifier, key });
  return key;
}

function makeNameKey(local: LocalEntity): string {
  if (local.type === 'DATE') return `DATE|${local.canonical}|`;
  const fold = isAcronym(local.canonical) ? `#${acronymKey(local.canonical)}` : foldName(local.canonical);
  return `${local.type}|${fold}|${local.qualifier ?? ''}`;
}
