"""gold/tools/conventions.py's head-kind list: names sharing a head kind under two labels."""
from __future__ import annotations

import importlib.util

from tests.conftest import REPO

_SPEC = importlib.util.spec_from_file_location("conventions", REPO / "gold" / "tools" / "conventions.py")
conventions = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(conventions)


def _doc(*spans: tuple[str, str]) -> dict:
    return {"text": "", "spans": [{"label": lab, "value": v, "text": v, "start": 0, "end": 0}
                                  for lab, v in spans]}


def test_a_head_kind_under_two_labels_is_listed_under_its_longest_head() -> None:
    docs = {"d01": _doc(("ORG", "苏州工业园区")), "d02": _doc(("FAC", "武威工业园区"), ("FAC", "中央山体公园"))}
    lines = conventions.by_head(docs, ("园区", "工业园区", "公园"))
    assert lines[0] == "…工业园区: ORG 1, FAC 1"
    assert not any(line.startswith("…公园") or line.startswith("…园区") for line in lines)


def test_the_head_alone_is_not_counted() -> None:
    docs = {"d01": _doc(("INITIATIVE", "国家公园"), ("FAC", "大熊猫国家公园"))}
    assert conventions.by_head(docs, ("国家公园",)) == []
