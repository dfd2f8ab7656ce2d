"""Word, web pages and PDF in, the text kept, offsets checked against it; hostile files each
an error row within bounded time and memory; files of other types listed as not read.

Every file here is made by the tests (tests/docmaker.py). Needs the formats extra
(python-docx, readability-lxml, pypdf), which the test extra installs; each test skips
with the reason where a library is absent.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from policy_extract import formats
from policy_extract.batch import run
from policy_extract.formats import FormatError, MissingExtra, html_text, read_path
from policy_extract.pipeline import Pipeline

from . import docmaker as mk
from .conftest import run_cli

REPORT = ["2021年，全市共安排重点建设项目312个，总投资达2158.6亿元。",
          "全年计划实施工业项目156个，年度投资215.8亿元，高新技术产业增加值增长12%左右。"]


def table(out: Path, name: str) -> list[dict]:
    return ds.dataset(out / name).to_table().to_pylist()


def run_docs(root: Path, out: Path, pipeline: Pipeline) -> tuple[object, dict[str, dict]]:
    summary = run([root], out, workers=1, pipeline_factory=lambda: pipeline)
    docs = {d["source"]: d for d in table(out, "documents")}
    return summary, docs


def check_offsets(out: Path) -> dict[str, str]:
    """Every mention and sentence is exactly its span of the kept text; the kept texts."""
    texts = {r["doc_id"]: r["text"] for r in table(out, "texts")}
    for m in table(out, "mentions"):
        assert texts[m["doc_id"]][m["start"]:m["end"]] == m["text"], m
    for s in table(out, "sentences"):
        assert texts[s["doc_id"]][s["start"]:s["end"]] == s["text"], s
    return texts


# -- documents of each format, through the whole run ----------------------------------------


@pytest.fixture()
def reports(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    mk.make_docx(root / "plan.docx", REPORT, [["项目", "投资"], ["高速公路扩容", "35亿元"]],
                 header="常德市人民政府文件（页眉）")
    (root / "page.html").write_text(mk.gov_page("关于印发2021年重点项目方案的通知", REPORT),
                                    encoding="utf-8")
    (root / "old.htm").write_bytes(
        mk.gov_page("旧网页", REPORT, charset="gb2312").encode("gb18030"))
    mk.make_pdf(root / "report.pdf", [REPORT[:1], REPORT[1:]])
    mk.make_pdf(root / "no-edit.pdf", [REPORT[1:]], user_password="", owner_password="o")
    (root / "plain.txt").write_text(REPORT[0], encoding="utf-8")
    return root


def test_each_format_read_and_offsets_hold(reports: Path, tmp_path: Path,
                                          pipeline: Pipeline) -> None:
    out = tmp_path / "out"
    summary, docs = run_docs(reports, out, pipeline)
    assert {s: d["status"] for s, d in docs.items()} == dict.fromkeys(
        ["plan.docx", "page.html", "old.htm", "report.pdf", "no-edit.pdf", "plain.txt"], "ok")
    assert summary.n_ok == 6 and summary.n_failed == 0 and summary.not_read == []
    readers = {s: d["options"].partition("reader=")[2].split(" ")[0] for s, d in docs.items()}
    assert readers == {"plan.docx": "python-docx", "page.html": "readability-lxml",
                       "old.htm": "readability-lxml", "report.pdf": "pypdf",
                       "no-edit.pdf": "pypdf", "plain.txt": ""}
    assert docs["old.htm"]["encoding"] == "gb18030" and docs["plan.docx"]["encoding"] is None
    assert docs["plain.txt"]["options"] == "ref_date=inferred"  # text inputs: as before
    texts = check_offsets(out)
    assert set(texts) == set(docs)
    for source, text in texts.items():
        assert len(text) == docs[source]["n_chars"]
        for line in REPORT[1:]:
            if source != "plain.txt":
                assert line in text, (source, text)
    # what each reader keeps and leaves out
    assert "高速公路扩容\t35亿元" in texts["plan.docx"]
    assert "页眉" not in texts["plan.docx"]
    for page in ("page.html", "old.htm"):
        assert not any(w in texts[page] for w in mk.NAV + mk.FOOTER + ["分享到", "相关文件",
                                                                       "不是正文"]), texts[page]
    assert texts["page.html"].startswith("关于印发2021年重点项目方案的通知\n")
    assert texts["report.pdf"] == f"{REPORT[0]}\f\n{REPORT[1]}"  # pages: \f\n between
    money = {(m["doc_id"], m["text"], m["value"]) for m in table(out, "mentions")
             if m["label"] == "MONEY"}
    for source in docs:
        if source != "plain.txt":
            assert (source, "215.8亿元", 21580000000.0) in money, source


def test_a_docx_named_as_input(reports: Path, tmp_path: Path) -> None:
    """The issue's first complaint: a .docx named on the command line was called binary."""
    out = tmp_path / "out"
    res = run_cli("run", str(reports / "plan.docx"), "-o", str(out), "-q", "--no-ner")
    assert res.returncode == 0, res.stderr
    assert "1 ok, 0 failed" in res.stdout and "not read" not in res.stdout
    assert f"{out}/texts" in res.stdout
    [text] = table(out, "texts")
    assert text["doc_id"] == "plan.docx" and REPORT[0] in text["text"]
    check_offsets(out)


