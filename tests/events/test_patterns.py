"""Loading pattern files: the packaged ones, a user's own, and bad input."""

from __future__ import annotations

import pytest

from eventwire.errors import EventwireError
from eventwire.events.inflect import Inflector
from eventwire.events.ontology import Ontology
from eventwire.events.patterns import build_pattern_set, kept_patterns, load_patterns

from .helpers import triples


@pytest.fixture(scope="module")
def codes():
    return Ontology.packaged().codes


@pytest.fixture(scope="module")
def inflector():
    return Inflector.packaged()


def build(text, codes, inflector):
    return build_pattern_set([("mine.jsonl", text)], codes, inflector)


def test_packaged_patterns_load_and_are_indexed_by_lemma(codes, inflector):
    patterns = load_patterns([], codes, inflector)
    assert len(patterns) > 400
    impose = patterns.candidates("verb", "impose")
    assert any(p.frame == "event" for p in impose) and impose[0].constraints
    strikes = patterns.candidates("noun", "strike")
    assert any(p.prefix == ("air",) and p.code == "195" for p in strikes)
    assert {"struck", "met", "imposing", "sanctions", "talks"} <= patterns.surface_forms


def test_most_specific_pattern_first(codes, inflector):
    patterns = build(
        '{"verb": "attack", "code": "190"}\n{"verb": "attack", "code": "111", "object": ["plan", "proposal"]}\n',
        codes, inflector,
    )
    assert [p.code for p in patterns.candidates("verb", "attack")] == ["111", "190"]


def test_synsets_expand_and_phrases_keep_their_head_last(codes, inflector):
    text = ('{"synset": "&PACT", "words": ["treaty", "trade deal"]}\n'
            '{"verb": "sign", "code": "057", "object": "&PACT", "target": ["with"]}\n'
            '{"verb": "call off", "frame": "reject"}\n'
            '{"noun": "hunger strike", "code": "142"}\n')  # fmt: skip
    patterns = build(text, codes, inflector)
    sign = patterns.candidates("verb", "sign")[0]
    assert sign.constraints[0].phrases == (("treaty",), ("trade", "deal"))
    assert sign.targets == ("with",)
    assert patterns.candidates("verb", "call")[0].particle == "off"
    assert patterns.candidates("noun", "strike")[0].prefix == ("hunger",)


def test_petrarch_style_pattern_with_roles_and_sides(codes, inflector):
    text = ('{"verb": "submit", "code": "173", "match": [{"relation": "subtree", "side": "before", "role": "source"},'
            ' {"relation": "prep", "prep": "against", "words": ["charge"], "side": "after", "role": "target"}]}\n')
    constraint = build(text, codes, inflector).candidates("verb", "submit")[0].constraints[1]
    assert (constraint.relation, constraint.prep, constraint.side, constraint.role) == ("prep", "against", "after", "target")


@pytest.mark.parametrize(("text", "code"), [
    ('{"verb": "meet", "code": "999"}', "E303"),
    ('{"verb": "meet", "frame": "dance"}', "E306"),
    ('{"verb": "meet", "code": "040", "object": "&NOPE"}', "E305"),
    ('{"verb": "meet"}', "E301"),
    ('{"verb": "meet", "code": "040", "colour": "red"}', "E301"),
    ('not json', "E301"),
    ('{"verb": "meet", "code": "040", "match": [{"relation": "sideways"}]}', "E301"),
])  # fmt: skip
def test_bad_patterns_name_the_file_and_line(codes, inflector, text, code):
    with pytest.raises(EventwireError) as error:
        build("# a comment\n" + text + "\n", codes, inflector)
    assert error.value.code == code
    assert "mine.jsonl:2" in error.value.line()


def test_a_synset_defined_twice_is_refused(codes, inflector):
    # The second definition would otherwise replace the first for every pattern that names it.
    with pytest.raises(EventwireError) as error:
        build('{"synset": "&TWICE", "words": ["a"]}\n{"synset": "&TWICE", "words": ["b"]}\n', codes, inflector)
    assert error.value.code == "E301" and "&TWICE is defined twice" in error.value.line()
    assert "mine.jsonl:2" in error.value.line()


