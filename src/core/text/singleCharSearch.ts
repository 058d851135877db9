/**
 * Where the next match of a one-character pattern (a global regex of one character class, such as
 * /[\n.!?]/g, with no u flag: each match is one UTF-16 unit) is, at or after `from`; -1 when none.
 * The regex engine scans; test() rather than exec() makes no match array per match found, and the
 * match ends where test() leaves lastIndex, one unit past its start.
 */
export function nextSingleCharMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - 1 : -1;
}

/** Every match of a one-character pattern (see nextSingleCharMatch), in order: for a caller without the tokenizer's notes of them (TextMarks). */
export function singleCharMatches(pattern: RegExp, text: string): number[] {
  const found: number[] = [];
  for (let i = nextSingleCharMatch(pattern, text, 0); i !== -1; i = nextSingleCharMatch(pattern, text, i + 1)) found.push(i);
  return found;
}
