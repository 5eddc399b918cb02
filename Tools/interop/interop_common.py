"""Shared by the interop sample generators: the source reader and zip helpers.

The source is `Samples/interop/source.md`, written in the small Markdown subset pandoc
reads as-is, so pandoc gets the file unchanged and the other generators get the same
blocks from `read_source()`:

    ---                       YAML block with one key, `title:` (pandoc: Title paragraph)
    # 一、...                  heading 1 (the outline label is typed text)
    ## （一）...               heading 2
    | a | b | c |              pipe table; the first row is the header, `|---|` is skipped
    1. text                    numbered list item (decimal, "1.")
    other lines                a body paragraph; paragraphs are separated by blank lines
"""
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Samples", "interop")
SOURCE = os.path.join(OUT, "source.md")

# Fixed member timestamps, so that rebuilding gives byte-identical archives.
FIXED_TIME = (2025, 7, 10, 0, 0, 0)


def read_source(path=SOURCE):
    """Returns (title, blocks); a block is (kind, payload):
    ("h1"|"h2"|"p"|"li", text) or ("table", [[cell, ...], ...]) with the header row first."""
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f]
    title = None
    i = 0
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        for meta in lines[1:end]:
            key, _, value = meta.partition(":")
            if key.strip() != "title":
                raise ValueError("only `title:` is supported in the metadata block: %r" % meta)
            title = value.strip()
        i = end + 1
    blocks = []
    table = None
    for line in lines[i:]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", c) for c in cells):
                continue
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("## "):
            blocks.append(("h2", line[3:].strip()))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:].strip()))
        elif re.match(r"\d+\. ", line):
            blocks.append(("li", line.split(". ", 1)[1].strip()))
        else:
            blocks.append(("p", line.strip()))
    return title, blocks


def expected_lines(title, blocks):
    """The text the reader should give, by the rules of Samples/GOLD.md (list label + TAB)."""
    lines = [title] if title else []
    number = 0
    for kind, payload in blocks:
        if kind == "table":
            lines += [cell for row in payload for cell in row]
        elif kind == "li":
            number += 1
            lines.append("%d.\t%s" % (number, payload))
        else:
            lines.append(payload)
    return lines


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_package(path, members):
    """Writes a zip from (name, bytes-or-str) pairs, in order, with fixed timestamps."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, data)
    os.replace(tmp, path)


def normalize_zip(path):
    """Rewrites a producer's .docx with fixed member timestamps (content untouched)."""
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    write_package(path, members)


# A small DrawingML theme, for the hand-written packages (both producers ship one).
THEME_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="%(name)s"><a:themeElements>\
<a:clrScheme name="%(name)s"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>\
<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2>\
<a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>\
<a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3>\
<a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5>\
<a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>\
<a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>\
<a:fontScheme name="%(name)s"><a:majorFont><a:latin typeface="%(latin)s"/><a:ea typeface="%(ea)s"/><a:cs typeface=""/></a:majorFont>\
<a:minorFont><a:latin typeface="%(latin)s"/><a:ea typeface="%(ea)s"/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
<a:fmtScheme name="%(name)s"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>\
<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
<a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>\
<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"""


def theme_xml(name, latin, east_asian):
    return THEME_XML % {"name": name, "latin": latin, "ea": east_asian}


if __name__ == "__main__":
    # `python3 interop_common.py` prints the expected text derived from the source.
    print("\n".join(expected_lines(*read_source())))
