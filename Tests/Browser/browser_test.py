#!/usr/bin/env python3
"""End-to-end test of the web page served by `docx-extract serve`, in headless Chromium driven by Playwright.

Starts the real server on a free loopback port and Debian's `chromium` through Playwright for Python
(`executable_path`, no browser of Playwright's own), uses the page as a person would, prints one line per
check and closes with `N passed, M failed`; exits non-zero if any check failed. Saves screenshots of the
page after an upload to Tests/Browser/output/. All traffic stays on 127.0.0.1. See Tests/Browser/README.md.
"""
import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

try:  # a missing Playwright is reported as a failed check, see main()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
    from playwright.sync_api import sync_playwright
    PLAYWRIGHT = True
except ImportError:
    PLAYWRIGHT = False

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUTPUT = os.path.join(REPO, "Tests", "Browser", "output")  # git-ignored; for a person to look at
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
WAIT = 20.0  # the longest any single wait may take, in seconds
# Chromium's first start with a fresh profile has taken over 20 s on a loaded shared machine; it gets its own,
# longer wait, still well inside --timeout.
CHROMIUM_START_WAIT = 60.0

# urllib must never go through a proxy from the environment: everything here is 127.0.0.1.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))

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


def summary(started):
    print(f"  ({time.monotonic() - started:.1f} s)", flush=True)
    print(f"{passed} passed, {failed} failed", flush=True)


# ---------------------------------------------------------------------------------------- the page


def wait(page, expr, arg=None, timeout=WAIT):
    """Polls a JavaScript condition (an expression, or a function of `arg`) until it is truthy; returns its
    value, or its last (falsy) value once `timeout` seconds have passed."""
    try:
        return page.wait_for_function(expr, arg=arg, timeout=min(timeout, WAIT) * 1000, polling=100).json_value()
    except PlaywrightTimeoutError:
        return page.evaluate(expr, arg)


def goto(page, url):
    page.goto(url, wait_until="load")
    return bool(wait(page, "document.readyState === 'complete' && !!document.getElementById('file-input')"))


STATE = "document.body.dataset.state === 'done' || document.body.dataset.state === 'error' ? document.body.dataset.state : ''"


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


def launch_chromium(playwright, executable, work):
    """Debian's chromium, headless, through Playwright. Playwright adds its own switches (no background
    networking, component updates, extensions, default apps, breakpad, first-run; a temporary profile it
    removes); these keep every connection on this machine as well: no proxy, no name resolves."""
    args = ["--disable-gpu", "--no-proxy-server", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--disable-sync", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
            "--no-pings"]
    # its crash database and caches go to the temporary folder too, not to ~/.config and ~/.cache
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"), XDG_CACHE_HOME=os.path.join(work, "cache"))
    return playwright.chromium.launch(executable_path=executable, headless=True, args=args, env=env,
                                      timeout=CHROMIUM_START_WAIT * 1000)


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


def test_initial(page, base):
    check("page loads from the server", goto(page, base))
    s = page.evaluate("""(ids) => ({lang: document.documentElement.lang, h1: document.querySelector('h1').textContent.trim(),
      switch: document.getElementById('lang-switch').textContent.trim(),
      missing: ids.filter(id => !document.getElementById(id)),
      errorHidden: document.getElementById('error').hidden, resultsHidden: document.getElementById('results').hidden,
      errorRole: document.getElementById('error').getAttribute('role')})""", STABLE_IDS)
    check("Chinese by default (lang=zh-CN, Chinese heading, switch offers English)",
          s["lang"] == "zh-CN" and any("\u4e00" <= ch <= "\u9fff" for ch in s["h1"]) and s["switch"] == "English",
          short(s))
    check("stable ids present", not s["missing"], "missing: " + ", ".join(s["missing"]))
    check("#error and #results hidden initially", s["errorHidden"] and s["resultsHidden"], short(s))


def test_drop_zone_keyboard(page, choosers):
    for key, label in (("Enter", "Enter"), (" ", "Space")):
        page.focus("#drop-zone")
        before = len(choosers)
        page.keyboard.press(key)
        deadline = time.monotonic() + 5
        while len(choosers) == before and time.monotonic() < deadline:
            page.wait_for_timeout(50)  # lets Playwright deliver its events
        check(f"{label} on the focused #drop-zone opens the file chooser", len(choosers) > before)


