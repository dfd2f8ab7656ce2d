"""Merge policies: from overlapping candidates to a flat annotation (no overlaps).

A policy is a named function from candidates to a sorted, non-overlapping
list, so it can be swapped (``Pipeline(merge="longest")``).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from .model import NAME_LABELS, Candidate

MergePolicy = Callable[[Iterable[Candidate]], list[Candidate]]


def _by_length(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Longest first, then the higher priority, then the earlier one."""
    return sorted(candidates, key=lambda c: (c.start - c.end, -c.priority, c.start, c.rule))


#: the sort key (start, end), read in C rather than by a lambda (the same tuples)
_START_END = operator.attrgetter("start", "end")


def _clusters(candidates: Iterable[Candidate]) -> Iterator[list[Candidate]]:
    """Runs of candidates linked by overlaps, in text order. What a policy keeps in one
    run cannot depend on another run, so each is settled on its own: the cost stays
    linear in the text however many candidates a long document has."""
    run: list[Candidate] = []
    end = -1
    for cand in sorted(candidates, key=_START_END):
        if run and cand.start >= end:
            yield run
            run = []
        run.append(cand)
        end = max(end, cand.end) if len(run) > 1 else cand.end
    if run:
        yield run


def _greedy(ordered: Iterable[Candidate], kept: list[Candidate]) -> None:
    """Add each candidate, in the given order, that overlaps none kept so far."""
    for cand in ordered:
        i = bisect.bisect_left(kept, cand.start, key=lambda k: k.start)
        if (i > 0 and kept[i - 1].end > cand.start) or (i < len(kept) and kept[i].start < cand.end):
            continue
        kept.insert(i, cand)


def fill_gaps(flat: Iterable[Candidate], extra: Iterable[Candidate]) -> list[Candidate]:
    """``flat`` (no overlaps) with each of ``extra``, in its order, that overlaps nothing
    kept so far: what a later step adds only where the names before it left room."""
    kept = sorted(flat, key=_START_END)
    _greedy(extra, kept)
    return kept


def longest_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest candidate, then the higher priority, then the earlier one."""
    out: list[Candidate] = []
    for run in _clusters(candidates):
        if len(run) == 1:  # most runs: a lone candidate overlaps nothing and is kept
            out.append(run[0])
            continue
        kept: list[Candidate] = []
        _greedy(_by_length(run), kept)
        out.extend(kept)
    return out


def is_statistical(cand: Candidate) -> bool:
    """Whether a candidate comes from the spaCy pass (its ``origin``)."""
    return cand.origin == "ner"


def rules_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Rule candidates, flattened longest first; then the spaCy pass's candidates fill
    only the gaps the rules leave (longest first). A model never overrides a rule."""
    out: list[Candidate] = []
    for run in _clusters(candidates):
        kept: list[Candidate] = []
        _greedy(_by_length(c for c in run if not is_statistical(c)), kept)
        _greedy(_by_length(c for c in run if is_statistical(c)), kept)
        out.extend(kept)
    return out


