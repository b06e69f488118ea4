import type { KehoachDocument, OutlineNode } from '../schema/document.js';
import type { Placed } from './marks.js';
import { countAtOrBefore } from '../core/arrays.js';
import { everyTarget } from '../extract/count-targets.js';

/** Every extracted item that has a place in the text, as marks to draw. */
export function placeItems(doc: KehoachDocument): Placed[] {
  const text = doc.source.text ?? '';
  const placed: Placed[] = [];
  const add = (id: string, kind: string, span: { offset: number; length: number } | null | undefined) => {
    if (span && span.length > 0) placed.push({ id, kind, offset: span.offset, length: span.length });
  };
  const stack: OutlineNode[] = [...doc.outline];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.label !== null) add(outlineId(node), 'label', labelSpan(text, node));
    for (const child of node.children) stack.push(child);
  }
  for (const t of everyTarget(doc)) add(targetId(t.id), 'target', t.span);
  for (const t of doc.tasks) {
    // A row continued across a page break is marked on each of its parts.
    for (const part of t.parts ?? [t.span]) add(taskId(t.id), 'task', part);
    t.lead.forEach((a, i) => add(`${taskId(t.id)}:lead:${i}`, 'agency', a.span));
    t.coordinating.forEach((a, i) => add(`${taskId(t.id)}:coordinating:${i}`, 'agency', a.span));
    if (t.timeframe) add(`${taskId(t.id)}:timeframe`, 'timeframe', findNear(text, t.timeframe.text, t.span.offset));
  }
  for (const r of doc.responsibilities) {
    add(responsibilityId(r.id), 'responsibility', r.span);
    add(`${responsibilityId(r.id)}:agency`, 'agency', r.agency.span);
  }
  for (const c of doc.citations) add(citationId(c.id), 'citation', c.span);
  doc.diagnostics.forEach((d, i) => add(diagnosticId(i), 'diagnostic', d.span));
  return placed;
}

export const outlineId = (node: OutlineNode) => `outline:${node.id}`;
export const targetId = (id: string) => `target:${id}`;
export const taskId = (id: string) => `task:${id}`;
export const responsibilityId = (id: string) => `responsibility:${id}`;
export const citationId = (id: string) => `citation:${id}`;
export const diagnosticId = (index: number) => `diagnostic:${index}`;

/** An outline node's span is its text after the label; the label sits just before it on the same line. */
function labelSpan(text: string, node: OutlineNode): { offset: number; length: number } | null {
  const lineStart = text.lastIndexOf('\n', node.span.offset - 1) + 1;
  const at = text.indexOf(node.label!, lineStart);
  if (at < 0 || at > node.span.offset) return null;
  return { offset: at, length: node.label!.length };
}

/** A task's time cell or line: the first occurrence of its text at or after the task (timeframes carry no span of their own). */
function findNear(text: string, needle: string, from: number): { offset: number; length: number } | null {
  if (!needle) return null;
  // Bounded: a missing timeframe must not cost a scan to the end of the text for every task.
  const at = text.slice(from, from + 5_000 + needle.length).indexOf(needle);
  return at >= 0 ? { offset: from + at, length: needle.length } : null;
}

/** Normalized-text line (1-based) of each offset, and the first normalized line of each input line seen in a span. */
export function lineIndex(doc: KehoachDocument): { lineOf: (offset: number) => number; fromInputLine: (line: number) => number | null } {
  const text = doc.source.text ?? '';
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number): number => Math.max(1, countAtOrBefore(starts.length, (i) => starts[i]!, offset));
  // Input lines and normalized lines differ (wraps joined, boilerplate removed): learn the map from the spans.
  const known = new Map<number, number>();
  const learn = (span: { offset: number; line: number } | null | undefined) => {
    if (span && !known.has(span.line)) known.set(span.line, lineOf(span.offset));
  };
  const stack: OutlineNode[] = [...doc.outline];
  while (stack.length > 0) {
    const node = stack.pop()!;
    learn(node.span);
    for (const child of node.children) stack.push(child);
  }
  for (const t of everyTarget(doc)) learn(t.span);
  for (const t of doc.tasks) learn(t.span);
  for (const c of doc.citations) learn(c.span);
  for (const table of doc.tables) for (const row of table.rows) learn(row.span);
  const inputLines = [...known.keys()].sort((a, b) => a - b);
  const fromInputLine = (line: number): number | null => {
    let best: number | null = null;
    for (const l of inputLines) {
      if (l > line) break;
      best = l;
    }
    return best === null ? null : known.get(best)!;
  };
  return { lineOf, fromInputLine };
}
