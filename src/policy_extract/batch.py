"""Run the pipeline over files and folders and write the tables.

* Inputs: files and folders (recursive; the formats of
  :data:`policy_extract.formats.FORMATS`: text, Word, web pages, PDF). A file
  of another type met in a folder, a hidden file or folder and a symlinked
  folder (not followed, so a symlink loop cannot trap the walk) each get a
  ``documents`` row with status ``skipped`` and the reason: nothing is left
  out silently. A file named as an input is read whatever its suffix (as
  text when the suffix is not a known format).
* Each document is decoded and extracted on its own: a broken file becomes a
  ``documents`` row with status ``error`` and a readable message; the batch
  goes on.
* Workers: each builds the pipeline once; documents are processed in input
  order and written in batches, so the tables are the same whatever the
  number of workers.
* Engines: ``local`` (a process pool on this machine) or ``dask`` (a dask
  ``distributed`` cluster, see docs/scale.md). Either way the workers only
  extract; this process writes every part, so the tables do not depend on the
  engine or the number of workers.
* Batches are written as Parquet parts named ``part-rRUN-BATCH.parquet``
  (``RUN`` grows with every run into the same folder, so names sort oldest
  first). The parts of a batch (mentions, sentences, facts, documents) are staged
  under hidden names and then renamed into place, the ``documents`` part last: it marks the batch as
  complete. A run that finds parts of a batch without its documents part (a
  killed run) deletes them, and :func:`policy_extract.tables.read_table` never
  reads them; a document already done with the same sha256 and pipeline
  version is skipped unless ``force``; a document redone replaces its older
  rows.
* One run at a time writes to a folder (an advisory lock on
  ``OUT/.policy-extract.lock``, removed when the run ends); a second one fails at
  once with a clear error.
* A run that is stopped (Ctrl-C, SIGTERM: :class:`Interrupted`) or cannot write a
  part (a full disk, a folder made read-only: :class:`OutputError`) finishes the
  write in hand or discards it whole, removes its staged parts and the lock, and
  says what is kept; the same command run again resumes.
* Progress (``progress=``) counts characters, including inside a document being
  extracted (see :mod:`policy_extract.progress`), so a huge file shows movement.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import errno
import functools
import logging
import os
import queue
import re
import shutil
import signal
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from . import progress as progress_of_text
from .formats import format_of, read_path, reader_version, unsupported_reason
from .model import PolicyExtractError
from .pipeline import Pipeline, default_pipeline
from .stopping import StopGuard, Stopped, children_ignore_sigint, ignore_in_worker
from .tables import (
    DATA_TABLES,
    SCHEMAS,
    TABLES,
    batch_of,
    commit_staged,
    committed_batches,
    fact_row,
    mention_row,
    part_paths,
    read_table,
    sentence_row,
    stage,
    to_table,
    upgrade_parts,
    write_atomic,
)

log = logging.getLogger(__name__)

BATCH_DOCS = 64
BATCH_CHARS = 4_000_000
#: Overrides ``BATCH_DOCS`` (tests use small batches to get many parts).
BATCH_DOCS_ENV = "POLICY_EXTRACT_BATCH_DOCS"
ENGINES = ("local", "dask")
LOCK_NAME = ".policy-extract.lock"
NO_TEXT_KEPT = " (text not kept)"
_RUN = re.compile(r"r(?P<run>\d+)-")


class InputError(PolicyExtractError):
    """An input path that does not exist or an output folder that cannot be written."""


class OutputError(PolicyExtractError):
    """A part could not be written (a full disk, a folder made read-only); the message
    names it, says what is kept and what to do. Nothing half-written is left."""


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    source: str
    #: why it is not read (a file type that is not read, a symlinked folder); None: read it
    skip: str | None = None
    #: this file's reference date from a --ref-dates table (None: the run's --ref-date,
    #: else inferred from the text)
    ref_date: str | None = None


#: a reference date: YYYY, YYYY-MM or YYYY-MM-DD
REF_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
#: the column of a --ref-dates table that names the file, in the order they are looked for
_FILE_COLUMNS = ("file", "source", "path", "doc_id")


def read_ref_dates(path: Path) -> dict[str, str]:
    """A table of reference dates, one file a row: a header with a column naming the file
    (``file``, ``source``, ``path`` or ``doc_id``) and ``ref_date``; tab- or
    comma-separated, other columns ignored (``gold/ref_dates.tsv`` reads as it is).
    Raises :class:`InputError` naming the line of a bad date or a missing column."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"--ref-dates {path}: cannot be read ({exc})") from None
    rows = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not rows:
        raise InputError(f"--ref-dates {path}: empty")
    reader = csv.DictReader(rows, delimiter="\t" if "\t" in rows[0] else ",")
    fields = reader.fieldnames or []
    key = next((c for c in _FILE_COLUMNS if c in fields), None)
    if key is None or "ref_date" not in fields:
        raise InputError(f"--ref-dates {path}: the header needs a ref_date column and one of "
                         f"{', '.join(_FILE_COLUMNS)} (it has: {', '.join(fields)})")
    table: dict[str, str] = {}
    for n, row in enumerate(reader, 2):
        name, date = (row.get(key) or "").strip(), (row.get("ref_date") or "").strip()
        if not REF_DATE.match(date):
            raise InputError(f"--ref-dates {path}, row {n}: ref_date {date!r} is not YYYY, "
                             "YYYY-MM or YYYY-MM-DD")
        table[name] = date
    return table