def test_upload(page, base):
    sample = os.path.join(REPO, "Samples", "kejiban-2025.docx")
    report = extract_report(base, sample, "kejiban-2025.docx")
    page.set_input_files("#file-input", sample)
    state = wait(page, STATE)
    check("uploading Samples/kejiban-2025.docx through #file-input finishes", state == "done", f"state {state!r}")
    s = page.evaluate("""() => { const s = document.getElementById('summary'), amount = s.querySelector('.count[data-kind=amount]');
      return {resultsHidden: document.getElementById('results').hidden, visible: s.offsetHeight > 0,
        file: (s.querySelector('.file-name') || {}).textContent, amounts: amount && amount.textContent,
        errorHidden: document.getElementById('error').hidden,
        rows: Object.fromEntries(['table-enterprises', 'table-amounts', 'table-counts', 'table-facts']
          .map(id => [id, document.querySelectorAll('#' + id + ' tbody tr[data-finding]').length]))}; }""")
    check("#summary shown with the file name and the amount count",
          not s["resultsHidden"] and s["visible"] and s["file"] == "kejiban-2025.docx"
          and s["amounts"] == str(len(report["amounts"])) and s["errorHidden"], short(s))
    empty = [t for t, n in s["rows"].items() if n == 0]
    check("#table-enterprises, #table-amounts, #table-counts, #table-facts have rows", not empty,
          short(s["rows"]))
    evidence = page.evaluate("""() => Array.from(document.querySelectorAll('#table-enterprises tbody tr[data-finding]'))
      .map(tr => tr.querySelectorAll('td')[2].textContent)""")
    check("#table-enterprises shows why each enterprise was taken (the 依据 column)",
          len(evidence) == len(report["enterprises"]) and all(e.strip() for e in evidence), short(evidence))
    res = page.evaluate(INTEGRITY, report)
    print(f"  {res['paragraphs']} paragraphs, {res['marks']} marks, {res['mentions']} body mentions compared", flush=True)
    check("mark.finding highlights in #document-text equal the report's mentions; table rows match the report",
          res["mentions"] > 0 and res["marks"] > 0 and not res["errors"], "; ".join(res["errors"][:8]))


def test_screenshot(page):
    """The page as it stands after the upload, for a person to look at: the window as a person first sees it
    (1280 × 900), and the whole page."""
    os.makedirs(OUTPUT, exist_ok=True)
    shots = [(os.path.join(OUTPUT, "after-upload.png"), False), (os.path.join(OUTPUT, "after-upload-full.png"), True)]
    saved = []
    for path, full in shots:
        if os.path.exists(path):
            os.remove(path)
        page.screenshot(path=path, full_page=full)
        with open(path, "rb") as f:
            if f.read(8) == b"\x89PNG\r\n\x1a\n":
                saved.append(path)
    check("screenshots of the page after the upload are saved", len(saved) == len(shots),
          "saved: " + ", ".join(saved))
    for path in saved:
        print("  screenshot: " + os.path.relpath(path, os.getcwd()), flush=True)


def test_row_click(page):
    # the last amount row whose finding is highlighted in the text, with the text scrolled to its top
    target = page.evaluate("""() => { const box = document.getElementById('document-text');
      const rows = [...document.querySelectorAll('#table-amounts tbody tr[data-finding]')]
        .filter(tr => box.querySelector(`mark.finding[data-finding="${tr.dataset.finding}"]`));
      box.scrollTop = 0; return rows.length ? rows[rows.length - 1].dataset.finding : null; }""")
    if not check("an amount row has a highlight to locate", bool(target)):
        return
    # a real mouse click: Playwright scrolls the cell into view, waits until it can take the click, clicks its middle
    page.locator(f'#table-amounts tbody tr[data-finding="{target}"] td:last-child').click()
    flashed = wait(page, """(sel) => { const f = [...document.querySelectorAll('#document-text mark.flash')];
      return f.length > 0 && f.every(m => m.dataset.finding === sel)
        && !!document.querySelector('tr.selected[data-finding=' + JSON.stringify(sel) + ']'); }""", target, timeout=3)
    check("clicking an amount row selects it and flashes its mark", bool(flashed), target)
    visible = wait(page, """(sel) => { const m = document.querySelector('#document-text mark.finding[data-finding=' +
      JSON.stringify(sel) + ']'); const r = m.getBoundingClientRect(),
      b = document.getElementById('document-text').getBoundingClientRect();
      return r.top >= b.top - 1 && r.bottom <= b.bottom + 1 && r.top >= 0 && r.bottom <= innerHeight; }""",
                   target, timeout=5)
    check("the located mark is scrolled into view", bool(visible))
    status = page.text_content("#status")
    check("#status names the located finding", bool(status), short(status))
    gone = wait(page, "!document.querySelector('#document-text mark.flash')", timeout=5)
    check("the flash ends by itself", bool(gone))

    # the row's button does the same from the keyboard
    page.focus("#table-enterprises tbody tr[data-finding] button")
    page.keyboard.press("Enter")
    keyed = wait(page, """() => { const b = document.activeElement, tr = b && b.closest('tr[data-finding]');
      return !!tr && [...document.querySelectorAll('#document-text mark.flash')]
        .some(m => m.dataset.finding === tr.dataset.finding); }""", timeout=3)
    check("Enter on an enterprise row's button flashes its mention, focus stays on the button", bool(keyed))


