import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { blankPdf } from './helpers/pdf.js';
import { pageLines as linesOf, runningLines, type TextPiece } from '../src/decode/from-pdf.js';
import { groupLines } from '../src/decode/pdf/group-lines.js';
import { readBlocks } from '../src/decode/pdf/blocks.js';
import { ToneMarks } from '../src/decode/pdf/tones.js';
import { mergeOverlays } from '../src/decode/pdf/overlay.js';
import { continues } from '../src/decode/pdf/paragraphs.js';
import { joinPieces } from '../src/decode/pdf/text.js';
import { joinAcrossPages } from '../src/decode/pdf/rows.js';
import { findTabStops, tabbedText } from '../src/decode/pdf/tabs.js';

const pageLines = (pieces: TextPiece[], ...rest: [number, number[] | null?, Set<string>?]) => linesOf(groupLines(pieces), ...rest);

const piece = (text: string, x: number, y: number, size = 11): TextPiece => ({ text, x, y, width: text.length * size * 0.5, size });

describe('PDF lines and table rows from text positions', () => {
  it('joins pieces of a line, drops page numbers at the edge, keeps numbers in the body', () => {
    const { lines } = pageLines([piece('Căn cứ Luật', 72, 700), piece('Tổ chức', 140, 700), piece('3', 300, 30), piece('2021', 72, 400)], 792);
    expect(lines).toEqual(['Căn cứ Luật Tổ chức', '2021']);
  });

  it('rebuilds table rows: columns from positions, wrapped cells appended, a row starting at its number', () => {
    const { lines, open } = pageLines([
      piece('TT', 72, 700), piece('Nhiệm vụ', 142, 700), piece('Cơ quan', 282, 700), piece('chủ trì', 282, 688),
      piece('1', 72, 670), piece('Rà soát', 142, 670), piece('Sở Tư', 282, 670), piece('thủ tục', 142, 658), piece('pháp', 282, 658),
    ], 792);
    expect(lines).toEqual(['TT\tNhiệm vụ\tCơ quan chủ trì', '1\tRà soát thủ tục\tSở Tư pháp']);
    expect(open).toEqual([72, 142, 282]);
  });

  it('continues a row cut by a page break with an empty first cell', () => {
    const { lines } = pageLines([piece('hành chính', 142, 760), piece('Nội vụ', 282, 760), piece('Tiếp theo là đoạn văn.', 72, 700)], 792, [72, 142, 282]);
    expect(lines).toEqual(['\thành chính\tNội vụ', 'Tiếp theo là đoạn văn.']);
  });

  it('finds running heads: edge lines on at least half the pages', () => {
    const page = (body: string) => ({ lines: groupLines([piece('UBND THỊ XÃ HOÀI NHƠN', 72, 770), piece(body, 72, 400), piece(`Ghi chú trang ${body}`, 72, 30)]), height: 792 });
    expect([...runningLines([page('Một'), page('Hai'), page('Ba')])]).toEqual(['UBND THỊ XÃ HOÀI NHƠN']);
    expect([...runningLines([page('Một')])]).toEqual([]);
  });

  it('drops a running head passed in, only near the page edge', () => {
    const running = new Set(['Kế hoạch cải cách hành chính năm 2021']);
    const { lines } = pageLines([piece('Kế hoạch cải cách hành chính năm 2021', 72, 770), piece('Kế hoạch cải cách hành chính năm 2021', 72, 400)], 792, null, running);
    expect(lines).toEqual(['Kế hoạch cải cách hành chính năm 2021']);
  });

  it('turns a symbol-font bullet from the text layer into a dash', () => {
    expect(pageLines([piece('\uF02D', 72, 700), piece('Nội dung', 90, 700)], 792).lines).toEqual(['- Nội dung']);
  });
});

/** A run in a monospaced face: 0.6 em a letter. */
const mono = (text: string, x: number, y = 700, size = 10): TextPiece => ({ text, x, y, width: [...text].length * size * 0.6, size });

