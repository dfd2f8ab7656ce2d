"""Gold regression: the scores on the seed gold and on the development test split
(gold/dev/test) must not fall below their baselines.

Regenerate a baseline when the extractor improves (see docs/measuring.md):

    policy-extract run seeds -o /tmp/seed-out --ref-date 2020-07 --force
    policy-extract score gold/seed.jsonl --pred /tmp/seed-out --write-baseline gold/baseline.json

    policy-extract run gold/dev/texts/dev-t* -o /tmp/devtest-out --no-ner --force
    policy-extract score gold/dev/test/dev-t0[3-9]-*.jsonl gold/dev/test/dev-t1[01]-*.jsonl \
        --pred /tmp/devtest-out --write-baseline gold/dev/test_baseline.json
    policy-extract score gold/dev/test/dev-t1[2-7]-*.jsonl --pred /tmp/devtest-out \
        --write-baseline gold/dev/test_baseline_b.json

The dev test split is never read to write rules (gold/dev/NOTES.md): its baseline is the
extractor's first score on it, and a rise there is a generalisation, not a fit.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from policy_extract.batch import run
from policy_extract.goldfile import read_gold
from policy_extract.pipeline import Pipeline, default_pipeline
from policy_extract.score import ScoreReport, baseline_figures, score

REPO = Path(__file__).resolve().parents[1]


def _dev_test(baseline: Path) -> tuple[list[Path], list[Path], None, Path]:
    """A test-split suite: the gold files its baseline was written on (each part of the
    split keeps the baseline of its own first score), their texts, dates inferred."""
    gold = [REPO / g for g in json.loads(baseline.read_text(encoding="utf-8"))["gold"]]
    return gold, [REPO / "gold" / "dev" / "texts" / f"{p.stem}.txt" for p in gold], None, baseline


SUITES = {
    # name: (gold files, input files, ref_date or None to infer, baseline); rules only
    "seed": ([REPO / "gold" / "seed.jsonl"], [REPO / "seeds"], "2020-07",
             REPO / "gold" / "baseline.json"),
    # t03-t11, first scored at the sixth session's start
    "dev-test": _dev_test(REPO / "gold" / "dev" / "test_baseline.json"),
    # t12-t17, added and first scored in the twenty-first session (commit 7dcb72b)
    "dev-test-b": _dev_test(REPO / "gold" / "dev" / "test_baseline_b.json"),
}


def test_the_baselines_cover_the_test_split() -> None:
    split = {p.relative_to(REPO) for p in (REPO / "gold" / "dev" / "test").glob("*.jsonl")}
    covered = {p.relative_to(REPO) for name, suite in SUITES.items() if name != "seed"
               for p in suite[0]}
    assert covered == split


def _rules_only() -> Pipeline:
    return default_pipeline(ner=False)


def _baseline(name: str) -> dict:
    return json.loads(SUITES[name][3].read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=list(SUITES))
def suite(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> tuple[str, ScoreReport]:
    name = request.param
    gold, inputs, ref_date, _ = SUITES[name]
    folder = tmp_path_factory.mktemp(f"{name}-in")
    for path in inputs:  # one input folder, so sources are bare file names as in the gold
        if path.is_dir():
            shutil.copytree(path, folder, dirs_exist_ok=True)
        else:
            shutil.copy(path, folder / path.name)
    out = tmp_path_factory.mktemp(f"{name}-out")
    summary = run([folder], out, ref_date=ref_date, workers=1, pipeline_factory=_rules_only)
    assert summary.n_failed == 0, summary.failures
    return name, score(read_gold(gold), out)


def test_every_gold_document_scored(suite: tuple[str, ScoreReport]) -> None:
    _, report = suite
    assert report.unmatched == [] and report.failed == []


def test_f1_not_below_baseline(suite: tuple[str, ScoreReport]) -> None:
    name, report = suite
    baseline = _baseline(name)
    tolerance = baseline.get("tolerance", 0.005)
    now = baseline_figures(report)["f1"]
    fallen = {label: (before, now.get(label)) for label, before in baseline["f1"].items()
              if now.get(label) is None or now[label] < before - tolerance}
    assert not fallen, (f"{name}: F1 fell below the baseline (label: (baseline, now)) "
                        f"{fallen}; if intended, regenerate the baseline (see module doc)")
