// Plain toUpperCase/toLowerCase throughout: Vietnamese has no locale-specific case
// mappings (unlike Turkish dotted i), and the locale-aware calls are about 14× slower.
/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân" (the official spelling uses Ủy). */
export function sentenceCase(text: string): string {
  const lower = text.toLowerCase().replaceAll('uỷ', 'ủy');
  // Each leading “phó ” keeps its capital; a loop, as a recursion would overflow on a long run of them.
  let at = 0;
  while (lower.startsWith('phó ', at)) at += 4;
  return 'Phó '.repeat(at / 4) + lower.charAt(at).toUpperCase() + lower.slice(at + 1);
}

/** "CÀ MAU" → "Cà Mau": every word capitalised, as place names are written. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
