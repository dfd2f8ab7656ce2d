"""The extraction pipeline for one text: clean view → segment → rule passes → merge → mentions.

Build a :class:`Pipeline` once (it loads the rules and the tokenizer) and call
:meth:`Pipeline.extract` per text. :func:`extract` is the notebook shortcut
that builds a default pipeline on first use.
"""

from __future__ import annotations

import bisect
import gc
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any, Protocol

import jieba

from . import __version__, progress
from .dates import find_dates, infer_ref_date
from .facts import (
    baseline_facts,
    default_fact_vocab,
    document_context,
    find_facts,
    shared_fact_vocab,
    speaking_level,
)
from .merge import POLICIES, MergePolicy, drop_inside, is_statistical
from .model import (
    NAME_LABELS,
    Candidate,
    Extraction,
    Fact,
    Mention,
    PolicyExtractError,
    Sentence,
    canonical_name,
)
from .numeric import collect_warnings, find_numeric, iter_matches
from .patterncache import cache_folder
from .places import (
    COUNTY_TOWN_VILLAGE,
    FEATURE_OPENER,
    FILE_NAME,
    OWN_NAME,
    PREFECTURE_PLAIN,
    autonomous_short_forms,
    county_town_villages,
    find_document_place,
    inside_towns,
    last_listed_places,
    link_mentions,
    local_candidates,
    place_of_file_name,
    settlements_after_places,
    villages_after_towns,
    without_split_towns,
    without_title_levels,
)
from .rules import RuleSet, load_rules
from .runs import read_plans
from .segment import build_tokenizer, on_word_boundaries
from .textview import TextView

log = logging.getLogger(__name__)

#: the ways the facts stage can run (``Pipeline(facts=...)``, ``run --facts-method``)
FACT_METHODS: tuple[str | None, ...] = ("rules", "baseline", None)

_CN_NUMERAL_START = frozenset("零〇一二两三四五六七八九十百千")


class NamePass(Protocol):
    """A pass that finds names on the clean view (the rule pass for names, a spaCy NER).

    Passes run in order; each is given what the earlier ones found (``prior``)."""

    name: str

    def find(self, view: TextView, prior: Sequence[Candidate] = ()) -> list[Candidate]: ...


class NameRefiner(Protocol):
    """A step over the flat candidates of the rules (crfnames.CrfNames): gives them back
    with its own names joined."""

    def refine(self, view: TextView, cands: Sequence[Candidate]) -> list[Candidate]: ...


def settle_collector() -> None:
    """Make the cyclic garbage collector cheap for a process that runs the pipeline
    (called by :func:`settled_pipeline`, which the CLI's ``run`` builds its pipeline with:
    it changes the whole process's collector, so no library call does it).

    The objects alive once a pipeline is built (its rules, gazetteer, jieba's dictionary:
    some 70,000 containers kept for the process's life) are taken out of the collector's
    generations (``gc.freeze``, after collecting what is garbage), so a full collection
    no longer walks them all. The young generation is collected after 10,000 new
    containers instead of 700 (never more often than the process asked for): an
    extraction makes and drops many lists and tuples, which refcounting frees before
    such a collection, and the hundred collections a pass over the corpus took walked
    the memos of tagged blocks again and again. CPU time inside collections over four
    warm passes of the rule pass over the corpus 301 -> 7 ms (some 5 % of a pass; the
    bulk slice 27 -> 0 ms). Frozen objects are still freed when nothing refers to them.
    """
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    if 0 < young < _YOUNG_THRESHOLD:
        gc.set_threshold(_YOUNG_THRESHOLD, *older)


