"""A run that ends early tells the truth: Ctrl-C (SIGINT) or SIGTERM to a real
``policy-extract run``, a full disk (a real tmpfs where one can be mounted, and an
injected ENOSPC everywhere) and an unwritable part each end in one message that says
what is kept and what to do; no staged part, orphan part or lock file is left; and the
same command again completes the tables of an uninterrupted run."""

from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from policy_extract import tables
from policy_extract.batch import LOCK_NAME, run
from policy_extract.pipeline import Pipeline
from policy_extract.tables import DATA_TABLES, TABLES

from .conftest import run_cli
from .test_resume import _CHILD, BATCH, assert_same_tables, check_consistent, write_reports

N_DOCS = 300
#: each document slowed so that the run is still going when the signal comes
SLOW = 0.05


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    return write_reports(tmp_path_factory.mktemp("reports"), n=N_DOCS)


@pytest.fixture(scope="module")
def reference(reports: Path, tmp_path_factory, pipeline: Pipeline) -> Path:
    out = tmp_path_factory.mktemp("reference") / "out"
    run([reports], out, workers=1, batch_docs=BATCH, pipeline_factory=lambda: pipeline)
    return out


def left_behind(out: Path) -> list[str]:
    """Staged parts, the lock file and parts of batches that never committed."""
    junk = [p.name for p in out.rglob(".*")]
    committed = {p.name for p in (out / "documents").glob("part-*.parquet")}
    for name in DATA_TABLES:
        junk += [f"{name}/{p.name}" for p in (out / name).glob("part-*.parquet")
                 if p.name not in committed]
    return junk


def n_documents(out: Path) -> int:
    folder = out / "documents"
    return ds.dataset(folder).count_rows() if folder.is_dir() else 0


def the_message(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"want one line, got:\n{stderr}"
    assert "Traceback" not in stderr
    return lines[0]


def kept_in(message: str) -> int:
    m = re.search(r"(\d+) document\(s\) written by this run are kept in", message)
    assert m, message
    return int(m.group(1))


@pytest.mark.parametrize(("workers", "signum", "to_group"), [
    pytest.param(2, signal.SIGINT, True, id="ctrl-c-in-a-terminal-2-workers"),
    pytest.param(1, signal.SIGINT, False, id="sigint-1-worker"),
    pytest.param(2, signal.SIGTERM, False, id="sigterm-2-workers"),
])
def test_a_stopped_run_says_what_is_kept_and_resumes(reports: Path, reference: Path,
                                                      tmp_path: Path, workers: int,
                                                      signum: int, to_group: bool) -> None:
    out = tmp_path / "out"
    args = ["run", str(reports), "-o", str(out), "-w", str(workers), "-q", "--no-ner"]
    env = {**os.environ, "POLICY_EXTRACT_BATCH_DOCS": str(BATCH), "PYTHONWARNINGS": "ignore"}
    proc = subprocess.Popen([sys.executable, "-c", _CHILD.format(slow=SLOW), *args], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while n_committed(out) < 2:  # two batches in: the run is well under way
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the run did not start"
            time.sleep(0.01)
        # a terminal's Ctrl-C reaches every process of the group; kill(1) the one named
        (os.killpg if to_group else os.kill)(proc.pid, signum)
        stdout, stderr = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 128 + signum, (stdout, stderr)
    message = the_message(stderr)
    what = "Ctrl-C" if signum == signal.SIGINT else "SIGTERM"
    assert message.startswith(f"policy-extract: interrupted ({what}): "), message
    assert f"kept in {out}" in message
    assert "Run the same command again to resume" in message
    kept = kept_in(message)
    assert 2 * BATCH <= kept < N_DOCS, "stopped before the end, after two batches"
    assert kept == n_documents(out), "the message counts what the tables hold"
    m = re.search(r"; (\d+) not done yet", message)
    assert m and int(m.group(1)) == N_DOCS - kept
    assert left_behind(out) == []
    check_consistent(out)
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):  # no worker process outlives the run
        os.killpg(proc.pid, 0)
    # the same command again: the kept documents are skipped, the tables complete
    again = run_cli(*args)
    assert again.returncode == 0, again.stderr
    assert f"{N_DOCS - kept} ok, 0 failed, {kept} already done" in again.stdout
    assert left_behind(out) == []
    assert_same_tables(out, reference)


def n_committed(out: Path) -> int:
    folder = out / "documents"
    return len(list(folder.glob("part-*.parquet"))) if folder.is_dir() else 0


# -- a full disk, an unwritable part ----------------------------------------------------

@pytest.mark.parametrize(("code", "says"), [
    pytest.param(errno.ENOSPC, ("the disk is full", "free some space there"), id="ENOSPC"),
    pytest.param(errno.EACCES, ("permission denied", "writable"), id="EACCES"),
    pytest.param(errno.EIO, (os.strerror(errno.EIO), "fix that"), id="EIO"),
])
def test_a_part_that_cannot_be_written_is_one_line_and_resumes(
        reports: Path, reference: Path, tmp_path: Path, monkeypatch, pipeline: Pipeline,
        code: int, says: tuple[str, str]) -> None:
    """The writer fails (as pyarrow does on a full disk: OSError with the errno) on the
    first part of the second batch (a batch writes one part per table)."""
    out = tmp_path / "out"
    write_table = tables.pq.write_table
    calls = []

    def failing(table, where, *args, **kwargs):
        calls.append(where)
        if len(calls) == len(TABLES) + 1:
            open(where, "wb").write(b"PAR1 half")  # noqa: SIM115 - a half-written part
            raise OSError(code, f"Error writing bytes to file. Detail: [errno {code}]")
        return write_table(table, where, *args, **kwargs)

    monkeypatch.setattr(tables.pq, "write_table", failing)
    monkeypatch.setenv("POLICY_EXTRACT_BATCH_DOCS", str(BATCH))
    args = ["run", str(reports), "-o", str(out), "-w", "1", "-q", "--no-ner"]
    res = run_cli(*args)
    assert res.returncode == 2
    message = the_message(res.stderr)
    failed_part = out / DATA_TABLES[0] / "part-r000001-000001.parquet"
    assert message.startswith(f"policy-extract: error: cannot write {failed_part}: "), message
    for phrase in says:
        assert phrase in message
    assert "run the same command again to resume" in message
    assert kept_in(message) == BATCH == n_documents(out)
    assert left_behind(out) == []
    monkeypatch.setattr(tables.pq, "write_table", write_table)
    again = run_cli(*args)
    assert again.returncode == 0, again.stderr
    assert f"{BATCH} already done" in again.stdout
    assert left_behind(out) == []
    assert_same_tables(out, reference)


@pytest.fixture
def small_tmpfs(tmp_path: Path):
    """A tmpfs of 256 KiB at a temporary folder, or skip where mounting is refused."""
    where = tmp_path / "disk"
    where.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(where)],
                       check=True, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        reason = getattr(exc, "stderr", "") or exc
        pytest.skip(f"cannot mount a tmpfs here ({str(reason).strip()}); "
                    "test_a_part_that_cannot_be_written_is_one_line_and_resumes injects "
                    "ENOSPC instead")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, timeout=60)


