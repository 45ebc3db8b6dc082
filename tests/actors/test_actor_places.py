"""Countries named as a place or on a thing: not actors, yet mentions of their country (``SentenceActors.places``)."""

import pytest

from eventwire.types import ACTOR_KIND, MODIFIER_KIND, PLACE_KIND

from .helpers import make_document


@pytest.mark.parametrize("text, word, country, kind", [
    ("The Zambian president cancelled a planned visit to Malawi on Friday.", "Malawi", "MWI", PLACE_KIND),
    ("Ecuador's foreign minister held talks in Lima with her Peruvian counterpart.", "Lima", "PER", PLACE_KIND),
    ("Rebels attacked two villages in Darfur overnight, aid workers said.", "Darfur", "SDN", PLACE_KIND),
    ("Thousands of Hondurans fled to Guatemala after the storm.", "Guatemala", "GTM", PLACE_KIND),
    ("Norway turned down a Swedish request for more electricity.", "Swedish", "SWE", MODIFIER_KIND),
    ("Vietnam rejected a U.S. proposal to hold the talks in June.", "U.S.", "USA", MODIFIER_KIND),
    ("Police seized Ghanaian passports at the border post.", "Ghanaian", "GHA", MODIFIER_KIND),
])  # fmt: skip
def test_a_country_named_as_a_place_or_on_a_thing_is_a_place_or_modifier_mention(places_of, text, word, country, kind):
    places = places_of(text, kinds=True)
    assert places[word] == (country, kind)


def test_place_mentions_never_overlap_actor_mentions(pipeline):
    document = make_document("Kenyan police in Mombasa arrested Somali traders, and Uganda's envoy flew to Nairobi.")
    for sentence in pipeline.actors.code_document(document, pipeline.parser.parse(document)):
        taken = {i for m in sentence.mentions for i in range(m.token_start, m.token_end)}
        assert all(m.kind == ACTOR_KIND for m in sentence.mentions)
        assert sentence.places and all(m.kind in (PLACE_KIND, MODIFIER_KIND) for m in sentence.places)
        assert not any(taken.intersection(range(m.token_start, m.token_end)) for m in sentence.places)
