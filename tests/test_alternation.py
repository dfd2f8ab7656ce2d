"""Word lists as regex tries (``rules.alternation``), the overlapped scan of the
gazetteer (``names.overlapped``, ``rules.WordSpans``), and the blocks the name pass tags, against plain forms."""

from __future__ import annotations

import pickle
import re
from typing import Any
from unittest import mock

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from policy_extract import rules
from policy_extract.names import _BLOCK_CHARS, _blocks_around, overlapped
from policy_extract.rules import (
    GUARD_BRANCHES,
    EndSpans,
    JoinedSpans,
    RuleError,
    WordSpans,
    alternation,
)

_CHARS = list("长沙市县湖南省a.+")
_WORDS = st.lists(st.text(alphabet=st.sampled_from(_CHARS), min_size=1, max_size=4),
                  min_size=1, max_size=12)
_TEXT = st.text(alphabet=st.sampled_from([*_CHARS, "区", "x"]), max_size=40)


def flat(words: list[str]) -> str:
    """The form the trie replaces: every word, longest first."""
    return "(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT)
def test_trie_finds_what_the_flat_list_finds(words: list[str], text: str) -> None:
    assert spans(alternation(words), text) == spans(flat(words), text)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT)
def test_trie_backtracks_like_the_flat_list(words: list[str], text: str) -> None:
    # inside a larger pattern the shorter words must still be tried after the longer
    for tail in ("市", "(?:县|区)", "$"):
        assert spans(alternation(words) + tail, text) == spans(flat(words) + tail, text)
        assert spans(regex.escape("长") + "?" + alternation(words) + tail, text) == \
            spans(regex.escape("长") + "?" + flat(words) + tail, text)


@pytest.mark.parametrize(("words", "source"), [
    (["长沙", "长沙市", "长沙县"], "(?:长沙(?:县|市)?)"),
    (["a.b", "a"], "(?:a(?:\\.b)?)"),
    (["湖南省"], "(?:湖南省)"),
])
def test_trie_source(words: list[str], source: str) -> None:
    assert alternation(words) == source


#: words with many first characters, some of them special in a character class
_MANY_CHARS = list("长沙市县湖南省a.+-^]\\[$北京上海广州深圳杭宁武汉成都")
_MANY_WORDS = st.lists(st.text(alphabet=st.sampled_from(_MANY_CHARS), min_size=1, max_size=3),
                       min_size=GUARD_BRANCHES, max_size=40)


@settings(max_examples=300, deadline=None)
@given(_MANY_WORDS, st.text(alphabet=st.sampled_from([*_MANY_CHARS, "x"]), max_size=40),
       st.sampled_from([1, 4, 64]))
def test_guarded_trie_matches_as_the_flat_list(words: list[str], text: str, group: int
                                               ) -> None:
    """A large trie is led by a look-ahead at its first characters, its branches tried in
    groups (rules._root_source): in both engines it finds, and backtracks to, what the
    flat list does."""
    with mock.patch.object(rules, "GUARD_GROUP", group):
        source = alternation(words)
    for engine in (re, regex):
        for tail in ("", "市", "(?:县|区)", "$"):
            found = [m.span() for m in engine.finditer(source + tail, text)]
            assert found == [m.span() for m in engine.finditer(flat(words) + tail, text)]


@pytest.mark.parametrize(("n_first", "guarded"), [
    (GUARD_BRANCHES - 1, False),
    (GUARD_BRANCHES, True),
])
def test_guard_only_for_large_tries(n_first: int, guarded: bool) -> None:
    words = [chr(0x4E00 + i) + "市" for i in range(n_first)]
    assert alternation(words).startswith("(?:(?=[") is guarded


def test_empty_word_is_an_error() -> None:
    with pytest.raises(RuleError, match="empty word"):
        alternation(["长沙", ""])


def test_no_words_matches_nothing() -> None:
    assert re.search(alternation([]), "长沙市") is None


class _CountingMemo:
    """A stand-in for patterncache.SourceMemo: results kept by (function, source)."""

    def __init__(self) -> None:
        self.results: dict[tuple[str, str], str] = {}
        self.calls = 0

    def __call__(self, function, source: str) -> str:  # type: ignore[no-untyped-def]
        key = (function.__qualname__, source)
        if key not in self.results:
            self.calls += 1
            self.results[key] = function(source)
        return self.results[key]


@pytest.mark.parametrize("words", [
    ["长沙", "长沙市", "长沙县"],
    ["湖南省"],
    ["a.b", "a", "a.b"],         # a repeated word, as alternation reads it
    [f"{ch}市" for ch in "长株湘衡邵岳常张益郴永怀娄吉湘潭"],  # guarded: 16 first characters
], ids=["trie", "one", "repeated", "guarded"])
def test_kept_alternation_as_alternation(words: list[str]) -> None:
    """rules.kept_alternation gives alternation's source, through the memo once (the words
    one a line), read back the second time (a generator as a list)."""
    memo = _CountingMemo()
    assert rules.kept_alternation(memo, words) == alternation(words)
    assert rules.kept_alternation(memo, iter(words)) == alternation(words)
    assert memo.calls == 1 and list(memo.results) == [("_alternation_of_lines", "\n".join(words))]


