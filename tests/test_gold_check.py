"""`policy-extract gold check`: every problem names file, line and span; exit 1, no traceback."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from policy_extract.cli import app
from policy_extract.goldfile import GoldError, check_files, read_gold

TEXT = "2019年投资215.8亿元，新建3个园区，市委领导。\n"
SOURCE = "seeds/t.txt"


def _span(sub: str, label: str, value: Any, unit: str | None = None,
          qualifier: str | None = None) -> dict[str, Any]:
    start = TEXT.index(sub)
    return {"start": start, "end": start + len(sub), "label": label, "text": sub,
            "value": value, "value_max": None, "unit": unit, "qualifier": qualifier}


def good_doc() -> dict[str, Any]:
    return {
        "doc_id": "t-1", "source": SOURCE,
        "sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
        "ref_date": "2020-07", "text": TEXT,
        "spans": [
            _span("2019年", "DATE", "2019", qualifier="exact"),
            _span("215.8亿元", "MONEY", 21580000000, "元", "exact"),
            _span("3个", "COUNT", 3, "个", "exact"),
            _span("市委", "ORG", "市委"),
        ],
    }


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repo with the source file and an empty gold folder."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "t.txt").write_bytes(TEXT.encode("utf-8"))
    (tmp_path / "gold").mkdir()
    return tmp_path


def write_lines(repo: Path, lines: list[str | bytes]) -> Path:
    path = repo / "gold" / "g.jsonl"
    path.write_bytes(b"".join((ln if isinstance(ln, bytes) else ln.encode("utf-8")) + b"\n"
                              for ln in lines))
    return path


def dumps(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False)


def mutated(change: Callable[[dict[str, Any]], None]) -> str:
    doc = copy.deepcopy(good_doc())
    change(doc)
    return dumps(doc)


def _set(span: int, **fields: Any) -> Callable[[dict[str, Any]], None]:
    return lambda doc: doc["spans"][span].update(fields)


def _swap(doc: dict[str, Any]) -> None:
    doc["spans"][1], doc["spans"][2] = doc["spans"][2], doc["spans"][1]


def _overlap(doc: dict[str, Any]) -> None:
    doc["spans"].insert(2, _span("亿元", "MONEY", 100000000, "元", "over"))


# Each case: the bad line (written as line 2, after a good one), the span named or None,
# and a piece of the message.
BAD: dict[str, tuple[str | bytes, int | None, str]] = {
    "bad_json": ('{"doc_id": "t-1", "source": ', None, "not valid JSON"),
    "not_an_object": ("[1, 2]", None, "expected a JSON object"),
    "not_utf8": ('{"doc_id": "\xe9"}'.encode("latin-1"), None, "not UTF-8"),
    "missing_doc_key": (mutated(lambda d: d.pop("sha256")), None, "missing key 'sha256'"),
    "sha256_mismatch": (mutated(lambda d: d.update(sha256="0" * 64)), None,
                        "differs from the sha256"),
    "text_not_the_source": (mutated(lambda d: d.update(text=TEXT + "x", sha256=good_doc()[
        "sha256"])), None, "text differs from the decoded source"),
    "bad_ref_date": (mutated(lambda d: d.update(ref_date="July 2020")), None, "ref_date"),
    "offsets_out_of_range": (mutated(_set(3, end=len(TEXT) + 5)), 3, "offsets out of range"),
    "start_not_before_end": (mutated(_set(3, end=TEXT.index("市委"))), 3,
                             "offsets out of range"),
    "offset_not_integer": (mutated(_set(0, start="0")), 0, "must be integers"),
    "text_mismatch": (mutated(_set(3, text="市政府")), 3, "differs from text["),
    "unknown_label": (mutated(_set(3, label="COMPANY")), 3, "unknown label 'COMPANY'"),
    "overlapping_spans": (mutated(_overlap), 2, "overlaps span 1"),
    "unsorted_spans": (mutated(_swap), 2, "not sorted"),
    "money_value_is_string": (mutated(_set(1, value="215.8")), 1,
                              "MONEY value must be a number"),
    "count_value_is_bool": (mutated(_set(2, value=True)), 2, "COUNT value must be a number"),
    "date_value_not_iso": (mutated(_set(0, value="2019年")), 0, "DATE value must be an ISO"),
    "date_interval_half_bad": (mutated(_set(0, value="2019-01/2019-13")), 0,
                               "DATE value must be an ISO"),
    "name_value_is_number": (mutated(_set(3, value=1)), 3, "ORG value must be a non-empty"),
    "value_max_on_a_name": (mutated(_set(3, value_max=2)), 3, "value_max is only for numeric"),
    "value_max_not_above": (mutated(_set(2, value_max=2)), 2, "must be above value"),
    "qualifier_not_allowed": (mutated(_set(1, qualifier="since")), 1,
                              "qualifier 'since' not allowed for MONEY"),
    "qualifier_on_a_name": (mutated(_set(3, qualifier="exact")), 3,
                            "qualifier must be null for ORG"),
    "unit_on_a_date": (mutated(_set(0, unit="年")), 0, "unit must be null for DATE"),
    "unit_missing": (mutated(_set(2, unit=None)), 2, "COUNT needs a unit"),
    "missing_span_key": (mutated(lambda d: d["spans"][3].pop("qualifier")), 3,
                         "missing key(s) 'qualifier'"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_problem_names_file_line_and_span(repo: Path, case: str) -> None:
    line, span, message = BAD[case]
    path = write_lines(repo, [dumps(good_doc()), line])
    report = check_files([path])
    assert not report.ok
    texts = [str(p) for p in report.errors]
    prefix = f"{path}:2: " + (f"span {span} (" if span is not None else "")
    assert any(t.startswith(prefix) and message in t for t in texts), texts


@pytest.mark.parametrize("case", list(BAD))
def test_cli_exits_1_without_traceback(repo: Path, case: str) -> None:
    line, span, message = BAD[case]
    path = write_lines(repo, [dumps(good_doc()), line])
    result = CliRunner().invoke(app, ["gold", "check", str(path)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{path}:2: " + (f"span {span} (" if span is not None else "") in result.output
    assert message in result.output


def test_span_description_has_offsets_and_text(repo: Path) -> None:
    path = write_lines(repo, [mutated(_set(3, label="COMPANY"))])
    (problem,) = check_files([path]).errors
    start = TEXT.index("市委")
    assert str(problem).startswith(f"{path}:1: span 3 ({start}-{start + 2} '市委'): ")


def test_clean_file_passes(repo: Path) -> None:
    path = write_lines(repo, [dumps(good_doc()), "", dumps(good_doc())])
    report = check_files([path])
    assert report.ok and report.problems == [] and report.n_spans == 8
    result = CliRunner().invoke(app, ["gold", "check", str(path)])
    assert result.exit_code == 0 and "no problems" in result.output


def test_source_not_found_is_a_note(repo: Path) -> None:
    path = write_lines(repo, [mutated(lambda d: d.update(source="elsewhere/x.txt"))])
    report = check_files([path])
    assert report.ok and len(report.notes) == 1
    assert "not found" in str(report.notes[0]) and str(report.notes[0]).startswith(
        f"{path}:1: note: ")
    assert CliRunner().invoke(app, ["gold", "check", str(path)]).exit_code == 0


def test_source_resolved_from_cwd(repo: Path, tmp_path_factory: pytest.TempPathFactory,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "g.jsonl"
    elsewhere.write_text(dumps(good_doc()) + "\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    report = check_files([elsewhere])
    assert report.ok and report.notes == []


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["gold", "check", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "nope.jsonl: file not found" in result.output and "Traceback" not in result.output


def test_empty_file_is_a_problem(repo: Path) -> None:
    path = write_lines(repo, [])
    result = CliRunner().invoke(app, ["gold", "check", str(path)])
    assert result.exit_code == 1 and "empty" in result.output


def test_several_files_each_named(repo: Path) -> None:
    good = write_lines(repo, [dumps(good_doc())])
    bad = repo / "gold" / "bad.jsonl"
    bad.write_text("{\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["gold", "check", str(good), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1: not valid JSON" in result.output and f"{good}:" not in result.output


def test_read_gold_raises_on_problems(repo: Path) -> None:
    path = write_lines(repo, [mutated(_swap)])
    with pytest.raises(GoldError, match="gold check"):
        read_gold([path])


def test_seed_gold_is_clean() -> None:
    seed = Path(__file__).resolve().parents[1] / "gold" / "seed.jsonl"
    report = check_files([seed])
    assert report.ok, [str(p) for p in report.problems]
    assert report.notes == [] and report.n_spans == 433
