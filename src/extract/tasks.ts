import { execFrom, rule, scan } from '../grammar/registry.js';
import type { LineIndex } from './line-at.js';
import type { Agency, OutlineNode, Table, Task } from '../schema/document.js';
import { agenciesOf } from './assignment.js';
import { attributeFields } from './attribute-fields.js';
import { tableTasks, type TaskDraft as Draft } from './table-tasks.js';
import { forgetTimeframes, parseTimeframe, parseTimeframePieces } from './timeframes.js';
import { isLabelled, walk, type Visit } from './walk.js';
import { countingWork, recordWork } from '../grammar/work-counter.js';
import { pushAll } from '../core/arrays.js';

type Attributes = Pick<Task, 'lead' | 'coordinating' | 'timeframe' | 'output'>;

/**
 * Tasks from the three places plans put them, in document order:
 * appendix rows; items followed by “Cơ quan chủ trì: …” lines; and the leaves
 * of a task section that names no agencies (lead left empty).
 */
export function extractTasks(normalized: LineIndex, outline: readonly OutlineNode[], tables: readonly Table[], planYear: number | null): Task[] {
  forgetTimeframes();
  try {
    return readTasks(normalized, outline, tables, planYear);
  } finally {
    forgetTimeframes();
  }
}

function readTasks(normalized: LineIndex, outline: readonly OutlineNode[], tables: readonly Table[], planYear: number | null): Task[] {
  const drafts: Draft[] = [];
  const used = new Set<string>();
  for (const table of tables) pushAll(drafts, tableTasks(normalized, table, planYear));
  // One walk for the three readers of the outline.
  const visits = walk(outline);
  pushAll(drafts, listTasks(visits, outline, planYear, used));
  pushAll(drafts, inlineTasks(visits, planYear, used));
  // A body item that an appendix row assigns again (with its agencies) is that row's task, not a second one.
  const assigned = new Set(drafts.filter((d) => d.lead.length > 0).map((d) => opening(d.text)));
  pushAll(drafts, sectionTasks(visits, used).filter((d) => !assigned.has(opening(d.text))));
  drafts.sort((a, b) => a.span.offset - b.span.offset);
  return drafts.map((d, i) => taskOf(`task${i + 1}`, d));
}

/**
 * The task with its id first, every field written out in the schema's order: `{ id, ...draft }` would add the
 * draft's fields one by one to a one-field object, each past the first few in a separate property store.
 */
function taskOf(id: string, d: Draft): Task {
  const task: Task = { id, text: d.text, lead: d.lead, coordinating: d.coordinating, timeframe: d.timeframe, output: d.output, note: d.note, group: d.group, source: d.source, attributesFrom: d.attributesFrom, nodeId: d.nodeId, rowId: d.rowId, span: d.span };
  if (d.parts) task.parts = d.parts;
  return task;
}

/** The first words of a task, for telling one task stated twice. */
function opening(text: string): string {
  // The first eight matches, not a match array for every word of the task.
  const lower = text.toLowerCase();
  const words: string[] = [];
  for (let m = execFrom('tasks.word', lower, 0); m !== null; m = words.length < 8 ? execFrom('tasks.word', lower, m.index + m[0].length) : null) words.push(m[0]);
  return words.join(' ');
}

/**
 * Items followed by attribute lines. A block of “Cơ quan chủ trì: …” lines
 * belongs to the item it sits under and to the items before it that have no
 * block of their own (“Cơ quan chủ trì các nhiệm vụ: …” after 4.1–4.5), or to
 * the items it names (“Cơ quan chủ trì Mục 8.4, 8.5: …”). When the item states
 * its task in a labelled sub-item (“a) Nhiệm vụ: …”), that is the task; each of
 * its dash bullets is a task of its own with the shared agencies.
 */
function listTasks(visits: readonly Visit[], outline: readonly OutlineNode[], planYear: number | null, used: Set<string>): Draft[] {
  const out: Draft[] = [];
  // Each sibling list indexed once: looking an owner up by indexOf was quadratic in a long list of items.
  const positions = new Map<readonly OutlineNode[], Map<OutlineNode, number>>();
  const positionOf = (siblings: readonly OutlineNode[], node: OutlineNode): number => {
    let index = positions.get(siblings);
    if (!index) {
      positions.set(siblings, (index = new Map(siblings.map((n, i) => [n, i]))));
      // Counted (tests only): a list indexed per owner instead of once shows as quadratic work.
      if (countingWork()) recordWork('extract.siblingIndex', siblings.length);
    }
    return index.get(node) ?? -1;
  };
  for (const { node: owner, parent } of visits) {
    const block = owner.children.filter(isAttribute);
    if (block.length === 0) continue;
    const attributes = readAttributes(block, planYear);
    const siblings = parent ? parent.children : outline;
    const named = namedItems(block, siblings);
    const owners = named ?? precedingWithoutBlock(owner, siblings, positionOf(siblings, owner), block);
    for (const item of owners) {
      markUsed(item, used);
      for (const text of taskTexts(item)) {
        out.push({
          text: text.text,
          ...attributes,
          note: null,
          group: null,
          source: 'list',
          attributesFrom: item === owner ? null : block[0]!.id,
          nodeId: text.nodeId,
          rowId: null,
          span: text.span,
        });
      }
    }
  }
  return out;
}

