/**
 * One article's entities before the folder links them: mentions grouped by the
 * engine's in-article canonical form, with the context the folder uses as evidence
 * (role titles before the name, a "state"/"country" sense for ambiguous place names:
 * see mentionContexts.ts) and same-article typo links ("Kahn" next to "Imran Khan").
 */
import { ENTITY_TYPES, type ArticleAnalysis, type EntityType } from '../model';
import type { MentionContexts } from './mentionContexts';
import { acronymKey, foldName, isAcronym, oneEditApart, plainName } from './names';

/** One local entity, as a view made when asked for (ArticleEntities keeps them as columns). */
export interface LocalEntity {
  file: string;
  type: EntityType;
  canonical: string;
  /** How many of the article's mentions are of it (which ones, ArticleEntities.localOfMention says). */
  mentionCount: number;
  /** Distinct surface forms. */
  surfaces: readonly string[];
  /** "state" / "country" when the article says which sense of a place name it means. */
  qualifier: Qualifier | null;
  /** Role titles written before the name ("president", "foreign minister"). */
  titles: readonly string[];
  /** A date the folder resolved (see dateAnchors), not the engine: it never anchors other dates. */
  derived: boolean;
}

export type Qualifier = 'state' | 'country';
/** Local entity numbers, one per mention (see ArticleEntities.localOfMention). */
export type LocalNumbers = Uint16Array | Int32Array;

/** `numbers` (each below `locals`) in 16 bits each when they fit, else 32. */
export function localNumbers(numbers: readonly number[], locals: number): LocalNumbers {
  return locals <= 0x10000 ? Uint16Array.from(numbers) : Int32Array.from(numbers);
}
const QUALIFIERS: readonly (Qualifier | null)[] = [null, 'state', 'country'];

export interface TypoLink {
  /** Indices into the article's local entities. */
  from: number;
  to: number;
  label: string;
}

/*
 * A local's type, sense, derived flag and mention count, in one small integer: an article has tens
 * of locals and a folder hundreds of thousands, and as an object each they were the largest part of
 * the index's heap (~120 bytes a local; as columns ~32).
 */
const TYPE_BITS = 2;
const QUALIFIER_SHIFT = TYPE_BITS;
const DERIVED_BIT = 1 << (QUALIFIER_SHIFT + 2);
const COUNT_SHIFT = QUALIFIER_SHIFT + 3;

function packFacts(type: EntityType, qualifier: Qualifier | null, derived: boolean, mentionCount: number): number {
  return ENTITY_TYPES.indexOf(type) | (QUALIFIERS.indexOf(qualifier) << QUALIFIER_SHIFT) | (derived ? DERIVED_BIT : 0) | (mentionCount << COUNT_SHIFT);
}

/**
 * One article's entities before the folder links them, a column per field: local `i` is the i-th
 * entry of each. Made by localEntitiesOf.
 */
export class ArticleEntities {
  constructor(
    readonly file: string,
    private readonly canonicals: readonly string[],
    private readonly surfaceLists: readonly (readonly string[])[],
    private readonly titleLists: readonly (readonly string[])[],
    /** Per local: type, sense, derived flag and mention count (see packFacts). */
    private readonly facts: number[],
    /**
     * For each mention, the index of its local entity: 16-bit numbers (an article has far fewer than
     * 65,536 locals; wider ones for one that has more), a quarter of an array of numbers' size.
     */
    readonly localOfMention: LocalNumbers,
    readonly typos: readonly TypoLink[],
  ) {}

  get count(): number {
    return this.canonicals.length;
  }

  type(local: number): EntityType {
    return ENTITY_TYPES[this.facts[local]! & ((1 << TYPE_BITS) - 1)]!;
  }

  canonical(local: number): string {
    return this.canonicals[local]!;
  }

  surfaces(local: number): readonly string[] {
    return this.surfaceLists[local]!;
  }

  titles(local: number): readonly string[] {
    return this.titleLists[local]!;
  }

  qualifier(local: number): Qualifier | null {
    return QUALIFIERS[(this.facts[local]! >> QUALIFIER_SHIFT) & 3]!;
  }

  mentionCount(local: number): number {
    return this.facts[local]! >> COUNT_SHIFT;
  }

  derived(local: number): boolean {
    return (this.facts[local]! & DERIVED_BIT) !== 0;
  }

  setDerived(local: number, derived: boolean): void {
    this.facts[local] = derived ? this.facts[local]! | DERIVED_BIT : this.facts[local]! & ~DERIVED_BIT;
  }

  /** Local `i` as an object of its own, every field read (for tests and the rare reader of them all). */
  local(local: number): LocalEntity {
    return {
      file: this.file,
      type: this.type(local),
      canonical: this.canonical(local),
      mentionCount: this.mentionCount(local),
      surfaces: this.surfaces(local),
      qualifier: this.qualifier(local),
      titles: this.titles(local),
      derived: this.derived(local),
    };
  }
}

