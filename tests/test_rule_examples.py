"""Every example and counterexample in rules/*.yaml is a test case with its rule id in the test id."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest
import regex

from policy_extract.numeric import iter_matches, numeric_candidate
from policy_extract.rules import Example, Rule, RuleError, _build_rule, load_rules

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


def _needs_cases() -> list:
    texts = [(r.id, r.pattern, r.needs, [e.text for e in r.examples] + list(r.counterexamples))
             for r in RULES.all_rules if r.needs]
    texts += [(b.id, b.pattern, b.needs, list(b.examples)) for b in RULES.blockers if b.needs]
    texts += [(s.id, s.pattern, s.needs, [e["text"] for e in s.examples]
               + list(s.counterexamples)) for s in RULES.ref_sources if s.needs]
    return [pytest.param(pattern, needs, text, id=f"{rid}:needs:{text}")
            for rid, pattern, needs, ts in texts for text in ts]


@pytest.mark.parametrize(("pattern", "needs", "text"), _needs_cases())
def test_needs_is_held_by_every_match(pattern, needs: tuple[str, ...], text: str) -> None:
    """A rule's `needs` only skips texts where it cannot match: each match holds one."""
    for m in pattern.finditer(text):
        assert any(w in m.group() for w in needs), (m.group(), needs)


def _parsed_needs_cases() -> list:
    rules = [(r.id, r.pattern, r.needs) for r in RULES.all_rules if r.needs]
    rules += [(b.id, b.pattern, b.needs) for b in RULES.blockers if b.needs]
    rules += [(s.id, s.pattern, s.needs) for s in RULES.ref_sources if s.needs]
    return [pytest.param(pattern, needs, id=rid) for rid, pattern, needs in rules]


@pytest.mark.parametrize(("pattern", "needs"), _parsed_needs_cases())
def test_needs_follow_from_the_pattern(pattern, needs: tuple[str, ...]) -> None:
    """Where ``re``'s parse of a pattern names strings one of which every match holds
    (triggers.needed_strings: what it consumes, lookarounds aside), each of them holds a
    word of the rule's `needs`: the words are needed by the pattern itself, not only by
    its examples. A pattern the parse cannot read (a group name used twice, a lookbehind
    that reads a class re lacks) is left to the examples."""
    from policy_extract import triggers
    from policy_extract.rules import stdlib_source

    try:
        derived = triggers.needed_strings(stdlib_source(pattern.pattern),
                                          triggers._jieba_weights())
    except (RuleError, regex.error, __import__("re").error):
        pytest.skip("the parse cannot read this pattern")
    assert derived is not None, "the parse names no string every match holds"
    for s in derived:
        assert any(w in s for w in needs), (s, needs)


def _example_texts() -> list[str]:
    """Every numeric and date rule's example texts and counterexamples."""
    return [t for r in RULES.all_rules for t in [e.text for e in r.examples]
            + list(r.counterexamples)]


def _needs_pattern_cases() -> list:
    texts = _example_texts()
    return [pytest.param(r, texts, id=r.id) for r in RULES.all_rules if r.needs_pattern]


@pytest.mark.parametrize(("rule", "texts"), _needs_pattern_cases())
def test_needs_pattern_is_held_by_every_text_matched(rule: Rule, texts: list[str]) -> None:
    """A rule's `needs_pattern` only skips texts where it cannot match: every numeric and
    date example (and a few lists) the rule matches in holds a match of it."""
    assert rule.needs_pattern is not None
    texts = [*texts, "3、5和7个月，12和30万元、2个县（区）", "居全省第3、5位、全国第二、三名",
             "分别增长1.5万、2.5亿、3亿元和4千个"]
    for text in texts:
        if rule.pattern.search(text) is not None:
            assert rule.needs_pattern.search(text) is not None, text
    assert list(iter_matches(rule.pattern, texts[0], needs_pattern=regex.compile("^$"))) == []


def _guard_cases() -> list:
    texts = _example_texts()
    return [pytest.param(r, texts, id=r.id) for r in RULES.all_rules if r.guard]


