import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { TextPiece } from '../src/decode/from-pdf.js';
import { gridsOf, rulesOf, type Grid, type OperatorCodes, type Segment } from '../src/decode/pdf/rules.js';
import { RuledTables } from '../src/decode/pdf/ruled.js';
import { joinAcrossPages, tableRows } from '../src/decode/pdf/rows.js';

// The codes of the pdf.js build unpdf bundles (OPS): only their being distinct matters here.
const ops: OperatorCodes = { constructPath: 91, save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
const endPath = 28;
/** pdf.js path data: 0 moveTo, 1 lineTo, 4 closePath. */
const line = (x0: number, y0: number, x1: number, y1: number) => [0, x0, y0, 1, x1, y1];
const path = (paint: number, ...parts: number[][]) => [ops.constructPath, [paint, [Float32Array.from(parts.flat())], null]] as const;

function list(...items: (readonly [number, unknown])[]) {
  return { fnArray: items.map(([fn]) => fn), argsArray: items.map(([, args]) => args) };
}

/** A grid's borders: verticals at `xs` from `ys[0]` down to the last y, horizontals across at each y. */
function borders(xs: number[], ys: number[]): { horizontal: Segment[]; vertical: Segment[] } {
  const [top, bottom] = [ys[0]!, ys[ys.length - 1]!];
  return {
    horizontal: ys.map((y) => ({ x0: xs[0]!, x1: xs[xs.length - 1]!, y0: y, y1: y })),
    vertical: xs.map((x) => ({ x0: x, x1: x, y0: bottom, y1: top })),
  };
}

const piece = (text: string, x: number, y: number, size = 11): TextPiece => ({ text, x, y, width: [...text].length * size * 0.5, size });

describe('the ruling of a PDF page', () => {
  it('takes straight strokes and thin filled boxes as rules, leaves clipping paths out, and follows the transform', () => {
    const rules = rulesOf(list(
      path(endPath, line(0, 0, 600, 0), line(600, 0, 600, 800)),
      path(ops.stroke, line(70, 700, 500, 700), line(70, 700, 70, 600)),
      // A border drawn as a filled rectangle 0.5 pt high.
      path(ops.fill, line(70, 600, 500, 600), line(500, 600, 500, 600.5), line(500, 600.5, 70, 600.5), [4]),
      [ops.save, null], [ops.transform, [1, 0, 0, 1, 10, 20]], path(ops.stroke, line(100, 500, 100, 400)), [ops.restore, null],
      path(ops.stroke, line(0, 0, 50, 50)),
    ), ops);
    expect(rules.horizontal).toEqual([{ x0: 70, x1: 500, y0: 700, y1: 700 }, { x0: 70, x1: 500, y0: 600.25, y1: 600.25 }]);
    expect(rules.vertical).toEqual([{ x0: 70, x1: 70, y0: 600, y1: 700 }, { x0: 110, x1: 110, y0: 420, y1: 520 }]);
  });

  it('finds a grid of three columns or more; an underline or a two-column frame is none', () => {
    const table = borders([70, 100, 250, 330], [700, 680, 640]);
    expect(gridsOf(table)).toEqual([{ xs: [70, 100, 250, 330], ys: [700, 680, 640], ...table }]);
    expect(gridsOf({ horizontal: [{ x0: 300, x1: 420, y0: 760, y1: 760 }], vertical: [] })).toEqual([]);
    expect(gridsOf(borders([70, 300, 530], [780, 740, 700]))).toEqual([]);
  });
});

describe('tables read by their borders', () => {
  const xs = [70, 100, 250, 330, 420];
  // A header, a group row merged across the last four columns, and a row whose cells wrap.
  const page: TextPiece[][] = [
    [piece('TT', 72, 690), piece('Nhiệm vụ', 102, 690), piece('Cơ quan', 252, 690), piece('Thời gian', 332, 690)],
    [piece('chủ trì', 252, 678)],
    [piece('I', 72, 660), piece('CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH', 102, 660)],
    [piece('1', 72, 640), piece('Rà soát văn bản', 102, 640), piece('Phòng Tư', 252, 640), piece('Quý I/2026', 332, 640)],
    [piece('quy phạm pháp luật', 102, 628), piece('pháp', 252, 628)],
  ];
  const ys = [700, 670, 650, 620];
  const grid = (): Grid => {
    const all = borders(xs, ys);
    // The group row has no inner borders.
    const vertical = all.vertical.flatMap((v, i) => (i === 0 || i === 1 || i === xs.length - 1 ? [v] : [{ ...v, y0: 620, y1: 650 }, { ...v, y0: 670, y1: 700 }]));
    return { xs, ys, vertical, horizontal: all.horizontal };
  };

  it('puts each piece in its cell, joins a cell’s lines, and fills a merged cell’s first column', () => {
    const { tables, rest } = new RuledTables().page([...page, [piece('Trên đây là Kế hoạch.', 72, 560)]], [grid()]);
    expect(tables).toEqual([{ top: 700, rows: ['TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian', 'I\tCẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH\t\t', '1\tRà soát văn bản quy phạm pháp luật\tPhòng Tư pháp\tQuý I/2026'] }]);
    expect(rest.map((l) => l.map((p) => p.text))).toEqual([['Trên đây là Kế hoạch.']]);
  });

  it('drops the header printed again at the top of the next page, and the row cut there joins the row it carries on', () => {
    const reader = new RuledTables();
    const first = reader.page([[piece('PHỤ LỤC', 200, 730)], ...page], [grid()]).tables.flatMap((t) => t.rows);
    // Page 2: the header again, then the rest of row 1 (its number cell empty), then row 2.
    const next: TextPiece[][] = [
      [piece('TT', 72, 790), piece('Nhiệm vụ', 102, 790), piece('Cơ quan', 252, 790), piece('Thời gian', 332, 790)],
      [piece('chủ trì', 252, 778)],
      [piece('đã ban hành', 102, 760)],
      [piece('2', 72, 740), piece('Công bố thủ tục', 102, 740), piece('Văn phòng', 252, 740), piece('Quý II/2026', 332, 740)],
    ];
    const second = reader.page(next, [{ xs, ys: [800, 770, 750, 730], ...borders(xs, [800, 770, 750, 730]) }]).tables.flatMap((t) => t.rows);
    expect(second).toEqual(['\tđã ban hành\t\t', '2\tCông bố thủ tục\tVăn phòng\tQuý II/2026']);
    joinAcrossPages(first, second);
    expect(first[first.length - 1]).toBe('1\tRà soát văn bản quy phạm pháp luật đã ban hành\tPhòng Tư pháp\tQuý I/2026');
  });

  it('keeps the header of a table that runs over several pages, and does not join the cells under a header that ends a page to it', () => {
    const reader = new RuledTables();
    const header = [piece('TT', 72, 790), piece('Nhiệm vụ', 102, 790), piece('Cơ quan', 252, 790), piece('Thời gian', 332, 790)];
    const top = (...lines: TextPiece[][]) => reader.page(lines, [{ xs, ys: [800, 770, 730], ...borders(xs, [800, 770, 730]) }]).tables[0]!.rows;
    reader.page(page, [grid()]);
    // Page 2 carries on with a row and no header; page 3 repeats the header over a row.
    expect(top([piece('3', 72, 760), piece('Tập huấn', 102, 760), piece('Sở Nội vụ', 252, 760), piece('Năm 2026', 332, 760)])).toEqual(['3\tTập huấn\tSở Nội vụ\tNăm 2026']);
    expect(top(header, [piece('chủ trì', 252, 778)], [piece('4', 72, 750), piece('Kiểm tra', 102, 750), piece('Sở Nội vụ', 252, 750), piece('Quý IV', 332, 750)])).toEqual(['4\tKiểm tra\tSở Nội vụ\tQuý IV']);
    // A page that ends on the table's header (the source repeats it there): the cells after the break stay apart from it.
    const previous = ['1\tRà soát\tSở Tư pháp\tQuý I', 'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian'];
    const lines = ['\tđã ban hành\t\t'];
    joinAcrossPages(previous, lines, 'TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian');
    expect([previous.length, lines]).toEqual([2, ['\tđã ban hành\t\t']]);
  });

  it('keeps a header row that opens the page after text (a new table), and one repeated inside the table', () => {
    const reader = new RuledTables();
    reader.page([...page, [piece('Trên đây là Kế hoạch.', 72, 560)]], [grid()]);
    expect(reader.page(page, [grid()]).tables[0]!.rows[0]).toBe('TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian');
    // Inside a table the source's own repeat stays a row, and the cells after it stay apart from it.
    const inside = new RuledTables().page([...page.slice(0, 2), ...page.slice(3)].concat([
      [piece('TT', 72, 600), piece('Nhiệm vụ', 102, 600), piece('Cơ quan', 252, 600), piece('Thời gian', 332, 600)],
      [piece('chủ trì', 252, 588)],
      [piece('đã ban hành', 102, 570)],
    ]), [{ xs, ys: [700, 670, 620, 580, 560], ...borders(xs, [700, 670, 620, 580, 560]) }]);
    expect(inside.tables[0]!.rows.slice(-2)).toEqual(['TT\tNhiệm vụ\tCơ quan chủ trì\tThời gian', '\tđã ban hành\t\t']);
  });

  it('gives a cell merged down several rows to the row it starts in, its lines kept together', () => {
    // The lead cell (250–330) spans rows 1 and 2: no border crosses it at 640.
    const all = borders(xs, [700, 670, 640, 610]);
    const horizontal = all.horizontal.flatMap((h) => (h.y0 === 640 ? [{ ...h, x1: 250 }, { ...h, x0: 330 }] : [h]));
    const lines: TextPiece[][] = [
      [piece('TT', 72, 690), piece('Nhiệm vụ', 102, 690), piece('Cơ quan chủ trì', 252, 690), piece('Thời gian', 332, 690)],
      [piece('1', 72, 660), piece('Rà soát văn bản', 102, 660), piece('Văn phòng', 252, 660), piece('Quý I/2026', 332, 660)],
      [piece('HĐND và', 252, 648)],
      [piece('2', 72, 630), piece('Công bố thủ tục', 102, 630), piece('UBND huyện', 252, 636), piece('Quý II/2026', 332, 630)],
    ];
    const { tables } = new RuledTables().page(lines, [{ xs, ys: [700, 670, 640, 610], vertical: all.vertical, horizontal }]);
    expect(tables[0]!.rows.slice(1)).toEqual(['1\tRà soát văn bản\tVăn phòng HĐND và UBND huyện\tQuý I/2026', '2\tCông bố thủ tục\t\tQuý II/2026']);
  });

  it('cuts a run the text layer made across a cell border at the space nearest the border', () => {
    // `Văn phòng` ends the lead cell (250–330) and `Các cơ` starts the next one: pdf.js read them as one run.
    const run: TextPiece = { text: 'Văn phòng Các cơ', x: 252, y: 690, width: 130, size: 11 };
    const { tables } = new RuledTables().page([[piece('1', 72, 690), piece('Rà soát', 102, 690), run]], [{ xs, ys: [700, 670], ...borders(xs, [700, 670]) }]);
    expect(tables[0]!.rows).toEqual(['1\tRà soát\tVăn phòng\tCác cơ']);
  });

  describe('a word the renderer broke inside a narrow cell', () => {
    // One cell from 100 to 160, text from 102 (2 pt of padding): its lines end at 158 at most.
    const cell = (...lines: [string, number][]) => {
      const pieces = lines.map(([text, width], i) => [{ text, x: 102, y: 690 - 12 * i, width, size: 11 }]);
      const columns = [40, 70, 100, 160];
      return new RuledTables().page([[piece('1', 42, 690), piece('Rà', 72, 690)], ...pieces], [{ xs: columns, ys: [700, 640], ...borders(columns, [700, 640]) }]).tables[0]!.rows[0]!.split('\t')[2];
    };

    it('joins the two parts where the line is one word filling the cell', () => {
      expect(cell(['Các', 20], ['CQHCN', 55], ['N huyện', 40])).toBe('Các CQHCNN huyện');
      expect(cell(['ĐVSNC', 54], ['L', 6])).toBe('ĐVSNCL');
    });

    it('keeps the space where room was left, where the case changes, or where the line ends a whole syllable', () => {
      expect(cell(['CQHCN', 40], ['N huyện', 40])).toBe('CQHCN N huyện');
      expect(cell(['CBCCVV', 54], ['theo Đề án', 50])).toBe('CBCCVV theo Đề án');
      expect(cell(['CHẤT', 40], ['LƯỢNG', 55], ['ĐỘI NGŨ', 50])).toBe('CHẤT LƯỢNG ĐỘI NGŨ');
      expect(cell(['Các cơ quan', 55], ['liên quan', 40])).toBe('Các cơ quan liên quan');
    });
  });
});

describe('tables without borders, read by their columns', () => {
  it('gives the lines after a repeated header a row of their own, not the header', () => {
    const at = (y: number, ...cells: [string, number][]) => cells.map(([t, x]) => piece(t, x, y));
    const lines = [
      at(700, ['TT', 72], ['Nhiệm vụ', 102], ['Cơ quan', 252]), at(688, ['chủ trì', 252]),
      at(670, ['2', 72], ['Tiếp tục triển khai', 102], ['Phòng Tài chính', 252]),
      at(650, ['TT', 72], ['Nhiệm vụ', 102], ['Cơ quan', 252]), at(638, ['chủ trì', 252]),
      at(620, ['các đơn vị sự nghiệp', 102]),
    ];
    expect(tableRows(lines, [72, 102, 252])).toEqual(['TT\tNhiệm vụ\tCơ quan chủ trì', '2\tTiếp tục triển khai\tPhòng Tài chính', 'TT\tNhiệm vụ\tCơ quan chủ trì', '\tcác đơn vị sự nghiệp\t']);
  });
});

describe('a Word appendix printed to PDF (fixtures/pdf-print-table-appendix)', () => {
  // Composed by scripts/make-docx-fixtures.js: a header row that repeats on every page (w:tblHeader), rows
  // broken across pages, justified cells, abbreviations broken inside the narrow coordinating column.
  const fields = (doc: Awaited<ReturnType<typeof parse>>) => ({
    rows: doc.tables.map((t) => [t.header.map((c) => c.text), ...t.rows.map((r) => r.cells.map((c) => c.text))]),
    tasks: doc.tasks.map((t) => [t.text, t.lead.map((a) => a.name), (t.coordinating ?? []).map((a) => a.name), t.timeframe?.text ?? null, t.output ?? null]),
  });

  it('reads the same table rows and tasks as the Word file', async () => {
    const word = await parse(readFileSync('fixtures/pdf-print-table-appendix.docx'), { path: 'plan.docx' });
    const pdf = await parse(readFileSync('fixtures/pdf-print-table-appendix.pdf'), { path: 'plan.pdf' });
    expect(pdf.source.pages?.count).toBeGreaterThanOrEqual(3);
    expect(word.tasks).toHaveLength(14);
    expect(fields(pdf).tasks).toEqual(fields(word).tasks);
    // The lead cell merged down IV.2–4 is printed once: the rows under it are empty there (the tasks still take it).
    const once = fields(word).rows.map((rows) => rows.map((r) => (/^(Duy trì|Triển khai)/u.test(r[1]!) ? r.map((c, i) => (i === 2 ? '' : c)) : r)));
    expect(fields(pdf).rows).toEqual(once);
    expect(pdf.diagnostics.filter((d) => d.code.startsWith('tables/')).map((d) => d.code)).toEqual([]);
  });
});
