import type { CheerioAPI } from 'cheerio';
import { toRoman } from '../core/numerals.js';
import { rule } from '../grammar/registry.js';

/**
 * Word's automatic numbering, put back into the text. In a .docx the labels
 * that carry a plan's outline (“I.”, “1.”, “a)”, “-”) are often not in the
 * text at all: the paragraph says “numbering instance 3, level 1” and Word
 * draws the label. Converters (mammoth included) drop it. This reads
 * `word/numbering.xml`, counts as Word does, and writes each label as the
 * paragraph's first run, turning its numbering off so the label is not drawn twice.
 */
export interface NumberingResult {
  /** Paragraphs that got a label. */
  labelled: number;
  /** Paragraphs whose numbering format is not one kehoach can draw (written as decimal). */
  unresolved: number;
}

interface Level {
  start: number;
  format: string;
  text: string;
  /** Drawn in a symbol font (Wingdings “l” is a dot): the text is a glyph code, not a character. */
  symbolFont: boolean;
}

type Levels = Map<number, Level>;

const w = (name: string) => `w\\:${name}`;

/** numId → its levels, with any start overrides applied. */
export function readNumbering($: CheerioAPI): Map<string, Levels> {
  const abstract = new Map<string, Levels>();
  $(w('abstractNum')).each((_, el) => {
    const levels: Levels = new Map();
    $(el).children(w('lvl')).each((_, lvl) => {
      const $lvl = $(lvl);
      levels.set(Number($lvl.attr('w:ilvl') ?? 0), {
        start: Number($lvl.children(w('start')).attr('w:val') ?? 1),
        format: $lvl.children(w('numFmt')).attr('w:val') ?? 'decimal',
        text: $lvl.children(w('lvlText')).attr('w:val') ?? '',
        symbolFont: rule('formats.symbolFont').test($lvl.find(`${w('rPr')} > ${w('rFonts')}`).attr('w:ascii') ?? ''),
      });
    });
    abstract.set($(el).attr('w:abstractNumId') ?? '', levels);
  });
  const nums = new Map<string, Levels>();
  $(w('num')).each((_, el) => {
    const base = abstract.get($(el).children(w('abstractNumId')).attr('w:val') ?? '');
    if (!base) return;
    const levels: Levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
    $(el).children(w('lvlOverride')).each((_, o) => {
      const level = levels.get(Number($(o).attr('w:ilvl') ?? 0));
      const start = $(o).children(w('startOverride')).attr('w:val');
      if (level && start !== undefined) level.start = Number(start);
    });
    nums.set($(el).attr('w:numId') ?? '', levels);
  });
  return nums;
}

/** Paragraph style id → its numbering (heading styles often carry it). */
export function readStyleNumbering($: CheerioAPI): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  $(`${w('style')}[w\\:type="paragraph"]`).each((_, el) => {
    const numPr = $(el).find(`${w('pPr')} > ${w('numPr')}`);
    const numId = numPr.children(w('numId')).attr('w:val');
    if (numId !== undefined) out.set($(el).attr('w:styleId') ?? '', { numId, ilvl: Number(numPr.children(w('ilvl')).attr('w:val') ?? 0) });
  });
  return out;
}

/** Writes the labels into `document` (word/document.xml, loaded in XML mode). */
export function labelParagraphs(document: CheerioAPI, nums: Map<string, Levels>, styles: Map<string, { numId: string; ilvl: number }>): NumberingResult {
  const counters = new Map<string, number[]>();
  const result: NumberingResult = { labelled: 0, unresolved: 0 };
  document(w('p')).each((_, p) => {
    const $p = document(p);
    const pPr = $p.children(w('pPr'));
    const numPr = pPr.children(w('numPr'));
    const style = styles.get(pPr.children(w('pStyle')).attr('w:val') ?? '');
    const numId = numPr.children(w('numId')).attr('w:val') ?? style?.numId;
    if (numId === undefined || numId === '0') return;
    const ilvl = Number(numPr.children(w('ilvl')).attr('w:val') ?? style?.ilvl ?? 0);
    const levels = nums.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return;
    // Counting is per numbering instance; a level restarts under each new item above it.
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? level.start - 1) + 1;
    count.length = ilvl + 1;
    counters.set(numId, count);
    let unresolved = false;
    const label = level.text.replace(/%([1-9])/gu, (_, k: string) => {
      const at = Number(k) - 1;
      const l = levels.get(at);
      const formatted = formatNumber(count[at] ?? l?.start ?? 1, l?.format ?? 'decimal');
      if (formatted === null) unresolved = true;
      return formatted ?? String(count[at] ?? 1);
    });
    const shown = level.format === 'bullet' ? bulletText(level.text, level.symbolFont) : level.format === 'none' ? '' : label;
    if (unresolved) result.unresolved++;
    // numId 0 means “no numbering”: the label is now text, and must not be drawn again.
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    if (pPr.length === 0) $p.prepend(`<w:pPr>${off}</w:pPr>`);
    else if (numPr.length > 0) numPr.replaceWith(off);
    else pPr.append(off);
    if (shown !== '') {
      $p.children(w('pPr')).after(`<w:r><w:t xml:space="preserve">${escapeXml(shown)} </w:t></w:r>`);
      result.labelled++;
    }
  });
  return result;
}

/** A counter in a Word number format; null for formats not drawn here. */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperRoman':
      return toRoman(n);
    default:
      return null;
  }
}

/** Word's bullets are often a symbol-font glyph (private-use code points, Wingdings “l”): shown as a dash. */
function bulletText(text: string, symbolFont: boolean): string {
  const c = text.codePointAt(0) ?? 0;
  if (symbolFont || text === '' || (c >= 0xe000 && c <= 0xf8ff) || c === 0xb7) return '-';
  return text;
}

/** a … z, then aa, bb …, as Word counts. */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
