import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';

// Tests count work instead of timing it, so a busy machine cannot fail them (issue 13); `npm run bench` times.
const clockReads = /\bperformance\s*\.\s*now\b|\bDate\s*\.\s*now\b|\bprocess\s*\.\s*hrtime\b|\bnew\s+Date\s*\(\s*\)|\bconsole\s*\.\s*time\b/u;

describe('tests read no clock', () => {
  const files = fg.sync('test/**/*.ts', { ignore: ['test/no-clock.test.ts'] });

  it('finds the test files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const reads = lines.flatMap((line, i) => (clockReads.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
    expect(reads).toEqual([]);
  });

  it('the check itself sees each way of reading the clock', () => {
    for (const read of ['performance.now()', 'Date.now()', 'process.hrtime.bigint()', 'new Date()', 'console.time("x")']) expect(clockReads.test(read)).toBe(true);
    for (const fine of ['new Date(2024, 0, 1)', 'updateDate.nowhere', 'io.now ?? fixedNow']) expect(clockReads.test(fine)).toBe(false);
  });
});
