"""Which literal strings every match of a name rule's pattern holds (its triggers).

A pattern whose matches are bounded (:func:`policy_extract.rules.pattern_reach`) and hold
one of a few strings need not be scanned over the whole text: the matches are the same when
it is scanned only in the windows around those strings (names._needed_matches). Rules state
such strings by hand (``needs`` in rules/names.yaml) where a reader knows them; this module
derives them from the pattern itself, so that every rule, the ones added later too, gets
its windows without a key to keep in step with its pattern.

The derivation reads the pattern as ``re``'s parser reads it (through
rules.stdlib_source, the translation ``engine: re`` compiles) and keeps, for each part, the
strings it can match when they are few (``exact``) and a set of strings one of which every
match of it holds (``need``); a concatenation keeps its rarest part's set, an alternation
the union of its branches' sets, an optional part or a lookaround none. Which set is rarest
is told by an estimate of how often each character is written (:func:`char_weights`, from
jieba's dictionary): a wrong estimate costs speed, never a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

from .rules import Reach, RuleError, pattern_reach, sequence_reach, set_chars, stdlib_source

#: the character a word list is outlined with (:func:`outlined`): one of the private use
#: area, which no rule writes; read as no known string
OUTLINE = "\ue000"
_OUTLINE_CHAR = 0xE000
_OUTLINE = chr(_OUTLINE_CHAR)
#: the weight of a Chinese character the dictionary's common words do not hold, and of a
#: mark, digit or letter (need_cost)
_RARE_HAN = 1e-6
_COMMON_MARK = 1e-2
#: the share of a text the windows of a rule may be expected to cover (worth_windows: on
#: the corpus, windows over 2 % of it cost more than the whole scan)
_MOST_COVER = 0.02
#: the same share for a pattern that opens with a lookbehind of more than a literal
#: (:func:`slow_start`), which ``regex`` tries at every position of a whole scan: on the
#: unsealed reports and 150 laws, windows over 4.4 % of a text (names.foreign_division)
#: cost 14 ms against the whole scan's 233, over 15 % (names.abbrev_run) 22 against 20
_SLOW_COVER = 0.1
#: a near pattern (rules/names.yaml ``near``) scanned whole where its matches can start
#: with more characters than this (or a large class): the engine finds no few characters
#: to skip to and tries it at most positions; its windows (:func:`near_window`) may be
#: expected to cover up to ``_NEAR_COVER`` of a text (speed41, the unsealed reports: the
#: dashes' \p{Han}[—－–-]… 5.2 -> 1.2 ms, estimated cover 0.24; a list's 、 4.5 not tried)
_NEAR_FIRSTS = 5
_NEAR_COVER = 0.5
#: a pattern's opening groups (none, capturing or not), then a lookbehind's opening
_LOOKBEHIND_FIRST = re.compile(r"(?:\(\?:|\(\?P<\w+>|\((?!\?))*\(\?<[=!]")
#: a lookbehind's body of literal characters only (驻 of (?<=驻)), which ``regex`` searches for
_LITERAL = re.compile(r"[^\\\[\]().*+?{}|^$]+")
#: jieba's words written at least this often give the characters' weights (36,000 of its
#: 349,000 words: the estimate in 0.05 s, not 0.3)
_COUNTED = 100
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_GROUP_REF = re.compile(r"\(\?P=|\(\?\(")

#: at most this many strings are kept as what a part matches exactly (a small class,
#: an alternation of words, their products)
_EXACT = 64
#: a set of needed strings larger than this is no help (each costs a search)
_MOST_NEEDS = 400
#: the most words literal_words gives (a near pattern of more is scanned as written)
_MOST_WORDS = 4000


@dataclass(frozen=True, slots=True)
class _Info:
    exact: frozenset[str] | None  # every string the part matches, if few
    need: frozenset[str] | None  # one of these is in every match of the part; None: none


_NOTHING = _Info(frozenset({""}), None)  # a zero-width part: matches the empty string only


def _minimal(strings: Iterable[str]) -> frozenset[str]:
    """The strings without those that hold another of them (a match holding 人大常委会
    holds 人大: 人大 alone says as much)."""
    ordered = sorted(set(strings), key=len)
    kept: list[str] = []
    for s in ordered:
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


class _Reader:
    """Reads a parsed pattern into :class:`_Info`, choosing sets by ``weight``."""

    def __init__(self, weight: Mapping[str, float]) -> None:
        self.weight = weight

    def cost(self, need: Iterable[str] | None) -> float:
        """How many places a set of strings is expected to be written at, per character
        of text: a string no more often than its rarest character, less the longer it is."""
        return need_cost(need, self.weight)

    def best(self, *needs: frozenset[str] | None) -> frozenset[str] | None:
        found = [n for n in needs if n is not None and "" not in n]
        return min(found, key=self.cost) if found else None

    def sequence(self, items: Any) -> _Info:
        """A concatenation: the strings of each run of parts known exactly (入工程 of
        \\p{Han}入工程), each part's own set, and the rarest of them all."""
        run: frozenset[str] = frozenset({""})  # what the parts since the last break match
        broken = False
        needs: list[frozenset[str] | None] = []
        for op, av in items:
            info = self.item(op, av)
            needs.append(info.need)
            if info.exact is not None and len(run) * len(info.exact) <= _EXACT:
                run = frozenset(a + b for a in run for b in info.exact)
                continue
            needs.append(_as_need(run))
            broken = True
            run = info.exact if info.exact is not None else frozenset({""})
        needs.append(_as_need(run))
        return _Info(None if broken else run, self.best(*needs))

    def item(self, op: Any, av: Any) -> _Info:
        if op is _p.LITERAL:
            if av == _OUTLINE_CHAR:
                return _Info(None, None)  # a word of an outlined list: none known
            return _Info(frozenset({chr(av)}), frozenset({chr(av)}))
        if op is _p.IN:
            chars = _set_chars(av)
            return _Info(chars, chars) if chars is not None else _Info(None, None)
        if op in (_p.NOT_LITERAL, _p.ANY):
            return _Info(None, None)
        if op in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
            return _NOTHING  # zero-width: what it reads is no part of the match
        if op is _p.BRANCH:
            infos = [self.sequence(b) for b in av[1]]
            exact = None
            if all(i.exact is not None for i in infos):
                union = frozenset().union(*(i.exact for i in infos))  # type: ignore[arg-type]
                exact = union if len(union) <= _EXACT else None
            need = None
            if all(i.need is not None for i in infos):
                need = _minimal(frozenset().union(*(i.need for i in infos)))  # type: ignore[arg-type]
            if exact is not None:
                need = self.best(need, _as_need(exact))
            return _Info(exact, need)
        if op is _p.SUBPATTERN:
            if av[1] or av[2]:  # flags added or removed inside: not read here
                return _Info(None, None)
            return self.sequence(av[-1])
        if op is _p.ATOMIC_GROUP:
            return self.sequence(av)
        if op in (_p.MAX_REPEAT, _p.MIN_REPEAT, _p.POSSESSIVE_REPEAT):
            least, most, body = av
            inner = self.sequence(body)
            if least == 0:
                exact = None
                if most == 1 and inner.exact is not None:
                    exact = inner.exact | {""}
                return _Info(exact, None)
            exact = inner.exact if least == most == 1 else None
            return _Info(exact, inner.need)
        return _Info(None, None)  # a back-reference, a conditional: nothing known


