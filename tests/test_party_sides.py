"""Each side of a record as the text names it: the body or state an office belongs to, and no side a
reader cannot tell (made-up sentences)."""
from __future__ import annotations

import pytest

from syriadiplo.events import tagging
from syriadiplo.events.analysis import Analysis
from syriadiplo.io.inputs import Source
from syriadiplo.pipeline import build_document, extract_source, extract_text


def _sides(text: str) -> list[tuple]:
    recs = extract_text(text)
    assert len(recs) == 1, recs
    return [(p.name, p.role, p.country, p.organization) for p in recs[0].participants]


def test_state_after_in_closes_the_office_and_leaves_the_role():
    sides = _sides("استقبل وزير الخارجية الأردني أيمن الصفدي أمس وزير الدولة لشؤون الدفاع بدولة قطر حمد بن علي العطية.")
    assert ("حمد بن علي العطية", "وزير الدولة لشؤون الدفاع", "QAT", None) in sides
    sides = _sides("استقبل وزير الخارجية الأردني أيمن الصفدي أمس وزير الخارجية بجمهورية مصر العربية سامح شكري.")
    assert ("سامح شكري", "وزير الخارجية", "EGY", None) in sides  # العربية is Egypt's name, not the Arab League


@pytest.mark.parametrize("text, side", [
    # عمان is Amman for a Jordanian office (where the talks are), not the state Oman in his role
    ("بحث أيمن الصفدي وزير الخارجية الأردني في عمان أمس مع وزير الخارجية الفرنسي جان نويل بارو الأوضاع في سوريا.",
     ("أيمن الصفدي", "وزير الخارجية", "JOR", None)),
    # an ambassador is never posted in his own capital: عمان after سفير الأردن is Oman, his post
    ("استقبل وزير الخارجية العماني يوسف بن علوي أمس في مسقط سفير الأردن في عمان محمد الداودية.",
     ("محمد الداودية", "سفير في عمان", "JOR", None)),
    # another state's capital after في stays the post's (the ambassador of Jordan in Cairo)
    ("التقى وزير الخارجية المصري سامح شكري أمس سفير الأردن في القاهرة أمجد العضايلة.",
     ("أمجد العضايلة", "سفير في القاهرة", "JOR", None)),
    # وزير الدفاع is definite: جمهورية مصر العربية after it is what he left, not his office's state
    ("غادر الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع جمهورية مصر العربية بعد زيارة عمل التقى خلالها الرئيس المصري عبدالفتاح السيسي.",
     ("محمد بن سلمان", "ولي ولي العهد وزير الدفاع", "SAU", None)),
    # a construct title (وزير خارجية مصر) takes the state after it
    ("استقبل وزير خارجية مصر سامح شكري في القاهرة وزير الخارجية الأمريكي جون كيري.",
     ("سامح شكري", "وزير خارجية", "EGY", None)),
])
def test_where_a_title_ends_around_a_place(text, side):
    assert side in _sides(text)


def test_title_after_a_prince_of_his_house_is_his():
    # no state told for the prince yet: his ruling family's (بن عبدالعزيز) is that of the title after his name
    sides = _sides("استقبل الرئيس المالديفي عبدالله يامين اليوم في ماليه الأمير الدكتور منصور بن متعب بن عبدالعزيز وزير الدولة عضو مجلس الوزراء مستشار خادم الحرمين الشريفين.")
    assert len(sides) == 2 and sides[1] == ("منصور بن متعب بن عبدالعزيز", "وزير الدولة عضو مجلس الوزراء مستشار خادم الحرمين الشريفين", "SAU", None)
    # a title of another state after him stays another person's
    sides = _sides("استقبل الأمير منصور بن متعب بن عبدالعزيز اليوم في الرياض وزير الخارجية المالديفي دنيا مأمون.")
    assert len(sides) == 2 and sides[1][2] == "MDV"


def test_a_word_written_with_madda_is_no_definite_genitive_of_the_title():
    # آلية normalizes to a word that looks definite; written with madda it is no article: the title ends with the state
    sides = _sides("بحث الرئيس اليمني عبدربه منصور هادي مع المشير عبدالفتاح السيسي رئيس جمهورية مصر العربية آلية تدريب الجيش اليمني.")
    assert sides[1][:3] == ("عبدالفتاح السيسي", "رئيس", "EGY")


