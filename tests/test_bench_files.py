"""benchmarks/bench.py's files_of: the one way every benchmark script leaves files out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import bench  # noqa: E402


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for name in ("a_2019.txt", "b_sealed_2021.txt", "c_2022.md", "d_2023.txt", "README.md",
                 "PROVENANCE.md", "e.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("env_words", "leave_out", "limit", "expected"), [
    ((), (), None, ["a_2019.txt", "b_sealed_2021.txt", "c_2022.md", "d_2023.txt"]),
    (("sealed",), (), None, ["a_2019.txt", "c_2022.md", "d_2023.txt"]),
    ((), ("sealed",), None, ["a_2019.txt", "c_2022.md", "d_2023.txt"]),
    (("a_2019",), ("sealed",), None, ["c_2022.md", "d_2023.txt"]),
    # left out before the limit: the limit counts the files kept
    ((), ("sealed",), 2, ["a_2019.txt", "c_2022.md"]),
    ((), (), 2, ["a_2019.txt", "b_sealed_2021.txt"]),
], ids=["all", "env", "option", "both", "before-limit", "limit-only"])
def test_files_of_leaves_out(folder: Path, monkeypatch: pytest.MonkeyPatch,
                             env_words: tuple[str, ...], leave_out: tuple[str, ...],
                             limit: int | None, expected: list[str]) -> None:
    monkeypatch.setattr(bench, "LEAVE_OUT", env_words)
    assert [p.name for p in bench.files_of(folder, limit, leave_out)] == expected


def test_leave_out_option_parses_words() -> None:
    parser = argparse.ArgumentParser()
    bench.add_leave_out(parser)
    assert parser.parse_args(["--leave-out", "x", "y"]).leave_out == ["x", "y"]
    assert parser.parse_args([]).leave_out == []


@pytest.mark.parametrize(("rounds", "expected"), [
    # the warm-up round (a then b), then each text by both in turn, the first alternating
    (1, ["a:x", "b:x", "a:y", "b:y", "a:x", "b:x", "b:y", "a:y"]),
    (2, ["a:x", "b:x", "a:y", "b:y", "a:x", "b:x", "b:y", "a:y",
         "b:x", "a:x", "a:y", "b:y"]),
], ids=["one-round", "two-rounds"])
def test_paired_rounds_takes_each_text_by_both_in_turn(rounds: int,
                                                        expected: list[str]) -> None:
    calls: list[str] = []
    got = bench.paired_rounds({"a": lambda t: calls.append(f"a:{t}"),
                               "b": lambda t: calls.append(f"b:{t}")}, ["x", "y"], rounds)
    assert calls == expected
    assert set(got) == {"a", "b"}
    assert all(cpu >= 0 and wall >= 0 for cpu, wall in got.values())
