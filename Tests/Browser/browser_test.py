#!/usr/bin/env python3
"""End-to-end test of the web page served by `docx-extract serve`, in headless Chromium.

Starts the real server and headless Chromium on free loopback ports, drives the page over the
DevTools protocol (a minimal RFC 6455 websocket client over `socket`, standard library only),
prints one line per check and closes with `N passed, M failed`; exits non-zero if any check failed.
All traffic stays on 127.0.0.1. See Tests/Browser/README.md.
"""
import argparse
import base64
import hashlib
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
WAIT = 20.0  # the longest any single wait may take, in seconds
# Chromium's first start with a fresh profile has taken over 20 s on a loaded shared machine (one CI run failed
# there, its next three runs started in under 5 s); it gets its own, longer wait, still well inside --timeout.
CHROMIUM_START_WAIT = 60.0

# urllib must never go through a proxy from the environment: everything here is 127.0.0.1.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class TestTimeout(Exception):
    """Chromium did not answer within one wait."""


class OverallTimeout(BaseException):
    """The whole run took longer than --timeout (raised by SIGALRM; no `except Exception` swallows it)."""


# ---------------------------------------------------------------------------------------- results

passed = 0
failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("PASS " + name, flush=True)
    else:
        failed += 1
        print("FAIL " + name + (": " + detail if detail else ""), flush=True)
    return ok


def short(value, limit=300):
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"


# ---------------------------------------------------------------------------------------- websocket


