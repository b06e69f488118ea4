#!/usr/bin/env bash
# Makes fixtures/pdf-hoai-nhon-qd-ubnd-2020.pdf: the Word fixture printed to PDF
# by LibreOffice (Debian: apt-get install libreoffice-writer-nogui), so the text
# layer, the wrapped lines, the page breaks and the table cells wrapped inside
# narrow columns are laid out by a real renderer, not by this project.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp fixtures/docx-hoai-nhon-qd-ubnd-2020.docx "$work/pdf-hoai-nhon-qd-ubnd-2020.docx"
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work" "$work/pdf-hoai-nhon-qd-ubnd-2020.docx" >/dev/null
cp "$work/pdf-hoai-nhon-qd-ubnd-2020.pdf" fixtures/
echo "wrote fixtures/pdf-hoai-nhon-qd-ubnd-2020.pdf ($(stat -c %s fixtures/pdf-hoai-nhon-qd-ubnd-2020.pdf) bytes)"
