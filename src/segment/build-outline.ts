import type { Reporter } from '../core/diagnostic.js';
import { rule, type RuleId } from '../grammar/registry.js';
import { joined, trimEndOf } from '../core/strings.js';
import type { Line } from '../normalize/types.js';
import type { OutlineNode, SectionRole } from '../schema/document.js';
import type { FoundTable } from '../tables/types.js';
import { classifyLine, isForeignLetter, labelFor, type Marker } from './classify-line.js';
import type { Zones } from './find-zones.js';
import { maxOf } from '../core/arrays.js';

/** Conventional depth of each label kind, used only for kinds not yet open (levels are otherwise read from the document). */
const rank: Record<string, number> = { appendix: -1, part: 0, chapter: 1, section: 2, article: 3, upperLetter: 3.5, roman: 4, arabic: 5, decimal2: 6, decimal3: 7, decimal4: 8, decimal5: 8, letter: 9, parenArabic: 9.5, dash: 10, plus: 11, star: 11 };
// “CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP” heads tasks as well as targets: tasks is tried first.
const roleRules: readonly [Exclude<SectionRole, null>, RuleId][] = [
  ['implementation', 'sections.implementation'],
  ['tasks', 'sections.tasks'],
  ['goals', 'sections.goals'],
  ['purpose', 'sections.purpose'],
  ['funding', 'sections.funding'],
  ['reporting', 'sections.reporting'],
];
/** Vietnamese words are syllables: “Về hoàn thiện thể chế trong công tác kiểm soát thủ tục hành chính” is 14. */
const maxHeadingWords = 16;

interface Open {
  node: OutlineNode;
  key: string;
  rank: number;
  marker: Marker;
}

/**
 * The outline: a tree of every body line that is not metadata. Nesting uses a
 * stack keyed by label kind (slaw's re-nesting idea): a kind already open
 * closes back to its level; a new kind opens below the current item unless its
 * conventional rank is higher. Plain paragraphs attach to the open item.
 *
 *     I. MỤC TIÊU              I
 *     1. Mục tiêu chung        ├ 1
 *     Cải cách …               │ └ ¶
 *     2. Mục tiêu cụ thể       └ 2
 *     a) Phấn đấu …              └ a
 */
