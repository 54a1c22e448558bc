"""Several meetings told in one clause: one event per counterpart.

"X met A, B and C" is one meeting with all of them, unless the text says the
meetings were several or apart: a plural or dual event noun (اجتماعات عدة،
اتصالين هاتفيين), a word such as منفصل or على حدة. Then X met each of them, and
each meeting is its own record (RECORDS.md, "Parties: who counts as one").

The text may say it in one place and list the counterparts in another (a
headline "X holds several meetings with his counterparts" over a body "X met
A, B and C"), so the step works over a document's event mentions: a subject
who is said to have had several meetings has them with each counterpart
listed after مع in any clause of the document.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from syriadiplo.recognize.ner import Mention


@dataclass(frozen=True)
class Listing:
    """Where a clause's counterparts start (the token after مع, or the destination word of a visit to several
    places) and whether it says the events were several; `by_place`: the counterparts are the places visited;
    `cue`: the grammar.tsv key of the word that says so, when one does."""
    with_at: int | None
    several: bool
    by_place: bool = False
    cue: str = ""  # the grammar.tsv key of the word that says the events were several (SEPARATE_CUES, SEVERAL_EVENTS)
    joint: bool = False  # the trigger says three sides or more met at once (اجتماعا ثلاثيا): one event, whatever else is said
    ahead_at: int | None = None  # a tour's places from this token on are still to come (TOUR_AHEAD)


def _sides(parties: list[Mention], listing: Listing) -> tuple[list[Mention], list[Mention]]:
    """The parties before مع (the subject) and after it (the counterparts). For a tour, `with_at` is the token
    right before its first place, which may be the visitor's last (زار كارتر اسرائيل والاردن): he is the subject,
    and so is a visitor told after the places (زيارة تشمل قطر والعراق، وهي اول جولة لظريف): the places alone
    are the counterparts."""
    cut = listing.with_at if listing.with_at is not None else -1
    if listing.by_place:
        stops = [p for p in parties if p.start > cut and p.kind == "state"]  # (a tour's stops: arguments._visit)
        return [p for p in parties if not any(p is q for q in stops)], stops
    return [p for p in parties if p.start < cut], [p for p in parties if p.start > cut]


def subjects_of_several(mentions: list[tuple[list[Mention], Listing]], key: Callable[[Mention], str]) -> set[str]:
    """Keys of the parties that a clause says had several meetings (the subject, or every party without مع)."""
    out: set[str] = set()
    for parties, listing in mentions:
        if not listing.several:
            continue
        subj = parties if listing.with_at is None else _sides(parties, listing)[0]
        out.update(key(p) for p in subj if p.kind in ("person", "delegation"))
    return out


def split_parties(parties: list[Mention], listing: Listing, several_subjects: set[str],
                  key: Callable[[Mention], str], headline: bool = False) -> list[list[Mention]]:
    """The party lists of the events one clause tells: one per counterpart when the events were several.

    A clause is split when its subject is one named side, it lists two or more distinct counterparts after
    مع, and the clause itself or another one of the document says that subject's meetings were several.
    A headline that says so itself and names no subject (a title alone: يتلقى اتصالين هاتفيين من ملك البحرين
    وملك الأردن) tells one event with each counterpart, its other side left to the body, which names it.
    A clause whose trigger says three sides or more met at once (اجتماعا ثلاثيا مع نظيريه) is one event even
    when another clause says its subject had several meetings (سيعقد اجتماعات ايضا مع ...).
    Otherwise the clause is one event with all its parties.
    """
    if listing.with_at is None or listing.joint:
        return [parties]
    subj, counterparts = _sides(parties, listing)
    if len({key(p) for p in counterparts}) < 2:
        return [parties]
    if not subj:
        # (and a clause that names a second event with «وآخر من» itself: اتصالا من X، وآخر من Y is two calls, whoever
        # received them, never one call between X and Y)
        untold = (headline or listing.cue == "ANOTHER_EVENT") and listing.several and not listing.by_place \
            and len(counterparts) == len(parties)
        return [[c] for c in counterparts] if untold else [parties]
    if len(subj) != 1 or not (listing.several or key(subj[0]) in several_subjects):
        return [parties]
    return [subj + [c] for c in counterparts]