def test_legend_and_download(page, work):
    legend = page.locator("#legend button[data-kind=count]")
    legend.click()
    hidden = page.evaluate("""() => [document.getElementById('document-text').classList.contains('hide-count'),
      getComputedStyle(document.querySelector('#document-text mark[data-kind=count]')).backgroundColor,
      document.querySelector('#legend button[data-kind=count]').getAttribute('aria-pressed')]""")
    check("the legend button hides the count highlights",
          hidden[0] and hidden[1] in ("rgba(0, 0, 0, 0)", "transparent") and hidden[2] == "false", short(hidden))
    legend.click()

    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    with page.expect_download(timeout=10000) as info:
        page.click("#download-json")
    download = info.value
    name = download.suggested_filename
    path = os.path.join(downloads, os.path.basename(name) or "unnamed")
    download.save_as(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        data, name = None, f"{name} ({e})"
    check("#download-json saves kejiban-2025.json with the report",
          name == "kejiban-2025.json" and bool(data) and data.get("source", {}).get("file_name") == "kejiban-2025.docx",
          name)


def test_language(page, base):
    marks = "document.querySelectorAll('#document-text mark.finding').length"
    before = page.evaluate(marks)
    page.click("#lang-switch")
    en = page.evaluate("""() => ({lang: document.documentElement.lang, h1: document.querySelector('h1').textContent.trim(),
      switch: document.getElementById('lang-switch').textContent.trim(),
      stored: localStorage.getItem('docx-extract.lang'),
      th: document.querySelector('#table-amounts th').textContent.trim(),
      marks: document.querySelectorAll('#document-text mark.finding').length,
      resultsHidden: document.getElementById('results').hidden})""")
    check("the English switch sets lang=en and English labels, keeping the results",
          en["lang"] == "en" and en["switch"] == "中文" and en["th"] == "Text" and en["h1"].isascii()
          and en["marks"] == before and not en["resultsHidden"], short(en))
    check("the language is remembered", en["stored"] == "en", short(en["stored"]))
    goto(page, base)
    check("English after a reload", page.evaluate("document.documentElement.lang") == "en")
    page.click("#lang-switch")
    check("switching back gives Chinese (lang=zh-CN)", page.evaluate("document.documentElement.lang") == "zh-CN")


def test_bad_file(page, work):
    bad = os.path.join(work, "notes.docx")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("这不是 Word 文档，只是一个改了扩展名的文本文件。\n")
    page.set_input_files("#file-input", bad)
    state = wait(page, STATE)
    e = page.evaluate("""() => { const e = document.getElementById('error'), code = document.getElementById('error-code');
      return {hidden: e.hidden, visible: e.offsetHeight > 0, role: e.getAttribute('role'),
        code: code && code.textContent, text: e.textContent,
        resultsHidden: document.getElementById('results').hidden}; }""")
    check("a text file renamed .docx shows #error (role=alert) with code not_a_zip",
          state == "error" and not e["hidden"] and e["visible"] and e["role"] == "alert"
          and e["code"] == "not_a_zip" and e["resultsHidden"], short(e))

    page.set_input_files("#file-input", os.path.join(REPO, "Samples", "features.docx"))
    state = wait(page, STATE)
    check("the next good upload hides #error and shows results",
          state == "done" and page.evaluate("document.getElementById('error').hidden && !document.getElementById('results').hidden"),
          f"state {state!r}")


def test_clean(base, exceptions, requests):
    check("no JavaScript exceptions (uncaught, Playwright's pageerror)", not exceptions, short(exceptions))
    origin = base.rstrip("/")
    foreign = [u for u in requests
               if not (u == origin or u.startswith(origin + "/") or u.split(":", 1)[0] in ("data", "blob", "about"))]
    check("the page requested nothing but the server on 127.0.0.1", bool(requests) and not foreign,
          short(foreign) if foreign else "no requests seen")


def run(binary, executable, work, keep, processes):
    processes["server"], base = start_server(binary, work)
    if not check("server answers GET /healthz", base is not None,
                 "server log:\n" + tail(os.path.join(work, "server.log"))):
        return
    with sync_playwright() as playwright:
        try:
            browser = launch_chromium(playwright, executable, work)
        except PlaywrightError as e:
            check("headless Chromium starts under Playwright", False, short(str(e), 2000))
            return
        check(f"headless Chromium starts under Playwright ({executable}, {browser.version})", True)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            context.set_default_timeout(WAIT * 1000)
            if keep:
                context.tracing.start(screenshots=True, snapshots=True)
            exceptions, requests = [], []
            context.on("request", lambda request: requests.append(request.url))
            page = context.new_page()
            # Every file chooser of the run is intercepted (Playwright opens none) and counted. One listener for the
            # whole run, not page.expect_file_chooser() around each key: that turns the interception on without
            # waiting for Chromium to confirm it, and a key pressed right after it opened an unseen chooser in about
            # one run out of three.
            choosers = []
            page.on("filechooser", lambda chooser: choosers.append(chooser))

            def on_error(error):
                text = error.stack or str(error)
                exceptions.append(text)
                print("  js exception: " + short(text, 800), flush=True)

            page.on("pageerror", on_error)

            section("initial state", test_initial, page, base)
            section("drop zone keyboard", test_drop_zone_keyboard, page, choosers)
            section("upload", test_upload, page, base)
            section("screenshot", test_screenshot, page)
            section("row click", test_row_click, page)
            section("legend and download", test_legend_and_download, page, work)
            section("language", test_language, page, base)
            section("bad file", test_bad_file, page, work)
            test_clean(base, exceptions, requests)
            if keep:
                context.tracing.stop(path=os.path.join(work, "trace.zip"))
        finally:
            browser.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=".build/debug/docx-extract",
                    help="the docx-extract binary; relative paths are taken from the repository root")
    ap.add_argument("--timeout", type=int, default=120, help="overall time limit in seconds (default 120)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary folder (server log, downloads, Playwright trace)")
    args = ap.parse_args()
    binary = args.binary if os.path.isabs(args.binary) else os.path.join(REPO, args.binary)
    executable = shutil.which("chromium")
    started = time.monotonic()
    processes = {}
    work = None

    def finish(code):
        """Ends the run from a signal (time limit, SIGTERM, SIGINT) without going back into Playwright: stops the
        server, prints the summary and exits; Playwright's driver sees its pipe close and ends Chromium."""
        signal.alarm(0)
        stop(processes.get("server"))
        if work is not None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        summary(started)
        os._exit(code)

    def on_alarm(signum, frame):
        check("finished in time", False, f"overall time limit of {args.timeout} s reached")
        finish(1)

    def on_term(signum, frame):
        check("ran to its end", False, "interrupted by " + signal.Signals(signum).name)
        finish(130)

    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    if not os.access(binary, os.X_OK):
        check("docx-extract binary exists", False, binary + " is missing; run swift build --product docx-extract")
    elif executable is None:
        check("chromium is installed", False, "apt-get install chromium")
    elif not PLAYWRIGHT:
        check("Playwright for Python is installed", False, f"{sys.executable}: run scripts/setup-python")
    else:
        work = tempfile.mkdtemp(prefix="docx-extract-browser-")
        signal.alarm(args.timeout)
        try:
            run(binary, executable, work, args.keep, processes)
        except Exception as e:  # outside the sections: the browser or the connection to Playwright's driver failed
            check("ran to its end", False, f"{type(e).__name__}: {short(str(e), 2000)}")
        finally:
            signal.alarm(0)
            code = stop(processes.get("server"))
            if code not in (None, 0):
                print(f"  note: the server exited with status {code} after SIGTERM", flush=True)
            if args.keep:
                print("  kept " + work, flush=True)
            else:
                shutil.rmtree(work, ignore_errors=True)
    summary(started)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
