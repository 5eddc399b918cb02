#!/usr/bin/env python3
"""Memory of `docx-extract-server` under a storm of hostile uploads, on loopback only.

Starts the server (default settings) on a free 127.0.0.1 port and records its resident size when idle, then:
  1. for every case of the hostile corpus (swift run HostileCorpus) that does not read as a document,
     CONCURRENCY (8) uploads of that file at once to POST /v1/extract;
  2. 32 concurrent uploads of 60 MB of random bytes;
  3. GET /healthz, then the resident size a few seconds after the storm.
Every answer must be a problem+json 4xx or 503 (a connection the server closes after answering early is counted
apart and allowed). Prints the server's peak RSS (VmHWM), its idle and after-storm RSS, and the answers by status;
exits 1 when an answer is something else, /healthz fails, or the peak is above --bound-mb (default 500).

Usage: Benchmarks/hostile-server.py --binary PATH --corpus DIR [--bound-mb N] [--concurrency N]
"""
import argparse, collections, http.client, json, os, socket, subprocess, sys, threading, time

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def status_kb(pid, field):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def post(port, body, answers, lock):
    outcome = None
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        connection.request("POST", "/v1/extract", body=body, headers={"Content-Type": DOCX})
        response = connection.getresponse()
        payload = response.read()
        kind = response.getheader("Content-Type", "")
        outcome = str(response.status)
        if response.status == 200 or not kind.startswith("application/problem+json"):
            outcome = "unexpected %d %s" % (response.status, kind)
        else:
            json.loads(payload)
        connection.close()
    except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected):
        outcome = "closed early"
    except Exception as error:  # noqa: BLE001 - every other failure is reported as such
        outcome = "failed: %s" % type(error).__name__
    with lock:
        answers[outcome] += 1


def storm(port, bodies, answers):
    lock = threading.Lock()
    threads = [threading.Thread(target=post, args=(port, body, answers, lock)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--bound-mb", type=float, default=500)
    parser.add_argument("--concurrency", type=int, default=8)
    options = parser.parse_args()

    cases = [line.rstrip("\n").split("\t") for line in open(os.path.join(options.corpus, "expected.tsv"))]
    hostile = [name for name, expected in cases if "ok" not in expected.split("|")]
    port = free_port()
    server = subprocess.Popen([options.binary, "--host", "127.0.0.1", "--port", str(port), "--log-level", "error"])
    try:
        for _ in range(200):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.05)
        time.sleep(0.5)
        idle_mb = status_kb(server.pid, "VmRSS") / 1024
        answers = collections.Counter()
        started = time.time()
        for name in hostile:
            with open(os.path.join(options.corpus, name + ".docx"), "rb") as handle:
                body = handle.read()
            storm(port, [body] * options.concurrency, answers)
        random_body = os.urandom(60 << 20)
        storm(port, [random_body] * 32, answers)
        storm_seconds = time.time() - started
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/healthz")
        health = connection.getresponse()
        healthy = health.status == 200 and json.loads(health.read()).get("status") == "ok"
        time.sleep(3)
        after_mb = status_kb(server.pid, "VmRSS") / 1024
        peak_mb = status_kb(server.pid, "VmHWM") / 1024
    finally:
        server.terminate()
        server.wait(timeout=30)

    print("hostile cases: %d, %d uploads each, then 32 x 60 MB random; %.1f s" % (len(hostile), options.concurrency, storm_seconds))
    for outcome, count in sorted(answers.items()):
        print("  %-40s %d" % (outcome, count))
    print("server RSS: idle %.1f MB, peak %.1f MB, %.0f s after the storm %.1f MB; /healthz %s" % (
        idle_mb, peak_mb, 3, after_mb, "ok" if healthy else "FAILED"))
    problems = [outcome for outcome in answers if outcome.startswith(("unexpected", "failed"))]
    if problems or not healthy or peak_mb > options.bound_mb:
        print("FAILED: %s" % "; ".join(problems + ([] if healthy else ["/healthz"]) +
                                       (["peak %.0f MB over %.0f MB" % (peak_mb, options.bound_mb)] if peak_mb > options.bound_mb else [])))
        sys.exit(1)
    print("within bounds: every answer a problem+json 4xx/503 or an early close, peak under %.0f MB" % options.bound_mb)


if __name__ == "__main__":
    main()
