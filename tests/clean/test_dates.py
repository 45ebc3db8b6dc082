from datetime import datetime, timedelta, timezone

import pytest

from eventwire.clean.dates import PublishedDate, best_date, iso_utc, parse_date, resolve_zone


def tz(hours: float) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("October 10, 2020 at 08:30 JST", datetime(2020, 10, 10, 8, 30, tzinfo=tz(9))),
        ("2020-10-10T08:30:00+09:00", datetime(2020, 10, 10, 8, 30, tzinfo=tz(9))),
        ("Sat, 10 Oct 2020 08:30:00 GMT", datetime(2020, 10, 10, 8, 30, tzinfo=tz(0))),
        ("Published 11:45 PM EDT, Mon May 3, 2021", datetime(2021, 5, 3, 23, 45, tzinfo=tz(-4))),
        ("Updated: Mar 2, 2022, 09:15 IST", datetime(2022, 3, 2, 9, 15, tzinfo=tz(5.5))),
        ("2023/03/16 21:40 KST", datetime(2023, 3, 16, 21, 40, tzinfo=tz(9))),
        ("14 November 2022 16:20 EET", datetime(2022, 11, 14, 16, 20, tzinfo=tz(2))),
        ("June 7, 2022 6:05am AEST", datetime(2022, 6, 7, 6, 5, tzinfo=tz(10))),
        ("Oct. 10, 2020 8:30 p.m. EST", datetime(2020, 10, 10, 20, 30, tzinfo=tz(-5))),
        ("Tue 2 Apr 2019 16:10 BST", datetime(2019, 4, 2, 16, 10, tzinfo=tz(1))),
        ("3 July 2021 11:00 CEST", datetime(2021, 7, 3, 11, 0, tzinfo=tz(2))),
        ("10 Oct 2020 08:30 GMT+9", datetime(2020, 10, 10, 8, 30, tzinfo=tz(9))),
        ("2020-10-10T08:30:00Z", datetime(2020, 10, 10, 8, 30, tzinfo=tz(0))),
    ],
)
def test_dates_with_a_zone_are_aware_with_the_original_offset(text, expected):
    parsed = parse_date(text)
    assert parsed is not None and parsed.has_time and parsed.precision == "day"
    assert parsed.value == expected
    assert parsed.value.utcoffset() == expected.utcoffset()


def test_the_seed_style_date_converts_to_naive_utc():
    parsed = parse_date("October 10, 2020 at 08:30 JST")
    assert parsed.value.isoformat() == "2020-10-10T08:30:00+09:00"
    assert iso_utc(parsed.value) == "2020-10-09T23:30:00"


@pytest.mark.parametrize(
    ("text", "precision", "expected"),
    [
        ("10 October 2020", "day", datetime(2020, 10, 10)),
        ("2023-03-14", "day", datetime(2023, 3, 14)),
        ("October 2020", "month", datetime(2020, 10, 1)),
    ],
)
def test_dates_without_a_time_keep_their_precision_and_stay_naive(text, precision, expected):
    parsed = parse_date(text)
    assert (parsed.value, parsed.precision, parsed.has_time) == (expected, precision, False)
    assert iso_utc(parsed.value) is None


def test_a_time_without_a_zone_stays_naive():
    parsed = parse_date("October 10, 2020 at 08:30")
    assert parsed.value == datetime(2020, 10, 10, 8, 30) and parsed.value.tzinfo is None


@pytest.mark.parametrize(
    "text",
    [
        "Saturday marks the 75th anniversary of the founding of the party in 2020",
        "October 10 at 08:30 JST",  # no year
        "the day after tomorrow",
        "",
        "Reporting by Jane Roe; Editing by John Doe",
    ],
)
def test_text_that_is_not_a_date_line_gives_none(text):
    assert parse_date(text) is None


def test_ambiguous_abbreviations_follow_the_hints():
    assert resolve_zone("CST").utcoffset(None) == timedelta(hours=-6)
    assert resolve_zone("CST", hints="Beijing Xinhua").utcoffset(None) == timedelta(hours=8)
    assert resolve_zone("IST").utcoffset(None) == timedelta(hours=5, minutes=30)
    assert resolve_zone("IST", hints="Dublin").utcoffset(None) == timedelta(hours=1)
    assert resolve_zone("XYZT") is None


def test_best_date_prefers_precision_then_order():
    day = parse_date("10 October 2020")
    timed = parse_date("October 10, 2020 at 08:30 JST")
    month = parse_date("October 2020")
    assert best_date([day, timed, month]) is timed
    assert best_date([day, parse_date("11 October 2020")]) is day
    assert best_date([]) is None


@pytest.mark.parametrize("text, expected", [
    ("2024-02-29", PublishedDate(datetime(2024, 2, 29), "day", has_time=False)),
    (" 2023-11-10 ", PublishedDate(datetime(2023, 11, 10), "day", has_time=False)),
    ("2023-02-29", None),  # no such day
    ("2023-13-05", None),  # nor month, read either way round
])  # fmt: skip
def test_a_bare_iso_day_is_read_as_the_general_parser_reads_it(text, expected):
    assert parse_date(text) == expected
