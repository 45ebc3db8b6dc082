"""The big-city table and the generator that writes it."""

from eventwire.actors.cities import LEFT_OUT, big_cities, table_lines
from eventwire.actors.load import city_entries, data_dir
from eventwire.actors.entries import ActorEntry, DatedCode


def test_big_cities_keep_unshared_names_and_drop_shared_and_left_out_ones():
    cities = big_cities()
    assert cities["Kisumu"][0] == "KEN" and cities["Bordeaux"][0] == "FRA"
    assert cities["Leipzig"] == ("DEU", "13")  # Saxony: East Germany's until 1990 (territories.tsv)
    assert "Valencia" not in cities  # Spain's and Venezuela's are both big
    assert not LEFT_OUT & set(cities)
    assert next(iter(table_lines())).startswith("#")


def test_the_packaged_table_loads_and_yields_to_other_entries():
    text = data_dir().joinpath("cities.tsv").read_text("utf-8")
    capital = ActorEntry("capital:KEN", "Kenya", "capital", ("Nairobi", "Kisumu"), (DatedCode("KEN", "KEN", None),))
    entries, regions = city_entries(text, "cities.tsv", [capital])
    names = {e.name: e.codes[0].country for e in entries}
    assert len(names) > 3000 and names["Bordeaux"] == "FRA"
    assert regions["city:Rostock"] == "12"
    assert "Kisumu" not in names  # another entry uses the name