def with_ref_dates(items: list[InputFile], table: dict[str, str]
                   ) -> tuple[list[InputFile], list[str]]:
    """The items with their reference dates from ``table``, and the table's names that
    match no item (so the caller can say so). A name matches an item's source, its file
    name, the file name without its suffix (a gold ``doc_id``), or the end of its path
    (``corpus/x.txt``)."""
    used: set[str] = set()
    out = []
    for item in items:
        path = item.path.as_posix()
        match = next((name for name in (item.source, item.path.name, item.path.stem)
                      if name in table), None)
        if match is None:
            match = next((name for name in table if "/" in name
                          and path.endswith("/" + name.lstrip("/"))), None)
        if match is None:
            out.append(item)
            continue
        used.add(match)
        out.append(dataclasses.replace(item, ref_date=table[match]))
    return out, sorted(set(table) - used)


def _empty(name: str) -> Callable[[], pa.Table]:
    return lambda: SCHEMAS[name].empty_table()


@dataclass(slots=True)
class DocResult:
    """One document's rows. Mentions and sentences are Arrow tables already, built where
    the document was extracted: a worker sends them back cheaply (Arrow buffers, not
    pickled dicts) and the process that writes only concatenates them."""

    document: dict[str, Any]
    mentions: pa.Table = field(default_factory=_empty("mentions"))
    sentences: pa.Table = field(default_factory=_empty("sentences"))
    texts: pa.Table = field(default_factory=_empty("texts"))
    facts: pa.Table = field(default_factory=_empty("facts"))
    #: the facts stage ran on it: a batch none of whose documents had it writes no facts
    #: part, so a run with --facts-method none has no facts table (the pages say so)
    facts_ran: bool = False
    skipped: bool = False
    #: done before with another pipeline or other options: what changed
    redone: str | None = None


#: ``(source, sha256)`` of each document done in OUT -> its ``(pipeline_version, options)``
Done = dict[tuple[str, str], tuple[str, str]]


def options_of(ref_date: str | None, fmt: str = "text") -> str:
    """The options that change a document's output besides its bytes and the pipeline: the
    reference date and, for a .docx, .html or .pdf, the library (and version) that read it."""
    options = f"ref_date={ref_date or 'inferred'}"
    reader = reader_version(fmt)
    return f"{options}; reader={reader}" if reader else options


def _what_changed(before: tuple[str, str], now: tuple[str, str]) -> str:
    parts = [f"{what} {a} -> {b}" for what, a, b in
             (("pipeline", before[0], now[0]), ("options", before[1], now[1])) if a != b]
    return "; ".join(parts)


