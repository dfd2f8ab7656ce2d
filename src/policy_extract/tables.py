"""Arrow schemas of the output tables and crash-safe Parquet writing.

Each table is a folder of Parquet parts (``OUT/mentions/part-*.parquet``), so
``pyarrow.dataset.dataset(OUT / "mentions")``, pandas, DuckDB
(``read_parquet('OUT/mentions/*.parquet')``) and Polars read it whole. A part
is written to a hidden temporary file (``.part-….tmp``, which every reader
skips), flushed to disk and renamed into place, so a killed run never leaves a
half-written part that looks complete. The ``documents`` part of a batch is
written last: it is the batch's commit marker (see :mod:`policy_extract.batch`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .model import Mention, Sentence
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
])

SENTENCES = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("sentence_id", pa.int64(), nullable=False),
    pa.field("start", pa.int64(), nullable=False),
    pa.field("end", pa.int64(), nullable=False),
    pa.field("section", pa.string()),
    pa.field("text", pa.string(), nullable=False),
])

SCHEMAS: dict[str, pa.Schema] = {"mentions": MENTIONS, "documents": DOCUMENTS,
                                 "sentences": SENTENCES}
TABLES = tuple(SCHEMAS)


def mention_row(m: Mention, source: str) -> dict[str, Any]:
    return {
        "doc_id": m.doc_id, "source": source, "start": m.start, "end": m.end,
        "label": m.label, "text": m.text, "value": to_float(m.value),
        "value_max": to_float(m.value_max), "unit": m.unit, "qualifier": m.qualifier,
        "norm": m.norm, "score": m.score, "sentence_id": m.sentence_id,
        "section": m.section, "rule": m.rule, "origin": m.source,
    }


def sentence_row(s: Sentence, doc_id: str) -> dict[str, Any]:
    return {"doc_id": doc_id, "sentence_id": s.sentence_id, "start": s.start, "end": s.end,
            "section": s.section, "text": s.text}


def to_table(name: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=SCHEMAS[name])


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` so that the file is either whole or absent."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


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
    folder = out / name
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


def read_table(out: Path, name: str, columns: Iterable[str] | None = None) -> pa.Table:
    """The whole table ``name`` under ``out`` (empty, with its schema, if absent)."""
    parts = part_paths(out, name)
    schema = SCHEMAS[name]
    if not parts:
        table = schema.empty_table()
    else:
        table = pa.concat_tables(
            [pq.read_table(p, schema=schema) for p in parts], promote_options="none")
    return table.select(list(columns)) if columns is not None else table
