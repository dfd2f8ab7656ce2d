"""Run the pipeline over files and folders and write the tables.

* Inputs: files and folders (recursive, ``.txt`` and ``.md``; symlinked
  folders are not followed, so a symlink loop cannot trap the walk).
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
  ``OUT/.policy-extract.lock``); a second one fails at once with a clear error.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import shutil
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .decode import decode_path
from .model import PolicyExtractError
from .pipeline import Pipeline, default_pipeline
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
    write_atomic,
)

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md")
BATCH_DOCS = 64
BATCH_CHARS = 4_000_000
#: Overrides ``BATCH_DOCS`` (tests use small batches to get many parts).
BATCH_DOCS_ENV = "POLICY_EXTRACT_BATCH_DOCS"
ENGINES = ("local", "dask")
LOCK_NAME = ".policy-extract.lock"
_RUN = re.compile(r"r(?P<run>\d+)-")


class InputError(PolicyExtractError):
    """An input path that does not exist or an output folder that cannot be written."""


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    source: str


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
    facts: pa.Table = field(default_factory=_empty("facts"))
    skipped: bool = False
    #: done before with another pipeline or other options: what changed
    redone: str | None = None


#: ``(source, sha256)`` of each document done in OUT -> its ``(pipeline_version, options)``
Done = dict[tuple[str, str], tuple[str, str]]


def options_of(ref_date: str | None) -> str:
    """The options that change a document's output besides its bytes and the pipeline."""
    return f"ref_date={ref_date or 'inferred'}"


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


ProgressFn = Callable[[int, int, str], None]


def collect_inputs(inputs: Sequence[Path]) -> list[InputFile]:
    """Files named and files under folders named, in a stable order, with their sources."""
    files: list[InputFile] = []
    for root in inputs:
        root = Path(root)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
                dirnames.sort()
                for name in sorted(filenames):
                    if name.lower().endswith(SUFFIXES) and not name.startswith("."):
                        path = Path(dirpath) / name
                        files.append(InputFile(path, path.relative_to(root).as_posix()))
        elif root.exists() or root.is_symlink():
            files.append(InputFile(root, root.name))
        else:
            raise InputError(f"input not found: {root}")
    return _unique_sources(files)


def _unique_sources(files: list[InputFile]) -> list[InputFile]:
    seen: Counter[str] = Counter()
    out = []
    for f in files:
        seen[f.source] += 1
        source = f.source if seen[f.source] == 1 else f"{f.source}#{seen[f.source]}"
        out.append(InputFile(f.path, source))
    return out


def process_file(pipeline: Pipeline, item: InputFile, ref_date: str | None,
                 done: Done | None = None) -> DocResult:
    """Decode and extract one file; every failure becomes an error row."""
    doc: dict[str, Any] = {
        "doc_id": item.source, "source": item.source, "sha256": None, "encoding": None,
        "n_chars": None, "ref_date": None, "ref_date_source": None, "status": "error",
        "error": None, "n_mentions": 0, "pipeline_version": pipeline.version,
        "options": options_of(ref_date), "warnings": [], "place": None, "period": None,
    }
    redone = None
    try:
        text, encoding, sha = decode_path(item.path)
        doc.update(sha256=sha, encoding=encoding, n_chars=len(text))
        before = (done or {}).get((item.source, sha))
        if before == (pipeline.version, doc["options"]):
            return DocResult(doc, skipped=True)
        if before is not None:
            redone = _what_changed(before, (pipeline.version, doc["options"]))
        result = pipeline.extract(text, ref_date=ref_date, doc_id=item.source)
    except PolicyExtractError as exc:
        doc["error"] = str(exc)
        return DocResult(doc, redone=redone)
    except Exception as exc:  # a bug must not sink the batch; say so plainly
        log.exception("internal error on %s", item.path)
        doc["error"] = f"internal error ({type(exc).__name__}: {exc}); please report it"
        return DocResult(doc, redone=redone)
    doc.update(status="ok", ref_date=result.ref_date, ref_date_source=result.ref_date_source,
               n_mentions=len(result.mentions), warnings=list(result.warnings),
               place=result.place, period=result.period)
    return DocResult(
        doc, redone=redone,
        mentions=to_table("mentions", [mention_row(m, item.source) for m in result.mentions]),
        sentences=to_table("sentences",
                           [sentence_row(s, item.source) for s in result.sentences]),
        facts=to_table("facts", [fact_row(f) for f in result.facts]),
    )


# -- workers -------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(factory: Callable[[], Pipeline], ref_date: str | None, done: Done) -> None:
    _WORKER.update(pipeline=factory(), ref_date=ref_date, done=done)


def _work(item: InputFile) -> DocResult:
    return process_file(_WORKER["pipeline"], item, _WORKER["ref_date"], _WORKER["done"])