def test_rerun_skips_and_a_new_reader_version_redoes(reports: Path, tmp_path: Path,
                                                     pipeline: Pipeline, monkeypatch) -> None:
    out = tmp_path / "out"
    run_docs(reports, out, pipeline)
    again = run([reports], out, workers=1, pipeline_factory=lambda: pipeline)
    assert again.n_skipped == 6
    formats.reader_version.cache_clear()
    monkeypatch.setattr(formats, "_READER_DIST", {**formats._READER_DIST, "pdf": "pyarrow"})
    try:
        third = run([reports], out, workers=1, pipeline_factory=lambda: pipeline)
    finally:
        formats.reader_version.cache_clear()
    assert third.n_redone == 2 and third.n_skipped == 4  # the two PDFs
    assert len(table(out, "texts")) == 6  # the redone documents' older text is replaced


def test_a_folder_done_before_texts_were_kept_is_redone(reports: Path, tmp_path: Path,
                                                        pipeline: Pipeline) -> None:
    out = tmp_path / "out"
    run_docs(reports, out, pipeline)
    for part in (out / "texts").iterdir():  # as a folder written before the texts table
        part.unlink()
    again = run([reports], out, workers=1, pipeline_factory=lambda: pipeline)
    assert again.n_redone == 6 and again.n_skipped == 0
    assert any("text not kept" in why for why in again.redone_because)
    check_offsets(out)
    assert len(table(out, "texts")) == 6


# -- files that are not read ----------------------------------------------------------------


def test_a_folder_lists_what_it_does_not_read(tmp_path: Path, pipeline: Pipeline) -> None:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(REPORT[0], encoding="utf-8")
    for name in ("old.doc", "table.xlsx", "scan.jpg", "notes.xyz", "README", ".DS_Store",
                 "~$plan.docx"):
        (root / name).write_bytes(b"\xd0\xcf\x11\xe0 not text")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("2020年", encoding="utf-8")
    (root / "linked").symlink_to(root / "sub", target_is_directory=True)
    (root / "sub" / "b.md").write_text("增长5%", encoding="utf-8")
    out = tmp_path / "out"
    summary, docs = run_docs(root, out, pipeline)
    assert {s for s, d in docs.items() if d["status"] == "ok"} == {"a.txt", "sub/b.md"}
    skipped = {s: d["error"] for s, d in docs.items() if d["status"] == "skipped"}
    assert set(skipped) == {"old.doc", "table.xlsx", "scan.jpg", "notes.xyz", "README",
                            ".DS_Store", "~$plan.docx", ".git", "linked"}
    for source, words in {"old.doc": "save it as .docx", "table.xlsx": "spreadsheet",
                          "scan.jpg": "image", "notes.xyz": "type .xyz is not read",
                          "README": "without a suffix", ".DS_Store": "hidden file",
                          "~$plan.docx": "lock file", ".git": "hidden folder",
                          "linked": "symlinked folder: not followed"}.items():
        assert words in skipped[source], (source, skipped[source])
    assert summary.n_failed == 0 and len(summary.not_read) == 9
    assert sorted(s for s, _ in summary.not_read) == sorted(skipped)
    # the CLI says so, and a run with nothing failed still succeeds
    res = run_cli("run", str(root), "-o", str(tmp_path / "cli"), "-q", "--no-ner")
    assert res.returncode == 0, res.stderr
    assert "2 ok, 0 failed, 9 not read" in res.stdout
    assert "not read: old.doc: Word 97-2003 (.doc) is not read: save it as .docx" in res.stderr
    # a file named as an input is read, a known binary type refused with its reason
    res = run_cli("run", str(root / "old.doc"), "-o", str(tmp_path / "named"), "-q",
                  "--no-ner")
    assert res.returncode == 1
    assert "failed: old.doc:" in res.stderr and "save it as .docx" in res.stderr


