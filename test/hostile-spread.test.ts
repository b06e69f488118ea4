import { describe, expect, it } from 'vitest';
import { countAtOrBefore, maxOf, minOf, pushAll } from '../src/core/arrays.js';
import { parse } from '../src/index.js';

// Issue 15.5: `push(...items)` and `Math.max(...values)` pass every element as an argument and overflow the stack
// past ~100,000 elements, which dropped whole kinds of items from large documents.
describe('input-sized arrays never go through a spread', () => {
  it('pushAll, minOf and maxOf take a million elements', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(pushAll([-1], many)).toHaveLength(1_000_001);
    expect([minOf(many), maxOf(many)]).toEqual([0, 999_999]);
    expect([minOf([]), maxOf([])]).toEqual([Infinity, -Infinity]);
  });

  it('150,000 percentages in one clause give 150,000 targets, not a stack overflow', async () => {
    const doc = await parse(`a) ${'5% hồ sơ, '.repeat(150_000)}`);
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(doc.targets).toHaveLength(150_000);
  });

  it('a 150,000-row appendix gives its 150,000 tasks', async () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => `${i + 1}\tNhiệm vụ ${i}\tSở Nội vụ\tQuý I/2025`).join('\n');
    const doc = await parse(`PHỤ LỤC\nTT\tNhiệm vụ\tCơ quan chủ trì\tThời gian\n${rows}`);
    expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(doc.tasks).toHaveLength(150_000);
  });
});

describe('countAtOrBefore', () => {
  it('counts the leading keys at or before a value, at both ends and between equal keys', () => {
    const keys = [0, 5, 5, 9];
    const count = (x: number) => countAtOrBefore(keys.length, (i) => keys[i]!, x);
    expect([-1, 0, 4, 5, 8, 9, 100].map(count)).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(countAtOrBefore(0, () => 0, 3)).toBe(0);
  });
});
