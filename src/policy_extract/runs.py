"""Where a rule led by a numeral is tried: the runs of its characters around its anchors.

A numeric rule led by ``{NUM}`` (``\\d+`` or a run of Chinese numerals) is tried by the
``regex`` engine at every numeral of the text, and backtracks through each, although its
matches also need a rarer character: money.amount a currency (元, 币, 镑 …), percent.sign
``%`` or ``‰``, rank.strong 强. Where a pattern's matches can consume only a finite set of
characters (its *alphabet*: what its sets and literals outside lookarounds take) and each
holds one of a few characters that are no digits (its *anchors*, read from the items every
match goes through), every match lies inside one maximal run of alphabet characters that
holds an anchor. Scanning only those runs, from the start of each, gives the matches a
scan of the whole text gives: a try at any other position fails, and no match runs from
one run into the next. ``regex`` lets a lookbehind read the text before ``pos``; the scan
of a run ends :attr:`RunPlan.ahead` characters after it, so that a lookahead (or ``$``,
``\\b``) at any position of the run reads what it reads in the whole text, and a match
past the run's end (one of the next run, cut short) is not taken.

The plan of a pattern is read once a process from ``re``'s parse of it (through
:func:`rules.stdlib_source`, the translation ``engine: re`` uses); a pattern the parse
cannot bound (a negated set, ``.``, a back-reference, an unbounded lookahead, a case-blind
flag) keeps the whole scan. So does one that is not led by an unbounded repeat, or whose
anchors are digits or many: there the ``regex`` engine's own search is the faster (on the
corpus, rules led by a year or a word lose time with runs; the classifiers' 59 common
characters are as frequent as numerals).
"""

from __future__ import annotations

import hashlib
import pickle
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any

import regex

from . import rules as rules_module
from .patterncache import sre_compile, stdlib_code, version_tag, write_cache_file
from .rules import RuleError, sequence_reach, set_chars, stdlib_source

#: the most anchor characters a plan takes: with more the anchors are about as frequent
#: as the numerals (the classifiers' 59, 个 人 家 …: count.classifier 27 → 57 ms on the
#: bulk slice with runs, 36 → 32 on the corpus)
MAX_ANCHORS = 16

_P = _re_parser
_REPEATS = (_P.MAX_REPEAT, _P.MIN_REPEAT, _P.POSSESSIVE_REPEAT)
_LOOKAROUND = (_P.ASSERT, _P.ASSERT_NOT)
_DIGIT = regex.compile(r"\d")


class _Unbounded(Exception):
    """What a run plan cannot be made for (an item whose characters are not a finite set)."""


@dataclass(frozen=True, slots=True)
class RunPlan:
    """How to find the runs a pattern's matches lie in (see the module's docstring)."""

    anchors: re.Pattern[str]  # an anchor character (with a neighbour in the alphabet)
    run_before: regex.Pattern[str]  # reverse: the alphabet characters ending at a position
    run_after: regex.Pattern[str]  # the alphabet characters starting at a position
    shortest: int  # the fewest characters a match has (a shorter run holds none)
    ahead: int  # how far past a run's end a try in it may read
    also: re.Pattern[str] | None  # another character every match holds (a numeral)


#: the run plans made or read in this process, by a pattern's source and flags (all a
#: plan is read from)
_PLANS: dict[tuple[str, int], RunPlan | None] = {}


def run_plan(pattern: regex.Pattern[str]) -> RunPlan | None:
    """The run plan of ``pattern``, or None where it keeps the whole scan (made once a
    process, or read from the cache file by :func:`read_plans`)."""
    key = (pattern.pattern, pattern.flags)
    if key not in _PLANS:
        _PLANS[key] = _make_plan(pattern)
    return _PLANS[key]


