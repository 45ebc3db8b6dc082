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


MORE_CASES = [
    # a clause of time under an appeal is a fact, a purpose is not
    ("The EU urged calm after Iran launched missiles at Israel.", {"The EU": "IGOEU", "Iran": "IRN", "Israel": "ISR"},
     "ASSAULT", "asserted"),
    ("Turkey lifted sanctions on Syria to support the Syrian government.",
     {"Turkey": "TUR", "Syria": "SYR", "the Syrian government": "SYRGOV"}, "SUPPORT", "hypothetical"),
    ("Thailand sent jets to bomb Cambodian positions.", {"Thailand": "THA", "Cambodian positions": "KHMMIL"},
     "ASSAULT", "asserted"),
    ("Guam said it was ready for any attack by North Korea.", {"Guam": "GUM", "North Korea": "PRK"}, "ASSAULT", "hypothetical"),
    ("Experts said Chinese troops would blockade Taiwan.", {"Chinese troops": "CHNMIL", "Taiwan": "TWN"}, "COERCE", "hypothetical"),
]  # fmt: skip
CASES += MORE_CASES

SCOPE_CASES = [
    # a negation or an appeal scopes over its own clause only
    ("Norway would not join the boycott, though Oslo criticised Minsk over the vote.",
     {"Norway": "NOR", "Oslo": "NOR", "Minsk": "BLR"}, "ACCUSE", "asserted"),
    ("Senegal will not attend the summit but praised France's mediation.", {"Senegal": "SEN", "France": "FRA"},
     "SUPPORT", "asserted"),
    ("Lula urged Guyana to stop the drilling during talks with Maduro.", {"Lula": "BRAGOV", "Guyana": "GUY", "Maduro": "VENGOV"},
     "CONSULT", "asserted"),
    # a recurring circumstance is not one act that happened
    ("Each time Ethiopian troops shelled the town, Eritrea protested.", {"Ethiopian troops": "ETHMIL", "Eritrea": "ERI"},
     "ASSAULT", "hypothetical"),
    ("Hezbollah vowed to fire rockets at Haifa every time Israeli jets struck villages in Lebanon.",
     {"Hezbollah": "LBNREB", "Haifa": "ISR", "Israeli jets": "ISRMIL", "Lebanon": "LBN"}, "ASSAULT", "hypothetical"),
    ("Manila said it would protest whenever Chinese ships blockaded the shoal.",
     {"Manila": "PHL", "Chinese ships": "CHNMIL"}, "COERCE", "hypothetical"),
    # an attempt at force is the act itself; an attempt at anything else is not yet an act
    ("Rebels tried to kill the governor of Kivu on Monday.", {"Rebels": "CODREB", "governor of Kivu": "CODGOV"}, "ASSAULT", "asserted"),
    ("Kenya tried to mediate between Sudan and Chad.", {"Kenya": "KEN", "Sudan": "SDN", "Chad": "TCD"}, "CONSULT", "hypothetical"),
    # a relative clause in the past tells what happened, whatever will happen around it
    ("The rebels said they will release the two Kenyan engineers, whom they had abducted in March, on Sunday.",
     {"rebels": "SOMREB", "Kenyan engineers": "KENBUS"}, "ASSAULT", "asserted"),
    ("Chad will hand back the villages that its army seized from Sudan last year.", {"Chad": "TCD", "its army": "TCDMIL", "Sudan": "SDN"},
     "ASSAULT", "asserted"),
]  # fmt: skip
CASES += SCOPE_CASES

@pytest.mark.parametrize(("text", "actors", "plover", "modality"), CASES, ids=[c[0][:40] for c in CASES])
def test_modality(code_text, text, actors, plover, modality):
    found = {(e.plover, e.modality) for e in code_text(text, actors)}
    assert (plover, modality) in found


def test_promised_force_is_a_threat(code_text):
    events = code_text("Pyongyang vowed to strike U.S. bases in Guam.", {"Pyongyang": "PRK", "U.S. bases": "USAMIL"})
    assert {(e.plover, e.cameo[:2]) for e in events} == {("THREATEN", "13")}


def test_sports_and_figures_of_speech_are_not_events(code_text):
    assert code_text("Brazil crushed Argentina 3-0 in the World Cup semifinal.", {"Brazil": "BRA", "Argentina": "ARG"}) == ()
    events = code_text("The senator attacked the White House's proposal as reckless.",
                       {"The senator": "USALEG", "the White House": "USAGOV"})
    assert [e.plover for e in events] == ["ACCUSE"]


def test_a_negated_act_leaves_its_neighbours_alone(code_text):
    events = code_text("Ghana did not sign the accord, and Togo condemned the coup in Niger.",
                       {"Ghana": "GHA", "Togo": "TGO", "Niger": "NER"})
    assert {(e.plover, e.modality) for e in events if e.source.code == "TGO"} == {("ACCUSE", "asserted")}




def test_what_is_left_out(code_text):
    # aid to no one named, a lone party meeting no one, an event only explaining another
    assert code_text("Japan sent aid on Monday.", {"Japan": "JPN"}) == ()
    assert code_text("The minister met reporters in Tokyo.", {"The minister": "JPNGOV"}) == ()
    events = code_text("Chile cut ties with Israel over the bombardment of Gaza by Israeli jets.",
                       {"Chile": "CHL", "Israel": "ISR", "Israeli jets": "ISRMIL"})
    assert {e.plover for e in events} == {"SANCTION"}


def test_what_is_yet_to_come_and_announced_force(code_text):
    events = code_text("Ethiopia gave Tigrayan forces 72 hours to surrender before the army begins an assault on Mekelle.",
                       {"Ethiopia": "ETH", "Tigrayan forces": "ETHREB", "the army": "ETHMIL"})
    assert not any(e.plover == "ASSAULT" and e.modality in ("asserted", "future") for e in events)
    (test,) = code_text("North Korea said on Tuesday it would conduct a nuclear test.", {"North Korea": "PRK"})
    assert test.plover == "THREATEN"
    (sanction,) = code_text("China said on Monday it would impose sanctions on Lockheed Martin.", {"China": "CHN", "Lockheed Martin": "USABUS"})
    assert sanction.plover == "SANCTION"


def test_a_participle_characterising_the_act_is_no_act(code_text):
    events = code_text("Pakistan carried out five nuclear tests, defying warnings from the United States.", {"Pakistan": "PAK", "United States": "USA"})
    assert {e.plover for e in events} == {"MOBILIZE"}


def test_a_visit_in_which_a_promise_was_made_happened(code_text):
    events = code_text("Poland pledged to buy more tanks during a visit to Seoul by its defence minister.",
                       {"Poland": "POL", "Seoul": "KOR", "its defence minister": "POLGOV"})
    assert ("CONSULT", "asserted") in {(e.plover, e.modality) for e in events}


def test_access_alone_is_not_admitting_inspectors(code_text):
    events = code_text("Cameroon gave Chad access to the sea under an accord signed on Monday.",
                       {"Chad": "TCD", "Cameroon": "CMR"})
    assert "0862" not in {e.cameo for e in events}
    events = code_text("Syria gave OPCW inspectors access to the site.", {"Syria": "SYR", "OPCW inspectors": "IGOOPC"})
    assert {e.cameo for e in events} == {"0862"}


def test_seeking_to_act_oneself_is_an_intent(code_text):
    events = code_text("The junta said it would seek to ban the opposition party.",
                       {"The junta": "MMRMIL", "the opposition party": "MMROPP"})
    assert {e.plover for e in events} == {"THREATEN"}
