"""``policy-extract show``: a document's mentions in place, in a terminal or a page.

The text is always the file itself (offsets index it); its mentions come either
from a run's tables (``--from OUT``: the document with the same bytes, by sha256,
fast) or from running the pipeline on it now. The page is self-contained: coloured
spans, a legend whose boxes hide or show a label, and every span's details (label,
value, unit, qualifier, norm, rule, score and, for numbers, the fact it states) in
its tooltip and in a panel on click.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .batch import InputFile, process_file
from .decode import decode_path
from .model import PolicyExtractError
from .pipeline import Pipeline
from .present import LABELS, Facts, chip, colour, describe_value, esc, mention_details, page
from .tables import read_table

Row = dict[str, Any]
FactIndex = dict[tuple[str, int, int], Row]


@dataclass(frozen=True, slots=True)
class DocView:
    """One document to show: its text and its mentions (sorted by offset)."""

    source: str
    doc_id: str
    text: str
    mentions: list[Row]
    ref_date: str | None = None
    origin: str = ""  # where the mentions come from, for the page's header


@dataclass(slots=True)
class Views:
    docs: list[DocView] = field(default_factory=list)
    #: (file, why it is not shown)
    problems: list[tuple[str, str]] = field(default_factory=list)


def _keep(mentions: pd.DataFrame, labels: Collection[str] | None) -> pd.DataFrame:
    if labels:
        mentions = mentions[mentions["label"].isin(list(labels))]
    return mentions.sort_values(["start", "end"], kind="stable")


def _rows(mentions: pd.DataFrame) -> list[Row]:
    return mentions.astype(object).where(mentions.notna(), None).to_dict("records")


def views_from_run(files: Sequence[InputFile], out: Path,
                   labels: Collection[str] | None = None) -> Views:
    """Each file with the mentions a run wrote to ``out`` for the same bytes."""
    docs = read_table(out, "documents", ["doc_id", "sha256", "status", "ref_date"]).to_pandas()
    docs = docs[docs["status"] == "ok"].drop_duplicates("sha256", keep="last")
    by_sha = {r["sha256"]: r for r in docs.to_dict("records")}
    wanted: dict[str, tuple[InputFile, str, str | None]] = {}  # doc_id -> file, text, ref
    views = Views()
    for item in files:
        try:
            text, _, sha = decode_path(item.path)
        except PolicyExtractError as exc:
            views.problems.append((str(item.path), str(exc)))
            continue
        doc = by_sha.get(sha)
        if doc is None:
            views.problems.append((str(item.path), f"not in {out}: no document there has "
                                   f"these bytes (run `policy-extract run` on it first)"))
            continue
        ref = None if pd.isna(doc["ref_date"]) else str(doc["ref_date"])
        wanted[doc["doc_id"]] = (item, text, ref)
    table = read_table(out, "mentions")
    table = table.filter(pc.is_in(table.column("doc_id"),
                                  value_set=pa.array(list(wanted), type=pa.string())))
    mentions = _keep(table.to_pandas(), labels)
    groups = {doc_id: g for doc_id, g in mentions.groupby("doc_id", sort=False)}
    for doc_id, (item, text, ref) in wanted.items():
        rows = _rows(groups[doc_id]) if doc_id in groups else []
        views.docs.append(DocView(str(item.path), doc_id, text, rows, ref,
                                  f"the run in {out}"))
    return views


def views_from_pipeline(files: Sequence[InputFile], pipeline: Pipeline,
                        ref_date: str | None = None,
                        labels: Collection[str] | None = None) -> Views:
    """Each file with the mentions ``pipeline`` finds in it now (what ``run`` writes)."""
    views = Views()
    for item in files:
        result = process_file(pipeline, item, ref_date)
        doc = result.document
        if doc["status"] != "ok":
            views.problems.append((str(item.path), str(doc["error"])))
            continue
        text, _, _ = decode_path(item.path)
        rows = _rows(_keep(result.mentions.to_pandas(), labels))
        views.docs.append(DocView(str(item.path), doc["doc_id"], text, rows, doc["ref_date"],
                                  f"pipeline {pipeline.version}, run now"))
    return views


def segments(text: str, mentions: Sequence[Row]) -> list[tuple[str, Row | None]]:
    """The text cut into plain pieces and mention pieces, in order. A mention that
    overlaps one before it, or falls outside the text, is left out (the tables are
    flat, so this only guards against a table that is not)."""
    out: list[tuple[str, Row | None]] = []
    pos = 0
    for m in mentions:
        start, end = int(m["start"]), int(m["end"])
        if start < pos or end > len(text) or end <= start:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], m))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def label_counts(docs: Iterable[DocView]) -> dict[str, int]:
    """Mentions per label, in legend order, labels with none left out."""
    counts = dict.fromkeys(LABELS, 0)
    for view in docs:
        for m in view.mentions:
            counts[m["label"]] = counts.get(m["label"], 0) + 1
    return {label: n for label, n in counts.items() if n}


# -- terminal ---------------------------------------------------------------------------------

def terminal_annotation(m: Row) -> str:
    """What follows a span in the terminal: its label and its value or canonical name
    (a name's canonical only where it differs from the text)."""
    value = describe_value(m)
    if value == "".join(str(m["text"]).split()):
        value = ""
    return f"[{m['label']}{' ' + value if value else ''}]"


def render_terminal(views: Views, console: Any) -> None:
    """Print each document with its spans highlighted (``console``: a rich Console)."""
    from rich.rule import Rule
    from rich.text import Text

    legend = Text("labels: ")
    for label, n in label_counts(views.docs).items():
        legend.append(f" {label} {n} ", style=f"black on {colour(label)}")
        legend.append(" ")
    console.print(legend)
    for view in views.docs:
        console.print(Rule(style="dim"))
        console.print(Text(f"{view.source} · {len(view.mentions)} mentions · reference date "
                           f"{view.ref_date or 'none'} · from {view.origin}", style="bold"))
        body = Text()
        for piece, m in segments(view.text, view.mentions):
            if m is None:
                body.append(piece)
                continue
            body.append(piece, style=f"black on {colour(m['label'])}")
            body.append(terminal_annotation(m), style="dim")
        console.print(body)


# -- HTML -------------------------------------------------------------------------------------

SHOW_CSS = """
header.top .legend label { margin-right: 6px; white-space: nowrap; font-size: 13px; }
nav.docs { font-size: 13px; margin: 6px 0 0; max-height: 5.5em; overflow: auto; }
nav.docs a { margin-right: 12px; }
section.doc { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
.text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line);
  padding: 14px 18px; font-size: 16px; line-height: 2.1; max-width: 60em; }
mark.m { color: #000; border-radius: 3px; padding: 1px 2px; cursor: pointer; }
body.tags mark.m::after { content: attr(data-label); font-size: 9px; font-weight: 700;
  margin-left: 3px; vertical-align: 1px; opacity: .6; }
mark.m.sel { outline: 2px solid #222; }
#detail { position: fixed; right: 16px; bottom: 16px; width: 340px; max-height: 60vh;
  overflow: auto; background: #fff; border: 1px solid #bbb; border-radius: 6px;
  box-shadow: 0 2px 10px rgba(0,0,0,.15); padding: 8px 10px; font-size: 13px; }
#detail table { width: 100%; margin: 0; }
#detail th { width: 6em; }
"""

SHOW_JS = r"""
(function () {
  var body = document.body;
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t.dataset && t.dataset.toggle) { body.classList.toggle('hide-' + t.dataset.toggle, !t.checked); }
    if (t.id === 'tags') { body.classList.toggle('tags', t.checked); }
  });
  var selected = null;
  document.addEventListener('click', function (e) {
    var m = e.target.closest ? e.target.closest('mark.m') : null;
    if (!m) { return; }
    if (selected) { selected.classList.remove('sel'); }
    selected = m; m.classList.add('sel');
    var rows = document.getElementById('detail-rows');
    while (rows.firstChild) { rows.removeChild(rows.firstChild); }
    m.title.split('\n').forEach(function (line) {
      var i = line.indexOf(': ');
      var tr = document.createElement('tr');
      var th = document.createElement('th'); th.textContent = line.slice(0, i);
      var td = document.createElement('td'); td.textContent = line.slice(i + 2);
      tr.appendChild(th); tr.appendChild(td); rows.appendChild(tr);
    });
    document.getElementById('detail-hint').hidden = true;
  });
})();
"""


def _hide_css(labels: Iterable[str]) -> str:
    return "\n".join(f"body.hide-{label} mark.L-{label} {{ background: transparent; }} "
                     f"body.hide-{label} mark.L-{label}::after {{ display: none; }}"
                     for label in labels)


def mention_title(m: Row, facts: Facts, fact_index: FactIndex) -> str:
    """The tooltip: one ``field: value`` line per detail, ``label: …`` first."""
    fact = fact_index.get((m["doc_id"], int(m["start"]), int(m["end"])))
    return "\n".join(f"{k}: {v}" for k, v in mention_details(m, fact, facts.note))


def _doc_html(n: int, view: DocView, facts: Facts, fact_index: FactIndex) -> str:
    parts = []
    for piece, m in segments(view.text, view.mentions):
        if m is None:
            parts.append(esc(piece))
            continue
        label = esc(m["label"])
        parts.append(f'<mark class="m L-{label}" data-label="{label}" data-start="{m["start"]}"'
                     f' data-end="{m["end"]}" title="{esc(mention_title(m, facts, fact_index))}"'
                     f">{esc(piece)}</mark>")
    counts = " ".join(chip(label, f" {k:,}") for label, k in label_counts([view]).items())
    return (f'<section class="doc" id="doc-{n}" data-doc-id="{esc(view.doc_id)}">\n'
            f"<h2>{esc(view.source)}</h2>\n"
            f'<p class="meta">{len(view.text):,} characters · {len(view.mentions):,} mentions'
            f" · reference date {esc(view.ref_date or 'none')} · mentions from "
            f"{esc(view.origin)}<br>{counts}</p>\n"
            f'<div class="text">{"".join(parts)}</div>\n</section>')


def render_html(views: Views, facts: Facts, title: str = "policy-extract show") -> str:
    """One self-contained page: a legend (boxes hide or show a label), a list of the
    documents, each document's text with its mentions as ``<mark>`` elements (label in
    ``data-label``, offsets in ``data-start``/``data-end``, details in ``title``) and a
    details panel filled on click."""
    counts = label_counts(views.docs)
    legend = "".join(
        f'<label><input type="checkbox" data-toggle="{esc(label)}" checked> '
        f"{chip(label, f' {n:,}')}</label>" for label, n in counts.items())
    nav = ""
    if len(views.docs) > 1:
        nav = '<nav class="docs">' + "".join(
            f'<a href="#doc-{i}">{esc(v.source)}</a>' for i, v in enumerate(views.docs)) + "</nav>"
    problems = "".join(f'<p class="note">not shown: {esc(src)}: {esc(why)}</p>'
                       for src, why in views.problems)
    fact_note = "" if facts.table is not None else f'<p class="note">{esc(facts.note)}</p>'
    fact_index = facts.by_span()
    docs = "\n".join(_doc_html(i, v, facts, fact_index) for i, v in enumerate(views.docs))
    body = (f'<header class="top"><h1>{esc(title)}</h1>\n<div class="legend">{legend} '
            f'<label><input type="checkbox" id="tags" checked> labels on spans</label>'
            f"</div>{nav}</header>\n<main>\n{problems}{fact_note}{docs}\n</main>\n"
            f'<aside id="detail"><p id="detail-hint" class="muted">Click a highlighted span '
            f"to see its details (its tooltip has them too).</p>"
            f'<table><tbody id="detail-rows"></tbody></table></aside>')
    return page(title, body, css=SHOW_CSS + _hide_css(counts), script=SHOW_JS,
                body_class="tags")
