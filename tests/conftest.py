from __future__ import annotations

from pathlib import Path

import pytest

from policy_extract.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One pipeline for the whole test session (it loads rules and jieba once)."""
    return Pipeline()


def shared_dir(name: str) -> Path:
    """``../shared/NAME`` or skip: a user's checkout has no shared folder."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"{path} is absent (only developers and CI have ../shared)")
    return path
