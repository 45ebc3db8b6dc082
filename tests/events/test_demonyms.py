"""Country words on things ("Korean comrades", "Congolese planes"): which country they name."""

from __future__ import annotations

import pytest

from eventwire.events.demonyms import Demonyms


@pytest.fixture(scope="module")
def demonyms():
    return Demonyms.packaged()


def _country(pipeline, demonyms, text: str, word: str) -> str | None:
    doc = pipeline.parser.nlp(text)
    token = next(t for t in doc if t.text == word)
    mention = demonyms.mention(token)
    return mention.actor.country if mention else None


@pytest.mark.parametrize(("word", "usual", "named", "chosen"), [
    ("Korean", "KOR", {"PRK", "CHN"}, "PRK"),
    ("Congolese", "COD", {"COG", "FRA"}, "COG"),
])  # fmt: skip
def test_a_shared_word_goes_to_the_country_the_document_names(pipeline, demonyms, word, usual, named, chosen):
    text = f"Beijing pledged closer ties with {word} partners."
    assert _country(pipeline, demonyms, text, word) == usual
    assert _country(pipeline, demonyms.naming(named), text, word) == chosen


def test_when_the_document_names_both_the_higher_prior_wins(pipeline, demonyms):
    assert _country(pipeline, demonyms.naming({"PRK", "KOR"}), "Talks with Korean delegates resumed.", "Korean") == "KOR"


def test_a_word_one_country_owns_ignores_the_document(pipeline, demonyms):
    assert _country(pipeline, demonyms.naming({"CHN"}), "Ties with Chilean partners grew.", "Chilean") == "CHL"
