"""Experiment (train split only): training and merge variants of the CRF over the names,
measured on folds that leave documents out BY SOURCE (every excerpt of one report out
together: placegate.source_groups, gold/dev/EXCERPTS.tsv).

    python benchmarks/crf_source_folds.py --variant shipped [--folds 5] [--cache DIR]
    python benchmarks/crf_source_folds.py --variant ages ...
    python benchmarks/crf_source_folds.py --templates T,hd --against shipped [--side-policy fac-no-win]

Each variant trains one CRF a fold on the other sources' documents and the seed (the
training data of ``--variant``: :data:`VARIANTS`) and tags the held-out documents with
the rules' names of before (gold/dev/name_history.tsv: the unseen-text simulation) and
with today's. Prints, for both, the rules alone, the CRF alone, the shipped merge and the
merge variants of :data:`MERGE_VARIANTS` (strict F1 per label pooled over the folds;
crf_names.py's tables). Folds: the sources, largest first, each to the fold with the
fewest characters so far (the same folds for every variant). Thirty-second session,
docs/models.md "Folds by source".
"""
from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crf_names import Record, f1, pooled, table, tag_folds  # noqa: E402

from policy_extract.crfnames import (  # noqa: E402
    LABELS,
    MIN_WIDEN,
    POLICY,
    TEMPLATES,
    TRAINING,
    LabelMerge,
    Policy,
    TrainingDoc,
    base_features,
    clusters_for,
    lexicon_of,
    merge,
    training_data,
    training_docs,
)
from policy_extract.names import NameRulePass  # noqa: E402
from policy_extract.placegate import source_groups  # noqa: E402

Data = list[tuple[list, list[str]]]


def by_source(root: Path, docs: Sequence[TrainingDoc], k: int
              ) -> list[tuple[str, list[TrainingDoc], list[TrainingDoc]]]:
    """``k`` folds of the documents with a history, a source's documents in one fold
    (largest source first, to the fold with the fewest characters); the seed always
    trains."""
    tagged = [d for d in docs if d.history is not None]
    source = source_groups(root, [d.doc_id for d in tagged])
    groups: dict[str, list[TrainingDoc]] = {}
    for d in sorted(tagged, key=lambda d: d.doc_id):
        groups.setdefault(source[d.doc_id], []).append(d)
    size = {s: sum(len(d.view.clean) for d in g) for s, g in groups.items()}
    folds: list[list[TrainingDoc]] = [[] for _ in range(k)]
    chars = [0] * k
    for s in sorted(groups, key=lambda s: (-size[s], s)):
        j = min(range(k), key=lambda j: (chars[j], j))
        folds[j] += groups[s]
        chars[j] += size[s]
    return [(f"src{k}-{j}", [d for d in docs if d not in held], held)
            for j, held in enumerate(folds)]


#: variant -> (training data of the training documents, crfsuite parameters)
VARIANTS: dict[str, tuple[Callable[[Sequence[TrainingDoc]], Data], dict]] = {
    "shipped": (lambda docs: training_data(docs, dropout=0.0, today=False), TRAINING),
    "c1-0.2": (lambda docs: training_data(docs, dropout=0.0, today=False), {**TRAINING, "c1": 0.2}),
    "c2-0.1": (lambda docs: training_data(docs, dropout=0.0, today=False), {**TRAINING, "c2": 0.1}),
    **{f"{c}-{v}": (lambda docs: training_data(docs, dropout=0.0, today=False),
                    {**TRAINING, c: v})
       for c, v in (("c1", 0.025), ("c1", 0.1), ("c2", 0.005), ("c2", 0.02), ("c2", 0.05))},
    **{f"minfreq-{m}": (lambda docs: training_data(docs, dropout=0.0, today=False),
                        {**TRAINING, "feature.minfreq": m}) for m in (2, 3, 5)},
    "iter300": (lambda docs: training_data(docs, dropout=0.0, today=False), {**TRAINING, "max_iterations": 300}),
    "ages": (lambda docs: training_data(docs, dropout=0.0, today=True), TRAINING),
    **{f"dropout-{p}": (lambda docs, p=p: training_data(docs, dropout=p, today=False),
                        TRAINING) for p in (0.15, 0.3, 0.5)},
    "ages+dropout-0.3": (lambda docs: training_data(docs, dropout=0.3, today=True), TRAINING),
    **{f"augment-{k}": (lambda docs, k=k: _augmented(docs, k), TRAINING) for k in (1, 2)},
}


