"""Patterns of query parameters, and how to tell a person what they accept."""

from __future__ import annotations

from datetime import datetime

COUNTRY_PATTERN = r"^([A-Za-z]{3})?$"
COUNTRY_REQUIRED = r"^[A-Za-z]{3}$"
ACTOR_PATTERN = r"^(([A-Za-z]{3}){1,5})?$"  # a country (CHN) or a whole CAMEO actor code (CHNGOV, IGOUNO)
CAMEO_PATTERN = r"^([0-9]{2,4})?$"
DATE_PATTERN = r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$"
DATE_TIME_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?$"

# What a valid value looks like, instead of the regular expression it failed.
EXPECTED = {
    COUNTRY_PATTERN: "a three-letter country code such as USA",
    COUNTRY_REQUIRED: "a three-letter country code such as USA",
    ACTOR_PATTERN: "a three-letter country code such as USA, or an actor code such as USAGOV",
    CAMEO_PATTERN: "a CAMEO code of 2 to 4 digits such as 05 or 051",
    DATE_PATTERN: "a date YYYY-MM-DD (or YYYY-MM, or YYYY)",
    DATE_TIME_PATTERN: "a date YYYY-MM-DD, optionally with a time",
}


def is_real_date_time(value: str) -> bool:
    """Whether a value matching ``DATE_TIME_PATTERN`` names a real day and time (not 2023-02-30, not 25:00)."""
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
