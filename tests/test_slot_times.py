"""When an event was, and who placed a call, as the records give them.

A vague time (مؤخراً) dates a meeting when nothing closer does; the day a planned meeting was reported is
not its day; a sentence of the event's evidence may date it; a call's caller is the subject of اتصل
wherever it stands, not the one called (بـ). The sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from syriadiplo.pipeline import extract_text


def _one(text: str, doc_date: str | None = None):
    recs = extract_text(text, doc_date=doc_date)
    assert len(recs) == 1, [r.participants for r in recs]
    return recs[0]


def test_a_vague_time_dates_a_meeting_that_took_place():
    r = _one("التقى وزير الخارجية المصري بدر عبد العاطي مؤخرا نظيره الأردني أيمن الصفدي في عمان.")
    assert r.time is not None and r.time.text == "مؤخرا"


def test_a_specific_time_beats_a_vague_one():
    r = _one("التقى وزير الخارجية المصري بدر عبد العاطي أمس نظيره الأردني أيمن الصفدي في عمان، بعد لقاءات عقدها مؤخرا.")
    assert r.time is not None and r.time.text == "أمس"


def test_the_day_a_planned_meeting_was_reported_is_not_its_day():
    r = _one("أعلنت الخارجية المصرية اليوم الاثنين أن الوزير بدر عبد العاطي سيلتقي نظيره الأردني أيمن الصفدي في عمان.",
             doc_date="2025-03-10")
    assert r.time is None


def test_a_time_after_a_source_dates_the_report():
    r = _one("من المقرر أن يلتقي وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي في عمان، "
             "حسبما أفادت وكالة الأنباء اليوم الأربعاء.", doc_date="2025-03-12")
    assert r.time is None


def test_a_sentence_of_the_evidence_dates_a_planned_meeting():
    r = _one("من المقرر أن يلتقي وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي في عمان. "
             "ولم يحدد موعد اللقاء بين عبد العاطي والصفدي، إلا أن مصادر رجحت أن يكون اللقاء خلال هذا الشهر.",
             doc_date="2025-03-12")
    assert r.time is not None and "هذا الشهر" in r.time.text


def test_the_day_a_past_call_was_announced_dates_it():
    r = _one("وأعلنت الخارجية الروسية في بيان مساء السبت أن لافروف اتصل بوزير الخارجية الفرنسي جان نويل بارو "
             "وأطلعه على نتائج الاجتماع.\nوكان وزير الخارجية الروسي سيرغي لافروف قد وصل إلى أنقرة.", doc_date="2025-03-15")
    assert r.time is not None and r.time.text == "مساء السبت"


def test_the_caller_stands_before_the_call_verb():
    r = _one("وأعلنت الخارجية الروسية أن وزير الخارجية الروسي سيرغي لافروف اتصل بوزير الخارجية الفرنسي جان نويل بارو.")
    assert r.initiator == "RUS"


def test_the_caller_stands_after_the_call_verb():
    r = _one("اتصل وزير الخارجية الفرنسي جان نويل بارو بنظيره الروسي سيرغي لافروف.")
    assert r.initiator == "FRA"


def test_a_call_received_from_someone():
    r = _one("وجرى خلال اتصال هاتفي تلقاه الرئيس السوري أحمد الشرع من الرئيس الروسي فلاديمير بوتين بحث الوضع في المنطقة.")
    assert r.initiator == "RUS"


def test_the_day_of_a_journey_dates_the_meeting_it_leads_to():
    r = _one("ويتوجه وزير الخارجية التركي هاكان فيدان اليوم إلى طهران، حيث من المقرر أن يلتقي نظيره الإيراني عباس عراقجي.",
             doc_date="2025-03-10")
    assert r.time is not None and r.time.text == "اليوم"


def test_a_time_ahead_in_the_evidence_does_not_date_a_meeting_held():
    r = _one("التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي في طهران. "
             "وقال البيان إن اللقاء بين فيدان وعراقجي سيتبعه اجتماع وزاري مطلع الشهر المقبل.", doc_date="2025-03-10")
    assert r.time is None or "المقبل" not in r.time.text


_FRAME = ("عقد وزير الخارجية السوري أسعد الشيباني لقاءات ثنائية على هامش الاجتماع الوزاري في الدوحة. "
          "وكان الشيباني قد التقى في وقت سابق عددا من وزراء الخارجية العرب. ")


def test_a_sentence_that_details_the_one_before_takes_its_time():
    recs = extract_text(_FRAME + "فقد التقى نظيره العراقي فؤاد حسين وبحث معه العلاقات الثنائية. "
                        "كما اجتمع مع وزير الخارجية الماليزي محمد حسن.")
    assert [(r.participants[1].name, r.time and r.time.text) for r in recs] == [
        ("فؤاد حسين", "في وقت سابق"), ("محمد حسن", "في وقت سابق")]


def test_a_sentence_that_does_not_go_on_from_the_one_before_keeps_no_time():
    r = _one(_FRAME + "والتقى الشيباني نظيره العراقي فؤاد حسين وبحث معه العلاقات الثنائية.")
    assert r.time is None


_MARGIN = ("نقلت وكالة الأنباء عن وزير الخارجية الروسي سيرغي لافروف قوله، اليوم الاثنين، إنه قد يلتقي نظيره الأميركي "
           "مايك بومبيو على هامش قمة مجموعة العشرين في الأرجنتين. ")


def test_a_meeting_on_the_margin_of_a_summit_takes_the_day_the_summit_is_held():
    r = _one(_MARGIN + "وتعقد قمة مجموعة العشرين يومي 20 و21 مايو الجاري.", doc_date="2025-05-05")
    assert r.time is not None and r.time.text == "يومي 20 و21 مايو الجاري" and r.time.value == "2025-05-20"


def test_the_day_another_gathering_is_held_does_not_date_it():
    r = _one(_MARGIN + "وتعقد قمة منظمة شنغهاي يومي 20 و21 مايو الجاري.", doc_date="2025-05-05")
    assert r.time is None


def test_a_call_with_no_time_of_its_own_takes_the_one_a_later_sentence_gives_it_in_a_relative_clause():
    r = _one("بحث الرئيس التركي رجب طيب أردوغان مع أمير قطر الشيخ تميم بن حمد آل ثاني هاتفيا الأوضاع في سوريا. "
             "وذكرت مصادر في الرئاسة أن المسؤولين بحثوا، في الاتصال الذي جرى مساء الخميس، أمن الحدود.")
    assert r.time is not None and r.time.text == "مساء الخميس"


def test_a_time_after_an_event_word_with_no_relative_clause_is_not_carried():
    # بزيارة إلى دمشق الأربعاء المقبل: another visit's day, not the one of the call before
    r = _one("بحث الرئيس التركي رجب طيب أردوغان مع أمير قطر الشيخ تميم بن حمد آل ثاني هاتفيا الأوضاع في سوريا. "
             "وذكرت مصادر في الرئاسة أن الاتصال مهد لزيارة إلى الدوحة الأسبوع المقبل.")
    assert r.time is None


@pytest.mark.parametrize("text, doc_date, when", [
    # SINCE_OFFICE: the month after «since he took office» is when he took it, not when he visits
    ("التقى وزير الدفاع الأمريكي لويد أوستن في بغداد رئيس الوزراء العراقي محمد شياع السوداني، في أول زيارة "
     "له منذ تسلمه مهامه في يناير.", "2023-03-08", None),
    # beyond SINCE_REACH tokens the time is the visit's own (the office's is told without one)
    ("التقى الرئيس الأمريكي جو بايدن الملك عبد الله الثاني في أول زيارة يقوم بها منذ توليه منصب الرئاسة للمملكة "
     "الأردنية يوم الجمعة.", "2023-03-12", "يوم الجمعة"),
])
def test_a_time_of_taking_office_does_not_date_the_visit(text, doc_date, when):
    r = _one(text, doc_date=doc_date)
    assert (r.time.text if r.time else None) == when


@pytest.mark.parametrize("text, when", [
    # AGREEMENT_NOUNS: a time in a relative clause on an agreement dates the agreement
    ("زار وزير الخارجية الهندي سوبرامانيام جايشانكار الكويت أمس في أول جولة بعد الاتفاق الذي أبرمته بلاده مع "
     "دول الخليج في 14 يوليو.", "أمس"),
    ("زار وزير الخارجية الهندي سوبرامانيام جايشانكار الكويت في أول جولة بعد الاتفاق الذي أبرمته بلاده مع "
     "دول الخليج في 14 يوليو.", None),
    # a relative clause closed by a comma before the time leaves it the talks'
    ("بحث وزير الخارجية الهندي سوبرامانيام جايشانكار مع نظيره الياباني كينجي ساتو الاتفاق الذي وقعه البلدان، اليوم "
     "الثلاثاء، في طوكيو.", "اليوم الثلاثاء"),
    # a relative clause on another noun leaves the time the visit's
    ("زار وزير الخارجية الهندي سوبرامانيام جايشانكار الكويت في أول جولة يقوم بها الوزير الذي تسلم منصبه، "
     "في 14 يوليو.", "14 يوليو"),
])
def test_a_time_of_an_agreement_in_a_relative_clause_does_not_date_the_visit(text, when):
    r = _one(text, doc_date="2015-07-27")
    assert (r.time.text if r.time else None) == when



def test_a_day_before_after_still_dates_a_call_no_other_sentence_dates():
    r = _one("تسلم الرئيس الفنلندي اليوم الجمعة أوراق اعتماد سفراء جدد عقب محادثات هاتفية مع الرئيس الإستوني.", "2024-03-08")
    assert r.time is not None and r.time.value == "2024-03-08"


def test_a_day_ahead_before_after_dates_the_talks_ahead():
    r = _one("يصدر غدا بيان مشترك إثر محادثات بين رئيسي وزراء فنلندا وإستونيا في تالين.", "2024-03-08")
    assert r.status == "planned" and r.time is not None and r.time.value == "2024-03-09"
