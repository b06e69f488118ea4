import { departmentNames } from '../../grammars/agencies.js';
import { ministryWords, properNames } from '../../grammars/metadata.js';
import { rule } from '../grammar/registry.js';

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

const byLower = new Map(properNames.map((n) => [n.toLowerCase(), n]));
// Longest first, so “Nông nghiệp và Phát triển nông thôn” wins over a shorter name it starts with.
const departmentByLower = departmentNames.map((n) => [n.toLowerCase(), n] as const).sort((a, b) => b[0].length - a[0].length);

/** Upper-case words with no vowel are acronyms (MTTQ, HĐND) and keep their case. */
const isAcronym = (word: string) => rule('metadata.acronym').test(word.normalize('NFD'));

/**
 * An issuing body from an upper-case header, in sentence case with acronyms and
 * the names of national bodies kept: “ỦY BAN MTTQ VIỆT NAM” → “Ủy ban MTTQ Việt Nam”,
 * “SỞ Y TẾ” → “Sở Y tế”.
 */
export function issuerCase(text: string): string {
  const words = text.split(' ').map((w) => (isAcronym(w) ? w : w.toLowerCase().replaceAll('uỷ', 'ủy')));
  // A ministry or department is named by the field after it: “Bộ Y tế”, “Sở Nội vụ”; a field of two parts
  // keeps both capitals (“Bộ Nông nghiệp và Môi trường”).
  if (ministryWords.includes(words[0]!) && words[1]) words[1] = words[1].charAt(0).toUpperCase() + words[1].slice(1);
  let joined = words.join(' ');
  if (ministryWords.includes(words[0]!)) {
    const field = joined.slice(words[0]!.length + 1);
    const lowered = field.toLowerCase();
    const known = departmentByLower.find(([lower]) => lowered === lower || lowered.startsWith(`${lower} `));
    if (known) joined = `${words[0]} ${known[1]}${field.slice(known[0].length)}`;
  }
  for (const [lower, name] of byLower) joined = joined.split(lower).join(name);
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
