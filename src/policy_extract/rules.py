"""Load and validate the rule files in ``rules/`` and compile them to regexes.

``rules/`` holds what a linguist edits: ``fragments.yaml`` (named regex
fragments), ``units.tsv`` (units and classifiers per label), ``numeric.yaml``
and ``dates.yaml`` (rules with examples and counterexamples),
``qualifiers.yaml`` (outside qualifier words). A problem names the file, the
rule id and what is wrong, as a :class:`RuleError`.
"""

from __future__ import annotations

import csv
import hashlib
import pickle
import re
import sys
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from re import _parser as _re_parser  # type: ignore[attr-defined]  # pattern_reach
from typing import Any

import numpy as np
import regex
import yaml

from .model import ALL_LABELS, QUALIFIERS, PolicyExtractError
from .patterncache import (
    PatternCache,
    cache_folder,
    sre_compile,
    stdlib_code,
    stored_value,
    write_cache_file,
)

_FRAGMENT_REF = regex.compile(r"\{([A-Z_]+)\}")
_UNIT_FRAGMENTS = {
    "PERCENT": "PERCENT_UNIT",
    "MONEY": "CURRENCY",
    "COUNT": "CLASSIFIER",
    "QUANTITY": "QUANTITY_UNIT",
    "DURATION": "DURATION_UNIT",
}
_RULE_KEYS = {
    "id", "label", "pattern", "examples", "counterexamples", "priority", "unit",
    "qualifier", "value", "reject", "resolve", "note", "word_check", "needs", "scale",
    "guard", "needs_pattern",
}


class RuleError(PolicyExtractError):
    pass


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    span: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    pattern: regex.Pattern[str]
    file: str
    priority: int = 0
    unit: str | None = None
    qualifier: str | None = None
    value: str | None = None
    resolve: str | None = None
    reject: frozenset[str] = frozenset()
    word_check: bool = False
    examples: tuple[Example, ...] = ()
    counterexamples: tuple[str, ...] = ()
    #: strings one of which every match holds (``needs``): a text with none of them is
    #: not searched (a rule led by a number is tried at every numeral of the text)
    needs: tuple[str, ...] = ()
    #: what the number read is multiplied by (万分之五 is 0.05 %: ``scale: 0.01``)
    scale: str | None = None
    #: ``guard`` (speed only): a pattern every match starts with, tried as a lookahead
    #: before the rule's own pattern (compiled into ``pattern``): a rule led by lookbehinds
    #: is tried by ``regex`` at every numeral, the guard turns most away at once
    guard: str | None = None
    #: ``needs_pattern`` (speed only): a pattern every text the rule matches in holds
    #: somewhere (what its lookarounds read, which ``needs`` cannot name: a list join between
    #: two numerals); a text without a match of it is not searched
    needs_pattern: regex.Pattern[str] | None = None


@dataclass(frozen=True)
class Blocker:
    id: str
    pattern: regex.Pattern[str]
    examples: tuple[str, ...]
    needs: tuple[str, ...] = ()  # as Rule.needs


@dataclass(frozen=True)
class RefSource:
    """One place a document states its own date (``rules/ref_dates.yaml``)."""

    id: str
    kind: str
    pattern: regex.Pattern[str]
    head: int
    tail: int = 0
    end_of_year: bool = False
    latest: bool = False
    examples: tuple[dict[str, str], ...] = ()
    counterexamples: tuple[str, ...] = ()
    #: a five-year plan's year (今年是“十五五”开局之年): group y holds the plan's ordinal
    #: (十五), group nth the year's place in it, looked up here (开局之年 -> 0)
    plan_years: tuple[tuple[str, int], ...] = ()
    needs: tuple[str, ...] = ()  # as Rule.needs: a text with none of them is not searched


@dataclass(frozen=True)
class NotPresent:
    """Words around a written year that make it no year a text speaks from (a vision,
    2035年远景目标; a span's start, 2022年以来): ``rules/ref_dates.yaml``'s ``not_present``,
    left out of the guess from the years written (dates.infer_ref_date)."""

    id: str
    before: regex.Pattern[str] | None  # ends right before the year (展望2035年)
    after: regex.Pattern[str] | None  # starts right after the date (2035年|远景目标)
    examples: tuple[dict[str, str], ...] = ()
    counterexamples: tuple[dict[str, str], ...] = ()
    #: the year it marks is one to come (a vision: 2035年远景目标), left out wherever the text
    #: writes it (2035年，全省…) when it is after the latest other year written plus one
    to_come: bool = False


@dataclass(frozen=True)
class RuleSet:
    """Everything the rule passes need, built once and passed in."""

    numeric: tuple[Rule, ...]
    dates: tuple[Rule, ...]
    units: dict[str, dict[str, str]]  # label -> surface -> unit
    qualifiers: dict[str, dict[str, dict[str, str]]]  # kind -> position -> word -> qualifier
    blockers: tuple[Blocker, ...]
    directory: Path
    ref_sources: tuple[RefSource, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    not_present: tuple[NotPresent, ...] = ()

    @property
    def all_rules(self) -> tuple[Rule, ...]:
        return self.numeric + self.dates

    @cached_property
    def digest(self) -> str:
        """A short hash of every file in the rules folder (names and bytes): part of the
        pipeline version, so a run resumed after the rules changed redoes its documents."""
        return rules_digest(self.directory)

    @cached_property
    def max_qualifier_len(self) -> int:
        return max(len(w) for kind in self.qualifiers.values()
                   for pos in kind.values() for w in pos)


def rules_digest(directory: Path) -> str:
    """The first 8 hex digits of the sha256 over the sorted file names and contents of
    ``directory`` (hidden files and sub-folders left out)."""
    h = hashlib.sha256()
    for path in sorted(p for p in Path(directory).iterdir()
                       if p.is_file() and not p.name.startswith(".")):
        h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:8]


