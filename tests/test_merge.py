"""Merge policies: hand-made cases, and the clustered greedy against a plain greedy
over all candidates at once (what the policies mean)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_extract.merge import (
    POLICIES,
    is_statistical,
    longest_first,
    names_model_first,
    place_led,
    rules_first,
)
from policy_extract.model import Candidate


def cand(start: int, end: int, rule: str, label: str = "ORG", priority: int = 0) -> Candidate:
    """A candidate of a rule, or of the model where the rule id is ``ner:…`` (the id a
    model's names carry; the merge reads the ``origin`` field, set here from it)."""
    return Candidate(start=start, end=end, label=label, rule=rule, priority=priority,
                     origin="ner" if rule.startswith("ner:") else "rules")


def test_the_origin_field_marks_a_model_name() -> None:
    """The merge asks the ``origin`` field, not the rule id (issue 10 item 4)."""
    assert is_statistical(Candidate(0, 3, "ORG", rule="spacy.ner", origin="ner"))
    assert not is_statistical(Candidate(0, 3, "ORG", rule="ner:like-a-model"))


MERGE_CASES = {
    # name: (candidates, kept by rules_first, by longest_first, by names_model_first)
    "model fills a gap": ([cand(0, 3, "names.x"), cand(5, 8, "ner:ner")],
                          [(0, 3), (5, 8)], [(0, 3), (5, 8)], [(0, 3), (5, 8)]),
    "longer model span loses to a rule": ([cand(0, 3, "names.x"), cand(0, 6, "ner:ner")],
                                          [(0, 3)], [(0, 6)], [(0, 6)]),
    "shorter model name beats a rule name": ([cand(0, 6, "names.x"), cand(0, 3, "ner:ner")],
                                             [(0, 6)], [(0, 6)], [(0, 3)]),
    "model span across two rules": ([cand(0, 2, "names.x"), cand(3, 5, "numeric.y", "COUNT"),
                                     cand(1, 4, "ner:ner")],
                                    [(0, 2), (3, 5)], [(1, 4)], [(0, 2), (3, 5)]),
    "a number always beats a model name": ([cand(0, 4, "numeric.y", "MONEY"),
                                            cand(2, 9, "ner:ner")],
                                           [(0, 4)], [(2, 9)], [(0, 4)]),
    "overlapping model spans, longest kept": ([cand(0, 4, "ner:ner"), cand(2, 8, "ner:ner")],
                                              [(2, 8)], [(2, 8)], [(2, 8)]),
}


@pytest.mark.parametrize("name", list(MERGE_CASES))
def test_merge_policies(name: str) -> None:
    cands, want_rules_first, want_longest, want_model_first = MERGE_CASES[name]
    assert [(c.start, c.end) for c in rules_first(cands)] == want_rules_first
    assert [(c.start, c.end) for c in longest_first(cands)] == want_longest
    assert [(c.start, c.end) for c in names_model_first(cands)] == want_model_first


def test_policies_are_named() -> None:
    assert {k: v for k, v in POLICIES.items() if not k.startswith("place-led")} == {
        "longest": longest_first, "rules-first": rules_first,
        "names-model-first": names_model_first}
    assert {"place-led", "place-led-drop"} <= set(POLICIES)


def judge(start: int, end: int, label: str, norm: str) -> Candidate:
    """A model's name with its canonical text (what the name-head variant reads)."""
    return Candidate(start=start, end=end, label=label, norm=norm, rule="ner:ner",
                     origin="ner")


GPE = "GPE"
PLACE_LED_CASES = {
    # name: (candidates, kept (start, end, label) by place_led(), by
    #        place_led(drop_nested=True), by place_led(head_ends={"区"}))
    "a name led by a rule place replaces it": (
        [cand(0, 2, "names.p", GPE), judge(0, 7, "FAC", "梅州综合保税区")],
        [(0, 7, "FAC")], [(0, 7, "FAC")], [(0, 7, "FAC")]),
    "a name starting before the place is not place-led": (
        [cand(1, 3, "names.p", GPE), judge(0, 6, "ORG", "积极梅州打造")],
        [(1, 3, GPE)], [], [(1, 3, GPE)]),
    "two places leading one name": (
        [cand(0, 2, "names.p", GPE), cand(2, 4, "names.p", GPE),
         judge(0, 8, "INITIATIVE", "广东梅州示范区")],
        [(0, 8, "INITIATIVE")], [(0, 8, "INITIATIVE")], [(0, 8, "INITIATIVE")]),
    "a model name on the place's own span is no outer name": (
        [cand(0, 3, "names.p", GPE), judge(0, 3, "ORG", "梅州区")],
        [(0, 3, GPE)], [(0, 3, GPE)], [(0, 3, GPE)]),
    "a name that ends with the place does not run past it": (
        [cand(3, 5, "names.p", GPE), judge(0, 5, "ORG", "中心梅州区")],
        [(3, 5, GPE)], [], [(3, 5, GPE)]),
    "a name over a number is not taken": (
        [cand(0, 2, "names.p", GPE), cand(4, 6, "numeric.c", "COUNT"),
         judge(0, 8, "ORG", "梅州第12区")],
        [(0, 2, GPE), (4, 6, "COUNT")], [(4, 6, "COUNT")], [(0, 2, GPE), (4, 6, "COUNT")]),
    "a name over a rule's name is not taken": (
        [cand(0, 2, "names.p", GPE), cand(3, 6, "names.o"), judge(0, 8, "FAC", "梅州某某管理区")],
        [(0, 2, GPE), (3, 6, "ORG")], [(3, 6, "ORG")], [(0, 2, GPE), (3, 6, "ORG")]),
    "a model place is no outer name": (
        [cand(0, 2, "names.p", GPE), judge(0, 5, GPE, "梅州梅江区")],
        [(0, 2, GPE)], [], [(0, 2, GPE)]),
    "a model name crossing the place": (
        [cand(2, 5, "names.p", GPE), judge(0, 4, "ORG", "某某梅州")],
        [(2, 5, GPE)], [(2, 5, GPE)], [(2, 5, GPE)]),
    "a model name in a gap of the rules is not kept": (
        [cand(0, 3, "names.o"), judge(5, 8, "ORG", "某某区")],
        [(0, 3, "ORG")], [(0, 3, "ORG")], [(0, 3, "ORG")]),
    "a name that ends in no head character": (
        [cand(0, 2, "names.p", GPE), judge(0, 6, "INITIATIVE", "梅州发展")],
        [(0, 6, "INITIATIVE")], [(0, 6, "INITIATIVE")], [(0, 2, GPE)]),
    "the longest of two place-led names": (
        [cand(0, 2, "names.p", GPE), judge(0, 5, "FAC", "梅州保税区"),
         judge(0, 9, "ORG", "梅州保税区管委会")],
        [(0, 9, "ORG")], [(0, 9, "ORG")], [(0, 5, "FAC")]),
}


HEAD_WORDS = {"区": "ORG", "示范区": "INITIATIVE", "保税区": "FAC"}
HEAD_WORD_CASES = {
    # name: (candidates, kept (start, end, label) by place_led(head_labels=HEAD_WORDS))
    "the head word gives the label": (
        [cand(0, 2, "names.p", GPE), judge(0, 7, "ORG", "梅州综合保税区")], [(0, 7, "FAC")]),
    "the longest head word the name ends in": (
        [cand(0, 2, "names.p", GPE), judge(0, 5, "FAC", "梅州示范区")], [(0, 5, "INITIATIVE")]),
    "a name that ends in no head word is not read": (
        [cand(0, 2, "names.p", GPE), judge(0, 6, "INITIATIVE", "梅州发展")], [(0, 2, GPE)]),
}


@pytest.mark.parametrize("name", list(HEAD_WORD_CASES))
def test_place_led_judge_with_head_words(name: str) -> None:
    cands, want = HEAD_WORD_CASES[name]
    kept = place_led(head_labels=HEAD_WORDS)(cands)
    assert [(c.start, c.end, c.label) for c in kept] == want


@pytest.mark.parametrize("name", list(PLACE_LED_CASES))
def test_place_led_judge(name: str) -> None:
    cands, want, want_dropped, want_heads = PLACE_LED_CASES[name]
    for policy, expected in ((place_led(), want), (place_led(drop_nested=True), want_dropped),
                             (place_led(head_ends=frozenset("区")), want_heads)):
        assert [(c.start, c.end, c.label) for c in policy(cands)] == expected


def plain_greedy(ordered: list[Candidate], kept: list[Candidate]) -> None:
    for c in ordered:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)


