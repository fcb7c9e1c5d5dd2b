#!/bin/sh
# The README screenshot: page 1 of an example, rendered through DOCX → LibreOffice → PDF → PNG.
#   scripts/screenshot.sh [record] [out.png]
# Needs LibreOffice (libreoffice-writer-nogui), fonts-noto-cjk and poppler-utils.
set -eu
cd "$(dirname "$0")/.."
record=${1:-examples/summary-petitions-2009h1.yaml}
out=${2:-docs/page-1.png}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npx vite-node scripts/render-example.ts "$record" "$tmp/page.pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$tmp/page.pdf" "$tmp/page"
mkdir -p "$(dirname "$out")"
mv "$tmp/page.png" "$out"
echo "wrote $out"