/** Items whose own line closes with their fields in brackets: “Rà soát … (Cơ quan chủ trì: …; thời gian hoàn thành: …).” */
function inlineTasks(visits: readonly Visit[], planYear: number | null, used: Set<string>): Draft[] {
  const out: Draft[] = [];
  for (const { node } of visits) {
    if (used.has(node.id) || !isLabelled(node) || node.children.some(isAttribute)) continue;
    const m = rule('tasks.inlineAttributes').exec(node.text);
    const fields = m?.groups?.['fields'];
    if (!m || !fields || m.index === 0) continue;
    const at = node.span.offset + node.span.length - node.text.length;
    const line = { ...node, text: fields, span: { ...node.span, offset: at + m.index + m[0].indexOf(fields), length: fields.length }, children: [] };
    const attributes = readAttributes([line], planYear);
    if (attributes.lead.length === 0) continue;
    markUsed(node, used);
    const text = node.text.slice(0, m.index);
    out.push({ text, ...attributes, note: null, group: null, source: 'list', attributesFrom: null, nodeId: node.id, rowId: null, span: { ...node.span, offset: at, length: text.length } });
  }
  return out;
}

/** An item that got its task: nothing under it is a task of the section too. */
function markUsed(node: OutlineNode, used: Set<string>): void {
  used.add(node.id);
  for (const child of node.children) markUsed(child, used);
}

interface TaskText {
  text: string;
  nodeId: string;
  span: Task['span'];
}

/** The task text(s) of an item: its “Nhiệm vụ:” sub-item (one per bullet under it), a heading's paragraph, or its own line. */
function taskTexts(item: OutlineNode): TaskText[] {
  const labelled = item.children.find((c) => !isAttribute(c) && rule('tasks.taskLabel').test(c.text));
  if (labelled) {
    const bullets = labelled.children.filter((c) => c.kind === 'bullet' && !isAttribute(c) && c.text.trim() !== '');
    if (bullets.length > 0) return bullets.map((b) => ({ text: b.text, nodeId: b.id, span: b.span }));
    const value = rule('tasks.taskLabel').exec(labelled.text)!.groups!['value']!;
    if (value.trim()) {
      const skip = labelled.text.length - value.length;
      return [{ text: value, nodeId: labelled.id, span: { ...labelled.span, offset: labelled.span.offset + skip, length: value.length } }];
    }
  }
  const node = taskTextNode(item);
  if (node.text.trim()) return [{ text: node.text, nodeId: node.id, span: node.span }];
  // A label alone on its line (“1.”): the task is the first line under it, without a “Nội dung:” label.
  const first = item.children.find((c) => !isAttribute(c) && c.text.trim() !== '');
  if (!first) return [];
  const value = rule('tasks.contentLabel').exec(first.text)?.groups?.['value'] ?? first.text;
  const skip = first.text.length - value.length;
  return value.trim() ? [{ text: value, nodeId: first.id, span: { ...first.span, offset: first.span.offset + skip, length: value.length } }] : [];
}

function readAttributes(block: readonly OutlineNode[], planYear: number | null): Attributes {
  const attributes: Attributes = { lead: [], coordinating: [], timeframe: null, output: null };
  for (const line of block) {
    for (const { field, raw, offset } of attributeFields(line.text, line.span.offset)) {
      const value = raw.trim();
      if (field === 'timeframe') attributes.timeframe = timeOf(line, value, planYear);
      else if (field === 'coordinating') attributes.coordinating = agenciesUnder(line, raw, offset).lead;
      else if (field === 'lead') {
        const assigned = agenciesUnder(line, raw, offset);
        attributes.lead = assigned.lead;
        if (assigned.coordinating.length > 0) attributes.coordinating = assigned.coordinating;
      } else attributes.output = value.replace(/\.$/u, '') || null;
    }
  }
  return attributes;
}