Results = Iterator[DocResult]


def _same(pipeline: Pipeline) -> Pipeline:
    return pipeline


def _results(items: list[InputFile], factory: Callable[[], Pipeline], ref_date: str | None,
             done: Done, workers: int) -> Results:
    """Results in input order. At most ``4 × workers`` documents are in flight, so
    memory stays flat however many files there are; a crashed worker raises
    ``BrokenProcessPool`` instead of hanging."""
    if workers <= 1 or len(items) <= 1:
        _init_worker(factory, ref_date, done)
        yield from map(_work, items)
        return
    ctx = get_context("fork") if hasattr(os, "fork") else get_context()
    if ctx.get_start_method() == "fork":
        # build once here: the forked workers share it instead of each building its own
        built = factory()
        factory = functools.partial(_same, built)
    window: deque[Future[DocResult]] = deque()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(factory, ref_date, done)) as pool:
        for item in items:
            window.append(pool.submit(_work, item))
            if len(window) >= 4 * workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


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
        raise InputError("the dask engine needs dask: pip install 'policy-extract[dask]'"
                         ) from None
    with contextlib.ExitStack() as stack:
        if scheduler:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except OSError as exc:
                raise InputError(f"cannot reach the dask scheduler at {scheduler}: {exc}"
                                 ) from None
        else:
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
) -> RunSummary:
    """Extract every input into the tables under ``out``; returns what happened.

    ``engine`` is ``"local"`` (``workers`` processes here) or ``"dask"`` (the dask
    scheduler at ``scheduler``, or a local dask cluster of ``workers`` processes).
    ``pipeline_factory`` makes the pipeline; the default one is built once per process
    and reused by later runs in it."""
    started = time.perf_counter()
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    batch_docs = batch_docs or _batch_docs_from_env()
    items = collect_inputs(inputs)
    out = Path(out)
    workers = workers or os.cpu_count() or 1
    summary = RunSummary(out=out, n_inputs=len(items))
    with _locked(out):
        _prepare_out(out, force)
        done: Done = {} if force else _done(out)
        run_no = _next_run(out)
        if engine == "dask":
            results = _dask_results(items, pipeline_factory, ref_date, done, workers, scheduler)
        else:
            results = _results(items, pipeline_factory, ref_date, done, workers)
        pending: list[DocResult] = []
        n_chars = 0
        n_batch = 0
        for i, res in enumerate(results, 1):
            _count(summary, res)
            if not res.skipped:
                pending.append(res)
                n_chars += res.document["n_chars"] or 0
            if pending and (len(pending) >= batch_docs or n_chars >= BATCH_CHARS):
                _write_batch(out, f"r{run_no:06d}-{n_batch:06d}", pending)
                n_batch += 1
                pending, n_chars = [], 0
            if progress:
                progress(i, len(items), items[i - 1].source)
        if pending:
            _write_batch(out, f"r{run_no:06d}-{n_batch:06d}", pending)
        _drop_superseded(out)
    summary.seconds = time.perf_counter() - started
    return summary


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
    """Hold an advisory lock on ``out`` (released by the OS if the process dies)."""
    if out.exists() and not out.is_dir():
        raise InputError(f"output path exists and is not a folder: {out}")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fh = open(out / LOCK_NAME, "a+b")  # noqa: SIM115 - held for the whole run
    except OSError as exc:
        raise InputError(f"cannot write to output folder {out}: {exc.strerror or exc}") from None
    try:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory lock
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise InputError(f"another run is writing to {out}; wait for it to finish"
                                 ) from None
        yield
    finally:
        fh.close()


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
                      ["source", "sha256", "status", "pipeline_version", "options"])
    return {(r["source"], r["sha256"]): (r["pipeline_version"], r["options"] or "")
            for r in docs.to_pylist() if r["status"] == "ok"}


def _write_batch(out: Path, batch: str, results: list[DocResult]) -> None:
    """Stage the batch's parts, then rename them in, the documents part last."""
    name = f"part-{batch}.parquet"
    staged = [stage(pa.concat_tables([getattr(r, table) for r in results]).combine_chunks(),
                    out / table / name) for table in DATA_TABLES]
    staged.append(stage(to_table("documents", [r.document for r in results]),
                        out / "documents" / name))
    commit_staged(staged)


def _drop_superseded(out: Path) -> None:
    """Where a document appears in several batches, keep only its newest rows.

    Only the parts of batches holding an older copy are read and rewritten."""
    batches: dict[str, list[str]] = {}
    for part in part_paths(out, "documents"):  # sorted: later batches come later
        batch = batch_of(part)
        for doc_id in pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist():
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
            keep = pc.invert(pc.is_in(table.column("doc_id"),
                                      value_set=pa.array(doc_ids, type=pa.string())))
            write_atomic(table.filter(keep), part)
