"""A name that is one state's and another state's capital, read by the states the document names otherwise
(events.tagging._cities_by_document); and every adjective that is also a family name (grammar.tsv ADJECTIVE_SURNAMES)
in a sentence of its own."""
from __future__ import annotations

import pytest

from syriadiplo.pipeline import extract_text
from syriadiplo.resources import grammar


def _sides(text: str) -> list[tuple[str, str, list[str]]]:
    return [(r.type, r.status, sorted(p.country or "" for p in r.participants)) for r in extract_text(text)]


@pytest.mark.parametrize("text, state", [
    ("اشاد مسؤولون عمانيون بزياره الرئيس الكندي لعمان.", "OMN"),
    ("زار الرئيس الكندي عمان امس. واشاد مسؤولون عمانيون بالزياره.", "OMN"),
    ("اشاد نواب اردنيون بزياره الرئيس الكندي لعمان.", "JOR"),
    ("زار الرئيس الكندي عمان امس. واشاد نواب اردنيون بالزياره.", "JOR"),
])
def test_a_name_of_a_state_and_a_capital_is_read_by_the_states_the_document_names(text, state):
    assert _sides(text) == [("meeting", "occurred", ["CAN", state])]


def test_both_states_named_leave_the_sentence_reading():
    text = "زار الرئيس الكندي عمان امس. واشاد نواب اردنيون ومسؤولون عمانيون بالزياره."
    assert _sides(text) == _sides("زار الرئيس الكندي عمان امس.")


@pytest.mark.parametrize("word", grammar("ADJECTIVE_SURNAMES"))
def test_every_adjective_surname_ends_a_name_after_a_given_name(word):
    recs = list(extract_text(f"استقبل رئيس الوزراء الياباني امس وزير النقل السعودي سليمان {word}."))
    assert [(r.status, [p.name for p in r.participants]) for r in recs] == [("occurred", [None, f"سليمان {word}"])]


def test_a_state_listed_beside_another_stays_a_state():
    text = ("بدأ رئيس الوزراء الكندي امس جولة خليجية تشمل عمان والكويت.\n"
            "وكان رئيس الوزراء الكندي قد بحث مع الملك عبدالله الثاني في اتصال هاتفي الشهر الماضي أمن الملاحة.")
    states = {c for _, _, sides in _sides(text) for c in sides}
    assert "OMN" in states and "KWT" in states


def test_a_person_of_the_document_names_his_state_through_the_registry():
    text = "وصل الملك عبدالله الثاني الى الرياض امس.\nوكان وزير الخارجية الكندي قد زار عمان الاسبوع الماضي."
    assert [s[2] for s in _sides(text) if "CAN" in s[2]] == [["CAN", "JOR"]]
