"""Style cues of one line: does it read like news copy or like site furniture?

Only general evidence is used - punctuation, symbols, web addresses, who the
line speaks to, whether it attributes - never a list of known promo phrases.
Closed word classes (reporting verbs, pronouns) come from
``data/reader/story_cues.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tables import story_cues
from .text import ends_like_sentence, has_quotation, unquoted, words

_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b", re.IGNORECASE)
_WEB = re.compile(r"https?://|\bwww\.\w|\b[\w.+-]+@[\w-]+\.[a-z]{2,}|(?<![\w@])@\w{2,}|(?<![\w&])#[A-Za-z]\w+")
_SEPARATORS = re.compile(r"\s*[|•·›»]\s*|\s+[/>]\s+")
# Characters without which those patterns cannot match: most lines have none, and a search
# for one costs far less than the patterns (tried at every position of the line).
_WEB_MARKS = ("@", "#", "://", "www.")
_COPYRIGHT_MARKS = ("©", "(c", "copyr")  # of the lower-cased line ("copyr": the pattern's i also matches a dotless one)
_SEPARATOR_MARK = re.compile(r"[|•·›»/>]")
_LABEL = re.compile(r"^(?P<label>[^:\"“”\d]{1,30}):\s+\S")
_ASCII_DIGIT = re.compile(r"[0-9]")


@dataclass(frozen=True)
class LineCues:
    """What one line's style says about it."""

    attributed: bool  # a reporting verb or a quotation: news copy
    copyright: bool
    web: bool  # URL, e-mail address, @handle or #hashtag
    share_bar: bool  # several short items separated by | or •
    reader_address: bool  # "you"/"your" outside quotation marks
    headline_like: bool  # no closing punctuation
    label: bool  # "Label: text"
    imperative: bool  # opens with a bare verb ("Sign up for", "Follow us")
    publisher_voice: bool  # "we"/"our" outside quotation marks
    anchored: bool  # digits or time words: reads like a statement of fact
    continues: bool  # opens by referring back ("They", "Both countries"): continues the story

    @property
    def hard(self) -> str | None:
        """A cue that marks a line as not story even when it attributes."""
        if self.copyright:
            return "copyright line"
        if self.web:
            return "web address or social-media handle"
        if self.share_bar:
            return "row of short items (share or navigation bar)"
        if self.headline_like and self.label:
            return "labelled line without closing punctuation (teaser or credit)"
        return None

    @property
    def teaser(self) -> str | None:
        """A cue that marks a line as not story unless it attributes."""
        if self.reader_address:
            return "speaks to the reader (site prompt)"
        if self.label:
            return "labelled line ('label: ...'), teaser style"
        if self.headline_like:
            return "headline style (no closing punctuation)"
        if self.imperative and self.publisher_voice:
            return "the publisher urging the reader (imperative, 'we'/'our')"
        return None

    @property
    def weak(self) -> str | None:
        """A cue that counts only for a line with no link to the story."""
        if self.imperative:
            return "opens with an imperative"
        if self.publisher_voice:
            return "the publisher speaking ('we', 'our')"
        return None


def _pronouns(unquoted_words: list[str]) -> frozenset[str]:
    """The words of a line that may be pronouns, lower-cased ("US" in capitals is the country, not the pronoun)."""
    return frozenset(w.lower() for w in unquoted_words if not (w.isupper() and len(w) > 1))


def is_share_bar(text: str) -> bool:
    """Several short items in a row: "Share | Facebook | Email", "Home / World / Asia"."""
    if not _SEPARATOR_MARK.search(text):
        return False
    parts = [p for p in _SEPARATORS.split(text) if p]
    return len(parts) >= 3 and all(len(words(p)) <= 4 for p in parts)


def _is_imperative(tokens: list[str]) -> bool:
    if len(tokens) < 2 or not tokens[0][:1].isupper() or not tokens[0].isalpha():
        return False
    verb, follower = tokens[0].lower(), tokens[1].lower()
    cues = story_cues()
    looks_bare = not verb.endswith(("s", "ed", "ing", "ly")) and verb not in cues["stopwords"]
    return looks_bare and follower in cues["imperative_followers"]


def line_cues(line: str, tokens: list[str] | None = None) -> LineCues:
    """``tokens``: the line's ``words``, when already read."""
    cues = story_cues()
    tokens = words(line) if tokens is None else tokens
    lowered = frozenset(map(str.lower, tokens))
    said = unquoted(line)
    said_words = tokens if said == line else words(said)
    said_lowered = lowered if said == line else frozenset(map(str.lower, said_words))
    # The pronouns are read only when a reader or publisher word is there at all (most lines have none).
    pronoun_words = cues["reader_words"] | cues["publisher_words"]
    spoken = frozenset() if said_lowered.isdisjoint(pronoun_words) else _pronouns(said_words)
    return LineCues(
        attributed=(said != line and has_quotation(line)) or not lowered.isdisjoint(cues["reporting_verbs"]),  # no quote, no quotation
        reader_address=not spoken.isdisjoint(cues["reader_words"]),
        imperative=_is_imperative(tokens),
        publisher_voice=not spoken.isdisjoint(cues["publisher_words"]),
        anchored=not lowered.isdisjoint(cues["time_words"]) or _opens_a_number(line, tokens),
        continues=bool(tokens) and tokens[0].lower() in cues["reference_words"],
        **_hard_fields(line),
    )


def _opens_a_number(line: str, tokens: list[str]) -> bool:
    """Whether a word opens with a digit. An ASCII line without one (most) is answered by one search; ``\\d``
    in a pattern misses some characters ``str.isdigit`` takes (superscripts), so other lines are read word
    by word."""
    if line.isascii() and not _ASCII_DIGIT.search(line):
        return False
    return any(t[0].isdigit() for t in tokens)


def hard_cue(line: str) -> str | None:
    """``line_cues(line).hard``, reading only what it needs (the pre-pass asks it of every sentence)."""
    unread = dict.fromkeys(("attributed", "reader_address", "imperative", "publisher_voice", "anchored", "continues"), False)
    return LineCues(**unread, **_hard_fields(line)).hard


def _hard_fields(line: str) -> dict[str, bool]:
    """The cues ``LineCues.hard`` reads."""
    label = _LABEL.match(line)
    return {
        "copyright": _has_mark(line.lower(), _COPYRIGHT_MARKS) and bool(_COPYRIGHT.search(line)),
        "web": _has_mark(line, _WEB_MARKS) and bool(_WEB.search(line)),
        "share_bar": is_share_bar(line),
        "headline_like": not ends_like_sentence(line),
        "label": bool(label) and len(words(label["label"])) <= 3,
    }


def _has_mark(line: str, marks: tuple[str, ...]) -> bool:
    return any(mark in line for mark in marks)
