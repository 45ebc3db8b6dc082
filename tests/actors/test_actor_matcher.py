from eventwire.actors.entries import ActorEntry, AgentEntry, DatedCode
from eventwire.actors.matcher import PhraseMatcher
from eventwire.actors.tokens import TokenKeys, case_of, is_transparent, token_key


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


def test_a_sentence_keyed_once_reads_as_its_tokens_and_finds_the_same_phrases():
    import spacy

    matcher = PhraseMatcher([entry("Kim Jong Un", code="PRK"), entry("USA", "U.S.", "US"), AgentEntry("police", ("police",), "COP")], tokenize)
    doc = spacy.blank("en")("U.S. police met Kim Jong-un’s envoy in Élysée.")
    tokens = TokenKeys().tokens(list(doc))
    assert [t.text for t in tokens] == [t.text for t in doc] and tokens[2] is not None and len(tokens[1:3]) == 2
    assert tokens.keys == tuple(token_key(t.text) for t in doc)
    assert tokens.transparent == tuple(is_transparent(t.text) for t in doc)
    assert tokens.key(-1) == tokens.key(len(doc)) == "" and tokens.key(0) == "us"
    assert matcher.find_keyed(tokens) == matcher.find([t.text for t in doc])
    assert [(m.start, m.end) for m in matcher.find_keyed(tokens)] == [(0, 1), (1, 2), (3, 7)]


def test_remembered_keys_are_forgotten_past_the_limit(monkeypatch):
    import eventwire.actors.tokens as tokens_module

    monkeypatch.setattr(tokens_module, "KEYS_REMEMBERED", 2)
    keys = TokenKeys()
    assert [keys.key(w) for w in ("U.S.", "-", "Élysée")] == ["us", "-", "elysee"]
    assert len(keys.known) <= 2 and keys.of("-") == ("-", True)


def test_phrases_ending_together_keep_only_those_whose_case_fits():
    """Outcomes made in advance for each case pattern: "Georgia" (capitalised) and "GEORGIA"
    (upper case) end at one trie node; each text takes only the entries its case allows."""
    state = ActorEntry("Georgia state", "Georgia state", "state", ("Georgia",), (DatedCode("USA", "USA", None),))
    shouting = ActorEntry("GEORGIA", "GEORGIA", "country", ("GEORGIA",), (DatedCode("GEO", "GEO", None),))
    matcher = PhraseMatcher([state, shouting, AgentEntry("georgia", ("georgia",), "GOV")], tokenize)
    found = {w: [c.entry.key for c in matcher.find([w, "said"])[0].candidates] for w in ("Georgia", "GEORGIA", "georgia")}
    assert found == {"Georgia": ["Georgia state", "georgia"], "GEORGIA": ["Georgia state", "GEORGIA", "georgia"], "georgia": ["georgia"]}


def test_a_match_made_from_the_trie_equals_one_made_from_its_candidates():
    from eventwire.actors.matcher import Match

    matcher = PhraseMatcher([entry("USA", "U.S."), AgentEntry("President", ("President",), "GOV", title=True)], tokenize)
    for match in matcher.find(tokenize("U.S. President spoke")):
        rebuilt = Match(match.start, match.end, match.candidates)
        assert match == rebuilt
        for name in ("actors", "agents", "title", "person", "cities"):
            assert getattr(match, name) == getattr(rebuilt, name)


def test_case_bits_agree_with_fits_case():
    from eventwire.actors.tokens import CASE_BIT, case_bits, fits_case

    for word in ("US", "us", "Us", "Gen.", "gen.", "Ukraine", "al-Sham", "d'Orsay", "1990s", "-", "NATO's", "'s", "É"):
        assert {case for case, bit in CASE_BIT.items() if case_bits(word) & bit} == {case for case in CASE_BIT if fits_case(word, case)}, word


def test_case_outcomes_are_the_same_when_asked_again():
    """The outcome of an ending's case test is kept by the words' case bits: asking again, with
    other words of the same cases, finds what the first asking found."""
    matcher = PhraseMatcher([entry("USA", "US"), AgentEntry("us", ("us",), "")], tokenize)
    for _ in range(2):
        for text, key in (("The US spoke.", "USA"), ("They told us.", "us"), ("UK and US.", "USA")):
            words = tokenize(text)
            assert [m.candidates[0].entry.key for m in matcher.find(words)] == [key], text
