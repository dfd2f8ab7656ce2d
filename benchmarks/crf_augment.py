"""Perturbed copies of the train sentences for the CRF over the names (thirty-eighth
session, helper crfaug38; docs/models.md, "Names by shape").

The CRF reads the characters themselves, so it may learn train's names' strings rather
than their shapes. :func:`augmented` gives, for each training document with a history
(gold/dev/train; not the seed), ``copies`` copies of its sentences that hold a name, each
gold name's distinctive words changed as ``perturb_names.py`` changes them (a GPE for
another division of its kind and suffix from a province the document does not name; an
INITIATIVE's place, quoted words or coined words before its head; an ORG's place, level
or middle; a FAC's distinctive part before its head), the head and the sentence around
kept. PERSON and DOC names stay as they are. The pools of swapped words (the words before
an INITIATIVE's head, an ORG's middle, a FAC's distinctive part) are drawn from the
documents given only, so a fold's held-out names never enter its training.

The rules' names on a copy are those of before (gold/dev/name_history.tsv) moved with the
text: a rule name whose two ends are characters the copy keeps stays (stretched when a
changed piece lies inside it: the rule had found the name by its ends, its head and its
context, which the copy keeps; the same when it was exactly the changed piece, a place for
a place); one that ends inside a changed piece is dropped. The rules of before are a
recorded output (the unseen-text simulation), they cannot be re-run on the copy; today's
rules could, but they are written on these documents, and training on their names taught
the CRF to copy them (crf32's two ages). A fixed seed a document and copy
(``random.Random(f"crfaug:{seed}:{doc_id}:{k}")``) and the documents' order make the copies
the same at each run.
"""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perturb_names import (  # noqa: E402
    LEVELS,
    TOWN_SUFFIXES,
    Divisions,
    Words,
    _perturb_initiative,
    _suffix,
    fac_heads,
    split_fac,
    split_org,
    swap_words,
)

from policy_extract.crfnames import (  # noqa: E402
    RULE_TEMPLATES,
    TrainingDoc,
    base_features,
    bio,
    clusters_for,
    lexicon_of,
    sequences,
    with_rules,
)
from policy_extract.places import china_divisions, jieba_dictionary  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = 38
Span = tuple[int, int, str]
Piece = tuple[int, int, str]  # clean start, end, the new characters


class Tools:
    """The replacement words of every label (built once: divisions, jieba's nouns)."""

    def __init__(self) -> None:
        from policy_extract.names import NameRulePass
        from policy_extract.pipeline import default_pipeline
        self.names = NameRulePass(rules_dir=ROOT / "rules")
        self.lex = lexicon_of(self.names)
        self.clusters = clusters_for(self.names.data.directory)
        self.words = Words()
        self.divisions = Divisions()
        self.org_pools: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.org_kind: dict[str, tuple[str, str]] = {}
        for place, short in china_divisions():
            key = (place.level, place.name[-1])
            self.org_pools[key].append(place.name)
            self.org_kind.setdefault(place.name, key)
            for s in short if place.level != "county" else ():
                if 2 <= len(s) <= 3:
                    self.org_pools[(place.level, "short")].append(s)
                    self.org_kind.setdefault(s, (place.level, "short"))
        tags, counts = jieba_dictionary()
        self.org_nouns = sorted(w for w, t in tags.items() if t in ("n", "nz")
                                and 2 <= len(w) <= 4 and counts.get(w, 0) >= 20
                                and all("\u4e00" <= c <= "\u9fff" for c in w))
        self.fac_heads = fac_heads()
        known = default_pipeline(ner=False, facts=None).name_passes[0]._places
        self.fac_places = set(known)
        self.fac_shorts = sorted({s for place, names in china_divisions()
                                  if place.level in ("county", "prefecture")
                                  for s in names if 2 <= len(s) <= 3 and s in known})


@cache
def tools() -> Tools:
    return Tools()


class Pools:
    """Words swapped between names, from the training documents given only: the words
    before an INITIATIVE's head, an ORG's middle by its head, a FAC's distinctive part by
    its head."""

    def __init__(self, docs: Sequence[TrainingDoc], t: Tools) -> None:
        self.swaps: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.donors: dict[str, set[str]] = defaultdict(set)
        self.coined: dict[str, set[str]] = defaultdict(set)
        for d in docs:
            text = d.view.clean
            for s, e, label in d.gold:
                name = text[s:e]
                if label == "INITIATIVE" and (got := swap_words(text, s, name, t.words)):
                    self.swaps[got[0]].append((d.doc_id, got[1]))
                elif label == "ORG" and (parts := split_org(name, set(t.org_kind))):
                    if parts.middle:
                        self.donors[parts.head].add(parts.middle)
                elif label == "FAC" and (fac := split_fac(name, t.fac_heads, t.fac_places)):
                    self.coined[fac[2]].add(fac[1])


