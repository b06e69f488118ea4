import { commonWords, vniBreve, vniCircumflex, vniSingles, vniTones, vniToneI, vniYDotBelow } from '../../grammars/legacy-encodings.js';

/** Unicode combining marks for sắc, huyền, hỏi, ngã, nặng. */
const toneMarks = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
const upper = (c: string) => String.fromCharCode(c.charCodeAt(0) - 0x20);

/** VNI byte pairs (as Windows-1252 characters) to Unicode, longest first. Built once from the rules in grammars/. */
const vniPairs: [string, string][] = (() => {
  const pairs: [string, string][] = [];
  const add = (vni: string, unicode: string) => {
    pairs.push([vni, unicode.normalize('NFC')]);
    pairs.push([vni.toLocaleUpperCase('en') === vni ? vni : [...vni].map((c, i) => (i === 0 ? c.toUpperCase() : upper(c))).join(''), unicode.normalize('NFC').toUpperCase()]);
  };
  for (const base of ['a', 'e', 'o', 'u', 'y']) vniTones.forEach((m, t) => add(base + m, base + toneMarks[t]));
  for (const base of ['a', 'e', 'o']) vniCircumflex.forEach((m, t) => add(base + m, base + '\u0302' + (t === 0 ? '' : toneMarks[t - 1])));
  vniBreve.forEach((m, t) => add('a' + m, 'a\u0306' + (t === 0 ? '' : toneMarks[t - 1])));
  for (const [single, letter] of Object.entries(vniSingles)) {
    if (letter !== 'đ') vniTones.forEach((m, t) => add(single + m, letter + toneMarks[t]));
  }
  vniToneI.forEach((c, t) => add(c, 'i' + toneMarks[t]));
  add(vniYDotBelow, 'y\u0323');
  for (const [single, letter] of Object.entries(vniSingles)) add(single, letter);
  return pairs.sort((a, b) => b[0].length - a[0].length);
})();

const vniTwo = new Map(vniPairs.filter(([vni]) => vni.length === 2));
const vniOne = new Map(vniPairs.filter(([vni]) => vni.length === 1));

/** Text read as Windows-1252 from VNI bytes, to Unicode. */
export function fromVni(latin: string): string {
  const out: string[] = [];
  for (let i = 0; i < latin.length; ) {
    const two = vniTwo.get(latin.slice(i, i + 2));
    if (two !== undefined) {
      out.push(two);
      i += 2;
      continue;
    }
    out.push(vniOne.get(latin[i]!) ?? latin[i]!);
    i++;
  }
  return out.join('');
}

/** Unicode to VNI (as Windows-1252 characters): used by tests to make renderings. */
export function toVni(text: string): string {
  const back = new Map(vniPairs.map(([vni, uni]) => [uni, vni] as const));
  return [...text.normalize('NFC')].map((c) => back.get(c) ?? c).join('');
}

/** How Vietnamese a decoding reads: occurrences of common administrative words per 1,000 characters. */
export function vietnameseScore(text: string): number {
  const sample = text.slice(0, 20_000).normalize('NFC').toLowerCase();
  let hits = 0;
  for (const word of commonWords) {
    const w = word.toLowerCase();
    for (let at = sample.indexOf(w); at >= 0; at = sample.indexOf(w, at + w.length)) hits++;
  }
  return (hits * 1000) / Math.max(sample.length, 1);
}

export interface LegacyReading {
  text: string;
  encoding: 'windows-1258' | 'tcvn3' | 'vni';
  name: string;
}

/**
 * Bytes that are not UTF-8, read in the legacy encoding whose result looks
 * most like Vietnamese: Windows-1258, TCVN3 (ABC) or VNI-Windows.
 */
export async function readLegacy(bytes: Uint8Array): Promise<LegacyReading> {
  const { default: iconv } = await import('iconv-lite');
  // Node's TextDecoder reads windows-1252 as Latin-1 (0x80–0x9F become C1 controls); iconv-lite has the real table.
  const latin = iconv.decode(Buffer.from(bytes), 'windows-1252');
  const candidates: LegacyReading[] = [
    { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258', name: 'Windows-1258' },
    { text: iconv.decode(Buffer.from(bytes), 'tcvn'), encoding: 'tcvn3', name: 'TCVN3 (ABC)' },
    { text: fromVni(latin), encoding: 'vni', name: 'VNI-Windows' },
  ];
  const scored = candidates.map((c) => ({ c, score: vietnameseScore(c.text) }));
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!.c;
}