def default_rules_dir() -> Path:
    """``rules/`` inside the installed package, else the checkout's top-level ``rules/``."""
    packaged = resources.files("policy_extract") / "_data" / "rules"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if checkout.is_dir():
        return checkout
    raise RuleError("cannot find the rules/ folder: reinstall policy-extract or pass rules_dir")


#: ``regex.compile``'s signature: how the loaders below compile a rule's pattern
Compile = Callable[[str, int], "regex.Pattern[str]"]


def load_rules(directory: Path | None = None) -> RuleSet:
    directory = Path(directory) if directory else default_rules_dir()
    units = load_units(directory / "units.tsv")
    fragments = _load_fragments(directory / "fragments.yaml", units)
    qualifiers = _load_qualifiers(directory / "qualifiers.yaml")
    # the patterns compiled once and kept on disk (patterncache: a pickled ``regex``
    # pattern holds its compiled code): their compile was ~0.13 of 0.16 CPU-s here, each
    # process that builds a pipeline
    cache = PatternCache(rules_digest(directory), cache_folder(), kind="rules")
    numeric = _load_rule_file(directory / "numeric.yaml", fragments, cache.compile)
    dates = _load_rule_file(directory / "dates.yaml", fragments, cache.compile)
    blockers = _load_blockers(directory / "blockers.yaml", fragments, cache.compile)
    ref_sources = _load_ref_sources(directory / "ref_dates.yaml", fragments, cache.compile)
    not_present = _load_not_present(directory / "ref_dates.yaml", cache.compile)
    cache.save()
    check_unique_ids(directory, [r.id for r in numeric + dates]
                     + [s.id for s in (*ref_sources, *not_present)])
    return RuleSet(numeric=numeric, dates=dates, units=units, qualifiers=qualifiers,
                   blockers=blockers, directory=directory, ref_sources=ref_sources,
                   not_present=not_present)


def file_name(name: str) -> str:
    """A file's own name, its folders left out (either separator: ``a/b\\c.txt`` -> ``c.txt``),
    which the rules that read file names (years, dates, provinces' Latin names) read."""
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def read_tsv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a TSV with a header line; ``#`` lines are comments."""
    try:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
                 if ln.strip() and not ln.startswith("#")]
    except OSError as exc:
        raise RuleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise RuleError(f"{path}: header lacks column(s) {', '.join(missing)}")
    rows = []
    for n, row in enumerate(reader, start=2):
        if any(not (row.get(c) or "").strip() for c in required):
            raise RuleError(f"{path}: data row {n}: empty {required} field in {row}")
        rows.append({k: (v or "").strip() for k, v in row.items() if k})
    return rows


def load_units(path: Path) -> dict[str, dict[str, str]]:
    units: dict[str, dict[str, str]] = {}
    for row in read_tsv(path, ("surface", "label", "unit")):
        if row["label"] not in _UNIT_FRAGMENTS:
            raise RuleError(f"{path}: unit {row['surface']!r} has label {row['label']!r}; "
                            f"expected one of {sorted(_UNIT_FRAGMENTS)}")
        units.setdefault(row["label"], {})[row["surface"]] = row["unit"]
    return units


class WordSpans:
    """Where the words of a list are written in a text: at each position the longest
    word that starts there, overlaps included, as ``names.overlapped`` gives for
    ``re.compile(alternation(words))``, but by looking words up: for the gazetteer with
    the place names (4,000 words) nine times faster than the regex, whose engine tries
    the branches for a word's first character one by one."""

    def __init__(self, words: Iterable[str], by_pairs: bool = False) -> None:
        self.words = frozenset(words)
        # the shortest length in one call over the lengths (not a test a word in Python)
        if min(map(len, self.words), default=2) < 2:
            raise RuleError("WordSpans needs words of two characters or more")
        #: a long text's starts found from its pairs (_pair_starts), not by ``_first``
        self.by_pairs = by_pairs
        lengths: dict[str, set[int]] = {}
        for w in self.words:
            lengths.setdefault(w[:2], set()).add(len(w))
        self.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        # the places where a word can start: a word's first character before the second
        # character of one (a look-up at every other place would find nothing)
        # each character escaped once (not once per word: a place's local names, read
        # on the first document of each place, are hundreds), in one re.escape of them
        # joined (regex.escape, a call a character, was a third of a new place's WordSpans);
        # the characters read from the words' first two (fewer: a place's 137 k local
        # words over a cold round open with 62 k pairs)
        first = re.escape("".join(sorted({k[0] for k in self.lengths})))
        second = re.escape("".join(sorted({k[1] for k in self.lengths})))
        self._first = _word_starts(first, second)
        self._pairs: Any = None  # the words' pairs coded, sorted (_pair_starts)

    def __call__(self, text: str, every: bool = False) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of the longest word at each position; with ``every``, of every
        word there, longest first (常德市 and 常德)."""
        get, words, size = self.lengths.get, self.words, len(text)
        # the starts taken in one go, and a pair that starts no word passed at once (three
        # in four of the gazetteer's: the scan of the anchors 138 -> 124 ms on the corpus);
        # in a long text the pairs that start a word found at once (_pair_starts)
        starts = (self._pair_starts(text) if self.by_pairs and size >= _PAIRS_FROM
                  else [m.start() for m in self._first.finditer(text)])
        for i in starts:
            if (lengths := get(text[i:i + 2])) is None:
                continue
            for n in lengths:
                if i + n <= size and text[i:i + n] in words:
                    yield i, i + n
                    if not every:
                        break

    def _pair_starts(self, text: str) -> list[int]:
        """Where ``text`` holds the first two characters of a word, in order: every pair of
        neighbours coded as one number and looked up among the words' pairs by numpy at
        once (the character classes of ``_first`` let through three pairs for each that
        starts a word, each passed over in Python: the anchor scan of the gazetteer, 6,420
        words, 80 -> 55 ms a warm round of the corpus)."""
        pairs = self._pairs
        if pairs is None:  # coded once, on the first long text
            heads = _code_points("".join(self.lengths)).reshape(-1, 2)
            pairs = self._pairs = np.sort(_pair_codes(heads[:, 0], heads[:, 1]))
        if not len(pairs):
            return []
        codes = _code_points(text)
        found = _pair_codes(codes[:-1], codes[1:])
        at = np.searchsorted(pairs, found)
        np.minimum(at, len(pairs) - 1, out=at)
        return np.flatnonzero(pairs[at] == found).tolist()

    def leftmost(self, text: str) -> Iterator[tuple[int, int]]:
        """``(start, end)`` of what ``re.compile(alternation(words)).finditer(text)`` finds:
        the longest word at the first position where one starts, then on from its end."""
        return _leftmost(self(text))

    def starts_at(self, text: str, i: int) -> bool:
        """Whether a word starts at ``i`` (``pattern.match(text, i)`` of the alternation)."""
        return any(text[i:i + n] in self.words
                   for n in self.lengths.get(text[i:i + 2], ()) if i + n <= len(text))

    def __getstate__(self) -> dict[str, Any]:
        return _state_with_code({**self.__dict__, "_pairs": None}, "_first")

    def __setstate__(self, state: dict[str, Any]) -> None:
        # a look-up pickled before by_pairs (places._stored_lookup) reads as one without
        self.__dict__.update(_state_from_code({"_pairs": None, "by_pairs": False, **state},
                                              "_first"))


#: the length from which a WordSpans ``by_pairs`` finds a text's pairs with numpy (a short
#: text's few starts are found as fast by ``_first``, without numpy's cost a call). Only
#: the name pass's anchors are found so: a place's local names (places._local_words, 60,000
#: pairs and more, read for the reports of that place) lost by it (local_candidates on the
#: corpus 57 -> 68 ms warm, 214-345 -> 435 the first round, the pairs coded once a place)
_PAIRS_FROM = 2_000


def _code_points(text: str) -> Any:
    """The code points of ``text`` as a numpy array (a lone surrogate, which a decoding
    with ``surrogateescape`` leaves, is one too)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _pair_codes(first: Any, second: Any) -> Any:
    """Pairs of code points (numpy arrays) as one number each (a code point takes 21 bits):
    WordSpans._pair_starts."""
    return (first.astype(np.uint64) << np.uint64(21)) | second


