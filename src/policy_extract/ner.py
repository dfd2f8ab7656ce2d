"""The spaCy pass for names: ``spacy.blank("zh")`` with the segmenter as configuration,
an entity ruler built from ``rules/gazetteer.tsv`` and, when a trained model is
given, a statistical ``ner`` component.

* ``segmenter="jieba"`` (default) or ``segmenter="pkuseg"`` with a pkuseg
  model path (``spacy_pkuseg`` is imported by spaCy only then).
* :class:`SpacyNamePass` is a name pass for :class:`policy_extract.pipeline.Pipeline`
  (``name = "ner"``): it returns candidates in clean-view offsets marked
  ``origin="ner"`` (what the merge policies and the mentions' ``origin`` column read),
  with rule ids ``ner:<component>`` naming the component that found each.

Training lives in :mod:`policy_extract.train`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from . import progress
from .model import NAME_LABELS, Candidate
from .names import NameRules, canonical, load_gazetteer, not_before_rest
from .rules import RuleError, alternation, default_rules_dir
from .textview import TextView

log = logging.getLogger(__name__)

SEGMENTERS = ("jieba", "pkuseg")
#: where ``policy-extract train`` output ships inside the package
PACKAGED_MODEL = Path(__file__).resolve().parent / "models" / "ner"


def packaged_model() -> Path | None:
    """The NER model that ships in the package, or None when this install has none."""
    return PACKAGED_MODEL if (PACKAGED_MODEL / "config.cfg").is_file() else None


def blank_zh(segmenter: str = "jieba", pkuseg_model: str | Path | None = None) -> Language:
    """``spacy.blank("zh")`` with the given segmenter (pkuseg needs a model path)."""
    if segmenter not in SEGMENTERS:
        raise RuleError(f"unknown segmenter {segmenter!r}; expected one of {SEGMENTERS}")
    if segmenter == "pkuseg" and pkuseg_model is None:
        raise RuleError("segmenter 'pkuseg' needs a pkuseg model path (pkuseg_model=...)")
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": segmenter}}})
    if segmenter == "pkuseg":
        nlp.tokenizer.initialize(pkuseg_model=str(pkuseg_model))  # type: ignore[union-attr]
    return nlp


def gazetteer_patterns(rules_dir: Path | None = None) -> list[dict[str, Any]]:
    """Entity-ruler patterns from the gazetteer: one phrase pattern per surface."""
    table = load_gazetteer(Path(rules_dir or default_rules_dir()) / "gazetteer.tsv")
    return [{"label": e.label, "pattern": e.surface, "id": e.canonical} for e in table.values()]


def add_entity_ruler(nlp: Language, rules_dir: Path | None = None) -> None:
    """An entity ruler on characters (phrase patterns tokenised by ``nlp``) from the gazetteer.

    Added before ``ner`` when there is one, so the ruler's entities constrain it."""
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", before=before,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    ruler.add_patterns(gazetteer_patterns(rules_dir))  # type: ignore[attr-defined]


def build_nlp(model: str | Path | None = None, *, segmenter: str = "jieba",
              pkuseg_model: str | Path | None = None, rules_dir: Path | None = None,
              ruler: bool = True) -> Language:
    """A blank zh pipeline (ruler only) or a trained model from ``model`` (with the ruler)."""
    if model is not None:
        nlp = spacy.load(model)
    else:
        nlp = blank_zh(segmenter, pkuseg_model)
    if ruler and "gazetteer_ruler" not in nlp.pipe_names:
        add_entity_ruler(nlp, rules_dir)
    return nlp


