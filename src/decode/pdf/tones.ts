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
 */
export class ToneMarks {
  private readonly bases = new Set<string>();
  private readonly tones = new Map<string, string>();

  /** The text of one run of `font`, in drawing order, with each known mark's tone put on its letter. */
  read(font: string, text: string): string {
    const unmapped = rule('layout.unmappedGlyph');
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) {
      const letter = chars[i]!;
      const mark = chars[i + 1]!;
      if (!unmapped.test(mark) || unmapped.test(letter) || letter.trim() === '') continue;
      const base = `${font}\u0000${letter}`;
      const key = `${font}\u0000${mark}`;
      const own = toneOf(letter);
      // A letter without a tone under a mark glyph (`ư` + hook) was mapped as the bare base: it teaches nothing.
      if (!this.bases.has(base) && own !== '') {
        this.bases.add(base);
        if (!this.tones.has(key)) this.tones.set(key, own);
        continue;
      }
      const tone = this.tones.get(key);
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