@pytest.mark.parametrize("honorific", ["الشيخة", "السيدة", "الدكتورة"])
def test_a_womans_honorific_is_neither_title_nor_name(honorific):
    sides = _sides(f"واستقبلت رئيسة وزراء بنغلادش {honorific} نور أحمد رئيس الوزراء الهندي نارندرا مودي في دكا.")
    assert sides[0][:3] == ("نور أحمد", "رئيسة وزراء", "BGD")


def test_body_of_the_office_comes_from_the_title_before_the_lexicon():
    sides = _sides("استقبل الأمين العام لمجلس التعاون لدول الخليج العربية عبد اللطيف الزياني أمس في الرياض رئيس الوزراء اليمني خالد بحاح.")
    assert sides[0][2:] == (None, "GCC")  # persons.tsv gives him Bahrain; the title makes him the GCC's
    sides = _sides("التقى الأمين العام لمنظمة الدول المصدرة للنفط عبد الله البدري أمس وزير الطاقة الروسي ألكسندر نوفاك.")
    assert sides[0][2:] == (None, "OPEC")


def test_officer_of_a_body_in_a_state_is_the_bodys():
    sides = _sides("التقى وزير الخارجية اليمني رياض ياسين أمس في عدن المنسق الإنساني للأمم المتحدة في اليمن.")
    assert sides[1][2:] == (None, "UN")


def test_portfolio_adjective_is_no_body():
    sides = _sides("التقى المبعوث الأممي أمس نائب وزير الخارجية الإيراني للشؤون العربية والأفريقية حسين أمير عبد اللهيان.")
    assert ("حسين أمير عبد اللهيان", "IRN", None) in [(n, c, o) for n, _, c, o in sides]


def test_title_and_first_name_of_one_listed_person_give_his_state():
    sides = _sides("استقبل خادم الحرمين الشريفين الملك سلمان في جدة اليوم وزير الدفاع الأمريكي آشتون كارتر.")
    assert sides[0][2] == "SAU"


def test_title_and_first_name_of_two_listed_persons_give_no_state():
    sides = _sides("استقبل الملك عبدالله في عمّان اليوم وزير الدفاع الأمريكي آشتون كارتر.")
    assert sides[0][2] is None  # Saudi Arabia's king or Jordan's


def test_bare_title_with_no_state_beside_two_named_sides_is_left_out():
    sides = _sides("استقبل الأمير محمد بن سلمان ولي ولي العهد أمس الرئيس المصري عبد الفتاح السيسي بحضور ولي العهد.")
    assert [s[0] for s in sides] == ["محمد بن سلمان", "عبد الفتاح السيسي"]


def test_state_beside_its_own_official_named_before_is_left_out():
    recs = extract_text("التقى وزير الخارجية المصري سامح شكري أمس في الرياض وزير الخارجية السعودي عادل الجبير، "
                        "ثم التقى الجبير وشكري ومصر في جدة.")
    later = [(p.kind, p.country) for p in recs[-1].participants]
    assert ("state", "EGY") not in later  # Egypt is Shoukry's side, whose state his first mention gave


def test_chair_of_a_bodys_session_keeps_his_state():
    sides = _sides("زار وزير الخارجية السعودي عادل الجبير الدوحة أمس والتقى الشيخ تميم بن حمد آل ثاني رئيس الدورة الحالية "
                   "لمجلس التعاون لدول الخليج العربية.")
    assert sides[1][2:] == ("QAT", None)


def test_leader_named_for_his_vision_is_no_side():
    sides = _sides("وأكد الوزير أن اللقاء الذي جمع الرئيس المصري عبد الفتاح السيسي والأمير محمد بن سلمان أمس وضع أسسا للرؤية "
                   "التي طرحها خادم الحرمين الشريفين الملك سلمان بن عبد العزيز.")
    assert [s[0] for s in sides] == ["عبد الفتاح السيسي", "محمد بن سلمان"]


