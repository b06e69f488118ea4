import { describe, expect, it } from 'vitest';
import { withWorkCounter, type WorkCount } from '../src/grammar/registry.js';
import { parse } from '../src/index.js';
import { createValidator } from '../src/schema/validate.js';

/**
 * Pathological shapes from issue 5 and from the later audit: each must take
 * work linear in its size. Work is counted, not timed, so the check is the
 * same on any machine: the grammar registry tallies every rule execution and
 * the characters it read, and 4× the input must give at most 5× of both
 * (quadratic shows as about 16×). Every regex is linear in what it reads
 * (test/grammars.test.ts), so this catches loops that run rules too often or
 * on too much text; loops without a rule in them are not seen.
 */
const shapes: Record<string, (n: number) => string> = {
  'repeated 1.1.1.1 labels': (n) => Array.from({ length: n }, (_, i) => `1.1.1.1.1 Nội dung ${i}`).join('\n'),
  'one label repeated': (n) => Array.from({ length: n }, () => '1. Nội dung').join('\n'),
  'deep nesting': (n) => Array.from({ length: n }, (_, i) => `${['I.', '1.', '1.1.', 'a)', '-', '+'][i % 6]} mục ${i}`).join('\n'),
  'a long table': (n) => `PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n${Array.from({ length: n }, (_, i) => `${i + 1}\tNhiệm vụ ${i}\tSở Nội vụ\tQuý I/2024`).join('\n')}`,
  'one long line': (n) => `a) ${'Phấn đấu 100% hồ sơ, '.repeat(n / 4)}`,
  'percent signs': (n) => `a) ${'%'.repeat(n * 5)}`,
  'many values in one clause': (n) => `a) ${'5% hồ sơ, '.repeat(n)}`,
  'paragraph cells': (n) => `PHỤ LỤC\n\nSTT\n\nNhiệm vụ\n\nCơ quan chủ trì\n\n${Array.from({ length: n / 4 }, (_, i) => `${i + 1}\n\nNhiệm vụ ${i}\n\nSở Nội vụ`).join('\n\n')}`,
  'pipe cells': (n) => `Hoạt động\n|\nCơ quan chủ trì\n|\n${Array.from({ length: n / 4 }, (_, i) => `${i + 1}. Nhiệm vụ\n|\nSở Nội vụ\n|`).join('\n')}`,
  'citations': (n) => `Căn cứ ${Array.from({ length: n / 4 }, (_, i) => `Nghị định số ${i}/2020/NĐ-CP ngày 14/9/2020 của Chính phủ`).join('; ')};`,
  'many bracketed notes in one line': (n) => `KẾ HOẠCH\nII. NHIỆM VỤ\n1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Sở Nội vụ\n- Cơ quan phối hợp: Sở Tài chính ${'(ghi chú) '.repeat(n / 2)}\n- Thời gian: Quý I năm 2025`,
  // Issue 9 item 7: the table search built a cell stream to the end of the document from every header-like line (now a bounded look-ahead).
  'a header word between lone pipes, repeated': (n) => 'STT\n|\n'.repeat(n),
  'items with agency and time lines': (n) => `KẾ HOẠCH\nII. NHIỆM VỤ\n${Array.from({ length: n / 4 }, (_, i) => `${i + 1}. Triển khai nhiệm vụ số ${i}\n- Cơ quan chủ trì: Sở Nội vụ\n- Cơ quan phối hợp: Sở Tài chính\n- Thời gian: Quý ${(i % 4) + 1} năm 2025`).join('\n')}`,
  // src/normalize/unwrap-lines.ts tested layout.endsSentence on the whole paragraph joined so far, once per joined line; it now reads a bounded tail.
  'a header word and a short line, repeated': (n) => 'Nội dung\nx\n'.repeat(n),
  // The same join through capitals: whether the joined paragraph is all capitals is carried over, not tested again.
  'wrapped lines in capitals, repeated': (n) => `${'Nội dung\nx\n'.repeat(n / 4)}${'PHÁT TRIỂN\n'.repeat(n)}`,
  // src/extract/attribute-fields.ts matched each next label against a copy of the rest of the line; it now reads a window.
  'many attribute fields in one line': (n) => `KẾ HOẠCH\nII. NHIỆM VỤ\n1. Rà soát thủ tục hành chính\nCơ quan chủ trì: Sở Nội vụ${'; phối hợp: Sở Tư pháp'.repeat(n / 4)}`,
  // src/extract/tasks.ts looked each item with a block up in its siblings (indexOf): quadratic in a long list of items.
  'many items each with its attribute block': (n) => `KẾ HOẠCH\nII. NHIỆM VỤ\n${Array.from({ length: n / 8 }, (_, i) => `${i + 1}. Rà soát nội dung số ${i}\n- Cơ quan chủ trì: Sở Nội vụ`).join('\n')}`,
  'many agencies with notes in one line': (n) => `KẾ HOẠCH\nII. NHIỆM VỤ\n1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Sở Nội vụ\n- Cơ quan phối hợp: ${Array.from({ length: n / 4 }, (_, i) => `Phòng ${i} (theo chức năng)`).join(', ')}\n- Thời gian: Quý I năm 2025`,
};