describe('PDF glyphs drawn over another run', () => {
  it('puts a fallback-font letter into the gap its host left for it', () => {
    // LibreOffice draws `Ỉ` with a fallback font; the main run reads `T NH CÀ MAU`.
    const [line] = mergeOverlays([mono('T NH CÀ MAU', 56.8), mono('Ỉ', 62.8)]).map((p) => p.text);
    expect(line).toBe('TỈNH CÀ MAU');
  });

  it('chooses the gap by position, not the first space', () => {
    // The gap after `T` (`ự` and a word space) is wide enough to end the run; `ự`, between two runs, joins the one it touches.
    const out = mergeOverlays([mono('Đ c l p - T', 50), mono('do', 128), mono('ộ', 56), mono('ậ', 80), mono('ự', 116)]);
    expect(out.map((p) => p.text)).toEqual(['Độc lập - Tự', 'do']);
  });

  it('keeps the word space that shares a gap with the letter, by the syllable', () => {
    // Times-like runs at 13 pt (positions as a renderer sets them): the gap after `Ngh` holds `ị` and a word space; the one in `T NH` only `Ỉ`.
    const serif = (text: string, x: number, width: number): TextPiece => ({ text, x, y: 700, width, size: 13 });
    expect(mergeOverlays([serif('Căn cứ Ngh quyết số 76', 72, 128.5), serif('ị', 134.2, 3.6)]).map((p) => p.text)).toEqual(['Căn cứ Nghị quyết số 76']);
    expect(mergeOverlays([serif('T NH CÀ MAU', 90, 85.3), serif('Ỉ', 97.9, 4.3)]).map((p) => p.text)).toEqual(['TỈNH CÀ MAU']);
    // `địa`: the vowel after the gap is part of the syllable.
    expect(mergeOverlays([serif('trên đ a bàn', 72, 61.4), serif('ị', 102, 3.6)]).map((p) => p.text)).toEqual(['trên địa bàn']);
  });

  it('composes a combining mark with the letter it sits over, and never splits the word', () => {
    expect(mergeOverlays([mono('Quyêt', 0), mono('\u0301', 18)]).map((p) => p.text)).toEqual(['Quyết']);
    expect(mergeOverlays([mono('Quyê \u0301t định', 0)]).map((p) => p.text)).toEqual(['Quyết định']);
  });

  it('drops an unmapped glyph drawn over letters, reads one in a cell of its own as a space', () => {
    expect(mergeOverlays([mono('đ ng b', 0), mono('ồ\u0010', 6)]).map((p) => p.text)).toEqual(['đồng b']);
    // The mark glyph closing `ể` takes no cell of its own: `ể` joins `th`, and the gap before `cải` is the word space.
    expect(joinPieces(mergeOverlays([mono('th', 0), mono('ể\u0007', 12), mono('cải', 24)]))).toBe('thể cải');
    expect(mergeOverlays([mono('th\u0003cải', 0)]).map((p) => p.text)).toEqual(['th cải']);
  });
});

