"""How the mentions of one article's events are grouped (syriadiplo.events.clustering): the number of sides a cluster
and a mention name together (made-up parties).

A state is one side with the persons of it: the two leaders' bilateral talks, then the talks "between the two
kingdoms" named by their states, are one event of two sides, not one of four.
"""
from __future__ import annotations

from syriadiplo.events import arguments, clustering
from syriadiplo.events.analysis import Analysis, Cluster, EventMention
from syriadiplo.io.inputs import Source
from syriadiplo.pipeline import document_of
from syriadiplo.recognize.ner import Mention


def _mention(sent: int, parties: list[Mention], sides_stated: int | None = None) -> EventMention:
    return EventMention(sent, "meeting", "occurred", parties, None, None, None, None, False, False, 0.7,
                        sides_stated=sides_stated)


def _person(entity: int, country: str) -> Mention:
    return Mention("person", entity, entity + 1, name=f"p{entity}", country=country, entity=entity)


def _cluster(*ems: EventMention) -> Cluster:
    c = Cluster("meeting")
    for em in ems:
        c.add(em, arguments.keys(em.parties), {p.country for p in em.parties if p.country})
    return c


def _analysis() -> Analysis:
    return Analysis(document_of(Source(text="التقى الوزيران في طوكيو.", doc_id="doc", path="-")), None, False)


def test_states_of_the_persons_count_once():
    talks = _mention(0, [_person(0, "KEN"), _person(1, "JPN")], sides_stated=2)
    states = _mention(1, [Mention("state", 3, 4, country="KEN"), Mention("state", 5, 6, country="JPN")])
    c = _cluster(talks)
    assert clustering._side_count(c, states, c.keys | arguments.keys(states.parties)) == 2
    assert clustering._compatible(_analysis(), c, states, arguments.keys(states.parties))


def test_a_third_state_is_a_side_of_its_own():
    talks = _mention(0, [_person(0, "KEN"), _person(1, "JPN")], sides_stated=2)
    states = _mention(1, [Mention("state", 3, 4, country="KEN"), Mention("state", 5, 6, country="CHN")])
    c = _cluster(talks)
    assert clustering._side_count(c, states, c.keys | arguments.keys(states.parties)) == 3
    assert not clustering._compatible(_analysis(), c, states, arguments.keys(states.parties))
