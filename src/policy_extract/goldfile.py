"""Read gold JSONL files (shared/ANNOTATION.md) and check them against the contract.

:func:`check_files` reads every line it can and returns every problem it finds,
each as ``FILE:LINE: span N (start-end 'text'): problem`` (``N`` indexes the
line's ``spans`` list from 0, as ``jq '.spans[N]'`` does). A source file that
cannot be found is a note, not a problem. :func:`read_gold` returns the
documents of files that check clean and raises :class:`GoldError` otherwise.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decode import DecodeError, decode_bytes, sha256_bytes
from .model import ALL_LABELS, NAME_LABELS, NUMERIC_LABELS, QUALIFIERS, PolicyExtractError

#: Labels whose spans carry a unit (RANK and the non-numeric labels have none).
UNIT_LABELS: frozenset[str] = NUMERIC_LABELS - {"RANK"}
PERCENT_UNITS: frozenset[str] = frozenset({"%", "‰", "个百分点"})
DOC_KEYS: tuple[str, ...] = ("doc_id", "source", "sha256", "ref_date", "text", "spans")
SPAN_KEYS: tuple[str, ...] = ("start", "end", "label", "text", "value", "value_max", "unit",
                              "qualifier")

_ISO_POINT = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
ISO_DATE = re.compile(rf"^{_ISO_POINT}(?:/{_ISO_POINT})?$")
REF_DATE = re.compile(rf"^{_ISO_POINT}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class GoldError(PolicyExtractError):
    """A gold file that cannot be read or does not follow the contract."""


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    label: str
    text: str
    value: float | int | str | None
    value_max: float | int | None = None
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    doc_id: str
    source: str
    sha256: str
    ref_date: str | None
    text: str
    spans: tuple[GoldSpan, ...]
    path: str = ""  # the gold file it came from
    line: int = 0


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding; ``str()`` gives ``FILE:LINE: span N (start-end 'text'): message``."""

    file: str
    line: int | None
    message: str
    span: int | None = None
    where: str = ""  # "start-end 'text'" of the span
    note: bool = False  # a note (e.g. source not found) does not fail the check

    def __str__(self) -> str:
        loc = f"{self.file}:{self.line}" if self.line is not None else self.file
        what = f"span {self.span} ({self.where}): " if self.span is not None else ""
        kind = "note: " if self.note else ""
        return f"{loc}: {kind}{what}{self.message}"


@dataclass(slots=True)
class CheckReport:
    files: list[str] = field(default_factory=list)
    documents: list[GoldDocument] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # errors and notes, in file order
    missing: list[str] = field(default_factory=list)  # files that do not exist

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.note]

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.problems if p.note]

    @property
    def n_spans(self) -> int:
        return sum(len(d.spans) for d in self.documents)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.missing


def short(text: str, limit: int = 30) -> str:
    """A one-line, bounded rendering of a span's text for messages."""
    flat = text.replace("\r", "\\r").replace("\n", "\\n")
    return flat if len(flat) <= limit else flat[:limit] + "…"


# -- reading -------------------------------------------------------------------------------


def check_files(paths: Iterable[Path], *, cwd: Path | None = None) -> CheckReport:
    """Check every gold file; never raises for bad content, only reports it."""
    report = CheckReport()
    for path in paths:
        path = Path(path)
        report.files.append(str(path))
        if not path.is_file():
            report.missing.append(str(path))
            report.problems.append(Problem(str(path), None, "file not found" if not path.exists()
                                           else "not a file"))
            continue
        docs, problems = check_file(path, cwd=cwd)
        report.documents.extend(docs)
        report.problems.extend(problems)
    return report


