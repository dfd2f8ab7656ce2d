"""The command line as a user meets it: summaries, exit codes, errors without tracebacks.

The commands run in this process (typer's test runner) on the session's pipeline, so no
test pays for building one; usage errors also run as ``python -m policy_extract``, a real
process, where a traceback would show."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from .conftest import run_cli as cli


def cli_process(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m policy_extract ARGS`` in a process of its own."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([sys.executable, "-m", "policy_extract", *args], capture_output=True,
                          text=True, env=env, timeout=600)


@pytest.fixture(scope="module")
def messy(tmp_path_factory) -> Path:
    """A folder with good files in three encodings and a few broken ones."""
    root = tmp_path_factory.mktemp("in")
    text = "2019年，全市新开工亿元以上产业项目 87 个，投资额达 215.8 亿元。\r\n"
    (root / "utf8.txt").write_text(text, encoding="utf-8")
    (root / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (root / "sub").mkdir()
    (root / "sub" / "gbk.txt").write_bytes(text.encode("gb18030"))
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (root / "ignored.csv").write_text("a,b", encoding="utf-8")
    return root


def test_run_writes_tables_and_reports_failures(messy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = cli("run", str(messy), "-o", str(out), "--ref-date", "2020-07", "-w", "1")
    assert res.returncode == 1, res.stderr  # the job ran, two files failed
    assert "3 ok, 2 failed" in res.stdout
    assert "Traceback" not in res.stderr
    docs = ds.dataset(out / "documents").to_table().to_pandas().set_index("source")
    assert set(docs.index) == {"utf8.txt", "bom.txt", "sub/gbk.txt", "empty.txt", "binary.txt",
                               "ignored.csv"}
    assert docs.loc["ignored.csv", "status"] == "skipped"  # listed, not read
    assert "type .csv is not read" in docs.loc["ignored.csv", "error"]
    assert "1 not read" in res.stdout and "not read: ignored.csv: type .csv" in res.stderr
    assert docs.loc["sub/gbk.txt", "encoding"] == "gb18030"
    assert docs.loc["empty.txt", "status"] == "error" and "empty" in docs.loc["empty.txt", "error"]
    assert "NUL" in docs.loc["binary.txt", "error"]
    mentions = ds.dataset(out / "mentions").to_table().to_pandas()
    per_doc = mentions.groupby("source").size().to_dict()
    assert per_doc["utf8.txt"] == per_doc["bom.txt"] == per_doc["sub/gbk.txt"] == 4


def test_rerun_skips_done_documents(messy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli("run", str(messy), "-o", str(out), "-w", "1")
    again = cli("run", str(messy), "-o", str(out), "-w", "1")
    assert "3 already done" in again.stdout
    docs = ds.dataset(out / "documents").to_table().to_pandas()
    assert len(docs) == 6 and docs["source"].is_unique  # ignored.csv: one skipped row
    forced = cli("run", str(messy), "-o", str(out), "-w", "1", "--force")
    assert "3 ok, 2 failed, 1 not read, 0 already done" in forced.stdout
    assert len(ds.dataset(out / "documents").to_table()) == 6


def test_rerun_with_another_ref_date_redoes_and_says_so(messy: Path, tmp_path: Path) -> None:
    """Issue 9: the resume key includes the options that change output (--ref-date)."""
    out = tmp_path / "out"
    text = "今年 1 至 6 月，新开工项目 87 个。\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(text, encoding="utf-8")
    first = cli("run", str(tmp_path / "in"), "-o", str(out), "-w", "1", "--ref-date", "2020-07")
    assert "1 ok" in first.stdout, first.stderr
    again = cli("run", str(tmp_path / "in"), "-o", str(out), "-w", "1", "--ref-date", "2019-07")
    assert "1 ok, 0 failed, 0 already done" in again.stdout
    assert "redone: 1 document(s)" in again.stdout
    assert "options ref_date=2020-07 -> ref_date=2019-07" in again.stdout
    mentions = ds.dataset(out / "mentions").to_table().to_pandas()
    dates = mentions[mentions["label"] == "DATE"]["norm"].tolist()
    assert dates == ["2019-01/2019-06"]
    docs = ds.dataset(out / "documents").to_table().to_pandas()
    assert docs["options"].tolist() == ["ref_date=2019-07"]
    same = cli("run", str(tmp_path / "in"), "-o", str(out), "-w", "1", "--ref-date", "2019-07")
    assert "1 already done" in same.stdout and "redone" not in same.stdout


def test_a_rule_that_times_out_is_recorded_on_its_document(tmp_path: Path, monkeypatch) -> None:
    """Issue 9: no silent loss. A rule abandoned on a document (its time bound, made tiny
    here so that the test is fast) is named in documents.warnings and in the summary."""
    from policy_extract import numeric
    monkeypatch.setattr(numeric, "MATCH_TIMEOUT", 1e-6)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "numerals.txt").write_text("一二三" * 30000, encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text("无", encoding="utf-8")
    out = tmp_path / "out"
    res = cli("run", str(tmp_path / "in"), "-o", str(out), "-w", "1", "--no-ner")
    assert res.returncode == 0, res.stderr
    docs = ds.dataset(out / "documents").to_table().to_pandas().set_index("source")
    warned = list(docs.loc["numerals.txt", "warnings"])
    assert warned and all("timed out" in w for w in warned)
    assert any(w.startswith("money.") or w.startswith("count.") or w.startswith("date.")
               for w in warned), warned
    assert "warnings:" in res.stderr and "numerals.txt" in res.stderr


@pytest.mark.parametrize(("args", "message"), [
    pytest.param(["run", "/no/such/folder", "-o", "OUT"], "input not found", id="missing-input"),
    pytest.param(["run", "-o", "/proc/version/out"], "cannot write", id="unwritable-out"),
    pytest.param(["run", "--ref-date", "July", "-o", "OUT"], "YYYY", id="bad-ref-date"),
])
def test_usage_errors_exit_2_without_traceback(tmp_path: Path, args: list[str], message: str) -> None:
    res = cli_process(*[a.replace("OUT", str(tmp_path / "o")) for a in args])
    assert res.returncode == 2
    assert message in res.stderr + res.stdout
    assert "Traceback" not in res.stderr


def test_no_input_runs_the_bundled_seeds(tmp_path: Path) -> None:
    res = cli("run", "-o", str(tmp_path / "o"), "-q", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert "1 ok, 0 failed" in res.stdout
    assert "MONEY" in res.stdout
