import { toRoman } from '../core/numerals.js';
import { rule, type RuleId } from '../grammar/registry.js';

export { toRoman };

export type MarkerKind = 'part' | 'chapter' | 'section' | 'article' | 'appendix' | 'upperLetter' | 'roman' | 'decimal' | 'arabic' | 'letter' | 'bullet';

/** The label at the start of a line, as read by `grammars/headings.ts`. */
export interface Marker {
  kind: MarkerKind;
  /** As written: "II.", "3.1.", "đ)", "-", "Điều 1." */
  label: string;
  /** Position in its sequence (I=1, đ=5.5, 3.1 → 1); null for bullets. */
  ordinal: number | null;
  /** Components of a decimal label ("3.1" → [3, 1]); one element otherwise. */
  path: number[];
  /** The rest of the line after the label. */
  text: string;
  /** Where `text` starts in the line. */
  textStart: number;
}

// Most specific first: "Điều 1." before "1.", "3.1." before "3.", "I." before letters.
const order: readonly [MarkerKind, RuleId][] = [
  ['part', 'headings.part'],
  ['chapter', 'headings.chapter'],
  ['section', 'headings.section'],
  ['article', 'headings.article'],
  ['appendix', 'headings.appendix'],
  ['upperLetter', 'headings.upperLetter'],
  ['decimal', 'headings.romanDecimal'],
  ['roman', 'headings.roman'],
  ['decimal', 'headings.decimal'],
  ['arabic', 'headings.arabic'],
  ['arabic', 'headings.parenArabic'],
  ['letter', 'headings.letter'],
  ['bullet', 'headings.bullet'],
];

/**
 * Vietnamese letter order for list labels (a, b, c, d, đ, e, g, h, i, k, …).
 * f, j, w and z are not Vietnamese letters but appear in real documents
 * (Hải Dương's f) after e)); they sit between their Latin neighbours.
 */
const letterOrder = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');
const foreignLetters: Record<string, number> = { f: 6.5, j: 9.5, w: 21.5, z: 23.5 };

/** The label an ordinal would have in a sequence of this kind: 1 → "I." (roman), "a)" (letter), "1." (arabic). */
export function labelFor(marker: Marker, ordinal: number): string {
  switch (marker.kind) {
    case 'roman':
      return `${toRoman(ordinal)}.`;
    case 'letter':
      return `${letterOrder[ordinal - 1] ?? '?'})`;
    case 'upperLetter':
      return `${String.fromCharCode(64 + ordinal)}.`;
    case 'decimal':
      return `${[...marker.path.slice(0, -1), ordinal].join('.')}.`;
    case 'article':
      return `Điều ${ordinal}.`;
    default:
      return `${ordinal}.`;
  }
}

export function letterOrdinal(letter: string): number | null {
  const i = letterOrder.indexOf(letter);
  return i >= 0 ? i + 1 : (foreignLetters[letter] ?? null);
}

export function isForeignLetter(letter: string): boolean {
  return letter in foreignLetters;
}

const romanValues = new Map<string, number>();
for (let n = 1; n <= 50; n++) romanValues.set(toRoman(n), n);


export function romanOrdinal(numeral: string): number | null {
  return romanValues.get(numeral.toUpperCase()) ?? null;
}

/** Reads the outline label at the start of a line, or null for a plain line. */
export function classifyLine(text: string): Marker | null {
  for (const [kind, id] of order) {
    const m = rule(id).exec(text);
    if (!m?.groups) continue;
    const label = m.groups['label'] ?? '';
    const num = m.groups['num'] ?? '';
    const rest = m.groups['text'] ?? m.groups['glued'] ?? '';
    let ordinal: number | null = null;
    let path: number[] = [];
    switch (kind) {
      case 'roman':
      case 'part':
      case 'chapter':
      case 'section':
      case 'appendix':
        ordinal = /^\d+$/.test(num) ? Number(num) : num ? romanOrdinal(num) : 1;
        if (kind === 'roman' && ordinal === null) continue;
        path = [ordinal ?? 0];
        break;
      case 'article':
      case 'arabic':
        ordinal = Number(num);
        path = [ordinal];
        break;
      case 'decimal':
        // “I.1.” counts from its Roman heading: its first part is that heading's ordinal.
        path = num.split('.').map((part, i) => (i === 0 && !/^\d+$/.test(part) ? (romanOrdinal(part) ?? 0) : Number(part)));
        ordinal = path[path.length - 1]!;
        break;
      case 'letter':
        ordinal = letterOrdinal(num);
        path = [ordinal ?? 0];
        break;
      case 'upperLetter':
        ordinal = num.charCodeAt(0) - 64;
        path = [ordinal];
        break;
      case 'bullet':
        break;
    }
    const textStart = rest ? text.length - rest.length : text.length;
    return { kind, label: label.trim(), ordinal, path, text: rest, textStart };
  }
  return null;
}

export function isOutlineLabel(text: string): boolean {
  return classifyLine(text) !== null;
}