def test_addressee_of_the_greetings_a_guest_carries_is_no_side():
    sides = _sides("استقبل الملك عبد الله الثاني أمس ولي العهد السعودي الأمير محمد بن سلمان الذي حمله تحياته لخادم الحرمين "
                   "الشريفين الملك سلمان بن عبد العزيز.")
    assert [s[0] for s in sides] == ["عبد الله الثاني", "محمد بن سلمان"]


def test_greetings_and_their_verb_are_no_name():
    sides = _sides("استقبل العاهل الأردني الملك عبد الله الثاني أمس ولي ولي العهد السعودي حمله تحياته لخادم الحرمين الشريفين.")
    assert all(s[0] is None or "تحيات" not in s[0] for s in sides), sides


def test_state_spoken_of_well_after_both_sides_is_no_side():
    sides = _sides("واجتمع رئيس الوزراء الإيطالي ماتيو رينزي أمس مع نظيره الإسباني ماريانو راخوي، وانتقد الاثنان الاتفاق "
                   "التجاري الذي أبرمه الاتحاد مع الصين.")
    assert [s[2] for s in sides] == ["ITA", "ESP"]


def test_body_in_the_full_title_overrides_the_listed_state_of_a_surname_met_first():
    recs = extract_text("«الزياني» يبحث الأوضاع في اليمن\nأكد الأمين العام لمجلس التعاون لدول الخليج العربية عبد اللطيف "
                        "الزياني دعم المجلس لليمن. واستقبل الزياني أمس في الرياض رئيس الوزراء اليمني خالد بحاح.")
    zayani = [p for r in recs for p in r.participants if p.name and p.name.endswith("الزياني")]
    assert zayani and all((p.country, p.organization) == (None, "GCC") for p in zayani)


def test_attendees_are_listed_after_the_sides_who_met():
    # حضر اللقاء X وY: attendees take part, listed after the sides (RECORDS.md), even when they outnumber them
    text = ("التقى ولي العهد السعودي الأمير محمد بن سلمان في جدة اليوم الرئيس الشيشاني رمضان قديروف. "
            "حضر اللقاء وزير الخارجية السعودي عادل الجبير ووزير الدولة السعودي مساعد العيبان ورئيس الاستخبارات السعودي خالد الحميدان.")
    recs = extract_text(text)
    assert len(recs) == 1
    names = [p.name for p in recs[0].participants]
    assert names[:2] == ["محمد بن سلمان", "رمضان قديروف"] and "عادل الجبير" in names[2:], names


def test_the_two_countries_after_one_named_visitor_add_the_other_side():
    sides = _sides("أكد وزير الخارجية المصري سامح شكري أن العلاقات قوية. وقال شكري إن زيارة وزير الخارجية السعودي عادل"
                   " الجبير لمصر تأتي في إطار التواصل بين البلدين.")
    assert [(s[0], s[2]) for s in sides] == [("عادل الجبير", "SAU"), ("سامح شكري", "EGY")]


def test_headline_that_alone_names_the_sides_makes_the_record():
    sides = _sides("مباحثات مصرية إماراتية حول قناة السويس\nالقاهرة - وكالات\nوتأتي المباحثات في إطار تعزيز التعاون"
                   " الاقتصادي.")
    assert [(s[0], s[2]) for s in sides] == [(None, "EGY"), (None, "ARE")]


def test_headline_of_the_input_title_is_not_the_record_told():
    """A headline tells a past event in the present: the body's report of it makes the record, whether the headline
    was found as the title or given as one (a JSONL line's title, repeated as the text's first line)."""
    text = ("الأمير فيصل بن بندر يستقبل السفير الباكستاني\nالرياض - واس\nاستقبل الأمير فيصل بن بندر بن عبدالعزيز"
            " أمير منطقة الرياض أمس السفير الباكستاني.")
    for title in (None, text.split("\n")[0]):
        recs = extract_source(Source(text, "d", "-", title))
        assert [r.status for r in recs] == ["occurred"], title


