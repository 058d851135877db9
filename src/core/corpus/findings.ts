/**
 * Findings: what a fact-checker wants flagged when sources are compared. A quote worded
 * materially differently across outlets, a name spelled differently, a number that
 * disagrees between sources about the same thing. Each points at the spans involved.
 */
import type { Finding, FindingSpan, QuoteVariant } from '../model';
import { foldName, oneEditApart, plainName, slugify } from './names';
import type { GroupRecord } from './quoteGraph';
import { longestMember, type DiffCache } from './variants';
import { isStopword, normalizeWord } from './words';

export const quoteWordingFindingId = (groupId: string): string => `finding:quote-wording:${groupId}`;
export const nameSpellingFindingId = (entityId: string): string => `finding:name-spelling:${entityId}`;

/** A quote group whose versions in different files differ in content words (not only trimmed). */
export function quoteWordingFinding(group: GroupRecord, variants: QuoteVariant[], speakerName: string | null): Finding | null {
  const longest = variants.find((v) => v.relation === 'longest');
  const files = new Set(variants.map((v) => v.file)).size;
  if (!longest || files < 2) return null;
  // The message shows the first four distinct differences: a large group is read only that far.
  const differences = new Set<string>();
  for (const variant of variants) {
    if (differences.size >= 4) break;
    if (variant.relation !== 'reworded' || variant.file === longest.file || !isMaterial(variant)) continue;
    for (const change of variant.changed) differences.add(`"${change.from}" -> "${change.to}"`);
    for (const added of variant.added) differences.add(`+"${added}"`);
  }
  if (differences.size === 0) return null;
  const shown = [...differences].slice(0, 4).join('; ');
  return {
    id: quoteWordingFindingId(group.id),
    kind: 'quote-wording',
    message: `${speakerName ? `${speakerName}'s quote` : 'A quote'} is worded differently in ${files} sources: ${shown}`,
    group: group.id,
    spans: variants.map((v) => ({ file: v.file, start: v.start, end: v.end, text: v.text })),
  };
}

/**
 * Whether the group has a quote-wording finding, without building it: the same test as
 * quoteWordingFinding over the cached word diffs, so a large group's update stays cheap.
 */
export function hasWordingFinding(group: GroupRecord, diffs: DiffCache): boolean {
  const longest = longestMember(group.members);
  if (!group.members.some((m) => m.file !== longest.file)) return false;
  return group.members.some((member) => {
    if (member === longest || member.file === longest.file) return false;
    const diff = diffs.diff(longest, member);
    return diff.relation === 'reworded' && isMaterial(diff);
  });
}

/** A rewording counts when what it changes or adds has a content word (not only "the", "of"). */
function isMaterial(diff: Pick<QuoteVariant, 'changed' | 'added'>): boolean {
  return diff.changed.some((c) => hasContentWord(c.from) || hasContentWord(c.to)) || diff.added.some(hasContentWord);
}

function hasContentWord(words: string): boolean {
  return words.split(/\s+/).some((w) => w && !isStopword(normalizeWord(w)));
}

/**
 * Spellings of one entity's name that differ by transliteration, British/American
 * spelling or a typo (not "Putin" vs "Vladimir Putin", not "SCO" vs its expansion).
 * `occurrencesOf` gives the spans of one surface form.
 */
export function nameSpellingFinding(
  entityId: string,
  entityName: string,
  surfaces: readonly string[],
  /** The mentions spelled in these ways, sorted by file and position. */
  occurrencesOf: (surfaces: readonly string[]) => FindingSpan[],
): Finding | null {
  const spelled = spellingVariants(surfaces);
  if (spelled.length < 2) return null;
  return {
    id: nameSpellingFindingId(entityId),
    kind: 'name-spelling',
    message: `${entityName} is spelled ${spelled.length} ways: ${spelled.map((s) => `"${s}"`).join(', ')}`,
    entity: entityId,
    spans: occurrencesOf(spelled),
  };
}

/** The surface forms that are another spelling of one of the others, sorted. */
export function spellingVariants(surfaces: readonly string[]): string[] {
  const sorted = [...new Set(surfaces)].sort();
  const variants = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (spelledDifferently(sorted[i]!, sorted[j]!)) variants.add(sorted[i]!).add(sorted[j]!);
    }
  }
  return [...variants].sort();
}