@dataclass(slots=True)
class RunSummary:
    out: Path
    n_inputs: int = 0
    n_ok: int = 0
    n_failed: int = 0
    n_skipped: int = 0
    #: files not read (types that are not read, hidden files, symlinked folders): (source, why)
    not_read: list[tuple[str, str]] = field(default_factory=list)
    n_chars: int = 0
    seconds: float = 0.0
    labels: Counter[str] = field(default_factory=Counter)
    #: facts by kind (level, growth, change, share)
    facts: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    #: documents done before in OUT and redone because the pipeline or options changed
    n_redone: int = 0
    redone_because: Counter[str] = field(default_factory=Counter)
    #: (source, warning) for every warning (e.g. a rule that timed out on a document)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    #: documents whose rows this run committed to OUT (ok and failed ones)
    n_written: int = 0
    #: names of the --ref-dates table that matched no input file
    unmatched_ref_dates: list[str] = field(default_factory=list)

    def kept(self) -> str:
        """What OUT holds of this run's inputs, for a run that ended early."""
        left = self.n_inputs - self.n_written - self.n_skipped
        return (f"{self.n_written} document(s) written by this run are kept in {self.out} "
                f"({self.n_skipped} more were done before); {left} not done yet")


class Interrupted(KeyboardInterrupt):
    """The run was stopped (Ctrl-C or SIGTERM) between two writes. ``summary`` says what
    was done; ``str()`` says what is kept and how to resume."""

    def __init__(self, summary: RunSummary, signum: int) -> None:
        self.summary = summary
        self.signum = signum
        what = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
        super().__init__(f"interrupted ({what}): {summary.kept()}. Run the same command "
                         "again to resume: documents already done are skipped")


@dataclass(frozen=True, slots=True)
class Progress:
    """Where a run is, for ``run(progress=...)``: characters extracted of all the inputs
    (``chars_total`` is an estimate until every file is decoded: the characters of the
    files decoded so far plus the bytes of the others at the bytes-per-character seen)."""

    chars_done: int
    chars_total: int
    docs_done: int
    n_docs: int
    #: the document extracted or finished last
    source: str


ProgressFn = Callable[[Progress], None]


def collect_inputs(inputs: Sequence[Path]) -> list[InputFile]:
    """Files named and files under folders named, in a stable order, with their sources.

    Files under a folder that are not read come with the reason (``InputFile.skip``)."""
    files: list[InputFile] = []
    for root in inputs:
        root = Path(root)
        if root.is_dir():
            files.extend(_walk(root))
        elif root.exists() or root.is_symlink():
            files.append(InputFile(root, root.name))
        else:
            raise InputError(f"input not found: {root}")
    return _unique_sources(files, inputs)


def common_root(inputs: Sequence[Path]) -> str | None:
    """The deepest folder holding every input (a folder input counts as itself, a file as
    its folder); None where there is none (Windows paths on different drives)."""
    roots = [os.path.abspath(p) if Path(p).is_dir() else os.path.dirname(os.path.abspath(p))
             for p in inputs]
    try:
        return os.path.commonpath(roots) if roots else None
    except ValueError:
        return None


def _unique_sources(files: list[InputFile], inputs: Sequence[Path]) -> list[InputFile]:
    """Sources (and doc_ids) are paths relative to the inputs' common root: one folder
    given gives paths inside it, one file its name, and ``a/report.txt`` and
    ``b/report.txt`` stay apart and say where they come from. A file named twice
    (directly and through its folder) is read once."""
    root = common_root(inputs)
    paths: set[str] = set()
    seen: Counter[str] = Counter()
    out = []
    for f in files:
        absolute = os.path.abspath(f.path)
        if absolute in paths:
            continue
        paths.add(absolute)
        source = Path(os.path.relpath(absolute, root)).as_posix() if root else f.source
        seen[source] += 1  # only where paths cannot be compared (no common root)
        out.append(InputFile(f.path, source if seen[source] == 1
                             else f"{source}#{seen[source]}", f.skip))
    return out


