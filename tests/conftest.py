"""Fixtures shared by the whole test suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = REPO_ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only reference folder beside the checkout (../shared)."""
    path = Path(os.environ.get("EVENTWIRE_SHARED", REPO_ROOT.parent / "shared"))
    assert path.is_dir(), f"reference folder {path} not found (set EVENTWIRE_SHARED)"
    return path


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def settings():
    from eventwire.config import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def pipeline(settings):
    """One loaded pipeline for the whole session: the model loads once."""
    from eventwire.pipeline import Pipeline

    return Pipeline(settings)
