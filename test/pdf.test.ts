import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { pageLines, type TextPiece } from '../src/decode/from-pdf.js';

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

  it('turns a symbol-font bullet from the text layer into a dash', () => {
    expect(pageLines([piece('\uF02D', 72, 700), piece('Nội dung', 90, 700)], 792).lines).toEqual(['- Nội dung']);
  });
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
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');
    const r = spawnSync('node', ['bin/kehoach.js', 'parse', join(dir, 'scan.pdf')], { encoding: 'utf8' });
    expect([r.status, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toBe(`${join(dir, 'scan.pdf')}:1: error This PDF has no text layer (1 page(s) that look like scanned images); OCR is not supported yet. [decode/no-text-layer]\n`);
  });

  it('still refuses a broken PDF named .txt as not a text document', async () => {
    const doc = await parse(readFileSync('fixtures/bad/pdf-named-txt.txt'), { path: 'x.txt' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('decode/adapter-failed');
  });
});
