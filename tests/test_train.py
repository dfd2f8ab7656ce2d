"""``policy-extract train``: a model trained on gold (a short run), saved, and used by
``run --ner-model``; training is reproducible; the rules-first merge policy."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds
import pytest

from policy_extract.merge import POLICIES, longest_first, rules_first
from policy_extract.model import Candidate
from policy_extract.pipeline import Pipeline
from policy_extract.train import (
    Annotated,
    read_gold_files,
    split_articles,
    train_ner,
)

from .conftest import REPO, run_cli

SEED_GOLD = REPO / "gold" / "seed.jsonl"


@pytest.fixture(scope="module")
def articles() -> list[Annotated]:
    (doc,) = read_gold_files([SEED_GOLD])
    return split_articles(doc)


def test_seed_gold_splits_into_its_three_articles(articles: list[Annotated]) -> None:
    assert len(articles) == 3
    for a in articles:
        assert a.spans
        assert all(0 <= s < e <= len(a.text) for s, e, _ in a.spans)


def test_training_is_reproducible(articles: list[Annotated]) -> None:
    small = articles[:1]
    one = train_ner(small, epochs=1)
    two = train_ner(small, epochs=1)
    assert one.get_pipe("ner").to_bytes() == two.get_pipe("ner").to_bytes()


def test_train_then_run_with_the_model(tmp_path: Path, pipeline: Pipeline) -> None:
    model = tmp_path / "model"
    res = run_cli("train", str(SEED_GOLD), "-o", str(model), "--epochs", "1")
    assert res.returncode == 0, res.stderr
    assert (model / "config.cfg").is_file() and "model written to" in res.stdout
    out = tmp_path / "out"
    res = run_cli("run", str(REPO / "seeds"), "-o", str(out), "--ner-model", str(model),
                  "-w", "1", "-q", "--ref-date", "2020-07")
    assert res.returncode == 0, res.stderr
    docs = ds.dataset(out / "documents").to_table().to_pylist()
    assert docs[0]["status"] == "ok" and docs[0]["pipeline_version"].endswith("+ner")
    mentions = ds.dataset(out / "mentions").to_table().to_pylist()
    assert {"MONEY", "COUNT", "DATE"} <= {m["label"] for m in mentions}


@pytest.mark.parametrize("args, words", [
    (["train", str(SEED_GOLD)], "--out"),
    (["run", "--ner-model", "/nonexistent/model"], "not a model folder"),
], ids=["no-out", "bad-model"])
def test_train_and_ner_usage_errors(args: list[str], words: str) -> None:
    res = run_cli(*args)
    assert res.returncode == 2 and words in res.stderr


def cand(start: int, end: int, rule: str, label: str = "ORG") -> Candidate:
    return Candidate(start=start, end=end, label=label, rule=rule)


MERGE_CASES = {
    # name: (candidates, kept by rules_first, kept by longest_first)
    "model fills a gap": ([cand(0, 3, "names.x"), cand(5, 8, "ner:ner")],
                          [(0, 3), (5, 8)], [(0, 3), (5, 8)]),
    "longer model span loses to a rule": ([cand(0, 3, "names.x"), cand(0, 6, "ner:ner")],
                                          [(0, 3)], [(0, 6)]),
    "model span across two rules": ([cand(0, 2, "names.x"), cand(3, 5, "numeric.y", "COUNT"),
                                     cand(1, 4, "ner:ner")],
                                    [(0, 2), (3, 5)], [(1, 4)]),
    "overlapping model spans, longest kept": ([cand(0, 4, "ner:ner"), cand(2, 8, "ner:ner")],
                                              [(2, 8)], [(2, 8)]),
}


@pytest.mark.parametrize("name", list(MERGE_CASES))
def test_merge_policies(name: str) -> None:
    cands, want_rules_first, want_longest = MERGE_CASES[name]
    assert [(c.start, c.end) for c in rules_first(cands)] == want_rules_first
    assert [(c.start, c.end) for c in longest_first(cands)] == want_longest


def test_policies_are_named() -> None:
    assert POLICIES == {"longest": longest_first, "rules-first": rules_first}
