"""Fixtures of the store tests."""

from __future__ import annotations

import pytest

from eventwire.config import Settings
from eventwire.store import EventStore


@pytest.fixture
def store_settings() -> Settings:
    return Settings().with_overrides({"store.batch_articles": 2, "dedupe.window_days": 2})


@pytest.fixture
def store(tmp_path):
    with EventStore.open(tmp_path / "events.duckdb") as opened:
        yield opened
