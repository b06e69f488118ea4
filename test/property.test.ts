import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type KehoachDocument } from '../src/index.js';
import { createValidator } from '../src/schema/validate.js';
import { expectSpans, nodes } from './helpers/spans.js';

const validate = createValidator();
const corpusLines = ['hai-duong-4707-kh-ubnd-2021', 'ca-mau-137-qd-ubnd-2024', 'hoai-nhon-qd-ubnd-2020']
  .flatMap((name) => readFileSync(`fixtures/${name}.txt`, 'utf8').split('\n'));

/** Every invariant the output contract promises. */
function checkInvariants(doc: KehoachDocument): void {
  expect(validate(doc)).toEqual([]);
  expectSpans(doc);
  const ids = [...nodes(doc.outline)].map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
}

// Text that looks like decrees: real lines, shuffled, cut, and mixed with noise.
const decreeLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...corpusLines),
      fc.constantFrom('|', '', '\t', '- ', 'a)', 'I.', '1.', '3.1.', 'PHỤ LỤC', 'STT', 'Nơi nhận:', 'KT. CHỦ TỊCH', 'QUYẾT ĐỊNH:', '*', '%'),
      fc.string({ maxLength: 40 }),
    ),
    { maxLength: 60 },
  )
  .map((lines) => lines.join('\n'));

describe('parse, for any input', () => {
  it('never throws and keeps every promise of the contract (decree-like text)', async () => {
    await fc.assert(
      fc.asyncProperty(decreeLike, async (text) => {
        checkInvariants(await parse(text, { includeText: true }));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary Unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        checkInvariants(await parse(text, { includeText: true }));
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary bytes, in any format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>, async (bytes, format) => {
        checkInvariants(await parse(bytes, { includeText: true, format }));
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(decreeLike, async (text) => {
        expect(JSON.stringify(await parse(text))).toBe(JSON.stringify(await parse(text)));
      }),
      { numRuns: 50 },
    );
  });
});

// Issue 15: the kinds of damage an audit's fuzzer found, applied to whole documents (samples, a web capture, a
// Word export, HTML and markdown fixtures): truncation, byte flips, injected labels and "|" lines, hostile tables
// and deep nesting. Whatever the damage, parse answers with a valid document, twice the same.
const documents = ['hai-duong-4707-kh-ubnd-2021.txt', 'khanh-hoa-4831-qd-ubnd-2021.txt', 'table-web-appendix.md', 'letterhead-department-pipe-cells.md', 'html-word-export-ca-mau-excerpt.html', 'synthetic-binh-dinh-pci-decision.html']
  .map((name) => ({ name, bytes: readFileSync(`fixtures/${name}`) }));
const formatOf = (name: string) => (name.endsWith('.md') ? 'markdown' : name.endsWith('.html') ? 'html' : 'text') as 'text' | 'markdown' | 'html';

type Mutation = (bytes: Buffer) => Buffer;
const at = (bytes: Buffer, where: number) => Math.floor(where * bytes.length);
const insert = (bytes: Buffer, where: number, text: string) => Buffer.concat([bytes.subarray(0, at(bytes, where)), Buffer.from(text), bytes.subarray(at(bytes, where))]);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((where): Mutation => (b) => b.subarray(0, at(b, where))),
  fc.array(fc.tuple(fc.double({ min: 0, max: 0.999, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }).map(
    (flips): Mutation => (b) => {
      const copy = Buffer.from(b);
      for (const [where, value] of flips) copy[at(copy, where)] = value;
      return copy;
    },
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.constantFrom('\nI.\n', '\n1.1.1.1.\n', '\na)\n', '\n(1)\n', '\nĐiều 1.\n', '\nPHỤ LỤC\n', '\n|\n', '\n|\n|\n', '| | |\n', '\n**\n'), { minLength: 1, maxLength: 30 }))
    .map(([where, pieces]): Mutation => (b) => insert(b, where, pieces.join(''))),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 300 }))
    .map(([where, n]): Mutation => (b) => insert(b, where, `\nSTT\tNhiệm vụ\tCơ quan chủ trì\n${'1\t\t\t\t\t\n|\n| 1 |\n'.repeat(n)}<table><tr><td rowspan="900" colspan="90">x</td></tr></table>\n`)),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 3_000 }))
    .map(([where, n]): Mutation => (b) => insert(b, where, `${'<div>'.repeat(n)}${'> '.repeat(n % 500)}${'- '.repeat(n % 700)}x${'</div>'.repeat(n)}`)),
);

describe('parse, on damaged documents', () => {
  it('never throws, validates and is deterministic whatever the damage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (doc, mutations) => {
        const bytes = mutations.reduce((b, m) => m(b), doc.bytes);
        const first = await parse(bytes, { includeText: true, format: formatOf(doc.name) });
        checkInvariants(first);
        expect(JSON.stringify(await parse(bytes, { includeText: true, format: formatOf(doc.name) }))).toBe(JSON.stringify(first));
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
