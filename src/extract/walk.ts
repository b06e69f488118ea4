import type { OutlineNode, SectionRole } from '../schema/document.js';

export interface Visit {
  node: OutlineNode;
  parent: OutlineNode | null;
  /** The role of the nearest heading above (or at) this node. */
  role: SectionRole;
  /** Headings from the root down to the parent. */
  ancestors: OutlineNode[];
}

/** Every outline node in document order, with its parent and the nearest section role. */
export function* walk(nodes: readonly OutlineNode[], parent: OutlineNode | null = null, role: SectionRole = null, ancestors: OutlineNode[] = []): Generator<Visit> {
  for (const node of nodes) {
    const own = node.role && node.role !== 'closing' ? node.role : role;
    yield { node, parent, role: own, ancestors };
    yield* walk(node.children, node, own, [...ancestors, node]);
  }
}

export function isLabelled(node: OutlineNode): boolean {
  return node.kind !== 'paragraph' && node.kind !== 'table' && node.kind !== 'instrument';
}
