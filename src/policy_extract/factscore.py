"""Score predicted facts against facts gold (shared/FACTS.md, "Gold and scoring").

* Documents are paired by ``sha256`` with the ``documents`` table of the
  prediction folder, as for mentions (:func:`policy_extract.score.pair_documents`):
  unmatched gold documents are listed and left out, failed ones score as no facts.
* A predicted fact and a gold fact are *paired* when their value spans are equal.
  **Fact P/R/F1** is over value spans.
* For paired facts: **indicator exact** (equal after removing whitespace and quote
  marks), **indicator character F1** (the overlap of the two strings' characters as
  multisets, averaged over pairs), and the accuracy of ``kind``, ``direction``,
  ``status``, ``period`` and ``place`` (place compared after removing a trailing
  省, 市, 区, 县, 州 or 自治区; two nulls are equal).
* **Strict fact F1** (the headline): a pair counts when the indicator is exact and
  kind, direction, status and period are all equal; precision over the predicted
  facts, recall over the gold ones. **Lenient F1**: the same with indicator
  character F1 >= 0.5 instead of exact.
* **Difference kinds** (diagnostic, ``score --facts --error-kinds``): the paired facts'
  differences counted by field and shape (:func:`difference_kind`): an indicator that
  lost words in front (``lost prefix``: the gold ends with the prediction) or gained them,
  lost or gained words at its end, or differs otherwise; a period missing, extra, a span
  for a year, a year end for a year, another year …; kind, direction and status as
  ``gold→pred``. Counts only: where the errors lie, without a document's text.

A figure whose denominator is zero is ``None`` (printed ``-``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .score import (
    DocumentPairing,
    ScoreError,
    SpanFigures,
    _ratio,
    pair_documents,
    read_documents,
    write_errors,
)
from .score import fmt_figure as _fmt
from .tables import read_table

FIELDS = ("kind", "direction", "status", "period", "place")
CORE_FIELDS = ("kind", "direction", "status", "period")
LENIENT_CHAR_F1 = 0.5
FACT_KEYS = ("value_start", "value_end", "value_text", "indicator", "kind", "direction",
             "status", "period", "place")
_STRIP = re.compile(r"[\s“”\"‘’'「」『』]")
_PLACE_SUFFIX = re.compile(r"(?:自治区|省|市|区|县|州)$")
CONTEXT = 30


@dataclass(frozen=True, slots=True)
class FactRecord:
    """One fact of a gold file or of a ``facts`` table: its value span and its fields."""

    value_start: int
    value_end: int
    value_text: str
    indicator: str
    kind: str
    direction: str | None = None
    status: str = "actual"
    period: str | None = None
    place: str | None = None


@dataclass(frozen=True, slots=True)
class FactsGold:
    """One document of a facts gold file."""

    doc_id: str
    source: str
    sha256: str
    facts: tuple[FactRecord, ...]
    path: str
    text: str | None = None


def read_facts_gold(paths: Iterable[Path]) -> list[FactsGold]:
    """The documents of facts gold JSONL files; a broken line raises :class:`ScoreError`
    naming the file and line."""
    docs: list[FactsGold] = []
    for path in paths:
        path = Path(path)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ScoreError(f"cannot read facts gold {path}: {exc.strerror or exc}") from None
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                obj = json.loads(line)
                facts = tuple(FactRecord(**{k: f.get(k) for k in FACT_KEYS})
                              for f in obj["facts"])
                docs.append(FactsGold(str(obj["doc_id"]), str(obj.get("source") or ""),
                                      str(obj["sha256"]), facts, path.as_posix(),
                                      obj.get("text")))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise ScoreError(f"{where}: not a facts gold line (JSON with doc_id, sha256 "
                                 f"and facts, each fact with {', '.join(FACT_KEYS)}): "
                                 f"{type(exc).__name__}: {exc}") from None
    return docs


# -- comparing two facts ---------------------------------------------------------------------


def norm_indicator(s: str | None) -> str:
    return _STRIP.sub("", s or "")


def indicator_char_f1(gold: str | None, pred: str | None) -> float:
    """F1 of the characters the two indicators share, counted as multisets."""
    a, b = Counter(norm_indicator(gold)), Counter(norm_indicator(pred))
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)


def place_key(place: str | None) -> str:
    """A place without its administrative suffix (江西省 -> 江西), as places are compared.

    The suffix goes only where at least two characters stay: 杭州市 and 杭州 both give
    杭州 (州 is the name's own character, not 自治州's), 甘孜州 gives 甘孜, and 县 or 市
    alone stays itself."""
    place = place or ""
    bare = _PLACE_SUFFIX.sub("", place)
    return bare if len(bare) >= 2 else place


def field_equal(name: str, gold: Any, pred: Any) -> bool:
    if name == "place" and gold and pred:
        return place_key(gold) == place_key(pred)
    return (gold or None) == (pred or None)


# -- counts ----------------------------------------------------------------------------------


@dataclass(slots=True)
class FactCounts(SpanFigures):
    """Counts and figures of one document or of all; ``tp``: facts paired by value span."""

    n_gold: int = 0
    n_pred: int = 0
    tp: int = 0
    indicator_exact: int = 0
    indicator_char_f1_sum: float = 0.0
    field_ok: Counter[str] = field(default_factory=Counter)
    strict: int = 0
    lenient: int = 0

    def accuracy(self, name: str) -> float | None:
        return _ratio(self.field_ok[name], self.tp)

    @property
    def indicator_exact_rate(self) -> float | None:
        return _ratio(self.indicator_exact, self.tp)

    @property
    def indicator_char_f1(self) -> float | None:
        return _ratio(self.indicator_char_f1_sum, self.tp)

    @property
    def strict_f1(self) -> float | None:
        return _ratio(2 * self.strict, self.n_gold + self.n_pred)

    @property
    def lenient_f1(self) -> float | None:
        return _ratio(2 * self.lenient, self.n_gold + self.n_pred)

    def add(self, other: FactCounts) -> None:
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.tp += other.tp
        self.indicator_exact += other.indicator_exact
        self.indicator_char_f1_sum += other.indicator_char_f1_sum
        self.field_ok.update(other.field_ok)
        self.strict += other.strict
        self.lenient += other.lenient

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_gold": self.n_gold, "n_pred": self.n_pred, "paired": self.tp,
            "value_span": {"precision": self.precision, "recall": self.recall, "f1": self.f1},
            "indicator_exact": self.indicator_exact_rate,
            "indicator_char_f1": self.indicator_char_f1,
            "accuracy": {name: self.accuracy(name) for name in FIELDS},
            "strict": {"tp": self.strict, "precision": _ratio(self.strict, self.n_pred),
                       "recall": _ratio(self.strict, self.n_gold), "f1": self.strict_f1},
            "lenient": {"tp": self.lenient, "precision": _ratio(self.lenient, self.n_pred),
                        "recall": _ratio(self.lenient, self.n_gold), "f1": self.lenient_f1},
        }


@dataclass(frozen=True, slots=True)
class FactError:
    """A fact only in the prediction (``fp``), only in the gold (``fn``), or paired with
    fields that differ (``fields``: which ones, with both versions)."""

    kind: str
    doc_id: str
    source: str
    value_start: int
    value_end: int
    value_text: str
    context: str
    fields: tuple[str, ...] = ()
    gold: dict[str, Any] | None = None
    pred: dict[str, Any] | None = None


@dataclass(slots=True)
class FactScoreReport:
    total: FactCounts
    documents: dict[str, FactCounts] = field(default_factory=dict)
    pairings: list[DocumentPairing] = field(default_factory=list)
    errors: list[FactError] = field(default_factory=list)

    @property
    def n_scored(self) -> int:
        return sum(d.status != "unmatched" for d in self.pairings)

    def to_dict(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "total": self.total.to_dict(),
            "documents": {d: c.to_dict() for d, c in self.documents.items()},
            "n_documents": len(self.pairings), "n_scored": self.n_scored,
            "unmatched": [asdict(d) for d in self.pairings if d.status == "unmatched"],
            "failed": [asdict(d) for d in self.pairings if d.status == "failed"],
        }
        if errors:
            out["errors"] = [asdict(e) for e in self.errors]
        return out


# -- scoring ---------------------------------------------------------------------------------

def score_fact_pairs(pairs: Iterable[tuple[FactsGold, Sequence[FactRecord], str | None]]
                     ) -> FactScoreReport:
    """Figures and errors for gold documents each paired with its predicted facts (and the
    text to quote context from, where known)."""
    total = FactCounts()
    report = FactScoreReport(total)
    for gold, preds, text in pairs:
        counts = FactCounts()
        _score_document(gold, preds, text, counts, report.errors)
        report.documents[gold.doc_id] = counts
        total.add(counts)
    return report


def _score_document(doc: FactsGold, preds: Sequence[FactRecord], text: str | None,
                    counts: FactCounts, errors: list[FactError]) -> None:
    by_span = {(p.value_start, p.value_end): p for p in preds}
    counts.n_gold += len(doc.facts)
    counts.n_pred += len(by_span)
    gold_spans = set()
    for g in sorted(doc.facts, key=lambda f: f.value_start):
        key = (g.value_start, g.value_end)
        gold_spans.add(key)
        p = by_span.get(key)
        if p is None:
            errors.append(_error("fn", doc, g, text, gold=g))
            continue
        counts.tp += 1
        exact = norm_indicator(g.indicator) == norm_indicator(p.indicator)
        char_f1 = indicator_char_f1(g.indicator, p.indicator)
        counts.indicator_exact += exact
        counts.indicator_char_f1_sum += char_f1
        same = {name: field_equal(name, getattr(g, name), getattr(p, name)) for name in FIELDS}
        for name, ok in same.items():
            counts.field_ok[name] += ok
        core = all(same[name] for name in CORE_FIELDS)
        counts.strict += exact and core
        counts.lenient += char_f1 >= LENIENT_CHAR_F1 and core
        differ = tuple(["indicator"] if not exact else []) + tuple(
            name for name in FIELDS if not same[name])
        if differ:
            errors.append(_error("fields", doc, g, text, gold=g, pred=p, fields=differ))
    for p in sorted(by_span.values(), key=lambda f: f.value_start):
        if (p.value_start, p.value_end) not in gold_spans:
            errors.append(_error("fp", doc, p, text, pred=p))


def _error(kind: str, doc: FactsGold, f: FactRecord, text: str | None, *,
           gold: FactRecord | None = None, pred: FactRecord | None = None,
           fields: tuple[str, ...] = ()) -> FactError:
    context = ""
    if text:
        context = (text[max(0, f.value_start - CONTEXT):f.value_start] + "【"
                   + text[f.value_start:f.value_end] + "】"
                   + text[f.value_end:f.value_end + CONTEXT])
    return FactError(kind, doc.doc_id, doc.source, f.value_start, f.value_end, f.value_text,
                     context, fields,
                     gold=None if gold is None else asdict(gold),
                     pred=None if pred is None else asdict(pred))


def _period_shape(value: str) -> str:
    """``year``, ``year-end`` (YYYY-12), ``month``, ``span`` (A/B) or ``other``."""
    if "/" in value:
        return "span"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{4}-12", value):
        return "year-end"
    return "month" if re.fullmatch(r"\d{4}-\d{2}", value) else "other"


def _indicator_shape(gold: str, pred: str) -> str:
    if not pred:
        return "missing"
    if not gold:
        return "extra"
    if gold.endswith(pred):
        return "lost prefix"
    if pred.endswith(gold):
        return "extra prefix"
    if gold.startswith(pred):
        return "lost suffix"
    if pred.startswith(gold):
        return "extra suffix"
    if pred in gold:
        return "lost both ends"
    if gold in pred:
        return "extra both ends"
    return "overlaps" if indicator_char_f1(gold, pred) >= LENIENT_CHAR_F1 else "other"


def difference_kind(name: str, gold: Any, pred: Any) -> str:
    """The shape of a difference in field ``name`` between a gold and a paired predicted
    fact (module docstring): ``missing`` (only the gold has a value), ``extra`` (only the
    prediction), else by field."""
    if name == "indicator":
        return _indicator_shape(norm_indicator(gold), norm_indicator(pred))
    if gold in (None, "") and pred not in (None, ""):
        return "extra"
    if pred in (None, "") and gold not in (None, ""):
        return "missing"
    if name == "period":
        g, p = _period_shape(str(gold)), _period_shape(str(pred))
        if g == p:
            return f"other {g}" if g != "year" else (
                "year off by one" if abs(int(gold) - int(pred)) == 1 else "other year")
        return f"{p} for {g}"
    if name == "place":
        return "other place"
    return f"{gold}→{pred}"


def difference_kinds(report: FactScoreReport) -> dict[str, Counter[str]]:
    """``{field: Counter(shape)}`` over the paired facts' differences, plus ``unpaired``
    (facts only in the gold, ``fn``, or only in the prediction, ``fp``)."""
    out: dict[str, Counter[str]] = {}
    for e in report.errors:
        if e.kind in ("fn", "fp"):
            out.setdefault("unpaired", Counter())[e.kind] += 1
            continue
        for name in e.fields:
            g = (e.gold or {}).get(name)
            p = (e.pred or {}).get(name)
            out.setdefault(name, Counter())[difference_kind(name, g, p)] += 1
    return out


def format_difference_kinds(report: FactScoreReport) -> str:
    """A Markdown table: field, shape of the difference, count (most frequent first)."""
    lines = ["| field | difference | facts |", "|---|---|---:|"]
    kinds = difference_kinds(report)  # once, not once a field
    for name in ("unpaired", "indicator", *FIELDS):
        for shape, n in sorted(kinds.get(name, Counter()).items(),
                               key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"| {name} | {shape} | {n} |")
    lines.append("")  # the note below the table, no row of it in Markdown
    lines.append("indicator: lost prefix = the prediction lacks words the gold has in front "
                 "(the gold ends with it), lost suffix = words at the end, extra = the "
                 "prediction has more; overlaps/other = character F1 at least / below 0.5; "
                 "period: 'span for year' = a span predicted where the gold has one year; "
                 "kind, direction, status: gold→pred")
    return "\n".join(lines)


def read_predicted_facts(out: Path) -> dict[str, list[FactRecord]]:
    """The facts of a run's output folder by doc_id."""
    table = read_table(Path(out), "facts", ["doc_id", *FACT_KEYS])
    by_doc: dict[str, list[FactRecord]] = {}
    for row in table.to_pylist():
        by_doc.setdefault(row.pop("doc_id"), []).append(FactRecord(**row))
    return by_doc


