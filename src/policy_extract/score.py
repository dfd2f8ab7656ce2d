"""Score predicted mentions against gold documents (shared/ANNOTATION.md, "Scoring").

* Pairing: a gold document is paired with the predicted document that has the
  same ``sha256`` in the ``documents`` table of the prediction folder. A gold
  document with no predicted document is *unmatched*: it is listed and left
  out of the figures. One whose predicted document failed (status ``error``)
  is *failed*: it is scored with no predictions, so its spans are misses.
* Strict match: same ``start``, ``end`` and ``label``; precision, recall and
  F1 per label, micro-averaged over all labels and over the six core labels
  (the headline).
* Value accuracy, among strict matches: ``value`` and ``value_max`` within a
  relative 1e-9 (numeric labels; the gold ``value`` against the prediction's
  ``value``), or NFKC-equal strings (DATE and names; the gold ``value``
  against the prediction's ``norm``); ``unit`` and ``qualifier`` NFKC-equal.
* Overlap match (diagnostic): same label and intersecting spans. Overlap
  recall is the share of gold spans intersected by a prediction of their
  label, overlap precision the share of predictions intersecting a gold span
  of their label.
* Error kinds (diagnostic, ``--error-kinds``): every false positive and false
  negative is put in the first of these that holds (:data:`ERROR_KINDS`), after
  the scheme of SemEval-2013 task 9 (correct, incorrect, partial, missing,
  spurious), with the cases of nested names apart: ``label`` (the other side
  has a span with the same bounds and another label), ``boundary`` (it
  intersects a span of its label with other bounds), ``inside`` (it lies within
  a longer span of another label: a false positive that is part of a gold name,
  or a missed name that a longer prediction swallowed), ``contains`` (it holds a
  shorter span of another label: a false positive over a gold name, or a missed
  name cut into parts), ``crosses`` (it intersects a span of another label
  otherwise), ``alone`` (nothing of the other side intersects it: a spurious
  prediction, or a name missed outright). Counts only: they say where the
  errors lie without showing a document's text.

A figure whose denominator is zero is ``None`` (printed ``-``). F1 is
``2tp / (2tp + fp + fn)``, so it is 0 when a label has gold or predictions but
no match, and ``None`` only when it has neither.
"""

from __future__ import annotations

import bisect
import json
import math
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .goldfile import GoldDocument, GoldSpan, short
from .model import CORE_LABELS, NUMERIC_LABELS, Label, PolicyExtractError
from .tables import read_table

LABEL_ORDER: tuple[str, ...] = tuple(label.value for label in Label)
CORE_ORDER: tuple[str, ...] = tuple(lab for lab in LABEL_ORDER if lab in CORE_LABELS)
REL_TOL = 1e-9
CONTEXT = 30
BASELINE_TOLERANCE = 0.005