def test_a_full_disk_is_one_line_and_a_rerun_after_freeing_space_completes(
        tmp_path: Path, small_tmpfs: Path, pipeline: Pipeline) -> None:
    """A real full disk: the tables of 400 reports need about 1 MB; the disk has 256 KiB."""
    reports = write_reports(tmp_path / "in", n=400, seed=9)
    reference = tmp_path / "reference"
    run([reports], reference, workers=1, batch_docs=BATCH, pipeline_factory=lambda: pipeline)
    size = sum(p.stat().st_size for p in reference.rglob("*") if p.is_file())
    assert size > 2 * 256 * 1024, f"the tables ({size} bytes) would fit on the small disk"
    out = small_tmpfs / "out"
    args = ["run", str(reports), "-o", str(out), "-w", "2", "-q", "--no-ner"]
    env = {**os.environ, "POLICY_EXTRACT_BATCH_DOCS": str(BATCH), "PYTHONWARNINGS": "ignore"}
    res = subprocess.run([sys.executable, "-m", "policy_extract", *args], env=env,
                         capture_output=True, text=True, timeout=600)
    assert res.returncode == 2, (res.stdout, res.stderr)
    message = the_message(res.stderr)
    assert re.match(rf"policy-extract: error: cannot write {re.escape(str(out))}/"
                    rf"({'|'.join(TABLES)})/part-r000001-\d{{6}}\.parquet: "
                    r"the disk is full; ", message), message
    assert "free some space there" in message and "run the same command again" in message
    kept = kept_in(message)
    assert 0 < kept < 400 and kept == n_documents(out)
    assert left_behind(out) == []
    check_consistent(out)
    # free space (a bigger disk), then the same command
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_tmpfs)], check=True,
                   timeout=60)
    again = subprocess.run([sys.executable, "-m", "policy_extract", *args], env=env,
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"{400 - kept} ok, 0 failed, {kept} already done" in again.stdout
    assert left_behind(out) == []
    assert_same_tables(out, reference)


def test_ctrl_c_with_the_dask_engine(tmp_path: Path, pipeline: Pipeline) -> None:
    """The client is stopped by SIGINT (sent to this process, as Ctrl-C would) while a
    local dask cluster extracts: Interrupted, the cluster shut down, nothing left over."""
    pytest.importorskip("distributed", reason="dask[distributed] is not installed")
    import functools
    import threading

    from policy_extract.batch import Interrupted
    from policy_extract.pipeline import default_pipeline

    reports = write_reports(tmp_path / "in", n=2000, seed=3)
    out = tmp_path / "out"
    finished = threading.Event()

    def press_ctrl_c() -> None:
        while not finished.is_set():
            if n_committed(out) >= 2:
                os.kill(os.getpid(), signal.SIGINT)
                return
            time.sleep(0.005)

    watcher = threading.Thread(target=press_ctrl_c, daemon=True)
    watcher.start()
    try:
        with pytest.raises(Interrupted) as stopped:
            run([reports], out, engine="dask", workers=2, batch_docs=BATCH,
                pipeline_factory=functools.partial(default_pipeline, ner=False))
    finally:
        finished.set()
        watcher.join()
    kept = stopped.value.summary.n_written
    assert kept == n_documents(out) and 2 * BATCH <= kept < 2000
    assert "Run the same command again to resume" in str(stopped.value)
    assert left_behind(out) == []
    again = run([reports], out, workers=1, batch_docs=BATCH, pipeline_factory=lambda: pipeline)
    assert (again.n_skipped, again.n_ok) == (kept, 2000 - kept)
    check_consistent(out)


def test_no_lock_file_is_left_after_a_run(reports: Path, tmp_path: Path,
                                          pipeline: Pipeline) -> None:
    out = tmp_path / "out"
    run([reports], out, workers=1, pipeline_factory=lambda: pipeline)
    assert not (out / LOCK_NAME).exists()
    assert left_behind(out) == []
