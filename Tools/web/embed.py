#!/usr/bin/env python3
'''Embeds Web/index.html in the server as a Swift string literal.

Writes Sources/DocxExtractServer/WebPage.swift:

    /// The web page served at `/`, generated from `Web/index.html` by `Tools/web/embed.py`; do not edit by hand.
    enum WebPage {
        /// The page's HTML.
        static let html = #"""
            …the file's content…
            """#
    }

The literal is a raw multi-line string: its delimiter has one more `#` than any run that follows
a `"""` or a backslash in the page, so nothing in the page can close it or start an escape. Each
content line is indented by 8 spaces, the closing delimiter's indentation, which Swift strips, so
`WebPage.html` equals the file byte for byte (line endings normalized to LF).

Usage:
    python3 Tools/web/embed.py            write the Swift file
    python3 Tools/web/embed.py --check    exit 1 if the Swift file is missing or out of date
Standard library only.
'''

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "Web" / "index.html"
TARGET = ROOT / "Sources" / "DocxExtractServer" / "WebPage.swift"
INDENT = " " * 8

HEADER = (
    "/// The web page served at `/`, generated from `Web/index.html` by `Tools/web/embed.py`;"
    " do not edit by hand.\n"
)


def delimiter_for(text: str) -> str:
    """The `#`s of a raw string delimiter that `text` can neither close nor escape out of."""
    # Runs of `#` after three quotes (a closing delimiter) or after a backslash (an escape such as
    # `\#(`); the lookahead finds overlapping matches, e.g. in `""""#`.
    runs = (len(m.group(1)) for m in re.finditer(r'(?=(?:"""|\\)(#+))', text))
    longest = max(runs, default=0)
    return "#" * (longest + 1)


def render(html: str) -> str:
    html = html.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in html:
        raise ValueError("the page contains a NUL character")
    hashes = delimiter_for(html)
    lines = html.split("\n")
    # A multi-line literal ends before the newline that precedes its closing delimiter, so a
    # file that ends with a newline yields a last, empty line here: the newline is kept.
    body = "\n".join(INDENT + line if line else "" for line in lines)
    return (
        HEADER
        + "enum WebPage {\n"
        + "    /// The page's HTML.\n"
        + f'    static let html = {hashes}"""\n'
        + body
        + "\n"
        + f'{INDENT}"""{hashes}\n'
        + "}\n"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Embed Web/index.html as Swift (WebPage.html).")
    parser.add_argument("--check", action="store_true", help="only check that the Swift file is up to date")
    parser.add_argument("--source", type=Path, default=SOURCE, help=f"default: {SOURCE.relative_to(ROOT)}")
    parser.add_argument("--output", type=Path, default=TARGET, help=f"default: {TARGET.relative_to(ROOT)}")
    args = parser.parse_args()

    swift = render(args.source.read_text(encoding="utf-8"))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else None
        if current != swift:
            print(f"{args.output} is out of date: run python3 Tools/web/embed.py", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if args.output.exists() and args.output.read_text(encoding="utf-8") == swift:
        print(f"{args.output} unchanged")
        return 0
    args.output.write_text(swift, encoding="utf-8", newline="\n")
    print(f"wrote {args.output} ({len(swift.encode('utf-8'))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