def check_file(path: Path, *, cwd: Path | None = None) -> tuple[list[GoldDocument], list[Problem]]:
    """The documents of one gold file that parse, and every problem of the file."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [Problem(name, None, f"cannot read the file ({exc.strerror or exc})")]
    docs: list[GoldDocument] = []
    problems: list[Problem] = []
    lines = data.split(b"\n")
    if not any(raw.strip() for raw in lines):
        return [], [Problem(name, None, "the file is empty: no gold documents")]
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(name, number, f"not UTF-8 (byte {exc.start} of the line); "
                                                  "gold files are UTF-8"))
            continue
        doc, found = check_line(line, name, number, base=path.parent, cwd=cwd)
        problems.extend(found)
        if doc is not None:
            docs.append(doc)
    return docs, problems


def read_gold(paths: Sequence[Path], *, cwd: Path | None = None) -> list[GoldDocument]:
    """The documents of the gold files, or :class:`GoldError` listing their problems."""
    report = check_files(paths, cwd=cwd)
    if report.errors:
        shown = "\n".join(f"  {p}" for p in report.errors[:10])
        more = len(report.errors) - 10
        tail = f"\n  … and {more} more" if more > 0 else ""
        raise GoldError(f"{len(report.errors)} problem(s) in the gold "
                        f"(run `policy-extract gold check`):\n{shown}{tail}")
    return report.documents


def check_line(line: str, file: str, number: int, *, base: Path | None = None,
               cwd: Path | None = None) -> tuple[GoldDocument | None, list[Problem]]:
    """Parse and check one JSONL line; the document is None when it cannot be built."""
    def problem(message: str, note: bool = False) -> Problem:
        return Problem(file, number, message, note=note)

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, [problem(f"not valid JSON: {exc.msg} (column {exc.colno})")]
    if not isinstance(obj, dict):
        return None, [problem(f"expected a JSON object, got {type(obj).__name__}")]
    problems = [problem(f"missing key {key!r}") for key in DOC_KEYS if key not in obj]
    if problems:
        return None, problems
    for key in ("doc_id", "source", "sha256", "text"):
        if not isinstance(obj[key], str):
            problems.append(problem(f"{key} must be a string, got {_type(obj[key])}"))
    if not isinstance(obj["spans"], list):
        problems.append(problem(f"spans must be a list, got {_type(obj['spans'])}"))
    if problems:
        return None, problems
    ref_date = obj["ref_date"]
    if ref_date is not None and not (isinstance(ref_date, str) and REF_DATE.match(ref_date)):
        problems.append(problem(f"ref_date must be YYYY, YYYY-MM or YYYY-MM-DD, got {ref_date!r}"))
        ref_date = None
    if not _SHA256.match(obj["sha256"]):
        problems.append(problem(f"sha256 must be 64 lowercase hex digits, got {obj['sha256']!r}"))
    else:
        problems.extend(_check_source(obj, file, number, base, cwd))
    spans, span_problems = _check_spans(obj["spans"], obj["text"], file, number)
    problems.extend(span_problems)
    doc = GoldDocument(doc_id=obj["doc_id"], source=obj["source"], sha256=obj["sha256"],
                       ref_date=ref_date, text=obj["text"], spans=tuple(spans),
                       path=file, line=number)
    return doc, problems


def _type(value: Any) -> str:
    return "null" if value is None else type(value).__name__


# -- the source file -----------------------------------------------------------------------


def source_candidates(source: str, base: Path | None, cwd: Path | None = None) -> list[Path]:
    """Where a gold ``source`` may be: beside the gold folder, at the repo root, under cwd."""
    src = Path(source)
    if src.is_absolute():
        return [src]
    roots: list[Path] = []
    if base is not None:
        base = base.resolve()
        roots.append(base.parent)
        root = _repo_root(base)
        if root is not None:
            roots.append(root)
        roots.append(base)
    roots.append((cwd or Path.cwd()).resolve())
    seen: list[Path] = []
    for root in roots:
        if (root / src) not in seen:
            seen.append(root / src)
    return seen


def find_source(source: str, base: Path | None, cwd: Path | None = None) -> Path | None:
    return next((p for p in source_candidates(source, base, cwd) if p.is_file()), None)


def _repo_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / ".git").exists() or (folder / "pyproject.toml").is_file():
            return folder
    return None


def _check_source(obj: dict[str, Any], file: str, number: int, base: Path | None,
                  cwd: Path | None) -> list[Problem]:
    found = find_source(obj["source"], base, cwd)
    if found is None:
        looked = ", ".join(str(p.parent) for p in source_candidates(obj["source"], base, cwd))
        return [Problem(file, number, f"source {obj['source']!r} not found (looked under "
                                      f"{looked}); sha256 and text not checked", note=True)]
    try:
        data = found.read_bytes()
    except OSError as exc:
        return [Problem(file, number, f"cannot read source {found}: {exc.strerror or exc}",
                        note=True)]
    sha = sha256_bytes(data)
    if sha != obj["sha256"]:
        return [Problem(file, number, f"sha256 {obj['sha256'][:12]}… differs from the sha256 "
                                      f"of {found} ({sha[:12]}…): the source changed or the "
                                      "gold names the wrong file")]
    try:
        decoded, _ = decode_bytes(data, name=str(found))
    except DecodeError as exc:
        return [Problem(file, number, f"cannot decode source: {exc}", note=True)]
    if decoded != obj["text"]:
        at = next((i for i, (a, b) in enumerate(zip(decoded, obj["text"], strict=False))
                   if a != b), min(len(decoded), len(obj["text"])))
        return [Problem(file, number, f"text differs from the decoded source {found} "
                                      f"from character {at} on")]
    return []


# -- spans ---------------------------------------------------------------------------------


def _check_spans(raw_spans: list[Any], text: str, file: str,
                 number: int) -> tuple[list[GoldSpan], list[Problem]]:
    spans: list[GoldSpan] = []
    problems: list[Problem] = []
    prev: _Seen | None = None  # the span before, for the order
    reach: _Seen | None = None  # the span reaching furthest so far, for overlaps
    for i, raw in enumerate(raw_spans):
        where = _where(raw)

        def problem(message: str, i: int = i, where: str = where) -> Problem:
            return Problem(file, number, message, span=i, where=where)

        if not isinstance(raw, dict):
            problems.append(problem(f"a span must be a JSON object, got {_type(raw)}"))
            continue
        missing = [k for k in SPAN_KEYS if k not in raw]
        if missing:
            problems.append(problem("missing key(s) " + ", ".join(repr(k) for k in missing)))
            continue
        start, end = raw["start"], raw["end"]
        if not (_is_int(start) and _is_int(end)):
            problems.append(problem(f"start and end must be integers, got {_type(start)} and "
                                    f"{_type(end)}"))
            continue
        messages = _offset_problems(start, end, raw["text"], text)
        messages += _field_problems(raw)
        seen = _Seen(i, start, end, raw["text"] if isinstance(raw["text"], str) else "")
        if prev is not None and start < prev.start:
            messages.append(f"not sorted: starts before span {prev}; spans must be sorted "
                            "by start")
        elif reach is not None and start < reach.end:
            messages.append(f"overlaps span {reach}; spans must not overlap")
        prev = seen
        if reach is None or end > reach.end:
            reach = seen
        problems.extend(problem(m) for m in messages)
        spans.append(GoldSpan(start=start, end=end, label=str(raw["label"]),
                              text=str(raw["text"]), value=raw["value"],
                              value_max=raw["value_max"], unit=raw["unit"],
                              qualifier=raw["qualifier"]))
    return spans, problems


@dataclass(frozen=True, slots=True)
class _Seen:
    index: int
    start: int
    end: int
    text: str

    def __str__(self) -> str:
        return f"{self.index} ({self.start}-{self.end} '{short(self.text)}')"


def _where(raw: Any) -> str:
    if not isinstance(raw, dict):
        return "?-? ''"
    start, end = raw.get("start", "?"), raw.get("end", "?")
    text = raw.get("text")
    return f"{start}-{end} '{short(text) if isinstance(text, str) else ''}'"


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def _offset_problems(start: int, end: int, span_text: Any, text: str) -> list[str]:
    if not isinstance(span_text, str):
        return [f"text must be a string, got {_type(span_text)}"]
    if not 0 <= start < end <= len(text):
        return [f"offsets out of range: need 0 <= start < end <= {len(text)} (the text length)"]
    actual = text[start:end]
    if actual != span_text:
        return [f"text '{short(span_text)}' differs from text[{start}:{end}] '{short(actual)}'"]
    return []


def _field_problems(raw: dict[str, Any]) -> list[str]:
    label = raw["label"]
    if label not in ALL_LABELS:
        return [f"unknown label {label!r}; use one of {', '.join(sorted(ALL_LABELS))}"]
    out = _value_problems(label, raw["value"], raw["value_max"])
    out += _unit_problems(label, raw["unit"])
    out += _qualifier_problems(label, raw["qualifier"])
    return out


def _value_problems(label: str, value: Any, value_max: Any) -> list[str]:
    out = []
    if label in NUMERIC_LABELS:
        if not _is_number(value):
            out.append(f"{label} value must be a number, got {_type(value)} {value!r}")
    elif label == "DATE":
        if not (isinstance(value, str) and ISO_DATE.match(value)):
            out.append(f"DATE value must be an ISO date YYYY, YYYY-MM, YYYY-MM-DD or an "
                       f"interval A/B, got {value!r}")
    elif label in NAME_LABELS and not (isinstance(value, str) and value.strip()):
        out.append(f"{label} value must be a non-empty string (the canonical name), "
                   f"got {value!r}")
    if value_max is not None:
        if label not in NUMERIC_LABELS:
            out.append(f"value_max is only for numeric labels; must be null for {label}")
        elif not _is_number(value_max):
            out.append(f"value_max must be a number or null, got {_type(value_max)} "
                       f"{value_max!r}")
        elif _is_number(value) and value_max <= value:
            out.append(f"value_max {value_max} must be above value {value}")
    return out


def _unit_problems(label: str, unit: Any) -> list[str]:
    if label not in UNIT_LABELS:
        return [] if unit is None else [f"unit must be null for {label}, got {unit!r}"]
    if not (isinstance(unit, str) and unit.strip()):
        return [f"{label} needs a unit (the unit or classifier as written), got {unit!r}"]
    if label == "PERCENT" and unit not in PERCENT_UNITS:
        return [f"PERCENT unit must be one of {', '.join(sorted(PERCENT_UNITS))}, got {unit!r}"]
    return []


def _qualifier_problems(label: str, qualifier: Any) -> list[str]:
    allowed = QUALIFIERS.get(label)
    if allowed is None:
        return [] if qualifier is None else [
            f"qualifier must be null for {label}, got {qualifier!r}"]
    if qualifier not in allowed:
        return [f"qualifier {qualifier!r} not allowed for {label}; use one of "
                f"{', '.join(sorted(allowed))}"]
    return []


# -- writing -------------------------------------------------------------------------------


def span_dict(span: GoldSpan) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "label": span.label, "text": span.text,
            "value": span.value, "value_max": span.value_max, "unit": span.unit,
            "qualifier": span.qualifier}


def document_line(doc: GoldDocument) -> str:
    """One JSONL line in the contract's key order (UTF-8, not ASCII-escaped)."""
    obj = {"doc_id": doc.doc_id, "source": doc.source, "sha256": doc.sha256,
           "ref_date": doc.ref_date, "text": doc.text,
           "spans": [span_dict(s) for s in doc.spans]}
    return json.dumps(obj, ensure_ascii=False)


def write_gold(docs: Iterable[GoldDocument], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(document_line(d) + "\n" for d in docs), encoding="utf-8")


def training_gold(root: Path) -> list[GoldDocument]:
    """The gold the learned parts train on (placegate, crfnames): every document of
    ``gold/dev/train`` under the checkout ``root``, in name order, and ``gold/seed.jsonl``;
    never the test split."""
    return read_gold(sorted((root / "gold/dev/train").glob("*.jsonl"))
                     + [root / "gold/seed.jsonl"])
