"""The event stage as steps over one Analysis: each fills its own field and rewrites no other's."""
from __future__ import annotations

import datetime

from syriadiplo.text.document import build_document
from syriadiplo.events.analysis import Analysis, SentInfo
from syriadiplo.events.steps import STEPS, extract_document

# made-up: a call told in the headline and the body, a visit with a meeting, and a quoted counterpart
TEXT = (
    "وزير الخارجية المصري يبحث هاتفيا مع نظيره الأردني الأوضاع في سوريا\n"
    "القاهرة - أجرى وزير الخارجية المصري سامح شكري اتصالا هاتفيا أمس مع نظيره الأردني أيمن الصفدي، "
    "بحثا خلاله تطورات الأزمة السورية.\n"
    "والتقى شكري بنظيره الفرنسي في اتصال هاتفي اليوم.\n"
    "ومن المقرر أن يزور الصفدي القاهرة الأسبوع المقبل حيث يلتقي الرئيس عبد الفتاح السيسي.\n"
)
FIELDS = [step.assigns for step in STEPS]


def _document():
    doc = build_document(TEXT, "t", "t.txt")
    doc.doc_date = datetime.date(2024, 3, 10)
    return doc


def _analysis() -> Analysis:
    return Analysis(_document())


def _value(v) -> str:
    """A field's value as text: a sentence's analysis without its match index (an object with no value repr)."""
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, SentInfo):
        return repr((v.sent, v.tokens, v.mentions, v.times, v.time_tok, v.triggers, sorted(v.phone_cues)))
    return repr(v)


def _state(an: Analysis) -> dict[str, str]:
    """Each step field as text: equal states mean nothing in it changed."""
    return {f: _value(getattr(an, f)) for f in FIELDS}


def test_each_step_fills_one_field_of_its_own_in_order():
    assert [s.name for s in STEPS] == ["tag", "mentions", "cluster", "records", "scope"]
    assert len(set(FIELDS)) == len(FIELDS)
    an = _analysis()
    assert all(not getattr(an, f) for f in FIELDS)
    for step in STEPS:
        before = _state(an)
        step.run(an)
        after = _state(an)
        assert after[step.assigns] != before[step.assigns], step.name
        assert {f: v for f, v in after.items() if f != step.assigns} == {
            f: v for f, v in before.items() if f != step.assigns}, f"{step.name} changed another step's field"


def test_the_steps_in_turn_are_extract_document():
    an = _analysis()
    for step in STEPS:
        step.run(an)
    assert [r.model_dump_json() for r in an.kept] == [
        r.model_dump_json() for r in extract_document(_document())]
    assert {r.type for r in an.kept} == {"phone_call", "meeting"}


def test_a_counterpart_takes_its_role_on_a_copy():
    """نظيره X takes the role of the person it is the counterpart of in the record, while the tag step's
    mention keeps what was found in the sentence (no role of its own)."""
    an = _analysis()
    for step in STEPS:
        step.run(an)
    call = next(r for r in an.kept if r.type == "phone_call")
    assert {p.name: p.role for p in call.participants}["أيمن الصفدي"] == "وزير الخارجية"
    found = [m for info in an.infos for m in info.mentions if m.counterpart]
    assert found and all(m.role is None for m in found)
