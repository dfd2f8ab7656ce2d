"""Facts periods on excerpts made from the train reports (not a unit test).

    python benchmarks/facts_excerpts.py make cuts OUT      # train texts cut at heading lines
    python benchmarks/facts_excerpts.py make whole OUT     # a report's excerpts joined in order
    python benchmarks/facts_excerpts.py make wcuts OUT     # the joined reports cut at headings
    python benchmarks/facts_excerpts.py make windows OUT   # untitled windows of 2,000-5,000 chars
    policy-extract run OUT -o RUN --ref-dates OUT/REF_DATES.tsv -q --force
    python benchmarks/facts_excerpts.py score OUT RUN [-v]

The test's facts documents are whole 2026 work reports (review, five-year review, the next
plan's targets, the year's tasks) and excerpts of reports cut from their title (a report
"from line N"); the train texts are shorter parts of them. ``cuts`` starts each train text
(d01-d49 with facts gold) at up to four of its heading lines (一、, （一）, 各位代表, 五年来,
今年, 2025年…); ``whole`` joins the train excerpts of one report in the report's order;
``wcuts`` cuts those at up to eight heading lines; ``windows`` cuts every train text and
joined report into untitled windows (from a line start after the first line, 2,000, 3,500
and 5,000 characters, every 1,500 characters, ending at a line end): run those WITHOUT
``--ref-dates``, as the test's excerpts are run. Each excerpt keeps its document's
reference date and the facts gold after the cut, shifted. ``score`` pairs predicted and gold
facts by value span and prints period and status accuracy (``-v``: each wrong period with the
text before it). d50-d58 (the dev-check) and the facts test split are never read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "gold/dev/texts"
GOLD = ROOT / "gold/facts/train"
REF_DATES = ROOT / "gold/dev/work/REF_DATES.tsv"
#: the train documents whose facts gold may be read (d09, d12, d13: facts test split)
_SEALED = {9, 12, 13}
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|各位代表|过去一年|五年来|"
                      r"今年|20\d\d年)")
#: the train excerpts of one report, in the report's order
#: (every one a 2026 work report: the joined text is named with its year, as the excerpts are)
REPORTS = {"zhejiang": ["d02", "d35", "d31"], "hainan": ["d18", "d33", "d29", "d43", "d47"],
           "shaanxi": ["d26", "d37", "d28"], "xizang": ["d27", "d34"],
           "guangdong": ["d24", "d30", "d45", "d44"]}


def _train(every: bool = False) -> dict[str, tuple[str, list[dict]]]:
    """doc_id -> (text, facts) of the train documents d01-d49 with facts gold (``every``:
    every dev-d document of gold/facts/train, d50 on too)."""
    out = {}
    for path in sorted(GOLD.glob("dev-d*.facts.jsonl")):
        n = int(path.name[5:7])
        if (n >= 50 and not every) or n in _SEALED:
            continue
        doc = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        out[doc["doc_id"]] = ((TEXTS / f"{doc['doc_id']}.txt").read_text(encoding="utf-8"),
                              doc["facts"])
    return out


def _refs() -> dict[str, str]:
    rows = (line.split("\t") for line in REF_DATES.read_text(encoding="utf-8").splitlines())
    return {r[0]: r[1] for r in rows if r[0].startswith("dev-d")}


def _cut(name: str, text: str, facts: list[dict], most: int) -> dict[str, tuple[str, list]]:
    starts = [i + 1 for i, c in enumerate(text) if c == "\n"]
    cuts = [s for s in starts if _HEADING.match(text[s:s + 20])]
    if len(cuts) > most:
        cuts = [cuts[k * len(cuts) // most] for k in range(most)]
    return {f"{name}-cut{k}": (text[c:], [dict(f, value_start=f["value_start"] - c,
                                               value_end=f["value_end"] - c)
                                          for f in facts if f["value_start"] >= c])
            for k, c in enumerate(cuts)}


def _whole(train: dict[str, tuple[str, list[dict]]]) -> dict[str, tuple[str, list]]:
    out = {}
    for report, parts in REPORTS.items():
        text, facts = "", []
        for part in parts:
            doc_id = next(d for d in train if d.startswith(f"dev-{part}-"))
            t, f = train[doc_id]
            facts += [dict(x, value_start=x["value_start"] + len(text),
                           value_end=x["value_end"] + len(text)) for x in f]
            text += t if t.endswith("\n") else t + "\n"
        out[f"dev-{report}-2026-whole"] = (text, facts)
    return out


WINDOW_SIZES = (2000, 3500, 5000)
WINDOW_STEP = 1500


def _windows(name: str, text: str, facts: list[dict]) -> dict[str, tuple[str, list]]:
    """Untitled windows of ``text``: each starts at a line start after the first line (no
    title, no delivery line at the top) every WINDOW_STEP characters and runs WINDOW_SIZES
    characters to the end of its last line."""
    starts = [i + 1 for i, c in enumerate(text) if c == "\n" and i + 1 < len(text)]
    out, last, n = {}, -WINDOW_STEP, 0
    for s in starts:
        if s - last < WINDOW_STEP:
            continue
        last, n = s, n + 1
        for k, size in enumerate(WINDOW_SIZES):
            end = text.find("\n", s + size)
            end = len(text) if end < 0 else end + 1
            part = [dict(f, value_start=f["value_start"] - s, value_end=f["value_end"] - s)
                    for f in facts if s <= f["value_start"] and f["value_end"] <= end]
            if part:
                # no figures in the name: a number like 2000 would read as its year
                out[f"{name}-w{chr(97 + n // 26)}{chr(97 + n % 26)}{'sml'[k]}"] = (text[s:end], part)
            if end == len(text):
                break
    return out


def make(kind: str, out: Path) -> None:
    train, refs = _train(kind == "windows"), _refs()
    docs: dict[str, tuple[str, list]] = {}
    if kind == "cuts":
        for name, (text, facts) in train.items():
            docs.update(_cut(name, text, facts, 4))
    elif kind == "whole":
        docs = _whole(train)
    elif kind == "windows":
        for name, (text, facts) in {**train, **_whole(train)}.items():
            docs.update(_windows(name, text, facts))
    else:
        for name, (text, facts) in _whole(train).items():
            docs.update(_cut(name, text, facts, 8))
    out.mkdir(parents=True, exist_ok=True)
    rows = ["doc_id\tref_date\twhy"]
    for name, (text, _) in docs.items():
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        source = next((d for d in refs if name.startswith(d)), None)
        rows.append(f"{name}\t{refs[source] if source else '2026-01'}\t{kind}")
    (out / "REF_DATES.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    gold = {name: facts for name, (_, facts) in docs.items()}
    (out / "GOLD.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    print(f"{len(docs)} excerpts, {sum(map(len, gold.values()))} facts in {out}")


def score(out: Path, run: Path, verbose: bool) -> None:
    gold = json.loads((out / "GOLD.json").read_text(encoding="utf-8"))
    pred = {(r.doc_id.removesuffix(".txt"), r.value_start, r.value_end): r
            for r in pd.read_parquet(run / "facts").itertuples()}
    n, period, status = 0, Counter(), Counter()
    for name, facts in gold.items():
        text = (out / f"{name}.txt").read_text(encoding="utf-8")
        for f in facts:
            p = pred.get((name, f["value_start"], f["value_end"]))
            if p is None:
                continue
            n += 1
            got = p.period if isinstance(p.period, str) else None
            period[got == f["period"]] += 1
            status[p.status == f["status"]] += 1
            if verbose and got != f["period"]:
                before = text[max(0, f["value_start"] - 50):f["value_start"]].replace("\n", "|")
                print(f"{name}\tgold={f['period']}\tpred={got}\t{f['value_text']}\t{before}")
    if n:
        print(f"paired facts {n}: period {period[True] / n:.3f}, status {status[True] / n:.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make")
    m.add_argument("kind", choices=["cuts", "whole", "wcuts", "windows"])
    m.add_argument("out", type=Path)
    s = sub.add_parser("score")
    s.add_argument("out", type=Path)
    s.add_argument("run", type=Path)
    s.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "make":
        make(args.kind, args.out)
    else:
        score(args.out, args.run, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
