"""``policy-extract report``: every figure of the page against the tables, computed here
again with pandas; failed documents with their reasons; facts by indicator when the run
has facts and a plain note when it has not.

The page in a real browser is tests/test_browser.py."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from policy_extract.present import NO_FACTS
from policy_extract.report import build_report, top_names
from policy_extract.tables import read_table

from .conftest import run_cli
from .runs import SEEDS, add_facts, copy_run, elements, mentions, seed_run


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_run(tmp_path_factory.mktemp("report") / "out")


@pytest.fixture(scope="module")
def mixed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed plus an empty file and a binary one (two failed documents)."""
    src = tmp_path_factory.mktemp("mixed")
    (src / "seed.txt").write_bytes(next(SEEDS.glob("*.txt")).read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 4)
    out = src / "out"
    res = run_cli("run", str(src), "-o", str(out), "--ref-date", "2020-07", "--no-ner", "-q",
                  "--facts-method", "none")
    assert res.returncode == 1
    return out


@pytest.fixture(scope="module")
def failed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run in which every document failed: no mentions at all."""
    src = tmp_path_factory.mktemp("failed")
    (src / "empty.txt").write_bytes(b"")
    out = src / "out"
    assert run_cli("run", str(src), "-o", str(out), "--no-ner", "-q",
                  "--facts-method", "none").returncode == 1
    return out


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def figures(page: str) -> list[tuple[dict[str, str], float]]:
    return [(a, _number(text)) for a, text in elements(page, "data-fig")]


def expected_figure(a: dict[str, str], m: pd.DataFrame, d: pd.DataFrame) -> float:
    """What the tables say the figure ``a`` is, computed without the report's code."""
    kind = a["data-fig"]
    names = m.assign(name=m["norm"].fillna(m["text"].str.replace(r"\s+", "", regex=True)))
    of_name = names[(names["label"] == a.get("data-label")) & (names["name"] == a.get("data-name"))]
    of_label = m[m["label"] == a.get("data-label")]
    of_doc = m[m["doc_id"] == a.get("data-doc")]
    return {
        "documents": lambda: len(d),
        "status": lambda: int((d["status"] == a.get("data-status")).sum()),
        "characters": lambda: int(d["n_chars"].fillna(0).sum()),
        "mentions": lambda: len(m),
        "label-mentions": lambda: len(of_label),
        "label-documents": lambda: of_label["doc_id"].nunique(),
        "doc-label": lambda: int((of_doc["label"] == a.get("data-label")).sum()),
        "doc-total": lambda: len(of_doc),
        "name-mentions": lambda: len(of_name),
        "name-documents": lambda: of_name["doc_id"].nunique(),
        "amount": lambda: float(of_doc.loc[of_doc["start"] == int(a.get("data-start", -1)),
                                           "value"].iloc[0]),
    }[kind]()


def _report(out: Path, tmp_path: Path) -> str:
    page = tmp_path / "report.html"
    res = run_cli("report", str(out), "-o", str(page))
    assert res.returncode == 0, res.stderr
    return page.read_text(encoding="utf-8")


@pytest.mark.parametrize("run", ["seed_out", "mixed_out", "failed_out"])
def test_every_figure_equals_the_tables(run: str, request: pytest.FixtureRequest,
                                        tmp_path: Path) -> None:
    out = request.getfixturevalue(run)
    figs = figures(_report(out, tmp_path))
    m, d = mentions(out), read_table(out, "documents").to_pandas()
    kinds = {a["data-fig"] for a, _ in figs}
    assert kinds >= {"documents", "status", "characters", "mentions", "doc-total"}
    assert run == "failed_out" or kinds >= {"documents", "status", "characters", "mentions", "label-mentions",
                     "label-documents", "doc-label", "doc-total", "name-mentions",
                     "name-documents", "amount"}
    wrong = [(a, got, expected_figure(a, m, d)) for a, got in figs
             if got != expected_figure(a, m, d)]
    assert not wrong


def test_the_largest_amounts_are_the_largest(seed_out: Path, tmp_path: Path) -> None:
    figs = [v for a, v in figures(_report(seed_out, tmp_path)) if a["data-fig"] == "amount"]
    money = mentions(seed_out).query("label == 'MONEY'")["value"].sort_values(ascending=False)
    assert figs == money.head(20).tolist()


