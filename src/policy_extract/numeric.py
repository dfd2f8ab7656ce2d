"""Rule pass for MONEY, COUNT, PERCENT, QUANTITY, DURATION and RANK.

Each rule of ``rules/numeric.yaml`` is matched on the clean view; its named
groups become a value (numeral × magnitude, exact Decimal), a unit (from
``rules/units.tsv``) and a qualifier (inner 多/余/几, else the words around
the span listed in ``rules/qualifiers.yaml``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal

import regex

from . import progress
from .model import Candidate
from .numbers import NumeralError, magnitude, parse_numeral
from .rules import Rule, RuleSet
from .runs import run_matches, run_plan

#: Seconds one rule may spend on one text before it is abandoned (adversarial input).
MATCH_TIMEOUT = 5.0
_NO_MAGNITUDE = frozenset({"PERCENT", "DURATION", "RANK"})


#: what may join alternatives whose qualifier is written once, after the last (rule 19)
_LIST_JOINS = frozenset({"或", "或者", "、", "和", "及", "或是"})


def find_numeric(clean: str, rules: RuleSet) -> list[Candidate]:
    out: list[Candidate] = []
    for i, rule in enumerate(rules.numeric, 1):
        for m in iter_matches(rule.pattern, clean, rule.id, rule.needs, rule.needs_pattern):
            cand = numeric_candidate(rule, m, clean, rules)
            if cand is not None:
                out.append(cand)
        progress.report(i / len(rules.numeric))
    return _share_list_qualifiers(out, clean, rules)


def _share_list_qualifiers(cands: list[Candidate], clean: str, rules: RuleSet
                           ) -> list[Candidate]:
    """Qualifiers shared along a list of numbers (guideline v3, rule 19): one written
    after the list applies to each (``投资50亿元或5亿美元以上``), and one that governs
    the list from before it does too (``分别突破1.5万亿元、1.4万亿元``: both over)."""
    table = rules.qualifiers["numeric"]
    cands = share_after_list(cands, clean, table.get("after", {}))
    return share_before_list(cands, clean, table.get("before", {}), table.get("reach", {}))


#: candidates by (label, start) and by (label, end): the items a list join stands between
_Ends = tuple[dict[tuple[str, int], Candidate], dict[tuple[str, int], Candidate]]


def _joined(cands: list[Candidate]) -> _Ends:
    return {(c.label, c.start): c for c in cands}, {(c.label, c.end): c for c in cands}


def _list_neighbour(by: _Ends, clean: str, cur: Candidate, forward: bool
                    ) -> Candidate | None:
    """The item of the same label joined to ``cur`` by a list join (、 和 或 …), the next
    one or the one before, if it is exact (an item's own qualifier wins)."""
    by_start, by_end = by
    for j in _LIST_JOINS:
        if forward:
            nxt = by_start.get((cur.label, cur.end + len(j)))
            ok = nxt is not None and clean[cur.end:nxt.start] == j
        else:
            nxt = by_end.get((cur.label, cur.start - len(j)))
            ok = nxt is not None and clean[nxt.end:cur.start] == j
        if ok and nxt is not None and nxt.qualifier == "exact":
            return nxt
    return None


def share_after_list(cands: list[Candidate], clean: str, after: dict[str, str]
                     ) -> list[Candidate]:
    """A qualifier word right after the last item of a list applies to each item before
    it (walk back over joined, exact items): numbers, and dates (``4月10日、7月10日和
    2020年1月10日前``: each before)."""
    by = _joined(cands)
    out = {id(c): c for c in cands}
    for c in sorted(cands, key=lambda c: c.start):
        shared = word_after(clean, c.end, after)
        cur = c
        while shared and (prev := _list_neighbour(by, clean, cur, forward=False)) is not None:
            out[id(prev)] = dataclasses.replace(prev, qualifier=shared)
            cur = prev
    return list(out.values())


def share_before_list(cands: list[Candidate], clean: str, before: dict[str, str],
                      reach: dict[str, str]) -> list[Candidate]:
    """A qualifier word that governs the first item of a list from before it (``突破``,
    ``不低于``) applies to the items joined after it."""
    by = _joined(cands)
    out = {id(c): c for c in cands}
    for c in sorted(cands, key=lambda c: c.start):
        if c.qualifier in (None, "exact"):
            continue
        if c.qualifier not in (word_before(clean, c.start, before),
                               word_reaching(clean, c.start, reach)):
            continue  # its qualifier is its own (以上 after it, 多 inside it)
        cur = c
        while (nxt := _list_neighbour(by, clean, cur, forward=True)) is not None:
            out[id(nxt)] = dataclasses.replace(nxt, qualifier=c.qualifier)
            cur = nxt
    return list(out.values())


_WARNINGS: ContextVar[list[str] | None] = ContextVar("policy_extract_warnings", default=None)


@contextmanager
def collect_warnings() -> Iterator[list[str]]:
    """Collect what went wrong on one text without stopping it (a rule that timed out):
    :meth:`Pipeline.extract` puts the list on the :class:`Extraction`."""
    bucket: list[str] = []
    token = _WARNINGS.set(bucket)
    try:
        yield bucket
    finally:
        _WARNINGS.reset(token)


@contextmanager
def recorded_warnings() -> Iterator[list[str]]:
    """The warnings given inside the block (:func:`warn`), listed once it ends; they go on
    the text's list (:func:`collect_warnings`) as ever. Outside an extraction none is kept."""
    bucket = _WARNINGS.get()
    before = len(bucket) if bucket is not None else 0
    given: list[str] = []
    try:
        yield given
    finally:
        if bucket is not None:
            given.extend(bucket[before:])


def warn(message: str) -> None:
    """Record ``message`` on the text being extracted (see :func:`collect_warnings`)."""
    bucket = _WARNINGS.get()
    if bucket is not None:
        bucket.append(message)


def iter_matches(pattern: regex.Pattern[str], text: str, what: str = "a rule",
                 needs: tuple[str, ...] = (),
                 needs_pattern: regex.Pattern[str] | None = None
                 ) -> Iterator[regex.Match[str]]:
    """``finditer`` with a time bound: a pathological input loses one rule, never hangs,
    and the loss is recorded (:func:`warn`) under ``what``, the rule's id. ``needs``
    (a rule's): strings one of which every match holds; a text without any has none, nor
    has one without a match of ``needs_pattern`` (a rule's, read by one search). A
    pattern led by a numeral is tried only in the runs of its characters around its
    anchors where it has a plan (runs.py: the same matches, the same time bound)."""
    if needs and not any(w in text for w in needs):
        return
    if needs_pattern is not None and not _may_hold(needs_pattern, text):
        return
    plan = run_plan(pattern)
    matches = (pattern.finditer(text, timeout=MATCH_TIMEOUT) if plan is None
               else run_matches(plan, pattern, text, MATCH_TIMEOUT))
    n = 0
    try:
        for m in matches:
            n += 1
            yield m
    except TimeoutError:
        warn(f"{what}: timed out after {MATCH_TIMEOUT:g} s; "
             f"matches after the first {n} on this text are lost")


def _may_hold(needs_pattern: regex.Pattern[str], text: str) -> bool:
    """Whether ``text`` may hold a match of a rule: False only when one bounded search
    finds no match of its ``needs_pattern``; a search that times out skips nothing."""
    try:
        return needs_pattern.search(text, timeout=MATCH_TIMEOUT) is not None
    except TimeoutError:
        return True


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


#: two digits written side by side, the smaller first: a rough range (两三年, 一两个, 三五天)
_ROUGH_PAIR = regex.compile(r"([一二两三四五六七八])([二两三四五六七八九])")


def _values(rule: Rule, groups: dict[str, str | None]) -> tuple[Decimal, Decimal | None]:
    if rule.value is not None:
        return Decimal(rule.value), None
    mag = Decimal(1) if rule.label in _NO_MAGNITUDE else magnitude(groups.get("mag"))
    # 1万至5万元: one magnitude for both ends; 五千元至五万元: the first end's own unit
    # written, its magnitude is its own (none)
    if groups.get("mag1"):
        mag1 = magnitude(groups["mag1"])
    else:
        mag1 = Decimal(1) if groups.get("unit1") else mag
    num_text = groups.get("num")
    value = (parse_numeral(num_text) if num_text else Decimal(1)) * mag1
    if groups.get("sign"):
        value = -value
    num2 = groups.get("num2")
    value_max = parse_numeral(num2) * mag if num2 else None
    pair = _ROUGH_PAIR.fullmatch(num_text) if num_text and not num2 else None
    if pair:  # 两三年, 三五天, 三四万元: a rough range, one span (rule 3), not 23 or 35
        value, value_max = parse_numeral(pair[1]) * mag1, parse_numeral(pair[2]) * mag
    if groups.get("half1"):  # 两个半月至三个半月: the first end's own half
        value += Decimal("0.5")
    if groups.get("half"):  # 一年半, 三个月半: and a half, of the last number written
        if value_max is None:
            value += Decimal("0.5")
        else:
            value_max += Decimal("0.5")
    # 5000至1万元: the shared magnitude would lift the first end past the second, so the
    # first end, written without one, has none
    if value_max is not None and value_max <= value and mag1 == mag and mag > 1:
        value /= mag
    if rule.scale is not None:
        value *= Decimal(rule.scale)
        value_max = None if value_max is None else value_max * Decimal(rule.scale)
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
    # a word read as exact (经过, 通过: not the 过 of 过亿) leaves a 多/余 inside its say:
    # 经过20多年发展 -> over
    if before and before != "exact":
        return before
    for key in ("inner", "inner2"):
        inner = groups.get(key)
        if inner:
            return table.get("inner", {}).get(inner, "over")
    if before:
        return before
    return word_reaching(clean, start, table.get("reach", {})) or "exact"


def word_before(clean: str, start: int, words: dict[str, str]) -> str | None:
    """The qualifier of the longest listed word ending right at ``start``."""
    m = _listed(words)[1].match(clean, 0, start)
    return words[m.group()] or None if m else None


#: how far a `reach` qualifier word may stand before the number it governs
REACH = 12
#: what ends the stretch a `reach` word may span: clause punctuation or another number
#: (searched backwards: the last one before the number, in one step)
_REACH_STOP = regex.compile(r"(?r)[，。；：、！？,;:!?\n（）()《》“”\d０-９%％]")


#: between a reaching word and its number: a noun and then a verb that reports a value
#: (最高客运量达, 最多的一天为): the word describes the noun, it bounds no number; a modal
#: before the verb (最高可达) keeps the bound
_DESCRIBES = regex.compile(r"[^可能将\P{Han}]\p{Han}*?(?:分别)?(?:达到|达|为)$")


def word_reaching(clean: str, start: int, words: dict[str, str]) -> str | None:
    """The qualifier of the listed word nearest before ``start`` with at most
    :data:`REACH` characters and no clause break or other number between them
    (``不超过项目投资额30%``: 不超过 governs 30% across the noun, rule 19). A word
    followed by 的 describes, it does not bound (``全省最高的增长率为12%``)."""
    if not words:
        return None
    longest = _sizes(words)[0]
    window = clean[max(0, start - REACH - longest):start]
    stop = _REACH_STOP.search(window)
    window = window[stop.end():] if stop else window
    if _any_of(words).search(window) is None:
        return None  # most windows hold no listed word: one scan rather than one per word
    best: tuple[int, str] | None = None
    for word, qualifier in words.items():
        k = window.rfind(word)
        end = k + len(word)
        if k < 0 or window[end:end + 1] == "的" or len(window) - end > REACH \
                or best is not None and end <= best[0]:
            continue
        if not _DESCRIBES.match(window, end):  # 单日最高客运量分别达1409万: a peak, no bound
            best = (end, qualifier)
    return best[1] if best else None


def word_after(clean: str, end: int, words: dict[str, str]) -> str | None:
    """The qualifier of the longest listed word starting right at ``end``; none where
    that word is one listed as giving none (``前移``, which starts with ``前``)."""
    m = _listed(words)[0].match(clean, end)
    return words[m.group()] or None if m else None


def _sizes(words: dict[str, str]) -> list[int]:
    """The lengths of ``words``, longest first (the tables are the rules' own, read for
    every number: remembered per table)."""
    hit = _SIZES.get(id(words))
    if hit is None or hit[0] is not words:
        hit = _SIZES[id(words)] = (words, sorted({len(w) for w in words}, reverse=True))
    return hit[1]


def _any_of(words: dict[str, str]) -> regex.Pattern[str]:
    """A pattern that finds any of ``words`` (remembered per table, as :func:`_sizes`)."""
    hit = _ANY_OF.get(id(words))
    if hit is None or hit[0] is not words:
        source = "|".join(regex.escape(w) for w in words) or "(?!)"
        hit = _ANY_OF[id(words)] = (words, regex.compile(source))
    return hit[1]


_ANY_OF: dict[int, tuple[dict[str, str], regex.Pattern[str]]] = {}


def _listed(words: dict[str, str]) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The words of ``words`` (those that give none too), longest first: a pattern that finds
    the longest starting at a position (``match(text, pos)``) and a reverse one that finds
    the longest ending at it (``match(text, 0, pos)``). Read for every number, remembered
    per table (as :func:`_sizes`): one match instead of a slice and a look-up per length."""
    hit = _LISTED.get(id(words))
    if hit is None or hit[0] is not words:
        given = sorted(words, key=len, reverse=True)
        source = "|".join(regex.escape(w) for w in given) or "(?!)"
        hit = _LISTED[id(words)] = (words, regex.compile(source),
                                    regex.compile(f"(?r)(?:{source})"))
    return hit[1], hit[2]


_LISTED: dict[int, tuple[dict[str, str], regex.Pattern[str], regex.Pattern[str]]] = {}

#: :func:`_sizes` of each table asked about, by its id (the table is kept, so the id stays
#: its own)
_SIZES: dict[int, tuple[dict[str, str], list[int]]] = {}
