"""Experiment (train split only, not a unit test): does adding train documents to the CRF's
training help the others, and do defined short names as training labels hurt?

    python benchmarks/crf_training_variants.py [--cache DIR]

5 folds by document over d01-d66 and the seed; every variant tags the same held-out
documents: trained without d67-d72, with them, and with them but the defined short names
(names.DEFINED_ALIAS: 合作区, 湿地公园) untagged. Prints crf_names.py's tables (nineteenth
session, docs/models.md "More gold").
"""
from __future__ import annotations

import argparse
import copy
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crf_names import MERGES, k_folds, pooled, table, tag_folds  # noqa: E402

from policy_extract.crfnames import POLICY, TrainingDoc, merge, training_docs  # noqa: E402
from policy_extract.names import DEFINED_ALIAS, NameRulePass  # noqa: E402

LATE = tuple(f"dev-d{n}" for n in range(67, 73))


def without_aliases(d: TrainingDoc) -> TrainingDoc:
    """The document with its defined short names untagged (gold spans whose text is one)."""
    aliases = {m.group("alias") for m in DEFINED_ALIAS.finditer(d.view.clean)}
    if not aliases:
        return d
    out = copy.copy(d)
    out.gold = [s for s in d.gold if d.view.clean[s[0]:s[1]] not in aliases]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/crf_variants"))
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    names = NameRulePass(rules_dir=Path("rules"))
    store = args.cache / "docs.pickle"
    if store.exists():
        docs = pickle.loads(store.read_bytes())
    else:
        docs = training_docs(Path("."), names)
        store.write_bytes(pickle.dumps(docs))
    base = [d for d in docs if not d.doc_id.startswith(LATE)]
    variants = {
        "A_without_d67-d72": lambda held: [d for d in base if d not in held],
        "B_with_d67-d72": lambda held: [d for d in docs if d not in held],
        "C_with_d67-d72_no_alias_labels": lambda held: [without_aliases(d) for d in docs
                                                        if d not in held],
    }
    for name, training in variants.items():
        folds = [(f"{name}-{fold}", training(held), held) for fold, _, held in k_folds(base, 5)]
        cache = args.cache / name
        cache.mkdir(parents=True, exist_ok=True)
        records = tag_folds(folds, cache, ("history", "today"), names.generic)
        for which in ("history", "today"):
            print(name, which)
            print(table({"rules": pooled(records[which], lambda r, c: r),
                         "crf": pooled(records[which], MERGES["crf"]),
                         "merge, shipped POLICY": pooled(records[which],
                                                         lambda r, c: merge(r, c, POLICY))}))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
