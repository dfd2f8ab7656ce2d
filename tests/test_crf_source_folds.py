"""benchmarks/crf_source_folds.py: the merge policy of the variant's side in the bootstrap
against the shipped templates (``--side-policy``, SIDE_POLICIES)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import crf_source_folds as csf  # noqa: E402

from policy_extract.crfnames import POLICY, merge  # noqa: E402

NO_WIN = csf.SIDE_POLICIES["fac-no-win"]
NO_WIDEN = csf.SIDE_POLICIES["fac-no-win-no-widen"]
PERSON_STAYS = csf.SIDE_POLICIES["fac-no-win-person-stays"]


@pytest.mark.parametrize(("rules", "crf", "shipped", "no_win"), [
    # a sure CRF FAC over a rule ORG: wins in the shipped policy, never with no FAC win
    ([(0, 4, "ORG")], [((0, 6, "FAC"), 0.95)], [(0, 6, "FAC")], [(0, 4, "ORG")]),
    # over a rule FAC of other bounds: the same
    ([(0, 4, "FAC")], [((0, 6, "FAC"), 0.95)], [(0, 6, "FAC")], [(0, 4, "FAC")]),
    # counterexample: a CRF FAC in a gap still fills (fill 0.6 kept)
    ([(10, 14, "GPE")], [((0, 6, "FAC"), 0.95)], [(0, 6, "FAC"), (10, 14, "GPE")],
     [(0, 6, "FAC"), (10, 14, "GPE")]),
    # counterexample: a sure CRF FAC still swallows the rule GPE inside it (widen 0.9 kept)
    ([(0, 4, "GPE")], [((0, 6, "FAC"), 0.95)], [(0, 6, "FAC")], [(0, 6, "FAC")]),
    # counterexample: another label's win is untouched (ORG wins at 0.9)
    ([(0, 4, "GPE"), (5, 7, "FAC")], [((0, 4, "ORG"), 0.95)], [(0, 4, "ORG"), (5, 7, "FAC")],
     [(0, 4, "ORG"), (5, 7, "FAC")]),
    # counterexample: an unsure CRF FAC wins in neither
    ([(0, 4, "ORG")], [((0, 6, "FAC"), 0.5)], [(0, 4, "ORG")], [(0, 4, "ORG")]),
])
def test_fac_no_win(rules: list, crf: list, shipped: list, no_win: list) -> None:
    assert sorted(merge(rules, crf, POLICY)) == shipped
    assert sorted(merge(rules, crf, NO_WIN)) == no_win


@pytest.mark.parametrize(("rules", "crf", "no_widen"), [
    # a sure CRF FAC keeps the rule GPE inside it and is not added over it
    ([(0, 4, "GPE")], [((0, 6, "FAC"), 0.95)], [(0, 4, "GPE")]),
    # counterexample: a sure CRF ORG still swallows it (ORG's widen kept)
    ([(0, 4, "GPE")], [((0, 6, "ORG"), 0.95)], [(0, 6, "ORG")]),
    # counterexample: a CRF FAC in a gap still fills
    ([(10, 14, "GPE")], [((0, 6, "FAC"), 0.95)], [(0, 6, "FAC"), (10, 14, "GPE")]),
])
def test_fac_no_widen(rules: list, crf: list, no_widen: list) -> None:
    assert sorted(merge(rules, crf, NO_WIDEN)) == no_widen


@pytest.mark.parametrize(("rules", "crf", "shipped", "stays"), [
    # a sure CRF ORG over a rule PERSON (a name written before its office): the PERSON stays
    ([(0, 3, "PERSON")], [((0, 9, "ORG"), 0.95)], [(0, 9, "ORG")], [(0, 3, "PERSON")]),
    # counterexample: over a rule GPE the ORG still wins
    ([(0, 3, "GPE")], [((0, 9, "ORG"), 0.95)], [(0, 9, "ORG")], [(0, 9, "ORG")]),
    # counterexample: a CRF FAC still never wins
    ([(0, 3, "ORG")], [((0, 9, "FAC"), 0.95)], [(0, 9, "FAC")], [(0, 3, "ORG")]),
])
def test_person_stays(rules: list, crf: list, shipped: list, stays: list) -> None:
    assert sorted(merge(rules, crf, POLICY)) == shipped
    assert sorted(merge(rules, crf, PERSON_STAYS)) == stays


def test_side_policies() -> None:
    assert csf.SIDE_POLICIES["shipped"] is POLICY
    assert {k: v for k, v in NO_WIN.items() if k != "FAC"} == \
        {k: v for k, v in POLICY.items() if k != "FAC"}
    assert NO_WIN["FAC"].win is None and NO_WIN["FAC"].fill == POLICY["FAC"].fill


def _doc(doc_id: str, gold: list) -> SimpleNamespace:
    return SimpleNamespace(doc_id=doc_id, gold=gold, gold_lost=Counter())


def _gain(out: str) -> tuple[float, float, float]:
    m = re.search(r": ([-+][\d.]+) \(5%\.\.95% over sources ([-+][\d.]+) \.\. ([-+][\d.]+)\)",
                  out)
    assert m, out
    return float(m[1]), float(m[2]), float(m[3])


# two documents of two sources, the same records on both sides: only the policy differs
A = _doc("a", [(0, 6, "FAC")])
B = _doc("b", [(0, 4, "ORG")])
RECORDS = [(A, [(0, 4, "ORG")], [((0, 6, "FAC"), 0.95)]),
           (B, [(0, 4, "ORG")], [((0, 6, "FAC"), 0.95)])]
SOURCE = {"a": "s1", "b": "s2"}


@pytest.mark.parametrize(("policy", "label", "gain"), [
    (None, None, 0.0),                  # the shipped policy on both sides: no gain
    (POLICY, "FAC", 0.0),
    # no FAC win: a's right FAC lost (FAC 2/3 -> 0), b's right ORG kept and a's wrong ORG
    # kept (ORG 0 -> 2/3)
    (NO_WIN, "FAC", -2 / 3),
    (NO_WIN, "ORG", 2 / 3),
    (NO_WIN, None, 0.0),                # all: 1 right of 2 + 2 on both sides
    (NO_WIN, "GPE", 0.0),
])
def test_paired_side_policy(policy, label, gain) -> None:
    point, low, high = _gain(csf.paired(RECORDS, RECORDS, SOURCE, label, rounds=200,
                                        policy_b=policy))
    assert point == pytest.approx(gain, abs=1e-4)
    assert low <= point + 1e-4 and point - 1e-4 <= high


@pytest.mark.parametrize(("policy_a", "policy_b", "gain"), [
    (NO_WIN, NO_WIN, 0.0),              # the same policy on both sides: the records alone
    (NO_WIN, None, 2 / 3),              # the shipped side against no FAC win: FAC 0 -> 2/3
    (NO_WIN, POLICY, 2 / 3),
])
def test_paired_both_policies(policy_a, policy_b, gain) -> None:
    point, _, _ = _gain(csf.paired(RECORDS, RECORDS, SOURCE, "FAC", rounds=200,
                                   policy_b=policy_b, policy_a=policy_a))
    assert point == pytest.approx(gain, abs=1e-4)
