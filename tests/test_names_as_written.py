"""A participant's name and role are as written, with the spaces between their words made one space."""
from __future__ import annotations

from syriadiplo.pipeline import extract_text


def test_a_name_wrapped_over_two_lines_or_spaced_twice_is_one_line():
    text = ("وقال مصدر رسمي إن الرئيس الروسي فلاديمير بوتين التقى في\n"
            "سوتشي أمس الرئيس التركي رجب طيب  أردوغان، وبحثا الوضع في سوريا.\n")
    (rec,) = extract_text(text)
    assert [p.name for p in rec.participants] == ["فلاديمير بوتين", "رجب طيب أردوغان"]
    assert "\n" in rec.evidence[0].text  # the evidence stays the original text


def test_a_no_break_space_inside_a_name_is_a_space():
    (rec,) = extract_text("التقى الرئيس الروسي فلاديمير بوتين في سوتشي أمس الرئيس التركي رجب طيب\u00a0أردوغان.\n")
    assert "رجب طيب أردوغان" in [p.name for p in rec.participants]


def test_a_title_after_the_lam_of_lam_alif_lam_keeps_its_article():
    """للرئيس السوري: ل + الرئيس written with one alif-lam; the role is الرئيس, not لرئيس."""
    text = ("وتعد إدلب آخر معاقل المسلحين المعارضين للرئيس السوري، بشار الأسد. "
            "والتقى وزير الخارجية الإيراني محمد جواد ظريف الأسد في دمشق أمس.")
    (rec,) = extract_text(text)
    assert {p.name: p.role for p in rec.participants}["بشار الأسد"] == "الرئيس"


def test_a_name_with_a_joined_compound_given_name_is_read():
    """عبدالواحد, عبداللطيف: عبد joined to the divine name, as often written, starts a name as عبد الواحد does."""
    (rec,) = extract_text("التقى الأمين العام لجامعة الدول العربية نبيل العربي بالدكتور عبدالواحد النبوي "
                          "وزير الثقافة المصري في القاهرة.")
    assert ("عبدالواحد النبوي", "وزير الثقافة", "EGY") in [(p.name, p.role, p.country) for p in rec.participants]


def test_acting_keeps_its_bi_inside_the_title():
    (rec,) = extract_text("استقبل وزير الخارجية الأردني أيمن الصفدي المدير التنفيذي لبرنامج الأغذية العالمي بالنيابة "
                          "ماريا شميت في عمان أمس.")
    roles = [p.role for p in rec.participants]
    assert any(r and r.endswith("بالنيابة") for r in roles), roles


def _people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for rec in extract_text(text, doc_date="2015-06-01") for p in rec.participants]


def test_a_surname_written_with_a_hamza_alef_is_no_article():
    """ألفاريز، أليساندري: normalization writes them as if they began with the article; the alef with hamza, which
    the article never carries, keeps them in the name, and keeps the given name before them out of the title."""
    assert ("خورخي ألفاريز", "رئيس") in _people("التقى الرئيس المصري عبد الفتاح السيسي رئيس بيرو خورخي ألفاريز.")
    assert ("خورخي أليساندري", "السفير") in _people("التقى الرئيس المصري عبد الفتاح السيسي السفير خورخي أليساندري.")
    # (a title with the article still ends a name and starts the next person's)
    assert ("عبد القادر بن صالح", "رئيس مجلس الأمة") in _people(
        "التقى رئيس مجلس الأمة الجزائري عبد القادر بن صالح السفير الروسي.")


def test_a_waw_after_a_preposition_is_a_letter_of_the_name():
    """بوفيه (Bouvier) is no ب + وفي + ه: و comes before ب, never after, so the name goes on."""
    assert ("ألكسندر بوفيه", "السفير") in _people("استقبل الرئيس البرازيلي جواو غولارت السفير الفرنسي ألكسندر بوفيه.")
    # (a particle with its و, after the name, still ends it)
    assert ("جان بوفيه", "السفير") in _people("التقى الرئيس السيسي السفير جان بوفيه وفيها قال.")


def _people_states(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.country) for rec in extract_text(text, doc_date="2015-06-01") for p in rec.participants]


def test_an_unlisted_name_before_its_title_may_start_its_second_word_with_a_proclitic_letter():
    """ماورو فييرا وزير خارجية البرازيل: فييرا reads as ف + ييرا, which is no word, so it is the name's."""
    assert ("ماورو فييرا", "وزير خارجية", "BRA") in _people_states(
        "استقبل سامح شكري وزير الخارجية المصري ماورو فييرا وزير خارجية البرازيل.")
    # (right after the mention before it, whose last word is no list's word either)
    assert ("ماورو فييرا", "وزير خارجية", "BRA") in _people_states(
        "استقبل وزير الخارجية المصري سامح شكري ماورو فييرا وزير خارجية البرازيل.")
    # (but a preposition written with its alef maqsura starts no name: على لسان is no person)
    people = _people_states("وورد هذا الموقف على لسان سفيرة البرازيل لدى الأمم المتحدة ماريا سيلفا بعد أن التقت وزير"
                            " الخارجية الياباني تارو سوزوكي.")
    assert people and all(name is None or "لسان" not in name for name, _, _ in people)


def test_a_second_title_joined_by_waw_gives_the_first_its_state():
    """X نائب الرئيس ووزير خارجية البرازيل: one person holds both offices; the state is the second's, the و is kept."""
    assert _people_states("التقى الرئيس الروسي فلاديمير بوتين ماورو فييرا نائب الرئيس ووزير خارجية البرازيل.")[1] == (
        "ماورو فييرا", "نائب الرئيس ووزير خارجية", "BRA")
    assert _people_states("التقى الرئيس الروسي فلاديمير بوتين ماورو فييرا نائب الرئيس وزير خارجية البرازيل.")[1] == (
        "ماورو فييرا", "نائب الرئيس وزير خارجية", "BRA")