def _walk(root: Path) -> Iterator[InputFile]:
    """Every file under ``root``; hidden folders and symlinked folders are not entered."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        entries = [(name, False) for name in filenames]
        for name in list(dirnames):
            if name.startswith(".") or (here / name).is_symlink():
                dirnames.remove(name)
                entries.append((name, True))
        dirnames.sort()
        for name, is_dir in sorted(entries):
            path = here / name
            source = path.relative_to(root).as_posix()
            if is_dir:
                why = ("a symlinked folder: not followed (name it as an input to read it)"
                       if path.is_symlink() else "a hidden folder: not searched")
                yield InputFile(path, source, why)
            elif name.startswith((".", "~$")) or format_of(path) is None:
                yield InputFile(path, source, unsupported_reason(path))
            else:
                yield InputFile(path, source)


#: ``(characters done, characters of the document)`` while one document is extracted
TickFn = Callable[[int, int], None]


def process_file(pipeline: Pipeline, item: InputFile, ref_date: str | None,
                 done: Done | None = None, on_tick: TickFn | None = None) -> DocResult:
    """Read and extract one file; every failure becomes an error row, a file that is not
    read a skipped row. ``on_tick`` hears how far the extraction is, in characters."""
    fmt = None if item.skip else format_of(item.path) or "text"
    ref_date = item.ref_date or ref_date
    doc: dict[str, Any] = {
        "doc_id": item.source, "source": item.source, "sha256": None, "encoding": None,
        "n_chars": None, "ref_date": None, "ref_date_source": None, "place": None,
        "place_code": None, "place_source": None, "status": "error",
        "error": None, "n_mentions": 0, "pipeline_version": pipeline.version,
        "options": options_of(ref_date, fmt or "text"), "warnings": [], "period": None,
    }
    if item.skip:
        doc.update(status="skipped", error=item.skip, options=None)
        return DocResult(doc)
    redone = None
    try:
        read = read_path(item.path, fmt)
        text, sha = read.text, read.sha256
        doc.update(sha256=sha, encoding=read.encoding, n_chars=len(text))
        before = (done or {}).get((item.source, sha))
        if before == (pipeline.version, doc["options"]):
            return DocResult(doc, skipped=True)
        if before is not None:
            redone = _what_changed(before, (pipeline.version, doc["options"]))
        n_chars = len(text)
        tick = None if on_tick is None else (lambda f: on_tick(int(f * n_chars), n_chars))
        with progress_of_text.reporting(tick):
            result = pipeline.extract(text, ref_date=ref_date, doc_id=item.source)
    except PolicyExtractError as exc:
        doc["error"] = str(exc)
        return DocResult(doc, redone=redone)
    except Exception as exc:  # a bug must not sink the batch; say so plainly
        log.exception("internal error on %s", item.path)
        doc["error"] = f"internal error ({type(exc).__name__}: {exc}); please report it"
        return DocResult(doc, redone=redone)
    doc.update(status="ok", ref_date=result.ref_date, ref_date_source=result.ref_date_source,
               place=result.place, place_code=result.place_code,
               place_source=result.place_source, period=result.period,
               n_mentions=len(result.mentions), warnings=list(result.warnings))
    return DocResult(
        doc, redone=redone,
        mentions=to_table("mentions", [mention_row(m, item.source) for m in result.mentions]),
        sentences=to_table("sentences",
                           [sentence_row(s, item.source) for s in result.sentences]),
        texts=to_table("texts", [{"doc_id": item.source, "text": text}]),
        facts=to_table("facts", [fact_row(f) for f in result.facts]),
        facts_ran=getattr(pipeline, "fact_vocab", None) is not None,
    )


# -- workers -------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}
#: seconds between two progress reports of a worker on the document in hand
TICK_EVERY = 0.25


def _init_worker(factory: Callable[[], Pipeline], ref_date: str | None, done: Done,
                 ticks: Any = None) -> None:
    _WORKER.update(pipeline=factory(), ref_date=ref_date, done=done, ticks=ticks)


def _init_pool_worker(factory: Callable[[], Pipeline], ref_date: str | None, done: Done,
                      ticks: Any) -> None:
    ignore_in_worker()  # the parent stops the pool itself on Ctrl-C
    _init_worker(factory, ref_date, done, ticks)


def _work(index: int, item: InputFile) -> DocResult:
    ticks = _WORKER["ticks"]
    on_tick = None
    if callable(ticks):  # in this process: the callback itself
        def on_tick(n: int, total: int) -> None:
            ticks(index, n, total)
    elif ticks is not None:  # a worker process: a queue to the parent, a few times a second
        last = [0.0]

        def on_tick(n: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= TICK_EVERY:
                last[0] = now
                ticks.put((index, n, total))
    return process_file(_WORKER["pipeline"], item, _WORKER["ref_date"], _WORKER["done"],
                        on_tick)


Results = Generator[DocResult, None, None]
#: ``(index of the input, characters done, characters of it)``
OnTick = Callable[[int, int, int], None]


def _same(pipeline: Pipeline) -> Pipeline:
    return pipeline


def _results(items: list[InputFile], factory: Callable[[], Pipeline], ref_date: str | None,
             done: Done, workers: int, on_tick: OnTick | None = None) -> Results:
    """Results in input order. At most ``4 × workers`` documents are in flight, so
    memory stays flat however many files there are; a crashed worker raises
    ``BrokenProcessPool`` instead of hanging. A stop (Ctrl-C) or an error in the
    caller terminates the workers instead of waiting for their documents."""
    if workers <= 1 or len(items) <= 1:
        _init_worker(factory, ref_date, done, on_tick)
        yield from map(_work, range(len(items)), items)
        return
    ctx = get_context("fork") if hasattr(os, "fork") else get_context()
    if ctx.get_start_method() == "fork":
        # build once here: the forked workers share it instead of each building its own
        built = factory()
        factory = functools.partial(_same, built)
    ticks = ctx.Queue() if on_tick is not None else None
    window: deque[Future[DocResult]] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_pool_worker,
                               initargs=(factory, ref_date, done, ticks))
    try:
        for index, item in enumerate(items):
            window.append(pool.submit(_work, index, item))
            if len(window) >= 4 * workers:
                yield _result(window.popleft(), ticks, on_tick)
        while window:
            yield _result(window.popleft(), ticks, on_tick)
    except BaseException:  # a stop, an error, or the caller closing the generator
        _terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if ticks is not None:
            ticks.close()
            ticks.cancel_join_thread()


def _result(future: Future[DocResult], ticks: Any, on_tick: OnTick | None) -> DocResult:
    """The future's result; meanwhile pass the workers' progress reports on."""
    if ticks is None or on_tick is None:
        return future.result()
    while True:
        try:
            return future.result(timeout=TICK_EVERY)
        except FutureTimeout:
            pass
        finally:
            with contextlib.suppress(queue.Empty, OSError, ValueError):
                while True:
                    on_tick(*ticks.get_nowait())


def _terminate(pool: ProcessPoolExecutor) -> None:
    """Stop the pool's workers now, whatever document they are on.

    ``shutdown(wait=False)`` forgets the pool's manager thread without joining it, and a
    manager thread still running when the interpreter exits races CPython 3.11's exit
    hook (``Exception ignored … Bad file descriptor`` under a stopped run's one-line
    message): so it is joined here, once the workers are gone."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(5)
            if process.is_alive():
                process.kill()
    if manager is not None:
        manager.join(10)


