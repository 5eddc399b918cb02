#!/usr/bin/env bash
# Fresh-clone benchmark: the time from `git clone` of this repository's committed HEAD to the JSON of
# `scripts/run-sample` (set-up, release build of docx-extract from nothing, the main job on the bundled sample), as a
# new user meets it. The clone goes to a temporary folder, removed at the end. The apt packages are taken as installed;
# no Package.resolved is committed, so the clone resolves its Swift dependencies anew, from wherever SwiftPM gets them
# on the machine (here its local copies). Prints the seconds and checks that the output is one JSON object; on a
# failure, prints the end of the build's log. Linux (GNU date). Usage: Benchmarks/fresh-build.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
git clone --quiet "$repo" "$work/clone"
if ! "$work/clone/scripts/run-sample" >"$work/sample.json" 2>"$work/build.log"; then
  tail -n 30 "$work/build.log" >&2
  echo "fresh-build: scripts/run-sample failed" >&2
  exit 1
fi
end=$(date +%s.%N)
python3 - "$work/sample.json" "$start" "$end" "$(nproc)" <<'PY'
import json, sys
path, start, end, cores = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
if not isinstance(json.load(open(path)), dict):
    sys.exit("fresh-build: scripts/run-sample printed JSON that is not an object")
seconds = round(end - start)
print("fresh clone -> scripts/run-sample JSON: %d s (%d min %02d s) on %s cores" % (seconds, seconds // 60, seconds % 60, cores))
PY
