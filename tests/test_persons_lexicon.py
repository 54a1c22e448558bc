"""Persons of resources/ar/persons.tsv give their state to a party the sentence leaves without one.

The sentences are made up; each names a listed person with no nationality adjective or state in the
sentence, so only the lexicon can say whose side the person is on.
"""
from __future__ import annotations

import pytest

from syriadiplo.recognize.ner import common_word
from syriadiplo.text.normalize import normalize_text
from syriadiplo.pipeline import extract_text
from syriadiplo.resources import read_table


def _sides(text: str) -> list[tuple[str | None, str | None, str | None]]:
    recs = extract_text(text)
    assert recs, text
    return [(p.name, p.country, p.organization) for p in recs[0].participants]


@pytest.mark.parametrize("text,name,country,org", [
    ("استقبل الأمير محمد بن نايف بن عبدالعزيز في جدة أمس رياض ياسين لبحث الأوضاع.",
     "محمد بن نايف بن عبدالعزيز", "SAU", None),
    ("التقى الملك سلمان بن عبدالعزيز آل سعود في الرياض اليوم سمير جعجع.", "سمير جعجع", "LBN", None),
    ("التقى الملك سلمان بن عبدالعزيز آل سعود في الرياض اليوم سمير جعجع.",
     "سلمان بن عبدالعزيز آل سعود", "SAU", None),
    ("اجتمع خليفة حفتر في القاهرة أمس مع عبد الفتاح السيسي.", "خليفة حفتر", "LBY", None),
    ("التقى فائز السراج في تونس أمس الباجي قائد السبسي.", "فائز السراج", "LBY", None),
    ("التقى فائز السراج في تونس أمس الباجي قائد السبسي.", "الباجي قائد السبسي", "TUN", None),
    ("بحث عبد ربه منصور هادي في الرياض أمس مع إسماعيل ولد الشيخ أحمد مسار المشاورات.",
     "إسماعيل ولد الشيخ أحمد", None, "UN"),
    ("بحث عبد ربه منصور هادي في الرياض أمس مع إسماعيل ولد الشيخ أحمد مسار المشاورات.",
     "عبد ربه منصور هادي", "YEM", None),
    ("استقبل رمضان قديروف في غروزني أمس خالد الحميدان.", "رمضان قديروف", "RUS", None),
    ("استقبل رمضان قديروف في غروزني أمس خالد الحميدان.", "خالد الحميدان", "SAU", None),
    ("التقى برونو رودريغيز في هافانا أمس جون كيري.", "برونو رودريغيز", "CUB", None),
    ("التقى الملك فهد بن عبدالعزيز في الرياض عام 1990 الشيخ سعد العبد الله الصباح.", "فهد بن عبدالعزيز", "SAU", None),
    ("التقى أوهورو كنياتا في نيروبي أمس هايل مريام ديسالن.", "أوهورو كنياتا", "KEN", None),
    ("التقى أوهورو كنياتا في نيروبي أمس هايل مريام ديسالن.", "هايل مريام ديسالن", "ETH", None),
])
def test_a_listed_person_gets_the_lexicon_state(text: str, name: str, country: str | None, org: str | None):
    assert (name, country, org) in _sides(text)


def test_a_surname_that_is_a_word_is_no_person_alone():
    """السراج (the lamp) alone, with no earlier full mention, names nobody."""
    assert common_word(normalize_text("السراج"))
    recs = extract_text("التقى السراج الأمين العام لجامعة الدول العربية نبيل العربي في القاهرة أمس.")
    assert "السراج" not in [p.name for r in recs for p in r.participants]


def test_no_person_spelling_is_listed_twice():
    seen: dict[str, int] = {}
    dup = []
    for i, row in enumerate(read_table("persons.tsv"), 1):
        for name in row[0].split("|"):
            if name in seen:
                dup.append(f"{name}: rows {seen[name]} and {i}")
            seen[name] = i
    assert not dup, "\n".join(dup)


@pytest.mark.parametrize("name, year, role", [
    ("برنار كازنوف", 2015, None),  # interior minister in 2015; prime minister from December 2016
    ("برنار كازنوف", 2017, "رئيس الوزراء"),
    ("مقرن بن عبدالعزيز", 2015, "ولي العهد"),  # crown prince from January to April 2015
    ("مقرن بن عبدالعزيز", 2016, None),
    ("عمرو موسى", 2015, None),  # the Arab League's secretary general until 2011
    ("سيرغي لافروف", 2015, "وزير الخارجيه"),
])
def test_a_listed_role_is_given_only_in_its_term(name: str, year: int, role: str | None):
    from syriadiplo.text.lexicon import lexicon
    L = lexicon()
    idx = next(i for i, p in enumerate(L.persons) if normalize_text(name) in p["names"])
    assert L.role_at(idx, year) == role


def test_most_listed_persons_have_their_term():
    rows = read_table("persons.tsv")
    assert sum(row[4] != "-" for row in rows) >= 0.9 * len(rows)
