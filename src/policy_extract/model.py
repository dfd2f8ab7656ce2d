"""The types every stage talks through (see shared/DESIGN.md).

A :class:`Document` is one decoded input file; a :class:`Mention` is one
labelled span of its raw text. Offsets are code-point positions into
``Document.text`` with ``end`` exclusive, exactly as in ANNOTATION.md.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

_T = TypeVar("_T")


def slot_init(cls: type[_T]) -> type[_T]:
    """A frozen slots dataclass with an ``__init__`` of the same signature that sets each
    field through its slot's descriptor: the one dataclass writes looks up
    ``object.__setattr__`` and the slot by name for every field, which made building the
    pipeline's many candidates and mentions two to three times slower."""
    params, body = [], []
    scope: dict[str, object] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"slot_init: field {f.name} needs dataclass's own __init__")
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    exec(f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body), scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


class Label(StrEnum):
    MONEY = "MONEY"
    COUNT = "COUNT"
    PERCENT = "PERCENT"
    DATE = "DATE"
    ORG = "ORG"
    INITIATIVE = "INITIATIVE"
    QUANTITY = "QUANTITY"
    DURATION = "DURATION"
    RANK = "RANK"
    GPE = "GPE"
    PERSON = "PERSON"
    DOC = "DOC"
    FAC = "FAC"


CORE_LABELS: frozenset[str] = frozenset({"MONEY", "COUNT", "PERCENT", "DATE", "ORG", "INITIATIVE"})
NUMERIC_LABELS: frozenset[str] = frozenset(
    {"MONEY", "COUNT", "PERCENT", "QUANTITY", "DURATION", "RANK"}
)
NAME_LABELS: frozenset[str] = frozenset({"ORG", "INITIATIVE", "GPE", "PERSON", "DOC", "FAC"})

_NAME_STRIP = str.maketrans("", "", "\r\n\t \u3000“”\"‘’")


def canonical_name(text: str) -> str:
    """ANNOTATION.md's canonical name, a name's ``norm``: the span text without line
    breaks, spaces and quote marks (``六\n稳`` → ``六稳``)."""
    return text.translate(_NAME_STRIP)
ALL_LABELS: frozenset[str] = frozenset(label.value for label in Label)

QUALIFIERS: dict[str, frozenset[str]] = {
    **{lab: frozenset({"exact", "approx", "over", "under"}) for lab in
       ("MONEY", "COUNT", "PERCENT", "QUANTITY", "DURATION")},
    "DATE": frozenset({"exact", "since", "before"}),
    "RANK": frozenset({"exact", "top"}),
}


class PolicyExtractError(Exception):
    """The one exception type for bad data: it says which file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    source: str
    sha256: str
    encoding: str
    text: str
    ref_date: str | None = None


@slot_init
@dataclass(frozen=True, slots=True)
class Mention:
    """One extracted span. ``value`` is a Decimal for numeric labels."""

    start: int
    end: int
    label: str
    text: str
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    qualifier: str | None = None
    norm: str | None = None
    rule: str = ""
    source: str = "rules"
    score: float = 1.0
    sentence_id: int | None = None
    section: str | None = None
    doc_id: str = ""
    #: a GPE's division code: GB/T 2260 (430703), ISO 3166-1 alpha-2 (TH) or UN M49 (035)
    gpe_code: str | None = None
    #: a Chinese GPE's province-level division (湖南省)
    province: str | None = None
    #: the place a GPE, ORG or FAC is of, as full names from the province down
    #: (湖南省常德市): its own, the one its name starts with, or for 市发展改革委 the
    #: document's (see :mod:`policy_extract.places`)
    place: str | None = None
    #: the name a variant stands for, where it is not its own canonical name: an
    #: abbreviation's full name (深交所 → 深圳证券交易所, 市发改委 → 市发展改革委) or the
    #: longer name a bare variant is linked to in the same text (135 → 135工程)
    alias_of: str | None = None

    @property
    def name(self) -> str:
        """What a name mention stands for: ``alias_of`` where there is one, else ``norm``."""
        return self.alias_of or self.norm or self.text


@slot_init
@dataclass(frozen=True, slots=True)
class Candidate:
    """A match found on the clean view, before its offsets are mapped to raw text."""

    start: int
    end: int
    label: str
    value: Decimal | None = None
    value_max: Decimal | None = None
    unit: str | None = None
    qualifier: str | None = None
    norm: str | None = None
    rule: str = ""
    priority: int = 0
    score: float = 1.0
    word_check: bool = False
    #: the pass that found it: ``rules`` or ``ner`` (a model: the merge policies read
    #: this, not the rule id, which for a model's names is ``ner:<component>``)
    origin: str = "rules"


@slot_init
@dataclass(frozen=True, slots=True)
class Sentence:
    sentence_id: int
    start: int  # raw offsets
    end: int
    section: str | None
    text: str


@slot_init
@dataclass(frozen=True, slots=True)
class Fact:
    """What one numeric mention measures (shared/FACTS.md): the value's span and the
    mention's fields, then ``indicator``, ``kind`` (level, growth, change, share),
    ``direction`` (up, down; growth and change only), ``status`` (actual, target),
    ``period`` (ISO, as DATE values) and ``place``; ``rule`` says what produced it."""

    doc_id: str
    fact_id: int
    value_start: int
    value_end: int
    value_text: str
    label: str
    indicator: str
    kind: str
    direction: str | None
    status: str
    period: str | None
    place: str | None
    value: Decimal | None = None
    unit: str | None = None
    qualifier: str | None = None
    sentence_id: int | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Extraction:
    """What :func:`policy_extract.extract` returns for one text."""

    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...] = field(default=())
    ref_date: str | None = None
    ref_date_source: str = "none"
    #: the document's own place (湖南省常德市) and its code (430700), or None
    place: str | None = None
    place_code: str | None = None
    #: where ``place`` was read (:func:`policy_extract.places.find_document_place`)
    place_source: str = "none"
    #: what went wrong without stopping the text, e.g. a rule that timed out
    warnings: tuple[str, ...] = ()
    #: what each MONEY, COUNT, PERCENT and QUANTITY mention measures (shared/FACTS.md)
    facts: tuple[Fact, ...] = ()
    #: the document's own period (the year a bulletin or a work report is about, a plan's
    #: span), the fallback of every fact's; the facts' own place fallback is read by
    #: :func:`policy_extract.facts.document_context`
    period: str | None = None
