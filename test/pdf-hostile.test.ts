import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfToText } from '../src/decode/from-pdf.js';
import { pageRuns, withActualText, type MarkedItem, type TextRun } from '../src/decode/pdf/actual-text.js';
import { markedContent } from '../src/decode/pdf/content-stream.js';
import { openPages } from '../src/decode/pdf/page-streams.js';
import { RuledTables } from '../src/decode/pdf/ruled.js';
import { rulesOf, type OperatorCodes } from '../src/decode/pdf/rules.js';
import { xrefRows, type Entry } from '../src/decode/pdf/xref-stream.js';
import { xrefHazard } from '../src/decode/pdf/xref-guard.js';
import { firstOf } from '../src/decode/pdf/xref-chain.js';
import { FirstRange } from '../src/decode/pdf/first-range.js';
import { HostilePdf, pdfjsLoader, type PdfLoader } from '../src/decode/pdf/open.js';
import { parse } from '../src/index.js';

// Files a damaged writer or an attacker could make: each is read in work bounded by its size, or not at all, and never at the cost of the rest.

const latin1 = (data: Uint8Array) => Buffer.from(data).toString('latin1');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const stream = (dict: string, data: string) => `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;

/** Objects 1… as written, and their offsets; `tail` writes what ends the file (given the body and the offsets). */
function write(objects: string[], tail: (body: string, offsets: number[]) => string): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  return bytes(body + tail(body, offsets));
}

/** A cross-reference table and trailer, as most writers end a file. */
const table = (body: string, offsets: number[]) =>
  `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF\n`;

/** A cross-reference stream (rows of 1 + 2 + 1 bytes) as the next object, with `dict` added; `startxref` where it says (its offset by default). */
const xrefStream = (dict: string, startxref?: number | null) => (body: string, offsets: number[]) => {
  const rows = [[0, 0, 0], ...offsets.map((o) => [1, o, 0]), [1, body.length, 0]].flatMap(([t, a, b]) => [t!, a! >> 8, a! & 255, b!]);
  const data = latin1(deflateSync(Uint8Array.from(rows)));
  const object = `${offsets.length + 1} 0 obj\n${stream(`/Type /XRef /Root 1 0 R /Filter /FlateDecode ${dict}`, data)}\nendobj\n`;
  return object + (startxref === null ? '' : `startxref\n${startxref ?? body.length}\n%%EOF\n`);
};

const catalog = '<< /Type /Catalog /Pages 2 0 R >>';
const onePage = [catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>', stream('', '(a) Tj')];
const firstPage = (file: Uint8Array) => {
  const page = openPages(file)?.content(0);
  return page ? latin1(page.content) : undefined;
};

describe('a cross-reference stream’s figures are checked before a row is read', () => {
  const rows = Uint8Array.from([1, 0, 9, 0, 1, 0, 30, 0, 0, 0, 0, 0]);
  const kept = (fields: { W?: unknown; Size?: unknown; Index?: unknown }, data = rows, fileSize = 1000) => {
    const out: [number, Entry][] = [];
    const ok = xrefRows(data, { W: undefined, Size: undefined, Index: undefined, ...fields } as Parameters<typeof xrefRows>[1], fileSize, (n, e) => out.push([n, e]));
    return ok ? out : false;
  };

  it('reads rows of the widths /W gives, for the numbers /Size or /Index names', () => {
    expect(kept({ W: [1, 2, 1], Size: 3 })).toEqual([[0, { offset: 9 }], [1, { offset: 30 }], [2, null]]);
    expect(kept({ W: [1, 2, 1], Size: 3, Index: [7, 2] })).toEqual([[7, { offset: 9 }], [8, { offset: 30 }]]);
  });

  it('refuses widths that never advance or are no whole bytes, without reading a row', () => {
    // /W [0 0 0] with a /Size of sixteen million: each row zero bytes long, the same row sixteen million times.
    expect(kept({ W: [0, 0, 0], Size: 16_000_000 }, rows, 100_000_000)).toBe(false);
    expect(kept({ W: [0.5, 1, 1], Size: 3 })).toBe(false);
    expect(kept({ W: [1, -2, 1], Size: 3 })).toBe(false);
    expect(kept({ W: [1, 2], Size: 3 })).toBe(false);
  });

  it('refuses a /Size or /Index that is no whole number or more objects than the file could hold, and cuts a range to the rows the data holds', () => {
    expect(kept({ W: [1, 2, 1], Size: Infinity })).toBe(false);
    expect(kept({ W: [1, 2, 1], Size: 1.5 })).toBe(false);
    expect(kept({ W: [1, 2, 1], Size: 1001 })).toBe(false);
    expect(kept({ W: [1, 2, 1], Size: 3, Index: [0, 1e9] })).toBe(false);
    expect(kept({ W: [1, 2, 1], Size: 3, Index: [0, 2, 5] })).toBe(false);
    const many = kept({ W: [1, 2, 1], Size: 3, Index: [0, 1000] });
    expect(many === false ? -1 : many.length).toBe(3);
  });

  it('reads the file by a scan where its cross-reference stream is refused (hostile/w000.pdf)', () => {
    const file = write(onePage, xrefStream('/W [0 0 0] /Size 16000000'));
    expect(firstPage(file)).toBe('(a) Tj');
  });
});

describe('cross-reference data that would cost pdf.js minutes or gigabytes is refused before pdf.js opens the file', () => {
  const text = [catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>', stream('', 'BT /F1 12 Tf 72 700 Td (KE HOACH so 12/KH-UBND) Tj ET'), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  /** pdf.js as pdfToText opens it, each call counted. */
  const counted = () => {
    const seen = { calls: 0 };
    const load: PdfLoader = (file) => {
      seen.calls++;
      return pdfjsLoader(file);
    };
    return { seen, load };
  };
  const refusal = async (file: Uint8Array) => {
    const { seen, load } = counted();
    const error = await pdfToText(file, Infinity, load).catch((e: unknown) => e);
    expect(seen.calls).toBe(0);
    expect(error).toBeInstanceOf(HostilePdf);
    return (error as Error).message;
  };
  /** A cross-reference stream of the file's real rows followed by `extra` more bytes of zeros (free rows), packed. */
  const withRows = (dict: string, extra: number) => (body: string, offsets: number[]) => {
    const real = [[0, 0, 0], ...offsets.map((o) => [1, o, 0]), [1, body.length, 0]].flatMap(([t, a, b]) => [t!, a! >> 8, a! & 255, b!]);
    const rows = new Uint8Array(real.length + extra);
    rows.set(real);
    const object = `${offsets.length + 1} 0 obj\n${stream(`/Type /XRef /Root 1 0 R /Filter /FlateDecode ${dict}`, latin1(deflateSync(rows, { level: 9 })))}\nendobj\n`;
    return `${object}startxref\n${body.length}\n%%EOF\n`;
  };

  it('refuses rows of zero bytes for sixteen million objects, saying so, without calling pdf.js (hostile/w000.pdf)', async () => {
    expect(await refusal(write(text, xrefStream('/W [0 0 0] /Size 16000000')))).toBe('The PDF was refused before the PDF reader ran: its cross-reference data is hostile (a cross-reference section at byte 415 has rows of zero bytes (/W [0 0 0]) for 16,000,000 objects).');
  });

  it('refuses a deflate bomb of four million rows in a file of some 16 kB', async () => {
    expect(await refusal(write(text, withRows('/W [1 2 1] /Size 4000007', 16_000_000)))).toMatch(/^The PDF was refused .*\(a cross-reference section at byte 415 has 4,000,007 rows in a file of [\d,]+ bytes\)\.$/u);
  });

  it('refuses an /Index of 200,000 ranges, which pdf.js takes off the front of the array one at a time', async () => {
    const file = write(text, xrefStream(`/W [1 2 1] /Size 7 /Index [${'0 0 '.repeat(200_000)}0 7]`));
    expect(await refusal(file)).toContain('has an /Index of 200,001 ranges');
  });

  it('refuses two thousand cross-reference streams chained by /Prev in a file whose startxref is wrong: a repair follows the chain anew from each', async () => {
    let body = '%PDF-1.4\n';
    const offsets = text.map((o, i) => {
      const at = body.length;
      body += `${i + 1} 0 obj\n${o}\nendobj\n`;
      return at;
    });
    let prev: number | null = null;
    for (let k = 0; k < 2000; k++) {
      const at = body.length;
      const data = latin1(deflateSync(Uint8Array.from([[0, 0, 0], ...offsets.map((o) => [1, o, 0])].flatMap(([t, a, b]) => [t!, a! >> 8, a! & 255, b!]))));
      body += `${6 + k} 0 obj\n${stream(`/Type /XRef /Root 1 0 R /Filter /FlateDecode /W [1 2 1] /Size 6${prev === null ? '' : ` /Prev ${prev}`}`, data)}\nendobj\n`;
      prev = at;
    }
    expect(await refusal(bytes(`${body}startxref\n3\n%%EOF\n`))).toMatch(/its 2,00\d cross-reference sections would be read [\d,]+ times or more \(a repair follows the \/Prev chain anew from each cross-reference stream\)/u);
  }, 30_000);

  it('refuses such rows in the section a linearized file starts from, right after its /Linearized dictionary, though no /XRef names it', async () => {
    const objects = ['<< /Linearized 1 /L 0000000000 /H [10 20] /O 3 /E 100 /N 1 /T 100 >>', stream('/W [0 0 0] /Size 16000000', ''), '<< /Type /Catalog /Pages 4 0 R >>', '<< /Type /Pages /Kids [5 0 R] /Count 1 >>', '<< /Type /Page /Parent 4 0 R /Contents 6 0 R >>', stream('', '(a) Tj')];
    const file = latin1(write(objects, table)).replace('/Root 1 0 R', '/Root 3 0 R');
    expect(await refusal(bytes(file.replace('0000000000', String(file.length).padStart(10, '0'))))).toContain('a cross-reference section at byte 93 has rows of zero bytes');
    // A /Linearized dictionary whose /L is not the file's length is not one: pdf.js starts from startxref.
    expect(xrefHazard(bytes(file))).toBeUndefined();
  });

  it('refuses cross-reference dictionaries that run on into one another, which a repair would parse to the end of the file from each', async () => {
    let file = '%PDF-1.5\n';
    for (let n = 1; n <= 5000; n++) file += `${n} 0 obj\n<< /Type /XRef /W [1 2 1] /Prev ${n * 7} /Index [\n`;
    expect(await refusal(bytes(`${file}startxref\n9\n%%EOF\n`))).toMatch(/its cross-reference sections run on into one another: reading them parses more than [\d,]+ bytes/u);
  });

  it('says why through parse(), as for a damaged PDF', async () => {
    const doc = await parse(write(text, xrefStream('/W [0 0 0] /Size 16000000')), { path: 'hostile.pdf' });
    expect(doc.diagnostics.find((d) => d.code === 'decode/adapter-failed')?.message).toContain('rows of zero bytes (/W [0 0 0]) for 16,000,000 objects');
    expect(doc.diagnostics.map((d) => d.code)).toContain('decode/binary');
  });

  it('gives pdf.js the damaged files it repairs cheaply, and reads them as before', async () => {
    const table0 = (size: string) => (body: string, offsets: number[]) => table(body, offsets).replace(`xref\n0 ${offsets.length + 1}`, `xref\n0 ${size}`);
    const damaged = [
      // Rows of zero bytes for a few objects; a /Size far above the rows the data holds; a table that names more rows than it has.
      write(text, xrefStream('/W [0 0 0] /Size 7')),
      write(text, xrefStream('/W [1 2 1] /Size 16000000')),
      write(text, table0('16000000')),
      // A startxref that points nowhere, and a /Prev that points back at its own section.
      write(text, xrefStream('/W [1 2 1] /Size 7', 5)),
      bytes(latin1(write(text, table)).replace(/\/Root 1 0 R >>\nstartxref\n(\d+)/u, '/Root 1 0 R /Prev $1 >>\nstartxref\n$1')),
    ];
    for (const file of damaged) {
      expect(xrefHazard(file)).toBeUndefined();
      const { seen, load } = counted();
      expect((await pdfToText(file, Infinity, load)).text).toBe('KE HOACH so 12/KH-UBND');
      expect(seen.calls).toBe(1);
    }
  }, 30_000);

  /**
   * `text`'s objects, then `updates` incremental updates, each adding an
   * object and a cross-reference stream chained by /Prev that lists every
   * object (`full`) or only the two new ones; `moved` gives objects of the
   * last stream another offset (an entry that may be wrong).
   */
  const updated = (updates: number, full: boolean, moved: [number, number][] = []) => {
    let body = '%PDF-1.5\n';
    const offsets: number[] = [0];
    const add = (o: string) => {
      offsets.push(body.length);
      body += `${offsets.length - 1} 0 obj\n${o}\nendobj\n`;
    };
    text.forEach(add);
    let prev: number | undefined;
    for (let k = 0; k <= updates; k++) {
      if (k > 0) add(`<< /Update ${k} >>`);
      const [num, at] = [offsets.length, body.length];
      offsets.push(at);
      const all = full || k === 0;
      const listed: [number, number][] = all ? offsets.map((o, n) => [n, o]) : [[num - 1, offsets[num - 1]!], [num, at]];
      if (k === updates) for (const [n, o] of moved) all ? (listed[n] = [n, o]) : listed.push([n, o]);
      const rows = listed.flatMap(([n, o]) => [n === 0 ? 0 : 1, o >>> 24, (o >> 16) & 255, (o >> 8) & 255, o & 255, 0]);
      const index = all ? '' : ` /Index [${listed.map(([n]) => `${n} 1`).join(' ')}]`;
      const data = latin1(deflateSync(Uint8Array.from(rows)));
      body += `${num} 0 obj\n${stream(`/Type /XRef /Root 1 0 R /Filter /FlateDecode /W [1 4 1] /Size ${num + 1}${index}${prev === undefined ? '' : ` /Prev ${prev}`}`, data)}\nendobj\nstartxref\n${at}\n%%EOF\n`;
      prev = at;
    }
    return bytes(body);
  };

  it('gives pdf.js a valid file of many incremental updates, each a cross-reference stream: pdf.js reads it by its startxref chain, and repairs nothing', async () => {
    // 1,000 updates of one object each, and 300 each listing every object: counted as a repair, both were refused.
    for (const file of [updated(1000, false), updated(300, true)]) {
      expect(xrefHazard(file)).toBeUndefined();
      const { seen, load } = counted();
      expect((await pdfToText(file, Infinity, load)).text).toBe('KE HOACH so 12/KH-UBND');
      expect(seen.calls).toBe(1);
    }
  }, 30_000);

  it('gives pdf.js a valid file of many updates whose catalog and page tree sit in an object stream (pdf-lib’s fixtures/pdf-actualtext-objstm.pdf, updated 1,000 times)', async () => {
    const original = readFileSync('fixtures/pdf-actualtext-objstm.pdf');
    let body = latin1(original);
    const size = Number(/\/Size (\d+)/u.exec(body)![1]);
    let prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/u.exec(body)![1]);
    for (let k = 0; k < 1000; k++) {
      const [num, at] = [size + 2 * k, body.length];
      body += `${num} 0 obj\n<< /Update ${k} >>\nendobj\n`;
      const xref = body.length;
      const rows = [at, xref].flatMap((o) => [1, o >>> 24, (o >> 16) & 255, (o >> 8) & 255, o & 255, 0]);
      body += `${num + 1} 0 obj\n${stream(`/Type /XRef /Root 2 0 R /Size ${num + 2} /Index [${num} 2] /W [1 4 1] /Prev ${prev} /Filter /FlateDecode`, latin1(deflateSync(Uint8Array.from(rows))))}\nendobj\nstartxref\n${xref}\n%%EOF\n`;
      prev = xref;
    }
    const file = bytes(body);
    expect(xrefHazard(file)).toBeUndefined();
    const { seen, load } = counted();
    const text = (await pdfToText(new Uint8Array(original))).text;
    expect(text.length).toBeGreaterThan(0);
    expect((await pdfToText(file, Infinity, load)).text).toBe(text);
    expect(seen.calls).toBe(1);
  }, 30_000);

  it('counts the repair where the chain is read whole but pdf.js would still repair: the page its entries place is not there, or /Root is not', async () => {
    const at = latin1(updated(0, false)).indexOf('3 0 obj');
    expect(xrefHazard(updated(2000, false))).toBeUndefined();
    expect(await refusal(updated(2000, false, [[3, at + 2]]))).toMatch(/its 2,00\d cross-reference sections would be read [\d,]+ times or more/u);
    expect(await refusal(updated(2000, false, [[1, at]]))).toMatch(/would be read [\d,]+ times or more/u);
    // An entry pdf.js does not fetch opening the file (the font's) is no cause for a repair.
    expect(xrefHazard(updated(2000, false, [[5, at + 2]]))).toBeUndefined();
  }, 30_000);

  it('lets pass a million rows of zero bytes, a hundred thousand packed rows and an /Index of 5,000 ranges, which pdf.js reads in under a second', () => {
    expect(xrefHazard(write(text, xrefStream('/W [0 0 0] /Size 1000000')))).toBeUndefined();
    expect(xrefHazard(write(text, withRows('/W [1 2 1] /Size 100007', 400_000)))).toBeUndefined();
    expect(xrefHazard(write(text, xrefStream(`/W [1 2 1] /Size 7 /Index [${'0 0 '.repeat(5_000)}0 7]`)))).toBeUndefined();
  });
});

describe('the guard’s own lookups are bounded by the ranges the chain names, not by its sections or rows', () => {
  const pages = (count: number) => [catalog, `<< /Type /Pages /Kids [${Array.from({ length: count }, (_, k) => `${3 + k} 0 R`).join(' ')}] /Count ${count} >>`, ...Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R >>')];
  const row = (type: number, a: number, b: number) => [type, a >>> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255, b];

  it('finds the first range holding a number, in the order given, as a look through every range would', () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let trial = 0; trial < 50; trial++) {
      const ranges = Array.from({ length: 1 + next(30) }, () => [next(60) - 5, next(12)] as [number, number]);
      const index = new FirstRange(ranges);
      for (let num = -10; num < 80; num++) {
        const slow = ranges.findIndex(([first, count]) => num >= first && num < first + count);
        expect(index.find(num)).toBe(slow < 0 ? undefined : slow);
      }
      expect(index.pieces).toBeLessThanOrEqual(2 * ranges.length);
    }
  });

  it('keeps a piece per range, not per row: 40 small ranges and one of 17 million rows (a map of rows passes 2^24 entries and throws)', () => {
    const rows = 17_000_000;
    const ranges = Array.from({ length: 40 }, (_, k) => [1000 + 2 * k, 1] as [number, number]);
    const index = new FirstRange([...ranges, [5000, rows]]);
    expect(index.pieces).toBe(41);
    expect([index.find(1002), index.find(1003), index.find(5000 + rows - 1), index.find(5000 + rows)]).toEqual([1, undefined, 40, undefined]);
    // The same as a file: rows of one byte, all free, stored whole.
    const head = `%PDF-1.5\n1 0 obj\n${catalog}\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n`;
    const dict = `3 0 obj\n<< /Type /XRef /Size 100000000 /W [1 0 0] /Index [${ranges.flat().join(' ')} 5000 ${rows}] /Root 1 0 R /Length ${rows} >>\nstream\n`;
    const tail = `\nendstream\nendobj\nstartxref\n${head.length}\n%%EOF\n`;
    const file = new Uint8Array(head.length + dict.length + rows + tail.length);
    file.set(bytes(head + dict));
    file.set(bytes(tail), head.length + dict.length + rows);
    expect(xrefHazard(file)).toBeUndefined();
  }, 30_000);

  it('looks an object up in one bisection whatever the count of sections: 1,000 pages under 9,000 updates, each a cross-reference stream', () => {
    const [count, updates] = [1000, 9000];
    let body = '%PDF-1.5\n';
    const offsets = pages(count).map((o, k) => {
      const at = body.length;
      body += `${k + 1} 0 obj\n${o}\nendobj\n`;
      return at;
    });
    let [size, prev] = [offsets.length + 1, -1];
    for (let k = 0; k <= updates; k++) {
      // The first section places every object; each update writes the catalog again and its own stream.
      const rewritten = body.length;
      if (k > 0) body += `1 0 obj\n${catalog}\nendobj\n`;
      const [num, at] = [size++, body.length];
      const listed: [number, number][] = k === 0 ? [[0, -1], ...offsets.map((o, n) => [n + 1, o] as [number, number]), [num, at]] : [[1, rewritten], [num, at]];
      const data = latin1(Uint8Array.from(listed.flatMap(([n, o]) => (o < 0 ? row(0, 0, 255) : row(1, o, 0)))));
      const index = k === 0 ? '' : ` /Index [1 1 ${num} 1]`;
      body += `${num} 0 obj\n${stream(`/Type /XRef /Root 1 0 R /W [1 4 1] /Size ${size}${index}${prev < 0 ? '' : ` /Prev ${prev}`}`, data)}\nendobj\nstartxref\n${at}\n%%EOF\n`;
      prev = at;
    }
    // Looked up section by section (the pages in the oldest), this was 9 million probes: past the cap, the file counted as repaired and was refused.
    expect(xrefHazard(bytes(body))).toBeUndefined();
    // The lookup itself: one row read for an object, from the first section naming it.
    let reads = 0;
    const sections = Array.from({ length: updates }, (_, k) => ({ ranges: [[1, 1], [count + 3 + k, 1]] as [number, number][], row: (r: number) => (reads++, { offset: 100 * k + r, gen: 0 }) }));
    sections.push({ ranges: [[0, count + 3]], row: (r: number) => (reads++, { offset: 7 + r, gen: 0 }) });
    const find = firstOf(sections);
    for (let num = 2; num < count + 3; num++) expect(find(num)).toEqual({ offset: 7 + num, gen: 0 });
    expect(find(1)).toEqual({ offset: 0, gen: 0 });
    expect(find(count + 3 + 5)).toEqual({ offset: 501, gen: 0 });
    expect(reads).toBe(count + 1 + 2);
  }, 30_000);

  it('leaves a repair its whole allowance for unpacking, however much fetching the page tree unpacked (an object stream of 17 MiB of zeros)', async () => {
    /** The catalog in object stream 2 (a bomb the tree cannot be read from), an older cross-reference stream 3 the chain does not name, then the chain's stream 4. */
    const file = (older: Uint8Array, size = 4) => {
      let body = '%PDF-1.5\n';
      const offsets = [0];
      const add = (o: string) => {
        offsets.push(body.length);
        body += `${offsets.length - 1} 0 obj\n${o}\nendobj\n`;
      };
      add('<< /Type /Pages /Kids [] /Count 0 >>');
      add(stream('/Type /ObjStm /N 1 /First 8 /Filter /FlateDecode', latin1(deflateSync(new Uint8Array(17 * 2 ** 20)))));
      add(stream(`/Type /XRef /Root 5 0 R /W [1 4 1] /Size ${size} /Filter /FlateDecode`, latin1(deflateSync(older))));
      const at = body.length;
      const rows = [row(0, 0, 255), row(1, offsets[1]!, 0), row(1, offsets[2]!, 0), row(1, offsets[3]!, 0), row(1, at, 0), row(2, 2, 0)].flat();
      body += `4 0 obj\n${stream('/Type /XRef /Root 5 0 R /W [1 4 1] /Size 6 /Filter /FlateDecode', latin1(deflateSync(Uint8Array.from(rows))))}\nendobj\nstartxref\n${at}\n%%EOF\n`;
      return bytes(body);
    };
    // Its rows, unpacked after the tree took the allowance, were taken for a deflate bomb.
    expect(xrefHazard(file(Uint8Array.from([row(0, 0, 255), row(1, 9, 0), row(1, 9, 0), row(1, 9, 0)].flat())))).toBeUndefined();
    // The repair is still counted: an older stream of two million rows is refused.
    expect(xrefHazard(file(new Uint8Array(6 * 2_000_000), 2_000_000))).toMatch(/has 2,000,000 rows in a file of/u);
  }, 30_000);
});

describe('the scan of a damaged file', () => {
  // Object 99 is named but not defined: the reader scans the file for it.
  const objects = (evil: string) => [
    '<< /Type /Catalog /Pages 2 0 R /Lang 99 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Properties 99 0 R >> >>',
    stream('', '/Span <</ActualText (Hello)>> BDC (Hxllo) Tj EMC'),
    // An embedded file whose bytes are a PDF object of the same number.
    stream('/Type /EmbeddedFile', `4 0 obj\n${stream('', evil)}\nendobj\n`),
  ];

  it('does not let a header inside a stream’s data stand for an object the cross-reference table places (hostile/scanwin.pdf)', () => {
    expect(firstPage(write(objects('/Span <</ActualText (EVIL!)>> BDC (Hxllo) Tj EMC'), table))).toContain('(Hello)');
  });

  it('finds an object the table places wrongly by its header', () => {
    const file = latin1(write(onePage, table));
    const at = file.indexOf('4 0 obj');
    // The table's entry for object 4 points 2 bytes early.
    const broken = file.replace(`${String(at).padStart(10, '0')} 00000 n`, `${String(at - 2).padStart(10, '0')} 00000 n`);
    expect(firstPage(bytes(broken))).toBe('(a) Tj');
  });

  it('takes /Root from the cross-reference stream where startxref is wrong or the file’s tail is cut off (hostile/xrefstm-broken.pdf)', () => {
    expect(firstPage(write(onePage, xrefStream('/W [1 2 1] /Size 6', 5)))).toBe('(a) Tj');
    expect(firstPage(write(onePage, xrefStream('/W [1 2 1] /Size 6', null)))).toBe('(a) Tj');
  });

  it('takes the catalog as /Root where there is neither a trailer nor a cross-reference stream', () => {
    expect(firstPage(write(onePage, () => 'startxref\n0\n%%EOF\n'))).toBe('(a) Tj');
  });
});

describe('one budget for unpacking the file’s streams', () => {
  // Sixteen megabytes of spaces pack into some 16 kB: a page of them is a bomb.
  const bomb = latin1(deflateSync(Buffer.alloc(16 << 20, 0x20), { level: 9 }));
  const pages = (contents: string[]) => [
    catalog,
    `<< /Type /Pages /Kids [${contents.map((_, i) => `${3 + 2 * i} 0 R`).join(' ')}] /Count ${contents.length} >>`,
    ...contents.flatMap((data, i) => [`<< /Type /Page /Parent 2 0 R /Contents ${4 + 2 * i} 0 R >>`, stream('/Filter /FlateDecode', data)]),
  ];

  it('gives no page more than the file’s budget, and all the pages together no more (hostile/t3.mjs)', () => {
    const file = write(pages([bomb, bomb, bomb, bomb]), table);
    const read = openPages(file)!;
    for (let n = 0; n < read.count; n++) expect(read.content(n)).toBeNull();
    // 64 MB without a budget; with it, at most 8 bytes per byte of the file (1 MB for a small one).
    expect(read.file.inflater.bytesDecoded).toBeLessThanOrEqual(Math.max(1 << 20, 8 * file.length));
  });

  it('unpacks only the pages with marked content: a bomb on a page without any costs the others nothing', () => {
    const small = latin1(deflateSync('/Span <</ActualText (Hello)>> BDC (Hxllo) Tj EMC'));
    const file = write(pages([bomb, small]), table);
    const run = (str: string): TextRun => ({ str, transform: [10, 0, 0, 10, 72, 700], width: 20, fontName: 'f1' });
    const runs = pageRuns(file, [[run('plain')], [{ type: 'beginMarkedContentProps', tag: 'Span' }, run('Hxllo'), { type: 'endMarkedContent' }]]);
    expect(runs.map((page) => page.map((r) => r.str))).toEqual([['plain'], ['Hello']]);
  });
});

describe('input-sized arrays in the PDF readers never go through a spread', () => {
  it('puts a span’s text in place whatever the count of runs before its first glyph', () => {
    const blanks = Array.from({ length: 200_000 }, (): TextRun => ({ str: ' ', transform: [10, 0, 0, 10, 72, 700], width: 0, fontName: 'f1' }));
    const items: (TextRun | MarkedItem)[] = [{ type: 'beginMarkedContentProps', tag: 'Span' }, ...blanks, { str: 'x', transform: [10, 0, 0, 10, 72, 700], width: 6, fontName: 'f1' }];
    const out = withActualText(items, markedContent(bytes('/Span <</ActualText (y)>> BDC')));
    expect(out?.length).toBe(200_001);
    expect(out?.at(-1)?.str).toBe('y');
  });

  it('passes over a filled path of 200,000 points (a map or a chart): no border box has more than a few corners', () => {
    const ops: OperatorCodes = { constructPath: 91, save: 10, restore: 11, transform: 12, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
    const data = [0, 100, 100, ...Array.from({ length: 200_000 }, (_, i) => [1, 100 + (i % 300), 100 + (i % 7) / 10]).flat()];
    const box = [0, 70, 600, 1, 500, 600, 1, 500, 600.5, 1, 70, 600.5, 4];
    const rules = rulesOf({ fnArray: [91, 91], argsArray: [[ops.fill, [Float32Array.from(data)], null], [ops.fill, [Float32Array.from(box)], null]] }, ops);
    expect(rules.horizontal).toEqual([{ x0: 70, x1: 500, y0: 600.25, y1: 600.25 }]);
  });

  it('reads a ruled cell of 150,000 pieces', () => {
    const xs = [70, 100, 250, 330];
    const grid = { xs, ys: [700, 670], horizontal: [700, 670].map((y) => ({ x0: 70, x1: 330, y0: y, y1: y })), vertical: xs.map((x) => ({ x0: x, x1: x, y0: 670, y1: 700 })) };
    const pieces = Array.from({ length: 150_000 }, (_, i) => ({ text: 'a', x: 102 + (i % 100), y: 690 - (i % 3) * 0.01, width: 0.5, size: 11 }));
    const { tables } = new RuledTables().page([[{ text: '1', x: 72, y: 690, width: 5, size: 11 }, ...pieces]], [grid]);
    expect(tables[0]?.rows[0]?.split('\t')[1]?.length).toBeGreaterThan(100_000);
  });

  it('reads the text of a page that also draws a 150,000-point filled path (hostile/bigpath.pdf)', async () => {
    let path = '100 100 m\n';
    for (let i = 0; i < 150_000; i++) path += `${100 + (i % 300)} ${100 + (i % 7)} l\n`;
    const content = `BT /F1 12 Tf 72 700 Td (KE HOACH so 12/KH-UBND) Tj ET\n${path}f\n`;
    const file = write([catalog, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>', stream('', content), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'], table);
    expect((await pdfToText(file)).text).toBe('KE HOACH so 12/KH-UBND');
  }, 30_000);
});
