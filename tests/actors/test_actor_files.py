"""Actor data files: the built-in data, users' files and their errors."""

from datetime import date

import pytest

from eventwire.actors.coder import ActorCoder
from eventwire.actors.load import load_actor_table, load_agents, load_builtin, regular_plural
from eventwire.errors import EventwireError
from .helpers import make_document

USER_FILE = (
    "# my actors\n"
    "kind\tname\tcountry\tsector\tfrom\tuntil\talso\n"
    "person\tAmara Okonkwo-Diallo\tNGA\tGOV\t2031-01-01\t2034-12-31\tOkonkwo-Diallo\n"
    "person\tAmara Okonkwo-Diallo\tNGA\tOPP\t\t\t\n"
    "media\tLagos Morning Ledger\tNGA\tMED\t\t\t\n"
)


def test_builtin_data_covers_countries_people_and_organisations():
    dictionary = load_builtin()
    kinds = {}
    for entry in dictionary.actors:
        kinds.setdefault(entry.kind, set()).add(entry.country)
    assert len(kinds["country"]) >= 240
    assert {"igo", "ngo", "img", "armed", "party", "media"} <= set(kinds)
    assert len(dictionary.agents) > 300


def test_rows_with_the_same_name_make_one_dated_entry():
    (person, outlet) = load_actor_table(USER_FILE, "mine.tsv", "mine.tsv")
    assert person.phrases == ("Amara Okonkwo-Diallo", "Okonkwo-Diallo")
    assert person.code_on(date(2032, 5, 1)).code == "NGAGOV"
    assert person.code_on(date(2036, 5, 1)).code == "NGAOPP"
    assert outlet.kind == "media" and outlet.code_on(None).code == "NGAMED"


def test_people_without_a_default_have_no_sector_out_of_office():
    (person,) = load_actor_table("name\tcountry\tsector\tfrom\tuntil\nJo Bloggs\tGBR\tGOV\t2001\t2003-06\n", "p.tsv", "p.tsv")
    assert person.code_on(date(2003, 6, 30)).code == "GBRGOV"
    assert person.code_on(date(2003, 7, 1)).code == "GBR"


def test_agents_get_regular_plurals():
    (agent,) = load_agents("phrase\tplural\tsector\tflags\nsecretary\t\tGOV\ttitle person\n", "a.tsv", "a.tsv")
    assert agent.phrases == ("secretary", "secretaries") and agent.title and agent.person
    assert regular_plural("police boss") == "police bosses"


@pytest.mark.parametrize(
    "text, code, where",
    [
        ("name\tcountry\tnonsense\nX\tUSA\t1\n", "E204", "bad.tsv:1"),
        ("name\tcountry\tfrom\nX\tUSA\t20-20\n", "E205", "bad.tsv:2"),
        ("name\tcountry\nX\tUSA\textra\n", "E201", "bad.tsv:2"),
        ("name\tsector\nX\t\n", "E206", "bad.tsv:2"),
        ("# only a comment\n", "E203", "bad.tsv"),
    ],
)
def test_bad_rows_give_one_line_errors_naming_file_and_line(text, code, where):
    with pytest.raises(EventwireError) as caught:
        load_actor_table(text, "bad.tsv", "bad.tsv")
    line = caught.value.line()
    assert line.startswith(f"[{code}] {where}:") and "\n" not in line


def test_a_user_file_adds_actors_to_the_coder(tmp_path, settings, pipeline):
    path = tmp_path / "mine.tsv"
    path.write_text(USER_FILE)
    coder = ActorCoder(settings.with_overrides({"actors.files": (str(path),)}))
    document = make_document("Okonkwo-Diallo told the Lagos Morning Ledger she would run again.", "2032-02-02")
    sentences = pipeline.parser.parse(document)
    found = {m.text: m.actor.code for s in coder.code_document(document, sentences) for m in s.mentions if not m.coreferent}
    assert found == {"Okonkwo-Diallo": "NGAGOV", "Lagos Morning Ledger": "NGAMED"}


def test_a_missing_user_file_is_reported(settings):
    with pytest.raises(EventwireError) as caught:
        ActorCoder(settings.with_overrides({"actors.files": ("/nonexistent/actors.tsv",)}))
    assert caught.value.code == "E202"


def test_the_actors_files_setting_is_read_relative_to_the_settings_file(tmp_path, pipeline):
    from eventwire.config import load_settings

    (tmp_path / "mine.tsv").write_text("kind\tname\tcountry\tsector\nmedia\tNairobi Evening Lantern\tKEN\tMED\n")
    config = tmp_path / "config.toml"
    config.write_text('[actors]\nfiles = ["mine.tsv"]\n')
    coder = ActorCoder(load_settings(config))
    document = make_document("The Nairobi Evening Lantern reported the arrests.", "2024-01-01")
    found = [m.actor.code for s in coder.code_document(document, pipeline.parser.parse(document)) for m in s.mentions]
    assert found == ["KENMED"]


def test_an_unknown_agent_flag_is_reported():
    with pytest.raises(EventwireError) as caught:
        load_agents("phrase\tsector\tflags\nwarlord\tREB\tvillainous\n", "roles.tsv", "roles.tsv")
    assert caught.value.code == "E207" and "roles.tsv:2" in caught.value.line()


def test_organisation_codes_follow_the_gold_conventions(fixtures_dir):
    """IGO/NGO/IMG codes are the prefix and a 2-3 letter id, and every code the gold
    README lists is the primary code of some entry (the evaluator's alias table is
    only a safety net)."""
    import re

    codes = {c.code for entry in load_builtin().actors for c in entry.codes if c.code[:3] in ("IGO", "NGO", "IMG")}
    assert all(re.fullmatch(r"(IGO|NGO|IMG)[A-Z]{2,3}", code) for code in codes), sorted(codes)
    readme = (fixtures_dir / "gold" / "README.md").read_text("utf-8")
    listed = set(re.findall(r"\b((?:IGO|NGO|IMG)[A-Z]{2,3})\b", readme))
    assert listed <= codes, sorted(listed - codes)


def test_the_actor_data_read_back_from_the_cache_codes_as_built(tmp_path, monkeypatch, settings, pipeline):
    from eventwire.startup import CACHE_ENV

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built, read = ActorCoder(settings), ActorCoder(settings)
    assert list(tmp_path.glob("actors-*.pickle"))
    assert read.dictionary == built.dictionary and read.rules == built.rules
    document = make_document("Kenyan President William Ruto met UN officials and the Ethiopian army chief in Addis Ababa.", "2024-05-01")
    sentences = pipeline.parser.parse(document)
    assert read.code_document(document, sentences) == built.code_document(document, sentences)
