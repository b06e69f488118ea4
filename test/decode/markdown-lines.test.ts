import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/decode/from-markdown.js';
import { opensNoBlock, splitRow, trimEachLine } from '../../src/decode/markdown/lines.js';

describe('markdown line helpers', () => {
  it('tells lines that cannot open a block from those that may', () => {
    for (const line of ['Ủy ban nhân dân tỉnh', 'Thực hiện Kế hoạch', '|', '(1) Sở Nội vụ', '“Chương trình”', '] còn lại']) expect(opensNoBlock(line)).toBe(true);
    for (const line of ['# KẾ HOẠCH', '- Sở Tài chính', '* Sở Y tế', '+ Sở Xây dựng', '1. Mục tiêu', '***', '---', '===', '```', '~~~', '<div>', '[a]: /x', '_ _ _', '', '\fx']) expect(opensNoBlock(line)).toBe(false);
  });

  it('trims spaces and tabs at both ends of every line, keeping the breaks', () => {
    expect(trimEachLine('  Sở Nội vụ \t\n\tchủ trì  ')).toBe('Sở Nội vụ\nchủ trì');
    expect(trimEachLine(' một dòng ')).toBe('một dòng');
    expect(trimEachLine('\n \n')).toBe('\n\n');
  });

  it('splits a row at unescaped pipes only', () => {
    expect(splitRow('| TT | Nhiệm vụ | Cơ quan chủ trì |')).toEqual([' TT ', ' Nhiệm vụ ', ' Cơ quan chủ trì ']);
    expect(splitRow('a \\| b | c')).toEqual(['a | b ', ' c']);
    expect(splitRow('\\|a|b\\\\|c')).toEqual(['|a', 'b\\|c']);
    expect(splitRow('|')).toEqual(['']);
  });

  it('still reads tables, lists and headings after lines that open no block', () => {
    const md = 'Ủy ban nhân dân\n|\n\n| TT | Nhiệm vụ |\n|---|---|\n| 1 | Rà soát |\n\n- Sở Nội vụ\n\n## II. NHIỆM VỤ';
    expect(readMarkdown(md).text).toBe('Ủy ban nhân dân\n|\n\nTT\tNhiệm vụ\n1\tRà soát\n\n- Sở Nội vụ\n\nII. NHIỆM VỤ\n');
  });
});
