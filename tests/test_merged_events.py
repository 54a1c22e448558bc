"""Events kept apart in clustering and clause windows (syriadiplo.events.clustering, clauses): a meeting on the
sidelines of a gathering, and talks with another side than the body a meeting told before was with."""
from __future__ import annotations

from syriadiplo.io.inputs import Source
from syriadiplo.pipeline import extract_source


def _records(text):
    return extract_source(Source(text, "m", "-"))


def _sides(r):
    return sorted(p.name or p.role or p.country or "-" for p in r.participants)


def test_a_meeting_on_the_sidelines_of_a_gathering_is_an_event_of_its_own():
    text = ("سينتقل وزير الخارجية البريطاني فيليب هاموند يوم الثلاثاء إلى الكويت حيث سيلتقي نظراءه في دول مجلس التعاون الخليجي. "
            "وعلى هامش اللقاء مع وزراء خارجية مجلس التعاون الخليجي في الكويت، سيلتقي هاموند نظيره الياباني فوميو كيشيدا.")
    recs = _records(text)
    with_japan = [r for r in recs if "فوميو كيشيدا" in _sides(r)]
    assert len(with_japan) == 1, recs
    assert _sides(with_japan[0]) == ["فوميو كيشيدا", "فيليب هاموند"], recs
    assert any("فوميو كيشيدا" not in _sides(r) and "فيليب هاموند" in _sides(r) for r in recs), recs


def test_talks_with_a_state_are_not_the_meeting_with_a_body_told_before():
    text = ("التقى وزير الخارجية البريطاني فيليب هاموند أمس في الكويت نظراءه في دول مجلس التعاون الخليجي. "
            "وبحث هاموند مع النرويج العلاقات الثنائية.")
    gulf = [r for r in _records(text) if any("مجلس التعاون" in (p.role or "") for p in r.participants)]
    assert len(gulf) == 1 and [e.start for e in gulf[0].evidence] == [0], gulf
    assert not any(p.country == "NOR" for p in gulf[0].participants), gulf

