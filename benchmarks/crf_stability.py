"""Experiment (train split only): how steady the CRF over the names is, on folds by source.

    python benchmarks/crf_stability.py --variants shipped,c2-0.05 [--folds 10] [--cache DIR]
    python benchmarks/crf_stability.py --variants shipped --bag 3 ...

The test figure of ``run --crf`` moved by some 0.03 between retrains of the same features
(forty-fourth and forty-fifth sessions): a development figure must say how far it can be
trusted. For each training variant of crf_source_folds.py (:data:`VARIANTS`: crfsuite
parameters, feature pruning) one CRF a fold is trained on the other sources' documents
(crf_source_folds.by_source: every excerpt of one report left out together) and tags the
held-out documents with the rules' names of before (the unseen-text simulation). Printed
per label, for the CRF alone and the shipped merge: the F1 pooled over the folds, a 90%
band of it over resamples of the SOURCES (a bootstrap: which reports happen to be in the
train split), and the spread (standard deviation) of the F1 of the folds one by one.

``--bag K`` also trains, in each fold, K CRFs each leaving out every K-th of the fold's
training sources and tags with the average of their marginals (each character its most
probable tag; a name's confidence the least averaged marginal of its tags): whether
averaging steadies the band, at K times the tagging. ``--ensemble A,B`` averages the fold
models of variants already trained the same way; ``--posterior`` decodes the single CRF
so (the fair baseline of both). ``--policies`` counts merge policies of :data:`POLICIES`
against the shipped one on the same records (a bootstrap over sources of the difference).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crf_names import Record, f1, pooled, tag_folds  # noqa: E402
from crf_source_folds import VARIANTS, by_source, load_docs  # noqa: E402

from policy_extract.crfnames import (  # noqa: E402
    LABELS,
    LEVEL_ORGAN,
    POLICY,
    LabelMerge,
    Policy,
    Row,
    Scored,
    TrainingDoc,
    decode,
    merge,
    plausible,
    sequences,
    starts_word,
    train,
    with_rules,
)
from policy_extract.names import NameRulePass  # noqa: E402
from policy_extract.placegate import source_groups  # noqa: E402

Merge = Callable[[list, list[Scored], str], list]  # rules' names, CRF's, the clean text
#: merge policies compared with the shipped one on the same records (``--policies``)
POLICIES: dict[str, Policy] = {
    "no-joins": {lab: replace(POLICY.get(lab, LabelMerge()), joins=False) for lab in LABELS},
    "ORG-no-joins": {**POLICY, "ORG": replace(POLICY["ORG"], joins=False)},
    "ORG-joins": {**POLICY, "ORG": replace(POLICY["ORG"], joins=True)},
}


def merged(policy: Policy) -> Merge:
    """crfnames.merge by ``policy``, the rule names that are a level's organ read from the
    text (as CrfNames.refine)."""
    def run(rules: list, crf: list[Scored], text: str) -> list:
        organs = {r for r in rules if LEVEL_ORGAN.fullmatch(text[r[0]:r[1]])}
        return merge(rules, crf, policy, organs)
    return run


MERGES: dict[str, Merge] = {
    "rules": lambda r, c, t: r,
    "crf": lambda r, c, t: [s for s, _ in c],
    "merge": merged(POLICY),
}
Fold = tuple[str, list[TrainingDoc], list[TrainingDoc]]


def by_group(records: Sequence[Record], group: dict[str, str], how: Merge
             ) -> dict[str, dict[str, Counter[str]]]:
    """The counts per label of ``how`` on ``records``, per group of documents (a source,
    a fold: ``group`` maps a document to it)."""
    out: dict[str, dict[str, Counter[str]]] = {}
    for rec in records:
        per = out.setdefault(group[rec[0].doc_id], {lab: Counter() for lab in LABELS})
        text = rec[0].view.clean
        for lab, c in pooled([rec], lambda r, c, text=text: how(r, c, text)).items():
            per[lab].update(c)
    return out


def label_f1(groups: Sequence[dict[str, Counter[str]]], label: str | None) -> float:
    """The F1 of ``label`` (None: every name) pooled over ``groups``."""
    return f1(sum((g[lab] for g in groups for lab in g if label in (None, lab)), Counter()))


def band(per_source: dict[str, dict[str, Counter[str]]], label: str | None,
         rounds: int = 1000, seed: int = 46) -> tuple[float, float, float]:
    """The pooled F1 of ``label`` and its 5th and 95th percentiles over ``rounds``
    resamples of the sources."""
    keys = sorted(per_source)
    rng = random.Random(seed)
    draws = sorted(label_f1([per_source[k] for k in rng.choices(keys, k=len(keys))], label)
                   for _ in range(rounds))
    return (label_f1(list(per_source.values()), label), draws[rounds // 20],
            draws[-rounds // 20 - 1])


def paired_gain(records: Sequence[Record], source: dict[str, str], a: Merge, b: Merge,
                label: str | None, rounds: int = 1000, seed: int = 46) -> str:
    """How much merge ``b`` beats ``a`` in F1 of ``label`` (None: every name) on the same
    records, and the 5th and 95th percentiles of the gain over resamples of the sources."""
    ga, gb = by_group(records, source, a), by_group(records, source, b)
    keys = sorted(ga)
    rng = random.Random(seed)

    def gain(ks: Sequence[str]) -> float:
        return label_f1([gb[k] for k in ks], label) - label_f1([ga[k] for k in ks], label)
    draws = sorted(gain(rng.choices(keys, k=len(keys))) for _ in range(rounds))
    return (f"{label or 'all'} {gain(keys):+.4f} ({draws[rounds // 20]:+.4f} .. "
            f"{draws[-rounds // 20 - 1]:+.4f})")


def spread(per_fold: dict[str, dict[str, Counter[str]]], label: str | None) -> float:
    """The standard deviation of the F1 of ``label`` over the folds one by one."""
    return statistics.pstdev(label_f1([g], label) for g in per_fold.values())


def report(title: str, records: Sequence[Record], source: dict[str, str],
           fold: dict[str, str], merges: dict[str, Merge] | None = None) -> str:
    """Per merge (:data:`MERGES` by default) and label: pooled F1 [5%..95% over sources]
    and the standard deviation of the folds' F1."""
    lines = [title]
    for name, how in (merges or MERGES).items():
        per_source = by_group(records, source, how)
        per_fold = by_group(records, fold, how)
        cells = []
        for lab in (*LABELS, None):
            mid, lo, hi = band(per_source, lab)
            cells.append(f"{lab or 'all'} {mid:.3f} [{lo:.3f}..{hi:.3f}] "
                         f"sd {spread(per_fold, lab):.3f}")
        lines.append(f"  {name:6} " + " | ".join(cells))
    return "\n".join(lines)