#: new containers between two collections of the young generation (settle_collector)
_YOUNG_THRESHOLD = 10_000


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off inside the block and on again after it (also when the block
    fails), as the process had it: a collector the process turned off stays off. A build
    makes some 70,000 containers that stay alive, and the collections the growing heap set
    off walked them again and again (:class:`Pipeline` builds inside it; nothing else of the
    collector is changed; the first collection after it walks what the build made once).
    :func:`settled_pipeline` pauses it itself, so that no young collection comes between
    the build and its full one."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class Pipeline:
    """Rules, tokenizer and passes, built once and reused for every text."""

    def __init__(
        self,
        rules: RuleSet | None = None,
        *,
        rules_dir: Path | None = None,
        tokenizer: jieba.Tokenizer | None = None,
        name_passes: Iterable[NamePass] | None = None,
        merge: str | MergePolicy = "longest",
        facts: str | None = "rules",
        crf: NameRefiner | None = None,
    ) -> None:
        # built with the collector paused (collector_paused): a library build too, not only
        # settled_pipeline's; the collector is left as the process had it
        with collector_paused():
            self.rules = rules or load_rules(rules_dir)
            # made once a process, at the build, or read from the cache file (runs.py)
            read_plans([rule.pattern for rule in (*self.rules.numeric, *self.rules.dates,
                                                  *self.rules.blockers)], cache_folder())
            self.tokenizer = tokenizer or build_tokenizer(self.rules.directory / "gazetteer.tsv")
            if name_passes is None:  # default: the rule pass for names (rules/names.yaml)
                from .names import NameRulePass
                name_passes = (NameRulePass(self.rules, tokenizer=self.tokenizer),)
            self.name_passes = tuple(name_passes)
            self.merge: MergePolicy = POLICIES[merge] if isinstance(merge, str) else merge
            if facts not in FACT_METHODS:
                raise PolicyExtractError(f"unknown facts method {facts!r}: use one of "
                                         f"{', '.join(str(m) for m in FACT_METHODS)}")
            #: how facts are found: ``rules`` (the clause rules of rules/facts.yaml),
            #: ``baseline`` (nearest noun phrase and verb, for comparison) or None (no facts)
            self.facts = facts
            self.fact_vocab = shared_fact_vocab(self.rules.directory) if facts else None
            # the default rules' vocabulary, which the document's place and level read
            # (places.find_document_place), loaded once a process at the build, not by the
            # first document
            default_fact_vocab()
            #: the CRF over the names (crfnames.CrfNames, ``run --crf``) or None
            self.crf = crf

    @property
    def version(self) -> str:
        steps = [p.name for p in self.name_passes] + (["crf"] if self.crf is not None else [])
        passes = "+".join(steps) or "rules"
        facts = "" if self.facts == "rules" else f":facts-{self.facts or 'none'}"
        return f"{__version__}+rules.{self.rules.digest}:{passes}{facts}"

    def extract(self, text: str, *, ref_date: str | None = None, doc_id: str = "") -> Extraction:
        """All mentions of ``text``; offsets index ``text`` itself."""
        with collect_warnings() as warnings:
            return self._extract(text, ref_date, doc_id, warnings)

    def _extract(self, text: str, ref_date: str | None, doc_id: str,
                 warnings: list[str]) -> Extraction:
        # shares of the work for progress reports (progress.py), by their usual cost
        (v, n, r) = progress.shares([_VIEW_COST, sum(map(_cost, self.name_passes)),
                                     _NUMBERS_COST])
        with progress.stage(*v):
            view = TextView(text)
            how = "given"
            if ref_date is None:
                ref_date, how = infer_ref_date(view, self.rules, doc_id)
        with progress.stage(*n):
            names = find_names(view, self.name_passes)
        with progress.stage(*r):
            blocked = [(m.start(), m.end()) for b in self.rules.blockers
                       for m in iter_matches(b.pattern, view.clean, b.id, b.needs)]
            # numbers inside a name the rules found are part of it; a model's guess blocks
            # nothing
            blocked += [(c.start, c.end) for c in names if not is_statistical(c)]
            numbers = (find_numeric(view.clean, self.rules)
                       + find_dates(view, self.rules, ref_date))
            numbers = [c for c in drop_inside(numbers, blocked) if self._keeps(view, c)]
        # the last item of a list of places, followed by the words the items share, is a
        # place, not a name (北海、防城港跨境电商综合试验区)
        flat = last_listed_places(view.clean, self.merge(names + numbers))
        # a country or province that opens a title of villages or towns: no GPE (C43h)
        flat = without_title_levels(view.clean, flat)
        # a place's short name that names a village or subdistrict (马鞍山|村): its GPE (C43gc)
        flat = settlements_after_places(view.clean, without_split_towns(view.clean, flat))
        # an autonomous county written again as 长阳县 after its full name (C43gb)
        flat = autonomous_short_forms(view.clean, flat)
        sentences = _sentences(view)
        starts = [s.start for s in sentences]
        mentions = tuple(_mention(view, c, sentences, starts, doc_id) for c in flat)
        # the level the text speaks of its own area at (全区, 我区), read once for both reads
        level = speaking_level(text, mentions, self.fact_vocab)
        place, place_source = find_document_place(text, mentions, scope=True, level=level)
        # a county, a town the data lacks and its village, one item of a list (C44i): read
        # once the document's place is known (the counties alone name it)
        joined = county_town_villages(view.clean, flat)
        if any(c.rule == COUNTY_TOWN_VILLAGE for c in joined):
            flat = joined
            mentions = tuple(_mention(view, c, sentences, starts, doc_id) for c in flat)
        # county short names (鼎城, 桃源) are names only in a document of their prefecture
        # or province, as whole words
        if local := local_candidates(view.clean, place, flat, tokenizer=self.tokenizer):
            local = self._led_by_local(view, local, flat)
        # a town's village or community written right after it, read on (C43g)
        if local := villages_after_towns(view.clean, flat, local):
            # a town's full name is the outermost name over a place inside it (沙特 of
            # 阿日哈沙特镇)
            if len(kept := inside_towns(flat, local)) < len(flat):
                flat = kept
                mentions = tuple(_mention(view, c, sentences, starts, doc_id) for c in flat)
            mentions = tuple(sorted(
                mentions + tuple(_mention(view, c, sentences, starts, doc_id) for c in local),
                key=lambda m: m.start))
        if self.crf is not None:  # its features read every name of the rules, as trained
            flat = self.crf.refine(view, sorted([*flat, *local], key=lambda c: c.start))
            mentions = tuple(_mention(view, c, sentences, starts, doc_id) for c in flat)
        validate(text, mentions)
        if place_source.startswith("inferred:"):  # read again with the county short names
            first = place, place_source
            place, place_source = find_document_place(text, mentions, level=level,
                                                      within=place)
            if first[1] == OWN_NAME and place == first[0]:  # its own name, now a GPE too
                place_source = OWN_NAME
        if place is None and doc_id and (named := place_of_file_name(doc_id, level)):
            place, place_source = named, FILE_NAME  # no place written: the file's name's
        mentions = link_mentions(mentions, place)
        facts: tuple[Fact, ...] = ()
        # the facts' own place where no title names one is this place (one inference)
        ctx = document_context(text, mentions, ref_date, how, self.fact_vocab, doc_place=place)
        if self.fact_vocab is not None:
            try:
                if self.facts == "baseline":
                    facts = baseline_facts(text, mentions, sentences, self.fact_vocab,
                                           ref_date=ref_date, ctx=ctx)
                else:
                    facts = find_facts(text, mentions, sentences, self.fact_vocab,
                                       ref_date=ref_date, ctx=ctx, tokenizer=self.tokenizer)
            except Exception as exc:  # a bug in the facts stage must not cost the mentions
                log.exception("facts stage failed on %s", doc_id or "a text")
                warnings.append(f"facts stage failed ({type(exc).__name__}: {exc}); "
                                "no facts for this document, please report it")
        return Extraction(mentions=mentions, sentences=tuple(sentences),
                          ref_date=ref_date, ref_date_source=how, warnings=tuple(warnings),
                          place=place.path if place else None,
                          place_code=place.code if place else None, place_source=place_source,
                          facts=facts, period=ctx.period)

    def _led_by_local(self, view: TextView, local: list[Candidate],
                      flat: list[Candidate]) -> list[Candidate]:
        """Each county short name (萧山), or the name of the rules it starts, where that
        name overlaps nothing found before (萧山科技城: a FAC, no GPE, rule 20); none
        where it starts a name no rule delimits (铜梁|龙足球队) or the place gate drops it
        (names.keeps_place)."""
        spans = [(c.start, c.end) for c in local]
        led = {c.start: c for p in self.name_passes if hasattr(p, "led_by")
               for c in p.led_by(view, spans)}
        keeps = [p.keeps_place for p in self.name_passes if hasattr(p, "keeps_place")]
        # a vision built on the short name (平安|江北建设: C41ib), where nothing stands over it
        visions = {c.end: c for p in self.name_passes if hasattr(p, "visions_at")
                   for c in p.visions_at(view, spans)
                   if not any(f.start < c.end and c.start < f.end for f in flat)}
        out = []
        for c in local:
            name = led.get(c.start)
            if name is None and c.label == "GPE" and (vision := visions.get(c.end)) is not None \
                    and vision.start < c.start:
                name = vision
            if c.rule == FEATURE_OPENER and name is not None and name.label != "ORG":
                name = None  # 淮阳|龙湖补水纳入…计划: the feature opens no initiative
            if name is not None and not any(f.start < name.end and c.end <= f.start
                                            or f.start < name.end <= f.end for f in flat):
                c = name
            elif c.rule in (PREFECTURE_PLAIN, FEATURE_OPENER):
                continue  # a plain word alone (南湖 of 南湖保护条例): no GPE
            elif not all(test(view.clean, c) for test in keeps):
                continue  # the start of a name no rule delimits (铜梁|龙足球队): no GPE
            if any(o.start < c.end and c.start < o.end for o in out):
                continue  # inside a name an earlier short name starts
            out.append(c)
        return out

    def _keeps(self, view: TextView, cand: Candidate) -> bool:
        """A span that starts with a Chinese numeral must be whole words: not 统一个, 一元化."""
        if not cand.word_check or view.clean[cand.start] not in _CN_NUMERAL_START:
            return True
        return on_word_boundaries(self.tokenizer, view.clean, cand.start, cand.end)


