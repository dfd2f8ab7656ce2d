"""``policy-extract export``: a run's tables as CSV or an Excel workbook.

* CSV: one file per table, UTF-8 with a byte-order mark (Excel then reads the
  Chinese right), comma-separated, a header row; a missing value is an empty
  field; numbers are written so they read back exactly.
* xlsx (openpyxl): one sheet per table, numbers as numbers (integers as
  integers), text as text, empty cells for missing values, the header row
  frozen and filtered.
* List columns (``documents.warnings``) are joined with ``"; "``.

Files are written under a temporary name and renamed into place, so an
interrupted export leaves no half-written file.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .model import PolicyExtractError
from .tables import has_table, read_table

FORMATS = ("csv", "xlsx")
EXPORT_TABLES = ("mentions", "documents", "sentences", "facts")
#: what is exported when no --table is given (facts only where the run has them)
DEFAULT_TABLES = ("mentions", "documents", "facts")
LIST_SEPARATOR = "; "
XLSX_MAX_ROWS = 1_048_575        # Excel's sheet limit, less the header
XLSX_MAX_CELL = 32_767           # Excel's cell limit, in characters


class ExportError(PolicyExtractError):
    """A table that cannot be exported as asked."""


def table_frame(out: Path, name: str, labels: Collection[str] | None = None) -> pd.DataFrame:
    """Table ``name`` of the run in ``out`` as it is exported: integers as nullable
    integers, list columns joined, rows of the labels asked for only (tables with a
    ``label`` column)."""
    table = read_table(out, name)
    if labels and "label" in table.column_names:
        table = table.filter(pc.is_in(table.column("label"),
                                      value_set=pa.array(sorted(labels), type=pa.string())))
    columns = {}
    for field, column in zip(table.schema, table.columns, strict=True):
        if pa.types.is_list(field.type) or pa.types.is_large_list(field.type):
            column = pa.array([None if v is None else LIST_SEPARATOR.join(map(str, v))
                               for v in column.to_pylist()], type=pa.string())
        columns[field.name] = column
    frame = pa.table(columns).to_pandas(types_mapper={pa.int64(): pd.Int64Dtype(),
                                                      pa.int32(): pd.Int64Dtype()}.get)
    return frame


def tables_to_export(out: Path, asked: Sequence[str] | None) -> list[str]:
    """The tables asked for (all present defaults if none), each checked to exist."""
    if not has_table(out, "documents"):
        raise ExportError(f"{out}: no run there (no documents table); write one with "
                          f"`policy-extract run FILES -o {out}`")
    if not asked:
        return [t for t in DEFAULT_TABLES if has_table(out, t)]
    for name in asked:
        if not has_table(out, name):
            hint = (" (the facts stage has not run on it)" if name == "facts" else "")
            raise ExportError(f"{out} has no {name} table{hint}")
    return list(dict.fromkeys(asked))


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """One table as CSV, UTF-8 with BOM, written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    frame.to_csv(tmp, index=False, encoding="utf-8-sig")
    os.replace(tmp, path)


def _check_fits_excel(name: str, frame: pd.DataFrame) -> None:
    if len(frame) > XLSX_MAX_ROWS:
        raise ExportError(f"table {name} has {len(frame):,} rows, more than an Excel sheet "
                          f"holds ({XLSX_MAX_ROWS:,}); export it as CSV or with --label")
    for column in frame.columns:
        if pd.api.types.is_string_dtype(frame[column]):
            longest = frame[column].dropna().astype(str).str.len().max()
            if pd.notna(longest) and longest > XLSX_MAX_CELL:
                raise ExportError(f"table {name}, column {column}: a value of {longest:,} "
                                  f"characters, more than an Excel cell holds "
                                  f"({XLSX_MAX_CELL:,}); export it as CSV")


def _clean_for_excel(frame: pd.DataFrame) -> pd.DataFrame:
    """Control characters that the xlsx format cannot hold (all but tab, LF, CR) become
    U+FFFD, as openpyxl would otherwise refuse the sheet."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(
                lambda v: ILLEGAL_CHARACTERS_RE.sub("\ufffd", v) if isinstance(v, str) else v)
    return out


def write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> None:
    """The tables as sheets of one workbook (header frozen, filter on), whole or not at
    all."""
    from openpyxl.utils import get_column_letter

    for name, frame in frames.items():
        _check_fits_excel(name, frame)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        for name, frame in frames.items():
            _clean_for_excel(frame).to_excel(writer, sheet_name=name, index=False)
            sheet = writer.sheets[name]
            sheet.freeze_panes = "A2"
            if len(frame.columns):
                sheet.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}" \
                                        f"{len(frame) + 1}"
            for i, column in enumerate(frame.columns, start=1):
                width = 14 if frame[column].dtype.kind in "fiu" else 18
                sheet.column_dimensions[get_column_letter(i)].width = width
                if column in ("value", "value_max"):
                    for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i):
                        cell.number_format = "#,##0.##########"
    os.replace(tmp, path)


def export(out: Path, fmt: str, dest: Path, tables: Sequence[str] | None = None,
           labels: Collection[str] | None = None) -> list[tuple[Path, str, int]]:
    """Export the tables of the run in ``out``; returns (file, table, rows) written.

    ``dest`` is a folder for CSV (``dest/TABLE.csv``) and a file for xlsx."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use csv or xlsx")
    names = tables_to_export(out, tables)
    frames = {name: table_frame(out, name, labels) for name in names}
    if fmt == "csv":
        written = []
        for name, frame in frames.items():
            write_csv(frame, dest / f"{name}.csv")
            written.append((dest / f"{name}.csv", name, len(frame)))
        return written
    write_xlsx(frames, dest)
    return [(dest, name, len(frame)) for name, frame in frames.items()]


def read_csv_export(path: Path) -> pd.DataFrame:
    """Read a CSV this module wrote, with the types back (what the tests and a user's
    notebook do): empty fields are missing values, nothing else is (not even "NA")."""
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
