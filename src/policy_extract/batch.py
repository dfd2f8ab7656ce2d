"""Run the pipeline over files and folders and write the tables.

* Inputs: files and folders (recursive, ``.txt`` and ``.md``; symlinked
  folders are not followed, so a symlink loop cannot trap the walk).
* Each document is decoded and extracted on its own: a broken file becomes a
  ``documents`` row with status ``error`` and a readable message; the batch
  goes on.
* Workers: each builds the pipeline once; documents are processed in input
  order and written in batches, so the tables are the same whatever the
  number of workers.
* Batches are written as Parquet parts; the ``documents`` part of a batch is
  written last and marks the batch as complete. A run that finds parts of a
  batch without its documents part (a killed run) deletes them; a document
  already done with the same sha256 and pipeline version is skipped unless
  ``force``; a document redone replaces its older rows.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .decode import decode_path
from .model import PolicyExtractError
from .pipeline import Pipeline
from .tables import TABLES, mention_row, part_paths, read_table, sentence_row, to_table, write_atomic

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md")
BATCH_DOCS = 64
BATCH_CHARS = 4_000_000
_PART = re.compile(r"part-(?P<batch>.+)\.parquet$")


class InputError(PolicyExtractError):
    """An input path that does not exist or an output folder that cannot be written."""


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    source: str


@dataclass(slots=True)
class DocResult:
    document: dict[str, Any]
    mentions: list[dict[str, Any]] = field(default_factory=list)
    sentences: list[dict[str, Any]] = field(default_factory=list)
    skipped: bool = False


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
    failures: list[tuple[str, str]] = field(default_factory=list)


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
                 done: frozenset[tuple[str, str, str]] = frozenset()) -> DocResult:
    """Decode and extract one file; every failure becomes an error row."""
    doc: dict[str, Any] = {
        "doc_id": item.source, "source": item.source, "sha256": None, "encoding": None,
        "n_chars": None, "ref_date": None, "ref_date_source": None, "status": "error",
        "error": None, "n_mentions": 0, "pipeline_version": pipeline.version,
    }
    try:
        text, encoding, sha = decode_path(item.path)
        doc.update(sha256=sha, encoding=encoding, n_chars=len(text))
        if (item.source, sha, pipeline.version) in done:
            return DocResult(doc, skipped=True)
        result = pipeline.extract(text, ref_date=ref_date, doc_id=item.source)
    except PolicyExtractError as exc:
        doc["error"] = str(exc)
        return DocResult(doc)
    except Exception as exc:  # a bug must not sink the batch; say so plainly
        log.exception("internal error on %s", item.path)
        doc["error"] = f"internal error ({type(exc).__name__}: {exc}); please report it"
        return DocResult(doc)
    doc.update(status="ok", ref_date=result.ref_date, ref_date_source=result.ref_date_source,
               n_mentions=len(result.mentions))
    return DocResult(
        doc,
        mentions=[mention_row(m, item.source) for m in result.mentions],
        sentences=[sentence_row(s, item.source) for s in result.sentences],
    )


# -- workers -------------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(factory: Callable[[], Pipeline], ref_date: str | None,
                 done: frozenset[tuple[str, str, str]]) -> None:
    _WORKER.update(pipeline=factory(), ref_date=ref_date, done=done)


def _work(item: InputFile) -> DocResult:
    return process_file(_WORKER["pipeline"], item, _WORKER["ref_date"], _WORKER["done"])


def _results(items: list[InputFile], factory: Callable[[], Pipeline], ref_date: str | None,
             done: frozenset[tuple[str, str, str]], workers: int) -> Iterator[DocResult]:
    """Results in input order. At most ``4 × workers`` documents are in flight, so
    memory stays flat however many files there are; a crashed worker raises
    ``BrokenProcessPool`` instead of hanging."""
    if workers <= 1 or len(items) <= 1:
        _init_worker(factory, ref_date, done)
        yield from map(_work, items)
        return
    ctx = get_context("fork") if hasattr(os, "fork") else get_context()
    window: deque[Future[DocResult]] = deque()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                             initargs=(factory, ref_date, done)) as pool:
        for item in items:
            window.append(pool.submit(_work, item))
            if len(window) >= 4 * workers:
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
    pipeline_factory: Callable[[], Pipeline] = Pipeline,
    progress: ProgressFn | None = None,
) -> RunSummary:
    """Extract every input into the tables under ``out``; returns what happened."""
    started = time.perf_counter()
    items = collect_inputs(inputs)
    out = Path(out)
    _prepare_out(out, force)
    done = frozenset() if force else _done(out)
    workers = workers or os.cpu_count() or 1
    summary = RunSummary(out=out, n_inputs=len(items))
    batch_id = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}"
    pending: list[DocResult] = []
    n_batch = 0
    for i, res in enumerate(_results(items, pipeline_factory, ref_date, done, workers), 1):
        _count(summary, res)
        if not res.skipped:
            pending.append(res)
        if pending and (len(pending) >= BATCH_DOCS or
                        sum(r.document["n_chars"] or 0 for r in pending) >= BATCH_CHARS):
            _write_batch(out, f"{batch_id}-{n_batch:05d}", pending)
            n_batch += 1
            pending = []
        if progress:
            progress(i, len(items), items[i - 1].source)
    if pending:
        _write_batch(out, f"{batch_id}-{n_batch:05d}", pending)
    _drop_superseded(out)
    summary.seconds = time.perf_counter() - started
    return summary


def _count(summary: RunSummary, res: DocResult) -> None:
    if res.skipped:
        summary.n_skipped += 1
    elif res.document["status"] == "ok":
        summary.n_ok += 1
        summary.n_chars += res.document["n_chars"] or 0
        summary.labels.update(m["label"] for m in res.mentions)
    else:
        summary.n_failed += 1
        summary.failures.append((res.document["source"], res.document["error"] or ""))


def _prepare_out(out: Path, force: bool) -> None:
    if out.exists() and not out.is_dir():
        raise InputError(f"output path exists and is not a folder: {out}")
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".policy-extract-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise InputError(f"cannot write to output folder {out}: {exc.strerror or exc}") from None
    if force:
        for name in TABLES:
            shutil.rmtree(out / name, ignore_errors=True)
    _drop_orphans(out)


def _batch_of(path: Path) -> str:
    m = _PART.search(path.name)
    return m.group("batch") if m else ""


def _drop_orphans(out: Path) -> None:
    """Delete parts of batches whose documents part was never written (a killed run)."""
    committed = {_batch_of(p) for p in part_paths(out, "documents")}
    for name in ("mentions", "sentences"):
        for part in part_paths(out, name):
            if _batch_of(part) not in committed:
                log.info("removing %s: its batch never finished", part)
                part.unlink()
    for name in TABLES:
        folder = out / name
        if folder.is_dir():
            for tmp in folder.glob(".*.tmp"):
                tmp.unlink()


def _done(out: Path) -> frozenset[tuple[str, str, str]]:
    """``(source, sha256, pipeline_version)`` of every document already done in ``out``."""
    docs = read_table(out, "documents", ["source", "sha256", "status", "pipeline_version"])
    return frozenset((r["source"], r["sha256"], r["pipeline_version"])
                     for r in docs.to_pylist() if r["status"] == "ok")


def _write_batch(out: Path, batch: str, results: list[DocResult]) -> None:
    mentions = [m for r in results for m in r.mentions]
    sentences = [s for r in results for s in r.sentences]
    write_atomic(to_table("mentions", mentions), out / "mentions" / f"part-{batch}.parquet")
    write_atomic(to_table("sentences", sentences), out / "sentences" / f"part-{batch}.parquet")
    write_atomic(to_table("documents", [r.document for r in results]),
                 out / "documents" / f"part-{batch}.parquet")


def _drop_superseded(out: Path) -> None:
    """Where a document appears in several batches, keep only its newest rows."""
    latest: dict[str, str] = {}
    for part in part_paths(out, "documents"):  # sorted: later batches come later
        for doc_id in pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist():
            latest[doc_id] = _batch_of(part)
    for name in ("mentions", "sentences", "documents"):  # documents last: the commit marker
        for part in part_paths(out, name):
            batch = _batch_of(part)
            table = pq.read_table(part)
            stale = pa.array([doc_id for doc_id, b in latest.items() if b != batch],
                             type=pa.string())
            if len(stale) == 0:
                continue
            keep = pc.invert(pc.is_in(table.column("doc_id"), value_set=stale))
            if pc.all(keep).as_py():
                continue
            write_atomic(table.filter(keep), part)
