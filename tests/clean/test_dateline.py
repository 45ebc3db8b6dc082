import pytest

from eventwire.clean.dateline import parse_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "rest"),
    [
        ("SEOUL--North Korea fired two missiles on Monday.", "Seoul", None, "North Korea fired two missiles on Monday."),
        ("BEIRUT (Reuters) - Lebanon's army said on Monday.", "Beirut", "Reuters", "Lebanon's army said on Monday."),
        ("WASHINGTON, May 3 (AP) — The Senate voted.", "Washington", "AP", "The Senate voted."),
        ("KYIV, Ukraine (AP) — Air raid sirens sounded.", "Kyiv, Ukraine", "AP", "Air raid sirens sounded."),
        ("Seoul, Oct. 10 (Yonhap) -- Talks resumed.", "Seoul", "Yonhap", "Talks resumed."),
        ("LONDON, 3 May (AFP) - Britain said.", "London", "AFP", "Britain said."),
        ("NEW DELHI: India will send rice.", "New Delhi", None, "India will send rice."),
        ("UNITED NATIONS (AP) — The council met.", "United Nations", "AP", "The council met."),
        ("ST. LOUIS — A judge ruled.", "St. Louis", None, "A judge ruled."),
        ("(CNN) — The White House said.", None, "CNN", "The White House said."),
        ("Tokyo, Oct. 10 (Jiji Press)--Japan's cabinet met.", "Tokyo", "Jiji Press", "Japan's cabinet met."),
        ("ADDIS ABABA, Ethiopia, March 14, 2023 (Meridian Wire) - Leaders met.", "Addis Ababa, Ethiopia", "Meridian Wire", "Leaders met."),
    ],
)
def test_datelines_give_place_agency_and_the_rest(paragraph, place, agency, rest):
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.rest) == (place, agency, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "U.S.-led forces said on Monday they had withdrawn.",
        "NATO allies met in Brussels on Tuesday.",
        "The talks - which began on Monday - ended without a deal.",
        "Kenya: police said three men were arrested.",
        "Seoul - the capital - was quiet on Sunday.",
        "Police said - on Monday - that the road was closed.",
    ],
)
def test_ordinary_sentences_have_no_dateline(paragraph):
    assert parse_dateline(paragraph) is None
