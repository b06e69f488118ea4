// node scripts/make-scan-fixtures.js
// Makes the scanned-document fixtures from the PDF fixture (run
// scripts/make-office-fixtures.sh first): pages 3–4 rendered to images by pdftoppm
// (Debian: poppler-utils), as a PDF with no text layer (what a scanner
// produces) and, page 3 alone, as a JPEG. Needs pdf-lib (a dev dependency).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

const work = mkdtempSync(join(tmpdir(), 'kehoach-scan-'));
try {
  execFileSync('pdftoppm', ['-r', '150', '-gray', '-jpeg', '-jpegopt', 'quality=70', '-f', '3', '-l', '4', 'fixtures/pdf-hoai-nhon-qd-ubnd-2020.pdf', join(work, 'page')]);
  const pages = ['page-03.jpg', 'page-04.jpg'].map((f) => readFileSync(join(work, f)));
  // Fixed dates keep the bytes the same on every run.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  for (const jpg of pages) {
    const image = await pdf.embedJpg(jpg);
    const page = pdf.addPage([612, 792]);
    page.drawImage(image, { x: 0, y: 0, width: 612, height: 792 });
  }
  writeFileSync('fixtures/scan-hoai-nhon-p3-4.pdf', await pdf.save({ useObjectStreams: false }));
  writeFileSync('fixtures/scan-hoai-nhon-p3.jpg', pages[0]);
  console.log('wrote fixtures/scan-hoai-nhon-p3-4.pdf and fixtures/scan-hoai-nhon-p3.jpg');
} finally {
  rmSync(work, { recursive: true, force: true });
}
