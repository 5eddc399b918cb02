#!/usr/bin/env bash
# Fresh-clone benchmark: the time from `git clone` of this repository's HEAD to the first JSON of
# `scripts/run-sample` (set-up, release build of docx-extract from nothing, the main job on the bundled sample), as a
# new user meets it. The clone goes to a temporary folder, removed at the end; the machine's packages (apt, SwiftPM's
# local copies of the dependencies) are taken as installed, so the figure is the build's, not the downloads'.
# Prints the seconds and checks that the output is one JSON object. Usage: Benchmarks/fresh-build.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
git clone --quiet "$repo" "$work/clone"
"$work/clone/scripts/run-sample" >"$work/sample.json" 2>"$work/build.log"
end=$(date +%s.%N)
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/sample.json"
python3 -c 'import sys; s = float(sys.argv[2]) - float(sys.argv[1]); print("fresh clone -> scripts/run-sample JSON: %.0f s (%d min %02d s) on %s cores" % (s, s // 60, s % 60, sys.argv[3]))' \
  "$start" "$end" "$(nproc)"
