"""Gold regression: the score on the seed gold must not fall below gold/baseline.json.

Regenerate the baseline when the extractor improves (see docs/measuring.md):

    policy-extract run seeds -o /tmp/seed-out --ref-date 2020-07 --force
    policy-extract score gold/seed.jsonl --pred /tmp/seed-out --write-baseline gold/baseline.json
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policy_extract.batch import run
from policy_extract.goldfile import read_gold
from policy_extract.score import ScoreReport, baseline_figures, score

REPO = Path(__file__).resolve().parents[1]
BASELINE = json.loads((REPO / "gold" / "baseline.json").read_text(encoding="utf-8"))
TOLERANCE = BASELINE.get("tolerance", 0.005)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> ScoreReport:
    out = tmp_path_factory.mktemp("seed-out")
    summary = run([REPO / "seeds"], out, ref_date="2020-07", workers=1)
    assert summary.n_failed == 0, summary.failures
    return score(read_gold([REPO / "gold" / "seed.jsonl"]), out)


def test_every_seed_document_scored(seed_report: ScoreReport) -> None:
    assert seed_report.unmatched == [] and seed_report.failed == []


@pytest.mark.parametrize("name", list(BASELINE["f1"]))
def test_f1_not_below_baseline(seed_report: ScoreReport, name: str) -> None:
    before = BASELINE["f1"][name]
    now = baseline_figures(seed_report)["f1"].get(name)
    assert now is not None, f"{name}: F1 undefined now, {before:.4f} in the baseline"
    assert now >= before - TOLERANCE, (
        f"{name} F1 fell to {now:.4f} from the baseline {before:.4f}; if intended, "
        "regenerate gold/baseline.json (docs/measuring.md)")
