"""An indexed sentence answers every question the rules ask exactly as spaCy's Doc does."""

import pytest

from eventwire.tokenindex import IndexedDoc, indexed
from eventwire.types import ParsedSentence

# Written for this test: coordination, relative and subordinate clauses, apposition, passives,
# quotes, numbers and a sentence whose parse has crossing arcs more often than not.
SENTENCES = (
    "Jordan, Egypt and Britain condemned the raid, which killed three civilians near Hebron on Monday.",
    "The aid, pledged by Japan and South Korea after talks in Seoul, will reach Tonga in 2024, officials said.",
    '"We will not accept this," the foreign minister told reporters, adding that talks would resume.',
    "Rebels seized the town of Bunia overnight and police later arrested 12 men, a spokesman for the army said.",
    "Who the government blamed for the blast that the ministry said it had warned of was not clear.",
)


def spacy_answers(token):
    return (
        token.i, token.text, token.lower_, token.lemma_, token.tag_, token.pos_, token.dep_, token.shape_, token.idx,
        token.whitespace_, token.text_with_ws, token.is_alpha, token.is_punct, token.like_num, token.head.i,
        [t.i for t in token.children], [t.i for t in token.lefts], [t.i for t in token.rights],
        [t.i for t in token.subtree], [t.i for t in token.ancestors], token.left_edge.i, token.right_edge.i,
        [t.i for t in token.conjuncts], token.n_lefts, token.n_rights, len(token), token.is_title,
    )


@pytest.fixture(scope="module")
def docs(pipeline):
    return list(pipeline.parser.nlp.pipe(SENTENCES))


def test_tokens_answer_as_spacys(docs):
    for doc in docs:
        assert [spacy_answers(t) for t in IndexedDoc(doc)] == [spacy_answers(t) for t in doc]


def test_spans_and_character_spans_answer_as_spacys(docs):
    for doc in docs:
        index = IndexedDoc(doc)
        assert index.text == doc.text
        for start, end in [(0, 3), (2, -1), (-4, None), (5, 2), (None, 100), (-100, 1), (3, 3)]:
            ours, theirs = index[start:end], doc[start:end]
            assert (ours.start, ours.end, ours.text, ours.start_char, ours.end_char, ours.text_with_ws) == (
                theirs.start, theirs.end, theirs.text, theirs.start_char, theirs.end_char, theirs.text_with_ws)
            if len(theirs):
                assert ours.root.i == theirs.root.i
        for start in range(0, len(doc.text), 5):
            ours, theirs = index.char_span(start, start + 7, alignment_mode="expand"), doc.char_span(start, start + 7, alignment_mode="expand")
            assert (ours and (ours.start, ours.end)) == (theirs and (theirs.start, theirs.end))


def test_tokens_are_one_object_each_and_ordered_by_position(docs):
    index = IndexedDoc(docs[0])
    assert index[3] is index.tokens[3] and index[-1] is index.tokens[-1]
    assert all(child.head is token for token in index for child in token.children)
    assert sorted(index, reverse=True)[0] is index[-1]
    with pytest.raises(IndexError):
        index[-1].nbor(1)


def test_an_unparsed_sentence_has_each_token_its_own_head(pipeline):
    index = IndexedDoc(pipeline.parser.nlp.make_doc("Talks resumed in Doha."))
    assert all(t.head is t and list(t.subtree) == [t] and not list(t.children) and t.dep_ == "" for t in index)


def test_a_parsed_sentence_holds_its_doc_indexed_once(docs):
    sentence = ParsedSentence(0, 0, SENTENCES[0], docs[0])
    assert isinstance(sentence.doc, IndexedDoc) and sentence.doc.spacy is docs[0]
    assert indexed(sentence.doc) is sentence.doc


def test_other_scalar_attributes_come_from_spacy_and_token_valued_ones_are_refused(docs):
    token = IndexedDoc(docs[0])[0]
    assert token.is_sent_start == docs[0][0].is_sent_start
    with pytest.raises(AttributeError):
        token.sent


def test_the_text_given_is_kept_and_one_of_another_length_is_not_taken(docs):
    given = IndexedDoc(docs[1], SENTENCES[1])
    assert given.text is SENTENCES[1]
    assert IndexedDoc(docs[1], SENTENCES[1][:-1]).text == docs[1].text


def test_the_string_table_answers_as_the_store_and_starts_afresh_when_full(monkeypatch):
    import eventwire.tokenindex as tokenindex
    from spacy.strings import StringStore

    store = StringStore(["alpha", "beta", "gamma"])
    table = tokenindex.StringTable(store)
    monkeypatch.setattr(tokenindex, "STRINGS_KEPT", 2)
    assert [table[store[w]] for w in ("alpha", "beta", "gamma")] == ["alpha", "beta", "gamma"]
    assert len(table) == 1 and table[store["alpha"]] == "alpha"  # cleared at the third, then read again