def by_length(cands: list[Candidate]) -> list[Candidate]:
    return sorted(cands, key=lambda c: (c.start - c.end, -c.priority, c.start, c.rule))


CANDIDATES = st.lists(st.builds(
    lambda start, length, rule, priority: cand(start, start + length, rule, priority=priority),
    st.integers(0, 80), st.integers(1, 10), st.sampled_from(["names.a", "numeric.b", "ner:ner"]),
    st.integers(0, 2)), max_size=40)


@given(CANDIDATES)
def test_longest_first_is_the_plain_greedy(cands: list[Candidate]) -> None:
    kept: list[Candidate] = []
    plain_greedy(by_length(cands), kept)
    assert longest_first(cands) == sorted(kept, key=lambda c: c.start)


@given(CANDIDATES)
def test_rules_first_is_the_plain_greedy_rules_then_model(cands: list[Candidate]) -> None:
    kept: list[Candidate] = []
    plain_greedy(by_length([c for c in cands if not is_statistical(c)]), kept)
    plain_greedy(by_length([c for c in cands if is_statistical(c)]), kept)
    assert rules_first(cands) == sorted(kept, key=lambda c: c.start)


@given(CANDIDATES)
def test_place_led_keeps_the_rules_but_places_under_a_model_name(
        cands: list[Candidate]) -> None:
    """What the judge keeps does not overlap, its rule candidates are rules_first's less
    some places, and each model name it keeps replaces at least one of those places."""
    cands = [c if is_statistical(c) or c.rule != "names.a" else
             Candidate(c.start, c.end, "GPE", rule=c.rule, priority=c.priority) for c in cands]
    kept = place_led()(cands)
    assert all(a.end <= b.start for a, b in zip(kept, kept[1:], strict=False))
    rules = [c for c in rules_first(cands) if not is_statistical(c)]
    dropped = [c for c in rules if c not in kept]
    assert all(c.label == "GPE" for c in dropped)
    assert [c for c in kept if not is_statistical(c)] == [c for c in rules if c in kept]
    for name in (c for c in kept if is_statistical(c)):
        assert any(name.start == c.start and c.end < name.end for c in dropped)
