"""Facts on train documents read without their head (a development check, not a unit test).

    python benchmarks/headless_facts.py make OUT          # variants + their facts gold
    python benchmarks/headless_facts.py make OUT --mode middle   # the middle of each text
    policy-extract run OUT/texts -o RUN --no-ner -q --force
    policy-extract score --facts OUT/gold/*.jsonl --pred RUN
    python benchmarks/headless_facts.py errors OUT RUN [--field period|place]

Users feed the tool pages and sections of reports: text cut from the middle, with no
title, no delivery or signing line and no heading that names the year. This check makes
such text from the facts train split: each document named in a ``gold/facts/train`` file's
``source`` loses its first lines (its title, delivery line and first heading): everything up
to and including the first numbered heading (一、, （一）, 1.) when it stands in the first
40 % of the lines, else the first 15 % of the lines (at least one line). The facts gold is
shifted to the cut text and a fact whose value falls in the cut is dropped. The variants are
named after their train document (``dev-d01-hailar-2018-report-headless.txt``): they are
train text, and their figures are development figures.

The train texts of the test sources (``gold/dev/texts/dev-t*``) are never read: their facts
gold in ``gold/facts/train`` is left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold/facts/train"
#: sources this check never reads (the texts cut from the sealed test sources)
_SEALED = re.compile(r"(?:^|/)dev-t\d")
_HEADING = re.compile(r"^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d))")
HEADING_SHARE = 0.40
LINE_SHARE = 0.15
MID_START, MID_END = 0.40, 0.95


def cut_point(text: str) -> int:
    """Where the headless variant of ``text`` starts (a line start)."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n" and i + 1 < len(text)]
    lines = [text[s:text.find("\n", s) if text.find("\n", s) >= 0 else len(text)]
             for s in starts]
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 3:
        return 0
    limit = filled[int(len(filled) * HEADING_SHARE)]
    for k in filled[1:]:
        if k > limit:
            break
        if _HEADING.match(lines[k]):
            after = next((j for j in filled if j > k), None)
            return starts[after] if after is not None else 0
    skip = max(1, round(len(filled) * LINE_SHARE))
    return starts[filled[skip]] if skip < len(filled) else 0


def mid_cut(text: str) -> tuple[int, int]:
    """The middle variant of ``text``: from the line at ``MID_START`` of its lines to the
    start of the line at ``MID_END`` (no title, no heading before, no signing line after)."""
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n" and i + 1 < len(text)]
    filled = [s for s in starts if text[s:s + 1].strip() or text[s:text.find("\n", s)].strip()]
    if len(filled) < 4:
        return 0, 0
    return filled[int(len(filled) * MID_START)], (
        filled[int(len(filled) * MID_END)] if int(len(filled) * MID_END) < len(filled)
        else len(text))


def make(out: Path, mode: str = "head") -> None:
    (out / "texts").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    kept = dropped = 0
    for path in sorted(GOLD.glob("*.facts.jsonl")):
        doc = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
        if _SEALED.search(doc["source"]):
            continue
        raw = (ROOT / doc["source"]).read_bytes()
        text = raw.decode("utf-8")
        if mode == "head":
            at, end = cut_point(text), len(text)
        else:
            at, end = mid_cut(text)
        if at == 0:
            print(f"{doc['doc_id']}: no cut", file=sys.stderr)
            continue
        # offsets are characters of the decoded text
        rest = text[at:end]
        name = f"{doc['doc_id']}-{'headless' if mode == 'head' else 'middle'}"
        data = rest.encode("utf-8")
        (out / "texts" / f"{name}.txt").write_bytes(data)
        facts = []
        for f in doc["facts"]:
            if f["value_start"] < at or f["value_end"] > end:
                dropped += 1
                continue
            facts.append(dict(f, value_start=f["value_start"] - at,
                              value_end=f["value_end"] - at))
        kept += len(facts)
        gold = {"doc_id": name, "sha256": hashlib.sha256(data).hexdigest(),
                "source": f"texts/{name}.txt", "facts": facts}
        (out / "gold" / f"{name}.facts.jsonl").write_text(
            json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
        cut_lines = text[:at].count("\n")
        print(f"{name}: cut {cut_lines} lines ({at} characters)")
    print(f"facts kept {kept}, dropped with the cut {dropped}")


def errors(out: Path, run: Path, field: str) -> None:
    import pandas as pd

    facts = pd.read_parquet(run / "facts")
    docs = pd.read_parquet(run / "documents")
    for path in sorted((out / "gold").glob("*.jsonl")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = (out / doc["source"]).read_text(encoding="utf-8")
        pdoc = docs[docs["sha256"] == doc["sha256"]]
        if pdoc.empty:
            continue
        doc_id = pdoc.iloc[0]["doc_id"]
        pred = facts[facts["doc_id"] == doc_id].set_index("value_start")
        cols = [c for c in ("ref_date", "ref_source", "place", "period") if c in pdoc]
        head = ", ".join(f"{c}={pdoc.iloc[0][c]}" for c in cols)
        wrong = []
        for f in doc["facts"]:
            if f["value_start"] not in pred.index:
                continue
            p = pred.loc[f["value_start"]]
            p = p.iloc[0] if isinstance(p, pd.DataFrame) else p
            g, v = f[field], p[field]
            v = None if v is None or v != v else v  # NaN: none
            if field == "place":
                from policy_extract.factscore import place_key
                same = place_key(g) == place_key(v)
            else:
                same = (g or None) == (v or None)
            if not same:
                ctx = text[max(0, f["value_start"] - 40):f["value_end"]].replace("\n", "⏎")
                wrong.append(f"  gold {g} pred {v}: …{ctx}")
        if wrong:
            print(f"{doc['doc_id']} ({head}): {len(wrong)} wrong")
            print("\n".join(wrong[:8]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("out", type=Path)
    m.add_argument("--mode", default="head", choices=("head", "middle"),
                   help="head: the first lines cut; middle: the lines from 40 %% to 95 %%")
    e = sub.add_parser("errors")
    e.add_argument("out", type=Path)
    e.add_argument("run", type=Path)
    e.add_argument("--field", default="period", choices=("period", "place", "status"))
    a = ap.parse_args()
    if a.cmd == "make":
        make(a.out, a.mode)
    else:
        errors(a.out, a.run, a.field)


if __name__ == "__main__":
    main()