def _sentence_texts(out: Path, doc_ids: set[str]) -> dict[str, str]:
    """Each document's text as far as its sentences cover it (for error contexts)."""
    table = read_table(Path(out), "sentences", ["doc_id", "start", "text"])
    pieces: dict[str, list[tuple[int, str]]] = {}
    for row in table.to_pylist():
        if row["doc_id"] in doc_ids:
            pieces.setdefault(row["doc_id"], []).append((row["start"], row["text"]))
    texts = {}
    for doc_id, parts in pieces.items():
        buf: list[str] = []
        pos = 0
        for start, s in sorted(parts):
            if start > pos:
                buf.append(" " * (start - pos))
            buf.append(s[max(0, pos - start):])
            pos = max(pos, start + len(s))
        texts[doc_id] = "".join(buf)
    return texts


def score_facts(gold: Sequence[FactsGold], pred_dir: Path) -> FactScoreReport:
    """Score the ``facts`` table under ``pred_dir`` (a ``run`` output folder) against
    facts gold."""
    by_sha = read_documents(pred_dir)
    pairings, scored = pair_documents(gold, by_sha)
    predicted = read_predicted_facts(pred_dir)
    texts = _sentence_texts(pred_dir, {p.doc_id for _, p in scored if p is not None})
    report = score_fact_pairs(
        (doc, predicted.get(pdoc.doc_id, []) if pdoc else [],
         doc.text or (texts.get(pdoc.doc_id) if pdoc else None))
        for doc, pdoc in scored)
    report.pairings = pairings
    return report


