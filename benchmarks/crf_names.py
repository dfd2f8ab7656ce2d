"""Experiment: a character CRF over the rules' names, measured on an unseen-text simulation.

Usage (from the checkout's root, python-crfsuite installed):
    python benchmarks/crf_names.py [--cache DIR] [--speed]
    python benchmarks/crf_names.py --folds 5 --quick --cache DIR \
        --templates c0,c-1,c+1,... [--rule-templates r0,...] [--clusters TSV]

``--folds K`` screens a variant cheaply: K folds by document (every K-th train document,
in name order) instead of one document out; ``--quick`` prints only the unseen-text table
(no today's rules, no forward-in-time folds); ``--templates``/``--rule-templates`` and
``--clusters`` choose the features (crfnames.TEMPLATES, RULE_TEMPLATES, crfclusters:
the shipped ones by default). Each variant needs its own ``--cache``.

The CRF and its features are those of policy_extract.crfnames (characters, jieba
words, lexicon words and the rules' own names around each character of the clean view).

Leave one train document out: the CRF is trained on the other documents of
gold/dev/train and gold/seed.jsonl with the names of the rules as they were before each
document was labelled (gold/dev/name_history.tsv: genuine unseen-text errors; the seed,
which has no history, with today's rules) and tags the held-out one with its historical
rule names (the first table: unseen text) or today's (the second: what a shipped pass
would see). Strict P/R/F1 per label pooled over the folds: the rules alone, the CRF alone
and several merges of the two.
"""
from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from policy_extract.crfclusters import CLUSTERS_FILE, read_clusters
from policy_extract.crfnames import (
    LABELS,
    POLICY,
    RULE_TEMPLATES,
    TEMPLATES,
    LabelMerge,
    Policy,
    Row,
    Scored,
    Span,
    base_features,
    lexicon_of,
    merge,
    plausible,
    tag_scored,
    train,
    training_data,
    training_docs,
    widen_and_fill,
    with_rules,
)
from policy_extract.crfnames import TrainingDoc as Doc
from policy_extract.crfnames import _overlaps as overlaps
from policy_extract.names import NameRulePass
from policy_extract.pipeline import Pipeline
from policy_extract.placegate import HISTORY_FILE

NAME_LABELS = LABELS
Merge = Callable[[list[Span], list[Scored]], list[Span]]


# -- merges (the CRF's names come with their confidence) ---------------------------

def spans(crf: list[Scored]) -> list[Span]:
    return [c for c, _ in crf]


def crf_fills(rules: list[Span], crf: list[Scored]) -> list[Span]:
    """The rules' names and the CRF's where they overlap none."""
    return sorted(rules + [c for c in spans(crf) if not overlaps(c, rules)])


def gpe_widened(rules: list[Span], crf: list[Scored]) -> list[Span]:
    """widen_and_fill without the fill: only the rule GPEs a longer CRF name holds."""
    return widen_and_fill(rules, crf, min_fill=2.0)


def gpe_vetoed(rules: list[Span], crf: list[Scored]) -> list[Span]:
    """The rules' names less the GPEs the CRF does not tag as a GPE."""
    crf_gpe = {(s, e) for s, e, lab in spans(crf) if lab == "GPE"}
    return [r for r in rules if r[2] != "GPE" or (r[0], r[1]) in crf_gpe]


def by_label(crf_labels: frozenset[str]) -> Merge:
    """The CRF's names of ``crf_labels``, the rules' of the others where they overlap
    none of those."""
    def merge(rules: list[Span], crf: list[Scored]) -> list[Span]:
        mine = [c for c in spans(crf) if c[2] in crf_labels]
        return sorted(mine + [r for r in rules if r[2] not in crf_labels
                              and not overlaps(r, mine)])
    return merge


def filling(min_fill: float) -> Merge:
    return lambda r, c: widen_and_fill(r, c, min_fill)


