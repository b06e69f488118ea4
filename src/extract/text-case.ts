/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch"; "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân" (the official spelling uses Ủy). */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi').replaceAll('uỷ', 'ủy');
  if (lower.startsWith('phó ')) return `Phó ${sentenceCase(lower.slice(4))}`;
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "CÀ MAU" → "Cà Mau": every word capitalised, as place names are written. */
export function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}
