"""Where a meeting took place when its own clause names no city: the city of the visit or session told
before it, a city of the state it names told in one of its sentences, a city after a place noun.

The sentences are made up for these tests.
"""
from __future__ import annotations

import pytest

from syriadiplo.pipeline import extract_text


def _places(text: str) -> dict[str, str | None]:
    """Per record, its counterparts' last names (sorted, joined by +) -> its location's name."""
    out = {}
    for r in extract_text(text):
        key = "+".join(sorted((p.name or p.country or "").split()[-1] for p in r.participants))
        out[key] = r.location.name if r.location else None
    return out


def test_meetings_on_the_margin_of_a_session_take_its_city():
    text = ("عقد وزير الخارجية السوري أسعد الشيباني لقاءات ثنائية على هامش أعمال القمة العربية المنعقدة في مدينة بغداد.\n"
            "وفي هذا الإطار، التقى الشيباني نظيره المصري بدر عبد العاطي، وبحثا العلاقات الثنائية.\n"
            "كما التقى الشيباني نظيره الأردني أيمن الصفدي.")
    assert set(_places(text).values()) == {"بغداد"}


def test_meetings_during_a_visit_take_its_city():
    text = ("وصل وزير الخارجية العراقي فؤاد حسين اليوم إلى طهران في زيارة رسمية.\n"
            "ومن المقرر أن يلتقي حسين خلال الزيارة نظيره الإيراني عباس عراقجي.")
    assert list(_places(text).values()) == ["طهران"]


def test_a_session_of_another_sentence_far_back_is_no_frame():
    text = ("عقد وزير الخارجية السوري أسعد الشيباني لقاءات على هامش أعمال القمة العربية المنعقدة في مدينة بغداد.\n"
            "وتحدث الوزير عن الاقتصاد.\nوقالت الوزارة إن الطقس كان حارا.\nوأعلنت الوزارة برنامج الأسبوع.\n"
            "والتقى وزير الخارجية المصري بدر عبد العاطي نظيره الأردني أيمن الصفدي.")
    assert list(_places(text).values()) == [None]


def test_a_city_of_the_state_the_event_names():
    text = ("ومن المقرر أن يلتقي الرئيس الإيراني مسعود بزشكيان نظيره التركي رجب طيب أردوغان في إيران.\n"
            "وقال المتحدث إن اللقاء سيعقد في طهران الشهر المقبل.")
    assert list(_places(text).values()) == ["طهران"]


def test_a_city_after_an_airport():
    text = "الرئيس المصري عبد الفتاح السيسي يزور السعودية، والملك سلمان في مقدمة مستقبليه بمطار الرياض، ويؤكدان خلال اجتماعهما عمق العلاقات."
    assert list(_places(text).values()) == ["الرياض"]


def test_a_city_that_hosts_the_meeting_is_its_place():
    text = "إسطنبول تستقبل اجتماعا بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان في أبريل."
    assert _places(text) == {"أردوغان+بوتين": "إسطنبول"}


def test_a_city_that_hosts_something_else_is_not_the_place_of_a_meeting_told_after():
    text = "وقال الوزير إن دمشق تستقبل اللاجئين، بعد أن التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان."
    assert _places(text) == {"أردوغان+بوتين": None}


def test_a_visit_to_a_place_with_the_proclitic_of_destination_is_there():
    # للقاهرة: ل before the article (its alef dropped); the place is written with the article
    assert _places("وأشاد الوزير بزيارة وزير الخارجية الفرنسي جان نويل بارو للقاهرة الأسبوع الماضي.") == {"EGY+بارو": "القاهرة"}
    # للبنان: the name itself starts with ل
    assert _places("وأشاد الوزير بزيارة وزير الخارجية الفرنسي جان نويل بارو للبنان الأسبوع الماضي.") == {"LBN+بارو": "لبنان"}


def test_a_city_name_inside_an_idiom_is_no_place():
    # مسقط رأسه: his birthplace, not Muscat
    text = "وتأتي زيارة الرئيس الأمريكي دونالد ترامب إلى مسقط رأسه بعد لقائه رئيس الوزراء البريطاني كير ستارمر."
    assert _places(text) == {"ترامب+ستارمر": None}


def test_a_visit_is_in_the_state_of_its_destination_not_where_it_is_spoken_of():
    # في باريس: where the minister spoke; the visit was to Lebanon
    text = "وأشاد وزير الخارجية الفرنسي جان نويل بارو في باريس أمس بزيارته الأخيرة إلى لبنان."
    assert _places(text) == {"LBN+بارو": "لبنان"}


