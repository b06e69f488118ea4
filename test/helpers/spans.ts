import { expect } from 'vitest';
import type { KehoachDocument, OutlineNode } from '../../src/index.js';

/** Every outline node, depth first. */
export function* nodes(list: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const n of list) {
    yield n;
    yield* nodes(n.children);
  }
}

/**
 * The span promise of the output contract, for a document parsed with
 * `includeText`: every span lies inside `source.text`, and every item's span
 * (or, for a row continued across a page break, its parts joined by a space)
 * slices to the item's text.
 */
export function expectSpans(doc: KehoachDocument): void {
  const text = doc.source.text!;
  const inBounds = (s: { offset: number; length: number }) => s.offset >= 0 && s.offset + s.length <= text.length;
  const slice = (s: { offset: number; length: number }) => text.slice(s.offset, s.offset + s.length);
  const sliced = (item: { span: { offset: number; length: number }; parts?: { offset: number; length: number }[] }) =>
    item.parts ? item.parts.map(slice).join(' ') : slice(item.span);
  for (const n of nodes(doc.outline)) {
    expect(inBounds(n.span)).toBe(true);
    if (n.kind !== 'table') expect(slice(n.span)).toBe(n.text);
  }
  for (const c of doc.citations) expect(slice(c.span)).toBe(c.text);
  for (const b of doc.metadata.legalBases) expect(slice(b.span)).toBe(b.text);
  for (const r of doc.metadata.recipients) expect(slice(r.span)).toBe(r.text);
  if (doc.metadata.signer) expect(slice(doc.metadata.signer.span)).toBe(doc.metadata.signer.text);
  for (const g of doc.goals) expect(slice(g.span)).toBe(g.text);
  for (const t of doc.targets) expect(slice(t.span)).toBe(t.text);
  for (const t of doc.tasks) {
    expect(sliced(t)).toBe(t.text);
    for (const a of [...t.lead, ...t.coordinating]) expect(slice(a.span)).toBe(a.name);
  }
  for (const r of doc.responsibilities) expect(slice(r.agency.span)).toBe(r.agency.name);
  for (const t of doc.tables) {
    for (const cell of [...t.header, ...t.rows.flatMap((r) => r.cells)]) {
      expect(inBounds(cell.span)).toBe(true);
      expect(sliced(cell)).toBe(cell.text);
    }
  }
  for (const d of doc.diagnostics) if (d.span) expect(inBounds(d.span)).toBe(true);
}
