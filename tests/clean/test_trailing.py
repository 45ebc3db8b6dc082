"""The story's end: non-story lines go by general evidence, story paragraphs stay."""

from eventwire.clean.trailing import split_story

STORY = [
    "Chilean and Argentine officials agreed on Friday to reopen the Cristo Redentor mountain pass to lorries after a week of snow closures, the two transport ministries said.",
    "Hundreds of lorries carrying fruit and copper had queued on both sides of the Andes pass, drivers said.",
    "Argentina's transport minister said snow ploughs would work through the night to keep the road open.",
]


def reasons(removed):
    return {r.text: r.reason for r in removed}


def test_a_final_quote_and_a_final_background_paragraph_stay():
    final_quote = "\"We lose money every hour the road is shut,\" one driver said."
    background = "The pass carries most of the road freight between Chile and Argentina."
    body, removed = split_story([*STORY, final_quote, background])
    assert body[-2:] == (final_quote, background)
    assert removed == ()


def test_a_background_paragraph_with_no_shared_words_but_anchored_in_time_stays():
    background = "Heavy snowfalls closed the crossing for nine days in 2019."
    junk = "Share | Print | Email"
    body, removed = split_story([*STORY, background, junk])
    assert body[-1] == background
    assert [r.text for r in removed] == [junk]


def test_a_run_of_unrelated_lines_after_the_story_goes_with_reasons():
    promos = [
        "Gardeners share the flowers they grow on narrow city balconies.",
        "A look behind the scenes at the people who restore old pianos.",
        "Stories of lighthouse keepers and the islands they looked after",
    ]
    body, removed = split_story([*STORY, *promos])
    assert body == tuple(STORY)
    assert [r.text for r in removed] == promos
    assert all(r.reason for r in removed)
    assert "no link" in removed[0].reason and "headline" in removed[-1].reason


def test_the_same_sentence_stays_when_it_links_to_the_story():
    """Nothing is keyed to wording: linking the line to the story keeps it."""
    linked = "Drivers on the Andes pass shared photos of the queues with relatives."
    trailing = "Stories of lighthouse keepers and the islands they looked after"
    body, removed = split_story([*STORY, linked, trailing])
    assert body[-1] == linked
    assert [r.text for r in removed] == [trailing]


def test_teaser_styles_are_each_recognised():
    lines = [
        "Related coverage: Snow closes Andes pass for a third day",
        "Want more news like this? Get our free daily email, delivered to your inbox.",
        "Follow our transport desk at @roadsdesk",
        "Visit https://news.example/andes for live updates",
        "Copyright 2024 Example Press Ltd",
    ]
    body, removed = split_story([*STORY, *lines])
    assert body == tuple(STORY)
    found = reasons(removed)
    assert "labelled line without closing punctuation" in found[lines[0]]
    assert "speaks to the reader" in found[lines[1]]
    assert "web address" in found[lines[2]] and "web address" in found[lines[3]]
    assert "copyright" in found[lines[4]]


def test_a_lone_unrelated_sentence_at_the_very_end_is_not_enough_evidence():
    lone = "Strong winds are common in the mountains in winter."
    body, removed = split_story([*STORY, lone])
    assert body[-1] == lone and removed == ()


def test_a_teaser_inside_the_story_goes_but_a_linked_subheading_stays():
    inserted = "READ MORE: Ten ways to keep warm this winter"
    subheading = "Queues at the pass"
    lines = [STORY[0], inserted, STORY[1], subheading, STORY[2]]
    body, removed = split_story(lines)
    assert inserted not in body and subheading in body
    assert "inside the story" in reasons(removed)[inserted]


def test_the_first_paragraph_always_stays():
    body, removed = split_story(["Subscribe today for unlimited access to your news"])
    assert body == ("Subscribe today for unlimited access to your news",) and removed == ()


def test_a_cue_most_lines_share_is_the_documents_style_not_evidence():
    unpunctuated = [line.rstrip(".") for line in STORY] + ["Officials expect the pass to stay open until the next storm"]
    body, removed = split_story([*unpunctuated, "Share | Print | Email"])
    assert body == tuple(unpunctuated)
    assert [r.text for r in removed] == ["Share | Print | Email"]
