"""The compiled attribute ruler and remembered lemmas annotate exactly as spaCy's own components."""

import pytest

from eventwire.parse import installed_model
from eventwire.spacy_rules import CompiledAttributeRules, NotCompilable, RememberedLemmas, compile_rule_components

# Written for this test: the multi-token patterns of the English ruler ("gonna", "let's", "ain't",
# "y'all", expletive "there"), pronouns by case, auxiliaries, determiners used as pronouns, spaces.
SENTENCES = (
    "Chile and Peru agreed on Monday to reopen a mountain pass that had been closed since May.",
    "We're gonna keep talking, y'all, the envoy said; let's not pretend it ain't hard.",
    "There are  two  spaces here, and there were protests in Lagos.\n\nShe gave it to him and them.",
    "Did the ministers do what they had promised? Those who did will have something to show.",
    "I told you that this was nothing; c'mon, we gotta go, nuthin' more to see, 'em too.",
    "Kenya's foreign ministry has summoned the ambassador, whose remarks it called unacceptable.",
    "The talks, which were hosted by Qatar, ended without a deal; neither side would say more.",
)


def annotations(doc):
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def spacy_own(settings):
    import spacy

    return spacy.load(installed_model(settings.model.names), exclude=["ner", "senter"])


def test_compiled_components_annotate_as_spacy_does(spacy_own, pipeline):
    nlp = pipeline.parser.nlp
    assert isinstance(nlp.get_pipe("attribute_ruler"), CompiledAttributeRules)
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberedLemmas)
    for _ in range(2):  # the second time from what the look-ups remember
        assert [annotations(d) for d in nlp.pipe(SENTENCES)] == [annotations(d) for d in spacy_own.pipe(SENTENCES)]


def test_multi_token_patterns_set_the_token_they_name(pipeline):
    doc = pipeline.parser.nlp("We are gonna win and there is no doubt.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")
    assert doc[[t.text for t in doc].index("is")].pos_ == "VERB"  # after expletive "there"


def test_a_pattern_the_compiler_does_not_know_keeps_spacys_ruler():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "talks", "OP": "+"}]], {"POS": "NOUN"})
    with pytest.raises(NotCompilable):
        CompiledAttributeRules(ruler)
    compile_rule_components(nlp)
    assert nlp.get_pipe("attribute_ruler") is ruler
