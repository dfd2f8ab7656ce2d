"""Arrow schemas of the output tables and crash-safe Parquet writing.

Each table is a folder of Parquet parts (``OUT/mentions/part-*.parquet``), so
``pyarrow.dataset.dataset(OUT / "mentions")``, pandas, DuckDB
(``read_parquet('OUT/mentions/*.parquet')``) and Polars read it whole. A part
is written to a hidden temporary file (``.part-….tmp``, which every reader
skips), flushed to disk and renamed into place, so a killed run never leaves a
half-written part that looks complete. The parts of a batch are all staged
before the first is renamed. The ``documents`` part of a batch is
written last: it is the batch's commit marker (see :mod:`policy_extract.batch`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .model import Fact, Mention, Sentence
from .numbers import to_float

MENTIONS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source", pa.string(), nullable=False),
    pa.field("start", pa.int64(), nullable=False),
    pa.field("end", pa.int64(), nullable=False),
    pa.field("label", pa.string(), nullable=False),
    pa.field("text", pa.string(), nullable=False),
    pa.field("value", pa.float64()),
    pa.field("value_max", pa.float64()),
    pa.field("unit", pa.string()),
    pa.field("qualifier", pa.string()),
    pa.field("norm", pa.string()),
    pa.field("score", pa.float64()),
    pa.field("sentence_id", pa.int64()),
    pa.field("section", pa.string()),
    pa.field("rule", pa.string()),
    pa.field("origin", pa.string()),
])

DOCUMENTS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source", pa.string(), nullable=False),
    pa.field("sha256", pa.string()),
    pa.field("encoding", pa.string()),
    pa.field("n_chars", pa.int64()),
    pa.field("ref_date", pa.string()),
    pa.field("ref_date_source", pa.string()),
    pa.field("status", pa.string(), nullable=False),
    pa.field("error", pa.string()),
    pa.field("n_mentions", pa.int64()),
    pa.field("pipeline_version", pa.string()),
    # what changes the output besides the bytes and the pipeline (e.g. ref_date=2020-07);
    # a re-run redoes a document whose options differ
    pa.field("options", pa.string()),
    # what went wrong without failing the document (a rule that timed out)
    pa.field("warnings", pa.list_(pa.string())),
    # the document's own place and period (shared/FACTS.md): every fact's fallback
    pa.field("place", pa.string()),
    pa.field("period", pa.string()),
])

SENTENCES = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("sentence_id", pa.int64(), nullable=False),
    pa.field("start", pa.int64(), nullable=False),
    pa.field("end", pa.int64(), nullable=False),
    pa.field("section", pa.string()),
    pa.field("text", pa.string(), nullable=False),
])

# one row per fact: what a numeric mention measures (shared/FACTS.md, "The facts table")
FACTS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("fact_id", pa.int64(), nullable=False),
    pa.field("value_start", pa.int64(), nullable=False),
    pa.field("value_end", pa.int64(), nullable=False),
    pa.field("value_text", pa.string(), nullable=False),
    pa.field("label", pa.string(), nullable=False),
    pa.field("value", pa.float64()),
    pa.field("unit", pa.string()),
    pa.field("qualifier", pa.string()),
    pa.field("indicator", pa.string(), nullable=False),
    pa.field("kind", pa.string(), nullable=False),
    pa.field("direction", pa.string()),
    pa.field("status", pa.string(), nullable=False),
    pa.field("period", pa.string()),
    pa.field("place", pa.string()),
    pa.field("sentence_id", pa.int64()),
    pa.field("rule", pa.string()),
])

SCHEMAS: dict[str, pa.Schema] = {"mentions": MENTIONS, "documents": DOCUMENTS,
                                 "sentences": SENTENCES, "facts": FACTS}
#: the tables a batch writes besides ``documents`` (its commit marker, written last)
DATA_TABLES = ("mentions", "sentences", "facts")
TABLES = tuple(SCHEMAS)
_PART = re.compile(r"part-(?P<batch>.+)\.parquet")


def mention_row(m: Mention, source: str) -> dict[str, Any]:
    return {
        "doc_id": m.doc_id, "source": source, "start": m.start, "end": m.end,
        "label": m.label, "text": m.text, "value": to_float(m.value),
        "value_max": to_float(m.value_max), "unit": m.unit, "qualifier": m.qualifier,
        "norm": m.norm, "score": m.score, "sentence_id": m.sentence_id,
        "section": m.section, "rule": m.rule, "origin": m.source,
    }


def fact_row(f: Fact) -> dict[str, Any]:
    return {
        "doc_id": f.doc_id, "fact_id": f.fact_id, "value_start": f.value_start,
        "value_end": f.value_end, "value_text": f.value_text, "label": f.label,
        "value": to_float(f.value), "unit": f.unit, "qualifier": f.qualifier,
        "indicator": f.indicator, "kind": f.kind, "direction": f.direction,
        "status": f.status, "period": f.period, "place": f.place,
        "sentence_id": f.sentence_id, "rule": f.rule,
    }


def sentence_row(s: Sentence, doc_id: str) -> dict[str, Any]:
    return {"doc_id": doc_id, "sentence_id": s.sentence_id, "start": s.start, "end": s.end,
            "section": s.section, "text": s.text}


def to_table(name: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=SCHEMAS[name])


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` so that the file is either whole or absent."""
    commit_staged([stage(table, path)])