def test_amman_read_as_the_city_is_jordans_not_oman():
    """عمان is Amman and Oman: where the sentence reads the city (the Jordanian king receives in it), the place
    is Jordan's capital."""
    (rec,) = extract_text("استقبل الملك عبدالله الثاني في عمان أمس الأمير محمد بن سلمان.")
    assert (rec.location.name, rec.location.country) == ("عمان", "JOR")


def test_a_place_of_a_fronted_clause_gives_way_to_the_clause_of_the_trigger():
    # the destination of a departure told before the comma is not where the ministers met
    text = "وقبل توجه الرئيس الإيراني إلى أنقرة، التقى وزير الخارجية الإيراني عباس عراقجي نظيره التركي هاكان فيدان في إسطنبول."
    assert list(_places(text).values()) == ["إسطنبول"]
    # but حيث after the comma refers to the place before it
    text = ("وسينتقل وزير الخارجية الأمريكي جون كيري الاثنين إلى الدوحة، حيث سيلتقي نظراءه في دول مجلس التعاون الخليجي، "
            "لتهدئة مخاوفهم الناتجة عن الاتفاق الذي أبرم في فيينا.")
    assert [r.location.name if r.location else None for r in extract_text(text)] == ["الدوحة"]


@pytest.mark.parametrize("text, place", [
    # a verb of arrival takes its subject to the state after الى, then حيث or و tells the meeting there
    ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى مصر حيث التقى نظيره المصري سامح شكري.", ("مصر", "EGY")),
    ("وصل وزير الخارجية الإيراني محمد جواد ظريف إلى الكويت والتقى نظيره الكويتي صباح الخالد.", ("الكويت", "KWT")),
    # the name of a state and a capital is the capital after الى, as after في
    ("غادر ولي العهد السعودي اليوم إلى عمان حيث التقى الملك عبد الله الثاني.", ("عمان", "JOR")),
    # a destination after the meeting is where the visitor goes next, not where they met
    ("التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره الكويتي صباح الخالد قبل أن يتوجه إلى قطر.", None),
    # a state after الى with no verb of arrival before it is no place
    ("أشار وزير الخارجية الإيراني محمد جواد ظريف إلى مصر في كلمته، ثم التقى نظيره المصري سامح شكري.", None),
])
def test_a_state_a_verb_of_arrival_names_is_the_place_of_the_meeting_after_it(text, place):
    (rec,) = extract_text(text)
    assert ((rec.location.name, rec.location.country) if rec.location else None) == place


def test_a_place_after_a_verb_of_moving_on_is_where_the_subject_goes_next():
    recs = extract_text("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس. وسيلتقي، اليوم، نظيره المصري سامح شكري، "
                        "وينتقل كيري، غدا، إلى الدوحة، حيث سيلتقي نظراءه في دول مجلس التعاون الخليجي.")
    by_side = {tuple(sorted(p.country or p.organization or "" for p in r.participants)): r.location for r in recs}
    assert by_side[("EGY", "USA")].country == "EGY"
    assert by_side[("GCC", "USA")].name == "الدوحة"


@pytest.mark.parametrize("text, place", [
    # the city an ambassador is posted to, told inside his title, is where he is received
    ("وذلك خلال استقبال الرئيس السوري بشار الأسد سفير بيونغ يانغ في دمشق مون جونغ نام.", ("دمشق", "SYR")),
    ("استقبل الرئيس السوري بشار الأسد سفير روسيا في دمشق ألكسندر يفيموف.", ("دمشق", "SYR")),
    # not the city of a post in a state no other person is of, nor before the place the text names
    ("استقبل وزير الخارجية الروسي سيرغي لافروف سفير سورية في بكين عماد مصطفى.", None),
    ("استقبل وزير الخارجية الروسي سيرغي لافروف السفير الأمريكي في دمشق روبرت فورد في موسكو.", ("موسكو", "RUS")),
])
def test_the_city_an_envoy_is_posted_to_is_where_he_is_met(text, place):
    (rec,) = extract_text(text)
    assert ((rec.location.name, rec.location.country) if rec.location else None) == place