def doc_candidates(doc: Any, offset: int = 0) -> list[Candidate]:
    """Name candidates from ``doc.ents`` (char offsets shifted by ``offset``)."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS or not ent.text.strip():
            continue
        source = "gazetteer_ruler" if ent.ent_id_ else "ner"
        norm = ent.ent_id_ or canonical(ent.text)
        out.append(Candidate(start=ent.start_char + offset, end=ent.end_char + offset,
                             label=ent.label_, norm=norm, rule=f"ner:{source}",
                             score=0.9 if ent.ent_id_ else 0.6, origin="ner"))
    return out


#: the lexicon lists of rules/names.yaml whose words are cues for the gated NER pass,
#: besides the heads the walks read (the heads table: organisation heads and facility
#: heads that ``walk``)
CUE_LISTS = ("kept_suffixes", "ner_cues")
_NOT_CUE = "not_cue"  # the group of cue_pattern that matches a ner_not_cues word


def cue_pattern(data: NameRules) -> re.Pattern[str]:
    """Where a name the rules missed may stand: the organisation heads and the walk's
    facility heads of the heads table of rules/names.yaml (``NameRulePass.data``), and the
    words of :data:`CUE_LISTS` in its lexicon (the suffixes kept with quoted programmes,
    and ``ner_cues``), except where a head is the start of a ``head_breakers`` word (部门)
    or inside a ``ner_not_cues`` word (人民法院: a match of the group ``not_cue``)."""
    lexicon = data.lexicon
    words = {*data.heads.org, *data.heads.fac("walk"),
             *(str(w) for key in CUE_LISTS for w in lexicon.get(key) or ())}
    if not words:
        raise RuleError("names.yaml: no NER cue words in the heads table or the lexicon "
                        f"lists {', '.join(CUE_LISTS)}")
    breakers = [str(w) for w in lexicon.get("head_breakers") or ()]
    cues = alternation(words) + not_before_rest(breakers)
    not_cues = [str(w) for w in lexicon.get("ner_not_cues") or ()]
    if not_cues:  # matched first where one starts, so the heads inside it are passed over
        cues = f"(?P<{_NOT_CUE}>{alternation(not_cues)})|{cues}"
    return re.compile(cues)


#: the lexicon lists of rules/names.yaml whose words are name heads besides the heads
#: table (the place-led judge reads their last characters: :func:`head_ends`)
HEAD_LISTS = ("initiative_heads", "designation_heads")


def head_ends(data: NameRules) -> frozenset[str]:
    """The last characters of the name heads of rules/names.yaml: every row of the heads
    table (organisation and facility heads) and the words of :data:`HEAD_LISTS`
    (示范区 → 区, 委员会 → 会): what a place-led name may end in
    (:func:`policy_extract.merge.place_led`)."""
    words = [h.head for h in data.heads.rows]
    words += [str(w) for key in HEAD_LISTS for w in data.lexicon.get(key) or ()]
    if not words:
        raise RuleError("names.yaml: no name heads in the heads table or the lexicon "
                        f"lists {', '.join(HEAD_LISTS)}")
    return frozenset(w[-1] for w in words if w)


def head_labels(data: NameRules) -> dict[str, str]:
    """Each name head of rules/names.yaml with the label a name ending in it takes:
    the heads table's org heads ORG, its facility heads FAC, and the words of
    :data:`HEAD_LISTS` INITIATIVE (rule 11: programmes and designations; these win where a
    word is in both, as 示范区)."""
    out = {h.head: "ORG" if h.kind == "org" else "FAC" for h in data.heads.rows}
    out |= {str(w): "INITIATIVE" for key in HEAD_LISTS for w in data.lexicon.get(key) or ()}
    return out


class SpacyNamePass:
    """spaCy NER as a name pass on the clean view.

    Ungated (``cues=None``) it runs on every paragraph. Gated, it runs only on the
    sentences where a cue (:func:`cue_pattern`) stands outside every candidate the earlier
    passes found (``prior``): the model then spends its time where the rules left a
    likely name unexplained, which is also the only place a rules-first merge lets it
    add anything."""

    name = "ner"
    #: its share of the work against the rule pass for names (progress reports)
    cost = 6.0

    def __init__(self, nlp: Language | None = None, *, cues: re.Pattern[str] | None = None,
                 **build: Any) -> None:
        self.nlp = nlp or build_nlp(**build)
        self.cues = cues

    def find(self, view: TextView, prior: Sequence[Candidate] = ()) -> list[Candidate]:
        units = self._units(view, prior)
        out: list[Candidate] = []
        texts = (view.clean[a:b] for a, b in units)
        size = len(view.clean) or 1
        for (start, end), doc in zip(units, self.nlp.pipe(texts), strict=True):
            out.extend(doc_candidates(doc, start))
            progress.report(end / size)
        return out

    def _units(self, view: TextView, prior: Sequence[Candidate]) -> list[tuple[int, int]]:
        if self.cues is None:
            return [(p.start, p.end) for p in view.paragraphs]
        covered = bytearray(len(view.clean))
        for c in prior:
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        return [(s.start, s.end) for s in view.sentences
                if any(not covered[m.start()] and m.lastgroup != _NOT_CUE
                       for m in self.cues.finditer(view.clean, s.start, s.end))]
