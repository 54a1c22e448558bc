"""A party is the person the article names, with the title the article gives him: two persons of one family
name are two, and an office of another holder's (his adviser) is the adviser's own title. Made-up sentences."""
from __future__ import annotations

import pytest

from syriadiplo.pipeline import extract_text
from syriadiplo.recognize.ner import _other_given
from syriadiplo.resources import read_table
from syriadiplo.text.normalize import normalize_text


def _sides(text: str) -> list[tuple]:
    recs = extract_text(text)
    assert len(recs) == 1, recs
    return [(p.name, p.role, p.country) for p in recs[0].participants]


def test_the_premier_of_the_family_does_not_lend_his_title():
    """مسعود بارزاني, then رئيس الحكومة نيجيرفان بارزاني: the title is the second one's, not the first one's."""
    sides = _sides("التقى وزير الدفاع الأمريكي جون سميث في أربيل أمس مسعود بارزاني. وقال رئيس الحكومة نيجيرفان"
                   " بارزاني إن الزيارة مهمة. وبحث سميث مع مسعود بارزاني الوضع في المنطقة.")
    assert ("مسعود بارزاني", "رئيس إقليم كردستان", "IRQ") in sides
    assert not any(role == "رئيس الحكومة" for _, role, _ in sides)


def test_a_titled_namesake_is_not_the_person_named_before():
    """سارة سميث, then الرئيس الأمريكي جون سميث: the president is John, named as the text names him."""
    sides = _sides("وصلت سارة سميث إلى أربيل أمس. واستقبل الرئيس الأمريكي جون سميث في واشنطن أمس مسعود بارزاني.")
    assert sides[0] == ("جون سميث", "الرئيس", "USA")


def test_one_person_in_two_spellings_stays_one():
    sides = _sides("التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس نظيره الأمريكي جون كيري. وقال الوزير"
                   " سيرجي لافروف إن اللقاء كان مثمرا.")
    assert sides == [("سيرغي لافروف", "وزير الخارجية", "RUS"), ("جون كيري", "وزير الخارجية", "USA")]



def test_a_listed_surname_in_the_headline_is_the_full_name_by_lineage_below():
    """الجبير alone in a headline is taken from the lexicon; عادل بن أحمد الجبير in the body is that listed person:
    one party with the longest name, and the headline joins the body's record."""
    text = ("الجبير يبحث مع نظيره الإيطالي العلاقات الثنائية\n"
            "بحث وزير الخارجية عادل بن أحمد الجبير أمس مع وزير الخارجية الإيطالي باولو جينتيلوني في روما "
            "العلاقات الثنائية.")
    recs = extract_text(text, doc_date="2015-06-01")
    assert len(recs) == 1, recs
    assert [(p.name, p.country) for p in recs[0].participants][0] == ("عادل بن أحمد الجبير", "SAU")

@pytest.mark.parametrize("a,b,other", [
    ("مسعود بارزاني", "نيجيرفان بارزاني", True),
    ("سيرغي لافروف", "سيرجي لافروف", False),  # the skeletons agree
    ("عبد الله البدري", "عبدالله البدري", False),  # a compound given name joined
    ("ستيفان دي ميستورا", "بستيفان دي ميستورا", False),  # a proclitic read into the name
    ("جواد ظريف", "محمد جواد ظريف", False),  # a given word in common
    ("ظريف", "محمد جواد ظريف", False),  # a surname alone says nothing
])
def test_other_given_names(a: str, b: str, other: bool):
    toks = lambda s: normalize_text(s).split()  # noqa: E731
    assert _other_given(toks(a), toks(b)) is other
    assert _other_given(toks(b), toks(a)) is other


def test_a_kinswoman_the_title_went_to_is_the_same_party():
    """جدة الرئيس سارة سميث: the title read onto the grandmother makes no second president."""
    sides = _sides("استقبل الرئيس الأمريكي جون سميث في واشنطن أمس مسعود بارزاني. وقالت جدة الرئيس سارة سميث إنها"
                   " سعيدة.")
    assert [s[0] for s in sides] == ["جون سميث", "مسعود بارزاني"]


