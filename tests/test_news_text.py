"""No news transcript text in the project.

The brief: the news transcripts of ``../shared/bulk`` (``xwlb_*``) may be read and run on
to measure, but their text never enters the project (rule examples, tests, comments, docs,
gazetteers). This test makes that hold instead of a reviewer's search by hand: every run of
``MIN_RUN`` or more Chinese characters in the project's own files (``rules/``, ``src/``,
``tests/``, ``docs/``, ``benchmarks/``, ``README.md``, ``BENCHMARKS.md`` and the gold's
calls, ``gold/*/NOTES.md``) that the transcripts hold and that no official text we may quote holds (``../shared/corpus``,
``../shared/bulk/law_*``, ``../shared/seeds``) fails it.

Names and stock terms are facts, not expression: ``tests/news_terms.txt`` lists those the
project writes and the news writes too (a name of a body, a facility, a programme, a
statistical indicator, a slogan every report repeats). They are taken out of the project's
text before its runs are read, so what is left around them must still be our own words.
The gold's texts are checked apart: they are excerpts of the corpus and laws
(tests/test_gold_excerpts.py).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import REPO, shared_dir

MIN_RUN = 9
HAN_RUN = re.compile(rf"[\u4e00-\u9fff]{{{MIN_RUN},}}")
OWN = ("rules", "src", "tests", "docs", "benchmarks")
OWN_FILES = ("README.md", "BENCHMARKS.md", "gold/dev/NOTES.md", "gold/facts/NOTES.md")
SUFFIXES = {".py", ".yaml", ".yml", ".tsv", ".md", ".txt", ".toml", ".json", ".sh"}
TERMS_FILE = REPO / "tests" / "news_terms.txt"


def read_text(path: Path) -> str:
    """A file's text: UTF-8, else GB18030 (the corpus's messy/ files)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def allowed_terms() -> list[str]:
    """The names and stock terms of tests/news_terms.txt, longest first."""
    lines = TERMS_FILE.read_text(encoding="utf-8").splitlines()
    terms = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return sorted(terms, key=len, reverse=True)


def own_files() -> list[Path]:
    files = [REPO / name for name in OWN_FILES if (REPO / name).is_file()]
    for folder in OWN:
        files += [p for p in sorted((REPO / folder).rglob("*"))
                  if p.is_file() and p.suffix in SUFFIXES and p != TERMS_FILE
                  and "__pycache__" not in p.parts]
    return files


def own_runs(files: list[Path], terms: list[str]) -> dict[str, set[str]]:
    """Each run of MIN_RUN+ Chinese characters left once the terms are taken out -> the
    files (relative) that hold it."""
    cut = re.compile("|".join(map(re.escape, terms))) if terms else None
    runs: dict[str, set[str]] = defaultdict(set)
    for path in files:
        text = read_text(path)
        if cut is not None:
            text = cut.sub("|", text)
        for run in HAN_RUN.findall(text):
            runs[run].add(str(path.relative_to(REPO)) if path.is_relative_to(REPO) else path.name)
    return runs


def found_in(runs: set[str], paths: list[Path]) -> set[str]:
    """The runs that occur in the texts of ``paths``: one pass over their runs, looking up
    every MIN_RUN-character window among the runs' first MIN_RUN characters."""
    by_start: dict[str, list[str]] = defaultdict(list)
    for run in runs:
        by_start[run[:MIN_RUN]].append(run)
    found: set[str] = set()
    for path in paths:
        for text_run in HAN_RUN.findall(read_text(path)):
            for i in range(len(text_run) - MIN_RUN + 1):
                for run in by_start.get(text_run[i:i + MIN_RUN], ()):
                    if text_run.startswith(run, i):
                        found.add(run)
    return found


@pytest.mark.parametrize(("text", "terms", "expected"), [
    pytest.param("示例：记者从某某集团获悉，今年产量增长。", [], {"记者从某某集团获悉"}, id="a-run"),
    pytest.param("示例：记者从某某集团获悉，今年产量增长。", ["某某集团"], set(), id="a-term-cut-out"),
    pytest.param("生产总值增长了5%左右的目标值", [], set(), id="digits-break-runs"),
    pytest.param("推动成渝地区双城经济圈建设走深走实", ["成渝地区双城经济圈"], set(),
                 id="words-around-a-term-short"),
])
def test_own_runs(tmp_path: Path, text: str, terms: list[str], expected: set[str]) -> None:
    path = tmp_path / "example.yaml"
    path.write_text(text, encoding="utf-8")
    assert set(own_runs([path], terms)) == expected


def test_found_in(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("甲。记者从某某集团获悉今年产量增长，乙。", encoding="utf-8")
    runs = {"记者从某某集团获悉", "记者从某某集团获悉今年", "某某集团获悉今年产量增长", "今年产量大幅增长了"}
    assert found_in(runs, [source]) == {"记者从某某集团获悉", "记者从某某集团获悉今年", "某某集团获悉今年产量增长"}


def test_terms_file_is_needed() -> None:
    """Every listed term is written somewhere in the project (a stale entry would excuse
    text nobody checks)."""
    files = own_files()
    text = "\n".join(read_text(p) for p in files)
    stale = [t for t in allowed_terms() if t not in text]
    assert not stale, f"tests/news_terms.txt lists terms the project no longer writes: {stale}"


def test_no_news_text_in_the_project() -> None:
    bulk = shared_dir("bulk")
    corpus = shared_dir("corpus")
    news = sorted(bulk.glob("xwlb_*"))
    if not news:
        pytest.skip(f"no news transcripts in {bulk}")
    runs = own_runs(own_files(), allowed_terms())
    in_news = found_in(set(runs), news)
    quotable = (sorted(bulk.glob("law_*")) + sorted(p for p in corpus.rglob("*") if p.is_file())
                + sorted(p for p in (bulk.parent / "seeds").rglob("*") if p.is_file()))
    copied = sorted(in_news - found_in(in_news, quotable))
    report = "\n".join(f"  {run}  ({', '.join(sorted(runs[run]))})" for run in copied)
    assert not copied, (
        f"{len(copied)} runs of {MIN_RUN}+ Chinese characters are the news transcripts' text "
        f"(not in the corpus, laws or seeds): write a sentence of your own with the same "
        f"shape, or, if the run is a bare name or stock term, add it to tests/news_terms.txt\n"
        + report)