def test_missing_extra_is_one_clear_line(tmp_path: Path, monkeypatch,
                                        pipeline: Pipeline) -> None:
    root = tmp_path / "in"
    root.mkdir()
    path = mk.make_docx(root / "a.docx", REPORT)
    (root / "b.txt").write_text(REPORT[0], encoding="utf-8")
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    with pytest.raises(MissingExtra, match=r"needs python-docx \(the formats extra: "
                                           r"pip install '\.\[formats\]'"):
        read_path(path)
    summary, docs = run_docs(root, tmp_path / "out", pipeline)  # an error row; b.txt read
    assert docs["b.txt"]["status"] == "ok" and docs["a.docx"]["status"] == "error"
    assert "needs python-docx (the formats extra" in docs["a.docx"]["error"]


def test_docx_tables_a_row_a_line(tmp_path: Path) -> None:
    """Cells tab-separated, a merged cell once, a nested table's text inside its cell."""
    mk.need("docx")
    import docx
    document = docx.Document()
    document.add_paragraph("一、项目表")
    outer = document.add_table(rows=2, cols=3)
    outer.cell(0, 0).merge(outer.cell(0, 2)).text = "2021年重点项目"
    outer.cell(1, 0).text = "高速公路"
    outer.cell(1, 1).text = "35亿元"
    inner = outer.cell(1, 2).add_table(rows=2, cols=2)
    for (r, c), word in zip([(0, 0), (0, 1), (1, 0), (1, 1)], "甲乙丙丁", strict=True):
        inner.cell(r, c).text = word
    document.save(tmp_path / "t.docx")
    assert read_path(tmp_path / "t.docx").text == (
        "一、项目表\n2021年重点项目\n高速公路\t35亿元\t甲 乙 丙 丁")


def test_nested_tables_in_a_docx_keep_their_text(tmp_path: Path) -> None:
    tpl = mk.make_docx(tmp_path / "t.docx", REPORT)
    path = mk.rewrite_zip(tpl, tmp_path / "n.docx", {"word/document.xml": mk.deep_docx_xml(60)})
    assert read_path(path).text == "深处"


# -- hostile documents ---------------------------------------------------------------------