def _augmented(docs: Sequence[TrainingDoc], copies: int) -> Data:
    """The shipped training data and ``copies`` perturbed copies of the sentences with a
    name of the documents with a history (crf_augment.py, thirty-eighth session)."""
    from crf_augment import augmented
    docs = list(docs)
    return [*training_data(docs, dropout=0.0, today=False), *augmented(docs, copies)]


def _merge_gpe_yields(policy: Policy, below: float) -> Callable:
    """``policy``, and a rule GPE strictly inside a CRF name of another label of
    confidence ``below`` or more gives way to it even if other rule names overlap it."""
    def run(rules, crf):
        inside = set()
        for c, p in crf:
            if c[2] != "GPE" and p >= below:
                inside |= {r for r in rules if r[2] == "GPE" and c[0] <= r[0]
                           and r[1] <= c[1] and r != c}
        return merge([r for r in rules if r not in inside], crf, policy)
    return run


MERGE_VARIANTS: dict[str, Callable] = {
    "rules": lambda r, c: r,
    "crf": lambda r, c: [s for s, _ in c],
    "merge, shipped POLICY": lambda r, c: merge(r, c, POLICY),
    **{f"FAC win {w} fill {f}": (lambda r, c, w=w, f=f: merge(
        r, c, {**POLICY, "FAC": LabelMerge(win=w, fill=f)}))
       for w, f in ((0.7, 0.6), (0.8, 0.6), (0.9, 0.3), (0.7, 0.3), (0.5, 0.3))},
    "INITIATIVE win 0.9": lambda r, c: merge(r, c, {**POLICY,
                                                    "INITIATIVE": LabelMerge(win=0.9)}),
    "GPE yields at 0.5": _merge_gpe_yields(POLICY, 0.5),
    "GPE yields at 0.8": _merge_gpe_yields(POLICY, 0.8),
}

#: the merge policies ``--against`` can give the variant's side (the other side keeps
#: the shipped ``POLICY``, or takes the same with ``--both-sides``): ``fac-no-win``, a CRF FAC never replaces the rule names it
#: overlaps (crfhdb38's finding: ``hd``'s FAC loss with today's rules is its winning FAC);
#: ``fac-no-win-no-widen``, nor swallows the rule GPE inside it (川渝|省际铁路);
#: ``fac-no-win-person-stays``, and a rule PERSON never gives way to a winning CRF name
#: (周家龙 of an ORG 周家龙安徽银保监局)
SIDE_POLICIES: dict[str, Policy] = {
    "shipped": POLICY,
    "fac-no-win": {**POLICY, "FAC": LabelMerge(win=None, widen=MIN_WIDEN)},
    "fac-no-win-no-widen": {**POLICY, "FAC": LabelMerge(win=None, widen=None)},
    "fac-no-win-person-stays": {**POLICY, "FAC": LabelMerge(win=None, widen=MIN_WIDEN),
                                "PERSON": LabelMerge(widen=MIN_WIDEN, yields=False)},
}


def load_docs(root: Path, cache: Path, names: NameRulePass,
              templates: tuple[str, ...] = TEMPLATES) -> list[TrainingDoc]:
    """The training documents (kept in ``cache``/docs.pickle), their features by
    ``templates`` (crfnames.base_features) when those are not the shipped ones."""
    store = cache / "docs.pickle"
    if store.exists():
        docs = pickle.loads(store.read_bytes())
    else:
        docs = training_docs(root, names)
        store.write_bytes(pickle.dumps(docs))
    if templates != TEMPLATES:
        lex = lexicon_of(names)
        clusters = clusters_for(names.data.directory, templates)
        for d in docs:
            d.base = base_features(d.view.clean, names.tokenizer, names.tags, lex,
                                   templates, clusters)
    return docs


def run_folds(folds, cache: Path, variant: str, generic: frozenset[str]
              ) -> dict[str, list[Record]]:
    """crf_names.tag_folds with the training data and parameters of ``variant``."""
    data, params = VARIANTS[variant]
    return tag_folds(folds, cache, ("history", "today"), generic, data=data, params=params)


