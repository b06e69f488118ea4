import type { Element } from 'domhandler';
import { formatNumber } from './docx-numbering.js';

const formats: Readonly<Record<string, string>> = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

/** Each item's label, written when its list is first asked for one: a list is numbered once, in one pass. */
const labels = new WeakMap<Element, string>();

/**
 * The number a browser draws before an item of an ordered list (“I.”, “2.”,
 * “b.”), from the list's `type` and `start` and any `value` on the items.
 * LibreOffice writes a Word file's automatic numbering as such lists, with
 * no label in the text. Null for an item that is not in an `<ol>`.
 */
export function listItemLabel(li: Element): string | null {
  const list = li.parent as Element | null;
  if (!list || list.type !== 'tag' || list.tagName.toLowerCase() !== 'ol') return null;
  if (!labels.has(li)) numberList(list);
  return labels.get(li) ?? null;
}

function numberList(list: Element): void {
  let n = Number.parseInt(list.attribs['start'] ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  n--;
  const format = formats[list.attribs['type'] ?? '1'] ?? 'decimal';
  for (const item of list.children) {
    if (item.type !== 'tag' || item.tagName.toLowerCase() !== 'li') continue;
    const value = Number.parseInt(item.attribs['value'] ?? '', 10);
    n = Number.isFinite(value) ? value : n + 1;
    labels.set(item, `${(n >= 1 ? formatNumber(n, format) : null) ?? String(n)}.`);
  }
}
