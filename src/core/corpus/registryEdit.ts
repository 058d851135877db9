/**
 * Edits of the registry file the extension offers (merge two entities, split one,
 * rename one). Each takes the file's current text (empty when it does not exist yet)
 * and returns the new text; the yaml Document API keeps comments and formatting of
 * everything it does not touch.
 */
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document } from 'yaml';
import type { EntityType } from '../model';
import { foldName } from './names';

/** An entity as the caller sees it (from `scan --json` entities[]). */
export interface EntityRef {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
}

const NEW_FILE_HEADER =
  ' Newslens entity registry: decisions here win over automatic linking.\n' +
  ' Each entry: name (canonical), type (PERSON/ORG/PLACE/DATE), aliases, distinct (names that\n' +
  ' are a different entity), context (words that pick this entry), wikidata (optional id).';

/** Records that `absorb` is the same entity as `keep` (keep's name stays canonical). */
export function mergeEntities(text: string, keep: EntityRef, absorb: EntityRef): string {
  const doc = load(text);
  const target = findOrCreate(doc, keep);
  const other = findEntry(doc, absorb);
  const names = [absorb.name, ...(absorb.aliases ?? []), ...(keep.aliases ?? [])];
  if (other && other !== target) {
    names.push(...stringsOf(other.get('aliases')));
    for (const [key, value] of other.items.map((p) => [String(p.key), p.value] as const)) {
      if (!['name', 'type', 'aliases', 'distinct', 'context'].includes(key) && !target.has(key)) target.set(key, value);
    }
    removeEntry(doc, other);
  }
  addNames(doc, target, 'aliases', names);
  removeNames(target, 'distinct', [absorb.name, ...(absorb.aliases ?? [])]);
  return doc.toString();
}

/** Records that the names in `aliases` belong to a different entity called `newName`. */
export function splitEntity(text: string, entity: EntityRef, aliases: readonly string[], newName: string): string {
  const doc = load(text);
  const split = new Set([newName, ...aliases].map(foldName));
  const original = findOrCreate(doc, { ...entity, aliases: (entity.aliases ?? []).filter((a) => !split.has(foldName(a))) });
  removeNames(original, 'aliases', [newName, ...aliases]);
  addNames(doc, original, 'distinct', [newName]);
  const created = findOrCreate(doc, { name: newName, type: entity.type, aliases: aliases.filter((a) => foldName(a) !== foldName(newName)) });
  addNames(doc, created, 'distinct', [entity.name]);
  return doc.toString();
}

/** Gives an entity a new canonical name; the old one stays as an alias. */
export function renameEntity(text: string, entity: EntityRef, newName: string): string {
  const doc = load(text);
  const entry = findOrCreate(doc, entity);
  const oldName = String(entry.get('name'));
  entry.set('name', newName);
  removeNames(entry, 'aliases', [newName]);
  if (foldName(oldName) !== foldName(newName)) addNames(doc, entry, 'aliases', [oldName]);
  return doc.toString();
}

function load(text: string): Document {
  const doc = parseDocument(text.trim() === '' ? 'entities: []\n' : text);
  if (text.trim() === '') doc.commentBefore = NEW_FILE_HEADER;
  if (!isMap(doc.contents)) doc.contents = doc.createNode({ entities: [] }) as never;
  const entities = doc.get('entities');
  if (!isSeq(entities)) doc.set('entities', doc.createNode([]));
  return doc;
}

function entries(doc: Document): YAMLSeq<unknown> {
  return doc.get('entities') as YAMLSeq<unknown>;
}

function findEntry(doc: Document, ref: EntityRef): YAMLMap<unknown, unknown> | null {
  const fold = foldName(ref.name);
  const maps = entries(doc).items.filter((item): item is YAMLMap<unknown, unknown> => isMap(item));
  const sameType = maps.filter((m) => String(m.get('type') ?? '').toUpperCase() === ref.type);
  return (
    sameType.find((m) => foldName(String(m.get('name') ?? '')) === fold) ??
    sameType.find((m) => stringsOf(m.get('aliases')).some((a) => foldName(a) === fold)) ??
    null
  );
}

function findOrCreate(doc: Document, ref: EntityRef): YAMLMap<unknown, unknown> {
  const found = findEntry(doc, ref);
  if (found) return found;
  const entry = doc.createNode({ name: ref.name, type: ref.type }) as YAMLMap<unknown, unknown>;
  entries(doc).items.push(entry);
  addNames(doc, entry, 'aliases', [...(ref.aliases ?? [])]);
  return entry;
}

function removeEntry(doc: Document, entry: YAMLMap<unknown, unknown>): void {
  const list = entries(doc);
  list.items.splice(list.items.indexOf(entry), 1);
}

/** Adds names to a flow list field, skipping the entry's own name and names already there (ignoring case). */
function addNames(doc: Document, entry: YAMLMap<unknown, unknown>, field: string, names: readonly string[]): void {
  const existing = stringsOf(entry.get(field));
  const taken = new Set([String(entry.get('name') ?? ''), ...existing].map((n) => n.toLowerCase()));
  const additions: string[] = [];
  for (const name of names) {
    const plain = name.trim();
    if (!plain || taken.has(plain.toLowerCase())) continue;
    taken.add(plain.toLowerCase());
    additions.push(plain);
  }
  if (additions.length === 0) return;
  const current = entry.get(field);
  if (isSeq(current)) {
    for (const name of additions) current.items.push(doc.createNode(name));
  } else {
    const list = doc.createNode([...existing, ...additions]) as YAMLSeq<unknown>;
    list.flow = true;
    entry.set(field, list);
  }
}

function removeNames(entry: YAMLMap<unknown, unknown>, field: string, names: readonly string[]): void {
  const list = entry.get(field);
  if (!isSeq(list)) return;
  const drop = new Set(names.map((n) => n.toLowerCase()));
  list.items = list.items.filter((item) => !drop.has(String(isScalarLike(item) ? item.value : item).toLowerCase()));
  if (list.items.length === 0) entry.delete(field);
}

function stringsOf(value: unknown): string[] {
  if (isSeq(value)) return value.items.map((item) => String(isScalarLike(item) ? item.value : item));
  if (value == null) return [];
  return [String(value)];
}

function isScalarLike(item: unknown): item is { value: unknown } {
  return typeof item === 'object' && item !== null && 'value' in item;
}
