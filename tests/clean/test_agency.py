"""Agency slug lines and dateline abbreviations: an unlisted agency is recognised, and an
abbreviation is read against the agency the header names before the listed ones."""

import pytest

from eventwire.clean import clean_article
from eventwire.clean.agency import agency_from_dateline, agency_slug, expand_abbreviation
from eventwire.types import Article


@pytest.mark.parametrize("line, agency", [
    ("CAPITAL NEWS SERVICE", "Capital News Service"),
    ("SAUDI PRESS AGENCY", "Saudi Press Agency"),
    ("PAN AFRICAN NEWS AGENCY", "Pan African News Agency"),
    ("REUTERS", "Reuters"),  # a listed agency, under its listed name
    ("XINHUA NEWS AGENCY", "Xinhua"),
    ("BREAKING NEWS", None),  # not how an agency's name ends
    ("Capital News Service", None),  # a slug line is all capitals; this could be a title
    ("THE GOVERNMENT WILL CLOSE THE STATE NEWS AGENCY", None),  # too long for a name
    ("NEWS AGENCY", "News Agency"),
])  # fmt: skip
def test_agency_slug_lines(line, agency):
    assert agency_slug(line) == agency


def test_an_abbreviation_is_spelled_by_a_name_in_the_header():
    assert expand_abbreviation("CNS", ["CAPITAL NEWS SERVICE"]) == "Capital News Service"
    assert expand_abbreviation("PTI", ["By Asha Rao, Press Trust of India"]) == "Press Trust of India"
    assert expand_abbreviation("CNS", ["By Ana Ruiz in Quito"]) is None
    assert expand_abbreviation("Reuters", ["Reuters Staff"]) is None  # a name, not an abbreviation


def test_the_header_comes_before_the_listed_agencies_and_the_guess():
    assert agency_from_dateline("CNS", ["Dockworkers strike", "CAPITAL NEWS SERVICE"]) == "Capital News Service"
    assert agency_from_dateline("CNS", ["Dockworkers strike"]) == "China News Service"  # the listed agency
    assert agency_from_dateline("ZNA", ["Dockworkers strike"]) == "ZNA"  # unknown: as written


def article(fixtures_dir, name):
    path = fixtures_dir / "articles" / "text" / name
    return Article(origin=str(path), text=path.read_text("utf-8"))


def test_a_leading_slug_line_is_the_source_not_the_title(fixtures_dir, settings):
    document = clean_article(article(fixtures_dir, "cns-port-strike.txt"), settings)
    assert document.source == "Capital News Service"  # not the China News Service the listed "CNS" would give
    assert document.title == "Dockworkers walk out at Tema port over unpaid wages"
    assert document.dateline == "Accra" and document.published.isoformat() == "2024-03-14T17:05:00+00:00"
    assert (document.removed[0].text, document.removed[0].reason) == ("CAPITAL NEWS SERVICE", "agency line (source)")
    assert document.body[0].startswith("Dockworkers at Ghana's Tema port walked off") and len(document.body) == 4


def test_a_dateline_abbreviation_names_the_agency_of_the_byline(fixtures_dir, settings):
    document = clean_article(article(fixtures_dir, "pampas-grain-protest.txt"), settings)
    assert document.source == "Pampas News Service"
    assert document.title == "Farmers block highway near Rosario in protest over grain export tax"
    assert document.dateline == "Rosario, Argentina" and [r.reason for r in document.removed] == ["byline"]
