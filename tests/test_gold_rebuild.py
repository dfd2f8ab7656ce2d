"""The mention gold is what its adjudication says: aligning each document's
``gold/dev/work/<doc>/final.tsv`` (the adjudicator's rows) to its text with
gold/tools/align.py gives the committed gold file's spans, value for value. A gold file
edited by hand without its final.tsv (or the other way round) fails here."""
from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import REPO

_SPEC = importlib.util.spec_from_file_location("align", REPO / "gold" / "tools" / "align.py")
align = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(align)

DEV = REPO / "gold" / "dev"
GOLD = sorted(p for split in ("train", "test", "check") for p in (DEV / split).glob("*.jsonl"))
_FIELDS = ("start", "end", "label", "value", "value_max", "unit", "qualifier")


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def _key(span: dict) -> tuple:
    return tuple(span.get(f) for f in _FIELDS)


def test_every_gold_document_has_its_adjudicated_rows() -> None:
    assert GOLD, "no mention gold under gold/dev"
    missing = [p.stem for p in GOLD if not (DEV / "work" / p.stem / "final.tsv").is_file()]
    assert not missing


@pytest.mark.parametrize("gold", GOLD, ids=[p.stem for p in GOLD])
def test_final_rows_align_to_the_committed_gold(gold: Path) -> None:
    doc = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    raw = (REPO / doc["source"]).read_bytes()
    text = raw.decode("gb18030" if "-gbk" in gold.stem else "utf-8")  # EXCERPTS.tsv's encoding
    spans = align.align(_rows(DEV / "work" / gold.stem / "final.tsv"), text)
    assert [_key(s) for s in spans] == [_key(s) for s in doc["spans"]]


@pytest.mark.parametrize("note, where", [
    pytest.param("", 0, id="no-anchor"),
    pytest.param("@L2 the second line", 3, id="line"),
    pytest.param("@L2:2 two characters into the line", 5, id="line-and-column"),
])
def test_anchor_starts_the_search(note: str, where: int) -> None:
    rows = [{"label": "DOC", "surface": "纲要", "value": "", "value_max": "", "unit": "",
             "qualifier": "", "note": note}]
    assert align.align(rows, "纲要\n纲要纲要\n")[0]["start"] == where
