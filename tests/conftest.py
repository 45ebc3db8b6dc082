"""Fixtures shared by the whole test suite.

Two kinds of tests need something a bare clone does not have: the
third-party reference data in ``../shared`` (or ``$EVENTWIRE_SHARED``) and
Debian's ``chromium`` (browser tests). They ask for it through the fixtures
``shared_dir`` and ``chromium``, which skip the test with a one-line reason
when it is missing, except under CI (``CI=true``), where a missing resource
fails the test, so CI runs every test. ``.ci/run`` checks both ways.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = REPO_ROOT / "tests" / "fixtures"
# The start of each skip reason; .ci/run allows no other skips on a bare clone.
SHARED_MISSING = "reference data not found"
CHROMIUM_MISSING = "chromium not found on PATH"


def under_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def require(available: bool, reason: str) -> None:
    """Go on when ``available``; else skip with ``reason``, or fail with it under CI."""
    if available:
        return
    if under_ci():
        pytest.fail(f"{reason} (required under CI=true)", pytrace=False)
    pytest.skip(reason)


def shared_path() -> Path:
    return Path(os.environ.get("EVENTWIRE_SHARED") or REPO_ROOT.parent / "shared")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only reference folder beside the checkout (../shared, or $EVENTWIRE_SHARED)."""
    path = shared_path()
    require(path.is_dir(), f"{SHARED_MISSING}: {path} (../shared or $EVENTWIRE_SHARED)")
    return path


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's headless browser, found on PATH (apt-get install chromium); never downloaded."""
    found = shutil.which("chromium")
    require(found is not None, f"{CHROMIUM_MISSING} (Debian package chromium)")
    return Path(found)


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
