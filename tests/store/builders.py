"""Coded documents for store tests: events we construct, no spaCy."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from datetime import datetime, timezone

from eventwire.types import ActorRef, Document, DocumentResult, Event, Location, Trigger

QUADS = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2,
         "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 4,
         "17": 4, "18": 4, "19": 4, "20": 4}  # fmt: skip


def actor(code: str | None, text: str | None = None) -> ActorRef | None:
    if code is None:
        return None
    country = None if code[:3] in {"IGO", "NGO", "IMG"} else code[:3]
    return ActorRef(text=text or code.title(), name=None, code=code, country=country,
                    sector=code[3:6] or None, start=0, end=len(text or code))


def make_event(doc_id: str, index: int, source: str | None, target: str | None, cameo: str,
               date: str | None = "2023-03-14", *, modality: str = "asserted", place: str | None = None,
               place_country: str | None = None, sentence: str | None = None, goldstein: float = 1.0,
               plover: str = "CONSULT", precision: str | None = "day") -> Event:
    sentence = sentence or f"Sentence {index} of {doc_id}: {source} and {target} did {cameo}."
    key = f"{doc_id}|{index}|{cameo}|{source}|{target}"
    return Event(
        event_id=hashlib.sha256(key.encode()).hexdigest()[:20],
        doc_id=doc_id, sentence_index=index, sentence=sentence, date=date,
        date_precision=precision if date else None,
        source=actor(source), target=actor(target), cameo=cameo, cameo_root=cameo[:2],
        goldstein=goldstein, quad_class=QUADS[cameo[:2]], plover=plover, plover_mode=None,
        modality=modality, past=False, reported_by=None,
        location=Location(place, place_country, 1.5, 2.5) if place else None,
        trigger=Trigger(text="did", start=0, end=3), confidence=0.8,
    )


def make_result(doc_id: str | None, events=(), *, text: str | None = None, source: str | None = "Agency",
                published: str | None = "2023-03-14T09:00:00+00:00", url: str | None = None,
                dateline: str | None = None, origin: str | None = None) -> DocumentResult:
    text = text or f"Story of {doc_id}.\n\nSecond paragraph of {doc_id}."
    body = tuple(p for p in text.split("\n\n"))
    digest = hashlib.sha256("\n\n".join(body).encode()).hexdigest()
    doc_id = doc_id or digest[:16]
    events = tuple(replace(e, doc_id=doc_id) for e in events)
    document = Document(doc_id=doc_id, origin=origin or f"{doc_id}.txt", body=body, source=source,
                        published=datetime.fromisoformat(published) if published else None,
                        url=url, dateline=dateline, text_hash=digest)
    return DocumentResult(document=document, events=events, sentences=len(body), sentences_parsed=len(body))


def random_corpus(seed, articles=40):
    rng = random.Random(seed)
    results = []
    for n in range(articles):
        events = []
        for index in range(rng.randint(0, 4)):
            day = rng.randint(1, 28)
            place = rng.choice([None, None, "Gaza", "Rafah"])
            events.append(make_event(f"r{n}", index, rng.choice(["ISRMIL", "PSEREB"]), rng.choice(["PSEREB", "ISRMIL", "EGYGOV"]),
                                     rng.choice(["190", "195", "0251", "025", "040"]), f"2023-02-{day:02d}",
                                     place=place, place_country="PSE" if place else None))
        results.append(make_result(f"r{n}", events, source=rng.choice(["A", "B", "C"])))
    return results
