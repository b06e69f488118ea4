import type { KehoachDocument, OutlineNode } from '../../src/index.js';

/** A compact picture of an outline: labels (or kinds), nested: ['I.', ['1.', ['a)', 'b)']]]. */
export type Shape = (string | Shape)[];

export function shape(nodes: readonly OutlineNode[]): Shape {
  const out: Shape = [];
  for (const n of nodes) {
    out.push(n.label ?? n.kind);
    if (n.children.length > 0) out.push(shape(n.children));
  }
  return out;
}

export function codes(doc: KehoachDocument): string[] {
  return doc.diagnostics.map((d) => d.code);
}
