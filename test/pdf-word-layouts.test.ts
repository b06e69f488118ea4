import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { pageLines, type TextPiece } from '../src/decode/from-pdf.js';
import { groupLines } from '../src/decode/pdf/group-lines.js';
import { readBlocks } from '../src/decode/pdf/blocks.js';
import { mergeOverlays } from '../src/decode/pdf/overlay.js';
import { joinPieces } from '../src/decode/pdf/text.js';

// Word layouts as LibreOffice prints them (issue 11): pieces built by hand, each letter half a font size wide.
const piece = (text: string, x: number, y: number, size = 14): TextPiece => ({ text, x, y, width: [...text].length * size * 0.5, size });
const centred = (text: string, middle: number, y: number) => piece(text, middle - ([...text].length * 7) / 2, y);
const texts = (lines: TextPiece[][]) => lines.map((l) => l.map((p) => p.text).join(' '));
const read = (pieces: TextPiece[], edge: number) => pageLines(groupLines(pieces), 842, null, new Set(), { edge }).lines;

describe('Word plans printed to PDF', () => {
  it('reads a numbering label and the text after its tab as one line, not as two blocks', () => {
    const lines = groupLines([
      piece('Điều 2.', 85, 500), piece('Quyết định này có hiệu lực kể từ ngày ký.', 160, 500),
      piece('Điều 3.', 85, 484), piece('Chánh Văn phòng chịu trách nhiệm thi hành./.', 160, 484),
    ]);
    expect(texts(readBlocks(lines, () => false))).toEqual([
      'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
      'Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành./.',
    ]);
  });

  it('still reads two blocks whose gutter is wider than the short left block', () => {
    const lines = groupLines([
      piece('Nơi nhận:', 85, 400), piece('KT. CHỦ TỊCH', 380, 400),
      piece('- Lưu: VT.', 85, 384), piece('PHÓ CHỦ TỊCH', 380, 384),
    ]);
    expect(texts(readBlocks(lines, () => false))).toEqual(['Nơi nhận:', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('joins the motto wrapped at the right edge, and reads the place and date apart from the title centred below', () => {
    const lines = read([
      centred('ỦY BAN NHÂN DÂN', 160, 780), centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 405, 780),
      centred('HUYỆN TAM ĐƯỜNG', 160, 764), centred('NAM', 405, 764),
      centred('Độc lập - Tự do - Hạnh phúc', 405, 748),
      centred('Số: 120/QĐ-UBND', 160, 732), centred('Tam Đường, ngày 05 tháng 5 năm 2025', 405, 732),
      centred('QUYẾT ĐỊNH', 300, 716),
      centred('Ban hành Kế hoạch cải cách hành chính năm 2025', 300, 700),
    ], 520);
    expect(lines).toEqual([
      'ỦY BAN NHÂN DÂN', 'HUYỆN TAM ĐƯỜNG', 'Số: 120/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tam Đường, ngày 05 tháng 5 năm 2025',
      'QUYẾT ĐỊNH', 'Ban hành Kế hoạch cải cách hành chính năm 2025',
    ]);
  });

  it('does not join a centred line that left room for the word below (a signature block)', () => {
    const lines = read([
      centred('Nơi nhận:', 120, 400), centred('TM. ỦY BAN NHÂN DÂN', 405, 400),
      centred('- Lưu: VT.', 120, 384), centred('CHỦ TỊCH', 405, 384),
    ], 520);
    expect(lines).toEqual(['Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('reads paragraphs laid in two columns with a tab (a gap ending on a default stop) column by column, a wrapped right column with its line', () => {
    const stop = (1.25 / 2.54) * 72;
    const margin = 85.2;
    const lines = read([
      piece('UBND TỈNH NINH BÌNH', margin, 780), piece('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', margin + 4 * stop, 780),
      piece('NAM', margin, 764),
      piece('SỞ NÔNG NGHIỆP', margin, 748), piece('Độc lập - Tự do - Hạnh phúc', margin + 3 * stop, 748),
      piece('Số: 215/KH-SNNMT', margin, 732), piece('Ninh Bình, ngày 02 tháng 4 năm 2025', margin + 4 * stop, 732),
      centred('KẾ HOẠCH', 250, 700),
    ], 440);
    expect(lines).toEqual([
      'UBND TỈNH NINH BÌNH', 'SỞ NÔNG NGHIỆP', 'Số: 215/KH-SNNMT',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Ninh Bình, ngày 02 tháng 4 năm 2025',
      'KẾ HOẠCH',
    ]);
  });

  it('reads a tab after an outline label as a space, and a gap off the stops as a word space', () => {
    const stop = 36;
    const margin = 72;
    const lines = read([
      piece('I.', margin, 600), piece('MỤC ĐÍCH, YÊU CẦU', margin + stop, 600),
      piece('1.', margin, 584), piece('Mục đích', margin + stop, 584),
      piece('Các phòng', margin, 568), piece('thực hiện', margin + 80, 568),
      piece('Các xã', margin, 552), piece('báo cáo kết quả', margin + 60, 552),
    ], 520);
    expect(lines).toEqual(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'Các phòng thực hiện', 'Các xã báo cáo kết quả']);
  });

  it('keeps the run’s own word space after a narrow fallback letter, measured at the scale of the letters before it', () => {
    // Times New Roman at 14 pt as LibreOffice sets it: `ngh`, the gap for `ị` (4.4 pt), the space glyph, `c`; pdf.js reads one space.
    const serif = (text: string, x: number, width: number): TextPiece => ({ text, x, y: 643, width, size: 14 });
    expect(mergeOverlays([serif('ngh c', 136.6, 35.1), serif('ị', 157.6, 4.4)]).map((p) => p.text)).toEqual(['nghị c']);
    // No room left after the gap: the letters after it are the rest of the syllable.
    expect(mergeOverlays([serif('Tr ng', 100, 44.7), serif('ườ', 113.2, 17.5)]).map((p) => p.text)).toEqual(['Trường']);
  });

  it('places each letter of a fallback run over a run of the main face, whichever is wider', () => {
    // Fonts as LibreOffice embeds them: f1 the main face, f2 the fallback face drawing `ủ`, `ị`, `ệ`, `ừ`, `ả`.
    const at = (text: string, x: number, width: number, font: string): TextPiece => ({ text, x, y: 643, width, size: 14, font });
    // `ủ ị` (one run, the jump between its letters read as a space) is as wide as `t ch` under it: `ị` fills the gap of `t ch`.
    const chairman = [at('và Đoàn Ch', 423.07, 68.64, 'f1'), at('ủ ị', 492, 21.76, 'f2'), at('t ch', 505.09, 21.59, 'f1'), at('Ủ', 531.38, 11.79, 'f2'), at('y', 542.86, 7, 'f1')];
    expect(joinPieces(mergeOverlays(chairman))).toBe('và Đoàn Chủ tịch Ủy');
    // `ừ` starts where `r` ends: its measured width, not typical ones, tells where `ệ` ends and the word space before `r` begins.
    const forest = [at('ng và b o v', 327.99, 67.07, 'f1'), at('ả', 369.33, 8.34, 'f2'), at('ệ ừ', 395.12, 25.51, 'f2'), at('r', 406.85, 4.66, 'f1'), at('ng.', 420.54, 17.5, 'f1')];
    expect(joinPieces(mergeOverlays(forest))).toBe('ng và bảo vệ rừng.');
  });

  it('keeps a word space after a fallback letter that another one follows in the same run', () => {
    // `b c m`: gaps for `ị` and `ấ`, the first also holding the space before `c`; `c` opens the syllable of `ấ`, so the room is `ị`'s.
    const at = (text: string, x: number, width: number, font: string): TextPiece => ({ text, x, y: 643, width, size: 14, font });
    const line = [at('ng hành vi b c m trong', 334.13, 130, 'f1'), at('ị', 402.72, 4.47, 'f2'), at('ấ', 416.61, 8.57, 'f2')];
    expect(joinPieces(mergeOverlays(line))).toBe('ng hành vi bị cấm trong');
    // No room between them for a space: the measure does not put one there.
    const tight = [at('ng hành vi b c m trong', 334.13, 126.5, 'f1'), at('ị', 402.72, 4.47, 'f2'), at('ấ', 413.1, 8.57, 'f2')];
    expect(joinPieces(mergeOverlays(tight))).toBe('ng hành vi bịcấm trong');
  });
});

describe('Word probes printed to PDF read like their .docx', () => {
  const probes = ['decision-articles', 'resolution-chapters', 'tab-letterhead'];
  const summary = async (path: string) => {
    const doc = await parse(readFileSync(path), { path });
    const m = doc.metadata;
    return {
      meta: [m.documentType, m.documentNumber, m.issuedDate, m.place, m.issuer?.name, m.title, m.signer?.name, m.signer?.position],
      outline: doc.outline.length,
      tasks: doc.tasks.map((t) => [t.lead.map((a) => a.name), t.due]),
      responsibilities: doc.responsibilities.map((r) => r.agency.name),
    };
  };
  for (const name of probes) {
    it(`${name}: metadata, outline, tasks and responsibilities`, async () => {
      expect(await summary(`fixtures/pdf-word-probe-${name}.pdf`)).toEqual(await summary(`fixtures/word-probe-${name}.docx`));
    });
  }
});
