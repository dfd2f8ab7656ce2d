"""Would a learned gate over FAC candidates raise FAC recall? (facgate30, issue 10)

A high-recall generator proposes facility names the rules may miss: every span that ends
in a facility head (the heads of rules/names.yaml that the walk, a place or a proper name
reads, and a few a reader knows besides: ``EXTRA_HEADS``) and starts at a word boundary
(jieba) one to ``_MAX_WORDS`` words before the head, within the clause, not across a verb
or a function word, plus the rules' own FACs. Each candidate is labelled by the training
gold (gold/dev/train, gold/seed.jsonl: a FAC of exactly its span) and read by a logistic
regression (the place gate's trainer, placegate.lodo_probabilities) leaving one source out
(placegate.source_groups: every excerpt of a report out together).

The figures compare FAC and GPE (strict, over the documents) of the rules alone (the
pipeline's output) with the rules and the gate's accepted candidates together: per head
occurrence the most probable candidate over the threshold, added where it overlaps no
mention of the rules, or where every mention it overlaps is a GPE or FAC it contains
(they are replaced: a facility swallowing its place, rule 20).

    python benchmarks/fac_gate.py [--root .] [--setting min=3] [--show 0.5] [--dump FILE]

``--show T`` prints the FACs the gate (each trained without the source of the document)
adds to the rules of before at T, with the gold's verdict (+ or -), to read. The rules of today were written on these texts: their figures are
in-sample, the gate's are not; the rules as they were before each document was labelled
(gold/dev/name_history.tsv) read then-unseen text, and the gate is added to them too.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from policy_extract.goldfile import training_gold
from policy_extract.names import NameRulePass
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

#: heads a reader knows that the rules' tables do not hold (or hold only in a longer word)
EXTRA_HEADS = ("港口", "枢纽", "中心", "园区", "场馆", "公路", "号线", "工程", "园", "馆", "桥",
               "站", "场", "路")
_MAX_WORDS = 5  # words before the head a candidate may start at
_MAX_CHARS = 18  # characters of a candidate
_CLAUSE_END = regex.compile(r"[，,。；;：:、\n（()）“”《》！？!?\s]")
_STOP_TAGS = ("p", "c", "u", "d", "r")  # function words end the stretch
_LABELS = ("FAC", "GPE", "ORG", "INITIATIVE", "PERSON", "DOC")
_GRID = tuple(round(0.05 * i, 2) for i in range(4, 19))


@dataclass
class Candidate:
    doc: str
    start: int  # clean offsets
    end: int
    head_at: int  # where its head starts (one head occurrence: one accepted candidate)
    text: str
    gold: bool
    feats: list[str]
    rule: str = "none"  # the rules' label on exactly this span
    contained: list[tuple[int, int, str, bool]] = field(default_factory=list)


def _bucket(n: int) -> str:
    return str(n) if n <= 4 else "5-6" if n <= 6 else "7-9" if n <= 9 else "10+"


def head_spans(clean: str, heads: Sequence[str]) -> list[tuple[int, int, str]]:
    """Every occurrence of a head (the longest at each end position), as (start, end, head)."""
    pattern = regex.compile("|".join(map(regex.escape, sorted(heads, key=len, reverse=True))))
    out: dict[int, tuple[int, int, str]] = {}
    for m in pattern.finditer(clean, overlapped=True):
        if m.end() not in out or m.start() < out[m.end()][0]:
            out[m.end()] = (m.start(), m.end(), m.group())
    return sorted(out.values())


def starts(names: NameRulePass, clean: str, head_start: int) -> list[tuple[int, int, str]]:
    """The starts of candidates before a head: (start, words, tag of the first word)."""
    left = head_start
    while left > 0 and head_start - left < _MAX_CHARS and not _CLAUSE_END.match(clean[left - 1]):
        left -= 1
    words = tagged_words(names.tokenizer, names.tags, clean[left:head_start])
    out: list[tuple[int, int, str]] = []
    pos = head_start
    for n, (word, tag) in enumerate(reversed(words), 1):
        if n > _MAX_WORDS or (tag.startswith("v") and tag != "vn") or tag[:1] in _STOP_TAGS:
            break
        pos -= len(word)
        out.append((pos, n, tag))
    return out


def features(names: NameRulePass, clean: str, start: int, head: tuple[int, int, str],
             words: int, first_tag: str, counts: Counter[str], gpe_starts: set[int]
             ) -> list[str]:
    hs, end, word = head
    text = clean[start:end]
    tok, tags = names.tokenizer, names.tags
    before = tagged_words(tok, tags, clean[max(0, start - 6):start])
    after = tagged_words(tok, tags, clean[end:end + 6])
    out = ["bias", f"head={word}", f"body={_bucket(hs - start)}",
           f"words={words}", f"first={word_kind(first_tag)}",
           f"gpe_start={start in gpe_starts}", f"digit={any(c.isdigit() for c in text)}",
           f"known={tok.FREQ.get(text, 0) > 0}", f"repeated={min(counts[text], 3)}",
           f"prev={char_class(clean[start - 1:start] if start else '')}",
           f"next={char_class(clean[end:end + 1])}",
           f"head_word={clean[hs:end] in {w for w, _ in tagged_words(tok, tags, clean[max(0, hs - 4):end + 2])}}"]
    if before:
        out += [f"prev_word={before[-1][0]}", f"prev_kind={word_kind(before[-1][1])}"]
    if after:
        out += [f"next_word={after[0][0]}", f"next_kind={word_kind(after[0][1])}"]
    return out


def examples(root: Path) -> tuple[list[Candidate], dict[str, dict[str, set[tuple[int, int]]]],
                                  dict[str, list[tuple[int, int, str]]]]:
    """The candidates of every training document, the gold FAC and GPE spans (clean
    offsets) per document and the rules' mentions (clean offsets, label)."""
    names = NameRulePass(rules_dir=root / "rules")
    pipeline = Pipeline(rules_dir=root / "rules", tokenizer=names.tokenizer,
                        name_passes=(names,), facts=None)
    heads = sorted({*names._facility_heads, *names.fac_heads, *EXTRA_HEADS})
    cands: list[Candidate] = []
    gold_of: dict[str, dict[str, set[tuple[int, int]]]] = {}
    rules_of: dict[str, list[tuple[int, int, str]]] = {}
    before_of: dict[str, list[tuple[int, int, str]]] = {}
    history = read_history(root / HISTORY_FILE, _LABELS)
    for d in training_gold(root):
        view = TextView(d.text)
        clean, to_clean = view.clean, view.clean_offsets()

        def cl(s: int, e: int, to_clean: dict[int, int] = to_clean) -> tuple[int, int] | None:
            if s in to_clean and e - 1 in to_clean:
                return to_clean[s], to_clean[e - 1] + 1
            return None

        gold: dict[str, set[tuple[int, int]]] = {"FAC": set(), "GPE": set()}
        for s in d.spans:
            if s.label in gold and (c := cl(s.start, s.end)):
                gold[s.label].add(c)
        gold_of[d.doc_id] = gold
        mentions = [(*c, m.label) for m in pipeline.extract(
            d.text, ref_date=d.ref_date, doc_id=d.doc_id).mentions
            if m.label in _LABELS
            and (c := cl(m.start, m.end))]
        rules_of[d.doc_id] = mentions
        label_at = {(s, e): lab for s, e, lab in mentions}
        gpe_starts = {s for s, _, lab in mentions if lab == "GPE"}
        spans: dict[tuple[int, int], tuple[tuple[int, int, str], int, str, str]] = {}
        for head in head_spans(clean, heads):
            for start, n, tag in starts(names, clean, head[0]):
                spans.setdefault((start, head[1]), (head, n, tag, "walk"))
        before_of[d.doc_id] = [(*c, lab) for s, e, lab, _ in history.get(d.doc_id, [])
                               if (c := cl(s, e))]
        counts = Counter(clean[s:e] for s, e in spans)
        for (s, e), (head, n, tag, _) in sorted(spans.items()):
            rule = label_at.get((s, e), "none")
            cands.append(Candidate(d.doc_id, s, e, head[0], clean[s:e], (s, e) in gold["FAC"],
                                   features(names, clean, s, head, n, tag, counts, gpe_starts),
                                   rule))
    return cands, gold_of, rules_of, before_of


