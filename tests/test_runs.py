"""A rule led by a numeral, tried only in the runs of its characters around its anchors
(runs.py), matches as a scan of the whole text: the rules' own texts, made-up cases of
what a run's ends could change, and the patterns that keep the whole scan."""

from __future__ import annotations

import json
import pickle
import random
import re
from pathlib import Path
from unittest import mock

import pytest
import regex

from policy_extract import numeric, runs
from policy_extract.numeric import collect_warnings, iter_matches
from policy_extract.rules import load_rules
from policy_extract.runs import first_char_guard, run_matches, run_plan

from .conftest import REPO


def _train_texts() -> list[str]:
    """The seed articles and the texts of the train documents (gold/dev/train)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    for path in sorted((REPO / "gold" / "dev" / "train").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8")
                  .splitlines() if line.strip()]
    return texts


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def test_rules_with_a_plan_match_as_a_whole_scan() -> None:
    """Every numeric, date and blocker rule with a run plan: its examples, its
    counterexamples, the seeds and the train texts give the same matches (spans and
    groups) as the whole scan."""
    rules = load_rules()
    texts = _train_texts()
    planned = [r for r in (*rules.numeric, *rules.dates, *rules.blockers)
               if run_plan(r.pattern) is not None]
    assert len(planned) >= 10, [r.id for r in planned]
    found = 0
    for rule in planned:
        plan = run_plan(rule.pattern)
        assert plan is not None
        own = [e.text for e in getattr(rule, "examples", ()) if hasattr(e, "text")]
        own += [t for t in getattr(rule, "counterexamples", ()) if isinstance(t, str)]
        for text in own + texts:
            whole = _found(rule.pattern.finditer(text))
            assert _found(run_matches(plan, rule.pattern, text, 5.0)) == whole, rule.id
            found += len(whole)
    assert found >= 1000


@pytest.mark.parametrize(("rule_id", "anchors", "not_anchors"), [
    ("money.amount", "元币镑圆", "人0一"),  # 人民币: the later of equally small sets
    ("percent.sign", "%‰", "5五"),
    ("money.per_unit", "/", "元"),
    ("rank.strong", "强", "1"),
])
def test_plans_of_rules(rule_id: str, anchors: str, not_anchors: str) -> None:
    rule = next(r for r in load_rules().numeric if r.id == rule_id)
    plan = run_plan(rule.pattern)
    assert plan is not None
    assert all(plan.anchors.search(f"1{a}2") for a in anchors)
    assert not any(plan.anchors.search(f"1{a}2") for a in not_anchors)


@pytest.mark.parametrize(("pattern", "text"), [
    # a lookahead reads past the run's end (整 is no character of the pattern's)
    (r"\d+元(?!整)", "投资5元整，8元"),
    # a lookbehind reads before the run's start
    (r"(?<!约)\d+元", "约5元，8元"),
    # $ at the run's end: the text goes on after its line break
    (r"\d+元(?:$|(?=前))", "5元\n8元"),
    # the scan past a run's end would find the next run's match a second time
    (r"(?:\d+)?元(?!x)", "1元 元，元"),
    # one run holds several anchors and matches
    (r"\d+(?:元|币)", "5元6币7元，8币"),
    # a run too short to hold a match, then one that holds one
    (r"\d+万元", "元，3万元"),
])
def test_runs_match_as_the_whole_text(pattern: str, text: str) -> None:
    compiled = regex.compile(pattern, regex.V0)
    plan = run_plan(compiled)
    assert plan is not None
    for padding in ("", "前" * 40):  # runs at the text's start and inside it
        padded = padding + text + padding
        whole = _found(compiled.finditer(padded))
        assert whole, "a case that matches nothing tests nothing"
        assert _found(run_matches(plan, compiled, padded, 5.0)) == whole


@pytest.mark.parametrize("pattern", [
    r"[^，]+元",  # a negated set: no finite alphabet
    r".+元",
    r"(\d+)元\1",  # a back-reference
    r"\d+元(?=\d*整)",  # a lookahead without a bound
    r"(?i)\d+yuan",  # case-blind
    r"20\d\d年",  # led by a bounded item: the engine's own search is faster
    r"\d+\d",  # no anchor but digits
    r"\d+[个人件份位例册分列发只台名场块处头套宗家对尾]",  # more anchors than MAX_ANCHORS
    r"(?:\d+)?",  # can match no character
])
def test_patterns_that_keep_the_whole_scan(pattern: str) -> None:
    assert run_plan(regex.compile(pattern, regex.V0)) is None


def test_a_version_1_pattern_keeps_the_whole_scan() -> None:
    """stdlib_source reads a pattern as version 0 does ([[a]] is no nested set there)."""
    assert run_plan(regex.compile(r"\d+元", regex.V0)) is not None
    assert run_plan(regex.compile(r"\d+元", regex.V1)) is None


def test_a_rule_timed_out_in_its_runs_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 9: the time bound holds for a rule's runs together, and the loss is recorded."""
    monkeypatch.setattr(numeric, "MATCH_TIMEOUT", 1e-9)
    pattern = regex.compile(r"\d+元", regex.V0)
    assert run_plan(pattern) is not None
    with collect_warnings() as warnings:
        found = list(iter_matches(pattern, "5元，" * 2000, "t.runs"))
    assert len(found) < 2000
    assert warnings and warnings[0].startswith("t.runs: timed out")


