/**
 * Organization names built from a head word ("Collective Security Treaty Organization",
 * "Ministry of Foreign Affairs"), and the plain capitalized words that may extend a known name.
 */
import { isOrgHeadAt, longestKnown, lowerAt, titleLength, type NameScan } from './nameLookup';
import { COMMON_SUBJECTS } from './unknownNames';

/** Lowercase words that may join the parts of a name ("Council of Heads of State", "bin Salman"). */
export const CONNECTORS = new Set(['of', 'for', 'de', 'du', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le']);

/**
 * Units i.. that form an organization name ending in a head word ("Collective Security
 * Treaty Organization", "Ministry of Foreign Affairs"), or 0. At "of (the)" the name
 * stops when what follows is a name of its own ("Council of Heads of State | of the
 * Shanghai Cooperation Organisation").
 */
export function organizationLength(ctx: NameScan, i: number, to: number): number {
  const { units } = ctx;
  // A name of one unit is no organization name built from a head word (see the end): most runs are one unit.
  if (to - i < 2) return 0;
  // Without a head word in i..to there is no organization name (whatever else the units are): most
  // runs have none, and this is asked at each of their units.
  let anyHead = false;
  for (let k = i; k < to && !anyHead; k++) anyHead = isOrgHeadAt(ctx, k);
  if (!anyHead) return 0;
  if (CONNECTORS.has(units[i]!.text) || lowerAt(ctx, i) === 'the') return 0;
  // "Leaders of the Group of 20 …": a plural subject (capitalized by a sentence start or after a
  // dateline) begins no organization name; the ones that do ("Reporters Without Borders") are known names.
  if (COMMON_SUBJECTS.has(lowerAt(ctx, i))) return 0;
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
    const head = isOrgHeadAt(ctx, k);
    if (!head && titleLength(ctx, k, to) > 0) break;
    if (head) sawHead = true;
    if (sawHead) end = k + 1;
  }
  return sawHead && end - i >= 2 ? end - i : 0;
}

/** A capitalized word that is not a known name, a title, a nationality or a connector. */
export function isPlainWord(ctx: NameScan, k: number, to: number): boolean {
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