def _state_with_code(state: dict[str, Any], name: str) -> dict[str, Any]:
    """A pickle's state of a look-up whose ``name`` is an ``re`` pattern, the pattern held as
    what ``re``'s compiler hands ``_sre`` (patterncache.stdlib_code; a pickled pattern is its
    source, compiled anew when read: a place's character classes ~1 ms each, read back with
    its local names by places._stored_lookup, whose key names the versions of Python and
    ``_sre``)."""
    return {**state, name: stdlib_code(state[name].pattern)}


def _state_from_code(state: dict[str, Any], name: str) -> dict[str, Any]:
    """:func:`_state_with_code`'s state with its pattern made again from the code (compiled
    from its source by a Python whose ``_sre`` refuses that code)."""
    code = state[name]
    try:
        pattern = sre_compile(*code)
    except Exception:  # noqa: BLE001 - another Python's _sre: compiled anew
        pattern = re.compile(code[0])
    return {**state, name: pattern}


@lru_cache(maxsize=256)
def _word_starts(first: str, second: str) -> re.Pattern[str]:
    """:class:`WordSpans`' pattern of where a word can start, compiled once per pair of
    character sets (a WordSpans made per document, of a place's local names or the
    names a text repeats, compiled it anew whenever ``re``'s own cache had let it go)."""
    return re.compile(f"[{first}](?=[{second}])" if first else "(?!)")


class EndSpans:
    """:class:`WordSpans`' spans (the longest word at each position, or with ``every``
    each word there, longest first; :meth:`leftmost`; :meth:`starts_at`), found from where
    the words end: for thousands of words that end in a few characters (a prefecture's
    villages, …村 and …嘎查), made at once (their lengths and last characters, no index by
    their first two: places._local_words), a text looked up at each of those characters
    only (a few hundred in a report: 农村, 检查)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if min(map(len, self.words), default=2) < 2:
            raise RuleError("EndSpans needs words of two characters or more")
        self.lengths = tuple(sorted(set(map(len, self.words)), reverse=True))
        last = re.escape("".join(sorted({w[-1] for w in self.words})))
        self._last = re.compile(f"[{last}]" if last else "(?!)")

    def __call__(self, text: str, every: bool = False) -> Iterator[tuple[int, int]]:
        """As :meth:`WordSpans.__call__`."""
        found: dict[int, list[int]] = {}
        words, lengths = self.words, self.lengths
        for m in self._last.finditer(text):
            end = m.end()
            for n in lengths:  # n <= end: no slice from a negative start (the text's end)
                if n <= end and text[end - n:end] in words:
                    found.setdefault(end - n, []).append(end)
        yield from _by_start(found, every)

    def leftmost(self, text: str) -> Iterator[tuple[int, int]]:
        """As :meth:`WordSpans.leftmost`."""
        return _leftmost(self(text))

    def starts_at(self, text: str, i: int) -> bool:
        """As :meth:`WordSpans.starts_at`."""
        return any(text[i:i + n] in self.words for n in self.lengths if i + n <= len(text))

    def __getstate__(self) -> dict[str, Any]:
        return _state_with_code(self.__dict__, "_last")

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(_state_from_code(state, "_last"))


class JoinedSpans:
    """The spans of the words of several :class:`WordSpans` and :class:`EndSpans` together,
    as one :class:`WordSpans` of all their words gives them (a place's local names indexed
    by their first two characters, its villages by their ends: places._local_words)."""

    def __init__(self, *parts: WordSpans | EndSpans) -> None:
        self.parts = parts

    def __call__(self, text: str, every: bool = False) -> Iterator[tuple[int, int]]:
        """As :meth:`WordSpans.__call__`."""
        found: dict[int, list[int]] = {}
        for part in self.parts:
            for start, end in part(text, every):
                found.setdefault(start, []).append(end)
        yield from _by_start(found, every)

    def leftmost(self, text: str) -> Iterator[tuple[int, int]]:
        """As :meth:`WordSpans.leftmost`."""
        return _leftmost(self(text))

    def starts_at(self, text: str, i: int) -> bool:
        """As :meth:`WordSpans.starts_at`."""
        return any(part.starts_at(text, i) for part in self.parts)


def _by_start(found: dict[int, list[int]], every: bool) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the words found (their ends by start), by start: the longest at
    each start, or with ``every`` each (once), longest first."""
    for start in sorted(found):
        ends = sorted(set(found[start]), reverse=True)
        for end in ends if every else ends[:1]:
            yield start, end