class WebSocket:
    """A minimal RFC 6455 client: handshake, masked text frames out, (fragmented) frames in, ping/pong."""

    GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

    def __init__(self, url, timeout=WAIT):
        parts = urllib.parse.urlsplit(url)
        if parts.scheme != "ws" or parts.hostname not in ("127.0.0.1", "localhost"):
            raise ValueError("refusing websocket URL " + url)
        port = parts.port or 80
        path = parts.path + ("?" + parts.query if parts.query else "")
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = bytearray()
        self.partial = bytearray()
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        end = self.buf.index(b"\r\n\r\n")
        head = bytes(self.buf[:end]).decode("latin-1").split("\r\n")
        del self.buf[:end + 4]
        status = head[0].split(" ")
        if len(status) < 2 or status[1] != "101":
            raise ConnectionError("websocket handshake refused: " + head[0])
        headers = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        accept = base64.b64encode(hashlib.sha1((key + self.GUID).encode()).digest()).decode()
        if headers.get("sec-websocket-accept") != accept:
            raise ConnectionError("websocket handshake: bad Sec-WebSocket-Accept")

    def _fill(self):
        chunk = self.sock.recv(1 << 16)
        if not chunk:
            raise ConnectionError("websocket closed by peer")
        self.buf += chunk

    def _send_frame(self, opcode, payload):
        n = len(payload)
        header = bytearray([0x80 | opcode])
        if n < 126:
            header.append(0x80 | n)
        elif n < 1 << 16:
            header.append(0x80 | 126)
            header += struct.pack(">H", n)
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", n)
        mask = os.urandom(4)
        header += mask
        key = (mask * (n // 4 + 1))[:n]
        masked = (int.from_bytes(payload, "big") ^ int.from_bytes(key, "big")).to_bytes(n, "big")
        self.sock.sendall(bytes(header) + masked)

    def send_text(self, text):
        self._send_frame(0x1, text.encode("utf-8"))

    def _frame(self):
        """The next whole frame; bytes are consumed only once the frame is complete, so a timeout loses nothing."""
        while True:
            buf, need = self.buf, 2
            if len(buf) >= 2:
                n, need = buf[1] & 0x7F, 2 + (4 if buf[1] & 0x80 else 0)
                if n == 126:
                    need += 2
                    n = struct.unpack(">H", bytes(buf[2:4]))[0] if len(buf) >= 4 else None
                elif n == 127:
                    need += 8
                    n = struct.unpack(">Q", bytes(buf[2:10]))[0] if len(buf) >= 10 else None
                if n is not None and len(buf) >= need + n:
                    b0, masked = buf[0], buf[1] & 0x80
                    mask = bytes(buf[need - 4:need]) if masked else None
                    payload = bytes(buf[need:need + n])
                    del buf[:need + n]
                    if mask:
                        key = (mask * (n // 4 + 1))[:n]
                        payload = (int.from_bytes(payload, "big") ^ int.from_bytes(key, "big")).to_bytes(n, "big")
                    return b0 & 0x80, b0 & 0x0F, payload
            self._fill()

    def recv_text(self):
        while True:
            fin, opcode, payload = self._frame()
            if opcode == 0x9:  # ping
                self._send_frame(0xA, payload)
            elif opcode == 0x8:
                raise ConnectionError("websocket closed by peer")
            elif opcode in (0x0, 0x1, 0x2):
                self.partial += payload
                if fin:
                    message, self.partial = self.partial, bytearray()
                    return message.decode("utf-8")

    def close(self):
        try:
            self._send_frame(0x8, struct.pack(">H", 1000))
        except OSError:
            pass
        self.sock.close()


# ---------------------------------------------------------------------------------------- DevTools


class CDP:
    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []
        self.exceptions = []
        self.requests = []

    def _note(self, msg):
        self.events.append(msg)
        method, params = msg.get("method"), msg.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            self.exceptions.append(text)
            print("  js exception: " + short(text, 800), flush=True)
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))

    def _recv(self, deadline):
        self.ws.sock.settimeout(max(0.05, deadline - time.monotonic()))
        try:
            return json.loads(self.ws.recv_text())
        except socket.timeout:
            raise TestTimeout("no answer from Chromium in time")

    def call(self, method, timeout=WAIT, **params):
        self.next_id += 1
        mid = self.next_id
        self.ws.send_text(json.dumps({"id": mid, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while True:
            msg = self._recv(deadline)
            if msg.get("id") == mid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self._note(msg)

    def wait_event(self, method, timeout=WAIT, since=0):
        deadline = time.monotonic() + timeout
        while True:
            for msg in self.events[since:]:
                if msg.get("method") == method:
                    return msg
            if time.monotonic() >= deadline:
                return None
            try:
                msg = self._recv(deadline)
            except TestTimeout:
                return None
            if "method" in msg:
                self._note(msg)

    def js(self, expr, await_promise=False):
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=await_promise)
        if "exceptionDetails" in r:
            raise RuntimeError("evaluation failed: " + short(r["exceptionDetails"], 800))
        return r["result"].get("value")

    def wait(self, expr, timeout=WAIT):
        """Polls a JavaScript condition until it is truthy; returns its last value."""
        deadline = time.monotonic() + min(timeout, WAIT)
        while True:
            value = self.js(expr)
            if value or time.monotonic() >= deadline:
                return value
            time.sleep(0.1)

    def goto(self, url):
        mark = len(self.events)
        self.call("Page.navigate", url=url)
        loaded = self.wait_event("Page.loadEventFired", since=mark)
        return bool(loaded) and bool(self.wait("document.readyState === 'complete' && !!document.getElementById('file-input')"))

    def upload(self, path):
        doc = self.call("DOM.getDocument")
        node = self.call("DOM.querySelector", nodeId=doc["root"]["nodeId"], selector="#file-input")
        self.call("DOM.setFileInputFiles", files=[path], nodeId=node["nodeId"])

    def key(self, key, code, text, vk):
        base = dict(key=key, code=code, windowsVirtualKeyCode=vk, nativeVirtualKeyCode=vk)
        self.call("Input.dispatchKeyEvent", type="keyDown", text=text, **base)
        self.call("Input.dispatchKeyEvent", type="keyUp", **base)

    def click(self, selector):
        """A real mouse click in the middle of the element (scrolled into view first)."""
        box = self.js(f"""(() => {{ const e = document.querySelector({json.dumps(selector)});
            if (!e) return null; e.scrollIntoView({{block: 'center'}}); const r = e.getBoundingClientRect();
            return [r.left + Math.min(r.width / 2, 100), r.top + r.height / 2]; }})()""")
        if not box:
            raise RuntimeError("nothing to click at " + selector)
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=box[0], y=box[1])
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)


# Compares the rendered page with the report the server returns for the same upload: every paragraph's
# text, every body mention's highlight (text and block) and the row count of every findings table.
INTEGRITY = r"""
(report) => {
  const out = {errors: [], marks: 0, paragraphs: 0, mentions: 0};
  const box = document.getElementById('document-text');
  const blocks = new Map();
  (function walk(bs) { for (const b of bs) { if (b.type === 'paragraph') blocks.set(b.index, b);
    else if (b.type === 'table') for (const r of b.rows) for (const c of r.cells) walk(c.blocks); } })(report.blocks);
  for (const [i, b] of blocks) {
    const p = box.querySelector(`[data-block="${i}"]`);
    if (!p) { if (b.text) out.errors.push('no element for block ' + i); continue; }
    const t = p.querySelector(':scope > .ptext');
    if (!t || t.textContent !== b.text) out.errors.push('text differs in block ' + i);
    out.paragraphs++;
  }
  out.marks = box.querySelectorAll('mark.finding').length;
  const check = (id, j, men) => {
    if (!men || men.story !== 'body') return;
    const marks = [...box.querySelectorAll(`mark.finding[data-key="${id}:${j}"]`)];
    if (!marks.length) { out.errors.push('no mark for ' + id + ':' + j); return; }
    // the pieces of a mark split by nesting: the outermost ones, in document order, spell the mention
    const tops = marks.filter(m => !marks.some(o => o !== m && o.contains(m)));
    const txt = tops.map(m => m.textContent).join('');
    if (txt !== men.text) out.errors.push(`mark ${id}:${j} reads ${JSON.stringify(txt)}, mention is ${JSON.stringify(men.text)}`);
    if (!tops.every(m => m.closest('[data-block]') && m.closest('[data-block]').dataset.block === String(men.block)))
      out.errors.push('mark in the wrong block for ' + id + ':' + j);
    out.mentions++;
  };
  report.enterprises.forEach((e, i) => e.mentions.forEach((m, j) => check('enterprise-' + i, j, m)));
  report.organizations.forEach((e, i) => e.mentions.forEach((m, j) => check('organization-' + i, j, m)));
  [['amount', 'amounts'], ['count', 'counts'], ['percentage', 'percentages'], ['date', 'dates']].forEach(
    ([k, a]) => report[a].forEach((x, i) => check(k + '-' + i, 0, x)));
  report.facts.enterprise_counts.forEach((f, i) => check('fact-' + i, 0, f.mention));
  report.facts.amount_purposes.forEach((f, i) => check('purpose-' + i, 0, f.mention));
  const rows = id => document.querySelectorAll(`#${id} tbody tr`).length;
  const want = {'table-enterprises': report.enterprises.length, 'table-organizations': report.organizations.length,
    'table-amounts': report.amounts.length, 'table-counts': report.counts.length,
    'table-percentages': report.percentages.length, 'table-dates': report.dates.length,
    'table-facts': report.facts.enterprise_counts.length,
    'table-amount-purposes': report.facts.amount_purposes.length};
  for (const [id, n] of Object.entries(want)) if (rows(id) !== n) out.errors.push(`#${id} has ${rows(id)} rows, want ${n}`);
  return out;
}
"""

STABLE_IDS = ["file-input", "drop-zone", "status", "error", "results", "summary", "download-json", "legend",
              "document-text", "table-enterprises", "table-organizations", "table-amounts", "table-counts",
              "table-percentages", "table-dates", "table-facts", "table-amount-purposes", "lang-switch"]


# ---------------------------------------------------------------------------------------- processes


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path, lines=20):
    try:
        with open(path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])
    except OSError:
        return ""


