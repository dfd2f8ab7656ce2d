"""Merge policies: from overlapping candidates to a flat annotation (no overlaps).

A policy is a named function from candidates to a sorted, non-overlapping
list, so it can be swapped (``Pipeline(merge="longest")``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence

from .model import Candidate

MergePolicy = Callable[[Iterable[Candidate]], list[Candidate]]


def longest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest candidate, then the higher priority, then the earlier one."""
    ordered = sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start, c.rule))
    starts: list[int] = []
    kept: list[Candidate] = []
    for cand in ordered:
        i = bisect.bisect_left(starts, cand.start)
        if i > 0 and kept[i - 1].end > cand.start:
            continue
        if i < len(kept) and kept[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        kept.insert(i, cand)
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


POLICIES: dict[str, MergePolicy] = {"longest": longest_first}
