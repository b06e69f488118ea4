// node scripts/make-docx-fixtures.js   (after npm run build)
// Writes fixtures/docx-*.docx: Word renderings of corpus plans made the way
// Word users make them, with the outline labels as *automatic numbering*
// (numbering.xml, not text) and the appendix as a real Word table whose
// group rows are merged across columns (gridSpan). LibreOffice is not needed:
// the WordprocessingML is written directly, so the fixtures are reproducible.
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { parse } from '../dist/src/index.js';
import { classifyLine } from '../dist/src/segment/classify-line.js';
import { readFileSync } from 'node:fs';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const esc = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const run = (text) => `<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
// One numbering instance: I. → 1. → a) → dash, as Vietnamese plans are numbered.
const levels = { roman: 0, arabic: 1, letter: 2, bullet: 3 };
const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61485;"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

function paragraph(line) {
  const marker = classifyLine(line);
  if (marker && marker.kind in levels) {
    const numPr = `<w:pPr><w:numPr><w:ilvl w:val="${levels[marker.kind]}"/><w:numId w:val="1"/></w:numPr></w:pPr>`;
    return `<w:p>${numPr}${run(marker.text)}</w:p>`;
  }
  return `<w:p>${run(line)}</w:p>`;
}

function table(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const col = 1400; // twentieths of a point; LibreOffice drops a table whose grid has no widths
  const cell = (text, span = 1) => `<w:tc><w:tcPr><w:tcW w:w="${col * span}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr><w:p>${run(text)}</w:p></w:tc>`;
  const body = rows.map((cells) => {
    // A group row (“I  CẢI CÁCH THỂ CHẾ” and empty cells) is one merged cell, as in Word.
    const filled = cells.filter((c) => c.trim() !== '').length;
    if (filled === 2 && cells.slice(2).every((c) => c.trim() === '')) return `<w:tr>${cell(cells[0])}${cell(cells[1], width - 1)}</w:tr>`;
    return `<w:tr>${Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')).join('')}</w:tr>`;
  });
  return `<w:tbl><w:tblPr><w:tblW w:w="${col * width}" w:type="dxa"/></w:tblPr><w:tblGrid>${`<w:gridCol w:w="${col}"/>`.repeat(width)}</w:tblGrid>${body.join('')}</w:tbl>`;
}

async function make(name, out) {
  const doc = await parse(readFileSync(`fixtures/${name}.txt`), { includeText: true });
  const lines = doc.source.text.split('\n');
  const parts = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('\t')) {
      const rows = [];
      while (i < lines.length && lines[i].includes('\t')) rows.push(lines[i++].split('\t'));
      i--;
      parts.push(table(rows));
    } else if (lines[i].trim() !== '') parts.push(paragraph(lines[i]));
  }
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`);
  zip.file('word/numbering.xml', numbering);
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${parts.join('\n')}</w:body></w:document>`);
  // A fixed date keeps the bytes (and so source.sha256) the same on every run.
  const bytes = await zip.generateAsync({ type: 'nodebuffer', date: new Date('2026-11-21T00:00:00Z') });
  writeFileSync(`fixtures/${out}`, bytes);
  console.log(`wrote fixtures/${out} (${bytes.length} bytes)`);
}

await make('hoai-nhon-qd-ubnd-2020', 'docx-hoai-nhon-qd-ubnd-2020.docx');
