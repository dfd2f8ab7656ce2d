"""Every example and counterexample in rules/*.yaml is a test case with its rule id in the test id."""

from __future__ import annotations

from decimal import Decimal

import pytest

from policy_extract.rules import Example, Rule, load_rules

RULES = load_rules()
REF = "2020-07"


def _example_cases() -> list:
    return [pytest.param(rule, ex, id=f"{rule.id}:{ex.text}")
            for rule in RULES.all_rules for ex in rule.examples]


def _counter_cases() -> list:
    return [pytest.param(rule, text, id=f"{rule.id}:not:{text}")
            for rule in RULES.all_rules for text in rule.counterexamples]


def _same(expected: object, got: object) -> bool:
    if isinstance(got, Decimal):
        return Decimal(str(expected)) == got
    return expected == got


@pytest.mark.parametrize(("rule", "example"), _example_cases())
def test_rule_example(pipeline, rule: Rule, example: Example) -> None:
    mentions = pipeline.extract(example.text, ref_date=REF).mentions
    found = [m for m in mentions if m.text == example.span and m.label == rule.label]
    assert found, f"no {rule.label} {example.span!r} in {[(m.label, m.text) for m in mentions]}"
    m = found[0]
    assert m.rule == rule.id
    for key, expected in example.fields.items():
        assert _same(expected, getattr(m, key)), f"{key}: expected {expected!r}, got {getattr(m, key)!r}"


@pytest.mark.parametrize(("rule", "text"), _counter_cases())
def test_rule_counterexample(pipeline, rule: Rule, text: str) -> None:
    mentions = pipeline.extract(text, ref_date=REF).mentions
    assert not [m for m in mentions if m.rule == rule.id], [(m.label, m.text) for m in mentions]


def test_blocker_examples_are_blocked() -> None:
    for blocker in RULES.blockers:
        for text in blocker.examples:
            assert blocker.pattern.search(text), f"{blocker.id} does not match {text!r}"
