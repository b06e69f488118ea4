/**
 * Which of many `[first, count]` ranges of numbers is the first (in the
 * order given) to hold a number. The ranges are sorted once into disjoint
 * pieces, each owned by the first range covering it, and a number is found
 * by bisection: the memory and the work grow with the ranges, never with
 * the numbers they span (one range may name millions of objects).
 */
export class FirstRange {
  /** Where each piece starts and ends (exclusive), and the range that owns it; pieces sorted and disjoint. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly owners: number[] = [];

  constructor(ranges: readonly (readonly [number, number])[]) {
    const byStart = ranges.map((_, r) => r).filter((r) => ranges[r]![1] > 0);
    byStart.sort((a, b) => ranges[a]![0] - ranges[b]![0]);
    const sorted = Float64Array.from(byStart.flatMap((r) => [ranges[r]![0], end(ranges[r]!)])).sort();
    const bounds = sorted.filter((at, b) => b === 0 || at !== sorted[b - 1]);
    // The ranges open at a point, the first given on top; one that has ended is dropped when it comes to the top.
    const open = new MinHeap();
    let next = 0;
    for (let b = 0; b < bounds.length; b++) {
      const at = bounds[b]!;
      while (next < byStart.length && ranges[byStart[next]!]![0] <= at) open.push(byStart[next++]!);
      while (open.size > 0 && end(ranges[open.top]!) <= at) open.pop();
      if (open.size === 0 || b + 1 === bounds.length) continue;
      const owner = open.top;
      const last = this.owners.length - 1;
      if (last >= 0 && this.owners[last] === owner && this.ends[last] === at) this.ends[last] = bounds[b + 1]!;
      else {
        this.starts.push(at);
        this.ends.push(bounds[b + 1]!);
        this.owners.push(owner);
      }
    }
  }

  /** Pieces kept: at most twice the ranges. */
  get pieces(): number {
    return this.owners.length;
  }

  /** The index of the first range holding `num`, or undefined where none does. */
  find(num: number): number | undefined {
    let [lo, hi] = [0, this.starts.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= num) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && num < this.ends[lo - 1]! ? this.owners[lo - 1] : undefined;
  }
}

const end = ([first, count]: readonly [number, number]) => first + count;

/** A binary heap of whole numbers, least on top. */
class MinHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  get top(): number {
    return this.items[0]!;
  }

  push(item: number): void {
    const items = this.items;
    let k = items.push(item) - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (items[parent]! <= item) break;
      items[k] = items[parent]!;
      k = parent;
    }
    items[k] = item;
  }

  pop(): void {
    const items = this.items;
    const last = items.pop()!;
    if (items.length === 0) return;
    let k = 0;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && items[child + 1]! < items[child]!) child++;
      if (items[child]! >= last) break;
      items[k] = items[child]!;
      k = child;
    }
    items[k] = last;
  }
}
