"""Command line: a thin layer over the library (each command calls one function).

Exit codes: 0 success; 1 the job ran but something failed (documents that
could not be read, a gold file with problems, a score below a floor); 2 the
command could not run or stopped on an error (missing input, unwritable or full
output, bad option); 130 (143) stopped by Ctrl-C (SIGTERM), after saying what is
kept and how to resume.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .batch import REF_DATE, Interrupted, Progress, RunSummary, read_ref_dates, run
from .model import PolicyExtractError
from .pipeline import DEFAULT_CRF, DEFAULT_NER, default_pipeline, settled_pipeline

app = typer.Typer(
    name="policy-extract",
    help="Extract amounts, counts, percentages, dates and names from Chinese government "
         "reports into Parquet tables (mentions, documents, sentences).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def _version(value: bool) -> None:
    if value:
        typer.echo(f"policy-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    """Extract amounts, counts, percentages, dates and names from Chinese government
    reports into Parquet tables (mentions, documents, sentences)."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"policy-extract: error: {message}", err=True)
    return typer.Exit(code)


def _check_ref_date(value: str | None) -> str | None:
    if value is not None and not REF_DATE.match(value):
        raise typer.BadParameter("use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2020-07")
    return value


def bundled_seeds() -> Path:
    from importlib import resources
    packaged = resources.files("policy_extract") / "_data" / "seeds"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "seeds"


