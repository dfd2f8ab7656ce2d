"""Label Studio round trip: report files → tasks with pre-annotations → export → gold JSONL.

* :func:`export_tasks` writes a Label Studio task list (JSON) whose
  ``predictions`` are the extractor's mentions, and the labeling config
  (``<View>`` with ``<Labels name="label" toName="text">`` and
  ``<Text name="text" value="$text"/>``) beside it.
* :func:`import_export` reads a Label Studio JSON export (the "JSON" export
  format: tasks with ``annotations[].result[]``), takes each task's latest
  annotation that was not cancelled, gives every span its normalised value and
  writes a gold JSONL file, which it then checks with :mod:`.goldfile`.

Values on import: a mention of the extractor with exactly the same span and
label gives ``value``, ``value_max``, ``unit``, ``qualifier`` (``norm`` for
DATE and names). Otherwise numeric spans are parsed with
:mod:`policy_extract.numbers` (qualifier ``exact`` unless 多/余/几 is inside),
DATE spans with an explicit year (``2019年``, ``2017年9月``) are read
directly, and names take the canonical name of ANNOTATION.md. Every span
valued without the extractor is listed as a note, to be checked by hand.

Offsets are code points, as in recent Label Studio versions. When a result's
offsets do not select its ``text`` but UTF-16 offsets (older versions, text
with characters beyond the BMP) do, they are converted, with a note.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from .batch import collect_inputs
from .decode import sha256_bytes
from .formats import read_path
from .goldfile import (
    CheckReport,
    GoldDocument,
    GoldSpan,
    check_files,
    find_source,
    short,
    write_gold,
)
from .model import NUMERIC_LABELS, Label, Mention, PolicyExtractError, canonical_name
from .numbers import NumeralError, magnitude, parse_numeral, plain
from .pipeline import Pipeline

FROM_NAME = "label"
TO_NAME = "text"
COLOURS: dict[str, str] = {
    "MONEY": "#e6194b", "COUNT": "#3cb44b", "PERCENT": "#ffe119", "DATE": "#4363d8",
    "ORG": "#f58231", "INITIATIVE": "#911eb4", "QUANTITY": "#46f0f0", "DURATION": "#f032e6",
    "RANK": "#bcf60c", "GPE": "#fabebe", "PERSON": "#008080", "DOC": "#e6beff",
    "FAC": "#9a6324",
}


class LabelStudioError(PolicyExtractError):
    """A Label Studio file that cannot be read."""


# -- export --------------------------------------------------------------------------------


def label_config() -> str:
    """The labeling config: the 13 labels over the task's ``text``."""
    labels = "\n".join(f"    <Label value={quoteattr(lab.value)} "
                       f"background={quoteattr(COLOURS[lab.value])}/>" for lab in Label)
    return (f'<View>\n  <Labels name="{FROM_NAME}" toName="{TO_NAME}">\n{labels}\n  </Labels>\n'
            f'  <Text name="{TO_NAME}" value="$text"/>\n</View>\n')


def config_path(tasks_path: Path) -> Path:
    """``tasks.json`` → ``tasks.labelconfig.xml`` beside it."""
    return tasks_path.with_name(tasks_path.stem + ".labelconfig.xml")


def result_item(m: Mention | GoldSpan, index: int) -> dict[str, Any]:
    """One Label Studio ``labels`` result for a span."""
    return {"id": f"pe{index:05d}", "from_name": FROM_NAME, "to_name": TO_NAME,
            "type": "labels",
            "value": {"start": m.start, "end": m.end, "text": m.text, "labels": [m.label]}}


def task_for(text: str, *, source: str, sha256: str, ref_date: str | None, doc_id: str,
             mentions: Sequence[Mention], model_version: str) -> dict[str, Any]:
    return {"data": {"text": text, "source": source, "sha256": sha256, "ref_date": ref_date,
                     "doc_id": doc_id},
            "predictions": [{"model_version": model_version,
                             "result": [result_item(m, i) for i, m in enumerate(mentions)]}]}


@dataclass(slots=True)
class ExportReport:
    tasks_path: Path
    config_path: Path
    n_tasks: int = 0
    n_mentions: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    not_read: list[tuple[str, str]] = field(default_factory=list)  # files of other types


def export_tasks(inputs: Sequence[Path], out: Path, *, ref_date: str | None = None,
                 pipeline: Pipeline | None = None) -> ExportReport:
    """Write Label Studio tasks for the report files ``inputs`` and the config beside them."""
    pipeline = pipeline or Pipeline()
    report = ExportReport(tasks_path=out, config_path=config_path(out))
    tasks = []
    for item in collect_inputs(inputs):
        if item.skip:
            report.not_read.append((str(item.path), item.skip))
            continue
        try:
            read = read_path(item.path)
            text, sha = read.text, read.sha256
        except PolicyExtractError as exc:
            report.failures.append((str(item.path), str(exc)))
            continue
        source = _portable(item.path)
        result = pipeline.extract(text, ref_date=ref_date, doc_id=source)
        tasks.append(task_for(text, source=source, sha256=sha, ref_date=result.ref_date,
                              doc_id=source, mentions=result.mentions,
                              model_version=pipeline.version))
        report.n_mentions += len(result.mentions)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    report.config_path.write_text(label_config(), encoding="utf-8")
    report.n_tasks = len(tasks)
    return report


