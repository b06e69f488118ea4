import { decodeHTMLStrict } from 'entities';
import { rule } from '../../grammar/registry.js';
import { isPunct, isSpace, special, asciiPunct, type WorkCounter } from './chars.js';
import { resolveEmphasis, type Delimiter } from './emphasis.js';
import { linkTailEnd, maxLinkTail, noReferences, referenceEnd } from './links.js';

export type { WorkCounter } from './chars.js';
export { referenceLabel } from './links.js';

const tagAt = /<\/?[A-Za-z][A-Za-z0-9-]{0,63}(?:\s[^<>]{0,480})?\/?>/y;
const autolinkAt = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>/y;
const entityAt = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const rawTextTag = /^<(script|style)\b/i;

/**
 * Finds needles at or after a position, remembering the last answer: positions only move
 * forward, so a text with many openers and no closer is searched once, not once per opener.
 */
class Finder {
  private readonly found = new Map<string, number>();
  private lower: string | null = null;
  constructor(private readonly text: string) {}
  next(needle: string, from: number): number {
    // ASCII only: tag names are ASCII, and the positions must stay those of `text`.
    // Lowered on first use: most paragraphs hold no comment or raw-text tag.
    this.lower ??= this.text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
    const known = this.found.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = this.lower.indexOf(needle, from);
    this.found.set(needle, at);
    return at;
  }
}

const noSpans: ReadonlyMap<number, { end: number; length: number }> = new Map();

/** Where each backtick run's matching closer (the next run of the same length) starts. */
function matchCodeSpans(text: string): ReadonlyMap<number, { end: number; length: number }> {
  if (!text.includes('`')) return noSpans;
  const runs: { at: number; length: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '`' || (i > 0 && text[i - 1] === '\\' && !(i > 1 && text[i - 2] === '\\'))) continue;
    let j = i;
    while (text[j] === '`') j++;
    runs.push({ at: i, length: j - i });
    i = j - 1;
  }
  const open = new Map<number, number>();
  const spans = new Map<number, { end: number; length: number }>();
  for (const run of runs) {
    const start = open.get(run.length);
    if (start === undefined) {
      open.set(run.length, run.at);
    } else {
      spans.set(start, { end: run.at, length: run.length });
      open.delete(run.length);
    }
  }
  return spans;
}

/**
 * Renders a paragraph's inline markdown to plain text in one pass: emphasis, strong and
 * strikethrough markers are dropped (matched ones, and unmatched ones a wrap left at a line's
 * edge), links and images keep their text, code spans their content, entities and escapes are
 * decoded, HTML tags are removed (`<br>` becomes a line break; script, style and comments go
 * with their content; in an HTML block, where tags separate cells and blocks, a tag becomes
 * `tagText`). Soft line breaks stay as `\n`.
 */