@pytest.mark.parametrize("text,city", [
    # seats.tsv: a palace where receptions are held gives the city it stands in, spelled as the article writes it
    ("التقى ولي العهد السعودي الأمير تركي بن فهد في قصر السلام وزير الخارجية البرازيلي ماورو فييرا.", "جدة"),
    ("التقى ولي العهد السعودي الأمير تركي بن فهد في قصر اليمامة وزير الخارجية البرازيلي ماورو فييرا.", "الرياض"),
    # a city written with the seat comes first: a palace of that name stands in more than one capital
    ("التقى الرئيس العراقي سامي الحلبي في قصر السلام ببغداد وزير الخارجية البرازيلي ماورو فييرا.", "بغداد"),
    # no party of the seat's state: another palace of that name, no place
    ("التقى الرئيس العراقي سامي الحلبي في قصر السلام وزير الخارجية البرازيلي ماورو فييرا.", None),
])
def test_a_seat_of_receptions_gives_its_city(text, city):
    assert list(_places(text).values()) == [city]


def test_a_city_written_inside_another_word_is_no_spelling_of_it():
    # (وجده, "he found it", holds the letters of the normalized جده: the record spells the city from spellings.tsv)
    text = ("التقى ولي العهد السعودي الأمير تركي بن فهد في قصر السلام وزير الخارجية البرازيلي ماورو فييرا، "
            "الذي شكره على ما وجده من حفاوة.")
    assert list(_places(text).values()) == ["جدة"]


def _report(place_line: str, body: str) -> dict[str, str | None]:
    return _places(f"الرئيس البرازيلي يستقبل وزير الخارجية الياباني\n{place_line}\n{body}")


@pytest.mark.parametrize("line", ["برازيليا: وكالات", "برازيليا - سامي الحلبي", "وكالة الأنباء (برازيليا)",
                                  "صحيفة الصباح (برازيليا، طوكيو)"])
def test_a_line_that_places_the_report_places_a_meeting_told_nowhere(line):
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه العلاقات الثنائية."
    assert _report(line, body) == {"سوزوكي+فييرا": "برازيليا"}


def test_the_place_line_of_a_state_no_side_is_from_gives_no_place():
    # a wire story filed in a third state's capital: where the desk is, not the talks
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه العلاقات الثنائية."
    assert _report("لندن: وكالات", body) == {"سوزوكي+فييرا": None}


def test_a_long_line_or_one_that_tells_an_event_places_nothing():
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه العلاقات الثنائية."
    assert _report("برازيليا: قال مصدر مطلع إن الوزير الياباني وصل أمس في زيارة رسمية تستمر يومين", body) == {"سوزوكي+فييرا": None}


def test_a_headline_or_a_city_after_a_colon_is_no_place_line():
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه العلاقات الثنائية."
    assert _places(f"فييرا: برازيليا مستعدة للحوار\n{body}") == {"سوزوكي+فييرا": None}
    assert _report("سامي الحلبي: برازيليا", body) == {"سوزوكي+فييرا": None}


def test_a_place_line_yields_to_a_place_the_article_gives_before_the_meeting():
    # the report filed at home on a visit the article places abroad
    body = "وصل الرئيس البرازيلي ماورو فييرا إلى طوكيو أمس. والتقى فييرا وزير الخارجية الياباني تارو سوزوكي."
    assert _report("برازيليا - سامي الحلبي", body) != {"سوزوكي+فييرا": "برازيليا"}


def test_a_state_named_as_a_topic_before_the_meeting_does_not_unplace_the_report():
    # في فنزويلا is where the dialogue is, not a journey of the sides: the report's line still places the meeting
    body = "أكد الرئيس البرازيلي ماورو فييرا دعم بلاده للحوار في فنزويلا. واستقبل فييرا أمس وزير الخارجية الياباني تارو سوزوكي."
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": "برازيليا"}


def test_a_place_a_situation_noun_takes_does_not_unplace_the_report():
    # (SITUATION_NOUNS) الأوضاع في فنزويلا is what was discussed; جولته في فنزويلا is a journey, somewhere else
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه الأوضاع الحالية في فنزويلا."
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": "برازيليا"}
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه جولته الحالية في فنزويلا."
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": None}


