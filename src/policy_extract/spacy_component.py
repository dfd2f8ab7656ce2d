"""``nlp.add_pipe("policy_extract")``: the rule pass for names as a spaCy component.

Registered through the ``spacy_factories`` entry point (pyproject.toml), so it
works in anyone's ``spacy.blank("zh")`` pipeline. It sets ``doc.ents`` (flat,
longest first; entities already set by earlier components are kept where they
do not overlap) and, on each span, ``span._.norm`` (canonical name),
``span._.rule`` (the rule id, the source of the mention) and, on a GPE,
``span._.gpe_code`` (its division code; null where the name is ambiguous, since a
component sees no document place: see :mod:`policy_extract.places`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .names import NameRulePass
from .places import place_index
from .textview import TextView

for _attr in ("norm", "rule", "gpe_code"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)


class PolicyExtractNames:
    """Rule pass for names over ``doc.text``; entities snap to token boundaries."""

    def __init__(self, nlp: Language, name: str, rules_dir: str | None) -> None:
        from pathlib import Path
        self.name = name
        self.names = NameRulePass(rules_dir=Path(rules_dir) if rules_dir else None)

    def __call__(self, doc: Doc) -> Doc:
        view = TextView(doc.text)
        spans: list[Span] = []
        for c in self.names.find(view):
            start, end = view.to_raw(c.start, c.end)
            span = doc.char_span(start, end, label=c.label, alignment_mode="expand")
            if span is None:
                continue
            span._.norm = c.norm
            span._.rule = c.rule
            if c.label == "GPE" and (place := place_index().resolve(c.norm or "")):
                span._.gpe_code = place.code
            spans.append(span)
        taken = [e for e in doc.ents]
        kept: list[Span] = []
        for span in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
            if all(span.end <= o.start or span.start >= o.end for o in kept + taken):
                kept.append(span)
        doc.ents = sorted(taken + kept, key=lambda s: s.start)
        return doc


def make_policy_extract(nlp: Language, name: str, rules_dir: str | None) -> PolicyExtractNames:
    return PolicyExtractNames(nlp, name, rules_dir)


Language.factory("policy_extract", default_config={"rules_dir": None},
                 func=make_policy_extract)


