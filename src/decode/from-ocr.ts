import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTool, ToolError, toolVersion, withTempDir } from './external.js';
import { joinPages } from './from-pdf.js';

/** Why OCR could not run; the message says what to do. */
export class OcrError extends Error {}

export const ocrInstallHint = 'OCR needs Tesseract with its Vietnamese model and, for PDFs, poppler (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils).';

/** Resolution pages are rendered at: enough for 11-point Vietnamese diacritics. */
const dpi = 200;
const timeoutMs = 120_000;

export interface OcrText {
  /** Lines as Tesseract reads them; a blank line between paragraphs and between pages. */
  text: string;
  pages: number;
  /** 1-based line of `text` where each page starts. */
  pageStarts: number[];
  /** Mean confidence of the words read, 0–100. */
  confidence: number;
  converter: { name: string; version: string };
}

/** A scanned PDF: every page rendered by pdftoppm, then read by Tesseract. */
export async function ocrPdf(bytes: Uint8Array): Promise<OcrText> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'input.pdf'), bytes);
    await tool('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'input.pdf'), join(dir, 'page')]);
    const pages = (await readdir(dir)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort();
    return ocrImages(pages.map((f) => join(dir, f)));
  });
}

/** An image of a page (PNG, JPEG, TIFF). */
export async function ocrImage(bytes: Uint8Array): Promise<OcrText> {
  return withTempDir(async (dir) => {
    await writeFile(join(dir, 'page'), bytes);
    return ocrImages([join(dir, 'page')]);
  });
}

async function ocrImages(images: readonly string[]): Promise<OcrText> {
  const pages: string[][] = [];
  let confidence = 0;
  let words = 0;
  for (const image of images) {
    // One thread per Tesseract: kehoach already runs one file per core.
    const { stdout } = await tool('tesseract', [image, 'stdout', '-l', 'vie', 'tsv'], { OMP_THREAD_LIMIT: '1' });
    const page = readTsv(stdout);
    pages.push(page.lines);
    confidence += page.confidence * page.words;
    words += page.words;
  }
  const { text, starts } = joinPages(pages);
  return { text, pages: images.length, pageStarts: starts, confidence: words > 0 ? confidence / words : 0, converter: { name: 'tesseract', version: await toolVersion('tesseract', 1) } };
}

/** Tesseract's TSV (one row per word, with block, paragraph and line numbers) as lines. */
export function readTsv(tsv: string): { lines: string[]; confidence: number; words: number } {
  const lines: string[] = [];
  let key = '';
  let paragraph = '';
  let sum = 0;
  let words = 0;
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f[0] !== '5' || (f[11] ?? '').trim() === '') continue;
    const para = `${f[2]}.${f[3]}`;
    const line = `${para}.${f[4]}`;
    if (line !== key) {
      if (paragraph !== '' && para !== paragraph) lines.push('');
      lines.push(f[11]!);
      key = line;
      paragraph = para;
    } else lines[lines.length - 1] += ` ${f[11]}`;
    const conf = Number(f[10]);
    if (conf >= 0) (sum += conf), words++;
  }
  return { lines, confidence: words > 0 ? sum / words : 0, words };
}

async function tool(name: string, args: string[], env: Record<string, string> = {}): Promise<{ stdout: string }> {
  try {
    return await runTool(name, args, { timeoutMs, env });
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    if (error.reason === 'missing') throw new OcrError(`${name} is not installed. ${ocrInstallHint}`);
    if (error.reason === 'timeout') throw new OcrError(`${name} did not finish within ${timeoutMs / 1000} s.`);
    // A missing language model is an installation problem; anything else is the file.
    const said = error.stderr.toLowerCase();
    const hint = said.includes('language') || said.includes('traineddata') ? ` ${ocrInstallHint}` : '';
    throw new OcrError(`${name} could not read the input (${error.stderr}).${hint}`);
  }
}
