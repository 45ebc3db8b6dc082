"""Fixtures of the PETRARCH tests: small dictionaries we wrote, and pipelines that share the session's parser."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from eventwire.config import load_settings
from eventwire.pipeline import Pipeline
from eventwire.types import Document


@pytest.fixture(scope="session")
def small_dir(fixtures_dir):
    return fixtures_dir / "petrarch"


@pytest.fixture(scope="session")
def coding_with(pipeline):
    """A pipeline coding with the given dictionary settings; the spaCy model is the session's."""

    def build(paths, mode="replace", **overrides) -> Pipeline:
        settings = load_settings(overrides={"dictionaries.paths": tuple(map(str, paths)), "dictionaries.mode": mode,
                                            "parse.skip_unlikely": False, **overrides})  # fmt: skip
        return Pipeline(settings, parser=pipeline.parser)

    return build


@pytest.fixture(scope="session")
def small_pipeline(coding_with, small_dir):
    return coding_with([small_dir])


def code(pipeline: Pipeline, text: str, day: str = "2012-03-05") -> list[tuple]:
    """(source code, target code, CAMEO code) of the events coded in ``text``."""
    published = datetime.fromisoformat(day).replace(hour=12, tzinfo=timezone.utc)
    document = Document(doc_id="t", origin="<test>", body=(text,), published=published)
    events = pipeline.code_document(document).events
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo) for e in events]