class ScoreError(PolicyExtractError):
    """A prediction folder that cannot be scored."""


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted mention, as read from the ``mentions`` table."""

    start: int
    end: int
    label: str
    text: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    norm: str | None = None


class SpanFigures:
    """Precision, recall and F1 of ``tp`` matches among ``n_pred`` predictions and
    ``n_gold`` gold items (a mixin of the mention and the facts counts)."""

    __slots__ = ()
    n_gold: int
    n_pred: int
    tp: int

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.n_pred)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.n_gold)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, self.n_gold + self.n_pred)


@dataclass(slots=True)
class Counts(SpanFigures):
    """Counts and figures of one label or one micro-average."""

    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    value_ok: int = 0
    overlap_gold: int = 0  # gold spans intersected by a prediction of their label
    overlap_pred: int = 0  # predictions intersecting a gold span of their label

    @property
    def fp(self) -> int:
        return self.n_pred - self.tp

    @property
    def fn(self) -> int:
        return self.n_gold - self.tp

    @property
    def value_accuracy(self) -> float | None:
        return _ratio(self.value_ok, self.tp)

    @property
    def overlap_precision(self) -> float | None:
        return _ratio(self.overlap_pred, self.n_pred)

    @property
    def overlap_recall(self) -> float | None:
        return _ratio(self.overlap_gold, self.n_gold)

    @property
    def overlap_f1(self) -> float | None:
        if self.n_gold + self.n_pred == 0:
            return None
        p, r = self.overlap_precision or 0.0, self.overlap_recall or 0.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: Counts) -> None:
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.tp += other.tp
        self.value_ok += other.value_ok
        self.overlap_gold += other.overlap_gold
        self.overlap_pred += other.overlap_pred

    def to_dict(self) -> dict[str, Any]:
        return {"n_gold": self.n_gold, "n_pred": self.n_pred, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "precision": self.precision, "recall": self.recall,
                "f1": self.f1, "value_ok": self.value_ok,
                "value_accuracy": self.value_accuracy,
                "overlap_precision": self.overlap_precision,
                "overlap_recall": self.overlap_recall, "overlap_f1": self.overlap_f1}


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One false positive (``fp``), false negative (``fn``) or value mismatch (``value``)."""

    kind: str
    doc_id: str
    source: str
    label: str
    start: int
    end: int
    text: str
    left: str  # up to CONTEXT characters before the span
    right: str  # up to CONTEXT characters after it
    gold: dict[str, Any] | None = None  # value, value_max, unit, qualifier of the gold span
    pred: dict[str, Any] | None = None  # value, value_max, unit, qualifier, norm predicted
    fields: tuple[str, ...] = ()  # for ``value``: the fields that differ
    overlaps: tuple[str, ...] = ()  # spans of the other side that intersect it, any label
    why: str | None = None  # for ``fp`` and ``fn``: one of ERROR_KINDS
    #: for ``why`` label, inside, contains or crosses: the label of the other side's span
    #: that decided it (a false GPE inside a gold FAC: FAC)
    why_label: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentPairing:
    doc_id: str
    source: str
    sha256: str
    gold_file: str
    pred_doc_id: str | None = None
    status: str = "ok"  # ok | failed | unmatched
    error: str | None = None


@dataclass(slots=True)
class ScoreReport:
    labels: dict[str, Counts]
    core: Counts
    all: Counts
    documents: list[DocumentPairing] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)

    @property
    def unmatched(self) -> list[DocumentPairing]:
        return [d for d in self.documents if d.status == "unmatched"]

    @property
    def failed(self) -> list[DocumentPairing]:
        return [d for d in self.documents if d.status == "failed"]

    @property
    def n_scored(self) -> int:
        return sum(d.status != "unmatched" for d in self.documents)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "core": self.core.to_dict(), "all": self.all.to_dict(),
            "labels": {lab: c.to_dict() for lab, c in self.labels.items()},
            "n_documents": len(self.documents), "n_scored": self.n_scored,
            "unmatched": [asdict(d) for d in self.unmatched],
            "failed": [asdict(d) for d in self.failed],
            "error_kinds": error_kinds(self),
        }
        if errors:
            out["errors"] = [asdict(e) for e in self.errors]
        return out


# -- reading predictions -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PredictedDocument:
    doc_id: str
    source: str
    sha256: str | None
    status: str
    error: str | None


def read_predictions(out: Path) -> tuple[dict[str, PredictedDocument],
                                         dict[str, list[Predicted]]]:
    """Predicted documents by sha256 (ok ones preferred) and mentions by doc_id."""
    by_sha = read_documents(out)
    mentions: dict[str, list[Predicted]] = {}
    columns = ["doc_id", *(f.name for f in fields(Predicted))]
    for row in read_table(out, "mentions", columns).to_pylist():
        doc_id = row.pop("doc_id")
        mentions.setdefault(doc_id, []).append(Predicted(**row))
    return by_sha, mentions


def read_documents(out: Path) -> dict[str, PredictedDocument]:
    """The documents of a run's output folder by sha256 (an ok one preferred)."""
    out = Path(out)
    if not out.is_dir():
        raise ScoreError(f"prediction folder not found: {out}")
    docs = read_table(out, "documents", ["doc_id", "source", "sha256", "status", "error"])
    if docs.num_rows == 0:
        raise ScoreError(f"no documents table under {out}: give the output folder of "
                         "`policy-extract run`")
    by_sha: dict[str, PredictedDocument] = {}
    for row in docs.to_pylist():
        doc = PredictedDocument(**row)
        if doc.sha256 and (doc.sha256 not in by_sha or
                           (by_sha[doc.sha256].status != "ok" and doc.status == "ok")):
            by_sha[doc.sha256] = doc
    return by_sha


