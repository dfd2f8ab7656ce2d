"""Docs that hold: README's Python blocks run as written and print what they say
(the lines marked ``#>``); no document cites a development machine's paths; every
``pip install`` line of the docs names extras that exist, and none installs the
package by name from an index it is not on."""

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


@pytest.mark.parametrize("line,code", BLOCKS, ids=[f"README.md:{n}" for n, _ in BLOCKS])
def test_readme_python_block_runs_as_written(readme_folder: Path, line: int,
                                             code: str) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, f"README.md:{line}", "exec"), {"__name__": "__readme__"})  # noqa: S102
    printed = [row.rstrip() for row in out.getvalue().splitlines()]
    assert printed == expected_output(code)


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