@pytest.mark.parametrize("words", [[], ["长沙", ""], ["长\n沙", "长沙"]],
                         ids=["none", "empty-word", "line-break"])
def test_kept_alternation_not_kept(words: list[str]) -> None:
    """Words that cannot be written one a line go to alternation itself: nothing matched
    for none, a RuleError for an empty word, a word with a line break as one word."""
    memo = _CountingMemo()
    if "" in words:
        with pytest.raises(RuleError):
            rules.kept_alternation(memo, words)
    else:
        assert rules.kept_alternation(memo, words) == alternation(words)
    assert memo.calls == 0


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT)
def test_overlapped_scan_like_regex(words: list[str], text: str) -> None:
    expected = [m.span() for m in regex.finditer(flat(words), text, overlapped=True)]
    assert sorted(overlapped(re.compile(alternation(words)), text)) == expected


_LONG_WORDS = st.lists(st.text(alphabet=st.sampled_from(_CHARS), min_size=2, max_size=4),
                       min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_LONG_WORDS, _TEXT)
def test_word_spans_like_the_overlapped_scan(words: list[str], text: str) -> None:
    """The gazetteer's look-up scan gives what the regex scan gives (longest word at each
    position), and with ``every`` each word at each position."""
    assert list(WordSpans(words)(text)) == list(overlapped(re.compile(alternation(words)), text))
    every = {(i, i + len(w)) for w in words for i in range(len(text)) if text.startswith(w, i)}
    assert set(WordSpans(words)(text, every=True)) == every


@settings(max_examples=300, deadline=None)
@given(_LONG_WORDS, _TEXT)
def test_word_spans_leftmost_as_the_trie_scans(words: list[str], text: str) -> None:
    """What places.local_candidates reads in place of a compiled trie of a place's local
    names: the trie's scan (finditer) and its match at each position."""
    trie = re.compile(alternation(words))
    found = WordSpans(words)
    assert list(found.leftmost(text)) == [m.span() for m in trie.finditer(text)]
    assert [found.starts_at(text, i) for i in range(len(text) + 1)] == \
        [trie.match(text, i) is not None for i in range(len(text) + 1)]


def test_word_spans_need_two_characters() -> None:
    with pytest.raises(RuleError, match="two characters"):
        WordSpans(["长"])
    with pytest.raises(RuleError, match="two characters"):
        EndSpans(["长"])


@settings(max_examples=300, deadline=None)
@given(_LONG_WORDS, _LONG_WORDS, _TEXT)
def test_joined_spans_as_one_word_spans(words: list[str], ends: list[str], text: str) -> None:
    """places._local_words: a place's local names by their first two characters and its
    villages by their ends (EndSpans) give what one WordSpans of them all gives: the spans,
    with ``every`` too, the leftmost scan and the match at each position."""
    one = WordSpans([*words, *ends])
    by_end = EndSpans(ends)
    joined = JoinedSpans(WordSpans(set(words) - set(ends)), by_end)
    for found in (joined, JoinedSpans(WordSpans(words), by_end)):
        assert list(found(text)) == list(one(text))
        assert list(found(text, every=True)) == list(one(text, every=True))
        assert list(found.leftmost(text)) == list(one.leftmost(text))
        assert [found.starts_at(text, i) for i in range(len(text) + 1)] == \
            [one.starts_at(text, i) for i in range(len(text) + 1)]
    alone = WordSpans(ends)
    assert list(by_end(text, every=True)) == list(alone(text, every=True))
    assert list(by_end.leftmost(text)) == list(alone.leftmost(text))


