"""A line's link to the story: names and content words in common, through compounds and demonyms."""

from eventwire.clean.links import StoryVocabulary, terms_of


def test_terms_are_stems_and_names_are_capitals_that_do_not_open_a_sentence():
    terms = terms_of("Flooding closed roads near Dhaka. Officials said the Jamuna river rose.")
    assert {"flood", "road", "dhaka", "official", "jamuna", "river"} <= terms.content
    assert {"dhaka", "jamuna"} <= terms.names
    assert "flood" not in terms.names and "official" not in terms.names
    assert "the" not in terms.content


def test_a_word_links_through_a_compound_that_ends_with_it_either_way():
    story = StoryVocabulary([terms_of("Health officials tracked the coronavirus outbreak in the provinces.")])
    assert story.link(terms_of("A new virus spreads")).shared_words == 1
    compound = StoryVocabulary([terms_of("Officials warned of a new virus in the provinces.")])
    assert compound.link(terms_of("Coronavirus spreads")).shared_words == 1
    short = StoryVocabulary([terms_of("The harbour at Colombo reopened.")])
    assert short.link(terms_of("Bour")).shared_words == 0  # parts of fewer than five letters do not count


def test_a_country_links_with_its_demonym_either_way():
    story = StoryVocabulary([terms_of("Trade talks with Japan resumed on Monday.")])
    assert story.link(terms_of("Meanwhile Japanese exporters waited")).shared_names == 1
    demonym = StoryVocabulary([terms_of("Japanese negotiators arrived on Monday.")])
    assert demonym.link(terms_of("Meanwhile Japan waited")).shared_names == 1


def test_a_line_taken_away_no_longer_links():
    line = terms_of("Ministers from Jordan and Egypt met in Amman.")
    story = StoryVocabulary([terms_of("Relief flights reached the coast."), line])
    assert story.link(terms_of("Meanwhile Jordanian officials waited")).shared_names == 1
    story.remove(line)
    assert story.link(terms_of("Meanwhile Jordanian officials waited")).shared_names == 0
    story.add(line)
    assert story.link(terms_of("Meanwhile Jordanian officials waited")).shared_names == 1
