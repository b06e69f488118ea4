import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { createValidator } from '../src/schema/validate.js';

/**
 * Pathological shapes from issue 5: each must take time linear in its size.
 * Checked as growth (time on 4× the input over time on 1×), not absolute
 * time, so a slow or busy machine does not fail it; quadratic work shows as
 * about 16×.
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
};

async function timeParse(text: string): Promise<number> {
  const t0 = performance.now();
  await parse(text);
  return performance.now() - t0;
}

describe('pathological inputs take linear time', () => {
  it.each(Object.keys(shapes))('%s', async (name) => {
    const make = shapes[name]!;
    await timeParse(make(500)); // warm-up
    const small = Math.min(await timeParse(make(2_500)), await timeParse(make(2_500)));
    const large = Math.min(await timeParse(make(10_000)), await timeParse(make(10_000)));
    expect(large / Math.max(small, 5), `${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`).toBeLessThan(9);
  });
});

describe('pathological inputs at full size', () => {
  const validate = createValidator();
  it.each([
    ['100,000 lines of 1.1.1.1', () => shapes['repeated 1.1.1.1 labels']!(100_000)],
    ['one 5 MB line', () => `a) ${'Nội dung cải cách hành chính '.repeat(5_000_000 / 30)}`],
    ['100,000 % signs', () => `a) ${'%'.repeat(100_000)}`],
    ['a 10,000-row table', () => shapes['a long table']!(10_000)],
    ['50 nested levels of labels', () => Array.from({ length: 50 }, (_, i) => `${Array.from({ length: i + 1 }, () => '1').join('.')}. Mục cấp ${i + 1}`).join('\n')],
    ['50 nested HTML lists', () => `<html><body>${'<ul><li>Nội dung'.repeat(50)}${'</li></ul>'.repeat(50)}</body></html>`, 'html' as const],
    ['1,000 nested HTML elements, never closed', () => `<html><body>${'<div><p>1. Mục '.repeat(1000)}`, 'html' as const],
  ])('%s gives a valid document', async (_name, make, format = null) => {
    const doc = await parse(make(), { format });
    expect(validate(doc)).toEqual([]);
  });
});
