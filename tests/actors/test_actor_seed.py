"""Issue 3's done-condition on the example article, read from ../shared."""

from eventwire.clean import clean_article
from eventwire.read import iter_articles


def test_the_example_article_actors(shared_dir, settings, pipeline):
    article = next(iter_articles([str(shared_dir / "examples" / "seed-article.txt")], settings))
    document = clean_article(article, settings)
    sentences = pipeline.parser.parse(document)
    mentions = [m for s in pipeline.actors.code_document(document, sentences) for m in s.mentions if not m.coreferent]

    def coded(text):
        return {(m.actor.country, m.actor.sector) for m in mentions if m.text == text or m.text.endswith(" " + text)}

    assert coded("Xi Jinping") == {("CHN", "GOV")}
    assert coded("Xi") == {("CHN", "GOV")}  # the later bare mentions
    assert coded("Kim Jong Un") == {("PRK", "GOV")}
    assert coded("KCNA") == {("PRK", "MED")}
    assert {c for c, _ in coded("Workers' Party of Korea")} == {"PRK"}
    assert {c for c, _ in coded("Pyongyang")} == {"PRK"}
    assert {c for c, _ in coded("United States")} == {"USA"}
    assert coded("Donald Trump") == {("USA", "GOV")}
    assert coded("North Korean state media") == {("PRK", "MED")}
