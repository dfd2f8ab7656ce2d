#!/usr/bin/env python3
"""Numerals that no mention covers, on text nobody labelled (a recall audit, issue 9).

Usage:
    python gold/tools/uncovered.py WORK [--workers 2] [--top 40] [--reverse]
                                        [--rerun] [--bulk-files N]

1. Writes the audit's inputs to WORK/in: the bulk law_* files of ../shared/bulk (all but
   the sealed one) and the files of ../shared/corpus that are not sealed, with the sealed
   lines of the partly sealed files blanked (empty lines, so line numbers stay). Nothing of
   the sealed test split's sources goes in, so nothing of it can come out.
2. Runs the default pipeline over them into WORK/run (``batch.run``; a second call
   resumes, ``--rerun`` starts again: after a rule change).
3. Finds every numeral in the texts: Arabic digits, Chinese numerals followed by a Han
   character (a lone 一/百/千/万 only after 第 or 前), 第N, 前N and 首 + a character,
   and prints those no mention covers, grouped by the 1-3 characters after them and the
   1-2 before, with counts and one example each, and the totals (the before/after figure).

``--reverse`` also lists the RANK, QUANTITY and DURATION mentions grouped by the
characters right before and after them, to read their boundaries against the guideline.

``--ranks`` lists every rank-like phrase (第N位/名, 前N名/位/强, N强, 首位, 前列, 排名…第N)
with what the rules made of it (label, span and rule of each mention touching it, or
``-``), grouped by the phrase's shape; ``--units`` lists the numerals no mention covers
that a unit-like sequence follows (letters, or a run of the characters units.tsv's
QUANTITY and DURATION units are written with), grouped by that sequence.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

#: sources of the sealed test split (common brief): never an input of the audit
SEALED_FILES = frozenset({
    "law_012a8912c7f0.txt",
    "wuxi_xinwu_2019_service_industry_action_plan.txt",
    "chongqing_2021_gov_report_task_breakdown.txt",
    "shenzhen_qianhai_2019_finance_special_fund_rules.txt",
})
SEALED_PREFIXES = ("hulunbuir_hailar_2016_", "hulunbuir_hailar_2017_")
#: partly sealed files: the sealed lines, 1-based and inclusive (None: to the end)
SEALED_LINES: dict[str, tuple[int, int | None]] = {
    "jiangxi_2022_stat_bulletin.txt": (38, 83),
    "chongqing_2026_gov_work_report.txt": (27, None),
    "guangxi_2026_gov_work_report.txt": (32, None),
    # sources of the fresh documents being labelled (fifteenth session: dev-d50..d52)
    "jiangsu_2026_gov_work_report.txt": (36, None),
    "sichuan_2026_gov_work_report.txt": (71, None),
    "tianjin_2020_state_gov_report_task_division.txt": (74, None),
}

_CN = "零〇一二两三四五六七八九十百千万亿"
#: what a numeral is, by kind; group ``n`` is the numeral a mention must touch
NUMERAL = regex.compile(
    rf"(?P<kind_ord>第)(?P<n>[0-9０-９]+|[{_CN}]+)"
    rf"|(?P<kind_top>前)(?P<n>[0-9０-９]+|[{_CN}]+)"
    r"|(?P<kind_first>首)(?P<n>(?=\p{Han}))"
    r"|(?P<kind_digits>)(?P<n>(?<![0-9０-９.．])[0-9０-９]+(?:[.．,][0-9０-９]+)*)"
    rf"|(?P<kind_cn>)(?P<n>[{_CN}]{{2,}}|[二两三四五六七八九十])(?=\p{{Han}})")
_CN_RUN_SINGLE_OK = frozenset("二两三四五六七八九十")


def sealed(name: str) -> bool:
    return name in SEALED_FILES or name.startswith(SEALED_PREFIXES)


def prepare(dest: Path, bulk_files: int | None) -> int:
    """Write the audit's inputs to ``dest``; returns how many files."""
    from policy_extract.decode import decode_path

    dest.mkdir(parents=True, exist_ok=True)
    laws = sorted((SHARED / "bulk").glob("law_*.txt"))
    laws = [p for p in laws if not sealed(p.name)][:bulk_files]
    corpus = sorted(p for p in (SHARED / "corpus").rglob("*.txt") if not sealed(p.name))
    n = 0
    for path in laws + corpus:
        text = decode_path(path)[0]
        lines = SEALED_LINES.get(path.name)
        if lines is not None:
            first, last = lines
            kept = text.split("\n")
            end = len(kept) if last is None else last
            kept[first - 1:end] = [""] * (end - first + 1)
            text = "\n".join(kept)
        (dest / path.name).write_text(text, encoding="utf-8")
        n += 1
    return n


