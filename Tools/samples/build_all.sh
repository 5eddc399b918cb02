#!/bin/sh
# Regenerate the four sample .docx files in Samples/ and check that each one still
# yields its hand-checked Samples/<name>.expected.txt (nothing is overwritten).
set -e
here=$(cd "$(dirname "$0")" && pwd)
samples="$here/../../Samples"
cd "$here"
/usr/bin/python3 make_kejiban.py
/usr/bin/python3 make_zhaoshang.py
./make_jingxinju.sh
/usr/bin/python3 make_noisy.py
/usr/bin/python3 make_yuanqu.py
status=0
for n in kejiban-2025 zhaoshang-2025h1 jingxinju-2024 noisy-2024; do
  if /usr/bin/python3 docx_text.py "$samples/$n.docx" | diff -q - "$samples/$n.expected.txt" >/dev/null; then
    echo "ok   $n.expected.txt"
  else
    echo "DIFF $n.expected.txt (inspect: docx_text.py $samples/$n.docx | diff - $samples/$n.expected.txt)"
    status=1
  fi
done
exit $status