def test_user_file_adds_patterns(codes, inflector, tmp_path):
    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"verb": "snub", "code": "125"}\n{"verb": "hector", "code": "111"}\n', encoding="utf-8")
    patterns = load_patterns([str(mine)], codes, inflector)
    assert patterns.candidates("verb", "hector")[0].origin.endswith("mine.jsonl:2")
    assert "hectored" in patterns.surface_forms


def test_missing_user_file(codes, inflector, tmp_path):
    with pytest.raises(EventwireError) as error:
        load_patterns([str(tmp_path / "absent.jsonl")], codes, inflector)
    assert error.value.code == "E302"


def test_irregular_forms(inflector):
    assert {"struck", "strikes", "striking"} <= inflector.forms("strike", "verb")
    assert {"sanctions"} <= inflector.forms("sanction", "noun")
    assert "dropped" in inflector.forms("drop", "verb")


def test_a_users_pattern_file_changes_what_is_coded(tmp_path, settings, pipeline):
    """`--patterns FILE` (setting events.patterns): a new trigger codes events the built-in ones do not."""
    import dataclasses

    from eventwire.events import EventCoder
    from eventwire.types import Document, ParsedSentence, SentenceActors

    from .helpers import mentions_for

    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"verb": "harangue", "code": "111"}\n', encoding="utf-8")
    text = "France harangued Italy over its border controls."
    doc = pipeline.parser.nlp(text)
    sentences = [ParsedSentence(0, 0, text, doc, True)]
    actors = [SentenceActors(0, mentions_for(doc, {"France": "FRA", "Italy": "ITA"}))]
    document = Document(doc_id="d", origin="<test>", body=(text,))
    assert pipeline.events.code_document(document, sentences, actors) == ()
    custom = dataclasses.replace(settings, events=dataclasses.replace(settings.events, patterns=(str(mine),)))
    (event,) = EventCoder(custom).code_document(document, sentences, actors)
    assert (event.source.code, event.cameo, event.plover, event.target.code) == ("FRA", "111", "ACCUSE", "ITA")


@pytest.mark.parametrize(("text", "actors", "expected"), [
    ("Students staged a sit-in outside the ministry.", {"Students": "BGDEDU", "ministry": "BGDGOV"},
     ("BGDEDU", "PROTEST", "BGDGOV")),  # "staged" lemmatized "stag"; "sit-in" split by the tokenizer
    ("The United States unfroze Iranian assets.", {"The United States": "USA", "Iranian": "IRN"},
     ("USA", "RETREAT", "IRN")),  # an irregular form the lemmatizer leaves alone
    ("Police rounded up activists on Sunday.", {"Police": "KENCOP", "activists": "KENCVL"},
     ("KENCOP", "COERCE", "KENCVL")),  # "on Sunday" is no particle: not "round on"
])  # fmt: skip
def test_triggers_the_lemmatizer_or_tokenizer_gets_wrong(code_text, text, actors, expected):
    assert triples(code_text(text, actors)) == {expected}


def test_patterns_kept_between_runs_are_those_loaded(codes, inflector, tmp_path, monkeypatch):
    from eventwire.startup import CACHE_ENV

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"verb": "hornswoggle", "code": "1724"}\n')
    loaded = load_patterns([str(mine)], codes, inflector)
    built, read = kept_patterns([str(mine)], codes), kept_patterns([str(mine)], codes)
    assert list(tmp_path.glob("patterns-*.pickle"))
    for kept in (built, read):
        assert dict(kept.by_trigger) == dict(loaded.by_trigger) and dict(kept.synsets) == dict(loaded.synsets)
        assert (kept.discards, kept.surface_forms, kept.story_discards) == (loaded.discards, loaded.surface_forms, loaded.story_discards)
        assert dict(kept.irregular) == dict(loaded.irregular)
    assert read.candidates("verb", "hornswoggle")[0].code == "1724"
    with pytest.raises(TypeError):
        read.by_trigger[("verb", "hornswoggle")] = ()  # read-only, as loaded
