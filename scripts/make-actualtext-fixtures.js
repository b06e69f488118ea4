#!/usr/bin/env node
// Writes fixtures/pdf-actualtext-objstm.pdf: a one-page PDF whose letters are
// drawn without their Vietnamese marks (Helvetica has none) and whose true
// text is given only as /ActualText, in each of the ways a writer may put it:
// UTF-16BE as a hex string, UTF-16BE as a literal with octal escapes,
// PDFDocEncoding, and a property list named in the page's /Properties. The
// page's content is split into two streams, one span running across the
// split, and pdf-lib saves the objects in object streams with a
// cross-reference stream, as Acrobat and Word do.
//
//   node scripts/make-actualtext-fixtures.js
import { writeFileSync } from 'node:fs';
import { PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib';

const doc = await PDFDocument.create({ updateMetadata: false });
const font = await doc.embedFont(StandardFonts.Helvetica);
const page = doc.addPage([595, 842]);
page.node.setFontDictionary(PDFName.of('F1'), font.ref);
page.node.Resources().set(PDFName.of('Properties'), doc.context.obj({ MC0: { ActualText: PDFHexString.fromText('\u1ea0') } }));

// KẾ HOẠCH / Giai đoạn 2025 – 2030, drawn as KE HOACH / Giai doan 2025 - 2030.
const first = [
  'BT /F1 14 Tf 72 760 Td (K) Tj',
  '/Span <</ActualText <FEFF1EBE>>> BDC (E) Tj EMC',
  '( HO) Tj /Span /MC0 BDC (A) Tj',
].join('\n');
const second = [
  'EMC (CH) Tj ET',
  'BT /F1 12 Tf 72 730 Td (Giai ) Tj',
  '/Span <</ActualText (\\376\\377\\001\\021)>> BDC (d) Tj EMC',
  '(o) Tj /Span <</ActualText <FEFF1EA1>>> BDC (a) Tj EMC',
  '(n 2025 ) Tj /Span <</ActualText (\\205)>> BDC (-) Tj EMC ( 2030) Tj ET',
].join('\n');
const streams = [first, second].map((s) => doc.context.register(doc.context.flateStream(s)));
page.node.set(PDFName.of('Contents'), doc.context.obj(streams));

writeFileSync('fixtures/pdf-actualtext-objstm.pdf', await doc.save({ useObjectStreams: true }));
