#!/usr/bin/python3
"""Audit a hand-made gold file against its expected text (a helper for annotators).

Usage: audit_gold.py Samples/NAME.gold.json [Samples/NAME.expected.txt]

Reports
  * gold amount/count/percentage texts whose number of gold items differs from the
    number of times the text occurs in the main story (check these by hand: a span can
    legitimately occur inside a non-annotated context);
  * numerals in the text that no gold span covers, with context, so the annotator can
    confirm each one is deliberately left out (years, dates, ordinals, masks, ...);
  * enterprise / organization / fact names that do not occur in the text (line breaks
    inside names are ignored).
It never decides anything: the gold stays hand-made.
"""
import json
import re
import sys

NUM_CHARS = "0123456789０１２３４５６７８９"
CN_NUM = "零〇一二两三四五六七八九十百千万亿"


def occurrences(text, span):
    out = []
    start = 0
    while True:
        i = text.find(span, start)
        if i < 0:
            return out
        prev = text[i - 1] if i > 0 else ""
        prev2 = text[i - 2] if i > 1 else ""
        # a span must not start inside a longer number (digits, "1,2" / "1.2" / "十二")
        inside = (prev in NUM_CHARS
                  or (prev in ".," and prev2 in NUM_CHARS and span[0] in NUM_CHARS)
                  or (span[0] in CN_NUM and prev and prev in CN_NUM))
        if not inside:
            out.append((i, i + len(span)))
        start = i + 1


def main():
    gold_path = sys.argv[1]
    exp_path = sys.argv[2] if len(sys.argv) > 2 else gold_path.replace(".gold.json", ".expected.txt")
    raw = open(gold_path, encoding="utf-8").read()
    gold = json.loads(raw)
    text = open(exp_path, encoding="utf-8").read()
    flat = text.replace("\n", "")
    problems = 0
    covered = [False] * len(text)
    for key in ("amounts", "counts", "percentages"):
        by_text = {}
        for item in gold[key]:
            by_text[item["text"]] = by_text.get(item["text"], 0) + 1
        for span, n in sorted(by_text.items()):
            occ = occurrences(text, span)
            for a, b in occ:
                for k in range(a, b):
                    covered[k] = True
            if len(occ) != n:
                problems += 1
                print("[%s] %r: %d gold item(s), %d occurrence(s) in text" % (key, span, n, len(occ)))
    pat = re.compile(r"[0-9０-９][0-9０-９.,，. ]*|百分之[%s]+|[%s]+" % (CN_NUM, CN_NUM))
    print("--- numerals not covered by a gold span (confirm each is deliberately left out):")
    for m in pat.finditer(text):
        a, b = m.span()
        if any(covered[a:b]):
            continue
        if m.group(0).strip() == "":
            continue
        ctx = text[max(0, a - 8):min(len(text), b + 8)].replace("\n", "⏎").replace("\t", "⇥")
        print("   %-12s …%s…" % (m.group(0), ctx))
    for e in gold["enterprises"]:
        for name in [e["name"]] + e["aliases"]:
            if name not in flat:
                problems += 1
                print("[enterprises] %r not in text" % name)
    for o in gold["organizations"]:
        if o["name"] not in flat:
            problems += 1
            print("[organizations] %r not in text" % o["name"])
    known = {n for e in gold["enterprises"] for n in [e["name"]] + e["aliases"]}
    for f in gold["facts"]:
        for name in f["enterprises"]:
            if name not in known:
                problems += 1
                print("[facts] %r is not an enterprise name/alias" % name)
        if f["complete"] and len(f["enterprises"]) != f["count"]:
            problems += 1
            print("[facts] complete list of %d names for count %d: %s" % (len(f["enterprises"]), f["count"], f["category"]))
    print("summary: %d amounts, %d counts, %d percentages, %d enterprises, %d organizations, %d facts; %d flag(s)" % (
        len(gold["amounts"]), len(gold["counts"]), len(gold["percentages"]), len(gold["enterprises"]),
        len(gold["organizations"]), len(gold["facts"]), problems))


if __name__ == "__main__":
    main()