def _as_need(exact: frozenset[str]) -> frozenset[str] | None:
    if "" in exact:
        return None
    return _minimal(exact)


def _set_chars(av: Any) -> frozenset[str] | None:
    """The characters of a small positive set (``[局厅委]``), None for a negated or large
    one (a range or a category)."""
    return set_chars(av, _EXACT)


def need_cost(need: Iterable[str] | None, weight: Mapping[str, float]) -> float:
    """How many places one of ``need`` is expected to be written at, per character of
    text: a string no more often than its rarest character, less the longer it is; a
    character the weights do not know is rare if Chinese, common if not (marks, digits,
    letters: the dictionary has none)."""
    if need is None:
        return float("inf")
    need = list(need)
    if not need or "" in need:
        return float("inf")
    return sum(min(weight.get(c, _RARE_HAN if "\u4e00" <= c <= "\u9fff" else _COMMON_MARK)
                   for c in s) * 0.1 ** (len(s) - 1) for s in need)


def worth_windows(needs: tuple[str, ...], reach: Reach,
                  weight: Mapping[str, float] | None = None, slow: bool = False) -> bool:
    """Whether scanning the windows around ``needs`` is expected to be cheaper than a
    scan of the whole text: not where one string is needed (``regex`` finds a string
    every match holds itself, and fast: names.reform, chief_system) nor where the needed
    strings share one (改革 of the reforms), nor where the windows are expected to cover
    more than ``_MOST_COVER`` of a text (the place abbreviations, marks). A pattern that
    opens with a lookbehind of more than a literal (``slow``: :func:`slow_start`) is tried
    by ``regex`` at every position, whatever strings its matches hold: its windows pay
    where they cover up to ``_SLOW_COVER`` of a text, shared strings or not
    (names.partner_cooperation's 协作 and 合作, after place abbreviations)."""
    if len(needs) < 2 or not slow and _shared_part(needs):
        return False
    weight = _jieba_weights() if weight is None else weight
    return need_cost(needs, weight) * (reach.longest + reach.reads) \
        < (_SLOW_COVER if slow else _MOST_COVER)