export function renderInline(text: string, counter?: WorkCounter, tagText = '', references: ReadonlySet<string> = noReferences): string {
  const pieces: string[] = [];
  const delimiters: Delimiter[] = [];
  // Open `[` / `![` pieces; links nest only as deep as the text does, and this is a flat stack.
  const brackets: { piece: number; at: number }[] = [];
  const spans = matchCodeSpans(text);
  const finder = new Finder(text);
  let plainStart = 0;
  const flush = (i: number) => {
    if (i > plainStart) pieces.push(text.slice(plainStart, i));
  };
  let i = 0;
  while (i < text.length) {
    // Plain text runs to the next character that may start markup.
    let code = text.charCodeAt(i);
    while (code >= 128 || !special[code]) {
      if (++i >= text.length) break;
      code = text.charCodeAt(i);
    }
    if (i >= text.length) break;
    const c = text[i]!;
    let next = i + 1;
    switch (c) {
      case '\\': {
        const d = text[i + 1];
        if (d === '\n') {
          flush(i);
          pieces.push('\n');
          next = i + 2;
        } else if (d !== undefined && asciiPunct.has(d)) {
          flush(i);
          pieces.push(d);
          next = i + 2;
        } else {
          i = next;
          continue;
        }
        break;
      }
      case '`': {
        const span = spans.get(i);
        let j = i;
        while (text[j] === '`') j++;
        if (!span) {
          i = j;
          continue;
        }
        flush(i);
        let code = text.slice(j, span.end).replace(/\n/g, ' ');
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
        pieces.push(code);
        next = span.end + span.length;
        break;
      }
      case '*':
      case '_':
      case '~': {
        let j = i;
        while (text[j] === c) j++;
        if (c === '~' && j - i !== 2) {
          i = j;
          continue;
        }
        flush(i);
        const before = i > 0 ? text[i - 1] : undefined;
        const after = text[j];
        const leftFlanking = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
        const rightFlanking = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
        const canOpen = c === '_' ? leftFlanking && (!rightFlanking || isPunct(before)) : leftFlanking;
        const canClose = c === '_' ? rightFlanking && (!leftFlanking || isPunct(after)) : rightFlanking;
        delimiters.push({ piece: pieces.length, char: c, canOpen, canClose, atLineEdge: before === undefined || before === '\n' || after === undefined || after === '\n', before: isSpace(before), after: after === undefined || after === '\n' || !isSpace(after) });
        pieces.push(text.slice(i, j));
        next = j;
        break;
      }
      case '!':
      case '[': {
        if (c === '!' && text[i + 1] !== '[') {
          i = next;
          continue;
        }
        flush(i);
        brackets.push({ piece: pieces.length, at: next === i + 2 ? i + 2 : i + 1 });
        pieces.push(c === '!' ? '![' : '[');
        next = c === '!' ? i + 2 : i + 1;
        break;
      }
      case ']': {
        const opener = brackets.pop();
        if (opener === undefined) {
          i = next;
          continue;
        }
        let end = text[i + 1] === '(' ? linkTailEnd(text, i + 1, counter) : -1;
        if (end < 0 && references.size > 0) end = referenceEnd(text, opener.at, i, references, counter);
        if (end < 0) {
          i = next;
          continue;
        }
        flush(i);
        pieces[opener.piece] = '';
        next = end;
        break;
      }
      case '<': {
        const lower = text.slice(i, i + 8).toLowerCase();
        if (lower.startsWith('<!--')) {
          const close = finder.next('-->', i + 4);
          if (close < 0) {
            i = next;
            continue;
          }
          flush(i);
          next = close + 3;
          break;
        }
        autolinkAt.lastIndex = i;
        const link = autolinkAt.exec(text);
        if (link && link[0].length <= maxLinkTail) {
          flush(i);
          pieces.push(link[1]!);
          next = i + link[0].length;
          break;
        }
        tagAt.lastIndex = i;
        const tag = tagAt.exec(text);
        if (!tag) {
          i = next;
          continue;
        }
        flush(i);
        const raw = rawTextTag.exec(tag[0]);
        const close = raw ? finder.next(`</${raw[1]!.toLowerCase()}`, i + tag[0].length) : -1;
        if (close >= 0) {
          const gt = text.indexOf('>', close);
          next = gt < 0 ? text.length : gt + 1;
        } else {
          pieces.push(rule('formats.htmlLineBreak').test(tag[0]) ? '\n' : tagText);
          next = i + tag[0].length;
        }
        break;
      }
      case '&': {
        entityAt.lastIndex = i;
        const entity = entityAt.exec(text);
        const decoded = entity ? decodeHTMLStrict(entity[0]) : '';
        if (!entity || decoded === entity[0]) {
          i = next;
          continue;
        }
        flush(i);
        pieces.push(decoded);
        next = i + entity[0].length;
        break;
      }
      default:
        i = next;
        continue;
    }
    if (counter) counter.work += next - i;
    i = next;
    plainStart = i;
  }
  flush(text.length);
  if (counter) counter.work += text.length;
  resolveEmphasis(pieces, delimiters);
  return pieces.join('');
}
