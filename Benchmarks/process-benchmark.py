#!/usr/bin/env python3
"""Whole-process benchmark of docx-extract against the C floor, each row measured in one run.

The floor is Benchmarks/Floor/sax-floor.c: libzip + a bare libxml2 SAX2 push parser copying the text of `w:t`
(Benchmarks/SAXBaseline), built here with the system C compiler. Each row runs the command (A) and the floor (B) in
turn, A B A B …, ROUNDS times after one warm-up each, and prints the median wall time of each and the median of the
pair-by-pair ratios A/B, which holds on a shared machine where absolute times drift. Peak RSS is measured apart with
/usr/bin/time. Beside each ratio stands, for each side, the share of the CPU time the machine wanted while it ran that
the hypervisor gave to other work (steal time in /proc/stat; a row of a few milliseconds has few ticks to count).

Rows:
  start-up          docx-extract --version                      (absolute; goal ≤ 5 ms)
  per-file          one process per file over N ten-page reports (docx-extract FILE > /dev/null each)
  batch             one process over the same N reports         (docx-extract DIR --jobs 1 -o /dev/null)
  batch, 2 jobs     the same with --jobs 2: the speed-up from 1 to 2 jobs, beside the floor's own (the floor over
                    the same files in one process, paired with two floor processes over their halves at once): how
                    far two processes scale on this machine at all
  text, large       docx-extract text LARGE                     (the large generated report)
  main job, large   docx-extract LARGE
  main job, dense   docx-extract DENSE                          (DocxBenchmark's 40 MB dense document, or --dense PATH)
  text, dense       docx-extract text DENSE                     (the issue's `text` row is on the dense document)

Usage: Benchmarks/process-benchmark.py [--rounds N] [--files N] [--dense PATH | --no-dense] [--work DIR]
Builds the release binaries (static Swift stdlib, as scripts/run-sample does) and DocxBenchmark, and generates the
documents with DocxBenchmark's seeded generator into --work (default: a temporary folder).
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command, **options):
    return subprocess.run(command, cwd=ROOT, check=True, **options)


def build(work):
    run([os.path.join(ROOT, "scripts", "build-release")], stdout=sys.stderr)
    run(["swift", "build", "-c", "release", "--package-path", "Benchmarks", "--product", "DocxBenchmark"], stdout=sys.stderr)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    floor = os.path.join(work, "sax-floor")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0", "libzip"], check=True,
                           capture_output=True, text=True).stdout.split()
    run(["cc", "-O2", "-I", "Benchmarks/SAXBaseline/include", "Benchmarks/Floor/sax-floor.c",
         "Benchmarks/SAXBaseline/SAXBaseline.c", "-o", floor] + flags)
    benchmark = os.path.join(ROOT, "Benchmarks", ".build", "release", "DocxBenchmark")
    return os.path.join(bin_path, "docx-extract"), benchmark, floor


def documents(benchmark, work, count):
    docs = os.path.join(work, "docs")
    if not os.path.exists(os.path.join(docs, "large-report.docx")):
        run([benchmark, "--generate", docs], stdout=subprocess.DEVNULL)
    reports = sorted(name for name in os.listdir(docs) if name.startswith("report-"))
    folder = os.path.join(work, "reports-%d" % count)
    if not os.path.isdir(folder):
        os.makedirs(folder)
        for index in range(count):
            source = reports[index % len(reports)]
            shutil.copyfile(os.path.join(docs, source), os.path.join(folder, "%04d-%s" % (index, source)))
    files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
    return os.path.join(docs, "large-report.docx"), folder, files


def cpu_ticks():
    """The machine's busy CPU time so far and the part of it stolen by the hypervisor, in clock ticks, from the first
    line of /proc/stat; None where there is none (not Linux)."""
    try:
        with open("/proc/stat") as stat:
            fields = [int(value) for value in stat.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    if len(fields) < 8:
        return None
    # user nice system idle iowait irq softirq steal (guest time is counted in user already): busy is all but idle
    # and iowait, steal included, since a stolen tick is one the virtual machine wanted to run.
    user, nice, system, _, _, irq, softirq, steal = fields[:8]
    return user + nice + system + irq + softirq + steal, steal


class Stolen:
    """The share of the CPU time this virtual machine wanted while one side of a row ran that the hypervisor gave to
    other work (steal time): the cores a row counts on were not all there."""

    def __init__(self):
        self.busy = 0
        self.stolen = 0

    def add(self, before, after):
        if before and after:
            self.busy += max(0, after[0] - before[0])
            self.stolen += max(0, after[1] - before[1])

    def percent(self):
        return 100 * self.stolen / self.busy if self.busy else None


def timed(action, stolen):
    """The wall time of `action`, whose stolen CPU time `stolen` (a `Stolen`) gathers."""
    before = cpu_ticks()
    started = time.perf_counter()
    action()
    elapsed = time.perf_counter() - started
    stolen.add(before, cpu_ticks())
    return elapsed


def quiet(command):
    return lambda: subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


def each(commands):
    return lambda: [subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False) for c in commands]


def concurrently(commands):
    def action():
        processes = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in commands]
        for process in processes:
            process.wait()
    return action


def pair(rounds, a, b):
    """`a` and `b` run in turn `rounds` times: their median wall times, the median of their pair-by-pair ratios, and
    the share of CPU time stolen from each side (time a, time b, ratio, (stolen a, stolen b))."""
    a(), b()
    stolen = (Stolen(), Stolen())
    times_a, times_b, ratios = [], [], []
    for _ in range(rounds):
        ta, tb = timed(a, stolen[0]), timed(b, stolen[1])
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(ta / tb)
    return (statistics.median(times_a), statistics.median(times_b), statistics.median(ratios),
            (stolen[0].percent(), stolen[1].percent()))


def peak_mb(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=False)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--dense")
    parser.add_argument("--no-dense", action="store_true")
    parser.add_argument("--work")
    options = parser.parse_args()
    work = options.work or tempfile.mkdtemp(prefix="process-benchmark-")
    os.makedirs(work, exist_ok=True)
    extract, benchmark, floor = build(work)
    large, folder, files = documents(benchmark, work, options.files)
    dense = options.dense
    if not dense and not options.no_dense:
        dense = os.path.join(work, "dense", "dense-large.docx")
        if not os.path.exists(dense):
            run([benchmark, "--generate-dense", os.path.join(work, "dense")], stdout=subprocess.DEVNULL)

    rows = []
    start_a, start_b, _, stolen = pair(
        max(options.rounds, 30), quiet([extract, "--version"]), quiet([floor, "--version"]))
    rows.append(("start-up (--version)", start_a, start_b, None, stolen, peak_mb([extract, "--version"])))
    a, b, ratio, stolen = pair(
        options.rounds, each([[extract, f] for f in files]), each([[floor, f] for f in files]))
    rows.append(("per-file, %d reports" % len(files), a, b, ratio, stolen, None))
    batch = [extract, folder, "--jobs", "1", "--quiet", "-o", "/dev/null"]
    one_job, b, ratio, stolen = pair(options.rounds, quiet(batch), quiet([floor] + files))
    rows.append(("batch, %d reports, 1 job" % len(files), one_job, b, ratio, stolen, peak_mb(batch)))
    two_jobs = batch[:3] + ["2"] + batch[4:]
    a, b, ratio, stolen = pair(options.rounds, quiet(two_jobs), quiet([floor] + files))
    rows.append(("batch, %d reports, 2 jobs" % len(files), a, b, ratio, stolen, None))
    speedup = one_job / a
    half = len(files) // 2
    # The ratio of each pair (one process ÷ two) is the floor's own speed-up from 1 to 2 processes.
    _, _, floor_speedup, floor_stolen = pair(
        options.rounds, quiet([floor] + files), concurrently([[floor] + files[:half], [floor] + files[half:]]))
    a, b, ratio, stolen = pair(options.rounds, quiet([extract, "text", large]), quiet([floor, large]))
    rows.append(("text, large", a, b, ratio, stolen, peak_mb([extract, "text", large])))
    a, b, ratio, stolen = pair(options.rounds, quiet([extract, large]), quiet([floor, large]))
    rows.append(("main job, large", a, b, ratio, stolen, peak_mb([extract, large])))
    if dense:
        a, b, ratio, stolen = pair(options.rounds, quiet([extract, dense]), quiet([floor, dense]))
        rows.append(("main job, dense", a, b, ratio, stolen, peak_mb([extract, dense])))
        a, b, ratio, stolen = pair(options.rounds, quiet([extract, "text", dense]), quiet([floor, dense]))
        rows.append(("text, dense", a, b, ratio, stolen, peak_mb([extract, "text", dense])))

    def percent(value):
        return "%.0f" % value if value is not None else "—"

    print("| row | docx-extract s | floor s | × floor (median of pairs) | CPU stolen % (ours / floor's) | peak RSS MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, a, b, ratio, stolen, peak in rows:
        print("| %s | %.4f | %.4f | %s | %s / %s | %s |" % (
            name, a, b, "%.2f" % ratio if ratio else "—", percent(stolen[0]), percent(stolen[1]),
            "%.1f" % peak if peak else "—"))
    print()
    print("start-up: %.1f ms median wall (floor %.1f ms); 1 → 2 jobs: %.2f× (the floor as 2 processes: %.2f×, "
          "CPU stolen %s%% / %s%%)" % (start_a * 1000, start_b * 1000, speedup, floor_speedup,
                                       percent(floor_stolen[0]), percent(floor_stolen[1])))
    print("CPU stolen: of the CPU time the machine wanted while each side ran (/proc/stat, clock ticks of 10 ms), the "
          "share the hypervisor gave to other work.")

if __name__ == "__main__":
    main()