def numerals(text: str) -> list[tuple[str, int, int, int, int]]:
    """(kind, start, end, numeral start, numeral end) of every numeral in ``text``."""
    out = []
    for m in NUMERAL.finditer(text):
        kind = next(k[5:] for k in ("kind_ord", "kind_top", "kind_first", "kind_digits",
                                    "kind_cn") if m.group(k) is not None)
        if kind == "cn" and len(m.group("n")) == 1 and m.group("n") not in _CN_RUN_SINGLE_OK:
            continue
        out.append((kind, m.start(), m.end(), m.start("n"), max(m.end("n"), m.start("n") + 1)))
    return out


def _numerals_covered(text: str, spans: Iterable[tuple[int, int]]
                      ) -> Iterator[tuple[str, int, int, int, int, bool]]:
    """``numerals(text)``, each with whether a mention of ``spans`` touches its numeral."""
    covered = bytearray(len(text) + 1)
    for s, e in spans:
        covered[s:e] = b"\1" * (e - s)
    for kind, start, end, ns, ne in numerals(text):
        yield kind, start, end, ns, ne, any(covered[ns:ne])


def _show(text: str, start: int, end: int) -> str:
    ctx = text[max(0, start - 10):start] + "[" + text[start:end] + "]" + text[end:end + 8]
    return ctx.replace("\n", "⏎").replace("\r", "")


def audit(texts: dict[str, str], spans: dict[str, list[tuple[int, int]]]
          ) -> tuple[Counter, Counter, dict[tuple, Counter], dict[tuple, str]]:
    """Numerals found and uncovered by kind, uncovered groups by context, an example each."""
    found: Counter = Counter()
    missed: Counter = Counter()
    groups: dict[tuple, Counter] = defaultdict(Counter)
    example: dict[tuple, str] = {}
    for doc, text in texts.items():
        for kind, start, end, _, _, covered in _numerals_covered(text, spans.get(doc, ())):
            found[kind] += 1
            if covered:
                continue
            missed[kind] += 1
            for side, size in (("after", 1), ("after", 2), ("after", 3),
                               ("before", 1), ("before", 2)):
                ctx = text[end:end + size] if side == "after" else text[max(0, start - size):start]
                key = (kind, side, size, ctx.replace("\n", "⏎"))
                groups[(kind, side, size)][key[3]] += 1
                example.setdefault(key, f"{doc}: {_show(text, start, end)}")
    return found, missed, groups, example


def report_uncovered(found: Counter, missed: Counter, groups: dict[tuple, Counter],
                     example: dict[tuple, str], top: int) -> None:
    print("kind    numerals  uncovered")
    for kind in ("digits", "cn", "ord", "top", "first"):
        print(f"{kind:<8}{found[kind]:>9}{missed[kind]:>11}")
    print(f"{'all':<8}{sum(found.values()):>9}{sum(missed.values()):>11}")
    for (kind, side, size), counts in sorted(groups.items()):
        print(f"\n## {kind}: uncovered, by the {size} character(s) {side}")
        for ctx, n in counts.most_common(top):
            print(f"{n:>6}  {ctx!r:<10} {example[(kind, side, size, ctx)]}")


def report_reverse(texts: dict[str, str], mentions: list[tuple], top: int) -> None:
    """RANK, QUANTITY and DURATION mentions by the characters around them."""
    by: dict[tuple[str, str], Counter] = defaultdict(Counter)
    example: dict[tuple[str, str, str], str] = {}
    for doc, start, end, label, rule in mentions:
        if label not in ("RANK", "QUANTITY", "DURATION"):
            continue
        text = texts[doc]
        for side, ctx in (("before", text[max(0, start - 2):start]), ("after", text[end:end + 2]),
                          ("rule", rule)):
            ctx = ctx.replace("\n", "⏎")
            by[(label, side)][ctx] += 1
            example.setdefault((label, side, ctx), f"{doc}: {_show(text, start, end)}")
    for (label, side), counts in sorted(by.items()):
        print(f"\n## {label} mentions, by the 2 characters {side}" if side != "rule"
              else f"\n## {label} mentions, by rule")
        for ctx, n in counts.most_common(top):
            print(f"{n:>6}  {ctx!r:<14} {example[(label, side, ctx)]}")


#: rank-like phrases: a position, a top N, N强, a first place, the front rows, a ranking verb
RANK_LIKE = regex.compile(
    rf"第(?:[0-9０-９]+|[{_CN}]+)[位名]|前(?:[0-9０-９]+|[{_CN}]+)(?:名|位|强)?(?![{_CN}0-9])"
    rf"|(?:[0-9０-９]+|[{_CN}]+)强|首位|前列|排名[^，。；\n]{{0,12}}?第(?:[0-9０-９]+|[{_CN}]+)")