@app.command("run")
def run_cmd(
    ctx: typer.Context,
    inputs: Annotated[list[Path] | None, typer.Argument(
        help="Files and/or folders (searched recursively for .txt, .md, .docx, .html, .htm, "
             ".shtml, .xhtml and .pdf; .docx, web pages and PDF need the formats extra). "
             "Other files met in a folder are listed as not read. None: the bundled seed "
             "text.", show_default=False)] = None,
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Output folder; tables go to OUT/mentions, OUT/documents, "
                            "OUT/sentences and OUT/texts (the text offsets index) as "
                            "Parquet parts.")] = Path("out"),
    ref_date: Annotated[str | None, typer.Option(
        "--ref-date", callback=_check_ref_date,
        help="The date the documents speak from (YYYY, YYYY-MM or YYYY-MM-DD), against which "
             "今年, 去年, 上半年, 1至6月 ... resolve. Default: inferred per document from the "
             "years it writes (see README); the date used is in the documents table.")] = None,
    ref_dates: Annotated[Path | None, typer.Option(
        "--ref-dates", exists=True, dir_okay=False,
        help="A table of reference dates per file (TSV or CSV with a header: a column "
             "file, source, path or doc_id naming the file by name, stem or the end of "
             "its path, and ref_date), for reports whose text writes no date (a "
             "fragment, a task list); they win over --ref-date and inference. Names that "
             "match no input are listed after the run.")] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Worker processes. Default: all cores.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Redo every document, even those already done in OUT.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    engine: Annotated[str, typer.Option(
        "--engine", help="local: worker processes on this machine; dask: a dask cluster "
                         "(needs the dask extra; see docs/scale.md).")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="With --engine dask: the scheduler address, e.g. "
                            "tcp://host:8786. Default: a local dask cluster of --workers "
                            "processes.")] = None,
    ner: Annotated[bool, typer.Option(
        "--ner/--no-ner",
        help="--ner: also run the spaCy NER pass for names (the model that ships in the "
             "package) on the sentences where the rules left a name cue unexplained; it "
             "only adds names where the rules found none. Off by default: it did not beat "
             "the rules alone on documents it was not trained on (README, The spaCy NER "
             "pass).")] = DEFAULT_NER,
    ner_model: Annotated[Path | None, typer.Option(
        "--ner-model", help="Run the NER pass with this model folder (from `policy-extract "
                            "train`) instead of the shipped one; implies --ner.")] = None,
    crf: Annotated[bool, typer.Option(
        "--crf/--no-crf",
        help="--crf: also run the CRF over the names (python-crfsuite, trained on the rules' "
             "errors on text they had not seen): it widens a place that starts a longer "
             "name and adds names where the rules found none. Better on unseen text, about "
             "3.6 times the CPU time of --no-crf (README, The CRF over the names).")] = DEFAULT_CRF,
    facts_method: Annotated[str, typer.Option(
        "--facts-method", help="How the facts table is made: rules (the clause rules of "
                               "rules/facts.yaml), baseline (nearest noun phrase and verb, "
                               "to measure the rules against) or none (no facts).")
                            ] = "rules",
    batch_docs: Annotated[int | None, typer.Option(
        "--batch-docs", min=1, hidden=True, envvar="POLICY_EXTRACT_BATCH_DOCS",
        help="Documents per written batch (default 64).")] = None,
    verbose: Annotated[bool, typer.Option(
        "--verbose", "-v", help="Log what the run does (and, with --engine dask, dask's "
                                "own logging, which is otherwise kept to errors).")] = False,
) -> None:
    """Extract mentions and facts from report files into Parquet tables.

    Each document gets a doc_id (= source): its path relative to the
    folder that holds all the inputs (one folder: the path inside it).

    Re-running into the same OUT skips documents already done (same file bytes,
    pipeline version and --ref-date) and redoes the rest, saying what changed;
    --force redoes all. A rule that timed out on a document is listed in the
    summary and in documents.warnings.

    Ctrl-C stops the run between two writes: what was written is kept,
    and the same command again resumes (exit code 130). A full disk or
    an unwritable folder stops it the same way, with a one-line error
    (exit code 2). The progress bar counts characters.

    Places come with codes: a GPE's mentions row has gpe_code (GB/T 2260, ISO 3166
    or UN M49) and province; documents.place is the document's own place, and
    mentions.place says whose 市政府 or 市发展改革委 is (README: Places).
    """
    if verbose:
        logging.getLogger("policy_extract").setLevel(logging.INFO)
    _check_combination(ctx, engine, scheduler, workers, ner, ner_model)
    paths = inputs or [bundled_seeds()]
    if ner_model is not None and not (ner_model / "config.cfg").is_file():
        raise _fail(f"--ner-model {ner_model}: not a model folder (no config.cfg in it)")
    if facts_method not in ("rules", "baseline", "none"):
        raise _fail(f"--facts-method {facts_method}: use rules, baseline or none")
    if engine == "dask":
        _quiet_dask(verbose)
    factory = functools.partial(settled_pipeline, ner=ner_model or ner,
                                facts=None if facts_method == "none" else facts_method, crf=crf)
    try:
        table = read_ref_dates(ref_dates) if ref_dates is not None else None
        summary = _run_with_progress(paths, out, ref_date, workers, force, quiet,
                                     engine=engine, scheduler=scheduler, batch_docs=batch_docs,
                                     pipeline_factory=factory, ref_dates=table)
    except Interrupted as stop:
        typer.echo(f"policy-extract: {stop}", err=True)
        raise typer.Exit(128 + stop.signum) from None
    except PolicyExtractError as exc:
        raise _fail(str(exc)) from None
    _print_summary(summary)
    if summary.n_failed:
        raise typer.Exit(1)