def stop(proc, grace=10):
    """SIGTERM, then SIGKILL after `grace` seconds; returns the exit status."""
    if proc is None or proc.poll() is not None:
        return None if proc is None else proc.returncode
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.wait(5)


def stop_chromium(proc, ws):
    """Browser.close lets Chromium end and reap its own helpers; SIGTERM, then SIGKILL to its process group, if not."""
    if ws is not None:
        try:
            ws.send_text(json.dumps({"id": 1 << 30, "method": "Browser.close"}))
        except OSError:
            pass
    if proc is not None:
        try:
            proc.wait(10 if ws is not None else 0)
        except subprocess.TimeoutExpired:
            stop(proc)
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # helpers that outlived the browser, if any
        except (ProcessLookupError, PermissionError):
            pass
    if ws is not None:
        ws.sock.close()


def http_get(url, timeout=5):
    with HTTP.open(url, timeout=timeout) as r:
        return r.status, r.read()


def start_server(binary, work):
    port = free_port()
    log = open(os.path.join(work, "server.log"), "wb")
    proc = subprocess.Popen([binary, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    log.close()
    base = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if http_get(base + "healthz", timeout=2)[0] == 200:
                return proc, base
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.1)
    return proc, None


def start_chromium(work):
    port = free_port()
    profile = os.path.join(work, "profile")
    os.makedirs(profile)
    log = open(os.path.join(work, "chromium.log"), "wb")
    args = ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
            f"--remote-debugging-port={port}", f"--user-data-dir={profile}",
            # keep every connection on this machine: no proxy, no name resolves, no background services
            "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
            "--disable-client-side-phishing-detection", "--disable-breakpad", "--no-pings",
            "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
            "--no-first-run", "--no-default-browser-check", "--password-store=basic", "--use-mock-keychain",
            "--window-size=1280,900", "about:blank"]
    # its crash database and caches go to the temporary folder too, not to ~/.config and ~/.cache
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_CACHE_HOME=os.path.join(work, "cache"))
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
                            start_new_session=True)
    log.close()
    deadline = time.monotonic() + CHROMIUM_START_WAIT
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            targets = json.loads(http_get(f"http://127.0.0.1:{port}/json/list", timeout=2)[1])
            pages = [t for t in targets if t.get("type") == "page" and t.get("webSocketDebuggerUrl")]
            if pages:
                return proc, pages[0]["webSocketDebuggerUrl"]
        except (OSError, ValueError, urllib.error.URLError):
            pass
        time.sleep(0.2)
    return proc, None


