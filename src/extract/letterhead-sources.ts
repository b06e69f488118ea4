import { rule } from '../grammar/registry.js';
import type { Line, NormalizedText } from '../normalize/types.js';
import type { Span } from '../schema/document.js';
import { bareLine } from '../segment/find-zones.js';

/** A header line with its words freed of markup. */
export interface Row {
  line: Line;
  text: string;
}

export type PortalTable = Map<string, { value: string; line: Line }>;

export const lineSpan = (l: Line): Span => ({ offset: l.offset, length: l.text.length, line: l.line });
export const partSpan = (l: Line, start: number, length: number): Span => ({ offset: l.offset + start, length, line: l.line });

/** Where `piece` sits in the line as written, or the whole line when markup or a wrap split it. */
export function spanOf(line: Line, piece: string): Span {
  const at = line.text.indexOf(piece);
  return at >= 0 ? partSpan(line, at, piece.length) : lineSpan(line);
}

/** The fields of a portal's table about the document, each with its value (on its line or the next). */
export function readPortalTable(rows: readonly Row[]): PortalTable {
  const out: PortalTable = new Map();
  rows.forEach((r, k) => {
    const m = rule('metadata.portalField').exec(r.text);
    if (!m) return;
    const after = rows[k + 1];
    const value = m.groups!['value']!.trim() || (after && !rule('metadata.portalField').test(after.text) ? after.text : '');
    if (value && !out.has(m.groups!['label']!)) out.set(m.groups!['label']!, { value, line: m.groups!['value']!.trim() ? r.line : after!.line });
  });
  return out;
}

/** A “(Ban hành kèm theo <type> số … ngày …)” line naming a document of this type: the text's own number. */
export function referenceTo(normalized: NormalizedText, documentType: string) {
  for (const l of normalized.lines) {
    const text = bareLine(l);
    if (!rule('metadata.attachedTo').test(text)) continue;
    const m = rule('metadata.reference').exec(text);
    if (m && m.groups!['type']!.toLowerCase() === documentType.toLowerCase()) return { line: l, m };
  }
  return null;
}

