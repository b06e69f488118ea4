import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { htmlToText, maxHtmlDepth } from '../src/decode/from-html.js';
import { layoutGrid, maxGridCells, maxGridColumns, type MarkupCell } from '../src/decode/grid.js';
import { joinPages } from '../src/decode/from-pdf.js';
import { sentenceCase } from '../src/extract/text-case.js';

const codes = (doc: { diagnostics: { code: string }[] }) => doc.diagnostics.map((d) => d.code);

// Issue 15, item 5: inputs sized to overflow the stack (a spread or a recursion per line, row or level).
describe('inputs that used to overflow the stack', () => {
  it('keeps 300,000 blank lines between two paragraphs', async () => {
    const doc = await parse(`KẾ HOẠCH\n${'\n'.repeat(300_000)}Triển khai thực hiện.`, { includeText: true });
    expect(codes(doc)).not.toContain('internal/exception');
    expect(doc.source.text.endsWith('Triển khai thực hiện.')).toBe(true);
  });

  it('refuses HTML nested deeper than the limit with a message naming it, and reads it as text', async () => {
    const html = `<html><body>${'<div>'.repeat(12_000)}Nội dung${'</div>'.repeat(12_000)}</body></html>`;
    await expect(htmlToText(html)).rejects.toThrow(`nested more than ${maxHtmlDepth} levels deep (the limit)`);
    const doc = await parse(html, { format: 'html' });
    expect(codes(doc)).not.toContain('internal/exception');
    expect(doc.diagnostics.find((d) => d.code === 'decode/adapter-failed')?.message).toBe('The html reader failed (the markup is nested more than 2000 levels deep (the limit)); the input was read as plain text.');
  });

  it('refuses deep markup before the parser, whose time grows with the square of the depth, sees it', async () => {
    const deep = `${'<span>'.repeat(100_000)}x`;
    await expect(htmlToText(deep)).rejects.toThrow('the markup is nested more than 2000 levels deep (the limit)');
    // Elements closed by their parent's end tag, and elements that cannot nest in themselves, do not add up.
    const sloppy = `${'<div><span><p>Mục<li>Việc</div>'.repeat(5000)}${'<p>Đoạn'.repeat(5000)}<script>${'<div>'.repeat(5000)}</SCRIPT>`;
    expect((await htmlToText(sloppy)).text.split('\n')).toHaveLength(15_000);
  });

  it('reads HTML nested just within the limit', async () => {
    const html = `${'<div>'.repeat(maxHtmlDepth - 5)}Nội dung${'</div>'.repeat(maxHtmlDepth - 5)}`;
    expect((await htmlToText(html)).text).toBe('Nội dung');
  });

  it('lays out a table of 150,000 rows', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [{ text: String(i), rowSpan: 1, colSpan: 1 }, { text: 'Sở Y tế', rowSpan: 1, colSpan: 1 }]);
    const grid = layoutGrid(rows);
    expect([grid.rows.length, grid.rows[149_999]]).toEqual([150_000, ['149999', 'Sở Y tế']]);
  });

  it('bounds a rowspan/colspan bomb by what its rows can fill, and says so', async () => {
    const bomb: MarkupCell[][] = Array.from({ length: 3000 }, () => [{ text: 'x', rowSpan: 1000, colSpan: 100 }]);
    const grid = layoutGrid(bomb);
    expect(grid.rows).toHaveLength(3000);
    expect(grid.rows[0]!.length).toBeLessThanOrEqual(maxGridColumns);
    expect(grid.rows.length * grid.rows[0]!.length).toBeLessThanOrEqual(maxGridCells);
    expect(grid.clipped).toBeGreaterThan(0);
    // A span past the last row is no loss; a span into many rows under a wide grid is cut to the cell budget.
    expect(layoutGrid([[{ text: 'a', rowSpan: 50, colSpan: 1 }], []]).clipped).toBe(0);
    const tall = Array.from({ length: 150_000 }, (_, r) => (r === 0 ? Array.from({ length: 1000 }, () => ({ text: 'y', rowSpan: 150_000, colSpan: 1 })) : []));
    const cut = layoutGrid(tall);
    expect(cut.rows.length * cut.rows[0]!.length).toBeLessThanOrEqual(maxGridCells);
    expect(cut.clipped).toBeGreaterThan(0);
  });

  it('reports the clipped cells of an HTML span bomb', async () => {
    const html = `<table>${'<tr><td rowspan="1000" colspan="100">x</td></tr>'.repeat(3000)}</table>`;
    expect((await htmlToText(html)).clipped).toBeGreaterThan(0);
    const small = `<table>${'<tr><td rowspan="1000" colspan="100">x</td></tr>'.repeat(12)}</table>`;
    const doc = await parse(small, { format: 'html' });
    expect(codes(doc)).not.toContain('internal/exception');
    expect(doc.diagnostics.find((d) => d.code === 'decode/table-clipped')?.message).toMatch(/^\d+ table cell\(s\) were dropped or had their row\/column span cut: a table may hold at most 1000 columns and 5000000 cells\.$/u);
  });

  it('sentence-cases a title of 100,000 repeated “PHÓ”', () => {
    expect(sentenceCase('PHÓ PHÓ CHỦ TỊCH')).toBe('Phó Phó Chủ tịch');
    expect(sentenceCase(`${'PHÓ '.repeat(100_000)}GIÁM ĐỐC`)).toBe(`${'Phó '.repeat(100_000)}Giám đốc`);
  });

  it('joins a PDF page of 300,000 lines', () => {
    const { text, starts } = joinPages([Array.from({ length: 300_000 }, () => 'x'), ['y']]);
    expect([text.length, starts]).toEqual([600_002, [1, 300_002]]);
  });
});
