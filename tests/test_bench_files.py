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
