"""A set of PETRARCH dictionaries: finding the files, reading them, and what they give the coders.

``--dictionaries DIR|FILE`` (setting ``dictionaries.paths``) names folders
and files. A file's kind comes from its name: ``*verbs*`` or ``CAMEO*``,
``*actors*``, ``*agents*``, ``*discards*``, ``*issue*``. A folder gives all
of its dictionary files except test sets (names containing "Validate"),
which are used only when named.

``--dictionaries-mode replace`` (the default) codes with the PETRARCH
dictionaries instead of the built-in ones, part by part: actor files
replace the built-in actors, agent files the built-in role words, a verb
file the built-in patterns; ``add`` uses both. Discards always add.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..actors.entries import ActorDictionary
from ..config import Settings
from ..errors import EventwireError
from ..events.inflect import Inflector
from ..events.patterns import PatternSet
from ..types import Problem
from .actor_entries import actor_dictionary, grammar_of
from .actor_file import ActorRecord, parse_actors
from .agent_file import AgentRecord, parse_agents
from .discard_file import DiscardRecord, parse_discards
from .issue_file import IssueList, IssueRecord, parse_issues
from .lines import Report, read_dictionary_text
from .verb_file import VerbDictionary, parse_verbs
from .verb_patterns import tokens_of, verb_pattern_set

KINDS = ("verbs", "actors", "agents", "discards", "issues")
TEST_SET_MARK = "validate"
REPLACE, ADD = "replace", "add"


def kind_of_file(path: Path) -> str | None:
    """The dictionary kind a file name says, or None."""
    name = path.name.lower()
    if "verb" in name or name.startswith("cameo"):
        return "verbs"
    for kind in ("actors", "agents", "discards"):
        if kind[:-1] in name:
            return kind
    return "issues" if "issue" in name else None


def dictionary_files(paths: Iterable[str | Path]) -> list[tuple[str, Path]]:
    """(kind, file) for every dictionary named, folders expanded; bad names raise E702/E705/E706."""
    found: list[tuple[str, Path]] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = [(kind_of_file(p), p) for p in sorted(path.iterdir()) if p.is_file() and TEST_SET_MARK not in p.name.lower()]
            chosen = [(k, p) for k, p in inside if k is not None]
            if not chosen:
                raise EventwireError("E706", origin=str(path))
            found.extend(chosen)
        elif path.is_file():
            kind = kind_of_file(path)
            if kind is None:
                raise EventwireError("E705", origin=str(path))
            found.append((kind, path))
        else:
            raise EventwireError("E702", origin=str(path))
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class ParsedSet:
    """Every record of the files, tagged with its file name, and the malformed lines."""

    verbs: tuple[tuple[str, VerbDictionary], ...]
    actors: tuple[tuple[str, ActorRecord], ...]
    agents: tuple[tuple[str, AgentRecord], ...]
    discards: tuple[DiscardRecord, ...]
    issues: tuple[IssueRecord, ...]
    files: tuple[str, ...]
    problems: tuple[Problem, ...]

    def has(self, kind: str) -> bool:
        return bool(getattr(self, kind))


PARSERS = {"verbs": parse_verbs, "actors": parse_actors, "agents": parse_agents, "discards": parse_discards, "issues": parse_issues}


@functools.lru_cache(maxsize=32)
def _parsed_file(kind: str, path: Path, stamp: tuple[int, int]) -> tuple[object, tuple[Problem, ...]]:
    """One file's records and problems; cached in the process by (path, mtime, size), so the
    check pass of the command line and the pipeline it then loads read each file once."""
    report = Report(str(path))
    return PARSERS[kind](read_dictionary_text(path), report), tuple(report.problems)


def parse_file(kind: str, path: Path) -> tuple[object, tuple[Problem, ...]]:
    try:
        info = path.stat()
    except OSError:
        read_dictionary_text(path)  # raises E702/E703 with the file's name
        raise
    return _parsed_file(kind, path.resolve(), (info.st_mtime_ns, info.st_size))


def parse_files(files: Sequence[tuple[str, Path]]) -> ParsedSet:
    parsed: dict[str, list] = {kind: [] for kind in KINDS}
    problems: list[Problem] = []
    for kind, path in files:
        records, found = parse_file(kind, path)
        if kind == "verbs":
            parsed[kind].append((path.name, records))
        elif kind in ("actors", "agents"):
            parsed[kind].extend((path.name, r) for r in records)
        else:
            parsed[kind].extend(records)
        problems.extend(found)
    return ParsedSet(**{k: tuple(v) for k, v in parsed.items()}, files=tuple(str(p) for _, p in files), problems=tuple(problems))


@dataclass(frozen=True)
class LoadedSet:
    """A PETRARCH set as the coders' structures; None where the set has no such files."""

    actors: tuple | None  # ActorEntry tuple
    agents: tuple | None  # AgentEntry tuple
    patterns: PatternSet | None  # verbs, with the set's discards
    discards: PatternSet  # the discards alone (they add to any patterns)
    issues: IssueList | None
    files: tuple[str, ...]
    problems: tuple[Problem, ...]


