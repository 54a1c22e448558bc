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
