#!/usr/bin/python3
"""Build Samples/yuanqu-2025.docx with python-docx from src/yuanqu-2025.txt.

A half-year summary of an invented park written for the genre's harder shapes: brand names in lists separated by
、 ， and ；, names heading projects, bare brands framed by 与…签约 or …正式入驻, a declared short form
（以下简称…）, legal names with a bracketed place, counts in traditional measure words, and the numbers that are not
counts. One paragraph per line; 一、 lines are level-1 headings, （一） lines level-2 headings, the first line the
title.
"""
import os

from common import SAMPLES, SRC, add_block, new_document, normalize_zip


def tag(index, line):
    if index == 0:
        return "T"
    if line[:2] in {"一、", "二、", "三、", "四、", "五、", "六、"}:
        return "H1"
    if line.startswith("（") and line[2:3] == "）":
        return "H2"
    return "P"


def main():
    doc = new_document(body_font="仿宋_GB2312", size_pt=16)
    with open(os.path.join(SRC, "yuanqu-2025.txt"), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    for index, line in enumerate(lines):
        add_block(doc, tag(index, line), line)
    out = os.path.join(SAMPLES, "yuanqu-2025.docx")
    doc.save(out)
    normalize_zip(out)
    print("wrote", out)


if __name__ == "__main__":
    main()