MERGES: dict[str, Merge] = {
    "rules": lambda r, c: r,
    "crf": lambda r, c: spans(c),
    "rules+crf fills": crf_fills,
    "rules, GPE widened": gpe_widened,
    "rules, GPE vetoed": gpe_vetoed,
    "crf FAC/INIT": by_label(frozenset({"FAC", "INITIATIVE"})),
    "crf GPE/FAC": by_label(frozenset({"GPE", "FAC"})),
    **{f"widen_and_fill, fill >= {t:.1f}": filling(t) for t in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)},
    "merge, shipped POLICY": lambda r, c: merge(r, c, POLICY),
}


# -- scoring --------------------------------------------------------------------------

def counts(pred: Iterable[Span], gold: Iterable[Span], lost: Counter[str]
           ) -> dict[str, Counter[str]]:
    pred_set, gold_set = set(pred), set(gold)
    out: dict[str, Counter[str]] = {lab: Counter() for lab in NAME_LABELS}
    for s in pred_set:
        out[s[2]]["pred"] += 1
        out[s[2]]["tp"] += s in gold_set
    for s in gold_set:
        out[s[2]]["gold"] += 1
    for lab, k in lost.items():
        out[lab]["gold"] += k
    return out


def f1(c: Counter[str]) -> float:
    return 2 * c["tp"] / (c["pred"] + c["gold"]) if c["pred"] + c["gold"] else 0.0


def table(results: dict[str, dict[str, Counter[str]]]) -> str:
    labels = (*NAME_LABELS, "all")
    lines = [f"{'':28}" + "".join(f"{lab:>11}" for lab in labels) + "   P/R all"]
    for name, per in results.items():
        total = sum(per.values(), Counter())
        per = {**per, "all": total}
        p = total["tp"] / total["pred"] if total["pred"] else 0.0
        r = total["tp"] / total["gold"] if total["gold"] else 0.0
        lines.append(f"{name:28}" + "".join(f"{f1(per[lab]):>11.3f}" for lab in labels)
                     + f"   {p:.3f}/{r:.3f}")
    return "\n".join(lines)


Tables = dict[str, dict[str, dict[str, dict[str, Counter[str]]]]]


Record = tuple[Doc, list[Span], list[Scored]]  # a tagged document, the rules' names, the CRF's


def evaluate(folds: Sequence[tuple[str, list[Doc], list[Doc]]], cache: Path,
             kinds: Sequence[str], generic: frozenset[str],
             rule_templates: Sequence[str] = RULE_TEMPLATES) -> Tables:
    """Every merge of :data:`MERGES` counted on :func:`tag_folds`."""
    records = tag_folds(folds, cache, kinds, generic, rule_templates)
    return {which: {name: pooled(recs, merge) for name, merge in MERGES.items()}
            for which, recs in records.items()}


def tag_folds(folds: Sequence[tuple[str, list[Doc], list[Doc]]], cache: Path,
              kinds: Sequence[str], generic: frozenset[str],
              rule_templates: Sequence[str] = RULE_TEMPLATES,
              data: Callable[[list[Doc]], list[tuple[list[Row], list[str]]]] | None = None,
              params: dict[str, Any] | None = None) -> dict[str, list[Record]]:
    """Per fold ``(name, training documents, tagged documents)``: train (on ``data`` of
    the training documents, crfnames.training_data by default, with crfsuite ``params``,
    crfnames.TRAINING by default), tag with the
    rules' names of ``kinds`` (history, today) and leave out the names crfnames.plausible
    denies (``generic``: the rules' generic references)."""
    import pycrfsuite
    records: dict[str, list[Record]] = {k: [] for k in kinds}
    for name, training, tagged in folds:
        model = cache / f"{name}.crfsuite"
        if not model.exists():
            t0 = time.process_time()
            train(data(training) if data else training_data(training, rule_templates),
                  model, params)
            print(f"{name}: trained in {time.process_time() - t0:.1f}s", file=sys.stderr)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for d in tagged:
            for which in kinds:
                rules = (d.history or []) if which == "history" else d.today
                records[which].append((d, list(rules), tagged_names(
                    tagger, d, rules, which, cache / f"{name}.tagged", generic,
                    rule_templates)))
    return records


