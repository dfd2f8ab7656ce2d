"""``policy-extract show``: segments, values as written for people, the page's spans
against the mentions table, facts when the run has them, and the command's errors.

The page in a real browser is tests/test_browser.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from policy_extract.present import NO_FACTS, describe_fact, describe_value, format_number
from policy_extract.show import segments, terminal_annotation

from .conftest import run_cli
from .runs import SEED_FILE, SEEDS, add_facts, copy_run, elements, mentions, seed_run


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_run(tmp_path_factory.mktemp("show") / "out")


M = {"label": "MONEY", "text": "x"}

SEGMENT_CASES = [
    ("no mentions", "abc", [], [("abc", None)]),
    ("one inside", "abcde", [(1, 3)], [("a", None), ("bc", 0), ("de", None)]),
    ("adjacent, at both ends", "abcd", [(0, 2), (2, 4)], [("ab", 0), ("cd", 1)]),
    ("overlap: the later one left out", "abcdef", [(0, 3), (2, 5)], [("abc", 0), ("def", None)]),
    ("past the end: left out", "abc", [(1, 9)], [("abc", None)]),
    ("empty span: left out", "abc", [(1, 1)], [("abc", None)]),
    ("line break inside", "a\nb", [(0, 3)], [("a\nb", 0)]),
]


@pytest.mark.parametrize(("text", "spans", "expected"),
                         [c[1:] for c in SEGMENT_CASES], ids=[c[0] for c in SEGMENT_CASES])
def test_segments(text: str, spans: list[tuple[int, int]],
                  expected: list[tuple[str, int | None]]) -> None:
    ms = [{"start": s, "end": e, "i": i} for i, (s, e) in enumerate(spans)]
    got = [(piece, None if m is None else m["i"]) for piece, m in segments(text, ms)]
    assert got == expected


VALUE_CASES = [
    ("money in yuan", {"label": "MONEY", "value": 21580000000.0, "unit": "元",
                       "qualifier": "exact"}, "21,580,000,000 元"),
    ("a range", {"label": "DURATION", "value": 3.0, "value_max": 5.0, "unit": "年",
                 "qualifier": "exact"}, "3–5 年"),
    ("approximate", {"label": "PERCENT", "value": 0.125, "unit": "%", "qualifier": "approx"},
     "approx 0.125 %"),
    ("a count, no unit", {"label": "COUNT", "value": 87.0, "unit": None}, "87"),
    ("a date: its ISO norm", {"label": "DATE", "norm": "2020-01/2020-06",
                              "qualifier": "exact"}, "2020-01/2020-06"),
    ("a date since", {"label": "DATE", "norm": "2017", "qualifier": "since"}, "since 2017"),
    ("a name: its canonical", {"label": "ORG", "norm": "市发展改革委"}, "市发展改革委"),
    ("nothing to say", {"label": "ORG", "norm": None}, ""),
    ("missing as NaN", {"label": "COUNT", "value": float("nan"), "norm": None}, ""),
]


@pytest.mark.parametrize(("row", "expected"), [c[1:] for c in VALUE_CASES],
                         ids=[c[0] for c in VALUE_CASES])
def test_describe_value(row: dict[str, object], expected: str) -> None:
    assert describe_value(row) == expected


@pytest.mark.parametrize(("value", "expected"), [
    (21580000000.0, "21,580,000,000"), (0.125, "0.125"), (-3.0, "-3"), (1e20, "1e+20"),
    (2151.9, "2,151.9")])
def test_format_number(value: float, expected: str) -> None:
    assert format_number(value) == expected


@pytest.mark.parametrize(("fact", "expected"), [
    ({"indicator": "地区生产总值", "kind": "growth", "direction": "up", "status": "actual",
      "period": "2022", "place": "江西省"}, "地区生产总值 · growth ↑ · actual · 2022 · 江西省"),
    ({"indicator": "粮食产量", "kind": "level", "direction": None, "status": "target",
      "period": None, "place": None}, "粮食产量 · level · target"),
])
def test_describe_fact(fact: dict[str, object], expected: str) -> None:
    assert describe_fact(fact) == expected


@pytest.mark.parametrize(("row", "expected"), [
    ({"label": "MONEY", "text": "215.8 亿元", "value": 21580000000.0, "unit": "元",
      "qualifier": "exact"}, "[MONEY 21,580,000,000 元]"),
    ({"label": "ORG", "text": "市委", "norm": "市委"}, "[ORG]"),
    ({"label": "ORG", "text": "市发改\n委", "norm": "市发展改革委"}, "[ORG 市发展改革委]"),
    ({"label": "INITIATIVE", "text": "六\n稳", "norm": "六稳"}, "[INITIATIVE]"),
])
def test_terminal_annotation(row: dict[str, object], expected: str) -> None:
    assert terminal_annotation(row) == expected


def _page(out_html: Path) -> str:
    return out_html.read_text(encoding="utf-8")


def test_every_mention_is_a_mark_with_its_label_offsets_and_title(seed_out: Path,
                                                                  tmp_path: Path) -> None:
    page = tmp_path / "show.html"
    res = run_cli("show", str(SEED_FILE), "--from", str(seed_out), "--html", str(page))
    assert res.returncode == 0, res.stderr
    table = mentions(seed_out)
    marks = elements(_page(page), "data-start")
    assert len(marks) == len(table) > 300  # every mention of the seed run
    got = {(int(a["data-start"]), int(a["data-end"])): (a["data-label"], a["title"], text)
           for a, text in marks}
    for row in table.itertuples():
        label, title, text = got[(row.start, row.end)]
        assert (label, text) == (row.label, row.text)
        lines = title.split("\n")
        assert lines[0] == f"label: {row.label}"
        assert f"rule: {row.rule}" in lines
        assert f"score: {row.score:.2f}" in lines
        if row.label in ("MONEY", "COUNT", "PERCENT", "QUANTITY"):
            assert f"fact: {NO_FACTS}" in lines


def test_page_is_self_contained(seed_out: Path, tmp_path: Path) -> None:
    page = tmp_path / "show.html"
    run_cli("show", str(SEED_FILE), "--from", str(seed_out), "--html", str(page))
    text = _page(page)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<link" not in text and "@import" not in text and "url(" not in text
    assert '<meta charset="utf-8">' in text


def test_label_filter(seed_out: Path, tmp_path: Path) -> None:
    page = tmp_path / "money.html"
    res = run_cli("show", str(SEEDS), "--from", str(seed_out), "--label", "money,date",
                  "--html", str(page))
    assert res.returncode == 0, res.stderr
    labels = {a["data-label"] for a, _ in elements(_page(page), "data-start")}
    assert labels == {"MONEY", "DATE"}
    table = mentions(seed_out)
    assert len(elements(_page(page), "data-start")) == int(table["label"].isin(
        ["MONEY", "DATE"]).sum())


def test_a_numbers_fact_is_shown_when_the_run_has_facts(seed_out: Path,
                                                        tmp_path: Path) -> None:
    out = copy_run(seed_out, tmp_path / "out")
    money = mentions(out).query("label == 'MONEY'").iloc[0]
    add_facts(out, [{"doc_id": money.doc_id, "fact_id": 0, "value_start": int(money.start),
                     "value_end": int(money.end), "indicator": "亿元以上产业项目投资额",
                     "kind": "level", "direction": None, "status": "actual",
                     "period": "2020-01/2020-06", "place": "常德市"}])
    page = tmp_path / "show.html"
    assert run_cli("show", str(SEED_FILE), "--from", str(out), "--html",
                   str(page)).returncode == 0
    titles = {(int(a["data-start"]), a["data-label"]): a["title"]
              for a, _ in elements(_page(page), "data-start")}
    assert ("fact: 亿元以上产业项目投资额 · level · actual · 2020-01/2020-06 · 常德市"
            in titles[(int(money.start), "MONEY")].split("\n"))
    others = [t for (start, label), t in titles.items()
              if label == "MONEY" and start != money.start]
    assert others and all("fact: not a fact in the facts table" in t for t in others)
    assert NO_FACTS not in _page(page)


def test_terminal_shows_values(seed_out: Path) -> None:
    res = run_cli("show", str(SEED_FILE), "--from", str(seed_out), "--label", "MONEY")
    assert res.returncode == 0, res.stderr
    assert "215.8 亿元[MONEY 21,580,000,000 元]" in res.stdout
    assert "MONEY 44" in res.stdout
    assert "[DATE" not in res.stdout


def test_without_from_it_extracts_now_the_same_mentions(seed_out: Path,
                                                        tmp_path: Path) -> None:
    now, saved = tmp_path / "now.html", tmp_path / "saved.html"
    assert run_cli("show", str(SEED_FILE), "--no-ner", "--ref-date", "2020-07", "--html",
                   str(now)).returncode == 0
    assert run_cli("show", str(SEED_FILE), "--from", str(seed_out), "--html",
                   str(saved)).returncode == 0

    def spans(page: Path) -> list[tuple[str, str, str, str]]:
        return [(a["data-start"], a["data-end"], a["data-label"], a["title"].split("\nfact")[0])
                for a, _ in elements(_page(page), "data-start")]

    assert spans(now) == spans(saved)


def test_a_file_not_in_the_run_is_named_and_the_others_shown(seed_out: Path,
                                                             tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("2020年投资5亿元。", encoding="utf-8")
    page = tmp_path / "show.html"
    res = run_cli("show", str(SEED_FILE), str(other), "--from", str(seed_out), "--html",
                  str(page))
    assert res.returncode == 1
    assert f"not shown: {other}: not in {seed_out}" in res.stderr
    assert "Traceback" not in res.stderr
    assert len(elements(_page(page), "data-start")) == len(mentions(seed_out))


@pytest.mark.parametrize(("args", "message"), [
    (["show", "nope.txt"], "input not found: nope.txt"),
    (["show", str(SEED_FILE), "--from", "no-such-run"], "no run there"),
    (["show", str(SEED_FILE), "--label", "MONY"], "unknown label MONY"),
])
def test_usage_errors_are_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    res = run_cli(*args, cwd=tmp_path)
    assert res.returncode == 2
    assert message in res.stderr
    assert "Traceback" not in res.stderr
