"""Would a learned gate over quoted INITIATIVE candidates beat the rules? (qgate29)

Every match of the quoted rule (names.quoted_initiative) on the training gold
(gold/dev/train, gold/seed.jsonl), taken BEFORE the rule's filters (figures of speech,
quoted_programme_after, event words, lengths, numbers: names._quoted), labelled by the
gold (an INITIATIVE of exactly the candidate's span). A logistic regression over what a
reader sees around the quotes (the place gate's trainer, placegate.lodo_probabilities) is
evaluated by leaving one source out (placegate.source_groups: every excerpt of a report out together),
against the rules as they are (the candidate an INITIATIVE of the pipeline's output) and
against both (the rules' verdict one more feature of the gate).

    python benchmarks/quoted_gate.py [--root .]

Prints P/R/F1 over the quoted candidates (recall: of the gold INITIATIVE that are
candidates) for the rules, the gate at each threshold, and the gate reading the rules.
The rules of today were written on these texts (in-sample); rows (*) are the documents
of gold/dev/name_history.tsv, where the quoted rule as it was before each document was
labelled is the rules' figure on then-unseen text.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from policy_extract.goldfile import training_gold
from policy_extract.names import _DIGIT, _LIST_SEP, _NUMERAL, NameRulePass
from policy_extract.pipeline import Pipeline
from policy_extract.placegate import (
    HISTORY_FILE,
    Example,
    Setting,
    char_class,
    lodo_probabilities,
    read_history,
    source_groups,
    word_kind,
)
from policy_extract.segment import tagged_words
from policy_extract.textview import TextView

_GRID = tuple(round(0.05 * i, 2) for i in range(2, 19))


@dataclass
class Quoted:
    doc: str
    text: str
    gold: bool
    quoted_kept: bool  # names._quoted yields it
    output: bool  # an INITIATIVE of exactly its span in the pipeline's output
    before: bool  # the quoted rule's INITIATIVE before the document was labelled
    feats: list[str]


def _len_bucket(n: int) -> str:
    return str(n) if n <= 6 else "7-8" if n <= 8 else "9-12" if n <= 12 else "13+"


def quoted_features(names: NameRulePass, clean: str, m, counts: Counter[str]) -> list[str]:
    """What a reader sees of one quoted phrase: its length, numerals, last characters,
    whether jieba knows it and its tag, the word before the opening quote and the word
    after the closing quote (the word and its kind), and whether it is quoted again."""
    inner = m.group("inner").strip()
    tok, tags = names.tokenizer, names.tags
    out = ["bias", f"len={_len_bucket(len(inner))}", f"suffix={m.group('suffix') or '-'}",
           f"digit={bool(_DIGIT.search(inner))}", f"numeral_lead={bool(_NUMERAL.match(inner))}",
           f"numerals={min(len(_NUMERAL.findall(inner)), 3)}",
           f"last={inner[-1:]}", f"last2={inner[-2:]}", f"list={bool(_LIST_SEP.search(inner))}",
           f"de={'的' in inner}", f"known={tok.FREQ.get(inner, 0) > 0}",
           f"repeated={counts[inner] > 1}"]
    words = tagged_words(tok, tags, inner)
    out.append(f"words={min(len(words), 4)}")
    if len(words) == 1:
        out.append(f"tag={words[0][1]}")
    before = tagged_words(tok, tags, clean[max(0, m.start() - 6):m.start()])
    after = tagged_words(tok, tags, clean[m.end():m.end() + 6])
    out.append(f"prev_class={char_class(clean[m.start() - 1:m.start()] if m.start() else '')}")
    out.append(f"next_class={char_class(clean[m.end():m.end() + 1])}")
    if before:
        out += [f"prev_word={before[-1][0]}", f"prev_kind={word_kind(before[-1][1])}"]
    if after:
        out += [f"next_word={after[0][0]}", f"next_kind={word_kind(after[0][1])}"]
    out.append(f"next2={clean[m.end():m.end() + 2]}")
    return out


def examples(root: Path) -> list[Quoted]:
    docs = training_gold(root)
    names = NameRulePass(rules_dir=root / "rules")
    pipeline = Pipeline(rules_dir=root / "rules", tokenizer=names.tokenizer,
                        name_passes=(names,), facts=None)
    rule = next(r for r in names.data.rules if r.id == "names.quoted_initiative")
    history = read_history(root / HISTORY_FILE, ("INITIATIVE",))
    out: list[Quoted] = []
    for d in docs:
        view = TextView(d.text)
        clean = view.clean
        gold = {(s.start, s.end) for s in d.spans if s.label == "INITIATIVE"}
        found = {(m.start, m.end) for m in pipeline.extract(
            d.text, ref_date=d.ref_date, doc_id=d.doc_id).mentions if m.label == "INITIATIVE"}
        kept = {(c.start, c.end) for c in names._quoted(clean, rule)}
        before = {(s, e) for s, e, _, r in history.get(d.doc_id, []) if r == rule.id}
        matches = list(names._matches(clean, rule))
        counts = Counter(m.group("inner").strip() for m in matches)
        for m in matches:
            start, end = m.start("inner"), m.end("suffix") if m.group("suffix") else m.end("inner")
            raw = view.to_raw(start, end)
            out.append(Quoted(d.doc_id, clean[start:end], raw in gold, (start, end) in kept,
                              raw in found, raw in before,
                              quoted_features(names, clean, m, counts)))
    return out


def lodo(qs: Sequence[Quoted], groups: dict[str, str], with_rules: bool,
         setting: Setting) -> list[float]:
    """Each candidate's probability under the gate trained on the other sources (the
    place gate's trainer, placegate.lodo_probabilities)."""
    rows = [Example(q.doc, (0, 0), q.gold, {"now"},
                    q.feats + ([f"rules={q.output}"] if with_rules else [])) for q in qs]
    return lodo_probabilities(rows, setting, groups=groups)