def _given(ctx: typer.Context, name: str) -> bool:
    """Whether option ``name`` of the running command was given (not its default)."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name in ("COMMANDLINE", "ENVIRONMENT")


def _check_combination(ctx: typer.Context, engine: str, scheduler: str | None,
                       workers: int | None, ner: bool, ner_model: Path | None) -> None:
    """Options that would do nothing together are errors, not silently ignored."""
    if scheduler and engine != "dask":
        raise _fail("--scheduler is only used with --engine dask: add --engine dask, or "
                    "leave --scheduler out to run on this machine")
    if scheduler and workers is not None:
        raise _fail("--workers does nothing with --scheduler: the cluster's workers do the "
                    "work; leave --workers out (or --scheduler, for a local cluster)")
    if ner_model is not None and not ner and _given(ctx, "ner"):
        raise _fail("--no-ner and --ner-model contradict each other: --ner-model runs the "
                    "NER pass with that model; leave one out")


#: dask's own loggers, kept to errors unless --verbose (they log some 35 INFO lines, and
#: warnings such as a worker killed at shutdown after Ctrl-C)
_DASK_LOGGERS = ("distributed", "dask")


def _quiet_dask(verbose: bool) -> None:
    level = "info" if verbose else "error"
    # the local cluster's worker processes read their logging level from the environment
    os.environ["DASK_LOGGING__DISTRIBUTED"] = level
    for name in _DASK_LOGGERS:
        logging.getLogger(name).setLevel(level.upper())


def _run_with_progress(paths: list[Path], out: Path, ref_date: str | None,
                       workers: int | None, force: bool, quiet: bool,
                       **options: Any) -> RunSummary:
    if quiet or not sys.stderr.isatty():
        return run(paths, out, ref_date=ref_date, workers=workers, force=force, **options)
    import rich.progress as rp
    with rp.Progress("[progress.description]{task.description}", rp.BarColumn(),
                     "{task.fields[chars]} characters", "{task.fields[docs]} documents",
                     rp.TimeRemainingColumn(), transient=True) as bar:
        task = bar.add_task("starting", total=None, chars="0", docs="0")

        def tick(p: Progress) -> None:
            bar.update(task, completed=p.chars_done, total=p.chars_total,
                       description=p.source[-40:], docs=f"{p.docs_done}/{p.n_docs}",
                       chars=f"{_short(p.chars_done)}/{_short(p.chars_total)}")

        return run(paths, out, ref_date=ref_date, workers=workers, force=force, progress=tick,
                   **options)


def _short(n: int) -> str:
    """1,234 / 56.7k / 24.1M"""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    if n >= 10_000:
        return f"{n / 1000:.1f}k"
    return f"{n:,}"


def _print_summary(s: RunSummary) -> None:
    rate = s.n_chars / s.seconds if s.seconds else 0.0
    not_read = f"{len(s.not_read)} not read, " if s.not_read else ""
    typer.echo(f"documents: {s.n_ok} ok, {s.n_failed} failed, {not_read}{s.n_skipped} already done "
               f"({s.n_chars:,} characters in {s.seconds:.1f} s, {rate:,.0f} chars/s)")
    if s.labels:
        counts = ", ".join(f"{label} {n}" for label, n in sorted(s.labels.items()))
        typer.echo(f"mentions: {sum(s.labels.values())} ({counts})")
    if s.facts:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(s.facts.items()))
        typer.echo(f"facts: {sum(s.facts.values())} ({kinds})")
    if s.unmatched_ref_dates:
        names = ", ".join(s.unmatched_ref_dates[:5])
        more = f" and {len(s.unmatched_ref_dates) - 5} more" if len(s.unmatched_ref_dates) > 5 else ""
        typer.echo(f"--ref-dates: {len(s.unmatched_ref_dates)} row(s) name no input file "
                   f"(not used): {names}{more}")
    for because, n in s.redone_because.most_common():
        typer.echo(f"redone: {n} document(s) done before in {s.out} with another "
                   f"{because} (the older rows are replaced)")
    for source, error in s.failures:
        typer.echo(f"failed: {source}: {error}", err=True)
    for source, why in s.not_read[:20]:
        typer.echo(f"not read: {source}: {why}", err=True)
    if len(s.not_read) > 20:
        typer.echo(f"not read: {len(s.not_read) - 20} more (documents with status skipped)",
                   err=True)
    if s.warnings:
        typer.echo(f"warnings: {len(s.warnings)} on {len({src for src, _ in s.warnings})} "
                   f"document(s) (documents.warnings):", err=True)
        for source, warning in s.warnings[:20]:
            typer.echo(f"  {source}: {warning}", err=True)
    typer.echo(f"tables: {s.out}/mentions, {s.out}/documents, {s.out}/sentences, "
               f"{s.out}/texts, {s.out}/facts")


@app.command("version")
def version_cmd() -> None:
    """Print the version (the same as --version)."""
    typer.echo(__version__)


@app.command("facts")
def facts_cmd(
    out: Annotated[Path, typer.Argument(help="Output folder of `policy-extract run`.",
                                        metavar="OUT")] = Path("out"),
    indicator: Annotated[str | None, typer.Option(
        "--indicator", "-i", help="Only facts whose indicator contains this text, "
                                  "e.g. 地区生产总值.")] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", "-k", help="Only this kind: level, growth, change or share.")] = None,
    place: Annotated[str | None, typer.Option(
        "--place", help="Only facts about this place (with or without its 省/市/区/县 "
                        "suffix), e.g. 江西.")] = None,
    period: Annotated[str | None, typer.Option(
        "--period", help="Only facts whose period starts with this, e.g. 2025.")] = None,
    status: Annotated[str | None, typer.Option(
        "--status", help="Only actual or only target figures.")] = None,
    doc: Annotated[str | None, typer.Option(
        "--doc", help="Only documents whose doc_id contains this.")] = None,
    limit: Annotated[int, typer.Option(
        "--limit", "-n", min=0, help="Print at most this many rows (0: all).")] = 50,
) -> None:
    """Print the facts of a run as a table: what each number measures, where and when.

    Filters combine (all must hold). The facts table itself is Parquet
    (OUT/facts/*.parquet) for pandas, DuckDB or Polars.
    """
    from .facts import KINDS, STATUSES
    from .factview import FactFilter, print_facts, select_facts

    if kind is not None and kind not in KINDS:
        raise _fail(f"--kind {kind}: use level, growth, change or share")
    if status is not None and status not in STATUSES:
        raise _fail(f"--status {status}: use actual or target")
    try:
        rows, total = select_facts(out, FactFilter(indicator, kind, place, period, status, doc),
                                   limit)
    except PolicyExtractError as exc:
        raise _fail(str(exc)) from None
    print_facts(rows, total)


# -- gold files and scoring (issue 3) -----------------------------------------------------

gold_app = typer.Typer(
    help="Gold files: check them, export tasks to Label Studio, import its export.",
    no_args_is_help=True,
)
app.add_typer(gold_app, name="gold")


@gold_app.command("check")
def gold_check_cmd(
    files: Annotated[list[Path], typer.Argument(help="Gold JSONL files.", metavar="FILE",
                                               show_default=False)],
) -> None:
    """Check gold JSONL files against the contract (docs/measuring.md).

    Prints every problem as FILE:LINE: span N (start-end 'text'): problem, where N
    indexes the line's spans list from 0. Exit code 0 when clean, 1 when there are
    problems, 2 when a file is missing.
    """
    from .goldfile import check_files

    report = check_files(files)
    for problem in report.problems:
        typer.echo(str(problem), err=not problem.note)
    n_err = len(report.errors)
    typer.echo(f"{len(report.files)} file(s), {len(report.documents)} document(s), "
               f"{report.n_spans} span(s): "
               + (f"{n_err} problem(s)" if n_err else "no problems"))
    if report.missing:
        raise typer.Exit(2)
    if n_err:
        raise typer.Exit(1)


@gold_app.command("export")
def gold_export_cmd(
    inputs: Annotated[list[Path], typer.Argument(
        help="Report files and/or folders (read as by `run`).", metavar="IN",
        show_default=False)],
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Task file to write; the labeling config goes beside it as "
                            "NAME.labelconfig.xml.")] = Path("tasks.json"),
    ref_date: Annotated[str | None, typer.Option(
        "--ref-date", callback=_check_ref_date,
        help="The date the documents speak from (as for run). Default: inferred.")] = None,
) -> None:
    """Write Label Studio tasks with the extractor's mentions as pre-annotations."""
    from .labelstudio import export_tasks

    try:
        report = export_tasks(inputs, out, ref_date=ref_date)
    except PolicyExtractError as exc:
        raise _fail(str(exc)) from None
    for path, reason in report.failures:
        typer.echo(f"skipped: {path}: {reason}", err=True)
    for path, reason in report.not_read:
        typer.echo(f"not read: {path}: {reason}", err=True)
    typer.echo(f"{report.n_tasks} task(s), {report.n_mentions} pre-annotation(s): "
               f"{report.tasks_path}; labeling config: {report.config_path}")
    if report.failures:
        raise typer.Exit(1)


@gold_app.command("import")
def gold_import_cmd(
    export: Annotated[Path, typer.Argument(
        help="A Label Studio export in its JSON format.", metavar="EXPORT",
        show_default=False)],
    out: Annotated[Path, typer.Option("--out", "-o", help="Gold JSONL file to write.")
                   ] = Path("gold.jsonl"),
) -> None:
    """Turn a Label Studio JSON export into gold JSONL, then check it."""
    from .labelstudio import import_export

    try:
        report = import_export(export, out)
    except PolicyExtractError as exc:
        raise _fail(str(exc)) from None
    for note in report.notes:
        typer.echo(f"note: {note}", err=True)
    problems = report.check.problems if report.check else []
    for problem in problems:
        typer.echo(str(problem), err=not problem.note)
    n_err = len(report.check.errors) if report.check else 0
    typer.echo(f"{len(report.documents)} document(s) of {report.n_tasks} task(s), "
               f"{report.n_spans} span(s) written to {out}: "
               + (f"{n_err} problem(s); fix them in Label Studio or in the file"
                  if n_err else "gold check passed"))
    if n_err:
        raise typer.Exit(1)


@app.command("score")
def score_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files.", metavar="GOLD",
                                               show_default=False)],
    pred: Annotated[Path, typer.Option(
        "--pred", "-p", help="Output folder of `policy-extract run`.")] = Path("out"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Write every false positive, false negative and value mismatch "
                         "with context to this JSONL file.")] = None,
    min_core_f1: Annotated[float | None, typer.Option(
        "--min-core-f1", min=0.0, max=1.0,
        help="Exit code 1 when the headline (core micro F1) is below this.")] = None,
    baseline: Annotated[Path | None, typer.Option(
        "--baseline", help="Exit code 1 when an F1 falls below this baseline file "
                           "(minus its tolerance).")] = None,
    write_baseline: Annotated[Path | None, typer.Option(
        "--write-baseline", help="Write the F1 figures to this baseline file.")] = None,
    by_document: Annotated[bool, typer.Option(
        "--by-document", help="Also print a Markdown table of F1 per document and label "
                              "(so a weak document or genre shows).")] = False,
    error_kinds: Annotated[bool, typer.Option(
        "--error-kinds", help="Also print a Markdown table counting, per label, the false "
                              "positives and negatives by kind: wrong label, wrong bounds, "
                              "inside or around a name of another label, or alone; with "
                              "--facts, the paired facts' differences by field and shape "
                              "(an indicator's lost prefix, a span for a year …). Counts "
                              "only, no text.")] = False,
    facts: Annotated[bool, typer.Option(
        "--facts", help="GOLD are facts gold files (shared/FACTS.md): score the run's facts "
                        "table (value-span P/R/F1, indicator exact and character F1, "
                        "accuracy of kind, direction, status, period, place; strict and "
                        "lenient fact F1).")] = False,
    facts_baseline: Annotated[Path | None, typer.Option(
        "--facts-baseline", help="With --facts: also score this output folder (a run with "
                                 "--facts-method baseline) and print its row beside.")
                              ] = None,
) -> None:
    """Score a run's mentions against gold: strict P/R/F1 per label, value accuracy.

    With --facts: score its facts against facts gold (headline: strict fact F1)."""
    import json as _json

    from . import score as scoring
    from .goldfile import read_gold

    if facts:
        if baseline or write_baseline or min_core_f1 is not None:
            raise _fail("--baseline, --write-baseline and --min-core-f1 are for mentions; "
                        "with --facts use --json, --errors, --error-kinds and "
                        "--facts-baseline")
        _score_facts(gold, pred, facts_baseline, as_json, errors, error_kinds)
        return
    if facts_baseline is not None:
        raise _fail("--facts-baseline goes with --facts")

    try:
        report = scoring.score(read_gold(gold), pred)
    except PolicyExtractError as exc:
        raise _fail(str(exc)) from None
    if report.n_scored == 0:
        raise _fail(f"no gold document is in {pred} (documents are paired by sha256): "
                    "run `policy-extract run` on the gold's source files first")
    if as_json:
        typer.echo(_json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(scoring.format_table(report))
    if by_document:
        typer.echo("")
        typer.echo(scoring.format_by_document(scoring.by_document(read_gold(gold), pred)))
    if error_kinds:
        typer.echo("")
        typer.echo(scoring.format_error_kinds(report))
    if errors is not None:
        n = scoring.write_errors(report.errors, errors)
        typer.echo(f"{n} error(s) written to {errors}", err=True)
    if write_baseline is not None:
        scoring.write_baseline(report, write_baseline,
                               gold=[p.as_posix() for p in gold])
        typer.echo(f"baseline written to {write_baseline}", err=True)
    failed = False
    if baseline is not None:
        try:
            before = _json.loads(baseline.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise _fail(f"cannot read baseline {baseline}: {exc}") from None
        for line in scoring.regressions(report, before):
            typer.echo(f"below baseline: {line}", err=True)
            failed = True
    if min_core_f1 is not None and (report.core.f1 or 0.0) < min_core_f1:
        typer.echo(f"core micro F1 {report.core.f1 or 0.0:.4f} is below {min_core_f1}",
                   err=True)
        failed = True
    if failed:
        raise typer.Exit(1)


def _score_facts(gold: list[Path], pred: Path, baseline: Path | None, as_json: bool,
                 errors: Path | None, error_kinds: bool = False) -> None:
    import json as _json

    from . import factscore

    try:
        gold_docs = factscore.read_facts_gold(gold)
        reports = [(pred.name or str(pred), factscore.score_facts(gold_docs, pred))]
        if baseline is not None:
            reports.append((f"{baseline.name or baseline} (baseline)",
                            factscore.score_facts(gold_docs, baseline)))
    except PolicyExtractError as exc:
        raise _fail(str(exc)) from None
    if reports[0][1].n_scored == 0:
        raise _fail(f"no facts gold document is in {pred} (documents are paired by sha256): "
                    "run `policy-extract run` on the gold's source files first")
    if as_json:
        out = {name: report.to_dict() for name, report in reports}
        typer.echo(_json.dumps(out, ensure_ascii=False, indent=2))
    else:
        typer.echo(factscore.format_fact_table(reports))
    if error_kinds:
        typer.echo("")
        typer.echo(factscore.format_difference_kinds(reports[0][1]))
    if errors is not None:
        n = factscore.write_fact_errors(reports[0][1].errors, errors)
        typer.echo(f"{n} error(s) written to {errors}", err=True)


@app.command("train")
def train_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files (checked first).",
                                               metavar="GOLD", show_default=False)],
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", help="Model folder to write (use it with `run --ner-model`). "
                            "Not needed with --lodo.")] = None,
    always: Annotated[list[Path] | None, typer.Option(
        "--always", help="More gold JSONL files, always in training: never left out by "
                         "--lodo (the seed).")] = None,
    vectors: Annotated[Path | None, typer.Option(
        "--vectors", help="Static vectors: a spaCy model folder from `python -m "
                          "policy_extract.vectors` (without it: no static vectors).")] = None,
    silver: Annotated[list[Path] | None, typer.Option(
        "--silver", help="Folders of report texts: the rule pass's names over them are "
                         "added as silver data (weighted by training.silver_weight).")] = None,
    config: Annotated[Path | None, typer.Option(
        "--config", help="spaCy training config (default: configs/ner.cfg, fixed seed).")
                      ] = None,
    epochs: Annotated[int | None, typer.Option(
        "--epochs", min=1, help="Epochs (default: training.max_epochs of the config).")
                      ] = None,
    lodo_report: Annotated[Path | None, typer.Option(
        "--lodo", help="Instead of training one model: leave each document of GOLD out in "
                       "turn, train on the rest (and --always), score rules only, model "
                       "only and rules+model (gated or not, each merge policy) on the "
                       "document left out; write the figures (JSON) here and print the "
                       "table.")] = None,
    lodo_models: Annotated[Path | None, typer.Option(
        "--lodo-models", help="With --lodo: keep each fold's model in this folder, and "
                              "reuse the ones a run with the same documents, config, "
                              "epochs and vectors kept there (to score new merge "
                              "policies without training again).")] = None,
) -> None:
    """Train the spaCy NER for names on gold, or measure it leaving one document out."""
    import json as _json

    from . import train as training
    from .names import NameRulePass
    from .pipeline import Pipeline

    if out is None and lodo_report is None:
        raise _fail("say where the model goes (--out MODEL) or ask for --lodo REPORT.json")
    if vectors is not None and not (vectors / "vocab").is_dir():
        raise _fail(f"--vectors {vectors}: not a spaCy vectors folder (no vocab/ in it)")
    try:
        gold_docs = training.read_gold_files(gold)
        kept = training.read_gold_files(always or [])
        silver_docs = training.read_silver(silver or [], NameRulePass()) if silver else []
        typer.echo(f"gold: {len(gold_docs) + len(kept)} document(s), "
                   f"{sum(len(d.spans) for d in gold_docs + kept)} name span(s); silver: "
                   f"{len(silver_docs)} document(s), "
                   f"{sum(len(d.spans) for d in silver_docs)} name span(s)", err=True)
        if lodo_report is not None:
            if silver_docs:
                raise _fail("--lodo measures gold training only: drop --silver")
            result = training.lodo(gold_docs, kept, Pipeline(facts=None), config=config,
                                   epochs=epochs, vectors=vectors, keep=lodo_models)
            lodo_report.write_text(_json.dumps(result, indent=1), encoding="utf-8")
            typer.echo(training.format_lodo(result))
            return
        assert out is not None
        nlp = training.train_ner(gold_docs + kept, silver_docs, config=config, epochs=epochs,
                                 vectors=vectors)
        size = training.save_model(nlp, out)
    except (PolicyExtractError, OSError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"model written to {out} ({size / 2**20:.1f} MB); run it with "
               f"`policy-extract run --ner-model {out}`")


# -- see, check and share the results (issue 12) -------------------------------------------

def _labels(values: list[str] | None) -> frozenset[str] | None:
    """``--label MONEY --label COUNT`` or ``--label MONEY,COUNT``; None: every label."""
    from .model import ALL_LABELS

    if not values:
        return None
    labels = frozenset(v.strip().upper() for value in values for v in value.split(",")
                       if v.strip())
    unknown = sorted(labels - ALL_LABELS)
    if unknown:
        raise typer.BadParameter(f"unknown label {', '.join(unknown)}; labels: "
                                 f"{', '.join(sorted(ALL_LABELS))}", param_hint="--label")
    return labels


_LABEL_HELP = ("Only these labels (repeat the option or separate with commas, e.g. "
               "MONEY,COUNT). Default: all.")


def _check_run_folder(out: Path, option: str) -> None:
    from .tables import has_table

    if not has_table(out, "documents"):
        raise _fail(f"{option + ' ' if option else ''}{out}: no run there (no documents "
                    f"table); write one with "
                    f"`policy-extract run FILES -o {out}`")


@app.command("show")
def show_cmd(
    files: Annotated[list[Path], typer.Argument(
        help="Report files and/or folders (searched recursively for .txt and .md), as "
             "given to `run`.", show_default=False, metavar="FILE")],
    from_out: Annotated[Path | None, typer.Option(
        "--from", help="Take the mentions from the tables of this run folder (the "
                       "document with the same bytes), instead of extracting now: fast, and "
                       "what `report` and `export` show. Its facts, if it has them, are "
                       "shown with the numbers.")] = None,
    label: Annotated[list[str] | None, typer.Option("--label", "-l", help=_LABEL_HELP)] = None,
    html_out: Annotated[Path | None, typer.Option(
        "--html", help="Write a self-contained HTML page here (opens offline) instead of "
                       "printing to the terminal.")] = None,
    ref_date: Annotated[str | None, typer.Option(
        "--ref-date", callback=_check_ref_date,
        help="Without --from: the reference date, as for `run`.")] = None,
    ner: Annotated[bool, typer.Option(
        "--ner/--no-ner", help="Without --from: run the NER pass, as `run --ner` "
                               "does.")] = DEFAULT_NER,
) -> None:
    """Show the text of reports with their mentions highlighted by label.

    In a terminal each span is coloured by label and followed by [LABEL value]
    (the number in its base unit, the ISO date, or the canonical name). With
    --html, a page with coloured spans, a legend whose boxes hide or show a
    label, and each span's label, value, unit, qualifier, norm, rule, score and,
    for numbers, the fact it states (from OUT's facts table, when it has one),
    in its tooltip and in a panel on click. Files that cannot be shown are
    listed (exit code 1); the others are shown.
    """
    from .batch import collect_inputs
    from .present import load_facts, write_page
    from .show import render_html, render_terminal, views_from_pipeline, views_from_run

    labels = _labels(label)
    if from_out is not None:
        _check_run_folder(from_out, "--from")
    try:
        items = collect_inputs(files)
        if from_out is not None:
            views = views_from_run(items, from_out, labels)
        else:
            views = views_from_pipeline(items, default_pipeline(ner=ner), ref_date, labels)
        facts = load_facts(from_out)
        if html_out is not None:
            write_page(render_html(views, facts), html_out)
            n = sum(len(v.mentions) for v in views.docs)
            typer.echo(f"{html_out}: {len(views.docs)} document(s), {n:,} mention(s)")
        else:
            from rich.console import Console
            render_terminal(views, Console(highlight=False, soft_wrap=True))
    except (PolicyExtractError, OSError) as exc:
        raise _fail(str(exc)) from None
    for source, why in views.problems:
        typer.echo(f"not shown: {source}: {why}", err=True)
    if views.problems:
        raise typer.Exit(1)


@app.command("report")
def report_cmd(
    out: Annotated[Path, typer.Argument(help="A run folder (the -o of `policy-extract run`).",
                                        show_default=False, metavar="OUT")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="The HTML page to write.")] = Path("report.html"),
) -> None:
    """Write one self-contained HTML page about a run.

    Documents (ok and failed, with the reasons, and warnings), mentions per
    label and per document (tables and charts), the most frequent
    organisations, initiatives and places, the largest amounts with their
    sentences, and facts by indicator when the run has a facts table. Every
    figure is computed from the run's tables.
    """
    from .present import write_page
    from .report import build_report, render_report

    _check_run_folder(out, "")
    try:
        report = build_report(out)
        write_page(render_report(report), output)
    except (PolicyExtractError, OSError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"{output}: {len(report.documents)} document(s), "
               f"{int(report.labels['mentions'].sum()):,} mention(s)")


@app.command("export")
def export_cmd(
    out: Annotated[Path, typer.Argument(help="A run folder (the -o of `policy-extract run`).",
                                        show_default=False, metavar="OUT")],
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="csv: one UTF-8 file with BOM per table (Excel reads the "
                               "Chinese right); xlsx: one workbook, a sheet per table, "
                               "numbers typed.")] = "csv",
    table: Annotated[list[str] | None, typer.Option(
        "--table", "-t", help="mentions, documents, sentences or facts (repeat for more). "
                              "Default: mentions, documents, and facts when the run has "
                              "them.")] = None,
    label: Annotated[list[str] | None, typer.Option("--label", "-l", help=_LABEL_HELP)] = None,
    dest: Annotated[Path | None, typer.Option(
        "--output", "-o", help="csv: the folder to write TABLE.csv files in (default "
                               "OUT/export); xlsx: the workbook file (default "
                               "OUT/export/tables.xlsx).")] = None,
) -> None:
    """Export a run's tables as CSV or an Excel workbook.

    A missing value is an empty cell; list columns (documents.warnings) are
    joined with "; ". --label keeps only the mentions (and facts) of those
    labels. Files are written whole or not at all.
    """
    from .export import EXPORT_TABLES, FORMATS, export

    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise typer.BadParameter("use csv or xlsx", param_hint="--format")
    for name in table or []:
        if name not in EXPORT_TABLES:
            raise typer.BadParameter(f"unknown table {name}; tables: "
                                     f"{', '.join(EXPORT_TABLES)}", param_hint="--table")
    labels = _labels(label)
    _check_run_folder(out, "")
    if dest is None:
        dest = out / "export" / ("tables.xlsx" if fmt == "xlsx" else "")
    try:
        written = export(out, fmt, dest, table, labels)
    except (PolicyExtractError, OSError) as exc:
        raise _fail(str(exc)) from None
    for path, name, rows in written:
        typer.echo(f"{path}: {name}, {rows:,} row(s)")


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except PolicyExtractError as exc:
        typer.echo(f"policy-extract: error: {exc}", err=True)
        sys.exit(2)
