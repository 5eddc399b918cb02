#!/usr/bin/env python3
"""A stand-in for the product's HTTP server, for working on Web/index.html by hand.

Serves the page at `/` (read from disk on every request, so edits show on reload) and answers
`POST /v1/extract` the way the real server does:

* with the real extraction, when the `docx-extract` binary is built (`.build/debug/docx-extract`,
  or the path given with `--binary`): the uploaded bytes are written to a temporary file and the
  binary is run on it with the request's `include` parameter;
* else with a canned report (`--report FILE`) for anything that looks like a zip archive;
* a problem document (`application/problem+json`, RFC 9457) for a file that is not a .docx
  or that the binary rejects, with the binary's stable error `code`;
* or, with `--upstream URL`, by passing the request on to a real server
  (`docx-extract serve --port 8080`, then `--upstream http://127.0.0.1:8080`), so the page being
  edited talks to the real API without rebuilding the server.

Test hooks for the page's `?demo=` parameter (only this server has them):

* `GET /demo/report.json` the canned report, or the extraction of Samples/kejiban-2025.docx;
* `GET /demo/NAME.json` the extraction of Samples/NAME.docx;
* `GET /demo/error.json` a problem document (status 422, code `not_a_zip`).

Usage: python3 Tools/web/mock_server.py [--port 8765] [--delay SECONDS] [--report FILE]
then open http://127.0.0.1:8765/ (or http://127.0.0.1:8765/?demo=/demo/report.json).
Standard library only; binds to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "Web" / "index.html"
SAMPLES = ROOT / "Samples"
DEFAULT_BINARY = ROOT / ".build" / "debug" / "docx-extract"
MAX_BODY = 64 * 1024 * 1024

# Titles and statuses as Sources/DocxExtractServer/ProblemDetails.swift gives them.
PROBLEMS = {
    "empty_file": (400, "The file is empty"),
    "not_a_zip": (415, "Not a .docx file"),
    "legacy_doc": (415, "A legacy Word 97–2003 document"),
    "encrypted": (422, "The document is password-protected"),
    "not_word_document": (415, "Not a Word document"),
    "corrupt_archive": (422, "The document is damaged"),
    "duplicate_entry": (422, "The document's archive is inconsistent"),
    "missing_part": (422, "The document is incomplete"),
    "malformed_xml": (422, "The document's XML is malformed"),
    "limit_exceeded": (413, "The document exceeds a limit"),
    "io": (500, "The document could not be read"),
}


def problem(status: int | None, code: str, detail: str, title: str | None = None) -> dict:
    known = PROBLEMS.get(code, (status or 500, None))
    status = status or known[0]
    return {
        "type": f"urn:docx-extract:problem:{code}",
        "title": title or known[1] or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "code": code,
    }


def dump(body: dict) -> tuple[int, bytes]:
    return body["status"], json.dumps(body, ensure_ascii=False, sort_keys=True).encode()


class Config:
    binary: Path | None = None
    report: bytes | None = None
    delay: float = 0.0
    upstream: str | None = None


def safe_name(name: str | None) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = re.sub(r'[\x00-\x1f<>:"|?*]', "_", name)
    return name if name and name not in (".", "..") else "upload.docx"


def run_binary(data: bytes, include: str | None, name: str | None = None) -> tuple[int, bytes]:
    """Runs docx-extract on `data`; returns (HTTP status, JSON body)."""
    assert Config.binary is not None
    with tempfile.TemporaryDirectory(prefix="docx-extract-mock-") as tmp:
        path = Path(tmp) / safe_name(name)
        path.write_bytes(data)
        args = [str(Config.binary), str(path)]
        if include:
            args += ["--include", include]
        proc = subprocess.run(args, capture_output=True, timeout=120)
    out = proc.stdout.strip()
    if proc.returncode == 0 and out.startswith(b"{") and b'"error"' not in out[:20]:
        return 200, out
    code, message = "io", proc.stderr.decode("utf-8", "replace").strip() or "extraction failed"
    try:
        err = json.loads(out)["error"]
        code, message = err["code"], err["message"]
    except (ValueError, KeyError, TypeError):
        pass
    message = message.replace(str(path), path.name)
    return dump(problem(None, code, message))


def extract_sample(name: str) -> tuple[int, bytes]:
    sample = SAMPLES / f"{name}.docx"
    if not re.fullmatch(r"[A-Za-z0-9._-]+", name) or not sample.is_file():
        return dump(problem(404, "not_found", f"no sample named {name}", "Not found"))
    if Config.binary is None:
        if Config.report is not None:
            return 200, Config.report
        return dump(problem(503, "no_binary", "docx-extract is not built", "No binary"))
    return run_binary(sample.read_bytes(), "text,blocks")


class Handler(BaseHTTPRequestHandler):
    server_version = "docx-extract-mock/1"

    def log_message(self, fmt: str, *args) -> None:  # quieter than the default
        sys.stderr.write("mock: " + (fmt % args) + "\n")

    def send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def send_json(self, status: int, body: bytes) -> None:
        ctype = "application/json" if status < 400 else "application/problem+json"
        self.send(status, body, ctype)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        if path in ("/", "/index.html"):
            self.send(200, PAGE.read_bytes(), "text/html; charset=utf-8")
        elif path == "/demo/error.json":
            time.sleep(Config.delay)
            self.send_json(*dump(problem(None, "not_a_zip", "upload.docx: not a .docx (the file is not a zip archive)")))
        elif path == "/demo/report.json":
            time.sleep(Config.delay)
            if Config.report is not None:
                self.send_json(200, Config.report)
            else:
                self.send_json(*extract_sample("kejiban-2025"))
        elif m := re.fullmatch(r"/demo/([^/]+)\.json", path):
            time.sleep(Config.delay)
            self.send_json(*extract_sample(m.group(1)))
        elif path == "/healthz":
            self.send(200, b"ok\n", "text/plain")
        else:
            self.send_json(*dump(problem(404, "not_found", f"no resource at {path}", "Not found")))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/v1/extract":
            self.send_json(*dump(problem(404, "not_found", f"no resource at {url.path}", "Not found")))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send_json(*dump(problem(413, "limit_exceeded", "uploads are limited to 64 MiB", "The upload is too large")))
            return
        data = self.rfile.read(length)
        time.sleep(Config.delay)
        if Config.upstream:
            self.forward(data)
            return
        query = parse_qs(url.query)
        include = query.get("include", [None])[0]
        name = safe_name(query.get("name", [None])[0])
        if not data:
            self.send_json(*dump(problem(None, "empty_file", f"{name}: the file is empty")))
        elif Config.binary is not None:
            self.send_json(*run_binary(data, include, name))
        elif not data.startswith(b"PK"):
            self.send_json(*dump(problem(None, "not_a_zip", f"{name}: not a .docx (the file is not a zip archive)")))
        elif Config.report is not None:
            self.send_json(200, Config.report)
        else:
            self.send_json(*dump(problem(503, "no_report", "no canned report: pass --report", "No report")))


    def forward(self, data: bytes) -> None:
        """Passes the request on to the real server and relays its answer."""
        headers = {"Content-Type": self.headers.get("Content-Type") or "application/octet-stream"}
        req = urllib.request.Request(Config.upstream + self.path, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=120) as res:
                status, ctype, body = res.status, res.headers.get("Content-Type", ""), res.read()
        except urllib.error.HTTPError as err:
            status, ctype, body = err.code, err.headers.get("Content-Type", ""), err.read()
        except OSError as err:
            self.send_json(*dump(problem(502, "bad_gateway", f"{Config.upstream}: {err}", "No upstream")))
            return
        self.send(status, body, ctype or "application/octet-stream")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before answering")
    parser.add_argument("--report", type=Path, help="canned report JSON (else run the binary)")
    parser.add_argument("--binary", type=Path, default=DEFAULT_BINARY, help="docx-extract to run")
    parser.add_argument("--no-binary", action="store_true", help="never run the binary; use --report")
    parser.add_argument("--upstream", help="pass POST /v1/extract on to this server, e.g. http://127.0.0.1:8080")
    args = parser.parse_args()
    if not args.no_binary and args.binary.is_file() and os.access(args.binary, os.X_OK):
        Config.binary = args.binary
    if args.report:
        Config.report = args.report.read_bytes()
    Config.delay = args.delay
    Config.upstream = args.upstream.rstrip("/") if args.upstream else None
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    how = f"running {Config.binary}" if Config.binary else ("canned report" if Config.report else "no report")
    if Config.upstream:
        how = f"forwarding POST /v1/extract to {Config.upstream}"
    print(f"mock server on http://127.0.0.1:{args.port}/ ({how})", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
