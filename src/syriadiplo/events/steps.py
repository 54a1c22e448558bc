"""The event stage: its steps, in order, over one document's Analysis.

Each step reads what the steps before it filled and fills one field of its own (the `assigns` of its
Step); none rewrites another's. `extract_document` runs them all. To see what a step leaves, run the
steps one at a time on an Analysis (tests/test_steps.py does).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Final

from syriadiplo.events import assemble, clustering, detect, places, tagging
from syriadiplo.events.analysis import Analysis
from syriadiplo.events.scope import in_scope
from syriadiplo.models import Record
from syriadiplo.text.document import Document


@dataclass(frozen=True)
class Step:
    name: str
    assigns: str  # the field of Analysis it fills
    run: Callable[[Analysis], None]


def _scope(an: Analysis) -> None:
    """Step `scope`: fills `an.kept`, the records of `an.records` that are diplomatic events in scope, each
    person of no state whose name ends with a ruling family's given that family's state (`assemble.with_house_states`),
    and each meeting of no place the city of the line that places the report (`places.with_report_place`)."""
    kept = in_scope(an.records, an.explain)
    city = places.place_line_city(an) if kept else None  # (the document's line, read once for all its records)
    an.kept = [places.with_report_place(an, assemble.with_house_states(r), city) for r in kept]


STEPS: Final = (
    Step("tag", "infos", tagging.run),
    Step("mentions", "event_mentions", detect.run),
    Step("cluster", "clusters", clustering.run),
    Step("records", "records", assemble.run),
    Step("scope", "kept", _scope),
)


def extract_document(doc: Document, recognizer=None, explain: bool = False) -> list[Record]:
    """The records of one cleaned document, before event codes and actor ids (syriadiplo.pipeline adds
    them); with a model backend's entities when `recognizer` is given, and with `explain` the ids of
    the entries that made each record (syriadiplo.events.explain)."""
    an = Analysis(doc, recognizer, explain)
    if not an.may_name_events():
        return []  # most articles of a scraped corpus: no trigger word, so no NER or time tagging either
    for step in STEPS:
        step.run(an)
    return an.kept
