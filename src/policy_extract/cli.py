"""Command line: a thin layer over the library (each command calls one function).

Exit codes: 0 success; 1 the job ran but something failed (documents that
could not be read, a gold file with problems, a score below a floor); 2 the
command could not run (missing input, unwritable output, bad option).
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .batch import InputError, RunSummary, run
from .model import PolicyExtractError

app = typer.Typer(
    name="policy-extract",
    help="Extract amounts, counts, percentages, dates and names from Chinese government "
         "reports into Parquet tables (mentions, documents, sentences).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_REF_DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"policy-extract: error: {message}", err=True)
    return typer.Exit(code)


def _check_ref_date(value: str | None) -> str | None:
    if value is not None and not _REF_DATE.match(value):
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
    inputs: Annotated[list[Path] | None, typer.Argument(
        help="Files and/or folders (searched recursively for .txt and .md). "
             "None: the bundled seed text.", show_default=False)] = None,
    out: Annotated[Path, typer.Option(
        "--out", "-o", help="Output folder; tables go to OUT/mentions, OUT/documents, "
                            "OUT/sentences as Parquet parts.")] = Path("out"),
    ref_date: Annotated[str | None, typer.Option(
        "--ref-date", callback=_check_ref_date,
        help="The date the documents speak from (YYYY, YYYY-MM or YYYY-MM-DD), against which "
             "今年, 去年, 上半年, 1至6月 ... resolve. Default: inferred per document from the "
             "years it writes (see README); the date used is in the documents table.")] = None,
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Worker processes. Default: all cores.")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Redo every document, even those already done in OUT.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract mentions from report files into Parquet tables.

    Re-running into the same OUT skips documents already done (same file bytes and
    pipeline version) and redoes the rest; --force redoes all.
    """
    paths = inputs or [bundled_seeds()]
    try:
        summary = _run_with_progress(paths, out, ref_date, workers, force, quiet)
    except InputError as exc:
        raise _fail(str(exc)) from None
    _print_summary(summary)
    if summary.n_failed:
        raise typer.Exit(1)


def _run_with_progress(paths: list[Path], out: Path, ref_date: str | None,
                       workers: int | None, force: bool, quiet: bool) -> RunSummary:
    if quiet or not sys.stderr.isatty():
        return run(paths, out, ref_date=ref_date, workers=workers, force=force)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), transient=True) as bar:
        task = bar.add_task("extracting", total=None)

        def tick(done: int, total: int, source: str) -> None:
            bar.update(task, completed=done, total=total, description=source[-40:])

        return run(paths, out, ref_date=ref_date, workers=workers, force=force, progress=tick)


def _print_summary(s: RunSummary) -> None:
    rate = s.n_chars / s.seconds if s.seconds else 0.0
    typer.echo(f"documents: {s.n_ok} ok, {s.n_failed} failed, {s.n_skipped} already done "
               f"({s.n_chars:,} characters in {s.seconds:.1f} s, {rate:,.0f} chars/s)")
    if s.labels:
        counts = ", ".join(f"{label} {n}" for label, n in sorted(s.labels.items()))
        typer.echo(f"mentions: {sum(s.labels.values())} ({counts})")
    for source, error in s.failures:
        typer.echo(f"failed: {source}: {error}", err=True)
    typer.echo(f"tables: {s.out}/mentions, {s.out}/documents, {s.out}/sentences")


@app.command("version")
def version_cmd() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app()
    except PolicyExtractError as exc:
        typer.echo(f"policy-extract: error: {exc}", err=True)
        sys.exit(2)
