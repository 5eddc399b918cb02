#!/usr/bin/env python3
"""Writes the fuzzers' seed corpus into Fuzz/Seeds/<target>/ from the files in Samples/ and Samples/interop/.

zip: every sample archive as it is; wordml: slices of each sample's main part (a dozen body blocks each) with its styles,
numbering and footnotes parts, joined by the separator FuzzTarget.partSeparator; extraction: each sample's expected text (one paragraph per line).
"""
import io
import pathlib
import xml.etree.ElementTree as ElementTree
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "Fuzz" / "Seeds"
SEPARATOR = b"\n<!--part-->\n"
PARTS = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml"]
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY_BLOCKS_PER_SEED = 12  # small seeds keep each run fast; the fuzzer grows them where coverage says so


def main_part_name(names: set) -> str:
    """The main document part: word/document.xml, or the one other *main.xml part (features.docx)."""
    if "word/document.xml" in names:
        return "word/document.xml"
    return next(name for name in sorted(names) if name.endswith("main.xml"))


def body_slices(document: bytes) -> list:
    """The document cut into documents of at most BODY_BLOCKS_PER_SEED body blocks each, prefixes kept."""
    for _, (prefix, uri) in ElementTree.iterparse(io.BytesIO(document), events=["start-ns"]):
        ElementTree.register_namespace(prefix, uri)
    tree = ElementTree.ElementTree(ElementTree.fromstring(document))
    body = tree.getroot().find(WORD + "body")
    blocks = list(body)
    slices = []
    for start in range(0, len(blocks), BODY_BLOCKS_PER_SEED):
        for block in list(body):
            body.remove(block)
        body.extend(blocks[start:start + BODY_BLOCKS_PER_SEED])
        slices.append(ElementTree.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True))
    return slices


def main() -> None:
    samples = ROOT / "Samples"
    for target in ("zip", "wordml", "extraction"):
        (SEEDS / target).mkdir(parents=True, exist_ok=True)
    documents = sorted(samples.glob("*.docx")) + sorted(samples.glob("interop/*.docx"))
    for path in documents + sorted(samples.glob("*.zip")):
        (SEEDS / "zip" / path.name).write_bytes(path.read_bytes())
    for path in documents:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            main = archive.read(main_part_name(names))
            others = [archive.read(name) if name in names else b"" for name in PARTS[1:]]
        while others and not others[-1]:
            others.pop()
        for number, document in enumerate(body_slices(main), start=1):
            # Only the first slice carries the other parts: they are large, and one copy is enough to seed them.
            seed = SEPARATOR.join([document] + others) if number == 1 else document
            (SEEDS / "wordml" / f"{path.stem}-{number}.xml").write_bytes(seed)
    for path in sorted(samples.glob("*.expected.txt")):
        (SEEDS / "extraction" / path.name).write_bytes(path.read_bytes())


if __name__ == "__main__":
    main()
