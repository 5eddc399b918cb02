#!/usr/bin/python3
"""Build Samples/noisy-2024.docx with python-docx from src/noisy-2024.txt.

The noise is in the source text; the generator adds the structural part of it:
the line break inside 德润智能装备 (run.add_break()), a tab in the signature line,
empty paragraphs, header and footer text.
"""
import os

from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import SAMPLES, add_block, new_document, normalize_zip, read_markup, set_run_font


def main():
    doc = new_document(body_font="宋体", size_pt=14)
    sec = doc.sections[0]
    for tag, text in read_markup("noisy-2024.txt"):
        if tag == "HEADER":
            hp = sec.header.paragraphs[0]
            set_run_font(hp.add_run(text), east_asia="宋体", size_pt=9)
        elif tag == "FOOTER":
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(fp.add_run(text), east_asia="宋体", size_pt=9)
        else:
            add_block(doc, tag, text)
    out = os.path.join(SAMPLES, "noisy-2024.docx")
    doc.save(out)
    normalize_zip(out)
    print("wrote", out)


if __name__ == "__main__":
    main()
