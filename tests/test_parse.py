from eventwire.parse import UNUSED_COMPONENTS, chunks, sentence_starts
from eventwire.types import Document

STORY = (
    "Chile and Peru agreed on Monday to reopen a mountain pass. The road had been closed for a month.",
    "Officials in both countries praised the decision.",
)


def document(doc_id: str, body: tuple[str, ...]) -> Document:
    return Document(doc_id=doc_id, origin=doc_id, body=body)


def test_unused_components_are_not_loaded_and_the_needed_ones_are(pipeline):
    names = pipeline.parser.nlp.pipe_names
    assert not set(UNUSED_COMPONENTS) & set(names)
    assert {"tagger", "parser", "attribute_ruler", "lemmatizer"} <= set(names)


def test_sentences_keep_paragraph_and_index(pipeline):
    sentences = pipeline.parser.parse(document("d", STORY))
    assert [(s.index, s.paragraph) for s in sentences] == [(0, 0), (1, 0), (2, 1)]
    assert sentences[1].text == "The road had been closed for a month."
    assert all(s.doc.text == s.text for s in sentences)


def test_rejected_sentences_are_only_tokenized(pipeline):
    sentences = pipeline.parser.parse(document("d", STORY), worth_parsing=lambda text: "agreed" in text)
    assert [s.parsed for s in sentences] == [True, False, False]
    first, second = sentences[0], sentences[1]
    assert first.doc.has_annotation("DEP") and first.doc[3].lemma_ == "agree"
    assert not second.doc.has_annotation("DEP") and not second.doc.has_annotation("TAG")
    assert [t.text for t in second.doc][:3] == ["The", "road", "had"]


def test_parsing_many_documents_together_gives_what_parsing_each_gives(pipeline):
    documents = [document("a", STORY), document("b", ("Japan sent aid to Tonga.",)), document("c", STORY[::-1])]
    together = pipeline.parser.parse_many(documents)
    alone = [pipeline.parser.parse(d) for d in documents]

    def analysis(sentences):
        return [(s.index, s.text, [(t.tag_, t.dep_, t.head.i, t.lemma_) for t in s.doc]) for s in sentences]

    assert [analysis(s) for s in together] == [analysis(s) for s in alone]


def test_chunks_cut_at_spaces_and_lose_nothing():
    text = "Talks resumed in Doha. " * 20
    pieces = chunks(text, size=50)
    assert "".join(pieces) == text
    assert all(len(p) <= 50 for p in pieces) and all(p.endswith(" ") for p in pieces[:-1])
    assert chunks("x" * 120, size=50) == ["x" * 50, "x" * 50, "x" * 20]


def test_a_paragraph_longer_than_spacy_accepts_is_split_not_refused(pipeline):
    huge = "Envoys met again. " * 70_000  # 1.26 million characters in one paragraph
    sentences = pipeline.parser.parse(document("big", (huge,)), worth_parsing=lambda text: False)
    assert len(sentences) >= 69_000 and sentences[0].text == "Envoys met again."


def test_a_run_on_sentence_is_tokenized_not_parsed(pipeline):
    run_on = "and the list goes on " * 300  # 6,300 characters with no full stop
    (sentence,) = pipeline.parser.parse(document("long", (run_on,)))
    assert not sentence.parsed and len(sentence.doc) > 1000


def test_the_tokenizer_is_the_models_own_though_spacy_builds_no_default_one_first(pipeline):
    import spacy
    from spacy.symbols import ORTH

    from eventwire.parse import WHOLE_WORDS, installed_model

    own = spacy.load(installed_model(pipeline.settings.model.names), exclude=list(UNUSED_COMPONENTS))
    for word in WHOLE_WORDS:
        for form in (word, word.capitalize()):
            own.tokenizer.add_special_case(form, [{ORTH: form}])
    assert pipeline.parser.nlp.tokenizer.to_bytes(exclude=["vocab"]) == own.tokenizer.to_bytes(exclude=["vocab"])  # the vocab grows with use
    text = "U.S. envoys can't meet Gov. Smith's aides at 5 p.m.; N. Korea test-fired (again) e-mails: www.example.com"
    assert [t.text for t in pipeline.parser.nlp.make_doc(text)] == [t.text for t in own.make_doc(text)]


# Written for this test: abbreviations, closing quotes and brackets after a stop, runs of marks,
# stray spaces and line breaks, a mark glued to the next word, a non-Latin full stop.
SPLIT_CASES = (
    "",
    "   ",
    "Gen. Okafor met the U.S. envoy at 9 a.m. in Abuja. Talks ended at noon!",
    '"We will not sign," the minister said. "Not now." Then he left (quietly.) The end',
    "What next?! Nobody knows . . . Officials in Quito declined to comment.  ",
    "  Kenya and Uganda signed.Both sides praised it.\nThe deal covers 3.5 km of border.",
    "Seoul protested。Tokyo replied? Yes… and no!!  ",
)


def test_sentence_texts_are_the_sentencizers_spans(pipeline):
    splitter = pipeline.parser.splitter
    for text in SPLIT_CASES:
        assert splitter.sentence_texts(text) == [span.text for span in splitter(text).sents]


def test_sentences_start_after_a_mark_and_the_punctuation_that_closes_it():
    ends = frozenset({1, 2})  # ORTH ids of two sentence-final marks; 9 is other punctuation, 5 a word
    orths = [5, 1, 9, 5, 2, 1, 5, 5, 1]
    puncts = [0, 1, 1, 0, 1, 1, 0, 0, 1]
    assert sentence_starts(orths, puncts, ends) == [0, 3, 6]
    assert sentence_starts([1, 5], [1, 0], ends) == [0, 1]
    assert sentence_starts([5, 5], [0, 0], ends) == [0]
