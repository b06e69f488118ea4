#!/usr/bin/env python3
"""Writes fixtures/bad/: inputs nobody should have to look into by hand.

Run from the repository root: python3 scripts/make-bad-fixtures.py
What each must give is in fixtures/bad/expected.json (written by hand).
"""
import os

B = 'fixtures/bad/'
SAMPLE = '1. Mục đích\na) Phấn đấu 100% thủ tục được công khai.\n'


def write(name, data):
    with open(B + name, 'wb') as f:
        f.write(data)


def main():
    os.makedirs(B, exist_ok=True)
    write('empty.txt', b'')
    write('whitespace-only.txt', b'   \n\t\n \xc2\xa0 \n')
    write('no-structure.txt', 'Đây là một bức thư, không phải một kế hoạch. Không có mục nào.\n'.encode())
    write('pdf-named-txt.txt', b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n' + bytes(range(256)))
    write('docx-named-txt.txt', b'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00' + b'[Content_Types].xml' + bytes(64))
    write('png-named-txt.txt', b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + bytes(32))
    write('exe-named-txt.txt', b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff' + bytes(64))
    write('random-bytes.txt', bytes((i * 37 + 11) % 7 for i in range(2048)))
    write('utf16le-no-bom.txt', SAMPLE.encode('utf-16-le'))
    write('utf16be-no-bom.txt', SAMPLE.encode('utf-16-be'))
    write('invalid-utf8.txt', SAMPLE.encode() + b'\xff\xfe\xc3(' + '2. Yêu cầu\n'.encode())
    write('nul-and-control.txt', SAMPLE.encode().replace(b'a)', b'a)\x00\x07'))
    write('mixed-line-endings.txt', b'1. M\xe1\xbb\xa5c \xc4\x91\xc3\xadch\r\na) M\xe1\xbb\x99t.\rb) Hai.\n')
    write('hostile.html', (
        '<html><head><script>alert("x")</script><style>p{}</style></head>'
        '<body onload="steal()"><iframe src="https://example.invalid"></iframe>'
        '<p onclick="x()">1. M&#7909;c &#273;&iacute;ch &amp; y&ecirc;u c&#7847;u</p>'
        '<p>a) <b>Ph&#7845;n &#273;&#7845;u <i>100% th&#7911; t&#7909;c</b> &#273;&#432;&#7907;c c&ocirc;ng khai.</i>'
        '<div><table><tr><td>không đóng thẻ<td>ô thứ hai</table>'
        '<script>document.write("<p>2. Không được hiện</p>")</script>'
        '<object data="x.swf"></object><svg><script>evil()</script></svg>'
    ).encode())
    write('truncated.html', '<html><body><p>1. Mục đích</p><p>a) Phấn đấu 100% thủ tục được c'.encode())


if __name__ == '__main__':
    main()
