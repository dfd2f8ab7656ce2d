"""How much the place gate's decisions depend on one training document (not a unit test).

    python benchmarks/gate_stability.py --raw /tmp/s27/raw --bulk ../shared/bulk \\
        --cache /tmp/gate_stability.pkl [--setting l2=1,min=2 ...]

Trains the gate of each ``--setting`` (default: the shipped one, ``placegate.SETTING``,
and a few others) on all training documents and once with each document left out (the
gates of ``placegate.lodo_probabilities``), and applies every gate to the GPE candidates
the gate reads on unlabelled text: the ``*.txt`` of ``--raw`` (cleaned reports), the first
``--laws`` ``law_*.txt`` of ``--bulk`` (not the sealed law_012a8912c7f0) and its first
``--news`` ``xwlb_*.txt``. A folder that is absent is skipped. The candidates are read
once, by the rule pass with a gate that records each candidate's features and keeps it
(the decisions of a gate are then its probability against its threshold). Per setting:
GPE P/R/F1 leaving one source out (every excerpt of a report together: the threshold is
chosen on these, as ``placegate train`` does; the F1 of the rules of before leaving one
document out in brackets) at the threshold it chooses, and the keep/drop decisions of the
gate of all documents that a gate trained without one document flips, at the same
threshold, per 1,000 candidates (mean and largest over the left-out documents), with the
kinds of text they fall in and the places flipped most. ``--cache`` keeps the training examples and the
candidates (they change with the rules, not with the setting).
A setting: ``l2=`` ridge penalty, ``min=`` least count of a feature, ``drop=`` feature
kinds left out (``next_char+prev_char``), ``bag=`` number of bootstrap fits averaged,
``ungated=`` rules the gate never reads (``country``), ``bw=`` the weight of a candidate of
the rules of before in the loss, ``apart=1`` the places the rules keep apart trained on too.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEALED_LAW = "law_012a8912c7f0"
_DEFAULT_SETTINGS = ("l2=1,min=2", "l2=3,min=2", "l2=10,min=2", "l2=1,min=5",
                     "l2=3,min=5", "l2=1,min=2,drop=next_char+prev_char")


def unlabelled_files(raw: Path | None, bulk: Path | None, laws: int, news: int
                     ) -> list[tuple[str, Path]]:
    """(kind, file) of the unlabelled texts; absent folders give none."""
    out: list[tuple[str, Path]] = []
    if raw is not None and raw.is_dir():
        out += [("raw", f) for f in sorted(raw.glob("*.txt"))]
    if bulk is not None and bulk.is_dir():
        law_files = [f for f in sorted(bulk.glob("law_*.txt")) if SEALED_LAW not in f.name]
        out += [("law", f) for f in law_files[:laws]]
        out += [("news", f) for f in sorted(bulk.glob("xwlb_*.txt"))[:news]]
    return out


class _Recorder:
    """A gate that keeps every place and writes down the features it read."""

    threshold = 1.0

    def __init__(self) -> None:
        self.seen: list[tuple[int, int, str, list[str]]] = []

    def keeps(self, ctx, clean, cand) -> bool:  # noqa: ANN001 - PlaceGate's signature
        from policy_extract.placegate import features
        feats = features(ctx, clean, cand.start, cand.end, cand.rule)
        self.seen.append((cand.start, cand.end, clean[cand.start:cand.end], feats))
        return True


def unlabelled_candidates(files: Sequence[tuple[str, Path]]
                          ) -> list[tuple[str, str, int, str, list[str]]]:
    """(kind, file name, start, place, features) of every GPE candidate the gate reads."""
    from policy_extract.decode import decode_path
    from policy_extract.names import NameRulePass
    from policy_extract.textview import TextView
    names = NameRulePass(rules_dir=ROOT / "rules")
    out = []
    for kind, f in files:
        recorder = _Recorder()
        names.place_gate = recorder  # type: ignore[assignment]
        names.find_text(TextView(decode_path(f)[0]).clean)
        out += [(kind, f.name, s, t, feats) for s, _, t, feats in dict.fromkeys(
            (s, e, t, tuple(feats)) for s, e, t, feats in recorder.seen)]
    return out


def load(cache: Path | None, files: Sequence[tuple[str, Path]]):  # noqa: ANN201
    if cache is not None and cache.is_file():
        return pickle.loads(cache.read_bytes())
    from policy_extract.placegate import training_examples
    examples, gold = training_examples(ROOT)
    data = (examples, gold, unlabelled_candidates(files))
    if cache is not None:
        cache.write_bytes(pickle.dumps(data))
    return data


def main(argv: Sequence[str] | None = None) -> int:
    from policy_extract.placegate import (
        PlaceGate,
        Setting,
        before_docs,
        choose_threshold,
        figures,
        lodo_probabilities,
        source_groups,
        train_weights,
    )
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path)
    parser.add_argument("--bulk", type=Path)
    parser.add_argument("--laws", type=int, default=300)
    parser.add_argument("--news", type=int, default=150)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--setting", action="append")
    parser.add_argument("--top", type=int, default=12, help="places flipped most shown")
    args = parser.parse_args(argv)
    files = unlabelled_files(args.raw, args.bulk, args.laws, args.news)
    examples, gold, cands = load(args.cache, files)
    read = [e for e in examples if e.reading is None]
    print(f"{len(read)} training candidates the gate reads, {len(gold)} documents; "
          f"{len(cands)} unlabelled candidates of {len(files)} texts "
          f"({dict(Counter(k for k, _ in files))})")
    print("setting | threshold | LOSO now P R F1 | before F1 (LODO) | flips/1000 mean max | "
          "dropped (all docs) | flips by kind")
    for spec in args.setting or _DEFAULT_SETTINGS:
        setting = Setting.parse(spec)
        held: list[dict[str, float]] = []
        doc_probs = lodo_probabilities(examples, setting, held)
        probs = lodo_probabilities(examples, setting, groups=source_groups(ROOT, gold))
        threshold = choose_threshold(examples, probs, gold)
        full = PlaceGate(train_weights([e for e in examples if setting.trains(e)], setting),
                         threshold)
        gated = [c for c in cands if not any(f"rule={r}" in c[4] for r in setting.ungated)]
        keep = [full.probability(c[4]) >= threshold for c in gated]
        flips: list[int] = []
        by_kind: Counter[str] = Counter()
        by_place: Counter[str] = Counter()
        for weights in held:
            gate = PlaceGate(weights, threshold)
            n = 0
            for c, k in zip(gated, keep, strict=True):
                if (gate.probability(c[4]) >= threshold) != k:
                    n += 1
                    by_kind[c[0]] += 1
                    by_place[f"{c[3]}{'-' if k else '+'}"] += 1
            flips.append(n)
        per = 1000 / max(1, len(cands))
        now = figures(examples, probs, gold, "now", threshold)
        b = figures(examples, probs, before_docs(examples, gold), "before", threshold)
        b_doc = figures(examples, doc_probs, before_docs(examples, gold), "before", threshold)
        print(f"{spec} | {threshold:.2f} | {now.row()} | {b.f1:.3f} ({b_doc.f1:.3f}) | "
              f"{sum(flips) / len(flips) * per:.1f} {max(flips) * per:.1f} | "
              f"{keep.count(False)} | {dict(by_kind)}")
        print("   most flipped (- kept by the full gate, + dropped): " + ", ".join(
            f"{p} {n}" for p, n in by_place.most_common(args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
