#!/usr/bin/python3
"""Build Samples/kejiban-2025.docx with python-docx from src/kejiban-2025.txt.

Typed outline labels, one project table with a vertical merge (项目类别 over two
rows) and a horizontal merge (合计 over four columns), header and footer text.
"""
import os

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

from common import SAMPLES, add_block, new_document, normalize_zip, read_markup, set_run_font

TABLE_HEADER = ["序号", "项目名称", "承担单位", "项目类别", "支持资金"]
TABLE_ROWS = [
    ["1", "高功率半导体激光芯片产线升级", "澄明光电科技股份有限公司", "产业化项目", "480万元"],
    ["2", "精密减速器可靠性测试平台建设", "恒锐精密传动有限公司", None, "360万元"],  # None: merged with the cell above
    ["3", "可降解医用高分子材料中试", "博衍新材料科技有限公司", "研发项目", "295.5万元"],
    ["4", "细胞治疗产品质控关键技术", "云岫生物医药股份有限公司", "研发项目", "180万元"],
    ["5", "园区公共技术服务平台运维", "东岳大学青岚湾研究院", "平台项目", "309万元"],
]
TOTAL = ["合计", "1,624.5万元"]  # "合计" spans the first four columns


def build_table(doc):
    nrows = 1 + len(TABLE_ROWS) + 1
    table = doc.add_table(rows=nrows, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    # vertical merge: 项目类别 of rows 1 and 2
    merged = table.cell(1, 3).merge(table.cell(2, 3))
    # horizontal merge: 合计 over columns 0..3 of the last row
    total = table.cell(nrows - 1, 0).merge(table.cell(nrows - 1, 3))

    def put(cell, text, bold=False):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        set_run_font(run, east_asia="仿宋_GB2312", size_pt=12, bold=bold)

    for c, text in enumerate(TABLE_HEADER):
        put(table.cell(0, c), text, bold=True)
    for r, row in enumerate(TABLE_ROWS, start=1):
        for c, text in enumerate(row):
            if text is None:
                continue
            put(table.cell(r, c), text)
    put(total, TOTAL[0], bold=True)
    put(table.cell(nrows - 1, 4), TOTAL[1], bold=True)
    assert merged is not None
    return table


def main():
    doc = new_document()
    sec = doc.sections[0]
    for tag, text in read_markup("kejiban-2025.txt"):
        if tag == "HEADER":
            hp = sec.header.paragraphs[0]
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(hp.add_run(text), east_asia="宋体", size_pt=9)
        elif tag == "FOOTER":
            fp = sec.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_run_font(fp.add_run(text), east_asia="宋体", size_pt=9)
        elif tag == "TABLE":
            build_table(doc)
        else:
            add_block(doc, tag, text)
    out = os.path.join(SAMPLES, "kejiban-2025.docx")
    doc.save(out)
    normalize_zip(out)
    print("wrote", out)


if __name__ == "__main__":
    main()
