"""The dask engine writes the same tables as the local engine."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

distributed = pytest.importorskip(
    "distributed", reason="dask[distributed] is not installed (pip install '.[dask]')")

from policy_extract.batch import InputError, run  # noqa: E402
from policy_extract.pipeline import default_pipeline  # noqa: E402
from policy_extract.tables import TABLES  # noqa: E402

from .test_resume import BATCH, assert_same_tables, write_reports  # noqa: E402

N = 60
#: what the workers build: the session's pipeline (rules only), by a picklable name
RULES_ONLY = functools.partial(default_pipeline, ner=False)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_dask_engine_writes_the_local_tables(cluster, tmp_path: Path, pipeline) -> None:
    reports = write_reports(tmp_path / "in", n=N)
    (reports / "empty.txt").write_bytes(b"")  # an error row travels too
    local = tmp_path / "local"
    run([reports], local, workers=1, batch_docs=BATCH, pipeline_factory=lambda: pipeline)
    out = tmp_path / "dask"
    summary = run([reports], out, engine="dask", scheduler=cluster.scheduler_address,
                  batch_docs=BATCH, pipeline_factory=RULES_ONLY)
    assert summary.n_ok == N and summary.n_failed == 1
    for name in TABLES:  # the same batches, part by part
        assert sorted(p.name for p in (out / name).iterdir()) == \
            sorted(p.name for p in (local / name).iterdir())
    assert_same_tables(out, local)
    again = run([reports], out, engine="dask", scheduler=cluster.scheduler_address,
                batch_docs=BATCH, pipeline_factory=RULES_ONLY)
    assert again.n_skipped == N  # resume works the same way


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown engine"):
        run([tmp_path], tmp_path / "out", engine="spark")
