import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, type KehoachDocument, type OutlineNode } from '../src/index.js';
import { createValidator } from '../src/schema/validate.js';

const validate = createValidator();
const corpusLines = ['hai-duong-4707-kh-ubnd-2021', 'ca-mau-137-qd-ubnd-2024', 'hoai-nhon-qd-ubnd-2020']
  .flatMap((name) => readFileSync(`fixtures/${name}.txt`, 'utf8').split('\n'));

function* nodes(list: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const n of list) {
    yield n;
    yield* nodes(n.children);
  }
}

/** Every invariant the output contract promises. */
function checkInvariants(doc: KehoachDocument): void {
  expect(validate(doc)).toEqual([]);
  const text = doc.source.text!;
  const inBounds = (s: { offset: number; length: number }) => s.offset >= 0 && s.offset + s.length <= text.length;
  const slice = (s: { offset: number; length: number }) => text.slice(s.offset, s.offset + s.length);
  const ids: string[] = [];
  for (const n of nodes(doc.outline)) {
    ids.push(n.id);
    expect(inBounds(n.span)).toBe(true);
    if (n.kind !== 'table') expect(slice(n.span)).toBe(n.text);
  }
  expect(new Set(ids).size).toBe(ids.length);
  for (const c of doc.citations) expect(slice(c.span)).toBe(c.text);
  for (const g of doc.goals) expect(slice(g.span)).toBe(g.text);
  for (const t of doc.targets) expect(slice(t.span)).toBe(t.text);
  for (const t of doc.tasks) {
    expect(t.parts ? t.parts.map(slice).join(' ') : slice(t.span)).toBe(t.text);
    for (const a of [...t.lead, ...t.coordinating]) expect(slice(a.span)).toBe(a.name);
  }
  for (const r of doc.responsibilities) expect(slice(r.agency.span)).toBe(r.agency.name);
  for (const t of doc.tables) for (const cell of t.rows.flatMap((r) => r.cells)) expect(inBounds(cell.span)).toBe(true);
  for (const d of doc.diagnostics) if (d.span) expect(inBounds(d.span)).toBe(true);
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
