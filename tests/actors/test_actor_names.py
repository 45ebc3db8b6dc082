"""Listed people under other spellings and with the given name the list leaves out."""

import pytest

from eventwire.actors.people import phrase_spellings
from eventwire.actors.rules import load_rules

from .helpers import by_text


def test_spellings_cover_transliterations_endings_and_hyphenated_parts():
    rules = load_rules()
    assert "Volodymyr Zelenskyy" in phrase_spellings("Volodymyr Zelensky", rules)
    assert "Sergey Lavrov" in phrase_spellings("Sergei Lavrov", rules)
    assert "Abdel Fattah al-Sisi" in phrase_spellings("Abdel Fattah el-Sisi", rules)
    assert phrase_spellings("Radoslaw Sikorski", rules) == ["Radoslaw Sikorski"]


@pytest.mark.parametrize(("text", "words", "code"), [
    ("Foreign Minister Sergey Lavrov flew to Ankara.", "Foreign Minister Sergey Lavrov", "RUSGOV"),
    ("Mohammad bin Salman received the envoy.", "Mohammad bin Salman", "SAUGOV"),
    # the list has "Araqchi" and "Abbas Araghchi": "Abbas Araqchi" is still him
    ("Abbas Araqchi warned Washington.", "Abbas Araqchi", "IRNGOV"),
])
def test_listed_people_are_found_under_other_spellings(code_text, text, words, code):
    assert by_text(code_text(text, "2024-10-02"))[words][0] == code


def test_a_listed_surname_inside_another_name_is_still_not_that_person(code_text):
    found = by_text(code_text("Deputy Minister Yunus-Bek Yevkurov met officials.", "2024-10-02"))
    assert not any(code == "BGDGOV" for code, _, _ in found.values())


def test_seats_with_lower_case_particles_and_led_igos(code_text):
    found = by_text(code_text("The Quai d'Orsay summoned the envoy, and the Russian-led CSTO sent troops.", "2024-11-20"))
    assert found["Quai d'Orsay"] == ("FRAGOV", "FRA", "GOV")
    assert found["Russian-led CSTO"] == ("IGOCST", None, None)  # an IGO is no country's
