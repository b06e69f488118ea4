import { describe, expect, it } from 'vitest';
import type { TextPiece } from '../src/decode/from-pdf.js';
import { fillCells, monospacedLine, withoutMarkGlyphs } from '../src/decode/pdf/cells.js';
import { mergeOverlays } from '../src/decode/pdf/overlay.js';
import { joinPieces } from '../src/decode/pdf/text.js';
import { ToneMarks } from '../src/decode/pdf/tones.js';

/**
 * A line as LibreOffice prints it in a monospaced face (0.6 em a character):
 * a `[…]` is drawn by a fallback face, in a run of its own (its advance in ems
 * from `widths`, 0.6 unless given), and the main run keeps a gap for it that
 * the text layer reads as one space. A gap at either end of the line is not
 * part of the main run, which starts after it or stops before it.
 */
function monoLine(template: string, { size = 10, x = 56.8, y = 700, widths = {} as Record<string, number> } = {}): TextPiece[] {
  const cell = size * 0.6;
  const parts = template.split(/(\[[^\]]*\])/u).filter((p) => p !== '');
  const guests: TextPiece[] = [];
  let text = '';
  let cursor = x;
  let start = x;
  parts.forEach((part, i) => {
    if (part.startsWith('[')) {
      const t = part.slice(1, -1);
      const width = (widths[t] ?? 0.6) * size;
      guests.push({ text: t, x: cursor, y, width, size });
      cursor += width;
      if (i === 0) start = cursor;
      else if (i < parts.length - 1) text += ' ';
      return;
    }
    text += part;
    cursor += [...part].length * cell;
  });
  const end = parts[parts.length - 1]!.startsWith('[') ? guests[guests.length - 1]!.x : cursor;
  return [{ text, x: start, y, width: end - start, size }, ...guests];
}

const read = (line: TextPiece[]) => joinPieces(mergeOverlays(line));

describe('fallback letters in a monospaced print', () => {
  it('puts each fallback letter into the gap its host run left for it, whatever its own width', () => {
    // DejaVuMathTeXGyre draws `ắ` 0.596 em wide and `ự` 0.644 em: the cells after them move by as much.
    const widths = { 'ắ': 0.596, 'ớ': 0.602, 'ự': 0.644 };
    expect(read(monoLine('Nhà nước g[ắ]n v[ớ]i xây d[ự]ng chính quyền', { widths }))).toBe('Nhà nước gắn với xây dựng chính quyền');
  });

  it('reads a narrow fallback letter kept in a whole cell by the cells after it, on a line known to be monospaced', () => {
    // `ị` is 0.319 em in its face but keeps a full cell: the host's end tells which. A run without guests
    // on the line shows the face is monospaced (one run alone could fit cells by chance).
    const before: TextPiece = { text: 'tinh gọn, hiệu quả', x: 56.8, y: 700, width: 18 * 6, size: 10 };
    const [host, ...guests] = monoLine('phù h[ợ]p v[ớ]i đ[ị]nh hướng phát triển', { x: 170.8 });
    const narrow = guests.map((g) => (g.text === 'ị' ? { ...g, width: 3.19 } : g));
    expect(read([before, host!, ...narrow])).toBe('tinh gọn, hiệu quả phù hợp với định hướng phát triển');
  });

  it('keeps two fallback letters of one word in that word, drawn as one run or as two', () => {
    expect(read(monoLine('trong nh[ữ]ng n[ướ]c phát triển'))).toBe('trong những nước phát triển');
    expect(read(monoLine('trong nh[ữ]ng n[ư][ớ]c phát triển'))).toBe('trong những nước phát triển');
  });

  it('joins a fallback letter at the start or the end of a word to that word, not to its neighbour', () => {
    expect(read(monoLine('lập k[ế] ho[ạ]ch và [Ủ]y ban nhân dân'))).toBe('lập kế hoạch và Ủy ban nhân dân');
    // At the line's ends the letter stands outside the host run, touching it.
    expect(read(monoLine('[Ở] các xã, phường'))).toBe('Ở các xã, phường');
    expect(read(monoLine('công tác cải cách hành chính và kiểm tra c[ủ]'))).toBe('công tác cải cách hành chính và kiểm tra củ');
    expect(read(monoLine('kiện toàn bộ máy nhà nước đ[ể]'))).toBe('kiện toàn bộ máy nhà nước để');
    // The text layer may read a space before the letter (a jump in the fallback run): it took no room.
    const [host, guest] = monoLine('rà soát TTHC năm 2021 1. K[ế]');
    expect(read([host!, { ...guest!, text: ' ế' }])).toBe('rà soát TTHC năm 2021 1. Kế');
  });

  it('joins touching runs only across a change of face, where the faces are known', () => {
    // A table row printed with tabs: `xã` ends right at a tab stop, so `Phòng` (same face) touches it;
    // the pieces stay apart for the table reader, while `ị` and `ộ` join their words.
    const cells: TextPiece[] = [
      { text: 'UBND th', x: 56.8, y: 700, width: 42, size: 10, font: 'f1' },
      { text: 'ị', x: 98.8, y: 700, width: 6, size: 10, font: 'f2' },
      { text: 'xã', x: 110.8, y: 700, width: 12, size: 10, font: 'f1' },
      { text: 'Phòng N', x: 122.8, y: 700, width: 42, size: 10, font: 'f1' },
      { text: 'ộ', x: 164.8, y: 700, width: 6, size: 10, font: 'f2' },
      { text: 'i vụ', x: 170.8, y: 700, width: 24, size: 10, font: 'f1' },
    ];
    expect(mergeOverlays(cells).map((p) => p.text)).toEqual(['UBND thị', 'xã', 'Phòng Nội vụ']);
  });

  it('composes a combining mark drawn over a letter of the host with that letter', () => {
    const line = monoLine('Căn cứ Quyêt định số 12');
    // The mark is drawn at the origin of `ê` (the 11th cell).
    expect(read([...line, { text: '\u0301', x: 56.8 + 10 * 6, y: 700, width: 6, size: 10 }])).toBe('Căn cứ Quyết định số 12');
  });

  it('gives a mark glyph of a monospaced fallback no cell of its own', () => {
    // DejaVu Sans Mono: `ê` + the hook's glyph (unmapped), each 0.602 em, drawn in one cell.
    const [host, guest] = monoLine('tổ chức ki[ể]m tra công tác');
    expect(read([host!, { ...guest!, text: 'ể\u0007', width: 12.04 }])).toBe('tổ chức kiểm tra công tác');
    expect(withoutMarkGlyphs({ text: 'ể\u0007', x: 0, y: 0, width: 12.04, size: 10 })).toEqual({ text: 'ể', x: 0, y: 0, width: 6.02, size: 10 });
    // An unmapped glyph between letters is a space that lost its mapping: kept for the overlay to read.
    expect(withoutMarkGlyphs({ text: 'th\u0003cải', x: 0, y: 0, width: 36, size: 10 }).text).toBe('th\u0003cải');
  });

  it('splits fallback letters of two words read as one run over a wider run', () => {
    // A proportional face: `ử` and `ỉ` in one fallback run from `ử` to the end of `ỉ` (in the gap after `t`),
    // the room between them read as a space: `điện tử tỉnh`.
    const host: TextPiece = { text: 'Cổng thông tin điện t', x: 100, y: 700, width: 120, size: 10 };
    const after: TextPiece = { text: 't nh, Trang', x: 231, y: 700, width: 60, size: 10 };
    const guest: TextPiece = { text: 'ử ỉ', x: 220, y: 700, width: 19.5, size: 10 };
    expect(read([host, guest, after])).toBe('Cổng thông tin điện tử tỉnh, Trang');
  });
});

