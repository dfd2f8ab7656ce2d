"""What ``policy-extract run`` tells a user besides the tables: --version, progress in
characters (one huge file moves), options that would do nothing together, dask's own
logging kept quiet, and doc_ids that say which of two same-named files is which."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from policy_extract import __version__
from policy_extract.batch import (
    InputError,
    Progress,
    collect_inputs,
    read_ref_dates,
    run,
    with_ref_dates,
)
from policy_extract.pipeline import Pipeline

from .conftest import run_cli
from .test_cli import cli_process

LINE = "2019年，全市新开工亿元以上产业项目87个，投资额达215.8亿元，同比增长12.5%。\n"


def test_version() -> None:
    res = run_cli("--version")
    assert res.returncode == 0 and res.stdout.strip() == f"policy-extract {__version__}"
    assert run_cli("version").stdout.strip() == __version__


@pytest.mark.parametrize(("args", "message"), [
    pytest.param(["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler is only used with "
                 "--engine dask", id="scheduler-without-dask"),
    pytest.param(["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "-w", "2"],
                 "--workers does nothing with --scheduler", id="workers-with-scheduler"),
    pytest.param(["--no-ner", "--ner-model", "MODEL"], "--no-ner and --ner-model contradict",
                 id="no-ner-with-ner-model"),
    pytest.param(["--engine", "spark"], "unknown engine 'spark'", id="unknown-engine"),
])
def test_options_that_do_nothing_together_are_errors(tmp_path: Path, args: list[str],
                                                     message: str) -> None:
    res = cli_process("run", str(tmp_path), "-o", str(tmp_path / "out"),
                      *[a.replace("MODEL", str(tmp_path)) for a in args])
    assert res.returncode == 2, res.stderr
    assert message in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_the_library_refuses_a_scheduler_without_dask(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="only used by the dask engine"):
        run([tmp_path], tmp_path / "out", scheduler="tcp://127.0.0.1:8786")


def test_same_named_files_get_distinct_readable_doc_ids(tmp_path: Path,
                                                       pipeline: Pipeline) -> None:
    for town in ("常德", "岳阳"):
        (tmp_path / "in" / town).mkdir(parents=True)
        (tmp_path / "in" / town / "report.txt").write_text(town + LINE, encoding="utf-8")
    (tmp_path / "in" / "岳阳" / "sub").mkdir()
    (tmp_path / "in" / "岳阳" / "sub" / "report.txt").write_text(LINE, encoding="utf-8")
    a, b = tmp_path / "in" / "常德", tmp_path / "in" / "岳阳"
    # two folders: paths relative to the folder holding both
    assert [f.source for f in collect_inputs([a, b])] == [
        "常德/report.txt", "岳阳/report.txt", "岳阳/sub/report.txt"]
    # one folder: paths inside it, as before; one file: its name
    assert [f.source for f in collect_inputs([b])] == ["report.txt", "sub/report.txt"]
    assert [f.source for f in collect_inputs([a / "report.txt"])] == ["report.txt"]
    # two files of the same name
    assert [f.source for f in collect_inputs([a / "report.txt", b / "report.txt"])] == [
        "常德/report.txt", "岳阳/report.txt"]
    # a file named twice (itself and through its folder) is read once
    assert [f.source for f in collect_inputs([b / "report.txt", b])] == [
        "report.txt", "sub/report.txt"]
    out = tmp_path / "out"
    run([a, b], out, workers=1, pipeline_factory=lambda: pipeline)
    docs = ds.dataset(out / "documents").to_table().to_pandas()
    assert sorted(docs["doc_id"]) == ["岳阳/report.txt", "岳阳/sub/report.txt",
                                      "常德/report.txt"]
    assert (docs["doc_id"] == docs["source"]).all()


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_counts_characters_inside_a_huge_file(tmp_path: Path, pipeline: Pipeline,
                                                        workers: int) -> None:
    """One big file (two with two workers): the progress moves before any is finished."""
    (tmp_path / "in").mkdir()
    n_files = workers
    for i in range(n_files):
        (tmp_path / "in" / f"big{i}.txt").write_text(LINE * 12000, encoding="utf-8")
    n_chars = len(LINE) * 12000 * n_files
    seen: list[Progress] = []
    summary = run([tmp_path / "in"], tmp_path / "out", workers=workers,
                  pipeline_factory=lambda: pipeline, progress=seen.append)
    assert summary.n_ok == n_files
    before_any_finished = [p for p in seen if p.docs_done == 0 and p.chars_done > 0]
    assert before_any_finished, f"no movement inside the documents: {seen}"
    done = [p.chars_done for p in seen]
    assert done == sorted(done), "progress went backwards"
    last = seen[-1]
    assert (last.chars_done, last.chars_total, last.docs_done, last.n_docs) == (
        n_chars, n_chars, n_files, n_files)
    assert all(p.chars_done <= p.chars_total for p in seen)



def test_dask_logging_is_quiet_unless_asked(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(LINE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DASK_")}
    args = [sys.executable, "-m", "policy_extract", "run", str(tmp_path / "in"), "-o",
            str(tmp_path / "out"), "--engine", "dask", "-w", "1", "--no-ner", "-q"]
    quiet = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
    assert quiet.returncode == 0, quiet.stderr
    assert "INFO" not in quiet.stderr, quiet.stderr
    assert "1 ok" in quiet.stdout
    loud = subprocess.run([*args, "--force", "--verbose"], capture_output=True, text=True,
                          env=env, timeout=600)
    assert loud.returncode == 0, loud.stderr
    assert "INFO" in loud.stderr


# -- --ref-dates: a reference date per file, for reports whose text writes no date --------

TASKS = "今年要新建未来工厂10家，1至6月完成一半。\n"


@pytest.mark.parametrize(("name", "matches"), [
    pytest.param("a/tasks.txt", True, id="source"),
    pytest.param("tasks.txt", True, id="file-name"),
    pytest.param("tasks", True, id="stem-as-doc-id"),
    pytest.param("in/a/tasks.txt", True, id="end-of-path"),
    pytest.param("b/tasks.txt", False, id="other-folder"),
    pytest.param("task", False, id="part-of-a-name"),
])
def test_a_ref_dates_row_finds_its_file(tmp_path: Path, name: str, matches: bool) -> None:
    (tmp_path / "in" / "a").mkdir(parents=True)
    (tmp_path / "in" / "a" / "tasks.txt").write_text(TASKS, encoding="utf-8")
    (tmp_path / "in" / "other.txt").write_text(TASKS, encoding="utf-8")
    items, unmatched = with_ref_dates(collect_inputs([tmp_path / "in"]), {name: "2026-01"})
    dated = {i.source: i.ref_date for i in items}
    assert dated == {"a/tasks.txt": "2026-01" if matches else None, "other.txt": None}
    assert unmatched == ([] if matches else [name])


@pytest.mark.parametrize(("table", "message"), [
    pytest.param("file\tref_date\nx.txt\t2020-13\n", "row 2: ref_date '2020-13'", id="bad-month"),
    pytest.param("file\tref_date\nx.txt\t\n", "row 2: ref_date ''", id="empty-date"),
    pytest.param("name\tdate\nx.txt\t2020\n", "needs a ref_date column", id="no-columns"),
    pytest.param("", "empty", id="empty-file"),
])
def test_a_bad_ref_dates_table_is_a_clear_error(tmp_path: Path, table: str,
                                                message: str) -> None:
    (tmp_path / "dates.tsv").write_text(table, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_ref_dates(tmp_path / "dates.tsv")


def test_ref_dates_table_formats(tmp_path: Path) -> None:
    (tmp_path / "d.csv").write_text("# dates of the reports\nsource,ref_date,evidence\n"
                                    "corpus/x.txt,2021-09,signature\n", encoding="utf-8")
    assert read_ref_dates(tmp_path / "d.csv") == {"corpus/x.txt": "2021-09"}


def test_run_uses_each_files_ref_date_and_resumes_on_a_change(tmp_path: Path,
                                                               pipeline: Pipeline) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "tasks.txt").write_text(TASKS, encoding="utf-8")
    (tmp_path / "in" / "dated.txt").write_text("2019年" + LINE, encoding="utf-8")
    table = tmp_path / "dates.tsv"
    table.write_text("file\tref_date\ntasks.txt\t2026-01\nmissing.txt\t2020\n", encoding="utf-8")
    res = run_cli("run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-ner", "-q",
                  "--ref-dates", str(table))
    assert res.returncode == 0, res.stderr
    assert "1 row(s) name no input file (not used): missing.txt" in res.stdout
    docs = {r["doc_id"]: r for r in ds.dataset(tmp_path / "out" / "documents").to_table()
            .to_pylist()}
    assert docs["tasks.txt"]["ref_date"] == "2026-01"
    assert docs["tasks.txt"]["ref_date_source"] == "given"
    assert docs["dated.txt"]["ref_date_source"] != "given"  # no row: inferred as before
    dates = {r["text"]: r["norm"] for r in ds.dataset(tmp_path / "out" / "mentions")
             .to_table().to_pylist() if r["label"] == "DATE" and r["doc_id"] == "tasks.txt"}
    assert dates["今年"] == "2026" and dates["1至6月"] == "2026-01/2026-06"
    # another date for the file redoes it (and only it)
    table.write_text("file\tref_date\ntasks.txt\t2025\n", encoding="utf-8")
    res = run_cli("run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--no-ner", "-q",
                  "--ref-dates", str(table))
    assert res.returncode == 0, res.stderr
    assert "1 already done" in res.stdout
