"""A generated corpus of news-like articles for throughput benchmarks.

Sentences come from templates written for this project: many actors
(states, leaders by title, international bodies, domestic groups), many
kinds of interaction (meetings, aid, accusations, sanctions, violence), and
the filler every real wire story carries (quotes, figures, background,
scene-setting) that holds no event. The same seed always gives the same
corpus, so runs can be compared. Nothing here is copied from a manual, a
dataset or a news site.

    python benchmarks/news_corpus.py --sentences 3000 > corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta

COUNTRIES = (
    ("China", "Chinese", "Beijing"), ("North Korea", "North Korean", "Pyongyang"),
    ("South Korea", "South Korean", "Seoul"), ("Japan", "Japanese", "Tokyo"),
    ("the United States", "U.S.", "Washington"), ("Russia", "Russian", "Moscow"),
    ("Ukraine", "Ukrainian", "Kyiv"), ("Germany", "German", "Berlin"), ("France", "French", "Paris"),
    ("Britain", "British", "London"), ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"),
    ("Iran", "Iranian", "Tehran"), ("Israel", "Israeli", "Jerusalem"), ("Turkey", "Turkish", "Ankara"),
    ("Egypt", "Egyptian", "Cairo"), ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Sudan", "Sudanese", "Khartoum"), ("Brazil", "Brazilian", "Brasilia"),
    ("Mexico", "Mexican", "Mexico City"), ("Colombia", "Colombian", "Bogota"), ("Venezuela", "Venezuelan", "Caracas"),
    ("Indonesia", "Indonesian", "Jakarta"), ("the Philippines", "Philippine", "Manila"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Saudi Arabia", "Saudi", "Riyadh"), ("Qatar", "Qatari", "Doha"), ("South Africa", "South African", "Pretoria"),
    ("Poland", "Polish", "Warsaw"), ("Canada", "Canadian", "Ottawa"), ("Australia", "Australian", "Canberra"),
    ("Chile", "Chilean", "Santiago"), ("Peru", "Peruvian", "Lima"), ("Algeria", "Algerian", "Algiers"),
)  # fmt: skip
OFFICES = (
    "president", "prime minister", "foreign minister", "defence minister", "trade minister",
    "interior ministry", "foreign ministry", "army", "navy", "police", "central bank", "parliament",
    "finance minister", "ambassador to the United Nations", "coast guard", "election commission",
)  # fmt: skip
BODIES = (
    "the United Nations", "the European Union", "the African Union", "NATO", "the World Bank",
    "the International Monetary Fund", "the Red Cross", "Amnesty International", "the World Health Organization",
    "the Arab League", "ASEAN", "the UN Security Council", "Doctors Without Borders", "the OPEC cartel",
)  # fmt: skip
DOMESTIC = (
    "opposition lawmakers", "striking teachers", "rebel fighters", "hundreds of protesters", "farmers' unions",
    "student activists", "separatist militants", "riot police", "local officials", "tribal elders",
    "a group of gunmen", "human rights lawyers", "truck drivers", "the ruling party", "dock workers",
)  # fmt: skip
ACTIONS = (
    "met {B} to discuss {topic}", "held talks with {B} on {topic}", "hosted {B} for two days of talks on {topic}",
    "signed an agreement with {B} on {topic}", "agreed with {B} to resume negotiations over {topic}",
    "pledged {money} in emergency aid to {B}", "sent medical teams and food to {B}",
    "praised {B} for its handling of {topic}", "thanked {B} for its support", "apologised to {B} over {topic}",
    "accused {B} of violating {treaty}", "condemned {B} over {topic}", "criticised {B}'s stance on {topic}",
    "denied claims by {B} about {topic}", "rejected a proposal from {B} on {topic}",
    "urged {B} to return to talks on {topic}", "called on {B} to release {detainees}",
    "demanded that {B} withdraw its forces from {place}", "asked {B} for help with {topic}",
    "threatened to impose tariffs on {B}", "warned {B} against {provocation}",
    "imposed sanctions on {B} over {topic}", "expelled two diplomats from {B}", "recalled its ambassador to {B}",
    "suspended military cooperation with {B}", "cut off gas supplies to {B}",
    "arrested {detainees} suspected of links to {B}", "deployed troops along its border with {B}",
    "fired artillery at positions held by {B} near {place}", "launched drone strikes against {B} in {place}",
    "seized a cargo ship belonging to {B}", "clashed with {B} near {place}",
    "offered to mediate between {B} and its neighbours", "invited {B} to join {treaty}",
    "investigated {B} over {topic}", "released {detainees} held by {B}", "blocked a shipment of grain to {B}",
)  # fmt: skip
TOPICS = (
    "border security", "water rights on the river", "the nuclear programme", "fishing quotas", "refugee returns",
    "debt relief", "a ceasefire in the east", "grain exports", "cyber attacks on banks", "drug trafficking",
    "a disputed election", "climate finance", "arms control", "the price of oil", "visa rules", "a new railway line",
    "prisoner exchanges", "illegal mining", "shipping lanes", "vaccine deliveries",
)  # fmt: skip
TREATIES = ("the 2015 accord", "a regional trade pact", "the ceasefire deal", "the non-proliferation treaty", "a fisheries convention")
PROVOCATIONS = ("further missile tests", "any incursion into its airspace", "military drills near the coast", "interfering in the vote")
DETAINEES = ("three journalists", "a dozen activists", "two aid workers", "several soldiers", "a former minister", "40 fishermen")
PLACES = ("the port city", "the northern province", "the capital", "a border town", "the disputed islands", "the refugee camp")
SAYERS = (
    "officials said", "a government spokesman said", "state media reported", "the ministry said in a statement",
    "diplomats said", "witnesses said", "a senior official told reporters", "according to local media",
)  # fmt: skip
WEEKDAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday", "last week", "earlier this month")
FILLER = (
    "The {adj} currency fell {pct} percent against the dollar in early trading.",
    "Temperatures in {city} are expected to reach {n} degrees by the weekend.",
    "\"We have made real progress, but there is still a long way to go,\" the spokesman told reporters.",
    "\"Nobody wants this to drag on for another year,\" one delegate said.",
    "The talks are scheduled to last {n} days and will resume after a short break.",
    "{city}, a city of about {n} million people, has grown quickly over the past decade.",
    "Inflation reached {pct} percent in {month}, the highest level in {n} years.",
    "The two sides last held formal talks in {year}.",
    "Exports of coffee, copper and textiles account for most of the country's foreign earnings.",
    "Shares in the state oil company rose {pct} percent after the announcement.",
    "The statement did not say when the measures would take effect.",
    "Further details were not immediately available.",
    "Heavy rain has flooded roads across the region since {month}.",
    "The {adj} football team will play its next qualifier in {city} in {month}.",
    "About {n} percent of the population lives in rural areas.",
    "The new terminal at {city}'s main airport is due to open next year.",
    "Analysts said the decision was likely to be welcomed by investors.",
    "The ministry has not responded to requests for comment.",
    "The festival drew tens of thousands of visitors to {city}.",
    "Negotiators worked late into the night on the final wording.",
    "Voter turnout was about {n} percent, according to preliminary figures.",
    "Most shops in the old town stayed closed for the holiday.",
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
AGENCIES = ("Meridian Wire", "Harbour News Service", "Eastgate Press", "Continental Newswire")


class SentenceMaker:
    """Random but reproducible news sentences."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, options):
        return self.rng.choice(options)

    def actor(self) -> str:
        roll = self.rng.random()
        name, adjective, capital = self.pick(COUNTRIES)
        if roll < 0.35:
            return name
        if roll < 0.6:
            return f"the {adjective} {self.pick(OFFICES)}"
        if roll < 0.7:
            return capital
        if roll < 0.85:
            return self.pick(BODIES)
        return f"{self.pick(DOMESTIC)} in {capital}"

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            B=self.actor(), topic=self.pick(TOPICS), treaty=self.pick(TREATIES), provocation=self.pick(PROVOCATIONS),
            detainees=self.pick(DETAINEES), place=self.pick(PLACES), money=f"${rng.randint(2, 900)} million",
            adj=self.pick(COUNTRIES)[1], pct=f"{rng.randint(1, 19)}.{rng.randint(0, 9)}", n=rng.randint(2, 60),
            city=self.pick(COUNTRIES)[2], month=self.pick(MONTHS), year=rng.randint(1990, 2022),
        )  # fmt: skip

    def event_sentence(self) -> str:
        subject = self.actor()
        clause = f"{subject} {self.fill(self.pick(ACTIONS))}"
        form = self.rng.random()
        if form < 0.4:
            text = f"{clause} {self.pick(WEEKDAYS)}, {self.pick(SAYERS)}."
        elif form < 0.6:
            text = f"{self.pick(SAYERS).capitalize()} that {clause}."
        elif form < 0.8:
            text = f"{clause} {self.pick(WEEKDAYS)}."
        else:
            text = f"After {self.pick(('weeks', 'months', 'days'))} of tension, {clause}."
        return text[0].upper() + text[1:]

    def filler_sentence(self) -> str:
        return self.fill(self.pick(FILLER))

    def sentence(self, event_share: float) -> str:
        return self.event_sentence() if self.rng.random() < event_share else self.filler_sentence()


