// Shared checks for gazetteer list tests.

/** Entries that occur more than once (each reported once). */
export function duplicatesOf(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const entry of list) {
    if (seen.has(entry)) repeated.add(entry);
    seen.add(entry);
  }
  return [...repeated];
}

/** Entries that are empty, padded, or contain doubled/odd whitespace. */
export function badlySpaced(list: readonly string[]): string[] {
  return list.filter((entry) => entry.length === 0 || entry !== entry.trim() || /\s{2,}|[\t\n]/.test(entry));
}
