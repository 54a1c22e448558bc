"""The `topics` labels of a record (resources/ar/topics.tsv): the keywords of the event's own sentences,
the states named in what was discussed, and the sentences after the event that go on about it.

The sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from syriadiplo.pipeline import extract_text


def _labels(text: str) -> list[list[str]]:
    return [r.topics for r in extract_text(text)]


@pytest.mark.parametrize("text", [
    "بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره التركي هاكان فيدان الوضع في شمال سوريا.",
    "بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره التركي هاكان فيدان تطورات الأوضاع في سوريا.",
    "بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره التركي هاكان فيدان القضية السورية.",
    "بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره التركي هاكان فيدان الوضع السوري.",
    "بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره التركي هاكان فيدان الأوضاع بسوريا.",
])
def test_ways_of_naming_the_syrian_file(text):
    assert ["syria_settlement"] in _labels(text) or any("syria_settlement" in got for got in _labels(text))


def test_a_state_named_in_what_was_discussed_gives_its_label():
    text = "تلقى وزير الخارجية القطري اتصالا هاتفيا من نظيره الأمريكي ماركو روبيو بحثا خلاله الأوضاع في لبنان وسوريا."
    assert all("syria_settlement" in got for got in _labels(text))


def test_a_state_that_names_a_side_gives_no_label():
    text = "بحث الرئيس السوري أحمد الشرع مع نظيره التركي رجب طيب أردوغان التعاون الاقتصادي."
    got = _labels(text)
    assert got and all("syria_settlement" not in labels for labels in got)


def test_a_sentence_that_goes_on_about_the_meeting_lends_its_labels():
    # خلال اللقاء refers to the meeting told before: no new event, so the sentences after it still speak of it
    text = ("التقى وزير الخارجية العراقي فؤاد حسين نظيره السعودي فيصل بن فرحان في الرياض. "
            "وذكر بيان للخارجية أنه: \"خلال اللقاء، سلم حسين دعوة رسمية لحضور القمة العربية\". "
            "وأضاف أن \"الجانبين أكدا عمق العلاقات الثنائية\".")
    assert _labels(text) == [["bilateral_relations", "iraq"]]


def test_a_sentence_about_another_meeting_lends_none():
    text = ("استقبل الرئيس السوري أحمد الشرع وزير الخارجية العماني بدر البوسعيدي في دمشق. "
            "والتقى وزير الخارجية السوري أسعد الشيباني في عمان نظيره الأردني أيمن الصفدي وبحثا عودة اللاجئين.")
    got = {tuple(sorted(r.topics)): r for r in extract_text(text)}
    assert any("refugees" not in labels for labels in got)


def test_the_aim_of_a_tour_named_again_is_its_topic():
    # الهدف من هذه الجولة: the tour told before; each visit of it takes what the aim names
    text = ("قال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي إن \"وزير الخارجية عباس عراقجي سيبدأ غدا جولة في شمال "
            "أفريقيا تشمل الجزائر وتونس\". وأوضح بقائي أن الهدف من هذه الجولة هو \"بحث تعزيز العلاقات الاقتصادية\".")
    recs = extract_text(text)
    assert len(recs) == 2
    assert {r.topic for r in recs} == {"تعزيز العلاقات الاقتصادية"}
    assert all("bilateral_relations" in r.topics for r in recs)


@pytest.mark.parametrize("phrase", ["العلاقات الدبلوماسية بين البلدين", "سبل التعاون بينهما", "أوجه التعاون القائمة",
                                    "مجالات التعاون بينهما", "علاقاتهما", "العلاقات بين الجانبين"])
def test_ways_of_naming_the_relations_of_the_two_sides(phrase):
    text = f"بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره التركي هاكان فيدان {phrase}."
    assert all("bilateral_relations" in got for got in _labels(text)) and _labels(text)


@pytest.mark.parametrize("phrase", ["ملف المياه", "التوتر في العلاقات بين روسيا وأوكرانيا"])
def test_relations_not_their_own_give_no_label(phrase):
    # (relations between two others are what was discussed, not the sides' own)
    text = f"بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره التركي هاكان فيدان {phrase}."
    assert all("bilateral_relations" not in got for got in _labels(text)) and _labels(text)


def test_a_fuller_headline_topic_comes_from_the_event_not_from_other_talks_after_it():
    # the body's later phrase extends the headline's only when its sentence names no one but the event's sides
    text = ("الصفدي يبحث مع فيدان العلاقات\n"
            "استقبل وزير الخارجية الأردني أيمن الصفدي في عمان أمس وزير الخارجية التركي هاكان فيدان.\n"
            "وفي سياق منفصل، بحث وزير التجارة الأردني سامي الحلبي مع السفير الياباني كينجي ساتو العلاقات التجارية مع البرازيل.")
    topics = {r.participants[0].name: r.topic for r in extract_text(text)}
    assert topics["أيمن الصفدي"] == "العلاقات"