@settings(max_examples=100, deadline=None)
@given(_LONG_WORDS, _LONG_WORDS, _TEXT)
def test_spans_read_back_from_a_pickle(words: list[str], ends: list[str], text: str) -> None:
    """places._stored_lookup keeps a place's look-up pickled, its character classes as
    ``re``'s code (rules._state_with_code): read back, it finds what it found."""
    for found in (WordSpans(words), EndSpans(ends),
                  JoinedSpans(WordSpans(set(words) - set(ends)), EndSpans(ends))):
        back = pickle.loads(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
        assert list(back(text, every=True)) == list(found(text, every=True))
        assert list(back.leftmost(text)) == list(found.leftmost(text))
        assert [back.starts_at(text, i) for i in range(len(text) + 1)] == \
            [found.starts_at(text, i) for i in range(len(text) + 1)]


@pytest.mark.parametrize(("words", "text", "spans"), [
    (["常德", "常德市", "鼎城"], "常德市鼎城区", [(0, 3), (0, 2), (3, 5)]),  # every word
    (["下姜村", "胜利村"], "淳安县下姜村和胜利村", [(3, 6), (7, 10)]),
    ([], "常德市", []),  # no words: a pattern that matches nowhere, pickled too
])
def test_a_pickled_look_up_keeps_its_code(words: list[str], text: str,
                                          spans: list[tuple[int, int]]) -> None:
    """The pickle holds the guard's code, not its source (no compile when read); a code
    ``_sre`` refuses (another Python's) is compiled anew from its source."""
    for found in (WordSpans(words), EndSpans(words)):
        name = "_first" if isinstance(found, WordSpans) else "_last"
        state = found.__getstate__()
        assert isinstance(state[name], tuple) and state[name][0] == getattr(found, name).pattern
        assert list(pickle.loads(pickle.dumps(found))(text, every=True)) == spans
        with mock.patch.object(rules, "sre_compile", side_effect=RuntimeError("refused")):
            assert list(pickle.loads(pickle.dumps(found))(text, every=True)) == spans


@settings(max_examples=300, deadline=None)
@given(_LONG_WORDS, _TEXT)
def test_word_spans_pairs_found_by_numpy(words: list[str], text: str) -> None:
    """A long text's starts (WordSpans._pair_starts, numpy) give what the short text's
    character classes give: the same spans, with ``every`` too, and read back from a pickle
    (which holds no coded pairs)."""
    found = WordSpans(words, by_pairs=True)
    short = (list(found(text)), list(found(text, every=True)))
    assert found.__dict__["_pairs"] is None  # a short text: no pairs coded
    assert found._pair_starts(text) == [i for i in range(len(text) - 1)
                                        if text[i:i + 2] in found.lengths]
    with mock.patch.object(rules, "_PAIRS_FROM", 0):  # the pairs coded: numpy's path taken
        assert (list(found(text)), list(found(text, every=True))) == short
        back = pickle.loads(pickle.dumps(found))
        assert back.__dict__["_pairs"] is None
        assert list(back(text, every=True)) == short[1]


@pytest.mark.parametrize(("words", "text", "spans"), [
    (["常德", "常德市", "鼎城"], "常德市鼎城区", [(0, 3), (0, 2), (3, 5)]),
    (["常德", "德市"], "常德", [(0, 2)]),  # a pair at the text's end
    (["常德"], "常", []),  # one character: no pair
    (["常德"], "", []),
    ([], "常德市", []),  # no words: no pairs to look up
    (["𠀋城", "城区"], "𠀋城区𠀋", [(0, 2), (1, 3)]),  # a character past the BMP: one code point
    (["城区"], "\ud800城区\udfff", [(1, 3)]),  # lone surrogates (surrogateescape'd bytes)
    (["德市"], "常德" + "x" * 3000 + "德市", [(3002, 3004)]),  # past the threshold, unpatched
], ids=["every-word", "pair-at-end", "one-char", "empty", "no-words", "astral", "surrogates",
        "long"])
def test_word_spans_pairs_at_the_edges(words: list[str], text: str,
                                       spans: list[tuple[int, int]]) -> None:
    found = WordSpans(words, by_pairs=True)
    found._pair_starts("")  # the words' pairs coded: numpy's path taken below
    with mock.patch.object(rules, "_PAIRS_FROM", 0):
        assert list(found(text, every=True)) == spans
    assert list(WordSpans(words)(text, every=True)) == spans


def test_word_spans_by_pairs_only_where_asked() -> None:
    """Only a WordSpans made ``by_pairs`` (the name pass's anchors) finds a long text's
    starts from its pairs; one without (a place's local names) keeps its character classes;
    the spans the same either way, also read back from a pickle made before ``by_pairs``."""
    words = [chr(0x4E00 + i) + chr(0x4E00 + j) for i in range(60) for j in range(50)]
    joined = "".join(words[::3])  # 1,000 words, 2,000 characters
    text = joined + joined[:500] + "北京"
    plain, paired = WordSpans([*words, "北京"]), WordSpans([*words, "北京"], by_pairs=True)
    expected = list(plain(text, every=True))
    assert (2_500, 2_502) in expected
    assert plain.__dict__["_pairs"] is None
    assert list(paired(text, every=True)) == expected
    assert paired.__dict__["_pairs"] is not None
    state = paired.__getstate__()
    del state["by_pairs"]  # as a pickle of the thirty-ninth session holds it
    old = WordSpans.__new__(WordSpans)
    old.__setstate__(state)
    assert old.by_pairs is False and list(old(text, every=True)) == expected


def test_the_name_pass_anchors_by_pairs(pipeline: Any) -> None:
    assert pipeline.name_passes[0]._anchor_spans.by_pairs is True


def test_end_spans_at_the_text_start() -> None:
    """The ends near the text's start (a word longer than the text before them)."""
    assert list(EndSpans(["镇村", "胜利村"])("村镇村", every=True)) == [(1, 3)]
    assert list(EndSpans([])("村")) == []


def blocks_by_definition(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(f"[{_BLOCK_CHARS}]+", text) if pattern.search(m.group())]


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(alphabet=st.sampled_from([*_CHARS, "，", " ", "\n", "。", "x", "-"]),
                       max_size=40))
def test_blocks_around_the_matches(words: list[str], text: str) -> None:
    """The name pass tags whole jieba blocks that hold a trigger word."""
    pattern = re.compile(alternation(words))
    assert list(_blocks_around(pattern, text)) == blocks_by_definition(pattern, text)
