"""The facts stage against the facts gold (gold/facts/train and gold/facts/test), when the
repository has it: the figures README reports must not fall below their floors.

The gold folder can be pointed elsewhere with POLICY_EXTRACT_FACTS_GOLD (a folder holding
train/ and test/); the texts are the gold documents' ``source`` paths, relative to the
repository."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from policy_extract.batch import run
from policy_extract.factscore import read_facts_gold, score_facts
from policy_extract.pipeline import Pipeline

from .conftest import REPO

GOLD = Path(os.environ.get("POLICY_EXTRACT_FACTS_GOLD", REPO / "gold" / "facts"))

#: split -> (value-span F1, strict F1, lenient F1) floors below the measured figures
#: (sixth session, README: train 0.988 / 0.706 / 0.840 over 17 documents; test 0.987 /
#: 0.519 / 0.688 over 6 documents, the three 2026 reports labelled in the third session,
#: t09, t10 and t11; reference dates inferred; twenty-first session, twelve documents with
#: t12-t17: 0.984 / 0.467 / 0.612), so that a change that loses facts fails here. The test figures are far below the
#: issue's targets (README says why); these floors only guard them.
FLOORS = {"train": (0.95, 0.62, 0.77), "test": (0.95, 0.37, 0.55)}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request, tmp_path_factory, pipeline: Pipeline):
    split = request.param
    files = sorted((GOLD / split).glob("*.jsonl"))
    if not files:
        pytest.skip(f"no facts gold in {GOLD / split} (the facts gold ships with the repository "
                    "once labelled)")
    gold = read_facts_gold(files)
    texts = tmp_path_factory.mktemp(f"facts-{split}")
    for doc in gold:
        source = REPO / doc.source
        if not source.is_file():
            pytest.skip(f"{source} is absent")
        shutil.copy(source, texts / source.name)
    out = tmp_path_factory.mktemp(f"facts-{split}-out") / "out"
    summary = run([texts], out, workers=1, pipeline_factory=lambda: pipeline)
    assert summary.n_failed == 0
    return split, score_facts(gold, out)


def test_facts_gold_floors(scored) -> None:
    split, report = scored
    span, strict, lenient = FLOORS[split]
    total = report.total
    assert report.n_scored == len(report.pairings), "a gold document was not paired"
    assert (total.f1 or 0) >= span, f"{split}: value-span F1 {total.f1:.3f} < {span}"
    assert (total.strict_f1 or 0) >= strict, f"{split}: strict F1 {total.strict_f1:.3f} < {strict}"
    assert (total.lenient_f1 or 0) >= lenient, \
        f"{split}: lenient F1 {total.lenient_f1:.3f} < {lenient}"
