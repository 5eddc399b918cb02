#!/usr/bin/env python3
"""Checks that every JSON `docx-extract` emits validates against the schemas shipped in Schemas/ (issue 15).

    scripts/setup-python                                   # jsonschema, referencing, openapi-spec-validator, python-docx,
                                                           # datamodel-code-generator
    scripts/validate-outputs.py .build/debug/docx-extract  # every part below
    scripts/validate-outputs.py BINARY --count 20          # a shorter property test

Validation is full JSON Schema draft 2020-12 (`jsonschema.Draft202012Validator`, with format checking); the
schema files are loaded into one `referencing` Registry under their `$id` and their file URI, so the relative
`$ref`s between them (batch-record.schema.json -> extraction-report.schema.json) resolve offline.

Parts:
  0 schemas      each Schemas/*.schema.json is itself a valid draft 2020-12 schema
  1 samples      `docx-extract FILE`, `FILE --include text,blocks` and `docx-extract blocks FILE` (document.schema.json)
                 on Samples/*.docx and Samples/interop/*.docx; `docx-extract text FILE` against each sample's
                 .expected.txt
  2 bulk         bulk mode (JSON Lines) over Samples/ and Samples/reports-gbk.zip, and over hostile files
                 (swift run HostileCorpus --reduced plus a few of our own); single-file error documents
  3 rules        `docx-extract rules` against rules.schema.json
  4 dev-corpus   ../shared/dev-corpus/texts/*.txt beside the repository turned into .docx (skipped when absent)
  5 property     seeded random .docx files (python-docx) with Chinese report phrases and tables
  6 openapi      openapi-spec-validator on Schemas/openapi.yaml (with its file references)
  7 server       `docx-extract serve` on a free local port: each response (report, batch records, problem
                 details, health) against the schema openapi.yaml names for its path, status and content
                 type, and problem details against problem.schema.json; then a second server with
                 --max-concurrent 1 gets bursts of concurrent uploads of a large .docx until one is refused
                 with a real 503 (busy), whose Retry-After header and problem body are checked the same way
                 (--no-server skips it)
  8 codegen      a consumer's proof: datamodel-code-generator (`datamodel-codegen`, pydantic v2 output) turns
                 extraction-report.schema.json and batch-record.schema.json into Python modules in the
                 temporary folder, which are imported to parse (and round-trip) the reports of Samples/*.docx
                 (plain and --include text,blocks) and every line of bulk mode over Samples/ (--no-codegen
                 skips it)

Prints every failure (file, JSON pointer, message), then a last line `N passed, M failed`; exits 1 when
anything failed (2 on a usage error). Python 3.11.
"""

import argparse
import concurrent.futures
import json
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile

try:
    import jsonschema
    import referencing
    import referencing.jsonschema
    from jsonschema import Draft202012Validator
except ImportError as error:  # pragma: no cover - guidance only
    sys.exit(f"validate-outputs: {error}; run scripts/setup-python first")

ROOT = pathlib.Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "Schemas"
SAMPLES = ROOT / "Samples"
SEED = 20261204
TIMEOUT = 300


# ------------------------------------------------------------------------------------------------ results

class Results:
    """Counts validated documents per part and keeps every failure."""

    def __init__(self, verbose=False):
        self.passed = 0
        self.failed = 0
        self.per_part = {}
        self.verbose = verbose
        self.lock = threading.Lock()  # parts run documents on a few threads

    def part(self, name):
        self.per_part.setdefault(name, [0, 0])
        return name

    def ok(self, part, what):
        with self.lock:
            self.passed += 1
            self.per_part[part][0] += 1
            if self.verbose:
                print(f"ok   [{part}] {what}", flush=True)

    def fail(self, part, what, problems):
        """`problems` is a list of (JSON pointer, message)."""
        with self.lock:
            self.failed += 1
            self.per_part[part][1] += 1
            lines = [f"FAIL [{part}] {what}"] + [f"       at {pointer or '/'}: {message}" for pointer, message in problems]
            print("\n".join(lines), flush=True)


def pointer(path):
    """A JSON pointer (RFC 6901) for a jsonschema error path."""
    return "".join("/" + str(step).replace("~", "~0").replace("/", "~1") for step in path)


def short(value, limit=160):
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def explain(error):
    """(pointer, message) pairs for one validation error; a oneOf/anyOf failure is explained by the branch
    that came closest (the one whose `const` on a discriminator matched, else the one with fewest errors)."""
    if error.validator in ("oneOf", "anyOf") and error.context:
        branches = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)

        def badness(errors):
            discriminator_miss = any(e.validator == "const" for e in errors)
            return (discriminator_miss, len(errors))

        out = []
        for sub in min(branches.values(), key=badness):
            out += explain(sub)
        if out:
            return out
    message = error.message
    if len(message) > 400:
        message = message[:399] + "…"
    return [(pointer(error.absolute_path), f"{message} (schema {pointer(error.absolute_schema_path)})")]


# ------------------------------------------------------------------------------------------------ schemas

