"""In-process A/B of the garbage collector's policy (not a unit test).

    python benchmarks/collector_ab.py [ROUNDS]

Times ``Pipeline(facts=None).extract`` (the rule pass with names, as ``bench.py``) and
jieba's ``lcut`` over the 29 corpus files and the first 100 bulk files, warm, with
Python's default collector (nothing frozen, the young generation collected after 700 new
containers) and with ``pipeline.settle_collector``'s (the built pipeline frozen, 10,000),
the two policies alternating in each round. Gives each pass's least CPU time, the CPU
time spent inside collections (``gc.callbacks``) in that pass, and the sums over all
rounds: a full collection comes every few passes, so the least of the rounds hides it.
``ab.py`` turns the collector off and cannot show this.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import CORPUS, SHARED, files_of, texts_of  # noqa: E402


def main(argv: list[str]) -> int:
    import jieba

    from policy_extract.pipeline import Pipeline, settle_collector

    rounds = int(argv[0]) if argv else 4
    sets = {"corpus": texts_of(files_of(CORPUS)),
            "bulk slice": texts_of(files_of(SHARED / "bulk", 100))}
    pipeline = Pipeline(facts=None)
    tok = jieba.Tokenizer()
    tok.initialize()
    for texts in sets.values():  # the lazy plans and memos built before any clock runs
        for t in texts:
            pipeline.extract(t)
    inside = [0.0, 0.0]  # CPU time inside collections, the start of the current one

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            inside[1] = time.process_time()
        else:
            inside[0] += time.process_time() - inside[1]

    def default() -> None:
        gc.unfreeze()
        gc.set_threshold(700, 10, 10)

    def settled() -> None:
        gc.set_threshold(700, 10, 10)
        settle_collector()

    policies: list[tuple[str, Callable[[], None]]] = [("default", default), ("settled", settled)]
    passes: list[tuple[str, Callable[[str], object]]] = [("names", pipeline.extract),
                                                          ("lcut", tok.lcut)]
    gc.callbacks.append(on_collection)
    best: dict[tuple[str, str, str], tuple[float, float]] = {}
    total: dict[tuple[str, str, str], tuple[float, float]] = {}
    for r in range(rounds):
        for name, texts in sets.items():
            for policy, setup in policies[:: 1 if r % 2 == 0 else -1]:
                for what, fn in passes:
                    setup()
                    inside[0] = 0.0
                    t0 = time.process_time()
                    for t in texts:
                        fn(t)
                    dt = time.process_time() - t0
                    key = (name, policy, what)
                    if key not in best or dt < best[key][0]:
                        best[key] = (dt, inside[0])
                    old = total.get(key, (0.0, 0.0))
                    total[key] = (old[0] + dt, old[1] + inside[0])
    gc.callbacks.remove(on_collection)
    for name in sets:
        for policy, _ in policies:
            n, g = best[(name, policy, "names")]
            lc = best[(name, policy, "lcut")][0]
            tn, tg = total[(name, policy, "names")]
            print(f"{name}, {policy} collector: least names {n:.3f} s (collections {g * 1000:.0f}"
                  f" ms), lcut {lc:.3f} s: x{lc / n:.2f} of lcut; all {rounds} rounds names "
                  f"{tn:.3f} s, collections {tg * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
