import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
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
  /** w:lvlRestart: restarts only after a level above this (1-based) is used; 0 never; null after any level above. */
  restartAfter: number | null;
  /** w:isLgl (“legal” numbering): every number in the label is drawn as decimal (“1.2.”, not “I.2.”). */
  legal: boolean;
}

type Levels = Map<number, Level>;

/** One numbering instance (w:num): its levels, the definition it shares counters with, and the levels it restarts. */
export interface NumberingInstance {
  levels: Levels;
  abstractId: string;
  /** Levels with a w:startOverride: this instance starts them again where it is first used. */
  restarts: Set<number>;
}

const w = (name: string) => `w\\:${name}`;

/** Word's deepest list level: levels are 0 to 8, and any other w:ilvl names none of them. */
const maxLevel = 8;

/** A w:ilvl value as a level, null where it is none (“900000000” would size the counters by it). */
function levelOf(value: string | undefined): number | null {
  const n = Number(value ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= maxLevel ? n : null;
}

/**
 * numId → its levels, with any start overrides applied. A definition that
 * only names a list style (w:numStyleLink, as Word writes lists made from a
 * list style) takes the levels of the definition that style points to
 * (`listStyles`: numbering style id → numId, from word/styles.xml).
 */
export function readNumbering($: CheerioAPI, listStyles: ReadonlyMap<string, string> = new Map()): Map<string, NumberingInstance> {
  const abstract = new Map<string, Levels>();
  const linked = new Map<string, string>();
  $(w('abstractNum')).each((_, el) => {
    const levels: Levels = new Map();
    $(el).children(w('lvl')).each((_, lvl) => {
      const ilvl = levelOf($(lvl).attr('w:ilvl'));
      if (ilvl !== null) levels.set(ilvl, readLevel($, lvl));
    });
    const id = $(el).attr('w:abstractNumId') ?? '';
    abstract.set(id, levels);
    const link = $(el).children(w('numStyleLink')).attr('w:val');
    if (link !== undefined && levels.size === 0) linked.set(id, link);
  });
  const numAbstract = new Map<string, string>();
  $(w('num')).each((_, el) => {
    numAbstract.set($(el).attr('w:numId') ?? '', $(el).children(w('abstractNumId')).attr('w:val') ?? '');
  });
  // One step through the list style: its own definition holds the levels (a style linking on again is not followed).
  const resolve = (id: string) => {
    const style = linked.get(id);
    const target = style === undefined ? undefined : numAbstract.get(listStyles.get(style) ?? '');
    return target !== undefined && !linked.has(target) && abstract.has(target) ? target : id;
  };
  const nums = new Map<string, NumberingInstance>();
  $(w('num')).each((_, el) => {
    const abstractId = resolve($(el).children(w('abstractNumId')).attr('w:val') ?? '');
    const base = abstract.get(abstractId);
    if (!base) return;
    const levels: Levels = new Map([...base].map(([k, v]) => [k, { ...v }]));
    const restarts = new Set<number>();
    $(el).children(w('lvlOverride')).each((_, o) => {
      const ilvl = levelOf($(o).attr('w:ilvl'));
      if (ilvl === null) return;
      // An override may redefine the whole level (its format and text), as Word writes for a list restarted in another style.
      const redefined = $(o).children(w('lvl')).first();
      if (redefined.length > 0) levels.set(ilvl, readLevel($, redefined[0]!));
      const level = levels.get(ilvl);
      const start = $(o).children(w('startOverride')).attr('w:val');
      if (level && start !== undefined) {
        level.start = Number(start);
        restarts.add(ilvl);
      }
    });
    nums.set($(el).attr('w:numId') ?? '', { levels, abstractId, restarts });
  });
  return nums;
}

function readLevel($: CheerioAPI, lvl: Element): Level {
  const $lvl = $(lvl);
  const isLgl = $lvl.children(w('isLgl'));
  return {
    start: Number($lvl.children(w('start')).attr('w:val') ?? 1),
    format: $lvl.children(w('numFmt')).attr('w:val') ?? 'decimal',
    text: $lvl.children(w('lvlText')).attr('w:val') ?? '',
    symbolFont: rule('formats.symbolFont').test($lvl.find(`${w('rPr')} > ${w('rFonts')}`).attr('w:ascii') ?? ''),
    restartAfter: $lvl.children(w('lvlRestart')).length > 0 ? Number($lvl.children(w('lvlRestart')).attr('w:val') ?? 0) : null,
    legal: isLgl.length > 0 && isLgl.attr('w:val') !== '0' && isLgl.attr('w:val') !== 'false',
  };
}

/** Numbering (list) style id → the numId it applies, from word/styles.xml. */
export function readListStyles($: CheerioAPI): Map<string, string> {
  const out = new Map<string, string>();
  $(`${w('style')}[w\\:type="numbering"]`).each((_, el) => {
    const numId = $(el).children(w('pPr')).children(w('numPr')).children(w('numId')).attr('w:val');
    if (numId !== undefined) out.set($(el).attr('w:styleId') ?? '', numId);
  });
  return out;
}

/** Most styles followed up a basedOn chain; Word's own chains are a few deep, and a loop must end. */
const maxStyleChain = 32;

/**
 * Paragraph style id → its numbering (heading styles often carry it), also
 * when the style inherits it through w:basedOn (a custom “Mục 2” based on
 * “Heading 2”). A style's own numId 0 turns inherited numbering off.
 */
export function readStyleNumbering($: CheerioAPI): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId: string | undefined; ilvl: number | undefined; basedOn: string | undefined }>();
  $(`${w('style')}[w\\:type="paragraph"]`).each((_, el) => {
    const numPr = $(el).children(w('pPr')).children(w('numPr'));
    const ilvl = numPr.children(w('ilvl')).attr('w:val');
    own.set($(el).attr('w:styleId') ?? '', {
      numId: numPr.children(w('numId')).attr('w:val'),
      ilvl: ilvl === undefined ? undefined : (levelOf(ilvl) ?? undefined),
      basedOn: $(el).children(w('basedOn')).attr('w:val'),
    });
  });
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let numId: string | undefined;
    let ilvl: number | undefined;
    let at = own.get(id);
    for (let step = 0; at && step < maxStyleChain && (numId === undefined || ilvl === undefined); step++) {
      numId ??= at.numId;
      ilvl ??= at.ilvl;
      at = at.basedOn === undefined ? undefined : own.get(at.basedOn);
    }
    if (numId !== undefined && numId !== '0') out.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return out;
}

