import { inflateSync } from 'node:zlib';
import type { PDFDict, PDFDocument as PdfLibDocument, PDFPageLeaf, PDFRawStream } from 'pdf-lib';

/** One page's content as drawn: its content streams' bytes, one after the other, and its named property lists. */
export interface PageContent {
  content: Uint8Array;
  /** The /ActualText of a property list named in the page's resources (`/Span /MC0 BDC`), as raw string bytes. */
  namedActualText(name: string): Uint8Array | undefined;
}

/**
 * Each page's content, in page order, read with pdf-lib's object parser
 * (cross-reference tables and streams, object streams); null for a page whose
 * content this cannot read (a filter other than Flate, a damaged stream), and
 * null for the whole document when it cannot be read at all or is encrypted.
 */
export async function pageContents(bytes: Uint8Array): Promise<(PageContent | null)[] | null> {
  try {
    const lib = await import('pdf-lib');
    // Invalid objects throw rather than being repaired, which pdf-lib announces on the console.
    const doc: PdfLibDocument = await lib.PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true, parseSpeed: lib.ParseSpeeds.Fastest });
    return doc.getPages().map((page) => readPage(lib, page.node));
  } catch {
    return null;
  }
}

type PdfLib = typeof import('pdf-lib');

function readPage(lib: PdfLib, node: PDFPageLeaf): PageContent | null {
  try {
    const contents = node.Contents();
    const streams = contents instanceof lib.PDFArray ? contents.asArray().map((ref) => node.context.lookup(ref)) : [contents];
    const parts: Uint8Array[] = [];
    for (const stream of streams) {
      if (stream === undefined) continue;
      if (!(stream instanceof lib.PDFRawStream)) return null;
      const part = decoded(lib, stream);
      if (!part) return null;
      parts.push(part);
    }
    const properties = node.Resources()?.lookupMaybe(lib.PDFName.of('Properties'), lib.PDFDict);
    return { content: joinStreams(parts), namedActualText: (name) => namedActualText(lib, properties, name) };
  } catch {
    return null;
  }
}

/** The stream's bytes, unpacked when it is Flate-compressed (the filter every PDF writer uses for page content). */
function decoded(lib: PdfLib, stream: PDFRawStream): Uint8Array | null {
  const filter = stream.dict.lookup(lib.PDFName.of('Filter'));
  const filters = filter instanceof lib.PDFArray ? filter.asArray() : filter === undefined ? [] : [filter];
  const names = filters.map((f) => (f instanceof lib.PDFName ? f.decodeText() : ''));
  if (names.length === 0) return stream.contents;
  if (names.length > 1 || (names[0] !== 'FlateDecode' && names[0] !== 'Fl') || stream.dict.has(lib.PDFName.of('DecodeParms'))) return null;
  return inflateSync(stream.contents);
}

/** Content streams read as one: a page's streams split its content anywhere between tokens, so a line break separates them. */
function joinStreams(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    out[at + p.length] = 0x0a;
    at += p.length + 1;
  }
  return out;
}

function namedActualText(lib: PdfLib, properties: PDFDict | undefined, name: string): Uint8Array | undefined {
  const list = properties?.lookupMaybe(lib.PDFName.of(name), lib.PDFDict);
  const text = list?.lookup(lib.PDFName.of('ActualText'));
  return text instanceof lib.PDFHexString || text instanceof lib.PDFString ? text.asBytes() : undefined;
}
