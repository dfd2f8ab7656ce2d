"""Ctrl-C (SIGINT) and SIGTERM during a run: stop between writes, never inside one.

:class:`StopGuard` turns the two signals into :class:`Stopped` in the main thread. Inside
:meth:`StopGuard.critical` (writing a batch's parts, tidying the output folder) a signal
is held back and raised when the section ends, so a stop never interrupts a write
half-way and the clean-up that follows runs to its end. Outside the main thread (a run
started from a worker thread) signals are left alone: Python delivers them to the main
thread only.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

#: the signals a run stops on, and the exit code a shell gives each (128 + number)
SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(KeyboardInterrupt):
    """The run was asked to stop (``signum``: SIGINT for Ctrl-C, or SIGTERM)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class StopGuard:
    """Raises :class:`Stopped` on SIGINT/SIGTERM, but never inside a critical section."""

    def __init__(self) -> None:
        self._depth = 0
        self._pending: int | None = None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._depth:
            self._pending = signum
            return
        raise Stopped(signum)

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        """Handle the signals for the duration (main thread only; restored after)."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        before = {s: signal.signal(s, self._handle) for s in SIGNALS}
        try:
            yield
        finally:
            for s, handler in before.items():
                signal.signal(s, handler)

    @contextlib.contextmanager
    def critical(self) -> Iterator[None]:
        """Hold signals back until the section ends; then raise the one that came."""
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1  # an error is on its way out already; the stop waits
            raise
        self._depth -= 1
        if not self._depth and self._pending is not None:
            signum, self._pending = self._pending, None
            raise Stopped(signum)

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold signals back during the section and drop them after it: for the
        clean-up at the end of a run, which a second Ctrl-C must not cut short."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth:
                self._pending = None


@contextlib.contextmanager
def children_ignore_sigint() -> Iterator[None]:
    """Processes started inside the section (a local dask cluster's) ignore SIGINT, so
    that a Ctrl-C in a terminal, which reaches the whole process group, is handled by
    this process alone (an ignored signal stays ignored across exec; a handler would
    not). A Ctrl-C during the section itself is lost."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, before)


def ignore_in_worker() -> None:
    """In a worker process: leave SIGINT to the parent, which stops the workers itself
    (a Ctrl-C in a terminal reaches every process of the group), and let SIGTERM end
    the worker at once (a forked worker inherits the parent's :class:`StopGuard`
    handler, and the parent stops its workers with SIGTERM)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
