"""``policy-extract report``: one self-contained page about a run.

:func:`build_report` reads the tables of a run folder and returns the figures as
DataFrames (a notebook can use them as they are); :func:`render_report` writes the
page. Every figure in the page carries ``data-fig`` (what it is) and keys, so a
test can check it against the tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .charts import bar_chart, log_strip_chart, stacked_bar_chart
from .model import PolicyExtractError
from .present import (
    LABELS,
    Facts,
    chip,
    esc,
    format_number,
    html_table,
    is_missing,
    load_facts,
    page,
)
from .tables import part_paths, read_table

NAME_LABELS_SHOWN = ("ORG", "INITIATIVE", "GPE")
TOP_NAMES = 15
TOP_AMOUNTS = 20
TOP_INDICATORS = 30
#: characters of a sentence shown on each side of an amount
CONTEXT = 80


@dataclass(frozen=True, slots=True)
class RunReport:
    out: Path
    documents: pd.DataFrame        # the documents table
    status: pd.DataFrame           # status, documents
    labels: pd.DataFrame           # label, mentions, documents
    per_document: pd.DataFrame     # doc_id x label counts, and total
    names: dict[str, pd.DataFrame]  # label -> name, mentions, documents
    amounts: pd.DataFrame          # the largest MONEY mentions with their sentences
    amounts_by_doc: dict[str, list[float]]
    facts: Facts
    indicators: pd.DataFrame | None  # indicator, facts, documents, kinds


class NoRunError(PolicyExtractError):
    """The folder holds no tables of a run."""


def label_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """label, mentions, documents (with at least one), in legend order."""
    g = mentions.groupby("label").agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique"))
    order = [lab for lab in LABELS if lab in g.index] + sorted(set(g.index) - set(LABELS))
    return g.loc[order].reset_index()


def per_document_table(mentions: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per document (every one, failed ones with zeros), a column per label."""
    counts = pd.crosstab(mentions["doc_id"], mentions["label"])
    order = [lab for lab in LABELS if lab in counts.columns]
    order += sorted(set(counts.columns) - set(order))
    counts = counts.reindex(index=documents["doc_id"], columns=order, fill_value=0)
    counts["total"] = counts.sum(axis=1)
    return counts


def name_key(mentions: pd.DataFrame) -> pd.Series:
    """The name a mention stands for: a variant's full name (``alias_of``), else its
    canonical form, else its text without line breaks."""
    text = mentions["text"].str.replace(r"\s+", "", regex=True)
    name = mentions["norm"].where(mentions["norm"].notna(), text)
    if "alias_of" in mentions:
        name = mentions["alias_of"].where(mentions["alias_of"].notna(), name)
    return name


