"""Experiment (train split only): the CRF's merge policy chosen label by label so that no
label falls below the rules alone, on folds that leave sources out.

    python benchmarks/crf_policy_search.py [--folds 5] [--cache DIR] [--variant shipped]

Trains (or reads from ``--cache``, the cache of crf_source_folds.py) one CRF a fold by
source and tags the held-out documents with the rules' names of before (the unseen-text
simulation) and today's. Then :func:`guarded_search` chooses crfnames.merge's policy one
label at a time among :func:`choices` (win, agreed, fill, widen, yields): the best pooled
all-names F1 of the rules of before, among the choices that leave EVERY label at or above
the rules alone on the folds (``--guard history``: the rules of before only; ``both``: and
today's rules too). The choice is also made on each half of the sources and counted on the
other (how much of its gain is chosen where it is counted). Prints per label: rules alone,
the CRF alone, the shipped policy and the chosen ones. Thirty-seventh session,
docs/models.md "A policy no label loses by".
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from itertools import product
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crf_names import Record, f1, pooled, table  # noqa: E402
from crf_source_folds import by_source, fold_parser, load_docs, run_folds  # noqa: E402

from policy_extract.crfnames import LABELS, POLICY, LabelMerge, Policy, merge  # noqa: E402
from policy_extract.names import NameRulePass  # noqa: E402
from policy_extract.placegate import source_groups  # noqa: E402


def choices(label: str) -> list[LabelMerge]:
    """The choices for one label (crfnames.LabelMerge): win, agreed (GPE and PERSON only,
    where the CRF may veto a rule name), fill, widen (0.0 only for GPE, which the widening
    never takes), yields; some 50-100 a label, so that a search takes minutes."""
    return [LabelMerge(win, agreed, fill, widen, yields)
            for win, agreed, fill, widen, yields in product(
                (None, 0.9, 0.95), (False, True) if label in ("GPE", "PERSON") else (False,),
                (None, 0.6, 0.9), (0.0,) if label == "GPE" else (0.0, 0.8, None),
                (True, False))]
Counts = dict[str, Counter[str]]


def per_label(records: Sequence[Record], policy: Policy) -> Counts:
    return pooled(records, lambda r, c: merge(r, c, policy))


def f1s(per: Counts) -> dict[str, float]:
    return {**{lab: f1(per[lab]) for lab in LABELS}, "all": f1(sum(per.values(), Counter()))}


def guarded_search(records: dict[str, Sequence[Record]], guard: Sequence[str],
                   rounds: int = 2) -> Policy:
    """A policy chosen one label at a time (two rounds; from the rules alone: no CRF name
    joins) on the all-names F1 of ``records["history"]``, among the choices that leave every
    label's F1 at or above the rules alone's on each of ``guard`` (history, today); ties to
    the sum of the all-names F1 of ``guard``, then to the choice in place."""
    floor = {k: f1s(pooled(records[k], lambda r, c: r)) for k in guard}
    off = LabelMerge(win=None, fill=None, widen=None)
    policy: Policy = dict.fromkeys(LABELS, off)

    def score(p: Policy) -> tuple[float, ...] | None:
        got = {k: f1s(per_label(records[k], p)) for k in guard}
        if any(got[k][lab] < floor[k][lab] - 1e-9 for k in guard for lab in LABELS):
            return None
        hist = got["history"]["all"] if "history" in got else f1s(
            per_label(records["history"], p))["all"]
        return round(hist, 6), round(sum(got[k]["all"] for k in guard), 6)

    for _ in range(rounds):
        for lab in LABELS:
            now = policy[lab]
            best, best_key = now, (*(score(policy) or (-1.0, -1.0)), True)
            for ch in choices(lab):
                s = score({**policy, lab: ch})
                if s is not None and (*s, ch == now) > best_key:
                    best, best_key = ch, (*s, ch == now)
            policy[lab] = best
    return policy


def brief(policy: Policy) -> str:
    """``policy`` in a line: each label's fields that differ from LabelMerge's defaults."""
    default = LabelMerge()
    return "; ".join(f"{lab} " + (", ".join(
        f"{k} {getattr(m, k)}" for k in ("win", "agreed", "fill", "widen", "yields")
        if getattr(m, k) != getattr(default, k)) or "defaults") for lab, m in policy.items())


def main(argv: Sequence[str] | None = None) -> int:
    parser = fold_parser(__doc__)
    parser.add_argument("--guard", choices=("history", "both", "none"), default="both",
                        help="the folds no label may fall below the rules alone on "
                             "(none: no search, only the shipped and --policy ones)")
    parser.add_argument("--policy", action="append", default=[], metavar="NAME=DICT",
                        help="also count this policy (a Python dict of LabelMerge), "
                             "repeatable")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    names = NameRulePass(rules_dir=args.root / "rules")
    docs = load_docs(args.root, args.cache, names)
    folds = by_source(args.root, docs, args.folds)
    cache = args.cache / args.variant
    cache.mkdir(exist_ok=True)
    records = run_folds(folds, cache, args.variant, names.generic)
    extra = {n: eval(d, {"LabelMerge": LabelMerge})  # noqa: S307 - the user's own policy
             for n, d in (p.split("=", 1) for p in args.policy)}
    tables = {k: {"rules": pooled(records[k], lambda r, c: r),
                  "crf": pooled(records[k], lambda r, c: [s for s, _ in c]),
                  "shipped POLICY": per_label(records[k], POLICY),
                  **{n: per_label(records[k], p) for n, p in extra.items()}}
              for k in records}
    if args.guard != "none":
        search_both(args.root, docs, records, args.guard, tables)
    for k, title in (("history", "rules of before (unseen-text simulation)"),
                     ("today", "today's rules (written on these documents)")):
        print(f"\n{k}: {title}")
        print(table(tables[k]))
    return 0


def search_both(root: Path, docs: Sequence, records: dict[str, list[Record]], which: str,
                tables: dict[str, dict[str, Counts]]) -> None:
    """:func:`guarded_search` on all folds and on each half of the sources counted on the
    other, printed and added to ``tables``."""
    guard = ("history",) if which == "history" else ("history", "today")
    chosen = guarded_search(records, guard)
    print(f"guarded ({which}) choice on all folds: {brief(chosen)}")
    source = source_groups(root, [d.doc_id for d in docs])
    ids = sorted({source[d.doc_id] for d, _, _ in records["history"]})
    halves = [set(ids[0::2]), set(ids[1::2])]
    cross: dict[str, Counts] = {k: {lab: Counter() for lab in LABELS} for k in records}
    for j, half in enumerate(halves):
        on = {k: [r for r in recs if source[r[0].doc_id] not in half]
              for k, recs in records.items()}
        held = {k: [r for r in recs if source[r[0].doc_id] in half]
                for k, recs in records.items()}
        pol = guarded_search(on, guard)
        print(f"chosen on half {1 - j}, counted on half {j}: {brief(pol)}")
        for k in records:
            for lab, c in per_label(held[k], pol).items():
                cross[k][lab].update(c)
    for k in records:
        tables[k]["guarded, chosen on all"] = per_label(records[k], chosen)
        tables[k]["guarded, other half"] = cross[k]


if __name__ == "__main__":
    sys.exit(main())
