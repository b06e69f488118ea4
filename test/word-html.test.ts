import { describe, expect, it } from 'vitest';
import { htmlToText } from '../src/decode/from-html.js';

/** Markup as Word's “Save as Web Page” writes it (tabs, footnotes, hidden text, tracked changes). */
const page = `<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"></head><body lang=VI>
<div class=WordSection1>
<p class=MsoNormal><b>UBND TỈNH AN THUẬN<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp;&nbsp; </span>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>
<p class=MsoNormal><b>SỞ NỘI VỤ<span style='mso-tab-count:1'>&nbsp;&nbsp; </span>Độc lập - Tự do - Hạnh phúc</b></p>
<p class=MsoNormal>1.<span style='mso-tab-count:1'>&nbsp; </span>Mục đích</p>
<p class=MsoNormal>Căn cứ Nghị định số 61/2018/NĐ-CP<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a> của Chính phủ;</p>
<p class=MsoNormal>Phấn đấu <del cite="mailto:Chuyên%20viên" datetime="2025-03-01T08:00">90%</del><ins cite="mailto:Chuyên%20viên" datetime="2025-03-01T08:00">95%</ins> hồ sơ đúng hạn<span style='display:none;mso-hide:all'> (ghi chú: xem lại)</span>.</p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%"><![endif]>
<div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'><![if !supportFootnotes]>[1]<![endif]></span></span></a> Đã được sửa đổi bởi Nghị định số 107/2021/NĐ-CP</p>
</div></div>
</body></html>`;

describe("Word's web page export", () => {
  it('reads as the .docx does: tab-laid columns, footnotes in place, no hidden or deleted text', async () => {
    expect((await htmlToText(page)).text.split('\n')).toEqual([
      'UBND TỈNH AN THUẬN',
      'SỞ NỘI VỤ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '1. Mục đích',
      'Căn cứ Nghị định số 61/2018/NĐ-CP (Đã được sửa đổi bởi Nghị định số 107/2021/NĐ-CP) của Chính phủ;',
      'Phấn đấu 95% hồ sơ đúng hạn.',
    ]);
  });
});

describe('ordered lists (LibreOffice writes Word numbering as them)', () => {
  it('are given the numbers a browser draws: type, start and value', async () => {
    const html = `<ol type="I"><li><p>MỤC ĐÍCH</p><ol><li><p>Mục đích</p></li><li><p>Yêu cầu</p></li></ol></li><li><p>NHIỆM VỤ</p><ol type="a" start="2"><li>Thứ hai</li><li value="5">Thứ năm</li><li>Thứ sáu</li></ol></li></ol><ul><li>Gạch đầu dòng</li></ul>`;
    expect((await htmlToText(html)).text.split('\n')).toEqual(['I. MỤC ĐÍCH', '1. Mục đích', '2. Yêu cầu', 'II. NHIỆM VỤ', 'b. Thứ hai', 'e. Thứ năm', 'f. Thứ sáu', 'Gạch đầu dòng']);
  });
});
