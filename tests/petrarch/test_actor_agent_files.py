"""Actor, agent, discard and issue file parsers."""

from __future__ import annotations

from datetime import date

from eventwire.petrarch.actor_file import parse_actors, parse_date
from eventwire.petrarch.agent_file import parse_agents
from eventwire.petrarch.discard_file import parse_discards
from eventwire.petrarch.issue_file import IssueList, parse_issues
from eventwire.petrarch.lines import Report

ACTORS = """\
<!-- header
# still the header -->
VALDORIA_  [VLD]
+VALDORIAN
+PORT_SERAN  ; a city of it
MARA_TELLEN_  # a dated person
\t[VLDELI < 990301]
\t[VLDGOV 19990301 - 20040615]
\t[VLDOPP >040616]
RIVER_LEAGUE [IGOREV] [IGOREVGOV 200101-201231]
TWIN_CITIES [VLD/KST]
NOBODY_SPECIAL [---]
BROKEN_DATES
\t[VLDGOV 2004017-20061201]
ORPHAN
KESTOR [KST]
"""


def test_actor_records_with_synonyms_and_dated_codes():
    report = Report("a.actors.txt")
    records = parse_actors(ACTORS, report)
    valdoria, mara, league, twins, nobody, kestor = records
    assert valdoria.phrases == (("VALDORIA",), ("VALDORIAN",), ("PORT", "SERAN"))
    assert [(b.codes, b.start, b.end) for b in mara.blocks] == [
        (("VLDELI",), None, date(1999, 3, 1)),
        (("VLDGOV",), date(1999, 3, 1), date(2004, 6, 15)),
        (("VLDOPP",), date(2004, 6, 16), None),
    ]
    assert [b.codes for b in league.blocks] == [("IGOREV",), ("IGOREVGOV",)]
    assert league.blocks[1].end == date(2020, 12, 31)
    assert twins.blocks[0].codes == ("VLD", "KST") and nobody.blocks[0].null
    assert kestor.phrases == (("KESTOR",),)


def test_actor_malformed_lines_name_file_and_line():
    report = Report("a.actors.txt")
    parse_actors(ACTORS, report)
    lines = [p.line() for p in report.problems]
    assert any(line.startswith("[E701] a.actors.txt:14:") and "bad date" in line for line in lines)
    assert any("a.actors.txt:13:" in line and "no code" in line for line in lines)
    assert any("a.actors.txt:15:" in line and "ORPHAN" in line for line in lines)


def test_two_digit_years():
    assert parse_date("300101") == date(2030, 1, 1) and parse_date("310101") == date(1931, 1, 1)
    assert parse_date("20121109") == date(2012, 11, 9) and parse_date("2012110") is None


AGENTS = """\
!WORKER! = HAND, HANDS
POLICE {} [~COP]
FOREIGN_MINISTER [~GOVFRM]
RELIEF_AGENCY [NGO~]
GOOSE_HERDER {GOOSE_HERDERS GEESE_HERDERS} [~AGR]
FARM!WORKER! [~AGR]
BAD!UNKNOWN! [~AGR]
NO_TILDE [GOV]
"""


def test_agents_codes_plurals_and_substitutions():
    report = Report("a.agents.txt")
    police, minister, agency, herder, farmhand, farmhands = parse_agents(AGENTS, report)
    assert police.plurals == () and police.code == "COP" and not police.prefix
    assert minister.plurals is None and minister.code == "GOVFRM"
    assert agency.prefix and agency.code == "NGO"
    assert herder.plurals == (("GOOSE", "HERDERS"), ("GEESE", "HERDERS"))
    assert farmhand.words == ("FARMHAND",) and farmhands.words == ("FARMHANDS",) and farmhand.plurals == ()
    assert [p.line().split(" malformed")[0] for p in report.problems] == ["[E701] a.agents.txt:7:", "[E701] a.agents.txt:8:"]


def test_discards_story_and_sentence_level():
    report = Report("d.txt")
    sentence, story, word = parse_discards("CHESS OPEN\n+MOTOR RALLY # whole story\nRACE_\n", report)
    assert sentence.words == ("chess", "open") and not sentence.story
    assert story.story and word.whole_word and not report.problems


def test_issue_expansions_and_ignore_phrases():
    report = Report("i.txt")
    records = parse_issues('<ISSUE CATEGORY="X">\nn:dam [WATER]\nv:irrigate [WATER]\nsea+level [CLIMATE]\n~dam it\nno code here\n</ISSUE>\n', report)
    issues = IssueList(records)
    assert issues.codes_in("Two dams irrigated farms as the sea-level rose.") == (("CLIMATE", 1), ("WATER", 2))
    assert issues.codes_in("Dam it, he said of the dam.") == ()
    assert len(report.problems) == 1 and "i.txt:6:" in report.problems[0].origin + ":"
