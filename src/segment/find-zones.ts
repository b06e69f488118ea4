import { rule, scan, type RuleId } from '../grammar/registry.js';
import type { Line } from '../normalize/types.js';
import { isBasisTitle } from './basis-title.js';
import { isOutlineLabel } from './classify-line.js';

/** Where the fixed parts of a decree are, as line indexes of the normalized text. */
export interface Zones {
  header: number[];
  /** Header lines naming the issuing body, top to bottom (parent first, unit under it last). */
  issuer: number[];
  typeLine: number | null;
  title: number[];
  authority: number | null;
  preamble: number[];
  decides: number | null;
  recipients: { head: number; items: number[] }[];
  signatures: number[][];
  instrument: { typeLine: number; title: number[]; attached: number | null } | null;
  /** Lines that belong to metadata, not to the outline. */
  consumed: boolean[];
}

const headerRules: readonly RuleId[] = ['metadata.issuerBody', 'metadata.issuerLocality', 'metadata.nationalMotto', 'metadata.documentNumber', 'metadata.dateline'];
/** Lines only a letterhead has. */
const evidenceRules: readonly RuleId[] = ['metadata.nationalMotto', 'metadata.mottoStart', 'metadata.documentNumber', 'metadata.numberLabel', 'metadata.dateline'];
const maxTitleLines = 5;
/** How far into the text the letterhead may reach: portal banners and tables can come first. */
const letterheadReach = 150;
const maxIssuerLines = 5;
/** Lines an attached instrument's type line may stand above its “(Ban hành kèm theo …)” line. */
const instrumentReach = 6;
/** Lines of an unknown preamble clause allowed between the known clauses and “QUYẾT ĐỊNH:”. */
const decidesReach = 3;

/**
 * A line's words without the markup a web capture leaves around them: emphasis
 * stars (also split or dangling), cell separators and “[đã ký]” stamps.
 */
export function bare(text: string): string {
  if (!text.includes('*') && !text.includes('|') && !text.includes('[')) return text.includes('  ') || text.includes('\t') ? text.replace(/\s+/gu, ' ').trim() : text.trim();
  let out = '';
  let from = 0;
  for (const m of scan('metadata.markup', text)) {
    out += `${text.slice(from, m.index)} `;
    from = m.index + m[0].length;
  }
  return (out + text.slice(from)).replace(/\s+/gu, ' ').trim();
}

// Keyed by text, not by line: equal texts share one entry, and a Map set is far cheaper than a WeakMap's. Cleared
// for each document (work counts do not depend on the one before), when full, and by the pipeline past metadata.
const bareCache = new Map<string, string>();
export const forgetBareLines = () => bareCache.clear();
const bareCacheSize = 8192;

/** `bare` of a line's text, worked out once per text (a huge line must not be scanned again for every rule). */
export function bareLine(line: Line): string {
  if (line.blank) return '';
  let text = bareCache.get(line.text);
  if (text === undefined) {
    text = bare(line.text);
    if (bareCache.size >= bareCacheSize) bareCache.clear();
    bareCache.set(line.text, text);
  }
  return text;
}

/** Upper-case words only (a header or heading line), with at least one letter. */
export const isUpperLine = (text: string) => rule('metadata.upperLine').test(text);

const is = (id: RuleId, line: Line | undefined) => line !== undefined && rule(id).test(bareLine(line));
/** `bareLine(line) === ''`, without building (and caching) the bare text of a line without markup: most lines. */
const skippable = (l: Line) => l.blank || (l.text.includes('*') || l.text.includes('|') || l.text.includes('[') ? bareLine(l) === '' : l.text.trim() === '');

/** A document type at the start of an upper-case line, with the title run on after it. */
function typeAtStart(text: string): string | null {
  if (!isUpperLine(text)) return null;
  const words = text.split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (rule('metadata.documentType').test(head)) return head;
  }
  return null;
}

/**
 * Finds the decree's fixed parts (Decree 30/2020/NĐ-CP layout): header block,
 * type and title, authority, preamble, “QUYẾT ĐỊNH:”, recipients and signature
 * blocks, and for a decision the instrument it issues. Header fields are found
 * each by its own evidence, so an unexpected line costs at most its own field.
 */
