#!/usr/bin/env python3
"""Load test of `docx-extract serve` on loopback only, bounded in requests and time.

Starts the release server on a free 127.0.0.1 port, then:
  1. requests/s and p50/p99 latency for a ten-page sample at 1, 2 and 8 concurrent clients;
  2. a mixed run of valid and invalid uploads (default 1,000): no request may fail unexpectedly
     (every answer must be 200 or the expected problem+json status), and the server must stay up;
peak RSS of the server is sampled from /proc throughout. Stops the server with SIGTERM at the end.

Usage: Benchmarks/load-test.py [--requests N] [--mixed N] [--binary PATH] [--sample PATH]
"""
import argparse, http.client, json, os, random, signal, socket, statistics, subprocess, sys, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RSSSampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.running = pid, 0, True

    def run(self):
        while self.running:
            try:
                with open(f"/proc/{self.pid}/status") as f:
                    for line in f:
                        if line.startswith("VmRSS:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
            except FileNotFoundError:
                return
            time.sleep(0.05)


def post(port, path, body, content_type, timeout=60):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": content_type})
        response = connection.getresponse()
        payload = response.read()
        return response.status, payload, time.perf_counter() - started
    finally:
        connection.close()


def run_clients(port, jobs, clients):
    """Runs `jobs` (a list of (path, body, type, expected statuses)) over `clients` threads."""
    results, lock, queue = [], threading.Lock(), list(enumerate(jobs))

    def worker():
        while True:
            with lock:
                if not queue:
                    return
                index, job = queue.pop()
            path, body, content_type, expected = job
            try:
                status, payload, seconds = post(port, path, body, content_type)
                ok = status in expected
                if ok and status != 200:
                    ok = json.loads(payload).get("code") is not None
            except Exception as error:  # a dropped connection is a failure
                status, seconds, ok = f"exception {error}", 0.0, False
            with lock:
                results.append((ok, status, seconds))

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200, help="requests per concurrency level")
    parser.add_argument("--mixed", type=int, default=1000, help="requests in the mixed valid/invalid run")
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/docx-extract"))
    parser.add_argument("--sample", default=os.path.join(ROOT, "Samples/kejiban-2025.docx"))
    options = parser.parse_args()
    port = free_port()
    server = subprocess.Popen(
        [options.binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--max-concurrent", "8"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = RSSSampler(server.pid)
    sampler.start()
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.1)
        sample = open(options.sample, "rb").read()
        name = os.path.basename(options.sample)
        print(f"server pid {server.pid} on 127.0.0.1:{port}; sample {name} ({len(sample)} bytes)")
        print(f"{'clients':>7} {'requests':>9} {'failed':>7} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8}")
        summary = {}
        for clients in (1, 2, 8):
            jobs = [(f"/v1/extract?name={name}", sample, DOCX, {200})] * options.requests
            results, elapsed = run_clients(port, jobs, clients)
            latencies = [r[2] * 1000 for r in results if r[0]]
            failed = sum(1 for r in results if not r[0])
            print(f"{clients:>7} {len(results):>9} {failed:>7} {len(results) / elapsed:>8.1f} "
                  f"{percentile(latencies, 0.5):>8.1f} {percentile(latencies, 0.99):>8.1f}")
            summary[clients] = failed

        rng = random.Random(20261127)
        corpus = [
            ("/v1/extract", sample, DOCX, {200, 503}),
            ("/v1/extract", b"plain text, not a docx", DOCX, {415, 503}),
            ("/v1/extract", b"", DOCX, {400, 503}),
            ("/v1/extract", sample[: len(sample) // 2], DOCX, {415, 422, 503}),
            ("/v1/extract", b"hello", "text/plain", {415}),
            ("/v1/extract", bytes(rng.getrandbits(8) for _ in range(4096)), DOCX, {415, 422, 503}),
            ("/v1/extract", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), DOCX, {415, 503}),
        ]
        jobs = [corpus[rng.randrange(len(corpus))] for _ in range(options.mixed)]
        results, elapsed = run_clients(port, jobs, 8)
        failed = [r for r in results if not r[0]]
        statuses = {}
        for r in results:
            statuses[r[1]] = statuses.get(r[1], 0) + 1
        alive = server.poll() is None
        print(f"mixed: {len(results)} requests in {elapsed:.1f} s, unexpected answers {len(failed)}, statuses "
              f"{dict(sorted(statuses.items(), key=lambda kv: str(kv[0])))}, server alive: {alive}")
        print(f"peak server RSS: {sampler.peak_kb / 1024:.1f} MB")
        ok = alive and not failed and not any(summary.values())
        print("result:", "PASS" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        sampler.running = False
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
