"""Where the rule pass spends its time, stage by stage, warm (not a unit test).

    python benchmarks/stage_costs.py [corpus|bulk] [--rounds N] [--profile N]

``Pipeline(facts=None).extract`` over the 29 corpus texts or the first 100 bulk files (as
``bench.py``), once to fill the memos and the per-place caches, then ``--rounds`` times with
each stage's CPU time summed (the least of the rounds per stage, as ``ab.py`` reads the
pass): the text view, the name pass (its candidates, the tagging of the trigger blocks and
the filters inside it), numbers, dates, the county short names, the mentions. A wrapper
costs about a microsecond a call, so a stage called per candidate (``_passes_filters``,
``_mention``) reads a little high. With ``--profile N``, one more warm round is run under
cProfile and its N costliest functions by own time are printed: a first, cold round
(``ab.py``'s "first round") pays the per-place caches of places.py and the compiled
patterns, which a warm round does not.

With ``--cold``, the first round (the pipeline built before it, nothing else remembered: what
``run_jionlp.py``'s in-process cold round and most of a fresh process's documents pay) is
timed too and printed beside the least warm round, with three parts only a first round
pays much of: jieba's best route of a block (``segment.best_route``, for the tagged blocks
and the word-boundary windows), a document place's local names (``places._local_lookup``,
made once per place) and ``re``'s compiles (``re._compiler.compile``: a pattern not in its
own cache, such as the guard of a place's ``rules.WordSpans``). ``run_jionlp.py --fresh``
gives the whole of a fresh process; this says where its first round's extra time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import CORPUS, SHARED, files_of, texts_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="?", choices=("corpus", "bulk"), default="corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--cold", action="store_true",
                        help="time the first round too, and the parts a first round pays")
    args = parser.parse_args(argv)
    import re

    import policy_extract.names as names
    import policy_extract.pipeline as pipeline
    import policy_extract.places as places
    import policy_extract.segment as segment

    texts = (texts_of(files_of(CORPUS)) if args.texts == "corpus"
             else texts_of(files_of(SHARED / "bulk", 100)))
    spent: dict[str, float] = {}

    def wrap(owner: Any, name: str) -> None:
        step: Callable[..., Any] = getattr(owner, name)

        @functools.wraps(step)
        def timed(*a: Any, **k: Any) -> Any:
            t0 = time.process_time()
            try:
                return step(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        setattr(owner, name, timed)

    for name in ("TextView", "infer_ref_date", "find_names", "find_numeric", "find_dates",
                 "local_candidates", "link_mentions", "find_document_place", "speaking_level",
                 "_mention", "_sentences", "last_listed_places"):
        wrap(pipeline, name)
    for name in ("candidates", "_tagged", "_passes_filters"):
        wrap(names.NameRulePass, name)
    if args.cold:  # looked up as module globals by their callers, so wrapped there
        wrap(segment, "best_route")
        wrap(places, "_local_lookup")
        wrap(re._compiler, "compile")  # type: ignore[attr-defined]
    pipe = pipeline.Pipeline(facts=None)
    spent.clear()  # the build's compiles
    t0 = time.process_time()
    for text in texts:
        pipe.extract(text)
    spent["(the pass)"] = time.process_time() - t0
    first = dict(spent)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        spent.clear()
        t0 = time.process_time()
        for text in texts:
            pipe.extract(text)
        spent["(the pass)"] = time.process_time() - t0
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    print(f"{args.texts}: {sum(map(len, texts)):,} characters, least of {args.rounds} warm rounds"
          + (" | the first round | first - warm" if args.cold else ""))
    for name, secs in sorted(best.items(), key=lambda kv: -kv[1]):
        cold = (f" | {first.get(name, 0.0) * 1000:7.0f} ms | {(first.get(name, 0.0) - secs) * 1000:7.0f} ms"
                if args.cold else "")
        print(f"  {secs * 1000:7.0f} ms  {name}{cold}")
    for name in sorted(set(first) - set(best)) if args.cold else ():  # first round only
        print(f"        0 ms  {name} | {first[name] * 1000:7.0f} ms | {first[name] * 1000:7.0f} ms")
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for text in texts:
            pipe.extract(text)
        profile.disable()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
