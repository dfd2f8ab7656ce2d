"""Merge policies: from overlapping candidates to a flat annotation (no overlaps).

A policy is a named function from candidates to a sorted, non-overlapping
list, so it can be swapped (``Pipeline(merge="longest")``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from .model import Candidate

MergePolicy = Callable[[Iterable[Candidate]], list[Candidate]]


def _by_length(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest first, then the higher priority, then the earlier one."""
    return sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start, c.rule))


def _place(kept: list[Candidate], starts: list[int], cand: Candidate) -> None:
    """Insert ``cand`` into the sorted flat list unless it overlaps a kept candidate."""
    i = bisect.bisect_left(starts, cand.start)
    if (i > 0 and kept[i - 1].end > cand.start) or (i < len(kept) and kept[i].start < cand.end):
        return
    starts.insert(i, cand.start)
    kept.insert(i, cand)


def longest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest candidate, then the higher priority, then the earlier one."""
    starts: list[int] = []
    kept: list[Candidate] = []
    for cand in _by_length(candidates):
        _place(kept, starts, cand)
    return kept


def is_statistical(cand: Candidate) -> bool:
    """Whether a candidate comes from the spaCy pass (rule ids ``ner:…``)."""
    return cand.rule.startswith("ner:")


def rules_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Rule candidates, flattened longest first; then the spaCy pass's candidates fill
    only the gaps the rules leave (longest first). A model never overrides a rule."""
    cands = list(candidates)
    starts: list[int] = []
    kept: list[Candidate] = []
    for cand in _by_length(c for c in cands if not is_statistical(c)):
        _place(kept, starts, cand)
    for cand in _by_length(c for c in cands if is_statistical(c)):
        _place(kept, starts, cand)
    return kept


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


POLICIES: dict[str, MergePolicy] = {"longest": longest_first, "rules-first": rules_first}
