import { ownCopy } from './ownCopy';

/**
 * Remembers a pure string function's results: the same few thousand names, words and keys recur
 * across a folder's articles and on every update. Bounded: cleared when full. A key is kept as a
 * copy of its own: the strings asked about are mostly cut from article texts, and a long slice is a
 * view that would keep its whole article alive for as long as the answer is remembered.
 */
export function memoized(fn: (value: string) => string, capacity = 50_000): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      if (cache.size >= capacity) cache.clear();
      result = fn(value);
      cache.set(ownCopy(value), result);
    }
    return result;
  };
}