class Schemas:
    """The schema files of Schemas/, one registry so that relative references resolve without network."""

    def __init__(self, directory):
        self.directory = directory
        self.documents = {}
        resources = []
        for path in sorted(directory.glob("*.schema.json")):
            document = json.loads(path.read_text(encoding="utf-8"))
            self.documents[path.name] = document
            resource = referencing.Resource.from_contents(document, default_specification=referencing.jsonschema.DRAFT202012)
            resources.append((path.resolve().as_uri(), resource))
            if "$id" in document:
                resources.append((document["$id"], resource))
        self.registry = referencing.Registry().with_resources(resources).crawl()
        self.validators = {}

    def validator(self, name, fragment=""):
        """A validator for Schemas/NAME, or for a subschema of it (`#/$defs/…`)."""
        key = (name, fragment)
        if key not in self.validators:
            document = self.documents[name]
            base = document.get("$id", (self.directory / name).resolve().as_uri())
            schema = {"$ref": base + fragment} if fragment else document
            self.validators[key] = Draft202012Validator(
                schema, registry=self.registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
        return self.validators[key]

    def problems(self, name, instance, fragment=""):
        errors = sorted(self.validator(name, fragment).iter_errors(instance), key=lambda e: list(e.absolute_path))
        out = []
        for error in errors:
            out += explain(error)
        return out


# ------------------------------------------------------------------------------------------------ running

class Binary:
    def __init__(self, path):
        self.path = str(path)

    def run(self, args, stdin=None, cwd=None):
        return subprocess.run([self.path, *args], input=stdin, capture_output=True, cwd=cwd, timeout=TIMEOUT)


def check_json(results, part, schemas, schema_name, what, text, fragment=""):
    """Parses one JSON document and validates it."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        results.fail(part, what, [("", f"not JSON: {error}: {short(text)}")])
        return None
    problems = schemas.problems(schema_name, document, fragment)
    if problems:
        results.fail(part, what, problems)
    else:
        results.ok(part, what)
    return document


def check_report_run(results, part, schemas, binary, args, what, cwd=None, schema="extraction-report.schema.json"):
    """Runs `docx-extract ARGS` that must print one report (or, for `blocks`, one document) and validates it."""
    try:
        completed = binary.run(args, cwd=cwd)
    except subprocess.TimeoutExpired:
        results.fail(part, what, [("", f"timed out after {TIMEOUT} s")])
        return
    if completed.returncode != 0:
        results.fail(part, what, [("", f"exit status {completed.returncode}: "
                                       f"{completed.stderr.decode(errors='replace').strip()[:400]} "
                                       f"stdout {short(completed.stdout.decode(errors='replace'))}")])
        return
    check_json(results, part, schemas, schema, what, completed.stdout.decode("utf-8"))


def check_bulk_run(results, part, schemas, binary, args, what, stdin=None, allowed=(0, 1)):
    """Runs bulk mode and validates every JSON line against batch-record.schema.json."""
    try:
        completed = binary.run([*args, "--quiet"], stdin=stdin)
    except subprocess.TimeoutExpired:
        results.fail(part, what, [("", f"timed out after {TIMEOUT} s")])
        return []
    if completed.returncode not in allowed:
        results.fail(part, what, [("", f"exit status {completed.returncode}: "
                                       f"{completed.stderr.decode(errors='replace').strip()[:400]}")])
    records = []
    lines = completed.stdout.decode("utf-8").splitlines()
    if not lines:
        results.fail(part, what, [("", "no output")])
    for number, line in enumerate(lines, 1):
        path = "?"
        try:
            path = json.loads(line).get("path", "?")
        except (json.JSONDecodeError, AttributeError):
            pass
        record = check_json(results, part, schemas, "batch-record.schema.json", f"{what} line {number} ({path})", line)
        if record is not None:
            records.append(record)
    return records


def parallel(function, items, jobs):
    """Runs function(item) on a few threads (each item runs a process), keeping order of results."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(function, items))


# ------------------------------------------------------------------------------------------------ parts

def part_schemas(results, schemas):
    part = results.part("schemas")
    for name, document in schemas.documents.items():
        try:
            Draft202012Validator.check_schema(document)
            results.ok(part, f"Schemas/{name}")
        except jsonschema.SchemaError as error:
            results.fail(part, f"Schemas/{name}", explain(error))
    # Every $ref of every schema resolves.
    for name, document in schemas.documents.items():
        base = document.get("$id", (SCHEMAS / name).resolve().as_uri())
        resolver = schemas.registry.resolver(base_uri=base)
        for reference in sorted(set(refs(document))):
            try:
                resolver.lookup(reference)
            except referencing.exceptions.Unresolvable as error:
                results.fail(part, f"Schemas/{name} $ref {reference}", [("", str(error))])


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def part_samples(results, schemas, binary, jobs):
    part = results.part("samples")
    files = sorted(SAMPLES.glob("*.docx")) + sorted((SAMPLES / "interop").glob("*.docx"))
    runs = []
    for file in files:
        relative = file.relative_to(ROOT)
        runs.append(([str(file)], f"{relative}"))
        runs.append(([str(file), "--include", "text,blocks"], f"{relative} --include text,blocks"))
        runs.append((["blocks", str(file)], f"blocks {relative}"))
    parallel(lambda run: check_report_run(
        results, part, schemas, binary, run[0], run[1],
        schema="document.schema.json" if run[0][0] == "blocks" else "extraction-report.schema.json"), runs, jobs)
    for file in sorted(SAMPLES.glob("*.docx")):
        expected = file.with_suffix(".expected.txt")
        if expected.exists():
            check_text_run(results, part, binary, file, expected)


def check_text_run(results, part, binary, file, expected):
    """Runs `docx-extract text FILE`, which must print the sample's expected text."""
    what = f"text {file.relative_to(ROOT)}"
    completed = binary.run(["text", str(file)])
    if completed.returncode != 0:
        results.fail(part, what, [("", f"exit status {completed.returncode}: "
                                       f"{completed.stderr.decode(errors='replace').strip()[:400]}")])
    elif completed.stdout.decode("utf-8") != expected.read_text(encoding="utf-8"):
        results.fail(part, what, [("", "the text differs from " + expected.name)])
    else:
        results.ok(part, what)


def write_bad_files(directory):
    """A few damaged inputs of our own, beside the hostile corpus."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "empty.docx").write_bytes(b"")
    (directory / "text-renamed.docx").write_text("这不是一个Word文档\n", encoding="utf-8")
    (directory / "random.docx").write_bytes(random.Random(SEED).randbytes(4096))
    (directory / "legacy.doc.docx").write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 1024)
    with zipfile.ZipFile(directory / "no-document.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    good = (SAMPLES / "features.docx").read_bytes()
    (directory / "truncated.docx").write_bytes(good[: len(good) // 2])
    with zipfile.ZipFile(SAMPLES / "features.docx") as source, zipfile.ZipFile(directory / "malformed-xml.docx", "w") as target:
        # The main part is the target of the package's officeDocument relationship (word/main.xml here).
        relationships = source.read("_rels/.rels").decode("utf-8")
        main = re.search(r'Target="/?([^"]+)"[^>]*Type="[^"]*/officeDocument"|Type="[^"]*/officeDocument"[^>]*Target="/?([^"]+)"',
                         relationships)
        main_part = (main.group(1) or main.group(2)) if main else "word/document.xml"
        for item in source.infolist():
            data = source.read(item)
            if item.filename == main_part:
                data = data[: len(data) // 2] + b"<w:p><w:r><w:t>broken</w:p>"
            target.writestr(item, data)
    (directory / "notes.txt").write_text("not a document\n", encoding="utf-8")
    # An archive holding documents, a damaged one, a non-document and a nested archive.
    with zipfile.ZipFile(directory / "bundle.zip", "w") as archive:
        archive.writestr("a/good.docx", good)
        archive.writestr("a/broken.docx", b"PK\x03\x04 broken")
        archive.writestr("readme.md", "# readme\n")
        inner = directory / "inner.zip.tmp"
        with zipfile.ZipFile(inner, "w") as nested:
            nested.writestr("深层/报告.docx", good)
        archive.write(inner, "nested/inner.zip")
        inner.unlink()


def part_bulk(results, schemas, binary, workdir):
    part = results.part("bulk")
    check_bulk_run(results, part, schemas, binary, [str(SAMPLES) + "/", str(SAMPLES / "reports-gbk.zip")],
                   "bulk Samples/ Samples/reports-gbk.zip")
    check_bulk_run(results, part, schemas, binary,
                   [str(SAMPLES / "reports-gbk.zip"), "--include", "text,blocks"], "bulk reports-gbk.zip --include text,blocks")

    hostile = workdir / "hostile"
    generated = subprocess.run(["swift", "run", "HostileCorpus", "--reduced", str(hostile)],
                               capture_output=True, timeout=TIMEOUT, cwd=ROOT)
    if generated.returncode != 0:
        results.fail(part, "swift run HostileCorpus --reduced", [("", generated.stderr.decode(errors="replace")[:400])])
    own = workdir / "bad"
    write_bad_files(own)
    missing = str(workdir / "no-such-file.docx")
    check_bulk_run(results, part, schemas, binary, [str(hostile), str(own), missing], "bulk hostile corpus + bad files",
                   allowed=(0, 1, 2))
    listing = "\n".join(str(path) for path in sorted(own.iterdir())) + "\n"
    check_bulk_run(results, part, schemas, binary, ["-"], "bulk paths from standard input", stdin=listing.encode())

    # A single document that cannot be read prints {"error": {code, message}} (batch-record.schema.json#/$defs/error_document).
    for path in sorted(own.glob("*.docx")) + [pathlib.Path(missing)]:
        what = f"single-file error {path.name}"
        completed = binary.run([str(path)])
        if completed.returncode == 0:
            check_json(results, part, schemas, "extraction-report.schema.json", what, completed.stdout.decode("utf-8"))
        elif not completed.stdout.strip():
            results.fail(part, what, [("", f"exit status {completed.returncode} and nothing on standard output: "
                                           f"{completed.stderr.decode(errors='replace').strip()[:300]}")])
        else:
            check_json(results, part, schemas, "batch-record.schema.json", what, completed.stdout.decode("utf-8"),
                       fragment="#/$defs/error_document")


def part_rules(results, schemas, binary):
    part = results.part("rules")
    completed = binary.run(["rules"])
    if completed.returncode != 0:
        results.fail(part, "docx-extract rules", [("", f"exit status {completed.returncode}")])
        return
    check_json(results, part, schemas, "rules.schema.json", "docx-extract rules", completed.stdout.decode("utf-8"))


def text_to_docx(text, path):
    """Paragraphs split at blank lines; a single line break stays a line break (w:br) inside the paragraph."""
    import docx

    document = docx.Document()
    paragraphs, current = [], []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    for lines in paragraphs:
        paragraph = document.add_paragraph()
        run = paragraph.add_run()
        for index, line in enumerate(lines):
            if index:
                run.add_break()
            run.add_text(line)
    document.save(str(path))


def part_dev_corpus(results, schemas, binary, workdir, jobs):
    texts = ROOT.parent / "shared" / "dev-corpus" / "texts"
    if not texts.is_dir():
        return
    part = results.part("dev-corpus")
    out = workdir / "dev-corpus"
    out.mkdir()
    runs = []
    for text in sorted(texts.glob("*.txt")):
        target = out / (text.stem + ".docx")
        text_to_docx(text.read_text(encoding="utf-8"), target)
        runs.append(([str(target)], f"dev-corpus {text.name}"))
    parallel(lambda run: check_report_run(results, part, schemas, binary, run[0], run[1]), runs, jobs)


# ------------------------------------------------------------------------------------------------ property test

PLACES = ["江西", "九江", "湖北", "鄂州", "黄石", "深圳", "苏州", "宁波", "合肥", "赣州", "上饶", "宜春", "萍乡", "武汉", "长沙"]
CORES = ["恒达", "华兴", "金鼎", "瑞丰", "中科", "天成", "新源", "鑫盛", "宏远", "德赛", "博纳", "汇川", "晶科", "赛维", "海天",
         "东方", "明阳", "正泰", "长荣", "百利"]
TRADES = ["科技", "电子", "铜业", "新材料", "生物医药", "智能装备", "物流", "光电", "化工", "纺织", "食品", "汽车零部件", "能源"]
FORMS = ["有限公司", "股份有限公司", "集团", "集团有限公司", "有限责任公司", "实业有限公司"]
ORGS = ["市工业和信息化局", "县科技局", "市招商局", "经济技术开发区管委会", "高新区管委会", "市商务局", "县发改委", "市财政局"]
UNITS = ["家", "个项目", "项", "人次", "家企业", "个", "场", "批次", "件"]
VERBS = ["新增", "引进", "签约", "培育", "认定", "帮扶", "走访", "服务", "推荐", "申报"]
TOPICS = ["规模以上工业企业", "高新技术企业", "专精特新企业", "科技型中小企业", "重点项目", "招商引资项目", "技改项目"]
HEADINGS = ["一、总体情况", "二、主要工作", "三、存在问题", "四、下一步工作打算", "（一）招商引资", "（二）项目建设", "1.企业培育"]
PERIODS = ["2024年", "2025年上半年", "1-6月", "2023年全年", "一季度", "2024年3月", "2025年1月15日", "去年同期", "“十四五”期间"]
CHINESE_NUMBERS = ["一", "两", "三", "五", "十二", "二十三", "一百零五", "三千", "一万二千"]


def company(rng):
    name = rng.choice(CORES) + rng.choice(TRADES) + rng.choice(FORMS)
    return (rng.choice(PLACES) + name) if rng.random() < 0.6 else name


def short_name(rng):
    return rng.choice(CORES) + (rng.choice(TRADES) if rng.random() < 0.5 else "")


def amount(rng):
    choice = rng.random()
    if choice < 0.3:
        return f"{rng.randint(1, 99999):,}.{rng.randint(0, 9)}万元"
    if choice < 0.5:
        return f"{rng.randint(1, 500) / 10:g}亿元"
    if choice < 0.6:
        return f"{rng.choice(CHINESE_NUMBERS)}万元"
    if choice < 0.7:
        return f"{rng.randint(1, 900)}万美元"
    if choice < 0.8:
        return f"{rng.randint(1, 50)}-{rng.randint(51, 99)}亿元"
    if choice < 0.85:
        return f"约{rng.randint(1, 9)}.{rng.randint(0, 99):02d}亿元"
    if choice < 0.9:
        return f"{rng.randint(10 ** 12, 10 ** 18)}元"  # very large
    if choice < 0.95:
        return f"０.{rng.randint(1, 9)}万元"  # full-width digits
    return f"{rng.randint(1, 999)}元"


def count(rng):
    choice = rng.random()
    if choice < 0.6:
        return f"{rng.randint(1, 300)}{rng.choice(UNITS)}"
    if choice < 0.8:
        return f"{rng.choice(CHINESE_NUMBERS)}{rng.choice(UNITS)}"
    return f"{rng.randint(1, 30)}余{rng.choice(UNITS)}"


def percentage(rng):
    choice = rng.random()
    value = f"{rng.randint(0, 300)}.{rng.randint(0, 9)}"
    if choice < 0.4:
        return f"同比增长{value}%"
    if choice < 0.6:
        return f"下降{value}个百分点"
    if choice < 0.7:
        return f"百分之{rng.choice(CHINESE_NUMBERS)}"
    if choice < 0.8:
        return f"-{value}%"
    if choice < 0.9:
        return f"{value}％"
    return f"占比{value}‰"


def sentence(rng):
    templates = [
        lambda: f"{rng.choice(PERIODS)}，全市{rng.choice(VERBS)}{rng.choice(TOPICS)}{count(rng)}，完成投资{amount(rng)}，{percentage(rng)}。",
        lambda: f"{company(rng)}{rng.choice(['总投资', '计划投资', '完成产值', '实现营收'])}{amount(rng)}，{percentage(rng)}。",
        lambda: (lambda names: f"新增{len(names)}家（{'、'.join(names)}）。")([short_name(rng) for _ in range(rng.randint(1, 5))]),
        lambda: (lambda names: f"{'、'.join(names)}等{rng.randint(len(names), len(names) + 9)}家企业获{rng.choice(ORGS)}表彰。")(
            [company(rng) if rng.random() < 0.5 else short_name(rng) for _ in range(rng.randint(1, 4))]),
        lambda: f"{rng.choice(ORGS)}会同{rng.choice(ORGS)}走访{company(rng)}、{company(rng)}，协调解决问题{count(rng)}。",
        lambda: f"争取上级资金{amount(rng)}，其中{company(rng)}获得{amount(rng)}用于技术改造。",
        lambda: f"签约项目{rng.randint(1, 40)}个，合同金额{amount(rng)}，到位资金{amount(rng)}，到资率{percentage(rng)}。",
        lambda: f"{company(rng)}（以下简称“{short_name(rng)}”）{rng.choice(PERIODS)}纳税{amount(rng)}。",
        lambda: f"全年共有{count(rng)}，较上年增加{count(rng)}；{rng.choice(['截至', '截止'])}{rng.choice(PERIODS)}底累计{amount(rng)}。",
        lambda: f"其中：{company(rng)}{amount(rng)}；{company(rng)}{amount(rng)}；{company(rng)}{amount(rng)}。",
        lambda: "Revenue grew 12.5% to USD 3.2 million (≈2,300万元).",
        lambda: "".join(rng.choice("，。、；：（）“”《》0123456789１２３%％万亿元家个项") for _ in range(rng.randint(1, 40))),
    ]
    return rng.choice(templates)()


def paragraph_text(rng):
    text = "".join(sentence(rng) for _ in range(rng.randint(1, 4)))
    if rng.random() < 0.15:
        cut = rng.randint(0, len(text))
        text = text[:cut] + rng.choice(["\n", "\t", "  ", "\u3000", "\u00a0"]) + text[cut:]
    return text


def random_docx(rng, path):
    import docx

    document = docx.Document()
    properties = document.core_properties
    if rng.random() < 0.5:
        properties.title = f"{rng.choice(PLACES)}{rng.choice(ORGS)}{rng.choice(PERIODS)}工作总结"
        properties.author = rng.choice(["办公室", "张三", "综合科"])
    for _ in range(rng.randint(0, 14)):
        kind = rng.random()
        if kind < 0.12:
            document.add_heading(rng.choice(HEADINGS), level=rng.randint(1, 3))
        elif kind < 0.22:
            rows, columns = rng.randint(1, 6), rng.randint(1, 5)
            table = document.add_table(rows=rows, cols=columns)
            headers = ["序号", "企业名称", "投资额（万元）", "项目数", "增长率", "备注"]
            for column in range(columns):
                table.cell(0, column).text = headers[column % len(headers)] if rng.random() < 0.8 else ""
            for row in range(1, rows):
                for column in range(columns):
                    make = rng.choice([lambda _: str(row), company, amount, count, percentage, lambda _: "", short_name])
                    table.cell(row, column).text = make(rng)
            if rows > 1 and columns > 1 and rng.random() < 0.2:
                table.cell(0, 0).merge(table.cell(0, 1))
        elif kind < 0.30:
            document.add_paragraph(paragraph_text(rng), style=rng.choice(["List Number", "List Bullet"]))
        elif kind < 0.33:
            document.add_paragraph("")
        else:
            paragraph = document.add_paragraph()
            for piece in range(rng.randint(1, 3)):
                run = paragraph.add_run(paragraph_text(rng))
                run.bold = rng.random() < 0.2
    if rng.random() < 0.2:
        section = document.sections[0]
        section.header.paragraphs[0].text = f"{rng.choice(ORGS)} {company(rng)}"
        section.footer.paragraphs[0].text = f"第1页 {amount(rng)}"
    if rng.random() < 0.15 and document.paragraphs and hasattr(document, "add_comment"):
        runs = [run for paragraph in document.paragraphs for run in paragraph.runs]
        if runs:
            document.add_comment(runs[0], text=f"请核实{company(rng)}的{amount(rng)}", author="审核")
    document.save(str(path))


def part_property(results, schemas, binary, workdir, count_, seed, jobs):
    part = results.part("property")
    out = workdir / "property"
    out.mkdir()
    rng = random.Random(seed)
    runs = []
    for index in range(count_):
        target = out / f"random-{index:03d}.docx"
        random_docx(rng, target)
        runs.append(([str(target)], f"property #{index} (seed {seed}) {target.name}"))
    parallel(lambda run: check_report_run(results, part, schemas, binary, run[0], run[1]), runs, jobs)


# ------------------------------------------------------------------------------------------------ openapi

def part_openapi(results):
    part = results.part("openapi")
    path = SCHEMAS / "openapi.yaml"
    completed = subprocess.run([sys.executable, "-m", "openapi_spec_validator", "--errors", "all", str(path)],
                               capture_output=True, timeout=TIMEOUT)
    output = (completed.stdout + completed.stderr).decode(errors="replace").strip()
    if completed.returncode == 0:
        results.ok(part, "Schemas/openapi.yaml (openapi-spec-validator)")
    else:
        results.fail(part, "Schemas/openapi.yaml (openapi-spec-validator)", [("", output[:2000])])


# ------------------------------------------------------------------------------------------------ server

class OpenAPI:
    """The OpenAPI document as a schema resource, so a response is validated against the very schema the
    document names for its path, method, status and content type (following its file references)."""

    def __init__(self, schemas):
        import yaml

        self.path = SCHEMAS / "openapi.yaml"
        self.uri = self.path.resolve().as_uri()
        self.document = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        resource = referencing.Resource.from_contents(self.document, default_specification=referencing.jsonschema.DRAFT202012)
        self.registry = schemas.registry.with_resource(self.uri, resource)

    def response(self, path, method, status):
        """(JSON pointer, response object) that openapi.yaml names for a status, following a `$ref` to
        components/responses, or (None, error message)."""
        operation = self.document.get("paths", {}).get(path, {}).get(method)
        if operation is None:
            return None, f"{method.upper()} {path} is not in openapi.yaml"
        responses = operation.get("responses", {})
        if str(status) not in responses:
            return None, f"status {status} of {method.upper()} {path} is not in openapi.yaml (it lists {sorted(responses)})"
        response_pointer = f"/paths/{path.replace('~', '~0').replace('/', '~1')}/{method}/responses/{status}"
        response = responses[str(status)]
        if "$ref" in response:
            response_pointer = response["$ref"].lstrip("#")
            response = self.document
            for step in response_pointer.strip("/").split("/"):
                response = response[step]
        return response_pointer, response

    def schema_pointer(self, path, method, status, content_type):
        """The JSON pointer of the response schema, or an error message."""
        response_pointer, response = self.response(path, method, status)
        if response_pointer is None:
            return None, response
        media_type = content_type.split(";")[0].strip()
        if media_type not in response.get("content", {}):
            return None, f"content type {media_type} of {method.upper()} {path} {status} is not in openapi.yaml"
        return f"{response_pointer}/content/{media_type.replace('~', '~0').replace('/', '~1')}/schema", None

    def problems(self, path, method, status, content_type, instance):
        pointer_, message = self.schema_pointer(path, method, status, content_type)
        if message:
            return [("", message)]
        validator = Draft202012Validator({"$ref": f"{self.uri}#{pointer_}"}, registry=self.registry,
                                         format_checker=Draft202012Validator.FORMAT_CHECKER)
        out = []
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            out += explain(error)
        return out

    def header_problems(self, path, method, status, headers, required=()):
        """Each header the response object declares, when sent, against its schema (an integer schema takes
        the field's value as an integer); each of `required` must be both declared and sent."""
        response_pointer, response = self.response(path, method, status)
        if response_pointer is None:
            return [("", response)]
        declared = {name.lower(): (name, spec) for name, spec in response.get("headers", {}).items()}
        out = []
        for name in required:
            if name.lower() not in declared:
                out.append(("", f"header {name} of {method.upper()} {path} {status} is not in openapi.yaml"))
            if headers.get(name) is None:
                out.append(("", f"no {name} header (headers: {dict(headers)})"))
        for name, spec in declared.values():
            value = headers.get(name)
            if value is None or "schema" not in spec:
                continue
            instance = value
            if spec["schema"].get("type") == "integer":
                try:
                    instance = int(value.strip())
                except ValueError:
                    pass
            header_pointer = f"{response_pointer}/headers/{name.replace('~', '~0').replace('/', '~1')}/schema"
            validator = Draft202012Validator({"$ref": f"{self.uri}#{header_pointer}"}, registry=self.registry)
            for error in validator.iter_errors(instance):
                out.append((f"header {name}", f"{value!r}: {error.message}"))
        return out


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def multipart(field, file_name, data):
    boundary = "----validate-outputs-boundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\""
            + (f"; filename=\"{file_name}\"" if file_name else "")
            + "\r\nContent-Type: application/octet-stream\r\n\r\n").encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def http(base, method, path, body=None, content_type=None, timeout=TIMEOUT):
    """(status, headers, body) of one request; an HTTP error status is an answer, not an exception."""
    import urllib.error
    import urllib.request

    headers = {"Content-Type": content_type} if content_type else {}
    call = urllib.request.Request(base + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(call, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def start_server(binary, *options):
    """`docx-extract serve` on a free loopback port, answering /healthz: (process, base URL, None), or
    (None, None, message) when it did not come up (it is stopped then)."""
    import time

    port = free_port()
    process = subprocess.Popen([binary.path, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "error",
                                *options], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        try:
            http(base, "GET", "/healthz", timeout=5)
            return process, base, None
        except OSError:
            time.sleep(0.1)
    if process.poll() is None:
        stop_server(process)
        return None, None, "did not answer /healthz within 30 s"
    return None, None, f"exited {process.returncode}: {process.stderr.read().decode(errors='replace')[:400]}"


def stop_server(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def response_problems(openapi, schemas, route, method, status, response_type, payload):
    """A response body against the schema openapi.yaml names for it (each line of JSON Lines on its own), and
    problem details also against problem.schema.json."""
    problems = []
    if response_type.startswith("application/x-ndjson"):
        lines = payload.decode("utf-8").splitlines()
        if not lines:
            problems.append(("", "no records"))
        for number, line in enumerate(lines, 1):
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append((f"line {number}", f"not JSON: {error}"))
                continue
            for where, message in openapi.problems(route, method.lower(), status, response_type, record):
                problems.append((f"line {number} ({record.get('path', '?')}){where}", message))
    else:
        try:
            document = json.loads(payload)
        except json.JSONDecodeError as error:
            problems.append(("", f"not JSON ({response_type}): {error}: {short(payload.decode(errors='replace'))}"))
        else:
            problems += openapi.problems(route, method.lower(), status, response_type, document)
            if response_type.startswith("application/problem+json"):
                problems += schemas.problems("problem.schema.json", document)
    return problems


def part_server(results, schemas, binary, workdir):
    """Runs `docx-extract serve` on a free local port and validates every kind of response it gives against
    the schema openapi.yaml names for it: reports, batch records, problem details, health; then the 503 of a
    busy server (check_busy)."""
    part = results.part("server")
    openapi = OpenAPI(schemas)
    process, base, message = start_server(binary, "--max-upload-mib", "1")
    if process is None:
        results.fail(part, "docx-extract serve", [("", message)])
        return

    def request(method, path, body=None, content_type=None):
        status, headers, payload = http(base, method, path, body, content_type)
        return status, headers.get("Content-Type", ""), payload

    try:

        good = (SAMPLES / "features.docx").read_bytes()
        word = WORD
        own = workdir / "bad"
        if not own.is_dir():
            write_bad_files(own)
        bundle = (own / "bundle.zip").read_bytes()
        form, form_type = multipart("file", "报告.docx", good)
        empty_form_type = "multipart/form-data; boundary=----validate-outputs-boundary"
        empty_form = b"------validate-outputs-boundary--\r\n"  # a form with no part at all
        cases = [
            ("GET", "/healthz", None, None, 200),
            ("POST", "/v1/extract", good, word, 200),
            ("POST", "/v1/extract?include=text,blocks&name=%E6%8A%A5%E5%91%8A.docx", good, "application/octet-stream", 200),
            ("POST", "/v1/extract", form, form_type, 200),
            ("POST", "/v1/extract", b"", "application/octet-stream", 400),
            ("POST", "/v1/extract", empty_form, empty_form_type, 400),
            ("POST", "/v1/extract", (own / "text-renamed.docx").read_bytes(), word, 415),
            ("POST", "/v1/extract", (own / "legacy.doc.docx").read_bytes(), word, 415),
            ("POST", "/v1/extract", good, "text/plain", 415),
            ("POST", "/v1/extract", (own / "malformed-xml.docx").read_bytes(), word, 422),
            ("POST", "/v1/extract", (own / "truncated.docx").read_bytes(), word, 422),
            ("POST", "/v1/extract", (own / "no-document.docx").read_bytes(), word, 422),
            ("POST", "/v1/extract", b"PK" + bytes(2 << 20), "application/octet-stream", 413),
            ("POST", "/v1/extract/batch", bundle, "application/zip", 200),
            ("POST", "/v1/extract/batch", (SAMPLES / "reports-gbk.zip").read_bytes(), "application/zip", 200),
            ("POST", "/v1/extract/batch", good, "application/zip", 200),
            ("POST", "/v1/extract/batch", b"not a zip", "application/zip", 415),
            ("POST", "/v1/extract/batch", bundle, word, 415),
        ]
        for method, path, body, content_type, expected in cases:
            what = f"{method} {path.split('?')[0]} ({content_type or 'no body'}, {len(body or b'')} bytes)"
            try:
                status, response_type, payload = request(method, path, body, content_type)
            except OSError as error:
                results.fail(part, what, [("", f"request failed: {error}")])
                continue
            route = path.split("?")[0]
            problems = []
            if status != expected:
                problems.append(("", f"status {status}, expected {expected}: {short(payload.decode(errors='replace'))}"))
            problems += response_problems(openapi, schemas, route, method, status, response_type, payload)
            if problems:
                results.fail(part, what, problems)
            else:
                results.ok(part, what)
    finally:
        stop_server(process)
    check_busy(results, part, schemas, openapi, binary, workdir)


BUSY_PARAGRAPHS = 3000  # a .docx the debug build needs about a second for, so a burst overlaps on any machine
BUSY_BURST = 4          # concurrent uploads per round, against one extraction slot
BUSY_ROUNDS = 5         # rounds before giving up on seeing a 503


def check_busy(results, part, schemas, openapi, binary, workdir):
    """A second server with one extraction slot (`--max-concurrent 1`) gets bursts of BUSY_BURST concurrent
    uploads of a large valid .docx, released together by a barrier, until a round has a refused one: a real
    503 (code busy, or timeout), with Retry-After and a problem body checked against what openapi.yaml names
    for POST /v1/extract 503 and against problem.schema.json. The others must be 200 or 503 too. At most
    BUSY_ROUNDS rounds (BUSY_ROUNDS * BUSY_BURST requests, each with a 120 s socket timeout); none refused
    after them is a failure. Everything is on 127.0.0.1 and the server is stopped at the end."""
    import docx

    what = f"POST /v1/extract 503 (--max-concurrent 1, bursts of {BUSY_BURST} uploads)"
    large = workdir / "busy" / "large.docx"
    large.parent.mkdir(parents=True, exist_ok=True)
    document = docx.Document()
    for index in range(BUSY_PARAGRAPHS):
        document.add_paragraph(f"{index + 1}. 江西恒达科技有限公司{index % 12 + 1}月新增规模以上工业企业{index % 50}家，"
                               f"完成投资{index * 7}万元，同比增长{index % 30}.5%。")
    document.save(str(large))
    body = large.read_bytes()

    process, base, message = start_server(binary, "--max-concurrent", "1", "--timeout", "60")
    if process is None:
        results.fail(part, what, [("", f"docx-extract serve --max-concurrent 1: {message}")])
        return

    def upload(barrier):
        try:
            barrier.wait(timeout=30)
            return http(base, "POST", "/v1/extract?name=large.docx", body, WORD, timeout=120)
        except (OSError, threading.BrokenBarrierError) as error:
            return None, {}, str(error).encode()

    try:
        seen = []
        for round_ in range(1, BUSY_ROUNDS + 1):
            barrier = threading.Barrier(BUSY_BURST)
            with concurrent.futures.ThreadPoolExecutor(max_workers=BUSY_BURST) as pool:
                answers = list(pool.map(lambda _: upload(barrier), range(BUSY_BURST)))
            seen.append(sorted(str(status) for status, _, _ in answers))
            problems = []
            for status, headers, payload in answers:
                if status not in (200, 503):
                    problems.append(("", f"round {round_}: status {status}, expected 200 or 503: "
                                         f"{short(payload.decode(errors='replace'))}"))
            refused = [(headers, payload) for status, headers, payload in answers if status == 503]
            if not refused and not problems:
                continue  # every upload found the slot free (a very slow start): another round
            for headers, payload in refused:
                response_type = headers.get("Content-Type", "")
                problems += openapi.header_problems("/v1/extract", "post", 503, headers, required=("Retry-After",))
                problems += response_problems(openapi, schemas, "/v1/extract", "post", 503, response_type, payload)
            if problems:
                results.fail(part, f"{what} round {round_}", problems)
            else:
                codes = sorted({json.loads(payload).get("code", "?") for _, payload in refused})
                results.ok(part, f"{what}: round {round_}, {len(refused)} of {BUSY_BURST} refused ({', '.join(codes)})")
            return
        results.fail(part, what, [("", f"no upload was refused with 503 in {BUSY_ROUNDS} rounds of {BUSY_BURST} concurrent "
                                        f"uploads of a {len(body)}-byte .docx ({BUSY_PARAGRAPHS} paragraphs); statuses "
                                        f"per round: {seen}")])
    finally:
        stop_server(process)


# ------------------------------------------------------------------------------------------------ codegen

CODEGEN = [  # (schema, module or package, root class)
    ("extraction-report.schema.json", "extraction_report", "ExtractionReport"),
    ("batch-record.schema.json", "batch_record", "BatchRecord"),
]


def generate_models(directory):
    """Runs datamodel-code-generator as a consumer would (`datamodel-codegen --input SCHEMA --output …`, pydantic
    v2 models, the root model named by --class-name) into `directory`; returns the error text, or None.

    The relative `$ref` of batch-record.schema.json ("extraction-report.schema.json") is resolved by the
    generator against the input file's folder, so the shipped files are its input as they are (no bundled
    copy is needed); it then writes a package (batch_record/__init__.py, _internal.py, …) instead of one
    module, which is what --output must name a folder for."""
    for schema, module, root in CODEGEN:
        output = directory / (module if schema == "batch-record.schema.json" else module + ".py")
        command = [sys.executable, "-m", "datamodel_code_generator", "--input", str(SCHEMAS / schema),
                   "--input-file-type", "jsonschema", "--output-model-type", "pydantic_v2.BaseModel",
                   "--target-python-version", "3.11", "--class-name", root, "--disable-timestamp",
                   "--output", str(output)]
        # The builtin formatter (0.92 and later) keeps black and isort out of it; older releases lack the choice.
        completed = subprocess.run([*command, "--formatters", "builtin"], capture_output=True, timeout=TIMEOUT)
        if completed.returncode == 2 and b"invalid choice" in completed.stderr:
            completed = subprocess.run(command, capture_output=True, timeout=TIMEOUT)
        if completed.returncode != 0:
            return (f"datamodel-codegen on Schemas/{schema} exited {completed.returncode}: "
                    f"{completed.stderr.decode(errors='replace').strip()[-1500:]}")
    return None


def check_model(results, part, model, what, text):
    """Parses one JSON text with a generated pydantic model (as a consumer would, `model_validate_json`), and
    checks that dumping it gives the same JSON back (nothing dropped, renamed or coerced)."""
    import pydantic

    try:
        parsed = model.model_validate_json(text)
    except pydantic.ValidationError as error:
        results.fail(part, what, [(pointer(detail["loc"]), f"{detail['msg']} (input {short(detail.get('input'))})")
                                  for detail in error.errors()[:20]])
        return
    original = json.loads(text)
    again = parsed.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if again != original:
        results.fail(part, what, [("", f"the parsed model dumps to other JSON: {short(again, 400)}")])
    else:
        results.ok(part, what)


def check_rejected(results, part, model, what, document):
    """A document the schema forbids must not parse: the generated models are not trivially permissive."""
    import pydantic

    try:
        model.model_validate_json(json.dumps(document))
    except pydantic.ValidationError:
        results.ok(part, what)
    else:
        results.fail(part, what, [("", f"parsed although the schema forbids it: {short(document)}")])


def part_codegen(results, binary, workdir, jobs):
    """A consumer's proof: Python types generated from the shipped schemas by datamodel-code-generator parse
    the tool's real outputs."""
    import importlib

    part = results.part("codegen")
    try:
        import datamodel_code_generator  # noqa: F401 - only whether it is there
        import pydantic  # noqa: F401
    except ImportError as error:
        results.fail(part, "datamodel-code-generator", [("", f"{error}; run scripts/setup-python first")])
        return
    directory = workdir / "codegen"
    directory.mkdir()
    message = generate_models(directory)
    if message:
        results.fail(part, "datamodel-codegen", [("", message)])
        return
    sys.path.insert(0, str(directory))
    try:
        models = {}
        for schema, module, root in CODEGEN:
            try:
                models[schema] = getattr(importlib.import_module(module), root)
            except Exception as error:  # a generated module that does not import is the failure reported
                results.fail(part, f"import generated {module} ({root})", [("", f"{type(error).__name__}: {error}")])
                return
    finally:
        sys.path.remove(str(directory))
    report_model = models["extraction-report.schema.json"]
    record_model = models["batch-record.schema.json"]

    def report(run):
        args, what = run
        try:
            completed = binary.run(args)
        except subprocess.TimeoutExpired:
            results.fail(part, what, [("", f"timed out after {TIMEOUT} s")])
            return None
        if completed.returncode != 0:
            results.fail(part, what, [("", f"exit status {completed.returncode}: "
                                           f"{completed.stderr.decode(errors='replace').strip()[:400]}")])
            return None
        check_model(results, part, report_model, f"{what} as {report_model.__name__}", completed.stdout.decode("utf-8"))
        return completed.stdout

    runs = []
    for file in sorted(SAMPLES.glob("*.docx")):
        relative = file.relative_to(ROOT)
        runs.append(([str(file)], f"{relative}"))
        runs.append(([str(file), "--include", "text,blocks"], f"{relative} --include text,blocks"))
    outputs = [output for output in parallel(report, runs, jobs) if output]

    what = "bulk Samples/"
    try:
        completed = binary.run([str(SAMPLES) + "/", "--quiet"])
    except subprocess.TimeoutExpired:
        results.fail(part, what, [("", f"timed out after {TIMEOUT} s")])
        completed = None
    if completed is not None:
        if completed.returncode not in (0, 1):
            results.fail(part, what, [("", f"exit status {completed.returncode}: "
                                           f"{completed.stderr.decode(errors='replace').strip()[:400]}")])
        lines = completed.stdout.decode("utf-8").splitlines()
        if not lines:
            results.fail(part, what, [("", "no output")])
        for number, line in enumerate(lines, 1):
            try:
                path = json.loads(line).get("path", "?")
            except (json.JSONDecodeError, AttributeError):
                path = "?"
            check_model(results, part, record_model, f"{what} line {number} ({path}) as {record_model.__name__}", line)

    if outputs:
        sample = json.loads(outputs[0])
        check_rejected(results, part, report_model, "a report with an unknown member is rejected", {**sample, "extra": 1})
        check_rejected(results, part, record_model, "an ok record without its report is rejected",
                       {"path": "a.docx", "status": "ok", "error": {"code": "io", "message": "x"}})


# ------------------------------------------------------------------------------------------------ main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary", help="the docx-extract binary, e.g. .build/debug/docx-extract")
    parser.add_argument("--count", type=int, default=200, help="random documents of the property test (200)")
    parser.add_argument("--seed", type=int, default=SEED, help=f"seed of the property test ({SEED})")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="processes at once")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder of generated files")
    parser.add_argument("--no-server", action="store_true", help="skip part 7 (docx-extract serve on a local port)")
    parser.add_argument("--no-codegen", action="store_true", help="skip part 8 (models from datamodel-code-generator)")
    parser.add_argument("--verbose", action="store_true", help="also list every document that passed")
    arguments = parser.parse_args()
    binary_path = pathlib.Path(arguments.binary)
    if not (binary_path.is_file() and os.access(binary_path, os.X_OK)):
        parser.error(f"{arguments.binary}: not an executable file")
    binary = Binary(binary_path.resolve())
    results = Results(arguments.verbose)
    schemas = Schemas(SCHEMAS)
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="validate-outputs-"))
    try:
        part_schemas(results, schemas)
        part_samples(results, schemas, binary, arguments.jobs)
        part_bulk(results, schemas, binary, workdir)
        part_rules(results, schemas, binary)
        part_dev_corpus(results, schemas, binary, workdir, arguments.jobs)
        part_property(results, schemas, binary, workdir, arguments.count, arguments.seed, arguments.jobs)
        part_openapi(results)
        if not arguments.no_server:
            part_server(results, schemas, binary, workdir)
        if not arguments.no_codegen:
            part_codegen(results, binary, workdir, arguments.jobs)
    finally:
        if arguments.keep:
            print(f"generated files kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    for name, (passed, failed) in results.per_part.items():
        print(f"  {name}: {passed} passed, {failed} failed")
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main())
