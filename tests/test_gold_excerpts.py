"""The development-gold excerpts are the source's own characters: cutting them again from
../shared with gold/tools/excerpt.py (EXCERPTS.tsv) gives the committed texts byte for byte,
(`policy-extract gold check` checks each gold file's sha256 against them). Skipped where
../shared is absent."""
from __future__ import annotations

import csv
import importlib.util

import pytest

from tests.conftest import REPO, shared_dir

_SPEC = importlib.util.spec_from_file_location("excerpt", REPO / "gold" / "tools" / "excerpt.py")
excerpt = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(excerpt)

with open(REPO / "gold" / "dev" / "EXCERPTS.tsv", encoding="utf-8", newline="") as _fh:
    ROWS = {r["doc_id"]: r for r in csv.DictReader(_fh, delimiter="\t")}


@pytest.mark.parametrize("spec, lines", [
    pytest.param("", set(), id="empty"),
    pytest.param(None, set(), id="absent-column"),
    pytest.param("58", {58}, id="one-line"),
    pytest.param("58,62-64", {58, 62, 63, 64}, id="line-and-range"),
    pytest.param(" 18, 20 ", {18, 20}, id="spaces"),
])
def test_skip_field(spec: str | None, lines: set[int]) -> None:
    assert excerpt.skipped(spec) == lines


def test_cut_keeps_head_and_leaves_skipped_lines_out() -> None:
    lines = [f"{n}\n" for n in range(1, 11)]
    assert excerpt.cut(lines, 2, 5, 8, {6}) == "1\n2\n5\n7\n8\n"


@pytest.mark.parametrize("doc_id", sorted(ROWS))
def test_excerpt_reproduces_the_committed_text(doc_id: str) -> None:
    row = ROWS[doc_id]
    shared = shared_dir(row["source"].split("/")[0]).parent
    lines = excerpt.read_lines(shared / row["source"], row["encoding"])
    text = excerpt.cut(lines, int(row["head"] or 0), int(row["first_line"]),
                       int(row["last_line"]), excerpt.skipped(row.get("skip")))
    committed = (REPO / "gold" / "dev" / "texts" / f"{doc_id}.txt").read_bytes()
    assert text.encode(row["encoding"]) == committed

