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
    assert POLICIES == {"longest": longest_first, "rules-first": rules_first,
                        "names-model-first": names_model_first}


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