# -- bagging -------------------------------------------------------------------------

def averaged_scored(taggers: Sequence[Any], x: Sequence[Row], clean: str) -> list[Scored]:
    """crfnames.tag_scored with the marginals of ``taggers`` averaged: each character
    its most probable tag, a name's confidence the least averaged marginal of its tags
    (a sentence every tagger leaves without a name is skipped)."""
    labels = taggers[0].labels()
    out: list[Scored] = []
    for a, b in sequences(clean):
        xs = x[a:b]
        if all(t.tag(xs).count("O") == b - a for t in taggers):
            continue
        avg = [[0.0] * len(labels) for _ in range(b - a)]
        for t in taggers:
            t.set(xs)
            for i in range(b - a):
                row = avg[i]
                for j, y in enumerate(labels):
                    row[j] += t.marginal(y, i) / len(taggers)
        best = [max(range(len(labels)), key=row.__getitem__) for row in avg]
        tags = [labels[j] for j in best]
        for s, e, label in decode(tags, a):
            if not any(map(starts_word, x[s])):
                continue
            out.append(((s, e, label), min(avg[i - a][best[i - a]] for i in range(s, e))))
    return out


def bag_models(folds: Sequence[Fold], cache: Path, k: int, params: dict[str, Any],
               data: Callable, source: dict[str, str]) -> dict[str, list[Path]]:
    """Per fold, ``k`` CRFs each trained without every ``k``-th of the fold's training
    sources (``k`` = 1: the fold's own CRF), trained where not in ``cache``."""
    out: dict[str, list[Path]] = {}
    for name, training, _ in folds:
        if k == 1:
            out[name] = [cache / f"{name}.crfsuite"]
            continue
        srcs = sorted({source[d.doc_id] for d in training if d.history is not None})
        out[name] = []
        for j in range(k):
            model = cache / f"{name}-bag{k}-{j}.crfsuite"
            if not model.exists():
                drop = set(srcs[j::k])
                train(data([d for d in training if d.history is None
                            or source[d.doc_id] not in drop]), model, params)
                print(f"{model.name} trained", file=sys.stderr)
            out[name].append(model)
    return out


