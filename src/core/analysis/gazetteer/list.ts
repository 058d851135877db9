// Compact encodings for the gazetteer data: one string per list keeps the files small and diffable.

/** Splits a '|'-separated list; newlines and the spaces around separators are ignored. */
export function pipeList(encoded: string): readonly string[] {
  return encoded
    .split('|')
    .map((item) => item.replace(/\s*\n\s*/g, ' ').trim())
    .filter((item) => item.length > 0);
}

/** Parses 'key=value|key=value' into a map. A repeated key is a data bug: fail loudly (tests load every map). */
export function pipeMap(encoded: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const pair of pipeList(encoded)) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq).trim();
    if (eq <= 0 || map.has(key)) throw new Error(`gazetteer: bad or repeated pair "${pair}"`);
    map.set(key, pair.slice(eq + 1).trim());
  }
  return map;
}