def _portable(path: Path) -> str:
    """The path relative to the working folder when under it (as the gold's ``source``)."""
    absolute = path.resolve()
    try:
        return absolute.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return os.fspath(absolute)


# -- import --------------------------------------------------------------------------------


@dataclass(slots=True)
class ImportReport:
    out: Path
    n_tasks: int = 0
    documents: list[GoldDocument] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # task-level: skipped tasks, guessed values
    check: CheckReport | None = None

    @property
    def n_spans(self) -> int:
        return sum(len(d.spans) for d in self.documents)

    @property
    def ok(self) -> bool:
        return self.check is not None and self.check.ok


def read_export(path: Path) -> list[dict[str, Any]]:
    """The task list of a Label Studio JSON export (a list of tasks, or one task)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LabelStudioError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise LabelStudioError(f"{path}: not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise LabelStudioError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LabelStudioError(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno}, "
                               f"column {exc.colno})") from None
    tasks = [data] if isinstance(data, dict) else data
    if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
        raise LabelStudioError(f"{path}: expected a Label Studio JSON export (a list of tasks)")
    return tasks


def latest_annotation(task: dict[str, Any]) -> dict[str, Any] | None:
    """The task's most recently updated annotation that was not cancelled."""
    live = [(i, a) for i, a in enumerate(task.get("annotations") or [])
            if isinstance(a, dict) and not a.get("was_cancelled")]
    if not live:
        return None
    return max(live, key=lambda ia: (str(ia[1].get("updated_at") or
                                         ia[1].get("created_at") or ""), ia[0]))[1]


def import_export(path: Path, out: Path, *, pipeline: Pipeline | None = None) -> ImportReport:
    """Turn a Label Studio export into gold JSONL at ``out``, then check that file."""
    tasks = read_export(path)
    pipeline = pipeline or Pipeline()
    report = ImportReport(out=out, n_tasks=len(tasks))
    for n, task in enumerate(tasks):
        where = f"{path}: task {task.get('id', n)}"
        doc = task_to_gold(task, pipeline, where, report.notes, base=path.parent)
        if doc is not None:
            report.documents.append(doc)
    write_gold(report.documents, out)
    report.check = check_files([out])
    return report


def task_to_gold(task: dict[str, Any], pipeline: Pipeline, where: str, notes: list[str],
                 *, base: Path | None = None) -> GoldDocument | None:
    """One gold document from one task, or None (with a note) if it cannot be one."""
    data = task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        notes.append(f"{where}: skipped: no data.text")
        return None
    annotation = latest_annotation(task)
    if annotation is None:
        notes.append(f"{where}: skipped: no annotation that was not cancelled")
        return None
    text: str = data["text"]
    source = str(data.get("source") or f"task-{task.get('id', '')}")
    ref_date = data.get("ref_date") or None
    extraction = pipeline.extract(text, ref_date=ref_date)
    mentions = {(m.start, m.end, m.label): m for m in extraction.mentions}
    spans = []
    for item in annotation.get("result") or []:
        span = _span_of(item, text, mentions, f"{where}: result {item.get('id', '?')}", notes)
        if span is not None:
            spans.append(span)
    spans.sort(key=lambda s: (s.start, s.end))
    return GoldDocument(doc_id=str(data.get("doc_id") or source), source=source,
                        sha256=_sha256(data, source, text, base, where, notes),
                        ref_date=ref_date or extraction.ref_date, text=text,
                        spans=tuple(spans))


def _sha256(data: dict[str, Any], source: str, text: str, base: Path | None, where: str,
            notes: list[str]) -> str:
    if isinstance(data.get("sha256"), str) and data["sha256"]:
        return str(data["sha256"])
    found = find_source(source, base)
    if found is not None:
        return sha256_bytes(found.read_bytes())
    notes.append(f"{where}: no data.sha256 and source {source!r} not found; used the sha256 "
                 "of the text as UTF-8, which pairs only if the file is UTF-8 without a BOM")
    return sha256_bytes(text.encode("utf-8"))


def _span_of(item: Any, text: str, mentions: dict[tuple[int, int, str], Mention], where: str,
             notes: list[str]) -> GoldSpan | None:
    if not isinstance(item, dict) or item.get("type") != "labels":
        return None  # other control tags (choices, comments) are not spans
    value = item.get("value") or {}
    labels = value.get("labels") or []
    start, end = value.get("start"), value.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and labels):
        notes.append(f"{where}: skipped: no start, end or label")
        return None
    if len(labels) > 1:
        notes.append(f"{where}: several labels {labels}; kept {labels[0]}")
    label = str(labels[0])
    start, end = _code_points(text, start, end, value.get("text"), where, notes)
    span_text = text[start:end] if 0 <= start < end <= len(text) else str(value.get("text", ""))
    m = mentions.get((start, end, label))
    if m is not None:
        return from_mention(m)
    notes.append(f"{where}: {label} {start}-{end} '{short(span_text)}': no extractor mention "
                 "with this span; value parsed from the text, check it")
    return guess_span(start, end, label, span_text)


