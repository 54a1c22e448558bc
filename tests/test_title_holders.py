"""A side told by title alone takes the name of the one person of the article who holds that title for the same
state or body, whether he is named before or after (syriadiplo.recognize.holders); made-up sentences."""
from __future__ import annotations

import pytest

from syriadiplo.events import tagging
from syriadiplo.events.analysis import Analysis
from syriadiplo.pipeline import build_document, extract_text
from syriadiplo.recognize.holders import same_title, title_of


def _sides(text: str) -> list[tuple]:
    recs = extract_text(text)
    assert len(recs) == 1, recs
    return [(p.name, p.country) for p in recs[0].participants]


def test_titles_named_after_the_event_take_the_names():
    assert _sides("التقى وزير الخارجية الروسي نظيره الأمريكي في جنيف أمس. وقال وزير الخارجية الروسي سيرغي لافروف"
                  " إن اللقاء كان مثمرا. وأكد وزير الخارجية الأمريكي جون كيري أن الحوار سيستمر.") == [
        ("سيرغي لافروف", "RUS"), ("جون كيري", "USA")]


def test_headline_title_takes_the_name_the_body_gives_with_a_longer_title():
    sides = _sides("أمير قطر يستقبل وزير الخارجية الأمريكي\nالدوحة - وكالات\nقال أمير دولة قطر الشيخ تميم بن حمد آل"
                   " ثاني إن العلاقات قوية. وأكد وزير الخارجية الأمريكي جون كيري أن الحوار سيستمر.")
    assert sides == [("تميم بن حمد آل ثاني", "QAT"), ("جون كيري", "USA")]


def test_bare_minister_of_a_state_is_its_one_named_minister():
    sides = _sides("التقى الوزير السعودي نظيره المصري في الرياض أمس. وقال وزير الخارجية السعودي عادل الجبير إن"
                   " العلاقات قوية.")
    assert sides == [("عادل الجبير", "SAU"), (None, "EGY")]
    sides = _sides("التقى وزير الخارجية القطري نظيره الأمريكي في الدوحة أمس. وقال الوزير القطري خالد العطية إن"
                   " العلاقات قوية.")
    assert sides[0] == ("خالد العطية", "QAT")


def test_two_holders_of_the_title_leave_it_nameless():
    sides = _sides("التقى وزير الخارجية السعودي نظيره المصري في الرياض أمس. وقال وزير الخارجية السعودي عادل الجبير"
                   " إن العلاقات قوية. وقال وزير الخارجية السعودي سعود الفيصل إن الوضع صعب. وأكد وزير الخارجية"
                   " المصري سامح شكري أن الحوار سيستمر.")
    assert sides == [(None, "SAU"), ("سامح شكري", "EGY")]


def test_a_former_holder_holds_only_the_former_title():
    sides = _sides("التقى الرئيس اليمني وزير الخارجية الأمريكي في الرياض أمس. وقال الرئيس اليمني السابق علي عبد"
                   " الله صالح إن الحرب ستستمر.")
    assert sides[0] == (None, "YEM")
    sides = _sides("التقى الرئيس اليمني السابق وزير الخارجية الأمريكي في الرياض أمس. وقال الرئيس اليمني السابق علي"
                   " عبد الله صالح إن الحرب ستستمر.")
    assert sides[0] == ("علي عبد الله صالح", "YEM")
    sides = _sides("التقى الرئيس اليمني وزير الخارجية الأمريكي في الرياض أمس. وقال الرئيس اليمني عبد ربه منصور"
                   " هادي إن الحرب ستنتهي. وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب ستستمر.")
    assert sides[0] == ("عبد ربه منصور هادي", "YEM")


def test_the_president_is_not_the_prime_minister_nor_the_minister_his_assistant():
    sides = _sides("التقى الرئيس الإثيوبي وزير الخارجية الأمريكي في أديس أبابا أمس. وقال رئيس الوزراء الإثيوبي"
                   " هايلي ميريام ديسالين إن العلاقات قوية.")
    assert sides[0] == (None, "ETH")
    sides = _sides("التقى وزير الخارجية القطري نظيره الأمريكي في الدوحة أمس. وقال مساعد وزير الخارجية القطري محمد"
                   " الرميحي إن العلاقات قوية.")
    assert sides[0] == (None, "QAT")