# -- the dask engine -----------------------------------------------------------------------

_DASK_LOCK = threading.Lock()
_DASK_PIPELINE: dict[str, Pipeline] = {}


def _dask_pipeline(key: str, factory: Callable[[], Pipeline]) -> Pipeline:
    """The pipeline of run ``key`` in this worker process, built on its first task."""
    with _DASK_LOCK:
        pipeline = _DASK_PIPELINE.get(key)
        if pipeline is None:
            _DASK_PIPELINE.clear()  # a finished run's pipeline is not needed any more
            pipeline = _DASK_PIPELINE[key] = factory()
        return pipeline


def _dask_work(item: InputFile, key: str, factory: Callable[[], Pipeline], ref_date: str | None,
               done: Done) -> DocResult:
    return process_file(_dask_pipeline(key, factory), item, ref_date, done)


def _dask_results(items: list[InputFile], factory: Callable[[], Pipeline], ref_date: str | None,
                  done: Done, workers: int,
                  scheduler: str | None) -> Results:
    """Results in input order from a dask cluster: the scheduler at ``scheduler``, or a
    local cluster of ``workers`` processes. Workers read the input paths themselves."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("the dask engine needs dask: pip install 'dask[distributed]>=2024.1' "
                         "(the dask extra)") from None
    with contextlib.ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except OSError as exc:
                raise InputError(f"cannot reach the dask scheduler at {scheduler}: {exc}"
                                 ) from None
        else:
            with children_ignore_sigint():  # Ctrl-C is this process's to handle
                cluster = stack.enter_context(LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        slots = max(sum(client.nthreads().values()), 1)
        key = uuid.uuid4().hex
        # one object, not one per element (scatter unpacks lists and sets)
        [done_on_workers] = client.scatter([done], broadcast=True, hash=False)
        window: deque[Any] = deque()
        for item in items:
            window.append(client.submit(_dask_work, item, key, factory, ref_date,
                                        done_on_workers, pure=False))
            if len(window) >= 4 * slots:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


# -- the run -------------------------------------------------------------------------------


def run(
    inputs: Sequence[Path],
    out: Path,
    *,
    ref_date: str | None = None,
    workers: int | None = None,
    force: bool = False,
    pipeline_factory: Callable[[], Pipeline] = default_pipeline,
    progress: ProgressFn | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    batch_docs: int | None = None,
    ref_dates: dict[str, str] | None = None,
) -> RunSummary:
    """Extract every input into the tables under ``out``; returns what happened.

    ``engine`` is ``"local"`` (``workers`` processes here) or ``"dask"`` (the dask
    scheduler at ``scheduler``, or a local dask cluster of ``workers`` processes).
    ``pipeline_factory`` makes the pipeline; the default one is built once per process
    and reused by later runs in it. ``progress`` is called with a :class:`Progress`
    as documents advance. ``ref_dates`` (from :func:`read_ref_dates`) gives files their
    own reference dates, ahead of ``ref_date``; names in it that match no input are
    listed in ``summary.unmatched_ref_dates``.

    Raises :class:`InputError` (bad inputs or options, an unwritable folder),
    :class:`OutputError` (a part could not be written) or, on Ctrl-C or SIGTERM in the
    main thread, :class:`Interrupted`; either way what was committed stays and the
    same call again resumes."""
    started = time.perf_counter()
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise InputError("a scheduler address is only used by the dask engine: "
                         "add --engine dask (engine='dask') or leave the scheduler out")
    batch_docs = batch_docs or _batch_docs_from_env()
    items = collect_inputs(inputs)
    unmatched: list[str] = []
    if ref_dates:
        items, unmatched = with_ref_dates(items, ref_dates)
    out = Path(out)
    workers = workers or os.cpu_count() or 1
    summary = RunSummary(out=out, n_inputs=len(items), unmatched_ref_dates=unmatched)
    tracker = _CharProgress(items, progress) if progress else None
    guard = StopGuard()
    with guard.installed(), _locked(out):
        try:
            with guard.critical():
                _prepare_out(out, force)
            done: Done = {} if force else _done(out)
            run_no = _next_run(out)
            on_tick = tracker.tick if tracker else None
            if engine == "dask":
                results = _dask_results(items, pipeline_factory, ref_date, done, workers,
                                        scheduler)
            else:
                results = _results(items, pipeline_factory, ref_date, done, workers, on_tick)
            try:
                pending: list[DocResult] = []
                n_chars = 0
                n_batch = 0
                for i, res in enumerate(results):
                    _count(summary, res)
                    if not res.skipped:
                        pending.append(res)
                        n_chars += res.document["n_chars"] or 0
                    if pending and (len(pending) >= batch_docs or n_chars >= BATCH_CHARS):
                        _write(out, f"r{run_no:06d}-{n_batch:06d}", pending, summary, guard)
                        n_batch += 1
                        pending, n_chars = [], 0
                    if tracker:
                        tracker.finished(i, res.document["n_chars"] or 0)
                if pending:
                    _write(out, f"r{run_no:06d}-{n_batch:06d}", pending, summary, guard)
            finally:
                results.close()  # stops the workers at once if the loop did not finish
            try:
                with guard.critical():
                    _drop_superseded(out)
                    upgrade_parts(out)
            except OSError as exc:
                raise _output_error(exc, summary) from None
        except Stopped as stop:
            summary.seconds = time.perf_counter() - started
            raise Interrupted(summary, stop.signum) from None
        finally:
            with guard.held():
                _tidy(out)
    summary.seconds = time.perf_counter() - started
    return summary


class _CharProgress:
    """Characters extracted over all inputs, from whole documents and from the reports of
    the ones in hand; the total is estimated from file sizes until each is decoded."""

    def __init__(self, items: list[InputFile], callback: ProgressFn) -> None:
        self.items = items
        self.callback = callback
        self.size = [_size(item.path) for item in items]
        self.chars: dict[int, int] = {}  # documents decoded: their characters
        self.partial: dict[int, int] = {}  # documents in hand: characters done
        self.finished_chars = 0
        self.docs_done = 0
        self.source = ""

    def tick(self, index: int, n: int, total: int) -> None:
        if index in self.chars and index not in self.partial:
            return  # finished already (a late report from a worker)
        self.chars[index] = total
        self.partial[index] = max(n, self.partial.get(index, 0))
        self.source = self.items[index].source
        self._emit()

    def finished(self, index: int, n_chars: int) -> None:
        self.partial.pop(index, None)
        self.chars[index] = n_chars
        self.finished_chars += n_chars
        self.docs_done += 1
        self.source = self.items[index].source
        self._emit()

    def _emit(self) -> None:
        known_bytes = sum(self.size[i] for i in self.chars)
        known_chars = sum(self.chars.values())
        per_byte = known_chars / known_bytes if known_bytes and known_chars else 1 / 3
        unknown = sum(self.size) - known_bytes
        done = self.finished_chars + sum(self.partial.values())
        total = max(known_chars + round(unknown * per_byte), done)
        self.callback(Progress(done, total, self.docs_done, len(self.items), self.source))


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _write(out: Path, batch: str, results: list[DocResult], summary: RunSummary,
           guard: StopGuard) -> None:
    """Write one batch whole (a stop waits for it) or not at all."""
    try:
        with guard.critical():
            _write_batch(out, batch, results)
            summary.n_written += len(results)  # before a held-back stop is raised
    except OSError as exc:
        raise _output_error(exc, summary) from None


#: what to do about a part that could not be written, by errno
_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


def _output_error(exc: OSError, summary: RunSummary) -> OutputError:
    where = Path(exc.filename) if exc.filename else summary.out
    if where.name.startswith(".") and where.name.endswith(".tmp"):  # a staged part
        where = where.with_name(where.name[1:-len(".tmp")])
    if exc.errno in _FULL:
        why = "the disk is full" if exc.errno == errno.ENOSPC else "the disk quota is used up"
        todo = ("free some space there (or write to another folder with -o) and run the "
                "same command again to resume")
    elif exc.errno in _READ_ONLY:
        why = "permission denied" if exc.errno != errno.EROFS else "read-only file system"
        todo = (f"make {summary.out} writable (or write to another folder with -o) and run "
                "the same command again to resume")
    else:
        why = (os.strerror(exc.errno) if exc.errno else str(exc)).splitlines()[0]
        todo = "fix that and run the same command again to resume"
    return OutputError(f"cannot write {where}: {why}; {summary.kept()}; {todo}")


def _tidy(out: Path) -> None:
    """After a run, however it ended: no staged part, no part of an unfinished batch."""
    try:
        _drop_orphans(out)
    except OSError as exc:  # never hide why the run ended
        log.warning("could not tidy %s: %s", out, exc)


def _batch_docs_from_env() -> int:
    raw = os.environ.get(BATCH_DOCS_ENV)
    if not raw:
        return BATCH_DOCS
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if value < 1:
        raise InputError(f"{BATCH_DOCS_ENV}={raw!r}: use a whole number of documents >= 1")
    return value


def _count(summary: RunSummary, res: DocResult) -> None:
    if res.redone:
        summary.n_redone += 1
        summary.redone_because[res.redone] += 1
    for w in res.document.get("warnings") or ():
        summary.warnings.append((res.document["source"], w))
    if res.skipped:
        summary.n_skipped += 1
    elif res.document["status"] == "skipped":
        summary.not_read.append((res.document["source"], res.document["error"] or ""))
    elif res.document["status"] == "ok":
        summary.n_ok += 1
        summary.n_chars += res.document["n_chars"] or 0
        summary.labels.update(res.mentions.column("label").to_pylist())
        summary.facts.update(res.facts.column("kind").to_pylist())
    else:
        summary.n_failed += 1
        summary.failures.append((res.document["source"], res.document["error"] or ""))


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold an advisory lock on ``out`` (released by the OS if the process dies) and
    remove the lock file when the run ends."""
    if out.exists() and not out.is_dir():
        raise InputError(f"output path exists and is not a folder: {out}")
    try:
        import fcntl
    except ImportError:  # Windows: no advisory lock
        fcntl = None  # type: ignore[assignment]
    path = out / LOCK_NAME
    while True:
        try:
            out.mkdir(parents=True, exist_ok=True)
            fh = open(path, "a+b")  # noqa: SIM115 - held for the whole run
        except OSError as exc:
            raise InputError(f"cannot write to output folder {out}: {exc.strerror or exc}"
                             ) from None
        if fcntl is None:
            break
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise InputError(f"another run is writing to {out}; wait for it to finish"
                             ) from None
        if _same_file(fh, path):
            break
        fh.close()  # the run before removed the file between our open and our lock
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()  # still locked: a run that opened it meanwhile sees it is gone
        fh.close()


