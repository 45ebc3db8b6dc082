"""Countries named as a place or on a thing: not actors, yet mentions of their country (``SentenceActors.places``)."""

import pytest

from eventwire.types import ACTOR_KIND, MODIFIER_KIND, PLACE_KIND

from .helpers import make_document


@pytest.fixture(scope="module")
def places_of(pipeline):
    def run(text: str, when: str | None = None):
        document = make_document(text, when)
        coded = pipeline.actors.code_document(document, pipeline.parser.parse(document))
        actors = {m.text: m.actor.code for s in coded for m in s.mentions}
        places = {m.text: (m.actor.country, m.kind) for s in coded for m in s.places}
        return actors, places

    return run


@pytest.mark.parametrize("text, word, country", [
    ("The Zambian president cancelled a planned visit to Malawi on Friday.", "Malawi", "MWI"),
    ("Ecuador's foreign minister held talks in Lima with her Peruvian counterpart.", "Lima", "PER"),
    ("Rebels attacked two villages in Darfur overnight, aid workers said.", "Darfur", "SDN"),
    ("Thousands of Hondurans fled to Guatemala after the storm.", "Guatemala", "GTM"),
])  # fmt: skip
def test_a_country_named_as_a_place_is_a_place_mention(places_of, text, word, country):
    actors, places = places_of(text)
    assert word not in actors
    assert places[word] == (country, PLACE_KIND)


@pytest.mark.parametrize("text, word, country", [
    ("Norway turned down a Swedish request for more electricity.", "Swedish", "SWE"),
    ("Vietnam rejected a U.S. proposal to hold the talks in June.", "U.S.", "USA"),
    ("Police seized Ghanaian passports at the border post.", "Ghanaian", "GHA"),
])  # fmt: skip
def test_a_country_word_on_a_thing_is_a_modifier_mention(places_of, text, word, country):
    actors, places = places_of(text)
    assert word not in actors
    assert places[word] == (country, MODIFIER_KIND)


def test_place_mentions_never_overlap_actor_mentions(pipeline):
    document = make_document("Kenyan police in Mombasa arrested Somali traders, and Uganda's envoy flew to Nairobi.")
    for sentence in pipeline.actors.code_document(document, pipeline.parser.parse(document)):
        taken = {i for m in sentence.mentions for i in range(m.token_start, m.token_end)}
        assert all(m.kind == ACTOR_KIND for m in sentence.mentions)
        assert sentence.places and all(m.kind in (PLACE_KIND, MODIFIER_KIND) for m in sentence.places)
        assert not any(taken.intersection(range(m.token_start, m.token_end)) for m in sentence.places)
