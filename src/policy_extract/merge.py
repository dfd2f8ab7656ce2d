"""Merge policies: from overlapping candidates to a flat annotation (no overlaps).

A policy is a named function from candidates to a sorted, non-overlapping
list, so it can be swapped (``Pipeline(merge="longest")``).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence

from .model import NAME_LABELS, Candidate

MergePolicy = Callable[[Iterable[Candidate]], list[Candidate]]


def _by_length(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest first, then the higher priority, then the earlier one."""
    return sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start, c.rule))


#: the sort key (start, end), read in C rather than by a lambda (the same tuples)
_START_END = operator.attrgetter("start", "end")


def _clusters(candidates: Iterable[Candidate]) -> Iterator[list[Candidate]]:
    """Runs of candidates linked by overlaps, in text order. What a policy keeps in one
    run cannot depend on another run, so each is settled on its own: the cost stays
    linear in the text however many candidates a long document has."""
    run: list[Candidate] = []
    end = -1
    for cand in sorted(candidates, key=_START_END):
        if run and cand.start >= end:
            yield run
            run = []
        run.append(cand)
        end = max(end, cand.end) if len(run) > 1 else cand.end
    if run:
        yield run


def _greedy(ordered: Iterable[Candidate], kept: list[Candidate]) -> None:
    """Add each candidate, in the given order, that overlaps none kept so far."""
    for cand in ordered:
        i = bisect.bisect_left(kept, cand.start, key=lambda k: k.start)
        if (i > 0 and kept[i - 1].end > cand.start) or (i < len(kept) and kept[i].start < cand.end):
            continue
        kept.insert(i, cand)


def longest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest candidate, then the higher priority, then the earlier one."""
    out: list[Candidate] = []
    for run in _clusters(candidates):
        if len(run) == 1:  # most runs: a lone candidate overlaps nothing and is kept
            out.append(run[0])
            continue
        kept: list[Candidate] = []
        _greedy(_by_length(run), kept)
        out.extend(kept)
    return out


def is_statistical(cand: Candidate) -> bool:
    """Whether a candidate comes from the spaCy pass (its ``origin``)."""
    return cand.origin == "ner"


def rules_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Rule candidates, flattened longest first; then the spaCy pass's candidates fill
    only the gaps the rules leave (longest first). A model never overrides a rule."""
    out: list[Candidate] = []
    for run in _clusters(candidates):
        kept: list[Candidate] = []
        _greedy(_by_length(c for c in run if not is_statistical(c)), kept)
        _greedy(_by_length(c for c in run if is_statistical(c)), kept)
        out.extend(kept)
    return out


def names_model_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The rules' numbers and dates first (a model's name never hides a number), then the
    spaCy pass's names, then the rules' names in the gaps left (each tier longest first)."""
    def tier(c: Candidate) -> int:
        if is_statistical(c):
            return 1
        return 2 if c.label in NAME_LABELS else 0
    out: list[Candidate] = []
    for run in _clusters(candidates):
        kept: list[Candidate] = []
        for level in range(3):
            _greedy(_by_length(c for c in run if tier(c) == level), kept)
        out.extend(kept)
    return out


def drop_inside(candidates: Iterable[Candidate], blocked: Sequence[tuple[int, int]]
                ) -> list[Candidate]:
    """Drop candidates that overlap a blocked span (numbers inside names)."""
    spans = sorted(blocked)
    starts = [s for s, _ in spans]
    out = []
    for cand in candidates:
        i = bisect.bisect_left(starts, cand.end)
        if any(s < cand.end and e > cand.start for s, e in spans[max(0, i - 8):i]):
            continue
        out.append(cand)
    return out


POLICIES: dict[str, MergePolicy] = {"longest": longest_first, "rules-first": rules_first,
                                     "names-model-first": names_model_first}