def find_names(view: TextView, passes: Iterable[NamePass]) -> list[Candidate]:
    """The candidates of every name pass, each pass seeing what the earlier ones found."""
    passes = list(passes)
    names: list[Candidate] = []
    for name_pass, span in zip(passes, progress.shares([_cost(p) for p in passes]),
                               strict=True):
        with progress.stage(*span):
            names += name_pass.find(view, names)
    return names


#: the usual cost of the stages, relative to the rule pass for names (progress reports
#: only: a statistical pass reads sentence by sentence and reports as it goes)
_VIEW_COST = 0.5
_NUMBERS_COST = 1.0


def _cost(name_pass: NamePass) -> float:
    return float(getattr(name_pass, "cost", 1.0))


def _sentences(view: TextView) -> list[Sentence]:
    out = []
    for i, s in enumerate(view.sentences):
        start, end = view.to_raw(s.start, s.end)
        out.append(Sentence(i, start, end, s.section, view.raw[start:end]))
    return out


def _mention(view: TextView, c: Candidate, sentences: list[Sentence], starts: list[int],
             doc_id: str) -> Mention:
    start, end = view.to_raw(c.start, c.end)
    sid = max(bisect.bisect_right(starts, start) - 1, 0) if sentences else None
    text = view.raw[start:end]
    norm, alias_of = _name_norm(c, text) if c.label in NAME_LABELS else (c.norm, None)
    # the fields in their order (_MENTION_ORDER), no keywords: a call with sixteen
    # keywords took about twice the time (3.4 -> 1.8 µs), for every mention of every text
    return Mention(start, end, c.label, text, c.value, c.value_max, c.unit, c.qualifier,
                   norm, c.rule, c.origin, c.score, sid,
                   sentences[sid].section if sid is not None else None, doc_id,
                   None, None, None, alias_of)


