/**
 * Sub-patterns shared by the grammars, referenced as `{{name}}`. Free-spacing
 * applies here too. Boundaries are Unicode-aware: `\b` is ASCII-only in JS,
 * even with the `u` flag, and fails next to Vietnamese letters such as `đ`.
 */
export const shared = {
  /** Start of a word: no letter or digit just before. */
  wordStart: String.raw`(?<![\p{L}\p{N}])`,
  /** End of a word: no letter or digit just after. */
  wordEnd: String.raw`(?![\p{L}\p{N}])`,
  /** Upper-case Roman numeral I–XXXIX (validated again in code). */
  roman: String.raw`[IVXL]{1,6}`,
  day: String.raw`\d{1,2}`,
  month: String.raw`\d{1,2}`,
  year: String.raw`(?:19|20)\d{2}`,
  /** 14/9/2020, 24/01/2024, 15-7-2021, 24.12.2021 */
  dmy: String.raw`(?<![\d/])\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?(?:19|20)\d{2}(?!\d)`,
  /** ngày 15 tháng 7 năm 2021 */
  dateWords: String.raw`ngày\s\d{1,2}\stháng\s\d{1,2}\snăm\s(?:19|20)\d{2}`,
  /**
   * Number and symbol of a Vietnamese legal document: 76/NQ-CP,
   * 107/2020/NĐ-CP, 18-NQ/TW, 10-CTr/TU, 3158/TTr-SNV, 117/2013-NĐ-CP.
   * Each symbol part starts with an upper-case letter, so the repetition is
   * unambiguous (linear time).
   */
  documentNumber: String.raw`\d{1,6}(?:/(?:19|20)\d{2})?(?:\x20?[/-]\x20?\p{Lu}[\p{L}\d&]{0,15}){1,4}`,
  /** Administrative unit words, as written in running text. */
  unitWord: String.raw`(?:tỉnh|thành\sphố|huyện|quận|thị\sxã|xã|phường|thị\strấn)`,
  /** Administrative unit words in an upper-case header. */
  unitWordUpper: String.raw`(?:TỈNH|THÀNH\sPHỐ|HUYỆN|QUẬN|THỊ\sXÃ|XÃ|PHƯỜNG|THỊ\sTRẤN)`,
} as const satisfies Record<string, string>;
