import { rule } from '../grammar/registry.js';
import type { NormalizedText } from '../normalize/types.js';
import type { Signer } from '../schema/document.js';
import { bareLine, isUpperLine, type Zones } from '../segment/find-zones.js';
import { spanOf, type PortalTable } from './letterhead-sources.js';
import { sentenceCase } from './text-case.js';

/** The first signature block: capacity, position and name, tolerant of wrapped and marked-up lines. */
export function readSigner(normalized: NormalizedText, zones: Zones, portal: PortalTable): Signer | null {
  const block = zones.signatures[0];
  if (!block) {
    const by = portal.get('Người ký');
    if (!by || !rule('metadata.personName').test(by.value)) return null;
    return { name: by.value, position: null, capacity: null, onBehalfOf: null, text: by.value, span: spanOf(by.line, by.value) };
  }
  const lines = block.map((i) => normalized.lines[i]!);
  // Rejoin a capacity wrapped in two (“TM. ỦY BAN NHÂN” / “DÂN”).
  const texts: string[] = [];
  for (const l of lines) {
    const text = bareLine(l);
    const signing = rule('metadata.signatureCapacity').test(text) || rule('metadata.signaturePosition').test(text) || rule('metadata.personName').test(text);
    if (!signing && texts.length > 0 && isUpperLine(text)) texts[texts.length - 1] += ` ${text}`;
    else texts.push(text);
  }
  let capacity: Signer['capacity'] = null;
  let onBehalfOf: string | null = null;
  let position: string | null = null;
  let name: string | null = null;
  for (const text of texts) {
    const cap = rule('metadata.signatureCapacity').exec(text);
    if (cap?.groups) {
      const c = cap.groups['capacity']!.replace('/', '');
      capacity = `${c}.` as Signer['capacity'];
      // “KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG”: the position ran on after what the capacity is for.
      const runOn = rule('metadata.deputyRunOn').exec(cap.groups['of']!);
      const tail = runOn?.groups!['position'];
      const split = tail !== undefined && rule('metadata.signaturePosition').test(tail);
      onBehalfOf = sentenceCase(split ? runOn!.groups!['of']! : cap.groups['of']!);
      if (split) position = sentenceCase(tail);
    } else if (rule('metadata.signaturePosition').test(text)) {
      position = sentenceCase(text);
    } else if (rule('metadata.personName').test(text)) {
      name = text;
    }
  }
  if (!position && capacity && onBehalfOf && capacity !== 'TM.') position = onBehalfOf;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const end = last.offset + last.text.length;
  return { name, position, capacity, onBehalfOf, text: normalized.text.slice(first.offset, end), span: { offset: first.offset, length: end - first.offset, line: first.line } };
}