def read_plans(patterns: Iterable[regex.Pattern[str]], folder: Path | None) -> None:
    """Make every pattern's run plan, from the cache file in ``folder`` of these patterns
    (``plans-DIGEST.pickle``: the digest covers their sources and flags, this module's and
    rules.py's code and the versions of ``regex``, Python and ``_sre``) where it can be
    read, and write that file where it could not. A plan holds ``re`` patterns as the code
    ``_sre`` takes (patterncache) and ``regex`` patterns compiled, so a build reads the 87
    numeric, date and blocking rules' plans without parsing a pattern (0.31 -> 0.01 CPU-s)."""
    keys = {(p.pattern, p.flags): p for p in patterns}
    path = None if folder is None else folder / f"{_PLANS_PREFIX}{_plans_digest(keys)}.pickle"
    stored = _read_plan_file(path) if path is not None else {}
    for key, pattern in keys.items():
        if key not in _PLANS:
            _PLANS[key] = stored[key] if key in stored else _make_plan(pattern)
    if path is not None and not keys.keys() <= stored.keys():
        write_cache_file(path, pickle.dumps(
            {key: _stored_plan(_PLANS[key]) for key in keys}, protocol=pickle.HIGHEST_PROTOCOL))


_PLANS_PREFIX = "plans-"


def _plans_digest(keys: Iterable[tuple[str, int]]) -> str:
    h = hashlib.sha256(version_tag().encode())
    for module in (__file__, rules_module.__file__):
        h.update(Path(module).read_bytes())
    for source, flags in sorted(keys):
        h.update(f"\0{flags}\0{source}".encode())
    return h.hexdigest()[:16]


def _stored_plan(plan: RunPlan | None) -> tuple[Any, ...] | None:
    if plan is None:
        return None
    return (stdlib_code(plan.anchors.pattern), plan.run_before, plan.run_after,
            None if plan.also is None else stdlib_code(plan.also.pattern),
            plan.shortest, plan.ahead)


def _read_plan_file(path: Path) -> dict[tuple[str, int], RunPlan | None]:
    """The plans the file holds (none where it is absent or cannot be read)."""
    if not path.is_file():
        return {}
    try:
        stored = pickle.loads(path.read_bytes())
        return {key: None if v is None else RunPlan(
                    anchors=sre_compile(*v[0]), run_before=v[1], run_after=v[2],
                    also=None if v[3] is None else sre_compile(*v[3]), shortest=v[4],
                    ahead=v[5])
                for key, v in stored.items()}
    except Exception:  # noqa: BLE001 - any unreadable file: the plans are made anew
        return {}


def _make_plan(pattern: regex.Pattern[str]) -> RunPlan | None:
    if pattern.flags & (regex.IGNORECASE | regex.V1):  # stdlib_source reads version 0
        return None
    try:
        tree = _P.parse(stdlib_source(pattern.pattern))
        if tree.state.flags & re.IGNORECASE or not _led_by_repeat(tree):
            return None
        alphabet = _consumed(tree)
        anchors, also = _anchors(_held_sets(tree))
        ahead = max(_reads_ahead(tree) + 1, 2)
    except (_Unbounded, RuleError, re.error):
        return None
    shortest = tree.getwidth()[0]
    if len(anchors) > MAX_ANCHORS or shortest < 1:
        return None
    chars = _set_source(alphabet)
    anchor = f"[{_set_source(anchors)}]"
    if shortest > 1:  # in a run long enough to hold a match, an anchor has a neighbour
        anchor = f"{anchor}(?:(?=[{chars}])|(?<=[{chars}]{anchor}))"
    return RunPlan(anchors=re.compile(anchor),
                   run_before=regex.compile(f"(?r)[{chars}]*"),
                   run_after=regex.compile(f"[{chars}]*"),
                   also=None if also is None else re.compile(f"[{_set_source(also)}]"),
                   shortest=shortest, ahead=ahead)


