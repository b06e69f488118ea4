/** Counts characters visited, so tests can check that work grows linearly with input. */
export interface WorkCounter {
  work: number;
}

/** ASCII characters that may start inline markup; everything else is plain text. */
export const special = Uint8Array.from({ length: 128 }, (_, code) => ('\\`*_~![]<&'.includes(String.fromCharCode(code)) ? 1 : 0));
export const asciiPunct = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const unicodeSpace = /\s/u;

// Unicode punctuation and symbols outside ASCII, by block: Latin-1, general punctuation,
// currency, letterlike to miscellaneous symbols and arrows, CJK and full-width punctuation.
const punctuationRanges: readonly (readonly [number, number])[] = [
  [0xa1, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20cf],
  [0x2100, 0x2bff],
  [0x3000, 0x303f],
  [0xff01, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

export const isSpace = (c: string | undefined) => c === undefined || c === '\n' || unicodeSpace.test(c);

/** Punctuation or a symbol, for CommonMark's flanking rules. */
export function isPunct(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return asciiPunct.has(c);
  return punctuationRanges.some(([from, to]) => code >= from && code <= to);
}
