#!/bin/sh
# DOCX fixtures saved by LibreOffice and by pandoc from the same texts (test/fixtures/seeds/*.txt), for
# test/import-seeds.test.ts: both must import to the same records as the text does.
# Needs soffice (libreoffice-writer) and pandoc. Run from the repository root.
set -eu
seeds=test/fixtures/seeds
lo=test/fixtures/word/libreoffice
pd=test/fixtures/word/pandoc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# LibreOffice reads a UTF-8 text a paragraph a line
soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" --outdir "$lo" $seeds/*.txt >/dev/null
for f in $seeds/*.txt; do
  n=$(basename "$f" .txt)
  # pandoc reads Markdown: a blank line between lines makes each its own paragraph; Markdown's own
  # characters are escaped so that the text stays as it is
  sed -e 's/[\\*_`#<>|[]/\\&/g' -e 's/]/\\]/g' -e 's/$/\n/' "$f" > "$tmp/$n.md"
  SOURCE_DATE_EPOCH=946684800 pandoc -f markdown-smart "$tmp/$n.md" -o "$pd/$n.docx"
done
