from eventwire.parse import UNUSED_COMPONENTS
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