def pooled(records: Iterable[Record], merge: Merge) -> dict[str, Counter[str]]:
    """The counts of ``merge`` per label, pooled over ``records``."""
    out: dict[str, Counter[str]] = {lab: Counter() for lab in NAME_LABELS}
    for d, rules, crf in records:
        got = counts(merge(list(rules), crf), d.gold, d.gold_lost)
        for lab in NAME_LABELS:
            out[lab].update(got[lab])
    return out


#: the choices :func:`search` tries for each label (crfnames.LabelMerge)
CHOICES = [LabelMerge(win, agreed, fill)
           for win in (None, 0.0, 0.5, 0.7, 0.9) for agreed in (False, True)
           for fill in (None, 0.0, 0.3, 0.6, 0.8)]


def all_f1(per: dict[str, Counter[str]]) -> float:
    return f1(sum(per.values(), Counter()))


def search(records: Sequence[Record], start: Policy, rounds: int = 2) -> Policy:
    """A policy for :func:`crfnames.merge` chosen label by label (each label in turn takes
    the choice of :data:`CHOICES` with the best pooled all-names F1 on ``records``, the
    others held; ties to the label's own F1, then to the choice in place), from ``start``."""
    policy = dict(start)
    for _ in range(rounds):
        for lab in NAME_LABELS:
            now = policy.get(lab, LabelMerge())
            policy[lab] = max(CHOICES, key=lambda ch, lab=lab, now=now: (
                *_score(records, {**policy, lab: ch}, lab), ch == now))
    return policy


def _score(records: Sequence[Record], policy: Policy, lab: str) -> tuple[float, float]:
    """All-names F1 and ``lab``'s F1 of ``policy`` on ``records``, rounded."""
    per = pooled(records, lambda r, c: merge(r, c, policy))
    return round(all_f1(per), 6), round(f1(per[lab]), 6)


def shown(policy: Policy) -> str:
    return "; ".join(f"{lab} win {m.win} agreed {m.agreed} fill {m.fill}"
                     for lab, m in policy.items())


def searched(records: Sequence[Record]) -> tuple[Policy, str]:
    """The policy :func:`search` chooses on all ``records`` and, to see how much of its
    gain is chosen on the documents it is counted on, the policies chosen on one half of
    the documents (alternate in name order) counted on the other."""
    ids = sorted({d.doc_id for d, _, _ in records})
    halves = [set(ids[0::2]), set(ids[1::2])]
    out = []
    chosen = search(records, POLICY)
    out.append(f"chosen on all: {shown(chosen)}")
    tables = {"shipped policy": pooled(records, lambda r, c: merge(r, c, POLICY)),
              "chosen on all": pooled(records, lambda r, c: merge(r, c, chosen))}
    cross: dict[str, Counter[str]] = {lab: Counter() for lab in NAME_LABELS}
    for k, half in enumerate(halves):
        on = [rec for rec in records if rec[0].doc_id not in half]
        held = [rec for rec in records if rec[0].doc_id in half]
        pol = search(on, POLICY)
        out.append(f"chosen on half {1 - k}, counted on half {k}: {shown(pol)}")
        for lab, c in pooled(held, lambda r, c, pol=pol: merge(r, c, pol)).items():
            cross[lab].update(c)
    tables["chosen on the other half"] = cross
    tables = {"rules": pooled(records, lambda r, c: r),
              "crf": pooled(records, lambda r, c: spans(c)), **tables}
    return chosen, "\n".join(out) + "\n" + table(tables)


def tagged_names(tagger: Any, d: Doc, rules: list[Span], which: str, store: Path,
                 generic: frozenset[str], rule_templates: Sequence[str]) -> list[Scored]:
    """The CRF's plausible names in ``d`` given ``rules``, kept in ``store`` (a folder)
    so that other merges are counted without tagging again."""
    path = store / f"{d.doc_id}.{which}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    crf = [(c, p) for c, p in tag_scored(tagger, with_rules(d.base, rules, rule_templates),
                                         d.view.clean)
           if plausible(d.view.clean, c, generic)]
    store.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps(crf))
    return crf


