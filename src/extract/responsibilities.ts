import { rule, scan } from '../grammar/registry.js';
import type { Agency, OutlineNode, Responsibility } from '../schema/document.js';
import { expand, firstLeadIn, isNounUse, levelOf, splitAgencies } from './agencies.js';
import { isLabelled } from './walk.js';
import { pushAll, minOf } from '../core/arrays.js';
import { blanks, trimEndOf } from '../core/strings.js';

type Entry = Omit<Responsibility, 'id'>;

/**
 * Duties from every section that assigns them per agency (“TỔ CHỨC THỰC
 * HIỆN”, “Phân công nhiệm vụ”, “Trách nhiệm của …”, or any section whose items
 * mostly open with an agency and its duty): one entry per agency named by an
 * item, either as its heading
 *
 *     4. Sở Kế hoạch và Đầu tư      ← agency; duties: a), b) …
 *     1.2. Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo
 *
 * or at the start of its sentence
 *
 *     2. Văn phòng UBND tỉnh có trách nhiệm chủ trì, …   ← agency; duty: the rest
 *     3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: Vận động …
 *     Giao Sở Nội vụ chủ trì, phối hợp …
 */
export function extractResponsibilities(outline: readonly OutlineNode[]): Responsibility[] {
  // Fields written out, as goals are (see there).
  return fromSection(outline, false).map((r, i) => ({ id: `resp${i + 1}`, agency: r.agency, duties: r.duties, nodeId: r.nodeId, span: r.span }));
}

const isNumbered = (node: OutlineNode) => isLabelled(node) && node.kind !== 'bullet';

function fromSection(children: readonly OutlineNode[], inScope: boolean): Entry[] {
  const out: Entry[] = [];
  for (const child of children) {
    if (child.kind === 'table') continue;
    if (child.kind === 'instrument') {
      // the plan a decision issues: its sections start afresh
      pushAll(out, fromSection(child.children, false));
      continue;
    }
    if (!isNumbered(child)) {
      if (inScope) pushAll(out, fromItem(child, false));
      continue;
    }
    const scope = inScope || isDutySection(child);
    const numbered = child.children.filter(isNumbered);
    const hasNumbered = numbered.length > 0;
    // “1. Nhiệm vụ của thành viên Ban Chỉ đạo” groups “1.1. Trưởng Ban Chỉ đạo”, “1.2. Sở Tài chính”…: the agencies
    // are below when most items below name one; under “2. Sở Nội vụ”, a duty “c) Công an tỉnh có trách nhiệm …” does not.
    if (hasNumbered) {
      const nested = fromSection(child.children, scope);
      const naming = new Set(nested.map((r) => r.nodeId)).size;
      if (nested.length > 0 && (naming * 2 > numbered.length || !inScope || fromItem(child, true).length === 0)) {
        pushAll(out, nested);
        continue;
      }
    }
    const listed = inScope && !hasNumbered ? agencyLines(child) : [];
    const own = inScope && listed.length === 0 ? fromItem(child, true) : [];
    if (listed.length > 0) pushAll(out, listed);
    else if (own.length > 0) pushAll(out, own);
    else if (scope && !hasNumbered) pushAll(out, fromSection(child.children, true));
  }
  return out;
}

/** “3. Các cơ quan, đơn vị khác” over “- Sở A: …”, “- Công an tỉnh: …”: the lines below name the agencies, the heading only groups them. */
function agencyLines(item: OutlineNode): Entry[] {
  const lines = item.children.filter((c) => c.kind !== 'table' && c.text.trim() !== '');
  if (lines.length < 2) return [];
  const found = lines.map((line) => fromItem(line, false));
  return found.every((f) => f.length > 0) ? found.flat() : [];
}

/**
 * A section assigns duties by its heading, or because most of its items open
 * with an agency and its duty (“III. … 1. Sở Tài chính chủ trì … 2. Văn phòng
 * UBND tỉnh có trách nhiệm …”), or, for an article of a decision, because it
 * opens with “Giao …”/“Đề nghị …”.
 */