def _leftmost(spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """:meth:`WordSpans.leftmost` of the spans of the longest word at each position."""
    end = 0
    for start, stop in spans:
        if start >= end:
            yield start, stop
            end = stop


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group that matches any of ``words``, the longest that fits first.

    Written as a trie (``长沙(?:市|县)?``) rather than a flat list of the words sorted
    longest first: the same strings in the same order of trial (words that match at one
    place are prefixes of one another, and a greedy ``?`` tries the longer first), but
    the engine reads each character once instead of once per word: about 5 times faster
    for the gazetteer's 400 names.
    """
    trie: dict[str, Any] = {}
    for word in words:
        if not word:
            raise RuleError("an empty word in a word list")
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + (_root_source(trie) or "(?!)") + ")"


def kept_alternation(memo: Callable[[Callable[[str], str], str], str],
                     words: Iterable[str]) -> str:
    """:func:`alternation` of ``words`` through ``memo`` (``memo(function, source)``, as a
    patterncache.SourceMemo: the result kept under the words written one a line), for word
    lists read at each build (names.load_name_rules' fragments: the 4,000 places' tries
    twice; 0.04-0.05 CPU-s a build made, read back with the memo's file). Words that cannot
    be written one a line (none, an empty one, one with a line break) go to
    :func:`alternation` itself, which raises for an empty word as before."""
    words = list(words)
    if not words or any(not w or "\n" in w for w in words):
        return alternation(words)
    return memo(_alternation_of_lines, "\n".join(words))


def _alternation_of_lines(lines: str) -> str:
    """:func:`alternation` of the words of ``lines``, one a line."""
    return alternation(lines.split("\n"))


#: a trie with this many first characters or more is led by a look-ahead at the set of
#: them, and its branches are tried in groups of GUARD_GROUP first characters, each led
#: by the set of its own
GUARD_BRANCHES = 16
GUARD_GROUP = 64


def _root_source(trie: dict[str, Any]) -> str:
    """The trie's source; a large one guarded (the regex module tries a group's branches
    one by one but a set's characters in one loop): where no word starts (most places) the
    look-ahead at all first characters fails some 60 times sooner, and where one does, the
    engine passes over whole groups of branches by their sets (the 4,000 places: 945 first
    characters; names.shared_government 127 -> 22 ms on corpus + 100 bulk files). A word
    starts with one character of one group: what matches, and the order in which the
    words are tried, are the same."""
    first = sorted(ch for ch in trie if ch)
    if len(first) < GUARD_BRANCHES:
        return _trie_source(trie)
    groups = [first[i:i + GUARD_GROUP] for i in range(0, len(first), GUARD_GROUP)]
    if len(groups) == 1:
        return _any_of(first) + _trie_source(trie)
    return _any_of(first) + "(?:" + "|".join(
        _any_of(group) + _trie_source({ch: trie[ch] for ch in group}) for group in groups) + ")"


def _any_of(chars: list[str]) -> str:
    """A look-ahead at one of ``chars``."""
    return "(?=[" + "".join(_escape(ch) for ch in chars) + "])"


@cache
def _escape(ch: str) -> str:
    """``regex.escape(ch)``, remembered: a trie escapes every character of every word, and
    the name pass builds tries per document (names.repeated_names, _propagate)."""
    return regex.escape(ch)


def _trie_source(node: dict[str, Any]) -> str:
    branches = [_escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    ends = "?" if "" in node else ""  # a word ends here: the longer words first, then this one
    if not branches:
        return ""
    if len(branches) == 1 and (not ends or len(branches[0]) == 1):
        return branches[0] + ends
    return "(?:" + "|".join(branches) + ")" + ends


def stdlib_pattern(source: str, compile: Callable[[str], re.Pattern[str]] = re.compile
                   ) -> re.Pattern[str]:
    """``source``, a pattern of the ``regex`` module (version 0), compiled with Python's
    ``re``, which scans some patterns several times faster (one led by a few marks or
    words and no literal string every match holds: names.programme_subject 5 times;
    rules/names.yaml, ``engine: re``). The classes ``re`` lacks are written out as the
    code points ``regex`` gives them (``\\p{Han}``, ``\\P{Han}`` and ``\\d``, in a set or
    alone), so both engines read the same pattern; ``[``, ``&``, ``|`` and ``~`` in a set
    are escaped, the characters version 0 reads them as (``[\\p{Han}&&[^作]]`` is no
    intersection there: it is the set of Han, ``&``, ``[``, ``^`` and 作, then ``]``; re
    would warn). Any other escape of a letter, ``--`` in a set (what ``re`` could read
    otherwise than ``regex``) raises :class:`RuleError`, as does a pattern ``re`` cannot
    compile. ``compile`` compiles the translation (``re.compile``, or a cache of it:
    patterncache.PatternCache.compile_re)."""
    try:
        return compile(stdlib_source(source))
    except re.error as exc:
        raise RuleError(f"pattern {source[:60]!r} does not compile with re: {exc}") from None


def stdlib_source(source: str) -> str:
    """``source`` written for Python's ``re`` as :func:`stdlib_pattern` compiles it (not
    compiled: :func:`pattern_reach` parses it; a lookbehind of varying width is no error
    here)."""
    out: list[str] = []
    in_set = False
    i = 0
    while i < len(source):
        plain = (_PLAIN_IN_SET if in_set else _PLAIN).match(source, i)
        if plain is not None:  # a run of characters written as they are (a place list's)
            out.append(plain.group())
            i = plain.end()
            continue
        ch = source[i]
        if ch == "\\":
            esc = _ESCAPE.match(source, i)
            if esc is None:
                raise RuleError(f"pattern {source[:60]!r}: escape {source[i:i + 2]!r} "
                                "is not written for re")
            name = esc.group()
            if name in _WRITTEN_OUT:
                ranges = _code_point_ranges(name)
                out.append(ranges if in_set else f"[{ranges}]")
            else:
                out.append(name)
            i = esc.end()
            continue
        if ch == "[" and not in_set:
            in_set = True
            out.append(ch)
            i += 1
            if source.startswith("^", i):
                out.append("^")
                i += 1
            if source.startswith("]", i):  # a ] first in a set is the character
                out.append("\\]")
                i += 1
            continue
        if in_set and ch in "[&|~":  # characters to regex's version 0 (re would warn)
            out.append("\\" + ch)
            i += 1
            continue
        if in_set and source.startswith("--", i):
            raise RuleError(f"pattern {source[:60]!r}: '--' in a set is not written for re")
        if ch == "]" and in_set:
            in_set = False
        out.append(ch)
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class Reach:
    """How far a pattern's match runs and reads from its start (:func:`pattern_reach`)."""

    shortest: int  # the fewest characters a match holds
    longest: int  # the most characters a match holds
    reads: int  # the most characters from the start a try reads (lookaheads, ``$``, ``\\b``)


def pattern_reach(source: str) -> Reach:
    """The bounds of ``source``'s matches (a pattern of the ``regex`` module, version 0,
    read through :func:`stdlib_source` by ``re``'s parser): what lets a rule with ``needs``
    be tried only around the strings it needs with the same matches as a scan of the whole
    text (names.NameRulePass._matches). An unbounded repeat, a back-reference or a
    lookbehind that reads ahead raises :class:`RuleError` (no bound to give)."""
    try:
        tree = _re_parser.parse(stdlib_source(source))
    except re.error as exc:
        raise RuleError(f"pattern {source[:60]!r} is not read by re's parser: {exc}") from None
    longest, reads = sequence_reach(tree, source)
    return Reach(shortest=tree.getwidth()[0], longest=longest, reads=reads)


def sequence_reach(items: Iterable[tuple[Any, Any]], source: str) -> tuple[int, int]:
    """(the most characters consumed, the farthest character read) of a sequence of parsed
    items: each item reads from where the longest run of the items before it can end."""
    longest = reads = 0
    for op, av in items:
        width, read = _item_reach(op, av, source)
        reads = max(reads, longest + read)
        longest += width
    return longest, reads


def _item_reach(op: Any, av: Any, source: str) -> tuple[int, int]:
    """(the most characters consumed, the farthest character read) of one parsed item."""
    p = _re_parser
    if op in (p.LITERAL, p.NOT_LITERAL, p.IN, p.ANY):
        return 1, 1
    if op is p.AT:  # ^ $ \b \B \A \Z: tested on the character at the position
        return 0, 1
    if op is p.BRANCH:
        return tuple(max(x) for x in zip(*(sequence_reach(b, source) for b in av[1]),
                                         strict=True))  # type: ignore[return-value]
    if op is p.SUBPATTERN:
        return sequence_reach(av[-1], source)
    if op is p.ATOMIC_GROUP:
        return sequence_reach(av, source)
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        least, most, body = av
        if most is p.MAXREPEAT:
            raise RuleError(f"pattern {source[:60]!r}: a repeat without an upper bound")
        width, read = sequence_reach(body, source)
        return most * width, (most - 1) * width + read if most else 0
    if op in (p.ASSERT, p.ASSERT_NOT):
        direction, body = av
        if direction > 0:
            return 0, sequence_reach(body, source)[1]
        if _looks_ahead(body):
            raise RuleError(f"pattern {source[:60]!r}: a lookbehind that reads ahead")
        return 0, 0  # it reads before the position only
    raise RuleError(f"pattern {source[:60]!r}: no bound for {op}")


def set_chars(av: Any, most: int | None = None) -> frozenset[str] | None:
    """The characters of a positive set as ``re``'s parser reads it (the ``av`` of an
    ``IN`` item: ``[局厅委]``, ``[0-9]``); None for a negated set or a category (no finite
    list), and for one of more than ``most`` characters where ``most`` is given."""
    p = _re_parser
    chars: set[str] = set()
    for kind, value in av:
        if kind is p.LITERAL:
            chars.add(chr(value))
        elif kind is p.RANGE and (most is None or value[1] - value[0] < most):
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # NEGATE, CATEGORY, a range larger than ``most``
            return None
    return frozenset(chars) if most is None or len(chars) <= most else None


def _looks_ahead(items: Any) -> bool:
    """Whether parsed items hold a lookahead or an anchor (which may read past the end of
    a lookbehind that holds them)."""
    p = _re_parser
    for op, av in items:
        if op is p.AT or op in (p.ASSERT, p.ASSERT_NOT) and av[0] > 0:
            return True
        subs = (av[1] if op is p.BRANCH else [av[-1]] if op in (
            p.SUBPATTERN, p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT, p.ASSERT,
            p.ASSERT_NOT) else [av] if op is p.ATOMIC_GROUP else [])
        if any(_looks_ahead(sub) for sub in subs):
            return True
    return False


#: the escapes :func:`stdlib_pattern` takes: ones ``regex`` and ``re`` read alike (a
#: character that is no letter or digit, the white-space controls, a code point in hex)
#: and those it writes out (:data:`_WRITTEN_OUT`)
_ESCAPE = re.compile(r"\\(?:[^A-Za-z0-9]|[ntrfv]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}"
                     r"|U[0-9a-fA-F]{8}|[pP]\{Han\}|d)")
_WRITTEN_OUT = ("\\p{Han}", "\\P{Han}", "\\d")
#: the runs :func:`stdlib_source` copies as they are, outside a set and inside one: no
#: escape, no set's start or end, none of the characters a set escapes, no ``-`` (which
#: the loop reads one at a time: ``--`` in a set is refused)
_PLAIN = re.compile(r"[^\\\[]+")
_PLAIN_IN_SET = re.compile(r"[^\\\[\]&|~-]+")


@cache
def _code_point_ranges(escape: str) -> str:
    """The body of a set of the code points ``regex`` matches with ``escape``, kept in the
    cache folder (patterncache.stored_value) under the versions of ``regex``, of Python and
    of its Unicode data (0.046 CPU-s for the three escapes, a process, before)."""
    key = (f"code point ranges 1\n{escape}\nregex {regex.__version__}\n"
           f"python {sys.version}\nunicode {unicodedata.unidata_version}")
    return stored_value("ranges", key, lambda: _computed_ranges(escape))


def _computed_ranges(escape: str) -> str:
    if escape.startswith("\\P"):  # the complement, the surrogates included
        spans = _spans(escape.replace("P", "p"))
        edges = [0, *(x for lo, hi in spans for x in (lo - 1, hi + 1)), 0x10FFFF]
        spans = tuple((lo, hi) for lo, hi in zip(edges[::2], edges[1::2], strict=True)
                      if lo <= hi)
    else:
        spans = _spans(escape)
    return "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}"
                   for lo, hi in spans)


@cache
def _spans(escape: str) -> tuple[tuple[int, int], ...]:
    """The runs ``(first, last)`` of code points ``regex`` matches with ``escape``, each
    character tested once (about 50 ms, once a process)."""
    every = _every_code_point()
    text = every.tobytes().decode("utf-32-le")
    spans: list[tuple[int, int]] = []
    for m in regex.finditer(escape + "+", text):
        first, last = every[m.start()], every[m.end() - 1]
        if last - first == m.end() - 1 - m.start():
            spans.append((first, last))
        else:  # a run over the surrogates' gap
            spans += [(first, 0xD7FF), (0xE000, last)]
    return tuple(spans)


@cache
def _every_code_point() -> array[int]:
    """Every code point but the surrogates, in order."""
    every = array("I", range(0xD800))
    every.extend(range(0xE000, 0x110000))
    return every


# libyaml's parser when PyYAML was built with it (the wheels are): several times faster
_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader, refusing a key written twice in one mapping: YAML keeps the last
    one silently, so a rule file's second ``scope_words:`` group (factsb35 wrote one) would
    drop the first without a word."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Mark] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.setdefault(key, key_node.start_mark)
            except TypeError:  # an unhashable key: the base loader says so
                break
            if first is not key_node.start_mark:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark,
                    f"found the key {key!r} a second time (first at line {first.line + 1})",
                    key_node.start_mark)
        return super().construct_mapping(node, deep=deep)