def decide(cands: Sequence[Candidate], probs: Sequence[float], threshold: float,
           rules: list[tuple[int, int, str]]) -> tuple[set[tuple[int, int]], set[tuple[int, int]],
                                                      list[Candidate]]:
    """The FAC and GPE spans of one document's rules with the gate's candidates added
    (over ``threshold``) and the candidates added."""
    best: dict[int, tuple[float, Candidate]] = {}
    for c, p in zip(cands, probs, strict=True):
        if p >= threshold and (c.head_at not in best or p > best[c.head_at][0]):
            best[c.head_at] = (p, c)
    fac = {(s, e) for s, e, lab in rules if lab == "FAC"}
    gpe = {(s, e) for s, e, lab in rules if lab == "GPE"}
    taken = list(rules)
    added: list[Candidate] = []
    for _, c in sorted(best.values(), key=lambda pc: -pc[0]):
        if (c.start, c.end) in fac:
            continue
        over = [(s, e, lab) for s, e, lab in taken if s < c.end and c.start < e]
        if any(lab not in ("GPE", "FAC") or s < c.start or e > c.end for s, e, lab in over):
            continue
        for s, e, lab in over:
            (fac if lab == "FAC" else gpe).discard((s, e))
            taken.remove((s, e, lab))
        taken.append((c.start, c.end, "FAC"))
        fac.add((c.start, c.end))
        added.append(c)
    return fac, gpe, added


