/**
 * Lookup structures over the packaged gazetteer data, built once on first use.
 * Multiword names are matched token by token, so every key is a sequence of token
 * texts joined by single spaces.
 */
import { CITIES, COUNTRIES, NATIONALITIES, PLACE_ALIASES, REGIONS } from './gazetteer/places';
import { KNOWN_ORGANIZATIONS, ORG_ACRONYMS, ORG_HEAD_WORDS } from './gazetteer/organizations';
import { CHINESE_SURNAMES, GIVEN_NAMES, NAME_PARTICLES, PERSON_TITLES } from './gazetteer/people';
import { CAPITALIZED_FUNCTION_WORDS, SPEECH_VERBS } from './gazetteer/words';
import { tokenize } from '../text/tokens';
import type { EntityType } from '../model';

export interface KnownName {
  type: EntityType;
  canonical: string;
}

export interface Lexicon {
  /** Known places and organizations by exact token sequence ("United States", "U.S.", "NATO"). */
  names: Map<string, KnownName>;
  /** The same names lowercased with spaces removed, for domain-like tokens ("kremlin.ru"). */
  compactNames: Map<string, KnownName>;
  /** Longest known name, in tokens. */
  maxNameTokens: number;
  /** Most tokens of a known name starting with this token: look-ups start at that length. */
  nameTokensByFirst: Map<string, number>;
  /** Lowercase title token sequences ("prime minister", "secretary-general"). */
  titles: Set<string>;
  maxTitleTokens: number;
  /** Most tokens of a title starting / ending with this (lowercase) token. */
  titleTokensByFirst: Map<string, number>;
  titleTokensByLast: Map<string, number>;
  orgHeads: Set<string>;
  givenNames: Set<string>;
  chineseSurnames: Set<string>;
  nationalities: Set<string>;
  particles: Set<string>;
  /** Lowercase words that are never a name on their own. */
  functionWords: Set<string>;
  speechVerbs: Set<string>;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  return (cached ??= buildLexicon());
}

function tokenKey(name: string): string {
  return tokenize(asArticleString(name))
    .map((t) => t.text)
    .join(' ');
}

/**
 * The name as a string of the kind article texts are (two-byte, not a literal). The tokenizer reads
 * gazetteer names before any article, and V8 specializes its optimized code on the strings it sees
 * first: after thousands of one-byte literals it read every article ~2.4x slower (the whole engine
 * ~15% slower). The characters are the same.
 */
function asArticleString(name: string): string {
  return (name + '\u2019').slice(0, -1);
}

/** For keys of space-joined tokens: the most tokens of a key by its first (or last) token. */
export function tokensByEdge(keys: Iterable<string>, edge: 'first' | 'last'): Map<string, number> {
  const most = new Map<string, number>();
  for (const key of keys) {
    // As key.split(' ') would give them, without the list (this runs for every article's learned names).
    let words = 1;
    for (let at = key.indexOf(' '); at !== -1; at = key.indexOf(' ', at + 1)) words++;
    const word = words === 1 ? key : edge === 'first' ? key.slice(0, key.indexOf(' ')) : key.slice(key.lastIndexOf(' ') + 1);
    most.set(word, Math.max(most.get(word) ?? 0, words));
  }
  return most;
}

function buildLexicon(): Lexicon {
  const names = new Map<string, KnownName>();
  const compactNames = new Map<string, KnownName>();
  let maxNameTokens = 1;
  const add = (surface: string, known: KnownName): void => {
    const key = tokenKey(surface);
    if (!key || names.has(key)) return;
    names.set(key, known);
    const compact = surface.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    if (!compactNames.has(compact)) compactNames.set(compact, known);
    maxNameTokens = Math.max(maxNameTokens, key.split(' ').length);
  };
  for (const [alias, canonical] of PLACE_ALIASES) add(alias, { type: 'PLACE', canonical });
  for (const place of [...COUNTRIES, ...CITIES, ...REGIONS]) add(place, { type: 'PLACE', canonical: PLACE_ALIASES.get(place) ?? place });
  for (const [acronym, full] of ORG_ACRONYMS) {
    if (!names.has(acronym)) add(acronym, { type: 'ORG', canonical: full });
  }
  for (const org of KNOWN_ORGANIZATIONS) add(org, { type: 'ORG', canonical: org });

  const titles = new Set<string>();
  let maxTitleTokens = 1;
  for (const title of PERSON_TITLES) {
    const key = tokenKey(title).toLowerCase();
    titles.add(key);
    maxTitleTokens = Math.max(maxTitleTokens, key.split(' ').length);
  }
  return {
    names,
    compactNames,
    maxNameTokens,
    nameTokensByFirst: tokensByEdge(names.keys(), 'first'),
    titles,
    maxTitleTokens,
    titleTokensByFirst: tokensByEdge(titles, 'first'),
    titleTokensByLast: tokensByEdge(titles, 'last'),
    orgHeads: new Set(ORG_HEAD_WORDS),
    givenNames: new Set(GIVEN_NAMES),
    chineseSurnames: new Set(CHINESE_SURNAMES),
    nationalities: new Set(NATIONALITIES),
    particles: new Set(NAME_PARTICLES.map((p) => p.toLowerCase())),
    functionWords: new Set(CAPITALIZED_FUNCTION_WORDS.map((w) => w.toLowerCase())),
    speechVerbs: new Set(SPEECH_VERBS.map((w) => w.toLowerCase())),
  };
}