_YAML_LOADER = _UniqueKeyLoader


def load_yaml(path: Path) -> dict[str, Any]:
    try:
        data = _parsed_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RuleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path}: expected a mapping at the top")
    return data


#: the parsed YAML files the cache folder keeps (one a text: rules/ holds nine, and each
#: worktree or version its own of the files that differ)
_YAML_KEPT = 64


def _parsed_yaml(text: str) -> Any:
    """``yaml.load`` of ``text``, kept in the cache folder (patterncache.cache_folder) as a
    pickle named by a digest of the text and of PyYAML's version and loader: a file that
    changes is another text, so its file is never stale. PyYAML builds the objects in
    Python even with libyaml's parser (rules/names.yaml and facts.yaml ~0.11 CPU-s a
    process, their pickles ~5 ms). An unreadable file is parsed anew and rewritten."""
    folder = cache_folder()
    if folder is None:
        return yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506
    key = hashlib.sha256(f"{yaml.__version__}\0{_YAML_LOADER.__name__}\0{text}".encode())
    path = folder / f"yaml-{key.hexdigest()[:24]}.pickle"
    if path.is_file():
        try:
            return pickle.loads(path.read_bytes())  # noqa: S301 - our own cache folder
        except Exception:  # noqa: BLE001, S110 - parsed anew and rewritten below
            pass
    data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506
    write_cache_file(path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL), _YAML_KEPT)
    return data