def row(name: str, keep: Sequence[bool], qs: Sequence[Quoted]) -> str:
    tp = sum(k and q.gold for k, q in zip(keep, qs, strict=True))
    pred, gold = sum(keep), sum(q.gold for q in qs)
    p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    f1 = 2 * tp / (pred + gold) if pred + gold else 0.0
    return f"{name:<28} P {p:.3f} R {r:.3f} F1 {f1:.3f} ({tp}/{pred}/{gold})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--setting", default="", help="placegate.Setting.parse: l2=3,min=5")
    args = parser.parse_args(argv)
    qs = examples(args.root)
    groups = source_groups(args.root, {q.doc for q in qs})
    told_docs = {q.doc for q in qs if q.before}
    print(f"{len(qs)} quoted candidates in {len(set(groups))} documents, "
          f"{len(set(groups.values()))} sources; {sum(q.gold for q in qs)} gold INITIATIVE")
    print(row("rules (_quoted filters)", [q.quoted_kept for q in qs], qs))
    print(row("rules (pipeline output)", [q.output for q in qs], qs))
    told = [q for q in qs if q.doc in told_docs]
    print(row("rules before labelling (*)", [q.before for q in told], told))
    print(row("rules of today on those (*)", [q.output for q in told], told))
    print(row("every candidate", [True] * len(qs), qs))
    for with_rules in (False, True):
        probs = lodo(qs, groups, with_rules, Setting.parse(args.setting))
        print("gate reading the rules' verdict (LODO)" if with_rules else "gate alone (LODO)")
        on_told = [p for p, q in zip(probs, qs, strict=True) if q.doc in told_docs]
        for t in _GRID:
            print(row(f"  threshold {t:.2f}", [p >= t for p in probs], qs) + " | (*) "
                  + row("", [p >= t for p in on_told], told).strip())
        best = max(_GRID, key=lambda t: sum(
            2 * (p >= t and q.gold) for p, q in zip(probs, qs, strict=True))
            / (sum(p >= t for p in probs) + sum(q.gold for q in qs)))
        print(row(f"  both (rules and gate {best:.2f})",
                  [q.output and p >= best for p, q in zip(probs, qs, strict=True)], qs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
