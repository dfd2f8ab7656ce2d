"""The facts scorer against small cases worked out by hand (one test id per case)."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import pytest

from policy_extract.factscore import (
    FactRecord,
    FactsGold,
    ScoreError,
    difference_kind,
    difference_kinds,
    field_equal,
    format_difference_kinds,
    indicator_char_f1,
    read_facts_gold,
    score_fact_pairs,
    score_facts,
)
from policy_extract.tables import to_table, write_atomic

from .conftest import run_cli

TEXT = "全年地区生产总值32074.7亿元，比上年增长4.7%。年末常住人口4527.98万人。"
SHA = "b" * 64


def fact(sub: str, indicator: str, kind: str, direction: str | None = None,
         status: str = "actual", period: str | None = "2022",
         place: str | None = "江西省") -> FactRecord:
    start = TEXT.index(sub)
    return FactRecord(start, start + len(sub), sub, indicator, kind, direction, status,
                      period, place)


G_LEVEL = fact("32074.7亿元", "地区生产总值", "level")
G_GROWTH = fact("4.7%", "地区生产总值", "growth", "up")
G_POP = fact("4527.98万人", "常住人口", "level", period="2022-12")
GOLD = FactsGold("t-1", "t.txt", SHA, (G_LEVEL, G_GROWTH, G_POP), "gold.jsonl", TEXT)

# predictions, then figures worked out by hand (None: undefined, 0/0)
CASES: dict[str, tuple[list[FactRecord], dict[str, Any]]] = {
    "perfect": ([G_LEVEL, G_GROWTH, G_POP], {
        "f1": 1.0, "strict_f1": 1.0, "lenient_f1": 1.0, "indicator_exact_rate": 1.0,
        "kind": 1.0, "place": 1.0}),
    "empty": ([], {
        "precision": None, "recall": 0.0, "f1": 0.0, "strict_f1": 0.0, "lenient_f1": 0.0,
        "indicator_exact_rate": None, "kind": None}),
    # one gold fact missed, one extra: spans P = R = 2/3; both pairs strict
    "miss_and_extra": ([G_LEVEL, G_GROWTH, replace(G_POP, value_start=0, value_end=2)], {
        "precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "strict_f1": 2 / 3}),
    # 地区生产总值增长 for 地区生产总值: not exact; char F1 = 2*6/(6+8) = 6/7 >= 0.5: lenient
    "longer_indicator": ([G_LEVEL, replace(G_GROWTH, indicator="地区生产总值增长"), G_POP], {
        "f1": 1.0, "indicator_exact_rate": 2 / 3, "indicator_char_f1": (2 + 6 / 7) / 3,
        "strict_f1": 2 / 3, "lenient_f1": 1.0}),
    # 人口 for 常住人口: P 2/2, R 2/4, char F1 2/3: lenient; 总量 for 地区生产总值: P 1/2,
    # R 1/6, char F1 2*(1/12)/(2/3) = 1/4: not lenient
    "partial_indicators": ([G_LEVEL, replace(G_GROWTH, indicator="总量"),
                            replace(G_POP, indicator="人口")], {
        "indicator_exact_rate": 1 / 3, "indicator_char_f1": (1 + 1 / 4 + 2 / 3) / 3,
        "strict_f1": 1 / 3, "lenient_f1": 2 / 3}),
    # whitespace and quote marks do not count: exact
    "spaces_and_quotes": ([replace(G_LEVEL, indicator="地区 生产“总值”"), G_GROWTH, G_POP], {
        "indicator_exact_rate": 1.0, "strict_f1": 1.0}),
    # wrong direction and wrong period: one pair each fails strict and lenient
    "wrong_fields": ([G_LEVEL, replace(G_GROWTH, direction="down"),
                      replace(G_POP, period="2022")], {
        "direction": 2 / 3, "period": 2 / 3, "kind": 1.0, "strict_f1": 1 / 3,
        "lenient_f1": 1 / 3}),
    # place is not in the strict figure; 江西 equals 江西省 (suffix removed), 南昌市 does not
    "places": ([replace(G_LEVEL, place="江西"), replace(G_GROWTH, place="南昌市"), G_POP], {
        "place": 2 / 3, "strict_f1": 1.0}),
    # a target for an actual: status accuracy 2/3
    "status": ([G_LEVEL, replace(G_GROWTH, status="target"), G_POP], {
        "status": 2 / 3, "strict_f1": 2 / 3}),
}


def _figure(report, name: str) -> Any:
    c = report.total
    if name in ("kind", "direction", "status", "period", "place"):
        return c.accuracy(name)
    return getattr(c, name)


@pytest.mark.parametrize(("preds", "want"), [pytest.param(*c, id=k) for k, c in CASES.items()])
def test_figures(preds: list[FactRecord], want: dict[str, Any]) -> None:
    report = score_fact_pairs([(GOLD, preds, TEXT)])
    for name, value in want.items():
        got = _figure(report, name)
        if value is None:
            assert got is None, name
        else:
            assert got == pytest.approx(value), name


def test_char_f1_counts_characters_as_multisets() -> None:
    assert indicator_char_f1("常住人口", "常住人口") == 1.0
    assert indicator_char_f1("人人", "人") == pytest.approx(2 * 1 / 3)
    assert indicator_char_f1("", "人口") == 0.0


@pytest.mark.parametrize(("a", "b", "same"), [("江西省", "江西", True), ("宜春市", "宜春", True),
                                              ("广西壮族自治区", "广西壮族", True),
                                              ("常德经开区", "常德经开", True),
                                              ("南昌市", "江西省", False), (None, None, True),
                                              (None, "江西省", False),
                                              # 州 of the name itself is no suffix
                                              ("杭州市", "杭州", True), ("杭州", "杭州", True),
                                              ("甘孜州", "甘孜", True), ("杭州", "杭", False),
                                              ("郑州市", "杭州市", False), ("市", "县", False)])
def test_place_ignores_the_suffix(a: str | None, b: str | None, same: bool) -> None:
    assert field_equal("place", a, b) is same


def test_errors_name_the_fields_that_differ() -> None:
    preds = [G_LEVEL, replace(G_GROWTH, direction="down", indicator="增长")]
    report = score_fact_pairs([(GOLD, preds, TEXT)])
    kinds = [(e.kind, e.value_text, e.fields) for e in report.errors]
    assert kinds == [("fields", "4.7%", ("indicator", "direction")),
                     ("fn", "4527.98万人", ())]
    assert "【4.7%】" in report.errors[0].context


# the shape of a difference between a gold and a predicted field, by hand
DIFFERENCES = [
    ("indicator", "城镇居民人均可支配收入", "人均可支配收入", "lost prefix"),
    ("indicator", "人均可支配收入", "城镇居民人均可支配收入", "extra prefix"),
    ("indicator", "地区生产总值增速", "地区生产总值", "lost suffix"),
    ("indicator", "地区生产总值", "地区生产总值增速", "extra suffix"),
    ("indicator", "新开工亿元以上产业项目", "亿元以上产业", "lost both ends"),
    ("indicator", "常住人口", "年末常住人口数", "extra both ends"),
    ("indicator", "城镇常住人口比重", "城镇人口比重", "overlaps"),
    ("indicator", "粮食产量", "增加值", "other"),
    ("indicator", "粮食产量", "", "missing"),
    ("period", "2025", "2021/2025", "span for year"),
    ("period", "2021/2025", "2025", "year for span"),
    ("period", "2025-12", "2025", "year for year-end"),
    ("period", "2025", "2024", "year off by one"),
    ("period", "2020", "2025", "other year"),
    ("period", "2025", None, "missing"),
    ("period", None, "2025", "extra"),
    ("period", "2016/2020", "2021/2025", "other span"),
    ("kind", "level", "growth", "level→growth"),
    ("place", "江苏省", "南京市", "other place"),
]


@pytest.mark.parametrize(("name", "gold", "pred", "want"), DIFFERENCES,
                         ids=[f"{d[0]}-{d[3]}" for d in DIFFERENCES])
def test_difference_kind(name: str, gold: str | None, pred: str | None, want: str) -> None:
    assert difference_kind(name, gold, pred) == want


def test_difference_kinds_count_a_report() -> None:
    preds = [G_LEVEL, replace(G_GROWTH, period="2021/2022", indicator="生产总值")]
    report = score_fact_pairs([(GOLD, preds, TEXT)])
    kinds = difference_kinds(report)
    assert kinds["unpaired"] == {"fn": 1}
    assert kinds["period"] == {"span for year": 1}
    assert kinds["indicator"] == {"lost prefix": 1}
    assert "| period | span for year | 1 |" in format_difference_kinds(report)


def write_run(out: Path, facts: list[FactRecord], *, sha: str = SHA) -> Path:
    doc = {"doc_id": "t.txt", "source": "t.txt", "sha256": sha, "status": "ok"}
    rows = [{"doc_id": "t.txt", "fact_id": i, "label": "MONEY", **asdict(f)}
            for i, f in enumerate(facts)]
    write_atomic(to_table("facts", rows), out / "facts" / "part-0.parquet")
    write_atomic(to_table("documents", [doc]), out / "documents" / "part-0.parquet")
    return out


def write_gold(path: Path, doc: FactsGold = GOLD) -> Path:
    obj = {"doc_id": doc.doc_id, "sha256": doc.sha256, "source": doc.source,
           "facts": [asdict(f) for f in doc.facts]}
    path.write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_score_a_run_folder(tmp_path: Path) -> None:
    out = write_run(tmp_path / "out", [G_LEVEL, replace(G_GROWTH, indicator="增长")])
    gold = read_facts_gold([write_gold(tmp_path / "g.jsonl")])
    report = score_facts(gold, out)
    assert report.n_scored == 1
    assert report.total.f1 == pytest.approx(0.8)  # 2 of 3 gold, 2 of 2 predicted
    assert report.total.strict_f1 == pytest.approx(0.4)


def test_unmatched_documents_are_left_out(tmp_path: Path) -> None:
    out = write_run(tmp_path / "out", [G_LEVEL], sha="c" * 64)
    report = score_facts(read_facts_gold([write_gold(tmp_path / "g.jsonl")]), out)
    assert report.n_scored == 0 and report.total.n_gold == 0


def test_a_broken_gold_line_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "x"}\n', encoding="utf-8")
    with pytest.raises(ScoreError, match=r"bad.jsonl:1: not a facts gold line"):
        read_facts_gold([bad])


def test_cli_score_facts(tmp_path: Path) -> None:
    out = write_run(tmp_path / "out", [G_LEVEL, G_GROWTH])
    base = write_run(tmp_path / "base", [replace(G_LEVEL, indicator="总值")])
    gold = write_gold(tmp_path / "g.jsonl")
    errors = tmp_path / "errors.jsonl"
    res = run_cli("score", "--facts", str(gold), "--pred", str(out), "--facts-baseline",
                  str(base), "--errors", str(errors))
    assert res.returncode == 0, res.stderr
    assert "headline: strict fact F1 = 0.800" in res.stdout
    assert "base (baseline)" in res.stdout
    assert [json.loads(line)["kind"] for line in errors.read_text().splitlines()] == ["fn"]
    res = run_cli("score", "--facts", str(gold), "--pred", str(out), "--error-kinds")
    assert "| unpaired | fn | 1 |" in res.stdout
    res = run_cli("score", "--facts", str(gold), "--pred", str(out), "--json")
    figures = json.loads(res.stdout)["out"]["total"]
    assert figures["value_span"]["f1"] == pytest.approx(0.8)
    assert figures["strict"]["f1"] == pytest.approx(0.8)


def test_cli_score_facts_refuses_mention_options(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "g.jsonl")
    res = run_cli("score", "--facts", str(gold), "--pred", str(tmp_path),
                  "--min-core-f1", "0.5")
    assert res.returncode == 2 and "are for mentions" in res.stderr