def segmenter_entries(path: Path) -> list[dict[str, Any]]:
    """The ``remove`` entries of ``segmenter.yaml``: each a ``word`` and an ``example``
    (``text`` and the ``span`` that must come out once the word is gone)."""
    entries = load_yaml(path).get("remove")
    if not isinstance(entries, list):
        raise RuleError(f"{path}: expected a 'remove' list")
    for n, entry in enumerate(entries, 1):
        example = entry.get("example") if isinstance(entry, dict) else None
        if (not isinstance(entry, dict) or not isinstance(entry.get("word"), str)
                or not isinstance(example, dict) or example.get("span") not in
                str(example.get("text", ""))):
            raise RuleError(f"{path}: entry {n} needs a 'word' and an 'example' whose "
                            "'span' is inside its 'text'")
    return entries


def load_fragments(directory: Path) -> dict[str, str]:
    """The named regex fragments of ``fragments.yaml`` in ``directory``, resolved (with
    the unit alternations of ``units.tsv``): for other rule files that share one, such
    as the name rules' RANKING_LIST."""
    return _load_fragments(directory / "fragments.yaml", load_units(directory / "units.tsv"))


def _load_fragments(path: Path, units: dict[str, dict[str, str]]) -> dict[str, str]:
    raw = load_yaml(path).get("fragments")
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: expected a 'fragments' mapping")
    fragments = {str(k): str(v) for k, v in raw.items()}
    for label, name in _UNIT_FRAGMENTS.items():
        fragments[name] = alternation(list(units.get(label, {})))
    resolved: dict[str, str] = {}
    for name in fragments:
        resolved[name] = expand(fragments[name], fragments, path, name, ())
    return resolved


