"""Scorer figures against small cases worked out by hand (one test id per case)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policy_extract.cli import app
from policy_extract.goldfile import GoldDocument, GoldSpan, document_line
from policy_extract.score import (
    ScoreReport,
    error_kinds,
    error_neighbours,
    format_error_kinds,
    regressions,
    score,
    write_baseline,
)
from policy_extract.tables import to_table, write_atomic

TEXT = "2019年投资215.8亿元，新建3个园区，市委领导。"
SHA = "a" * 64


def _at(sub: str) -> tuple[int, int]:
    start = TEXT.index(sub)
    return start, start + len(sub)


def gold_span(sub: str, label: str, value: Any, unit: str | None = None,
              qualifier: str | None = None) -> GoldSpan:
    start, end = _at(sub)
    return GoldSpan(start, end, label, sub, value, None, unit, qualifier)


GOLD = GoldDocument(
    doc_id="t-1", source="t.txt", sha256=SHA, ref_date="2020-07", text=TEXT,
    spans=(
        gold_span("2019年", "DATE", "2019", qualifier="exact"),
        gold_span("215.8亿元", "MONEY", 21580000000, "元", "exact"),
        gold_span("3个", "COUNT", 3, "个", "exact"),
        gold_span("市委", "ORG", "市委"),
    ),
)


def mention(sub: str, label: str, *, value: float | None = None, unit: str | None = None,
            qualifier: str | None = None, norm: str | None = None,
            at: tuple[int, int] | None = None) -> dict[str, Any]:
    start, end = at or _at(sub)
    return {"doc_id": "t.txt", "source": "t.txt", "start": start, "end": end, "label": label,
            "text": TEXT[start:end], "value": value, "value_max": None, "unit": unit,
            "qualifier": qualifier, "norm": norm}


DATE = mention("2019年", "DATE", qualifier="exact", norm="2019")
MONEY = mention("215.8亿元", "MONEY", value=21580000000.0, unit="元", qualifier="exact")
COUNT = mention("3个", "COUNT", value=3.0, unit="个", qualifier="exact")
ORG = mention("市委", "ORG", norm="市委")
PERFECT = [DATE, MONEY, COUNT, ORG]


def write_run(out: Path, mentions: list[dict[str, Any]], *, sha: str = SHA,
              status: str = "ok") -> Path:
    doc = {"doc_id": "t.txt", "source": "t.txt", "sha256": sha, "status": status,
           "error": None if status == "ok" else "boom"}
    write_atomic(to_table("mentions", mentions), out / "mentions" / "part-0.parquet")
    write_atomic(to_table("documents", [doc]), out / "documents" / "part-0.parquet")
    return out


def figure(report: ScoreReport, path: str) -> Any:
    """``core.f1``, ``all.precision``, ``MONEY.value_accuracy`` …"""
    group, name = path.split(".")
    counts = {"core": report.core, "all": report.all}.get(group) or report.labels[group]
    return getattr(counts, name)


# Each case: predictions, then figures worked out by hand (None = undefined, 0/0).
CASES: dict[str, tuple[list[dict[str, Any]], dict[str, float | int | None]]] = {
    "perfect": (PERFECT, {
        "core.tp": 4, "core.precision": 1.0, "core.recall": 1.0, "core.f1": 1.0,
        "core.value_accuracy": 1.0, "all.f1": 1.0, "MONEY.f1": 1.0, "ORG.f1": 1.0,
        "core.overlap_f1": 1.0, "PERSON.f1": None,
    }),
    "empty": ([], {
        "core.tp": 0, "core.fn": 4, "core.precision": None, "core.recall": 0.0,
        "core.f1": 0.0, "core.value_accuracy": None, "MONEY.f1": 0.0,
        "core.overlap_f1": 0.0,
    }),
    # 15.8亿元 instead of 215.8亿元: a miss and a false alarm, but an overlap match
    "shifted_span": ([DATE, mention("15.8亿元", "MONEY", value=1580000000.0, unit="元",
                                    qualifier="exact"), COUNT, ORG], {
        "MONEY.tp": 0, "MONEY.fp": 1, "MONEY.fn": 1, "MONEY.f1": 0.0,
        "MONEY.overlap_precision": 1.0, "MONEY.overlap_recall": 1.0, "MONEY.overlap_f1": 1.0,
        "core.precision": 0.75, "core.recall": 0.75, "core.f1": 0.75,
        "core.value_accuracy": 1.0,
    }),
    # 3个 as QUANTITY: a COUNT miss; QUANTITY is not core, so core precision stays 3/3
    "wrong_label": ([DATE, MONEY, {**COUNT, "label": "QUANTITY"}, ORG], {
        "COUNT.fn": 1, "COUNT.f1": 0.0, "QUANTITY.fp": 1, "QUANTITY.f1": 0.0,
        "COUNT.overlap_recall": 0.0,
        "core.precision": 1.0, "core.recall": 0.75, "core.f1": 6 / 7,
        "all.precision": 0.75, "all.recall": 0.75, "all.f1": 0.75,
    }),
    # 21.58亿 instead of 215.8亿: the span matches, the value does not
    "wrong_value": ([DATE, {**MONEY, "value": 2158000000.0}, COUNT, ORG], {
        "core.f1": 1.0, "MONEY.value_ok": 0, "MONEY.value_accuracy": 0.0,
        "core.value_accuracy": 0.75, "DATE.value_accuracy": 1.0,
    }),
    "wrong_qualifier_and_unit": ([DATE, {**MONEY, "qualifier": "over", "unit": "万元"},
                                  COUNT, ORG], {
        "core.f1": 1.0, "MONEY.value_accuracy": 0.0, "core.value_accuracy": 0.75,
    }),
    "wrong_date_norm": ([{**DATE, "norm": "2019-01"}, MONEY, COUNT, ORG], {
        "DATE.value_accuracy": 0.0, "core.value_accuracy": 0.75,
    }),
    # within a relative 1e-9, and NFKC-equal (full-width digits) count as the same value
    "tolerant_value": ([{**DATE, "norm": "２０１９"},
                        {**MONEY, "value": 21580000000.0 * (1 + 1e-12)}, COUNT, ORG], {
        "core.value_accuracy": 1.0,
    }),
    # 市委领导 for 市委: same label, intersecting, not strict
    "overlap_only": ([DATE, MONEY, COUNT, mention("市委领导", "ORG", norm="市委领导")], {
        "ORG.tp": 0, "ORG.f1": 0.0, "ORG.overlap_precision": 1.0, "ORG.overlap_recall": 1.0,
        "core.f1": 0.75, "core.overlap_f1": 1.0,
    }),
    "extra_prediction": ([*PERFECT, mention("园区", "FAC", norm="园区")], {
        "FAC.fp": 1, "FAC.precision": 0.0, "FAC.recall": None, "FAC.f1": 0.0,
        "core.f1": 1.0, "all.precision": 0.8, "all.recall": 1.0, "all.f1": 8 / 9,
    }),
    # 市委领导 as FAC swallows the gold ORG 市委; 市 as GPE lies inside it; 委领 crosses it
    "nested_names": ([DATE, MONEY, COUNT, mention("市委领导", "FAC", norm="市委领导"),
                      mention("市", "GPE", norm="市", at=(_at("市委")[0], _at("市委")[0] + 1)),
                      mention("委领", "PERSON", norm="委领")], {
        "ORG.fn": 1, "FAC.fp": 1, "GPE.fp": 1, "PERSON.fp": 1, "core.precision": 1.0,
    }),
}

FIGURES = [(case, path, expected) for case, (_, figs) in CASES.items()
           for path, expected in figs.items()]


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ScoreReport]:
    root = tmp_path_factory.mktemp("runs")
    return {case: score([GOLD], write_run(root / case, preds))
            for case, (preds, _) in CASES.items()}


@pytest.mark.parametrize(("case", "path", "expected"), FIGURES,
                         ids=[f"{case}-{path}" for case, path, _ in FIGURES])
def test_figure(reports: dict[str, ScoreReport], case: str, path: str,
                expected: float | None) -> None:
    got = figure(reports[case], path)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected, abs=1e-12)


ERROR_KINDS = {
    "perfect": [],
    "empty": ["fn", "fn", "fn", "fn"],
    "shifted_span": ["fp", "fn"],  # sorted by start: 15.8亿元 starts after 215.8亿元
    "wrong_value": ["value"],
    "overlap_only": ["fn", "fp"],
}


@pytest.mark.parametrize("case", list(ERROR_KINDS))
def test_error_kinds(reports: dict[str, ScoreReport], case: str) -> None:
    assert sorted(e.kind for e in reports[case].errors) == sorted(ERROR_KINDS[case])


# Why each false positive or negative missed, by hand: (kind, label, why), sorted.
WHY = {
    "empty": [("fn", "COUNT", "alone"), ("fn", "DATE", "alone"), ("fn", "MONEY", "alone"),
              ("fn", "ORG", "alone")],
    "shifted_span": [("fn", "MONEY", "boundary"), ("fp", "MONEY", "boundary")],
    "wrong_label": [("fn", "COUNT", "label"), ("fp", "QUANTITY", "label")],
    "extra_prediction": [("fp", "FAC", "alone")],
    "nested_names": [("fn", "ORG", "inside"), ("fp", "FAC", "contains"),
                     ("fp", "GPE", "inside"), ("fp", "PERSON", "crosses")],
}


@pytest.mark.parametrize("case", list(WHY))
def test_error_why(reports: dict[str, ScoreReport], case: str) -> None:
    got = sorted((e.kind, e.label, e.why) for e in reports[case].errors)
    assert got == WHY[case]


# the label of the other side's span that decided an error's kind, by hand
NEIGHBOURS = {
    "wrong_label": {("COUNT", "fn", "label", "QUANTITY"): 1,
                    ("QUANTITY", "fp", "label", "COUNT"): 1},
    "nested_names": {("ORG", "fn", "inside", "FAC"): 1, ("GPE", "fp", "inside", "ORG"): 1,
                     ("PERSON", "fp", "crosses", "ORG"): 1, ("FAC", "fp", "contains", "ORG"): 1},
    "shifted_span": {},  # boundary errors name no other label
}


@pytest.mark.parametrize("case", list(NEIGHBOURS))
def test_error_neighbours(reports: dict[str, ScoreReport], case: str) -> None:
    assert error_neighbours(reports[case]) == NEIGHBOURS[case]


def test_error_kinds_table(reports: dict[str, ScoreReport]) -> None:
    kinds = error_kinds(reports["nested_names"])
    assert set(kinds) == {"ORG", "GPE", "FAC", "PERSON"}
    assert kinds["ORG"]["fn"]["inside"] == 1 and sum(kinds["ORG"]["fp"].values()) == 0
    assert kinds["FAC"]["fp"]["contains"] == 1
    table = format_error_kinds(reports["nested_names"])
    assert "| FAC | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |" in table
    assert "| GPE | fp | inside | ORG | 1 |" in table


def test_error_record_has_context_and_fields(reports: dict[str, ScoreReport]) -> None:
    (err,) = reports["wrong_value"].errors
    assert (err.kind, err.label, err.text, err.fields) == ("value", "MONEY", "215.8亿元",
                                                           ("value",))
    assert err.left == "2019年投资" and err.right.startswith("，新建3个")
    assert err.gold is not None and err.gold["value"] == 21580000000
    assert err.pred is not None and err.pred["value"] == 2158000000.0


def test_fn_lists_overlapping_prediction(reports: dict[str, ScoreReport]) -> None:
    fn = next(e for e in reports["shifted_span"].errors if e.kind == "fn")
    assert fn.overlaps == (f"MONEY {_at('15.8亿元')[0]}-{_at('15.8亿元')[1]} '15.8亿元'",)


def test_unmatched_gold_document_is_listed_and_left_out(tmp_path: Path) -> None:
    report = score([GOLD], write_run(tmp_path, PERFECT, sha="b" * 64))
    assert [d.doc_id for d in report.unmatched] == ["t-1"]
    assert report.n_scored == 0 and report.all.n_gold == 0


def test_failed_document_counts_as_misses(tmp_path: Path) -> None:
    report = score([GOLD], write_run(tmp_path, [], status="error"))
    assert [d.doc_id for d in report.failed] == ["t-1"]
    assert (report.core.n_gold, report.core.tp, report.core.recall) == (4, 0, 0.0)


def test_baseline_regressions(reports: dict[str, ScoreReport], tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    baseline = write_baseline(reports["perfect"], path)
    assert json.loads(path.read_text()) == baseline
    assert regressions(reports["perfect"], baseline) == []
    found = regressions(reports["shifted_span"], baseline)
    assert any(line.startswith("MONEY F1") for line in found)
    assert any(line.startswith("core F1") for line in found)


# -- the command -----------------------------------------------------------------------------


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold" / "g.jsonl"
    path.parent.mkdir()
    path.write_text(document_line(GOLD) + "\n", encoding="utf-8")
    return path


def test_cli_table(gold_file: Path, tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", PERFECT)
    result = CliRunner().invoke(app, ["score", str(gold_file), "--pred", str(out)])
    assert result.exit_code == 0, result.output
    assert "core micro" in result.output and "headline: core micro F1 = 1.000" in result.output


def test_cli_json_errors_and_floor(gold_file: Path, tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", CASES["shifted_span"][0])
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["score", str(gold_file), "--pred", str(out), "--json",
                                      "--errors", str(errors), "--min-core-f1", "0.8"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["core"]["f1"] == pytest.approx(0.75)
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["kind"] for r in rows) == ["fn", "fp"]
    assert all({"left", "right", "text", "label", "start", "end"} <= r.keys() for r in rows)


def test_cli_floor_met(gold_file: Path, tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", CASES["shifted_span"][0])
    result = CliRunner().invoke(app, ["score", str(gold_file), "--pred", str(out),
                                      "--min-core-f1", "0.75"])
    assert result.exit_code == 0


def test_cli_missing_prediction_folder(gold_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["score", str(gold_file), "--pred",
                                      str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "prediction folder not found" in result.output
    assert "Traceback" not in result.output


def test_cli_no_document_paired(gold_file: Path, tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", PERFECT, sha="c" * 64)
    result = CliRunner().invoke(app, ["score", str(gold_file), "--pred", str(out)])
    assert result.exit_code == 2
    assert "paired by sha256" in result.output


def test_numbers_and_dates_micro(reports: dict[str, ScoreReport]) -> None:
    """num+date sums the numeric labels and DATE only: in wrong_label the COUNT miss and
    the QUANTITY false positive count, the ORG does not (DATE, MONEY: 2 tp of 3 gold)."""
    from policy_extract.score import numbers_and_dates
    nd = numbers_and_dates(reports["wrong_label"])
    assert (nd.n_gold, nd.n_pred, nd.tp) == (3, 3, 2)
    wrong = numbers_and_dates(reports["wrong_value"])
    assert wrong.value_accuracy == pytest.approx(2 / 3)


def test_cli_by_document(gold_file: Path, tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", CASES["wrong_label"][0])
    result = CliRunner().invoke(app, ["score", str(gold_file), "--pred", str(out),
                                      "--by-document"])
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if line.startswith(f"| {GOLD.doc_id} "))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "4"              # gold spans
    assert cells[4] == "0.67"           # num+date F1: 2 tp of 3 gold, 3 predicted
    assert "0.00 (1)" in cells          # COUNT: its one gold span missed


def test_cli_error_kinds(gold_file: Path, tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", CASES["wrong_label"][0])
    result = CliRunner().invoke(app, ["score", str(gold_file), "--pred", str(out),
                                      "--error-kinds", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[:result.output.index("\n\n")])
    assert data["error_kinds"]["COUNT"]["fn"]["label"] == 1
    assert "| QUANTITY | 1 | 0 |" in result.output
