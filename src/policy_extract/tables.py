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

import contextlib
import itertools
import operator
import os
import re
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
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
    pa.field("gpe_code", pa.string()),
    pa.field("province", pa.string()),
    pa.field("place", pa.string()),
    # the name a variant stands for (深交所 → 深圳证券交易所; norm is its own canonical name)
    pa.field("alias_of", pa.string()),
])

DOCUMENTS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
    pa.field("source", pa.string(), nullable=False),
    pa.field("sha256", pa.string()),
    pa.field("encoding", pa.string()),
    pa.field("n_chars", pa.int64()),
    pa.field("ref_date", pa.string()),
    pa.field("ref_date_source", pa.string()),
    pa.field("place", pa.string()),
    pa.field("place_code", pa.string()),
    pa.field("place_source", pa.string()),
    # ok, error (see error) or skipped (a file not read: error says why)
    pa.field("status", pa.string(), nullable=False),
    pa.field("error", pa.string()),
    pa.field("n_mentions", pa.int64()),
    pa.field("pipeline_version", pa.string()),
    # what changes the output besides the bytes and the pipeline (e.g. ref_date=2020-07);
    # a re-run redoes a document whose options differ
    pa.field("options", pa.string()),
    # what went wrong without failing the document (a rule that timed out)
    pa.field("warnings", pa.list_(pa.string())),
    # the document's own period (shared/FACTS.md): every fact's fallback
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

# the text each document was read as (from a .docx, .html or .pdf, or a decoded text file):
# what every offset of its mentions and sentences indexes
TEXTS = pa.schema([
    pa.field("doc_id", pa.string(), nullable=False),
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
                                 "sentences": SENTENCES, "texts": TEXTS, "facts": FACTS}
TABLES = tuple(SCHEMAS)
#: the tables of a batch written before its documents part (the commit marker)
DATA_TABLES = tuple(name for name in TABLES if name != "documents")
_PART = re.compile(r"part-(?P<batch>.+)\.parquet")


def mention_row(m: Mention, source: str) -> dict[str, Any]:
    return {
        "doc_id": m.doc_id, "source": source, "start": m.start, "end": m.end,
        "label": m.label, "text": m.text, "value": to_float(m.value),
        "value_max": to_float(m.value_max), "unit": m.unit, "qualifier": m.qualifier,
        "norm": m.norm, "score": m.score, "sentence_id": m.sentence_id,
        "section": m.section, "rule": m.rule, "origin": m.source,
        "gpe_code": m.gpe_code, "province": m.province, "place": m.place,
        "alias_of": m.alias_of,
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
    """The table ``name`` of ``rows`` (a key a row lacks is null), the table
    ``pa.Table.from_pylist(rows, schema=SCHEMAS[name])`` makes, its columns built from
    their buffers: ``pa.array``'s first call imports pandas (to ask whether a list is one of
    pandas' arrays), 0.17-0.19 CPU-s of a fresh process that never needs pandas. A value
    these columns do not take (another type, a string with no UTF-8 form) goes through
    ``from_pylist``, which raises as it did."""
    rows = list(rows)
    schema = SCHEMAS[name]
    try:  # the rows' values column by column (every schema has two fields or more)
        values: list[Sequence[Any]] = list(zip(*map(operator.itemgetter(*schema.names), rows),
                                               strict=True)) if rows else [()] * len(schema)
    except KeyError:
        values = [[row.get(n) for row in rows] for n in schema.names]
    try:
        columns = [_column(f.type, v) for f, v in zip(schema, values, strict=True)]
    except (TypeError, AttributeError, UnicodeError, OverflowError):
        return pa.Table.from_pylist(rows, schema=schema)
    return pa.Table.from_arrays(columns, schema=schema)


def _column(kind: pa.DataType, values: Sequence[Any]) -> pa.Array:
    """An array of ``kind`` (the types of :data:`SCHEMAS`: strings, 64-bit integers and
    floats, lists of strings) holding ``values``, None a null."""
    nulls = values.count(None)
    validity = _validity(values) if nulls else None
    if kind == pa.string():
        data = [b"" if v is None else v.encode() for v in values] if nulls \
            else [v.encode() for v in values]
        offsets = array("i", [0])
        offsets.extend(itertools.accumulate(map(len, data)))  # OverflowError past 2 GB
        return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(offsets),
                                                         pa.py_buffer(b"".join(data))],
                                     null_count=nulls)
    if kind == pa.list_(pa.string()):
        items: list[Any] = []
        offsets = array("i", [0])
        for v in values:
            if v is not None:
                items += v
            offsets.append(len(items))
        return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(offsets)],
                                     null_count=nulls, children=[_column(pa.string(), items)])
    code = _NUMBER_CODES.get(kind)
    if code is None:  # a type these buffers do not build: to_table's from_pylist does
        raise TypeError(f"no buffers for a column of {kind}")
    numbers = array(code, [0 if v is None else v for v in values] if nulls else values)
    return pa.Array.from_buffers(kind, len(values), [validity, pa.py_buffer(numbers)],
                                 null_count=nulls)