describe('PDF prints that kept their tabs (LibreOffice’s monospaced print of a plain-text file)', () => {
  // Stops every 1.25 cm (35.45 pt) from the left edge at 0; letters 6 pt wide; the right edge at 300.
  const stop = (k: number) => k * 35.45;
  const page = [
    [mono('TT', 0, 700), mono('Nhiệm vụ', stop(1), 700), mono('Cơ quan chủ trì', stop(3), 700), mono('Thời gian', stop(6), 700)],
    // A tab that fits (the text ends past stop 7, so it goes to stop 8), then a cell that wraps at a word space.
    [mono('1', 0, 688), mono('Rà soát các thủ tục hành chính năm 2025', stop(1), 688), mono('Sở', stop(8), 688)],
    [mono('Tư pháp', 0, 676), mono('Quý IV', stop(2), 676)],
    [mono('2', 0, 664), mono('Ban hành kế hoạch', stop(1), 664), mono('Sở Nội vụ', stop(4), 664), mono('Cả năm', stop(6), 664)],
    // A cell that ends past the last stop before the edge: its tab goes to the next line.
    [mono('3', 0, 652), mono('Tập huấn nghiệp vụ cho công chức cấp xã mới', stop(1), 652)],
    [mono('Sở Nội vụ', stop(1), 640), mono('Năm 2025', stop(3), 640)],
    [mono('Trên đây là kế hoạch', 0, 616)],
  ];

  it('finds the tab stops from gaps that are no whole number of letters and end on a default stop', () => {
    expect(findTabStops(page)).toEqual({ left: 0, interval: 35.45 });
    // Running text only (gaps of whole letters, after a letter of a fallback font): no stops.
    expect(findTabStops([[mono('Th', 0), mono('ự', 12), mono('c hiện', 18)], [mono('Kế hoạch', 0, 688)]])).toBeNull();
    // A ruled table's columns, off the stops but for one met by chance: no stops either.
    const ruled = [700, 688, 676].map((y) => [mono('1', 0, y), mono('Rà soát', 41, y), mono('Sở Tư pháp', stop(3), y), mono('Quý IV', 251, y)]);
    expect(findTabStops(ruled)).toBeNull();
  });

  it('reads a gap to a stop as a tab, and a line starting on a stop as starting with one', () => {
    const stops = { left: 0, interval: 35.45 };
    expect(tabbedText(page[0]!, stops)).toBe('TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian');
    expect(tabbedText(page[5]!, stops)).toBe('\tSở Nội vụ\tNăm 2025');
    // An empty cell: the gap passes a stop with nothing at it, so it holds two tabs (and a line starting on stop 2, two).
    expect(tabbedText([mono('1', 0), mono('Rà soát', stop(1)), mono('Văn phòng', stop(4)), mono('Quý I', stop(6))], stops)).toBe('1\tRà soát\t\tVăn phòng\tQuý I');
    expect(tabbedText([mono('Năm 2025', stop(2))], stops)).toBe('\t\tNăm 2025');
    // A word space after a letter of a fallback font is one letter wide: no tab, even where it ends on a stop.
    expect(tabbedText([mono('Nhiệm v', 16.9), mono('ụ', 58.9), mono('năm 2025', stop(2))], stops)).toBe('Nhiệm vụ năm 2025');
  });

  it('puts each row back on one line: wrapped cells joined, a carried tab kept, the paragraph after the table apart', () => {
    const stops = findTabStops(page);
    const { lines } = linesOf(page, 842, null, new Set(), { edge: 300, mono: true, tabs: stops });
    expect(lines).toEqual([
      'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian',
      '1\tRà soát các thủ tục hành chính năm 2025\tSở Tư pháp\tQuý IV',
      '2\tBan hành kế hoạch\tSở Nội vụ\tCả năm',
      '3\tTập huấn nghiệp vụ cho công chức cấp xã mới\tSở Nội vụ\tNăm 2025',
      'Trên đây là kế hoạch',
    ]);
  });
});

describe('a plain-text plan printed as LibreOffice prints it by default', () => {
  // fixtures/pdf-plain-digital-plan.txt (a plan written for this test: a letterhead and a signature set with tabs,
  // an appendix of tab-separated rows, long ones wrapping) printed by scripts/make-pdf-prints.js --plain.
  const fields = (doc: Awaited<ReturnType<typeof parse>>) =>
    JSON.parse(JSON.stringify({ metadata: doc.metadata, outline: doc.outline, targets: doc.targets, tasks: doc.tasks, responsibilities: doc.responsibilities }, (key, value) => (['span', 'spans', 'fieldSpans', 'parts'].includes(key) ? undefined : value)));

  it('reads like its source: metadata, outline, targets, every appendix row as a task with its agencies and time', async () => {
    const text = await parse(readFileSync('fixtures/pdf-plain-digital-plan.txt'), { path: 'plan.txt' });
    const pdf = await parse(readFileSync('fixtures/pdf-plain-digital-plan.pdf'), { path: 'plan.pdf' });
    expect(text.tasks.map((t) => t.lead.map((a) => a.name))).toHaveLength(6);
    // Row 6 has an empty coordinating cell: its gap passes a tab stop with nothing set at it.
    expect(pdf.tasks[5]?.coordinating ?? []).toEqual([]);
    expect(fields(pdf)).toEqual(fields(text));
  });
});

