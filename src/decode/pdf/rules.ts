import { maxOf, minOf } from '../../core/arrays.js';

/**
 * The ruling of a page: straight horizontal and vertical strokes, from the
 * page's drawing operators, and the grids they form (a table's cell borders).
 *
 * A Word or LibreOffice table with borders prints each border as a stroked
 * line or a thin filled rectangle; the text layer alone does not say where a
 * cell ends, the borders do.
 */

/** A horizontal (y0 = y1) or vertical (x0 = x1) stroke, in PDF points (y grows upwards). */
export interface Segment {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface Rules {
  horizontal: Segment[];
  vertical: Segment[];
}

/** A ruled table on a page: where its column and row borders run. */
export interface Grid {
  /** Column borders, left to right. */
  xs: number[];
  /** Row borders, top to bottom (y falling). */
  ys: number[];
  /** The borders themselves, for finding which cells are merged across columns (no vertical between) or rows (no horizontal). */
  vertical: Segment[];
  horizontal: Segment[];
}

/** pdf.js operator codes this reader needs (`OPS` of the pdf.js build in use). */
export interface OperatorCodes {
  constructPath: number;
  save: number;
  restore: number;
  transform: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** A stroke drawn this much off the horizontal or vertical (in points) is still straight; a filled box this thin is a stroke. */
const thin = 2;
/** Borders meeting within this distance (in points) touch. */
const touch = 2.5;
/** A grid has at least this many columns: a two-column box is a letterhead or a frame, not an appendix table. */
const minColumns = 3;
/** More strokes than this on a page is a drawing, not a table's borders: no grid is looked for (the search is quadratic). */
const maxSegments = 4000;

/** A filled path with more corners than this is no border box. */
const maxBoxCorners = 8;

type Matrix = [number, number, number, number, number, number];

/** The straight strokes a page draws, from its operator list (pdf.js `getOperatorList()`). */
export function rulesOf(list: { fnArray: readonly number[]; argsArray: readonly unknown[] }, ops: OperatorCodes): Rules {
  const rules: Rules = { horizontal: [], vertical: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(args)) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.constructPath && Array.isArray(args) && typeof args[0] === 'number') {
      const paint = args[0];
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) return;
      const points = pathSegments(data).map(([a, b]) => [apply(ctm, a), apply(ctm, b)] as const);
      if (strokes.has(paint)) for (const [a, b] of points) add(rules, a, b);
      else addThinBox(rules, points.flat());
    }
  });
  return rules;
}

/** The straight pieces of a path (pdf.js path data: 0 moveTo x y, 1 lineTo x y, 2 curveTo 6, 3 quadraticCurveTo 4, 4 closePath). */
type Point = [number, number];

function pathSegments(data: ArrayLike<number>): [Point, Point][] {
  const out: [Point, Point][] = [];
  let start: [number, number] | null = null;
  let at: [number, number] | null = null;
  for (let k = 0; k < data.length; ) {
    const op = data[k]!;
    if (op === 0) [start, at] = [[data[k + 1]!, data[k + 2]!], [data[k + 1]!, data[k + 2]!]];
    else if (op === 1) {
      const next: [number, number] = [data[k + 1]!, data[k + 2]!];
      if (at) out.push([at, next]);
      at = next;
    } else if (op === 2) at = [data[k + 5]!, data[k + 6]!];
    else if (op === 3) at = [data[k + 3]!, data[k + 4]!];
    else if (op === 4 && at && start) {
      out.push([at, start]);
      at = start;
    } else if (op > 4) break;
    k += op === 0 || op === 1 ? 3 : op === 2 ? 7 : op === 3 ? 5 : 1;
  }
  return out;
}

function add(rules: Rules, a: readonly [number, number], b: readonly [number, number]): void {
  const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
  const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
  if (y1 - y0 <= thin && x1 - x0 > thin) rules.horizontal.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
  else if (x1 - x0 <= thin && y1 - y0 > thin) rules.vertical.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
}

/** A filled box thin in one direction (a border drawn as a rectangle): a stroke along its length. */
function addThinBox(rules: Rules, points: readonly (readonly [number, number])[]): void {
  // A border box has 4 or 5 corners (each a segment's two ends here): a path of more is a map or a chart.
  if (points.length === 0 || points.length > 2 * maxBoxCorners) return;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [minOf(xs), maxOf(xs), minOf(ys), maxOf(ys)];
  if (y1 - y0 <= thin && x1 - x0 > thin) rules.horizontal.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
  else if (x1 - x0 <= thin && y1 - y0 > thin) rules.vertical.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

function apply(m: Matrix, [x, y]: readonly [number, number]): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * The grids the rules form: borders that touch, taken together, with at
 * least two row borders and `minColumns` columns. Underlines and lone
 * strokes (under a letterhead's motto) form none.
 */
export function gridsOf(rules: Rules): Grid[] {
  const all = [...rules.horizontal, ...rules.vertical];
  if (all.length > maxSegments) return [];
  const upright = new Set(rules.vertical);
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const h = rules.horizontal.length;
  for (let i = 0; i < h; i++) {
    for (let j = h; j < all.length; j++) if (meets(all[i]!, all[j]!)) parent[find(i)] = find(j);
  }
  const groups = new Map<number, Segment[]>();
  all.forEach((s, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), s]));
  const grids: Grid[] = [];
  for (const segments of groups.values()) {
    const vertical = segments.filter((s) => upright.has(s));
    const horizontal = segments.filter((s) => !upright.has(s));
    const xs = cluster(vertical.map((s) => s.x0));
    const ys = cluster(horizontal.map((s) => s.y0)).reverse();
    if (xs.length - 1 >= minColumns && ys.length >= 2) grids.push({ xs, ys, vertical, horizontal });
  }
  // Top to bottom, as the page reads.
  return grids.sort((a, b) => b.ys[0]! - a.ys[0]!);
}

/** A border runs at `y` (a horizontal one) or `x` (a vertical one) across the point: the cells on either side are apart. */
export function crosses(segments: readonly Segment[], x: number, y: number): boolean {
  return segments.some((s) => (s.y0 === s.y1 ? Math.abs(s.y0 - y) <= touch && x >= s.x0 - touch && x <= s.x1 + touch : Math.abs(s.x0 - x) <= touch && y >= s.y0 - touch && y <= s.y1 + touch));
}

function meets(hz: Segment, vt: Segment): boolean {
  return vt.x0 >= hz.x0 - touch && vt.x0 <= hz.x1 + touch && hz.y0 >= vt.y0 - touch && hz.y0 <= vt.y1 + touch;
}

/** Positions that lie within `touch` of each other, as one (their mean), ascending. */
function cluster(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= touch) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}
