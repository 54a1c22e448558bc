"""A party is the person the article names, with the title the article gives him: two persons of one family
name are two, and an office of another holder's (his adviser) is the adviser's own title. Made-up sentences."""
from __future__ import annotations

import pytest

from syriadiplo.pipeline import extract_text
from syriadiplo.recognize.ner import _other_given
from syriadiplo.text.normalize import normalize_text


def _sides(text: str) -> list[tuple]:
    recs = extract_text(text)
    assert len(recs) == 1, recs
    return [(p.name, p.role, p.country) for p in recs[0].participants]


def test_the_premier_of_the_family_does_not_lend_his_title():
    """مسعود بارزاني, then رئيس الحكومة نيجيرفان بارزاني: the title is the second one's, not the first one's."""
    sides = _sides("التقى وزير الدفاع الأمريكي جون سميث في أربيل أمس مسعود بارزاني. وقال رئيس الحكومة نيجيرفان"
                   " بارزاني إن الزيارة مهمة. وبحث سميث مع مسعود بارزاني الوضع في المنطقة.")
    assert ("مسعود بارزاني", "رئيس اقليم كردستان", "IRQ") in sides
    assert not any(role == "رئيس الحكومة" for _, role, _ in sides)


def test_a_titled_namesake_is_not_the_person_named_before():
    """سارة سميث, then الرئيس الأمريكي جون سميث: the president is John, named as the text names him."""
    sides = _sides("وصلت سارة سميث إلى أربيل أمس. واستقبل الرئيس الأمريكي جون سميث في واشنطن أمس مسعود بارزاني.")
    assert sides[0] == ("جون سميث", "الرئيس", "USA")


def test_one_person_in_two_spellings_stays_one():
    sides = _sides("التقى وزير الخارجية الروسي سيرغي لافروف في موسكو أمس نظيره الأمريكي جون كيري. وقال الوزير"
                   " سيرجي لافروف إن اللقاء كان مثمرا.")
    assert sides == [("سيرغي لافروف", "وزير الخارجية", "RUS"), ("جون كيري", "وزير الخارجية", "USA")]


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