def _same_file(fh: Any, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fh.fileno()), os.stat(path))
    except OSError:
        return False


def _prepare_out(out: Path, force: bool) -> None:
    try:
        probe = out / ".policy-extract-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InputError(f"cannot write to output folder {out}: {exc.strerror or exc}") from None
    if force:
        for name in TABLES:
            shutil.rmtree(out / name, ignore_errors=True)
    _drop_orphans(out)


def _drop_orphans(out: Path) -> None:
    """Delete parts of batches whose documents part was never written (a killed run)
    and staged parts that were never renamed into place."""
    committed = committed_batches(out)
    for name in DATA_TABLES:
        for part in part_paths(out, name):
            if batch_of(part) not in committed:
                log.info("removing %s: its batch never finished", part)
                part.unlink()
    for name in TABLES:
        folder = out / name
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink()


def _next_run(out: Path) -> int:
    """One more than the highest run number of any part in ``out``."""
    runs = [int(m.group("run")) for name in TABLES for part in part_paths(out, name)
            if (m := _RUN.match(batch_of(part)))]
    return max(runs, default=0) + 1


def _done(out: Path) -> Done:
    """Every document already done in ``out``, with the pipeline and options it was done with."""
    docs = read_table(out, "documents",
                      ["doc_id", "source", "sha256", "status", "pipeline_version", "options"])
    kept = set(read_table(out, "texts", ["doc_id"]).column("doc_id").to_pylist())
    # a document done before the texts table existed is redone, so that its text is kept
    return {(r["source"], r["sha256"]):
            (r["pipeline_version"], (r["options"] or "") + ("" if r["doc_id"] in kept
                                                            else NO_TEXT_KEPT))
            for r in docs.to_pylist() if r["status"] == "ok"}


