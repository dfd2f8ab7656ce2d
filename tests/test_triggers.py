"""What every match of a pattern holds and starts with (triggers.py), the windows the name
rules get from it without a key of their own, the load-time check that a rule scanned
over the whole text says so (``window: whole``), and the other shortcuts of the name pass
(near words, place starts, head walks remembered per block) against what they replace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex

from policy_extract.names import (
    NameRulePass,
    _behind_gate,
    _build,
    _first_behind,
    _led_matches,
    _spans_from,
    _word_spans,
    load_name_rules,
)
from policy_extract.rules import RuleError, alternation, pattern_reach, stdlib_source
from policy_extract.triggers import (
    behind_literals,
    first_chars,
    lead_chars,
    lead_pattern,
    leading_words,
    literal_words,
    near_window,
    needed,
    needed_strings,
    outline_led,
    outlined,
    slow_start,
    window,
    worth_windows,
)

from .conftest import REPO
from .test_engines import train_texts

#: made-up weights: 济 rarer than 引, 入 common
WEIGHTS = {"引": 1e-3, "济": 5e-4, "入": 5e-3, "工": 2e-3, "程": 2e-3}


@pytest.mark.parametrize(("pattern", "needs"), [
    # an optional part needs nothing; a longer word holding a shorter one is not kept
    (r"(?:自治区|[省市县区])?(?:人大常委会|人大|政协|工商联)", ("人大", "工商联", "政协")),
    # the rarer of two parts (济, not 引), whatever the order
    (r"引\p{Han}{1,2}济", ("济",)),
    (r"济\p{Han}{1,2}引", ("济",)),
    # a branch: the union of its branches' sets, each branch its rarest
    (r"引\p{Han}济|\p{Han}入工程", ("入工程", "济")),
    # a small class is a set of strings; a lookaround reads, it holds nothing of the match
    (r"(?=工程)[局厅]x", ("厅x", "局x")),
    (r"(?<=工程)[局厅]\p{Han}", ("厅", "局")),
    # a repeat of at least one holds its body's strings
    (r"(?:工程){1,3}\p{Han}", ("工程",)),
])
def test_needed_strings_are_in_every_match(pattern: str, needs: tuple[str, ...]) -> None:
    assert needed_strings(stdlib_source(pattern), WEIGHTS) == needs


@pytest.mark.parametrize("pattern", [
    r"\p{Han}{2,4}", r"(?:工程)?\p{Han}", r"入|\p{Han}", r"[^入]工?", "(?=入)",
    # an outlined word list (the places) holds no string known
    outlined(["北京", "上海市"]) + r"\p{Han}",
])
def test_no_needed_strings_where_a_match_may_hold_none(pattern: str) -> None:
    assert needed_strings(stdlib_source(pattern), WEIGHTS) is None


def test_outline_keeps_the_bounds_of_the_word_list() -> None:
    reach = pattern_reach(outlined(["北京", "乌鲁木齐市"]) + "港")
    assert (reach.shortest, reach.longest) == (3, 6)


@pytest.mark.parametrize(("pattern", "firsts"), [
    (r"[港口]\p{Han}", {"港", "口"}),
    (r"(?=港)港区", {"港"}),
    (r"(?:[-—]|至)?[省市]", {"-", "—", "至", "省", "市"}),
    (r"(?P<name>机场)|(?P<name>港)", {"机", "港"}),  # regex lets branches share a name
    (r"[^\P{Han}的]{1,3}港", None),  # a large class
    (r"港?", None),  # an empty match
    (outlined(["北京"]) + "港", None),
])
def test_first_chars(pattern: str, firsts: set[str] | None) -> None:
    assert first_chars(pattern) == (None if firsts is None else frozenset(firsts))


@pytest.mark.parametrize(("pattern", "leads"), [
    # a way opened by a lookbehind starts after its last characters, then at its firsts
    (r"(?<=ab|c)x|y", [("bc", "x"), (None, "y")]),
    (r"(?<=a)[^b]", [("a", None)]),  # any character after a
    (r"(?<!a)(?=[xy])[xz]", [(None, "xz")]),  # a negative lookaround says nothing
    (r"(?!x)a?(?<=b)c", [(None, "ac")]),  # a lookbehind after what was read says nothing
    # two lookbehinds at one place: both hold; a way that none can take is left out
    (r"(?<=[ab])(?<=[bc])x|(?<=a)(?:(?<=c)y|z)", [("b", "x"), ("a", "z")]),
    # a repeat that may be left out: its last characters and those before it
    (r"(?<=(?:ab|c)(?:x[、和])*)y", [("bc、和", "y")]),
    (r"[国省]\p{Han}", None),  # no lookaround first: regex skips on its own
    (r"(?<=a)\p{Han}|[^b]", None),  # a way that can start anywhere
    (r"(?<=a)x?", None),  # an empty match
    # (S50d) a branch of more words than _MOST_WAYS (a trie of compound surnames after a
    # title) is one way: its words' first characters after the lookbehind's
    (r"(?<=长)(?:" + "|".join(f"{c}甲" for c in "子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛")
     + ")", [("长", "子丑寅卯辰巳午未申酉戌亥甲乙丙丁戊己庚辛")]),
])
def test_lead_chars(pattern: str, leads: list[tuple[str | None, str | None]] | None) -> None:
    assert lead_chars(pattern) == (None if leads is None else tuple(
        (None if b is None else frozenset(b), None if f is None else frozenset(f))
        for b, f in leads))


@pytest.mark.parametrize(("pattern", "at", "after"), [
    # words after an opening lookaround: the characters they start with, the words
    # checked where one is found (a verb's first character is common)
    (r"(?<!”)(?:实施|深化|(?P<wide>扩大)(?!实施))\p{Han}{2,8}工程", "实深扩", ""),
    (r"(?<=[国级])\p{Han}+|[全省]\p{Han}+", "全省", "国级"),
    (r"(?:实施|深化)\p{Han}+", None, None),  # no lookaround first: regex skips on its own
])
def test_lead_pattern(pattern: str, at: str | None, after: str | None) -> None:
    lead = lead_pattern(pattern)
    if at is None:
        assert lead is None
        return
    assert lead is not None and lead.at == frozenset(at) and lead.after == frozenset(after or "")


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?<!”)(?:实施|深化|(?P<wide>扩大)(?!实施))\p{Han}{2,8}?工程",
     "实实施强基工程，“深化改革工程，扩大实施民生工程，扩大内需工程。深化"),
    (r"(?<=[国级])[^\P{Han}，]{2,6}基地|[全省][^\P{Han}，]{1,5}城市",
     "国国家级示范基地，全国文明城市，省省级园林城市，国级"),
])
def test_led_matches_in_runs(pattern: str, text: str) -> None:
    """names._led_matches from every start to every end, and with a last start, finds
    what the scan finds (a match starting after ``last`` left out)."""
    compiled = regex.compile(pattern, regex.V0)
    lead = lead_pattern(pattern)
    assert lead is not None
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            scan = [(m.span(), m.groupdict()) for m in compiled.finditer(text, lo, hi)]
            assert [(m.span(), m.groupdict()) for m in _led_matches(
                compiled, lead, text, lo, hi)] == scan, (lo, hi)
            last = (lo + hi) // 2
            assert [(m.span(), m.groupdict()) for m in _led_matches(
                compiled, lead, text, lo, hi, last)] == [
                    (span, groups) for span, groups in scan if span[0] <= last], (lo, hi)


def test_led_matches_find_what_the_scan_finds(pipeline) -> None:
    """Every name pattern with a lead (triggers.lead_pattern; names._LEAD_SCANNED picks
    the rules that use it) tried where its lead holds (names._led_matches) finds, in every
    fifth train text (all of them: 18 s), over the whole text and in a window, the spans and
    groups of its own scan."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    led = [(r, lead) for r in name_pass.data.rules if r.pattern is not None
           and r.starts is None and (lead := lead_pattern(r.pattern.pattern)) is not None]
    assert len(led) > 10 and any(r.lead is not None for r, _ in led)
    found = 0
    for clean in train_texts()[::5]:
        for rule, lead in led:
            assert rule.pattern is not None
            for lo, hi in ((0, len(clean)), (len(clean) // 3, len(clean) // 3 + 90)):
                scan = [(m.span(), m.groupdict())
                        for m in rule.pattern.finditer(clean, lo, hi)]
                assert [(m.span(), m.groupdict()) for m in _led_matches(
                    rule.pattern, lead, clean, lo, hi)] == scan, rule.id
                found += len(scan)
    assert found > 100


@pytest.mark.parametrize("pattern", [r"入\p{Han}+", r"(?P<a>入)(?P=a)", r"入(?!\d*强)",
                                     r"(?:工程)?"])
def test_no_window_without_a_bound_or_a_string(pattern: str) -> None:
    assert window(pattern, WEIGHTS) is None


def test_windows_are_worth_it_only_for_rare_strings() -> None:
    reach = pattern_reach(r"\p{Han}{0,3}(?:抗疫特别国债|新型金融工具)")
    assert worth_windows(("抗疫特别国债", "新型金融工具"), reach, WEIGHTS)
    assert not worth_windows(("抗疫特别国债",), reach, WEIGHTS)  # regex finds one itself
    assert not worth_windows(("财税体制改革", "商事制度改革"), reach, WEIGHTS)  # 改革 shared
    assert not worth_windows(("，", "、"), reach, WEIGHTS)  # marks are everywhere


def test_windows_of_a_pattern_tried_at_every_position() -> None:
    """A pattern that opens with a lookbehind of more than a literal is tried at every
    position (slow_start): its windows pay at a larger cover, shared strings or not."""
    assert slow_start(r"(?<![京冀])(?P<name>[京冀]{2})协作")
    assert slow_start(r"(?<=(?:俄罗斯|美国)(?:\p{Han}{2,7}?州、)*)(?P<name>\p{Han}{2,7}?州)")
    assert slow_start(r"(?:(?<=[在对])|(?<=^))(?P<name>[京冀])")
    assert slow_start(r"(?<=[^]）])x")
    assert not slow_start(r"(?<=驻)(?P<name>[京冀])")  # regex searches for a literal
    assert not slow_start(r"《(?P<name>[^》]+)》(?<!法》)")
    assert not slow_start(r"(?P<name>\p{Han}{2,7}?州)(?<!长)")
    reach = pattern_reach(r"(?<![京冀])\p{Han}{0,8}(?:州|省|边疆区)")
    weights = {"州": 0.001, "省": 0.002}
    assert not worth_windows(("州", "省", "边疆区"), reach, weights)
    assert worth_windows(("州", "省", "边疆区"), reach, weights, slow=True)
    assert worth_windows(("东西部协作", "合作先导区"), reach, WEIGHTS, slow=True)
    assert not worth_windows(("东西部协作", "合作先导区"), reach, WEIGHTS)  # 作 shared
    assert not worth_windows(("州",), reach, weights, slow=True)  # regex finds one itself


@pytest.mark.parametrize(("entry", "says"), [
    ({"id": "t.free", "label": "FAC", "pattern": r"\p{Han}+港"}, "window: whole"),
    ({"id": "t.odd", "label": "FAC", "pattern": r"港", "window": "some"}, "must be 'whole'"),
    # a check that filters its pattern's matches scans the text as a plain rule does
    ({"id": "t.prog", "label": "INITIATIVE", "check": "programme",
      "pattern": r"(?P<name>\p{Han}+工程)"}, "window: whole"),
    ({"id": "t.quote", "label": "INITIATIVE", "check": "quoted",
      "pattern": r"“(?P<inner>[^”]+)”(?P<suffix>)"}, "window: whole"),
    # an overlapped check is tried at every position of its windows: it needs a near
    ({"id": "t.roads", "label": "FAC", "check": "road_list",
      "pattern": r"(?P<name>\p{Han}{2,4}铁路)"}, "give it a near"),
])
def test_a_scanned_rule_without_a_window_says_so(entry: dict, says: str) -> None:
    with pytest.raises(RuleError, match=says):
        _build(Path("names.yaml"), 1, entry, {})


def test_whole_and_derived_windows_at_load() -> None:
    whole = _build(Path("names.yaml"), 1, {"id": "t.free", "label": "FAC",
                                           "pattern": r"\p{Han}+港", "window": "whole"}, {})
    assert whole.needs == () and whole.reach is None
    derived = _build(Path("names.yaml"), 1, {"id": "t.rare", "label": "FAC",
                                             "pattern": r"\p{Han}{0,3}(?:鲲鹏|麒麟)"}, {})
    assert derived.needs and derived.reach is not None


def test_every_scanned_rule_has_a_window_or_says_whole() -> None:
    """The rules of rules/names.yaml load (a scanned rule with no window it can be given
    is an error at load), and some get windows they do not state."""
    data = load_name_rules(REPO / "rules")
    text = (REPO / "rules" / "names.yaml").read_text(encoding="utf-8")
    derived = [r for r in data.rules if r.needs and f"id: {r.id}\n" in text
               and "needs:" not in text.split(f"id: {r.id}\n")[1].split("- id:")[0]]
    assert derived, "no rule got windows from its pattern"


def test_place_led_rules_start_with_their_first_characters() -> None:
    """Wherever a place-led rule's pattern matches in a train text (at any position, not
    only after a place), the match starts with one of the rule's first characters: a place
    another character follows is skipped with no match lost (NameRulePass._places_before)."""
    rules = [r for r in load_name_rules(REPO / "rules").rules if r.first is not None]
    assert rules, "no place-led rule has first characters"
    found = 0
    for text in train_texts():
        for rule in rules:
            assert rule.pattern is not None
            starts = [i for i in range(len(text)) if rule.pattern.match(text, i) is not None]
            assert all(text[i] in rule.first for i in starts), rule.id
            found += len(starts)
    assert found, "no place-led match to compare"


#: seventy characters none of them 示 or 中 (a guard's set of more than 64)
_MANY_CHARS = "".join(chr(0x5000 + i) for i in range(70))


@pytest.mark.parametrize(("pattern", "words"), [
    ("行动|工程|改革", {"行动", "工程", "改革"}),
    (r"(?:示范区|示范)(?:域)?", {"示范区", "示范区域", "示范", "示范域"}),
    ("[路街]", {"路", "街"}),
    # the guard rules.alternation writes before a long list: the words it lets through
    ("(?=[示中])(?:示范区|中心|基地)", {"示范区", "中心"}),
    # a guard's set of more first characters than a small class holds is read whole
    ("(?=[示" + _MANY_CHARS + "])(?:示范区|中心)", {"示范区"}),
])
def test_literal_words(pattern: str, words: set[str]) -> None:
    assert literal_words(pattern) == frozenset(words)


def test_literal_words_of_a_long_guarded_list() -> None:
    """rules.alternation guards a list of many first characters twice (a look-ahead at all
    of them, then one per group of 64): its words are literal words all the same
    (names.fac_proper's near, 129 facility heads)."""
    words = {chr(0x4E00 + i) + "区" for i in range(200)} | {"示范区", "示范"}
    assert literal_words(alternation(words)) == frozenset(words)


@pytest.mark.parametrize("pattern", [r"(?<=大)道", r"路(?!口)", r"\p{Han}路", "路?",
                                     outlined(["北京"]), r"(?=[示中]\p{Han})示范区"])
def test_no_literal_words_where_more_is_matched_or_read(pattern: str) -> None:
    assert literal_words(pattern) is None


@pytest.mark.parametrize(("pattern", "led"), [
    (outlined(["北京", "上海"]) + "港", True),
    ("(?:" + outlined(["北京"]) + "){1,2}?新区", True),
    ("(?<![区县])" + outlined(["北京"]) + "港", True),
    ("(?:" + outlined(["北京"]) + ")?自贸区", False),
    ("中国|" + outlined(["北京"]), False),
])
def test_outline_led(pattern: str, led: bool) -> None:
    assert outline_led(pattern) is led


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?:示范区|强县)\d", {"示范区", "强县"}),
    ("[个家][国省][^，]{3,17}[，。]", {"个国", "个省", "家国", "家省"}),
])
def test_leading_words(pattern: str, words: set[str]) -> None:
    assert leading_words(pattern) == frozenset(words)


