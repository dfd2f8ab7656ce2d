"""A/B of the rule pass (names included, no facts) between an earlier commit and the checkout,
in one process (not a unit test).

    python benchmarks/ab.py COMMIT [--rounds N]

The commit's ``src/`` and ``rules/`` are taken with ``git archive`` into a temporary folder
and imported under another package name (the package's imports are relative), so both
pipelines run side by side on the same texts: the 29 corpus files and the first 100 bulk
files (as ``bench.py``). Each text is timed alternately with the two pipelines, the least
CPU time of the rounds per text is summed, and the first round, when nothing is yet
remembered, is shown too. Ratios are the checkout's CPU time over the commit's. With
``--lcut``, jieba's ``lcut`` (a fresh ``jieba.Tokenizer``, as ``bench.py``) is timed on each
text in the same turns, and each pipeline's throughput is given as a multiple of its (issue
10: the rule pass with names at least as fast as ``lcut``). With ``--crf``, both pipelines run
the CRF over the names (``run --crf``, each with its own model), and the checkout without it
is timed in the same turns: the CRF's cost as a multiple of the default, before and after.
With ``--facts``, both pipelines run the facts stage too (``Pipeline.extract`` as ``run
--no-ner`` calls it, without the reading and the tables).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable, Hashable, Sequence
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import CORPUS, SHARED, files_of, texts_of  # noqa: E402

REPO = HERE.parent


def import_commit(commit: str, folder: Path) -> tuple[object, Path]:
    """The commit's package imported as ``base_pe`` and its rules folder."""
    tar = subprocess.run(["git", "-C", str(REPO), "archive", commit, "src", "rules"],
                         check=True, capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(tar)) as archive:
        archive.extractall(folder, filter="data")
    (folder / "src" / "policy_extract").rename(folder / "src" / "base_pe")
    sys.path.insert(0, str(folder / "src"))
    return importlib.import_module("base_pe.pipeline"), folder / "rules"


Times = dict[tuple[Hashable, str], float]


def least_of_rounds(items: Sequence[tuple[Hashable, int, Any]], runs: dict[str, Callable[[Any], Any]],
                    rounds: int) -> tuple[Times, Times]:
    """Each item (key, its place in its set, argument) run by each of ``runs`` in every round,
    the runs' order turned round on every other place and round; the least CPU time of each
    (key, run) over the rounds and that of the first round, by (key, run). The collector is
    off while timing and run between rounds."""
    best: Times = {}
    first: Times = {}
    gc.disable()
    try:
        for r in range(rounds):
            for key, i, arg in items:
                for tag in (list(runs) if (r + i) % 2 == 0 else list(runs)[::-1]):
                    t0 = time.process_time()
                    runs[tag](arg)
                    dt = time.process_time() - t0
                    best[(key, tag)] = min(best.get((key, tag), 1e9), dt)
                    if r == 0:
                        first[(key, tag)] = dt
            gc.collect()
    finally:
        gc.enable()
    return best, first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", help="the earlier commit (hash, tag or branch)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lcut", action="store_true",
                        help="also time jieba's lcut on each text and give the ratios to it")
    parser.add_argument("--crf", action="store_true",
                        help="both pipelines with the CRF over the names, and the checkout "
                             "without it as the reference of the CRF's cost")
    parser.add_argument("--facts", action="store_true",
                        help="both pipelines with the facts stage (as run --no-ner)")
    args = parser.parse_args(argv)
    import policy_extract.pipeline as new
    sets = {"corpus": texts_of(files_of(CORPUS)),
            "bulk slice": texts_of(files_of(SHARED / "bulk", 100))}
    with tempfile.TemporaryDirectory() as tmp:
        base, base_rules = import_commit(args.commit, Path(tmp))
        facts = "rules" if args.facts else None
        base_pipeline = base.Pipeline(rules_dir=base_rules, facts=facts)  # type: ignore[attr-defined]
        new_pipeline = new.Pipeline(facts=facts)
        pipes = {"base": base_pipeline.extract, "new": new_pipeline.extract}
        if args.crf:
            base_crf = importlib.import_module("base_pe.crfnames")
            base_pipeline.crf = base_crf.CrfNames(base_pipeline.name_passes[0])
            new_pipeline.crf = new.build_pipeline(facts=None, crf=True).crf
            pipes["rules"] = new.Pipeline(facts=None).extract
        if args.lcut:
            import jieba
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            pipes["lcut"] = tokenizer.lcut
        best, first = least_of_rounds(
            [((name, i), i, text) for name, texts in sets.items() for i, text in enumerate(texts)],
            pipes, args.rounds)
    for name, texts in sets.items():
        chars = sum(map(len, texts))
        for label, times in (("least", best), ("first round", first)):
            b = sum(v for ((n, _), tag), v in times.items() if n == name and tag == "base")
            n_ = sum(v for ((n, _), tag), v in times.items() if n == name and tag == "new")
            print(f"{name}, {label}: {chars:,} characters; {args.commit} {b:.3f} s, "
                  f"checkout {n_:.3f} s: ×{n_ / b:.3f}")
            if args.crf:
                ru = sum(v for ((n, _), tag), v in times.items() if n == name and tag == "rules")
                print(f"    checkout without the CRF {ru:.3f} s: the CRF's cost, {args.commit} "
                      f"×{b / ru:.2f}, checkout ×{n_ / ru:.2f}")
            if args.lcut:
                lc = sum(v for ((n, _), tag), v in times.items() if n == name and tag == "lcut")
                print(f"    lcut {lc:.3f} s: {args.commit} ×{lc / b:.2f} of lcut's throughput, "
                      f"checkout ×{lc / n_:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
