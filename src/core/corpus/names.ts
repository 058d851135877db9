/**
 * Name keys for linking one entity's spellings across sources: accent and case
 * folding, transliteration folding (kh/h, v/u, y/i, q/k, zh/j, doubled letters,
 * -isation/-ization, -re/-er), acronyms and their expansions, one-edit typos.
 */
import { memoized } from '../text/memoized';

/** Lowercase, accents removed, dots of acronyms dropped, every other non-letter a space. */
export const plainName = memoized((name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(?<=\p{L})\.(?=\p{L})|(?<=\b\p{L})\.$/gu, '')
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

interface FoldRule {
  /** What the evidence says when this rule is what made two spellings equal. */
  label: string;
  apply: (token: string) => string;
}

// Order matters: digraphs before single letters, doubled letters last.
const FOLD_RULES: FoldRule[] = [
  { label: '-isation~-ization', apply: (t) => t.replace(/is(ation|e|ed|es|ing)$/, 'iz$1') },
  { label: '-our~-or', apply: (t) => t.replace(/our$/, 'or') },
  { label: '-re~-er', apply: (t) => t.replace(/(?<=[^aeiou])re$/, 'er') },
  { label: 'transliteration dzh/zh~j', apply: (t) => t.replace(/dzh|zh|dj/g, 'j') },
  { label: 'transliteration kh~h', apply: (t) => t.replace(/kh/g, 'h') },
  { label: 'transliteration ph~f', apply: (t) => t.replace(/ph/g, 'f') },
  { label: 'transliteration q~k', apply: (t) => t.replace(/q|ck/g, 'k') },
  { label: 'transliteration x~ks', apply: (t) => t.replace(/x/g, 'ks') },
  { label: 'transliteration w~v', apply: (t) => t.replace(/w/g, 'v') },
  { label: 'transliteration v~u', apply: (t) => t.replace(/(?<=[aeio])u(?![aeiou])/g, 'v') },
  { label: 'transliteration y~i', apply: (t) => t.replace(/y/g, 'i') },
  { label: 'transliteration i between vowels', apply: (t) => t.replace(/(?<=[aeiou])i(?=[aeiou])/g, '') },
  { label: 'doubled letters', apply: (t) => t.replace(/(\p{L})\1+/gu, '$1') },
];

/** The folded key of a name: two spellings of one name fold to the same key. */
export const foldName = memoized((name: string): string =>
  plainName(name)
    .split(' ')
    .map((token) => FOLD_RULES.reduce((t, rule) => rule.apply(t), token))
    .join(' '),
);

/** Why two names fold together: the rules whose application changed one spelling more than the other. */
export function foldEvidence(a: string, b: string): string[] {
  let left = plainName(a);
  let right = plainName(b);
  if (left === right) return left === a.toLowerCase() && right === b.toLowerCase() ? [] : ['case/accents/punctuation'];
  const labels: string[] = [];
  for (const rule of FOLD_RULES) {
    const nextLeft = left.split(' ').map(rule.apply).join(' ');
    const nextRight = right.split(' ').map(rule.apply).join(' ');
    if (nextLeft !== left || nextRight !== right) {
      const before = left === right;
      left = nextLeft;
      right = nextRight;
      if (!before) labels.push(rule.label);
    }
  }
  return labels;
}

const NAME_PARTICLES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'al', 'for', 'to', '&']);

/** True for "SCO", "U.S.", "NATO", "UN": all capitals, 2-8 letters, dots allowed. */
export function isAcronym(name: string): boolean {
  const compact = name.replace(/\./g, '');
  return /^[\p{Lu}][\p{Lu}\p{N}&]{1,7}$/u.test(compact) && compact.length <= 8;
}

/** Initialisms an expansion can stand for ("Collective Security Treaty Organization" -> "csto"). */
export function initialismsOf(expansion: string): string[] {
  const words = expansion.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return [];
  const contentWords = words.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()));
  const results = new Set<string>();
  const firstLetters = (ws: string[]): string => ws.map((w) => plainName(w).charAt(0)).join('');
  results.add(firstLetters(contentWords));
  results.add(firstLetters(contentWords.flatMap((w) => w.split('-'))));
  results.add(firstLetters(words));
  return [...results].filter((r) => r.length >= 2);
}

/** The key an acronym is looked up by ("U.S." -> "us"). */
export function acronymKey(name: string): string {
  return plainName(name).replace(/ /g, '');
}

/** True when a and b differ by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length <= 2; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    const [i, j] = diffs;
    return diffs.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  return shorter.slice(i) === longer.slice(i + 1);
}

/** Lowercase slug for readable ids (remembered: made for every new entity and quote group). */
export const slugify = memoized((name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, ''),
);

/** Folder-wide entity id for a name: type plus a slug of the canonical name. */
export function entityIdFor(type: string, canonical: string): string {
  return `${type.toLowerCase()}:${slugify(canonical)}`;
}
