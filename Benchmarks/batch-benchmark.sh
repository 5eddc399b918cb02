#!/usr/bin/env bash
# Bulk-extraction benchmark: docs/s and MB/s with 1 job and with every core, and peak RSS, on
#   - an archive of 300 ten-page reports,
#   - an archive of 3 large documents (22 MB of document.xml each),
#   - an archive of about 1 GB of ten-page reports (about 25,000 of them; skip with --skip-1g).
# Documents come from DocxBenchmark's seeded generator. Usage: Benchmarks/batch-benchmark.sh [--skip-1g] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
skip_1g=0
if [ "${1:-}" = "--skip-1g" ]; then skip_1g=1; shift; fi
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
scripts/build-release >&2
swift build -c release --package-path Benchmarks --product DocxBenchmark >&2
bin=.build/release
[ -f "$work/docs/large-report.docx" ] || Benchmarks/.build/release/DocxBenchmark --generate "$work/docs" >/dev/null

python3 - "$work" "$skip_1g" <<'PY'
import os, sys, zipfile
work, skip = sys.argv[1], sys.argv[2] == "1"
docs = os.path.join(work, "docs")
small = sorted(f for f in os.listdir(docs) if f.startswith("report-"))
def build(name, members):
    path = os.path.join(work, name)
    if os.path.exists(path): return
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for arcname, source in members: z.write(source, arcname)
build("small-300.zip", [(f"copy{c}/{f}", os.path.join(docs, f)) for c in range(6) for f in small])
large = os.path.join(docs, "large-report.docx")
build("large-3.zip", [(f"large-{i}.docx", large) for i in range(3)])
if not skip:
    size = sum(os.path.getsize(os.path.join(docs, f)) for f in small)
    copies = (1 << 30) // size + 1
    build("one-gb.zip", [(f"copy{c:04}/{f}", os.path.join(docs, f)) for c in range(copies) for f in small])
PY

cores=$(nproc)
printf '%-16s %5s %9s %9s %9s %12s\n' archive jobs seconds docs/s MB/s "peak RSS MB"
declare -A seconds_for
for archive in small-300 large-3 one-gb; do
  [ -f "$work/$archive.zip" ] || continue
  bytes=$(stat -c %s "$work/$archive.zip")
  for jobs in 1 "$cores"; do
    out=$( { /usr/bin/time -f '%e %M' "$bin/docx-extract" "$work/$archive.zip" --jobs "$jobs" --quiet -o /dev/null; } 2>&1 | tail -1)
    secs=${out% *}; rss_kb=${out#* }
    docs=$(python3 -c "import zipfile,sys; print(sum(n.endswith('.docx') for n in zipfile.ZipFile(sys.argv[1]).namelist()))" "$work/$archive.zip")
    seconds_for["$archive/$jobs"]=$secs
    python3 -c "import sys; s,d,b,r=map(float,sys.argv[2:6]); print('%-16s %5s %9.2f %9.1f %9.1f %12.1f' % (sys.argv[1], sys.argv[6], s, d/s, b/1e6/s, r/1024))" \
      "$archive" "$secs" "$docs" "$bytes" "$rss_kb" "$jobs"
  done
done
python3 -c "import sys; print('speed-up from 1 to %s jobs on 300 reports: %.2fx' % (sys.argv[3], float(sys.argv[1]) / float(sys.argv[2])))" \
  "${seconds_for[small-300/1]}" "${seconds_for[small-300/$cores]}" "$cores"
