from eventwire.actors.entries import ActorEntry, AgentEntry, DatedCode
from eventwire.actors.phrases import ACTOR, AGENT, DET, Recalled, Unit, actor_unit


def test_quick_units_equal_units_made_by_the_constructor():
    georgia = ActorEntry("Georgia", "Georgia", "country", ("Georgia",), (DatedCode("GEO", "GEO", None),))
    police = AgentEntry("police", ("police",), "COP")
    recalled = Recalled(None, "president", True, "X")
    assert Unit.word(DET, 3, "the") == Unit(DET, 3, 4, text="the")
    assert Unit.quick(AGENT, 1, 3, agents=(police,), recalled=recalled, words=("a",), text="t") == Unit(AGENT, 1, 3, None, (police,), recalled, ("a",), "t")
    assert actor_unit(0, 1, georgia, (), ("georgia",)) == Unit(ACTOR, 0, 1, georgia, (), words=("georgia",), is_place=True)
