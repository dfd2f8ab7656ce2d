"""The CLI over ../shared/corpus (skipped where the folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds

from policy_extract.batch import collect_inputs, run
from policy_extract.decode import decode_path

from .conftest import shared_dir


def test_corpus_runs_clean(tmp_path: Path) -> None:
    corpus = shared_dir("corpus")
    summary = run([corpus], tmp_path, workers=2)
    assert summary.n_failed == 0, summary.failures
    docs = ds.dataset(tmp_path / "documents").to_table().to_pylist()
    assert {d["status"] for d in docs} == {"ok"}
    assert len(docs) == len(collect_inputs([corpus]))
    mentions = ds.dataset(tmp_path / "mentions").to_table().to_pandas()
    assert len(mentions) > 1000
    texts = {d["source"]: decode_path(corpus / d["source"])[0] for d in docs}
    bad = [(r.source, r.start, r.text) for r in mentions.itertuples()
           if texts[r.source][r.start:r.end] != r.text]
    assert bad == []
