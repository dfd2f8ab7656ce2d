"""benchmarks/crf_augment.py: perturbed copies of the train sentences for the CRF (the
names' words changed, heads and sentences kept, the rules' names of before moved)."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import crf_augment  # noqa: E402

from policy_extract.crfnames import TrainingDoc, base_features  # noqa: E402
from policy_extract.textview import TextView  # noqa: E402


@pytest.mark.parametrize(("spans", "changed", "out"), [
    # outside a changed piece: moved by the pieces before it
    ([(0, 3, "GPE"), (5, 8, "ORG")], [(3, 5, "新词新")], [(0, 3, "GPE"), (6, 9, "ORG")]),
    # the piece inside the span (a name's words before its head): stretched
    ([(0, 10, "ORG")], [(3, 5, "新词新")], [(0, 11, "ORG")]),
    # exactly the piece (a place for a place): the new characters
    ([(3, 5, "GPE")], [(3, 5, "新")], [(3, 4, "GPE")]),
    # an end strictly inside a piece: dropped
    ([(0, 4, "ORG"), (4, 8, "FAC"), (3, 4, "GPE")], [(3, 5, "新词新")], []),
    # two pieces, the second's shift counts only after it
    ([(0, 2, "GPE"), (4, 9, "ORG")], [(0, 2, "甲乙丙"), (5, 7, "丁")],
     [(0, 3, "GPE"), (5, 9, "ORG")]),
])
def test_moved(spans: list, changed: list, out: list) -> None:
    assert crf_augment.moved(spans, changed) == out


TEXT = ("安徽省人民政府办公厅印发通知。\n李四到江西省九江市考察滨江公园。\n"
        "全力推进乡村振兴示范带建设。\n会议结束。")


def _doc() -> TrainingDoc:
    view = TextView(TEXT)
    clean = view.clean

    def at(name: str, label: str) -> tuple[int, int, str]:
        return clean.index(name), clean.index(name) + len(name), label
    gold = sorted([at("安徽省人民政府办公厅", "ORG"), at("李四", "PERSON"),
                   at("江西省", "GPE"), at("九江市", "GPE"), at("滨江公园", "FAC"),
                   at("乡村振兴示范带", "INITIATIVE")])
    history = [at("安徽省人民政府办公厅", "ORG"), at("江西省", "GPE"), at("九江市", "GPE")]
    return TrainingDoc("dev-d99-made-up", view, gold, sorted(history), [], [], Counter())


@pytest.fixture(scope="module")
def tools() -> crf_augment.Tools:
    return crf_augment.tools()


def test_pieces_keep_heads_and_persons(tools: crf_augment.Tools) -> None:
    d = _doc()
    pools = crf_augment.Pools([d], tools)
    first = crf_augment.pieces(d, tools, pools, random.Random("crfaug:38:x:0"))
    assert first == crf_augment.pieces(d, tools, pools, random.Random("crfaug:38:x:0"))
    assert first and first == sorted(first)
    clean = d.view.clean
    for a, b, new in first:
        s, e, label = next(g for g in d.gold if g[0] <= a and b <= g[1])
        assert label != "PERSON" and new != clean[a:b]
        name = clean[s:a] + new + clean[b:e]
        if label in ("ORG", "FAC", "INITIATIVE"):  # the head stays
            head = {"ORG": "厅", "FAC": "公园", "INITIATIVE": "示范带"}[label]
            assert name.endswith(head), (label, name)


def test_copies_hold_the_changed_sentences_only(tools: crf_augment.Tools) -> None:
    d = _doc()
    d.base = base_features(d.view.clean, tools.names.tokenizer, tools.names.tags, tools.lex,
                           clusters=tools.clusters)
    seed_doc = TrainingDoc("seed-1", d.view, d.gold, None, [], d.base, Counter())
    got = crf_augment.augmented([d, seed_doc], copies=2)
    assert got == crf_augment.augmented([d, seed_doc], copies=2)  # the same each time
    texts = ["".join(row[1][3:] for row in x) for x, _ in got]
    assert texts and "会议结束。" not in texts  # no name, no copy
    assert len(got) <= 2 * 3  # the seed (no history) has none
    for x, y in got:
        assert len(x) == len(y) and any(t.startswith("B-") for t in y)
    changed = [t for t in texts if "安徽省人民政府办公厅" not in t and "厅" in t]
    assert all("r0=B-ORG" in x[0] for (x, _), t in zip(got, texts, strict=True)
               if t in changed)  # the rule ORG moved with the name