def pair_documents(gold: Iterable[Any], by_sha: dict[str, PredictedDocument]
                   ) -> tuple[list[DocumentPairing], list[tuple[Any, PredictedDocument | None]]]:
    """Each gold document (with ``doc_id``, ``source``, ``sha256``, ``path``) with the
    predicted document of its sha256: every pairing, and the scored ones (``None`` for a
    document that failed in the run: scored as no predictions)."""
    pairings: list[DocumentPairing] = []
    scored: list[tuple[Any, PredictedDocument | None]] = []
    for doc in gold:
        pdoc = by_sha.get(doc.sha256)
        base = DocumentPairing(doc.doc_id, doc.source, doc.sha256, doc.path)
        if pdoc is None:
            pairings.append(_replace(base, status="unmatched"))
            continue
        status = "ok" if pdoc.status == "ok" else "failed"
        pairings.append(_replace(base, pred_doc_id=pdoc.doc_id, status=status,
                                 error=pdoc.error))
        scored.append((doc, pdoc if status == "ok" else None))
    return pairings, scored


# -- scoring -------------------------------------------------------------------------------


def score(gold: Sequence[GoldDocument], pred_dir: Path) -> ScoreReport:
    """Score the predictions under ``pred_dir`` (a ``run`` output folder) against ``gold``."""
    return _score_read(gold, *read_predictions(pred_dir))


def _score_read(gold: Sequence[GoldDocument], by_sha: dict[str, PredictedDocument],
                mentions: dict[str, list[Predicted]]) -> ScoreReport:
    """:func:`score` on predictions already read (:func:`read_predictions`)."""
    pairings, scored = pair_documents(gold, by_sha)
    pairs = [(doc, mentions.get(pdoc.doc_id, []) if pdoc else []) for doc, pdoc in scored]
    report = score_pairs(pairs)
    report.documents = pairings
    return report


def _replace(p: DocumentPairing, **changes: Any) -> DocumentPairing:
    return DocumentPairing(**{**asdict(p), **changes})


def score_pairs(pairs: Iterable[tuple[GoldDocument, Sequence[Predicted]]]) -> ScoreReport:
    """Figures and errors for gold documents each paired with its predictions."""
    labels = {lab: Counts() for lab in LABEL_ORDER}
    errors: list[ErrorRecord] = []
    for doc, preds in pairs:
        found: list[ErrorRecord] = []
        _score_document(doc, sorted(preds, key=lambda p: (p.start, p.end)), labels, found)
        errors.extend(sorted(found, key=lambda e: (e.start, e.end, e.kind)))
    core, total = Counts(), Counts()
    for lab, counts in labels.items():
        total.add(counts)
        if lab in CORE_LABELS:
            core.add(counts)
    return ScoreReport(labels=labels, core=core, all=total, errors=errors)


def _score_document(doc: GoldDocument, preds: list[Predicted], labels: dict[str, Counts],
                    errors: list[ErrorRecord]) -> None:
    gold = sorted(doc.spans, key=lambda s: (s.start, s.end))
    gold_index, pred_index = _Index(gold), _Index(preds)
    by_key = {(p.start, p.end, p.label): p for p in preds}
    matched: set[tuple[int, int, str]] = set()
    for g in gold:
        counts = labels.setdefault(g.label, Counts())
        counts.n_gold += 1
        if pred_index.intersecting(g.start, g.end, g.label):
            counts.overlap_gold += 1
        p = by_key.get((g.start, g.end, g.label))
        if p is None:
            errors.append(_record("fn", doc, g.start, g.end, g.label, gold=g,
                                  overlaps=pred_index.intersecting(g.start, g.end),
                                  why=error_reason(g, pred_index.spans_intersecting(
                                      g.start, g.end))))
            continue
        counts.tp += 1
        matched.add((g.start, g.end, g.label))
        differ = value_differences(g, p)
        if differ:
            errors.append(_record("value", doc, g.start, g.end, g.label, gold=g, pred=p,
                                  fields=differ))
        else:
            counts.value_ok += 1
    for p in preds:
        counts = labels.setdefault(p.label, Counts())
        counts.n_pred += 1
        if gold_index.intersecting(p.start, p.end, p.label):
            counts.overlap_pred += 1
        if (p.start, p.end, p.label) not in matched:
            errors.append(_record("fp", doc, p.start, p.end, p.label, pred=p,
                                  overlaps=gold_index.intersecting(p.start, p.end),
                                  why=error_reason(p, gold_index.spans_intersecting(
                                      p.start, p.end))))


