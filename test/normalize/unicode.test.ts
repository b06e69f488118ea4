import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/core/diagnostic.js';
import { toCleanLines } from '../../src/normalize/unicode.js';

/** The per-line test the whole-text search replaced: which lines the cleanup may change. */
const needsCleanupPerLine = /[\u0000-\u0008\u000B-\u001F\u007F-\u00A0\u00AD\u1680\u2000-\u200D\u2028-\u202F\u205F\u2060\u3000\uFEFF\t]| {2}|^ | $/;

/** The cleanup of one line, as the normalizer does it. */
const cleaned = (raw: string): string => {
  const line = raw.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
  const collapsed = line.replace(/[ \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, ' ').replace(/ *\t */g, '\t').replace(/^ | $/g, '');
  return collapsed.trim() === '' ? '' : collapsed;
};

/** A small generator of text made of the characters line cleanup cares about (seeded, so runs repeat). */
function sample(seed: number, length: number): string {
  const pieces = ['Sở', ' ', '  ', 'Nội vụ', '\t', '\r\n', '\n', '\r', '\u2028', '\u0085', '\u00A0', '\u200B', '\u0007', ' \n', '\n ', 'đạt 90%', '\uFEFF', '\u3000'];
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += pieces[x % pieces.length];
  }
  return out;
}

describe('toCleanLines', () => {
  it('cleans exactly the lines a per-line test would pick, whatever the line ends', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = sample(seed, 1 + (seed % 40));
      const lines = toCleanLines(text, createReporter());
      const raws = text.normalize('NFC').split(/\r\n?|\n|\u2028|\u2029|\u0085/);
      expect(lines.map((l) => l.line)).toEqual(raws.map((_, i) => i + 1));
      raws.forEach((raw, i) => {
        if (!needsCleanupPerLine.test(raw)) expect(lines[i]).toEqual({ text: raw, line: i + 1, lastLine: i + 1, placeholder: false });
        else expect(lines[i]).toEqual({ text: cleaned(raw), line: i + 1, lastLine: i + 1, placeholder: cleaned(raw) === '' && raw.length > 0 });
      });
    }
  });

  it('turns a line of spaces into a blank placeholder and keeps a clean line as it is', () => {
    const lines = toCleanLines('KẾ HOẠCH\r\n   \r\n  Sở Nội vụ  chủ trì \n', createReporter());
    expect(lines.map((l) => [l.text, l.placeholder])).toEqual([
      ['KẾ HOẠCH', false],
      ['', true],
      ['Sở Nội vụ chủ trì', false],
      ['', false],
    ]);
  });
});
