"""Does the pipeline's cost grow with the text, or faster? A report written as one line
(not a unit test).

    python benchmarks/long_line.py [--units 5000 10000 20000 40000] [--no-facts]

Builds one line of a made-up sentence of figures repeated N times (the sentence of
tests/test_hostile.py's 50 MB single-line file, no line break and no full stop: every figure
in one sentence), runs ``Pipeline.extract`` on it for each N of ``--units`` (the least CPU
time of 2 rounds) and prints the CPU seconds per 100,000 characters at each size and the
growth from the smallest to the largest: about 1 where the cost is linear. Forty-third
session: a facts step that sliced each sentence from its start for every figure grew ×2.28
from 20,000 to 40,000 units (a quadratic read) and timed the 50 MB test out in CI; no
benchmark on the corpus saw it, since its sentences are short. Here, on its code (fa4fc601):
0.842, 0.864, 0.959, 1.133 CPU-s per 100,000 characters, ×1.35 (over the bound); after the
mend (aa58db31): 0.759, 0.766, 0.770 from 5,000 to 20,000 units (×1.01), 0.794 at 40,000 (×1.05). Run it beside
``ab.py`` after changes that read back over a sentence or a paragraph.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

#: tests/test_hostile.py's unit: figures of every numeric label and a facts' topic
UNIT = ("2019年，全市新开工亿元以上产业项目87个，投资额达215.8亿元，同比增长12.5%，"
        "其中第三产业占比约四成")
#: growth of the cost per character from the smallest size to the largest above which the
#: script says the cost grows faster than the text
LINEAR_BOUND = 1.3


def growth(per_chars: Sequence[float]) -> float:
    """The cost per character at the largest size over the cost at the smallest (1.0 for a
    linear cost; the sizes in increasing order)."""
    return per_chars[-1] / per_chars[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--units", type=int, nargs="+", default=[5_000, 10_000, 20_000, 40_000],
                        help="numbers of repeated sentences (default 5000 10000 20000 40000: "
                             "0.28 to 2.24 million characters)")
    parser.add_argument("--no-facts", action="store_true", help="the rule pass alone")
    args = parser.parse_args(argv)
    from policy_extract.pipeline import Pipeline

    pipeline = Pipeline(facts=None) if args.no_facts else Pipeline()
    pipeline.extract(UNIT * 10)  # warm: patterns compiled, caches filled
    per_chars = []
    for n in sorted(args.units):
        text = UNIT * n
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            pipeline.extract(text)
            best = min(best, time.process_time() - start)
        per_chars.append(best / len(text) * 100_000)
        print(f"{n:>7,} units, {len(text):>10,} chars: {best:6.2f} CPU-s, "
              f"{per_chars[-1]:.3f} CPU-s per 100,000 chars", flush=True)
    g = growth(per_chars)
    verdict = "linear" if g <= LINEAR_BOUND else "GROWS FASTER THAN THE TEXT"
    print(f"cost per character, largest / smallest size: ×{g:.2f} ({verdict}; bound ×{LINEAR_BOUND})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