async function workOf(text: string): Promise<WorkCount> {
  return (await withWorkCounter(() => parse(text))).work;
}

/** The rules whose characters grew most, for the failure message. */
function fastestGrowing(small: WorkCount, large: WorkCount): string {
  return [...large.byRule]
    .map(([id, w]) => ({ id, growth: w.characters / Math.max(1, small.byRule.get(id)?.characters ?? 0), characters: w.characters }))
    .filter((r) => r.characters >= large.characters / 100)
    .sort((a, b) => b.growth - a.growth)
    .slice(0, 3)
    .map((r) => `${r.id} ${r.growth.toFixed(1)}×`)
    .join(', ');
}

async function expectLinearWork(make: (n: number) => string, n = 1_000): Promise<void> {
  const small = await workOf(make(n));
  const large = await workOf(make(4 * n));
  expect(small.executions).toBeGreaterThan(0);
  const detail = `${small.executions} -> ${large.executions} executions, ${small.characters} -> ${large.characters} characters; fastest: ${fastestGrowing(small, large)}`;
  // Linear: about 4× for 4× input. Quadratic would be 16×.
  expect(large.executions / small.executions, detail).toBeLessThanOrEqual(5);
  expect(large.characters / small.characters, detail).toBeLessThanOrEqual(5);
}

describe('pathological inputs take linear work', () => {
  it.each(Object.keys(shapes))('%s', async (name) => {
    await expectLinearWork(shapes[name]!);
  });

  // The agency index has no grammar rule to count: it is checked statically instead (test/source-rules.test.ts).
  // Many bracketed notes in one agency list: checked at full size below (each agency used to filter every note).
});

describe('pathological inputs at full size', () => {
  const validate = createValidator();
  it.each([
    ['100,000 lines of 1.1.1.1', () => shapes['repeated 1.1.1.1 labels']!(100_000)],
    ['one 5 MB line', () => `a) ${'Nội dung cải cách hành chính '.repeat(5_000_000 / 30)}`],
    ['100,000 % signs', () => `a) ${'%'.repeat(100_000)}`],
    ['a 10,000-row table', () => shapes['a long table']!(10_000)],
    // Issue 15 item 7: each joined line re-read the paragraph joined so far (a string built by concatenation is copied
    // whole before a regex or codePointAt reads it, which regex counting cannot see): 20,000 took 7 s, 80,000 over 120 s.
    // Issue 15 item 9: each agency of a list filtered all the list's notes for its own (20,000 notes: 3 s, 80,000: 18 s).
    ['80,000 agencies with a bracketed note each, in one list', () => shapes['many agencies with notes in one line']!(320_000)],
    ['80,000 header words, each with a short line that joins it', () => shapes['a header word and a short line, repeated']!(80_000)],
    ['50 nested levels of labels', () => Array.from({ length: 50 }, (_, i) => `${Array.from({ length: i + 1 }, () => '1').join('.')}. Mục cấp ${i + 1}`).join('\n')],
    ['50 nested HTML lists', () => `<html><body>${'<ul><li>Nội dung'.repeat(50)}${'</li></ul>'.repeat(50)}</body></html>`, 'html' as const],
    ['1,000 nested HTML elements, never closed', () => `<html><body>${'<div><p>1. Mục '.repeat(1000)}`, 'html' as const],
  ])('%s gives a valid document', async (_name, make, format = null) => {
    const doc = await parse(make(), { format });
    expect(validate(doc)).toEqual([]);
  });
});