def test_counterpart_of_the_same_person_is_the_counterpart_named_before():
    sides = _sides("وصل الرئيس الأمريكي باراك أوباما إلى نيروبي وعانق نظيره الكيني أوهورو كينياتا في المطار."
                   " وسيجري أوباما محادثات مع نظيره الكيني غدا.")
    assert sides == [("باراك أوباما", "USA"), ("أوهورو كينياتا", "KEN")]
    sides = _sides("وصل الرئيس الأمريكي باراك أوباما إلى نيروبي وعانق نظيره الكيني أوهورو كينياتا في المطار."
                   " وسيجري وزير الخارجية الأمريكي جون كيري محادثات مع نظيره الكيني غدا.")
    assert sides == [("جون كيري", "USA"), (None, "KEN")]  # the minister's counterpart is no president


def test_title_in_apposition_to_a_name_is_his():
    for body in ("قال الأمير محمد بن سلمان ولي ولي العهد السعودي إن العلاقات قوية.",
                 "قال الأمير محمد بن سلمان، ولي ولي العهد، إن العلاقات قوية."):
        sides = _sides("ولي ولي العهد السعودي يلتقي وزير الدفاع الأمريكي\nجدة - وكالات\n" + body
                       + " وأكد وزير الدفاع الأمريكي آشتون كارتر أن التعاون سيستمر.")
        assert sides == [("محمد بن سلمان", "SAU"), ("آشتون كارتر", "USA")], body


def test_same_title():
    assert same_title(title_of("وزير الخارجية"), title_of("وزير الخارجيه")) == 0
    assert same_title(title_of("الوزير"), title_of("وزير الخارجية")) == 1  # the minister of that state
    assert same_title(title_of("وزير الخارجية"), title_of("الوزير")) == 1
    assert same_title(title_of("أمير"), title_of("أمير دولة")) == 1
    assert same_title(title_of("وزير الخارجية"), title_of("وزير الخارجية لشؤون الشرق الأدنى")) == 1
    assert same_title(title_of("وزير الخارجية لشؤون الشرق الأدنى"), title_of("وزير الخارجية")) is None
    assert same_title(title_of("الرئيس"), title_of("رئيس الوزراء")) is None
    assert same_title(title_of("رئيس الوزراء"), title_of("الرئيس")) is None
    assert same_title(title_of("الرئيس"), title_of("الرئيس السابق")) is None
    assert same_title(title_of("الرئيس المخلوع"), title_of("الرئيس السابق")) == 0


def test_a_title_told_with_its_destination_keeps_the_title_alone_once_it_names_the_holder():
    recs = extract_text("في أول زيارة لوزير خارجية عماني إلى الأردن منذ سنوات، استقبل وزير الخارجية الأردني أيمن الصفدي"
                        " في عمان أمس نظيره العماني يوسف بن علوي.")
    assert [(p.name, p.role) for r in recs for p in r.participants] == [
        ("يوسف بن علوي", "وزير خارجية"), ("أيمن الصفدي", "وزير الخارجية")]


def test_a_name_whose_first_word_is_also_an_ordinary_word_is_named_by_its_lineage():
    sides = _sides("تلقى الأمير محمد بن نايف اتصالا هاتفيا اليوم من صاحب السمو الشيخ سيف بن زايد آل نهيان نائب رئيس"
                   " مجلس الوزراء وزير الداخلية بدولة الإمارات العربية المتحدة أعرب فيه عن تعازيه.")
    assert sides[1] == ("سيف بن زايد آل نهيان", "ARE")


_HADI = "أكد الرئيس عبد ربه منصور هادي رئيس الجمهورية اليمنية أن الحرب ستنتهي. "
_MET = " وقالت مصادر إن الرئيس اليمني سيلتقي في القاهرة مع الرئيس عبد الفتاح السيسي."