def _code_points(text: str, start: int, end: int, expected: Any, where: str,
                 notes: list[str]) -> tuple[int, int]:
    """Offsets into ``text``; UTF-16 offsets are converted when only they fit ``expected``."""
    if not isinstance(expected, str) or text[start:end] == expected:
        return start, end
    utf16 = text.encode("utf-16-le")
    try:
        s = len(utf16[:2 * start].decode("utf-16-le"))
        e = len(utf16[:2 * end].decode("utf-16-le"))
    except UnicodeDecodeError:
        return start, end
    if text[s:e] == expected:
        notes.append(f"{where}: offsets {start}-{end} were UTF-16; converted to {s}-{e}")
        return s, e
    return start, end


# -- values --------------------------------------------------------------------------------


def json_number(value: Decimal | None) -> int | float | None:
    """An exact JSON number: an int when whole (21580000000), else a float."""
    if value is None:
        return None
    value = plain(value)
    return int(value) if value == value.to_integral_value() else float(value)


def from_mention(m: Mention) -> GoldSpan:
    numeric = m.label in NUMERIC_LABELS
    return GoldSpan(start=m.start, end=m.end, label=m.label, text=m.text,
                    value=json_number(m.value) if numeric else m.norm,
                    value_max=json_number(m.value_max) if numeric else None,
                    unit=m.unit, qualifier=m.qualifier)


_MAGNITUDE = r"(?:十万|百万|千万|万亿|十亿|百亿|千亿|[十百千万亿])"
_ARABIC = r"[0-9０-９](?:[0-9０-９,，.．]|\s(?=[0-9０-９]))*"
_CHINESE = r"[零〇一二两三四五六七八九十百千万亿]+"
_NUMERIC = re.compile(
    rf"^(?P<pre>第)?\s*(?:(?P<num>{_ARABIC})|(?P<cn>{_CHINESE}))"
    rf"(?:\s*[至到~～-]\s*(?:(?P<num2>{_ARABIC})|(?P<cn2>{_CHINESE})))?"
    rf"\s*(?P<approx>[多余几])?\s*(?P<mag>{_MAGNITUDE})?"
    r"\s*(?P<inner>[多余几])?\s*(?P<unit>.*)$", re.S)
_DATE = re.compile(r"^(?P<y>\d{4})\s*年(?:\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?$")


def guess_span(start: int, end: int, label: str, span_text: str) -> GoldSpan:
    """A gold span valued from its own text (no extractor mention to copy)."""
    value: int | float | str | None = None
    value_max: int | float | None = None
    unit: str | None = None
    qualifier: str | None = None
    if label in NUMERIC_LABELS:
        value, value_max, unit, qualifier = parse_numeric_text(label, span_text)
    elif label == "DATE":
        value, qualifier = parse_date_text(span_text), "exact"
    else:
        name = canonical_name(span_text)
        value = name[1:-1] if label == "DOC" and name[:1] == "《" and name[-1:] == "》" else name
    return GoldSpan(start=start, end=end, label=label, text=span_text, value=value,
                    value_max=value_max, unit=unit, qualifier=qualifier)


Number = int | float


def parse_numeric_text(label: str, span_text: str) -> tuple[Number | None, Number | None,
                                                              str | None, str | None]:
    """``(value, value_max, unit, qualifier)`` of a numeric span's own text.

    The values are None when the text does not parse; the caller's checker says so.
    """
    m = _NUMERIC.match(span_text.strip())
    qualifier = "exact"
    if m is None:
        return None, None, None, qualifier
    approx = m.group("approx") or m.group("inner")
    if approx:
        qualifier = "approx" if approx == "几" else "over"
    unit = m.group("unit").replace(" ", "").replace("\n", "") or None
    if label == "RANK":
        if unit and unit.endswith("强"):
            qualifier = "top"
        unit = None
    try:
        mag = magnitude(m.group("mag"))
        number = _numeral(m.group("num") or m.group("cn")) * mag
        top = m.group("num2") or m.group("cn2")
        number_max = _numeral(top) * mag if top else None
    except NumeralError:
        return None, None, unit, qualifier
    return json_number(number), json_number(number_max), unit, qualifier


def _numeral(text: str) -> Decimal:
    return parse_numeral(text.replace("．", ".").replace("，", ","))


def parse_date_text(span_text: str) -> str | None:
    """An ISO date for an explicit ``2019年``, ``2017年9月`` or ``2020年2月15日``; else None."""
    m = _DATE.match(span_text.strip())
    if m is None:
        return None
    iso = m.group("y")
    if m.group("m"):
        iso += f"-{int(m.group('m')):02d}"
        if m.group("d"):
            iso += f"-{int(m.group('d')):02d}"
    return iso
