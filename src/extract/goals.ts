import { rule, type RuleId } from '../grammar/registry.js';
import type { Goal, OutlineNode } from '../schema/document.js';
import { isLabelled } from './walk.js';

const kinds: readonly [Goal['kind'], RuleId][] = [
  ['specific', 'tasks.goalSpecific'],
  ['general', 'tasks.goalGeneral'],
  ['purpose', 'tasks.goalPurpose'],
  ['requirement', 'tasks.goalRequirement'],
];

/**
 * Statements under goal headings (Mục tiêu, Mục tiêu chung/cụ thể/tổng quát,
 * Mục đích, Yêu cầu, Chỉ tiêu). The nearest such heading gives the kind; a
 * plain “Mục tiêu” states a general goal unless a deadline group (“Đến năm
 * 2025:”) or a specific heading is nearer.
 */
export function extractGoals(outline: readonly OutlineNode[]): Goal[] {
  const out: Omit<Goal, 'id'>[] = [];
  const visit = (nodes: readonly OutlineNode[], kind: Goal['kind'] | null) => {
    for (const node of nodes) {
      // A mixed heading (“CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU”) heads tasks: its own sub-headings say which items are goals.
      const own = node.heading === null ? kind : node.role === 'tasks' || node.role === 'implementation' ? null : (kindOf(node.heading) ?? kind);
      const isStatement = node.heading === null && node.text !== '' && (node.kind === 'paragraph' || (isLabelled(node) && !node.children.some(isLabelled)));
      if (own && isStatement) out.push({ kind: own, text: node.text, nodeId: node.id, span: node.span });
      visit(node.children, own);
    }
  };
  visit(outline, null);
  // Fields written out: `{ id, ...g }` adds them one by one to a one-field object, past the first few in a property store of its own.
  return out.map((g, i) => ({ id: `goal${i + 1}`, kind: g.kind, text: g.text, nodeId: g.nodeId, span: g.span }));
}

function kindOf(heading: string): Goal['kind'] | null {
  for (const [kind, id] of kinds) if (rule(id).test(heading)) return kind;
  if (rule('sections.goals').test(heading)) return 'general';
  return null;
}
