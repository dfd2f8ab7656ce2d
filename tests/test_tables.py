"""tables.to_table: the columns built from their buffers, the same table as
``pa.Table.from_pylist`` makes (examples and counterexamples), and no pandas imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from policy_extract.tables import SCHEMAS, to_table

_MENTION = {"doc_id": "d", "source": "a.txt", "start": 0, "end": 2, "label": "GPE",
            "text": "常德", "norm": "常德市", "score": 0.9, "sentence_id": 0}

# table, rows: what from_pylist makes of them, to_table makes the same
SAME = [
    pytest.param("mentions", [], id="no rows"),
    pytest.param("mentions", [_MENTION], id="keys a row lacks are nulls"),
    pytest.param("mentions", [{**_MENTION, "value": 5, "value_max": None, "unit": "元",
                               "qualifier": "", "score": -0.0},
                              {**_MENTION, "value": 1e300, "value_max": 2.5, "unit": None}],
                 id="an int in a float column, -0.0, an empty string, nulls between values"),
    pytest.param("documents", [{"doc_id": "a", "source": "a", "status": "ok", "warnings": None,
                                "n_chars": 3},
                               {"doc_id": "b", "source": "b", "status": "error",
                                "warnings": [], "error": "cannot read the file"},
                               {"doc_id": "c", "source": "c", "status": "ok",
                                "warnings": ["一", "two"], "n_chars": None}],
                 id="lists of strings: null, empty, with items"),
    pytest.param("texts", [{"doc_id": "a", "text": "二〇二三年\r\n𠀀 ü"}],
                 id="characters of every UTF-8 length"),
    pytest.param("sentences", [{"doc_id": "a", "sentence_id": i, "start": i, "end": i + 1,
                                "section": None if i % 3 else "一、", "text": "句"}
                               for i in range(21)],
                 id="a validity bitmap over several bytes"),
]


@pytest.mark.parametrize(("name", "rows"), SAME)
def test_to_table_is_from_pylist_s_table(name: str, rows: list[dict[str, Any]]) -> None:
    table = to_table(name, rows)
    expected = pa.Table.from_pylist(rows, schema=SCHEMAS[name])
    assert table.schema == expected.schema
    assert table.equals(expected)
    table.validate(full=True)


# table, a row whose value no column here takes: from_pylist's error, as before
REFUSED = [
    pytest.param("texts", {"doc_id": "a", "text": 5}, id="a number in a string column"),
    pytest.param("mentions", {**_MENTION, "start": "0"}, id="a string in an integer column"),
    pytest.param("texts", {"doc_id": "a", "text": "\ud800"}, id="a string with no UTF-8 form"),
]


@pytest.mark.parametrize(("name", "row"), REFUSED)
def test_a_value_no_column_takes_raises_as_from_pylist(name: str, row: dict[str, Any]) -> None:
    with pytest.raises(Exception) as expected:
        pa.Table.from_pylist([row], schema=SCHEMAS[name])
    with pytest.raises(expected.type):
        to_table(name, [row])


def test_writing_tables_imports_no_pandas(tmp_path: Path) -> None:
    """A fresh process making a table and reading an absent one imports no pandas (pyarrow's
    ``pa.array`` and ``schema.empty_table`` would: 0.17-0.19 CPU-s)."""
    code = ("import sys\nfrom pathlib import Path\n"
            "from policy_extract.tables import read_table, to_table\n"
            f"to_table('mentions', [{_MENTION!r}])\n"
            f"assert read_table(Path({str(tmp_path)!r}), 'documents').num_rows == 0\n"
            "print('pandas' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_a_column_type_the_buffers_do_not_build_goes_through_from_pylist(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A schema with a type beyond strings, int64, float64 and lists of strings (a boolean
    here) still gives from_pylist's table, not a KeyError of the buffers' codes."""
    schema = pa.schema([("doc_id", pa.string()), ("flag", pa.bool_())])
    monkeypatch.setitem(SCHEMAS, "flags", schema)
    rows = [{"doc_id": "a", "flag": True}, {"doc_id": "b", "flag": None}]
    assert to_table("flags", rows).equals(pa.Table.from_pylist(rows, schema=schema))