export function findZones(lines: readonly Line[]): Zones {
  bareCache.clear();
  const consumed = new Array<boolean>(lines.length).fill(false);
  const take = (i: number) => ((consumed[i] = true), i);
  const next = (from: number) => {
    let i = from;
    while (i < lines.length && skippable(lines[i]!)) i++;
    return i;
  };

  // The type line is the first upper-case document type before the body starts.
  // Portal lines before the letterhead may look like body lines: the body can
  // only start after the letterhead's own evidence (national name, number, date).
  const reach: number[] = [];
  for (let i = next(0); i < lines.length && reach.length < letterheadReach; i = next(i + 1)) reach.push(i);
  const evidence = reach.findIndex((i) => evidenceRules.some((id) => is(id, lines[i])));
  let typeLine: number | null = null;
  for (let r = 0; r < reach.length; r++) {
    const i = reach[r]!;
    const text = bareLine(lines[i]!);
    if (rule('metadata.documentType').test(text) && isUpperLine(text)) {
      typeLine = i;
      break;
    }
    if (r >= evidence && (startsPreamble(lines[i]!) || rule('metadata.decides').test(text))) break;
  }

  const header: number[] = [];
  let i: number;
  if (typeLine !== null) {
    for (let k = 0; k < typeLine; k++) if (!lines[k]!.blank) header.push(take(k));
    i = next(typeLine + 1);
    take(typeLine);
  } else {
    // Without a type line the header is the run of header lines that holds the letterhead's evidence; a site's
    // menu or breadcrumb may stand above it.
    const headerLine = (k: number) => headerRules.some((id) => is(id, lines[k])) || is('metadata.authority', lines[k]) || is('metadata.numberLabel', lines[k]);
    i = (evidence >= 0 ? headerStart(reach, evidence, headerLine) : undefined) ?? next(0);
    while (i < lines.length && headerLine(i)) {
      header.push(take(i));
      i = next(i + 1);
    }
  }
  const issuer = issuerLines(lines, header);

  const title: number[] = [];
  if (typeLine !== null) {
    const upper = i < lines.length && isUpperLine(bareLine(lines[i]!));
    const basis = (k: number) => title.length === 0 && isBasisTitle(bareLine(lines[k]!), lines[next(k + 1)] && bareLine(lines[next(k + 1)]!));
    while (i < lines.length && title.length < maxTitleLines && (!startsPreamble(lines[i]!) || basis(i)) && !is('metadata.authority', lines[i]) && !is('metadata.issuerBody', lines[i]) && !is('metadata.attachedTo', lines[i])) {
      const text = bareLine(lines[i]!);
      // A line of figures only (“2026 - 2030”) has no case and continues either kind of title.
      const caseless = !rule('layout.hasLetter').test(text);
      if (title.length > 0 && ((!caseless && isUpperLine(text) !== upper) || rule('metadata.opening').test(text))) break;
      title.push(take(i));
      i = next(i + 1);
    }
  }
  let authority: number | null = null;
  if (is('metadata.authority', lines[i]) || is('metadata.issuerBody', lines[i])) {
    authority = take(i);
    i = next(i + 1);
  }
  const preamble: number[] = [];
  while (i < lines.length && is('metadata.preamble', lines[i])) {
    preamble.push(take(i));
    i = next(i + 1);
  }
  // A clause the grammar does not know (“Trên cơ sở kết quả biểu quyết …”) may stand before “QUYẾT NGHỊ:”.
  let ahead = i;
  for (let n = 0; n < decidesReach && ahead < lines.length && !is('metadata.decides', lines[ahead]) && !isOutlineLabel(bareLine(lines[ahead]!)); n++) ahead = next(ahead + 1);
  if (preamble.length > 0 && ahead !== i && is('metadata.decides', lines[ahead])) {
    for (let k = i; k < ahead; k = next(k + 1)) preamble.push(take(k));
    i = ahead;
  }
  let decides: number | null = null;
  if (is('metadata.decides', lines[i])) {
    decides = take(i);
    i = next(i + 1);
  }

  const recipients: Zones['recipients'] = [];
  const signatures: number[][] = [];
  let instrument: Zones['instrument'] = null;
  for (let k = i; k < lines.length; k++) {
    if (consumed[k] || skippable(lines[k]!)) continue;
    const line = lines[k]!;
    if (is('metadata.recipientsHead', line)) {
      const items: number[] = [];
      let j = next(k + 1);
      while (j < lines.length && is('headings.bullet', lines[j])) {
        items.push(take(j));
        j = next(j + 1);
      }
      recipients.push({ head: take(k), items });
      continue;
    }
    const block = signatureAt(lines, k, next);
    if (block) {
      for (const j of block) take(j);
      signatures.push(block);
      continue;
    }
    if (!instrument && decides !== null) instrument = instrumentAt(lines, k, next, take);
  }
  // Lines holding only markup (a dangling “**”, “** **”, a lone “|”) carry nothing for the outline.
  lines.forEach((l, k) => {
    if (!l.blank && skippable(l)) consumed[k] = true;
  });
  return { header, issuer, typeLine, title, authority, preamble, decides, recipients, signatures, instrument, consumed };
}

/**
 * The issuer's lines: the run of upper-case lines just above the national name
 * or the number, whichever comes first (the left column of the letterhead),
 * and those a row-by-row rendering put between the lines of the national name.
 * A flattened header may put the issuer before the national name on one line.
 */
/**
 * Where a header without a type line starts: the run of header lines that
 * holds the evidence (a site's banner above its menu is a header-like line of
 * another run), or the first header line before the evidence.
 */