#: name -> (how to make it, words its error must contain)
HOSTILE = {
    "zip-bomb.docx": (lambda p, tpl: mk.make_zip_bomb_docx(p, tpl), "likely zip bomb"),
    "lying-zip-bomb.docx": (lambda p, tpl: mk.make_lying_zip_bomb_docx(p, tpl),
                            "cannot read the Word file"),
    "billion-laughs.docx": (lambda p, tpl: mk.rewrite_zip(
        tpl, p, {"word/document.xml": mk.billion_laughs_xml()}), "amplification"),
    "deep.docx": (lambda p, tpl: mk.rewrite_zip(
        tpl, p, {"word/document.xml": mk.deep_docx_xml(20_000)}), "Excessive depth"),
    "password.docx": (lambda p, tpl: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                                   + b"\x00" * 4096), "password-protected"),
    "not-a-zip.docx": (lambda p, tpl: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100),
                       "not a readable Word .docx file"),
    "deep.html": (lambda p, tpl: p.write_text(mk.deep_html(100_000)), "nests elements"),
    "empty-page.html": (lambda p, tpl: p.write_text("<html><body><script>1</script>"
                                                    "</body></html>"), "no article text"),
    "garbage.pdf": (lambda p, tpl: p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64),
                    "cannot read the PDF"),
    "truncated.pdf": (lambda p, tpl: p.write_bytes(
        mk.make_pdf(p, [REPORT]).read_bytes()[:600]), "cannot read the PDF"),
    "password.pdf": (lambda p, tpl: mk.make_pdf(p, [REPORT], user_password="secret"),
                     "encrypted with a password"),
    "scan.pdf": (lambda p, tpl: mk.make_image_only_pdf(p), "no text layer"),
    "flate-bomb.pdf": (lambda p, tpl: mk.make_flate_bomb_pdf(p), "decompression bomb"),
    "empty.pdf": (lambda p, tpl: p.write_bytes(b""), "empty"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    tpl = mk.make_docx(root.parent / f"{root.name}-template.docx", REPORT)
    for name, (make, _) in HOSTILE.items():
        make(root / name, tpl)
    (root / "good.txt").write_text(REPORT[0], encoding="utf-8")
    return root


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_fails_fast_in_little_memory(hostile: Path, name: str) -> None:
    """Each hostile file is a one-line FormatError in under 10 s, with Python's own
    allocations (where a zip member or a PDF stream is inflated) under 64 MiB: the zip
    bombs inflate to 300 MiB, which a plain ``ZipFile.read`` would hold whole. The PDF
    bomb (300 MiB too) is stopped by pypdf at its 75 MB limit per stream
    (``pypdf.filters.ZLIB_MAX_OUTPUT_LENGTH``), so it is allowed 200 MiB."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(FormatError) as err:
            read_path(hostile / name)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = str(err.value)
    assert HOSTILE[name][1] in message, message
    assert "\n" not in message and len(message) < 400
    assert seconds < 10, seconds
    limit = 200 if name == "flate-bomb.pdf" else 64
    assert peak < limit * 2**20, f"{peak / 2**20:.0f} MiB"


def test_hostile_files_are_error_rows_and_the_batch_goes_on(hostile: Path, tmp_path: Path,
                                                            pipeline: Pipeline) -> None:
    out = tmp_path / "out"
    started = time.perf_counter()
    summary, docs = run_docs(hostile, out, pipeline)
    assert time.perf_counter() - started < 60
    assert docs.pop("good.txt")["status"] == "ok"
    assert set(docs) == set(HOSTILE)
    for name, doc in docs.items():
        assert doc["status"] == "error", name
        assert HOSTILE[name][1] in doc["error"] and "internal error" not in doc["error"]
    assert summary.n_ok == 1 and summary.n_failed == len(HOSTILE)


def test_entities_declared_in_a_web_page_are_not_expanded(tmp_path: Path) -> None:
    laughs = mk.billion_laughs_xml().decode().split("[", 1)[1].split("]>", 1)[0]
    page = (f'<?xml version="1.0"?><!DOCTYPE html [{laughs}]><html><body>'
            "<p>正文&lol9;</p><p>2021年投资215.8亿元。</p></body></html>")
    (tmp_path / "laughs.xhtml").write_text(page, encoding="utf-8")
    assert read_path(tmp_path / "laughs.xhtml").text == "正文&lol9;\n2021年投资215.8亿元。"


def test_a_number_over_a_pdf_page_break_is_read_whole(tmp_path: Path,
                                                      pipeline: Pipeline) -> None:
    path = mk.make_pdf(tmp_path / "a.pdf",
                       [["全年计划实施工业项目156个，年度投资215.8"], ["亿元，增长12%。"]])
    out = tmp_path / "out"
    run([path], out, workers=1, pipeline_factory=lambda: pipeline)
    check_offsets(out)
    money = [(m["text"], m["value"]) for m in table(out, "mentions") if m["label"] == "MONEY"]
    assert money == [("215.8\f\n亿元", 21580000000.0)]


def test_a_pdf_stops_at_the_time_budget(tmp_path: Path, monkeypatch) -> None:
    """The budget is checked before each drawing operator, not only between pages: one
    page of 50,000 lines (about 5 s to read here) stops while still on that page. No
    wall-clock bound is asserted (a loaded CI machine failed one): the page named in the
    error is what shows the check runs inside a page."""
    path = mk.make_pdf(tmp_path / "long.pdf", [["投资215.8亿元"] * 50_000, ["第二页"]])
    monkeypatch.setattr(formats, "PDF_SECONDS", 0.5)
    with pytest.raises(FormatError, match=r"took over 0.5 s \(stopped on page 1 of 2\)"):
        read_path(path)


# -- the web page reader, case by case -----------------------------------------------------

HTML_TEXT = [  # (markup, the text kept)
    ("<p>一</p><p>二</p>", "一\n二"),
    ("<div>第一行<br>第二行</div>", "第一行\n第二行"),
    ("<p>数字  \n 215.8\n亿元</p>", "数字 215.8 亿元"),  # HTML white space collapses
    ("<p>&nbsp;&nbsp;　　缩进的段落</p>", "缩进的段落"),  # indentation trimmed
    ("<table><tr><td>项目</td><td>投资</td></tr><tr><td>公路</td><td>35亿元</td></tr></table>",
     "项目\t投资\n公路\t35亿元"),
    ("<p>正文<script>var a = 1;</script>继续</p><style>p{}</style>", "正文继续"),
    ("<ul><li>甲</li><li>乙</li></ul>", "甲\n乙"),
    ("<p>一<span>二</span><a>三</a></p>", "一二三"),
]


@pytest.mark.parametrize(("markup", "text"), HTML_TEXT)
def test_html_text(markup: str, text: str) -> None:
    mk.need("lxml")
    import lxml.html
    assert html_text(lxml.html.fragment_fromstring(markup, create_parent="div")) == text


BODY = ["各县（市、区）人民政府，市政府各部门：", "一、总体目标", *REPORT,
        "二、保障措施", "各地各部门要建立“一个项目、一名领导、一抓到底”的工作机制。",
        "某市人民政府办公室", "2021年3月12日"]


@pytest.mark.parametrize(("page", "chrome_kept"), [
    (mk.gov_page("关于印发方案的通知", BODY), []),
    (mk.old_gov_page("关于印发方案的通知", BODY),
     ["来源：市发展改革委\xa0\xa0发布时间：2021-03-12", "【打印此页】【关闭窗口】"]),
], ids=["div-layout", "old-table-layout"])
def test_article_body_without_page_chrome(tmp_path: Path, page: str | bytes,
                                          chrome_kept: list[str]) -> None:
    """The body whole, one paragraph a line, the title first; no page chrome, but for the
    old layout's publication line and print/close links (in the body's table)."""
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("utf-8") if isinstance(page, str) else page)
    lines = read_path(path).text.split("\n")
    assert lines[0] == "关于印发方案的通知"
    assert [line for line in lines[1:] if line not in BODY] == chrome_kept
    assert [line for line in lines if line in BODY] == BODY


@pytest.mark.parametrize(("declared", "encoding"), [
    ("gb2312", "gb18030"), ("GBK", "gb18030"), ("utf-8", "utf-8"), ("no-such", "utf-8")])
def test_html_charset(declared: str, encoding: str) -> None:
    markup = f'<html><head><meta charset="{declared}"></head><body><p>投资</p></body></html>'
    data = markup.encode("gb18030" if encoding == "gb18030" else "utf-8")
    assert formats.decode_html(data, "x") == (markup, encoding)
