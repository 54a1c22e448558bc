"""Every form of the verbs of intent and of the light verbs of a visit's end, and every noun of state delegations
(grammar.tsv INTENT_VERBS, LIGHT_VERBS, STATE_DELEGATIONS), in a sentence of its own."""
from __future__ import annotations

import pytest

from syriadiplo.pipeline import extract_text
from syriadiplo.resources import grammar


def _sides(text: str) -> list[tuple[str, str, list[str]]]:
    return [(r.type, r.status, sorted(p.country or "" for p in r.participants)) for r in extract_text(text)]


@pytest.mark.parametrize("verb", grammar("INTENT_VERBS"))
def test_every_verb_of_intent_makes_the_visit_it_holds_planned(verb):
    assert _sides(f"{verb} الوفد الكندي زياره طهران.") == [("meeting", "planned", ["CAN", "IRN"])]


@pytest.mark.parametrize("verb", ["انهي", "انهت", "ينهي", "تنهي"])
def test_a_verb_that_ends_a_visit_holds_it(verb):
    assert verb in grammar("LIGHT_VERBS")
    assert [s[2] for s in _sides(f"{verb} الوفد الكندي امس زياره الي طهران.")] == [["CAN", "IRN"]]


@pytest.mark.parametrize("noun", grammar("STATE_DELEGATIONS"))
def test_every_noun_of_state_delegations_takes_the_states_after_it(noun):
    assert [s[2] for s in _sides(f"اجتمع في واشنطن امس {noun} كندا والمكسيك.")] == [["CAN", "MEX"]]