_MENTION_ORDER = ("start", "end", "label", "text", "value", "value_max", "unit", "qualifier",
                  "norm", "rule", "source", "score", "sentence_id", "section", "doc_id",
                  "gpe_code", "province", "place", "alias_of")
if tuple(f.name for f in fields(Mention)) != _MENTION_ORDER:
    raise ImportError("pipeline._mention passes a Mention's fields in _MENTION_ORDER")


def _name_norm(c: Candidate, text: str) -> tuple[str, str | None]:
    """A name's ``norm`` is ANNOTATION.md's canonical name (its text without line breaks,
    spaces and quote marks); the name a rule gave it where that is another one (a
    gazetteer alias's full name, a linked variant's longer name) is its ``alias_of``."""
    norm = canonical_name(text)
    return norm, (c.norm if c.norm and c.norm != norm else None)


def validate(text: str, mentions: Iterable[Mention]) -> None:
    """Every mention's text is its raw slice, offsets are in range and spans do not overlap."""
    last_end = 0
    for m in mentions:
        if not (0 <= m.start < m.end <= len(text)) or text[m.start:m.end] != m.text:
            raise PolicyExtractError(f"bad offsets {m.start}:{m.end} for {m.text!r} ({m.rule})")
        if m.start < last_end:
            raise PolicyExtractError(f"overlapping mention {m.text!r} at {m.start} ({m.rule})")
        last_end = m.end