# ---------------------------------------------------------------------------------------- the checks


def extract_report(base, path, name):
    """What the server returns for the same request the page makes for an upload."""
    with open(path, "rb") as f:
        body = f.read()
    url = base + "v1/extract?include=text,blocks&name=" + urllib.parse.quote(name)
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": DOCX_MIME})
    with HTTP.open(req, timeout=WAIT) as r:
        return json.loads(r.read())


def section(name, fn, *args):
    try:
        fn(*args)
    except Exception as e:  # one broken step fails its section, the others still run
        check(name + " section ran to its end", False, f"{type(e).__name__}: {short(str(e), 800)}")


def test_initial(c, base):
    check("page loads from the server", c.goto(base))
    s = c.js("""({lang: document.documentElement.lang, h1: document.querySelector('h1').textContent.trim(),
      switch: document.getElementById('lang-switch').textContent.trim(),
      missing: %s.filter(id => !document.getElementById(id)),
      errorHidden: document.getElementById('error').hidden, resultsHidden: document.getElementById('results').hidden,
      errorRole: document.getElementById('error').getAttribute('role')})""" % json.dumps(STABLE_IDS))
    check("Chinese by default (lang=zh-CN, Chinese heading, switch offers English)",
          s["lang"] == "zh-CN" and any("\u4e00" <= ch <= "\u9fff" for ch in s["h1"]) and s["switch"] == "English",
          short(s))
    check("stable ids present", not s["missing"], "missing: " + ", ".join(s["missing"]))
    check("#error and #results hidden initially", s["errorHidden"] and s["resultsHidden"], short(s))