def discard_set(records: Iterable[DiscardRecord]) -> PatternSet:
    records = list(records)
    sentence = tuple(tokens_of(r.words) for r in records if not r.story)
    story = tuple(tokens_of(r.words) for r in records if r.story)
    return PatternSet(by_trigger={}, discards=sentence, story_discards=story)


def convert(parsed: ParsedSet, grammar_agents: Iterable = (), require_dyad: bool = True) -> LoadedSet:
    """The parsed records as ActorEntry/AgentEntry tuples and a PatternSet."""
    problems = list(parsed.problems)
    patterns = None
    for name, verbs in parsed.verbs:
        report = Report(next(f for f in parsed.files if Path(f).name == name))
        built = verb_pattern_set(verbs, name, report, Inflector.packaged(), require_dyad)
        patterns = built if patterns is None else patterns + built
        problems.extend(report.problems)
    dictionary = actor_dictionary(parsed.actors, parsed.agents, grammar_of(grammar_agents), parsed.files)
    return LoadedSet(
        actors=dictionary.actors if parsed.has("actors") else None,
        agents=dictionary.agents if parsed.has("agents") else None,
        patterns=patterns,
        discards=discard_set(parsed.discards),
        issues=IssueList(parsed.issues) if parsed.issues else None,
        files=parsed.files,
        problems=tuple(problems),
    )


def load_set(paths: Iterable[str | Path], grammar_agents: Iterable = (), require_dyad: bool = True) -> LoadedSet:
    """Find, read and convert the dictionaries at ``paths``."""
    return convert(parse_files(dictionary_files(paths)), grammar_agents, require_dyad)


def check_dictionaries(settings: Settings) -> tuple[Problem, ...]:
    """The malformed lines of the dictionaries ``settings`` name (a quick read, nothing converted).

    Raises E702/E705/E706 for a path that is missing or not a dictionary,
    and E003 for an unknown mode, before any coding starts.
    """
    if not settings.dictionaries.paths:
        return ()
    mode_of(settings)
    return parse_files(dictionary_files(settings.dictionaries.paths)).problems


def mode_of(settings: Settings) -> str:
    mode = settings.dictionaries.mode
    if mode not in (REPLACE, ADD):
        raise EventwireError("E003", origin="settings", key="dictionaries.mode", expected="'replace' or 'add'", value=mode)
    return mode


def combined_actors(loaded: LoadedSet, builtin: ActorDictionary, mode: str) -> ActorDictionary:
    """The actor dictionary to code with: PETRARCH parts instead of, or beside, the built-in ones."""
    if mode == ADD:
        return builtin + ActorDictionary(loaded.actors or (), loaded.agents or (), loaded.files)
    actors = loaded.actors if loaded.actors is not None else builtin.actors
    agents = loaded.agents if loaded.agents is not None else builtin.agents
    return ActorDictionary(actors, agents, loaded.files if loaded.actors is not None else builtin.sources + loaded.files)


def combined_patterns(loaded: LoadedSet, builtin: PatternSet, mode: str) -> PatternSet:
    if loaded.patterns is None:
        return builtin + loaded.discards
    if mode == ADD:
        return builtin + loaded.patterns + loaded.discards
    return loaded.patterns + loaded.discards


@dataclass(frozen=True)
class CoderData:
    """What the actor and event coders code with when ``settings`` name PETRARCH dictionaries."""

    actors: ActorDictionary
    patterns: PatternSet
    loaded: LoadedSet


def _builtin_agents():
    from ..actors.load import data_dir, load_agents

    return load_agents(data_dir().joinpath("agents.tsv").read_text("utf-8"), "agents.tsv", "agents.tsv")


def _builtin_actors(settings: Settings, loaded: LoadedSet, mode: str, agents) -> ActorDictionary:
    """Only what the mode keeps is loaded: the whole built-in dictionary, or just the user's files."""
    from ..actors.load import load_dictionary, load_user_file

    if mode == ADD or loaded.actors is None:
        return load_dictionary(settings.actors.files)
    users = [load_user_file(path) for path in settings.actors.files]
    return sum(users, ActorDictionary((), tuple(agents), ("built-in",)))


def _builtin_patterns(settings: Settings, loaded: LoadedSet, mode: str) -> PatternSet:
    from ..events.ontology import Ontology
    from ..events.patterns import build_pattern_set, load_patterns, user_texts

    codes, inflector = Ontology.packaged().codes, Inflector.packaged()
    if mode == ADD or loaded.patterns is None:
        return load_patterns(settings.events.patterns, codes, inflector)
    return build_pattern_set(user_texts(settings.events.patterns), codes, inflector)


def coder_data(settings: Settings) -> CoderData | None:
    """The coders' dictionaries and patterns for ``settings``; None when no PETRARCH dictionaries are named."""
    if not settings.dictionaries.paths:
        return None
    mode = mode_of(settings)
    agents = _builtin_agents()
    loaded = load_set(settings.dictionaries.paths, agents, settings.dictionaries.require_dyad)
    actors = combined_actors(loaded, _builtin_actors(settings, loaded, mode, agents), mode)
    patterns = combined_patterns(loaded, _builtin_patterns(settings, loaded, mode), mode)
    return CoderData(actors, patterns, loaded)
