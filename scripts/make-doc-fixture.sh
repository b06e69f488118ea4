#!/usr/bin/env bash
# Makes fixtures/doc-hoai-nhon-qd-ubnd-2020.doc, a Word 97–2003 rendering of the
# Word fixture (run scripts/make-docx-fixtures.js first), with LibreOffice
# (Debian: apt-get install libreoffice-writer-nogui). Word's automatic numbering
# survives the round trip, so the .doc exercises the same recovery as the .docx.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp fixtures/docx-hoai-nhon-qd-ubnd-2020.docx "$work/doc-hoai-nhon-qd-ubnd-2020.docx"
# Through ODT: LibreOffice 7.4 flattens this file's appendix table when it writes .doc straight from .docx.
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to odt --outdir "$work" "$work/doc-hoai-nhon-qd-ubnd-2020.docx" >/dev/null
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to doc --outdir "$work" "$work/doc-hoai-nhon-qd-ubnd-2020.odt" >/dev/null
cp "$work/doc-hoai-nhon-qd-ubnd-2020.doc" fixtures/
echo "wrote fixtures/doc-hoai-nhon-qd-ubnd-2020.doc ($(stat -c %s fixtures/doc-hoai-nhon-qd-ubnd-2020.doc) bytes)"