def test_drop_zone_keyboard(c):
    c.call("Page.setInterceptFileChooserDialog", enabled=True)
    try:
        for key, code, text, vk, label in (("Enter", "Enter", "\r", 13, "Enter"), (" ", "Space", " ", 32, "Space")):
            c.js("document.getElementById('drop-zone').focus()")
            mark = len(c.events)
            c.key(key, code, text, vk)
            opened = c.wait_event("Page.fileChooserOpened", timeout=5, since=mark)
            check(f"{label} on the focused #drop-zone opens the file chooser", opened is not None)
    finally:
        c.call("Page.setInterceptFileChooserDialog", enabled=False)


def test_upload(c, base, work):
    sample = os.path.join(REPO, "Samples", "kejiban-2025.docx")
    report = extract_report(base, sample, "kejiban-2025.docx")
    c.upload(sample)
    state = c.wait("document.body.dataset.state === 'done' || document.body.dataset.state === 'error' "
                   "? document.body.dataset.state : ''")
    check("uploading Samples/kejiban-2025.docx through #file-input finishes", state == "done", f"state {state!r}")
    s = c.js("""(() => { const s = document.getElementById('summary'), amount = s.querySelector('.count[data-kind=amount]');
      return {resultsHidden: document.getElementById('results').hidden, visible: s.offsetHeight > 0,
        file: (s.querySelector('.file-name') || {}).textContent, amounts: amount && amount.textContent,
        errorHidden: document.getElementById('error').hidden,
        rows: Object.fromEntries(['table-enterprises', 'table-amounts', 'table-counts', 'table-facts']
          .map(id => [id, document.querySelectorAll('#' + id + ' tbody tr[data-finding]').length]))}; })()""")
    check("#summary shown with the file name and the amount count",
          not s["resultsHidden"] and s["visible"] and s["file"] == "kejiban-2025.docx"
          and s["amounts"] == str(len(report["amounts"])) and s["errorHidden"], short(s))
    empty = [t for t, n in s["rows"].items() if n == 0]
    check("#table-enterprises, #table-amounts, #table-counts, #table-facts have rows", not empty,
          short(s["rows"]))
    evidence = c.js("""Array.from(document.querySelectorAll('#table-enterprises tbody tr[data-finding]'))
      .map(tr => tr.querySelectorAll('td')[2].textContent)""")
    check("#table-enterprises shows why each enterprise was taken (the 依据 column)",
          len(evidence) == len(report["enterprises"]) and all(e.strip() for e in evidence), short(evidence))
    res = c.js(f"({INTEGRITY})({json.dumps(report)})")
    print(f"  {res['paragraphs']} paragraphs, {res['marks']} marks, {res['mentions']} body mentions compared", flush=True)
    check("mark.finding highlights in #document-text equal the report's mentions; table rows match the report",
          res["mentions"] > 0 and res["marks"] > 0 and not res["errors"], "; ".join(res["errors"][:8]))
    return report