export function spelledDifferently(a: string, b: string): boolean {
  const plainA = plainName(a);
  const plainB = plainName(b);
  if (plainA === plainB) return false;
  if (foldName(a) === foldName(b)) return true;
  const lastA = plainA.split(' ').pop()!;
  const lastB = plainB.split(' ').pop()!;
  if (lastA === lastB) return false;
  return foldName(lastA) === foldName(lastB) || (Math.min(lastA.length, lastB.length) >= 4 && oneEditApart(lastA, lastB));
}

/** A number stated in an article, with what it measures and the entities next to it. */
export interface NumberFact extends FindingSpan {
  value: number;
  /** Folded unit word ("kilometer", "member"). */
  unit: string;
  /** Name node keys of the nearest entity mentions before and after it in the sentence. */
  anchors: string[];
}

/** Facts by value, then by where they are (file, offset): the order number findings list them in. */
export function compareFacts(a: NumberFact, b: NumberFact): number {
  return a.value - b.value || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start);
}

/**
 * Facts about the same thing (same unit, next to the same entity `anchor`) whose values
 * disagree but are close (within a factor 1.5: far-apart values are about different
 * things). A cluster sharing several anchors is reported once, by the first of them.
 * `entityOf` maps an anchor node to its entity id, `nameOf` an entity id to its name.
 */
/**
 * The entities next to every fact of a cluster, sorted. A much-mentioned name gathers clusters of
 * thousands of facts, re-read at every edit near it: they are narrowed fact by fact, and once only
 * `anchor` is left (whose facts these are) the rest cannot change what the caller does with it.
 */
function sharedEntities(cluster: readonly NumberFact[], anchor: string, entityOf: (node: string) => string | null): string[] {
  const entitiesOf = (fact: NumberFact): (string | null)[] => fact.anchors.map(entityOf);
  let shared = [...new Set(entitiesOf(cluster[0]!))].filter((e): e is string => e !== null);
  for (let i = 1; i < cluster.length && !(shared.length === 1 && shared[0] === anchor); i++) {
    const theirs = entitiesOf(cluster[i]!);
    shared = shared.filter((e) => theirs.includes(e));
  }
  return shared.sort();
}

export function numberFindingsAt(
  unit: string,
  anchor: string,
  facts: readonly NumberFact[],
  entityOf: (node: string) => string | null,
  nameOf: (entity: string) => string,
): Finding[] {
  // Callers that keep their facts in this order make the sort a pass over sorted runs.
  const clusters = clustersOf([...facts].sort(compareFacts));
  const findings: Finding[] = [];
  for (const cluster of clusters) {
    const first = cluster[0]!;
    if (cluster.every((f) => f.value === first.value) || cluster.every((f) => f.file === first.file)) continue;
    const shared = sharedEntities(cluster, anchor, entityOf);
    if (shared[0] !== undefined && shared[0] !== anchor) continue;
    const values = [...new Set(cluster.map((f) => f.value))].map((v) => v.toLocaleString('en-US'));
    const about = shared.length > 0 ? shared : [anchor];
    findings.push({
      id: `finding:number-mismatch:${slugify(unit)}:${anchor}:${cluster[0]!.value}`,
      kind: 'number-mismatch',
      message: `Sources disagree on a ${unit} figure next to ${about.map(nameOf).join(', ')}: ${values.join(' vs ')}`,
      entity: anchor,
      spans: cluster.map(({ file, start, end, text }) => ({ file, start, end, text })),
    });
  }
  return findings;
}

/**
 * Facts sorted by value, in runs of values within half again of the run's first. (A loop alone in its
 * function: see scripts/bench/deopt-loops.mjs.)
 */
function clustersOf(sorted: readonly NumberFact[]): NumberFact[][] {
  const clusters: NumberFact[][] = [];
  for (const fact of sorted) {
    const current = clusters[clusters.length - 1];
    if (current && fact.value <= current[0]!.value * 1.5) current.push(fact);
    else clusters.push([fact]);
  }
  return clusters;
}
