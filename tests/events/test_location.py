"""Where events happen: the gazetteer, and a place's country on the document's date."""

from datetime import date

import pytest

from eventwire.actors.load import history_entries, packaged_territories
from eventwire.events.demonyms import actor_countries_text, country_names, place_names
from eventwire.events.location import Gazetteer
from eventwire.startup import CACHE_ENV


def test_the_gazetteer_read_back_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    own = {"Congo": "COD"}, {"Donbas": "UKR"}
    built, read = Gazetteer(*own), Gazetteer(*own)
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    assert dict(read.places) == dict(built.places) and read.capitals == built.capitals
    assert read.places["leipzig"][4] == "13"  # its region, for territories.tsv
    assert read.lookup("Congo").country == "COD" and read.lookup("Donbas").country == "UKR"
    assert read.lookup("nairobi").country == "KEN"


def test_other_own_names_make_another_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert Gazetteer({"Congo": "COD"}).lookup("Congo").country == "COD"
    assert Gazetteer({"Congo": "COG"}).lookup("Congo").country == "COG"


@pytest.fixture(scope="module")
def gazetteer():
    countries = actor_countries_text()
    return Gazetteer(country_names(countries), place_names(countries), history_entries(), packaged_territories())


@pytest.mark.parametrize("name, when, country", [
    ("Dresden", date(1986, 2, 13), "DDR"),
    ("Dresden", date(1991, 2, 13), "DEU"),
    ("Dresden", None, "DEU"),
    ("Cologne", date(1986, 2, 13), "DEU"),  # a West German city
    ("Keren", date(1985, 1, 1), "ETH"),  # any Eritrean place, not only its capital
    ("Eritrea", date(1985, 1, 1), "ETH"),
    ("Eritrea", date(1999, 1, 1), "ERI"),
    ("Sarajevo", date(1984, 2, 8), "SRB"),  # Yugoslavia is coded as its successor (countries.tsv)
    ("Sarajevo", date(1996, 2, 8), "BIH"),
    ("Almaty", date(1986, 12, 17), "SUN"),  # a seat of government (history.tsv) of a Soviet republic
    ("Almaty", date(1995, 1, 1), "KAZ"),
    ("Congo", date(1980, 1, 1), "COG"),  # Kinshasa's Congo was then Zaire (history.tsv)
    ("Congo", date(2010, 1, 1), "COD"),
    ("Chittagong", date(1968, 1, 1), "PAK"),
    ("Chittagong", date(1975, 1, 1), "BGD"),
])  # fmt: skip
def test_a_place_has_the_country_of_the_date(gazetteer, name, when, country):
    found = gazetteer.lookup(name, when)
    assert found.country == country and found.name


def test_a_dated_place_keeps_its_coordinates(gazetteer):
    then, now = gazetteer.lookup("Dresden", date(1986, 2, 13)), gazetteer.lookup("Dresden")
    assert (then.lat, then.lon) == (now.lat, now.lon) and now.lat is not None


def test_an_event_is_located_in_the_state_of_its_day(code_text):
    text = "Soviet troops fired on protesters in Tbilisi on Sunday."
    actors = {"Soviet troops": "SUNMIL", "protesters": "SUNCVL"}
    (then,) = code_text(text, actors, published="1989-04-11")
    (now,) = code_text(text, actors, published="2021-03-10")
    assert then.location.name == now.location.name == "Tbilisi"
    assert (then.location.country, now.location.country) == ("SUN", "GEO")


def _places(pipeline, event_coder, text, dateline=None):
    from eventwire.types import ParsedSentence

    doc = ParsedSentence(0, 0, text, pipeline.parser.nlp(text), True).doc
    return doc, event_coder.locator.places(doc, dateline, date(2022, 5, 3))


def test_an_event_takes_the_place_of_its_own_words_else_the_sentences(pipeline, event_coder):
    text = "Rebels shelled a market in Goma while the minister held talks in Nairobi."
    doc, places = _places(pipeline, event_coder, text)
    shelled, talks = (next(t.i for t in doc if t.lower_ == w) for w in ("shelled", "talks"))
    held = doc[talks].head.i
    assert places.locate([shelled]).name == "Goma"
    assert places.locate([held, talks]).name == "Nairobi"  # asked again of the same sentence, each its own
    assert places.locate([shelled]).name == "Goma"
    assert places.locate([doc[0].i]).name == "Goma"  # no place of its own: the sentence's first


def test_a_sentence_without_a_place_takes_the_dateline(pipeline, event_coder):
    _, places = _places(pipeline, event_coder, "The two leaders signed a trade pact on Friday.", dateline="HANOI")
    assert places.locate([2]).country == "VNM"
    _, nowhere = _places(pipeline, event_coder, "The two leaders signed a trade pact on Friday.")
    assert nowhere.locate([2]) is None