export function buildOutline(lines: readonly Line[], zones: Zones, tables: readonly FoundTable[], reporter: Reporter): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const ids = new Set<string>();
  let base: OutlineNode | null = null;
  let stack: Open[] = [];
  const tableAt = new Map(tables.map((t) => [t.firstLine, t]));
  const container = () => stack[stack.length - 1]?.node ?? base;
  const childrenOf = (node: OutlineNode | null) => (node ? node.children : roots);
  // Counters keep every step constant-time, whatever the number of repeated labels or siblings.
  const nextSuffix = new Map<string, number>();
  const unique = (id: string) => {
    if (!ids.has(id)) {
      ids.add(id);
      return id;
    }
    let n = nextSuffix.get(id) ?? 2;
    while (ids.has(`${id}~${n}`)) n++;
    nextSuffix.set(id, n + 1);
    const suffixed = joined(id, '~', String(n));
    ids.add(suffixed);
    return suffixed;
  };
  const kindCounts = new Map<OutlineNode | null, Map<string, number>>();
  /** How many children of this kind `parent` already has, counting the one being added. */
  const countChild = (parent: OutlineNode | null, kind: string) => {
    let counts = kindCounts.get(parent);
    if (!counts) kindCounts.set(parent, (counts = new Map()));
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return n;
  };
  // A flat string, not a rope of the parent's id and a prefix string per node (see `joined`).
  const childId = (node: OutlineNode | null, part: string) => (node ? joined(node.id, '.', part) : part);
  // What follows a signature block is a new part (the plan a decision attaches), never the last article's items.
  const afterSignature = new Set(zones.signatures.map((block) => maxOf(block) + 1));
  // Articles are numbered on across chapters and sections (Điều 3 opens Chương II after Điều 2): the last one, for the sequence.
  let lastArticle: Marker | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (afterSignature.has(i) || zones.instrument?.typeLine === i) {
      stack = [];
      lastArticle = null;
    }
    if (zones.instrument?.typeLine === i) {
      const titleText = [line.text, ...zones.instrument.title.map((t) => lines[t]!.text)].join(' ');
      base = { id: unique('instrument'), kind: 'instrument', label: null, heading: titleText, text: line.text, role: null, tableId: null, span: spanOf(line, 0, line.text.length), children: [] };
      roots.push(base);
      stack = [];
      continue;
    }
    const table = tableAt.get(i);
    if (table) {
      const parent = container();
      const node: OutlineNode = { id: unique(childId(parent, table.table.id)), kind: 'table', label: null, heading: null, text: '', role: null, tableId: table.table.id, span: { ...table.table.span, length: 0 }, children: [] };
      table.table.nodeId = node.id;
      childrenOf(parent).push(node);
      i = table.lastLine;
      continue;
    }
    if (zones.consumed[i] || line.blank || line.text === '|') continue;
    const marker = classifyLine(line.text);
    if (!marker || isCell(lines, i, marker)) {
      addParagraph(line);
      continue;
    }
    if (marker.kind === 'appendix') {
      stack = [];
      lastArticle = null;
    }
    const key = keyOf(marker);
    const r = rank[key] ?? 12;
    const at = stack.findIndex((o) => o.key === key);
    let previous: Open | null = null;
    if (at >= 0) {
      previous = stack[at]!;
      stack = stack.slice(0, at);
    } else {
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= r) stack.pop();
    }
    if (marker.kind === 'decimal') {
      const parentPath = marker.path.slice(0, -1);
      while (stack.length > 0 && !isPrefix(stack[stack.length - 1]!.marker, parentPath)) {
        stack.pop();
        previous = null;
        reporter.report('segment/missing-parent', `“${marker.label}” has no “${parentPath.join('.')}.” heading above it.`, { span: spanOf(line, 0, marker.label.length) });
        break;
      }
    }
    const parent = container();
    const siblings = childrenOf(parent);
    const ofKind = countChild(parent, marker.kind);
    checkSequence(marker, previous?.marker ?? (marker.kind === 'article' ? lastArticle : null), ofKind > 1, line, reporter);
    if (marker.kind === 'article') lastArticle = marker;
    // "4.1." under "4." is "II.4.1", not "II.4.4.1".
    const top = stack[stack.length - 1];
    const nested = marker.kind === 'decimal' && top !== undefined && (top.key === 'arabic' || top.key.startsWith('decimal')) && isPrefix(top.marker, marker.path.slice(0, -1));
    const node = makeNode(marker, line, unique(childId(parent, nested ? String(marker.ordinal) : idPart(marker, ofKind))));
    siblings.push(node);
    stack.push({ node, key, rank: r, marker });
  }
  for (const root of roots) setHeadings(root);
  if (!roots.some((n) => n.kind !== 'paragraph' && n.kind !== 'table') && lines.length > 0) {
    reporter.report('segment/no-structure', 'No outline labels (I., 1., a), Điều 1.) were found.');
  }
  return roots;

  function addParagraph(line: Line) {
    let parent = container();
    const top = stack[stack.length - 1];
    if (top?.key === 'dash' || top?.key === 'plus' || top?.key === 'star') {
      if (!top.node.text.endsWith(':')) parent = stack[stack.length - 2]?.node ?? base;
    }
    // “Trên đây là Kế hoạch …” closes the whole plan, not its last item.
    const closing = rule('sections.closing').test(line.text);
    if (closing) {
      parent = base;
      stack = [];
    }
    const siblings = childrenOf(parent);
    const n = countChild(parent, 'paragraph');
    siblings.push({ id: unique(childId(parent, `p${n}`)), kind: 'paragraph', label: null, heading: null, text: line.text, role: closing ? 'closing' : null, tableId: null, span: spanOf(line, 0, line.text.length), children: [] });
  }
}

/** A label alone between two `|` lines is a cell of a flattened table the table reader did not take (“1.1”, “II”). */
function isCell(lines: readonly Line[], i: number, marker: Marker): boolean {
  if (marker.text !== '' || marker.kind === 'appendix' || marker.kind === 'article') return false;
  const near = (step: number) => {
    let j = i + step;
    while (lines[j]?.blank) j += step;
    return lines[j]?.text;
  };
  return near(-1) === '|' && near(1) === '|';
}

function keyOf(marker: Marker): string {
  if (marker.kind === 'decimal') return `decimal${Math.min(marker.path.length, 5)}`;
  if (marker.kind === 'bullet') return marker.label === '+' ? 'plus' : marker.label === '*' ? 'star' : 'dash';
  // “(1)” items are a level of their own, usually under a letter or a number.
  if (marker.kind === 'arabic' && marker.label.startsWith('(')) return 'parenArabic';
  return marker.kind;
}

