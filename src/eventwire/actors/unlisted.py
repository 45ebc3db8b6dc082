"""Organisations no dictionary lists, read from their names: "the Kenyan Farmers' Association".

A capitalised name whose head word is an organisation word (``organisation-words.tsv``:
Committee, Association, Party, Court...) is an actor when it is bounded as a name: the
head and at least one other capitalised word that is neither a place nor a title
("Violations Committee", "Association of Andean Jurists"), or the head with an acronym in
brackets after it. Its country is that of the country word inside the name or of its
possessor ("Kenya's ..."); a name with none is an international or non-governmental
organisation, or, for heads that name national bodies (Party, Court), a role whose
country the context gives, as for "the party". A state word ("Parliamentary") makes the
name a state body of that sector.

Known actors win: a head inside a dictionary name, a name beside a listed organisation
("EU Foreign Affairs Council") or holding a state role word ("Senate Judiciary
Committee") is left to the dictionary. Title-case lines (headlines) are skipped, and so
is a site-like name after a preposition of place ("talks at the Carter Centre").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter
from types import MappingProxyType

from ..errors import EventwireError
from .entries import ActorEntry, AgentEntry, DatedCode
from .load import data_dir
from .matcher import Candidate, Match
from .rules import Rules
from .tables import read_rows
from .tokens import is_capitalised, token_key

SOURCE = "organisation-words.tsv"
CONTEXT = "context"
KINDS = frozenset({"head", "state", "international"})
FLAGS = frozenset({"site"})
STATE_SECTORS = frozenset({"GOV", "LEG", "MIL", "COP", "JUD", "SPY"})  # role words that make a name a state body
OF_WORDS = frozenset({"of", "for", "on", "against"})  # "Association *of* Andean Jurists"
JOINERS = frozenset({"and", "&", "of", "for", "on", "the"})
MODIFIER_WORDS = 2  # lower-case words between a qualifying place and the name
POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})
_LOWER = attrgetter("lower_")
TITLE_CASE_WORDS = 4  # a line with this many capitalised words and no lower-case content word is a headline
_CODE = re.compile(r"[A-Z]{3}")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")

Choose = Callable[[Match], ActorEntry | None]


@dataclass(frozen=True)
class HeadWord:
    word: str
    sector: str | None  # with a country word in the name
    alone: str  # a code, or CONTEXT: a national body of the story's country
    site: bool = False


@dataclass(frozen=True)
class OrganisationWords:
    heads: Mapping[str, HeadWord]
    state: Mapping[str, str]  # word -> sector
    international: Mapping[str, str]  # word -> code


def load_organisation_words(text: str, origin: str = SOURCE) -> OrganisationWords:
    heads: dict[str, HeadWord] = {}
    state: dict[str, str] = {}
    international: dict[str, str] = {}
    for row in read_rows(text, origin, frozenset({"word", "kind", "sector", "alone", "flags"}), frozenset({"word", "kind"})):
        word, kind, sector, alone = row.get("word").lower(), row.get("kind").lower(), row.get("sector"), row.get("alone")
        flags = set(row.get("flags").split())
        if not word or kind not in KINDS:
            raise EventwireError("E201", origin=row.origin, reason=f"needs a word and a kind ({', '.join(sorted(KINDS))})")
        if flags - FLAGS:
            raise EventwireError("E207", origin=row.origin, flag=sorted(flags - FLAGS)[0], known=", ".join(sorted(FLAGS)))
        if (sector and not _CODE.fullmatch(sector)) or (kind == "state" and not sector):
            raise EventwireError("E201", origin=row.origin, reason=f"sector must be three capital letters, got {sector!r}")
        if kind != "state" and not (_CODE.fullmatch(alone) or (kind == "head" and alone == CONTEXT)):
            raise EventwireError("E201", origin=row.origin, reason=f"alone must be a three-letter code or '{CONTEXT}', got {alone!r}")
        if kind == "head":
            heads[word] = HeadWord(word, sector or None, alone, "site" in flags)
        elif kind == "state":
            state[word] = sector
        else:
            international[word] = alone
    return OrganisationWords(MappingProxyType(heads), MappingProxyType(state), MappingProxyType(international))


def packaged_words() -> OrganisationWords:
    return load_organisation_words(data_dir().joinpath(SOURCE).read_text("utf-8"))


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    head: HeadWord


class UnlistedOrganisations:
    """Finds unlisted organisation names in a sentence and turns them into matches."""

    def __init__(self, words: OrganisationWords, rules: Rules) -> None:
        self.words = words
        self.rules = rules
        self.stops = rules.not_names | rules.determiners
        self.head_words = frozenset(words.heads)

    def find(self, tokens: Sequence, matches: Sequence[Match], choose: Choose) -> list[Match]:
        """``matches`` with each unlisted organisation name as one match in place of those it covers."""
        if self.head_words.isdisjoint(map(_LOWER, tokens)) or _title_case(tokens, self.stops):
            return list(matches)
        at = {i: m for m in matches for i in range(m.start, m.end)}
        found: list[Match] = []
        for i, token in enumerate(tokens):
            head = self.words.heads.get(token.lower_)
            if head is None or not is_capitalised(token.text) or (found and i < found[-1].end):
                continue
            name = self._name(tokens, i, head, at)
            if name is not None and found and name.start < found[-1].end:
                continue  # "the X Union Y Council": the first name found keeps its words
            match = self._match(tokens, name, at, choose) if name is not None else None
            if match is not None:
                found.append(match)
        if not found:
            return list(matches)
        kept = [m for m in matches if not any(f.start < m.end and m.start < f.end for f in found)]
        return sorted(kept + found, key=lambda m: m.start)

    # --- the name's words ---------------------------------------------------------

    def _name(self, tokens: Sequence, i: int, head: HeadWord, at: dict[int, Match]) -> _Name | None:
        own = at.get(i)
        if own is not None and (_listed(own) or self._state_role(own)):
            return None  # "the African Union"; "the Supreme Court" is a role
        start = own.start if own is not None else i
        start = self._left(tokens, start, at)
        end = self._right(tokens, own.end if own is not None else i + 1, at)
        if start is None or end is None or (own is not None and own.end > end):
            return None
        if any(m.start < start < m.end or m.start < end < m.end for m in _matches_in(at, 0, len(tokens), lambda m: m is not own)):
            return None  # a phrase across the name's edge ("Party leader")
        if head.site and _after_place_preposition(tokens, start, self.rules):
            return None
        return _Name(start, end, head)

    def _left(self, tokens: Sequence, start: int, at: dict[int, Match]) -> int | None:
        """The name's first token, or None where a listed actor or a state body stands beside it."""
        j = start
        while j > 0:
            match = at.get(j - 1)
            if match is not None and (_listed(match) or self._state_role(match)):
                return None
            if match is not None and not _title(match) and (_is_place(match) or all(self._word(t) for t in tokens[match.start : match.end])):
                j = match.start  # "Kenyan", "Kenya 's", "Farmers"
            elif match is None and self._word(tokens[j - 1]):
                j -= 1
            elif match is None and (tokens[j - 1].text in POSSESSIVE or tokens[j - 1].lower_ in ("and", "&")) and j >= 2 and (self._word(tokens[j - 2]) or j - 2 in at):
                j -= 1
            else:
                break
        return j

    def _right(self, tokens: Sequence, end: int, at: dict[int, Match]) -> int | None:
        """The end of an "of ..." part: "Association of Andean Jurists", "Committee for the Defence of Rights"."""
        j = end
        while j < len(tokens) and tokens.keys[j] in (OF_WORDS if j == end else JOINERS):
            k = j + 1
            while k < len(tokens) and tokens.keys[k] == "the":
                k += 1
            run = k
            while run < len(tokens) and (self._word(tokens[run]) or (run in at and _is_place(at[run]))) and not (run in at and _listed(at[run])):
                run = at[run].end if run in at else run + 1
            if run == k:
                break
            if any(i in at and (self._state_role(at[i])) for i in range(k, run)):
                return None
            end = j = run
        return end

    def _word(self, token) -> bool:
        return is_capitalised(token.text) and token.text[:1].isalpha() and token_key(token.text) not in self.stops

    def _state_role(self, match: Match) -> bool:
        """A state body's role word ("Senate", "ministry"), not its members' ("judges")."""
        return any(a.sector in STATE_SECTORS and not a.person and not _head_only(match, self.words) for a in match.agents)

    # --- the match ----------------------------------------------------------------

    def _match(self, tokens: Sequence, name: _Name, at: dict[int, Match], choose: Choose) -> Match | None:
        places = _matches_in(at, name.start, name.end, _is_place)
        keys = [token_key(t.text) for t in tokens[name.start : name.end]]
        named = [
            i for i in range(name.start, name.end)
            if i not in {k for m in places for k in range(m.start, m.end)} and self._word(tokens[i]) and keys[i - name.start] != name.head.word
        ]
        if not named and not _acronym_after(tokens, name.end):
            return None
        countries = {e.country for m in places if (e := choose(m)) is not None and e.country}
        if countries:
            country = countries.pop() if len(countries) == 1 else None  # two countries: international
        else:
            country = self._modifier_country(tokens, name.start, at, choose)
        state = next((self.words.state[k] for k in keys if k in self.words.state), None)
        international = next((self.words.international[k] for k in keys if k in self.words.international), None)
        text = " ".join(t.text for t in tokens[name.start : name.end])
        entry = self._entry(name.head, text, country, state, international)
        return Match(name.start, name.end, (Candidate(entry, False),))

    def _modifier_country(self, tokens: Sequence, start: int, at: dict[int, Match], choose: Choose) -> str | None:
        """The country of a place that qualifies the name across lower-case words: "Chad's rebel
        Sahel Liberation Council", "the Bolivian opposition Highland Unity Movement"."""
        i, words = start - 1, 0
        while i >= 0 and words <= MODIFIER_WORDS:
            match = at.get(i)
            if match is not None and _is_place(match):
                entry = choose(match)
                return entry.country if entry is not None else None
            if tokens[i].text in POSSESSIVE:
                i -= 1
            elif (match is not None and not _listed(match) and not self._state_role(match)) or tokens.keys[i] in self.rules.modifiers:
                i, words = (match.start if match is not None else i) - 1, words + 1
            else:
                return None
        return None

    def _entry(self, head: HeadWord, text: str, country: str | None, state: str | None, international: str | None):
        key = f"unlisted {head.word}"
        if country is not None:
            sector = state or head.sector
            return ActorEntry(key, text, "organisation", (text,), (DatedCode(country + (sector or ""), country, sector),), source=SOURCE)
        if state is not None or (head.alone == CONTEXT and international is None):
            sector = state or head.sector or ""
            return AgentEntry(key, (text,), sector, bare=not sector, role=head.word, source=SOURCE)
        code = international or head.alone  # a CONTEXT head came here only with an international word
        return ActorEntry(key, text, "organisation", (text,), (DatedCode(code, None, None),), source=SOURCE)