@pytest.mark.parametrize("pattern", [r"(?<=大)道\d", r"\p{Han}{2}路", r"[^，]{3}[，。]"])
def test_no_leading_words_where_a_match_may_start_anywhere(pattern: str) -> None:
    assert leading_words(pattern) is None


def test_spans_led_by_words_are_the_scan_where_a_try_fails() -> None:
    """A near pattern its words only lead (names.counted_strong_designation's heads and a
    digit) is tried where one starts: a failed try goes on from the next character, as the
    scan does (示范区建 fails, 区1 is no word's start, 强县2 matches)."""
    near = regex.compile(r"(?:示范区|强县|区)\d")
    words = leading_words(near.pattern)
    assert words is not None and literal_words(near.pattern) is None
    search = re.compile("|".join(sorted(words, key=len, reverse=True)))
    for clean in ("示范区建强县2个示范区1区3", "区示范区9强县", "强县强县1"):
        whole = [m.span() for m in near.finditer(clean)]
        assert _word_spans(search, near, clean, exact=False) == whole
        starts = sorted({i for w in words for i in range(len(clean)) if clean.startswith(w, i)})
        assert _spans_from(starts, near, clean, exact=False) == whole


@pytest.mark.parametrize(("pattern", "needs"), [
    # opens with any Chinese character: the dashes' windows (names.fac_dash_ends)
    (r"\p{Han}[—－–-](?![—－–-])\p{Han}", ("-", "–", "—", "－")),
    # opens with a class of numerals: the rare words after it
    (r"[一二三四五两\d]年(?:攻坚|专项)?行动", ("年专项行动", "年攻坚行动", "年行动")),
    # many first characters (a list of facility words, more than five): the words
    # themselves (a lookahead holds nothing of the match)
    (r"(?:港|机场|水库|高铁|铁路|大桥)(?=[一二三]期)", ("港", "机场", "水库", "高铁", "铁路", "大桥")),
], ids=["han-then-dash", "numeral-class", "many-words"])
def test_near_window(pattern: str, needs: tuple[str, ...]) -> None:
    found = near_window(pattern)
    assert found is not None and set(found[0]) == set(needs)