@pytest.mark.parametrize("between", [
    "وقال إن الرئيس المخلوع علي عبد الله صالح انقلب على الدولة.",  # a bare title is not the former holder named before
    "وجدد الرئيس اليمني، تأكيداته بأن جماعة الحوثي انقلبت على الدولة.",  # a plural noun with its pronoun is no name
])
def test_the_bare_president_of_a_state_is_its_current_holder(between):
    assert _sides(_HADI + between + _MET)[0] == ("عبد ربه منصور هادي", "YEM")



def test_the_official_told_after_a_titled_name_is_that_person():
    # المسؤول (ANAPHORIC_OFFICIALS of grammar.tsv) names no office: it points back at the one titled person of its side
    sides = _sides("جدد الأمين العام لمجلس التعاون الخليجي عبد اللطيف الزياني دعمه لليمن. وعبر المسؤول الخليجي، خلال"
                   " لقائه وزير الخارجية اليمني رياض ياسين في الرياض، عن ارتياحه.")
    assert sides == [("عبد اللطيف الزياني", None), ("رياض ياسين", "YEM")]  # a body's officer: no state


@pytest.mark.parametrize("text, mention", [
    # named only after it: the official is someone else told of first
    ("وعبر المسؤول الخليجي، خلال لقائه وزير الخارجية اليمني رياض ياسين في الرياض، عن ارتياحه. وكان الأمين العام لمجلس"
     " التعاون الخليجي عبد اللطيف الزياني قد جدد دعمه لليمن.", (None, "المسؤول الخليجي")),
    # two titled persons of that side before it: no choosing between them
    ("أكد وزير الخارجية الأمريكي جون كيري دعم بلاده لليمن. وقال السفير الأمريكي لدى اليمن ماثيو تولر إن الحوار سيستمر."
     " وعبر المسؤول الأمريكي، خلال لقائه وزير الخارجية اليمني رياض ياسين في الرياض، عن ارتياحه.", (None, "المسؤول")),
    # indefinite: an official, not the one told before
    ("جدد الأمين العام لمجلس التعاون الخليجي عبد اللطيف الزياني دعمه لليمن. وقال مسؤول خليجي إن اللقاء مثمر.",
     (None, "مسؤول خليجي")),
])
def test_the_official_stays_nameless_unless_one_titled_person_was_told_before(text, mention):
    from syriadiplo.events import tagging
    from syriadiplo.events.analysis import Analysis
    from syriadiplo.text.document import build_document
    an = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(an)
    persons = [(mm.name, mm.role) for info in an.infos for mm in info.mentions if mm.kind == "person"]
    assert mention in persons, persons


def test_headline_title_of_no_state_takes_the_one_name_whose_title_starts_with_it():
    # ولي ولي العهد (three words, no state) is the prince the body names with that office first in his chain
    sides = _sides("ولي ولي العهد يلتقي الرئيس الكيني\nنيروبي - واس\nقال الأمير محمد بن سلمان ولي ولي العهد النائب"
                   " الثاني لرئيس مجلس الوزراء وزير الدفاع إن العلاقات قوية. وأكد الرئيس الكيني أوهورو كينياتا"
                   " أن الحوار سيستمر.")
    assert [s[0] for s in sides] == ["محمد بن سلمان", "أوهورو كينياتا"]


def test_a_one_word_title_of_no_state_stays_nameless():
    # الوزير names no office in particular: with two ministers in the article it is left as it is
    recs = extract_text("الوزير يلتقي الرئيس الكيني\nنيروبي - واس\nقال وزير الخارجية السعودي عادل الجبير إن"
                        " العلاقات قوية. وأكد الرئيس الكيني أوهورو كينياتا أن الحوار سيستمر.")
    assert all(p.name != "عادل الجبير" for r in recs for p in r.participants)


def test_a_bare_head_takes_the_fuller_title_the_text_gave_the_same_person():
    recs = extract_text("استقبل وزير الداخلية اللبناني نهاد المشنوق أمس السفير الأمريكي ديفيد هيل. ومن جهة أخرى، التقى"
                        " الوزير المشنوق اليوم السفير الفرنسي باتريس باولي.")
    assert [r.participants[0].role for r in recs] == ["وزير الداخلية", "وزير الداخلية"]