def staged_path(path: Path) -> Path:
    """The hidden name a part is written under before it is renamed into place."""
    return path.with_name(f".{path.name}.tmp")


def stage(table: pa.Table, path: Path) -> Path:
    """Write ``table`` whole and flushed to disk under the hidden name of ``path``.

    Readers skip hidden files, so a staged part is invisible until
    :func:`commit_staged` renames it; returns the staged path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = staged_path(path)
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    return tmp


def commit_staged(staged: Sequence[Path]) -> None:
    """Rename staged parts into place, in the order given, then flush their folders.

    The parts are all written before the first rename, so the window in which
    some are visible and others not is a few renames long."""
    for tmp in staged:
        os.replace(tmp, tmp.with_name(tmp.name[1:-len(".tmp")]))
    for folder in dict.fromkeys(tmp.parent for tmp in staged):
        _fsync_dir(folder)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def part_paths(out: Path, name: str) -> list[Path]:
    """The visible parts of table ``name``, oldest batch first (names sort by batch)."""
    folder = out / name
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


def batch_of(path: Path) -> str:
    """The batch a part belongs to: ``part-BATCH.parquet``."""
    m = _PART.fullmatch(path.name)
    return m.group("batch") if m else ""


def committed_batches(out: Path) -> set[str]:
    """Batches whose ``documents`` part (the commit marker) exists."""
    return {batch_of(p) for p in part_paths(out, "documents")}


def read_table(out: Path, name: str, columns: Iterable[str] | None = None) -> pa.Table:
    """The whole table ``name`` under ``out`` (empty, with its schema, if absent).

    This is the committed view, the same as after a finished run: parts of a
    batch whose ``documents`` part was never written (a killed run) are not
    read, and where a document is in several batches (redone, and the run that
    redid it was killed before tidying up) only its newest batch's rows are."""
    schema = SCHEMAS[name]
    doc_parts = part_paths(out, "documents")
    committed = {batch_of(p) for p in doc_parts}
    parts = [p for p in part_paths(out, name) if batch_of(p) in committed]
    if not parts:
        table = schema.empty_table()
    else:
        newest: dict[str, str] = {}
        for part in doc_parts:  # sorted: later batches come later
            batch = batch_of(part)
            for doc_id in pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist():
                newest[doc_id] = batch
        tables = []
        for part in parts:
            table = pq.read_table(part, schema=schema)
            batch = batch_of(part)
            stale = [d for d in pc.unique(table.column("doc_id")).to_pylist()
                     if newest.get(d) != batch]
            if stale:
                table = table.filter(pc.invert(pc.is_in(
                    table.column("doc_id"), value_set=pa.array(stale, type=pa.string()))))
            tables.append(table)
        table = pa.concat_tables(tables, promote_options="none")
    return table.select(list(columns)) if columns is not None else table