def test_participle_after_the_counterparts_is_no_name():
    # ونظيريه الأمريكي والروسي منوها ب...: the participle opens the next clause; the Russian minister stays unnamed
    sides = _sides("وأشاد المتحدث بالاجتماع الذي عقد في الدوحة بين وزير الخارجية السعودي عادل الجبير ونظيريه الأمريكي"
                   " والروسي منوها بأهمية الاجتماع.")
    assert [(s[0], s[2]) for s in sides] == [("عادل الجبير", "SAU"), (None, "USA"), (None, "RUS")]


def test_compound_name_after_a_listed_name_by_lineage_closes_it():
    # يوسف بن علوي عبد الله: the family's compound name ends the listed person's name, it is no second person
    sides = _sides("وصل وزير الخارجية السوري وليد المعلم إلى مسقط أمس، والتقى الوزير العماني المسؤول عن الشؤون"
                   " الخارجية، يوسف بن علوي عبد الله.")
    assert [(s[0], s[2]) for s in sides] == [("وليد المعلم", "SYR"), ("يوسف بن علوي عبد الله", "OMN")]
    # a compound name with its own lineage after the listed name is the other side
    sides = _sides("استقبل الأمير محمد بن سلمان عبد الله بن زايد في جدة أمس.")
    assert [s[0] for s in sides] == ["محمد بن سلمان", "عبد الله بن زايد"]


def test_listed_title_is_not_given_to_a_namesake_of_a_listed_surname():
    # بسام الأسد shares only the surname of the listed president: no title from the list (nor his side: a family is
    # many persons, so the untitled namesake makes no second side); لافروف alone is the listed one
    recs = extract_text("التقى وزير الخارجية الأردني ناصر جودة أمس في عمان بسام الأسد.")
    assert not [p for r in recs for p in r.participants if p.name == "بسام الأسد" and (p.role or p.country)]
    sides = _sides("التقى وزير الخارجية الأردني ناصر جودة أمس في عمان لافروف.")
    assert sides[1][:3] == ("لافروف", "وزير الخارجية", "RUS")


def test_consul_general_in_a_city_then_his_name_after_a_comma_is_one_person():
    # القنصل الأمريكي العام الجديد في القدس، X: العام is part of the title, and the name in apposition is his
    sides = _sides("وأكد الرئيس الفلسطيني محمود عباس، أمس، أثناء لقائه القنصل الأميركي العام الجديد في القدس، دونالد"
                   " بلوم، أن الاستيطان يهدد السلام.")
    assert sides[1] == ("دونالد بلوم", "القنصل العام الجديد في القدس", "USA", None)
    sides = _sides("والتقى الرئيس محمود عباس القنصل الأميركي العام في القدس دونالد بلوم.")
    assert sides[1] == ("دونالد بلوم", "القنصل العام في القدس", "USA", None)


def test_title_between_commas_after_a_name_is_his_not_the_next_words():
    # X، الأمين العام لدول مجلس التعاون الخليجي، عودة الدبلوماسيين: the title is X's; عودة is a noun, no third person
    sides = _sides("في سياق متصل، بحث سامي الحداد، وزير الصحة اليمني، مع الدكتور عبد اللطيف الزياني، الأمين العام لدول"
                   " مجلس التعاون الخليجي، عودة الدبلوماسيين الخليجيين إلى عدن.")
    assert sides == [("سامي الحداد", "وزير الصحة", "YEM", None),
                     ("عبد اللطيف الزياني", "الأمين العام لدول مجلس التعاون الخليجي", None, "GCC")]
    # a listed person after the title between commas is its holder
    sides = _sides("استقبل بشار الأسد، وزير الخارجية الإيراني، محمد جواد ظريف في دمشق أمس.")
    assert sides[1] == ("محمد جواد ظريف", "وزير الخارجية", "IRN", None)


def test_counterpart_takes_the_office_of_the_first_person_before_with_one():
    # the first person named (untitled) has no office: ونظيره is the counterpart of the minister named after him
    sides = _sides("وعقد في فيينا أمس لقاء جمع سامي الحداد ووزير الخارجية السعودي عادل الجبير ونظيره التركي فريدون"
                   " سينيرلو.")
    assert ("فريدون سينيرلو", "وزير الخارجية", "TUR", None) in sides


