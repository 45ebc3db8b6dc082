"""Spelling variants and bounded fuzzy matching of country and organisation names."""

import pytest

from eventwire.actors.spelling import NearNames, is_english, one_edit_apart, spelling_table

from .helpers import by_text


def test_one_edit_means_one_letter_missing_added_changed_or_two_neighbours_swapped():
    assert one_edit_apart("ethopia", "ethiopia") and one_edit_apart("quatar", "qatar")
    assert one_edit_apart("bolivai", "bolivia") and one_edit_apart("ugande", "uganda")
    assert not one_edit_apart("austria", "australia") and not one_edit_apart("chile", "chile")


def test_spelling_groups_key_every_spelling_by_the_first():
    assert spelling_table([["organisation", "organization"], ["labour", "labor"]]) == {"organization": "organisation", "labor": "labour"}


def test_a_near_name_needs_six_letters_one_candidate_and_no_english_word():
    near = NearNames({"ethiopia", "gambia", "zambia", "mongolia"}, english=frozenset({"mongol", "gamble"}))
    assert near.nearest("ethopia") == "ethiopia"
    assert near.nearest("gambia") is None  # a name itself
    assert near.nearest("kambia") is None  # one edit from two names: Gambia and Zambia
    assert near.nearest("mongols") is None  # an English word's plural
    assert near.nearest("ethio") is None  # too short
    assert NearNames({"ethiopia"}, english=frozenset()).nearest("ethopia") is None  # no word list: no fuzzy matching


def test_inflected_english_words_count_as_english():
    english = frozenset({"trade", "plan", "study", "nation"})
    assert all(is_english(w, english) for w in ("traded", "planned", "planning", "studies", "nations"))
    assert not is_english("ethopia", english)


def test_no_ordinary_word_becomes_a_country(pipeline):
    matcher = pipeline.actors.matcher
    english = sorted(w for w in matcher.near.english if len(w) >= 6 and w.isalpha())
    assert len(english) > 20_000  # the model's lemma index is there, so fuzzy matching is on
    for word in english:
        forms = (word, word + "s", word + "ed", word + "ing")
        assert not any(matcher.near.nearest(f) not in (None, f) and f not in matcher.vocabulary for f in forms if is_english(f, matcher.near.english)), word


@pytest.mark.parametrize("text, words, code", [
    ("Ethopia and Eritrea signed a border accord in Algiers.", "Ethopia", "ETH"),
    ("Troops from Afganistan crossed into Pakistan.", "Afganistan", "AFG"),
    ("Quatar's emir received the Omani foreign minister.", "Quatar's emir", "QATGOV"),
    ("The Palestine Liberation Organization rejected the plan, the Palestine Liberation Organisation said.", "Palestine Liberation Organization", "PSEGOV"),
])  # fmt: skip
def test_misspelled_and_variant_names_are_read(code_text, text, words, code):
    assert by_text(code_text(text, "1994-05-02"))[words][0].startswith(code)


def test_a_near_name_beside_another_capitalised_word_stays_a_personal_name(code_text):
    found = by_text(code_text("Jordana Ruiz and Marco Parisi opened the gallery on Friday; Abu Omar al-Baghdadi was absent."))
    assert all(code[:3] not in ("JOR", "FRA", "IRQ") for code, _, _ in found.values())