/** Writes the labels into `document` (word/document.xml, loaded in XML mode). */
export function labelParagraphs(document: CheerioAPI, nums: Map<string, NumberingInstance>, styles: Map<string, { numId: string; ilvl: number }>): NumberingResult {
  // Word counts per list definition: instances of one definition continue each other's numbers, unless an instance restarts a level (startOverride) where it is first used.
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();
  const result: NumberingResult = { labelled: 0, unresolved: 0 };
  document(w('p')).each((_, p) => {
    const $p = document(p);
    const pPr = $p.children(w('pPr'));
    const numPr = pPr.children(w('numPr'));
    const style = styles.get(pPr.children(w('pStyle')).attr('w:val') ?? '');
    const numId = numPr.children(w('numId')).attr('w:val') ?? style?.numId;
    if (numId === undefined || numId === '0') return;
    const own = numPr.children(w('ilvl')).attr('w:val');
    const ilvl = own === undefined ? (style?.ilvl ?? 0) : levelOf(own);
    const instance = nums.get(numId);
    const levels = instance?.levels;
    const level = ilvl === null ? undefined : levels?.get(ilvl);
    if (ilvl === null || !instance || !levels || !level || !shown($p, pPr)) return;
    const count = counters.get(instance.abstractId) ?? [];
    const first = !used.has(`${numId}:${ilvl}`);
    used.add(`${numId}:${ilvl}`);
    count[ilvl] = first && instance.restarts.has(ilvl) ? level.start : (count[ilvl] ?? level.start - 1) + 1;
    // A level below restarts under each new item above it, unless its w:lvlRestart says otherwise (articles counted on across chapters).
    for (let k = ilvl + 1; k <= maxLevel; k++) {
      const after = levels.get(k)?.restartAfter ?? null;
      if (after === null || (after > 0 && ilvl < after)) count[k] = undefined;
    }
    counters.set(instance.abstractId, count);
    let unresolved = false;
    const label = level.text.replace(/%([1-9])/gu, (_, k: string) => {
      const at = Number(k) - 1;
      const l = levels.get(at);
      const formatted = formatNumber(count[at] ?? l?.start ?? 1, level.legal ? 'decimal' : (l?.format ?? 'decimal'));
      if (formatted === null) unresolved = true;
      return formatted ?? String(count[at] ?? 1);
    });
    const drawn = level.format === 'bullet' ? bulletText(level.text, level.symbolFont) : level.format === 'none' ? '' : label;
    if (unresolved) result.unresolved++;
    // numId 0 means “no numbering”: the label is now text, and must not be drawn again.
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    if (pPr.length === 0) $p.prepend(`<w:pPr>${off}</w:pPr>`);
    else if (numPr.length > 0) numPr.replaceWith(off);
    else pPr.append(off);
    if (drawn !== '') {
      $p.children(w('pPr')).after(`<w:r><w:t xml:space="preserve">${escapeXml(drawn)} </w:t></w:r>`);
      result.labelled++;
    }
  });
  return result;
}

/**
 * Whether Word draws this paragraph's number: not when its paragraph mark is
 * a tracked deletion (the item is gone in the final text, and the next
 * item takes its number), nor in the Word 2010 rendering of a text box
 * (mc:Choice), whose fallback copy is the one read.
 */
function shown($p: ReturnType<CheerioAPI>, pPr: ReturnType<CheerioAPI>): boolean {
  if (pPr.children(w('rPr')).children(w('del')).length > 0) return false;
  return $p.closest(w('txbxContent')).length === 0 || $p.closest('mc\\:Choice').length === 0;
}

/** Largest number drawn as letters or a Roman numeral: past it such labels grow with the number (“aaa…”, “MMM…”), and no list runs that long. */
const maxLetteredNumber = 9_999;

/** A counter in a Word number format; null for formats not drawn here. Letters and Roman numerals out of their range are drawn as decimal. */
export function formatNumber(n: number, format: string): string | null {
  const lettered = format === 'lowerLetter' || format === 'upperLetter' || format === 'lowerRoman' || format === 'upperRoman';
  if (lettered && !(Number.isInteger(n) && n >= 1 && n <= maxLetteredNumber)) return String(n);
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