def test_row_click(c):
    # the last amount row whose finding is highlighted in the text, with the text scrolled to its top
    target = c.js("""(() => { const box = document.getElementById('document-text');
      const rows = [...document.querySelectorAll('#table-amounts tbody tr[data-finding]')]
        .filter(tr => box.querySelector(`mark.finding[data-finding="${tr.dataset.finding}"]`));
      box.scrollTop = 0; return rows.length ? rows[rows.length - 1].dataset.finding : null; })()""")
    if not check("an amount row has a highlight to locate", bool(target)):
        return
    c.click(f'#table-amounts tbody tr[data-finding="{target}"] td:last-child')
    sel = json.dumps(target)
    flashed = c.wait(f"""(() => {{ const f = [...document.querySelectorAll('#document-text mark.flash')];
      return f.length > 0 && f.every(m => m.dataset.finding === {sel})
        && !!document.querySelector('tr.selected[data-finding=' + JSON.stringify({sel}) + ']'); }})()""", timeout=3)
    check("clicking an amount row selects it and flashes its mark", bool(flashed), target)
    visible = c.wait(f"""(() => {{ const m = document.querySelector('#document-text mark.finding[data-finding=' +
      JSON.stringify({sel}) + ']'); const r = m.getBoundingClientRect(),
      b = document.getElementById('document-text').getBoundingClientRect();
      return r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.top >= 0 && r.bottom <= innerHeight; }})()""",
                     timeout=5)
    check("the located mark is scrolled into view", bool(visible))
    status = c.js("document.getElementById('status').textContent")
    check("#status names the located finding", bool(status), short(status))
    gone = c.wait("!document.querySelector('#document-text mark.flash')", timeout=5)
    check("the flash ends by itself", bool(gone))

    # the row's button does the same from the keyboard
    c.js("document.querySelector('#table-enterprises tbody tr[data-finding] button').focus()")
    c.key("Enter", "Enter", "\r", 13)
    keyed = c.wait("""(() => { const b = document.activeElement, tr = b && b.closest('tr[data-finding]');
      return !!tr && [...document.querySelectorAll('#document-text mark.flash')]
        .some(m => m.dataset.finding === tr.dataset.finding); })()""", timeout=3)
    check("Enter on an enterprise row's button flashes its mention, focus stays on the button", bool(keyed))


def test_legend_and_download(c, work):
    c.js("document.querySelector('#legend button[data-kind=count]').click()")
    hidden = c.js("""[document.getElementById('document-text').classList.contains('hide-count'),
      getComputedStyle(document.querySelector('#document-text mark[data-kind=count]')).backgroundColor,
      document.querySelector('#legend button[data-kind=count]').getAttribute('aria-pressed')]""")
    check("the legend button hides the count highlights",
          hidden[0] and hidden[1] in ("rgba(0, 0, 0, 0)", "transparent") and hidden[2] == "false", short(hidden))
    c.js("document.querySelector('#legend button[data-kind=count]').click()")

    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    c.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=downloads)
    c.js("document.getElementById('download-json').click()")
    path = os.path.join(downloads, "kejiban-2025.json")
    data = None
    deadline = time.monotonic() + 10
    while data is None and time.monotonic() < deadline:
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            time.sleep(0.1)
    check("#download-json saves kejiban-2025.json with the report",
          bool(data) and data.get("source", {}).get("file_name") == "kejiban-2025.docx", str(os.listdir(downloads)))


def test_language(c, base):
    before = c.js("document.querySelectorAll('#document-text mark.finding').length")
    c.js("document.getElementById('lang-switch').click()")
    en = c.js("""({lang: document.documentElement.lang, h1: document.querySelector('h1').textContent.trim(),
      switch: document.getElementById('lang-switch').textContent.trim(),
      stored: localStorage.getItem('docx-extract.lang'),
      th: document.querySelector('#table-amounts th').textContent.trim(),
      marks: document.querySelectorAll('#document-text mark.finding').length,
      resultsHidden: document.getElementById('results').hidden})""")
    check("the English switch sets lang=en and English labels, keeping the results",
          en["lang"] == "en" and en["switch"] == "中文" and en["th"] == "Text" and en["h1"].isascii()
          and en["marks"] == before and not en["resultsHidden"], short(en))
    check("the language is remembered", en["stored"] == "en", short(en["stored"]))
    c.goto(base)
    check("English after a reload", c.js("document.documentElement.lang") == "en")
    c.js("document.getElementById('lang-switch').click()")
    check("switching back gives Chinese (lang=zh-CN)", c.js("document.documentElement.lang") == "zh-CN")