def test_a_host_told_by_his_office_alone_stands_for_the_state_visited():
    sides = _sides("وأكد الرئيس المصري أهمية زيارة ولي ولي العهد السعودي الأمير محمد بن سلمان لمصر.")
    assert (None, "الرئيس", "EGY", None) in sides and (None, None, "EGY", None) not in sides
    # (two such offices of that state: which one received him is not told)
    sides = _sides("وأكد الرئيس المصري ورئيس الوزراء المصري أهمية زيارة ولي ولي العهد السعودي الأمير محمد بن سلمان لمصر.")
    assert (None, None, "EGY", None) in sides


def test_a_title_after_and_is_no_apposition_to_the_name_before():
    ex = Analysis(build_document("وحضر الأمير محمد بن سلمان والرئيس عبدالفتاح السيسي ووزير الدفاع المصري الحفل.", "t", "t.txt"))
    tagging.run(ex)
    assert [e.role for e in ex.reg.people if e.name == "عبدالفتاح السيسي"] == ["الرئيس"]


def test_a_line_of_attendees_refers_to_the_one_reception_told_further_back():
    text = ("استقبل الملك سلمان بن عبدالعزيز في قصر السلام أمس وزير الدفاع الأمريكي أشتون كارتر. "
            "ونقل كارتر للملك تحيات الرئيس الأمريكي. الملك يصافح الضيف. وجرى خلال الاستقبال بحث العلاقات. "
            "وأكد الوزير الأمريكي حرص بلاده على الاستقرار. وأشاد بالتعاون القائم. "
            "حضر الاستقبال وزير الخارجية السعودي عادل الجبير.")
    assert "عادل الجبير" in [p[0] for p in _sides(text)]
    # (not one told before another event of its type: the attendees are that one's)
    text = ("استقبل الملك سلمان بن عبدالعزيز في قصر السلام أمس وزير الدفاع الأمريكي أشتون كارتر. "
            "ونقل كارتر للملك تحيات الرئيس الأمريكي. الملك يصافح الضيف. وجرى خلال الاستقبال بحث العلاقات. "
            "وأكد الوزير الأمريكي حرص بلاده على الاستقرار. وأشاد بالتعاون القائم. وكان الوزير قد التقى في الدوحة "
            "وزير الخارجية القطري خالد العطية. وأشاد العطية بالتعاون. وقال إن الشراكة قوية. وأضاف أن التنسيق مستمر. "
            "وتابع أن الزيارة ناجحة. حضر الاستقبال وزير الخارجية السعودي عادل الجبير.")
    recs = extract_text(text)
    assert "عادل الجبير" not in [p.name for p in recs[0].participants]


@pytest.mark.parametrize("text, role, country", [
    # a group's role keeps the quantity before it and its nationality adjective (GROUP_QUANTITIES)
    ("التقى الرئيس السوري بشار الأسد أمس عددا من المسؤولين الإيرانيين.", "عددا من المسؤولين الإيرانيين", "IRN"),
    # (the city after the nationality is where they met: ner.SentenceNER._delegation)
    ("والتقى الرئيس السوري بشار الأسد وكبار المسؤولين الروس في موسكو.", "كبار المسؤولين الروس", "RUS"),
    # (a word before the group that is no quantity stays out)
    ("التقى الرئيس السوري بشار الأسد أمس المسؤولين الإيرانيين.", "المسؤولين الإيرانيين", "IRN"),
])
def test_a_groups_role_keeps_its_quantity_and_nationality(text, role, country):
    assert (None, role, country, None) in _sides(text)


def test_an_officer_of_an_international_body_takes_no_state_from_the_list():
    # persons.tsv lists al-Zayani with his nationality; as the GCC's secretary general he is the GCC's side
    sides = _sides("وأشار بحاح خلال تصريحات أعقبت لقاءه مع الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول "
                   "الخليج العربية إلى أن تحرير عدن بداية. وفي وقت لاحق اطلع عبد اللطيف الزياني على إنجازات المركز.")
    assert ("عبد اللطيف الزياني", "الأمين العام لمجلس التعاون لدول الخليج العربية", None, "GCC") in sides
    # (a listed person told with no body keeps the list's state)
    sides = _sides("التقى نائب الرئيس اليمني خالد بحاح في الرياض أمس عبد اللطيف الزياني.")
    assert ("عبد اللطيف الزياني", "BHR") in [(p[0], p[2]) for p in sides]


