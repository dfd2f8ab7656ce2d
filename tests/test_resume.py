"""Kill-and-resume: a run SIGKILLed at any moment leaves readable, consistent tables,
and a re-run finishes them into exactly the tables of an uninterrupted run."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from policy_extract.batch import run
from policy_extract.pipeline import Pipeline
from policy_extract.tables import (
    DATA_TABLES,
    SCHEMAS,
    TABLES,
    batch_of,
    committed_batches,
    part_paths,
    read_table,
)

N_DOCS = 300
BATCH = 8  # documents per batch: about 38 batches, so kills land between and inside them

TEMPLATES = (
    "{y}年，全市完成固定资产投资{a}.{b}亿元，同比增长{p}%。",
    "新开工亿元以上产业项目{n}个，带动就业{m}万人。",
    "截至{y}年{mo}月底，累计发放补贴{a}万元，惠及{n}户家庭。",
    "全年接待游客{a}万人次，旅游收入{b}亿元，分别增长{p}%和{q}%。",
    "第{n}届博览会于{y}年{mo}月{d}日开幕，签约项目总额{a}亿元。",
)


def write_reports(root: Path, n: int = N_DOCS, seed: int = 5) -> Path:
    rnd = random.Random(seed)
    for i in range(n):
        lines = []
        for _ in range(rnd.randint(1, 3)):
            t = rnd.choice(TEMPLATES)
            lines.append(t.format(y=rnd.randint(2015, 2024), a=rnd.randint(1, 999),
                                  b=rnd.randint(0, 99), p=rnd.randint(1, 30),
                                  q=rnd.randint(1, 30), n=rnd.randint(2, 500),
                                  m=rnd.randint(1, 90), mo=rnd.randint(1, 12),
                                  d=rnd.randint(1, 28)))
        sub = root / f"g{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"report_{i:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


# The child: the real CLI in a fresh interpreter, each document slowed by SLOW_DOC seconds
# so that a run of N_DOCS takes seconds whatever the machine, and the kills land between
# and inside batches instead of after the end. Its worker processes inherit the patch.
SLOW_DOC = 0.02
_CHILD = """
import sys, time
from policy_extract.pipeline import Pipeline
_extract = Pipeline.extract
def slow_extract(self, *args, **kwargs):
    time.sleep({slow})
    return _extract(self, *args, **kwargs)
Pipeline.extract = slow_extract
from policy_extract.cli import main
sys.argv = ["policy-extract", *sys.argv[1:]]
main()
"""


class Run:
    """``policy-extract run`` in a child process of its own session (so that the kill
    reaches its worker processes too): a real process to SIGKILL."""

    def __init__(self, inputs: Path, out: Path, workers: int) -> None:
        args = ["run", str(inputs), "-o", str(out), "-w", str(workers), "-q", "--no-ner"]
        env = {**os.environ, "POLICY_EXTRACT_BATCH_DOCS": str(BATCH)}
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD.format(slow=SLOW_DOC), *args], env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, start_new_session=True)

    def poll(self) -> int | None:
        return self.proc.poll()

    @property
    def returncode(self) -> int | None:
        return self.proc.returncode

    def kill(self) -> None:
        """SIGKILL the run and its worker processes (the whole session)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.wait(60)

    def wait(self, timeout: float) -> int:
        return self.proc.wait(timeout)


