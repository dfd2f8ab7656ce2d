"""benchmarks/stage_costs.py --cold: the first round timed beside the warm ones, with the
parts only a first round pays much of (run in a process of its own: the script wraps the
pipeline's functions for the rest of its process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: a made-up report line: a place, a tagged block and a number for each part to read
TEXT = "浙江省杭州市今年新建农村公路120公里，推进西湖区数字经济发展。\n"


@pytest.mark.parametrize(("cold", "expected", "absent"), [
    (True, ["| the first round | first - warm", "best_route |", "_local_lookup |",
            "compile |", "(the pass) |"], []),
    (False, ["(the pass)", "find_names"], ["the first round", "best_route", "compile"]),
], ids=["cold", "warm-only"])
def test_cold_rows(tmp_path: Path, cold: bool, expected: list[str], absent: list[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "report_2024.txt").write_text(TEXT * 3, encoding="utf-8")
    env = {**os.environ, "BENCH_CORPUS": str(corpus), "BENCH_LEAVE_OUT": "",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    args = [sys.executable, str(ROOT / "benchmarks" / "stage_costs.py"), "corpus",
            "--rounds", "1", *(["--cold"] if cold else [])]
    out = subprocess.run(args, env=env, capture_output=True, text=True, check=True,
                         timeout=600).stdout
    assert out.startswith("corpus: 99 characters, least of 1 warm rounds")
    for line in expected:
        assert line in out
    for word in absent:
        assert word not in out
