import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { jsonPieces } from '../src/schema/serialize.js';

const join = (value: unknown, indent?: number) => [...jsonPieces(value, indent)].join('');

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify writes, compact and indented, for odd values', () => {
    const values: unknown[] = [
      { a: [], b: {}, c: [undefined, () => 1, null, 'x'], d: undefined, e: { f: { g: { h: { i: [1, { j: 'sâu' }] } } } } },
      [[[[[['rất sâu', { k: [] }]]]]]],
      { when: new Date(0), text: 'dòng 1\ndòng 2 "trích"', n: -0.5, t: true },
      [],
      {},
      'chuỗi',
      42,
      null,
    ];
    for (const v of values) {
      expect(join(v)).toBe(JSON.stringify(v));
      expect(join(v, 2)).toBe(JSON.stringify(v, null, 2));
    }
  });

  it.each(fg.sync('fixtures/*.{txt,md}').sort().slice(0, 6))('%s: a parsed document in pieces is its JSON', async (path) => {
    const doc = await parse(readFileSync(path), { path, includeText: true });
    expect(join(doc)).toBe(JSON.stringify(doc));
    expect(join(doc, 2)).toBe(JSON.stringify(doc, null, 2));
  });

  it('hands out pieces of bounded size for a large document', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `${i + 1}\tRà soát thủ tục hành chính số ${i}\tSở Nội vụ\tQuý I/2026`).join('\n');
    const doc = await parse(`PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n${rows}`);
    const pieces = [...jsonPieces(doc)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    expect(pieces.join('')).toBe(JSON.stringify(doc));
  });
});