def lodo_folds(docs: list[Doc]) -> list[tuple[str, list[Doc], list[Doc]]]:
    return [(f"lodo-{d.doc_id}", [o for o in docs if o is not d], [d])
            for d in docs if d.history is not None]


def k_folds(docs: list[Doc], k: int) -> list[tuple[str, list[Doc], list[Doc]]]:
    """``k`` folds by document: every ``k``-th document with a history, in name order, is
    tagged by a CRF trained on all the others (the seed always trains)."""
    tagged = sorted((d for d in docs if d.history is not None), key=lambda d: d.doc_id)
    out = []
    for j in range(k):
        held = tagged[j::k]
        out.append((f"fold{k}-{j}", [d for d in docs if d not in held], held))
    return out


def forward_folds(docs: list[Doc], batches: list[list[str]], first: int
                  ) -> list[tuple[str, list[Doc], list[Doc]]]:
    """Each batch of documents from the ``first``, tagged by a CRF trained only on the
    documents labelled before it (and the seed): what the rules of before had seen."""
    by_id = {d.doc_id: d for d in docs}
    seen = [d for d in docs if d.history is None]
    out = []
    for k, batch in enumerate(batches):
        if k >= first:
            out.append((f"forward-{k:02d}", list(seen), [by_id[b] for b in batch]))
        seen += [by_id[b] for b in batch]
    return out


def history_batches(path: Path) -> list[list[str]]:
    """The documents of name_history.tsv grouped by the commit whose rules read them, in
    the file's order (the order they were labelled)."""
    batches: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("doc_id\t") or not line:
            continue
        cols = line.split("\t")
        docs = batches.setdefault(cols[-1], [])
        if cols[0] not in docs:
            docs.append(cols[0])
    return list(batches.values())


