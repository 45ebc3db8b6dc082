import pytest

from eventwire.clean.cues import hard_cue, line_cues

# Written for this test: story lines and site furniture of the kinds the cues tell apart.
LINES = (
    "The finance ministers of Chile and Peru met in Lima on Tuesday to discuss a copper tax.",
    "© 2031 Harbour Press Ltd. All rights reserved.",
    "Follow us on social media at @harbourpress for the latest updates",
    "Share | Facebook | Email | Print",
    "Home / World / Americas / Peru",
    "Related: Peru's cabinet reshuffle explained",
    "Read more at https://example.org/peru-tax",
    "Sign up for our newsletter and never miss a story!",
    "Photo: Lima skyline at dusk",
    "\u201cWe will not accept it,\u201d the minister said.",
)


@pytest.mark.parametrize("line", LINES)
def test_hard_cue_is_the_hard_cue_of_all_the_cues(line):
    assert hard_cue(line) == line_cues(line).hard


def test_hard_cues_mark_furniture_and_spare_story_lines():
    assert hard_cue(LINES[0]) is None and hard_cue(LINES[-1]) is None
    assert hard_cue(LINES[1]) == "copyright line" and hard_cue(LINES[3]).startswith("row of short items")
    assert hard_cue(LINES[5]).startswith("labelled line")


@pytest.mark.parametrize("line, cue", [
    ("(C) 2030 Northwind Media", "copyright line"),
    ("COPYRIGHT NORTHWIND MEDIA GROUP", "copyright line"),
    ("Write to the desk at desk@northwind.example", "web address or social-media handle"),
    ("Trending now #LimaTalks", "web address or social-media handle"),
    ("More at www.northwind.example", "web address or social-media handle"),
    ("Opinion > Columns > Andes", "row of short items (share or navigation bar)"),
    ("News • Sport • Weather", "row of short items (share or navigation bar)"),
])  # fmt: skip
def test_each_kind_of_furniture_is_found_whatever_mark_it_carries(line, cue):
    assert hard_cue(line) == cue


def test_story_lines_with_similar_words_are_no_furniture():
    assert hard_cue("The copy editor in Lima said the tax (covering copper) was legal.") is None
    assert hard_cue("Ministers met at 10 a.m. and 3 p.m. with unions and employers.") is None