def test_bad_file(c, work):
    bad = os.path.join(work, "notes.docx")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("这不是 Word 文档，只是一个改了扩展名的文本文件。\n")
    c.upload(bad)
    state = c.wait("document.body.dataset.state === 'done' || document.body.dataset.state === 'error' "
                   "? document.body.dataset.state : ''")
    e = c.js("""(() => { const e = document.getElementById('error'), code = document.getElementById('error-code');
      return {hidden: e.hidden, visible: e.offsetHeight > 0, role: e.getAttribute('role'),
        code: code && code.textContent, text: e.textContent,
        resultsHidden: document.getElementById('results').hidden}; })()""")
    check("a text file renamed .docx shows #error (role=alert) with code not_a_zip",
          state == "error" and not e["hidden"] and e["visible"] and e["role"] == "alert"
          and e["code"] == "not_a_zip" and e["resultsHidden"], short(e))

    c.upload(os.path.join(REPO, "Samples", "features.docx"))
    state = c.wait("document.body.dataset.state === 'done' || document.body.dataset.state === 'error' "
                   "? document.body.dataset.state : ''")
    check("the next good upload hides #error and shows results",
          state == "done" and c.js("document.getElementById('error').hidden && !document.getElementById('results').hidden"),
          f"state {state!r}")


def test_clean(c, base):
    check("no JavaScript exceptions (Runtime.exceptionThrown)", not c.exceptions, short(c.exceptions))
    origin = base.rstrip("/")
    foreign = [u for u in c.requests
               if not (u == origin or u.startswith(origin + "/") or u.split(":", 1)[0] in ("data", "blob", "about"))]
    check("the page requested nothing but the server on 127.0.0.1", bool(c.requests) and not foreign,
          short(foreign) if foreign else "no requests seen")


def run(binary, work):
    server = chrome = ws = None
    try:
        server, base = start_server(binary, work)
        if not check("server answers GET /healthz", base is not None,
                     "server log:\n" + tail(os.path.join(work, "server.log"))):
            return
        chrome, ws_url = start_chromium(work)
        if not check("headless Chromium starts with a DevTools endpoint", ws_url is not None,
                     "chromium log:\n" + tail(os.path.join(work, "chromium.log"))):
            return
        ws = WebSocket(ws_url)
        c = CDP(ws)
        for domain in ("Page", "Runtime", "DOM", "Network"):
            c.call(domain + ".enable")
        c.call("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)

        section("initial state", test_initial, c, base)
        section("drop zone keyboard", test_drop_zone_keyboard, c)
        section("upload", test_upload, c, base, work)
        section("row click", test_row_click, c)
        section("legend and download", test_legend_and_download, c, work)
        section("language", test_language, c, base)
        section("bad file", test_bad_file, c, work)
        test_clean(c, base)
    except OverallTimeout as e:
        check("finished in time", False, str(e))
    finally:
        signal.alarm(0)
        stop_chromium(chrome, ws)
        code = stop(server)
        if code not in (None, 0):
            print(f"  note: the server exited with status {code} after SIGTERM", flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=".build/debug/docx-extract",
                    help="the docx-extract binary; relative paths are taken from the repository root")
    ap.add_argument("--timeout", type=int, default=120, help="overall time limit in seconds (default 120)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, profile, downloads)")
    args = ap.parse_args()
    binary = args.binary if os.path.isabs(args.binary) else os.path.join(REPO, args.binary)

    def on_alarm(signum, frame):
        raise OverallTimeout(f"overall time limit of {args.timeout} s reached")

    def on_term(signum, frame):
        raise SystemExit(130)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    started = time.monotonic()
    if not os.access(binary, os.X_OK):
        check("docx-extract binary exists", False, binary + " is missing; run swift build --product docx-extract")
    elif shutil.which("chromium") is None:
        check("chromium is installed", False, "apt-get install chromium")
    else:
        work = tempfile.mkdtemp(prefix="docx-extract-browser-")
        signal.alarm(args.timeout)
        try:
            run(binary, work)
        except OverallTimeout as e:
            check("finished in time", False, str(e))
        finally:
            signal.alarm(0)
            if args.keep:
                print("  kept " + work, flush=True)
            else:
                shutil.rmtree(work, ignore_errors=True)
    print(f"  ({time.monotonic() - started:.1f} s)", flush=True)
    print(f"{passed} passed, {failed} failed", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
