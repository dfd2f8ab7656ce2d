"""``run --no-ner`` against jionlp's money + time, round by round, in one process (not a
unit test).

    python benchmarks/run_jionlp.py [--rounds N] [--fresh N] [--leave-out WORD ...]
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

``--fresh N`` adds N rounds in which each tool runs as a user starts it, in a new process on
the same texts (UTF-8 files): jionlp's import and lazy loading and policy-extract's import,
pipeline build and table writing are on the clock. policy-extract's first such round has an
empty cache folder (the first run after an install: every name pattern compiled, the
dictionary and place index built, ~10 CPU-s more); its later rounds read the folder the
first filled, as every later run does. The issue's "cold" is read as this: a fresh process
with the cache filled, the figure a user running ``policy-extract run`` on a new folder sees;
round 1 above (in one process, the pipeline built before the clock, nothing else
remembered) is the cold round of a long-lived process such as a notebook's. ``--bytecode``
lets those processes keep Python's bytecode where ``PYTHONDONTWRITEBYTECODE`` forbids it
(:func:`fresh_rounds`).

``--leave-out WORD`` leaves out the files whose name holds WORD, added to the words of
``BENCH_LEAVE_OUT`` (``bench.files_of``, the one mechanism of every benchmark script: files
nobody may run anything on, such as the sources of a sealed test split), before the limit of
100 bulk files; the figures are then of other texts and compare only with figures of the
same texts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench import (  # noqa: E402
    CORPUS,
    SHARED,
    add_leave_out,
    bench_jionlp,
    bench_run,
    files_of,
    texts_of,
    timed,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--fresh", type=int, default=0, metavar="N",
                        help="after the rounds, N rounds of each tool in a fresh process "
                             "(imports, loading and build on the clock; the first with an "
                             "empty cache folder)")
    parser.add_argument("--bytecode", action="store_true",
                        help="--fresh's policy-extract processes may keep Python's bytecode "
                             "(in a folder of their own, PYTHONPYCACHEPREFIX), as an "
                             "installed package has it, where PYTHONDONTWRITEBYTECODE is set")
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
        if args.fresh:
            fresh_rounds(texts, Path(tmp), args.fresh, bytecode=args.bytecode)
    return 0


#: jionlp in a fresh process: its import, its lazy loading and its two calls on every file
JIONLP_FRESH = """
import logging, sys
from jionlp.algorithm.ner import extract_money, extract_time
logging.disable(logging.CRITICAL)
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    extract_money(text)
    extract_time(text)
"""


def fresh_rounds(texts: list[str], tmp: Path, rounds: int, bytecode: bool = False) -> None:
    """Each tool as a user starts it: a new process on the same UTF-8 files, CPU time of the
    process (and its workers) from its start, so imports, data loading and the pipeline's
    build count. ``policy-extract run --no-ner -w 1`` writes its tables (facts included);
    its first round runs with an empty cache folder (the first run after an install), the
    later ones with the folder that round filled (every later run). jionlp has no cache.

    Where ``PYTHONDONTWRITEBYTECODE`` is set (as on the machine of the sessions), a
    policy-extract process compiles the package's sources anew each time (an editable
    install's: ~0.3 CPU-s, names.py and facts.py most), while jionlp's installed package
    reads the bytecode its install wrote. ``bytecode``: policy-extract's processes write
    and read bytecode in a folder of their own (``PYTHONPYCACHEPREFIX``; the first round
    writes it), as an installed package has it; jionlp's run as they are."""
    folder = tmp / "fresh-in"
    folder.mkdir()
    paths = []
    for i, text in enumerate(texts):
        paths.append(folder / f"{i:06d}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    chars = sum(map(len, texts))
    env = {**os.environ, "POLICY_EXTRACT_CACHE": str(tmp / "fresh-cache")}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "fresh-bytecode")
    for n in range(rounds):
        jio_cpu, jio_wall = timed(lambda: subprocess.run(
            [sys.executable, "-c", JIONLP_FRESH, *map(str, paths)], check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        run_cpu, run_wall = timed(lambda n=n: subprocess.run(
            [sys.executable, "-m", "policy_extract", "run", str(folder), "-o",
             str(tmp / f"fresh-out{n}"), "--no-ner", "-w", "1", "-q"], check=True, env=env,
            stdout=subprocess.DEVNULL))
        cache = "empty cache" if n == 0 else "cache filled"
        print(f"fresh process {n + 1} ({cache}): run --no-ner {chars / run_cpu:,.0f} chars/CPU-s "
              f"({run_cpu:.1f} CPU-s, {run_wall:.1f} s), jionlp {chars / jio_cpu:,.0f} "
              f"({jio_cpu:.1f} CPU-s, {jio_wall:.1f} s): ×{jio_cpu / run_cpu:.2f}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