@pytest.mark.parametrize("text, role", [
    # a counterpart takes the role of the person of another state it stands for: the dropped subject's, not that
    # of the host named before it
    ("زار وزير الخارجية الفرنسي جان نويل بارو طهران أمس، والتقى الرئيس مسعود بزشكيان ونظيره عباس عراقجي.",
     "وزير الخارجية"),
    ("التقى الرئيس الإيراني مسعود بزشكيان أمس نظيره الفرنسي إيمانويل ماكرون.", "الرئيس"),
])
def test_a_counterpart_takes_the_role_of_someone_of_another_state(text, role):
    assert extract_text(text)[0].participants[-1].role == role


@pytest.mark.parametrize("host, attendee, body", [
    # an official whose title names a secretary-general he is not (SECRETARY_GENERAL, SECRETARY_GENERAL_AIDES) is of
    # the body of the record's one secretary-general
    ("الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني",
     "الأمين العام المساعد للشؤون الخارجية الدكتور عبدالعزيز العويشق", "GCC"),
    ("الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني",
     "المستشار السياسي للأمين العام الدكتور عبدالعزيز العويشق", "GCC"),
    # with no secretary-general among the parties it stays of no body
    ("نائب الرئيس اليمني خالد بحاح", "المستشار السياسي للأمين العام الدكتور عبدالعزيز العويشق", None),
])
def test_a_secretary_generals_aide_is_of_his_body(host, attendee, body):
    text = f"اجتمع {host} في الرياض اليوم مع المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد. حضر الاجتماع {attendee}."
    parties = extract_text(text)[0].participants
    assert [p.organization for p in parties if p.name == "عبدالعزيز العويشق"] == [body]


def test_the_construct_dual_of_prime_ministers_is_a_title_not_a_name():
    # رئيسي alone is no title (it is also the name Raisi); before وزراء it is the dual in construct
    assert _sides("التقى رئيسي وزراء فنلندا وإستونيا في تالين أمس.") == [
        (None, "رئيس وزراء", "FIN", None), (None, "رئيس وزراء", "EST", None)]


def test_nationals_named_by_a_broken_plural_in_the_accusative_are_a_states_delegation():
    """مسؤولين روسا، دبلوماسيين أتراكا: the broken plural as written after a plural object (countries.tsv)."""
    sides = _sides("التقى وزير الخارجية البرازيلي ماورو فييرا في برازيليا أمس مسؤولين روسا.")
    assert [s[2] for s in sides] == ["BRA", "RUS"]
    sides = _sides("استقبل وزير الخارجية البرازيلي ماورو فييرا في برازيليا أمس دبلوماسيين أتراكا.")
    assert [s[2] for s in sides] == ["BRA", "TUR"]


def test_the_syrian_coalition_is_named_without_its_adjective_but_not_the_iraqi_one():
    sides = _sides("التقى المبعوث البرازيلي إلى سوريا ماورو فييرا ممثلين عن الائتلاف الوطني لقوى الثورة والمعارضة في إسطنبول.")
    assert sides[1][2:] == ("SYR", "الائتلاف الوطني لقوى الثورة والمعارضة")
    # (a national coalition of another kind is no Syrian body: الائتلاف الوطني alone names none)
    assert all(s[3] is None or "الائتلاف" not in s[3] for s in _sides(
        "التقى وزير الخارجية البرازيلي ماورو فييرا في كاراكاس أمس رئيس الائتلاف الوطني الفنزويلي خوان رودريغيز."))
    sides = _sides("التقى وزير الخارجية البرازيلي ماورو فييرا في بغداد وفدا من الائتلاف الوطني العراقي.")
    assert sides[1][2:] == ("IRQ", "الائتلاف الوطني العراقي")


