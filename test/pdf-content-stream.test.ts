import { describe, expect, it } from 'vitest';
import { markedContent } from '../src/decode/pdf/content-stream.js';
import type { PdfDict } from '../src/decode/pdf/syntax.js';
import { textString } from '../src/decode/pdf/actual-text.js';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const read = (s: string) => markedContent(bytes(s));
const actual = (s: string) => {
  const [op] = read(s);
  const text = (op?.properties as PdfDict | undefined)?.get('ActualText');
  return text instanceof Uint8Array ? textString(text) : undefined;
};

describe('markedContent lists the marked-content operators of a content stream', () => {
  it('gives BMC, BDC and EMC in drawing order with their tags', () => {
    const ops = read('/Artifact BMC 0 0 m EMC BT /F1 10 Tf /P <</MCID 3>> BDC (Quy) Tj EMC ET');
    expect(ops.map((o) => [o.op, o.tag ?? ''])).toEqual([['BMC', 'Artifact'], ['EMC', ''], ['BDC', 'P'], ['EMC', '']]);
    expect((ops[2]!.properties as PdfDict).get('MCID')).toBe(3);
  });

  it('reads an ActualText written as UTF-16BE hex with its byte-order mark, as LibreOffice writes it', () => {
    expect(actual('/Span<</ActualText<FEFF1EC1>>>\nBDC\n1 0 0 1 92.8 561.2 Tm [<04>2<05>]TJ\nEMC')).toBe('\u1ec1');
  });

  it('reads a literal string with escapes, balanced parentheses and an octal code, in PDFDocEncoding', () => {
    expect(actual('/Span <</ActualText (a\\(b\\) (c) \\101\\t\\\\)>> BDC EMC')).toBe('a(b) (c) A\t\\');
    expect(actual('/Span <</ActualText (\\204)>> BDC EMC')).toBe('\u2014');
  });

  it('reads a literal string in UTF-16BE after its byte-order mark, written with octal escapes', () => {
    expect(actual('/Span <</ActualText (\\376\\377\\036\\277)>> BDC EMC')).toBe('\u1ebf');
  });

  it('joins a line broken by a backslash and reads a bare line end as a line feed', () => {
    expect(actual('/Span <</ActualText (ab\\\r\ncd\r\nef)>> BDC EMC')).toBe('abcd\nef');
  });

  it('decodes #xx escapes in names', () => {
    expect(read('/Sp#61n <<>> BDC EMC')[0]!.tag).toBe('Span');
  });

  it('does not take operators from strings, comments or arrays', () => {
    const ops = read('(EMC BDC) Tj % BMC in a comment\n[(BMC) 12 (EMC)] TJ <454D43> Tj /X BMC EMC');
    expect(ops.map((o) => o.op)).toEqual(['BMC', 'EMC']);
  });

  it('skips an inline image, whose data may hold any bytes', () => {
    const ops = read('BI /W 4 /H 1 /BPC 8 /CS /G ID \u0000EMC BDC)(<<EI EI\n/Span <</ActualText (x)>> BDC EMC');
    expect(ops.map((o) => o.op)).toEqual(['BDC', 'EMC']);
  });

  it('names the property list of the page’s resources when it is given by name', () => {
    const [op] = read('/Span /MC0 BDC EMC');
    expect(op).toEqual({ op: 'BDC', tag: 'Span', properties: { name: 'MC0' } });
  });

  it('gives a null tag where the operand is no name, as pdf.js does', () => {
    expect(read('(x) BMC EMC')[0]).toEqual({ op: 'BMC', tag: null });
  });

  it('reads to the end of a damaged stream without throwing: unclosed arrays, strings and dictionaries', () => {
    expect(read('/Span <</ActualText (abc')).toEqual([]);
    expect(read('[[[[ /P BMC')).toEqual([]);
    expect(read('/P <</A [1 2 BDC')).toEqual([]);
    expect(read(')>>]} /P BMC EMC').map((o) => o.op)).toEqual(['BMC', 'EMC']);
  });

  it('reads deeply nested arrays and strings without recursion', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)} ${'('.repeat(100_000)}${')'.repeat(100_000)} /P BMC EMC`;
    expect(read(deep).map((o) => o.op)).toEqual(['BMC', 'EMC']);
  });
});

describe('textString decodes PDF text strings', () => {
  it('reads UTF-16BE after its byte-order mark, with surrogate pairs', () => {
    expect(textString(Uint8Array.of(0xfe, 0xff, 0x00, 0x74, 0x1e, 0xbf, 0xd8, 0x3d, 0xde, 0x00))).toBe('t\u1ebf\u{1f600}');
  });

  it('drops a language tag between escape characters', () => {
    expect(textString(Uint8Array.of(0xfe, 0xff, 0x00, 0x1b, 0x00, 0x76, 0x00, 0x69, 0x00, 0x1b, 0x1e, 0xc1))).toBe('\u1ec1');
  });

  it('reads UTF-8 after its byte-order mark (PDF 2.0)', () => {
    expect(textString(Uint8Array.of(0xef, 0xbb, 0xbf, 0xe1, 0xbb, 0x81))).toBe('\u1ec1');
  });

  it('reads PDFDocEncoding where there is no mark', () => {
    expect(textString(bytes('caf\u00e9 \u0093 \u0080'))).toBe('caf\u00e9 \ufb01 \u2022');
  });
});
