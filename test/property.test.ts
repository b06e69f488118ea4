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
