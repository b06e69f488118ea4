/**
 * Legacy Vietnamese encodings still found in older provincial files.
 *
 * VNI-Windows (the “VNI-Times” fonts) writes a letter as an ASCII base letter
 * followed by a modifier byte; read as Windows-1252 the classic line
 * “Cộng hòa xã hội chủ nghĩa Việt Nam” is “Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam”.
 * The modifiers below are the lower-case ones; upper-case ones are 0x20 lower
 * (ù → Ù). The table is built from these rules in src/decode/legacy.ts.
 *
 * TCVN3 (ABC, “.VnTime” fonts) is read with iconv-lite's `tcvn` codec.
 */

/** Tone modifiers after a base vowel, in the order sắc, huyền, hỏi, ngã, nặng. */
export const vniTones = ['ù', 'ø', 'û', 'õ', 'ï'] as const;

/** Modifiers that add a circumflex (â, ê, ô) and carry the tone at once: none, sắc, huyền, hỏi, ngã, nặng. */
export const vniCircumflex = ['â', 'á', 'à', 'å', 'ã', 'ä'] as const;

/** Modifiers that add a breve (ă): none, sắc, huyền, hỏi, ngã, nặng. */
export const vniBreve = ['ê', 'é', 'è', 'ú', 'ü', 'ë'] as const;

/** Letters VNI writes as one byte (with tones as modifiers after them): ơ, ư, đ. */
export const vniSingles: Readonly<Record<string, string>> = { 'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ' };

/** i and y with a tone are one byte in VNI: í ì æ ó ò for i; ỵ is î. */
export const vniToneI = ['í', 'ì', 'æ', 'ó', 'ò'] as const;
export const vniYDotBelow = 'î';

/** Words that make up most Vietnamese administrative text: the candidate decoding with most of them wins. */
export const commonWords: readonly string[] = [
  'của', 'và', 'các', 'năm', 'được', 'thực hiện', 'hành chính', 'cơ quan', 'nhân dân', 'tỉnh', 'huyện', 'theo',
  'trong', 'cải cách', 'kế hoạch', 'quyết định', 'nhiệm vụ', 'công tác', 'quản lý', 'đơn vị', 'với', 'trên',
  'người', 'việc', 'những', 'phát triển', 'chủ trì', 'phối hợp', 'thời gian', 'Ủy ban',
];