def averaged_records(folds: Sequence[Fold], models: dict[str, list[Path]],
                     generic: frozenset[str]) -> list[Record]:
    """The held-out documents of each fold tagged by the averaged marginals of the fold's
    ``models``, with the rules' names of before."""
    import pycrfsuite
    out: list[Record] = []
    for name, _, tagged in folds:
        taggers = []
        for model in models[name]:
            t = pycrfsuite.Tagger()
            t.open(str(model))
            taggers.append(t)
        for d in tagged:
            rules = list(d.history or [])
            crf = [(c, p) for c, p in averaged_scored(
                taggers, with_rules(d.base, rules), d.view.clean)
                if plausible(d.view.clean, c, generic)]
            out.append((d, rules, crf))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/crf_stability"))
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--variants", default="shipped",
                        help=f"comma-separated, of {', '.join(sorted(VARIANTS))}")
    parser.add_argument("--bag", type=int, default=0, help="K CRFs a fold, averaged")
    parser.add_argument("--policies", default="",
                        help=f"merge policies against the shipped, of {', '.join(POLICIES)}")
    parser.add_argument("--trained-only", action="store_true",
                        help="only the folds every variant has a model of in the cache")
    parser.add_argument("--ensemble", default="",
                        help="variants whose fold models (in the cache) are averaged")
    parser.add_argument("--posterior", action="store_true",
                        help="the single CRF decoded by its marginals too")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    names = NameRulePass(rules_dir=args.root / "rules")
    docs = load_docs(args.root, args.cache, names)
    folds = by_source(args.root, docs, args.folds)
    source = source_groups(args.root, [d.doc_id for d in docs])
    fold = {d.doc_id: f for f, _, held in folds for d in held}
    n = len({source[d.doc_id] for d in docs if d.history is not None})
    print(f"{args.folds} folds by source ({n} sources), rules of "
          "before; F1 [5%..95% over sources] sd over folds")
    if args.trained_only:  # the folds every variant has a model of (a partial figure)
        folds = [f for f in folds if all((args.cache / v / f"{f[0]}.crfsuite").exists()
                                         for v in args.variants.split(","))]
        fold = {d.doc_id: f for f, _, held in folds for d in held}
        print(f"only the folds trained: {', '.join(f for f, _, _ in folds)}")
    for variant in args.variants.split(","):
        data, params = VARIANTS[variant]
        cache = args.cache / variant
        cache.mkdir(exist_ok=True)
        records = tag_folds(folds, cache, ("history",), names.generic, data=data,
                            params=params)["history"]
        print(report(f"\n{variant}", records, source, fold), flush=True)
        for name in args.policies.split(",") if args.policies else ():
            how = merged(POLICIES[name])
            print(report(f"{variant}, merge by {name}", records, source, fold,
                         {"merge": how}))
            print("  against the shipped merge: " + "; ".join(
                paired_gain(records, source, MERGES["merge"], how, lab)
                for lab in (None, *LABELS)))
        for k in ([1] if args.posterior else []) + ([args.bag] if args.bag else []):
            bagged = averaged_records(folds, bag_models(folds, cache, k, params, data, source),
                                      names.generic)
            print(report(f"\n{variant}, {k} CRF(s) a fold, averaged marginals", bagged,
                         source, fold), flush=True)
    if args.ensemble:  # the fold models of several variants (already trained), averaged
        kinds = args.ensemble.split(",")
        models = {f: [args.cache / v / f"{f}.crfsuite" for v in kinds] for f, _, _ in folds}
        print(report(f"\nensemble of {args.ensemble}, averaged marginals",
                     averaged_records(folds, models, names.generic), source, fold))
    return 0


if __name__ == "__main__":
    sys.exit(main())
