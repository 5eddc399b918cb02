"""Helpers shared by the sample generators (python-docx side + zip normalisation)."""
import os
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401  (kept for callers)
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
SAMPLES = os.path.normpath(os.path.join(HERE, "..", "..", "Samples"))

FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so rebuilds are byte-stable."""
    with zipfile.ZipFile(path) as zin:
        members = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members:
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def read_markup(name):
    """Read src/<name>.txt: list of (tag, text); '#' lines are comments."""
    items = []
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            tag, _, text = line.partition("|")
            items.append((tag, text))
    return items


def set_run_font(run, east_asia, size_pt=None, bold=None, latin="Times New Roman"):
    run.font.name = latin
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asia)
    if size_pt:
        run.font.size = Pt(size_pt)
    if bold is not None:
        run.bold = bold


def new_document(body_font="仿宋_GB2312", size_pt=16):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(size_pt)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), body_font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    cp = doc.core_properties
    cp.author = "samples"
    cp.title = ""
    import datetime
    cp.created = cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = "samples"
    cp.revision = 1
    return doc


def add_text_with_marks(paragraph, text, **font):
    """Add text to a paragraph; {br} -> run.add_break(), {tab} -> run.add_tab()."""
    import re
    parts = re.split(r"(\{br\}|\{tab\})", text)
    run = None
    for part in parts:
        if part == "":
            continue
        if part == "{br}":
            if run is None:
                run = paragraph.add_run()
                set_run_font(run, **font)
            run.add_break()
            run = None  # continue in a new run, as a PDF->Word converter would
        elif part == "{tab}":
            if run is None:
                run = paragraph.add_run()
                set_run_font(run, **font)
            run.add_tab()
        else:
            run = paragraph.add_run(part)
            set_run_font(run, **font)
    return paragraph


def add_block(doc, tag, text):
    """Render one markup line into the document (python-docx producers)."""
    if tag == "T":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(12)
        add_text_with_marks(p, text, east_asia="方正小标宋简体", size_pt=22, bold=True)
    elif tag == "H1":
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        add_text_with_marks(p, text, east_asia="黑体", size_pt=16, bold=False)
    elif tag == "H2":
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        add_text_with_marks(p, text, east_asia="楷体_GB2312", size_pt=16, bold=True)
    elif tag == "P":
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        add_text_with_marks(p, text, east_asia="仿宋_GB2312", size_pt=16)
    elif tag == "R":
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_text_with_marks(p, text, east_asia="仿宋_GB2312", size_pt=16)
    elif tag == "E":
        doc.add_paragraph()
    else:
        raise ValueError("unknown tag %r" % tag)
