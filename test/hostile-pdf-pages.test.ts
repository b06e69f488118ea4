import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from '../src/index.js';
import { blankPdf } from './helpers/pdf.js';

// Issue 15, item 9: a PDF of 10,000 blank pages took 15 s to say "no text layer".
// pdf.js looks each page up by walking the page list from its start, so reading
// n pages of a flat page tree costs n²/2 steps; the page count is checked first.

/** Page lookups made through pdf.js, counted as the measure of work. */
const lookups = vi.hoisted(() => ({ count: 0 }));
vi.mock('unpdf', async (importOriginal) => {
  const unpdf = await importOriginal<typeof import('unpdf')>();
  return {
    ...unpdf,
    getDocumentProxy: async (...args: Parameters<typeof unpdf.getDocumentProxy>) => {
      const pdf = await unpdf.getDocumentProxy(...args);
      const getPage = pdf.getPage.bind(pdf);
      pdf.getPage = (n: number) => {
        lookups.count++;
        return getPage(n);
      };
      return pdf;
    },
  };
});

const codes = (doc: { diagnostics: { code: string }[] }) => doc.diagnostics.map((d) => d.code);

describe('PDFs with more pages than any plan', () => {
  it('refuses 10,000 blank pages by their count, before looking up a single page', async () => {
    lookups.count = 0;
    const doc = await parse(blankPdf(10_000), { path: 'blank.pdf' });
    expect(lookups.count).toBe(0);
    const error = doc.diagnostics.find((d) => d.code === 'decode/too-large');
    expect(error?.message).toBe('The PDF has 10,000 pages, over the 2,000-page limit (--max-pages).');
    expect(codes(doc)).not.toContain('decode/no-text-layer');
    expect(doc.outline).toEqual([]);
  });

  it('reads up to the limit: at the limit each page is looked up once, and a blank PDF is a scan', async () => {
    lookups.count = 0;
    const doc = await parse(blankPdf(30), { path: 'blank.pdf', maxPages: 30 });
    expect(lookups.count).toBe(30);
    expect(codes(doc)).toContain('decode/no-text-layer');
    expect(codes(doc)).not.toContain('decode/too-large');
  });

  it('takes the limit from the caller', async () => {
    lookups.count = 0;
    const doc = await parse(blankPdf(31), { path: 'blank.pdf', maxPages: 30 });
    expect(lookups.count).toBe(0);
    expect(doc.diagnostics.find((d) => d.code === 'decode/too-large')?.message).toBe('The PDF has 31 pages, over the 30-page limit (--max-pages).');
  });

  it('refuses them with --ocr too, before rendering any page', async () => {
    lookups.count = 0;
    const doc = await parse(blankPdf(2_001), { path: 'blank.pdf', ocr: true });
    expect(lookups.count).toBe(0);
    expect(codes(doc)).toEqual(['decode/too-large']);
  });
});

describe('kehoach parse --max-pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kehoach-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the file, the count and the flag, exits 1, and the batch goes on', () => {
    writeFileSync(join(dir, 'many.pdf'), blankPdf(12));
    writeFileSync(join(dir, 'plan.txt'), 'KẾ HOẠCH\nTriển khai thực hiện năm 2026\n');
    const run = spawnSync(process.execPath, ['bin/kehoach.js', 'parse', join(dir, 'many.pdf'), join(dir, 'plan.txt'), '-o', join(dir, 'out'), '-q', '--max-pages', '10'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'many.pdf')}:1: error The PDF has 12 pages, over the 10-page limit (--max-pages). [decode/too-large]`);
    expect(spawnSync(process.execPath, ['bin/kehoach.js', 'parse', '--help'], { encoding: 'utf8' }).stdout).toContain('--max-pages <n>');
  });
});
