import { markedContent, type MarkedContent } from './content-stream.js';
import { openPages } from './page-streams.js';
import { pushAll } from '../../core/arrays.js';
import { isName, type PdfValue } from './syntax.js';

/**
 * The text a PDF's writer meant, where it said it: a marked-content span
 * `/Span <</ActualText (…)>> BDC … EMC` replaces the text of the glyphs it
 * holds. LibreOffice writes one around a letter it draws as a base glyph and
 * a mark glyph (`ề` as `e` with a circumflex plus a grave), whose glyphs map
 * to text badly or not at all.
 */

/** A run of pdf.js's text layer (`getTextContent` items with a `str`). */
export interface TextRun {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL?: boolean;
}

/** A marked-content item of pdf.js's text layer (`includeMarkedContent`). */
export interface MarkedItem {
  type: string;
  tag?: string | null;
}

/** A run whose text is the writer's /ActualText: `drawn` is what its glyphs read, for their widths. */
export interface ActualRun extends TextRun {
  drawn: string;
}

/**
 * Each page's text runs, with the writer's /ActualText in place where the
 * page's content streams could be read and their marked content is the
 * sequence pdf.js reports; elsewhere pdf.js's runs as they are. The PDF's
 * objects are read only when some page has marked content with properties.
 */
export function pageRuns(bytes: Uint8Array, pages: readonly (readonly (TextRun | MarkedItem)[])[]): (TextRun | ActualRun)[][] {
  const plain = pages.map((items) => items.filter((item): item is TextRun => 'str' in item));
  // Only a page with marked content with properties can hold /ActualText: no other page's streams are unpacked.
  const wanted = pages.map((items) => items.some((item) => !('str' in item) && item.type === kinds.BDC));
  if (!wanted.includes(true)) return plain;
  const file = openPages(bytes);
  if (!file || file.count !== pages.length) return plain;
  return pages.map((items, i) => {
    // One page's content at a time, let go before the next is read.
    const content = wanted[i] ? file.content(i) : null;
    if (!content) return plain[i]!;
    try {
      return withActualText(items, markedContent(content.content), content.namedActualText) ?? plain[i]!;
    } catch {
      // Whatever the file holds, the glyphs' reading stands.
      return plain[i]!;
    }
  });
}

const kinds: Record<MarkedContent['op'], string> = { BMC: 'beginMarkedContent', BDC: 'beginMarkedContentProps', EMC: 'endMarkedContent' };

/**
 * The page's text runs with each /ActualText span's text put in place of its
 * glyphs' text, at its first glyph; null when the marked content read from
 * the page's content stream is not the sequence pdf.js went through (content
 * drawn from form XObjects with marked content of their own, a stream read
 * otherwise): the caller keeps pdf.js's reading of that page.
 */
export function withActualText(items: readonly (TextRun | MarkedItem)[], ops: readonly MarkedContent[], named: (name: string) => Uint8Array | undefined = () => undefined): (TextRun | ActualRun)[] | null {
  const marks = balanced(ops);
  const seen = items.filter((item): item is MarkedItem => !('str' in item));
  if (seen.length !== marks.length || seen.some((item, i) => !sameMark(item, marks[i]!))) return null;
  const out: (TextRun | ActualRun)[] = [];
  let k = 0;
  let depth = 0;
  // The outermost span with /ActualText being read: inner spans are part of its text.
  let span: { text: string; depth: number; runs: TextRun[] } | null = null;
  for (const item of items) {
    if ('str' in item) {
      if (span) span.runs.push(item);
      else out.push(item);
      continue;
    }
    const op = marks[k++]!;
    if (op.op === 'EMC') {
      if (span && span.depth === depth) {
        pushAll(out, replaced(span.runs, span.text));
        span = null;
      }
      depth--;
      continue;
    }
    depth++;
    const text: string | undefined = span ? undefined : actualText(op.properties, named);
    if (text !== undefined) span = { text, depth, runs: [] };
  }
  // A span the stream left open ends with the page.
  if (span) pushAll(out, replaced(span.runs, span.text));
  return out;
}