def _bare(rule: Rule) -> regex.Pattern[str]:
    lead = f"(?={rule.guard})"
    assert rule.pattern.pattern.startswith(lead)
    return regex.compile(rule.pattern.pattern[len(lead):], rule.pattern.flags)


@pytest.mark.parametrize(("rule", "texts"), _guard_cases())
def test_guard_keeps_every_match(rule: Rule, texts: list[str]) -> None:
    """A rule's `guard` (speed only) turns away no match of its pattern: the guarded and
    the bare pattern give the same matches and groups on every example text."""
    bare = _bare(rule)
    texts = [*texts, "风力6～8级、阵风9级，3、5和7个月，12和30万元、2个县（区）", "人数达12万",
             "居全省第3至5位、全国第二，前10强"]
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in bare.finditer(text)], text


#: long runs of digits and numerals (a guard that reads a run from each position inside it
#: is quadratic where its pattern's lookbehinds turn those positions away at once)
_RUNS = ["1" * 3000 + "个", "一" * 300 + "个", "三" * 300 + "市", "1" * 3000 + "级",
         "第" + "1" * 3000 + "名", "前" + "一" * 300, "1," * 1500 + "元", "1." * 1500 + "天",
         "人数" + "1" * 3000]


@pytest.mark.parametrize(("rule", "texts"), _guard_cases())
def test_guard_is_linear_in_runs(rule: Rule, texts: list[str]) -> None:
    """A guarded rule takes no longer than its bare pattern on long runs of numerals (the
    least of three tries; a bound of five times and 20 ms for a loaded machine)."""
    bare = _bare(rule)
    for text in _RUNS:
        times = []
        for pattern in (bare, rule.pattern):
            best = float("inf")
            for _ in range(3):
                t0 = time.process_time()
                list(pattern.finditer(text))
                best = min(best, time.process_time() - t0)
            times.append(best)
        assert times[1] <= 5 * times[0] + 0.02, (text[:4], times)


# rules whose pattern ends in a unit list of units.tsv: (rule, the list's label)
_UNIT_LIST_NEEDS = [("money.amount", "MONEY")]


@pytest.mark.parametrize(("rule_id", "label"), _UNIT_LIST_NEEDS)
def test_needs_cover_every_unit_of_the_list(rule_id: str, label: str) -> None:
    """A rule that needs its unit holds, in `needs`, a word of each unit of units.tsv
    its pattern reads (a unit added there without its word would be skipped)."""
    (rule,) = [r for r in RULES.all_rules if r.id == rule_id]
    assert rule.needs
    for surface in RULES.units[label]:
        assert any(w in surface for w in rule.needs), surface


@pytest.mark.parametrize(("needs", "error"), [
    pytest.param("万方", "a list", id="not-a-list"),
    pytest.param(["万方", ""], "a list of non-empty strings", id="empty-string"),
    pytest.param(["亿吨"], "holds none of needs", id="example-without-it"),
])
def test_needs_errors(tmp_path, needs: object, error: str) -> None:
    entry = {"id": "quantity.t", "label": "QUANTITY", "pattern": "(?P<num>\\d+)万方",
             "examples": [{"text": "10万方", "span": "10万方"}], "needs": needs}
    with pytest.raises(RuleError, match=error):
        _build_rule(tmp_path / "numeric.yaml", 1, entry, {})


@pytest.mark.parametrize(("cases", "error"), [
    pytest.param([{"text": "10万方", "span": "10万方"}], "a plain text", id="example-form"),
    pytest.param(["10亿方", ""], "a plain text", id="empty-string"),
    pytest.param("10亿方", "a list of plain texts", id="not-a-list"),
])
def test_counterexample_errors(tmp_path, cases: object, error: str) -> None:
    """A counterexample written as an example's mapping would be read as its string, a text
    the rule never matches: a case that cannot fail, so the loader refuses it."""
    entry = {"id": "quantity.t", "label": "QUANTITY", "pattern": "(?P<num>\\d+)万方",
             "examples": [{"text": "10万方", "span": "10万方"}], "counterexamples": cases}
    with pytest.raises(RuleError, match=error):
        _build_rule(tmp_path / "numeric.yaml", 1, entry, {})