def _by_doc(cands: Sequence[Candidate]) -> dict[str, list[int]]:
    """The candidates' indices, per document."""
    out: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        out.setdefault(c.doc, []).append(i)
    return out


def score(pred: dict[str, set[tuple[int, int]]], gold: dict[str, set[tuple[int, int]]]) -> str:
    tp = sum(len(pred.get(d, set()) & gold[d]) for d in gold)
    p, g = sum(len(pred.get(d, set())) for d in gold), sum(len(gold[d]) for d in gold)
    f1 = 2 * tp / (p + g) if p + g else 0.0
    return f"P {tp / p if p else 0:.3f} R {tp / g if g else 0:.3f} F1 {f1:.3f} ({tp}/{p}/{g})"


def compare(name: str, cands: Sequence[Candidate], probs: Sequence[float],
            base: dict[str, list[tuple[int, int, str]]],
            gold_of: dict[str, dict[str, set[tuple[int, int]]]], show: float | None) -> None:
    """FAC and GPE of ``base`` (mentions per document) alone and with the gate's candidates."""
    gold = {lab: {d: gold_of[d][lab] for d in base} for lab in ("FAC", "GPE")}
    print(f"{name}: {len(base)} documents")
    print("  alone  FAC " + score({d: {(s, e) for s, e, lab in m if lab == "FAC"}
                                   for d, m in base.items()}, gold["FAC"])
          + " | GPE " + score({d: {(s, e) for s, e, lab in m if lab == "GPE"}
                                for d, m in base.items()}, gold["GPE"]))
    by_doc = _by_doc(cands)
    for t in _GRID:
        fac, gpe, shown = {}, {}, []
        for d, mentions in base.items():
            idx = by_doc.get(d, [])
            fac[d], gpe[d], added = decide([cands[i] for i in idx], [probs[i] for i in idx],
                                           t, mentions)
            shown += added
        print(f"  {t:.2f}   FAC {score(fac, gold['FAC'])} | GPE {score(gpe, gold['GPE'])}"
              f" | added {len(shown)}, {sum(c.gold for c in shown)} gold")
        if show is not None and abs(t - show) < 1e-9:
            for c in shown:
                print(f"    {'+' if c.gold else '-'} {c.doc[:8]} {c.text}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("."))
    parser.add_argument("--setting", default="min=3", help="placegate.Setting.parse")
    parser.add_argument("--show", type=float, help="print the FACs added at this threshold")
    parser.add_argument("--dump", type=Path, help="pickle the candidates to this file")
    args = parser.parse_args(argv)
    cands, gold_of, rules_of, before_of = examples(args.root)
    if args.dump:
        import pickle
        args.dump.write_bytes(pickle.dumps(cands))
    groups = source_groups(args.root, gold_of)
    n_gold = sum(len(g["FAC"]) for g in gold_of.values())
    missed = sum(c.gold and c.rule != "FAC" for c in cands)
    print(f"{len(cands)} candidates in {len(gold_of)} documents, {len(set(groups.values()))} "
          f"sources; {sum(c.gold for c in cands)} of the {n_gold} gold FAC are candidates, "
          f"{missed} of them no FAC of today's rules")
    rows = [Example(c.doc, (c.start, c.end), c.gold, {"now"}, c.feats) for c in cands]
    probs = lodo_probabilities(rows, Setting.parse(args.setting), groups=groups)
    print("gate alone (LODO; the best candidate of each head over the threshold):")
    for t in _GRID:
        compare_row = decide_all(cands, probs, t)
        print(f"  {t:.2f}   FAC {score(compare_row, {d: g['FAC'] for d, g in gold_of.items()})}")
    compare("today's rules (in-sample)", cands, probs, rules_of, gold_of, None)
    compare("the rules before each document was labelled (gold/dev/name_history.tsv)", cands,
            probs, {d: m for d, m in before_of.items() if m}, gold_of, args.show)
    return 0


def decide_all(cands: Sequence[Candidate], probs: Sequence[float], t: float
               ) -> dict[str, set[tuple[int, int]]]:
    """The gate's FACs alone: per document, what :func:`decide` adds to no mention."""
    out: dict[str, set[tuple[int, int]]] = {}
    for d, idx in _by_doc(cands).items():
        out[d] = decide([cands[i] for i in idx], [probs[i] for i in idx], t, [])[0]
    return out


if __name__ == "__main__":
    raise SystemExit(main())