def articles(sentences: int, seed: int = 7, event_share: float = 0.55) -> Iterator[dict]:
    """Articles of 6 to 20 sentences in paragraphs of 1 to 3, about ``sentences`` in all."""
    rng = random.Random(seed)
    maker = SentenceMaker(rng)
    written = 0
    number = 0
    while written < sentences:
        count = min(rng.randint(6, 20), max(sentences - written, 1))
        paragraphs: list[str] = []
        left = count
        while left > 0:
            size = min(rng.randint(1, 3), left)
            paragraphs.append(" ".join(maker.sentence(event_share) for _ in range(size)))
            left -= size
        day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 364))
        _, _, capital = maker.pick(COUNTRIES)
        agency = maker.pick(AGENCIES)
        paragraphs[0] = f"{capital.upper()}, {day:%B} {day.day} ({agency}) - {paragraphs[0]}"
        yield {
            "id": f"bench-{number:05d}",
            "title": maker.event_sentence().rstrip("."),
            "source": agency,
            "published": day.isoformat(),
            "text": "\n\n".join(paragraphs),
        }
        written += count
        number += 1


def write_jsonl(records: Iterator[dict]) -> None:
    for record in records:
        sys.stdout.write(json.dumps(record) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_jsonl(articles(args.sentences, args.seed))


if __name__ == "__main__":
    main()