/** An agency line's value, or, when the value is empty, the lines under it (“+ Sở Nội vụ (đối với …);”), each read on its own. */
function agenciesUnder(line: OutlineNode, raw: string, offset: number): { lead: Agency[]; coordinating: Agency[] } {
  if (raw.trim() !== '') return agenciesOf(raw, offset, line.span.line);
  const out = { lead: [] as Agency[], coordinating: [] as Agency[] };
  for (const child of line.children) {
    if (child.text.trim() === '') continue;
    const found = agenciesOf(child.text, child.span.offset + child.span.length - child.text.length, child.span.line);
    pushAll(out.lead, found.lead);
    pushAll(out.coordinating, found.coordinating);
  }
  return out;
}

/** A time line's value, or, when the value is empty, the lines under it (“+ Đợt 1: …”, “+ … trước ngày …”) as phases. */
function timeOf(line: OutlineNode, value: string, planYear: number | null): Attributes['timeframe'] {
  if (value) return parseTimeframe(value.replace(/\.$/u, ''), planYear);
  const pieces = line.children.map((c) => c.text.trim().replace(/[.;]$/u, '')).filter(Boolean);
  return pieces.length > 0 ? parseTimeframePieces(pieces, planYear) : null;
}


/** An attribute line, as a dash item, a lettered sub-item or a plain paragraph: “- Cơ quan chủ trì: …”, “b) Cơ quan chủ trì: …”. */
function isAttribute(node: OutlineNode): boolean {
  return (node.kind === 'bullet' || node.kind === 'paragraph' || node.kind === 'letter') && rule('tasks.attribute').test(node.text);
}

/** “Cơ quan chủ trì Mục 8.4, 8.5: …” names its items. */
function namedItems(block: readonly OutlineNode[], siblings: readonly OutlineNode[]): OutlineNode[] | null {
  const scope = rule('tasks.attribute').exec(block[0]!.text)?.groups?.['scope'];
  if (!scope || !/\d/u.test(scope)) return null;
  const numbers = [...scan('tasks.sectionNumbers', scope)].map((m) => m[0]);
  const items = siblings.filter((s) => s.label && numbers.includes(s.label.replace(/[.)]$/u, '')));
  return items.length > 0 ? items : null;
}

/**
 * The owner and the plain items of its kind right before it that have no
 * attribute block. A heading's block is its own; a container (an item with
 * labelled children) never takes a block from below, nor does an item with
 * its own text under it, unless the block says it is for several tasks.
 */
function precedingWithoutBlock(owner: OutlineNode, siblings: readonly OutlineNode[], at: number, block: readonly OutlineNode[]): OutlineNode[] {
  if (owner.heading !== null) return [owner];
  const shared = Boolean(rule('tasks.attribute').exec(block[0]!.text)?.groups?.['scope']);
  // Collected backwards, then reversed once (unshift per item would be quadratic in a long shared block).
  const items = [owner];
  for (let i = at - 1; i >= 0; i--) {
    const s = siblings[i]!;
    const hasBlock = s.children.some(isAttribute);
    if (s.kind !== owner.kind || hasBlock || s.heading !== null || s.children.some(isLabelled)) break;
    if (!shared && s.children.length > 0) break;
    items.push(s);
  }
  if (countingWork()) recordWork('extract.siblingWalk', items.length);
  return items.reverse();
}

/** A heading (“1. Về hoàn thiện thể chế …”) states its task in the paragraph under it, before its attribute lines. */
function taskTextNode(item: OutlineNode): OutlineNode {
  if (item.heading === null) return item;
  for (const c of item.children) {
    if (isAttribute(c)) break;
    if (c.kind === 'paragraph' && c.text.trim()) return c;
  }
  return item;
}

/**
 * Leaves of a task section (“NHIỆM VỤ, GIẢI PHÁP”): tasks without agencies.
 * A part of the section organised by agency (“1.2. Sở Tài chính - Cơ quan
 * thường trực …” over its duties) assigns responsibilities, not tasks.
 */
function sectionTasks(visits: readonly Visit[], used: Set<string>): Draft[] {
  const out: Draft[] = [];
  for (const { node, role, ancestors } of visits) {
    if (role !== 'tasks' || !isLabelled(node) || node.heading !== null || used.has(node.id)) continue;
    if (node.text.trim() === '' || node.children.some(isLabelled)) continue;
    if (isAttribute(node) || ancestors.some(namesAgency)) continue;
    out.push({ text: node.text, lead: [], coordinating: [], timeframe: null, output: null, note: null, group: null, source: 'section', attributesFrom: null, nodeId: node.id, rowId: null, span: node.span });
  }
  return out;
}

/** An item headed by an agency: its own line, or the line right under an empty label. */
function namesAgency(item: OutlineNode): boolean {
  if (!isLabelled(item)) return false;
  const title = item.text.trim() || item.children.find((c) => c.kind === 'paragraph')?.text.trim() || '';
  return rule('tasks.agencyHeading').test(title);
}
