#!/usr/bin/env python3
"""Writes the project's own quirk fixtures from the corpus documents.

Run from the repository root: python3 scripts/make-quirk-fixtures.py
Python is used because its codecs can *encode* Windows-1258 and UTF-16, which
Node's TextDecoder only decodes. The expected JSON beside each fixture is
reviewed by hand; this script never writes it.
"""
import unicodedata

F = 'fixtures/'


def ncr(s):
    """Non-ASCII characters as numeric character references, as Word writes them."""
    return ''.join(c if ord(c) < 128 else f'&#{ord(c)};' for c in s)


TONES = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}


def to_1258(text):
    """Windows-1258 stores the tone as a combining mark after a precomposed base letter."""
    out = []
    for ch in unicodedata.normalize('NFC', text):
        parts = unicodedata.normalize('NFD', ch)
        tone = ''.join(p for p in parts if p in TONES)
        base = unicodedata.normalize('NFC', ''.join(p for p in parts if p not in TONES))
        try:
            (base + tone).encode('cp1258')
            out.append(base + tone)
        except UnicodeEncodeError:
            out.append(ch)
    return ''.join(out).encode('cp1258')


MARKDOWN = """Hệ thống pháp luật

| ỦY BAN NHÂN DÂN<br>TỈNH HẢI DƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 4707/KH-UBND | *Hải Dương, ngày 24 tháng 12 năm 2021* |

# KẾ HOẠCH

**CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH HẢI DƯƠNG
NĂM 2022**

Thực hiện Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về
Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030,
Ủy ban nhân dân tỉnh ban hành Kế hoạch CCHC nhà nước tỉnh Hải Dương năm 2022 như sau:

## I\\. MỤC ĐÍCH, YÊU CẦU

1\\. Mục đích

- Tiếp tục thực hiện có hiệu quả các văn bản chỉ đạo của Trung ương, của các bộ,
  ngành và của tỉnh về công tác CCHC.
- Tiếp tục nâng cao Chỉ số cải cách hành chính (PAR INDEX) của tỉnh.

2\\. Yêu cầu

- *Triển khai đúng, đủ, toàn diện, hiệu quả các nội dung của Kế hoạch phù hợp
  điều kiện thực tế của địa phương, cơ quan, đơn vị.*

## II\\. CÁC CHỈ TIÊU, NHIỆM VỤ CHỦ YẾU

1\\. Cải cách thủ tục hành chính

a) Phấn đấu từ 95% -100% số hồ sơ TTHC được trả kết quả giải quyết đúng hạn,
trước hạn.

b) Phấn đấu từ 90% trở lên người dân, doanh nghiệp đánh giá mức độ hài lòng
trong giải quyết TTHC.

PHỤ LỤC

| TT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|----|----------|----------|-----------------|------------------|----------------------|
| I | CẢI CÁCH THỂ CHẾ | | | | |
| 1 | Kế hoạch theo dõi thi hành pháp luật năm 2022 | Kế hoạch | Sở Tư pháp | Sở, ban, ngành tỉnh | Quý I/2022 |
| 2 | Kế hoạch kiểm tra công tác CCHC năm 2022 | Kế hoạch | Sở Nội vụ | Các cơ quan, đơn vị | Quý I/2022 |

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Minh Hùng
"""

TABLE_ROWS = [
    '<tr><td>STT</td><td>Nhiệm vụ</td><td>Sản phẩm</td><td>Cơ quan chủ trì</td><td>Cơ quan phối hợp</td><td>Thời gian</td></tr>',
    '<tr><td colspan="6">I. CẢI CÁCH THỂ CHẾ</td></tr>',
    '<tr><td>1</td><td>Kế hoạch kiểm tra, rà soát văn bản quy phạm pháp luật năm 2024</td><td>Kế hoạch</td>'
    '<td rowspan="2">Sở Tư pháp</td><td>Sở, ban, ngành tỉnh</td><td>Tháng 01 năm 2024</td></tr>',
    '<tr><td>2</td><td>Kế hoạch theo dõi thi hành pháp luật năm 2024</td><td>Kế hoạch</td>'
    '<td>Sở, ban, ngành tỉnh và UBND cấp huyện</td><td>Quý I năm 2024</td></tr>',
    '<tr><td colspan="6">II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH</td></tr>',
    '<tr><td>1</td><td>Kế hoạch rà soát, đánh giá TTHC năm 2024</td><td><p>- Kế hoạch;</p><p>- Báo cáo kết quả.</p></td>'
    '<td>Văn phòng UBND tỉnh</td><td>Các sở, ban, ngành tỉnh, UBND cấp huyện</td><td>Quý I năm 2024</td></tr>',
]

HTML = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15">
<style>p.MsoNormal {{ margin: 0cm; }}</style>
<script>document.write('KHÔNG ĐƯỢC HIỆN');</script>
</head>
<body lang=VI>
<nav><a href="/">Trang chủ</a> | <a href="/van-ban">Văn bản</a></nav>
<div class=WordSection1>
<table border=0><tr><td><p>ỦY BAN NHÂN DÂN<br>TỈNH CÀ MAU</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</p></td></tr>
<tr><td><p>Số: 137/QĐ-UBND</p></td><td><p><i>Cà Mau, ngày 24 tháng 01 năm 2024</i></p></td></tr></table>
<p align=center><b>KẾ HOẠCH</b></p>
<p align=center><b>CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA TỈNH CÀ MAU</b></p>
<p>Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;</p>
<p onclick="alert(1)"><b>I. MỤC TIÊU</b></p>
<p>1. Mục tiêu cụ thể</p>
<p>a) Phấn đấu 100% văn bản quy phạm pháp luật của Trung ương được cụ thể hóa hoặc triển khai kịp thời.</p>
<p>b) Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của tỉnh đạt tối thiểu 50%.</p>
<iframe src="https://example.invalid/ads"></iframe>
<p>PHỤ LỤC</p>
<table border=1>{''.join(TABLE_ROWS)}</table>
<p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p>Lâm Văn Bi</p>
</div>
</body></html>
"""


def main():
    with open(F + 'markdown-hai-duong-excerpt.md', 'w', encoding='utf-8') as f:
        f.write(MARKDOWN)
    with open(F + 'html-word-export-ca-mau-excerpt.html', 'wb') as f:
        f.write(ncr(HTML).encode('windows-1252'))
    lines = open(F + 'hau-giang-50-kh-ubnd-2022.txt', encoding='utf-8').read().split('\n')
    excerpt = '\n'.join(lines[3:16]) + '\n'
    with open(F + 'utf8-hau-giang-excerpt.txt', 'w', encoding='utf-8') as f:
        f.write(excerpt)
    with open(F + 'windows-1258-hau-giang-excerpt.txt', 'wb') as f:
        f.write(to_1258(excerpt))
    with open(F + 'utf16-hau-giang-excerpt.txt', 'wb') as f:
        f.write(b'\xff\xfe' + excerpt.replace('\n', '\r\n').encode('utf-16-le'))
    hai_duong = open(F + 'hai-duong-4707-kh-ubnd-2021.txt', encoding='utf-8').read()
    with open(F + 'nfd-hai-duong.txt', 'w', encoding='utf-8') as f:
        f.write(unicodedata.normalize('NFD', hai_duong))


if __name__ == '__main__':
    main()