#: one JSON object per error and line (as the mention scorer writes them); returns the count
write_fact_errors = write_errors


# -- presentation ----------------------------------------------------------------------------


_COLUMNS = ("gold", "pred", "span-F1", "ind-ex", "ind-cF1", "kind", "dir", "status",
            "period", "place", "strict", "lenient")


def format_fact_table(reports: Sequence[tuple[str, FactScoreReport]]) -> str:
    """One row per scored prediction folder (e.g. the rules and the baseline), then one
    row per document of the first."""
    width = max([len(name) for name, _ in reports] + [14])
    head = f"{'':<{width}} " + " ".join(f"{c:>7}" for c in _COLUMNS)
    lines = [head, "-" * len(head)]

    def row(name: str, c: FactCounts) -> str:
        cells = [f"{c.n_gold:>7}", f"{c.n_pred:>7}", _fmt(c.f1), _fmt(c.indicator_exact_rate),
                 _fmt(c.indicator_char_f1)] + [_fmt(c.accuracy(n)) for n in FIELDS] + [
                 _fmt(c.strict_f1), _fmt(c.lenient_f1)]
        return f"{name:<{width}} " + " ".join(f"{x:>7}" for x in cells)

    for name, report in reports:
        lines.append(row(name, report.total))
    first_name, first = reports[0]
    if len(first.documents) > 1:
        lines.append("-" * len(head))
        lines.append(f"per document ({first_name}):")
        for doc_id, counts in first.documents.items():
            lines.append(row(doc_id[:width], counts))
    lines.append("span-F1: value-span F1; ind-ex: indicator exact; ind-cF1: indicator "
                 "character F1; kind..place: accuracy over paired facts; strict: fact F1 "
                 "with exact indicator and equal kind, direction, status, period; lenient: "
                 "the same with indicator character F1 >= 0.5")
    lines.append(f"documents: {first.n_scored} scored of {len(first.pairings)} gold")
    for d in first.pairings:
        if d.status == "failed":
            lines.append(f"failed in the run (scored as no facts): {d.gold_file}: "
                         f"{d.doc_id}: {d.error}")
        elif d.status == "unmatched":
            lines.append(f"not in the predictions (sha256 {d.sha256[:12]}…), left out: "
                         f"{d.gold_file}: {d.doc_id}")
    lines.append(f"headline: strict fact F1 = {_fmt(first.total.strict_f1).strip()}")
    return "\n".join(lines)
