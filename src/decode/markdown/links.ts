import { asciiPunct, type WorkCounter } from './chars.js';

// Bounds that keep each construct's look-ahead constant: a link tail longer than this, or
// deeper parentheses, is read as text (CommonMark readers cap parentheses the same way).
export const maxLinkTail = 2048;
const maxLinkParens = 32;
const maxLabel = 999;

export const noReferences: ReadonlySet<string> = new Set();

/** A link label as CommonMark matches it: case and runs of whitespace do not count. */
export function referenceLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The end of a reference link whose text runs from `open` to the `]` at `close`: `[text][label]`,
 * `[text][]` or `[text]`, when the label is defined; -1 otherwise.
 */
export function referenceEnd(text: string, open: number, close: number, references: ReadonlySet<string>, counter?: WorkCounter): number {
  if (close - open > maxLabel) return -1;
  if (counter) counter.work += close - open;
  if (text[close + 1] === '[') {
    let labelEnd = close + 2;
    while (labelEnd < text.length && labelEnd - close <= maxLabel && text[labelEnd] !== ']' && text[labelEnd] !== '[') labelEnd++;
    if (counter) counter.work += labelEnd - close;
    if (text[labelEnd] !== ']') return -1;
    const label = labelEnd === close + 2 ? text.slice(open, close) : text.slice(close + 2, labelEnd);
    return references.has(referenceLabel(label)) ? labelEnd + 1 : -1;
  }
  return references.has(referenceLabel(text.slice(open, close))) ? close + 1 : -1;
}

/** The end (after `)`) of a link's `(destination "title")`, or -1 when it is not one. */
export function linkTailEnd(text: string, open: number, counter?: WorkCounter): number {
  const scan = { at: open };
  const end = scanLinkTail(text, open, scan);
  if (counter) counter.work += scan.at - open;
  return end;
}

/** `scan.at` is left at the furthest character looked at, for the work counter. */
function scanLinkTail(text: string, open: number, scan: { at: number }): number {
  const limit = Math.min(text.length, open + maxLinkTail);
  let i = open + 1;
  const fail = () => {
    scan.at = Math.min(i, limit);
    return -1;
  };
  const skipSpace = () => {
    let newlines = 0;
    while (i < limit && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) if (text[i++] === '\n' && ++newlines > 1) return false;
    return true;
  };
  if (!skipSpace()) return fail();
  if (text[i] === '<') {
    i++;
    while (i < limit && text[i] !== '>' && text[i] !== '\n' && text[i] !== '<') i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== '>') return fail();
    i++;
  } else {
    let depth = 0;
    while (i < limit) {
      const c = text[i]!;
      if (c === '\\' && i + 1 < limit && asciiPunct.has(text[i + 1]!)) i += 2;
      else if (c === '(') {
        if (++depth > maxLinkParens) return fail();
        i++;
      } else if (c === ')') {
        if (depth === 0) break;
        depth--;
        i++;
      } else if (c === ' ' || c === '\t' || c === '\n' || c < ' ') break;
      else i++;
    }
    if (depth !== 0) return fail();
  }
  const beforeTitle = i;
  if (!skipSpace()) return fail();
  const quote = text[i];
  if (i > beforeTitle && (quote === '"' || quote === "'" || quote === '(')) {
    const close = quote === '(' ? ')' : quote;
    i++;
    while (i < limit && text[i] !== close) i += text[i] === '\\' ? 2 : 1;
    if (text[i] !== close) return fail();
    i++;
    if (!skipSpace()) return fail();
  }
  scan.at = i;
  return i < limit && text[i] === ')' ? i + 1 : -1;
}
