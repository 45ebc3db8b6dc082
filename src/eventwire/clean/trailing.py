"""Separate the story from the material scraped along with it.

Promos, related-story teasers, newsletter prompts, credits, copyright and
share lines are recognised by general evidence, never by known wording:

- position: they come after the story (a run of lines at the end);
- no link: they share no names and hardly any words with the story;
- style: they do not attribute (no "said", no quotation), and they look like
  headlines, labels, prompts to the reader, links or copyright notices.

A line that attributes, that shares the story's names or topic, that is
anchored in time like a statement of fact ("since 2019", "last month"), or
that opens by referring back ("Both countries ...") ends the trailing run, so
a final quote or background paragraph stays in the story.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from itertools import chain

from ..types import RemovedLine
from .cues import LineCues, line_cues
from .links import Link, StoryVocabulary, Terms, terms_of
from .text import sentence_words

STYLE_CUES = ("headline_like", "reader_address", "label", "imperative", "publisher_voice")


def _trailing_reason(cues: LineCues, link: Link, next_removed: bool) -> str | None:
    """Why a line after the story is not part of it, or None when it is."""
    if cues.hard:
        return cues.hard
    if cues.attributed:
        return None
    if cues.teaser:
        return f"after the story; {cues.teaser}"
    if link.unrelated and cues.weak:
        return f"after the story, no link to it; {cues.weak}"
    if link.unrelated and next_removed and not (cues.anchored or cues.continues):
        return "after the story among non-story lines, no link to its names or topic"
    return None


def _inside_reason(cues: LineCues, link: Callable[[], Link]) -> str | None:
    """Why a line inside the story (an inserted teaser or notice) is not part of it."""
    if cues.copyright or cues.web or cues.share_bar:
        return f"inside the story; {cues.hard}"
    if not cues.attributed and (cues.teaser or cues.weak) and not link().linked:
        return f"inside the story, no link to it; {cues.teaser or cues.weak}"
    return None


def _link_without(vocabulary: StoryVocabulary, terms: Terms) -> Link:
    """The line's link to the rest of the story (its own words taken out)."""
    vocabulary.remove(terms)
    link = vocabulary.link(terms)
    vocabulary.add(terms)
    return link


def _document_style(cues: list[LineCues]) -> list[LineCues]:
    """A cue shared by most of the story's first half is its style, not evidence against a line."""
    core = cues[: max(3, len(cues) // 2)]
    common = {name for name in STYLE_CUES if sum(getattr(c, name) for c in core) * 2 > len(core)}
    if not common or len(cues) < 3:
        return cues
    return [replace(c, **{name: False for name in common}) for c in cues]


def _trailing_run(lines: Sequence[str], cues: Sequence[LineCues], terms: Sequence[Terms], title: Terms) -> list[RemovedLine]:
    """The non-story lines at the end, last first. The first line always stays."""
    vocabulary = StoryVocabulary([title])
    for line_terms, line_cue in zip(terms[:-1], cues[:-1]):
        if not line_cue.hard:
            vocabulary.add(line_terms)
    removed: list[RemovedLine] = []
    for index in range(len(lines) - 1, 0, -1):
        reason = _trailing_reason(cues[index], vocabulary.link(terms[index]), bool(removed))
        if reason is None:
            break
        removed.append(RemovedLine(lines[index], reason))
        if not cues[index - 1].hard:
            vocabulary.remove(terms[index - 1])  # the story above the next candidate
    return removed


def split_story(
    lines: Sequence[str], title: str | None = None, read: Mapping[str, list[list[str]]] | None = None
) -> tuple[tuple[str, ...], tuple[RemovedLine, ...]]:
    """The story's paragraphs and the lines removed from it, each with its reason. ``read``: each line's
    ``sentence_words``, when already read (the cues and the terms read the same words)."""
    read = read or {line: sentence_words(line) for line in lines}
    cues = _document_style([line_cues(line, list(chain.from_iterable(read[line]))) for line in lines])
    terms = [terms_of(line, read[line]) for line in lines]
    title_terms = terms_of(title or "")
    tail = _trailing_run(lines, cues, terms, title_terms)
    story_end = len(lines) - len(tail)
    whole = StoryVocabulary([title_terms, *terms[:story_end]])
    kept: list[str] = []
    removed: list[RemovedLine] = []
    for index in range(story_end):
        reason = _inside_reason(cues[index], lambda: _link_without(whole, terms[index])) if index else None
        if reason:
            removed.append(RemovedLine(lines[index], reason))
        else:
            kept.append(lines[index])
    return tuple(kept), tuple(removed) + tuple(reversed(tail))