function isDutySection(node: OutlineNode): boolean {
  if (node.role === 'implementation') return true;
  const head = headOf(node);
  if (head && rule('agencies.dutySection').test(head.text)) return true;
  const items = node.children.filter(isNumbered);
  if (items.length >= 2) {
    // every item, so that a reporting section with one “Văn phòng UBND tỉnh tổng hợp …” among its rules is not one
    return items.every((item) => fromItem(item, false).length > 0);
  }
  if (node.kind === 'article') {
    const first = node.children.find((c) => c.kind !== 'table');
    return first !== undefined && !isLabelled(first) && rule('agencies.request').test(first.text) && fromItem(first, false).length > 0;
  }
  return false;
}

/** The node that carries an item's own words: itself, or the paragraph below an empty label (“**3.**” then “Sở Tài chính:”). */
function headOf(node: OutlineNode): OutlineNode | null {
  if (node.text.trim() !== '') return node;
  const first = node.children.find((c) => c.kind !== 'table');
  return first && first.kind === 'paragraph' ? first : null;
}

/**
 * The agencies an item names and their duties. `headings` allows the heading
 * form (an agency alone, its duties below); otherwise only a sentence that
 * opens with the agency and its duty counts.
 */
function fromItem(item: OutlineNode, headings: boolean): Entry[] {
  const head = headOf(item);
  if (!head) return [];
  const text = head.text;
  const below = item.children.filter((c) => c !== head && c.kind !== 'table' && c.text.trim() !== '').map((c) => c.text);
  const bare = trimEndOf(text, `${blanks}.:`);
  // “Trách nhiệm của …” names the holder of the duties below, whatever words its name has.
  const holderPrefix = rule('agencies.holderPrefix').exec(bare)?.[0].length ?? 0;
  let from = holderPrefix;
  let phrase: string;
  let duties: string[];
  if (headings && below.length > 0 && !bare.includes(':') && (holderPrefix > 0 || !leadInAt(bare)) && bare.split(' ').length <= 60) {
    phrase = bare;
    duties = below;
  } else {
    // “Kết thúc cuộc bầu cử, Ban Thường trực … chịu trách nhiệm …”: the agency follows an opening clause.
    if (holderPrefix === 0 && !isHolder(stripRequest(text)) && rule('agencies.introClause').test(text)) from = agencyAfterComma(text);
    if (from < 0 || (from > 0 && rule('agencies.problemClause').test(text.slice(0, from)))) return [];
    const cut = cutAt(text.slice(from));
    if (cut < 0) return [];
    phrase = text.slice(0, from + cut);
    const rest = text.slice(from + cut).replace(/^[:\s]+/u, '').trim();
    // “… có trách nhiệm:” only introduces the duties below it.
    const introOnly = rest.endsWith(':') && rest.split(' ').length <= 4;
    duties = [...(rest && !introOnly ? [rest] : []), ...below];
    if (duties.length === 0) return [];
  }
  const named = stripRequest(phrase.slice(from));
  if (rule('agencies.innerRequest').test(named)) return [];
  if (holderPrefix === 0 && (!isHolder(named) || (from === 0 && named === phrase && rule('agencies.startsLower').test(named)))) return [];
  const offset = head.span.offset + from;
  const line = head.span.line;
  // A piece that names no agency (“Các cơ sở sản xuất giống, NTTS thương phẩm”), or a holder described by
  // a clause (“Các cơ quan được giao nhiệm vụ soạn thảo, trình, thẩm tra …”), is one holder, kept whole.
  const split = rule('agencies.describedHolder').test(named) || holderPrefix > 0 ? [] : splitAgencies(phrase.slice(from), offset, line);
  const agencyPieces = split.filter((a) => isHolder(a.name) || a.canonical !== a.name);
  // After a category and a colon (“Các cơ quan thông tin truyền thông: Đài …, Báo …, Trang thông tin điện tử …”) the agencies are listed: keep those named.
  const listed = phrase.includes(':') && agencyPieces.length > 0;
  const agencies = agencyPieces.length > 0 && (listed || agencyPieces.length === split.length) ? agencyPieces : [whole(phrase.slice(from), offset, line)];
  return agencies.map((agency) => ({ agency, duties, nodeId: item.id, span: item.span }));
}

