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
    gulf = [r for r in _records(text) if any(p.organization == "GCC" for p in r.participants)]
    assert len(gulf) == 1 and [e.start for e in gulf[0].evidence] == [0], gulf
    assert not any(p.country == "NOR" for p in gulf[0].participants), gulf



def test_a_lead_without_a_time_joins_the_dated_event_that_names_its_persons():
    # the lead names the French president; the Thursday visit names France only, the Friday meeting names him
    text = ("الأربعاء 12 مارس\n"
            "رئيس الوزراء البريطاني يلتقي هولاند لبحث الهجرة\n"
            "لندن - أفادت صحيفة بريطانية اليوم بأنه من المتوقع أن يزور رئيس الوزراء البريطاني ديفيد كاميرون فرنسا يوم الخميس "
            "لبحث أزمة المهاجرين. وقال مسؤولون إنه في صباح يوم الجمعة سيلتقي كاميرون بالرئيس الفرنسي فرانسوا هولاند في باريس.")
    recs = _records(text)
    by_time = {r.time.text: r for r in recs if r.time}
    assert set(by_time) == {"يوم الخميس", "صباح يوم الجمعة"}, recs
    assert _sides(by_time["يوم الخميس"]) == ["FRA", "ديفيد كاميرون"], recs
    assert _sides(by_time["صباح يوم الجمعة"]) == ["ديفيد كاميرون", "فرانسوا هولاند"], recs
    assert text.index("رئيس الوزراء البريطاني يلتقي") in [e.start for e in by_time["صباح يوم الجمعة"].evidence], recs


def test_a_lead_without_a_time_stays_with_the_one_dated_event_it_fits():
    # no other event names the French president: the lead and the Thursday visit are one event
    text = ("الأربعاء 12 مارس\n"
            "رئيس الوزراء البريطاني يلتقي هولاند لبحث الهجرة\n"
            "لندن - أفادت صحيفة بريطانية اليوم بأنه من المتوقع أن يزور رئيس الوزراء البريطاني ديفيد كاميرون فرنسا يوم الخميس "
            "لبحث أزمة المهاجرين.")
    recs = _records(text)
    assert len(recs) == 1 and len(recs[0].evidence) == 2 and recs[0].time.text == "يوم الخميس", recs
    assert _sides(recs[0]) == ["ديفيد كاميرون", "هولاند"], recs


def test_a_back_reference_dated_another_year_is_not_the_event_told_before():
    text = ("زار الأمير بندر بن سلطان موسكو في يوليو 2007 والتقى الرئيس الروسي فلاديمير بوتين. "
            "وتوجه الأمير بندر إلى العاصمة الروسية مجددا في يناير 2013، وهي الزيارة التي قيل إنها تضمنت عرضا لشراء أسلحة.")
    recs = _records(text)
    assert len(recs) == 1 and [e.start for e in recs[0].evidence] == [0], recs


def test_a_planned_visit_named_bare_is_not_the_meeting_told_as_earlier():
    text = ("وكانت موسكو قد رحبت بالقرار في أبريل الماضي، وهو ما لقي ترحيب الملك سلمان بن عبد العزيز في لقائه مع الرئيس "
            "فلاديمير بوتين في موسكو. ويرى مراقبون أن الأمر يأتي في إطار الإعداد لزيارة خادم الحرمين الشريفين لموسكو في الخريف.")
    recs = _records(text)
    # (the king, named by his epithet, plans the visit: a coming event of its own)
    assert [(r.status, [e.start for e in r.evidence]) for r in recs] == [("occurred", [0]), ("planned", [132])], recs


def test_a_back_reference_of_the_same_month_is_the_event_told_before():
    text = ("زار الأمير بندر بن سلطان موسكو في يوليو 2007 والتقى الرئيس الروسي فلاديمير بوتين. "
            "وكانت الزيارة في 21 يوليو 2007 قد شهدت توقيع اتفاقية للتعاون العسكري.")
    recs = _records(text)
    assert len(recs) == 1 and len(recs[0].evidence) == 2, recs


def test_a_back_reference_told_on_another_day_by_a_relative_word_is_the_event_told_before():
    # اليوم dates the statement (or names a newspaper), not another visit
    text = ("التقى الرئيس المصري عبد الفتاح السيسي أمس في القاهرة ولي العهد السعودي الأمير محمد بن سلمان. "
            "وقد صدر اليوم بيان مشترك في ختام الزيارة.")
    recs = _records(text)
    assert len(recs) == 1 and len(recs[0].evidence) == 2, recs
