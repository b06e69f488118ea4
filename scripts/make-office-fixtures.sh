#!/usr/bin/env bash
# Makes the LibreOffice renderings of the Word fixture (run
# scripts/make-docx-fixtures.js first), with LibreOffice in headless mode
# (Debian: apt-get install libreoffice-writer-nogui):
#   fixtures/doc-hoai-nhon-qd-ubnd-2020.doc  Word 97–2003; Word's automatic
#     numbering survives the round trip, so it exercises the same recovery as the .docx;
#   fixtures/pdf-hoai-nhon-qd-ubnd-2020.pdf  printed to PDF, so the text layer,
#     wrapped lines, page breaks and table cells wrapped inside narrow columns are
#     laid out by a real renderer, not by this project.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# convert NAME FORMAT...: the Word fixture saved as NAME, converted through each FORMAT in turn.
convert() {
  local name="$1" from="docx"
  shift
  cp fixtures/docx-hoai-nhon-qd-ubnd-2020.docx "$work/$name.docx"
  for to in "$@"; do
    soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to "$to" --outdir "$work" "$work/$name.$from" >/dev/null
    from="$to"
  done
  cp "$work/$name.$from" fixtures/
  echo "wrote fixtures/$name.$from ($(stat -c %s "fixtures/$name.$from") bytes)"
}

# Through ODT: LibreOffice 7.4 flattens this file's appendix table when it writes .doc straight from .docx.
convert doc-hoai-nhon-qd-ubnd-2020 odt doc
convert pdf-hoai-nhon-qd-ubnd-2020 pdf
