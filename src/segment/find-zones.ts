import { rule, type RuleId } from '../grammar/registry.js';
import type { Line } from '../normalize/types.js';
import { isOutlineLabel } from './classify-line.js';

/** Where the fixed parts of a decree are, as line indexes of the normalized text. */
export interface Zones {
  header: number[];
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
const maxTitleLines = 4;

const is = (id: RuleId, line: Line | undefined) => line !== undefined && rule(id).test(line.text);
const skippable = (line: Line) => line.blank || line.text === '|';

/**
 * Finds the decree's fixed parts (Decree 30/2020/NĐ-CP layout): header block,
 * type and title, authority, preamble, “QUYẾT ĐỊNH:”, recipients and signature
 * blocks, and for a decision the instrument it issues.
 */
export function findZones(lines: readonly Line[]): Zones {
  const consumed = new Array<boolean>(lines.length).fill(false);
  const take = (i: number) => ((consumed[i] = true), i);
  const next = (from: number) => {
    let i = from;
    while (i < lines.length && skippable(lines[i]!)) i++;
    return i;
  };

  const header: number[] = [];
  let i = next(0);
  while (i < lines.length && (headerRules.some((id) => is(id, lines[i])) || is('metadata.authority', lines[i]))) {
    header.push(take(i));
    i = next(i + 1);
  }

  let typeLine: number | null = null;
  const title: number[] = [];
  if (is('metadata.documentType', lines[i])) {
    typeLine = take(i);
    i = next(i + 1);
    while (i < lines.length && title.length < maxTitleLines && !startsPreamble(lines[i]!) && !is('metadata.authority', lines[i]) && !is('metadata.issuerBody', lines[i])) {
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
  let decides: number | null = null;
  if (is('metadata.decides', lines[i])) {
    decides = take(i);
    i = next(i + 1);
  }

  const recipients: Zones['recipients'] = [];
  const signatures: number[][] = [];
  let instrument: Zones['instrument'] = null;
  for (let k = i; k < lines.length; k++) {
    if (consumed[k]) continue;
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
    if (!instrument && decides !== null && is('metadata.documentType', line)) {
      const titleLines: number[] = [];
      let j = next(k + 1);
      while (j < lines.length && titleLines.length < maxTitleLines && !is('metadata.attachedTo', lines[j]) && !isOutlineLabel(lines[j]!.text)) {
        titleLines.push(j);
        j = next(j + 1);
      }
      const attached = is('metadata.attachedTo', lines[j]) ? j : null;
      if (attached !== null || titleLines.length > 0) {
        instrument = { typeLine: take(k), title: titleLines.map(take), attached: attached === null ? null : take(attached) };
      }
    }
  }
  return { header, typeLine, title, authority, preamble, decides, recipients, signatures, instrument, consumed };
}

function startsPreamble(line: Line): boolean {
  return rule('metadata.preamble').test(line.text) || rule('metadata.decides').test(line.text) || isOutlineLabel(line.text);
}

/**
 * A signature block starting at `k`: capacity lines (TM., KT.), a position
 * (CHỦ TỊCH) and a person's name, with blank lines between allowed.
 */
function signatureAt(lines: readonly Line[], k: number, next: (from: number) => number): number[] | null {
  const startsBlock = is('metadata.signatureCapacity', lines[k]) || (is('metadata.signaturePosition', lines[k]) && is('metadata.personName', lines[next(k + 1)]));
  if (!startsBlock) return null;
  const block = [k];
  let j = next(k + 1);
  while (j < lines.length && (is('metadata.signatureCapacity', lines[j]) || is('metadata.signaturePosition', lines[j]))) {
    block.push(j);
    j = next(j + 1);
  }
  if (is('metadata.personName', lines[j])) block.push(j);
  return block;
}