/** The titles of a local until it has one (most never do): shared, never pushed to (see addTitle). */
const NO_TITLES: string[] = [];

/** Lists kept for the life of the index; by default each local keeps its own exact-size copy. */
export type KeepList = <T extends string | number>(items: readonly T[]) => readonly T[];
const ownCopy: KeepList = (items) => items.slice();

/** A local entity while its article is read: an object while it grows (cheap, short-lived), kept as columns. */
interface GrowingLocal {
  type: EntityType;
  canonical: string;
  mentionCount: number;
  surfaces: string[];
  qualifier: Qualifier | null;
  titles: string[];
}

/**
 * Groups an article's mentions into local entities keyed by type and canonical form, with what
 * `contexts` says around them. `keep` stores their lists (the index passes one that shares equal
 * lists across articles).
 */
export function localEntitiesOf(file: string, contexts: MentionContexts, analysis: ArticleAnalysis, keep: KeepList = ownCopy): ArticleEntities {
  // Local index by type, then by canonical form (shared strings, hashed once): no key made per mention.
  const byTypeAndCanonical = new Map<EntityType, Map<string, number>>();
  const locals: GrowingLocal[] = [];
  const localOfMention: number[] = [];
  analysis.mentions.forEach((mention, index) => {
    let byCanonical = byTypeAndCanonical.get(mention.type);
    if (byCanonical === undefined) byTypeAndCanonical.set(mention.type, (byCanonical = new Map()));
    let localIndex = byCanonical.get(mention.canonical);
    if (localIndex === undefined) {
      localIndex = locals.length;
      byCanonical.set(mention.canonical, localIndex);
      // A list of one to start with: most locals keep one surface.
      locals.push({ type: mention.type, canonical: mention.canonical, mentionCount: 1, surfaces: [mention.text], qualifier: null, titles: NO_TITLES });
    } else {
      const local = locals[localIndex]!;
      local.mentionCount++;
      if (!local.surfaces.includes(mention.text)) local.surfaces.push(mention.text);
    }
    const local = locals[localIndex]!;
    localOfMention.push(localIndex);
    if (mention.type === 'PERSON') {
      const title = contexts.titles.get(index);
      if (title !== undefined) addTitle(local, title);
    } else if (mention.type === 'PLACE' && local.qualifier === null) {
      // The first sense the text gives any of the place's mentions.
      local.qualifier = contexts.qualifiers.get(index) ?? null;
    }
  });
  // Kept for the life of the index (tens of locals per article, thousands of articles): as columns,
  // and a kept list just its items (a pushed-to array holds spare room for more).
  const canonicals: string[] = new Array(locals.length);
  const surfaceLists: (readonly string[])[] = new Array(locals.length);
  const titleLists: (readonly string[])[] = new Array(locals.length);
  const facts: number[] = new Array(locals.length);
  for (let i = 0; i < locals.length; i++) {
    const local = locals[i]!;
    canonicals[i] = local.canonical;
    surfaceLists[i] = keep(local.surfaces);
    titleLists[i] = keep(local.titles.length > 1 ? [...local.titles].sort() : local.titles);
    facts[i] = packFacts(local.type, local.qualifier, false, local.mentionCount);
  }
  return new ArticleEntities(file, canonicals, surfaceLists, titleLists, facts, localNumbers(localOfMention, locals.length), typoLinks(locals));
}

/** The indices of the article's mentions of its local entity number `local`, in order. */
export function mentionsOfLocal(entities: ArticleEntities, local: number): number[] {
  const found: number[] = [];
  entities.localOfMention.forEach((of, mention) => {
    if (of === local) found.push(mention);
  });
  return found;
}

function addTitle(local: GrowingLocal, normalized: string): void {
  if (local.titles === NO_TITLES) local.titles = [normalized];
  else if (!local.titles.includes(normalized)) local.titles.push(normalized);
}

/**
 * A one-word person name one edit away from the surname of a full name in the same
 * article is that person misspelled ("Kahn" / "Imran Khan"). Short names are left
 * alone: one edit turns "Li" into "Lu".
 */
function typoLinks(locals: readonly GrowingLocal[]): TypoLink[] {
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
export function nameKeyOf(type: EntityType, canonical: string, qualifier: Qualifier | null): string {
  let made = nameKeys.get(canonical);
  if (made === undefined) {
    if (nameKeys.size >= 50_000) nameKeys.clear();
    nameKeys.set(canonical, (made = []));
  }
  for (const entry of made) if (entry.type === type && entry.qualifier === qualifier) return entry.key;
  const key = makeNameKey(type, canonical, qualifier);
  made.push({ type, qualifier, key });
  return key;
}

function makeNameKey(type: EntityType, canonical: string, qualifier: Qualifier | null): string {
  if (type === 'DATE') return `DATE|${canonical}|`;
  const fold = isAcronym(canonical) ? `#${acronymKey(canonical)}` : foldName(canonical);
  return `${type}|${fold}|${qualifier ?? ''}`;
}