def run_matches(plan: RunPlan, pattern: regex.Pattern[str], text: str,
                timeout: float) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)``, tried only in the runs of ``plan``; a scan that takes
    more than ``timeout`` seconds in all raises ``TimeoutError``, as ``finditer`` does."""
    deadline = time.monotonic() + timeout
    n = len(text)
    end = 0
    for hit in plan.anchors.finditer(text):
        k = hit.start()
        if k < end:
            continue  # in the run just scanned
        start = plan.run_before.match(text, 0, k).start()
        end = plan.run_after.match(text, k).end()
        if end - start < plan.shortest or (
                plan.also is not None and plan.also.search(text, start, end) is None):
            continue
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("regex timed out")
        for m in pattern.finditer(text, start, min(n, end + plan.ahead), timeout=left):
            if m.end() > end:
                break  # a match of the next run, read with its end cut off
            yield m


def _chars(op: Any, av: Any) -> frozenset[str]:
    """The characters one parsed literal or set takes."""
    if op is _P.LITERAL:
        return frozenset(chr(av))
    if op is not _P.IN or (chars := set_chars(av)) is None:
        raise _Unbounded(op)  # a negated set, a category: no finite alphabet
    return chars


def _body(op: Any, av: Any) -> list[Any] | None:
    """The parsed items inside a group or a repeat (None for other items)."""
    if op is _P.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unbounded("case-blind group")
        return av[-1]
    if op is _P.ATOMIC_GROUP:
        return av
    if op in _REPEATS:
        return av[2]
    return None


def _consumed(items: Any) -> frozenset[str]:
    """Every character a match of ``items`` can take, outside lookarounds."""
    out: set[str] = set()
    for op, av in items:
        if op in (_P.LITERAL, _P.IN, _P.NOT_LITERAL, _P.ANY, _P.CATEGORY):
            out |= _chars(op, av)
        elif op is _P.BRANCH:
            for branch in av[1]:
                out |= _consumed(branch)
        elif (body := _body(op, av)) is not None:
            out |= _consumed(body)
        elif op not in _LOOKAROUND and op is not _P.AT:
            raise _Unbounded(op)  # a back-reference, a conditional
    return frozenset(out)


def _held_sets(items: Any) -> list[frozenset[str]]:
    """Sets of characters one of each of which every match of ``items`` holds: one for
    each item every match goes through (a literal, a set, a repeat of at least one, a
    group; for alternatives, the union of the smallest set of each)."""
    out: list[frozenset[str]] = []
    for op, av in items:
        if op in (_P.LITERAL, _P.IN):
            out.append(_chars(op, av))
        elif op is _P.BRANCH:
            each = [_held_sets(branch) for branch in av[1]]
            if all(each):
                out.append(frozenset().union(*(_smallest(sets) for sets in each)))
        elif op in _REPEATS:
            if av[0] >= 1:
                out += _held_sets(av[2])
        elif (body := _body(op, av)) is not None:
            out += _held_sets(body)
    return out


def _smallest(sets: list[frozenset[str]]) -> frozenset[str]:
    """The smallest of ``sets``, the later one where two are as small (a unit ends a
    number: 人民币's 币 is rarer than its 人)."""
    return min(reversed(sets), key=len)


def _anchors(sets: list[frozenset[str]]) -> tuple[frozenset[str], frozenset[str] | None]:
    """The anchors, the smallest of ``sets`` without a digit, and the smallest of the
    others (the numerals, mostly), or None."""
    plain = [s for s in sets if not any(_DIGIT.match(c) for c in s)]
    if not plain:
        raise _Unbounded("no anchors")
    anchors = _smallest(plain)
    others = [s for s in sets if s != anchors]
    return anchors, min(others, key=len) if others else None


def _reads_ahead(items: Any) -> int:
    """The most characters a lookahead (or an anchor such as ``$``) anywhere in ``items``
    reads from its position (a lookbehind's included); an unbounded one raises."""
    most = 0
    for op, av in items:
        if op is _P.AT:
            most = max(most, 1)
        elif op in _LOOKAROUND:
            if av[0] > 0:
                most = max(most, sequence_reach(av[1], "a lookahead")[1])
            most = max(most, _reads_ahead(av[1]))
        elif op is _P.BRANCH:
            most = max([most, *(_reads_ahead(branch) for branch in av[1])])
        elif (body := _body(op, av)) is not None:
            most = max(most, _reads_ahead(body))
    return most


def _led_by_repeat(items: Any) -> bool:
    """Whether a match of ``items`` can start with an unbounded repeat (``{NUM}``'s
    ``\\d+``): the patterns the engine tries at every numeral."""
    for op, av in items:
        if op in _LOOKAROUND or op is _P.AT:
            continue
        if op in _REPEATS and av[1] is _P.MAXREPEAT:
            return True
        if op is _P.BRANCH:
            if any(_led_by_repeat(branch) for branch in av[1]):
                return True
        elif (body := _body(op, av)) is not None and _led_by_repeat(body):
            return True
        if _P.SubPattern(items.state, [(op, av)]).getwidth()[0] > 0:
            return False  # every match takes a character here: what follows leads none
    return False


def _set_source(chars: frozenset[str]) -> str:
    """The body of a character set of ``chars`` (runs of code points as ranges), for
    ``re`` and ``regex`` alike."""
    points = sorted(map(ord, chars))
    spans: list[list[int]] = []
    for cp in points:
        if spans and spans[-1][1] == cp - 1:
            spans[-1][1] = cp
        else:
            spans.append([cp, cp])
    return "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}"
                   for lo, hi in spans)


