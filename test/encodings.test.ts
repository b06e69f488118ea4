import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type KehoachDocument } from '../src/index.js';

/** What must not depend on how the bytes were encoded. */
function content(doc: KehoachDocument) {
  const { source: _source, diagnostics, ...rest } = doc;
  return { ...rest, diagnostics: diagnostics.filter((d) => !d.code.startsWith('decode/') && d.code !== 'normalize/unicode-nfc' && d.code !== 'normalize/line-endings') };
}

const read = (name: string) => parse(readFileSync(`fixtures/${name}`), { path: name });

describe('encodings', () => {
  it('reads UTF-16 with a byte-order mark and CRLF as the UTF-8 original', async () => {
    const [utf8, utf16] = await Promise.all([read('utf8-hau-giang-excerpt.txt'), read('utf16-hau-giang-excerpt.txt')]);
    expect(utf16.source.encoding).toBe('utf-16le');
    expect(content(utf16)).toEqual(content(utf8));
  });

  it('reads Windows-1258 (invalid as UTF-8) as the UTF-8 original, and says so', async () => {
    const [utf8, cp1258] = await Promise.all([read('utf8-hau-giang-excerpt.txt'), read('windows-1258-hau-giang-excerpt.txt')]);
    expect(cp1258.source.encoding).toBe('windows-1258');
    expect(cp1258.diagnostics.map((d) => d.code)).toContain('decode/legacy-encoding');
    expect(content(cp1258)).toEqual(content(utf8));
  });

  it('gives NFD input (Word on macOS) the same output as NFC', async () => {
    const [nfc, nfd] = await Promise.all([read('hai-duong-4707-kh-ubnd-2021.txt'), read('nfd-hai-duong.txt')]);
    expect(nfd.diagnostics.map((d) => d.code)).toContain('normalize/unicode-nfc');
    expect(content(nfd)).toEqual(content(nfc));
  });

  it('removes a UTF-8 byte-order mark', async () => {
    const body = readFileSync('fixtures/utf8-hau-giang-excerpt.txt');
    const withBom = await parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
    expect(withBom.diagnostics.map((d) => d.code)).toContain('decode/bom');
    expect(content(withBom)).toEqual(content(await parse(body)));
  });

  it('honours the charset an HTML page declares (Word export, windows-1252 with character references)', async () => {
    const doc = await read('html-word-export-ca-mau-excerpt.html');
    expect(doc.source.encoding).toBe('windows-1252');
    expect(doc.metadata.issuer?.name).toBe('Ủy ban nhân dân tỉnh Cà Mau');
  });
});

describe('Windows-1252 as Word declares it', () => {
  // Node's TextDecoder maps 0x80–0x9F of windows-1252 to C1 controls (Latin-1); Word's quotes and dashes live there.
  it('keeps “ ” – … of a "Save as Web page" export', async () => {
    const head = Buffer.from('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body><p>Nhi&#7879;m k&#7923; 2026 ', 'latin1');
    const tail = Buffer.from(' 2031, g&#7885;i l&#224; ', 'latin1');
    const bytes = Buffer.concat([head, Buffer.from([0x96]), tail, Buffer.from([0x93]), Buffer.from('B&#7847;u c&#7917;', 'latin1'), Buffer.from([0x94, 0x85]), Buffer.from('</p></body></html>', 'latin1')]);
    const doc = await parse(bytes, { path: 'x.htm', includeText: true });
    expect(doc.source.encoding).toBe('windows-1252');
    expect(doc.source.text).toBe('Nhiệm kỳ 2026 – 2031, gọi là “Bầu cử”…');
  });
});

describe('legacy Vietnamese encodings', () => {
  it('reads the classic VNI line', async () => {
    const { fromVni } = await import('../src/decode/legacy.js');
    expect(fromVni('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc');
  });

  it.each([
    ['TCVN3 (ABC)', 'tcvn3', async (text: string) => (await import('iconv-lite')).default.encode(text, 'tcvn')],
    ['VNI-Windows', 'vni', async (text: string) => {
      const { toVni } = await import('../src/decode/legacy.js');
      return (await import('iconv-lite')).default.encode(toVni(text), 'windows-1252');
    }],
  ])('reads a %s rendering of a sample as the Unicode original, and says so', async (name, encoding, render) => {
    const unicode = readFileSync('fixtures/utf8-hau-giang-excerpt.txt', 'utf8');
    const [original, legacy] = await Promise.all([parse(unicode), parse(await render(unicode))]);
    expect(legacy.source.encoding).toBe(encoding);
    expect(legacy.diagnostics.find((d) => d.code === 'decode/legacy-encoding')?.message).toContain(name);
    expect(content(legacy)).toEqual(content(original));
  });

  it.each(['ca-mau-137-qd-ubnd-2024', 'hai-duong-4707-kh-ubnd-2021', 'hau-giang-50-kh-ubnd-2022', 'hoai-nhon-qd-ubnd-2020', 'khanh-hoa-4831-qd-ubnd-2021'])(
    'reads the VNI-Windows rendering of %s as the Unicode original (bytes 0x80–0x9F included)',
    async (name) => {
      const { toVni } = await import('../src/decode/legacy.js');
      const unicode = readFileSync(`fixtures/${name}.txt`, 'utf8');
      const vni = (await import('iconv-lite')).default.encode(toVni(unicode), 'windows-1252');
      const [original, legacy] = await Promise.all([parse(unicode), parse(vni)]);
      expect(legacy.source.encoding).toBe('vni');
      expect(content(legacy)).toEqual(content(original));
    },
  );

  it('still reads real Windows-1258 as Windows-1258', async () => {
    const doc = await read('windows-1258-hau-giang-excerpt.txt');
    expect(doc.source.encoding).toBe('windows-1258');
  });
});