def expand(pattern: str, fragments: dict[str, str], path: Path, where: str,
           seen: tuple[str, ...] = ()) -> str:
    """``pattern`` with each ``{FRAGMENT}`` replaced by its fragment, itself expanded
    (one expansion for every rule file: numeric, dates, blockers, names); an unknown or
    self-referring fragment is a :class:`RuleError` naming ``path`` and ``where``."""
    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise RuleError(f"{path}: {where}: unknown fragment {{{name}}}")
        if name in seen:
            raise RuleError(f"{path}: {where}: fragment {{{name}}} refers to itself")
        return expand(fragments[name], fragments, path, where, seen + (name,))

    return _FRAGMENT_REF.sub(sub, pattern)


def _load_qualifiers(path: Path) -> dict[str, dict[str, dict[str, str]]]:
    data = load_yaml(path)
    table: dict[str, dict[str, dict[str, str]]] = {}
    for kind, positions in data.items():
        for position, by_qualifier in (positions or {}).items():
            for qualifier, words in (by_qualifier or {}).items():
                allowed = QUALIFIERS["DATE" if kind == "date" else "MONEY"]
                # `none`: words that start with a qualifier word and are another word
                # (前移 is no 前): the longest word wins, and these give no qualifier
                if qualifier not in allowed and (qualifier, position) != ("none", "after"):
                    raise RuleError(f"{path}: {kind}.{position}: unknown qualifier {qualifier!r}")
                for word in words:
                    table.setdefault(kind, {}).setdefault(position, {})[str(word)] = (
                        "" if qualifier == "none" else qualifier)
    return table


def _load_blockers(path: Path, fragments: dict[str, str],
                   compile_pattern: Compile = regex.compile) -> tuple[Blocker, ...]:
    entries = load_yaml(path).get("blockers")
    if not isinstance(entries, list):
        raise RuleError(f"{path}: expected a 'blockers' list")
    blockers = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or "id" not in entry or "pattern" not in entry:
            raise RuleError(f"{path}: blocker #{n} needs 'id' and 'pattern'")
        source = expand(str(entry["pattern"]), fragments, path, str(entry["id"]), ())
        try:
            pattern = compile_pattern(source, regex.V0)
        except regex.error as exc:
            raise RuleError(f"{path.name}: blocker {entry['id']}: does not compile: {exc}") from None
        examples = tuple(str(e) for e in entry.get("examples", []))
        where = f"{path.name}: blocker {entry['id']}"
        blockers.append(Blocker(str(entry["id"]), pattern, examples,
                                _needs(where, entry, examples)))
    return tuple(blockers)


_REF_KEYS = {"id", "kind", "pattern", "head", "tail", "end_of_year", "latest",
             "examples", "counterexamples", "plan_years", "needs"}


def _load_ref_sources(path: Path, fragments: dict[str, str],
                      compile_pattern: Compile = regex.compile) -> tuple[RefSource, ...]:
    entries = load_yaml(path).get("sources")
    if not isinstance(entries, list):
        raise RuleError(f"{path}: expected a 'sources' list")
    out = []
    for n, entry in enumerate(entries, 1):
        rid, where = rule_header(path, n, entry, _REF_KEYS)
        source = expand(str(entry.get("pattern", "")), fragments, path, rid, ())
        try:
            pattern = compile_pattern(source, regex.V0)
        except regex.error as exc:
            raise RuleError(f"{where}: pattern does not compile: {exc}") from None
        if "y" not in pattern.groupindex:
            raise RuleError(f"{where}: the pattern needs a named group y (the year)")
        examples = entry.get("examples", [])
        if not all(isinstance(e, dict) and {"text", "ref_date"} <= set(e) for e in examples):
            raise RuleError(f"{where}: an example needs 'text' and 'ref_date'")
        out.append(RefSource(
            id=rid, kind=str(entry.get("kind", rid)), pattern=pattern,
            head=int(entry.get("head", 0)), tail=int(entry.get("tail", 0)),
            end_of_year=bool(entry.get("end_of_year", False)),
            latest=bool(entry.get("latest", False)),
            examples=tuple({k: str(v) for k, v in e.items()} for e in examples),
            counterexamples=counterexamples(where, entry),
            plan_years=tuple((str(k), int(v))
                             for k, v in (entry.get("plan_years") or {}).items()),
            needs=_needs(where, entry, [str(e["text"]) for e in examples]),
        ))
    return tuple(out)


_NOT_PRESENT_KEYS = {"id", "before", "after", "to_come", "examples", "counterexamples"}


def _load_not_present(path: Path, compile_pattern: Compile = regex.compile
                      ) -> tuple[NotPresent, ...]:
    out = []
    for n, entry in enumerate(load_yaml(path).get("not_present") or [], 1):
        rid, where = rule_header(path, n, entry, _NOT_PRESENT_KEYS)
        try:
            before, after = (compile_pattern(f"(?:{entry[k]})$" if k == "before" else entry[k],
                                             regex.V0) if entry.get(k) else None
                             for k in ("before", "after"))
        except regex.error as exc:
            raise RuleError(f"{where}: pattern does not compile: {exc}") from None
        if before is None and after is None:
            raise RuleError(f"{where}: needs 'before' or 'after'")
        cases = [entry.get(k, []) for k in ("examples", "counterexamples")]
        if not all(isinstance(e, dict) and {"text", "ref_date"} <= set(e)
                   for c in cases for e in c):
            raise RuleError(f"{where}: an example needs 'text' and 'ref_date'")
        out.append(NotPresent(rid, before, after, *(
            tuple({k: "" if v is None else str(v) for k, v in e.items()} for e in c)
            for c in cases), to_come=entry.get("to_come") is True))
    return tuple(out)


