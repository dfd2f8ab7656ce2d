"""Name rules compiled with Python's ``re`` (``engine: re``, rules.stdlib_pattern) match as
the same patterns compiled with ``regex``; rules with ``needs``, scanned only around the
strings they need (names._needed_matches, rules.pattern_reach), match as a whole scan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import regex

from policy_extract import rules
from policy_extract.names import (
    NameRule,
    _build,
    _needed_matches,
    _starts_pattern,
    _windows,
    load_name_rules,
)
from policy_extract.rules import (
    _WRITTEN_OUT,
    Reach,
    RuleError,
    _code_point_ranges,
    _computed_ranges,
    pattern_reach,
    stdlib_pattern,
    stdlib_source,
)
from policy_extract.triggers import behind_stops, behind_window, lead_pattern

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


@pytest.mark.parametrize(("source", "written"), [
    # runs of plain characters are copied as they are, in a set and out of one
    ("北京|天津|上海市", "北京|天津|上海市"), ("a]b", "a]b"), ("[a-z中]", "[a-z中]"),
    ("[&|~]x&|~", "[\\&\\|\\~]x&|~"), ("[[a]]", "[\\[a]]"), ("[]a]", "[\\]a]"),
    ("[^]a]", "[^\\]a]"), ("[-a-]", "[-a-]"), ("省(?:级|市)\\.", "省(?:级|市)\\."),
    ("[\\d-]", "[\\U00000030-\\U00000039\\U00000660-\\U00000669"),  # written out (cut)
])
def test_stdlib_source(source: str, written: str) -> None:
    assert stdlib_source(source).startswith(written)
    if not written.endswith("669"):
        assert stdlib_source(source) == written


def test_code_point_ranges_read_back_are_those_computed(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The written-out classes are kept in the cache folder: read back, the same ranges."""
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path))
    for escape in _WRITTEN_OUT:
        computed = _computed_ranges(escape)
        _code_point_ranges.cache_clear()
        assert _code_point_ranges(escape) == computed  # computed, kept
        _code_point_ranges.cache_clear()
        with monkeypatch.context() as m:
            m.setattr(rules, "_computed_ranges", lambda e: pytest.fail("computed again"))
            assert _code_point_ranges(escape) == computed
    _code_point_ranges.cache_clear()


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
    # S49g: the other steps that read overlapping matches (_two_ends, _voltage_after_name)
    ({"id": "t.overlap", "label": "FAC", "check": "two_ends", "engine": "re",
      "pattern": "x"}, "overlapping"),
    ({"id": "t.overlap", "label": "FAC", "check": "voltage_after_name", "engine": "re",
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
    """The rule's examples and counterexamples, the seed articles and the train texts (those
    with train gold: an excerpt being labelled is read by no test)."""
    texts = [e["text"] for e in rule.examples] + list(rule.counterexamples)
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    return texts + train_texts()


def train_texts() -> list[str]:
    """The texts of the train documents (gold/dev/train/*.jsonl)."""
    texts = REPO / "gold" / "dev" / "texts"
    return [(texts / f"{p.stem}.txt").read_text(encoding="utf-8")
            for p in sorted((REPO / "gold" / "dev" / "train").glob("*.jsonl"))]


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


@pytest.mark.parametrize(("source", "reach"), [
    ("abc", (3, 3, 3)),
    (r"\p{Han}{1,3}[济入]", (2, 4, 4)),
    ("a{1,3}(?=xy)", (1, 3, 5)),  # the lookahead reads two characters past the match
    ("(?<=建成|的)x(?!y)", (1, 1, 2)),  # the lookbehind reads before the start only
    ("a|bcd$", (1, 3, 4)),  # $ tests the character after the match
    ("(?:ab){0,3}?c(?=d{2})", (1, 7, 9)),
    ("(?:(?!应当|建立)[^的]){2,4}?工程", (4, 6, 6)),  # a lookahead inside a repeat
])
def test_pattern_reach(source: str, reach: tuple[int, int, int]) -> None:
    assert pattern_reach(source) == Reach(*reach)


@pytest.mark.parametrize("source", ["a+", "入.*", r"(a)\1", "(?<=a$)c", "(?<=a(?=b))c",
                                    r"\Gb", r"\s入"])
def test_pattern_reach_refuses_what_has_no_bound(source: str) -> None:
    with pytest.raises(RuleError):
        pattern_reach(source)


@pytest.mark.parametrize(("pattern", "needs", "text"), [
    # a lookbehind reads the text before the window
    (r"(?<=建成)\p{Han}{1,2}入\p{Han}{1,2}", ["入"], "已建成陇电入鲁，开工甘电入浙和皖电入沪"),
    # a lookahead that $ ends would match at a window's end cut inside the text (入规划的|)
    (r"入\p{Han}{0,3}(?=$|，)", ["入"], "引江入湖工程，再入海，纳入规划的项目入"),
    # a match runs into the next needed string's window: the scan goes on from its end
    # (入abcdef, then gh济, not defgh济)
    (r"[a-z]{0,6}?济|入[a-z]{0,6}", ["济", "入"], "入abcdefgh济，入ab"),
    (r"[^，]{0,6}?(?:济|入)[^，]{0,6}", ["济", "入"], "引汉济渭引江入淮，入海水道济南段"),
    # a needed string written over itself (水水 twice in 水水水)
    (r"\p{Han}{0,2}水水\p{Han}{0,2}", ["水水"], "引水水水库，水水"),
    (r"引\p{Han}{1,2}济\p{Han}{1,2}(?=[一二三]期|[^\p{Han}]|$)", ["济"], "引大济岷、引汉济渭二期、引白济洮"),
])
def test_needed_windows_match_as_the_whole_text(pattern: str, needs: list[str],
                                                 text: str) -> None:
    compiled = regex.compile(pattern, regex.V0)
    whole = [m.span() for m in compiled.finditer(text)]
    assert whole, "a case that matches nothing tests nothing"
    reach = pattern_reach(pattern)
    for padding in ("", "前" * 40):  # windows at the text's start and inside it
        padded = padding + text + padding
        got = [m.span() for m in _needed_matches(compiled, padded, tuple(needs), reach,
                                                 behind_window(pattern))]
        assert got == [m.span() for m in compiled.finditer(padded)]


@pytest.mark.parametrize("text", [
    "责任单位：发改局、商务局、财政局。另有市场监管局负责，配合部门：金融办、投促中心",
    "发改局、商务局按职责分工负责。",                  # no 单位：: no scan at all
    "前文。（牵头单位：科技局；配合单位：经信局、住建局）\n局、办",
])
def test_needed_windows_behind_a_needed_lookbehind(text: str) -> None:
    """names._needed_matches with an opening lookbehind that holds strings of its own
    (triggers.behind_window, names._behind_starts, names._within): the matches of a scan
    of the whole text, the text padded or not."""
    source = (r"(?<=[：:、，,；;（(])(?<=(?:责任|牵头|配合)(?:单位|部门)[：:][^。\n]{0,40}?)"
              r"(?P<name>[^\P{Han}、，；（）。]{1,6}?(?:局|办|中心))(?=[、，；）。\n]|$)")
    behind = behind_window(source)
    assert behind is not None
    compiled = regex.compile(source, regex.V0)
    reach = pattern_reach(source)
    for padding in ("", "前" * 60):
        padded = padding + text + padding
        got = [m.span() for m in _needed_matches(compiled, padded, ("局", "办", "中心"), reach,
                                                 behind)]
        assert got == [m.span() for m in compiled.finditer(padded)]
        # the runs cut at what the lookbehind's text never holds (triggers.behind_stops),
        # tried after the list marks only (its lead, names._LEAD_SCANNED)
        stops, lead = behind_stops(source), lead_pattern(source)
        assert stops is not None and lead is not None
        got = [m.span() for m in _needed_matches(compiled, padded, ("局", "办", "中心"), reach,
                                                 behind, stops=stops, lead=lead)]
        assert got == [m.span() for m in compiled.finditer(padded)]


@pytest.mark.parametrize(("source", "stops"), [
    # 。 and a line's end: never in the text of the lookbehind every match is behind
    (r"(?<=[，、])(?<=(?:责任|牵头)单位[：:][^。\n]{0,9}?)\p{Han}局", "。\n"),
    # a set of few characters: all others stop it (a letter, here)
    (r"(?<=单位[：:][甲乙、]{0,9})\p{Han}局", None),
    (r"(?<=单位[：:].{0,9})\p{Han}局", ""),  # any character: none known
])
def test_behind_stops(source: str, stops: str | None) -> None:
    found = behind_stops(source)
    if stops == "":
        assert found is None
    elif stops is None:  # a negated set of the characters the text may hold
        assert found is not None and found.search("x") and not found.search("甲乙、单位：")
    else:
        assert found is not None and all(found.search(c) for c in stops) \
            and not found.search("责任单位：局办甲")


@pytest.mark.parametrize(("source", "found"), [
    (r"(?<=[，、])(?<=(?:责任|牵头)单位[：:][^。]{0,9}?)(?P<name>\p{Han}{1,4}局)",
     (("牵头单位:", "牵头单位：", "责任单位:", "责任单位："), 14)),
    (r"(?<=(?:协定|议定书)[（(])(?P<name>[A-Z]{3,6})", (("协定(", "协定（", "议定书(", "议定书（"), 4)),
    (r"(?<=[，、])(?P<name>\p{Han}{1,4}局)", (("、", "，"), 1)),  # a set: its characters
    (r"(?<![，、])(?P<name>\p{Han}{1,4}局)", None),        # a negative lookbehind
    (r"(?<=单位[：:][^。]*)(?P<name>\p{Han}局)", None),     # no bound to its text
    (r"(?<=单位：)\p{Han}局|\p{Han}办", None),             # an alternation at the top
    (r"(?i)(?<=unit:)\p{Han}局", None),                      # a flag
])
def test_behind_window(source: str, found: tuple[tuple[str, ...], int] | None) -> None:
    assert behind_window(source) == found


@pytest.mark.parametrize(("entry", "says"), [
    ({"id": "t.near", "label": "FAC", "pattern": "入x", "near": "入", "needs": ["入"]},
     "needs is for"),
    # a check that tries its pattern at the end of names other rules found scans nothing
    ({"id": "t.section", "label": "FAC", "check": "section", "pattern": "入x", "needs": ["入"]},
     "needs is for"),
    ({"id": "t.unbounded", "label": "FAC", "pattern": "入x+", "needs": ["入"]}, "upper bound"),
    ({"id": "t.empty", "label": "FAC", "pattern": "入?", "needs": ["入"]}, "no character"),
    ({"id": "t.list", "label": "FAC", "pattern": "入x", "needs": "入"}, "list"),
])
def test_needs_errors_name_the_rule(entry: dict, says: str) -> None:
    with pytest.raises(RuleError, match=says):
        _build(Path("names.yaml"), 1, entry, {})


def test_rules_with_needs_match_as_a_whole_scan() -> None:
    """Every rule of rules/names.yaml with ``needs``: each match holds one of them, and the
    scan around them finds the matches (spans and groups) of the scan of the whole text."""
    rules = [r for r in load_name_rules(REPO / "rules").rules if r.needs]
    assert rules, "no rule of rules/names.yaml has needs"
    found = 0
    for rule in rules:
        assert rule.pattern is not None and rule.reach is not None
        for text in _texts(rule):
            whole = list(rule.pattern.finditer(text))
            assert all(any(w in m.group() for w in rule.needs) for m in whole), rule.id
            got = _needed_matches(rule.pattern, text, rule.needs, rule.reach, rule.behind)
            assert [(m.span(), m.groupdict()) for m in got] == \
                [(m.span(), m.groupdict()) for m in whole], rule.id
            found += len(whole)
    assert found >= 10


def test_after_needs_are_held_by_every_match() -> None:
    """A rule whose pattern is tried at the end of other names only near its ``after_needs``
    (names._extended): every match of it, tried at each position of its examples and
    counterexamples and found in the train texts, holds one of them within the most
    characters a match holds."""
    rules = [r for r in load_name_rules(REPO / "rules").rules if r.after_needs is not None]
    assert rules, "no rule has after_needs"
    found = 0
    for rule in rules:
        assert rule.pattern is not None and rule.after_needs is not None
        needs, longest = rule.after_needs
        short = [e["text"] for e in rule.examples] + list(rule.counterexamples)
        matches = [m for text in short for k in range(len(text))
                   if (m := rule.pattern.match(text, k)) is not None]
        matches += [m for text in train_texts() for m in rule.pattern.finditer(text)]
        for m in matches:
            assert m.end() - m.start() <= longest, rule.id
            assert any(w in m.group() for w in needs), (rule.id, m.group())
        found += len(matches)
    assert found >= 10


def test_behind_read_off_the_outline_as_off_the_full_pattern() -> None:
    """A rule's ``behind`` is read at the build off its pattern with the places outlined
    (triggers.outlined: a parse of the 4,000 places cost a process 0.15 s at its first
    documents): for the rules of rules/names.yaml, what the full pattern gives. (An outlined
    list inside a lookbehind reads as no known string: a wider window, the same matches.)"""
    rules = [r for r in load_name_rules(REPO / "rules").rules if r.reach is not None]
    assert any(r.behind for r in rules), "no rule's windows are narrowed by a lookbehind"
    for rule in rules:
        assert rule.pattern is not None
        assert rule.behind == behind_window(rule.pattern.pattern), rule.id


def _windows_by_definition(clean: str, needs: tuple[str, ...], reach: Reach
                           ) -> list[tuple[int, int, int]]:
    """names._windows as written before speed34: every place each needed string is written
    (a search of the text for each), its window's first start, windows that touch joined."""
    spots = []
    for word in needs:
        k = clean.find(word)
        while k >= 0:
            spots.append((max(0, k + len(word) - reach.longest), k))
            k = clean.find(word, k + 1)
    joined: list[list[int]] = []  # [first start, last start] of each run of starts
    for lo, last in sorted(spots):
        if joined and lo <= joined[-1][1] + 1:
            joined[-1][1] = max(joined[-1][1], last)
        else:
            joined.append([lo, last])
    return [(lo, last, last + reach.reads) for lo, last in joined]


@pytest.mark.parametrize(("needs", "text"), [
    # speed34: one scan for all the needed strings, the shortest at each place
    (("东西部协作", "东西部扶贫协作", "合作示范区"), "推进东西部扶贫协作、东西部协作和合作示范区"),
    (("引", "水入", "入海水道", "引水"), "引江济淮、引水入城，入海水道引引水"),  # one inside another
    (("水水",), "引水水水库，水水"),                                           # over itself
    (("京", "沪", "日"), "京沪高铁日前，京京"),
    (("a.b", "[x]"), "a.b axb [x] x"),                                       # no pattern read
    # counterexamples: none written, an empty text
    (("人大", "政协"), "人民大会堂"),
    (("人大",), ""),
])
def test_needed_windows_one_scan_as_by_each_string(needs: tuple[str, ...], text: str) -> None:
    for reach in (Reach(shortest=1, longest=1, reads=2), Reach(shortest=2, longest=8, reads=8),
                  Reach(shortest=7, longest=41, reads=41)):
        for padded in (text, "前" * 45 + text + "后"):
            assert _windows(padded, needs, reach) == _windows_by_definition(padded, needs, reach)
    pattern, lengths = _starts_pattern(needs)
    starts = sorted({k for w in needs for k in range(len(text)) if text.startswith(w, k)})
    assert [m.start() for m in pattern.finditer(text)] == starts
    # the shortest string at each place by the match's lastindex
    assert [lengths[m.lastindex or 0] for m in pattern.finditer(text)] == [
        min(len(w) for w in needs if text.startswith(w, k)) for k in starts]


def test_rules_needed_windows_as_by_each_string() -> None:
    """The windows of every reach rule and the after-needs' starts of rules/names.yaml on
    the train texts, as a search of the text for each string finds them."""
    rules = load_name_rules(REPO / "rules").rules
    reach = [r for r in rules if r.reach is not None]
    after = [r for r in rules if r.after_needs is not None]
    assert reach and after
    found = 0
    for text in train_texts():
        for rule in reach:
            assert rule.reach is not None
            got = _windows(text, rule.needs, rule.reach)
            assert got == _windows_by_definition(text, rule.needs, rule.reach), rule.id
            found += len(got)
        for rule in after:
            assert rule.after_needs is not None
            words = rule.after_needs[0]
            assert [m.start() for m in _starts_pattern(words)[0].finditer(text)] == sorted(
                {k for w in words for k in range(len(text)) if text.startswith(w, k)}), rule.id
    assert found >= 100
