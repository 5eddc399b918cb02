#!/bin/sh
# Rebuild the five interop samples in Samples/interop/ from Samples/interop/source.md,
# then check, with the independent reference reader Tools/samples/docx_text.py, that
# each one still reads to the hand-checked Samples/interop/expected.txt (never rewritten here).
#
# Needs: pandoc (2.17 made the committed file), soffice (LibreOffice 7.4), /usr/bin/python3
# with python-docx 0.8.11. wps.docx and google-docs.docx are written by hand-made
# generators (no WPS Office or Google Docs involved); see Samples/interop/README.md.
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "$here/../../Samples/interop" && pwd)
cd "$here"

# pandoc: the source as it is; SOURCE_DATE_EPOCH (2025-07-10) keeps docProps reproducible.
SOURCE_DATE_EPOCH=1752105600 pandoc -f markdown -t docx -o "$out/pandoc.docx" "$out/source.md"
/usr/bin/python3 -c "import sys; from interop_common import normalize_zip; normalize_zip(sys.argv[1])" "$out/pandoc.docx"
echo "wrote $out/pandoc.docx"

/usr/bin/python3 make_libreoffice.py
/usr/bin/python3 make_python_docx.py
/usr/bin/python3 make_wps.py
/usr/bin/python3 make_google_docs.py

status=0
if /usr/bin/python3 interop_common.py | diff -q - "$out/expected.txt" >/dev/null; then
  echo "ok   source.md gives expected.txt"
else
  echo "DIFF source.md no longer gives expected.txt (python3 interop_common.py | diff - $out/expected.txt)"
  status=1
fi
for producer in pandoc libreoffice python-docx wps google-docs; do
  if /usr/bin/python3 ../samples/docx_text.py "$out/$producer.docx" | diff -q - "$out/expected.txt" >/dev/null; then
    echo "ok   $producer.docx"
  else
    echo "DIFF $producer.docx (inspect: ../samples/docx_text.py $out/$producer.docx | diff - $out/expected.txt)"
    status=1
  fi
done
exit $status
