"""The event lexicon: a strict loader, and the user's own words added to the packaged lists."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.events.lexicon import SECTIONS, Lexicon


def test_the_packaged_lexicon_fills_every_list():
    lexicon = Lexicon.packaged()
    assert "not" in lexicon.negation and "say" in lexicon.speech_verbs and "AID" in lexicon.needs_target
    assert set(SECTIONS) == {"modality", "speech", "roles", "time"}


@pytest.mark.parametrize("text, reason", [
    ('[modality]\nnegaton = ["not"]', "unknown key 'modality.negaton'"),
    ('[moods]\nnegation = ["not"]', "unknown section 'moods'"),
    ('[roles]\nnegation = ["not"]', "unknown key 'roles.negation'"),
    ('[modality]\nnegation = "not"', "'modality.negation' must be a list of words"),
    ('[modality\nnegation = ["not"]', "not TOML"),
])  # fmt: skip
def test_an_unknown_or_malformed_entry_stops_with_the_file_and_key(text, reason):
    with pytest.raises(EventwireError, match=rf"\[E330\] mine.toml: malformed event lexicon: .*{reason}"):
        Lexicon.packaged().adding(text, "mine.toml")


def test_a_packaged_list_left_out_is_an_error_not_an_empty_list():
    with pytest.raises(EventwireError, match=r"\[E330\] event-lexicon.toml: .*'modality.negation' is missing"):
        Lexicon.from_toml('[speech]\nverbs = ["say"]')


def test_user_files_add_words_and_keep_the_built_in_ones(tmp_path):
    mine = tmp_path / "mine.toml"
    mine.write_text('[speech]\nverbs = ["Aver"]\n\n[modality]\nintended_governors = ["undertake"]\n', encoding="utf-8")
    lexicon = Lexicon.load([mine])
    assert {"aver", "say"} <= lexicon.speech_verbs
    assert {"undertake", "plan"} <= lexicon.intended_governors
    assert lexicon.negation == Lexicon.packaged().negation
    with pytest.raises(EventwireError, match=r"\[E331\] .*absent.toml"):
        Lexicon.load([tmp_path / "absent.toml"])


def test_a_user_word_changes_what_is_coded(pipeline, settings, tmp_path):
    from eventwire.events import EventCoder

    from .test_rules import coded_with

    text, actors = "Nepal hankered to send relief supplies to Bhutan.", {"Nepal": "NPL", "Bhutan": "BTN"}
    mine = tmp_path / "mine.toml"
    mine.write_text('[modality]\nintended_governors = ["hanker"]\n', encoding="utf-8")
    before = coded_with(pipeline, EventCoder(settings), text, actors)
    after = coded_with(pipeline, EventCoder(settings.with_overrides({"events.lexicon": (str(mine),)})), text, actors)
    assert [e.modality for e in after] == ["intended"] and [e.modality for e in before] != ["intended"]