#: Whether the default pipeline (CLI, :func:`extract`, :func:`policy_extract.batch.run`)
#: runs the spaCy pass: off, since leaving one document of gold/dev/train out in turn no
#: way of running the model beside the rules beat the rules alone (README, "The spaCy NER
#: pass"). ``--ner`` / ``ner=True`` for the shipped model, ``--ner-model`` for another.
DEFAULT_NER = False


#: Whether the default pipeline runs the CRF over the names (crfnames.py): off, ``--crf``
#: turns it on (README, "The CRF over the names": better on unseen text, slower).
DEFAULT_CRF = False


def build_pipeline(ner: bool | str | Path = DEFAULT_NER, *,
                   rules_dir: Path | None = None, facts: str | None = "rules",
                   crf: bool = DEFAULT_CRF) -> Pipeline:
    """The default pipeline: rules for numbers, dates and names (from ``rules_dir``,
    default the shipped ones), the facts stage (``facts``: ``rules``, ``baseline`` or
    None), and, with ``ner``, the spaCy pass (``True``: the model that ships in the
    package; a path: that model), gated to the sentences where the rules left a name cue
    unexplained and merged rules first, so that the model only fills gaps the rules leave;
    with ``crf``, the CRF over the names (crfnames.CrfNames) after both."""
    rules_only = Pipeline(rules_dir=rules_dir, facts=facts)
    pipeline = _with_ner(rules_only, ner) if ner else rules_only
    if crf:
        from .crfnames import CrfNames
        pipeline.crf = CrfNames(pipeline.name_passes[0])
    return pipeline


def _with_ner(rules_only: Pipeline, ner: bool | str | Path) -> Pipeline:
    """``rules_only`` with the spaCy pass of ``ner`` (True: the shipped model)."""
    from .ner import build_nlp, packaged_model
    model = packaged_model() if ner is True else Path(ner)
    if model is None:
        raise PolicyExtractError("this install ships no NER model: run without it "
                                 "(--no-ner, ner=False) or train one with "
                                 "`policy-extract train` and pass its folder")
    # no entity ruler here: the rule pass already applies the gazetteer (with its context
    # checks), and the model is measured (train.lodo) as it runs here, without one
    return with_model(rules_only, build_nlp(model, ruler=False))