def test_the_adviser_of_the_premier_has_the_advisers_title():
    """المستشار الدبلوماسي لدولة رئيس وزراء ... X: X is the adviser; the honorific with its ل links the offices."""
    sides = _sides("استقبل وزير الخارجية السعودي عادل الجبير في روما أمس المستشار الدبلوماسي لدولة رئيس وزراء"
                   " الجمهورية الإيطالية ماريو بيانكي.")
    assert sides[1] == ("ماريو بيانكي", "المستشار الدبلوماسي لدولة رئيس وزراء", "ITA")


@pytest.mark.parametrize("date,role,country", [
    ("2015-06-01", "وزير الدفاع", "USA"),  # اشتون كارتر, in office 2015-2017
    ("1978-09-10", "الرئيس", "USA"),  # جيمي كارتر, 1977-1981
    (None, None, "USA"),  # no date: two listed men of that surname, of one state: the state, no title
])
def test_a_shared_surname_alone_is_the_one_in_office_at_the_date(date, role, country):
    recs = extract_text("استقبل الرئيس المصري أنور السادات في القاهرة أمس كارتر.", doc_date=date)
    assert [(p.name, p.role, p.country) for p in recs[0].participants][1] == ("كارتر", role, country)


def test_the_listed_spelling_itself_gives_the_title():
    """محمود عباس is listed, and so is علي محمود عباس whose name holds his: the title is the president's."""
    recs = extract_text("التقى محمود عباس في رام الله أمس جون كيري.", doc_date="2015-06-01")
    assert (recs[0].participants[0].name, recs[0].participants[0].role) == ("محمود عباس", "الرئيس")


@pytest.mark.parametrize("date,role", [("2015-06-01", None), ("2021-06-01", "وزير الخارجية")])
def test_a_listed_title_outside_its_term_is_not_given(date, role):
    """فؤاد حسين is listed as foreign minister from 2020: in a text of 2015 the lexicon gives him no title."""
    recs = extract_text("التقى جون كيري في بغداد أمس فؤاد حسين.", doc_date=date)
    assert [(p.name, p.role) for p in recs[0].participants][1] == ("فؤاد حسين", role)


def test_persons_terms_read():
    from syriadiplo.text.lexicon import lexicon, parse_term
    assert parse_term("2009-2011,2016-2020") == ((2009, 2011), (2016, 2020))
    assert parse_term("2014-") == ((2014, 9999),)
    assert parse_term("-") is None
    L = lexicon()
    for row in read_table("persons.tsv"):
        term = parse_term(row[4])
        assert term is None or all(1900 < a <= b for a, b in term), row
    carters = L.namesakes[normalize_text("كارتر")]
    assert [L.persons[i]["names"][0] for i in carters] == [normalize_text("اشتون كارتر"), normalize_text("جيمي كارتر")]
    assert L.surname_person(normalize_text("كارتر"), 2016) == carters[0]
    assert L.surname_person(normalize_text("كارتر"), 1990) == carters[1]  # none in office: the nearest term
    assert L.surname_person(normalize_text("كارتر"), 1998) is None  # 17 years from each


@pytest.mark.parametrize("text, sides", [
    # the holder named after the envoy's title, of ل + the office (للرئيس): the envoy is the party
    ("التقى المبعوث الخاص للرئيس الروسي فلاديمير بوتين ألكسندر لافرنتيف في دمشق الرئيس السوري بشار الأسد.",
     [("ألكسندر لافرنتيف", "RUS"), ("بشار الأسد", "SYR")]),
    # the adviser named first, the one she advises inside her title after the comma
    ("وتحدثت سوزان رايس، مستشارة الرئيس الأميركي باراك أوباما للأمن القومي، أمس مع الرئيس الأفغاني أشرف غني.",
     [("سوزان رايس", "USA"), ("أشرف غني", "AFG")]),
])
def test_a_listed_person_named_inside_another_partys_title_is_no_party(text, sides):
    (rec,) = extract_text(text, doc_date="2015-06-01")
    assert [(p.name, p.country) for p in rec.participants] == sides
