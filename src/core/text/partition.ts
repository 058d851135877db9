/**
 * Binary search over a sorted sequence: the first index whose item is not `before` the target,
 * given `isBefore(index)` true for a prefix of the indices and false after it (`length` when all are).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
