from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policy_extract.cli import app
from policy_extract.pipeline import Pipeline, default_pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The rules-only pipeline, one for the whole test session (it loads rules and jieba
    once). It is the process's ``default_pipeline(ner=False)``, so the CLI run in this
    process with ``--no-ner`` reuses it; ``extract()`` and the CLI without it use the
    default pipeline with the NER pass, also built once per session."""
    return default_pipeline(ner=False)


def shared_dir(name: str) -> Path:
    """``../shared/NAME`` or skip: a user's checkout has no shared folder."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"{path} is absent (only developers and CI have ../shared)")
    return path


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path | None = None) -> Result:
    """``policy-extract ARGS`` in this process (typer's test runner), on this process's
    default pipeline: no test pays for building one."""
    before = Path.cwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        res = CliRunner().invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(before)
    stderr = res.stderr if res.stderr_bytes is not None else ""
    return Result(res.exit_code, res.stdout, stderr)
