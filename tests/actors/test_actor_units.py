from eventwire.actors.entries import ActorEntry, AgentEntry, DatedCode
from eventwire.actors.phrases import ACTOR, AGENT, DET, Recalled, Unit, actor_unit


def test_quick_units_equal_units_made_by_the_constructor():
    georgia = ActorEntry("Georgia", "Georgia", "country", ("Georgia",), (DatedCode("GEO", "GEO", None),))
    police = AgentEntry("police", ("police",), "COP")
    recalled = Recalled(None, "president", True, "X")
    assert Unit.word(DET, 3, "the") == Unit(DET, 3, 4, text="the")
    assert Unit.quick(AGENT, 1, 3, agents=(police,), recalled=recalled, words=("a",), text="t") == Unit(AGENT, 1, 3, None, (police,), recalled, ("a",), "t")
    assert actor_unit(0, 1, georgia, (), ("georgia",)) == Unit(ACTOR, 0, 1, georgia, (), words=("georgia",), is_place=True)


def test_a_lone_actor_kept_for_later_is_its_own_draft_wherever_it_stands():
    from datetime import date

    from eventwire.actors.combine import resolve_chunk
    from eventwire.actors.phrases import Chunk

    place = ActorEntry("Chad", "Chad", "country", ("Chad",), (DatedCode("TCD", "TCD", None),))
    dated = ActorEntry("Zaire", "Zaire", "country", ("Zaire",), (DatedCode("ZAR", "ZAR", None, valid_until=date(1997, 5, 17)), DatedCode("COD", "COD", None)))
    lone: dict = {}
    for when in (date(1990, 1, 1), date(2020, 1, 1)):
        for start in (0, 7, 3):
            for entry in (place, dated):
                chunk = Chunk((actor_unit(start, start + 1, entry, (), (entry.key.lower(),)),))
                kept, fresh = resolve_chunk(chunk, when, lone=lone), resolve_chunk(chunk, when)
                assert kept == fresh and (kept[0].start, kept[0].end) == (start, start + 1)
    assert list(lone) == [id(place)]  # a dated entry's draft depends on the date: never kept
