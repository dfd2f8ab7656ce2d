"""How far the extraction of one text has gone, so that a huge file shows movement.

The stages of :meth:`policy_extract.pipeline.Pipeline.extract` run inside
:func:`stage` sections (a share of the whole, by their usual cost) and long stages
call :func:`report` with the fraction of their own work done; whoever wants to
know (the batch runner, for its progress bar) wraps the call in :func:`reporting`.
Without a :func:`reporting` section a report costs one context-variable lookup.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

Callback = Callable[[float], None]

_CALLBACK: ContextVar[Callback | None] = ContextVar("policy_extract_progress", default=None)
_SPAN: ContextVar[tuple[float, float]] = ContextVar("policy_extract_progress_span",
                                                     default=(0.0, 1.0))


@contextlib.contextmanager
def reporting(callback: Callback | None) -> Iterator[None]:
    """Send the fraction of the text done (0 to 1, never going back) to ``callback``."""
    token = _CALLBACK.set(callback)
    span = _SPAN.set((0.0, 1.0))
    try:
        yield
    finally:
        _SPAN.reset(span)
        _CALLBACK.reset(token)


@contextlib.contextmanager
def stage(start: float, end: float) -> Iterator[None]:
    """A stage that makes up ``start``-``end`` of the enclosing one (fractions of it)."""
    lo, hi = _SPAN.get()
    token = _SPAN.set((lo + (hi - lo) * start, lo + (hi - lo) * end))
    try:
        yield
    finally:
        _SPAN.reset(token)
    report_absolute(lo + (hi - lo) * end)


def report(fraction: float) -> None:
    """The current stage is ``fraction`` (0 to 1) done."""
    callback = _CALLBACK.get()
    if callback is not None:
        lo, hi = _SPAN.get()
        callback(lo + (hi - lo) * min(max(fraction, 0.0), 1.0))


def report_absolute(fraction: float) -> None:
    callback = _CALLBACK.get()
    if callback is not None:
        callback(fraction)


def shares(costs: list[float]) -> list[tuple[float, float]]:
    """Consecutive ``(start, end)`` fractions in proportion to ``costs``."""
    total = sum(costs) or 1.0
    out, at = [], 0.0
    for cost in costs:
        out.append((at / total, (at + cost) / total))
        at += cost
    return out
