"""PETRARCH actors and agents as ActorEntry/AgentEntry, coded by the shared actor coder."""

from __future__ import annotations

from datetime import date

from eventwire.actors.entries import NATION, PERSON, AgentEntry
from eventwire.petrarch.actor_entries import actor_dictionary, display_phrase, split_code
from eventwire.petrarch.actor_file import parse_actors
from eventwire.petrarch.agent_file import parse_agents
from eventwire.petrarch.lines import Report

from .conftest import code


def dictionary(actors: str, agents: str = "", grammar=None):
    report = Report("x")
    return actor_dictionary(
        [("a.txt", r) for r in parse_actors(actors, report)],
        [("g.txt", r) for r in parse_agents(agents, report)],
        grammar or {},
        ("a.txt",),
    )


def test_names_are_written_as_the_matcher_expects():
    assert display_phrase(("PORT", "OF", "SERAN")) == "Port of Seran"
    assert display_phrase(("AL-NASR", "FRONT")) == "Al-Nasr Front" and display_phrase(("K.",)) == "K."
    assert display_phrase(("UN",)) == "UN" and display_phrase(("IRAN",)) == "Iran"


def test_codes_split_into_country_and_sector():
    assert split_code("PSEREBHMS") == ("PSE", "REBHMS")
    assert split_code("IGOUNO") == (None, None) and split_code("ELI") == (None, "ELI")
    assert split_code("---") == (None, None)


def test_kinds_dates_and_null_codes():
    built = dictionary("VALDORIA_ [VLD]\nRIVER_LEAGUE [IGORVL]\nMARA_TELLEN_\n\t[VLDGOV 20100101-20151231]\n\t[VLDELI]\nNOBODY [---]\n")
    valdoria, league, mara, nobody = built.actors
    assert (valdoria.kind, league.kind, mara.kind) == (NATION, "organisation", PERSON)
    assert mara.code_on(date(2012, 1, 1)).code == "VLDGOV" and mara.code_on(date(2020, 1, 1)).code == "VLDELI"
    assert nobody.code_on(None).code == ""  # the null code: a phrase that is no actor


def test_agents_plurals_prefixes_and_grammar():
    title = AgentEntry(key="president", phrases=("president",), sector="GOV", title=True)
    built = dictionary("X [XXX]\n", "PRESIDENT [~GOV]\nPOLICE {} [~COP]\nRELIEF_AGENCY [NGO~]\n", {"president": title})
    president, police, agency = built.agents
    assert president.phrases == ("president", "presidents") and president.title
    assert police.phrases == ("police",) and police.sector == "COP"
    assert agency.prefix and agency.phrases == ("relief agency", "relief agencies")


def test_title_synonyms_give_way_to_the_name():
    title = AgentEntry(key="president", phrases=("president",), sector="GOV", title=True)
    built = dictionary("MARA_TELLEN_\n+PRESIDENT_MARA_TELLEN\n\t[VLDGOV]\n", grammar={"president": title})
    assert built.actors[0].phrases == ("Mara Tellen",)


def test_the_actor_coder_codes_with_them(small_pipeline):
    assert code(small_pipeline, "Kestori police pledged two million dollars to the River League.") == [("KSTCOP", "IGORVL", "071")]
    # dated codes follow the document's date; a title before the name is read by the coder
    assert code(small_pipeline, "President Mara Tellen blamed Kestor.", "2012-06-01") == [("VLDGOV", "KST", "111")]
    assert code(small_pipeline, "Mara Tellen blamed Kestor.", "2008-06-01") == [("VLDELI", "KST", "111")]
    # a country of a PETRARCH dictionary is always an actor, also after "in" (as PETRARCH codes it)
    assert code(small_pipeline, "Valdoria accused the army in Kestor.") == [("VLD", "KST", "112")]


def test_agent_exceptions_block_the_role_word(coding_with, tmp_path, small_dir):
    import shutil

    for name in ("small.verbs.txt", "small.actors.txt"):
        shutil.copy(small_dir / name, tmp_path / name)
    (tmp_path / "small.agents.txt").write_text("GUARD <GUARD_OF_HONOUR> [~MIL]\n")
    coder = coding_with([tmp_path])
    assert code(coder, "Valdorian guards blamed Kestor.") == [("VLDMIL", "KST", "111")]
    assert code(coder, "The Valdorian guard of honour blamed Kestor.") == [("VLD", "KST", "111")]