def _matches_in(at: dict[int, Match], start: int, end: int, keep: Callable[[Match], bool]) -> list[Match]:
    found = {id(m): m for i in range(start, end) if (m := at.get(i)) is not None and keep(m)}
    return list(found.values())


def _listed(match: Match) -> bool:
    """A dictionary actor that is no place: a listed organisation or person."""
    return any(not e.is_place and e.kind not in ("demonym", "people", "region", "nation") for e in match.actors)


def _is_place(match: Match) -> bool:
    return bool(match.actors) and not _listed(match)


def _title(match: Match | None) -> bool:
    return match is not None and match.title


def _head_only(match: Match, words: OrganisationWords) -> bool:
    """The head's own role word ("Court", "Tribunal"): no sign of a state body by itself."""
    return match.end - match.start == 1 and any(token_key(p) in words.heads for a in match.agents for p in a.phrases)


def _acronym_after(tokens: Sequence, end: int) -> bool:
    return end + 2 < len(tokens) and tokens[end].text == "(" and _ACRONYM.fullmatch(tokens[end + 1].text) is not None and tokens[end + 2].text == ")"


def _after_place_preposition(tokens: Sequence, start: int, rules: Rules) -> bool:
    i = start - 1
    while i >= 0 and tokens.keys[i] in rules.determiners:
        i -= 1
    return i >= 0 and tokens.keys[i] in rules.locative_prepositions


def _title_case(tokens: Sequence, stops: frozenset[str]) -> bool:
    """Every word of three letters or more that is no stop word capitalised, and enough of them;
    the first such word in lower case (most sentences have one early) settles it."""
    capitalised = 0
    for text in tokens.texts:
        if text.isalpha() and len(text) > 2 and text.lower() not in stops:
            if not is_capitalised(text):
                return False
            capitalised += 1
    return capitalised >= TITLE_CASE_WORDS
