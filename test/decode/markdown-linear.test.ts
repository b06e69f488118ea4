import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/decode/from-markdown.js';

// Linear time, checked without a clock: the reader counts the characters it visits, and 4× the
// input must cost at most 5× the work (for the staircase, whose text grows with the square of
// its depth, 1.25× the growth of the text). The inputs are the ones that make micromark super-linear
// (issue 12) and the other constructs that look ahead or nest.
const work = (markdown: string) => {
  const counter = { work: 0 };
  readMarkdown(markdown, { counter });
  return counter.work;
};

const hostile: [string, (n: number) => string, number][] = [
  ["'*a' × 50,000", (n) => '*a'.repeat(n), 50_000],
  ["'- ' × 10,000", (n) => '- '.repeat(n), 10_000],
  ["'- ' × 10,000 then text (items nested on one line)", (n) => `${'- '.repeat(n)}a`, 10_000],
  ["'[a](' × 80,000", (n) => '[a]('.repeat(n), 80_000],
  ["'**' split across thousands of lines", (n) => Array.from({ length: n }, (_, i) => (i % 2 ? '**' : 'ỦY BAN NHÂN DÂN')).join('\n'), 5_000],
  ['100,000 nested >', (n) => `${'>'.repeat(n)} trích dẫn`, 100_000],
  ['nested > with spaces', (n) => `${'> '.repeat(n)}a`, 25_000],
  ['10,000 nested list items by indent', (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i % 200)}- mục`).join('\n'), 10_000],
  ['a list staircase (indent grows with depth)', (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'), 500],
  ['code spans of many lengths', (n) => Array.from({ length: n }, (_, i) => '`'.repeat(1 + (i % 64))).join('a'), 5_000],
  ['unclosed <script>', (n) => '<script>a'.repeat(n), 20_000],
  ['unclosed comments', (n) => 'a <!-- b'.repeat(n), 20_000],
  ['unclosed autolinks and tags', (n) => '<a:b <b c="'.repeat(n), 20_000],
  ['open brackets', (n) => '[!['.repeat(n), 30_000],
  ['link tails in parentheses', (n) => '[a](b('.repeat(n), 30_000],
  ['reference links with a definition', (n) => `${'[a][b [a][] [a] [x]: '.repeat(n)}\n\n[a]: https://vbpl.vn`, 10_000],
  ['entities', (n) => '&amp &#12345678; &abc'.repeat(n), 10_000],
  ['underscores', (n) => '_a __b'.repeat(n), 20_000],
  ['spaces before a closing #', (n) => `# a${' '.repeat(n)}b #`, 50_000],
  ['spaces inside a line', (n) => `a${' \t'.repeat(n)}b`, 50_000],
  ['table rows', (n) => `| a | b |\n|---|---|\n${'| x | y |\n'.repeat(n)}`, 5_000],
  ['pipes without a delimiter row', (n) => '| a |\n'.repeat(n), 10_000],
];

describe('markdown reader work', () => {
  it.each(hostile)('grows linearly on %s', (_, make, n) => {
    const small = make(n);
    const large = make(4 * n);
    const a = work(small);
    const b = work(large);
    // Every character is visited at least once.
    expect(a).toBeGreaterThanOrEqual(small.length);
    expect(b).toBeGreaterThanOrEqual(large.length);
    expect(b / a).toBeLessThanOrEqual(1.25 * (large.length / small.length));
    expect(large.length / small.length).toBeGreaterThanOrEqual(3.9);
  });

  it('reads nesting far deeper than the stack allows', () => {
    expect(readMarkdown(`${'>'.repeat(100_000)} trích dẫn`).text).toBe('trích dẫn\n');
    expect(readMarkdown(`${'- '.repeat(10_000)}mục`).text).toBe('- mục\n');
    expect(readMarkdown(`${'*'.repeat(100_000)}a${'*'.repeat(100_000)}`).text).toBe('a\n');
    expect(readMarkdown(`${'['.repeat(100_000)}a${'](b)'.repeat(100_000)}`).text).toBe('a\n');
  });
});