/** Where the agency starts after an opening clause: after the first comma that a holder follows, or -1. */
function agencyAfterComma(text: string): number {
  for (let comma = text.indexOf(', '); comma > 0; comma = text.indexOf(', ', comma + 2)) {
    const rest = stripRequest(text.slice(comma + 2));
    // “…, ngành và địa phương” continues a list; the holder starts at its head (“các bộ”).
    const continuesList = rule('agencies.startsLower').test(rest) && rule('agencies.generic').test(rest.split(' ')[0] ?? '');
    if (isHolder(rest) && !continuesList) return comma + 2;
  }
  return -1;
}

const stripRequest = (phrase: string) => phrase.slice(rule('agencies.request').exec(phrase)?.[0].length ?? 0);

const isHolder = (name: string) => rule('agencies.head').test(name) || rule('agencies.holder').test(name);

/** A lead-in word after the first word: the text is a sentence, not a bare name. */
function leadInAt(text: string): boolean {
  return firstLeadIn(text) > 0;
}

/**
 * Where the agency ends and its duty begins: a lead-in word (“có trách
 * nhiệm”, “chủ trì” …; a strong one wins over weaker ones before it, as in
 * “Các cơ quan được giao chủ trì có trách nhiệm …”) or a colon, whichever
 * comes first, unless agencies follow the colon (“Các cơ quan thông tin
 * truyền thông: Đài …, Báo … cần …”, “Các Sở: Nội vụ, Y tế căn cứ …”).
 */
function cutAt(text: string): number {
  const colon = text.indexOf(':');
  // “Các Sở: Nội vụ, Y tế căn cứ …” distributes its head over the names after the colon.
  const agenciesAfterColon = colon > 0 && (rule('agencies.head').test(text.slice(colon + 1).trimStart()) || rule('agencies.distributor').test(text));
  const lead = leadInIndex(text);
  const cuts = [lead, agenciesAfterColon ? -1 : colon].filter((n) => n > 0);
  return cuts.length > 0 ? minOf(cuts) : -1;
}

/** Where the duty starts: the first lead-in word, or a verb that opens duties only (“bố trí”) if that comes first. */
function leadInIndex(text: string): number {
  const word = leadInWord(text);
  const verb = scan('tasks.dutyVerb', text).find((m) => m.index > 0)?.index ?? -1;
  return verb > 0 && (word < 0 || verb < word) ? verb : word;
}

/** The first lead-in word that starts the duty: not one inside a noun (“cơ quan tham mưu”, “được giao chủ trì”). */
function leadInWord(text: string): number {
  let relative = false;
  const names = scan('agencies.officialName', text).map((m) => [m.index, m.index + m[0].length] as const);
  for (const m of scan('agencies.leadIn', text)) {
    if (m.index === 0 || names.some(([a, b]) => m.index > a && m.index < b)) continue;
    const relativeHere = rule('agencies.relativeClause').test(text.slice(m.index));
    if (relativeHere) relative = true;
    if (isNounUse(text, m.index) || relativeHere) continue;
    // after “được giao …” the verbs belong to the clause until a strong lead-in (“khẩn trương”, “có trách nhiệm”)
    if (relative) {
      const strong = rule('agencies.strongLeadIn').exec(text);
      if (strong && strong.index > m.index) return strong.index;
    }
    return m.index;
  }
  return -1;
}

/** A holder the splitter does not know as an agency (“Đồng chí Phó Trưởng ban …”), kept whole. */
function whole(phrase: string, offset: number, line: number): Agency {
  const request = rule('agencies.request').exec(phrase)?.[0].length ?? 0;
  let name = trimEndOf(phrase.slice(request), `${blanks}.,;:`);
  // a note in brackets at the end (“… cấp trên (bao gồm cả …)”) is the agency's note
  const paren = scan('agencies.parenthetical', name).at(-1);
  const note = paren && paren.index + paren[0].length === name.length ? paren[0].trim().slice(1, -1).trim() : null;
  if (paren && note !== null) name = trimEndOf(name.slice(0, paren.index), `${blanks}.,;:`);
  const canonical = expand(name);
  offset += request;
  const agency: Agency = { name, canonical, level: levelOf(canonical), span: { offset, length: name.length, line } };
  if (note) agency.note = note;
  return agency;
}
