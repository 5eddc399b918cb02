#!/bin/sh
# Build Samples/jingxinju-2024.docx with pandoc from src/jingxinju-2024.md
# (headings with '#', one pipe table, one footnote). SOURCE_DATE_EPOCH keeps the
# output reproducible.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../Samples/jingxinju-2024.docx"
SOURCE_DATE_EPOCH=1735689600 pandoc -f markdown -t docx \
  -o "$out" "$here/src/jingxinju-2024.md"
/usr/bin/python3 -c "import sys; sys.path.insert(0, '$here'); from common import normalize_zip; normalize_zip('$out')"
echo "wrote $out"
