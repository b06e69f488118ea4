import { rule } from '../../grammar/registry.js';

/**
 * Tone marks drawn as glyphs of their own, put back on their letters.
 *
 * A font without a precomposed `ố` is drawn by LibreOffice as a base glyph and
 * a mark glyph. The PDF maps each glyph to text once: the base glyph to the
 * letter it was first drawn for (`ồ`), whatever mark goes on it later, and the
 * mark glyph to nothing (a control character in the text layer). So `thống`
 * reads `thồ\u0011ng`. A base glyph's first use is read right, and that tells
 * which tone its mark glyph draws; a later use of the base glyph with a mark
 * glyph known so takes that tone, as does a letter without a tone under a
 * known mark glyph (`ư` + the hook's glyph is `ử`). Marks are told apart per
 * font, as glyphs are.
 *
 * A mark glyph learnt late in the document (its first base glyph drawn on a
 * later page) still tells the earlier uses: `learn` every run of the document
 * in drawing order first, then `read` each.
 *
 * This is a guess, for PDFs that say nothing more: a run whose true text the
 * writer gave as /ActualText (actual-text.ts) is learnt from, as drawn, but
 * not read here.
 */
export class ToneMarks {
  private readonly bases = new Set<string>();
  private readonly tones = new Map<string, string>();
  /** The last character of the font's previous run: a mark drawn back over its letter opens a run of its own. */
  private readonly previous = new Map<string, string>();
  /** Whether the whole document was learnt before reading (else each run is learnt as it is read). */
  private learntFirst = false;

  /** Learns the tones of the mark glyphs in one run of `font`, taken in drawing order. */
  learn(font: string, text: string): void {
    this.learntFirst = true;
    this.teach(font, text);
  }

  private teach(font: string, text: string): void {
    const unmapped = rule('layout.unmappedGlyph');
    const chars = [...text];
    if (chars.length === 0) return;
    for (let i = 0; i < chars.length; i++) {
      const letter = i > 0 ? chars[i - 1]! : this.previous.get(font);
      const mark = chars[i]!;
      if (letter === undefined || !unmapped.test(mark) || unmapped.test(letter) || letter.trim() === '') continue;
      const base = `${font}\u0000${letter}`;
      const own = toneOf(letter);
      // A letter without a tone under a mark glyph (`ư` + hook) was mapped as the bare base: it teaches nothing.
      if (this.bases.has(base) || own === '') continue;
      this.bases.add(base);
      const key = `${font}\u0000${mark}`;
      if (!this.tones.has(key)) this.tones.set(key, own);
    }
    this.previous.set(font, chars[chars.length - 1]!);
  }

  /** The text of one run of `font`, in drawing order, with each known mark's tone put on its letter. */
  read(font: string, text: string): string {
    if (!this.learntFirst) this.teach(font, text);
    const unmapped = rule('layout.unmappedGlyph');
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) {
      const letter = chars[i]!;
      const mark = chars[i + 1]!;
      if (!unmapped.test(mark) || unmapped.test(letter) || letter.trim() === '') continue;
      const tone = this.tones.get(`${font}\u0000${mark}`);
      if (tone !== undefined) chars[i] = withTone(letter, tone);
    }
    return chars.join('');
  }
}

/** The tone mark of a letter ('' for none). */
function toneOf(letter: string): string {
  const tone = rule('layout.toneMark');
  return [...letter.normalize('NFD')].find((c) => tone.test(c)) ?? '';
}

/** The letter with its tone mark replaced. */
function withTone(letter: string, mark: string): string {
  const tone = rule('layout.toneMark');
  const bare = [...letter.normalize('NFD')].filter((c) => !tone.test(c)).join('');
  return `${bare}${mark}`.normalize('NFC');
}