def test_a_body_of_a_state_is_a_side_beside_that_states_officials():
    """A delegation of a state's officials and one of a body of that state (حركة طالبان، المعارضة) are two sides:
    a delegation's key holds its body (arguments.key), so the one does not stand for the other."""
    sides = _sides("اجتمع وفد من المسؤولين الأفغان في الدوحة يوم الثلاثاء مع ممثلي حركة طالبان.")
    assert [(s[2], s[3]) for s in sides] == [("AFG", None), ("AFG", "حركة طالبان")]


def test_the_oppositions_delegation_told_again_by_an_adjective_is_one_side():
    """وفد الائتلاف الوطني السوري ... الوفد السوري المعارض: the body's delegation, told twice, is one party."""
    recs = extract_text("وصل وفد الائتلاف الوطني السوري إلى برازيليا لإجراء محادثات مع وزير الخارجية البرازيلي ماورو"
                        " فييرا. وتناولت محادثات الوفد السوري المعارض في برازيليا إعادة الإعمار.")
    assert [(p.kind, p.country, p.organization) for p in recs[0].participants] == [
        ("delegation", "SYR", "الائتلاف الوطني السوري"), ("person", "BRA", None)]


def test_an_opposition_is_of_the_state_its_adjective_names_and_of_none_else():
    """The state an article names most is as often the host (لافروف في موسكو ... وفدا من المعارضة): not guessed."""
    assert _sides("والتقى المبعوث الأممي ستافان دي ميستورا في جنيف امس وفدا من المعارضة السودانية.")[1][2:] == (
        "SDN", "المعارضة السودانية")
    text = "التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس وفدا من المعارضة. وأكد لافروف أن موقف روسيا ثابت."
    assert _sides(text)[1][2:] == (None, "المعارضة")


def test_the_opposition_told_in_general_beside_its_named_body_is_one_side():
    """وفد الائتلاف ... وفد المعارضة السورية: the coalition's delegation told again in general terms."""
    recs = extract_text("التقى المبعوث البرازيلي إلى سوريا ماورو فييرا في كاراكاس أمس وفد الائتلاف الوطني السوري. وقال"
                        " فييرا إن لقاءه مع وفد المعارضة السورية كان بناء.")
    assert [(p.kind, p.organization) for p in recs[0].participants] == [
        ("person", None), ("delegation", "الائتلاف الوطني السوري")]


def test_a_delegation_is_its_heads_side_not_that_of_an_official_who_attends():
    """برئاسة X: the delegation told elsewhere is X's side (RECORDS.md); بحضور Y of the same body: the delegation stays."""
    recs = extract_text("ماورو فييرا يلتقي وفد الائتلاف الوطني السوري\nالتقى المبعوث البرازيلي ماورو فييرا في كاراكاس امس"
                        " وفد الائتلاف الوطني السوري برئاسة أحمد الحسن.")
    assert [(p.kind, p.name) for p in recs[0].participants] == [("person", "ماورو فييرا"), ("person", "أحمد الحسن")]
    sides = _sides("التقى المبعوث البرازيلي ماورو فييرا في كاراكاس أمس وفد المعارضة السورية، بحضور نائب رئيس الائتلاف"
                   " الوطني السوري أحمد الحسن.")
    assert [s[0] or s[1] for s in sides] == ["ماورو فييرا", "وفد المعارضة السورية", "أحمد الحسن"]


def test_parliament_after_a_title_is_no_name():
    recs = extract_text("يلتقي رئيس برلمان برازيليا ماورو فييرا وزير الخارجية الياباني تارو سوزوكي غدا.")
    assert all(p.name is None or "برلمان" not in p.name for r in recs for p in r.participants)


def test_the_head_of_a_states_parliament_named_indefinite_is_a_title():
    # (with برلمان no name, رئيس برلمان + state must still read as a title)
    sides = _sides("يلتقي رئيس برلمان الباراغواي خوسيه باتشيكو وزير الخارجية الياباني تارو سوزوكي غدا.")
    assert sides[0] == ("خوسيه باتشيكو", "رئيس برلمان", "PRY", None)