/** The operators as pdf.js goes through them: an `EMC` with no open marked content is passed over. */
function balanced(ops: readonly MarkedContent[]): MarkedContent[] {
  const out: MarkedContent[] = [];
  let depth = 0;
  for (const op of ops) {
    if (op.op !== 'EMC') depth++;
    else if (depth === 0) continue;
    else depth--;
    out.push(op);
  }
  return out;
}

function sameMark(item: MarkedItem, op: MarkedContent): boolean {
  return item.type === kinds[op.op] && (op.op === 'EMC' || (item.tag ?? null) === (op.tag ?? null));
}

/** The span's /ActualText, from its property list or the list of the page's resources it names. */
function actualText(properties: PdfValue | undefined, named: (name: string) => Uint8Array | undefined): string | undefined {
  const bytes = properties instanceof Map ? properties.get('ActualText') : isName(properties) ? named(properties.name) : undefined;
  return bytes instanceof Uint8Array ? textString(bytes) : undefined;
}

/**
 * The span's runs with its text in place: pdf.js's gaps before the first
 * glyph kept (they stand for the room before it), the first run with a
 * glyph given the text and the width of all the span's glyphs, the runs
 * after it dropped.
 */
function replaced(runs: readonly TextRun[], text: string): (TextRun | ActualRun)[] {
  const first = runs.findIndex((r) => r.str.trim() !== '');
  if (first < 0) return [...runs];
  const drawn = runs.slice(first).filter((r) => r.str.trim() !== '');
  const start = runs[first]!;
  const last = drawn[drawn.length - 1]!;
  const x = start.transform[4] ?? 0;
  const width = Math.max(start.width, (last.transform[4] ?? 0) + last.width - x);
  const run: ActualRun = { ...start, str: text, width, drawn: drawn.map((r) => r.str).join('') };
  return [...runs.slice(0, first), run];
}

/** PDFDocEncoding where it differs from Latin-1: 0x18–0x1F and 0x80–0xA0 (0x9F undefined). */
const docEncoding: Record<number, number> = {
  0x18: 0x02d8, 0x19: 0x02c7, 0x1a: 0x02c6, 0x1b: 0x02d9, 0x1c: 0x02dd, 0x1d: 0x02db, 0x1e: 0x02da, 0x1f: 0x02dc,
  0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014, 0x85: 0x2013, 0x86: 0x0192, 0x87: 0x2044,
  0x88: 0x2039, 0x89: 0x203a, 0x8a: 0x2212, 0x8b: 0x2030, 0x8c: 0x201e, 0x8d: 0x201c, 0x8e: 0x201d, 0x8f: 0x2018,
  0x90: 0x2019, 0x91: 0x201a, 0x92: 0x2122, 0x93: 0xfb01, 0x94: 0xfb02, 0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160,
  0x98: 0x0178, 0x99: 0x017d, 0x9a: 0x0131, 0x9b: 0x0142, 0x9c: 0x0153, 0x9d: 0x0161, 0x9e: 0x017e, 0x9f: 0xfffd,
  0xa0: 0x20ac,
};

/**
 * A PDF text string: UTF-16BE after its byte-order mark (a language tag
 * between two ESC characters dropped), UTF-8 after its mark (PDF 2.0), else
 * PDFDocEncoding.
 */
export function textString(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return dropLanguage(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return dropLanguage(new TextDecoder().decode(bytes.subarray(3)));
  let out = '';
  for (const b of bytes) out += String.fromCharCode(docEncoding[b] ?? b);
  return out;
}

/** Text without its language escapes (`ESC vi ESC`). */
function dropLanguage(text: string): string {
  if (!text.includes('\u001b')) return text;
  return text.split('\u001b').filter((_, i) => i % 2 === 0).join('');
}
