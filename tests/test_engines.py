"""Name rules compiled with Python's ``re`` (``engine: re``, rules.stdlib_pattern) match as
the same patterns compiled with ``regex``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import regex

from policy_extract.names import NameRule, _build, load_name_rules
from policy_extract.rules import RuleError, stdlib_pattern

from .conftest import REPO

#: every code point, the surrogates too (a Python string may hold a lone one)
EVERY = "".join(map(chr, range(0x110000)))


@pytest.mark.parametrize("source", [
    r"\p{Han}", r"\P{Han}", r"\d", r"[^\P{Han}的和与及或等、]", r"[\p{Han}A-Za-z0-9]",
    r"[^\p{Han}\d]", r"[\P{Han}的]", r"[]\p{Han}]", r"[^]\d]", r"[-\d.]",
    # version 0 has no nested sets or set operations: literal characters, then a ]
    r"[\p{Han}&&[^作]]", r"[a||b~~c[d]", r"[\u4e00-\u4e09\x41]\U00004e2d",
])
def test_written_out_classes_hold_what_regex_matches(source: str) -> None:
    text = EVERY + "".join(ch + "]" for ch in "作中&[^a]b|~c")
    assert stdlib_pattern(source).findall(text) == regex.findall(source, text)


@pytest.mark.parametrize("source", [
    r"\w+", r"\s", r"\bA", r"\p{L}", r"\D", r"[a--b]",
    r"(?<name>x)", r"(?<=a|bc)x", r"\x{4e00}",
])
def test_what_re_would_read_otherwise_is_refused(source: str) -> None:
    with pytest.raises(RuleError):
        stdlib_pattern(source)


@pytest.mark.parametrize(("entry", "says"), [
    ({"id": "t.overlap", "label": "FAC", "check": "road_list", "engine": "re",
      "pattern": "x"}, "overlapping"),
    ({"id": "t.engine", "label": "ORG", "engine": "pcre", "pattern": "x"}, "engine"),
    ({"id": "t.escape", "label": "ORG", "engine": "re", "pattern": r"\w+局"}, "engine re"),
    # version 0 reads no set operation: the lookahead would refuse only 作 and a ]
    ({"id": "t.intersection", "label": "ORG", "pattern": r"局(?![\p{Han}&&[^作]])"},
     "set operation"),
    ({"id": "t.intersection", "label": "ORG", "engine": "re",
      "pattern": r"[^\P{Han}的]{2}局(?![\p{Han}&&[^作]])"}, "set operation"),
])
def test_engine_errors_name_the_rule(entry: dict, says: str) -> None:
    with pytest.raises(RuleError, match=says):
        _build(Path("names.yaml"), 1, entry, {})


@pytest.fixture(scope="module")
def both_engines(tmp_path_factory: pytest.TempPathFactory
                 ) -> list[tuple[NameRule, NameRule]]:
    """Each ``engine: re`` rule of rules/names.yaml with the same rule compiled by
    ``regex`` (the rules folder copied without its ``engine: re`` lines)."""
    folder = tmp_path_factory.mktemp("rules") / "rules"
    shutil.copytree(REPO / "rules", folder)
    names = folder / "names.yaml"
    lines = names.read_text(encoding="utf-8").splitlines(keepends=True)
    names.write_text("".join(ln for ln in lines if ln.strip() != "engine: re"),
                     encoding="utf-8")
    as_regex = {r.id: r for r in load_name_rules(folder).rules}
    pairs = [(r, as_regex[r.id]) for r in load_name_rules(REPO / "rules").rules
             if not isinstance(r.pattern, regex.Pattern) and r.pattern is not None]
    assert pairs, "no rule of rules/names.yaml says engine: re"
    return pairs


def _texts(rule: NameRule) -> list[str]:
    """The rule's examples and counterexamples, the seed articles and the train texts."""
    texts = [e["text"] for e in rule.examples] + list(rule.counterexamples)
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8")
              for p in sorted((REPO / "gold" / "dev" / "texts").glob("dev-d*.txt"))]
    return texts


def test_engine_re_rules_match_as_regex(both_engines: list[tuple[NameRule, NameRule]]
                                        ) -> None:
    """The same matches of the pattern and of ``near`` (spans and groups) over the whole
    text and in a window, and the same match at given positions, as the engine steps ask
    (names._matches, _after_place, _before_heads)."""
    found = 0
    for fast, slow in both_engines:
        pairs = [(fast.pattern, slow.pattern), (fast.near, slow.near)]
        for mine, theirs in [(a, b) for a, b in pairs if a is not None and b is not None]:
            for text in _texts(fast):
                got = [(m.span(), m.groupdict()) for m in mine.finditer(text)]
                assert got == [(m.span(), m.groupdict()) for m in theirs.finditer(text)], \
                    fast.id
                lo, hi = len(text) // 3, 2 * len(text) // 3
                assert [m.span() for m in mine.finditer(text, lo, hi)] == \
                    [m.span() for m in theirs.finditer(text, lo, hi)], fast.id
                for pos in range(0, len(text), 7):
                    a, b = mine.match(text, pos), theirs.match(text, pos)
                    assert (a and a.span()) == (b and b.span()), (fast.id, pos)
                found += len(got)
    assert found > 100
