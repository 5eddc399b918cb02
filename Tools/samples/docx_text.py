#!/usr/bin/python3
"""Print the main-story plain text of a .docx the way Samples/*.expected.txt is defined.

Independent reference implementation used to draft the expected files (each one
was then checked by hand against word/document.xml):
  * body paragraphs and tables in document order; header/footer/footnotes ignored;
  * table cells row by row, cell by cell; a vMerge continuation cell gives nothing;
  * auto-numbered paragraphs get their rendered label + suffix (tab/space/nothing);
  * w:br (text wrapping) -> "\n", w:tab -> "\t"; deleted text skipped.
Usage: docx_text.py FILE.docx  (writes UTF-8 text to stdout)
"""
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

CN_DIGITS = "〇一二三四五六七八九"


def chinese_counting(n):
    if n <= 0:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    raise ValueError("number too large for this helper: %d" % n)


def fmt_number(n, fmt):
    if fmt in ("decimal", None):
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCountingThousand",
               "ideographDigital", "japaneseCounting"):
        return chinese_counting(n)
    if fmt == "decimalEnclosedCircle":
        return chr(0x2460 + n - 1)
    if fmt == "lowerLetter":
        return chr(ord("a") + n - 1)
    if fmt == "upperLetter":
        return chr(ord("A") + n - 1)
    if fmt == "none":
        return ""
    raise ValueError("numFmt not handled: %s" % fmt)


class Numbering:
    def __init__(self, zf):
        self.abstract = {}
        self.nums = {}
        try:
            root = ET.fromstring(zf.read("word/numbering.xml"))
        except KeyError:
            return
        for an in root.findall(W + "abstractNum"):
            levels = {}
            for lvl in an.findall(W + "lvl"):
                il = int(lvl.get(W + "ilvl"))
                g = lambda tag, d=None: (lvl.find(W + tag).get(W + "val") if lvl.find(W + tag) is not None else d)
                levels[il] = {
                    "start": int(g("start", "1")),
                    "fmt": g("numFmt", "decimal"),
                    "text": g("lvlText", ""),
                    "suff": g("suff", "tab"),
                }
            self.abstract[an.get(W + "abstractNumId")] = levels
        for num in root.findall(W + "num"):
            aid = num.find(W + "abstractNumId").get(W + "val")
            overrides = {}
            for ov in num.findall(W + "lvlOverride"):
                so = ov.find(W + "startOverride")
                if so is not None:
                    overrides[int(ov.get(W + "ilvl"))] = int(so.get(W + "val"))
            self.nums[num.get(W + "numId")] = (aid, overrides)
        self.counters = {}

    def label(self, num_id, ilvl):
        if num_id not in self.nums:
            return ""
        aid, overrides = self.nums[num_id]
        levels = self.abstract[aid]
        # counters are kept per numId (enough for the samples: one numId per list)
        cnt = self.counters.setdefault(num_id, {})
        for deeper in list(cnt):
            if deeper > ilvl:
                del cnt[deeper]
        start = overrides.get(ilvl, levels[ilvl]["start"])
        cnt[ilvl] = cnt.get(ilvl, start - 1) + 1
        text = levels[ilvl]["text"]
        for k in range(9):
            ph = "%%%d" % (k + 1)
            if ph in text:
                v = cnt.get(k, overrides.get(k, levels.get(k, {"start": 1})["start"]))
                text = text.replace(ph, fmt_number(v, levels[k]["fmt"]))
        suff = {"tab": "\t", "space": " ", "nothing": ""}[levels[ilvl]["suff"]]
        return text + suff


class Styles:
    def __init__(self, zf):
        self.num = {}
        self.based = {}
        try:
            root = ET.fromstring(zf.read("word/styles.xml"))
        except KeyError:
            return
        for st in root.findall(W + "style"):
            sid = st.get(W + "styleId")
            b = st.find(W + "basedOn")
            if b is not None:
                self.based[sid] = b.get(W + "val")
            ppr = st.find(W + "pPr")
            if ppr is not None and ppr.find(W + "numPr") is not None:
                np_ = ppr.find(W + "numPr")
                nid = np_.find(W + "numId")
                il = np_.find(W + "ilvl")
                self.num[sid] = (nid.get(W + "val") if nid is not None else None,
                                 il.get(W + "val") if il is not None else "0")

    def numpr(self, sid):
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if sid in self.num:
                return self.num[sid]
            sid = self.based.get(sid)
        return None


def run_text(el, out):
    for ch in el:
        tag = ch.tag
        if tag == W + "t":
            out.append(ch.text or "")
        elif tag == W + "tab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            if ch.get(W + "type") in (None, "textWrapping") or tag == W + "cr":
                out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")


def para_text(p, out):
    for ch in p:
        tag = ch.tag
        if tag == W + "r":
            run_text(ch, out)
        elif tag in (W + "hyperlink", W + "ins", W + "smartTag", W + "fldSimple", W + "customXml"):
            para_text(ch, out)
        elif tag == W + "sdt":
            c = ch.find(W + "sdtContent")
            if c is not None:
                para_text(c, out)
        # w:del, w:pPr, bookmarks, proofErr, etc. contribute nothing


def walk(container, numbering, styles, lines):
    for el in container:
        if el.tag == W + "p":
            ppr = el.find(W + "pPr")
            label = ""
            numpr = None
            if ppr is not None and ppr.find(W + "numPr") is not None:
                n = ppr.find(W + "numPr")
                nid, il = n.find(W + "numId"), n.find(W + "ilvl")
                numpr = (nid.get(W + "val") if nid is not None else None,
                         il.get(W + "val") if il is not None else "0")
            elif ppr is not None and ppr.find(W + "pStyle") is not None:
                numpr = styles.numpr(ppr.find(W + "pStyle").get(W + "val"))
            if numpr and numpr[0] not in (None, "0"):
                label = numbering.label(numpr[0], int(numpr[1]))
            out = []
            para_text(el, out)
            lines.append(label + "".join(out))
        elif el.tag == W + "tbl":
            for tr in el.findall(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    tcpr = tc.find(W + "tcPr")
                    if tcpr is not None:
                        vm = tcpr.find(W + "vMerge")
                        if vm is not None and vm.get(W + "val") in (None, "continue"):
                            continue
                    walk(tc, numbering, styles, lines)
        elif el.tag == W + "sdt":
            c = el.find(W + "sdtContent")
            if c is not None:
                walk(c, numbering, styles, lines)


def main_text(path):
    with zipfile.ZipFile(path) as zf:
        root = ET.fromstring(zf.read("word/document.xml"))
        numbering = Numbering(zf)
        styles = Styles(zf)
    body = root.find(W + "body")
    lines = []
    walk(body, numbering, styles, lines)
    return "".join(line + "\n" for line in lines)


if __name__ == "__main__":
    sys.stdout.write(main_text(sys.argv[1]))