def names_model_first(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The rules' numbers and dates first (a model's name never hides a number), then the
    spaCy pass's names, then the rules' names in the gaps left (each tier longest first)."""
    def tier(c: Candidate) -> int:
        if is_statistical(c):
            return 1
        return 2 if c.label in NAME_LABELS else 0
    out: list[Candidate] = []
    for run in _clusters(candidates):
        kept: list[Candidate] = []
        for level in range(3):
            _greedy(_by_length(c for c in run if tier(c) == level), kept)
        out.extend(kept)
    return out


#: the labels of a model's name that can stand for a place-led name (梅州综合保税区)
OUTER_LABELS = frozenset({"ORG", "FAC", "INITIATIVE"})


def _inside(inner: Candidate, outer: Candidate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _led_by_place(name: Candidate, kept: Sequence[Candidate]) -> bool:
    """Whether ``name`` starts where a kept place starts and runs past it, and every kept
    candidate it overlaps is a place inside it (中国（广东）自由贸易试验区: two places)."""
    hit = [k for k in kept if _overlaps(k, name)]
    return (any(k.start == name.start and k.end < name.end for k in hit)
            and all(k.label == "GPE" and _inside(k, name) for k in hit))


def _headed(name: Candidate, head_labels: Mapping[str, str]) -> Candidate | None:
    """``name`` with the label of the longest head word its canonical form ends in
    (e.g. 资源池 → INITIATIVE), or None when it ends in none."""
    norm = name.norm or ""
    for n in range(len(norm), 0, -1):
        if (label := head_labels.get(norm[-n:])) is not None:
            return replace(name, label=label)
    return None


def place_led(*, drop_nested: bool = False, head_ends: frozenset[str] | None = None,
              head_labels: Mapping[str, str] | None = None) -> MergePolicy:
    """The model as a judge of place-led names: the rules' candidates, flattened longest
    first, and of the model's names only those that replace a bare place of the rules by
    the name it leads. A model name (:data:`OUTER_LABELS`) is taken where it starts where
    a rule GPE starts and runs past it, and overlaps nothing of the rules but places
    inside it (so it never hides a number or a rule's name); those places are dropped.
    Nothing else of the model's is kept. (A model name that starts before the place, as
    ``，积极配合呼伦贝尔市打造`` on a train report, is not place-led.)

    ``drop_nested``: a rule GPE inside any model name (of any label, not the same span)
    is dropped even where the name is not taken. ``head_ends``: only model names whose
    canonical form (``norm``) ends in one of these characters are read at all (the last
    characters of the name heads; :func:`policy_extract.pipeline.with_model`).
    ``head_labels`` (head word → label): only model names whose canonical form ends in
    one of these words are read, and each takes the label of the longest such word (the
    model finds where the name ends, the rules' heads say what it is)."""
    def judged(rules: list[Candidate], model: list[Candidate]) -> list[Candidate]:
        if head_ends is not None:
            model = [m for m in model if (m.norm or "")[-1:] in head_ends]
        if head_labels is not None:
            model = [h for m in model if (h := _headed(m, head_labels)) is not None]
        kept = rules
        for name in _by_length(m for m in model if m.label in OUTER_LABELS):
            if _led_by_place(name, kept):
                kept = sorted([k for k in kept if not _overlaps(k, name)] + [name],
                              key=_START_END)
        if drop_nested:
            kept = [k for k in kept if k.origin == "ner" or k.label != "GPE" or not any(
                _inside(k, m) and (m.start, m.end) != (k.start, k.end) for m in model)]
        return kept

    def policy(candidates: Iterable[Candidate]) -> list[Candidate]:
        out: list[Candidate] = []
        for run in _clusters(candidates):
            kept: list[Candidate] = []
            _greedy(_by_length(c for c in run if not is_statistical(c)), kept)
            model = [c for c in run if is_statistical(c)]
            out.extend(judged(kept, model) if model else kept)
        return out

    return policy


def drop_inside(candidates: Iterable[Candidate], blocked: Sequence[tuple[int, int]]
                ) -> list[Candidate]:
    """Drop candidates that overlap a blocked span (numbers inside names)."""
    spans = sorted(blocked)
    starts = [s for s, _ in spans]
    out = []
    for cand in candidates:
        i = bisect.bisect_left(starts, cand.end)
        if any(s < cand.end and e > cand.start for s, e in spans[max(0, i - 8):i]):
            continue
        out.append(cand)
    return out


POLICIES: dict[str, MergePolicy] = {"longest": longest_first, "rules-first": rules_first,
                                     "names-model-first": names_model_first,
                                     "place-led": place_led(),
                                     "place-led-drop": place_led(drop_nested=True)}
#: the policy that reads the rules' name heads (:func:`place_led` with ``head_ends``):
#: :func:`policy_extract.pipeline.with_model` builds it from the rules it runs beside
PLACE_LED_HEADS = "place-led-heads"
#: the policy that reads the rules' head words and their labels (:func:`place_led` with
#: ``head_labels``), built the same way
PLACE_LED_HEAD_WORDS = "place-led-head-words"
