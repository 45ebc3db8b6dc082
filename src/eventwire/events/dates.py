"""When: event dates from the publication date and the words of the text.

Time expressions attached to the event's clause are resolved against the
publication date: "on Saturday" (the last Saturday, or the next one for
future events), "yesterday", "last week", "last month", "in 2018 and 2019"
(the first year), "in May", "May 5", "five years ago". Events the article
recalls from well before the story are ``past``: an explicit earlier date,
a past perfect ("had imposed"), or background phrases ("after years of
..., during which").
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..types import DatePrecision
from . import syntax
from .lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9})
NUMBER_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}  # fmt: skip
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
UNIT_PRECISION: dict[str, DatePrecision] = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}
TIME_DEPS = frozenset({"npadvmod", "tmod", "advmod", "prep", "obl", "nummod"})
RECENT_DAYS = 7  # events dated up to a week before publication are news, not background


@dataclass(frozen=True)
class When:
    date: date | None
    precision: DatePrecision | None
    past: bool = False
    explicit: bool = False  # the text said when


def _number(token: Token) -> int | None:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def _month_start(day: date, months_back: int) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


class DateResolver:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def _weekday(self, weekday: int, published: date, future: bool) -> date:
        delta = (published.weekday() - weekday) % 7
        return published + timedelta(days=(7 - delta) % 7) if future else published - timedelta(days=delta)

    def _relative(self, word: str, modifier: str, published: date) -> When | None:
        if modifier == "last" and word in ("week", "month", "year"):
            if word == "week":
                return When(published - timedelta(days=7), "day", explicit=True)
            if word == "month":
                return When(_month_start(published, 1), "month", explicit=True)
            return When(date(published.year - 1, 1, 1), "year", explicit=True)
        if modifier == "this" and word in ("week", "month", "year"):
            precision: DatePrecision = "year" if word == "year" else "month" if word == "month" else "day"
            start = date(published.year, 1, 1) if word == "year" else published.replace(day=1) if word == "month" else published
            return When(start, precision, explicit=True)
        return None

    def _ago(self, token: Token, published: date) -> When | None:
        """ "five years ago": ``token`` is "ago"."""
        for unit in token.children:
            name = syntax.lemma(unit)
            if name in UNIT_DAYS:
                count = next((_number(c) for c in unit.children if _number(c) is not None), 1)
                if name in ("year", "decade"):
                    years = count * (10 if name == "decade" else 1)
                    return When(date(published.year - years, 1, 1), "year", explicit=True)
                if name == "month":
                    return When(_month_start(published, count), "month", explicit=True)
                return When(published - timedelta(days=count * UNIT_DAYS[name]), "day", explicit=True)
        return None

    def _calendar(self, token: Token, published: date, future: bool) -> When | None:
        """A year, month, month and day, or weekday headed by ``token``."""
        word = token.lower_.rstrip(".")
        number = _number(token) if token.like_num else None  # a year is a number; most words are none
        if number is not None and 1900 <= number <= 2100 and token.shape_ == "dddd":
            month = next((MONTHS[c.lower_.rstrip(".")] for c in token.children if c.lower_.rstrip(".") in MONTHS), None)
            return When(date(number, month or 1, 1), "month" if month else "year", explicit=True)
        if word in MONTHS and token.tag_ == "NNP":
            return self._month(token, MONTHS[word], published)
        if word in WEEKDAYS:
            return When(self._weekday(WEEKDAYS[word], published, future), "day", explicit=True)
        if word in ("yesterday", "today", "tonight", "tomorrow"):
            shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
            return When(published + timedelta(days=shift), "day", explicit=True)
        return None

    def _month(self, token: Token, month: int, published: date) -> When:
        year = next((n for c in token.children if (n := _number(c)) and n > 1900), None)
        day = next((n for c in token.children if (n := _number(c)) and 1 <= n <= 31), None)
        if year is None:
            year = published.year if month <= published.month else published.year - 1
        if day is not None:
            return When(date(year, month, min(day, calendar.monthrange(year, month)[1])), "day", explicit=True)
        return When(date(year, month, 1), "month", explicit=True)

    def _expression(self, token: Token, published: date, future: bool) -> When | None:
        if token.lower_ == "ago":
            return self._ago(token, published)
        modifier = next((c.lower_ for c in token.children if c.lower_ in ("last", "this", "next", "past")), "")
        if modifier:
            return self._relative(syntax.lemma(token), modifier, published)
        return self._calendar(token, published, future)

    def _time_phrases(self, token: Token) -> list[Token]:
        found = []
        for child in token.children:
            if child.dep_ == "prep":
                found += [o for o in child.children if o.dep_ == "pobj"]
            elif child.dep_ in TIME_DEPS:
                found.append(child)
        return found

    def explicit(self, tokens: list[Token], published: date, future: bool) -> When | None:
        """The first time expression attached to any of ``tokens``."""
        for token in tokens:
            for phrase in self._time_phrases(token):
                when = self._expression(phrase, published, future)
                if when is not None:
                    return when
        return None

    def background(self, token: Token) -> bool:
        """Inside "after years of ...", "during which ...", or a past perfect."""
        if any(c.lower_ == "had" and c.dep_ == "aux" for c in token.children) and token.tag_ == "VBN":
            return True
        for ancestor in token.ancestors:
            if ancestor.dep_ == "prep" and ancestor.lower_ in self.lexicon.background_prepositions:
                objects = [o for o in ancestor.children if o.dep_ == "pobj"]
                if any(syntax.lemma(o) in self.lexicon.background_nouns for o in objects):
                    return True
        return False

    def resolve(self, own: list[Token], governors: list[Token], published: date | None, future: bool) -> When:
        """When the event happened: its own words first, then background clues, then governing words."""
        if published is None:
            return When(None, None, self.background(own[0]))
        when = self.explicit(own, published, future)
        if when is None and self.background(own[0]):
            return When(None, None, True)
        when = when or self.explicit(governors, published, future)
        if when is not None:
            return When(when.date, when.precision, when.date < published - timedelta(days=RECENT_DAYS), True)
        return When(published, "day")
