"""Parse repairs, each on a small sentence with the misparse written out by hand."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from eventwire.events import repairs

VOCAB = English().vocab  # the English lexical attributes (lower case), no model


def parse(text: str, rows: list[tuple[int, str, str]]) -> Doc:
    """A Doc of ``text``'s words with the given (head, dep, tag) per word."""
    words = text.split()
    heads, deps, tags = zip(*rows)
    return Doc(VOCAB, words=words, heads=list(heads), deps=list(deps), tags=list(tags))


def texts(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_a_by_phrase_hung_on_a_phrase_after_the_passive_verb_is_the_verbs_agent():
    doc = parse("Chile was threatened with sanctions by Bolivia", [
        (2, "nsubjpass", "NNP"), (2, "auxpass", "VBD"), (2, "ROOT", "VBN"), (2, "prep", "IN"), (3, "pobj", "NNS"),
        (4, "prep", "IN"), (5, "pobj", "NNP")])  # fmt: skip
    assert texts(repairs.passive_agents(doc[2])) == ["Bolivia"]
    doc = parse("Chile was threatened by Bolivia", [
        (2, "nsubjpass", "NNP"), (2, "auxpass", "VBD"), (2, "ROOT", "VBN"), (2, "agent", "IN"), (3, "pobj", "NNP")])  # fmt: skip
    assert texts(repairs.passive_agents(doc[2])) == ["Bolivia"]


def test_a_phrase_of_manner_hung_on_the_object_modifies_the_verb():
    doc = parse("resume exports in a call", [(0, "ROOT", "VB"), (0, "dobj", "NNS"), (1, "prep", "IN"), (4, "det", "DT"), (2, "pobj", "NN")])
    assert repairs.prep_governor(doc[2]).text == "resume"
    doc = parse("resume exports of grain", [(0, "ROOT", "VB"), (0, "dobj", "NNS"), (1, "prep", "IN"), (2, "pobj", "NN")])
    assert repairs.prep_governor(doc[2]).text == "exports"


def test_a_from_phrase_hung_on_the_verb_belongs_to_the_offer_it_rejects():
    doc = parse("Ghana rejected a proposal from Togo", [
        (1, "nsubj", "NNP"), (1, "ROOT", "VBD"), (3, "det", "DT"), (1, "dobj", "NN"), (1, "prep", "IN"), (4, "pobj", "NNP")])  # fmt: skip
    assert texts(repairs.offer_sources(doc[3])) == ["Togo"]
    assert repairs.offer_sources(doc[0]) == []  # not an object


def test_an_infinitive_read_as_a_purpose_is_a_complement():
    doc = parse("Fiji offered on Friday to host talks", [
        (1, "nsubj", "NNP"), (1, "ROOT", "VBD"), (1, "prep", "IN"), (2, "pobj", "NNP"), (5, "aux", "TO"), (1, "advcl", "VB"),
        (5, "dobj", "NNS")])  # fmt: skip
    assert texts(repairs.purpose_complements(doc[1])) == ["host"]


def test_a_verb_read_as_a_clause_of_an_adjective_at_the_root_takes_its_subject():
    doc = parse("Militiamen loyal to Moscow shot down a plane", [
        (1, "nsubj", "NNS"), (1, "ROOT", "JJ"), (1, "prep", "IN"), (2, "pobj", "NNP"), (1, "advcl", "VBD"), (4, "prt", "RP"),
        (7, "det", "DT"), (4, "dobj", "NN")])  # fmt: skip
    subjects = (lambda head: [c for c in head.children if c.dep_ == "nsubj"])
    assert texts(repairs.adjective_root_subjects(doc[4], subjects)) == ["Militiamen"]
    assert repairs.adjective_root_subjects(doc[2], subjects) is None


def test_onlookers_are_no_target_also_when_parsed_as_a_clause_of_their_own():
    doc = parse("met Chile with officials present", [(0, "ROOT", "VBD"), (0, "dobj", "NNP"), (0, "prep", "IN"), (4, "nsubj", "NNS"),
                                                     (2, "pcomp", "VBP")])  # fmt: skip
    assert repairs.onlooking(doc[3])
    doc = parse("met Chile with officials", [(0, "ROOT", "VBD"), (0, "dobj", "NNP"), (0, "prep", "IN"), (2, "pobj", "NNS")])
    assert not repairs.onlooking(doc[3])


def test_a_trailing_speech_clause_read_as_a_conjunct_is_a_relay():
    doc = parse("Chile and media reporting", [(0, "ROOT", "NNP"), (0, "cc", "CC"), (0, "conj", "NNS"), (2, "acl", "VBG")])
    doc[3].lemma_ = "report"
    assert repairs.trailing_attribution(doc[2], frozenset({"report"}))
    assert not repairs.trailing_attribution(doc[0], frozenset({"report"}))


def test_a_phrase_hung_on_the_first_conjunct_belongs_to_the_second():
    doc = parse("the minister and officials in Lima", [(1, "det", "DT"), (1, "ROOT", "NN"), (1, "cc", "CC"), (1, "conj", "NNS"),
                                                        (1, "prep", "IN"), (4, "pobj", "NNP")])  # fmt: skip
    assert texts(repairs.conjunct_phrases(doc[3], "in")) == ["Lima"]
    assert texts(repairs.conjunct_phrases(doc[1], "in")) == ["Lima"]


def test_recipients_read_as_objects():
    doc = parse("granted Fiji and Tonga the status", [(0, "ROOT", "VBD"), (0, "dobj", "NNP"), (1, "cc", "CC"), (1, "conj", "NNP"),
                                                      (5, "det", "DT"), (0, "dobj", "NN")])  # fmt: skip
    assert texts(repairs.recipients_read_as_objects(doc[0])) == ["Fiji"]
    doc = parse("gave Kenya 30 vehicles", [(0, "ROOT", "VBD"), (3, "nmod", "NNP"), (3, "nummod", "CD"), (0, "dobj", "NNS")])
    assert texts(repairs.recipients_read_as_objects(doc[0])) == ["Kenya"]


def test_a_that_clause_hung_on_the_verb_of_a_frame_noun_is_the_nouns():
    doc = parse("renewed its call today that Peru withdraw", [
        (0, "ROOT", "VBD"), (2, "poss", "PRP$"), (0, "dobj", "NN"), (0, "npadvmod", "NN"), (6, "mark", "IN"), (6, "nsubj", "NNP"),
        (0, "ccomp", "VBP")])  # fmt: skip
    assert texts(repairs.detached_noun_clauses(doc[2])) == ["withdraw"]
    assert repairs.detached_noun_clauses(doc[3]) == []  # not the verb's object



def test_a_passive_stating_an_attitude_with_no_agent_is_held_by_its_subject():
    rows = [(1, "nsubj", "NNP"), (2, "auxpass", "VBZ"), (2, "ROOT", "VBN"), (2, "prep", "IN"), (5, "amod", "JJ"), (3, "pobj", "NN")]
    doc = parse("Mali is opposed to Algerian mediation", rows)
    doc[2].lemma_ = "oppose"
    assert repairs.stative_passive(doc[2], frozenset({"oppose"}))
    assert not repairs.stative_passive(doc[2], frozenset({"commit"}))
    assert texts(repairs.auxiliary_subjects(doc[2])) == ["Mali"]  # the subject the parser hung on "is"
    doc = parse("Mali was opposed by Algeria", [(2, "nsubjpass", "NNP"), (2, "auxpass", "VBD"), (2, "ROOT", "VBN"), (2, "agent", "IN"), (3, "pobj", "NNP")])
    doc[2].lemma_ = "oppose"
    assert not repairs.stative_passive(doc[2], frozenset({"oppose"}))  # an agent: a true passive
    assert repairs.auxiliary_subjects(doc[2]) == []