def _write_batch(out: Path, batch: str, results: list[DocResult]) -> None:
    """Stage the batch's parts, then rename them in, the documents part last.

    If one cannot be written, the staged ones are removed and the ``OSError`` names the
    part (its ``filename``); parts already renamed belong to no committed batch and are
    removed by the next tidy-up."""
    name = f"part-{batch}.parquet"
    parts = [(pa.concat_tables([getattr(r, table) for r in results]).combine_chunks(),
              out / table / name) for table in DATA_TABLES
             if table != "facts" or any(r.facts_ran for r in results)]
    parts.append((to_table("documents", [r.document for r in results]),
                  out / "documents" / name))
    staged: list[Path] = []
    try:
        for table, path in parts:
            try:
                staged.append(stage(table, path))
            except OSError as exc:
                raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc
        commit_staged(staged)
    except OSError:
        for tmp in staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise


def _drop_superseded(out: Path) -> None:
    """Where a document appears in several batches, keep only its newest rows.

    Only the parts of batches holding an older copy are read and rewritten."""
    batches: dict[str, list[str]] = {}
    for part in part_paths(out, "documents"):  # sorted: later batches come later
        batch = batch_of(part)
        # ParquetFile's read: pq.read_table imports pandas (tables.to_table)
        for doc_id in pq.ParquetFile(part).read(columns=["doc_id"]).column("doc_id").to_pylist():
            batches.setdefault(doc_id, []).append(batch)
    stale: dict[str, list[str]] = {}
    for doc_id, where in batches.items():
        for batch in where[:-1]:
            stale.setdefault(batch, []).append(doc_id)
    if not stale:
        return
    for name in (*DATA_TABLES, "documents"):  # documents last: the commit marker
        for part in part_paths(out, name):
            doc_ids = stale.get(batch_of(part))
            if not doc_ids:
                continue
            table = pq.read_table(part)
            import pyarrow.compute as pc  # only here: a plain run need not import it (S48f)
            keep = pc.invert(pc.is_in(table.column("doc_id"),
                                      value_set=pa.array(doc_ids, type=pa.string())))
            write_atomic(table.filter(keep), part)
