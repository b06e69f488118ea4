/**
 * `target.push(...items)` and `Math.max(...values)` pass every element as an
 * argument: past ~100,000 elements (a huge table, a clause with 200,000
 * values) that overflows the stack. These loop instead.
 */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * A copy of `items` at its length. An array grown by `push` keeps spare slots (up to half its length and 16
 * more), and a document holds one or more per row: an array that stays in the document is copied once built.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? [] : items.slice();
}

export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** How many leading items of a sequence sorted by `key` have a key at or before `x` (its upper bound, by bisection). */
export function countAtOrBefore(length: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