#: the :mod:`array` codes of the number types of :data:`SCHEMAS`
_NUMBER_CODES = {pa.int64(): "q", pa.float64(): "d"}


def _validity(values: Sequence[Any]) -> pa.Buffer:
    """Arrow's validity bitmap of ``values``: bit ``i`` set where value ``i`` is not None."""
    present = np.frombuffer(bytes(map(operator.is_not, values, itertools.repeat(None))),
                            dtype=np.uint8)
    return pa.py_buffer(np.packbits(present, bitorder="little"))


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
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
    except BaseException:  # a full disk, a stop: no half-written part stays behind
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
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


def has_table(out: Path, name: str) -> bool:
    """Whether ``out`` holds committed parts of table ``name`` (e.g. ``facts``, written by
    a stage a run may not have had)."""
    committed = committed_batches(out)
    return any(batch_of(p) in committed for p in part_paths(out, name))


def newest_batches(out: Path) -> dict[str, str]:
    """For each document in ``out``, the newest committed batch that holds it."""
    newest: dict[str, str] = {}
    for part in part_paths(out, "documents"):  # sorted: later batches come later
        batch = batch_of(part)
        for doc_id in pq.read_table(part, columns=["doc_id"]).column("doc_id").to_pylist():
            newest[doc_id] = batch
    return newest


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with the columns of ``schema`` in its order: a column the table lacks
    (written by an older version: ``place``) is null."""
    return pa.table([table.column(f.name) if f.name in table.column_names
                     else pa.nulls(table.num_rows, f.type) for f in schema], schema=schema)


def upgrade_parts(out: Path) -> None:
    """Rewrite, with the current columns, the parts an older version wrote: a folder whose
    parts differ in their columns is not one table to pandas, DuckDB or Polars."""
    for name, schema in SCHEMAS.items():
        for part in part_paths(out, name):
            if not pq.read_schema(part).remove_metadata().equals(schema):
                write_atomic(conform(pq.read_table(part), schema), part)


def read_table(out: Path, name: str, columns: Iterable[str] | None = None) -> pa.Table:
    """The whole table ``name`` under ``out`` (empty, with its schema, if absent).

    This is the committed view, the same as after a finished run: parts of a
    batch whose ``documents`` part was never written (a killed run) are not
    read, and where a document is in several batches (redone, and the run that
    redid it was killed before tidying up) only its newest batch's rows are.
    A table this module has no schema for (one a later stage adds, such as
    ``facts``) is read with the schema its parts carry; absent, it has no columns."""
    schema = SCHEMAS.get(name)
    wanted = None if columns is None else list(dict.fromkeys([*columns, "doc_id"]))
    committed = committed_batches(out)
    parts = [p for p in part_paths(out, name) if batch_of(p) in committed]
    if not parts:
        # to_table's, not schema.empty_table(), which imports pandas
        table = to_table(name, []) if schema is not None else pa.table({})
    else:
        import pyarrow.compute as pc  # only here: a plain run need not import it (S48f)
        newest = newest_batches(out)
        tables = []
        for part in parts:
            table = pq.read_table(part, schema=schema, columns=wanted)
            batch = batch_of(part)
            stale = [d for d in pc.unique(table.column("doc_id")).to_pylist()
                     if newest.get(d) != batch]
            if stale:
                table = table.filter(pc.invert(pc.is_in(
                    table.column("doc_id"), value_set=pa.array(stale, type=pa.string()))))
            tables.append(table)
        table = pa.concat_tables(tables, promote_options="none" if schema else "default")
    return table.select(list(columns)) if columns is not None else table
