/**
 * The entity registry: `newslens.entities.yaml` at the folder root, where people record
 * decisions the automatic linking must follow (canonical name, type, aliases, names that
 * are a different entity, external ids). Parsed here from text; the host reads the file.
 */
import { parseDocument } from 'yaml';
import { ENTITY_TYPES, type EntityType } from '../model';
import { entityIdFor, foldName } from './names';

export const REGISTRY_FILE_NAME = 'newslens.entities.yaml';

export interface RegistryEntry {
  /** The canonical name: the entity's display name and the source of its id. */
  name: string;
  type: EntityType;
  /** Other names of this entity (spellings, transliterations, short forms). */
  aliases: string[];
  /** Names that are a different entity: automatic linking never merges them into this one. */
  distinct: string[];
  /** Words that pick this entry when several entries share an alias (e.g. "Atlanta" for the US state). */
  context: string[];
  /** External ids, e.g. { wikidata: "Q1" }. */
  ids: Record<string, string>;
}

export interface Registry {
  entries: RegistryEntry[];
  /** Problems found while reading (the rest of the file still applies). */
  problems: string[];
}

export const EMPTY_REGISTRY: Registry = { entries: [], problems: [] };

const ID_KEYS = ['wikidata', 'viaf', 'isni', 'orcid', 'geonames', 'url'];

/** Reads a registry file's text; malformed entries are reported, not fatal. */
export function parseRegistry(text: string): Registry {
  const doc = parseDocument(text);
  const problems = doc.errors.map((e) => e.message);
  const data: unknown = doc.toJS();
  const list = isRecord(data) ? data['entities'] : undefined;
  const entries: RegistryEntry[] = [];
  if (data != null && !Array.isArray(list)) problems.push("expected a top-level 'entities:' list");
  (Array.isArray(list) ? list : []).forEach((raw: unknown, i) => {
    if (!isRecord(raw) || typeof raw['name'] !== 'string' || raw['name'].trim() === '') {
      problems.push(`entry ${i + 1} has no name`);
      return;
    }
    const type = String(raw['type'] ?? '').toUpperCase() as EntityType;
    if (!ENTITY_TYPES.includes(type)) {
      problems.push(`entry '${raw['name']}' needs a type (${ENTITY_TYPES.join(', ')})`);
      return;
    }
    const ids: Record<string, string> = {};
    for (const key of ID_KEYS) if (raw[key] != null) ids[key] = String(raw[key]);
    entries.push({
      name: raw['name'].trim(),
      type,
      aliases: stringList(raw['aliases']),
      distinct: stringList(raw['distinct']),
      context: stringList(raw['context']),
      ids,
    });
  });
  return { entries, problems };
}

/** The id every mention claimed by this entry gets. */
export function registryEntityId(entry: RegistryEntry): string {
  return entityIdFor(entry.type, entry.name);
}

/** Which entries could claim a name: by folded name or alias and type. */
export class RegistryLookup {
  private readonly byFold = new Map<string, RegistryEntry[]>();
  private readonly distinctFolds = new Map<RegistryEntry, Set<string>>();

  constructor(readonly registry: Registry) {
    for (const entry of registry.entries) {
      for (const name of new Set([entry.name, ...entry.aliases].map((n) => `${entry.type}|${foldName(n)}`))) {
        this.byFold.set(name, [...(this.byFold.get(name) ?? []), entry]);
      }
      this.distinctFolds.set(entry, new Set(entry.distinct.map((n) => `${entry.type}|${foldName(n)}`)));
    }
  }

  /**
   * The entry that claims a local entity in an article, or null. When several entries
   * share the name, the one whose context words the article contains wins; a tie claims nothing.
   */
  /** Does the registry name anything (most folders have none)? */
  get isEmpty(): boolean {
    return this.byFold.size === 0;
  }

  claim(type: EntityType, names: readonly string[], articleText: string): RegistryEntry | null {
    // Most folders have no registry: no name needs folding then (see isEmpty).
    if (this.isEmpty) return null;
    const candidates = new Set<RegistryEntry>();
    for (const name of names) for (const entry of this.byFold.get(`${type}|${foldName(name)}`) ?? []) candidates.add(entry);
    if (candidates.size <= 1) return [...candidates][0] ?? null;
    const lowerText = articleText.toLowerCase();
    let best: RegistryEntry | null = null;
    let bestScore = 0;
    let tie = false;
    for (const entry of candidates) {
      const score = entry.context.filter((word) => containsWord(lowerText, word.toLowerCase())).length;
      if (score > bestScore) [best, bestScore, tie] = [entry, score, false];
      else if (score === bestScore) tie = true;
    }
    return tie || bestScore === 0 ? null : best;
  }

  /** True when the registry says a name is not this entry's entity. */
  forbids(entry: RegistryEntry, type: EntityType, name: string): boolean {
    return this.distinctFolds.get(entry)?.has(`${type}|${foldName(name)}`) ?? false;
  }
}

function containsWord(lowerText: string, word: string): boolean {
  let at = lowerText.indexOf(word);
  while (at !== -1) {
    const before = lowerText[at - 1];
    const after = lowerText[at + word.length];
    if (!(before && /\p{L}/u.test(before)) && !(after && /\p{L}/u.test(after))) return true;
    at = lowerText.indexOf(word, at + 1);
  }
  return false;
}

function stringList(value: unknown): string[] {
  if (value == null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v) => v != null && String(v).trim() !== '').map((v) => String(v).trim());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
