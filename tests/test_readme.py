"""Docs that hold: the Python blocks of README and docs/*.md run as written and print what
they say (the lines marked ``#>``); every relative link of README, docs/*.md and
BENCHMARKS.md names a file that exists and, with ``#anchor``, a heading of it; no document
cites a development machine's paths; every ``pip install`` line of the docs names extras
that exist, and none installs the package by name from an index it is not on."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"
DOCS = [README, *sorted((REPO / "docs").glob("*.md")), REPO / "BENCHMARKS.md"]
#: a fenced block: its info string and its body
_FENCE = re.compile(r"^```(?P<info>[^\n`]*)\n(?P<body>.*?)^```\s*$", re.M | re.S)


def python_blocks(path: Path) -> list[tuple[int, str]]:
    """``(line, code)`` of every block fenced as ``python`` (not ``python-sketch``)."""
    text = path.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group("body")) for m in _FENCE.finditer(text)
            if m.group("info").strip() == "python"]


def expected_output(code: str) -> list[str]:
    return [line[3:] if line.startswith("#> ") else line[2:]
            for line in code.splitlines() if line.startswith("#>")]


BLOCKS = python_blocks(README)
#: the Python blocks of every document, README's first: ``(id, line, code)``
ALL_BLOCKS = [(f"{path.relative_to(REPO)}:{n}", n, code)
              for path in DOCS if path.suffix == ".md" for n, code in python_blocks(path)]


def test_the_readme_has_python_blocks_with_outputs() -> None:
    assert len(BLOCKS) >= 4
    assert sum(bool(expected_output(code)) for _, code in BLOCKS) >= 4


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory, pipeline) -> Path:
    """``policy-extract run reports -o out --ref-date 2020-07`` on the seed text."""
    from policy_extract.batch import run
    where = tmp_path_factory.mktemp("seed-run")
    shutil.copytree(REPO / "seeds", where / "reports")
    run([where / "reports"], where / "out", ref_date="2020-07", workers=1,
        pipeline_factory=lambda: pipeline)
    return where


@pytest.fixture
def readme_folder(tmp_path: Path, monkeypatch, seed_run: Path) -> Path:
    """Where a block runs: a fresh folder with ``reports/`` (the bundled seed text) and
    ``out/`` (a run of it), as a reader of the README has them."""
    for name in ("reports", "out"):
        shutil.copytree(seed_run / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("where,line,code", ALL_BLOCKS, ids=[w for w, _, _ in ALL_BLOCKS])
def test_python_block_runs_as_written(readme_folder: Path, where: str, line: int,
                                      code: str) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, where, "exec"), {"__name__": "__readme__"})  # noqa: S102
    printed = [row.rstrip() for row in out.getvalue().splitlines()]
    assert printed == expected_output(code)


#: a Markdown link or image outside code: ``[text](target)``
_LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*$", re.M)


def without_code(text: str) -> str:
    """The text with fenced blocks and inline code blanked (links there are not links)."""
    text = _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    return re.sub(r"`[^`\n]*`", "``", text)


def anchors(path: Path) -> set[str]:
    """The anchors GitHub gives the headings of a Markdown file: lower case, inline code
    marks and punctuation other than ``-`` and ``_`` dropped, spaces as ``-``, a repeated
    slug numbered ``-1``, ``-2``."""
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    out = set()
    for m in _HEADING.finditer(text):
        slug = re.sub(r"[^\w\- ]", "", m.group(2).lower()).replace(" ", "-")
        n = seen.get(slug, 0)
        seen[slug] = n + 1
        out.add(slug if n == 0 else f"{slug}-{n}")
    return out


def test_anchor_slugs_follow_github() -> None:
    assert "see-check-and-share-the-results-show-report-export" in anchors(README)
    assert "mentions-on-the-test-split-golddevtest" in anchors(README)


def test_relative_links_and_anchors_resolve() -> None:
    if not (REPO / "docs").is_dir():
        pytest.skip("no docs/ folder here (an sdist holds README.md without it)")
    broken = []
    for doc in DOCS:
        for m in _LINK.finditer(without_code(doc.read_text(encoding="utf-8"))):
            target = m.group(1)
            if re.match(r"[a-z]+:", target):
                continue
            file, _, anchor = target.partition("#")
            where = (doc.parent / file).resolve() if file else doc
            if not where.exists():
                broken.append(f"{doc.relative_to(REPO)}: {target} (no such file)")
            elif anchor and where.suffix == ".md" and anchor not in anchors(where):
                broken.append(f"{doc.relative_to(REPO)}: {target} (no such heading)")
    assert not broken, broken


#: an absolute path of the machine the project was developed on
_DEV_PATH = re.compile(r"(?<![\w./-])/work/")


def tracked_text_files() -> list[Path]:
    skip = {".git", ".venv", "venv", "__pycache__", ".pytest_cache", ".ruff_cache",
            ".mypy_cache", ".hypothesis", "build", "dist", "out"}
    files = []
    for path in REPO.rglob("*"):
        rel = path.relative_to(REPO).parts
        if any(part in skip or part.endswith(".egg-info") for part in rel):
            continue
        if path.is_file() and path.suffix in {".md", ".py", ".toml", ".yaml", ".cfg", ".tsv",
                                               ".txt", ".sh", ".json", ""}:
            files.append(path)
    return files


def test_no_development_machine_paths() -> None:
    this = Path(__file__).resolve()
    found = []
    for path in tracked_text_files():
        if path.resolve() == this or path.stat().st_size > 5_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in _DEV_PATH.finditer(text):
            found.append(f"{path.relative_to(REPO)}:{text.count(chr(10), 0, m.start()) + 1}")
    assert not found, f"paths of a development machine: {found}"


def test_install_lines_name_extras_that_exist() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = set(project["optional-dependencies"])
    lines = [line for doc in DOCS for line in doc.read_text(encoding="utf-8").splitlines()
             if "pip install" in line]
    assert lines
    for line in lines:
        assert not re.search(r"pip install\s+['\"]?policy[-_]extract\b", line), (
            f"policy-extract is not on an index; install from a clone or a wheel: {line}")
        for group in re.findall(r"(?:\.|\.whl|\))\[([\w,-]+)\]", line):
            for extra in group.split(","):
                assert extra in extras, f"no extra {extra!r} in pyproject.toml: {line}"
    assert any("pip install '.[dask]'" in line for line in lines)
