"""The seed article, coded by the general machinery (issue 4, section 7).

The actors are marked by this test (a small name list, as an actor
dictionary would give them), so the events stage is checked on its own;
nothing in the coder knows this article.
"""

from __future__ import annotations

import pytest

from eventwire.clean import clean_article
from eventwire.read import iter_articles
from eventwire.types import Document, SentenceActors

from .helpers import mentions_for

ACTOR_NAMES = {
    "Kim Jong Un": "PRKGOV", "Chinese President Xi Jinping": "CHNGOV", "Pyongyang": "PRK",
    "North Korean state media": "PRKMED", "North Korean state news agency KCNA": "PRKMED", "KCNA": "PRKMED",
    "North Korea": "PRK", "China": "CHN", "United States": "USA", "Xi": "CHNGOV", "Kim": "PRKGOV",
    "U.S. President Donald Trump": "USAGOV", "Korean comrades": "PRK", "Korea": "PRK",
}  # fmt: skip


@pytest.fixture(scope="module")
def seed_events(shared_dir, settings, pipeline):
    (article,) = iter_articles([str(shared_dir / "examples" / "seed-article.txt")], settings)
    document = clean_article(article, settings)
    assert isinstance(document, Document)
    sentences = pipeline.parser.parse(document, worth_parsing=pipeline.events.may_have_event)
    names = dict(sorted(ACTOR_NAMES.items(), key=lambda item: -len(item[0])))
    actors = []
    for sentence in sentences:
        mentions = mentions_for(sentence.doc, names)
        kept = [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions)]
        actors.append(SentenceActors(sentence.index, tuple(kept)))
    return document, sentences, pipeline.events.code_document(document, sentences, actors)


def find(events, plover, source_country, target_country=None):
    return [e for e in events if e.plover == plover and e.source.country == source_country
            and (target_country is None or (e.target and e.target.country == target_country))]


def test_congratulatory_message(seed_events):
    _, _, events = seed_events
    (praise,) = find(events, "SUPPORT", "CHN", "PRK")
    assert praise.cameo.startswith("05") and praise.modality == "asserted"
    assert (praise.source.sector, praise.target.sector) == ("GOV", "GOV")
    assert praise.date in ("2020-10-09", "2020-10-10")
    assert praise.reported_by is not None and praise.reported_by.code == "PRKMED"
    assert praise.trigger.text == "congratulatory message"


def test_intent_to_deepen_relations(seed_events):
    _, _, events = seed_events
    intents = find(events, "AGREE", "CHN", "PRK")
    assert intents and all(e.cameo.startswith("03") for e in intents)
    assert intents[0].modality == "intended"


def test_background_events(seed_events):
    _, _, events = seed_events
    sanctions = find(events, "SANCTION", "CHN", "PRK") + find(events, "SANCTION", "USA", "PRK")
    assert {e.source.country for e in sanctions} == {"CHN", "USA"}
    assert all(e.cameo.startswith("16") and e.past for e in sanctions)
    meetings = [e for e in events if e.plover == "CONSULT" and e.past]
    assert {"CHN", "PRK"} <= {e.source.country for e in meetings}
    assert any(e.source.country == "PRK" and e.target and e.target.country == "USA" for e in meetings)
    assert any(e.date == "2018-01-01" and e.date_precision == "year" for e in meetings)


def test_parade_is_not_asserted_and_promo_lines_code_nothing(seed_events):
    document, sentences, events = seed_events
    parade = [s.index for s in sentences if "parade" in s.text]
    assert all(e.modality != "asserted" for e in events if e.sentence_index in parade)
    story_end = max(i for i, s in enumerate(sentences) if "border closures" in s.text)
    assert all(e.sentence_index <= story_end for e in events)


def test_seed_article_through_the_whole_pipeline(shared_dir, settings, pipeline):
    """The same expectations with the project's own actor coder in front (issue 4, section 7)."""
    (article,) = iter_articles([str(shared_dir / "examples" / "seed-article.txt")], settings)
    events = pipeline.code_article(article).events
    praise = find(events, "SUPPORT", "CHN", "PRK")
    assert praise and praise[0].reported_by is not None and praise[0].reported_by.country == "PRK"
    assert (praise[0].source.sector, praise[0].target.sector) == ("GOV", "GOV")
    assert find(events, "AGREE", "CHN", "PRK")
    assert not any(e.target and e.target.country == "KOR" for e in events)  # the story names only the North
    assert {e.source.country for e in events if e.plover == "SANCTION" and e.past} == {"CHN", "USA"}
    meetings = [e for e in events if e.plover == "CONSULT" and e.past]
    assert {"CHN", "PRK"} <= {e.source.country for e in meetings}
    assert any(e.target and {e.source.country, e.target.country} == {"PRK", "USA"} for e in meetings)
    assert not any(e.modality == "asserted" and "parade" in e.sentence for e in events)
    assert all("hibakusha" not in e.sentence and "recipes" not in e.sentence for e in events)
