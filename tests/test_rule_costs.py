"""benchmarks/rule_costs.py --json and --compare: each rule's cost before and after a change
in one table (the table's rows read in process; the script once end to end, in a process of
its own: it wraps the name pass's steps for the rest of its process)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("rule_costs", ROOT / "benchmarks" / "rule_costs.py")
assert _SPEC is not None and _SPEC.loader is not None
rule_costs = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(rule_costs)


def _figures(pass_ms: float, rules: dict[str, float]) -> dict[str, object]:
    return {"texts": "corpus", "pass_ms": pass_ms, "steps_ms": sum(rules.values()),
            "rules": {rid: {"ms": ms, "mode": "whole"} for rid, ms in rules.items()}}


@pytest.mark.parametrize(("ref", "now", "top", "rows"), [
    # the largest change first, a faster rule's ratio below 1
    ({"names.a": 10.0, "names.b": 2.0}, {"names.a": 4.0, "names.b": 2.5}, 5,
     ["| names.a (whole) | 10.0 | 4.0 | -6.0 | x0.40 |",
      "| names.b (whole) | 2.0 | 2.5 | +0.5 | x1.25 |"]),
    # a rule only one side holds: new or gone, no ratio
    ({"names.a": 1.0}, {"names.c": 3.0}, 5,
     ["| names.c (whole) | - | 3.0 | +3.0 | new |",
      "| names.a (whole) | 1.0 | - | -1.0 | gone |"]),
    # --top keeps the largest moves only
    ({"names.a": 1.0, "names.b": 1.0}, {"names.a": 1.1, "names.b": 5.0}, 1,
     ["| names.b (whole) | 1.0 | 5.0 | +4.0 | x5.00 |"]),
    # the same cost: no move, ratio 1
    ({"names.a": 2.0}, {"names.a": 2.0}, 5, ["| names.a (whole) | 2.0 | 2.0 | +0.0 | x1.00 |"]),
], ids=["faster-first", "new-and-gone", "top", "unchanged"])
def test_compare_rows(ref: dict[str, float], now: dict[str, float], top: int,
                      rows: list[str]) -> None:
    lines = rule_costs.compare_lines(_figures(100.0, ref), _figures(90.0, now), top)
    assert lines[3] == "| (the rule pass) | 100.0 | 90.0 | -10.0 | x0.90 |"
    assert lines[4].startswith("| (the rules' steps) |")
    assert lines[5:] == rows


def test_compare_places_stage() -> None:
    """(S43b) the places stage is a row after the rules' steps where either side has it (an
    older script's figures have none: read as not run there), its steps rows as the rules'."""
    ref = _figures(100.0, {"names.a": 2.0})
    now = {**_figures(90.0, {"names.a": 2.0}), "places_ms": 30.0}
    now["rules"]["places.held_towns"] = {"ms": 12.0, "mode": "places:step"}  # type: ignore[index]
    lines = rule_costs.compare_lines(ref, now, 5)
    assert lines[5] == "| (the places stage) | - | 30.0 | +30.0 |  |"
    assert lines[6] == "| places.held_towns (places:step) | - | 12.0 | +12.0 | new |"
    assert not any("places stage" in line
                   for line in rule_costs.compare_lines(ref, _figures(90.0, {}), 5))


#: a made-up report line: a place, a number and a programme for the rules to read
TEXT = "浙江省杭州市今年新建农村公路120公里，深入实施数字经济创新提质工程。\n"


def test_json_then_compare(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report_2024.txt").write_text(TEXT * 3, encoding="utf-8")
    ref = tmp_path / "ref.json"
    ref.write_text(json.dumps(_figures(1.0, {"names.no_such_rule": 1.0})), encoding="utf-8")
    out_json = tmp_path / "now.json"
    env = {**os.environ, "BENCH_CORPUS": str(corpus), "BENCH_LEAVE_OUT": "",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "rule_costs.py"), "corpus",
                          "--top", "400", "--json", str(out_json), "--compare", str(ref)],
                         env=env, capture_output=True, text=True, check=True, timeout=600).stdout
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert figures["texts"] == "corpus" and figures["pass_ms"] > 0
    assert figures["rules"] and all(r["ms"] >= 0 for r in figures["rules"].values())
    assert "| names.no_such_rule (whole) | 1.0 | - | -1.0 | gone |" in out
    # (S43b) the places stage and its steps timed beside the rules, not in their steps' sum
    places = {rid: r for rid, r in figures["rules"].items() if rid.startswith("places.")}
    assert {r["mode"] for r in places.values()} == {"places", "places:step"}
    assert {"places.local_candidates", "places.held_towns", "places.data_towns"} <= set(places)
    assert figures["places_ms"] == pytest.approx(sum(
        r["ms"] for r in places.values() if r["mode"] == "places"))
    assert figures["steps_ms"] == pytest.approx(sum(
        r["ms"] for rid, r in figures["rules"].items() if rid not in places))
    # every rule that ran is a row of the table, with its cost now
    for rid, rule in figures["rules"].items():
        assert f"| {rid} ({rule['mode']}) | - | {rule['ms']:.1f} |" in out