describe('monospaced cells', () => {
  it('tells a monospaced line by its runs without guests, and leaves a short one undecided', () => {
    expect(monospacedLine([{ text: 'ng chính quy', x: 0, y: 0, width: 72, size: 10 }])).toBe(true);
    expect(monospacedLine([{ text: 'CCHC năm 2023 c', x: 0, y: 0, width: 99.28, size: 13 }])).toBe(false);
    expect(monospacedLine([{ text: 'a b', x: 0, y: 0, width: 18, size: 10 }])).toBeUndefined();
  });

  it('gives up (for the estimate) where the guests do not fall on cell boundaries', () => {
    const host: TextPiece = { text: 'Căn cứ Ngh quyết số 76', x: 72, y: 700, width: 128.5, size: 13 };
    expect(fillCells(host, [{ text: 'ị', x: 134.2, y: 700, width: 3.6, size: 13 }])).toBeUndefined();
    expect(fillCells(host, [{ text: 'ị', x: 134.2, y: 700, width: 3.6, size: 13 }], false)).toBeUndefined();
  });
});

describe('tone marks learnt from the whole document', () => {
  it('re-tones an earlier use by a mark glyph learnt on a later page', () => {
    const tones = new ToneMarks();
    // Page 1 draws `thống` with the base glyph first used for `ồ` and the acute's glyph \u0011, not yet known;
    // page 2 draws the base glyph of `ấ` for the first time, with \u0011.
    const runs: [string, string][] = [['f3', 'đồ\u0010ng'], ['f3', 'thồ\u0011ng'], ['f3', 'cấ\u0011p']];
    for (const [font, text] of runs) tones.learn(font, text);
    expect(runs.map(([font, text]) => tones.read(font, text))).toEqual(['đồ\u0010ng', 'thố\u0011ng', 'cấ\u0011p']);
  });

  it('pairs a mark glyph drawn as a run of its own with the last letter of its font before it', () => {
    const tones = new ToneMarks();
    // `ủ` then the hook's glyph \u0006 apart (drawn back over it): \u0006 is the hook.
    for (const [font, text] of [['f3', 'ủ'], ['f1', 'y ban'], ['f3', '\u0006'], ['f3', 'ư\u0006']] as const) tones.learn(font, text);
    expect(tones.read('f3', 'ư\u0006')).toBe('ử\u0006');
  });
});
