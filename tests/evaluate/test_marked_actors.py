"""Marked actors of PLOVER gold records against the actor stage (benchmarks/gsr_actors.py)."""

import json

import pytest

from eventwire.actors.scoring import Predicted
from eventwire.evaluate.marked_actors import MarkedActor, MarkedSentence, _best, country_class, locate, read_marked, score_marked
from eventwire.types import Actor

# issue 12 asks for the right country for at least 90 % of the marked actors (93.4 % when set); the floor follows
# what has landed (benchmarks/gsr_actors.py prints the figure)
GSR_DEV_COUNTRY_FLOOR = 0.92

RECORDS = [
    {"id": "m1", "text": "Kenyan police fired on protesters in Kisumu, and Uganda closed its border with Kenya.",
     "event": "ASSAULT", "source": [{"actorText": "Kenyan police", "code": "KENCOP"}],
     "target": [{"actorText": "protesters  in Kisumu", "code": "KEN"}],
     "textInfo": {"markup": "(SRC: Kenyan police) fired on (TAR: protesters) in Kisumu, and Uganda closed its border with Kenya."}},
    {"id": "m2", "text": "Uruguay asked Chile and the U.N. to help.", "event": "REQUEST",
     "source": [{"actorText": "Uruguay", "code": "URY"}], "target": "the region"},
    {"id": "m3", "text": "Kenya said Kenya would not back down.", "event": "REJECT",
     "source": [{"actorText": "Kenya", "code": "KEN"}], "target": [{"actorText": "Kenyaa", "code": "KEN"}],
     "textInfo": {"markup": "Kenya said (SRC: Kenya) would not back down."}},
]  # fmt: skip


def test_codes_compare_by_country_and_organisations_are_one_class():
    assert country_class("USAGOV") == "USA"
    assert country_class("JAPGOV") == "JPN"
    assert country_class("IGOUNO") == country_class("NGOAMN") == "organisation"
    assert country_class("") is None


def test_marked_words_are_located_leniently():
    text = "Senegalese and Malian troops entered the town, said Senegal's army."
    assert locate("Senegalese ... troops", text) == ((0, 10), (22, 28))
    assert locate("Malian  troops", text) == ((15, 28),)
    assert locate("Senegals army (SA)", text) == ((52, 66),)  # one edit per word, parenthesis dropped
    assert locate("Gabon", text) == ()


def test_the_markup_tells_which_occurrence_was_marked():
    text = "Kenya said Kenya would not back down."
    assert locate("Kenya", text, "Kenya said (SRC: Kenya) would not back down.") == ((11, 16),)
    assert locate("Kenya", text) == ((0, 5),)


def test_a_malformed_actor_list_is_skipped_and_the_rest_read(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    sentences, skipped = read_marked(path)
    assert [len(s.actors) for s in sentences] == [2, 1, 2]
    assert len(skipped) == 1 and "m2" in skipped[0] and "'target'" in skipped[0]


def test_a_discontinuous_span_is_judged_by_its_first_part():
    text = "Dutch and Belgian negotiators met."
    actor = MarkedActor("Dutch ... negotiators", "NLD", "source", locate("Dutch ... negotiators", text))
    dutch = Predicted("Dutch", 0, 5, Actor("NLDGOV", "NLD", "GOV"))
    belgian = Predicted("Belgian negotiators", 10, 29, Actor("BELGOV", "BEL", "GOV"))
    assert _best(actor, [dutch, belgian]) is dutch


def test_scoring_codes_each_sentence_and_counts_found_and_right(pipeline):
    sentence = MarkedSentence("s1", "Kenyan police fired on protesters, and Uganda protested.", (
        MarkedActor("Kenyan police", "KENCOP", "source", ((0, 13),)),
        MarkedActor("Uganda", "UGA", "source", ((39, 45),)),
        MarkedActor("protesters", "TZA", "target", ((23, 33),)),  # a country the sentence never names
    ))  # fmt: skip
    score = score_marked([sentence], pipeline.parser, pipeline.actors)
    assert (score.marked, score.found, score.country) == (3, 3, 2)
    assert [r.actor.text for r in score.misses()] == ["protesters"]


def test_actor_country_on_the_gsr_dev_half(shared_dir, pipeline):
    """``shared_dir`` skips where ../shared is absent (a bare clone) and fails under CI."""
    sentences, _ = read_marked(shared_dir / "gold" / "plover-gsr-dev.json")
    score = score_marked(sentences, pipeline.parser, pipeline.actors)
    print("\n" + score.summary())
    assert score.marked >= 300
    assert score.rate(score.country) >= GSR_DEV_COUNTRY_FLOOR