_SHAPE = regex.compile(rf"[0-9０-９]+|[{_CN}]+")


def _unit_chars() -> str:
    """The characters QUANTITY and DURATION units are written with (units.tsv)."""
    chars: set[str] = set()
    for line in (ROOT / "rules" / "units.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[1] in ("QUANTITY", "DURATION") and not line.startswith("#"):
            chars.update(c for c in cols[0] if "\u4e00" <= c <= "\u9fff")
    return "".join(sorted(chars))


def report_ranks(texts: dict[str, str], mentions: list[tuple], top: int) -> None:
    """Every rank-like phrase with what the rules made of it, grouped by shape."""
    by_doc: dict[str, list[tuple]] = defaultdict(list)
    for doc, start, end, label, rule in mentions:
        by_doc[doc].append((int(start), int(end), label, rule))
    made: dict[str, Counter] = defaultdict(Counter)
    example: dict[tuple[str, str], str] = {}
    for doc, text in texts.items():
        for m in RANK_LIKE.finditer(text):
            hits = [f"{label}:{text[s:e]}:{rule}" for s, e, label, rule in by_doc.get(doc, ())
                    if s < m.end() and e > m.start()]
            shape = _SHAPE.sub("N", m.group(0)) if not m.group(0).startswith("排名") else "排名…第N"
            what = " ".join(_SHAPE.sub("N", h) for h in hits) or "-"
            made[shape][what] += 1
            example.setdefault((shape, what), f"{doc}: {_show(text, m.start(), m.end())}")
    print("\n## rank-like phrases, by shape, with what the rules made of them")
    for shape, counts in sorted(made.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"\n{shape}  ({sum(counts.values())})")
        for what, n in counts.most_common(top):
            print(f"{n:>6}  {what:<40} {example[(shape, what)]}")


def report_units(texts: dict[str, str], spans: dict[str, list[tuple[int, int]]],
                 top: int) -> None:
    """Uncovered numerals a unit-like sequence follows, grouped by the sequence."""
    han = _unit_chars()
    unit_like = regex.compile(rf"\s?(?:[A-Za-zμ°℃][A-Za-z0-9μ²³/·]*|[{han}]{{1,4}})")
    counts: Counter = Counter()
    example: dict[str, str] = {}
    for doc, text in texts.items():
        for kind, start, end, _, _, covered in _numerals_covered(text, spans.get(doc, ())):
            if kind not in ("digits", "cn") or covered:
                continue
            m = unit_like.match(text, end)
            if m is None:
                continue
            counts[m.group(0).strip()] += 1
            example.setdefault(m.group(0).strip(), f"{doc}: {_show(text, start, m.end())}")
    print("\n## uncovered numerals followed by a unit-like sequence, by the sequence")
    for seq, n in counts.most_common(top):
        print(f"{n:>6}  {seq!r:<12} {example[seq]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("work", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--reverse", action="store_true")
    ap.add_argument("--ranks", action="store_true", help="rank-like phrases and their mentions")
    ap.add_argument("--units", action="store_true",
                    help="uncovered numerals followed by a unit-like sequence")
    ap.add_argument("--rerun", action="store_true", help="run the pipeline again (rules changed)")
    ap.add_argument("--bulk-files", type=int, default=None, help="only the first N law files")
    args = ap.parse_args(argv)

    import pandas as pd

    from policy_extract.batch import run

    inputs, out = args.work / "in", args.work / "run"
    if not inputs.exists():
        print(f"inputs: {prepare(inputs, args.bulk_files)} files in {inputs}", file=sys.stderr)
    summary = run([inputs], out, workers=args.workers, force=args.rerun)
    print(f"run: {summary.n_ok} ok, {summary.n_failed} failed", file=sys.stderr)
    texts = pd.read_parquet(out / "texts").set_index("doc_id")["text"].to_dict()
    ments = pd.read_parquet(out / "mentions", columns=["doc_id", "start", "end", "label", "rule"])
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for doc, s, e in zip(ments.doc_id, ments.start, ments.end, strict=True):
        spans[doc].append((int(s), int(e)))
    report_uncovered(*audit(texts, spans), top=args.top)
    if args.reverse:
        report_reverse(texts, list(ments.itertuples(index=False, name=None)), args.top)
    if args.ranks:
        report_ranks(texts, list(ments.itertuples(index=False, name=None)), args.top)
    if args.units:
        report_units(texts, spans, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
