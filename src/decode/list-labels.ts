import type { Element } from 'domhandler';
import { formatNumber } from './docx-numbering.js';

const formats: Readonly<Record<string, string>> = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

/**
 * The number a browser draws before an item of an ordered list (“I.”, “2.”,
 * “b.”), from the list's `type` and `start` and any `value` on the items.
 * LibreOffice writes a Word file's automatic numbering as such lists, with
 * no label in the text. Null for an item that is not in an `<ol>`.
 */
export function listItemLabel(li: Element): string | null {
  const list = li.parent as Element | null;
  if (!list || list.type !== 'tag' || list.tagName.toLowerCase() !== 'ol') return null;
  let n = Number.parseInt(list.attribs['start'] ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  n--;
  for (const item of list.children) {
    if (item.type !== 'tag' || item.tagName.toLowerCase() !== 'li') continue;
    const value = Number.parseInt(item.attribs['value'] ?? '', 10);
    n = Number.isFinite(value) ? value : n + 1;
    if (item === li) break;
  }
  const label = n >= 1 ? formatNumber(n, formats[list.attribs['type'] ?? '1'] ?? 'decimal') : String(n);
  return `${label ?? n}.`;
}