#: How the model runs beside the rules by default: chosen by leave-one-document-out on
#: gold/dev/train (README, "The spaCy NER pass"; `policy-extract train --lodo`).
MODEL_GATED = True
MODEL_MERGE = "rules-first"


def with_model(rules_only: Pipeline, nlp: Any, *, gated: bool = MODEL_GATED,
               merge: str = MODEL_MERGE) -> Pipeline:
    """``rules_only`` (a pipeline with the rule pass for names alone) plus the spaCy pass
    with ``nlp``: gated (only the sentences where the rules left a name cue unexplained)
    or on every sentence, merged by ``merge`` (a :data:`policy_extract.merge.POLICIES`
    name, or :data:`policy_extract.merge.PLACE_LED_HEADS` /
    :data:`~policy_extract.merge.PLACE_LED_HEAD_WORDS`: the place-led judge reading the
    last characters of the rules' name heads / their head words and labels). Rules, tokenizer and facts method are
    shared with ``rules_only``."""
    from .merge import PLACE_LED_HEAD_WORDS, PLACE_LED_HEADS, place_led
    from .names import NameRulePass
    from .ner import SpacyNamePass, cue_pattern, head_ends, head_labels
    (names,) = rules_only.name_passes
    assert isinstance(names, NameRulePass)
    ner_pass = SpacyNamePass(nlp, cues=cue_pattern(names.data) if gated else None)
    policy: str | MergePolicy = merge
    if merge == PLACE_LED_HEADS:
        policy = place_led(head_ends=head_ends(names.data))
    elif merge == PLACE_LED_HEAD_WORDS:
        policy = place_led(head_labels=head_labels(names.data))
    return Pipeline(rules_only.rules, tokenizer=rules_only.tokenizer, merge=policy,
                    facts=rules_only.facts, name_passes=(names, ner_pass))


_DEFAULT: dict[str, Pipeline] = {}


def default_pipeline(ner: bool | str | Path = DEFAULT_NER, facts: str | None = "rules",
                     crf: bool = DEFAULT_CRF) -> Pipeline:
    """The process's default pipeline (see :func:`build_pipeline`), built on first use
    and kept for the process's later calls."""
    key = f"{ner}:{facts}:{crf}"
    if key not in _DEFAULT:
        _DEFAULT[key] = build_pipeline(ner, facts=facts, crf=crf)
    return _DEFAULT[key]


def settled_pipeline(ner: bool | str | Path = DEFAULT_NER, facts: str | None = "rules",
                     crf: bool = DEFAULT_CRF) -> Pipeline:
    """:func:`default_pipeline`, then :func:`settle_collector`: for a process that exists to
    run the pipeline (the CLI's ``run`` and its workers). A library call leaves the
    process's collector as it found it, so ``Pipeline`` and ``build_pipeline`` only pause it
    while they build (:func:`collector_paused`).

    The collector is paused while the pipeline is built (what it makes, some 70,000
    containers, stays alive; settle_collector collects what the build dropped): the build's
    collections walked it again and again. Thirty-ninth session: with the cache filled ~140
    young collections, 0.03-0.04 CPU-s of a 0.9 s build; with the cache folder empty (the
    first run after an install or a change of the code or rules, some 400 name patterns
    compiled) the build 9.9-11.2 -> 7.0-7.2 CPU-s. A collector the process turned off stays
    off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        built = default_pipeline(ner, facts=facts, crf=crf)
    finally:
        if enabled:  # no container made between this and settle_collector's collection
            gc.enable()
    settle_collector()
    return built


def extract(text: str, *, ref_date: str | None = None, doc_id: str = "") -> Extraction:
    """Extract every mention of ``text`` with the default pipeline (built on first call;
    ``default_pipeline(ner=False).extract(...)`` for the rules alone)."""
    return default_pipeline().extract(text, ref_date=ref_date, doc_id=doc_id)

