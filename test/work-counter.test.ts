import { describe, expect, it } from 'vitest';
import { execFrom, rule, scan, withWorkCounter } from '../src/grammar/registry.js';
import { anchoredAtStart, charactersRead } from '../src/grammar/work-counter.js';
import { parse } from '../src/index.js';

describe('withWorkCounter', () => {
  it('hands out the plain compiled regex when no count runs', async () => {
    const plain = rule('layout.endsSentence');
    expect(rule('layout.endsSentence')).toBe(plain);
    const { result: counted } = await withWorkCounter(() => rule('layout.endsSentence'));
    expect(counted).not.toBe(plain);
    expect(counted.source).toBe(plain.source);
    expect(rule('layout.endsSentence')).toBe(plain);
  });

  it('counts a miss of a search as the whole input and a hit up to its end', async () => {
    const { work } = await withWorkCounter(() => {
      rule('layout.endsSentence').test('tiêu chung'); // miss: 10 characters
      rule('layout.endsSentence').test('hiệu quả.'); // hit at the end: 9 characters
    });
    expect(work.executions).toBe(2);
    expect(work.characters).toBe(19);
    expect(work.byRule.get('layout.endsSentence')).toEqual({ executions: 2, characters: 19 });
  });

  it('counts a miss of a rule anchored at the start as one position', async () => {
    const long = 'x'.repeat(1000);
    const { work } = await withWorkCounter(() => rule('targets.atLeastAfter').test(long));
    expect(work).toMatchObject({ executions: 1, characters: 1 });
  });

  it('counts scan and execFrom step by step, not the rest of the input for each match', async () => {
    const text = 'Sở Nội vụ (theo phân công), Sở Tài chính (theo nội dung).';
    const { result, work } = await withWorkCounter(() => scan('agencies.parenthetical', text));
    expect(result).toHaveLength(2);
    // Two hits, then a miss from the second's end to the end: every character once.
    expect(work).toMatchObject({ executions: 3, characters: text.length });
    const from = await withWorkCounter(() => execFrom('agencies.parenthetical', text, 30));
    expect(from.result?.index).toBe(text.indexOf(' (theo nội dung)'));
    expect(from.work.characters).toBe(text.length - 1 - 30);
  });

  it('counts a split as one pass and splits as the plain regex does', async () => {
    const line = 'STT | Nhiệm vụ | Cơ quan chủ trì';
    const plain = line.split(rule('layout.cellSeparator'));
    const { result, work } = await withWorkCounter(() => line.split(rule('layout.cellSeparator')));
    expect(result).toEqual(plain);
    expect(work).toMatchObject({ executions: 1, characters: line.length });
  });

  it('adds a nested count to the outer one and restores it', async () => {
    const { work: outer } = await withWorkCounter(async () => {
      rule('layout.endsSentence').test('của');
      const { work: inner } = await withWorkCounter(() => rule('layout.endsSentence').test('tiêu chung'));
      expect(inner.characters).toBe(10);
    });
    expect(outer).toMatchObject({ executions: 2, characters: 13 });
  });

  it('counts the same work for the same input every time', async () => {
    const text = 'KẾ HOẠCH\nI. MỤC ĐÍCH\n1. Phấn đấu 100% hồ sơ được giải quyết đúng hạn trong năm 2025.';
    const first = await withWorkCounter(() => parse(text));
    const second = await withWorkCounter(() => parse(text));
    expect(first.work.executions).toBeGreaterThan(0);
    expect(second.work).toEqual(first.work);
  });

  it('stops counting when the counted function throws', async () => {
    await expect(withWorkCounter(() => {
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(rule('layout.endsSentence')).toBe(rule('layout.endsSentence'));
    const { work } = await withWorkCounter(() => null);
    expect(work.executions).toBe(0);
  });
});

describe('charactersRead', () => {
  const hit = /b/u.exec('aab')!;
  it('reads from the start position to the end of a hit', () => {
    expect(charactersRead('aab', 0, hit, false)).toBe(3);
    expect(charactersRead('aab', 1, hit, false)).toBe(2);
  });
  it('reads to the end on a miss of a search, one position on a miss that may start only there', () => {
    expect(charactersRead('aaaa', 1, null, false)).toBe(3);
    expect(charactersRead('aaaa', 1, null, true)).toBe(1);
  });
});

describe('anchoredAtStart', () => {
  it('is true for ^ without m and without a top-level alternative', () => {
    expect(anchoredAtStart('^\\s?trở\\slên', 'u')).toBe(true);
    expect(anchoredAtStart('^(?:a|b)c', 'iu')).toBe(true);
    expect(anchoredAtStart('^[|(]a', 'u')).toBe(true);
    expect(anchoredAtStart('^\\(a|b\\)', 'u')).toBe(false);
  });
  it('is false for a search, a multiline ^ or a top-level alternative', () => {
    expect(anchoredAtStart('a+$', 'u')).toBe(false);
    expect(anchoredAtStart('^a', 'mu')).toBe(false);
    expect(anchoredAtStart('^a|b', 'u')).toBe(false);
  });
});
