#!/usr/bin/env node
// Prints documents to PDF with LibreOffice in headless mode, as an office
// prints a plan before it is published (Debian: apt-get install
// libreoffice-writer-nogui fonts-dejavu fonts-liberation).
//
//   node scripts/make-pdf-prints.js OUTDIR [--plain] [--font NAME] [--size PT] [--lines N] FILE...
//
// A .docx or .htm is printed as it is. A .txt is first written as a flat
// OpenDocument text (.fodt), one paragraph a line, in the given font
// (default DejaVu Serif 13 pt, a serif face with every Vietnamese letter),
// runs of tab-separated lines as ruled tables. With --plain a .txt is printed
// as LibreOffice prints a plain-text file by default: a paragraph a line in
// its monospaced face (Liberation Mono, letters it lacks from DejaVu Sans
// Mono), each tab a gap to the next default tab stop, long lines wrapped
// (--font and --size do not apply). --lines keeps only the first N lines, for
// small fixtures. Each PDF is named after its source: OUTDIR/<name>.pdf.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const plain = args.includes('--plain');
if (plain) args.splice(args.indexOf('--plain'), 1);
const font = option('--font', 'DejaVu Serif');
const size = option('--size', '13');
const keep = Number(option('--lines', 'Infinity'));
const [outDir, ...files] = args;
if (!outDir || files.length === 0) {
  console.error('usage: node scripts/make-pdf-prints.js OUTDIR [--plain] [--font NAME] [--size PT] [--lines N] FILE...');
  process.exit(2);
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lines with tabs, in a run: a table in the source (saved as text, a row a line), printed as a ruled table. */
function table(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (t) => `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p>${escape(t)}</text:p></table:table-cell>`;
  const body = rows.map((r) => `<table:table-row>${[...r, ...Array(width - r.length).fill('')].map(cell).join('')}</table:table-row>`).join('\n');
  return `<table:table table:name="Table${++tables}"><table:table-column table:number-columns-repeated="${width}"/>\n${body}\n</table:table>`;
}
let tables = 0;

/** The lines of a text, the first --lines of them. */
function linesOf(text) {
  return text.replace(/\r\n?/g, '\n').split('\n').slice(0, keep);
}

/** Plain text as a flat ODT: a paragraph a line, runs of tab-separated lines as tables. */
function fodt(text) {
  const lines = linesOf(text);
  const parts = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('\t')) {
      parts.push(`<text:p>${escape(lines[i])}</text:p>`);
      continue;
    }
    const rows = [];
    for (; i < lines.length && lines[i].includes('\t'); i++) rows.push(lines[i].split('\t'));
    i--;
    parts.push(table(rows));
  }
  const body = parts.join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${escape(font)}" svg:font-family="'${escape(font)}'"/></office:font-face-decls>
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="${escape(font)}" fo:font-size="${size}pt" style:font-name-complex="${escape(font)}"/></style:default-style></office:styles>
<office:automatic-styles><style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

const work = mkdtempSync(join(tmpdir(), 'kehoach-print-'));
try {
  mkdirSync(outDir, { recursive: true });
  const inputs = files.map((file) => {
    const name = basename(file, extname(file));
    if (extname(file).toLowerCase() !== '.txt') return resolve(file);
    if (plain) {
      // The text itself, cut to --lines when asked: LibreOffice's Text filter lays it out.
      const path = join(work, `${name}.txt`);
      writeFileSync(path, linesOf(readFileSync(file, 'utf8')).join('\n'));
      return path;
    }
    const path = join(work, `${name}.fodt`);
    writeFileSync(path, fodt(readFileSync(file, 'utf8')));
    return path;
  });
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, ...inputs], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.error?.message ?? r.stderr);
    process.exit(1);
  }
  for (const input of inputs) {
    const name = basename(input, extname(input));
    renameSync(join(work, `${name}.pdf`), join(outDir, `${name}.pdf`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
