import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Expected {
  exit: number;
  error?: string;
  codes?: string[];
  outline?: string[];
  absent?: string[];
}

// fixtures/bad/: made by scripts/make-bad-fixtures.py; what each must give is written by hand.
const expected = JSON.parse(readFileSync('fixtures/bad/expected.json', 'utf8')) as Record<string, Expected>;

describe('bad inputs get a clear error or diagnostic, never a stack trace', () => {
  it.each(Object.entries(expected))('%s', (name, want) => {
    const path = `fixtures/bad/${name}`;
    const r = spawnSync('node', ['bin/kehoach.js', 'parse', path, '--text', '--compact'], { encoding: 'utf8' });
    expect(r.status).toBe(want.exit);
    expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError/);
    if (want.error) {
      expect(r.stderr).toBe(`${path}:1: error ${want.error} [decode/binary]\n`);
      expect(r.stdout).toBe('');
      return;
    }
    const doc = JSON.parse(r.stdout);
    const codes = doc.diagnostics.map((d: { code: string }) => d.code);
    for (const code of want.codes ?? []) expect(codes).toContain(code);
    if (want.outline) expect(doc.outline.map((n: { label: string | null; kind: string }) => n.label ?? n.kind)).toEqual(want.outline);
    for (const text of want.absent ?? []) expect(r.stdout).not.toContain(text);
  });

  it('refuses random bytes as not a text document, judging the decoded text, not whether it decodes', async () => {
    const { parse } = await import('../src/index.js');
    // 20 KB from a fixed-seed generator: any single-byte encoding decodes it; none reads it as text.
    let seed = 12345;
    const bytes = Uint8Array.from({ length: 20_000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    const doc = await parse(bytes, { path: 'random.txt' });
    expect(doc.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['Not a text document (its bytes read as text in no encoding: binary or random data).']);
    // while text in a legacy encoding, or English in Windows-1252, is still read
    const english = Buffer.from('The plan sets targets for caf\xe9s \x93and\x94 shops \x96 in 2025.\n'.repeat(50), 'latin1');
    expect((await parse(english)).diagnostics.map((d) => d.code)).not.toContain('decode/binary');
  });

  it('refuses a file over --max-bytes before reading it, naming the limit', () => {
    const r = spawnSync('node', ['bin/kehoach.js', 'parse', 'fixtures/hau-giang-50-kh-ubnd-2022.txt', '--max-bytes', '1000'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('fixtures/hau-giang-50-kh-ubnd-2022.txt: error the file is 19.3 KB, over the 1000 bytes limit (--max-bytes) [decode/too-large]\n');
  });

  it('says what a bad option value should be, with exit code 2', () => {
    const r = spawnSync('node', ['bin/kehoach.js', 'parse', 'x.txt', '--max-bytes', 'abc'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("option '--max-bytes <n>' argument 'abc' is invalid");
  });
});