def paired(a: list[Record], b: list[Record], source: dict[str, str], label: str | None,
           rounds: int = 2000, policy_b: Policy | None = None,
           policy_a: Policy | None = None) -> str:
    """How much ``b`` (the merge by ``policy_b``, the shipped ``POLICY`` by default, on the
    records of a variant) beats ``a`` (the merge by ``policy_a``, the shipped by default, on
    the shipped variant's) in F1 of ``label`` (None: all names), and the 5th and 95th
    percentiles of that difference over resamples of the sources (a bootstrap)."""
    import random
    per: dict[str, list[Counter[str]]] = {}
    for recs, k, policy in ((a, 0, policy_a or POLICY), (b, 1, policy_b or POLICY)):
        for d, rules, crf in recs:
            got = pooled([(d, rules, crf)], lambda r, c, p=policy: merge(r, c, p))
            c = sum((got[lab] for lab in got if label in (None, lab)), Counter())
            per.setdefault(source[d.doc_id], [Counter(), Counter()])[k].update(c)

    def diff(keys: Sequence[str]) -> float:
        ca = sum((per[s][0] for s in keys), Counter())
        cb = sum((per[s][1] for s in keys), Counter())
        return f1(cb) - f1(ca)
    keys = sorted(per)
    rng = random.Random(32)
    draws = sorted(diff(rng.choices(keys, k=len(keys))) for _ in range(rounds))
    return (f"{label or 'all'}: {diff(keys):+.4f} (5%..95% over sources "
            f"{draws[rounds // 20]:+.4f} .. {draws[-rounds // 20]:+.4f})")


def fold_parser(doc: str) -> argparse.ArgumentParser:
    """A parser (described by the first paragraph of ``doc``) with the options of the folds:
    ``--root``, ``--cache``, ``--folds``, ``--variant``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/crf_source_folds"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--variant", choices=sorted(VARIANTS), default="shipped")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = fold_parser(__doc__)
    parser.add_argument("--against", choices=sorted(VARIANTS), default=None,
                        help="also a bootstrap over sources of the variant's gain over this "
                             "one (its cache must be complete)")
    parser.add_argument("--templates", default=",".join(TEMPLATES),
                        help="crfnames.TEMPLATES to use, comma-separated (default the "
                             "shipped; another set trains in its own folder of the cache)")
    parser.add_argument("--side-policy", choices=sorted(SIDE_POLICIES), default="shipped",
                        help="with --against, the merge policy of the variant's side "
                             "(SIDE_POLICIES; the other side keeps the shipped POLICY)")
    parser.add_argument("--both-sides", action="store_true",
                        help="with --against, --side-policy merges the other side too (the "
                             "templates alone measured)")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    names = NameRulePass(rules_dir=args.root / "rules")
    docs = load_docs(args.root, args.cache, names, tuple(args.templates.split(",")))
    folds = by_source(args.root, docs, args.folds)
    cache = args.cache / args.variant
    if args.templates != ",".join(TEMPLATES):
        cache = args.cache / f"{args.variant}-{args.templates.replace(',', '_')}"
    cache.mkdir(exist_ok=True)
    records = run_folds(folds, cache, args.variant, names.generic)
    n = sum(len(held) for _, _, held in folds)
    print(f"{args.folds} folds by source over {n} train documents, variant {args.variant}")
    for which, title in (("history", "rules of before (unseen-text simulation)"),
                         ("today", "today's rules")):
        print(f"\n{which}: {title}")
        print(table({k: pooled(records[which], m) for k, m in MERGE_VARIANTS.items()}))
    if args.against:
        other = run_folds(folds, args.cache / args.against, args.against, names.generic)
        source = source_groups(args.root, [d.doc_id for d in docs])
        side = SIDE_POLICIES[args.side_policy]
        base = args.side_policy if args.both_sides else "shipped"
        print(f"\nmerge by {args.side_policy}, templates {args.templates}, against the "
              f"merge by {base} of the shipped templates (variant {args.against})")
        for which in records:
            for label in (None, *LABELS):
                print(which, paired(other[which], records[which], source, label, policy_b=side,
                                    policy_a=side if args.both_sides else None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
