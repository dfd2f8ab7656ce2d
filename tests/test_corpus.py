"""The CLI over ../shared/corpus (skipped where the folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds

from policy_extract.batch import collect_inputs
from policy_extract.decode import decode_path

from .conftest import run_cli, shared_dir


def test_cli_over_corpus(tmp_path: Path) -> None:
    corpus = shared_dir("corpus")
    out = tmp_path / "out"
    res = run_cli("run", str(corpus), "-o", str(out), "-w", "2", "-q")
    assert res.returncode == 0, res.stdout + res.stderr
    assert "Traceback" not in res.stderr
    docs = ds.dataset(out / "documents").to_table().to_pylist()
    assert {d["status"] for d in docs} == {"ok"}
    assert len(docs) == len(collect_inputs([corpus]))
    mentions = ds.dataset(out / "mentions").to_table().to_pandas()
    assert len(mentions) > 1000
    texts = {d["source"]: decode_path(corpus / d["source"])[0] for d in docs}
    bad = [(r.source, r.start, r.text) for r in mentions.itertuples()
           if texts[r.source][r.start:r.end] != r.text]
    assert bad == []
