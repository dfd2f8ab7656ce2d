#!/usr/bin/env python3
"""Which lines of a source share a long run of characters with ../shared/holdout.

Usage:
    python gold/tools/holdout_lines.py corpus/chongqing_2021_gov_report_task_breakdown.txt \
        --lines 94-200 [--encoding utf-8] [--min-run 12]

A gold excerpt must not carry text of the held-out reports (the brief: nothing
of holdout enters the project). This guard prints only the source's line
numbers and the length of the longest run each shares with any held-out text
(8-character shingles, whitespace removed), never the held-out text itself, so
the excerpt's ``skip`` field in EXCERPTS.tsv can leave those lines out.
Standard library only.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

SHINGLE = 8
_SPACE = re.compile(r"\s+")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def shingles(texts: list[str], k: int = SHINGLE) -> set[str]:
    out: set[str] = set()
    for text in texts:
        flat = _SPACE.sub("", text)
        out.update(flat[i:i + k] for i in range(len(flat) - k + 1))
    return out


def longest_shared_run(line: str, held: set[str], k: int = SHINGLE) -> int:
    """Length in characters of the longest run of ``line`` made of held-out shingles."""
    flat = _SPACE.sub("", line)
    best = run = 0
    for i in range(len(flat) - k + 1):
        run = run + 1 if flat[i:i + k] in held else 0
        best = max(best, run)
    return best + k - 1 if best else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", help="path under ../shared, e.g. corpus/x.txt")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--lines", default="", help="first-last (1-based, inclusive); all if empty")
    ap.add_argument("--encoding", default="utf-8")
    ap.add_argument("--min-run", type=int, default=12)
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    holdout = shared / "holdout"
    if not holdout.is_dir():
        print(f"no {holdout}: nothing to check against", file=sys.stderr)
        return 2
    held = shingles([_decode(p.read_bytes()) for p in sorted(holdout.glob("*.txt"))])
    lines = (shared / args.source).read_bytes().decode(args.encoding).splitlines()
    lo, _, hi = args.lines.partition("-")
    first, last = int(lo or 1), int(hi or lo or len(lines))
    flagged = []
    for n in range(first, min(last, len(lines)) + 1):
        run = longest_shared_run(lines[n - 1], held)
        if run >= args.min_run:
            flagged.append(n)
            print(f"line {n}\trun {run}")
    print(f"{len(flagged)} of {last - first + 1} lines share a run of >= {args.min_run} "
          f"characters; skip: {','.join(map(str, flagged))}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
