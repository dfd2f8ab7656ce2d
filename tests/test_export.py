"""``policy-extract export``: CSV (UTF-8 with BOM) and xlsx read back with pandas equal
the Parquet tables; xlsx columns are typed; --label and --table; errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from policy_extract.export import LIST_SEPARATOR, read_csv_export, text_columns
from policy_extract.tables import read_table

from .conftest import run_cli
from .runs import SEEDS, add_facts, copy_run, mentions


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed and a file that fails (so documents.error has a value)."""
    src = tmp_path_factory.mktemp("export")
    (src / "seed.txt").write_bytes(next(SEEDS.glob("*.txt")).read_bytes())
    (src / "empty.txt").write_bytes(b"")
    out = src / "out"
    assert run_cli("run", str(src), "-o", str(out), "--ref-date", "2020-07", "--no-ner",
                   "-q", "--facts-method", "none").returncode == 1
    return out


def parquet_frame(out: Path, name: str) -> pd.DataFrame:
    """The Parquet table as the export should read back: list columns joined."""
    df = read_table(out, name).to_pandas()
    for column in df.columns:
        if df[column].map(lambda v: isinstance(v, list | tuple) or hasattr(v, "tolist")).any():
            df[column] = df[column].map(lambda v: None if v is None or len(v) == 0
                                        else LIST_SEPARATOR.join(map(str, v)))
    return df


def assert_same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.columns) == list(want.columns)
    assert len(got) == len(want)
    for column in want.columns:
        a, b = got[column], want[column]
        if pd.api.types.is_numeric_dtype(b):
            assert pd.api.types.is_numeric_dtype(a), column
            assert a.astype("float64").equals(b.astype("float64")), column
        else:
            # an empty list or string and a missing value both export as an empty cell
            norm = lambda s: [None if pd.isna(v) or v == "" else str(v) for v in s]  # noqa: E731
            assert norm(a) == norm(b), column


@pytest.mark.parametrize("table", ["mentions", "documents", "sentences"])
def test_csv_reads_back_equal_to_the_table(seed_out: Path, tmp_path: Path, table: str) -> None:
    res = run_cli("export", str(seed_out), "--format", "csv", "--table", table,
                  "-o", str(tmp_path))
    assert res.returncode == 0, res.stderr
    path = tmp_path / f"{table}.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert_same(read_csv_export(path), parquet_frame(seed_out, table))


def test_csv_default_tables_and_folder(seed_out: Path, tmp_path: Path) -> None:
    out = copy_run(seed_out, tmp_path / "out")
    res = run_cli("export", str(out))
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in (out / "export").iterdir()) == ["documents.csv",
                                                                  "mentions.csv"]
    assert f"mentions, {len(parquet_frame(out, 'mentions'))} row(s)" in res.stdout


def test_xlsx_reads_back_equal_to_the_tables(seed_out: Path, tmp_path: Path) -> None:
    book = tmp_path / "tables.xlsx"
    res = run_cli("export", str(seed_out), "--format", "xlsx", "-t", "mentions",
                  "-t", "documents", "-t", "sentences", "-o", str(book))
    assert res.returncode == 0, res.stderr
    sheets = {name: pd.read_excel(book, sheet_name=name, keep_default_na=False,
                                  na_values=[""], dtype=text_columns(name))
              for name in ["mentions", "documents", "sentences"]}
    assert pd.ExcelFile(book).sheet_names == ["mentions", "documents", "sentences"]
    for name, frame in sheets.items():
        assert_same(frame, parquet_frame(seed_out, name))


def test_xlsx_columns_are_typed(seed_out: Path, tmp_path: Path) -> None:
    book = tmp_path / "tables.xlsx"
    assert run_cli("export", str(seed_out), "-f", "xlsx", "-o", str(book)).returncode == 0
    sheet = openpyxl.load_workbook(book)["mentions"]
    header = [c.value for c in sheet[1]]
    money = next(r for r in sheet.iter_rows(min_row=2, values_only=True)
                 if r[header.index("label")] == "MONEY")
    assert type(money[header.index("start")]) is int
    assert isinstance(money[header.index("value")], float | int)
    assert isinstance(money[header.index("text")], str)
    assert money[header.index("norm")] is None  # missing is an empty cell
    assert sheet.freeze_panes == "A2"


def test_label_filter(seed_out: Path, tmp_path: Path) -> None:
    res = run_cli("export", str(seed_out), "--label", "MONEY", "--label", "PERCENT",
                  "-t", "mentions", "-o", str(tmp_path))
    assert res.returncode == 0, res.stderr
    got = read_csv_export(tmp_path / "mentions.csv")
    want = mentions(seed_out).query("label in ['MONEY', 'PERCENT']")
    assert sorted(got["label"].unique()) == ["MONEY", "PERCENT"]
    assert len(got) == len(want) == 46


def test_facts_are_exported_when_the_run_has_them(seed_out: Path, tmp_path: Path) -> None:
    out = copy_run(seed_out, tmp_path / "out")
    m = mentions(out).query("label == 'MONEY'").iloc[0]
    add_facts(out, [{"doc_id": m.doc_id, "fact_id": 0, "value_start": int(m.start),
                     "value_end": int(m.end), "label": "MONEY", "indicator": "投资额",
                     "kind": "level", "status": "actual"}])
    res = run_cli("export", str(out), "-f", "xlsx")
    assert res.returncode == 0, res.stderr
    sheets = pd.read_excel(out / "export" / "tables.xlsx", sheet_name=None)
    assert list(sheets) == ["mentions", "documents", "facts"]
    assert sheets["facts"]["indicator"].tolist() == ["投资额"]


@pytest.mark.parametrize(("args", "message"), [
    (["--table", "facts"], "has no facts table"),
    (["--table", "words"], "unknown table words"),
    (["--format", "ods"], "use csv or xlsx"),
    (["--label", "MONY"], "unknown label MONY"),
])
def test_errors_are_one_line(seed_out: Path, tmp_path: Path, args: list[str],
                             message: str) -> None:
    res = run_cli("export", str(seed_out), "-o", str(tmp_path / "x"), *args)
    assert res.returncode == 2
    assert message in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "x").exists() or not any((tmp_path / "x").iterdir())


def test_no_half_written_files(seed_out: Path, tmp_path: Path) -> None:
    run_cli("export", str(seed_out), "-o", str(tmp_path))
    run_cli("export", str(seed_out), "-f", "xlsx", "-o", str(tmp_path / "t.xlsx"))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