def test_every_label_and_document_has_its_row(seed_out: Path, tmp_path: Path) -> None:
    figs = figures(_report(seed_out, tmp_path))
    labels = {a["data-label"] for a, _ in figs if a["data-fig"] == "label-mentions"}
    assert labels == set(mentions(seed_out)["label"])


def test_failed_documents_are_listed_with_their_reasons(mixed_out: Path,
                                                       tmp_path: Path) -> None:
    page = _report(mixed_out, tmp_path)
    d = read_table(mixed_out, "documents").to_pandas()
    failed = d[d["status"] != "ok"]
    assert len(failed) == 2
    for row in failed.itertuples():
        assert re.search(rf"<td>{re.escape(row.source)}</td><td>{row.status}</td><td>",
                         page)
        assert row.error.split(":")[-1].strip()[:20] in page
    status = {a["data-status"]: v for a, v in figures(page) if a["data-fig"] == "status"}
    assert status == {"ok": 1, "error": 2}


def test_without_facts_the_page_says_so(seed_out: Path, tmp_path: Path) -> None:
    page = _report(seed_out, tmp_path)
    assert NO_FACTS in page
    assert build_report(seed_out).indicators is None


def test_facts_by_indicator(seed_out: Path, tmp_path: Path) -> None:
    out = copy_run(seed_out, tmp_path / "out")
    money = mentions(out).query("label == 'MONEY'").head(3)
    facts = [{"doc_id": r.doc_id, "fact_id": i, "value_start": int(r.start),
              "value_end": int(r.end), "indicator": "投资额" if i < 2 else "税收",
              "kind": "level", "direction": None, "status": "actual", "period": "2020",
              "place": "常德市"} for i, r in enumerate(money.itertuples())]
    add_facts(out, facts)
    page = _report(out, tmp_path)
    assert NO_FACTS not in page
    got = {(a["data-fig"], a.get("data-indicator")): v for a, v in figures(page)
           if a["data-fig"].startswith(("indicator", "facts"))}
    assert got == {("facts", None): 3, ("indicator-facts", "投资额"): 2,
                   ("indicator-documents", "投资额"): 1, ("indicator-facts", "税收"): 1,
                   ("indicator-documents", "税收"): 1}


def test_top_names_are_ordered_by_count() -> None:
    m = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "b"], "label": ["ORG"] * 5,
                      "text": ["市委", "市政\n府", "市政府", "市委", "国务院"],
                      "norm": [None, "市政府", None, None, None]})
    got = top_names(m, "ORG")
    assert got.to_dict("records") == [
        {"name": "市委", "mentions": 2, "documents": 2},
        {"name": "市政府", "mentions": 2, "documents": 2},
        {"name": "国务院", "mentions": 1, "documents": 1}]


def test_page_is_self_contained(seed_out: Path, tmp_path: Path) -> None:
    page = _report(seed_out, tmp_path)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "<script src" not in page
    assert page.count("<svg") == 3  # per label, per document, amounts by document


def test_no_run_is_a_one_line_error(tmp_path: Path) -> None:
    res = run_cli("report", str(tmp_path), "-o", str(tmp_path / "r.html"))
    assert res.returncode == 2
    assert "no run there" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize(("sentence", "start", "end", "expected"), [
    ("投资5亿元。", 2, 5, '投资<mark class="L-MONEY">5亿元</mark>。'),
    ("a" * 100 + "5亿元" + "b" * 3, 100, 103,
     "…" + "a" * 80 + '<mark class="L-MONEY">5亿元</mark>bbb'),
    ("5亿元" + "b" * 100, 0, 3, '<mark class="L-MONEY">5亿元</mark>' + "b" * 80 + "…"),
    ("<b>5亿元", 3, 6, '&lt;b&gt;<mark class="L-MONEY">5亿元</mark>'),
    ("offsets outside", 40, 43, "offsets outside"),
], ids=["whole", "cut before", "cut after", "escaped", "offsets outside the sentence"])
def test_amount_in_its_sentence(sentence: str, start: int, end: int, expected: str) -> None:
    from policy_extract.report import _sentence_html

    assert _sentence_html(sentence, 0, start, end) == expected
