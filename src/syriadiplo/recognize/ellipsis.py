"""Titles left out in a list of office holders, restored from the first of the list.

News lists counterparts with the title written once and only the nationality
adjective repeated before each further name: "the Egyptian foreign minister
A, and the Lebanese B, and the Emirati C". B and C hold the same office as A,
each for the state its adjective names. Without this step B and C are names
with no role and no country, and the adjectives stand alone as states.

The step reads a sentence's mentions and returns a new list; it changes none
of the mentions it was given.
"""
from __future__ import annotations

from syriadiplo.recognize.ner import Mention
from syriadiplo.text.lexicon import Token


def _copy(p: Mention, role: str | None, role_head: str | None, country: str | None) -> Mention:
    return Mention(p.kind, p.start, p.end, name=p.name, name_norm=p.name_norm, role=role, country=country,
                   org=p.org, counterpart=p.counterpart, number=p.number, role_head=role_head, entity=p.entity,
                   preceded_by=p.preceded_by, from_nisba=p.from_nisba, entourage=p.entourage)


def restore_titles(mentions: list[Mention], tokens: list[Token], conjunctions: frozenset[str]) -> list[Mention]:
    """Mentions with each elided title filled in, and the adjectives that carried it dropped.

    A person with neither role nor country takes the role of the nearest titled person before it in the
    sentence, when that person is of another state than the adjective's, and the mention right before it is a
    nationality adjective (a state found from a nisba) that ends where the name starts and opens with a
    conjunction (واللبناني). The adjective's state becomes the person's country. (A name of no list after such an
    adjective is a person only where the adjective continues a list of holders:
    `SentenceNER._holder_of_elided_title`.) When the nearest titled person or counterpart before it is a
    counterpart of no title yet, of another state (نظيريه الأمريكي A والسعودي B), it is a further counterpart:
    its title is the one the counterparts take later, not that of a titled person before them.
    """
    out: list[Mention] = []
    for p in mentions:
        prev = out[-1] if out else None
        if (p.kind == "person" and p.name and not p.role and not p.country and prev is not None
                and prev.kind == "state" and prev.from_nisba and prev.end == p.start
                and tokens[prev.start].text[:1] in conjunctions):
            last = next((q for q in reversed(out) if q.kind == "person" and (q.role or q.counterpart)), None)
            if last is not None and last.counterpart and not last.role and last.country != prev.country:
                out[-1] = _copy(p, None, None, prev.country)
                out[-1].counterpart = True
                continue
            titled = next((q for q in reversed(out) if q.kind == "person" and q.role and q.country), None)
            if titled is not None and titled.country != prev.country:
                out[-1] = _copy(p, titled.role, titled.role_head, prev.country)
                continue
        out.append(p)
    return out