def top_names(mentions: pd.DataFrame, label: str, n: int = TOP_NAMES) -> pd.DataFrame:
    """The ``n`` most frequent names of ``label``: name, mentions, documents."""
    m = mentions[mentions["label"] == label]
    g = (m.assign(name=name_key(m)).groupby("name")
         .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique")).reset_index())
    return g.sort_values(["mentions", "documents", "name"], ascending=[False, False, True]
                         ).head(n).reset_index(drop=True)


def largest_amounts(mentions: pd.DataFrame, sentences: pd.DataFrame,
                    n: int = TOP_AMOUNTS) -> pd.DataFrame:
    """The ``n`` largest MONEY mentions (by value, then by place) with their sentences."""
    money = mentions[(mentions["label"] == "MONEY") & mentions["value"].notna()]
    top = money.sort_values(["value", "doc_id", "start"], ascending=[False, True, True]).head(n)
    return top.merge(sentences.rename(columns={"text": "sentence", "start": "sentence_start"}),
                     on=["doc_id", "sentence_id"], how="left")


def indicator_table(facts: pd.DataFrame, n: int = TOP_INDICATORS) -> pd.DataFrame:
    """The ``n`` indicators with most facts: indicator, facts, documents, kinds."""
    f = facts.assign(kind=facts["kind"] if "kind" in facts.columns else None)
    g = f.groupby("indicator").agg(
        facts=("doc_id", "size"), documents=("doc_id", "nunique"),
        kinds=("kind", lambda k: ", ".join(sorted({str(x) for x in k.dropna()}))))
    return (g.reset_index().sort_values(["facts", "indicator"], ascending=[False, True])
            .head(n).reset_index(drop=True))


def build_report(out: Path) -> RunReport:
    """The figures of the run in ``out``."""
    if not part_paths(out, "documents"):
        raise NoRunError(f"{out}: no run there (no documents table); write one with "
                         f"`policy-extract run FILES -o {out}`")
    documents = read_table(out, "documents").to_pandas()
    mentions = read_table(out, "mentions", ["doc_id", "start", "end", "label", "text", "value",
                                            "unit", "qualifier", "norm", "sentence_id"]
                          ).to_pandas()
    status = (documents.groupby("status").size().rename("documents").reset_index()
              .sort_values("status", key=lambda s: s != "ok", kind="stable"))
    sentences = read_table(out, "sentences", ["doc_id", "sentence_id", "start", "text"]
                           ).to_pandas()
    amounts = largest_amounts(mentions, sentences)
    money = mentions[(mentions["label"] == "MONEY") & mentions["value"].notna()]
    by_doc = {d: g["value"].tolist() for d, g in money.groupby("doc_id")}
    facts = load_facts(out)
    indicators = indicator_table(facts.table) if facts.table is not None else None
    return RunReport(out, documents, status, label_table(mentions),
                     per_document_table(mentions, documents),
                     {lab: top_names(mentions, lab) for lab in NAME_LABELS_SHOWN},
                     amounts, by_doc, facts, indicators)


# -- the page ---------------------------------------------------------------------------------

def _fig(kind: str, value: int | float | str, **keys: object) -> str:
    """A figure as a cell's content, with what it is in data attributes."""
    attrs = "".join(f' data-{k}="{esc(v)}"' for k, v in keys.items())
    text = format_number(value) if isinstance(value, int | float) else esc(value)
    return f'<span data-fig="{kind}"{attrs}>{text}</span>'


def _documents_section(r: RunReport) -> str:
    status = ", ".join(f"{_fig('status', int(n), status=s)} {esc(s)}"
                       for s, n in zip(r.status["status"], r.status["documents"], strict=True))
    d = r.documents
    chars = int(d["n_chars"].fillna(0).sum())
    not_ok = d[d["status"] != "ok"]
    rows = [[esc(x.source), esc(x.status), esc(x.error)] for x in not_ok.itertuples()]
    warned = d[d["warnings"].map(lambda w: w is not None and len(w) > 0)]
    rows += [[esc(x.source), "ok, with warnings", esc("; ".join(x.warnings))]
             for x in warned.itertuples()]
    problems = (html_table(["document", "status", "reason"], rows) if rows else
                '<p class="muted">Every document was read and extracted without a warning.</p>')
    versions = ", ".join(sorted({f"{v} ({o})" for v, o in zip(
        d["pipeline_version"].fillna("?"), d["options"].fillna("?"), strict=True)}))
    return (f"<h2>Documents</h2>\n<p>{_fig('documents', len(d))} documents: {status}; "
            f"{_fig('characters', chars)} characters; "
            f"{_fig('mentions', int(r.labels['mentions'].sum()))} mentions. "
            f'<span class="muted">Pipeline and options: {esc(versions)}. Documents '
            f"skipped by a re-run as already done keep the row of the run that did them; "
            f"one row per document.</span></p>\n{problems}")


def _labels_section(r: RunReport) -> str:
    rows = [[chip(x.label), _fig("label-mentions", int(x.mentions), label=x.label),
             _fig("label-documents", int(x.documents), label=x.label)]
            for x in r.labels.itertuples()]
    chart = bar_chart(list(zip(r.labels["label"], r.labels["mentions"].astype(int),
                               strict=True)), "mentions per label")
    return (f"<h2>Mentions per label</h2>\n<div style='display:flex;gap:24px;"
            f"flex-wrap:wrap;align-items:flex-start'>"
            f"{html_table(['label', 'mentions', 'documents'], rows, numeric=(1, 2))}"
            f"<div>{chart}</div></div>")


def _per_document_section(r: RunReport) -> str:
    pd_ = r.per_document
    labels = [c for c in pd_.columns if c != "total"]
    source = dict(zip(r.documents["doc_id"], r.documents["source"], strict=True))
    info = r.documents.set_index("doc_id")[["status", "ref_date", "n_chars"]]
    header = ["document", "status", "reference date", "characters",
              *[chip(lab) for lab in labels], "total"]
    rows = [[esc(source.get(doc, doc)), esc(info.at[doc, "status"]),
             esc(info.at[doc, "ref_date"]) if isinstance(info.at[doc, "ref_date"], str) else "",
             "" if is_missing(info.at[doc, "n_chars"]) else format_number(info.at[doc, "n_chars"]),
             *[_fig("doc-label", int(row[lab]), doc=doc, label=lab) for lab in labels],
             _fig("doc-total", int(row["total"]), doc=doc)]
            for doc, row in pd_.iterrows()]
    chart = stacked_bar_chart(
        [(source.get(doc, str(doc)), [(lab, int(row[lab])) for lab in labels if row[lab]])
         for doc, row in pd_.iterrows()], "mentions per document, by label")
    return (f"<h2>Mentions per document</h2>\n{chart}\n"
            f'<div class="wide">{html_table(header, rows, numeric=range(3, len(header)))}'
            f"</div>")


def _names_section(r: RunReport) -> str:
    titles = {"ORG": "organisations", "INITIATIVE": "initiatives", "GPE": "places"}
    blocks = []
    for label, t in r.names.items():
        rows = [[esc(x.name), _fig("name-mentions", int(x.mentions), label=label, name=x.name),
                 _fig("name-documents", int(x.documents), label=label, name=x.name)]
                for x in t.itertuples()]
        table = (html_table(["name", "mentions", "documents"], rows, numeric=(1, 2)) if rows
                 else '<p class="muted">none</p>')
        blocks.append(f"<div><h3>{chip(label)} {titles[label]}</h3>{table}</div>")
    return ("<h2>Most frequent names</h2>\n<div style='display:flex;gap:24px;flex-wrap:wrap'>"
            + "".join(blocks) + "</div>")


def _sentence_html(sentence: object, sentence_start: object, start: int, end: int) -> str:
    """The sentence with the amount (raw offsets ``start``–``end``) marked, cut to
    ``CONTEXT`` characters on each side."""
    if not isinstance(sentence, str) or is_missing(sentence_start):
        return ""
    a, b = start - int(sentence_start), end - int(sentence_start)  # type: ignore[call-overload]
    if not 0 <= a < b <= len(sentence):
        return esc(sentence)
    before = sentence[:a] if a <= CONTEXT else "…" + sentence[a - CONTEXT:a]
    after = sentence[b:] if len(sentence) - b <= CONTEXT else sentence[b:b + CONTEXT] + "…"
    return f'{esc(before)}<mark class="L-MONEY">{esc(sentence[a:b])}</mark>{esc(after)}'



def _amounts_section(r: RunReport) -> str:
    source = dict(zip(r.documents["doc_id"], r.documents["source"], strict=True))
    rows = [[_fig("amount", float(x.value), doc=x.doc_id, start=int(x.start)),
             esc(x.unit if isinstance(x.unit, str) else ""), esc(x.qualifier),
             esc(source.get(x.doc_id, x.doc_id)),
             _sentence_html(x.sentence, x.sentence_start, int(x.start), int(x.end))]
            for x in r.amounts.itertuples()]
    table = (html_table(["value", "unit", "qualifier", "document", "sentence"], rows,
                        numeric=(0,)) if rows else '<p class="muted">No amounts of money.</p>')
    docs = [(source.get(d, d), vs) for d, vs in sorted(r.amounts_by_doc.items(),
                                                       key=lambda kv: source.get(kv[0], kv[0]))]
    chart = log_strip_chart(docs, "amounts of money by document (log scale, yuan)")
    picture = (f"<h3>Amounts by document</h3><p class='muted'>Each dot is one amount "
               f"(MONEY value in its base unit, log scale).</p>{chart}" if chart else "")
    return f"<h2>Largest amounts</h2>\n{table}\n{picture}"


def _facts_section(r: RunReport) -> str:
    if r.indicators is None:
        return f'<h2>Facts by indicator</h2>\n<p class="note">{esc(r.facts.note)}</p>'
    rows = [[esc(x.indicator), _fig("indicator-facts", int(x.facts), indicator=x.indicator),
             _fig("indicator-documents", int(x.documents), indicator=x.indicator),
             esc(x.kinds)] for x in r.indicators.itertuples()]
    assert r.facts.table is not None
    return (f"<h2>Facts by indicator</h2>\n<p>{_fig('facts', len(r.facts.table))} facts; "
            f"the {len(rows)} indicators with most facts:</p>\n"
            f"{html_table(['indicator', 'facts', 'documents', 'kinds'], rows, numeric=(1, 2))}")


REPORT_CSS = """
h3 { font-size: 15px; margin: 12px 0 4px; } svg { background: #fff; }
.wide { overflow-x: auto; }
.wide table { font-size: 12px; }
.wide th, .wide td { padding: 2px 5px; }
.wide td:first-child { max-width: 20em; overflow-wrap: anywhere; }
.wide .chip { font-size: 11px; padding: 0 3px; margin: 0; }
"""


def render_report(r: RunReport, title: str | None = None) -> str:
    title = title or f"policy-extract report: {r.out}"
    body = (f'<header class="top"><h1>{esc(title)}</h1></header>\n<main>\n'
            f"{_documents_section(r)}\n{_labels_section(r)}\n{_per_document_section(r)}\n"
            f"{_names_section(r)}\n{_amounts_section(r)}\n{_facts_section(r)}\n</main>")
    return page(title, body, css=REPORT_CSS)