describe('PDF paragraphs and blocks from positions', () => {
  it('joins a line to the one above when that one ran to the right edge', () => {
    const above = [piece('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm', 72, 700)];
    const wrapped = [piece('2015;', 72, 686)];
    const edge = above[0]!.x + above[0]!.width + 2;
    expect(continues(above, wrapped, edge)).toBe(true);
    // A short line (a heading, the end of a paragraph) is not continued.
    expect(continues([piece('I. MỤC ĐÍCH, YÊU CẦU', 72, 700)], wrapped, edge)).toBe(false);
    // Nor is a line far below (a new paragraph after space).
    expect(continues(above, [piece('2015;', 72, 640)], edge)).toBe(false);
  });

  it('measures the next word exactly in a monospaced print, across the pieces a fallback letter splits it into', () => {
    // 74 letters from x = 0 end at 444; `Tổ` (2 letters) and a space need 18 more: past a right margin at 460.
    const above = [mono('Đề nghị các cấp ủy Đảng, các cơ quan tham mưu của Tỉnh ủy, Ủy ban Mặt trận', 0, 700)];
    const below = [mono('T', 0, 688), mono('ổ', 6, 688), mono('quốc Việt Nam tỉnh', 18, 688)];
    expect(continues(above, below, 460, true, true)).toBe(true);
    // Room for the word and a space: a paragraph ended there.
    expect(continues(above, below, 470, true, true)).toBe(false);
  });

  it('starts a heading or list item on its own line, even where the line above left no room for its label', () => {
    const above = [mono('5. Về đánh giá tác động và lấy ý kiến đối với các quy định', 0, 700)];
    const edge = above[0]!.x + above[0]!.width + 2;
    expect(continues(above, [mono('5.1. Thẩm định quy định', 0, 688)], edge, true, true)).toBe(false);
    expect(continues(above, [mono('b) Cho ý kiến', 0, 688)], edge, true, true)).toBe(false);
    // A year that ends a sentence is no label, nor is the number of an article cut from its word: the wrap holds.
    expect(continues(above, [mono('2021. Các cơ quan', 0, 688)], edge, true, true)).toBe(true);
    const cut = [mono('Thực hiện theo quy định của Luật Ban hành văn bản tại Điều', 0, 700)];
    expect(continues(cut, [mono('2. Các cơ quan', 0, 688)], cut[0]!.x + cut[0]!.width + 2, true, true)).toBe(true);
  });

  it('reads a letterhead block by block, then the full-width text after it', () => {
    const lines = groupLines([
      piece('ỦY BAN NHÂN DÂN', 90, 780), piece('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 260, 780),
      piece('XÃ LƯƠNG MINH', 95, 766), piece('Độc lập - Tự do - Hạnh phúc', 300, 766),
      piece('Số: 12/KH-UBND', 90, 740), piece('Lương Minh, ngày 10 tháng 12 năm 2025', 280, 740),
      piece('KẾ HOẠCH', 250, 700),
      piece('Tiếp công dân trong thời gian bầu cử đại biểu Hội đồng nhân dân các cấp', 72, 680),
    ]);
    expect(readBlocks(lines, () => false).map((l) => l.map((p) => p.text).join(' '))).toEqual([
      'ỦY BAN NHÂN DÂN', 'XÃ LƯƠNG MINH', 'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lương Minh, ngày 10 tháng 12 năm 2025',
      'KẾ HOẠCH', 'Tiếp công dân trong thời gian bầu cử đại biểu Hội đồng nhân dân các cấp',
    ]);
  });

  it('keeps a short centred line of a letterhead in its block, on either side of the gutter found above it', () => {
    const lines = groupLines([
      piece('ỦY BAN MTTQ VIỆT NAM', 100, 780, 13), piece('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 280, 780, 13),
      piece('XÃ AN PHÚ', 135, 765, 13), piece('NAM', 365, 765, 13),
      piece('BAN THƯỜNG TRỰC', 115, 750, 13), piece('Độc lập - Tự do - Hạnh phúc', 290, 750, 13),
      piece('KẾ HOẠCH', 250, 700, 13),
    ]);
    expect(readBlocks(lines, () => false).map((l) => l.map((p) => p.text).join(' '))).toEqual([
      'ỦY BAN MTTQ VIỆT NAM', 'XÃ AN PHÚ', 'BAN THƯỜNG TRỰC',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT', 'NAM', 'Độc lập - Tự do - Hạnh phúc',
      'KẾ HOẠCH',
    ]);
  });

  it('does not split a line at a narrow gap that misses the gutter of the band above it', () => {
    const lines = groupLines([
      piece('ỦY BAN NHÂN DÂN', 100, 780, 13), piece('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 280, 780, 13),
      piece('XÃ AN PHÚ', 120, 765, 13), piece('Độc lập - Tự do - Hạnh phúc', 300, 765, 13),
      piece('-', 90, 750, 13), piece('Như Điều 3 và các đơn vị có liên quan;', 110, 750, 13),
    ]);
    expect(readBlocks(lines, () => false).map((l) => l.map((p) => p.text).join(' '))).toEqual([
      'ỦY BAN NHÂN DÂN', 'XÃ AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
      '- Như Điều 3 và các đơn vị có liên quan;',
    ]);
  });

  it('does not take the short end of a wrapped cell for a letterhead line: it is not centred under its block', () => {
    const band = [
      piece('Các cơ quan, đơn vị, địa', 100, 780), piece('- Ban hành Kế hoạch: Quý I/2021 -', 300, 780),
      piece('Các phòng, ban thuộc', 100, 768), piece('Ban hành: Quý II/2021', 300, 768),
    ];
    const read = (x: number) => readBlocks(groupLines([...band, piece('xã;', x, 756), piece('Thực hiện: Cả năm', 300, 756)]), () => false).map((l) => l.map((p) => p.text).join(' '));
    expect(read(100)).toEqual(['Các cơ quan, đơn vị, địa', 'Các phòng, ban thuộc', '- Ban hành Kế hoạch: Quý I/2021 -', 'Ban hành: Quý II/2021', 'xã; Thực hiện: Cả năm']);
    // Centred under the line above, the same short run is a line of the left block.
    expect(read(147)).toEqual(['Các cơ quan, đơn vị, địa', 'Các phòng, ban thuộc', 'xã;', '- Ban hành Kế hoạch: Quý I/2021 -', 'Ban hành: Quý II/2021', 'Thực hiện: Cả năm']);
  });

  it('reads recipients, then the signature, taking in the line just above that opens the signature block', () => {
    const lines = groupLines([
      piece('TM. ỦY BAN NHÂN DÂN', 340, 400),
      piece('Nơi nhận:', 72, 386, 12), piece('KT. CHỦ TỊCH', 360, 386),
      piece('- Như Điều 3;', 72, 372, 10),
      piece('- Lưu: VT.', 72, 360, 10), piece('Nguyễn Văn A', 360, 358),
    ]);
    expect(readBlocks(lines, () => false).map((l) => l.map((p) => p.text).join(' '))).toEqual([
      'Nơi nhận:', '- Như Điều 3;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Nguyễn Văn A',
    ]);
  });

  it('leaves a single line with a wide gap as it is (a band needs two such lines)', () => {
    const lines = groupLines([piece('Nơi nhận:', 72, 300), piece('KT. CHỦ TỊCH', 350, 300), piece('- Như Điều 3;', 72, 200)]);
    expect(readBlocks(lines, () => false).map((l) => l.map((p) => p.text).join(' '))).toEqual(['Nơi nhận: KT. CHỦ TỊCH', '- Như Điều 3;']);
  });

  it('puts a table row cut by a page break back into the row it continues', () => {
    const previous = ['TT\tNhiệm vụ\tThời gian', '1\tBan hành Kế hoạch\tQuý I năm'];
    const lines = ['\tCCHC\t2024', 'Tiếp theo là đoạn văn.'];
    joinAcrossPages(previous, lines);
    expect(previous).toEqual(['TT\tNhiệm vụ\tThời gian', '1\tBan hành Kế hoạch CCHC\tQuý I năm 2024']);
    expect(lines).toEqual(['Tiếp theo là đoạn văn.']);
  });
});

describe('PDFs printed in other fonts', () => {
  // The first 100 lines of the Hải Dương sample, printed by scripts/make-pdf-prints.js --size 12 --lines 100 in three faces:
  // DejaVu Sans has every Vietnamese letter; Liberation Serif and Liberation Mono lack some, drawn with a fallback font.
  const excerpt = readFileSync('fixtures/hai-duong-4707-kh-ubnd-2021.txt', 'utf8').split('\n').slice(0, 100).join('\n');
  const meta = (d: Awaited<ReturnType<typeof parse>>) => {
    const m = d.metadata;
    return [m.documentType, m.documentNumber, m.issuedDate, m.place, m.issuer?.name, m.title];
  };
  type Node = { label: string | null; children?: Node[] };
  const labels = (nodes: readonly Node[]): unknown[] => nodes.filter((n) => n.label !== null).map((n) => [n.label, labels(n.children ?? [])]);
  for (const face of ['dejavu-sans', 'liberation-serif', 'liberation-mono']) {
    it(`reads the ${face} print to the text's metadata, numbered outline and target values`, async () => {
      const text = await parse(Buffer.from(excerpt), { path: 'plan.txt' });
      const pdf = await parse(readFileSync(`fixtures/pdf-hai-duong-${face}.pdf`), { path: 'plan.pdf' });
      expect(meta(pdf)).toEqual(meta(text));
      expect(labels(pdf.outline as Node[])).toEqual(labels(text.outline as Node[]));
      const values = (d: typeof text) => d.targets.map((t) => [t.value, t.comparator, t.unit]);
      expect(values(pdf)).toEqual(values(text));
    });
  }
});

describe('.pdf input', () => {
  it('reads a PDF printed by LibreOffice to the same targets as the text, and nearly all tasks', async () => {
    const text = await parse(readFileSync('fixtures/hoai-nhon-qd-ubnd-2020.txt'), { path: 'plan.txt' });
    const pdf = await parse(readFileSync('fixtures/pdf-hoai-nhon-qd-ubnd-2020.pdf'), { path: 'plan.pdf', includeText: true });
    const targets = (d: typeof text) => d.targets.map((t) => [t.text, t.value, t.min, t.max, t.comparator, t.unit, t.deadline]);
    expect(targets(pdf)).toEqual(targets(text));
    const task = (t: (typeof text)['tasks'][number]) => JSON.stringify([t.text, t.lead.map((a) => a.canonical), t.timeframe?.end ?? null]);
    const found = new Set(pdf.tasks.map(task));
    const same = text.tasks.filter((t) => found.has(task(t))).length;
    // The rest are rows or items cut by a page break whose halves the layout does not tie together.
    expect(same / text.tasks.length).toBeGreaterThanOrEqual(0.9);
    expect(pdf.source.format).toBe('pdf');
    expect(pdf.source.converter?.name).toBe('unpdf');
    expect(pdf.source.pages?.count).toBe(15);
  });

  it('lets every span be traced to its page', async () => {
    const pdf = await parse(readFileSync('fixtures/pdf-hoai-nhon-qd-ubnd-2020.pdf'), { path: 'plan.pdf', includeText: true });
    const starts = pdf.source.pages!.starts;
    expect(starts[0]).toBe(1);
    const pageOf = (line: number) => starts.filter((s) => s <= line).length;
    const appendix = pdf.tasks.find((t) => t.text.startsWith('Ban hành Kế hoạch CCHC năm 2021'))!;
    expect(pageOf(appendix.span.line)).toBeGreaterThan(pageOf(pdf.targets[0]!.span.line));
    for (const t of pdf.targets) expect(pdf.source.text!.slice(t.span.offset, t.span.offset + t.span.length)).toBe(t.text);
  });

  it('refuses a PDF without a text layer (a scan), saying so, with exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-pdf-'));
    writeFileSync(join(dir, 'scan.pdf'), blankPdf(1));
    const r = spawnSync('node', ['bin/kehoach.js', 'parse', join(dir, 'scan.pdf')], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(`${join(dir, 'scan.pdf')}:1: error This PDF has no text layer (1 page(s) that look like scanned images): run with --ocr to read it with Tesseract. [decode/no-text-layer]\n`);
  });

  it('still refuses a broken PDF named .txt as not a text document', async () => {
    const doc = await parse(readFileSync('fixtures/bad/pdf-named-txt.txt'), { path: 'x.txt' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('decode/adapter-failed');
  });
});

// .ci/run installs Tesseract and poppler, so in CI these run; elsewhere they are skipped when missing.
const hasTesseract = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.includes('vie') && spawnSync('pdftoppm', ['-v']).status === 0;

describe('OCR of scans (--ocr, Tesseract)', () => {
  /** The text fixture's targets that stand on the scanned pages, and how many the OCR reading matches. */
  async function compare(file: string, format: string) {
    const text = await parse(readFileSync('fixtures/hoai-nhon-qd-ubnd-2020.txt'), { path: 'plan.txt' });
    const scan = await parse(readFileSync(file), { path: file, ocr: true, includeText: true });
    expect(scan.source.format).toBe(format);
    expect(scan.source.converter?.name).toBe('tesseract');
    expect(scan.diagnostics.find((d) => d.code === 'decode/ocr')?.message).toMatch(/^The text is OCR output \(Tesseract [\d.]+, Vietnamese model, \d page\(s\)\), mean word confidence (?:9\d|8\d)\.\d%: check numbers against the scan\.$/u);
    // The text's targets whose clause the OCR reading holds word for word (OCR errors drop a clause from this count) …
    const held = text.targets.filter((t) => scan.source.text!.includes(t.text));
    // A clause that is part of a longer one held here (“40% … mức độ 4” inside “40% … mức độ 4 và tăng dần …”) is that one.
    const onPages = held.filter((t) => !held.some((u) => u.text.length > t.text.length && u.text.includes(t.text)));
    // … each must come out as a target with its value (a misread bullet may stay in front: “ñ 100% TTHC …”).
    const matched = onPages.filter((t) => scan.targets.some((o) => o.value === t.value && o.comparator === t.comparator && o.text.endsWith(t.text)));
    return { onPages: onPages.length, matched: matched.length };
  }

  it.runIf(hasTesseract || process.env['CI'])('reads a scanned PDF page by page: at least 7 of its 8 targets read exactly as in the text original', async () => {
    const { onPages, matched } = await compare('fixtures/scan-hoai-nhon-p3-4.pdf', 'pdf');
    // Pages 3–4 hold 8 of the plan's targets; OCR may garble at most one clause.
    expect(onPages).toBeGreaterThanOrEqual(7);
    expect(matched / onPages).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it.runIf(hasTesseract || process.env['CI'])('reads a page image', async () => {
    const { onPages, matched } = await compare('fixtures/scan-hoai-nhon-p3.jpg', 'image');
    expect(onPages).toBeGreaterThanOrEqual(3);
    expect(matched / onPages).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('without Tesseract, says what to install', () => {
    const r = spawnSync(process.execPath, ['bin/kehoach.js', 'parse', '--ocr', 'fixtures/scan-hoai-nhon-p3.jpg'], { encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('fixtures/scan-hoai-nhon-p3.jpg:1: error tesseract is not installed. OCR needs Tesseract with its Vietnamese model and, for PDFs, poppler (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils). [decode/ocr-failed]\n');
  });

  it.runIf(hasTesseract || process.env['CI'])('with --ocr, a damaged image gets Tesseract\'s reason, without an install hint', async () => {
    const doc = await parse(readFileSync('fixtures/bad/png-named-txt.txt'), { path: 'p.png', ocr: true });
    expect(doc.diagnostics.map((d) => [d.code, d.message])).toEqual([['decode/ocr-failed', 'tesseract could not read the input (libpng error: IHDR: CRC error).']]);
  });

  it('without --ocr, an image is still refused as not a text document', async () => {
    const doc = await parse(readFileSync('fixtures/scan-hoai-nhon-p3.jpg'), { path: 'p.jpg' });
    expect(doc.diagnostics.map((d) => d.message)).toEqual(['Not a text document (looks like JPEG image).']);
  });
});

describe('PDF tone marks drawn as glyphs of their own', () => {
  it('learns each mark glyph from the first use of a base glyph, and re-tones later uses of that base', () => {
    const tones = new ToneMarks();
    // First uses read right: the grave mark is \u0010, the acute \u0011.
    expect(tones.read('f3', 'đồ\u0010ng')).toBe('đồ\u0010ng');
    expect(tones.read('f3', 'Tiế\u0011p')).toBe('Tiế\u0011p');
    // The base glyph first read `ồ`, drawn again with the acute mark, is `ố`.
    expect(tones.read('f3', 'thồ\u0011ng nhất')).toBe('thố\u0011ng nhất');
    expect(tones.read('f3', 'cộng đồ\u0010ng')).toBe('cộng đồ\u0010ng');
    // A letter without a tone under a known mark glyph takes the mark's tone, even at its first use.
    expect(tones.read('f3', 'sư\u0010a')).toBe('sừ\u0010a');
  });

  it('leaves a mark it has not learned, and keeps fonts apart', () => {
    const tones = new ToneMarks();
    tones.read('f3', 'đồ\u0010ng');
    expect(tones.read('f3', 'hồ\u0012 sơ')).toBe('hồ\u0012 sơ');
    tones.read('f3', 'Tiế\u0011p');
    // In another font the same codes are other glyphs: its first use of `ồ` is read as it is.
    expect(tones.read('f4', 'thồ\u0011ng')).toBe('thồ\u0011ng');
    // Text without mark glyphs is never touched.
    expect(tones.read('f3', 'thống nhất')).toBe('thống nhất');
  });
});