def test_a_listed_person_named_without_a_title_holds_his_listed_office():
    # سيرغي لافروف is named with no title: in a text of 2015 he holds his listed office, the counterpart's
    recs = extract_text("قال سيرغي لافروف إن الحل في سوريا سياسي. وسيلتقي وزير الخارجية الأمريكي جون كيري في الدوحة غدا"
                        " نظيره الروسي.", doc_date="2015-08-03")
    assert [p.name for p in recs[0].participants] == ["جون كيري", "سيرغي لافروف"]


def test_a_secretary_is_titled_by_the_body_he_serves():
    """امين سر (a body's secretary) is a title: the holder takes the body's state, the role is told as written."""
    sides = [(p.name, p.role, p.country) for p in extract_text(
        "واستقبل رئيس مجلس النواب اللبناني نبيه بري أمين سر حركة فتح في لبنان فتحي أبو العردات.")[0].participants]
    assert ("فتحي أبو العردات", "أمين سر حركة فتح في لبنان", "PSE") in sides


def test_a_title_leaves_a_body_its_name():
    """رئيس البرلمان العربي: the head of the Arab Parliament (a body), not the speaker of a parliament followed by
    the word العربي; رئيس البرلمان الإيراني stays the speaker of Iran's parliament."""
    sides = [(p.name, p.role, p.organization) for p in extract_text(
        "استقبل الملك سلمان بن عبدالعزيز اليوم رئيس البرلمان العربي الأستاذ أحمد بن محمد الجروان.")[0].participants]
    assert ("أحمد بن محمد الجروان", "رئيس البرلمان العربي", "ARAB_PARLIAMENT") in sides
    sides = [(p.name, p.role, p.country) for p in extract_text(
        "استقبل الملك سلمان بن عبدالعزيز اليوم رئيس البرلمان الإيراني علي لاريجاني.")[0].participants]
    assert ("علي لاريجاني", "رئيس البرلمان", "IRN") in sides


def test_delegations_in_the_accusative_are_headed_by_their_head():
    """وفوداً من حركة حماس برئاسة X: X is the side, with the body the delegations are from."""
    sides = [(p.name, p.organization) for p in extract_text(
        "وزارت وفوداً من حركة حماس برئاسة خالد مشعل العاصمة الروسية مرتين العام الماضي.")[0].participants]
    assert sides[0][0] == "خالد مشعل" and sides[0][1] is not None and "حماس" in sides[0][1]


def test_a_body_adjective_ends_the_title_before_a_definite_noun():
    """ناقش X مع المبعوث الأممي السبل الكفيلة ...: what they discussed follows the adjective, no part of the title;
    المنسق الأوروبي لمكافحة الإرهاب goes on through ل."""
    roles = [p.role for p in extract_text(
        "وناقش الدكتور عبدالله الربيعة مع المبعوث الأممي السبل الكفيلة بالإسراع في توصيل المساعدات.")[0].participants]
    assert "المبعوث الأممي" in roles
    roles = [p.role for p in extract_text(
        "التقى وزير الخارجية السعودي المنسق الأوروبي لمكافحة الإرهاب جيل دي كيرشوف.")[0].participants]
    assert "المنسق الأوروبي لمكافحة الإرهاب" in roles


@pytest.mark.parametrize("text, named", [
    # a nameless title of no state is not the counterpart its own sentence names: that is someone else
    ("وصل وزير الخارجية إلى موسكو أمس والتقى نظيره الروسي سيرغي لافروف.", [None, "سيرغي لافروف"]),
    # a nameless counterpart of a state is the one person of that state who holds the office
    ("التقى وزير الخارجية السعودي عادل الجبير نظيره الروسي سيرغي لافروف. وكان الجبير قد التقى نظيره الروسي في الدوحة.",
     ["عادل الجبير", "سيرغي لافروف", "عادل الجبير", "سيرغي لافروف"]),
])
def test_a_bare_title_is_not_its_own_counterpart(text, named):
    ex = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(ex)
    got = [ex.reg.people[m.entity].name if m.entity is not None else None
           for info in ex.infos for m in info.mentions if m.kind == "person"]
    assert got == named