def near_window(source: str) -> tuple[tuple[str, ...], Reach] | None:
    """``(needs, reach)`` of a near pattern (:func:`window`) whose spans are found in the
    windows of its needed strings (names._needed_matches: the same spans as its
    ``finditer``), where its own scan has no few first characters to skip to
    (``_NEAR_FIRSTS``) and the windows are expected to cover a small share of a text
    (``_NEAR_COVER``); None where its whole scan is expected to be as fast (its matches
    open with a few characters: ``（``, ``、``, ``至``) or no window is known."""
    if (found := window(source)) is None:
        return None
    firsts = first_chars(source)
    if firsts is not None and len(firsts) <= _NEAR_FIRSTS:
        return None
    needs, reach = found
    return found if need_cost(needs, _jieba_weights()) * (reach.longest + reach.reads) \
        < _NEAR_COVER else None


def slow_start(source: str) -> bool:
    """Whether a pattern opens (inside its opening groups) with a lookbehind that is more
    than literal characters: ``(?<![京冀…])``, ``(?<=(?:俄罗斯|美国…)…)``, which ``regex``
    tries at every position of a scan, its search for where a match can start seeing
    nothing past it (speed23's reading of the numeric rules); not ``(?<=驻)``."""
    opening = _LOOKBEHIND_FIRST.match(source)
    if opening is None:
        return False
    depth, start = 1, opening.end()
    for i, char in _structure(source, start):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return _LITERAL.fullmatch(source, start, i) is None
    return True