#: the kinds of a false positive or negative, in the order they are tried (module docstring)
ERROR_KINDS: tuple[str, ...] = ("label", "boundary", "inside", "contains", "crosses", "alone")


def error_reason(span: GoldSpan | Predicted, others: Sequence[GoldSpan] | Sequence[Predicted]
                 ) -> tuple[str, str | None]:
    """Why ``span`` (a false positive or negative) found no strict match among ``others``,
    the spans of the other side that intersect it: its kind (:data:`ERROR_KINDS`) and, for
    label, inside, contains and crosses, the label of the first span that decides it."""
    tests = (("label", lambda o: o.start == span.start and o.end == span.end),
             ("boundary", lambda o: o.label == span.label),
             ("inside", lambda o: o.start <= span.start and span.end <= o.end),
             ("contains", lambda o: span.start <= o.start and o.end <= span.end),
             ("crosses", lambda o: True))
    for kind, holds in tests:
        if (o := next((o for o in others if holds(o)), None)) is not None:
            return kind, None if kind == "boundary" else o.label
    return "alone", None


class _Index:
    """Spans sorted by start, for the question: which of them intersect [start, end)?"""

    def __init__(self, spans: Sequence[GoldSpan] | Sequence[Predicted]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.longest = max((s.end - s.start for s in spans), default=0)

    def spans_intersecting(self, start: int, end: int, label: str | None = None) -> list[Any]:
        """The spans that intersect [start, end) (of ``label`` only, when given)."""
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [s for s in self.spans[lo:hi]
                if s.end > start and (label is None or s.label == label)]

    def intersecting(self, start: int, end: int, label: str | None = None) -> tuple[str, ...]:
        """``LABEL start-end 'text'`` of the spans that intersect [start, end)."""
        return tuple(f"{s.label} {s.start}-{s.end} '{short(s.text)}'"
                     for s in self.spans_intersecting(start, end, label))


# -- values --------------------------------------------------------------------------------


def value_differences(gold: GoldSpan, pred: Predicted) -> tuple[str, ...]:
    """The fields of a strict match whose values disagree (empty when all agree)."""
    differ = []
    if gold.label in NUMERIC_LABELS:
        if not numbers_equal(gold.value, pred.value):
            differ.append("value")
        if not numbers_equal(gold.value_max, pred.value_max):
            differ.append("value_max")
    else:
        if not strings_equal(gold.value, pred.norm):
            differ.append("value")
    if not strings_equal(gold.unit, pred.unit):
        differ.append("unit")
    if not strings_equal(gold.qualifier, pred.qualifier):
        differ.append("qualifier")
    return tuple(differ)


def numbers_equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return math.isclose(x, y, rel_tol=REL_TOL, abs_tol=0.0)


def strings_equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return unicodedata.normalize("NFKC", str(a)) == unicodedata.normalize("NFKC", str(b))


# -- errors --------------------------------------------------------------------------------


def _record(kind: str, doc: GoldDocument, start: int, end: int, label: str, *,
            gold: GoldSpan | None = None, pred: Predicted | None = None,
            fields: tuple[str, ...] = (), overlaps: tuple[str, ...] = (),
            why: tuple[str, str | None] | None = None) -> ErrorRecord:
    return ErrorRecord(
        kind=kind, doc_id=doc.doc_id, source=doc.source, label=label, start=start, end=end,
        text=doc.text[start:end], left=doc.text[max(0, start - CONTEXT):start],
        right=doc.text[end:end + CONTEXT],
        gold=None if gold is None else {"value": gold.value, "value_max": gold.value_max,
                                        "unit": gold.unit, "qualifier": gold.qualifier},
        pred=None if pred is None else {"value": pred.value, "value_max": pred.value_max,
                                        "unit": pred.unit, "qualifier": pred.qualifier,
                                        "norm": pred.norm},
        fields=fields, overlaps=overlaps, why=None if why is None else why[0],
        why_label=None if why is None else why[1])


def write_errors(errors: Iterable[Any], path: Path) -> int:
    """Write one JSON object per line (see docs/measuring.md); returns the count.

    ``errors`` are dataclasses (:class:`ErrorRecord`, or the facts scorer's errors)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for e in errors:
            fh.write(json.dumps(asdict(e), ensure_ascii=False) + "\n")
            n += 1
    return n


# -- presentation --------------------------------------------------------------------------


def fmt_figure(x: float | None) -> str:
    """A figure in 5 characters, ``-`` when undefined."""
    return "    -" if x is None else f"{x:5.3f}"


_fmt = fmt_figure


def format_table(report: ScoreReport) -> str:
    """A readable per-label table, with the micro-averages at the bottom."""
    head = (f"{'label':<11} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>5} {'fn':>5}  "
            f"{'P':>5} {'R':>5} {'F1':>5}  {'value':>5}  {'ovl-F1':>6}")
    rows = [head, "-" * len(head)]

    def row(name: str, c: Counts) -> str:
        return (f"{name:<11} {c.n_gold:>5} {c.n_pred:>5} {c.tp:>5} {c.fp:>5} {c.fn:>5}  "
                f"{_fmt(c.precision)} {_fmt(c.recall)} {_fmt(c.f1)}  "
                f"{_fmt(c.value_accuracy)}  {_fmt(c.overlap_f1):>6}")

    for lab, counts in report.labels.items():
        star = "*" if lab in CORE_LABELS else ""
        rows.append(row(lab + star, counts))
    rows.append("-" * len(head))
    rows.append(row("core micro", report.core))
    rows.append(row("num+date", numbers_and_dates(report)))
    rows.append(row("all micro", report.all))
    lines = ["\n".join(rows),
             "* core label; P/R/F1 strict (same start, end, label); value = value accuracy "
             "among strict matches; ovl-F1 = overlap F1 (diagnostic); num+date = micro "
             "over the numeric labels and DATE",
             f"documents: {report.n_scored} scored of {len(report.documents)} gold"]
    for d in report.failed:
        lines.append(f"failed in the run (scored as no predictions): {d.gold_file}: "
                     f"{d.doc_id} ({d.source}): {d.error}")
    for d in report.unmatched:
        lines.append(f"not in the predictions (sha256 {d.sha256[:12]}…), left out: "
                     f"{d.gold_file}: {d.doc_id} ({d.source})")
    lines.append(f"headline: core micro F1 = {_fmt(report.core.f1).strip()}")
    return "\n".join(lines)


def error_kinds(report: ScoreReport) -> dict[str, dict[str, dict[str, int]]]:
    """``{label: {"fp": {kind: n}, "fn": {kind: n}}}`` over the report's errors (counts of
    :data:`ERROR_KINDS`; labels without errors are left out)."""
    out: dict[str, dict[str, dict[str, int]]] = {}
    for e in report.errors:
        if e.kind in ("fp", "fn") and e.why is not None:
            side = out.setdefault(e.label, {"fp": dict.fromkeys(ERROR_KINDS, 0),
                                            "fn": dict.fromkeys(ERROR_KINDS, 0)})[e.kind]
            side[e.why] += 1
    return {lab: out[lab] for lab in LABEL_ORDER if lab in out}


def error_neighbours(report: ScoreReport) -> dict[tuple[str, str, str, str], int]:
    """``{(label, fp|fn, kind, other label): n}``: for the errors of kind label, inside,
    contains or crosses, the label of the other side's span that decided the kind (a false
    GPE inside a gold FAC counts under ``("GPE", "fp", "inside", "FAC")``)."""
    out: dict[tuple[str, str, str, str], int] = {}
    for e in report.errors:
        if e.kind in ("fp", "fn") and e.why_label is not None and e.why is not None:
            key = (e.label, e.kind, e.why, e.why_label)
            out[key] = out.get(key, 0) + 1
    order = {lab: i for i, lab in enumerate(LABEL_ORDER)}
    return dict(sorted(out.items(), key=lambda kv: (order.get(kv[0][0], 99), kv[0][1],
                                                    ERROR_KINDS.index(kv[0][2]), -kv[1])))


def format_error_kinds(report: ScoreReport) -> str:
    """A Markdown table: per label, the false positives and negatives by kind (counts)."""
    head = (["label"] + [f"fp {k}" for k in ERROR_KINDS] + [f"fn {k}" for k in ERROR_KINDS])
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for lab, sides in error_kinds(report).items():
        cells = [lab] + [str(sides["fp"][k]) for k in ERROR_KINDS] + [
            str(sides["fn"][k]) for k in ERROR_KINDS]
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")  # the note below the table, no row of it in Markdown
    lines.append("fp/fn kinds (first that holds): label = same bounds, other label; boundary = "
                 "overlaps its label, other bounds; inside = within a longer span of another "
                 "label; contains = holds a shorter span of another label; crosses = overlaps "
                 "another label otherwise; alone = nothing of the other side overlaps it")
    neighbours = error_neighbours(report)
    if neighbours:
        lines += ["", "| label | error | kind | the other side's label | n |",
                  "|---|---|---|---|---:|"]
        lines += [f"| {lab} | {side} | {kind} | {other} | {n} |"
                  for (lab, side, kind, other), n in neighbours.items()]
    return "\n".join(lines)


#: the labels whose values are numbers or dates (issue 9's value-accuracy target)
NUMBER_AND_DATE_LABELS = ("MONEY", "COUNT", "PERCENT", "DATE", "QUANTITY", "DURATION", "RANK")


def numbers_and_dates(report: ScoreReport) -> Counts:
    """The micro-average over the numeric labels and DATE."""
    total = Counts()
    for lab in NUMBER_AND_DATE_LABELS:
        if lab in report.labels:
            total.add(report.labels[lab])
    return total


def by_document(gold: Sequence[GoldDocument], pred_dir: Path) -> list[tuple[str, ScoreReport]]:
    """One report per gold document, so a weak document or genre shows (the run's tables
    are read once)."""
    by_sha, mentions = read_predictions(pred_dir)
    return [(doc.doc_id, _score_read([doc], by_sha, mentions)) for doc in gold]


def format_by_document(reports: Sequence[tuple[str, ScoreReport]]) -> str:
    """A Markdown table: per document, gold spans, core/all/num+date F1, the value
    accuracy of numbers and dates, and strict F1 per label (gold spans in brackets)."""
    labels = [lab for lab in LABEL_ORDER
              if any(r.labels[lab].n_gold or r.labels[lab].n_pred for _, r in reports)]

    def cell(c: Counts) -> str:
        if not c.n_gold and not c.n_pred:
            return "–"
        return f"{c.f1 or 0.0:.2f} ({c.n_gold})"

    def num(x: float | None) -> str:
        return "–" if x is None else f"{x:.2f}"

    head = ["document", "gold spans", "core F1", "all F1", "num+date F1",
            "num+date value acc."] + labels
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for doc_id, r in reports:
        nd = numbers_and_dates(r)
        cells = [doc_id, str(r.all.n_gold), num(r.core.f1), num(r.all.f1), num(nd.f1),
                 num(nd.value_accuracy)] + [cell(r.labels[lab]) for lab in labels]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# -- baseline ------------------------------------------------------------------------------


def baseline_figures(report: ScoreReport) -> dict[str, Any]:
    """The figures a regression test holds: F1 per label (where defined), core and all."""
    f1 = {"core": report.core.f1, "all": report.all.f1}
    f1.update({lab: c.f1 for lab, c in report.labels.items() if c.f1 is not None})
    return {"f1": f1, "tolerance": BASELINE_TOLERANCE,
            "counts": {lab: {"n_gold": c.n_gold, "n_pred": c.n_pred, "tp": c.tp}
                       for lab, c in report.labels.items()}}


def write_baseline(report: ScoreReport, path: Path, **extra: Any) -> dict[str, Any]:
    data = {**extra, **baseline_figures(report)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return data


def regressions(report: ScoreReport, baseline: dict[str, Any],
                tolerance: float | None = None) -> list[str]:
    """Every F1 of the baseline that the report falls below by more than the tolerance."""
    tol = baseline.get("tolerance", BASELINE_TOLERANCE) if tolerance is None else tolerance
    current = baseline_figures(report)["f1"]
    out = []
    for name, before in baseline.get("f1", {}).items():
        if before is None:
            continue
        now = current.get(name)
        if now is None or now < before - tol:
            now_s = "undefined" if now is None else f"{now:.4f}"
            out.append(f"{name} F1 {now_s} < baseline {before:.4f} - {tol}")
    return out