def speed(docs: Sequence[Doc], names: NameRulePass, model: Path,
          templates: Sequence[str] = TEMPLATES,
          rule_templates: Sequence[str] = RULE_TEMPLATES,
          clusters: dict[str, str] | None = None) -> str:
    """CPU time per 100,000 characters, least of three rounds: the rule pass
    (``Pipeline(facts=None).extract``), the CRF alone on its names (features and
    tagging), the rule pass with the CRF, and the default pipeline (facts) with and
    without it."""
    from policy_extract.crfnames import CrfNames
    crf = CrfNames(names, model, templates, rule_templates, clusters)
    chars = sum(len(d.view.raw) for d in docs)

    def pipeline(facts: str | None, with_crf: bool) -> Callable[[], None]:
        p = Pipeline(rules_dir=names.data.directory, tokenizer=names.tokenizer,
                     name_passes=(names,), facts=facts, crf=crf if with_crf else None)

        def run() -> None:
            for d in docs:
                p.extract(d.view.raw, doc_id=d.doc_id)
        return run

    def crf_alone() -> None:
        for d in docs:
            crf.tag(d.view.clean, d.today)

    out, times = [], []
    for name, fn in (("rule pass (Pipeline(facts=None).extract)", pipeline(None, False)),
                     ("CRF alone: features + tagging", crf_alone),
                     ("rule pass + CRF (Pipeline(facts=None, crf=...))", pipeline(None, True)),
                     ("default pipeline (facts)", pipeline("rules", False)),
                     ("default pipeline + CRF (run --crf)", pipeline("rules", True))):
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            fn()
            best = min(best, time.process_time() - t0)
        times.append(best)
        out.append(f"{name}: {best / chars * 1e5:.2f} s CPU per 100k characters")
    out.append(f"rule pass + CRF / rule pass: x{times[2] / times[0]:.2f}; "
               f"default pipeline + CRF / default pipeline: x{times[4] / times[3]:.2f}")
    return f"{len(docs)} documents, {chars} characters\n" + "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/crf_names"))
    parser.add_argument("--first-batch", type=int, default=3,
                        help="table 3 tags the batches of name_history.tsv from this one")
    parser.add_argument("--speed", action="store_true",
                        help="time the CRF against the rule pass (after the LODO)")
    parser.add_argument("--folds", type=int, default=0,
                        help="K folds by document instead of leaving one document out")
    parser.add_argument("--quick", action="store_true",
                        help="only the unseen-text table (no today's rules, no forward folds)")
    parser.add_argument("--search", action="store_true",
                        help="choose crfnames.merge's policy label by label (unseen-text "
                             "simulation), with a check on halves of the documents")
    parser.add_argument("--templates", default=",".join(TEMPLATES),
                        help="crfnames.TEMPLATES to use, comma-separated (default the shipped)")
    parser.add_argument("--rule-templates", default=",".join(RULE_TEMPLATES),
                        help="crfnames.RULE_TEMPLATES to use (default the shipped)")
    parser.add_argument("--clusters", type=Path, default=None,
                        help=f"the word clusters (default rules/{CLUSTERS_FILE})")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    store = args.cache / "docs.pickle"
    names = NameRulePass(rules_dir=args.root / "rules")
    if store.exists():
        docs = pickle.loads(store.read_bytes())
    else:
        docs = training_docs(args.root, names)
        store.write_bytes(pickle.dumps(docs))
    templates = tuple(args.templates.split(","))
    rule_templates = tuple(args.rule_templates.split(","))
    clusters = read_clusters(args.clusters or args.root / "rules" / CLUSTERS_FILE)
    if templates != TEMPLATES or args.clusters:  # the variant's features, from the text
        lex = lexicon_of(names)
        for d in docs:
            d.base = base_features(d.view.clean, names.tokenizer, names.tags, lex,
                                   templates, clusters)
    kinds = ("history",) if args.quick else ("history", "today")
    folds = k_folds(docs, args.folds) if args.folds else lodo_folds(docs)
    if args.search:
        records = tag_folds(folds, args.cache, ("history", "today"), names.generic,
                            rule_templates)
        chosen, report = searched(records["history"])
        print(report)
        print("\nthe same folds tagged with TODAY's rule names (written on these documents)")
        print(table({"rules": pooled(records["today"], lambda r, c: r),
                     "shipped policy": pooled(records["today"],
                                              lambda r, c: merge(r, c, POLICY)),
                     "chosen on all": pooled(records["today"],
                                             lambda r, c: merge(r, c, chosen))}))
        return 0
    tables = evaluate(folds, args.cache, kinds, names.generic, rule_templates)
    n = sum(d.history is not None for d in docs)
    how = f"{args.folds} folds by document" if args.folds else "Leave one document out"
    print(f"{how} over {n} train documents, strict F1 (names); templates "
          f"{','.join(templates)}; rule templates {','.join(rule_templates)}")
    print("\n1. tagged with the HISTORICAL rule names (unseen-text simulation)")
    print(table(tables["history"]))
    if args.speed and args.quick:
        print("\n" + speed(docs, names, next(args.cache.glob("*.crfsuite")), templates,
                            rule_templates, clusters))
    if args.quick:
        return 0
    print("\n2. tagged with TODAY's rule names (the CRF still trained on historical ones)")
    print(table(tables["today"]))
    batches = history_batches(args.root / HISTORY_FILE)
    forward = forward_folds(docs, batches, args.first_batch)
    tagged = sorted(d.doc_id for _, _, ds in forward for d in ds)
    print(f"\n3. forward in time: each batch of {tagged[0]} .. {tagged[-1]} ({len(tagged)} "
          "documents) tagged\nwith its historical rule names by a CRF trained only on the "
          "documents labelled before it")
    print(table(evaluate(forward, args.cache, ("history",), names.generic,
                         rule_templates)["history"]))
    if args.speed:
        print("\n" + speed(docs, names, next(args.cache.glob("lodo-*.crfsuite")), templates,
                            rule_templates, clusters))
    return 0


if __name__ == "__main__":
    sys.exit(main())
