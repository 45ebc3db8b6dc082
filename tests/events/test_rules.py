"""Rule names: every name an event carries is declared, and a disabled rule gives way to the next."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.events import EventCoder
from eventwire.events.patterns import FRAMES
from eventwire.events.rules import RuleRegistry
from eventwire.types import MODALITIES, Document, ParsedSentence, SentenceActors

from .helpers import mentions_for

SOURCE = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "events"
NAME_LITERAL = re.compile(r'"((?:code|source|target|modality)\.[a-z_.]+)"')
REGISTRY = RuleRegistry.packaged()


def test_every_rule_name_written_in_the_coder_is_declared():
    written = {name for path in SOURCE.glob("*.py") for name in NAME_LITERAL.findall(path.read_text("utf-8"))}
    assert len(written) > 60
    assert sorted(written - set(REGISTRY.descriptions)) == []


def test_names_the_coder_builds_are_declared():
    """Frames give ``code.frame.<frame>``; modality markers ``modality.<modality>.<how>``."""
    built = {f"code.frame.{frame}" for frame in FRAMES}
    built |= {"modality.future.modal", "modality.hypothetical.modal"}
    built |= {f"modality.{m}.noun_modifier" for m in ("future", "intended", "hypothetical")}
    built |= {f"modality.{m}.governor" for m in ("negated", "hypothetical", "intended", "future")}
    assert sorted(built - set(REGISTRY.descriptions)) == []


def test_every_declared_name_belongs_to_a_family_and_says_what_it_does():
    assert {name.split(".")[0] for name in REGISTRY.descriptions} == {"code", "source", "target", "modality"}
    assert all(len(text.split()) >= 3 for text in REGISTRY.descriptions.values())
    assert {f"modality.{m}" for m in MODALITIES} - {n.rpartition(".")[0] for n in REGISTRY.family("modality")} <= {"modality.asserted"}


@pytest.mark.parametrize("line, reason", [
    ("code.pattern", "a name, a tab and a description"),
    ("Code.Pattern\tupper case", "not a dotted name"),
    ("verdict.pattern\tan unknown family", "not a dotted name"),
    ("code.pattern\tone\ncode.pattern\ttwice", "declared twice"),
])  # fmt: skip
def test_a_malformed_rule_table_is_a_coded_error_naming_the_line(line, reason):
    with pytest.raises(EventwireError, match=rf"\[E321\] rules.tsv:\d+: .*{reason}"):
        RuleRegistry.parse(line, "rules.tsv")


def test_an_unknown_rule_name_is_a_coded_error():
    with pytest.raises(EventwireError, match=r"\[E320\] --disable: unknown rule 'target.objet'"):
        REGISTRY.checked(["target.object", "target.objet"], "--disable")
    assert REGISTRY.checked(["target.object"], "--disable") == {"target.object"}


def coded_with(pipeline, coder: EventCoder, text: str, actors: dict[str, str]):
    """The events ``coder`` finds in one sentence with hand-marked actors."""
    document = Document(doc_id="t", origin="<t>", body=(text,), published=datetime(2021, 3, 10, 12, tzinfo=timezone.utc))
    parsed = [ParsedSentence(0, 0, text, pipeline.parser.nlp(text), True)]
    return coder.code_document(document, parsed, [SentenceActors(0, mentions_for(parsed[0].doc, actors))])


@pytest.fixture(scope="module")
def code_with(pipeline, settings):
    """Code a sentence with hand-marked actors, with the given rules disabled."""
    coders: dict[tuple[str, ...], EventCoder] = {}

    def run(text: str, actors: dict[str, str], *disabled: str):
        coder = coders.get(disabled) or coders.setdefault(disabled, EventCoder(settings.with_overrides({"events.disabled_rules": disabled})))
        return coded_with(pipeline, coder, text, actors)

    return run


def test_an_event_names_its_code_source_target_and_modality_rules(code_with):
    (event,) = code_with("Peru expelled two Bolivian diplomats on Monday.", {"Peru": "PER", "Bolivian": "BOL"})
    assert event.rules == ("code.pattern", "source.subject", "target.object", "modality.asserted")
    (negated,) = code_with("Ghana did not recognise the new government of Fiji.", {"Ghana": "GHA", "Fiji": "FJI"})
    assert negated.modality == "negated" and negated.rules[-1] == "modality.negated.negation"


def test_a_disabled_target_rule_gives_way_to_the_next(code_with):
    text, actors = "Canada sent emergency aid to Haiti after the storm.", {"Canada": "CAN", "Haiti": "HTI"}
    (event,) = code_with(text, actors)
    assert event.target.code == "HTI" and "target.prep" in event.rules
    (event,) = code_with(text, actors, "target.prep")
    assert "target.prep" not in event.rules and (event.target is None or event.target.code == "HTI")


def test_a_disabled_source_rule_leaves_the_act_without_that_actor(code_with):
    text, actors = "Two Kenyan fishermen were detained by Ugandan police.", {"Kenyan": "KEN", "Ugandan police": "UGACOP"}
    (event,) = code_with(text, actors)
    assert event.source.code == "UGACOP" and "source.passive_agent" in event.rules
    assert all(e.source.code != "UGACOP" for e in code_with(text, actors, "source.passive_agent"))


def test_a_disabled_rewrite_keeps_the_code_before_it(code_with):
    text, actors = "Angry villagers stormed the Chilean embassy in Lima.", {"villagers": "PERCVL", "Chilean embassy": "CHLGOV"}
    (event,) = code_with(text, actors)
    assert event.cameo == "145" and event.rules[:2] == ("code.pattern", "code.rewrite.riot")
    (event,) = code_with(text, actors, "code.rewrite.riot")
    assert event.cameo != "145" and event.rules[0] == "code.pattern" and "code.rewrite.riot" not in event.rules


def test_a_disabled_modality_rule_is_not_consulted(code_with):
    text, actors = "Chile could impose tariffs on Argentine beef.", {"Chile": "CHL", "Argentine": "ARG"}
    (event,) = code_with(text, actors)
    assert event.modality == "hypothetical" and event.rules[-1] == "modality.hypothetical.modal"
    (event,) = code_with(text, actors, "modality.hypothetical.modal")
    assert event.modality == "asserted" and event.rules[-1] == "modality.asserted"


def test_an_unknown_disabled_rule_stops_the_coder(settings):
    with pytest.raises(EventwireError, match="E320"):
        EventCoder(settings.with_overrides({"events.disabled_rules": ("source.nobody",)}))


def test_the_record_docs_list_every_rule_with_its_meaning():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "event-record.md").read_text("utf-8")
    listed = dict(re.findall(r"^\| `((?:code|source|target|modality)\.[a-z_.]+)` \| (.+) \|$", doc, re.M))
    assert listed == {name: text.replace("|", "/") for name, text in REGISTRY.descriptions.items()}
