import type { TextPiece } from '../from-pdf.js';

/**
 * Glyphs drawn over another run of the same line, put back into it.
 *
 * A renderer draws a letter its font lacks with a fallback font, in a
 * separate run that lands in a gap left in the main run (LibreOffice prints
 * `Ủ`, `ộ`, `ế` that way with Liberation fonts), and a combining mark is drawn
 * over the letter it belongs to. The text layer then holds `T NH` (the gap
 * read as a space) and, apart, `Ỉ`. Each such guest goes into its host at
 * the place its position points to: into the gap it fills, or after the
 * letter a mark sits on; the result is composed (NFC).
 */
export function mergeOverlays(line: readonly TextPiece[]): TextPiece[] {
  const sorted = [...line].sort((a, b) => a.x - b.x);
  const hosts = new Map<TextPiece, TextPiece[]>();
  const out: TextPiece[] = [];
  for (const p of sorted) {
    const host = sorted.find((h) => h !== p && h.width > p.width && inside(p, h));
    if (host) hosts.set(host, [...(hosts.get(host) ?? []), p]);
    else out.push(p);
  }
  return out.map((p) => {
    // An unmapped glyph (a control character) drawn over the host's letters is a mark of unknown kind: dropped.
    const guests = hosts.get(p)?.map((g) => ({ ...g, text: g.text.replace(/\p{Cc}/gu, '') })).filter((g) => g.text !== '');
    const text = guests && guests.length > 0 ? insertGuests(p, guests) : p.text;
    // Elsewhere it stands in a cell of its own: a space glyph that lost its mapping.
    return { ...p, text: attachMarks(text.replace(/\p{Cc}/gu, ' ')).normalize('NFC') };
  });
}

/** The guest's middle lies within the host, away from its ends. */
function inside(guest: TextPiece, host: TextPiece): boolean {
  const middle = guest.x + guest.width / 2;
  const slack = Math.min(guest.width / 2, host.size * 0.1);
  return middle > host.x + slack && middle < host.x + host.width - slack;
}

/** Where each character of the host starts and ends, estimated from typical letter widths scaled to the run's width. */
export function charEdges(host: TextPiece): number[] {
  const chars = [...host.text];
  // A monospaced run (Liberation Mono, DejaVu Sans Mono: 0.6 em a letter) needs no guessing.
  const mono = Math.abs(host.width / Math.max(1, chars.length) - host.size * 0.6) < host.size * 0.02;
  const widths = chars.map((c) => (mono ? 1 : typicalWidth(c)));
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const edges = [host.x];
  for (const w of widths) edges.push(edges[edges.length - 1]! + (w / total) * host.width);
  return edges;
}

function insertGuests(host: TextPiece, guests: readonly TextPiece[]): string {
  const chars = [...host.text];
  const edges = charEdges(host);
  // Insertions keyed by the index of the character they replace or precede.
  const replace = new Map<number, string>();
  const before = new Map<number, string>();
  let from = 0;
  for (const g of guests) {
    const mark = isMarks(g.text);
    const middle = g.x + g.width / 2;
    if (mark) {
      // A mark goes after the letter it sits over.
      let i = from;
      while (i < chars.length - 1 && edges[i + 1]! <= middle) i++;
      before.set(i + 1, (before.get(i + 1) ?? '') + g.text);
      from = i + 1;
      continue;
    }
    // A spacing glyph fills the gap the host left for it: the nearest space read there.
    let best = -1;
    for (let i = from; i < chars.length; i++) {
      if (chars[i] !== ' ' || replace.has(i)) continue;
      const centre = (edges[i]! + edges[i + 1]!) / 2;
      if (Math.abs(centre - middle) > Math.max(g.width, host.size) * 1.5) continue;
      if (best < 0 || Math.abs(centre - middle) < Math.abs((edges[best]! + edges[best + 1]!) / 2 - middle)) best = i;
    }
    if (best >= 0) {
      replace.set(best, g.text);
      from = best + 1;
      continue;
    }
    // No gap was read: between the two letters nearest its left edge.
    let i = from;
    while (i < chars.length && edges[i]! + (edges[i + 1]! - edges[i]!) / 2 < g.x) i++;
    before.set(i, (before.get(i) ?? '') + g.text);
    from = i;
  }
  let out = '';
  chars.forEach((c, i) => (out += (before.get(i) ?? '') + (replace.get(i) ?? c)));
  return out + (before.get(chars.length) ?? '');
}

function isMarks(text: string): boolean {
  return /^\p{M}+$/u.test(text);
}

/** A mark read apart from its letter (`Quyê ́t`, `Quyế t` around a mark drawn on its own): joined to the letter before it. */
function attachMarks(text: string): string {
  return text.replace(/(\p{L}) +(\p{M}+)/gu, '$1$2');
}

/** A character's width in ems, roughly, for a proportional or monospaced face: only ratios matter. */
function typicalWidth(c: string): number {
  const base = c.normalize('NFD')[0] ?? c;
  if (base === ' ') return 0.28;
  if (/\p{M}/u.test(base)) return 0;
  if ('iljtfrI.,;:\'!|()[]/-'.includes(base)) return 0.33;
  if ('mwMW'.includes(base)) return 0.85;
  if (/\p{Lu}/u.test(base)) return 0.68;
  return 0.5;
}
