"""Pronouns the actor stage leaves open: object pronouns and a sentence-opening "they"."""

from __future__ import annotations

from eventwire.types import Document, ParsedSentence, SentenceActors

from .helpers import mentions_for, triples


def code_sentences(pipeline, texts_and_actors):
    sentences, actors = [], []
    for index, (text, named) in enumerate(texts_and_actors):
        doc = pipeline.parser.nlp(text)
        sentences.append(ParsedSentence(index, 0, text, doc, True))
        actors.append(SentenceActors(index, mentions_for(doc, named)))
    document = Document(doc_id="d", origin="<test>", body=tuple(text for text, _ in texts_and_actors))
    return pipeline.events.code_document(document, sentences, actors)


def test_an_object_pronoun_is_the_last_other_person(code_text):
    events = code_text("Erdogan spoke by phone with President Vladimir Putin on Sunday and urged him to declare a ceasefire.",
                       {"Erdogan": "TURGOV", "President Vladimir Putin": "RUSGOV"})
    assert ("TURGOV", "REQUEST", "RUSGOV") in triples(events)


def test_them_and_they_reach_back_to_the_sentence_before(pipeline):
    events = code_sentences(pipeline, [
        ("Moldova's president met European Union leaders in Brussels on Thursday.", {"Moldova's president": "MDAGOV", "European Union leaders": "IGOEU"}),
        ("She asked them to open membership negotiations.", {"She": "MDAGOV"}),
    ])
    assert ("MDAGOV", "REQUEST", "IGOEU") in triples(events)
    events = code_sentences(pipeline, [
        ("Ugandan rebels attacked a village in eastern Congo overnight.", {"Ugandan rebels": "UGAREB"}),
        ("They killed at least 40 civilians, local officials said.", {"civilians": "CODCVL", "officials": "CODGOV"}),
    ])
    assert ("UGAREB", "ASSAULT", "CODCVL") in triples(events)


def test_possessives_and_subjects_within_a_sentence_are_left_alone(code_text):
    events = code_text("Russia massed troops near its border with Ukraine.", {"Russia": "RUS", "Ukraine": "UKR"})
    assert triples(events) == {("RUS", "MOBILIZE", "UKR")}


def test_person_heads_come_from_the_singular_person_rows_of_the_role_words():
    from eventwire.events.pronouns import person_heads

    heads = person_heads()
    assert {"minister", "president", "envoy", "head", "spokeswoman"} <= heads
    assert not heads & {"people", "citizens", "officers", "ministry", "government"}


def test_one_definition_of_each_kind_of_subject():
    import re
    from pathlib import Path

    source = Path(__file__).resolve().parents[2] / "src" / "eventwire"
    defined = [p for p in source.rglob("*.py") if re.search(r"^\w*SUBJECT_DEPS\s*=", p.read_text("utf-8"), re.M)]
    assert [p.name for p in defined] == ["deps.py"]
