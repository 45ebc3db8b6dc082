from eventwire.events.location import Gazetteer
from eventwire.startup import CACHE_ENV


def test_the_gazetteer_read_back_from_the_cache_is_the_one_built(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    own = {"Congo": "COD"}, {"Donbas": "UKR"}
    built, read = Gazetteer(*own), Gazetteer(*own)
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    assert dict(read.places) == dict(built.places) and read.capitals == built.capitals
    assert read.lookup("Congo").country == "COD" and read.lookup("Donbas").country == "UKR"
    assert read.lookup("nairobi").country == "KEN"


def test_other_own_names_make_another_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    assert Gazetteer({"Congo": "COD"}).lookup("Congo").country == "COD"
    assert Gazetteer({"Congo": "COG"}).lookup("Congo").country == "COG"