def test_counterexamples_read_as_texts(tmp_path) -> None:
    entry = {"id": "quantity.t", "label": "QUANTITY", "pattern": "(?P<num>\\d+)万方",
             "examples": [{"text": "10万方", "span": "10万方"}], "counterexamples": ["10亿方"]}
    assert _build_rule(tmp_path / "numeric.yaml", 1, entry, {}).counterexamples == ("10亿方",)


@pytest.mark.parametrize(("needs_pattern", "error"), [
    pytest.param("(", "needs_pattern does not compile", id="no-compile"),
    pytest.param("亿方", "holds no match of needs_pattern", id="example-without-it"),
])
def test_needs_pattern_errors(tmp_path, needs_pattern: str, error: str) -> None:
    entry = {"id": "quantity.t", "label": "QUANTITY", "pattern": "(?P<num>\\d+)万方",
             "examples": [{"text": "10万方", "span": "10万方"}], "needs_pattern": needs_pattern}
    with pytest.raises(RuleError, match=error):
        _build_rule(tmp_path / "numeric.yaml", 1, entry, {})


def test_a_text_without_needs_is_not_searched() -> None:
    pattern = regex.compile(r"\d+万方")
    assert [m.group() for m in iter_matches(pattern, "10万方", needs=("万方",))] == ["10万方"]
    assert list(iter_matches(pattern, "10万方", needs=("亿方",))) == []  # needs is trusted


@pytest.mark.parametrize(("scale", "error"), [
    pytest.param("a", "scale must be a positive number", id="not-a-number"),
    pytest.param(0, "scale must be a positive number", id="zero"),
    pytest.param(-1, "scale must be a positive number", id="negative"),
])
def test_scale_errors(tmp_path, scale: object, error: str) -> None:
    entry = {"id": "percent.t", "label": "PERCENT", "pattern": "万分之(?P<num>\\d+)",
             "scale": scale}
    with pytest.raises(RuleError, match=error):
        _build_rule(tmp_path / "numeric.yaml", 1, entry, {})


def test_scale_multiplies_the_number_read() -> None:
    (rule,) = [r for r in RULES.numeric if r.id == "percent.per_ten_thousand"]
    assert rule.scale == "0.01"
    text = "按日加收万分之五的滞纳金"
    (m,) = list(iter_matches(rule.pattern, text))
    cand = numeric_candidate(rule, m, text, RULES)
    assert cand is not None and cand.value == Decimal("0.05")


#: texts where a numeral's digits could be given back: a year, a long run before a unit or a
#: percent, thousands and fractions before a rank's end, ranges, a run cut by a letter
_DIGIT_RUNS = ("2019年新增企业12345家，增长12.5%，达到1,234,567元；", "居全国第1,000名，前10%，第3.5名",
               "前100强、前3.强，3-5年，12至15万吨，2019.5亿元，5G基站1200个，PM2.5浓度35微克/立方米",
               "投资50亿元或5亿美元以上，0.5个百分点，1.5万亿元、1.4万亿元，排名升至第12位")


@pytest.mark.parametrize("rule", [r for r in RULES.numeric if r"\d++" in r.pattern.pattern],
                         ids=lambda r: r.id)
@pytest.mark.parametrize("text", _DIGIT_RUNS)
def test_possessive_digit_runs_keep_every_match(rule: Rule, text: str) -> None:
    """fragments.yaml's ADIG gives no digit back (``\\d++``): each rule finds what the same
    rule with greedy runs finds, spans and groups."""
    greedy = regex.compile(rule.pattern.pattern.replace(r"\d++", r"\d+"), rule.pattern.flags)
    assert ([(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
            == [(m.span(), m.groupdict()) for m in greedy.finditer(text)])