def first_char_guard(pattern: re.Pattern[str],
                     compile: Callable[[str, int], re.Pattern[str]] = re.compile
                     ) -> re.Pattern[str]:
    """``pattern`` (an ``re`` pattern scanned over whole texts) led by a lookahead at the
    characters its matches can start with, or at a line start where a match starts with
    ``^`` and then any character: the same matches (a match starts only where the
    lookahead holds), but ``re`` tries the rest only there. ``re`` skips ahead by itself
    only for a pattern whose every alternative starts with a literal or a set; one whose
    alternatives start with a lookbehind or ``^`` (facts' ``_HARD_BREAK``, the task
    openers) is tried in full at every character. ``pattern`` itself where no such set
    can be read (a match may start with a negated set or a category, or be empty), where
    it is case-blind or where the guarded source does not compile. Not for ``regex``
    patterns: that engine skips on its own, and a lookahead in front hides its skip
    (money.amount on the corpus and 100 bulk files: 140 → 450 ms). ``compile`` compiles the
    guarded source with the pattern's flags (facts' vocabulary: from the kept code of
    patterncache, the same pattern)."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    try:
        tree = _P.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & re.IGNORECASE:
            return pattern
        chars, line, empty = _first(tree)
        if empty or not (chars or line):
            return pattern
        lead = "|".join(([f"[{_set_source(frozenset(chars))}]"] if chars else [])
                        + (["^"] if line else []))
        return compile(f"(?={lead})(?:{pattern.pattern})", pattern.flags)
    except (_Unbounded, re.error):
        return pattern


def _first(items: Any) -> tuple[set[str], bool, bool]:
    """What a match of ``items`` can start with: its first characters, whether it can
    start at a ``^`` followed by any character, whether it can be empty."""
    chars: set[str] = set()
    line = at_start = False
    for op, av in items:
        if op is _P.AT:
            at_start = at_start or av in (_P.AT_BEGINNING, _P.AT_BEGINNING_STRING)
            continue
        if op is _P.ASSERT_NOT and not av[1]:
            return chars, line, False  # (?!): this way holds no match
        if op in _LOOKAROUND:
            continue
        try:
            more, more_line, empty = _first_of_item(op, av)
        except _Unbounded:
            if not at_start:
                raise
            return chars, True, False  # ^ and then anything: a line start
        chars |= more
        line = line or more_line
        if not empty:
            return chars, line, False
    return chars, line, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str], bool, bool]:
    if op in (_P.LITERAL, _P.IN):
        return set(_chars(op, av)), False, False
    if op is _P.BRANCH:
        chars: set[str] = set()
        line = empty = False
        for branch in av[1]:
            more, more_line, more_empty = _first(branch)
            chars |= more
            line, empty = line or more_line, empty or more_empty
        return chars, line, empty
    body = _body(op, av)
    if body is None:
        raise _Unbounded(op)  # a back-reference, a conditional, any character
    chars, line, empty = _first(body)
    return chars, line, empty or op in _REPEATS and av[0] == 0