def test_a_city_the_report_names_by_its_state_adjective_unplaces_the_report():
    # بمدينة «X» الأوغندية: a city the lexicon does not list, placed in Uganda by its adjective: not where the desk is
    body = ("انعقدت اليوم بمدينة «كوبالا» الأوغندية القمة التي يشارك فيها الرئيس البرازيلي ماورو فييرا "
            "ووزير الخارجية الياباني تارو سوزوكي.")
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": None}
    body = ("انعقدت اليوم القمة التي يشارك فيها الرئيس البرازيلي ماورو فييرا ووزير الخارجية الياباني تارو سوزوكي "
            "والرئيس الأوغندي سامي الحلبي.")
    assert _report("برازيليا (وكالات)", body) == {"الحلبي+سوزوكي+فييرا": "برازيليا"}  # (a side's adjective, no place)


def test_a_seat_or_a_joined_situation_noun_is_read_as_such():
    # في مقر السفارة اليابانية: the embassy's state, not where it stands (MISSION_NOUNS);
    # والأوضاع في فنزويلا: a situation noun with و is one still; مؤتمر الأمن في ميونخ: a journey (a gathering's name)
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي أمس في مقر السفارة اليابانية."
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": "برازيليا"}
    body = ("استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه العلاقات الثنائية "
            "والأوضاع في فنزويلا.")
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": "برازيليا"}
    body = ("وكان وزير الخارجية الياباني تارو سوزوكي قد وصل أمس للمشاركة في مؤتمر الأمن في ميونخ. "
            "والتقى سوزوكي الرئيس البرازيلي ماورو فييرا.")
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": None}


def test_an_airport_places_but_a_mission_does_not_and_a_conference_for_is_spoken_of():
    # في مطار «كوتوكا» الغاني: in Ghana; في مقر السفارة اليابانية: the embassy's state (MISSION_NOUNS); التحضيرات لمؤتمر
    # السلام في سوريا: what was discussed, not where anyone went (a gathering with ل is no place one goes to)
    body = "استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي أمس في مطار «كوتوكا» الغاني."
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": None}
    body = ("استقبل الرئيس البرازيلي ماورو فييرا وزير الخارجية الياباني تارو سوزوكي وبحث معه التحضيرات لمؤتمر "
            "السلام في سوريا.")
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": "برازيليا"}


@pytest.mark.parametrize("where", ["للمشاركة في اجتماع مجلس الأمن في نيويورك", "للمشاركة في محادثات السلام في جنيف",
                                   "إلى مدينة «كوبالا» الأوغندية"])
def test_a_journey_named_by_a_gathering_or_a_town_s_state_unplaces_the_report(where):
    # a gathering's nouns in a chain, talks, a town reached with إلى: where the visitor went, not the desk's city
    body = f"وكان وزير الخارجية الياباني تارو سوزوكي قد وصل أمس {where}. والتقى سوزوكي الرئيس البرازيلي ماورو فييرا."
    assert _report("برازيليا (وكالات)", body) == {"سوزوكي+فييرا": None}


def test_a_province_is_a_place_where_a_state_would_be_one():
    # (cities.tsv kind province: placed after the trigger it is where they met; after a noun it is what they spoke of)
    held = "التقى وزير الخارجية الياباني كينجي ساتو في محافظة الأنبار أمس محافظ الأنبار سامي الحلبي."
    assert _places(held) == {"الحلبي+ساتو": "الأنبار"}
    spoken_of = ("وخلال زيارته الأولى إلى العراق، بحث وزير الخارجية الياباني كينجي ساتو في العمليات العسكرية في محافظة "
                 "الأنبار مع رئيس الوزراء العراقي سامي الحلبي.")
    assert _places(spoken_of) == {"الحلبي+ساتو": "العراق"}


@pytest.mark.parametrize("text, place", [
    # a weak verb's topic listed on after a comma: a city there is more of what was discussed, not where they met
    ("واستعرض وزير الخارجية البرازيلي ماورو فييرا مع نظيره الياباني كينجي ساتو الظروف التي يعيشها قطاع غزة، "
     "والاعتداءات على المقدسات في القدس.", None),
    # (before the comma, or with no comma after the topic, the place stands)
    ("واستعرض وزير الخارجية البرازيلي ماورو فييرا مع نظيره الياباني كينجي ساتو في طوكيو الأوضاع في غزة، والاعتداءات "
     "على المقدسات في القدس.", "طوكيو"),
    ("واستعرض وزير الخارجية البرازيلي ماورو فييرا مع نظيره الياباني كينجي ساتو أعمال السفارة وذلك بمقرها في طوكيو.",
     "طوكيو"),
])
def test_a_place_in_a_weak_verbs_listed_topics_is_no_place_of_the_meeting(text, place):
    assert list(_places(text).values()) == [place]
