"""Did it happen? Negated, hypothetical, future and intended events."""

from __future__ import annotations

import pytest

CASES = [
    ("Iran did not attack the tanker.", {"Iran": "IRN"}, "ASSAULT", "negated"),
    ("Officials said Egypt has had no talks with Qatar.", {"Egypt": "EGY", "Qatar": "QAT"}, "CONSULT", "negated"),
    ("The parade may feature missiles, and Russia could impose sanctions on Georgia.",
     {"Russia": "RUS", "Georgia": "GEO"}, "SANCTION", "hypothetical"),
    ("If talks fail, Ankara would attack Kurdish fighters.", {"Ankara": "TUR", "Kurdish fighters": "TURREB"}, "ASSAULT", "hypothetical"),
    ("Modi will meet Biden in Washington next week.", {"Modi": "INDGOV", "Biden": "USAGOV"}, "AGREE", "future"),
    ("Chile is expected to sign the treaty with Peru.", {"Chile": "CHL", "Peru": "PER"}, "AGREE", "future"),
    ("Seoul plans to send food aid to Pyongyang.", {"Seoul": "KOR", "Pyongyang": "PRK"}, "AGREE", "intended"),
    ("Kenya intends to deepen ties with Somalia.", {"Kenya": "KEN", "Somalia": "SOM"}, "AGREE", "intended"),
    ("Poland expelled three Russian diplomats.", {"Poland": "POL", "Russian diplomats": "RUSGOV"}, "SANCTION", "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actors", "plover", "modality"), CASES, ids=[c[0][:40] for c in CASES])
def test_modality(code_text, text, actors, plover, modality):
    found = {(e.plover, e.modality) for e in code_text(text, actors)}
    assert (plover, modality) in found


def test_promised_force_is_a_threat(code_text):
    events = code_text("Pyongyang vowed to strike U.S. bases in Guam.", {"Pyongyang": "PRK", "U.S. bases": "USAMIL"})
    assert {(e.plover, e.cameo[:2]) for e in events} == {("THREATEN", "13")}


def test_sports_and_figures_of_speech_are_not_events(code_text):
    assert code_text("Brazil crushed Argentina 3-0 in the World Cup semifinal.", {"Brazil": "BRA", "Argentina": "ARG"}) == ()
    events = code_text("The senator attacked the proposal as reckless.", {"The senator": "USALEG"})
    assert [e.plover for e in events] == ["ACCUSE"]
