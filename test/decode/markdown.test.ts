import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/decode/from-markdown.js';

const text = (markdown: string) => readMarkdown(markdown).text;

describe('readMarkdown', () => {
  it('keeps soft line breaks inside a paragraph and separates paragraphs by a blank line', () => {
    expect(text('Thực hiện Quyết định số\n2437/QĐ-TTg ngày 04/11/2025\n\nỦy ban nhân dân tỉnh')).toBe('Thực hiện Quyết định số\n2437/QĐ-TTg ngày 04/11/2025\n\nỦy ban nhân dân tỉnh\n');
  });

  it('drops emphasis markers, also where a wrap split them from their text', () => {
    expect(text('**I. MỤC ĐÍCH,\nYÊU CẦU**')).toBe('I. MỤC ĐÍCH,\nYÊU CẦU\n');
    expect(text('**ỦY BAN NHÂN DÂN\n**\nTỈNH ĐẮK LẮK')).toBe('ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n');
    expect(text('**2. Thời gian thực hiện: **Từ năm 2026')).toBe('2. Thời gian thực hiện: Từ năm 2026\n');
    expect(text('của Bộ Nông nghiệp *(nay là Bộ Nông nghiệp và Môi\ntrường) *về quy định')).toBe('của Bộ Nông nghiệp (nay là Bộ Nông nghiệp và Môi\ntrường) về quy định\n');
    expect(text('**KT. CHỦ TỊCH **\n__PHÓ CHỦ TỊCH__')).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n');
  });

  it('keeps a star or underscore that is text', () => {
    expect(text('Chỉ tiêu (*) ghi chú; tên_tệp_đính_kèm')).toBe('Chỉ tiêu (*) ghi chú; tên_tệp_đính_kèm\n');
    expect(text('Diện tích 5 * 3 mét')).toBe('Diện tích 5 * 3 mét\n');
    expect(text('Họ và tên: ______ ngày ___')).toBe('Họ và tên: ______ ngày ___\n');
  });

  it('reads ATX and setext headings as lines of text', () => {
    expect(text('# KẾ HOẠCH #\n## Triển khai ##\nKẾ HOẠCH\n===\nNăm 2025\n---')).toBe('KẾ HOẠCH\n\nTriển khai\n\nKẾ HOẠCH\n\nNăm 2025\n');
  });

  it('keeps list markers as written, at any depth, one item per line', () => {
    expect(text('- Sở Nội vụ;\n  - Phòng Tổ chức;\n1. Mục tiêu\n2) Nhiệm vụ')).toBe('- Sở Nội vụ;\n\n- Phòng Tổ chức;\n\n1. Mục tiêu\n\n2) Nhiệm vụ\n');
    // A year that opens a wrapped line does not start an ordered list inside a paragraph.
    expect(text('giai đoạn\n2021. Kết quả')).toBe('giai đoạn\n2021. Kết quả\n');
    expect(text('- * * *\n\n* *')).toBe('');
  });

  it('renders a pipe table as tab-separated rows and hands over its grid and lines', () => {
    const md = readMarkdown('Phụ lục\n\n| STT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n| 1 | Rà soát **thủ tục** | Sở Nội vụ |\n| 2 | Số hóa \\| lưu trữ |\n\nGhi chú');
    expect(md.text).toBe('Phụ lục\n\nSTT\tNhiệm vụ\tChủ trì\n1\tRà soát thủ tục\tSở Nội vụ\n2\tSố hóa | lưu trữ\t\n\nGhi chú\n');
    expect(md.tables).toBe(1);
    expect(md.tableGrids).toEqual([{ rows: [['STT', 'Nhiệm vụ', 'Chủ trì'], ['1', 'Rà soát thủ tục', 'Sở Nội vụ'], ['2', 'Số hóa | lưu trữ']], firstLine: 2, lastLine: 4 }]);
    expect(md.text.split('\n').slice(2, 5).every((line) => line.includes('\t'))).toBe(true);
  });

  it('gives the lines of a table in the joined text, after a paragraph with soft breaks', () => {
    const md = readMarkdown('Phụ lục\nkèm theo Kế hoạch\n\n| STT | Nhiệm vụ |\n|---|---|\n| 1 | Rà soát |');
    const lines = md.text.split('\n');
    expect(md.tableGrids.map((t) => [t.firstLine, t.lastLine])).toEqual([[3, 4]]);
    expect(lines[3]).toBe('STT\tNhiệm vụ');
  });

  it('does not read lone pipes of a flattened table as a table', () => {
    expect(text('|\n20\n|\n-\n|\n30\n|')).toBe('|\n20\n|\n\n|\n30\n|\n');
  });

  it('breaks lines at two spaces, a backslash and <br>', () => {
    expect(text('Nơi nhận:  \nNhư trên;\\\nLưu: VT.<br>Bản sao<BR />gửi')).toBe('Nơi nhận:\nNhư trên;\nLưu: VT.\nBản sao\ngửi\n');
  });

  it('keeps the text of links and the alt text of images', () => {
    expect(text('Xem [Cổng thông tin](https://example.gov.vn "Cổng") và ![Sơ đồ](a.png), <https://vbpl.vn>.')).toBe('Xem Cổng thông tin và Sơ đồ, https://vbpl.vn.\n');
    expect(text('[chưa đóng](https://example.gov.vn và [a]')).toBe('[chưa đóng](https://example.gov.vn và [a]\n');
    expect(text('Theo [Luật][1] và [Phụ lục].\n\n[1]: https://vbpl.vn/luat "Luật"\n[phụ  lục]: <pl.pdf>')).toBe('Theo Luật và Phụ lục.\n');
  });

  it('keeps inline code and code blocks as written', () => {
    expect(text('Mã `**KH**` và ``a`b``')).toBe('Mã **KH** và a`b\n');
    expect(text('```\n  dòng một\n\ndòng hai\n```\nSau')).toBe('dòng một\ndòng hai\nSau\n');
  });

  it('reads block quotes at any depth as their text', () => {
    expect(text('> Trích dẫn\n> > lồng\ntiếp')).toBe('Trích dẫn\nlồng\ntiếp\n');
    expect(text('Trước\n> Trích dẫn\n\n>>>>> sâu')).toBe('Trước\n\nTrích dẫn\n\nsâu\n');
  });

  it('decodes backslash escapes and entities, leaving unknown ones', () => {
    expect(text('\\*không nghiêng\\* &amp; &lt;b&gt; &#7871; &#x1EBF; &nbsp;x &MT;')).toBe('*không nghiêng* & <b> ế ế \u00a0x &MT;\n');
  });

  it('removes HTML tags and drops script, style and comments with their content', () => {
    expect(text('Đoạn <span>nội dòng</span> <script>steal(document.cookie)</script>tiếp<style>.x{color:red}</style>.<!-- ghi chú -->')).toBe('Đoạn nội dòng tiếp.\n');
    expect(text('<script>\nsteal(document.cookie)\n</script>\n\n<style>\n.x{color:red}\n</style>\n<!--\nẩn\n-->\nVăn bản')).toBe('Văn bản\n');
    expect(text('<div>\nKhối <b>HTML</b>\n</div>')).toBe('Khối  HTML');
  });

  it('keeps a lone < and an unclosed comment as text', () => {
    expect(text('a < b và <!-- không đóng')).toBe('a < b và <!-- không đóng\n');
  });
});