def wait_for(cond, proc: Run, timeout: float = 900) -> bool:
    """Poll ``cond`` until true; False if the run ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return True
        if proc.poll() is not None:
            return bool(cond())
        time.sleep(0.002)
    raise AssertionError("the run neither progressed nor finished")


def n_parts(out: Path, name: str = "documents") -> int:
    folder = out / name
    return len(list(folder.glob("part-*.parquet"))) if folder.is_dir() else 0


def any_file(out: Path) -> bool:
    return any((out / name).is_dir() and any((out / name).iterdir()) for name in TABLES)


def sorted_rows(out: Path, name: str) -> list[tuple]:
    folder = out / name
    if not folder.is_dir():
        return []
    table = ds.dataset(folder, format="parquet", schema=SCHEMAS[name]).to_table()
    return sorted(tuple(r.values()) for r in table.to_pylist())


def check_consistent(out: Path) -> int:
    """What a reader sees right after a kill: every visible file reads whole, no document
    twice; in the committed view (``tables.read_table``, what every command reads)
    mentions, sentences and facts only for committed documents. A reader of the bare
    folders may also see the data parts of the one batch whose renames the kill cut
    (the window between its first rename and its documents part, docs/scale.md): never
    of two batches, and the next run removes them. Returns the documents."""
    for path in out.rglob("*.parquet"):
        if not path.name.startswith("."):
            pq.read_table(path)  # raises on a truncated or half-written file
    tables = {name: ds.dataset(out / name, format="parquet", schema=SCHEMAS[name]).to_table()
              if (out / name).is_dir() else SCHEMAS[name].empty_table() for name in TABLES}
    doc_ids = tables["documents"].column("doc_id").to_pylist()
    assert len(doc_ids) == len(set(doc_ids)), "a document appears twice"
    committed = set(doc_ids)
    for name in DATA_TABLES:
        orphans = set(read_table(out, name, ["doc_id"]).column("doc_id").to_pylist()) - committed
        assert not orphans, f"{name} of uncommitted documents: {sorted(orphans)[:5]}"
    cut = {batch_of(part) for name in DATA_TABLES for part in part_paths(out, name)
           if batch_of(part) not in committed_batches(out)}
    assert len(cut) <= 1, f"parts of several uncommitted batches are visible: {sorted(cut)}"
    return len(doc_ids)


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    return write_reports(tmp_path_factory.mktemp("reports"))


@pytest.fixture(scope="module")
def reference(reports: Path, tmp_path_factory, pipeline: Pipeline) -> Path:
    """An uninterrupted run (in this process, same pipeline and batch size)."""
    out = tmp_path_factory.mktemp("reference") / "out"
    summary = run([reports], out, workers=1, batch_docs=BATCH, pipeline_factory=lambda: pipeline)
    assert summary.n_ok == N_DOCS and summary.n_failed == 0
    return out


def assert_same_tables(out: Path, reference: Path) -> None:
    for name in TABLES:
        got, want = sorted_rows(out, name), sorted_rows(reference, name)
        assert len(got) == len(want), f"{name}: {len(got)} rows, want {len(want)}"
        assert got == want, f"{name} differs from the uninterrupted run"


@pytest.mark.parametrize("workers", [1, 2])
def test_killed_runs_resume_to_the_uninterrupted_tables(reports: Path, reference: Path,
                                                        tmp_path: Path, workers: int) -> None:
    seed = int(os.environ.get("RESUME_SEED", "1234")) + workers
    rnd = random.Random(seed)
    out = tmp_path / "out"
    # kill 1: the moment the first file of the first batch appears (staged or renamed);
    # kill 2: the moment the resumed run commits a batch; kills 3-4: at random moments
    seen = committed = 0
    for k in range(4):
        proc = Run(reports, out, workers)
        try:
            if k == 0:
                label, cond = "first file", lambda: any_file(out)
            else:
                goal = seen + (1 if k == 1 else rnd.randint(1, 6))
                label = "commit" if k == 1 else "random"
                cond = lambda goal=goal: n_parts(out) >= goal  # noqa: E731
            finished = not wait_for(cond, proc)
            if not finished and label == "random":
                time.sleep(rnd.uniform(0.0, 0.5))
        finally:
            proc.kill()
        assert proc.returncode in (-signal.SIGKILL, 0), f"the run failed ({proc.returncode})"
        n = check_consistent(out)
        assert n >= committed, "committed documents were lost"
        committed, seen = n, n_parts(out)
        if proc.returncode == 0:
            break
    assert seen < N_DOCS // BATCH, f"the runs finished before the kills (seed {seed})"
    final = Run(reports, out, workers)
    assert final.wait(1800) == 0, "the resumed run failed (its output is above)"
    check_consistent(out)
    assert not list(out.rglob(".*.tmp")), "staged parts were left behind"
    assert_same_tables(out, reference)


def test_workers_1_and_2_write_identical_tables(reports: Path, reference: Path, tmp_path: Path,
                                                pipeline: Pipeline) -> None:
    out = tmp_path / "out"
    run([reports], out, workers=2, batch_docs=BATCH, pipeline_factory=lambda: pipeline)
    for name in TABLES:  # the same batches, part by part
        assert sorted(p.name for p in (out / name).iterdir()) == \
            sorted(p.name for p in (reference / name).iterdir())
    assert_same_tables(out, reference)


def test_a_second_run_into_the_same_folder_is_refused(reports: Path, tmp_path: Path) -> None:
    import fcntl

    from policy_extract.batch import LOCK_NAME, InputError

    out = tmp_path / "out"
    out.mkdir()
    with open(out / LOCK_NAME, "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        with pytest.raises(InputError, match="another run"):
            run([reports], out, workers=1)


def test_older_version_parts_get_the_new_columns(tmp_path: Path, pipeline: Pipeline) -> None:
    """A folder written by a version without some columns (``place``…) is read as one
    table after a run of this version: its old parts are rewritten with the new columns,
    null where the old version had none."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("常德市政府工作报告\n全市完成投资5亿元。", encoding="utf-8")
    (inputs / "b.txt").write_text("全市完成投资6亿元。", encoding="utf-8")
    out = tmp_path / "out"
    run([inputs], out, workers=1, pipeline_factory=lambda: pipeline)
    old = {"mentions": ["gpe_code", "province", "place"],
           "documents": ["place", "place_code", "place_source"]}
    for name, dropped in old.items():  # as version 0.2.0 wrote them
        for part in (out / name).glob("part-*.parquet"):
            table = pq.read_table(part)
            pq.write_table(table.drop_columns(dropped), part)
    (inputs / "a.txt").write_text("常德市政府工作报告\n全市完成投资7亿元。", encoding="utf-8")
    run([inputs], out, workers=1, pipeline_factory=lambda: pipeline)  # redoes a.txt only
    for name in TABLES:
        for part in (out / name).glob("part-*.parquet"):
            assert pq.read_schema(part).remove_metadata().equals(SCHEMAS[name]), part
    docs = ds.dataset(out / "documents").to_table().to_pylist()
    assert {(d["source"], d["place"]) for d in docs} == {("a.txt", "湖南省常德市"),
                                                          ("b.txt", None)}


def test_changed_rules_redo_the_documents_and_say_so(tmp_path: Path) -> None:
    """The pipeline version carries a digest of the rules folder: a resumed run after a
    rule changed redoes every document instead of keeping the old rows."""
    import shutil

    from policy_extract.rules import default_rules_dir

    reports = write_reports(tmp_path / "reports", n=4)
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    out = tmp_path / "out"
    first = run([reports], out, workers=1, pipeline_factory=lambda: Pipeline(rules_dir=rules))
    assert first.n_ok == 4
    same = run([reports], out, workers=1, pipeline_factory=lambda: Pipeline(rules_dir=rules))
    assert same.n_skipped == 4 and same.n_redone == 0
    units = rules / "units.tsv"
    units.write_text(units.read_text(encoding="utf-8") + "# a comment changes the digest\n",
                     encoding="utf-8")
    again = run([reports], out, workers=1, pipeline_factory=lambda: Pipeline(rules_dir=rules))
    assert again.n_redone == 4 and again.n_skipped == 0
    assert any("+rules." in why for why in again.redone_because)
