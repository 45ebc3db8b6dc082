"""Names whose country changed with time (history.tsv), and "Congo", which needs its context."""

import pytest

from .helpers import by_text


@pytest.mark.parametrize("text, when, words, country", [
    ("Asmara said the talks would resume in May.", "1990-04-02", "Asmara", "ETH"),
    ("Asmara said the talks would resume in May.", "2001-04-02", "Asmara", "ERI"),
    ("Rangoon said it would free the prisoners.", "1996-08-12", "Rangoon", "MMR"),
    ("Zaire's army attacked the rebels.", "1995-02-01", "Zaire's army", "COD"),
    ("Zaire's army attacked the rebels.", None, "Zaire's army", "COD"),
])  # fmt: skip
def test_an_older_name_holds_its_country_of_the_time(code_text, text, when, words, country):
    assert by_text(code_text(text, when))[words][1] == country


def test_an_older_city_name_is_a_place_of_its_country(places_of):
    assert places_of("Police in Bombay arrested two smugglers.")["Bombay"] == "IND"
    assert places_of("Police in Madras detained a journalist.")["Madras"] == "IND"


@pytest.mark.parametrize("text, when, country", [
    ("Congo's army attacked the rebels near Goma.", "2013-05-01", "COD"),
    ("Congo's army attacked the rebels outside Brazzaville.", "2016-04-05", "COG"),
    ("Congo's army attacked the rebels.", "1993-06-01", "COG"),  # Kinshasa's Congo was then Zaire
    ("Congo's army attacked the rebels.", "2013-06-01", "COD"),  # since 1997 "Congo" alone is Kinshasa's
    ("Congo's army attacked the rebels.", "1965-06-01", None),  # both were Congo
    ("Congo's army attacked the rebels.", None, None),  # nothing settles it: not guessed
])  # fmt: skip
def test_congo_is_read_from_its_context(code_text, text, when, country):
    assert by_text(code_text(text, when))["Congo's army"][1] == country


def test_undated_text_takes_an_organisation_s_latest_code(code_text):
    assert by_text(code_text("The NPFL shelled the port on Tuesday."))["NPFL"][0] == "LBRREB"  # dissolved in 1997


def test_labor_is_no_spelling_of_britain_s_labour(code_text):
    assert by_text(code_text("Australia's Labor party won the vote.", "2022-05-22"))["Australia's Labor party"][1] == "AUS"


def test_an_entry_s_code_on_a_date_is_the_same_when_asked_again():
    """``code_on`` keeps its answer per date: dates asked in any order, again and again, each get their own code."""
    from datetime import date

    from eventwire.actors.entries import ActorEntry, DatedCode

    role = ActorEntry("x", "X", "person", ("X",), (
        DatedCode("ABCGOV", "ABC", "GOV", valid_from=date(2001, 1, 1), valid_until=date(2005, 12, 31)),
        DatedCode("ABCOPP", "ABC", "OPP", valid_from=date(2006, 1, 1)),
    ))
    asked = [date(2003, 5, 1), date(2010, 1, 1), None, date(1990, 1, 1), date(2003, 5, 1), date(2010, 1, 1), None]
    codes = [getattr(role.code_on(when), "code", None) for when in asked]
    assert codes == ["ABCGOV", "ABCOPP", "ABCOPP", "ABC", "ABCGOV", "ABCOPP", "ABCOPP"]
