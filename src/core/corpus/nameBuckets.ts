/** Name nodes and the keyed buckets they are found in or look their one match up in. */
import type { EntityType } from '../model';
import { initialismsOf } from './names';
import type { ArticleEntities } from './localEntities';
import type { RegistryEntry } from './registry';
import { NameCounts } from './nameCounts';

export interface NameNode {
  key: string;
  type: EntityType;
  /** Folded name ("#sco" for an acronym); for a registry node, the folded entry name. */
  fold: string;
  qualifier: string;
  registry: RegistryEntry | null;
  /**
   * Its local entities, in the order they came: the k-th is local number localIndices[k] of
   * localArticles[k] (two columns: an object per local was ~40 bytes more each, for hundreds of
   * thousands). Arrays, not a set: a cold load adds hundreds of thousands (a set hashed each one),
   * and an article's removal finds its few by a scan.
   */
  localArticles: ArticleEntities[];
  localIndices: number[];
  /** canonical -> number of local entities with it. */
  canonicals: NameCounts;
  /** surface form -> how many of its local entities use it. */
  surfaces: NameCounts;
  /** How many mentions its local entities have. */
  mentions: number;
}

export interface Lookup {
  bucket: string;
  rank: number;
  label: (target: string) => string;
}

/** The buckets a node is found in, and the buckets it looks for its one match in. */
export function bucketsOf(node: NameNode): { member: string[]; lookup: Lookup[] } {
  const { type, fold, qualifier } = node;
  const member: string[] = [];
  const lookup: Lookup[] = [];
  if (type === 'DATE') {
    const full = /^\d{4}-(\d\d-\d\d)$/.exec(fold);
    if (full) member.push(`DATE|md|${full[1]}`);
    const partial = /^--(\d\d-\d\d)$/.exec(fold);
    if (partial) lookup.push({ bucket: `DATE|md|${partial[1]}`, rank: 5, label: (t) => `date '${fold}' -> the only full date '${t}' in the folder` });
    return { member, lookup };
  }
  const tokens = fold.split(' ');
  if (fold.startsWith('#')) {
    const letters = fold.slice(1).replace(/q|x/g, 'k').replace(/w/g, 'v').replace(/y/g, 'i');
    lookup.push({ bucket: `${type}|init|${letters}`, rank: 2, label: (t) => `acronym '${fold.slice(1).toUpperCase()}' of '${t}' (the only expansion with those initials)` });
    return { member, lookup };
  }
  if (tokens.length >= 2) {
    if (type === 'PERSON') member.push(`PERSON|last|${tokens[tokens.length - 1]}`);
    else for (const initials of initialismsOf(fold)) member.push(`${type}|init|${initials}`);
  } else if (type === 'PERSON' && fold.length >= 2 && !node.registry) {
    lookup.push({ bucket: `PERSON|last|${fold}`, rank: 3, label: (t) => `surname -> the only full name '${t}' with it in the folder` });
  }
  if (qualifier) member.push(`${type}|sense|${fold}`);
  else if (!node.registry) lookup.push({ bucket: `${type}|sense|${fold}`, rank: 4, label: (t) => `same name, the only sense '${t}' in the folder` });
  return { member, lookup };
}

export function bestName(type: EntityType, nodes: NameNode[]): string {
  let best = '';
  let bestScore: number[] = [];
  for (const node of nodes) {
    node.canonicals.forEach((canonical, count) => {
      const score =
        type === 'DATE'
          ? [/^\d{4}-\d\d-\d\d$/.test(canonical) ? 1 : 0, count]
          : [node.fold.startsWith('#') ? 0 : 1, canonical.includes(' ') ? 1 : 0, count, canonical.length];
      if (best === '' || compareScores(score, bestScore) > 0 || (compareScores(score, bestScore) === 0 && canonical < best)) {
        best = canonical;
        bestScore = score;
      }
    });
  }
  return best;
}

export function sharedTitles(nodes: NameNode[]): string[] {
  const seenIn = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (let k = 0; k < node.localArticles.length && k <= 50; k++) {
      for (const title of node.localArticles[k]!.titles(node.localIndices[k]!)) seenIn.set(title, (seenIn.get(title) ?? new Set()).add(node.key));
    }
  }
  return [...seenIn].filter(([, keys]) => keys.size >= 2).map(([title]) => title).sort();
}

export function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

const NO_KEYS: readonly string[] = Object.freeze([]);

/**
 * Name node keys by bucket, each key once, in the order they came (as a Set keeps them). Most
 * buckets hold one key (at 10,000 articles all 9,804 lookup buckets and 1,020 of 2,263 member
 * buckets): it is kept as the string itself, a Set made only for a second (a Set each was ~2 MB).
 */
export class BucketKeys {
  private readonly byBucket = new Map<string, string | Set<string>>();

  add(bucket: string, key: string): void {
    const held = this.byBucket.get(bucket);
    if (held === undefined) this.byBucket.set(bucket, key);
    else if (typeof held !== 'string') held.add(key);
    else if (held !== key) this.byBucket.set(bucket, new Set([held, key]));
  }

  delete(bucket: string, key: string): void {
    const held = this.byBucket.get(bucket);
    if (held === undefined) return;
    if (typeof held === 'string') {
      if (held === key) this.byBucket.delete(bucket);
    } else if (held.delete(key) && held.size === 0) this.byBucket.delete(bucket);
  }

  keys(bucket: string): Iterable<string> {
    const held = this.byBucket.get(bucket);
    return held === undefined ? NO_KEYS : typeof held === 'string' ? [held] : held;
  }

  size(bucket: string): number {
    const held = this.byBucket.get(bucket);
    return held === undefined ? 0 : typeof held === 'string' ? 1 : held.size;
  }

  has(bucket: string, key: string): boolean {
    const held = this.byBucket.get(bucket);
    return held === undefined ? false : typeof held === 'string' ? held === key : held.has(key);
  }
}