def _load_rule_file(path: Path, fragments: dict[str, str],
                    compile_pattern: Compile = regex.compile) -> tuple[Rule, ...]:
    data = load_yaml(path)
    entries = data.get("rules")
    if not isinstance(entries, list):
        raise RuleError(f"{path}: expected a 'rules' list")
    return tuple(_build_rule(path, n, entry, fragments, compile_pattern)
                 for n, entry in enumerate(entries, 1))


def rule_header(path: Path, n: int, entry: Any, allowed: frozenset[str] | set[str]
                ) -> tuple[str, str]:
    """The id of rule entry #n and a ``file: rule id`` prefix for messages; checks its keys."""
    if not isinstance(entry, dict) or "id" not in entry:
        raise RuleError(f"{path}: rule #{n} has no id")
    rid = str(entry["id"])
    where = f"{path.name}: rule {rid}"
    unknown = set(entry) - set(allowed)
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    return rid, where


def check_unique_ids(path: Path, ids: list[str]) -> None:
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RuleError(f"{path}: rule ids used twice: {', '.join(dupes)}")


def _build_rule(path: Path, n: int, entry: Any, fragments: dict[str, str],
                compile_pattern: Compile = regex.compile) -> Rule:
    rid, where = rule_header(path, n, entry, _RULE_KEYS)
    label = entry.get("label")
    if label not in ALL_LABELS:
        raise RuleError(f"{where}: unknown label {label!r}")
    qualifier = entry.get("qualifier")
    if qualifier is not None and qualifier not in QUALIFIERS.get(label, ()):
        raise RuleError(f"{where}: qualifier {qualifier!r} is not allowed for {label}")
    source = expand(str(entry.get("pattern", "")), fragments, path, rid, ())
    if not source:
        raise RuleError(f"{where}: empty pattern")
    guard = expand(str(entry["guard"]), fragments, path, rid, ()) if "guard" in entry else None
    if guard is not None:
        source = f"(?={guard}){source}"
    try:
        pattern = compile_pattern(source, regex.V0)
    except regex.error as exc:
        raise RuleError(f"{where}: pattern does not compile: {exc}") from None
    examples = tuple(_example(where, e) for e in entry.get("examples", []))
    return Rule(
        id=rid, label=label, pattern=pattern, file=path.name,
        priority=int(entry.get("priority", 0)),
        unit=entry.get("unit"), qualifier=qualifier,
        value=None if entry.get("value") is None else str(entry["value"]),
        resolve=entry.get("resolve"),
        reject=frozenset(str(x) for x in entry.get("reject", [])),
        word_check=bool(entry.get("word_check", False)),
        examples=examples,
        counterexamples=counterexamples(where, entry),
        needs=_needs(where, entry, [e.span for e in examples]),
        scale=_scale(where, entry),
        guard=guard,
        needs_pattern=_needs_pattern(where, entry, fragments, path, examples,
                                     compile_pattern),
    )


def _needs_pattern(where: str, entry: dict[str, Any], fragments: dict[str, str], path: Path,
                   examples: Sequence[Example], compile_pattern: Compile = regex.compile
                   ) -> regex.Pattern[str] | None:
    """A rule's ``needs_pattern``, compiled as its pattern is; each example's text holds a
    match of it."""
    if "needs_pattern" not in entry:
        return None
    source = expand(str(entry["needs_pattern"]), fragments, path, str(entry["id"]), ())
    try:
        pattern = compile_pattern(source, regex.V0)
    except regex.error as exc:
        raise RuleError(f"{where}: needs_pattern does not compile: {exc}") from None
    for e in examples:
        if pattern.search(e.text) is None:
            raise RuleError(f"{where}: example {e.text!r} holds no match of needs_pattern")
    return pattern


def _scale(where: str, entry: dict[str, Any]) -> str | None:
    """A rule's ``scale``: a positive number, kept as written for an exact Decimal."""
    scale = entry.get("scale")
    if scale is None:
        return None
    try:
        ok = Decimal(str(scale)) > 0
    except InvalidOperation:
        ok = False
    if not ok:
        raise RuleError(f"{where}: scale must be a positive number, not {scale!r}")
    return str(scale)


def _needs(where: str, entry: dict[str, Any], examples: Sequence[str]) -> tuple[str, ...]:
    """A rule's ``needs``: non-empty strings, one of which each of its examples holds."""
    needs = entry.get("needs", [])
    if not isinstance(needs, list) or not all(isinstance(w, str) and w for w in needs):
        raise RuleError(f"{where}: needs must be a list of non-empty strings")
    for text in examples:
        if needs and not any(w in text for w in needs):
            raise RuleError(f"{where}: example {text!r} holds none of needs {needs}")
    return tuple(needs)


def counterexamples(where: str, entry: dict[str, Any]) -> tuple[str, ...]:
    """A rule's ``counterexamples``: plain texts on which it must find nothing. A mapping
    (``{text, span}``, an example's form) is refused: read as its string it would be a text
    the rule can never match, a case that cannot fail."""
    cases = entry.get("counterexamples") or []
    if not isinstance(cases, list):
        raise RuleError(f"{where}: counterexamples are a list of plain texts, not {cases!r}")
    for bad in cases:
        if not isinstance(bad, str) or not bad:
            raise RuleError(f"{where}: a counterexample is a plain text, not {bad!r}")
    return tuple(cases)


def _example(where: str, entry: Any) -> Example:
    if not isinstance(entry, dict) or "text" not in entry or "span" not in entry:
        raise RuleError(f"{where}: an example needs 'text' and 'span': {entry!r}")
    text, span = str(entry["text"]), str(entry["span"])
    if span not in text:
        raise RuleError(f"{where}: example span {span!r} is not in its text {text!r}")
    fields = {k: v for k, v in entry.items() if k not in ("text", "span")}
    return Example(text=text, span=span, fields=fields)
