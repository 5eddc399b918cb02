#!/usr/bin/env bash
# Peak memory and time of `docx-extract` on each hostile input, one file per run; with --server, of
# `docx-extract-server` under a storm of them (Benchmarks/hostile-server.py: 8 concurrent uploads of every hostile
# case, then 32 concurrent 60 MB random uploads, then /healthz; peak, idle and after-storm RSS; bound 500 MB).
#
#   Benchmarks/hostile-memory.sh [--reduced] [--bound-mb N] [--server] [WORKDIR]
#
# Builds the release CLI, writes the corpus (swift run HostileCorpus; full size unless --reduced) into
# WORKDIR (default: a temporary folder, removed afterwards), runs `docx-extract --format jsonl --jobs 1`
# on each file alone under /usr/bin/time, and prints: case, expected, result, exit status, peak RSS (MB),
# seconds.
#
# Exits 1 when any case
#   - dies of a signal (a crash),
#   - prints no record, or more than one,
#   - exits with a status other than the documented one (0 ok, 1 the document failed),
#   - gives another result than expected.tsv says, or
#   - peaks above its memory bound: --bound-mb (default 250; 500 for the server) for every input, plus 5 bytes per byte of the
#     main part for inputs that read successfully (their text is held in memory: the run's bytes, the
#     paragraph's String, the extractor's view of it; the default memory budget of a document, 128 MiB, stops
#     a paragraph past 64 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
reduced=""
bound_mb=""
server=0
while [ $# -gt 0 ]; do
  case "$1" in
    --reduced) reduced="--reduced"; shift ;;
    --server) server=1; shift ;;
    --bound-mb) bound_mb="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
if [ $# -gt 0 ]; then
  work="$1"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
[ -x /usr/bin/time ] || { echo "hostile-memory: /usr/bin/time is needed (apt-get install time)" >&2; exit 2; }

scripts/setup
if [ ! -f "$work/corpus/expected.tsv" ]; then
  swift run -c release HostileCorpus $reduced "$work/corpus" >&2
fi

if [ "$server" = 1 ]; then
  scripts/build-release --server >&2
  exec python3 Benchmarks/hostile-server.py --binary "$(swift build -c release --show-bin-path)/docx-extract-server" \
    --corpus "$work/corpus" --bound-mb "${bound_mb:-500}"
fi
bound_mb="${bound_mb:-250}"

scripts/build-release >&2
bin="$(swift build -c release --show-bin-path)/docx-extract"

python3 - "$bin" "$work/corpus" "$bound_mb" <<'PY'
import json, os, subprocess, sys, zipfile

binary, corpus, bound_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
cases = [line.rstrip("\n").split("\t") for line in open(os.path.join(corpus, "expected.tsv"))]
failures = []
print("%-44s %-30s %-18s %4s %9s %8s %9s" % ("case", "expected", "result", "exit", "RSS MB", "seconds", "bound MB"))
for name, expected in cases:
    path = os.path.join(corpus, name + ".docx")
    timing = os.path.join(corpus, ".time")
    process = subprocess.run(
        ["/usr/bin/time", "-f", "%M %e", "-o", timing, binary, "--format", "jsonl", "--jobs", "1", "--quiet", path],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    text = open(timing).read().strip().splitlines()
    # GNU time writes "Command terminated by signal N" / "Command exited with non-zero status N" first.
    signal = next((line for line in text if "signal" in line), None)
    rss_kb, seconds = (text[-1].split() + ["0", "0"])[:2] if text else ("0", "0")
    rss = int(rss_kb) / 1024
    lines = [line for line in process.stdout.decode("utf-8", "replace").splitlines() if line.strip()]
    result = "no record"
    if len(lines) == 1:
        try:
            record = json.loads(lines[0])
            result = "ok" if record.get("status") == "ok" else (record.get("error") or {}).get("code", record.get("status"))
        except ValueError:
            result = "unparsable record"
    elif len(lines) > 1:
        result = "%d records" % len(lines)
    main_part = 0
    if expected == "ok":
        try:
            with zipfile.ZipFile(path) as archive:
                main_part = archive.getinfo("word/document.xml").file_size
        except (zipfile.BadZipFile, KeyError, OSError):
            pass
    bound = bound_mb + 5 * main_part / (1 << 20)
    problems = []
    if signal:
        problems.append(signal)
    if len(lines) != 1:
        problems.append(result)
    elif result not in expected.split("|"):
        problems.append("expected %s, got %s" % (expected, result))
    documented = 0 if result == "ok" else 1
    if not signal and process.returncode != documented:
        problems.append("exit status %d, documented %d" % (process.returncode, documented))
    if rss > bound:
        problems.append("peak RSS %.0f MB over the bound of %.0f MB" % (rss, bound))
    print("%-44s %-30s %-18s %4s %9.1f %8s %9.0f%s" % (
        name, expected, result, process.returncode if not signal else "sig", rss, seconds, bound,
        "  <-- " + "; ".join(problems) if problems else ""))
    if problems:
        failures.append((name, problems, process.stderr.decode("utf-8", "replace")[-400:]))
    sys.stdout.flush()
print()
if failures:
    print("%d of %d cases failed:" % (len(failures), len(cases)))
    for name, problems, stderr in failures:
        print("  %s: %s" % (name, "; ".join(problems)))
        if stderr.strip():
            print("    stderr: " + stderr.strip().splitlines()[-1][:300])
    sys.exit(1)
print("all %d cases within bounds (%d MB, plus 5x the main part for documents that read)" % (len(cases), bound_mb))
PY
