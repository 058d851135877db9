/**
 * An equal string that is no view into a larger one. Engines make a slice of a long string (a name
 * or quote cut from an article, a regex match) a view that keeps the whole article text alive; what
 * is kept beyond an article's analysis must not hold on to it. A concatenation is flattened into a
 * string of its own before it is sliced.
 */
export function ownCopy(value: string): string {
  return value.length < 2 ? value : (' ' + value).slice(1);
}
