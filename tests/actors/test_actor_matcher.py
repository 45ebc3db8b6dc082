from eventwire.actors.entries import ActorEntry, AgentEntry, DatedCode
from eventwire.actors.matcher import PhraseMatcher
from eventwire.actors.tokens import case_of, token_key


def tokenize(text):
    import spacy

    return [t.text for t in spacy.blank("en").tokenizer(text)]


def entry(name, *phrases, code="USA"):
    return ActorEntry(name, name, "country", phrases or (name,), (DatedCode(code, code, None),))


def test_token_keys_strip_dots_accents_and_curly_quotes():
    assert token_key("U.S.") == "us"
    assert token_key("Élysée") == "elysee"
    assert token_key("\u2019s") == "'s"
    assert case_of("US") == "u" and case_of("Ukraine") == "c" and case_of("police") == "a"


def test_longest_phrase_wins_and_case_is_respected():
    matcher = PhraseMatcher(
        [entry("USA", "U.S.", "US"), entry("Workers' Party of Korea", code="PRK"), entry("Korea", code="KOR"),
         AgentEntry("police", ("police",), "COP")],
        tokenize,
    )
    words = tokenize("The US and us met the Workers' Party of Korea and POLICE in Korea.")
    found = [(" ".join(words[m.start:m.end]), m.candidates[0].entry.key) for m in matcher.find(words)]
    assert found == [("US", "USA"), ("Workers ' Party of Korea", "Workers' Party of Korea"), ("POLICE", "police"), ("Korea", "Korea")]


def test_hyphens_are_transparent():
    matcher = PhraseMatcher([entry("Kim Jong Un", code="PRK")], tokenize)
    words = tokenize("Kim Jong-un spoke.")
    assert [(m.start, m.end) for m in matcher.find(words)] == [(0, 4)]


def test_short_phrases_need_permission():
    kim = ActorEntry("Kim", "Kim Jong Un", "person", ("Kim Jong Un",), (DatedCode("PRKGOV", "PRK", "GOV"),), short=("Kim",))
    matcher = PhraseMatcher([kim], tokenize)
    words = tokenize("Kim spoke.")
    assert matcher.find(words) == []
    assert len(matcher.find(words, allow_short=lambda e: True)) == 1
