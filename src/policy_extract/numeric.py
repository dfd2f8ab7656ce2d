"""Rule pass for MONEY, COUNT, PERCENT, QUANTITY, DURATION and RANK.

Each rule of ``rules/numeric.yaml`` is matched on the clean view; its named
groups become a value (numeral × magnitude, exact Decimal), a unit (from
``rules/units.tsv``) and a qualifier (inner 多/余/几, else the words around
the span listed in ``rules/qualifiers.yaml``).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import regex

from .model import Candidate
from .numbers import NumeralError, magnitude, parse_numeral
from .rules import Rule, RuleSet

#: Seconds one rule may spend on one text before it is abandoned (adversarial input).
MATCH_TIMEOUT = 5.0
_NO_MAGNITUDE = frozenset({"PERCENT", "DURATION", "RANK"})


def find_numeric(clean: str, rules: RuleSet) -> list[Candidate]:
    out: list[Candidate] = []
    for rule in rules.numeric:
        for m in iter_matches(rule.pattern, clean):
            cand = numeric_candidate(rule, m, clean, rules)
            if cand is not None:
                out.append(cand)
    return out


def iter_matches(pattern: regex.Pattern[str], text: str) -> Iterator[regex.Match[str]]:
    """``finditer`` with a time bound: a pathological input loses one rule, never hangs."""
    try:
        yield from pattern.finditer(text, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        return


def numeric_candidate(rule: Rule, m: regex.Match[str], clean: str,
                      rules: RuleSet) -> Candidate | None:
    span = m.group(0)
    if not span or span.replace(" ", "") in rule.reject:
        return None
    groups = m.groupdict()
    try:
        value, value_max = _values(rule, groups)
    except NumeralError:
        return None
    return Candidate(
        start=m.start(), end=m.end(), label=rule.label,
        value=value, value_max=value_max,
        unit=_unit(rule, groups, rules),
        qualifier=rule.qualifier or _qualifier(rule, groups, clean, m.start(), m.end(), rules),
        rule=rule.id, priority=rule.priority, word_check=rule.word_check,
    )


def _values(rule: Rule, groups: dict[str, str | None]) -> tuple[Decimal, Decimal | None]:
    if rule.value is not None:
        return Decimal(rule.value), None
    mag = Decimal(1) if rule.label in _NO_MAGNITUDE else magnitude(groups.get("mag"))
    mag1 = magnitude(groups["mag1"]) if groups.get("mag1") else mag  # 1万至5万元
    num_text = groups.get("num")
    value = (parse_numeral(num_text) if num_text else Decimal(1)) * mag1
    if groups.get("sign"):
        value = -value
    num2 = groups.get("num2")
    value_max = parse_numeral(num2) * mag if num2 else None
    if value_max is not None and value_max <= value:
        raise NumeralError("range end not above its start")
    return value, value_max


def _unit(rule: Rule, groups: dict[str, str | None], rules: RuleSet) -> str | None:
    if rule.unit is not None:
        return rule.unit
    surface = groups.get("unit")
    if not surface:
        return None
    return rules.units.get(rule.label, {}).get(surface, surface)


def _qualifier(rule: Rule, groups: dict[str, str | None], clean: str, start: int, end: int,
               rules: RuleSet) -> str | None:
    if rule.label == "RANK":
        return "exact"
    table = rules.qualifiers["numeric"]
    after = word_after(clean, end, table.get("after", {}))
    if after:
        return after
    before = word_before(clean, start, table.get("before", {}))
    if before:
        return before
    for key in ("inner", "inner2"):
        inner = groups.get(key)
        if inner:
            return table.get("inner", {}).get(inner, "over")
    return "exact"


def word_before(clean: str, start: int, words: dict[str, str]) -> str | None:
    """The qualifier of the longest listed word ending right at ``start``."""
    for size in _sizes(words):
        found = words.get(clean[max(0, start - size):start])
        if found:
            return found
    return None


def word_after(clean: str, end: int, words: dict[str, str]) -> str | None:
    """The qualifier of the longest listed word starting right at ``end``."""
    for size in _sizes(words):
        found = words.get(clean[end:end + size])
        if found:
            return found
    return None


def _sizes(words: dict[str, str]) -> list[int]:
    return sorted({len(w) for w in words}, reverse=True)
