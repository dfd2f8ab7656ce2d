"""``run --no-ner`` against jionlp's money + time, round by round, in one process (not a
unit test).

    python benchmarks/run_jionlp.py [--rounds N] [--leave-out WORD ...]
    PYTHONPATH=OTHER_CHECKOUT/src python benchmarks/run_jionlp.py   # another version's

On the corpus and the first 100 bulk files (as ``bench.py``), each round times jionlp's
``extract_money`` + ``extract_time`` and then ``batch.run`` with 1 worker, facts included
(``bench.bench_run``: the pipeline built before the clock). The first round of the process
is cold (nothing remembered: tagged blocks, word windows, local names); later rounds are
warm, and ``bench.py``'s least of two runs is one of them. Each round's ratio is given, as
the figure a one-off run over new documents sees and the figure of a long run differ.

Each round also times, in memory as jionlp's calls are, the rule pass for numbers and dates
alone (``Pipeline(name_passes=(), facts=None).extract``: no names, no facts, no reading or
tables), the work jionlp's two calls do: a like-for-like figure beside the issue's, which
sets the whole ``run --no-ner`` (names 46 %, facts 11 % of its cold round) against them.
It runs after the round's run, so the word checks of Chinese numerals find their windows
remembered (a small part of its time).

``--leave-out WORD`` leaves out the files whose name holds WORD, added to the words of
``BENCH_LEAVE_OUT`` (``bench.files_of``, the one mechanism of every benchmark script: files
nobody may run anything on, such as the sources of a sealed test split), before the limit of
100 bulk files; the figures are then of other texts and compare only with figures of the
same texts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import CORPUS, SHARED, add_leave_out, bench_jionlp, bench_run, files_of, texts_of  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    add_leave_out(parser)
    args = parser.parse_args(argv)
    import policy_extract
    from policy_extract.pipeline import Pipeline

    files = (files_of(CORPUS, leave_out=args.leave_out)
             + files_of(SHARED / "bulk", 100, leave_out=args.leave_out))
    texts = texts_of(files)
    chars = sum(map(len, texts))
    print(f"policy_extract from {Path(policy_extract.__file__).parent}; {chars:,} characters")
    numbers_only = Pipeline(name_passes=(), facts=None)
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.rounds):
            jio = bench_jionlp(texts, chars)
            run = bench_run(files, 1, Path(tmp) / f"round{n}", ner=False)
            if jio is None:
                return 1
            ratio = run["chars_per_cpu_s"] / jio["chars_per_cpu_s"]
            print(f"round {n + 1} ({'cold' if n == 0 else 'warm'}): run --no-ner "
                  f"{run['chars_per_cpu_s']:,} chars/CPU-s, jionlp "
                  f"{jio['chars_per_cpu_s']:,}: ×{ratio:.2f}")
            t0 = time.process_time()
            for text in texts:
                numbers_only.extract(text)
            rate = round(chars / (time.process_time() - t0))
            print(f"    numbers and dates alone, in memory: {rate:,} chars/CPU-s: "
                  f"×{rate / jio['chars_per_cpu_s']:.2f} of jionlp")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