def _guarded_cases() -> list[tuple[str, re.Pattern[str]]]:
    from policy_extract.facts import _HARD_BREAK, load_fact_vocab
    from policy_extract.textview import _WIDE_THOUSANDS

    return [
        ("facts._HARD_BREAK", _HARD_BREAK),
        ("textview._WIDE_THOUSANDS", _WIDE_THOUSANDS),
        ("facts: task_opener", load_fact_vocab().task_opener),
        ("facts: plan_mood", load_fact_vocab().plan_mood),
        ("facts: review_mood", load_fact_vocab().review_mood),
        # made up: a lookbehind first, ^ and a negated set, (?!) as a way, a line start
        # led by optional spaces, \A, an optional item before the first character
        ("lookbehind and ^", re.compile(r"(?<!x)ab|^[^a\n]c", re.M)),
        ("(?!) as a way", re.compile(r"(?:(?!)|x)y|\n")),
        ("spaces then any", re.compile(r"^[ \t]*\d+、|。\n", re.M)),
        ("\\A", re.compile(r"\Aa|b")),
        ("optional first", re.compile(r"a?(?:b|c)+d|(?<=e)f")),
    ]


@pytest.mark.parametrize(("what", "pattern"), _guarded_cases(), ids=lambda x: str(x)[:20])
def test_first_char_guard_keeps_the_matches(what: str, pattern: re.Pattern[str]) -> None:
    """A pattern led by the look-ahead at its first characters (runs.first_char_guard)
    finds what it found: on the seeds and train texts and on 20,000 random strings of
    the characters its source writes, line breaks and spaces."""
    guarded = first_char_guard(pattern)
    assert guarded is not pattern and guarded.pattern.startswith("(?="), what
    texts = _train_texts()
    rnd = random.Random(7)
    alphabet = sorted(set(pattern.pattern) | set("\n \t\u3000、。，一2表３５"))
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
              for _ in range(20_000)]
    for text in texts:
        assert [m.span() for m in guarded.finditer(text)] == \
            [m.span() for m in pattern.finditer(text)], (what, text[:80])


@pytest.mark.parametrize("source", [
    r"[^a]b",  # a negated set first: no finite set of first characters
    r"a*",  # a match may be empty
    r"(?i)ab",  # case-blind
    r"\d+年",  # a category first
    r"(a)\1|.b",  # any character first
])
def test_first_char_guard_leaves_what_it_cannot_bound(source: str) -> None:
    pattern = re.compile(source)
    assert first_char_guard(pattern) is pattern


def test_plans_read_from_the_cache_file_are_the_made_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """read_plans writes the plans of the rules' patterns to the cache folder and reads
    them back without making one: the same anchors, runs, bounds and matches; a file that
    cannot be read is made anew."""
    rules = load_rules()
    patterns = [r.pattern for r in (*rules.numeric, *rules.dates, *rules.blockers)]
    monkeypatch.setattr(runs, "_PLANS", {})
    made = {p.pattern: run_plan(p) for p in patterns}
    monkeypatch.setattr(runs, "_PLANS", {})
    runs.read_plans(patterns, tmp_path)  # makes them and writes the file
    (path,) = tmp_path.glob("plans-*.pickle")
    monkeypatch.setattr(runs, "_PLANS", {})
    with mock.patch.object(runs, "_make_plan", side_effect=AssertionError):
        runs.read_plans(patterns, tmp_path)
        read = {p.pattern: run_plan(p) for p in patterns}
    texts = _train_texts()[:8]
    assert sum(p is not None for p in read.values()) >= 10
    for pattern in patterns:
        a, b = made[pattern.pattern], read[pattern.pattern]
        assert (a is None) == (b is None)
        if a is None or b is None:
            continue
        assert (a.anchors, a.also, a.shortest, a.ahead) == (b.anchors, b.also, b.shortest, b.ahead)
        for x, y in ((a.run_before, b.run_before), (a.run_after, b.run_after)):
            assert (x.pattern, x.flags) == (y.pattern, y.flags)
        for text in texts:
            assert _found(run_matches(b, pattern, text, 5.0)) == \
                _found(run_matches(a, pattern, text, 5.0))
    path.write_bytes(b"not a pickle")
    monkeypatch.setattr(runs, "_PLANS", {})
    runs.read_plans(patterns, tmp_path)
    assert {p.pattern: run_plan(p) for p in patterns}.keys() == made.keys()
    assert pickle.loads(path.read_bytes()).keys() == {(p.pattern, p.flags) for p in patterns}