def _org(name: str, t: Tools, pools: Pools, rng: random.Random) -> Piece | None:
    """An ORG's place, level or middle changed (perturb_names's ``org_groups``, the kinds
    ``place``, ``level``, ``donor``, ``noun``): the whole name's new characters."""
    parts = split_org(name, set(t.org_kind))
    if "\n" in name or parts is None or not (parts.middle or parts.place in t.org_kind):
        return None
    kinds = (["place"] if parts.place in t.org_kind else []) + (
        ["level"] if parts.place in LEVELS and parts.middle else []) + (
        ["donor", "noun"] if parts.middle else [])
    kind = rng.choice(kinds)
    place, middle = parts.place, parts.middle
    if kind == "place":
        place = rng.choice([p for p in t.org_pools[t.org_kind[place]] if p != place] or [place])
    elif kind == "level":
        place = rng.choice([lv for lv in LEVELS if lv != parts.place])
    elif kind == "donor" and pools.donors[parts.head] - {middle}:
        middle = rng.choice(sorted(pools.donors[parts.head] - {middle}))
    else:
        middle = rng.choice(t.org_nouns)
    return 0, len(name), place + middle + parts.head


def _fac(name: str, t: Tools, pools: Pools, rng: random.Random) -> Piece | None:
    """A FAC's distinctive part before its head for a place's short name, another train
    FAC's part with the same head or a noun."""
    parts = split_fac(name, t.fac_heads, t.fac_places)
    if parts is None:
        return None
    front, part, head = parts
    pool = rng.choice([p for p in (t.fac_shorts, sorted(pools.coined[head] - {part}),
                                   t.org_nouns) if p])
    return len(front), len(front) + len(part), rng.choice(pool)


def _gpe(name: str, t: Tools, towns: frozenset[str], provinces: set[str],
         rng: random.Random) -> Piece | None:
    """A GPE for another division of its kind from a province the document does not name."""
    known = t.divisions.kind(name, towns)
    if not known:
        return None
    pool = [n for n, p in t.divisions.pool[known[0]] if n != name and p not in provinces]
    return (0, len(name), rng.choice(pool)) if pool else None


def pieces(d: TrainingDoc, t: Tools, pools: Pools, rng: random.Random) -> list[Piece]:
    """The changed pieces of one copy of ``d`` (clean offsets), one a gold name at most."""
    text = d.view.clean
    gpes = [text[s:e] for s, e, lab in d.gold if lab == "GPE"]
    towns = frozenset(g for g in gpes if _suffix(g, TOWN_SUFFIXES))
    provinces = {k[1] for g in gpes if (k := t.divisions.kind(g, towns)) and k[1]}
    out = []
    for s, e, label in d.gold:
        name = text[s:e]
        if label == "GPE":
            got = _gpe(name, t, towns, provinces, rng)
        elif label == "ORG":
            got = _org(name, t, pools, rng)
        elif label == "FAC":
            got = _fac(name, t, pools, rng)
        elif label == "INITIATIVE":
            span = {"text": name, "start": s}
            kinds = [k for k in _perturb_initiative(span, text, t.words, pools.swaps,
                                                    d.doc_id, rng) if k[0] != "subject"]
            got = rng.choice(kinds)[1:] if kinds else None
        else:
            got = None
        if got and got[2] != name[got[0]:got[1]] and got[0] < got[1]:
            out.append((s + got[0], s + got[1], got[2]))
    return out


def moved(spans: Iterable[Span], changed: Sequence[Piece]) -> list[Span]:
    """``spans`` in the copy's offsets; a span with an end strictly inside a changed piece
    is left out."""
    def at(p: int) -> int | None:
        if any(a < p < b for a, b, _ in changed):
            return None
        return p + sum(len(new) - (b - a) for a, b, new in changed if b <= p)
    out = []
    for s, e, label in spans:
        a, b = at(s), at(e)
        if a is not None and b is not None and a < b:
            out.append((a, b, label))
    return out


def copy_of(d: TrainingDoc, changed: Sequence[Piece], t: Tools,
            templates: Sequence[str] = RULE_TEMPLATES) -> list[tuple[list, list[str]]]:
    """The sentences of the copy of ``d`` with ``changed`` that hold a changed piece."""
    text, parts, last = d.view.clean, [], 0
    for a, b, new in changed:
        parts += [text[last:a], new]
        last = b
    clean = "".join(parts) + text[last:]
    base = base_features(clean, t.names.tokenizer, t.names.tags, t.lex,
                         clusters=t.clusters)
    x = with_rules(base, moved(d.history or [], changed), templates)
    y = bio(len(x), moved(d.gold, changed))
    starts = [a for a, _, _ in moved([(a, b, "") for a, b, _ in changed], changed)]
    return [(x[a:b], y[a:b]) for a, b in sequences(clean)
            if any(a <= s < b for s in starts)]


def augmented(docs: Iterable[TrainingDoc], copies: int = 1, seed: int = SEED,
              templates: Sequence[str] = RULE_TEMPLATES) -> list[tuple[list, list[str]]]:
    """``copies`` perturbed copies of the sentences with a changed name of each document
    of ``docs`` with a history, in the documents' order."""
    docs = list(docs)
    t = tools()
    pools = Pools(docs, t)
    out = []
    for d in docs:
        if d.history is None:
            continue
        for k in range(copies):
            changed = pieces(d, t, pools, random.Random(f"crfaug:{seed}:{d.doc_id}:{k}"))
            if changed:
                out += copy_of(d, changed, t, templates)
    return out
