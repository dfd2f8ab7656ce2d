"""``nlp.add_pipe("policy_extract")``: the whole extraction as a spaCy component.

Registered through the ``spacy_factories`` entry point (pyproject.toml), so it works
in anyone's ``spacy.blank("zh")`` pipeline without importing this package first. It
runs the same pipeline as ``policy-extract run`` on ``doc.text`` (numbers, dates and
names by the rules, and the NER pass for names with the model that ships in the
package, where this install has one) and puts every mention on the doc:

* ``doc.spans["policy_extract"]``: every mention, in text order;
* ``doc.ents``: the same mentions (they never overlap), plus entities set by earlier
  components where they do not overlap one of them;
* on each span: ``span._.value`` and ``span._.value_max`` (``Decimal``, in the base
  unit: 215.8 亿元 -> 21580000000), ``span._.unit``, ``span._.qualifier``,
  ``span._.norm`` (ISO date or canonical name), ``span._.rule`` (the rule that fired),
  ``span._.origin`` (``rules`` or ``ner``), ``span._.score`` and, as in the mentions
  table, ``span._.gpe_code`` and ``span._.province`` (a GPE) and ``span._.place``
  (see :mod:`policy_extract.places`);
* on the doc: ``doc._.ref_date`` (the date relative dates resolved against; set it
  before the component runs to give it per document), ``doc._.ref_date_source``,
  ``doc._.extract_warnings``, and the document's own place: ``doc._.place``,
  ``doc._.place_code``, ``doc._.place_source``.

Mention offsets index ``doc.text`` exactly: where a mention starts or ends inside a
token (the segmenter's word ``增长12.5`` for the PERCENT ``12.5%``), the token is
split there, so ``span.text`` is always the mention's text.

Config: ``ner`` (``null``: as ``policy-extract run`` by default, i.e. the rules alone
(``pipeline.DEFAULT_NER``), or the shipped model when that default is on and the install
has one; ``true``:
the shipped model, an error if absent; ``false``: the rules alone; a path: that model
folder), ``ref_date`` (for every doc, ``YYYY[-MM[-DD]]``; default: inferred per doc),
``rules_dir`` (another rules folder) and ``spans_key``.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from .model import Mention
from .pipeline import Pipeline, build_pipeline, default_pipeline

#: the span extensions set, with the :class:`Mention` field each comes from
SPAN_FIELDS = {"value": "value", "value_max": "value_max", "unit": "unit",
               "qualifier": "qualifier", "norm": "norm", "rule": "rule", "origin": "source",
               "score": "score", "gpe_code": "gpe_code", "province": "province",
               "place": "place", "alias_of": "alias_of"}
#: the doc extensions set, with the :class:`Extraction` field each comes from
DOC_FIELDS = {"ref_date": "ref_date", "ref_date_source": "ref_date_source",
              "extract_warnings": "warnings", "place": "place", "place_code": "place_code",
              "place_source": "place_source"}

for _attr in SPAN_FIELDS:
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)
for _attr in DOC_FIELDS:
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None)


def component_pipeline(ner: bool | str | None, rules_dir: str | None) -> Pipeline:
    """The pipeline the component runs (see the module docstring for ``ner``)."""
    if ner is None:
        from .ner import packaged_model
        from .pipeline import DEFAULT_NER
        ner = DEFAULT_NER and packaged_model() is not None
    if rules_dir is None:
        return default_pipeline(ner)  # shared with the rest of this process
    return build_pipeline(ner, rules_dir=Path(rules_dir))


class PolicyExtract:
    """The extraction of :class:`policy_extract.pipeline.Pipeline` over ``doc.text``."""

    def __init__(self, nlp: Language, name: str, ner: bool | str | None, ref_date: str | None,
                 rules_dir: str | None, spans_key: str) -> None:
        self.name = name
        self.pipeline = component_pipeline(ner, rules_dir)
        self.ref_date = ref_date
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        result = self.pipeline.extract(doc.text, ref_date=doc._.ref_date or self.ref_date)
        _split_at(doc, {i for m in result.mentions for i in (m.start, m.end)})
        spans = [_span(doc, m) for m in result.mentions]
        doc.spans[self.spans_key] = spans
        taken = [e for e in doc.ents
                 if all(e.end <= s.start or e.start >= s.end for s in spans)]
        doc.ents = sorted(taken + spans, key=lambda s: s.start)
        for attr, field in DOC_FIELDS.items():
            value = getattr(result, field)
            doc._.set(attr, list(value) if isinstance(value, tuple) else value)
        return doc


def _split_at(doc: Doc, offsets: set[int]) -> None:
    """Split every token that an offset falls strictly inside, at that offset."""
    cuts = []
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        inner = sorted(o for o in offsets if start < o < end)
        if inner:
            bounds = [start, *inner, end]
            cuts.append((token, [doc.text[a:b] for a, b in pairwise(bounds)]))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for token, orths in cuts:
            retokenizer.split(token, orths, heads=[(token, i) for i in range(len(orths))])


def _span(doc: Doc, m: Mention) -> Span:
    span = doc.char_span(m.start, m.end, label=m.label)
    if span is None:  # a boundary in whitespace the tokenizer kept apart: take the words
        span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
    assert span is not None, (m.start, m.end, m.text)
    for attr, field in SPAN_FIELDS.items():
        span._.set(attr, getattr(m, field))
    return span


def make_policy_extract(nlp: Language, name: str, ner: bool | str | None,
                        ref_date: str | None, rules_dir: str | None,
                        spans_key: str) -> PolicyExtract:
    return PolicyExtract(nlp, name, ner, ref_date, rules_dir, spans_key)


Language.factory(
    "policy_extract",
    default_config={"ner": None, "ref_date": None, "rules_dir": None,
                    "spans_key": "policy_extract"},
    func=make_policy_extract)