function headerStart(reach: readonly number[], evidence: number, headerLine: (k: number) => boolean): number | undefined {
  if (!headerLine(reach[evidence]!)) return reach.slice(0, evidence + 1).find(headerLine);
  let start = evidence;
  while (start > 0 && headerLine(reach[start - 1]!)) start--;
  return reach[start];
}

function issuerLines(lines: readonly Line[], header: readonly number[]): number[] {
  const rows = header.filter((k) => bareLine(lines[k]!) !== '');
  const text = (r: number) => bareLine(lines[rows[r]!]!);
  const isMotto = (t: string) => rule('metadata.mottoStart').test(t) || rule('metadata.nationalMotto').test(t);
  const isNumber = (t: string) => rule('metadata.documentNumber').test(t) || rule('metadata.numberLabel').test(t);
  const stop = rows.findIndex((_, r) => isMotto(text(r)) || isNumber(text(r)));
  if (stop < 0) return [];
  const out: number[] = [];
  // Above the national name, “VIỆT NAM” belongs to the issuer (“ỦY BAN MTTQ” / “VIỆT NAM”); below it, to the national name.
  for (let r = stop - 1; r >= 0 && out.length < maxIssuerLines; r--) {
    const t = text(r);
    if (!isUpperLine(t) || isMotto(t) || rule('metadata.documentType').test(t)) break;
    out.unshift(rows[r]!);
  }
  for (let r = stop; r < rows.length && out.length < maxIssuerLines; r++) {
    const t = text(r);
    if (isNumber(t) || rule('metadata.dateline').test(t) || rule('metadata.documentType').test(t)) break;
    const motto = rule('metadata.mottoStart').exec(t);
    if (motto && motto.index > 0 && isUpperLine(t.slice(0, motto.index))) out.push(rows[r]!);
    else if (isUpperLine(t) && !isMotto(t) && !rule('metadata.mottoPiece').test(t) && !rule('metadata.portalField').test(t)) out.push(rows[r]!);
  }
  return out;
}

function startsPreamble(line: Line): boolean {
  const text = bareLine(line);
  return rule('metadata.preamble').test(text) || rule('metadata.decides').test(text) || isOutlineLabel(text);
}

/**
 * An instrument a decision issues, printed after its signature: a type line
 * (“KẾ HOẠCH”, or the type with its title run on), the title, and the
 * “(Ban hành kèm theo …)” line.
 */
function instrumentAt(lines: readonly Line[], k: number, next: (from: number) => number, take: (i: number) => number): Zones['instrument'] {
  const text = bareLine(lines[k]!);
  const whole = rule('metadata.documentType').test(text);
  if (!whole && !typeAtStart(text)) return null;
  const titleLines: number[] = [];
  let j = next(k + 1);
  while (j < lines.length && titleLines.length < instrumentReach && !is('metadata.attachedTo', lines[j]) && !isOutlineLabel(bareLine(lines[j]!)) && !is('metadata.documentType', lines[j])) {
    titleLines.push(j);
    j = next(j + 1);
  }
  const attached = is('metadata.attachedTo', lines[j]) ? j : null;
  // A run-on type line needs the attachment line as evidence; a bare type line a title at least.
  if (attached === null && (!whole || titleLines.length === 0 || titleLines.length > 4)) return null;
  return { typeLine: take(k), title: titleLines.map(take), attached: attached === null ? null : take(attached) };
}

/** The document type an instrument's type line starts with (“CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA …” → “CHƯƠNG TRÌNH HÀNH ĐỘNG”). */
export function instrumentType(text: string): string {
  const t = bare(text);
  return rule('metadata.documentType').test(t) ? t : (typeAtStart(t) ?? t);
}

/**
 * A signature block starting at `k`: capacity lines (TM., KT.), a position
 * (CHỦ TỊCH) and a person's name, with blank lines, cell separators, dangling
 * markup and capacity lines wrapped in two between allowed.
 */
function signatureAt(lines: readonly Line[], k: number, next: (from: number) => number): number[] | null {
  const first = bareLine(lines[k]!);
  const startsBlock = rule('metadata.signatureCapacity').test(first) || (rule('metadata.signaturePosition').test(first) && is('metadata.personName', lines[next(k + 1)]));
  if (!startsBlock) return null;
  const block = [k];
  let j = next(k + 1);
  while (j < lines.length && block.length < 6) {
    const text = bareLine(lines[j]!);
    const signing = rule('metadata.signatureCapacity').test(text) || rule('metadata.signaturePosition').test(text);
    // Besides capacity and position lines, only the short tail of a wrapped one (“TM. ỦY BAN NHÂN” / “DÂN”).
    if (!signing && !(isUpperLine(text) && text.split(' ').length <= 2 && !isOutlineLabel(text))) break;
    block.push(j);
    j = next(j + 1);
  }
  if (is('metadata.personName', lines[j])) block.push(j);
  return block;
}