function isPrefix(open: Marker, path: readonly number[]): boolean {
  if (open.kind !== 'arabic' && open.kind !== 'decimal') return true;
  return open.path.length === path.length && open.path.every((n, k) => n === path[k]);
}

function idPart(marker: Marker, ofKind: number): string {
  switch (marker.kind) {
    case 'bullet':
      return `b${ofKind}`;
    case 'article':
      return `art${marker.path[0]}`;
    case 'part':
      return `part${marker.path[0]}`;
    case 'chapter':
      return `ch${marker.path[0]}`;
    case 'section':
      return `sec${marker.path[0]}`;
    case 'appendix':
      return `appendix${marker.ordinal ?? ''}`;
    default:
      return trimEndOf(marker.label.startsWith('(') ? marker.label.slice(1) : marker.label, '.)');
  }
}

function makeNode(marker: Marker, line: Line, id: string): OutlineNode {
  const span = spanOf(line, marker.textStart, marker.text.length);
  // Every bullet is one kind of item whatever glyph draws it; the glyph stays in `marker`.
  if (marker.kind === 'bullet') return { id, kind: 'bullet', label: '-', marker: marker.label, heading: null, text: marker.text, role: null, tableId: null, span, children: [] };
  // An appendix is a part attached to the document, not a numbered item of its body: “PHỤ LỤC I” is its heading.
  if (marker.kind === 'appendix') {
    const heading = [marker.label, marker.text.replace(/^[.:\u2013-]\s*/u, '')].filter(Boolean).join(' ');
    return { id, kind: 'appendix', label: null, heading, text: marker.text, role: null, tableId: null, span, children: [] };
  }
  return { id, kind: marker.kind, label: marker.label, heading: null, text: marker.text, role: null, tableId: null, span, children: [] };
}

function spanOf(line: Line, start: number, length: number) {
  return { offset: line.offset + start, length, line: line.line };
}

/**
 * A labelled item is a heading when it heads something (it has children) and
 * reads as a title: no closing punctuation, and short, upper-case, or over
 * labelled items of its own. A childless item is content (a task, a target).
 */
function setHeadings(node: OutlineNode): void {
  for (const child of node.children) setHeadings(child);
  if (node.kind === 'paragraph' || node.kind === 'table' || node.kind === 'instrument' || node.kind === 'appendix') return;
  const text = node.text.trim();
  if (text === '' || node.children.length === 0 || rule('layout.endsSentence').test(text.replace(/:$/u, '')) || text.endsWith(';')) return;
  const words = text.split(' ').length;
  const labelledChildren = node.children.some((c) => c.kind !== 'paragraph' && c.kind !== 'bullet' && c.kind !== 'table');
  if (words <= maxHeadingWords || rule('layout.allCaps').test(text) || labelledChildren) {
    node.heading = text.replace(/:$/u, '').trim();
    node.role = roleRules.find(([, id]) => rule(id).test(node.heading!))?.[0] ?? null;
  }
}

function checkSequence(marker: Marker, previous: Marker | null, hasSiblingOfKind: boolean, line: Line, reporter: Reporter): void {
  if (marker.ordinal === null) return;
  const span = spanOf(line, 0, marker.label.length);
  if (marker.kind === 'letter' && isForeignLetter(marker.label[0]!)) {
    reporter.report('segment/nonstandard-letter', `“${marker.label}” is not a letter of the Vietnamese alphabet.`, { span });
  }
  const expected = previous?.ordinal == null ? 1 : successor(previous.ordinal);
  const got = marker.ordinal;
  if (previous === null && hasSiblingOfKind) return;
  if (previous && got === previous.ordinal && marker.label === previous.label) {
    reporter.report('segment/duplicate-label', `“${marker.label}” repeats the label of the item before it.`, { span });
  } else if (previous?.ordinal != null && got < previous.ordinal) {
    reporter.report('segment/out-of-order-label', `“${marker.label}” comes after “${previous.label}”.`, { span });
  } else if (got > expected && !(marker.kind === 'letter' && isForeignLetter(marker.label[0]!))) {
    reporter.report('segment/skipped-label', `“${marker.label}” skips a label (expected “${labelFor(marker, expected)}”).`, { span });
  }
}

/** The next ordinal: a foreign letter (f = 6.5) is followed by g (7), like e (6). */
function successor(previous: number): number {
  return Math.floor(previous) + 1;
}
