import type { OutlineNode, SectionRole } from '../schema/document.js';

export interface Visit {
  node: OutlineNode;
  parent: OutlineNode | null;
  /** The role of the nearest heading above (or at) this node. */
  role: SectionRole;
  /** Headings from the root down to the parent (one array shared by siblings: read only). */
  ancestors: readonly OutlineNode[];
}

/**
 * Every outline node in document order, with its parent and the nearest section role. A list, not a recursive
 * generator: a generator per node, each value passed up through every level, and a copy of the ancestors per
 * node allocated several times the outline at each walk.
 */
export function walk(nodes: readonly OutlineNode[]): Visit[] {
  const out: Visit[] = [];
  visit(nodes, null, null, [], out);
  return out;
}

function visit(nodes: readonly OutlineNode[], parent: OutlineNode | null, role: SectionRole, ancestors: readonly OutlineNode[], out: Visit[]): void {
  for (const node of nodes) {
    const own = node.role && node.role !== 'closing' ? node.role : role;
    out.push({ node, parent, role: own, ancestors });
    if (node.children.length > 0) visit(node.children, node, own, [...ancestors, node], out);
  }
}

export function isLabelled(node: OutlineNode): boolean {
  return node.kind !== 'paragraph' && node.kind !== 'table' && node.kind !== 'instrument';
}