@pytest.mark.parametrize("pattern", [
    r"[（(]\p{Han}{2,6}[）)]",  # opens with two characters: the engine skips to them
    r"至[^，。；、\n]{1,12}?(?:高速|铁路)",  # one, and its own scan finds it
    r"[东南西北]?站(?![在着])",  # five at most
    r"[^\P{Han}、]{3,24}(?:、[^\P{Han}、]{3,24}){1,8}",  # 、 everywhere: windows cover much
    r"\p{Han}+",  # no needed string
], ids=["two-firsts", "one-first", "five-firsts", "common-need", "no-need"])
def test_no_near_window(pattern: str) -> None:
    assert near_window(pattern) is None


def test_near_windows_find_what_the_scans_find(pipeline) -> None:
    """Every near pattern scanned in the windows of its needed strings (NameRule.near_reach,
    triggers.near_window) finds, in the train texts and a made-up line, the spans of its own
    scan (NameRulePass._near_spans)."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    windowed = [r for r in name_pass.data.rules if r.near_reach is not None]
    assert {"names.fac_dash_ends", "names.term_campaign"} <= {r.id for r in windowed}
    found = 0
    for clean in [*train_texts(), "京—沪—广高速、三年行动、5年攻坚行动，A-B与港二期、水库三期"]:
        for rule in windowed:
            assert rule.near is not None and rule.near_words is None
            whole = [m.span() for m in rule.near.finditer(clean)]
            assert name_pass._near_spans(clean, rule) == whole, rule.id
            found += len(whole)
    assert found >= 20


def test_near_words_and_place_starts_find_what_the_scans_find(pipeline) -> None:
    """Every near pattern searched by its words (_word_spans; NameRulePass._near_spans,
    which finds the words of most near patterns by one scan for all of them) and every
    place-led pattern tried at the places only (NameRulePass._at_places, in windows and over
    the whole text) find, in the train texts, the spans and groups of the patterns' own
    scans."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    rules = name_pass.data.rules
    near = [r for r in rules if r.near_words is not None]
    led = [r for r in rules if r.at_places]
    assert near and led
    assert len({r.near.pattern for r in near if r.near is not None}
               - name_pass._near_keys) < len(name_pass._near_keys) > 30
    found = 0
    for clean in train_texts():
        for rule in near:
            assert rule.near is not None and rule.near_words is not None
            whole = [m.span() for m in rule.near.finditer(clean)]
            assert _word_spans(rule.near_words, rule.near, clean, rule.near_exact) == whole, \
                rule.id
            assert name_pass._near_spans(clean, rule) == whole, rule.id
            found += len(whole)
        for rule in led:
            assert rule.pattern is not None
            for lo, hi in ((0, len(clean)), (len(clean) // 3, 2 * len(clean) // 3)):
                whole = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(clean, lo, hi)]
                got = [(m.span(), m.groupdict())
                       for m in name_pass._at_places(rule.pattern, clean, lo, hi)]
                assert got == whole, rule.id
                found += len(whole)
    assert found >= 100


def test_place_level_title_near_its_heads_finds_what_the_whole_scan_finds(pipeline) -> None:
    """(S43a) names.place_level_title, tried only near a title's head, finds in the train
    texts and in made-up lines the matches of its pattern's scan of the whole text: where
    the lookahead after the place reads 17 characters on (新认定 13 past the head), past a
    settlement kind and digits before 强, and after heads one after another."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    rule = next(r for r in name_pass.data.rules if r.id == "names.place_level_title")
    assert rule.near is not None and rule.pattern is not None
    made_up = ["打造中国特色示范区建设项目单位新认定一批", "全县打造河南省养牛大县123456789强",
               "该镇是江西省级生态文明示范县（乡、镇、区、村）12345678901强",
               "河南省养牛大县（县、市、区、旗）强。", "中国示范区示范县示范镇示范村建设新认定",
               "中国某某区域医疗中心建设名城文明城市新增一批", "该村被评为2023年中国美丽休闲乡村。"]
    found = 0
    for clean in [*made_up, *train_texts()]:
        whole = [m.span() for m in rule.pattern.finditer(clean)]
        assert [m.span() for m in name_pass._matches(clean, rule)] == whole, clean[:40]
        found += len(whole)
    assert found >= 4


def test_head_walks_remembered_per_block_find_what_a_fresh_walk_finds(pipeline) -> None:
    """The names the head walks find in a text are the same whether its blocks' walks are
    remembered from other texts (where a block may have stood first, with no separator
    read before it) or walked afresh (the train texts, in both orders)."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    # a block that opens one text and follows another in the next (县 is a single
    # character before 人民政府: the walk reads the separator before it in the second)
    texts = ["县人民政府应当加强领导。", "市政府办公厅负责。县人民政府应当加强领导。",
             *train_texts()[:8]]

    def names(text: str) -> list[tuple[int, int, str, str]]:
        return sorted((c.start, c.end, c.label, c.rule) for c in name_pass.candidates(text)
                      if c.rule in ("names.org_head", "names.fac_head"))

    fresh = []
    for text in texts:
        name_pass._block_memo.clear()
        fresh.append(names(text))
    assert sum(map(len, fresh)) >= 50
    for text in texts[::-1]:
        names(text)  # every block's walks remembered, from the other texts too
    assert [names(text) for text in texts] == fresh
    # as the walk over a text's tokens did: 县 opening the text's first tagged block is no
    # piece of a name (no separator before it: not one of two singles), after a separator
    # it is (a quirk kept, BENCHMARKS.md, speedn13)
    assert (0, 5, "ORG", "names.org_head") not in fresh[0]
    assert (9, 14, "ORG", "names.org_head") in fresh[1]


@pytest.mark.parametrize(("pattern", "literals"), [
    # a lookbehind led by literal alternatives: one of them is before every match
    (r"(?<=(?:俄罗斯|美国)(?:\p{Han}{2,7}?州、)*)(?P<name>\p{Han}{2,7}?州)", ("俄罗斯", "美国")),
    (r"(?<=(?:协定|议定书)[（(])(?P<name>[A-Z]{3,6})", ("协定", "议定书")),
    # a lookbehind led otherwise, or a pattern whose other branch has no lookbehind
    (r"(?<![京冀])(?P<name>[京冀]{2})协作", None),
    (r"(?<=(?:俄罗斯|美国))(?P<name>\p{Han}{2}州)|(?P<other>\p{Han}省)", None),
    (r"(?<=驻)(?P<name>[京冀])", None),
], ids=["foreign_division", "agreement", "negative_lookbehind", "top_branch", "literal"])
def test_behind_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    assert behind_literals(pattern) == literals


@pytest.mark.parametrize("text", [
    "美国加利福尼亚州、俄亥俄州迎来降雪，俄罗斯图拉州和萨拉托夫州",
    "加利福尼亚州发生山火",          # no country: no scan at all
    "前文。美国佐治亚州、北卡罗来纳州多地停电",
])
def test_a_scan_from_the_first_literal_behind_finds_every_match(text: str) -> None:
    """names._first_behind: a scan of a pattern led by a lookbehind of literal alternatives,
    started at the first of them (or not run where none is written), finds what a scan of
    the whole text finds, from any start."""
    import regex
    source = r"(?<=(?:俄罗斯|美国)(?:[^\P{Han}国州和]{2,7}?州[、和])*)(?P<name>[^\P{Han}国州和]{2,7}?州)"
    pattern = regex.compile(source)
    gate = _behind_gate(source)
    assert gate is not None
    for lo in range(len(text)):
        whole = [m.span() for m in pattern.finditer(text, lo, len(text))]
        start = _first_behind(gate, text, lo, len(text))
        gated = [m.span() for m in pattern.finditer(text, start, len(text))] \
            if start < len(text) else []
        assert gated == whole


@pytest.mark.parametrize(("pattern", "texts"), [
    # a place-led rest (names.border_zone): one of the heads, however the name opens
    (r"[^\P{Han}的和]{0,4}?(?:(?:边境|跨境)经济合作区|国家重点开发开放试验区)",
     ["吉隆边境经济合作区", "东兴跨境经济合作区", "东兴国家重点开发开放试验区"]),
    # unbounded (no window can be read off it), still a string in every match
    (r"\p{Han}+(?:航站楼|卫星厅)", ["萧山机场航站楼", "浦东机场卫星厅"]),
    # a lookbehind reads, it holds nothing of the match: the gate is the match's own
    (r"(?<=实施)\p{Han}{2,8}?行动计划", ["实施乡村振兴行动计划"]),
])
def test_needed_strings_of_a_gate_are_in_every_match(pattern: str, texts: list[str]) -> None:
    """triggers.needed (NameRule.gate): strings one of which every match holds, bounded or
    not, by jieba's weights."""
    gate = needed(pattern)
    assert gate
    for text in texts:
        found = [m.group() for m in regex.finditer(pattern, text)]
        assert found, text
        assert all(any(s in match for s in gate) for match in found), (gate, found)


@pytest.mark.parametrize("pattern", [
    r"\p{Han}{2,4}", r"(?:工程)?\p{Han}", "(?=入)", r"(?P<a>x)(?P=a)",
    outlined(["北京", "上海市"]) + r"\p{Han}",
])
def test_no_gate_where_a_match_may_hold_no_string(pattern: str) -> None:
    assert needed(pattern) is None


@pytest.mark.parametrize(("entry", "gate"), [
    # a place-led rule, a plain rule, an after step that matches at a name's end: gated
    ({"id": "t.zone", "label": "ORG", "check": "place_led", "starts": "place",
      "pattern": r"\p{Han}{0,4}?(?:边境|跨境)经济合作区"}, {"边境经济合作区", "跨境经济合作区"}),
    ({"id": "t.plain", "label": "FAC", "pattern": r"\p{Han}{1,4}(?:航站楼|卫星厅)"},
     {"航站楼", "卫星厅"}),
    ({"id": "t.part", "label": "FAC", "check": "airport_part",
      "pattern": r"[A-Z][0-9]{1,2}(?:航站楼|卫星厅)"}, {"航站楼", "卫星厅"}),
    # a string of one character: no gate (the look-up scan finds words of two or more)
    ({"id": "t.one", "label": "FAC", "pattern": r"\p{Han}{2,4}港", "window": "whole"}, None),
    # a check whose step finds names other than by the pattern's matches in the text: none
    # (shared_head_list matches its pattern on a 、 it writes itself; sibling_fac no pattern)
    ({"id": "t.list", "label": "INITIATIVE", "check": "shared_head_list",
      "pattern": r"、(?P<name>\p{Han}{2,8}?行动计划)"}, None),
    ({"id": "t.walk", "label": "ORG", "check": "org_head",
      "pattern": r"\p{Han}{2,8}?经济合作区"}, None),
])
def test_gate_at_load(entry: dict, gate: set[str] | None) -> None:
    rule = _build(Path("names.yaml"), 1, entry, {})
    assert (None if rule.gate is None else set(rule.gate)) == gate


def test_gated_rules_find_what_they_find_ungated(pipeline, monkeypatch) -> None:
    """The candidates of a text are the same whether the rules whose gate's strings it
    does not hold are skipped (NameRulePass._held_gates) or run: over the examples and
    counterexamples of every rule (short texts, most gates shut) and some train texts."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    rules = name_pass.data.rules
    assert sum(r.gate is not None for r in rules) > 80
    texts = [ex["text"] for r in rules for ex in r.examples]
    texts += [c for r in rules for c in r.counterexamples] + train_texts()[:3]

    def found(text: str) -> list[tuple[int, int, str, str]]:
        return sorted((c.start, c.end, c.label, c.rule) for c in name_pass.candidates(text))

    shut = 0
    gated = []
    for text in texts:
        gated.append(found(text))
        held = name_pass._held_gates(text)
        shut += sum(r.gate is not None and held.isdisjoint(r.gate) for r in rules)
    assert shut > 10 * len(texts)  # most rules skipped on a short text
    # every gate's strings held: no rule skipped
    monkeypatch.setattr(NameRulePass, "_held_gates", lambda self, clean: self._gate_words)
    assert [found(text) for text in texts] == gated


def test_held_gates_are_the_texts_own(pipeline) -> None:
    """The gates' strings a text holds are read off its own scan, whichever text's scan
    the memo holds (another thread's, or the text before): 边境经济合作区 is held by the
    first text only."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    zone, other = "加快日喀则吉隆边境经济合作区建设。", "推进萧山机场T4航站楼建设。"
    held = name_pass._held_gates(zone)
    assert "边境经济合作区" in held and "航站楼" not in held
    assert "航站楼" in name_pass._held_gates(other)
    assert "边境经济合作区" not in name_pass._held_gates(other)
    assert name_pass._held_gates(zone) == held
    assert name_pass._anchors(zone)[0] == name_pass._anchor_scan(zone)[1]


@pytest.mark.parametrize("case", ["same key", "broken file", "other stamp"])
def test_the_jieba_weights_read_back_are_the_ones_computed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
    """cold35: the characters' weights of jieba's dictionary are kept in the cache folder
    and read back as computed; a broken file or another dictionary stamp computes them
    anew (never a wrong weight)."""
    from policy_extract import places, triggers

    computed = triggers.char_weights(places.jieba_dictionary()[1])
    monkeypatch.setenv("POLICY_EXTRACT_CACHE", str(tmp_path))
    triggers._jieba_weights.cache_clear()
    try:
        assert triggers._jieba_weights() == computed  # computed, kept
        (kept,) = tmp_path.glob("weights-*.pickle")
        if case == "broken file":
            kept.write_bytes(b"not a pickle")
        elif case == "other stamp":
            stamp = places.jieba_dictionary_stamp()
            monkeypatch.setattr(places, "jieba_dictionary_stamp", lambda: f"{stamp} changed")
        else:  # read back: no count of jieba's asked for
            monkeypatch.setattr(triggers, "char_weights",
                                lambda counts: pytest.fail("computed, not read back"))
        triggers._jieba_weights.cache_clear()
        assert triggers._jieba_weights() == computed
        assert len(list(tmp_path.glob("weights-*.pickle"))) == (2 if case == "other stamp"
                                                               else 1)
    finally:
        triggers._jieba_weights.cache_clear()


def test_near_words_with_single_characters_find_what_the_scan_finds(pipeline) -> None:
    """(S50d) A near pattern of literal words and single characters (names.person_byline's
    titles and credits and □ ■) has its longer words found by the one look-up scan and its
    characters by str.find: the spans of its own scan, on a made-up by-line and notice. (S50c)
    A near compiled with re (names.settlement_visited) is scanned whole."""
    name_pass = next(p for p in pipeline.name_passes if isinstance(p, NameRulePass))
    rules = {r.id: r for r in name_pass.data.rules}
    byline = rules["names.person_byline"]
    assert byline.near is not None and byline.near.pattern in name_pass._near_chars
    assert byline.lead is not None  # (its pattern read more ways than _MOST_WAYS before)
    mixed = [r for r in name_pass.data.rules
             if r.near is not None and r.near.pattern in name_pass._near_chars]
    assert len(mixed) >= 3
    for clean in ("本报记者□甲乙 县长丙丁■戊己编辑：庚辛 审稿人壬癸", "新建大桥1座、堰2处、水厂3个，"
                  "站前广场、体育场馆各1个，政策10条若干项", *train_texts()[::4]):
        name_pass._near_memo = (None, {})
        for rule in mixed:
            assert rule.near is not None
            whole = [m.span() for m in rule.near.finditer(clean)]
            assert name_pass._near_spans(clean, rule) == whole, rule.id
    visited = rules["names.settlement_visited"]
    assert isinstance(visited.near, re.Pattern) and visited.near_reach is None
