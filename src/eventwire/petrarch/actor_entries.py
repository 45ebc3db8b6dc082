"""Parsed PETRARCH actors and agents as the actor coder's entries.

One matcher, two sources of data: each actor record becomes an
``ActorEntry`` and each agent an ``AgentEntry`` of
``eventwire.actors.entries``, so the same matcher and the same role/sector
combination code both.

- Phrases are written in the case the matcher expects: PETRARCH writes
  names in capitals, so each word is capitalised ("MINAS_TIRITH" -> "Minas
  Tirith") and small words ("of", "the") match any case; agents ("POLICE")
  are role words and match any case.
- A code splits into country and sector: ``PSEREBHMS`` is PSE + REBHMS,
  ``IGOUNO`` has no country, ``ELI`` alone is a sector; ``---`` is no actor.
- Kind: a bare three-letter code is a "nation" (a country that is always an
  actor: PETRARCH codes "talks in X" with X as the target, and its
  dictionaries list cities under their country), an entry with dated codes
  a person, the rest an organisation.
- An agent that eventwire's own agent list also knows takes over its
  grammar flags (title, person, generic, former, ...): "President" is a title
  whichever dictionary gives its code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date

from ..actors.entries import NATION, PERSON, ActorDictionary, ActorEntry, AgentEntry, DatedCode
from ..actors.load import regular_plural
from .actor_file import ActorRecord, CodeBlock
from .agent_file import AgentRecord
from .codes import NULL_CODE

TRANSNATIONAL = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC"})
# CAMEO sector codes that also stand alone ("[ELI]": an elite of no country)
SECTORS = frozenset({"ELI", "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "BUS", "CVL", "EDU", "REL",
                     "LAB", "HRI", "SPY", "UAF", "CRM", "REF", "AGR", "DEV", "ENV", "HLH", "MOD", "RAD", "SET",
                     "PTY", "PPL", "SEP"})  # fmt: skip
SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "del", "la", "le",
                         "du", "des", "da", "do", "dos", "das", "y", "van", "von", "der", "den", "el", "al", "bin",
                         "ibn"})  # fmt: skip
ORGANISATION = "organisation"
# what a role word's own entry says besides its phrases and code: its grammar (title, person, ...)
AGENT_FLAGS = tuple(f.name for f in dataclasses.fields(AgentEntry) if f.name not in ("key", "phrases", "sector", "prefix", "source"))
ACRONYM_LENGTH = 3


def display_word(word: str) -> str:
    """``"MINAS"`` -> "Minas", ``"OF"`` -> "of", ``"AL-QAEDA"`` -> "Al-Qaeda", ``"U.S."`` stays."""
    lower = word.lower()
    if lower in SMALL_WORDS:
        return lower
    if "." in word:  # initials and abbreviations: as written
        return word
    return "-".join(part[:1].upper() + part[1:].lower() if part else part for part in word.split("-"))


def display_phrase(words: tuple[str, ...]) -> str:
    """A phrase in the case the matcher expects; a lone short word is an acronym ("UN", "IMF") and
    keeps its capitals, so that "Kim Jong Un" is not the United Nations."""
    if len(words) == 1 and len(words[0]) <= ACRONYM_LENGTH and words[0].isalpha() and words[0].isupper():
        return words[0]
    return " ".join(display_word(w) for w in words)


def without_titles(phrases: Iterable[tuple[str, ...]], titles: frozenset[str]) -> list[tuple[str, ...]]:
    """Drop "PRESIDENT_XI_JINPING" when "XI_JINPING" is there too: the coder reads a title before a
    name itself, and keeping the name alone lets later sentences call the person "Xi"."""
    phrases = list(phrases)
    known = {tuple(w.lower() for w in p) for p in phrases}
    kept = []
    for phrase in phrases:
        lower = tuple(w.lower() for w in phrase)
        titled = any(" ".join(lower[:n]) in titles and lower[n:] in known for n in range(1, len(lower)))
        if not titled:
            kept.append(phrase)
    return kept or phrases


def split_code(code: str) -> tuple[str | None, str | None]:
    """(country, sector) of a PETRARCH actor code."""
    if code == NULL_CODE or not code:
        return None, None
    head = code[:3]
    if head in TRANSNATIONAL:
        return None, None
    if code in SECTORS:
        return None, code
    return head, code[3:] or None


def dated_code(block: CodeBlock) -> DatedCode:
    code = block.codes[0]
    if code == NULL_CODE:
        return DatedCode("", None, None, block.start, block.end)
    country, sector = split_code(code)
    return DatedCode(code, country, sector, block.start, block.end)


def actor_kind(codes: tuple[DatedCode, ...]) -> str:
    if any(c.dated for c in codes):
        return PERSON
    first = codes[0]
    if len(first.code) == 3 and first.country == first.code:
        return NATION
    return ORGANISATION


def actor_entry(record: ActorRecord, source: str, titles: frozenset[str] = frozenset()) -> ActorEntry:
    codes = tuple(dated_code(b) for b in record.blocks)
    phrases = tuple(dict.fromkeys(display_phrase(p) for p in without_titles(record.phrases, titles)))
    return ActorEntry(
        key=phrases[0],
        name=phrases[0],
        kind=actor_kind(codes),
        phrases=phrases,
        codes=codes,
        source=f"{source}:{record.line}",
    )


def agent_phrases(record: AgentRecord) -> tuple[str, ...]:
    singular = " ".join(record.words).lower()
    if record.plurals is None:
        plurals = [regular_plural(singular)]
    else:
        plurals = [" ".join(p).lower() for p in record.plurals]
    return tuple(dict.fromkeys([singular, *plurals]))


def agent_entry(record: AgentRecord, source: str, grammar: Mapping[str, AgentEntry]) -> AgentEntry:
    phrases = agent_phrases(record)
    known = grammar.get(phrases[0])
    flags = {name: getattr(known, name) for name in AGENT_FLAGS} if known is not None else {}
    return AgentEntry(key=phrases[0], phrases=phrases, sector=record.code, prefix=record.prefix,
                      source=f"{source}:{record.line}", **flags)  # fmt: skip


def exception_entries(agents: Iterable[tuple[str, AgentRecord]]) -> list[AgentEntry]:
    """An agent's ``<...>`` exceptions as role words with no code: the longer phrase wins the
    match and adds no sector ("guard of honour" is no MIL)."""
    found = {}
    for source, record in agents:
        for words in record.exceptions:
            phrase = " ".join(words).lower()
            found.setdefault(phrase, AgentEntry(key=phrase, phrases=(phrase,), sector="", source=f"{source}:{record.line}"))
    return list(found.values())


def grammar_of(agents: Iterable[AgentEntry]) -> dict[str, AgentEntry]:
    """eventwire's own agents by phrase, for their grammar flags."""
    return {phrase.lower(): agent for agent in agents for phrase in agent.phrases}


def actor_dictionary(
    actors: Iterable[tuple[str, ActorRecord]],
    agents: Iterable[tuple[str, AgentRecord]],
    grammar: Mapping[str, AgentEntry],
    sources: tuple[str, ...],
) -> ActorDictionary:
    """(file name, record) pairs as one ``ActorDictionary``."""
    agents = list(agents)
    built_agents = tuple(agent_entry(record, source, grammar) for source, record in agents)
    built_agents += tuple(exception_entries(agents))
    titles = frozenset(phrase for a in [*built_agents, *grammar.values()] if a.title for phrase in a.phrases)
    return ActorDictionary(
        tuple(actor_entry(record, source, titles) for source, record in actors),
        built_agents,
        sources,
    )


def on(entry: ActorEntry, when: date | None) -> str | None:
    """The code of ``entry`` on ``when`` ("" for the null code), for messages and tests."""
    code = entry.code_on(when)
    return None if code is None else code.code