def _structure(source: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """Each character of a pattern from ``i`` on that is neither escaped nor in a set
    (a set's parentheses and bars are characters), with its position."""
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 1
        elif char == "[":  # a set: its parentheses are characters
            i += 3 if source.startswith("[^]", i) else 2 if source.startswith("[]", i) else 1
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        else:
            yield i, char
        i += 1


#: a pattern that opens with a lookbehind whose first part is a group of literal alternatives
#: (``(?<=(?:俄罗斯|美国|…)``): one of them is written before every match
_BEHIND_ALTERNATIVES = re.compile(r"\(\?<=\(\?:([^\\\[\]().*+?{}^$]+)\)")


def behind_literals(source: str) -> tuple[str, ...] | None:
    """The literal alternatives a pattern's opening lookbehind starts with (俄罗斯, 美国 … of
    names.foreign_division's ``(?<=(?:俄罗斯|美国|…)(?:…)*)``), one of which every match has
    written before its start; None where the pattern opens otherwise."""
    m = _BEHIND_ALTERNATIVES.match(source)
    if m is None or _top_level_branch(source):
        return None
    return tuple(m.group(1).split("|"))


def _top_level_branch(source: str) -> bool:
    """Whether the pattern is an alternation at its top level (``a|b``): its first branch's
    lookbehind says nothing of the others'."""
    depth = 0
    for _, char in _structure(source):
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def _shared_part(strings: tuple[str, ...]) -> bool:
    """Whether one character at least is in every string."""
    return bool(set.intersection(*(set(s) for s in strings)))


def needed_strings(stdlib_source: str, weight: Mapping[str, float]) -> tuple[str, ...] | None:
    """Strings one of which every match of the pattern holds, the rarest such set the
    parse shows (sorted), or None where there is none (a match may hold no fixed string)
    or it is too large to help."""
    return _needed(list(_p.parse(stdlib_source)), weight)


def _needed(parsed: list[Any], weight: Mapping[str, float]) -> tuple[str, ...] | None:
    info = _Reader(weight).sequence(parsed)
    if info.need is None or "" in info.need or len(info.need) > _MOST_NEEDS:
        return None
    return tuple(sorted(info.need))


def needed(source: str) -> tuple[str, ...] | None:
    """:func:`needed_strings` of a pattern of the ``regex`` module (version 0, its word
    lists written out or :func:`outlined`), by the weights of jieba's dictionary: strings
    one of which every match holds, bounded or not (a text that holds none of them holds
    no match: names.NameRule.gate); None where none is known."""
    if (parsed := _parsed(source)) is None:
        return None
    return _needed(parsed, _jieba_weights())


def first_chars(source: str) -> frozenset[str] | None:
    """The characters a match of ``source`` (a pattern of the ``regex`` module, version 0)
    can start with, or None where they are not few (a large or negated class, any
    character, an outlined word list) or a match can be empty: a place-led rule's rest
    (rules/names.yaml, ``starts: place``) is tried only after a place that one of them
    follows (九江|港: 港), the same matches."""
    firsts = _pattern_firsts(source)
    return None if firsts is None or _OUTLINE in firsts else firsts


def outline_led(source: str) -> bool:
    """Whether every match of ``source`` starts with a word of the list outlined in it
    (the places: names.shared_zone, place_zone): such a pattern is tried where a place
    starts only (NameRulePass._at_places), the same matches."""
    return OUTLINE in source and _pattern_firsts(source) == {_OUTLINE}


def _pattern_firsts(source: str) -> frozenset[str] | None:
    """The first characters of a pattern's matches (the outline character for a word of
    an outlined list), None where not known or a match can be empty."""
    if (parsed := _parsed(source)) is None:
        return None
    firsts, empty = _firsts(parsed)
    return None if firsts is None or empty else frozenset(firsts)


@lru_cache(maxsize=256)
def _parsed(source: str) -> list[Any] | None:
    """``source`` (a pattern of the ``regex`` module, version 0) as ``re``'s parser reads
    it, its group names taken off (``regex`` lets two branches name a group alike, ``re``
    does not); None for a pattern that refers to a group or that ``re`` does not read
    alike (rules.stdlib_source: ``\\s``). Remembered: a rule's pattern is read for its
    window and its first characters (not to be changed by a caller)."""
    if _GROUP_REF.search(source):
        return None
    try:
        return list(_p.parse(stdlib_source(_GROUP_NAME.sub("(", source))))
    except (RuleError, re.error):
        return None


def _firsts(items: Any) -> tuple[set[str] | None, bool]:
    """(the first characters, whether the items can match the empty string) of a parsed
    sequence; None for characters not known."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = _item_firsts(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _item_firsts(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _p.LITERAL:
        return {chr(av)}, False  # the outline character stands for the list's words
    if op is _p.IN:
        chars = _set_chars(av)
        return (set(chars) if chars is not None else None), False
    if op in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
        return set(), True  # zero-width: the match starts with what follows
    if op is _p.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, branch_empty = _firsts(branch)
            if chars is None:
                return None, False
            out |= chars
            empty = empty or branch_empty
        return out, empty
    if op is _p.SUBPATTERN:
        return _firsts(av[-1]) if not (av[1] or av[2]) else (None, False)
    if op is _p.ATOMIC_GROUP:
        return _firsts(av)
    if op in (_p.MAX_REPEAT, _p.MIN_REPEAT, _p.POSSESSIVE_REPEAT):
        chars, empty = _firsts(av[2])
        return chars, empty or av[0] == 0
    return None, False  # a back-reference, a conditional, anything else: not known


def lead_chars(source: str) -> tuple[tuple[frozenset[str] | None, frozenset[str] | None], ...] | None:
    """Where a match of ``source`` (a pattern of the ``regex`` module, version 0) can
    start: one (characters right before, characters it starts with) a way through it,
    ``None`` for any, the first read from a positive lookbehind the way opens with
    (names.designation's ``(?<=…省级|…全国)``, abbrev_listed_after_preposition's ``、``
    before a province's abbreviation); None where not known for a way or a match can be
    empty. A pattern led by a lookbehind is tried in full at every position by ``regex``
    (no skip), so such a rule is tried where its lead holds only (names._led_matches),
    the same matches."""
    if (parsed := _parsed(source)) is None:
        return None
    ways = _ways(parsed)
    if ways is not None:  # a way after two lookbehinds no character ends both of is none
        ways = [way for way in ways if way[0] is None or way[0]]
    if not ways or not _opens_with_lookaround(parsed) or any(empty or (before is None and firsts is None)
                           or (firsts is not None and _OUTLINE in firsts)
                           for before, firsts, empty in ways):
        return None
    return tuple((before, firsts) for before, firsts, _ in _merged_ways(ways))


@dataclass(frozen=True, slots=True)
class Lead:
    """Where a match of a pattern can start (:func:`lead_pattern`): ``search`` finds one
    character at a time; a match can start at a found character of ``at`` and right after
    one of ``after`` (a superset of the places: the pattern is tried there and may fail).
    A search that reads characters is skipped along at C speed to the next one it can
    find; a zero-width one (``(?=[全国省自])|(?<=[国级])``) is tried at every position."""

    search: re.Pattern[str]
    at: frozenset[str]
    after: frozenset[str]


def lead_pattern(source: str) -> Lead | None:
    """The places :func:`lead_chars` lets a match of ``source`` start at, or where none
    are known, those :func:`opening_words` tells (after a lookaround the pattern opens
    with: names.policy_programme's ``(?<!”)`` before its verbs), None where neither is
    known. The words filter the characters they start with (a lookahead inside a
    lookbehind of one character, so the search still skips to the characters)."""
    words: frozenset[str] | None = None
    if (leads := lead_chars(source)) is None:
        if (words := opening_words(source)) is None:
            return None
        leads = ((None, frozenset(w[0] for w in words)),)
    at = frozenset().union(*(f for b, f in leads if b is None and f is not None))
    after = frozenset().union(*(b for b, _ in leads if b is not None))

    def any_of(chars: frozenset[str]) -> str:
        return "[" + "".join(map(re.escape, sorted(chars))) + "]"

    parts = []
    if at:
        parts.append(any_of(at) if words is None or max(map(len, words)) == 1 else
                     any_of(at) + "(?<=(?=" + "|".join(map(re.escape, sorted(words))) + ").)")
    if after:
        parts.append(any_of(after))
    return Lead(re.compile("|".join(parts)), at, after)


def opening_words(source: str) -> frozenset[str] | None:
    """Literal words every match of ``source`` starts with, where it opens with a
    lookaround and then reads them (:func:`leading_words` of what follows its opening
    zero-width items, a branch read as far as its own words go), None where not known;
    group names kept where ``re`` reads them (a conditional refers to one)."""
    try:
        parsed = list(_p.parse(stdlib_source(source)))
    except (RuleError, re.error):
        if (found := _parsed(source)) is None:
            return None
        parsed = found
    if not _opens_with_lookaround(parsed):
        return None
    k = 0
    while k < len(parsed) and parsed[k][0] in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
        k += 1
    words = _opening(parsed[k:])
    return None if "" in words else frozenset(words)


def _opening(items: list[Any]) -> set[str]:
    """Strings one of which every match of a parsed sequence starts with (the longest run
    of its items :func:`_item_language` reads, then what a branch or group opens with)."""
    out = {""}
    for op, av in items:
        part = _item_language(op, av)
        if part is None:
            if op is _p.BRANCH:
                part = set().union(*(_opening(list(branch)) for branch in av[1]))
            elif op is _p.SUBPATTERN and not (av[1] or av[2]):
                part = _opening(list(av[-1]))
            if part is not None and len(out) * len(part) <= _MOST_WORDS:
                return {a + b for a in out for b in part}
            return out
        if len(out) * len(part) > _MOST_WORDS:
            return out
        out = {a + b for a in out for b in part}
    return out


_Way = tuple["frozenset[str] | None", "frozenset[str] | None", bool]
_MOST_WAYS = 16


def _ways(items: Any) -> list[_Way] | None:
    """The ways through a parsed sequence as far as its first character: (the characters
    a positive lookbehind before it ends with, its first characters (None: any), whether
    it can be empty); None where not known or too many."""
    done: list[_Way] = []
    open_: list[_Way] = [(None, frozenset(), True)]
    for op, av in items:
        if op is _p.ASSERT and av[0] < 0:
            lasts = _lasts(list(av[1]))
            if lasts is not None:
                open_ = [(frozenset(lasts) if before is None else before & lasts, firsts, True)
                         if not firsts else (before, firsts, True)
                         for before, firsts, _ in open_]
            continue
        if op is _p.BRANCH or (op is _p.SUBPATTERN and not (av[1] or av[2])):
            subs: list[_Way] = []
            for branch in (av[1] if op is _p.BRANCH else [av[-1]]):
                if (inner := _ways(branch)) is None:
                    return None
                subs.extend(inner)
            step = [_joined(way, sub) for way in open_ for sub in subs]
        else:
            chars, empty = _item_firsts(op, av)
            if chars is None and empty:
                return None
            step = [_joined(way, (None, None if chars is None else frozenset(chars), empty))
                    for way in open_]
        done = _merged_ways(done + [way for way in step if not way[2]])
        open_ = [way for way in step if way[2]]
        if len(done) + len(open_) > _MOST_WAYS:
            return None
        if not open_:
            return done
    return done + open_


def _merged_ways(ways: list[_Way]) -> list[_Way]:
    """Ways that have read a character (none empty), one per lookbehind's characters, their
    first characters joined (None: any): what lead_chars makes of them, and what a way
    joined after them makes of each alike (_joined), merged as they are found, so that a
    branch of many words (a trie of the compound surnames: names.person_byline's 25) is
    one way, not one each over _MOST_WAYS (S50d)."""
    merged: dict[frozenset[str] | None, frozenset[str] | None] = {}
    for before, firsts, _ in ways:
        if before in merged:
            old = merged[before]
            merged[before] = None if old is None or firsts is None else old | firsts
        else:
            merged[before] = firsts
    return [(before, firsts, False) for before, firsts in merged.items()]


def _opens_with_lookaround(items: Any) -> bool:
    """Whether a way through a parsed sequence opens with a lookaround (``regex`` skips
    ahead to where a match can start only for a pattern whose ways open with what they
    read)."""
    if not items:
        return False
    op, av = items[0]
    if op in (_p.ASSERT, _p.ASSERT_NOT):
        return True
    if op is _p.BRANCH:
        return any(_opens_with_lookaround(list(branch)) for branch in av[1])
    if op is _p.SUBPATTERN:
        return _opens_with_lookaround(list(av[-1]))
    return False


def _joined(way: _Way, sub: _Way) -> _Way:
    """A way that goes on with ``sub``: a lookbehind in ``sub`` holds at the match's start
    only where nothing was read before it."""
    before, firsts, _ = way
    if not firsts:
        before = sub[0] if before is None else before if sub[0] is None else before & sub[0]
    if firsts is None or sub[1] is None:
        return before, None, sub[2]
    return before, firsts | sub[1], sub[2]


def _lasts(items: list[Any]) -> set[str] | None:
    """The last characters of a parsed sequence's matches (literals, sets, groups and
    branches of them; zero-width items passed over), None where not known or it can be
    empty."""
    out: set[str] = set()
    for op, av in reversed(items):
        if op in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
            continue
        if op is _p.LITERAL:
            return out | {chr(av)} if av != _OUTLINE_CHAR else None
        if op is _p.IN:
            chars = _set_chars(av)
            return out | set(chars) if chars is not None else None
        if op is _p.SUBPATTERN and not (av[1] or av[2]):
            inner = _lasts(list(av[-1]))
            return out | inner if inner is not None else None
        if op is _p.BRANCH:
            for branch in av[1]:
                if (inner := _lasts(list(branch))) is None:
                    return None
                out |= inner
            return out
        if op in (_p.MAX_REPEAT, _p.MIN_REPEAT, _p.POSSESSIVE_REPEAT):
            # a repeat's last characters, and where it may be left out, those before it
            if (inner := _lasts(list(av[2]))) is None:
                return None
            out |= inner
            if av[0] > 0:
                return out
            continue
        return None
    return None


def literal_words(source: str) -> frozenset[str] | None:
    """Every string a pattern of the ``regex`` module (version 0) matches, where it matches
    a few literal words and nothing else: a near pattern (rules/names.yaml, ``near``) so
    written is found by one search for any of its words (names.Near), not tried at every
    position. Where a lookahead only checks that the next character is one a word starts
    with (the guard rules.alternation writes before a long list) the words are those it
    lets through; any other lookaround, an outlined list, a large class: None."""
    if (parsed := _parsed(source)) is None:
        return None
    words = _language(parsed)
    return frozenset(words) if words and "" not in words else None


def leading_words(source: str) -> frozenset[str] | None:
    """Literal words every match of a pattern starts with, where it goes on with more than
    literal words (``(?:示范区|强县)\\d``): those its first items match (:func:`_language`
    of the longest run of them that matches a few literal words), None where no run does
    (a pattern led by a lookbehind or a large class). A near pattern so led is tried only
    where one of them starts (names._spans_from), not at every position."""
    if (parsed := _parsed(source)) is None:
        return None
    for n in range(len(parsed) - 1, 0, -1):
        words = _language(parsed[:n])
        if words and "" not in words:
            return frozenset(words)
    return None


def _language(items: list[Any]) -> set[str] | None:
    """The strings a parsed sequence matches, or None (not only a few literal words)."""
    out = {""}
    for k, (op, av) in enumerate(items):
        if op is _p.ASSERT and av[0] > 0:  # a lookahead at the next character
            # its set read whole: it only filters the words after it (rules.alternation's
            # guard of a long list holds more first characters than _EXACT)
            allowed = _lookahead_chars(list(av[1]))
            rest = _language(items[k + 1:])
            if allowed is None or rest is None or any(len(a) != 1 for a in allowed) \
                    or "" in rest:
                return None
            rest = {w for w in rest if w[0] in allowed}
            return {a + b for a in out for b in rest}
        part = _item_language(op, av)
        if part is None or len(out) * len(part) > _MOST_WORDS:
            return None
        out = {a + b for a in out for b in part}
    return out


def _lookahead_chars(items: list[Any]) -> set[str] | None:
    """The characters a lookahead at the next character lets through: its one set, of any
    size, or what :func:`_language` reads of it."""
    if len(items) == 1 and items[0][0] is _p.IN and (chars := set_chars(items[0][1])) is not None:
        return set(chars)
    return _language(items)


def _item_language(op: Any, av: Any) -> set[str] | None:
    if op is _p.LITERAL:
        return None if av == _OUTLINE_CHAR else {chr(av)}
    if op is _p.IN:
        chars = _set_chars(av)
        return set(chars) if chars is not None else None
    if op is _p.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            words = _language(list(branch))
            if words is None:
                return None
            out |= words
        return out
    if op is _p.SUBPATTERN and not (av[1] or av[2]):
        return _language(list(av[-1]))
    if op in (_p.MAX_REPEAT, _p.MIN_REPEAT) and av[1] <= 4:
        body = _language(list(av[2]))
        if body is None:
            return None
        out, run = set(), {""}
        for n in range(av[1] + 1):
            if n >= av[0]:
                out |= run
            run = {a + b for a in run for b in body}
            if len(run) > _MOST_WORDS:
                return None
        return out
    return None


def char_weights(counts: Mapping[str, int]) -> dict[str, float]:
    """How often each character is written, per character of text, estimated from a
    dictionary's word counts (jieba's: each word's count given to each of its
    characters; the words written less than ``_COUNTED`` times left out)."""
    totals: dict[str, float] = {}
    for word, n in counts.items():
        if n >= _COUNTED:
            for ch in word:
                totals[ch] = totals.get(ch, 0) + n
    whole = sum(totals.values()) or 1
    return {ch: n / whole for ch, n in totals.items()}


@cache
def _jieba_weights() -> dict[str, float]:
    """:func:`char_weights` of jieba's dictionary, kept in the cache folder under the code
    and the dictionary's stamp (patterncache.stored_value): a run that reads a window off a
    pattern no memo holds needs no count of jieba's."""
    from .patterncache import code_digest, stored_value
    from .places import jieba_dictionary, jieba_dictionary_stamp

    def build() -> dict[str, float]:
        return char_weights(jieba_dictionary()[1])
    code, stamp = code_digest(), jieba_dictionary_stamp()
    if code is None or stamp is None:
        return build()
    return stored_value("weights", f"jieba char weights 1\n{code}\n{stamp}", build)


def outlined(words: Iterable[str]) -> str:
    """A pattern that stands for ``alternation(words)`` in a window's derivation: as many
    characters as the shortest and the longest word, none of them known (a list of 4,000
    places is parsed in some 0.4 s; its outline at once, with the same bounds)."""
    sizes = [len(w) for w in words]
    return f"(?:{OUTLINE}{{{min(sizes)},{max(sizes)}}})" if sizes else "(?!)"


def behind_window(source: str, weight: Mapping[str, float] | None = None
                  ) -> tuple[tuple[str, ...], int] | None:
    """``(needs, longest)`` of a positive lookbehind among the zero-width items a pattern
    opens with (names.listed_bare_organ's ``(?<=(?:责任|牵头…)(?:单位|部门)[：:]…{0,160}?)``):
    strings one of which every text the lookbehind matches holds, and the most characters
    it matches, so a match of the pattern starts from ``len(w)`` to ``longest`` characters
    after a place ``w`` is written (the rarest such set of the lookbehinds); None where no
    opening lookbehind has a bound and such strings, or the pattern is an alternation at
    its top level or sets a flag."""
    found = _best_behind(source, weight)
    return None if found is None else found[:2]


def behind_stops(source: str, weight: Mapping[str, float] | None = None) -> re.Pattern[str] | None:
    """A search for the characters no text of :func:`behind_window`'s lookbehind holds
    (listed_bare_organ's: 。, a line's end, a digit), None where none are known: a match
    behind it starts no farther after a needed string than the first of them (a task
    list's 责任单位： reaches to its sentence's end, not 2,245 characters)."""
    found = _best_behind(source, weight)
    if found is None or (allowed := _allowed(found[2])) is None:
        return None
    negated, chars = allowed
    if negated and not chars:
        return None
    body = _ranges(chars)
    return re.compile(f"[{body}]" if negated else f"[^{body}]")


def _ranges(chars: frozenset[str]) -> str:
    """The body of a set of ``chars``, runs of code points written as ranges (a set of
    each digit of \\d written out is a search 3 times as slow)."""
    points = sorted(map(ord, chars))
    out: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        out.append(re.escape(chr(points[i])) + ("" if j == i else "-" + re.escape(chr(points[j]))))
        i = j + 1
    return "".join(out)


def _best_behind(source: str, weight: Mapping[str, float] | None = None
                 ) -> tuple[tuple[str, ...], int, list[Any]] | None:
    """``(needs, longest, items)`` of :func:`behind_window`'s lookbehind."""
    if _GROUP_REF.search(source) or _FLAGS.search(source) or (parsed := _parsed(source)) is None:
        return None
    weight = _jieba_weights() if weight is None else weight
    best: tuple[tuple[str, ...], int, list[Any]] | None = None
    for op, av in parsed:
        if op not in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
            break  # the first item that reads characters: the opening is over
        if op is not _p.ASSERT or av[0] >= 0:
            continue
        items = list(av[1])
        needs = _needed(items, weight)
        if not needs:
            continue
        try:
            longest, _ = sequence_reach(items, source)
        except RuleError:
            continue  # no bound to the lookbehind's text
        if best is None or need_cost(needs, weight) * longest < need_cost(best[0], weight) * best[1]:
            best = (needs, longest, items)
    return best


#: the characters a part's text may hold: (True, chars) all but ``chars`` (some of those
#: it may not hold: a category left out), (False, chars) only ``chars``
_Allowed = tuple[bool, frozenset[str]]


def _allowed(items: list[Any]) -> _Allowed | None:
    """The characters a parsed sequence's text may hold, None where not known (any
    character, a positive category or large range, a reference)."""
    out: _Allowed = (False, frozenset())
    for op, av in items:
        if op in (_p.AT, _p.ASSERT, _p.ASSERT_NOT):
            continue  # reads no character of the text
        if op is _p.LITERAL:
            part: _Allowed | None = (False, frozenset(chr(av)))
        elif op is _p.IN:
            part = _set_allowed(av)
        elif op is _p.BRANCH:
            part = (False, frozenset())
            for branch in av[1]:
                sub = _allowed(list(branch))
                part = None if sub is None or part is None else _either(part, sub)
        elif op is _p.SUBPATTERN:
            part = _allowed(list(av[-1]))
        elif op in (_p.MAX_REPEAT, _p.MIN_REPEAT, _p.POSSESSIVE_REPEAT):
            part = _allowed(list(av[2]))
        elif op is _p.ATOMIC_GROUP:
            part = _allowed(list(av))
        else:
            return None
        if part is None:
            return None
        out = _either(out, part)
    return out


def _set_allowed(av: Any) -> _Allowed | None:
    """:func:`_allowed` of a set: a negated one allows all but its literals and small
    ranges (a category it leaves out is not counted out), a positive one its characters
    where they are known."""
    if av and av[0][0] is _p.NEGATE:
        out: set[str] = set()
        for kind, value in av[1:]:
            if kind is _p.LITERAL:
                out.add(chr(value))
            elif kind is _p.RANGE and value[1] - value[0] < _EXACT:
                out.update(map(chr, range(value[0], value[1] + 1)))
        return True, frozenset(out)
    chars = set_chars(av, _MOST_WORDS)
    return None if chars is None else (False, chars)


def _either(a: _Allowed, b: _Allowed) -> _Allowed:
    """The characters either of two parts may hold."""
    (neg_a, a_chars), (neg_b, b_chars) = a, b
    if neg_a and neg_b:
        return True, a_chars & b_chars
    if neg_a:
        return True, a_chars - b_chars
    if neg_b:
        return True, b_chars - a_chars
    return False, a_chars | b_chars


#: an inline flag (``(?i)``, ``(?s:…)``): a pattern that sets one is not read by behind_window
_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


def window(source: str, weight: Mapping[str, float] | None = None
           ) -> tuple[tuple[str, ...], Reach] | None:
    """``(needs, reach)`` of a pattern of the ``regex`` module (version 0, its word lists
    written out or :func:`outlined`): strings one of which every match holds and the
    bounds of its matches (rules.pattern_reach), what names._needed_matches scans the
    windows of; None where the matches have no bound, may hold no fixed string, or the
    pattern refers to a group (the reading takes group names off: ``regex`` lets two
    branches name a group alike, ``re`` does not)."""
    if _GROUP_REF.search(source):
        return None
    plain = _GROUP_NAME.sub("(", source)
    try:
        reach = pattern_reach(plain)
    except RuleError:
        return None
    if reach.shortest == 0 or (parsed := _parsed(source)) is None:
        return None
    needs = _needed(parsed, _jieba_weights() if weight is None else weight)
    return (needs, reach) if needs else None


__all__ = ["OUTLINE", "Lead", "behind_stops", "behind_window", "char_weights", "first_chars", "leading_words", "literal_words",
           "near_window", "need_cost", "needed", "needed_strings", "opening_words", "outline_led", "outlined", "slow_start", "window",
           "worth_windows"]
