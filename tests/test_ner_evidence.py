"""Names need evidence (resources/ar/name_evidence.tsv and the name rules of syriadiplo.recognize.ner).

Each case is a construction met in a general news feed that made a wrong party before.
"""
from __future__ import annotations

import datetime

import pytest

from syriadiplo.text.document import build_document
from syriadiplo.events import tagging
from syriadiplo.events.analysis import Analysis
from syriadiplo.text.lexicon import lexicon
from syriadiplo.recognize.ner import evidence, family_name, surname_key
from syriadiplo.text.normalize import normalize_text
from syriadiplo.pipeline import Source, extract_source, extract_text
from syriadiplo.text.proclitics import stems
from syriadiplo.resources import read_table


def _persons(text: str, doc_date: str | None = None) -> list[tuple[str | None, str | None, str | None]]:
    """(name, role, country) of every person mention, in order, with the document's registry applied; read against
    `doc_date` (an ISO date) when given."""
    doc = build_document(text, "t", "t.txt")
    doc.doc_date = datetime.date.fromisoformat(doc_date) if doc_date else None
    ex = Analysis(doc)
    tagging.run(ex)
    out = []
    for info in ex.infos:
        for mm in info.mentions:
            if mm.kind == "person":
                ent = ex.reg.people[mm.entity] if mm.entity is not None else None
                out.append((mm.name, mm.role, mm.country or (ent.country if ent else None)))
    return out


def test_every_common_word_is_a_listed_surname():
    surnames = lexicon().surnames
    assert evidence()["COMMON_WORDS"] <= set(surnames)


def test_an_ordinal_after_a_title_is_no_name():
    names = [p[0] for p in _persons("تلقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء اتصالا.")]
    assert "الثاني" not in names and "محمد بن سلمان" in names


def test_a_common_word_is_the_person_after_a_full_mention_only():
    assert [p[0] for p in _persons("قال الرئيس سلام إن الحوار مستمر.")] == [None]
    later = _persons("التقى رئيس الوزراء تمام سلام أمس السفير الأمريكي. وقال سلام إن اللقاء كان مثمرا.")
    assert later[-1][0] == "سلام"


def test_a_family_name_shared_with_a_listed_person_is_not_him_alone():
    # (عسيري, a family name many share, is the coalition's listed spokesman only after his full name)
    assert all(p[2] is None for p in _persons("وضم الوفد الدكتورة دولة مانع عسيري والدكتور سالم الحربي."))
    assert all(p[2] is None for p in _persons("وأضاف العسيري أن الوفد زار المستشفى."))
    later = _persons("وقال المتحدث باسم قوات التحالف العميد أحمد عسيري إن العمليات مستمرة. وأضاف عسيري أن الهدنة انتهت.")
    assert later[-1][0] == "عسيري" and later[-1][2] == "SAU"


def test_a_listed_official_named_without_his_state_is_of_it():
    # (persons.tsv: officials of 2015 whom the press names with their office but not their state)
    persons = _persons("وبحث وزير حقوق الإنسان عز الدين الأصبحي مع وزير التجارة تشاتشاي ساريكالايا التعاون.")
    assert [p[2] for p in persons] == ["YEM", "THA"]


def test_a_preposition_after_a_counterpart_is_no_name():
    # (نظيره، قبيل زيارة: «shortly before», no counterpart named قبيل)
    assert [p[0] for p in _persons("التقى وزير الخارجية الياباني كينجي ساتو أمس نظيره، قبيل زيارة يقوم بها إلى الأرجنتين.")] == ["كينجي ساتو", None]


def test_a_title_inside_an_institution_name_is_no_person():
    names = [p[0] for p in _persons("استقبل المشرف العام على مركز الملك سلمان للإغاثة عبدالله الربيعة الوفد.")]
    assert "سلمان" not in names


def _mentions(text: str) -> list:
    """Every mention NER finds in `text`, in order."""
    ex = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(ex)
    return [mm for info in ex.infos for mm in info.mentions]


def _kinds(text: str) -> list[str]:
    return [mm.kind for mm in _mentions(text)]


@pytest.mark.parametrize("text", [
    "أقيم الحفل في منطقة السلطان أحمد بإسطنبول.",  # a district named after a ruler
    "تجمع المحتفلون في ميدان الملك فيصل.",  # a square
    "وسكن الطلاب في ضاحية الأمير نايف.",  # a suburb
    "جرت المراسم في مبنى البعثة النرويجية ببرلين.",  # the building a mission is in
    "وعقد الوزيران اجتماعا بمقر البعثة النرويجية.",  # (with the proclitic "in")
])
def test_a_place_named_after_an_office_or_a_body_is_no_party(text: str):
    kinds = _kinds(text)
    assert "institution" in kinds and not {"person", "delegation"} & set(kinds), kinds


@pytest.mark.parametrize("text", [
    "وانتقل الوزير إلى مقر الوفد النرويجي في برلين حيث عقد اجتماعا مطولا.",  # where he goes
    "وعقد الاجتماع بمبادرة الوفد النرويجي.",  # no building
    "وتضمن برنامج الوفد النرويجي لقاء مع الوزير.",  # a noun that only begins with the letter of "in"
])
def test_a_mission_after_a_noun_that_tells_no_place_it_is_in_is_a_party(text: str):
    kinds = _kinds(text)
    assert "delegation" in kinds and "institution" not in kinds, kinds


@pytest.mark.parametrize("text,person", [
    # a world region is no name; the office is for it, with the title's state (or none)
    ("وقال المبعوث الكندي لأمريكا اللاتينية جون سميث إن الحوار مستمر.", ("جون سميث", "المبعوث لأمريكا اللاتينية", "CAN")),
    ("استقبل وزير الخارجية عادل الجبير أمس رئيس مجموعة أمريكا الجنوبية كارلوس غوميز.", ("كارلوس غوميز", "رئيس مجموعة أمريكا الجنوبية", None)),
])
def test_a_world_region_is_in_the_title_and_no_name(text: str, person: tuple):
    assert person in _persons(text), _persons(text)


def test_the_preposition_written_with_alef_maqsura_is_no_name():
    names = [p[0] for p in _persons("اجتمع وزير الطاقة السوري، على هامش زيارته، مع نظيره القطري.")]
    assert not any(n and n.startswith("على") for n in names)
    assert [p[0] for p in _persons("التقى الوزير علي عبد الله الصالح أمس.")] == ["علي عبد الله الصالح"]


def test_a_verbal_noun_after_a_preposition_is_no_name_in_apposition():
    # (a chain of offices, a comma, then ل and a verbal noun: what the council heard, not who the chairman is)
    text = "استمع المجلس برئاسة الأمير فهد العلي رئيس مجلس الشؤون السياسية، لإيجاز سياسي حول عدد من الموضوعات."
    assert not any(n and "إيجاز" in n for n, _, _ in _persons(text)), _persons(text)
    assert ("نزار عبيد", "رئيس مجلس الشؤون السياسية", None) in _persons("استقبل رئيس مجلس الشؤون السياسية، نزار عبيد، الوفد.")


@pytest.mark.parametrize("text, persons", [
    # BARE_IMPERFECT: a verb of four letters after a title with its state is no name
    ("الرئيس المصري يمدد مشاركة القوات في المهمة.", [(None, "الرئيس", "EGY")]),
    ("وزير الخارجية الأمريكي يدرك أن الحل سياسي.", [(None, "وزير الخارجية", "USA")]),
    # and its plural and dual (يجرون، يعقدون، يبحثان)
    ("وقال إن ممثلين للرئيس البرتغالي يجرون محادثات مع الوفد.", [(None, "الرئيس", "PRT")]),
    ("وقال إن ممثلين للرئيس البرتغالي يعقدون اجتماعا غدا.", [(None, "الرئيس", "PRT")]),
    ("وقال إن ممثلين اثنين للرئيس البرتغالي يجريان محادثات مع الوفد.", [(None, "الرئيس", "PRT")]),
    # a listed surname of the shape is the name it is (يعالون: the registry's spelling of the minister)
    ("وقال وزير الدفاع الإسرائيلي يعالون إن الاتفاق سيئ.", [("يعالون", "وزير الدفاع", "ISR")]),
    # LONG_VOWELS, TITLED_GIVEN: a name of that length whose second letter is a long vowel, or a listed given name
    ("التقى رئيس البرلمان اليمني يحيى الراعي الوفد.", [("يحيى الراعي", "رئيس البرلمان", "YEM")]),
    ("التقى الوزير الأردني يوسف العيسوي الوفد.", [("يوسف العيسوي", "الوزير", "JOR")]),
    ("التقى وزير الخارجية الياباني يوشي كيشيدا الوفد.", [("يوشي كيشيدا", "وزير الخارجية", "JPN")]),
    ("التقى وزير الخارجية الفنلندي ياكو نيمي الوفد.", [("ياكو نيمي", "وزير الخارجية", "FIN")]),
    # before a listed given name: a foreign given name of the shape (يروغ يوهان)
    ("التقى سفير الاتحاد الأوروبي يروغ يوهان الوفد.", [("يروغ يوهان", "سفير الاتحاد الأوروبي", None)]),
])
def test_a_bare_imperfect_after_a_title_is_no_name(text, persons):
    assert [p for p in _persons(text) if p[1]] == persons, _persons(text)


def test_an_institution_noun_is_no_name_after_a_title():
    text = "وعقد المحافظ اجتماعا مع مدير فرع المياه ومدير مستشفى أملج وعدد من منسوبي الصحة."
    assert not any(n and "مستشفى" in n for n, _, _ in _persons(text)), _persons(text)


@pytest.mark.parametrize("text,name", [
    ("تلقى الملك سلمان بن عبدالعزيز آل سعود حفظه الله اتصالا.", "سلمان بن عبدالعزيز آل سعود"),
    ("كما اجتمع مع سعادة المهندس سعد بن شريده الكعبي وزير الدولة لشؤون الطاقة.", "سعد بن شريده الكعبي"),
    ("استقبل الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض الوفد.", "فيصل بن بندر بن عبدالعزيز"),
])
def test_a_name_runs_to_its_end_and_no_further(text, name):
    assert name in [p[0] for p in _persons(text)]


@pytest.mark.parametrize("text,name", [
    # VERB_MARKS: a doubled-form verb written with its shadda ends the name before it
    ("وقال مصدر إن المبعوث البرازيلي ماورو فييرا سلّم خلال اجتماعه مع الرئيس الفنزويلي رسالة.", "ماورو فييرا"),
    ("وقال مصدر إن المبعوث البرازيلي ماورو فييرا وقّع خلال اجتماعه مع الرئيس الفنزويلي اتفاقا.", "ماورو فييرا"),
    # NAME_HALVES: the word after أبو or عبد is the other half of the name, even an ordinary word
    ("استقبل وزير الخارجية البرازيلي ماورو فييرا السفير الأردني حسن أبو نعمة.", "حسن أبو نعمة"),
])
def test_a_name_ends_at_a_marked_verb_and_goes_on_past_its_first_half(text, name):
    assert name in [p[0] for p in _persons(text)]


def test_a_doubled_word_ending_in_a_long_vowel_is_a_name():
    # DOUBLED_NAME_ENDS: a family name of the doubled shape ends in a long vowel, no verb does
    assert "جورج حنّا" in [p[0] for p in _persons("التقى الرئيس البرازيلي ماورو فييرا السفير اللبناني جورج حنّا.")]


def test_a_name_in_apposition_after_its_honorific():
    assert ("محمد حسن", "وزير خارجية", "MYS") in _persons("كما اجتمع مع وزير خارجية ماليزيا، السيد محمد حسن، حيث ناقشا العلاقات.")


def test_a_listed_state_needs_more_than_the_surname():
    # برهم صالح is listed (Iraq); علي عبد الله صالح shares only the last word with him
    persons = _persons("قال الرئيس اليمني السابق علي عبد الله صالح إن الحوار مستمر.")
    assert persons and all(p[2] != "IRQ" for p in persons)


def test_the_same_title_restated_after_the_name_gives_its_state():
    recs = extract_text("تلقى الملك سلمان بن عبدالعزيز آل سعود اتصالا هاتفيا اليوم من الملك عبدالله الثاني بن الحسين "
                        "ملك المملكة الأردنية الهاشمية.")
    parts = recs[0].participants
    assert [p.name for p in parts] == ["سلمان بن عبدالعزيز آل سعود", "عبدالله الثاني بن الحسين"]
    assert parts[1].country == "JOR"


def test_a_name_by_lineage_is_known_by_its_first_three_words():
    assert surname_key("محمد بن سلمان بن عبدالعزيز".split()) == "محمد بن سلمان"
    assert surname_key("سلمان بن عبدالعزيز ال سعود".split()) == "سلمان بن عبدالعزيز"
    assert surname_key("عبدالله الربيعه".split()) == "ربيعه"
    roles = {p[0]: p[1] for p in _persons("استقبل الملك سلمان بن عبدالعزيز الوفد. وعقد الأمير محمد بن سلمان بن عبدالعزيز اجتماعا.")}
    assert roles["محمد بن سلمان بن عبدالعزيز"] == "الأمير"


def test_a_chain_of_offices_after_a_titled_name_is_the_persons_own():
    persons = _persons("تلقى الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
                       "اتصالا هاتفيا من الرئيس اليمني عبدربه منصور هادي.")
    assert [p[0] for p in persons] == ["محمد بن سلمان بن عبدالعزيز", "عبدربه منصور هادي"]
    # a title with a state of its own after the name is another person, the object of the verb
    persons = _persons("استقبل الأمير محمد بن سلمان بن عبدالعزيز وزير الدفاع الأمريكي في جدة.")
    assert [p[2] for p in persons] == ["SAU", "USA"]


@pytest.mark.parametrize("text", [
    "وصل الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع "
    "للمملكة الأردنية الهاشمية في زيارة رسمية.",
    "بدأت أمس زيارة الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع لجمهورية مصر العربية.",
])
def test_a_chain_of_offices_ends_before_the_state_he_goes_to(text):
    # ل and a state after a chain of two offices or more, the name's state known: where he goes, not a second person
    persons = _persons(text)
    assert [(p[0], p[2]) for p in persons] == [("محمد بن سلمان" + (" بن عبدالعزيز" if "عبدالعزيز" in text else ""), "SAU")]


def test_one_office_then_a_state_after_a_titled_name_stays_another_person():
    persons = _persons("استقبل الأمير محمد بن سلمان بن عبدالعزيز وزير الدفاع لجمهورية مصر العربية في جدة.")
    assert [p[2] for p in persons] == ["SAU", "EGY"]


@pytest.mark.parametrize("name, family", [
    ("خالد بن محمد العطيه", "عطيه"),  # a family name with the article: later "العطيه" alone
    ("تميم بن حمد ال ثاني", "ال ثاني"),  # a family introduced by ال (آل)
    ("محمد بن سلمان", None),  # ends with the father's given name, which is not his
    ("فيصل بن فرحان", None),
    ("محمد بن سلمان بن عبد العزيز", None),  # a grandfather's compound given name
    ("وليد المعلم", None),  # not a name by lineage
])
def test_family_name_of_a_name_by_lineage(name, family):
    assert family_name(name.split()) == family
# ---- untitled name runs stop at ordinary words (resources/ar/examples/names.tsv)

NAME_EXAMPLES = read_table("examples/names.tsv")


@pytest.mark.parametrize("row", NAME_EXAMPLES, ids=lambda r: r[0])
def test_a_name_run_stops_at_an_ordinary_word(row):
    words, sentence, expected = row
    names = [p[0] for p in _persons(sentence)]
    for w in words.split("|"):
        assert w in lexicon().nonname, f"{w} is no entry of nonname_words.txt"
        held = [n for n in names if n and any(w in stems(normalize_text(t)) | {normalize_text(t)} for t in n.split())]
        assert not held, names
    if expected == "-":
        assert names and all(n is None for n in names), names
    elif expected != "*":
        assert [normalize_text(n) for n in names if n] == expected.split("|")


@pytest.mark.parametrize("doc_date, persons", [
    # a listed surname that is also a nationality adjective is that person alone only in a year he held office
    ("2023-05-01", [("السوداني", None, "IRQ"), ("ماورو فييرا", "وزير الخارجية", "PRT")]),
    ("2015-05-01", [("ماورو فييرا", "وزير الخارجية", "PRT")]),
])
def test_a_nisba_surname_alone_is_its_holder_only_in_his_years(doc_date, persons):
    text = "واستقبل السوداني في بغداد أمس وزير الخارجية البرتغالي ماورو فييرا."
    assert _persons(text, doc_date) == persons


def test_a_surname_that_is_a_nationality_adjective_is_the_adjective_after_a_title():
    assert _persons("التقى الرئيس السوداني عمر البشير نظيره المصري في القاهرة.")[0] == ("عمر البشير", "الرئيس", "SDN")
    assert _persons("وصل الرئيس السوداني إلى الرياض أمس.")[0][0] is None
    later = _persons("استقبل رئيس الوزراء العراقي محمد شياع السوداني السفير. وقال رئيس الوزراء السوداني إن اللقاء مثمر.")
    assert later[-1][:2] == ("السوداني", "رئيس الوزراء")  # the document named him in full before


def test_after_a_comma_a_conjunction_opens_a_clause_not_a_name():
    names = [p[0] for p in _persons("وعقد جلسة مباحثات مع الرئيس المصري، وعزى رئيس ألمانيا في ضحايا الطائرة.")]
    assert not any(n and n.startswith("وعز") for n in names), names
    names = [p[0] for p in _persons("والتقى وزير الخارجية السعودي، وخالد العيسى وزير الدولة.")]
    assert "وخالد" not in names and "خالد العيسى" in names
    assert [p[0] for p in _persons("التقى وزير الخارجية الصيني وانغ يي نظيره.")][0] == "وانغ يي"


def test_a_byline_names_no_party():
    text = "وزير الخارجية يلتقي نظيره\nجدة: أسماء الغابري\nالتقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي لوران فابيوس."
    names = [p[0] for p in _persons(text)]
    assert "أسماء الغابري" not in names and "عادل الجبير" in names
    assert "أسماء الغابري" in [p[0] for p in _persons("وقالت أسماء الغابري إن الوفد وصل.")]


def test_a_hashtag_mark_is_no_part_of_a_name():
    recs = extract_text("التقى الرئيس الروسي فلاديمير #بوتين الرئيس التركي رجب طيب #أردوغان في سوتشي.")
    assert [p.name for r in recs for p in r.participants] == ["فلاديمير بوتين", "رجب طيب أردوغان"]


@pytest.mark.parametrize("sentence, name", [
    ("كما التقى الشيباني نظيره اليمني، الدكتور شائع الزنداني، حيث استعرضا العلاقات.", "شائع الزنداني"),
    ("واستقبل الأسد وزير خارجية ماليزيا، السيد محمد حسن، وبحث معه العلاقات.", "محمد حسن"),
])
def test_a_name_in_apposition_after_a_title_and_its_honorific(sentence, name):
    assert name in [p.name for r in extract_text(sentence) for p in r.participants]


@pytest.mark.parametrize("text, name", [
    # NAME_TAILS: the second word of a compound given name goes on after a first word no list knows
    ("استقبل وزير الخارجية سفير باكستان منظور الحق في مكتبه.", "منظور الحق"),
    ("والتقى وزير الدفاع نظيره التركي نورد الدين جانكلي في بروكسل.", "نورد الدين جانكلي"),
])
def test_a_compound_given_name_goes_on_after_an_unlisted_first_word(text, name):
    assert name in [p[0] for p in _persons(text)]


def test_a_compound_tail_later_in_the_run_ends_the_name():
    # «الحق في التنمية» (the right to) after a name of two words is no part of it
    assert "راجيف كومار" in [p[0] for p in _persons("التقى وزير الخارجية السفير الهندي راجيف كومار الحق في مكتبه.")]


def test_every_name_tail_is_definite():
    assert all(w.startswith("ال") and w == normalize_text(w) for w in evidence()["NAME_TAILS"])


def test_a_definite_word_after_an_unlisted_name_needs_the_apposition():
    # with no title and comma before it, an unlisted word does not take the next definite word as its family
    names = [p.name for r in extract_text("والتقى الشيباني شائع الزنداني في الرياض.") for p in r.participants]
    assert "شائع الزنداني" not in names


# ---- one person, one party: title chains, families, greetings

def _parties(text: str) -> list[list[tuple[str | None, str | None]]]:
    return [[(p.name, p.country) for p in r.participants] for r in extract_text(text)]


@pytest.mark.parametrize("text, name, role", [
    # an ordinal between two offices keeps the chain one title (it ended on الثاني, and the rest made a second person)
    ("تلقى ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع الأمير فهد بن سعد اتصالا هاتفيا من الرئيس "
     "الكيني.", "فهد بن سعد", "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع"),
    ("التقى النائب الأول للرئيس السوداني عمر خالد وزير الخارجية الكيني.", "عمر خالد", "النائب الأول للرئيس"),
])
def test_an_ordinal_chains_two_offices_of_one_person(text, name, role):
    persons = _persons(text)
    assert (name, role) in [(p[0], p[1]) for p in persons]
    assert all(p[0] for p in persons if p[1] and p[1].startswith("وزير الدفاع")), persons


def test_a_minister_title_after_an_office_chain_is_the_same_person():
    # وزير starts with the letter of the conjunction, but read whole it is the title, not و + زير
    persons = _persons("استقبل رئيس مجلس الوزراء وزير الخارجية الشيخ سالم بن راشد السفير الأمريكي.")
    assert persons[0][:2] == ("سالم بن راشد", "رئيس مجلس الوزراء وزير الخارجية")


def test_a_family_after_a_lineage_is_part_of_the_name():
    names = [p[0] for p in _persons("استقبل الأمير خالد بن سلطان بن فهد آل سعود السفير الياباني.")]
    assert names[0] == "خالد بن سلطان بن فهد آل سعود" and "سعود" not in names


def test_a_staff_rank_after_a_military_rank_opens_no_second_person():
    persons = _persons("استقبل الملك وزير الدفاع القطري اللواء ركن سالم بن علي الكواري.")
    assert ("سالم بن علي الكواري", "QAT") in [(p[0], p[2]) for p in persons]
    assert not any(p[0] is None and p[1] == "وزير الدفاع" for p in persons)


def test_the_sender_of_carried_greetings_is_no_party_and_the_addressee_is():
    names = [p[0] for p in _persons("وعقد الرئيس الكيني موسى أوتينو اجتماعا مع الأمير فهد بن سعد، نقل فيه الأمير تحيات "
                                    "الملك سالم بن علي إلى أخيه الرئيس الكيني موسى أوتينو.")]
    assert "سالم بن علي" not in names and names.count("موسى أوتينو") == 2
    # the carrier's subject and a phrase of time may stand between the verb and the greetings (GREETING_REACH)
    names = [p[0] for p in _persons("ونقل وزير الخارجية الكيني خلال اللقاء تحيات وتقدير الملك سالم بن علي إلى الرئيس موسى أوتينو.")]
    assert "سالم بن علي" not in names, names


def test_the_addressee_of_the_carriers_own_greetings_is_no_party():
    names = [n for ps in _parties("وفي ختام اللقاء طلب الرئيس الكيني موسى أوتينو نقل تحياته إلى أخيه الملك سالم بن علي.")
             for n, _ in ps]
    assert "سالم بن علي" not in names


def test_greetings_given_in_person_keep_their_addressee():
    names = [n for ps in _parties("أجرى الملك فهد بن سعد اتصالا هاتفيا قدم خلاله تعازيه إلى الرئيس الكيني موسى أوتينو.")
             for n, _ in ps]
    assert "موسى أوتينو" in names


def test_a_title_ends_before_a_brother_named_after_ila():
    persons = _persons("نقل سموه تحيات الأمير سالم بن علي ولي العهد إلى أخيه الرئيس الكيني موسى أوتينو.")
    assert ("موسى أوتينو", "الرئيس", "KEN") in persons
    assert not any(p[1] and "أخيه" in p[1] for p in persons) and not any(p[0] and "أخيه" in p[0] for p in persons)


@pytest.mark.parametrize("text, persons", [
    # an ambassador after another title is the other side, not a second office of the same person
    ("التقى وزير الخارجية سفير الصين لدى المملكة لي هوا.", [(None, "وزير الخارجية"), ("لي هوا", "سفير لدى المملكة")]),
    ("استقبل الرئيس السفير الروسي في دمشق ألكسندر كينشاك.", [(None, "الرئيس"), ("ألكسندر كينشاك", "السفير في دمشق")]),
    # a definite title after a closed one opens a second person; a construct (مستشار الرئيس) stays one title
    ("التقى المبعوث الخاص للأمم المتحدة إلى سوريا الرئيس.", [(None, "المبعوث الخاص للأمم المتحدة إلى سوريا"), (None, "الرئيس")]),
    ("التقى مستشار الرئيس الأمريكي سامي خالد في الرياض.", [("سامي خالد", "مستشار الرئيس")]),
    # a relative pronoun ends a title
    ("وأجرى الوزير مباحثات مع ممثل صندوق النقد الدولي الذي قال إنه لن يسهم.", [(None, "الوزير"), (None, "ممثل صندوق النقد الدولي")]),
    # a delegation after و is a party of its own, and a name after an honorific ends the title
    ("استقبل الرئيس الفرنسي إيمانويل ماكرون أمير دولة قطر والوفد المرافق له.", [("إيمانويل ماكرون", "الرئيس"), (None, "أمير")]),
    ("التقى الرئيس الفرنسي إيمانويل ماكرون وزير خارجية دولة الكويت الشيخ صباح الخالد.",
     [("إيمانويل ماكرون", "الرئيس"), ("صباح الخالد", "وزير خارجية")]),
    # a word of a former office after the nationality adjective stays in the title (POST_NISBA_ADJ)
    ("التقى الوفد وزير المالية اليوناني المستقيل يانيس فاروفاكيس.", [("يانيس فاروفاكيس", "وزير المالية المستقيل")]),
    ("التقى الوفد الرئيس المصري المخلوع حسني مبارك.", [("حسني مبارك", "الرئيس المخلوع")]),
])
def test_where_one_title_ends_and_the_next_person_starts(text, persons):
    assert [(p[0], p[1]) for p in _persons(text)] == persons


@pytest.mark.parametrize("text, persons", [
    # a title closed by its state or city, then a title of another state with its holder's name: two persons
    ("استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر وزير الخارجية الأمريكي جون كيري.",
     [("تميم بن حمد آل ثاني", "أمير", "QAT"), ("جون كيري", "وزير الخارجية", "USA")]),
    ("واستقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي وزير الخارجية السعودي عادل الجبير.",
     [("محمد بن زايد آل نهيان", "ولي عهد أبوظبي", "ARE"), ("عادل الجبير", "وزير الخارجية", "SAU")]),
    # a second office of the same state is the same person's, and so is an office named after a region
    ("استقبل الوزير سفير المكسيك رئيس مجموعة أمريكا الشمالية خوان بيريز.",
     [(None, "الوزير", None), ("خوان بيريز", "سفير رئيس مجموعة أمريكا الشمالية", "MEX")]),
    # a bare title said again in full between commas is the same office, in full
    ("وكان الوزير عادل الجبير، وزير الخارجية السعودي، التقى نظيره الألماني فرانك فالتر شتاينماير.",
     [("عادل الجبير", "وزير الخارجية", "SAU"), ("فرانك فالتر شتاينماير", None, "DEU")]),
    ("وكان الوزير عادل الجبير التقى رئيس الوزراء العراقي حيدر العبادي.",
     [("عادل الجبير", "الوزير", "SAU"), ("حيدر العبادي", "رئيس الوزراء", "IRQ")]),
    ("التقى نائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي نظيره التركي.",
     [("أيمن الصفدي", "نائب رئيس الوزراء وزير الخارجية", "JOR"), (None, None, "TUR")]),
])
def test_a_title_of_another_state_after_a_closed_title_is_the_next_persons(text, persons):
    assert [(p[0], p[1], p[2]) for p in _persons(text)][:len(persons)] == persons


def test_a_conjunction_before_a_name_opens_a_second_person():
    persons = _persons("ويترقب الخبراء اجتماعا بين سيرغي نوفاك وزير الطاقة الروسي وعبد الله البدري الأمين العام لمنظمة أوبك.")
    assert [(p[0], p[1]) for p in persons] == [("سيرغي نوفاك", "وزير الطاقة"), ("عبد الله البدري", "الأمين العام لمنظمة أوبك")]


def test_the_same_title_restated_after_the_name_stays_the_persons():
    persons = _persons("حضر اللقاء الدكتور سالم الهاشمي وزير الثقافة والإعلام الوزير المرافق، وخالد العمري رئيس الاستخبارات.")
    assert [p[0] for p in persons] == ["سالم الهاشمي", "خالد العمري"]


@pytest.mark.parametrize("text, person", [
    # the first head of a construct stays its head: رئيس وزراء X is one prime minister, who takes the name
    ("بحث الرئيس الروسي مع رئيس وزراء إسرائيل، موشيه ليفي، خطر التصعيد.", ("موشيه ليفي", "رئيس وزراء", "ISR")),
    # the post's city after the state's name, then an honorific and the name
    ("حضر اللقاء سفير سورية في طهران الدكتور سامر حسن.", ("سامر حسن", "سفير في طهران", "SYR")),
    # and after a capital that stands for its state (سفير بيونغ يانغ: North Korea's ambassador)
    ("وذلك خلال استقباله سفير بيونغ يانغ في دمشق مون جونغ نام.", ("مون جونغ نام", "سفير بيونغ يانغ في دمشق", "PRK")),
    # after a name, a comma and و, a title is the next person's, not the first one's second office
    ("التقت الوزيرة وزير الخارجية الإيراني سامر حسن، وكبير المفاوضين الإيرانيين كريم جليلي.",
     ("كريم جليلي", "كبير المفاوضين", "IRN")),
    # a chief aide's title, and "acting" before the head of another
    ("وحضر اللقاء من الجانب الأمريكي كبير المساعدين العسكريين سامر حسن والقائمة بأعمال مساعد وزير الدفاع ليلى كريم.",
     ("سامر حسن", "كبير المساعدين العسكريين", "USA")),
    ("وحضر اللقاء من الجانب الأمريكي كبير المساعدين العسكريين سامر حسن والقائمة بأعمال مساعد وزير الدفاع ليلى كريم.",
     ("ليلى كريم", "القائمة بأعمال مساعد وزير الدفاع", "USA")),
])
def test_a_title_and_the_name_it_belongs_to(text, person):
    persons = _persons(text)
    assert person in persons, persons
    assert not any(p[0] is None and p[1] == person[1] for p in persons), persons


@pytest.mark.parametrize("text, name", [
    # a bare title names the one person named before who holds it; with a state, the latest of that state
    ("التقى وزير الخارجية الكيني سامر حسن الرئيس الأوغندي في كمبالا. وسلم الوزير خلال اللقاء رسالة خطية.", "سامر حسن"),
    ("التقى وزير الخارجية الكيني سامر حسن الرئيس الأوغندي في كمبالا. وقال الوزير الكيني إن اللقاء مثمر.", "سامر حسن"),
    # two ministers named before: the bare title is neither
    ("التقى وزير الخارجية الكيني سامر حسن وزير الدفاع الأوغندي كريم علي. وقال الوزير إن اللقاء مثمر.", None),
])
def test_a_bare_title_names_its_holder(text, name):
    assert _persons(text)[-1][0] == name


@pytest.mark.parametrize("text, persons", [
    # an unnamed office of two words with no state, و and a second office that leads to the name: one person
    ("استقبل الرئيس الأوغندي أمس نائب رئيس الوزراء ووزير الخارجية الكيني سامر حسن في كمبالا.",
     [(None, "الرئيس"), ("سامر حسن", "نائب رئيس الوزراء ووزير الخارجية")]),
    # after a preposition the first office is someone else's (the delegation of the speaker), and an ambassador is his own
    ("وحضر اللقاء الوفد المرافق لرئيس مجلس الشعب وسفير سورية في طهران الدكتور سامر حسن.",
     [(None, "رئيس مجلس الشعب"), ("سامر حسن", "سفير في طهران")]),
])
def test_two_offices_joined_by_wa(text, persons):
    assert [(p[0], p[1]) for p in _persons(text)] == persons


def test_a_bare_title_names_the_holder_of_a_second_office():
    text = "وصل نائب رئيس الوزراء ووزير الخارجية الكيني سامر حسن إلى كمبالا. ويلتقي الوزير خلال الزيارة الرئيس الأوغندي."
    assert [p[0] for p in _persons(text)][1] == "سامر حسن"


def test_a_name_by_lineage_after_its_short_form_is_the_same_person():
    # عادل الجبير, then عادل بن أحمد الجبير: one person, named by the longer form in every record
    text = ("التقى وزير الخارجية عادل الجبير نظيره المصري سامح شكري في الرياض. "
            "وكان وزير الخارجية عادل بن أحمد الجبير قد وصل أمس.")
    recs = extract_text(text, doc_date="2015-08-01")
    assert [[p.name for p in r.participants] for r in recs] == [["عادل بن أحمد الجبير", "سامح شكري"]]
    # another first name before the same family is another person
    other = ("التقى وزير الدولة القطري الشيخ محمد العطية نظيره المصري سامح شكري في الرياض. "
             "وقال خالد بن محمد العطية إن اللقاء كان مثمرا.")
    assert [p.name for p in extract_text(other)[0].participants][0] == "محمد العطية"


@pytest.mark.parametrize("text,name", [
    ("قال المتحدث إن الرئيس أوباما يتطلع للقاء الملك سلمان الشهر المقبل.", "أوباما"),
    ("واتصل الملك عبد الله الثاني بن الحسين عاهل الأردن، استنكرا فيهما الهجوم.", "عبد الله الثاني بن الحسين"),
    ("وأكد الوزير أن الرئيس بخاري يتوجه إلى الكاميرون غدا.", "بخاري"),
    ("الملك سلمان يؤسس لمرحلة جديدة ويستقبل الرئيس الكيني.", "سلمان"),
])
def test_a_verb_after_a_name_is_no_part_of_it(text, name):
    names = [p[0] for p in _persons(text)]
    assert not any(n and any(w in n for w in ("يتطلع", "استنكرا", "فيهما", "يتوجه", "يؤسس")) for n in names), names
    assert any(n and name in n for n in names), names


def test_verb_shapes_fit_verbs_and_no_listed_name():
    from syriadiplo.recognize.ner import verb_shaped
    for verb in ("يتطلع", "تتضمن", "استنكرا", "استقبلوا", "اجتمعا", "اجتمعت", "يؤسس", "تؤكد", "يستقبل", "تستضيف", "استشرف", "استعرض",
                 "تركزت", "توصلت", "استهل", "استمر"):
        assert verb_shaped(normalize_text(verb)), verb
    for name in ("ستيفان", "اشتون", "نتنياهو", "يوسف", "تميم", "ارتورو"):
        assert not verb_shaped(normalize_text(name)), name
    given = {row[0] for row in read_table("given_names.tsv")}
    listed = {w for row in read_table("persons.tsv") for v in row[0].split("|") for w in v.split()}
    # (these fit a shape of NOUN_SHAPES: listed given names, never taken for the noun)
    fits = {normalize_text(w) for w in ("استيفان", "تحسين", "تسنيم", "تغريد")}
    assert fits <= given
    assert not [w for w in (given | listed) - fits if verb_shaped(w)]
    # a whole word's shapes (WORD_VERB_SHAPES) fit verbs, and no listed name read with a proclitic off (بيستون)
    for verb in ("يستمع", "تستمر"):
        assert verb_shaped(normalize_text(verb), True) and not verb_shaped(normalize_text(verb)), verb
    assert not [w for w in given | listed if verb_shaped(w, True) and not verb_shaped(w)]
    names = _persons("والتقى وزير الخارجية العراقي بيستون كريم نظيره التركي في أنقرة.")
    assert ("بيستون كريم", "وزير الخارجية", "IRQ") in names
    # (but after the future's س or ل the shape is the verb's: سيستمع)
    assert [p[0] for p in _persons("وقال رئيس وفد الاتحاد الاوروبي ماورو فييرا سيستمع الى المسؤولين خلال لقائه الوزير.")
            if p[0]] == ["ماورو فييرا"]



def test_noun_shapes_fit_verbal_nouns_and_no_listed_name():
    from syriadiplo.recognize.ner import _shape_pattern, evidence, verb_shaped
    nouns = ("استعداد", "استمرار", "استعراض", "استقرار", "تنسيق", "تحرير")
    for noun in nouns:
        assert verb_shaped(normalize_text(noun)), noun
    for name in ("توميش", "تيتيه"):  # a long vowel second: names of the shape of the second stem's noun
        assert not verb_shaped(normalize_text(name)), name
    # given names of the shape (تحسين، تسنيم، تغريد) are listed, so never taken for the noun
    assert {normalize_text(w) for w in ("تحسين", "تسنيم", "تغريد")} <= {row[0] for row in read_table("given_names.tsv")}
    assert all(any(_shape_pattern(shape).fullmatch(normalize_text(noun)) for noun in nouns) for shape in evidence()["NOUN_SHAPES"])
    given = {row[0] for row in read_table("given_names.tsv")}
    assert normalize_text("استيفان") in given  # a name of the shape, so listed as a given name
    listed = {w for row in read_table("persons.tsv") for v in row[0].split("|") for w in v.split()}
    assert not [w for w in listed - given if verb_shaped(w)]


def test_a_verbal_noun_after_a_titled_body_is_no_name():
    names = [p[0] for p in _persons("جدد ألان لي روي الأمين العام للعلاقات الخارجية للاتحاد الأوروبي استعداد دول الاتحاد للمساهمة.")]
    assert "استعداد" not in names and any(n and "لي روي" in n for n in names), names


def test_prep_noun_shapes_fit_verbal_nouns_and_no_name_written_with_bi():
    from syriadiplo.recognize.ner import _shape_pattern, evidence, prep_noun_shaped
    nouns = ("ارتكاب", "استباق", "استقبال", "تشكيل", "تنسيق", "إعلان", "إصدار", "إزالة", "إقامة")
    for noun in nouns:
        assert prep_noun_shaped(normalize_text(noun)), noun
    # every shape is shown by one of the nouns
    assert all(any(_shape_pattern(shape).fullmatch(normalize_text(noun)) for noun in nouns)
               for shape in evidence()["PREP_NOUN_SHAPES"])
    given = {row[0] for row in read_table("given_names.tsv")}
    listed = {w for row in read_table("persons.tsv") for v in row[0].split("|") for w in v.split()}
    assert not [w for w in given | listed if w.startswith("ب") and prep_noun_shaped(w[1:])]


@pytest.mark.parametrize("text, name", [
    ("واتهمت المحكمة الرئيس الكيني أوهورو كيناتا بارتكاب جرائم.", "أوهورو كيناتا"),
    ("وكلف الأمير سعود بن ثنيان بتشكيل فرق العمل.", "سعود بن ثنيان"),
])
def test_a_verbal_noun_after_bi_ends_a_name(text, name):
    assert name in [p[0] for p in _persons(text)]


@pytest.mark.parametrize("text,person", [
    ("جرت مكالمة هاتفية بين فلاديمير بوتين وفرنسوا هولاند أمس.", ("فرنسوا هولاند", None, "FRA")),
    ("وصل أمير الكويت صباح الأحمد الصباح إلى بغداد.", ("صباح الأحمد الصباح", "أمير", "KWT")),
    ("وتجري فيدريكا موغيريني اليوم محادثات في الرياض.", ("فيدريكا موغيريني", None, None)),
    ("ويصف الرئيس الصيني شي جين بينج بسياسة الانفتاح.", ("شي جين بينج", "الرئيس", "CHN")),
])
def test_a_press_spelling_of_a_listed_name_is_read_whole(text, person):
    assert person in _persons(text)


def test_the_verb_tara_asa_is_no_truss():
    # ترأس (he chaired) normalizes to the surname of Liz Truss: alone it is her only after a full mention
    names = [p[0] for p in _persons("ترأس رئيس الوزراء التركي أحمد داود أوغلو أمس اجتماعا طارئا لمجلس الوزراء.")]
    assert "ترأس" not in names and "أحمد داود أوغلو" in names
    later = _persons("التقت وزيرة الخارجية البريطانية ليز تراس أمس نظيرها الفرنسي. وقالت تراس إن اللقاء كان مثمرا.")
    assert later[-1][0] == "تراس" and later[-1][2] == "GBR"


# ---- how far a name reaches: lineage, compound and regnal given names, titled family names

@pytest.mark.parametrize("short, long", [
    ("عبد الكريم بن فهد", "عبدالكريم بن فهد ال مسعود"),  # a compound given name, spaced or joined, and a lineage
    ("فيصل الثالث", "فيصل الثالث بن الحسن"),  # a regnal name: the given name and its ordinal
])
def test_a_short_and_a_long_form_of_one_name_share_their_key(short, long):
    assert surname_key(short.split()) == surname_key(long.split())


def test_a_compound_given_name_and_its_family_name_by_lineage():
    assert family_name("عبد الله بن عبد العزيز الربيعه".split()) == "ربيعه"


@pytest.mark.parametrize("text, name", [
    ("استقبل وزير الخارجية الإماراتي الشيخ عبد الكريم بن فهد في أبوظبي نظيره الموريتاني. وأكد الشيخ عبد الكريم بن فهد آل مسعود "
     "دعم بلاده.", "عبد الكريم بن فهد آل مسعود"),
    ("استقبل الملك فيصل الثالث في عمان رئيس الوزراء الكيني موسى أوتينو. وبعث رئيس الوزراء الكيني برقية شكر للملك "
     "فيصل الثالث بن الحسن ملك المملكة.", "فيصل الثالث بن الحسن"),
])
def test_the_record_names_the_longest_form_of_a_compound_or_regnal_name(text, name):
    assert name in [p.name for r in extract_text(text, doc_date="2015-08-01") for p in r.participants]


@pytest.mark.parametrize("text, name", [
    # ولد is the Mauritanian lineage word; a father called by his honorific is named so
    ("والتقى الرئيس مبعوث الأمم المتحدة موسى ولد الشيخ، في الرياض.", "موسى ولد الشيخ"),
    ("والتقى الرئيس مبعوث الأمم المتحدة موسى ولد الشيخ سالم في الرياض.", "موسى ولد الشيخ سالم"),
    # an unlisted first name is known by the lineage word after it; the lineage does not count to the length
    ("وحضر اللقاء علي بن سعيد عواض خليل.", "علي بن سعيد عواض خليل"),
    # a lineage inside the name lets the family follow it
    ("وقال الوزير عبد الله بن عبد العزيز الخالدي إن اللقاء مثمر.", "عبد الله بن عبد العزيز الخالدي"),
    # after a title with its state, an unlisted first name takes the family name with the article
    ("التقى الوزير رئيس مجلس النواب العراقي سليم الجبوري في بغداد.", "سليم الجبوري"),
    # a construct title ends with its definite genitive: an unlisted first name with a family name follows it
    ("واستقبل وزير العمل منيف الدرعاني أمس سفير فرنسا.", "منيف الدرعاني"),
    ("واستقبل وزير الزراعة فالح بن مطلق أمس سفير فرنسا.", "فالح بن مطلق"),
])
def test_a_name_reaches_its_end(text, name):
    assert name in [p[0] for p in _persons(text)]


def test_was_born_is_no_lineage():
    assert not [p for p in _persons("وقال الكاتب إنه ولد في نواكشوط عام 1960.") if p[0]]


def test_a_compound_surname_alone_is_the_person_named_in_full_before():
    text = ("وقال رئيس الوزراء التركي كمال داود أوغلو إن العمليات ستستمر. "
            "وبحث أوغلو في اتصال هاتفي مع الأمين العام للأمم المتحدة الأوضاع في سوريا.")
    parts = [(p.name, p.role) for r in extract_text(text, doc_date="2015-08-01") for p in r.participants]
    assert ("كمال داود أوغلو", "رئيس الوزراء") in parts and not [n for n, _ in parts if n and n.startswith("أوغلو")]


@pytest.mark.parametrize("text, name", [
    ("وقال الرئيس الكيني موسى أوتينو مبتسماً إن اللقاء مثمر.", "موسى أوتينو"),
    ("وأجرى الملك فيصل الثالث تأكيدًا لعمق العلاقات اتصالا بالرئيس الكيني.", "فيصل الثالث"),
])
def test_a_word_with_the_accusative_tanween_is_no_name_word(text, name):
    assert [p[0] for p in _persons(text)][0] == name


def test_a_pious_formula_for_two_ends_a_name():
    names = [p[0] for p in _persons("وزار قبر والده سالم بن علي رحمهما الله أمس.")]
    assert names and not any(n and "رحمهما" in n for n in names)


def test_a_medal_named_after_a_king_is_no_party():
    names = [p[0] for p in _persons("واستقبل الملك القنصل السعودي في عدن وقلده وسام الملك عبد العزيز من الدرجة الثالثة.")]
    assert "عبد العزيز" not in names


def test_a_national_party_in_a_title_gives_its_body_and_state():
    parts = extract_text("اجتمع الأمير محمد بن سلمان في جدة مع رئيس حزب القوات اللبنانية سمير جعجع.")[0].participants
    geagea = [p for p in parts if p.name == "سمير جعجع"][0]
    assert (geagea.role, geagea.organization, geagea.country) == ("رئيس حزب القوات اللبنانية", "حزب القوات اللبنانية", "LBN")


@pytest.mark.parametrize("text, name", [
    # a given name that is also an ordinary word, right after a title with its state, takes its family name
    ("التقى وزير النفط الكويتي علي العمير نظيره السعودي في الرياض.", "علي العمير"),
    ("استقبل وزير الخارجية الكويتي صباح خالد الصباح نظيره الإيراني.", "صباح خالد الصباح"),
    # an unlisted first name takes a family name of a nisba's shape
    ("التقى وزير الداخلية الفرنسي نظيره التونسي ناجم الغرسلي في باريس.", "ناجم الغرسلي"),
])
def test_a_titled_name_takes_its_family_name(text, name):
    assert name in [p[0] for p in _persons(text)]


@pytest.mark.parametrize("text, word", [
    ("وحاول رئيس الوزراء الإسرائيلي امتصاص الغضب وهاتف الرئيس الفلسطيني.", "الغضب"),
    ("وزير الدفاع الأميركي يقدم التهنئة للأمير.", "التهنئة"),
])
def test_a_noun_after_a_titled_word_is_no_family_name(text, word):
    assert not [n for n, _, _ in _persons(text) if n and word in n]


def test_a_listed_name_by_lineage_takes_no_noun_for_its_family():
    names = [p[0] for p in _persons("وترأس الأمير محمد بن نايف بن عبدالعزيز الجلسة التي عقدها مجلس الوزراء.")]
    assert not [n for n in names if n and "الجلسة" in n], names


def test_an_east_asian_family_name_alone_names_the_person_told_in_full_before():
    # وانغ يي: the family name comes first (FAMILY_FIRST); later «وانغ» alone is the same minister
    text = ("أعرب وزير الخارجية الأميركي جون كيري أمس لنظيره الصيني وانغ يي عن قلقه. "
            "والتقى كيري مع وانغ في جاكرتا أمس.")
    names = sorted(p.name for r in extract_text(text) for p in r.participants)
    assert names == ["جون كيري", "وانغ يي"], names
    # a family name never told in full before is no one
    assert not extract_text("وقال وزير الخارجية الأميركي جون كيري إنه التقى مع وانغ في جاكرتا أمس.")


# ---- a name of no list right before the title of a state that is his (ner.SentenceNER._before_title)

@pytest.mark.parametrize("text, person", [
    ("التقى رئيس الوزراء اليمني خالد بحاح أمس في الرياض، دوريك تامسن السفير الهولندي لدى اليمن.",
     ("دوريك تامسن", "السفير لدى اليمن", "NLD")),
    # a particle inside the name; the first alef written with a hamza carries no article (HAMZA_ALEFS)
    ("وأكد أليسو دي رانو الأمين العام لمنظمة التعاون الإسلامي دعم المنظمة لليمن.",
     ("أليسو دي رانو", "الأمين العام لمنظمة التعاون الإسلامي", None)),
    ("وأكد آلسو رانو الأمين العام لمنظمة التعاون الإسلامي دعم المنظمة لليمن.",
     ("آلسو رانو", "الأمين العام لمنظمة التعاون الإسلامي", None)),
    # a first letter that a proclitic could be, when nothing read off it is a word (فـ + يسكا), a verb's shape only
    # after a proclitic that opens verbs (ب + يستون), or a bare imperfect's with a long vowel second (ل + يونغ)
    ("استقبل ماورو فييرا وزير الخارجية البرازيلي فيسكا لوناتي نائبة رئيس الوزراء ووزيرة خارجية اليابان.",
     ("فيسكا لوناتي", "نائبة رئيس الوزراء ووزيرة خارجية", "JPN")),
    ("استقبل ماورو فييرا وزير الخارجية البرازيلي بيستون لوناتي وزير الخارجية العراقي في القاهرة.",
     ("بيستون لوناتي", "وزير الخارجية", "IRQ")),
    ("استقبل ماورو فييرا وزير الخارجية البرازيلي ليونغ تشانكو وزير خارجية سنغافورة في القاهرة.",
     ("ليونغ تشانكو", "وزير خارجية", "SGP")),
    # the title set off by a comma, and a deputy's title with the listed person he serves inside it
    ("وقال دوريك تامسن، السفير الهولندي لدى اليمن، إن اللقاء كان مثمرا.", ("دوريك تامسن", "السفير لدى اليمن", "NLD")),
    ("وقال دوريك فان تامسن، السفير الهولندي لدى اليمن، إن اللقاء كان مثمرا.",
     ("دوريك فان تامسن", "السفير لدى اليمن", "NLD")),
    ("والتقى سيغمار لوناتي، نائب المستشارة الألمانية أنجيلا ميركل، الرئيس الإيراني حسن روحاني في طهران.",
     ("سيغمار لوناتي", "نائب المستشارة", "DEU")),
    ("والتقى سيغمار لوناتي، نائب المستشارة الألمانية أنجيلا ميركل ووزير الاقتصاد، الرئيس الإيراني حسن روحاني.",
     ("سيغمار لوناتي", "نائب المستشارة", "DEU")),
])
def test_an_unlisted_name_before_a_title_of_a_state_is_his(text, person):
    assert person in _persons(text)


@pytest.mark.parametrize("text", [
    # ordinary words, definite words written with the article's plain alef, one word alone: no name
    "وقال رئيس الوزراء اليمني خالد بحاح إن المصادر المطلعة السفير الصيني قد وصل.",
    "وقال رئيس الوزراء اليمني خالد بحاح إن المصادر المطلعة، السفير الصيني، قد وصل.",
    # a title after a comma that opens the clause, not closed as an apposition is (a venue's name before it)
    "وعقد في فندق ريتز كارلتون، وزير الخارجية الأمريكي اجتماعا مع نظيره الروسي.",
    "وأكد الامسو رانو الأمين العام لمنظمة التعاون الإسلامي دعم المنظمة لليمن.",
    "وأكد تامسن الأمين العام لمنظمة التعاون الإسلامي دعم المنظمة لليمن.",
    # a title with no state or body of its own
    "وأكد دوريك تامسن الأمين العام دعم المنظمة لليمن.",
    # the genitive of a feminine noun, and a title after a preposition
    "وجعلت قضية توفير أمن الرئيس الأمريكي الشغل الشاغل للسلطات.",
    "حيث قدموا جميعا للرئيس المصري التهنئة.",
    # a word that endings can be read off, and a person the document named before
    "وجاء اللقاء بعد زيارة غير مسبوقة الرئيس الأمريكي.",
    # a proclitic before a word of a list (ب + مقر), before the article (بالامس), an imperfect after ل (ليصبح), and
    # one after a word that is no mention's end or comma (امس بقصر: a preposition and its noun)
    "استقبل خالد بحاح رئيس الوزراء اليمني بمقر لوناتي نائبة رئيس الوزراء ووزيرة خارجية اليابان.",
    "استقبل خالد بحاح رئيس الوزراء اليمني بالامس قابلت نائبة رئيس الوزراء ووزيرة خارجية اليابان.",
    "وفاز خالد بحاح بالانتخابات ليصبح لوناتي رئيس الوزراء الياباني.",
    "واستقبل خالد بحاح امس بقصر بلانالتو رئيس الوزراء الياباني.",
])
def test_no_name_before_a_title_without_the_evidence(text):
    assert not [p for p in _persons(text) if p[0] and p[0] != "خالد بحاح"], _persons(text)


def test_a_person_the_document_named_is_no_unlisted_name_before_a_title():
    persons = _persons("وقال حسين جابري أنصاري إن المحادثات مثمرة. والتقى جابري أنصاري رئيس الوفد السوري بشار الجعفري.")
    assert ("بشار الجعفري", "رئيس الوفد", "SYR") in persons and not [p for p in persons if p[1] and "جابري" in (p[0] or "")]


def test_hamza_alefs_are_alefs_the_article_never_carries():
    chars = {chr(int(code, 16)) for code in evidence()["HAMZA_ALEFS"]}
    assert chars and all(normalize_text(c) == normalize_text("ا") for c in chars)
    assert "ا" not in chars


@pytest.mark.parametrize("text, person", [
    # THEN_WORDS: "at the time" between the title and the name
    ("وتفاهم الملك مع الرئيس الأميركي آنذاك جورج بوش على نشر القوات.", ("جورج بوش", "الرئيس", "USA")),
    ("ويروي ممثل الكويت في أوبك حينها عبد الصمد العوضي ما جرى.", ("عبد الصمد العوضي", "ممثل في أوبك", "KWT")),
    # with no name after it, the word ends the title: the next title is another person's
    ("والتقى الرئيس آنذاك وزير الخارجية الأمريكي.", (None, "وزير الخارجية", "USA")),
])
def test_a_title_goes_on_past_at_the_time_to_its_name(text, person):
    assert person in _persons(text)


def test_every_then_word_lets_the_title_reach_its_name():
    for word in sorted(evidence()["THEN_WORDS"]):
        assert ("جورج بوش", "الرئيس", "USA") in _persons("والتقى الرئيس الأميركي %s جورج بوش الملك." % word), word


@pytest.mark.parametrize("text, name", [
    # a family name with the article right after a compound given name closes the name (COMPOUND_TAILS)
    ("وقال عبد الصمد العوضي جانبا من الحديث.", "عبد الصمد العوضي"),
    ("وقال عبد الله العطية جانبا من الحديث.", "عبد الله العطية"),
    ("واستقبل الملك عبد الله الثاني بن الحسين وزير الخارجية.", "عبد الله الثاني بن الحسين"),
    ("وقال محمد عبد الله العطية أمس إن اللقاء مثمر.", "محمد عبد الله العطية"),
])
def test_a_family_name_after_a_compound_given_name_ends_it(text, name):
    assert name in [p[0] for p in _persons(text)]


def test_compound_tails_are_definite_and_take_their_head():
    from syriadiplo.resources import grammar
    for tail in grammar("COMPOUND_TAILS"):
        assert tail == normalize_text(tail) and tail.startswith("ال"), tail
    for tail in ("الصمد", "اللطيف", "الحميد", "السلام"):
        assert ("عبد %s الكندري" % tail) in [p[0] for p in _persons("وقال عبد %s الكندري جانبا من الحديث." % tail)], tail


@pytest.mark.parametrize("text, name, role", [
    ("التقت السيناتورة الأمريكية جين دو رئيس البرلمان الكيني.", "جين دو", "السيناتورة"),
    ("التقى الوزير المساعد الخاص لرئيس الوزراء الباكستاني طارق فاطمي.", "طارق فاطمي", "المساعد الخاص لرئيس الوزراء"),
    ("استقبل الرئيس المستشار الخاص للأمين العام سمير حداد.", "سمير حداد", "المستشار الخاص للأمين العام"),
])
def test_a_senator_and_a_special_aide_are_titles(text, name, role):
    assert (name, role) in [(p[0], p[1]) for p in _persons(text)]


@pytest.mark.parametrize("text, state", [
    ("استقبل الأمير فيصل بن عبدالله بن عبدالعزيز السفير الأمريكي جيمس سميث.", "SAU"),  # titled: a grandson of the founder
    ("التقى الشيخ حامد بن زايد آل نهيان السفير الأمريكي جيمس سميث.", "ARE"),
    ("استقبل الأمير سعود بن عبدالله بن جلوي السفير الأمريكي جيمس سميث.", "SAU"),
    ("التقى سالم بن أحمد بن عبدالعزيز السفير الأمريكي جيمس سميث.", None),  # no title: عبدالعزيز ends many fathers' names
    # a branch of the founder's sons (بن مساعد، بن فهد، بن سلطان، بن نايف، بن سلمان), after a title
    ("استقبل الأمير فهد بن عبدالله بن مساعد السفير الأمريكي جيمس سميث.", "SAU"),
    ("استقبل الأمير تركي بن محمد بن فهد السفير الأمريكي جيمس سميث.", "SAU"),
    ("استقبل الأمير فهد بن فيصل بن سلطان السفير الأمريكي جيمس سميث.", "SAU"),
    ("استقبل الأمير فهد بن عبدالرحمن بن نايف السفير الأمريكي جيمس سميث.", "SAU"),
    ("استقبل الأمير سعود بن خالد بن سلمان السفير الأمريكي جيمس سميث.", "SAU"),
    ("التقى خالد بن محمد بن فهد السفير الأمريكي جيمس سميث.", None),
    ("استقبل الأمير علي بن نايف السفير الأمريكي جيمس سميث.", None),  # a son, not a grandson: a Jordanian prince
])
def test_a_royal_family_name_gives_the_state(text, state):
    (record,) = extract_text(text)
    assert record.participants[0].country == state


def test_a_royal_family_name_is_no_second_side():
    # the prince's state is filled once the record is in scope: with it, a junk "party" would make two sides
    assert extract_text("التقى الأمير فيصل بن عبدالله بن عبدالعزيز مدير مستشفي املج.") == []


def test_a_stretching_stroke_is_off_the_name():
    assert _persons("اتصل الملك سلمان بن عبدالعزيز آل سعودــ بالرئيس المصري.")[0][0] == "سلمان بن عبدالعزيز آل سعود"


def test_a_titled_given_name_is_the_full_name_told_before():
    text = ("استقبل الملك سلمان بن عبدالعزيز في الرياض أمس الرئيس المصري عبدالفتاح السيسي. وتلقى الملك سلمان "
            "اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان.")
    assert {r.participants[0].name for r in extract_text(text)} == {"سلمان بن عبدالعزيز"}


def test_stretching_strokes_inside_a_name_are_off():
    assert _persons("استقبل الأمير محمد بن سلـمان بن عــبدالعـزيـز السفير الأمريكي.")[0][0] == "محمد بن سلمان بن عبدالعزيز"


def test_a_listed_given_name_in_another_spelling_is_part_of_the_name():
    # فدريكا: two letters off the listed فيديريكا, right before the listed surname
    assert _persons("التقت فدريكا موغيريني في بروكسل أمس وزير الخارجية السعودي عادل الجبير.")[0][:1] == ("فدريكا موغيريني",)
    assert _persons("وقال موغيريني إن اللقاء مثمر.")[0][0] == "موغيريني"


def test_a_nisba_of_two_adjectives_gives_its_state():
    assert [p[2] for p in _persons("استقبل الأمير سعود بن نايف السفير الكوري الجنوبي كيم جين سو.")] == ["SAU", "KOR"]


@pytest.mark.parametrize("adjective, state", [("البنغالي", "BGD"), ("العاجي", "CIV"), ("البوروندي", "BDI"),
                                               ("الزيمبابوي", "ZWE"), ("المالاوي", "MWI"), ("الهايتي", "HTI"),
                                               ("الميانماري", "MMR"), ("البوركيني", "BFA")])
def test_a_nationality_adjective_the_press_writes_gives_its_state(adjective, state):
    # states whose adjective is the name itself (بوروندي) or another word than the name's (عاجي for Côte d'Ivoire)
    sides = _persons(f"التقى وزير الخارجية الياباني تارو سوزوكي في طوكيو السفير {adjective} جان دوران.")
    assert [p[2] for p in sides] == ["JPN", state]


def test_an_ordinary_word_after_the_title_its_listed_holder_bears_is_that_holder():
    # المعلم ("the teacher") alone needs an earlier full mention, unless the title is his listed one
    assert _persons("وقد التقى المبعوث الاممي في دمشق وزير الخارجية المعلم.")[-1][:3] == ("المعلم", "وزير الخارجية", "SYR")
    assert _persons("وقد التقى المبعوث الاممي في دمشق الوزير المعلم.")[-1][0] is None
    assert _persons("وقد التقى المبعوث الاممي في عمان وزير الخارجية الأردني المعلم.")[-1][0] is None
    # nor a holder out of office in the document's year (الحكيم, Iraq's foreign minister 2018-2020)
    text = "وقد التقى المبعوث الاممي في بغداد وزير الخارجية الحكيم."
    assert [r.participants[-1].name for r in extract_text(text, doc_date="2019-03-01")] == ["الحكيم"]
    assert [r.participants[-1].name for r in extract_text(text, doc_date="2015-03-01")] == [None]


def test_a_given_name_told_before_stops_before_ordinary_words():
    # the king is named in full first: later الملك سلمان ملامح is the king, then ordinary words
    names = [p[0] for p in _persons("استقبل الملك سلمان بن عبدالعزيز الرئيس الكيني. ورسم الملك سلمان ملامح عهده.")]
    assert names[-1] == "سلمان", names
    # a family name with the article goes on (محمد العبد is one name, though محمد بن سلمان came first)
    names = [p[0] for p in _persons("استقبل الأمير محمد بن سلمان الرئيس الكيني. والتقى الوزير محمد العبد السفير.")]
    assert "محمد العبد" in names, names


def test_an_entry_of_a_chronology_is_the_headline_persons():
    text = ("سلمان بن عبدالعزيز في مائة يوم\nالرياض: خاص\nتولى الملك سلمان بن عبدالعزيز الحكم في يناير. "
            "وفي يوم الأحد 12 أبريل استقبل وزير الخارجية الفرنسي لوران فابيوس. وفي يوم الاثنين 13 أبريل تلقى "
            "اتصالا هاتفيا من الرئيس السوداني عمر البشير.")
    recs = extract_source(Source(text, "d", "-", "سلمان بن عبدالعزيز في مائة يوم"))
    assert sorted(sorted(p.name for p in r.participants) for r in recs) == [
        ["سلمان بن عبدالعزيز", "عمر البشير"], ["سلمان بن عبدالعزيز", "لوران فابيوس"]]


@pytest.mark.parametrize("text, names", [
    # بان of بان كي مون is a name, not بأن: the clause goes on past it
    ("التقى الأمين العام للأمم المتحدة بان كي مون أمس وزير الخارجية الروسي سيرغي لافروف في نيويورك.",
     ["بان كي مون", "سيرغي لافروف"]),
    # a listed person whose office is inside the title is no party: the title is the next name's
    ("التقى الأمين العام لجامعة الدول العربية نبيل العربي أمس مبعوث الأمين العام للأمم المتحدة بان كي مون إلى سوريا"
     " ستيفان دي ميستورا.", ["نبيل العربي", "ستيفان دي ميستورا"]),
    ("استقبل وزير الخارجية العراقي إبراهيم الجعفري ممثل المرشد الأعلى علي خامنئي علي أكبر ولايتي.",
     ["إبراهيم الجعفري", "علي أكبر ولايتي"]),
])
def test_a_name_inside_a_title_or_like_a_function_word(text, names):
    (record,) = extract_text(text)
    assert [p.name for p in record.participants] == names


def test_presentation_forms_in_a_name_are_its_letters():
    # a site that publishes glyph shapes (U+FE8D ...): the name is written with the letters they show
    assert _persons("استقبل الرئيس المصري \ufe8d\ufedf\ufeb4\ufef4\ufeb4\ufef2 السفير الصيني.")[0][0] == "السيسي"


def test_a_word_before_a_lineage_word_is_a_given_name_not_a_nisba():
    # تركي reads as the nisba "Turkish"; before بن it is the prince's given name
    assert _persons("استقبل الأمير تركي بن محمد بن فهد السفير الأمريكي.")[0][:1] == ("تركي بن محمد بن فهد",)
    assert _persons("التقى الرئيس التركي رجب طيب أردوغان نظيره.")[0][2] == "TUR"


@pytest.mark.parametrize("text, persons", [
    ("اجتمع الرئيس بوزير الثقافة المصري الدكتور محمد النبوي.",
     [(None, "الرئيس", None), ("محمد النبوي", "وزير الثقافة", "EGY")]),
    ("اجتمع الرئيس بالدكتور محمد النبوي وزير الثقافة المصري.",
     [(None, "الرئيس", None), ("محمد النبوي", "وزير الثقافة", "EGY")]),
    ("التقى الوزير بالسيد محمد النبوي.", [(None, "الوزير", None), ("محمد النبوي", None, None)]),
])
def test_a_title_or_honorific_after_bi_opens_the_next_person(text, persons):
    """ب never carries a title's genitive: a title or an honorific after it is the next person's (الرئيس بوزير ...)."""
    assert _persons(text) == persons


def test_a_second_genitive_and_acting_stay_in_the_title():
    assert _persons("استقبل السفير الممثلة السامية للشؤون الخارجية والسياسة الأمنية فيديريكا موغيريني.")[1][1] == (
        "الممثلة السامية للشؤون الخارجية والسياسة الأمنية")
    assert _persons("التقى السفير الرئيس التنفيذي للشركة بالنيابة منصور القحطاني.")[1][:2] == (
        "منصور القحطاني", "الرئيس التنفيذي للشركة بالنيابة")


def test_an_undersecretary_of_a_ministry_is_a_title_with_its_state():
    """وكيل before a ministry, not a head title: وكيل وزارة الخارجية التركية X is Turkey's undersecretary."""
    assert _persons("التقى وكيل وزارة الخارجية التركية فريدون سينيرلي أوغلو في أربيل رئيس الإقليم مسعود بارزاني.")[0] == (
        "فريدون سينيرلي أوغلو", "وكيل وزارة الخارجية", "TUR")


def test_a_title_between_two_names_is_the_first_ones_when_the_second_has_his_own():
    """X title Y title: each name with the title after it (التقى نبيل العربي الأمين العام للجامعة العربية ستيفان
    دي ميستورا المبعوث الخاص ...); without a title after Y, the title between them stays Y's."""
    persons = _persons("التقى نبيل العربي الأمين العام للجامعة العربية ستيفان دي ميستورا المبعوث الخاص للأمم المتحدة "
                       "إلى سوريا في القاهرة.")
    assert [(n, r) for n, r, _ in persons] == [("نبيل العربي", "الأمين العام للجامعة العربية"),
                                                ("ستيفان دي ميستورا", "المبعوث الخاص للأمم المتحدة إلى سوريا")]
    assert _persons("استقبل محمد بن سلمان وزير الخارجية الأمريكي جون كيري في جدة.")[1][:2] == ("جون كيري", "وزير الخارجية")


def test_the_same_office_of_another_state_after_a_titled_name_is_the_next_person():
    """سفير فنلندا X، وسفير الدنمارك: a list of ambassadors, not a second title of the Finnish one."""
    persons = _persons("استقبل الوزير اليوم سفير مملكة النرويج رالف فيلي هانسن، وسفير فنلندا بيكا فاوتيلاينين، "
                       "وسفير مملكة الدنمارك.")
    assert [(n, c) for n, _, c in persons[1:]] == [("رالف فيلي هانسن", "NOR"), ("بيكا فاوتيلاينين", "FIN"), (None, "DNK")]


def test_ministers_in_a_list_of_states_after_fi_are_one_per_state():
    """وزراء الري والمياه في مصر والسودان وإثيوبيا: Egypt is the first of the list, not the title's place."""
    persons = _persons("واجتمع أمس في الخرطوم وزراء الري والمياه في مصر والسودان وإثيوبيا.")
    assert persons == [(None, "وزير الري والمياه", "EGY"), (None, "وزير الري والمياه", "SDN"), (None, "وزير الري والمياه", "ETH")]


def test_a_delegation_of_a_quoted_body_is_that_bodys():
    """وفدا من «حركة نور الدين الزنكي»: a body the lists do not hold, quoted, is the delegation's side as written."""
    ex = Analysis(build_document("جمعت المفاوضات وفدا من «حركة نور الدين الزنكي» ومسؤولين إيرانيين في إسطنبول.", "t", "t.txt"))
    tagging.run(ex)
    dels = [(m.org, m.country) for info in ex.infos for m in info.mentions if m.kind == "delegation"]
    assert dels == [("حركة نور الدين الزنكي", None), (None, "IRN")]


@pytest.mark.parametrize("text, org", [
    # a title whose word holds the pronoun of a body named before it in the sentence is that body's (BODY_PRONOUN)
    ("قال مسؤول من حركة حماس إن وزير الخارجية الروسي سيرغي لافروف اجتمع مع رئيس مكتبها السياسي خالد مشعل.", "حركة حماس"),
    ("قال مسؤول من حركة حماس إن وزير الخارجية الروسي سيرغي لافروف اجتمع مع رئيس المكتب خالد مشعل.", None),
    # or names it again by its first noun after ل and the article (BODY_NOUNS), the body's name holding the noun
    ("وقال مصدر في حركة المقاومة الإسلامية «حماس»، إن لقاء رئيس المكتب السياسي للحركة خالد مشعل والوزير تم أمس.", "حماس"),
    ("وقال مصدر في حركة «حماس»، إن لقاء رئيس المكتب السياسي للحزب خالد مشعل والوزير تم أمس.", None),
    ("وقال مصدر في حزب الله إن لقاء رئيس المكتب السياسي للحركة خالد مشعل والوزير تم أمس.", None),
])
def test_a_title_pointing_back_at_a_body_takes_it(text, org):
    ex = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(ex)
    assert [mm.org for info in ex.infos for mm in info.mentions if mm.name == "خالد مشعل"] == [org]


@pytest.mark.parametrize("text", [
    # not a noun that opens another body's name after it, nor one that only a mention before the body holds
    "وقال مصدر في حركة «حماس»، إن الوزير التقى أمس رئيس المكتب السياسي للحركة الإسلامية ماورو فييرا.",
    "والتقى وفد من حركة فتح قيادة حزب الله في بيروت بحضور رئيس المكتب السياسي للحركة ماورو فييرا.",
])
def test_a_body_noun_that_names_no_body_before_it_points_at_none(text):
    ex = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(ex)
    assert [mm.org for info in ex.infos for mm in info.mentions if mm.name == "ماورو فييرا"] == [None]


@pytest.mark.parametrize("text, role, org", [
    # the quoted name of a listed body after the first noun of its name is in the title, and the body his
    ("التقى الوزير امس رئيس المكتب السياسي لحركة «حماس» خالد مشعل.", "رئيس المكتب السياسي لحركة «حماس»", "حماس"),
    # a quoted word that is not a listed body's whole name is not taken so (the title ends before the quote, as
    # before, and the name after the quote is one of no title)
    ("التقى الوزير امس رئيس المكتب السياسي لحركة «المقاومة» خالد مشعل.", None, None),
])
def test_a_quoted_body_after_its_first_noun_is_in_the_title(text, role, org):
    ex = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(ex)
    assert [(mm.role, mm.org) for info in ex.infos for mm in info.mentions if mm.name == "خالد مشعل"] == [(role, org)]


@pytest.mark.parametrize("text", [
    # after a definite word the bare body noun is the verb's object, no genitive; after another proclitic than ل
    # it is joined to the clause (BODY_NOUNS are no name words either: nonname_words.txt)
    "واستقبل رئيس الوزراء حركة «حماس» في برازيليا.",
    "واجتمع رئيس الوزراء بحركة «حماس» في الدوحة.",
])
def test_a_quoted_body_after_a_definite_title_is_its_object(text):
    records = extract_text(text, doc_date="2015-08-03")
    assert [[(p.name, p.organization) for p in r.participants] for r in records] == [[(None, None), (None, "حماس")]]


@pytest.mark.parametrize("text", [
    # the pointing title with the unlisted name after it, an acting holder, and the body named after an earlier
    # mention that is no body (كينجي ساتو before حركة «حماس»)
    "وأكدت حركة «حماس» أن رئيس المكتب السياسي للحركة ماورو فييرا التقى وزير الخارجية الياباني كينجي ساتو أمس.",
    "وقال مصدر في حركة «حماس» إن وزير الخارجية الياباني التقى رئيس المكتب السياسي للحركة بالإنابة ماورو فييرا.",
    "والتقى وزير الخارجية الياباني كينجي ساتو حركة «حماس» في الدوحة بحضور رئيس المكتب السياسي للحركة ماورو فييرا.",
])
def test_a_pointing_title_keeps_its_body(text):
    records = extract_text(text, doc_date="2015-08-03")
    assert [p.organization for r in records for p in r.participants
            if p.kind == "person" and "للحركة" in (p.role or "")] == ["حماس"]


@pytest.mark.parametrize("text, roles", [
    # a nationality adjective after و that goes on a list of counterparts is a further counterpart, whose title is
    # the one they take (the person they are counterparts of), not that of a titled person named before them (the
    # surnames alone are read after the list, ellipsis.restore_titles)
    ("ويعقد وزير الخارجية البرازيلي ماورو فييرا مباحثات مع أمير دولة قطر الشيخ تميم بن حمد آل ثاني، قبل أن يعقد "
     "لقاء يضم فييرا مع نظيريه الأميركي كيري والسعودي الجبير.", {"كيري": "وزير الخارجية", "الجبير": "وزير الخارجية"}),
    # after a titled person, as before, the elided title is his
    ("استقبل الرئيس البرازيلي ماورو فييرا امس وزير الخارجية الياباني كينجي ساتو والهندي راجيش كومار.",
     {"راجيش كومار": "وزير الخارجية"}),
])
def test_a_list_of_counterparts_goes_on_after_waw_and_an_adjective(text, roles):
    records = extract_text(text, doc_date="2015-08-03")
    got = {p.name: p.role for r in records for p in r.participants if p.name in roles}
    assert got == roles


@pytest.mark.parametrize("text", [
    # after a construct title, a bare word that shows no name (no given name, no family name or lineage after it)
    # is left to the title, as before: no person is named by it
    "وبحث رئيس الوزراء خطة الحكومة مع سفير فرنسا.",
    "وأكد وزير الخارجية دعم المملكة لليمن.",
])
def test_a_bare_word_after_a_construct_title_is_no_name(text):
    assert [p[0] for p in _persons(text) if p[0]] == []


@pytest.mark.parametrize("text, role", [
    # a verbal noun after ب (PREP_NOUN_SHAPES)
    ("ورحب الدكتور سالم الحمدان الأمين العام لمنظمة التعاون الإسلامي بإعلان جدة الصادر أمس.",
     "الأمين العام لمنظمة التعاون الإسلامي"),
    ("وكلف ولي العهد بتشكيل لجنة للمتابعة.", "ولي العهد"),
    # a bare word after the body the title is of: the verb's object, no word of the title nor a name
    ("جدد ألان لي روي الأمين العام للعلاقات الخارجية للاتحاد الأوروبي استعداد دول الاتحاد للمساهمة.",
     "الأمين العام للعلاقات الخارجية للاتحاد الأوروبي"),
    ("أكد الأمين العام لجامعة الدول العربية دعم الجامعة للحكومة.", "الأمين العام لجامعة الدول العربية"),
])
def test_a_verbs_object_after_a_title_ends_it(text, role):
    assert role in [p[1] for p in _persons(text)]


def test_a_known_family_name_after_a_definite_noun_is_its_adjective():
    # العربي of نبيل العربي, then العمل العربي: the adjective of a noun, not the person again
    names = [p[0] for p in _persons("التقى الأمين العام للجامعة نبيل العربي وزير الخارجية المصري. وأكد أن العمل العربي "
                                    "المشترك يتعزز. وقال العربي إن اللقاء مثمر.")]
    assert names.count("العربي") == 1 and "نبيل العربي" in names


def test_the_feminine_assistant_is_a_title_only_before_a_head():
    # مساعدة (also "help") is a modifier: before وزير it is his assistant's title, alone it names no one
    roles = [p[1] for p in _persons("والتقى وزير الخارجية القطري خالد العطية مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط في الدوحة.")]
    assert "مساعدة وزير الخارجية لشؤون الشرق الأوسط" in roles
    assert _persons("وقدمت المملكة مساعدة عاجلة للحكومة اليمنية.") == []


def test_a_body_in_the_genitive_right_before_a_titled_person_is_his():
    text = "والتقت عضوة لجنة الاستخبارات التابعة لمجلس الشيوخ الأمريكي السيناتورة جين ماكدونالد بالسفير الباكستاني."
    assert ("جين ماكدونالد", "السيناتورة", "USA") in _persons(text)
    records = extract_text(text, doc_date="2015-08-01")
    assert [p.kind for r in records for p in r.participants].count("organization") == 0


@pytest.mark.parametrize("text, role, state", [
    ("وتلقى الأمير اتصالا هاتفيا من ملك المملكة المغربية الشقيقة الملك محمد السادس.", "ملك", "MAR"),
    ("واستقبل الرئيس السوداني أمس أمير دولة الكويت الشقيقة الشيخ صباح الأحمد الجابر الصباح.", "أمير", "KWT"),
])
def test_courtesy_to_a_state_is_no_word_of_the_role(text, role, state):
    assert (role, state) in [(p[1], p[2]) for p in _persons(text)]


@pytest.mark.parametrize("text", [
    "استقبل الملك سلمان في جدة وزير الخارجية المصري لدى وصوله.",
    "صافح خادم الحرمين وزير الخارجية المصري لدى استقباله في جدة.",
])
def test_lada_with_a_verbal_noun_is_upon_and_no_word_of_the_role(text):
    assert (None, "وزير الخارجية", "EGY") in _persons(text)


def test_lada_with_a_state_after_it_stays_in_the_role():
    assert (None, "سفير الاتحاد الأوروبي لدى سوريا", None) in _persons("التقى وزير الخارجية السوري سفير الاتحاد الأوروبي لدى سوريا.")


@pytest.mark.parametrize("text, first, second", [
    ("وعقدت في القاهرة مباحثات بين ولي العهد والرئيس المصري.", (None, "ولي العهد", None), (None, "الرئيس", "EGY")),
    ("وحضر اللقاء وزير الخارجية والأمين العام للجامعة العربية.", (None, "وزير الخارجية", None), (None, "الأمين العام للجامعة العربية", None)),
])
def test_and_then_a_definite_head_title_is_the_next_person(text, first, second):
    persons = _persons(text)
    assert first in persons and second in persons, persons


def test_a_direction_noun_with_li_starts_no_name():
    persons = _persons("استقبل الرئيس النيجيري محمد بخاري الممثل الخاص للأمين العام للأمم المتحدة لغرب أفريقيا محمد ابن شمباس.")
    assert not any(p[0] and "لغرب" in p[0] for p in persons) and ("محمد ابن شمباس" in [p[0] for p in persons]), persons


def test_an_official_pointed_back_at_takes_the_office_told_before():
    text = ("جدد ألان لي روي الأمين العام للعلاقات الخارجية للاتحاد الأوروبي استعداد دول الاتحاد للمساهمة. "
            "وعبر المسؤول الأوروبي، خلال لقائه وزير الخارجية اليمني، عن سعادته.")
    roles = [p[1] for p in _persons(text) if p[0] == "ألان لي روي"]
    assert roles == ["الأمين العام للعلاقات الخارجية للاتحاد الأوروبي"] * 2, roles


def test_a_shared_lineage_word_makes_no_namesake():
    from syriadiplo.recognize.ner import listed_namesake
    assert listed_namesake(normalize_text("فيصل بن الحسين").split()) is None
    assert listed_namesake(normalize_text("زيد بن رعد الحسين").split()) is not None


def test_a_jordanian_prince_is_of_jordan_by_his_house():
    records = extract_text("والتقى ولي ولي العهد السعودي في عمان أمس الأمير فيصل بن الحسين.", doc_date="2015-08-01")
    assert ("فيصل بن الحسين", "JOR") in [(p.name, p.country) for r in records for p in r.participants]


@pytest.mark.parametrize("text, person", [
    ("التقى رئيس مجلس النواب اللبناني نبيه بري في بيروت امس سفير خادم الحرمين الشريفين لدى لبنان علي بن سعيد عواض عسيري.",
     ("علي بن سعيد عواض عسيري", "سفير خادم الحرمين الشريفين لدى لبنان", "SAU")),
    ("كما حضر الاجتماع سفير خادم الحرمين الشريفين لدى إسبانيا الأمير منصور بن خالد الفرحان.",
     ("منصور بن خالد الفرحان", "سفير خادم الحرمين الشريفين لدى إسبانيا", "SAU")),
])
def test_the_kings_title_after_a_bare_head_gives_the_office_its_state(text, person):
    assert person in _persons(text)


@pytest.mark.parametrize("text", [
    "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في الرياض أمس رئيس وزراء باكستان نواز شريف.",
    "استقبل خادم الحرمين الشريفين في الرياض أمس رئيس وزراء باكستان نواز شريف.",
    "التقى الرئيس خادم الحرمين الشريفين في البيت الأبيض.",
])
def test_the_kings_epithet_alone_makes_no_person(text):
    assert not any(p[1] and "خادم" in p[1] for p in _persons(text))


def test_a_title_before_a_style_of_address_is_the_named_holders():
    text = ("تلقى نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز اتصالا هاتفيا أمس. "
            "كما تلقى نائب خادم الحرمين الشريفين اتصالا هاتفيا من الأمير سلمان بن حمد آل خليفة.")
    holders = {p[0] for p in _persons(text) if p[1] == "نائب خادم الحرمين الشريفين"}
    assert holders == {"محمد بن نايف بن عبدالعزيز"}, holders


def test_a_verb_after_the_titles_state_ends_it():
    text = "تلقى الأمير اتصالا من الشيخ محمد الخالد نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت أدان فيه التفجير."
    roles = [p[1] for p in _persons(text)]
    assert "نائب رئيس مجلس الوزراء وزير الداخلية" in roles and not any(r and "أدان" in r for r in roles), roles


@pytest.mark.parametrize("text, name, role", [
    ("وكانت وزيرة الداخلية البريطانية تيريزا ماي استقبلت أول من أمس نظيرها الفرنسي برنار كازنوف في لندن.", "برنار كازنوف", "وزير الداخلية"),
    ("استقبلت وزيرة الخارجية الكرواتية فيسنا بوسيتش نظيرتها النمساوية كارين كنايسل في زغرب.", "كارين كنايسل", "وزيرة الخارجية"),
])
def test_a_counterpart_takes_the_title_in_the_gender_of_the_counterpart_noun(text, name, role):
    records = extract_text(text, doc_date="2015-08-01")
    assert (name, role) in [(p.name, p.role) for r in records for p in r.participants]


def test_masculine_title_changes_only_a_feminine_title_word():
    from syriadiplo.events.arguments import masculine_title
    assert masculine_title("وزيرة الخارجية") == "وزير الخارجية"
    assert masculine_title("الرئيسة") == "الرئيس"
    assert masculine_title("رئيس الحكومة") == "رئيس الحكومة"
    assert masculine_title("وزير الخارجية") == "وزير الخارجية"


def test_a_given_name_that_is_a_word_is_read_whole_after_a_title():
    persons = _persons("وقال في مؤتمر صحافي عقده مع وزير الداخلية في حكومة الإقليم كريم سنجاري في أربيل.")
    assert "كريم سنجاري" in [p[0] for p in persons], persons


def test_a_states_national_security_council_is_no_un_security_council():
    persons = _persons("والتقى رئيس مجلس الأمن القومي الإيراني علي شمخاني الوزير الروسي.")
    assert ("علي شمخاني", "رئيس مجلس الأمن القومي", "IRN") in persons, persons
    records = extract_text("التقى رئيس مجلس الأمن القومي الإيراني علي شمخاني في طهران أمس وزير الخارجية الروسي سيرغي لافروف.",
                           doc_date="2015-08-01")
    assert "UNSC" not in [p.organization for r in records for p in r.participants]


@pytest.mark.parametrize("text, name", [
    ("والتقى نائب رئيس مجلس الوزراء وزير الدفاع الكويتي الشيخ خالد الجراح الصباح مستشار وزير الدفاع البريطاني.", "خالد الجراح الصباح"),
    ("كما تلقى الأمير اتصالا من الشيخ محمد الخالد الحمد الصباح نائب رئيس مجلس الوزراء وزير الداخلية بدولة الكويت.",
     "محمد الخالد الحمد الصباح"),
])
def test_a_ruling_houses_name_closes_a_name_after_definite_words(text, name):
    assert name in [p[0] for p in _persons(text)]


def test_house_tails_are_last_words_of_listed_royal_names():
    from syriadiplo.recognize.ner import evidence
    houses = {row[0].split()[-1] for row in read_table("royal_houses.tsv")}
    assert evidence()["HOUSE_TAILS"] <= houses


@pytest.mark.parametrize("text, person", [
    ("تلقى الأمير اتصالا من الشيخ سيف بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الداخلية في الإمارات.",
     ("سيف بن زايد آل نهيان", "نائب رئيس مجلس الوزراء وزير الداخلية", "ARE")),
    # an international body's officer keeps where his post is
    ("التقى الوزير المنسق الإنساني للأمم المتحدة في اليمن يوهانس فان دير كلاو.", ("يوهانس فان دير كلاو", "المنسق الإنساني للأمم المتحدة في اليمن", None)),
    # الأمير before the name is a royal's style (STYLE_TITLES): the office told after the name is his role
    ("استقبل الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع أمس وزير الخارجية الأمريكي.",
     ("محمد بن سلمان", "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع", "SAU")),
    # and the state after ل that ends the chain is where he goes, not a word of his role
    ("بمناسبة زيارة الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع للأردن، وجاء في البيان.",
     ("محمد بن سلمان", "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع", "SAU")),
    # a title that is an office keeps it (الوزير ... وزير الخارجية is said in full as before)
    ("استقبل الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية أمس وزير الخارجية الأمريكي.",
     ("عبد الفتاح السيسي", "الرئيس", "EGY")),
    # a region's head (REGION_HEADS رئيس) takes the region
    ("التقى وزير الخارجية القطري خالد العطية مسعود البرزاني رئيس إقليم كردستان في أربيل.",
     ("مسعود البرزاني", "رئيس إقليم كردستان", "IRQ")),
    ("التقى وزير الخارجية القطري خالد العطية رئيس إقليم كردستان مسعود بارزاني في أربيل.",
     ("مسعود بارزاني", "رئيس إقليم كردستان", "IRQ")),
    # a title's word before بن is a given name (مساعد: an assistant, and a name)
    ("وحضر اللقاء وزير الدولة عضو مجلس الوزراء مساعد بن محمد العيبان.",
     ("مساعد بن محمد العيبان", "وزير الدولة عضو مجلس الوزراء", "SAU")),
    # a chargé d'affaires of an embassy: the embassy's state is his
    ("اجتمع الأمين العام مع القائم بأعمال سفارة سويسرا لدى المملكة أورس بوهلر.",
     ("أورس بوهلر", "القائم بأعمال سفارة لدى المملكة", "CHE")),
    # a governor's title takes its region or city (REGION_HEADS, REGION_NOUNS), before or after the name
    ("استقبل أمير منطقة الرياض الأمير فيصل بن بندر في مكتبه سفير اليابان.", ("فيصل بن بندر", "أمير منطقة الرياض", "SAU")),
    ("استقبل الأمير سعود بن نايف أمير المنطقة الشرقية في مكتبه سفير اليابان.", ("سعود بن نايف", "أمير المنطقة الشرقية", "SAU")),
    ("استقبل محافظ الطائف الأمير سعود بن عبدالله في مكتبه القنصل الأمريكي.", ("سعود بن عبدالله", "محافظ الطائف", "SAU")),
    # and ends there: the title after it is the next person's, whose state after ل is his when his name follows
    ("استقبل الأمير مشعل بن ماجد محافظ جدة وزير الدولة للشؤون الخارجية لجمهورية بنغلاديش محمد شهريار عالم.",
     ("مشعل بن ماجد", "محافظ جدة", "SAU")),
    ("استقبل الأمير مشعل بن ماجد محافظ جدة وزير الدولة للشؤون الخارجية لجمهورية بنغلاديش محمد شهريار عالم.",
     ("محمد شهريار عالم", "وزير الدولة للشؤون الخارجية", "BGD")),
])
def test_the_state_and_role_a_title_after_the_name_gives(text, person):
    """A state after في gives the title its state as a nisba does; the office after a royal's style is his role."""
    assert person in _persons(text), _persons(text)


def test_a_royals_style_gives_way_to_the_office_restated_with_his_state_after_his_name():
    recs = extract_text("وعقد الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع السعودي اجتماعا مع وزير الدفاع الأمريكي آشتون كارتر.")
    assert [(p.name, p.role) for r in recs for p in r.participants][0] == ("محمد بن سلمان", "ولي ولي العهد وزير الدفاع")


def test_a_minister_named_by_a_bare_title_after_what_his_ministry_said_is_of_its_state():
    assert _persons("أعلنت وزارة الخارجية الإيطالية أن الوزير باولو جنتيلوني سيزور إيران.") == [("باولو جنتيلوني", "الوزير", "ITA")]
    assert _persons("أعلنت وزارة الخارجية الإيطالية أمس أن الوزير باولو جنتيلوني سيزور إيران.")[0][2] == "ITA"
    # (a title with a state of its own keeps it; a person not right after the complementizer is another's)
    assert _persons("أعلنت وزارة الخارجية الإيطالية أن وزير الخارجية الإيراني محمد جواد ظريف سيزور روما.")[0][2] == "IRN"
    assert _persons("أعلنت وزارة الخارجية الإيطالية أن إيران تستقبل الوزير باولو جنتيلوني.")[0][2] is None


def test_a_complementizers_letters_written_with_madda_may_start_a_name():
    text = "والتقى وزير الخارجية اليمني رياض ياسين مساعدة وزير الخارجية الأمريكي لشؤون الشرق الأوسط، آن باترسون، في القاهرة."
    assert ("آن باترسون", "مساعدة وزير الخارجية لشؤون الشرق الأوسط", "USA") in _persons(text)
    assert _persons("وأكد الوزير أن باترسون ستزور القاهرة.") == [(None, "الوزير", None)]


def test_a_city_of_another_state_after_a_titles_state_is_where_he_is():
    assert _persons("خادم الحرمين يستقبل ملك البحرين بالرياض") == [(None, "ملك", "BHR")]


def test_a_given_name_that_is_a_noun_needs_a_title():
    assert _persons("خادم الحرمين يعقد جلسة مباحثات مع رئيس النيجر ويتقلد وسام الاستحقاق") == [(None, "رئيس", "NER")]
    assert ("وسام الحسن", "وزير الخارجية", "LBN") in _persons("التقى وزير الخارجية اللبناني وسام الحسن نظيره.")


def test_a_state_after_a_visit_and_a_title_is_where_he_goes_though_a_name_follows():
    persons = _persons("زيارة سمو ولي ولي العهد لمصر محمد بن سلمان ولقاؤه بالرئيس عبدالفتاح السيسي تاريخية.")
    assert not any(p[2] == "EGY" and p[1] == "ولي ولي العهد" for p in persons), persons


def test_a_bodys_short_name_in_brackets_after_its_name_is_no_second_mention():
    ex = Analysis(build_document("التقى الوزير نظيره على هامش قمة رابطة دول جنوب شرق آسيا (آسيان) في كوالالمبور.", "t", "t.txt"))
    tagging.run(ex)
    assert [mm.org for info in ex.infos for mm in info.mentions if mm.kind == "org"] == ["ASEAN"]
    ex = Analysis(build_document("التقى الوزير نظيره على هامش قمة رابطة دول جنوب شرق آسيا (الاتحاد الأوروبي) في كوالالمبور.", "t", "t.txt"))
    tagging.run(ex)
    assert [mm.org for info in ex.infos for mm in info.mentions if mm.kind == "org"] == ["ASEAN", "EU"]


def test_a_counterpart_of_no_state_or_title_told_takes_the_title_and_the_state_of_the_meeting_place():
    recs = extract_text("وصل مولود تشاوش اوغلو إلى البرتغال. وقال تشاوش اوغلو اثناء زيارة الى لشبونة حيث يلتقي نظيره روي ماشيتي.")
    assert [(p.name, p.role, p.country) for p in recs[0].participants][1] == ("روي ماشيتي", "وزير الخارجية", "PRT")
    # (in a meeting of no place, or where one side is of that place, he is left as told)
    for text in ("التقى وزير الخارجية التركي مولود تشاوش اوغلو امس نظيره روي ماشيتي.",
                 "التقى وزير الخارجية التركي مولود تشاوش اوغلو امس في انقرة نظيره روي ماشيتي."):
        assert [(p.name, p.country) for p in extract_text(text)[0].participants][1] == ("روي ماشيتي", None)
    # (nor are counterparts told together: نظرائه الأوروبيين in Brussels are no Belgians)
    assert not extract_text("وطالب وزير خارجية النمسا سباستيان كورتس، المتواجد في بروكسل للقاء نظرائه الأوروبيين بالتضامن.")


@pytest.mark.parametrize("text, kind, country", [
    ("واختتم الأمير محمد بن سلمان زيارته لعمّان بلقاء العاهل الأردني.", "city", "JOR"),  # CITY_MARKS: the shadda
    ("واختتم الأمير محمد بن سلمان زيارته لعُمان بلقاء السلطان قابوس.", "state", "OMN"),
])
def test_a_state_name_written_with_the_citys_shadda_is_the_city(text, kind, country):
    ex = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(ex)
    assert (kind, country) in [(mm.kind, mm.country) for info in ex.infos for mm in info.mentions], ex.infos[0].mentions


@pytest.mark.parametrize("text, names", [
    # a given name that is also a word (TITLED_GIVEN) starts a name before بن and a given name
    ("وحضر الاستقبال وزير المالية، وعادل بن أحمد الجبير وزير الخارجية.", ["عادل بن أحمد الجبير"]),
    ("وحضر اللقاء سفير المملكة، وسلام بن محمد العلي مدير المكتب.", ["سلام بن محمد العلي"]),
    # (not without بن)
    ("وقال إن الحكم عادل أحمد في كل شيء.", []),
    ("وحضر اللقاء سفير المملكة، وسلام محمد العلي مدير المكتب.", ["محمد العلي"]),
])
def test_a_given_name_that_is_a_word_starts_a_name_before_a_lineage(text, names):
    assert [n for n, _, _ in _persons(text) if n] == names


@pytest.mark.parametrize("text, person, country", [
    # a state after the proclitic "in" is an envoy's post, not his state (SENT_TITLES)
    ("نقل رسالة الأمين العام مبعوثه الخاص باليمن إسماعيل ولد الشيخ أحمد إلى الرئيس.", "إسماعيل ولد الشيخ أحمد", None),
    # (after another title it is the state of the office: وزير الخارجية بجمهورية مصر العربية)
    ("واستقبل الوزير وزير الخارجية بجمهورية مصر العربية سامح شكري.", "سامح شكري", "EGY"),
])
def test_a_state_after_in_is_an_envoys_post(text, person, country):
    assert [c for n, _, c in _persons(text) if n == person] == [country]


def test_the_president_told_bare_is_not_the_prime_minister_named_last():
    # SOLE_OFFICE_HEADS: الرئيس alone is no start of رئيس الوزراء
    text = ("شهد الرئيس عبدالفتاح السيسي الحفل. كما حضره رئيس الوزراء المصري إبراهيم محلب. "
            "وفي ختام الحفل قال الرئيس المصري إن مصر لن تنسى ذلك.")
    assert [n for n, _, _ in _persons(text)][-1] == "عبدالفتاح السيسي"
    # (a title that is the start of the office told before still names its holder)
    text = "التقى وزير الخارجية الأمريكي جون كيري الرئيس. وقال الوزير الأمريكي إن اللقاء كان مثمرا."
    assert [n for n, _, _ in _persons(text)][-1] == "جون كيري"


@pytest.mark.parametrize("text, name, role", [
    # an abbreviated honorific and its full stop stand between a title and its holder's name (د.)
    ("التقى الأمين العام لمجلس التعاون لدول الخليج العربية د. عبداللطيف الزياني أمس الوزير.", "عبداللطيف الزياني",
     "الأمين العام لمجلس التعاون لدول الخليج العربية"),
    ("التقى الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف الزياني أمس الوزير.", "عبداللطيف الزياني",
     "الأمين العام لمجلس التعاون لدول الخليج العربية"),
])
def test_an_abbreviated_honorific_between_a_title_and_a_name(text, name, role):
    assert (name, role) in [(n, r) for n, r, _ in _persons(text)]


@pytest.mark.parametrize("text, name, role", [
    # a military rank between a title and a name is an honorific (HONORIFICS), part of neither
    ("التقى وزير التجارة التايلاندي الجنرال تشاتشاي ساريكالايا في بكين الوزير.", "تشاتشاي ساريكالايا", "وزير التجارة"),
    ("استقبل رئيس الأركان الأمريكي الجنرال مارتن ديمبسي أمس الوزير.", "مارتن ديمبسي", "رئيس الأركان"),
])
def test_a_military_rank_between_a_title_and_a_name(text, name, role):
    assert (name, role) in [(n, r) for n, r, _ in _persons(text)]


@pytest.mark.parametrize("text, persons", [
    # a title right after a name and closed by a comma is the name's, when unlisted words that start with no given
    # name follow the comma (they are the sentence's words, not a name)
    ("أكد الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، إيمانه بمحورية دور السعودية.",
     [("محمد بن زايد آل نهيان", "ولي عهد أبوظبي")]),
    # (a given name after the comma starts the title's own holder: X، وزير الخارجية، Y)
    ("وحضر اللقاء الأمير خالد الفيصل وزير الخارجية، خالد العنزي.", [("خالد الفيصل", "الأمير"), ("خالد العنزي", "وزير الخارجية")]),
])
def test_a_title_closed_by_a_comma_after_a_name_is_that_names(text, persons):
    assert [(n, r) for n, r, _ in _persons(text)] == persons


@pytest.mark.parametrize("text, expected", [
    # a city written with a proclitic between a title and a name is where the post is: the name is the title's,
    # not the person's before it, and a title of no state is of the city's
    ("استقبل وزير الداخلية المغربي عبد الوافي لفتيت أمس عامل إقليم الحسيمة فريد شوراق، والقائد الجهوي للدرك الملكي "
     "بطنجة محمد العلوي.", [("فريد شوراق", None, None), ("محمد العلوي", "القائد الجهوي للدرك الملكي", "MAR")]),
    ("التقى وزير الخارجية السعودي فيصل بن فرحان أمس القنصل العام الفرنسي بجدة محمد العلوي.",
     [("محمد العلوي", "القنصل العام", "FRA")]),
    # with no city between, the name after the title is the title's as before; the title has no state
    ("استقبل وزير الداخلية المغربي عبد الوافي لفتيت أمس عامل إقليم الحسيمة فريد شوراق، والقائد الجهوي للدرك الملكي "
     "محمد العلوي.", [("فريد شوراق", None, None), ("محمد العلوي", "القائد الجهوي للدرك الملكي", None)]),
    # a verbal noun of the second stem (NOUN_SHAPES ت+^اوي+1+ي+1) after a title is the topic, no name; nor does it go on
    # a title after a body's adjective
    ("الرئيس اليمني يبحث مع وزير الخارجية الأمريكي تنسيق الجهود الإغاثية", [(None, "وزير الخارجية", "USA")]),
    ("الرئيس اليمني يبحث مع المبعوث الأممي تنسيق الجهود الإغاثية", [(None, "المبعوث الأممي", None)]),
    # a listed given name of the shape is a name
    ("الرئيس اليمني يبحث مع وزير الخارجية الأردني توفيق كريشان", [("توفيق كريشان", "وزير الخارجية", "JOR")]),
    # after the body's adjective a preposition goes on
    ("الرئيس اليمني يبحث مع المبعوث الأوروبي لعملية السلام", [(None, "المبعوث الأوروبي لعملية السلام", None)]),
])
def test_where_a_title_ends_before_the_persons_after_the_first(text, expected):
    # a post's city goes on to the title's name; a verbal noun ends a title
    assert _persons(text)[1:] == expected


@pytest.mark.parametrize("title, role", [
    # a title with the pronoun of the titled person right before (POSSESSED_TITLES) gives the name after it his office
    ("ومساعده", "مساعد المبعوث الخاص للأمم المتحدة"),
    # written with ة it is "and the help of", no title
    ("ومساعدة", None),
])
def test_a_title_holding_the_pronoun_of_the_person_before(title, role):
    text = f"استقبل وزير الخارجية الأردني أيمن الصفدي المبعوث الخاص للأمم المتحدة عبد الله باتيلي {title} جورج سانتوس."
    assert _persons(text)[-1] == ("جورج سانتوس", role, None)


@pytest.mark.parametrize("envoys, name", [
    # a bare envoy's title of an international body (AGENT_TITLES) names the one envoy of that body told before,
    # however the rest of the title is worded
    ("المبعوث الأممي هانس غروندبرغ", "هانس غروندبرغ"),
    # with two of that body's envoys told, it names neither
    ("المبعوث الأممي هانس غروندبرغ والمبعوث الأممي إلى سوريا غير بيدرسون", None),
])
def test_a_bare_envoy_title_names_the_one_envoy_of_the_body(envoys, name):
    text = f"اجتمع وزير الخارجية الأردني أيمن الصفدي مع {envoys}. واستقبل الصفدي مبعوث الأمين العام للأمم المتحدة."
    assert _persons(text)[-1][:2] == (name, "مبعوث الأمين العام للأمم المتحدة")


@pytest.mark.parametrize("text, expected", [
    # a listed person's family name right after a bare title is his name, not the title's genitive, and the title
    # after it is the next person's
    ("التقى الرئيس أوباما الملك سلمان.", [("أوباما", "الرئيس", "USA"), ("سلمان", "الملك", "SAU")]),
    ("التقى الرئيس أردوغان الرئيس الروسي فلاديمير بوتين.",
     [("أردوغان", "الرئيس", "TUR"), ("فلاديمير بوتين", "الرئيس", "RUS")]),
    # and a title of the same office joined after it, before a listed family name, is that next person's
    ("يلتقي الرئيس أردوغان والرئيس السوري الأسد.", [("أردوغان", "الرئيس", "TUR"), ("الأسد", "الرئيس", "SYR")]),
    # after the title of one who acts for another (AGENT_TITLES) the family name is the one served, inside the title
    ("زارت المبعوثة إسرائيل مع سوزان رايس، مستشارة أوباما للأمن الوطني.",
     [("سوزان رايس", "مستشارة أوباما للأمن الوطني", "USA")]),
])
def test_a_listed_family_name_after_a_bare_title(text, expected):
    assert [p for p in _persons(text) if p[0]] == expected


@pytest.mark.parametrize("text, expected", [
    # a former office of a state, و and a second office that leads to a name: one person holding both
    ("التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء البريطاني الأسبق ومبعوث اللجنة الرباعية توني بلير.",
     ("توني بلير", "رئيس الوزراء الأسبق ومبعوث اللجنة الرباعية", "GBR")),
    # an office in force of a state, then another: two persons, the first unnamed
    ("التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء البريطاني ومبعوث اللجنة الرباعية توني بلير.",
     ("توني بلير", "مبعوث اللجنة الرباعية", "GBR")),
    # a former office of a state, then an office of another state: two persons
    ("التقى الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي السابق ووزير الخارجية الإيراني محمد جواد ظريف.",
     ("محمد جواد ظريف", "وزير الخارجية", "IRN")),
])
def test_a_former_office_joined_to_a_second_one(text, expected):
    assert _persons(text)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a rank (RANK_TITLES) between a full office and a name is the holder's, told as an honorific is
    ("حضر الاجتماع رئيس بعثة مجلس التعاون في اليمن السفير سعد العريفي.",
     [("سعد العريفي", "رئيس بعثة مجلس التعاون في اليمن", None)]),
    # right after a verb of meeting the office is the subject and the ambassador its object: two persons
    ("التقى رئيس بعثة مجلس التعاون في اليمن السفير سعد العريفي.",
     [(None, "رئيس بعثة مجلس التعاون في اليمن", None), ("سعد العريفي", "السفير", None)]),
])
def test_a_rank_between_an_office_and_its_holder(text, expected):
    assert _persons(text) == expected


def test_a_bare_envoy_title_of_another_post_names_no_envoy():
    # an envoy's title that names where he is posted (إلى سوريا) is not the body's envoy to another place
    text = ("التقى وزير الخارجية اليمني رياض ياسين المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد. "
            "واستقبل وزير الخارجية السوري وليد المعلم مبعوث الأمم المتحدة إلى سوريا.")
    assert _persons(text)[-1][:2] == (None, "مبعوث الأمم المتحدة إلى سوريا")


def test_a_given_name_of_a_verbal_nouns_shape_is_a_name():
    assert _persons("استقبل وزير الخارجية العراقي تحسين الشيخلي.") == [("تحسين الشيخلي", "وزير الخارجية", "IRQ")]


def test_a_city_after_a_sent_title_is_where_he_goes_not_his_post():
    # المبعوث إلى اليمن is posted to a state; المنسق ... إلى مدينة عدن goes to a city
    text = "ووصل المنسق الإنساني الأممي إلى مدينة حلب صباح الأحد."
    got = [(mm.role, mm.country, mm.org) for mm in _mentions(text) if mm.kind == "person"]
    assert got == [("المنسق الإنساني الأممي", None, "UN")], got
    envoy = "ووصل المبعوث الأممي إلى ليبيا صباح الأحد."
    assert [mm.role for mm in _mentions(envoy) if mm.kind == "person"] == ["المبعوث الأممي إلى ليبيا"]


@pytest.mark.parametrize("text, person", [
    # the bare noun before a state's name: the state's words, as the name alone
    ("وصل وزير خارجية نظام إيران محمد جواد ظريف إلى مسقط مساء أمس.", ("محمد جواد ظريف", "وزير خارجية", "IRN")),
    # the definite noun, with the adjective after it or nothing, is the office's (REGIME_NOUNS)
    ("واجتمع رئيس النظام السوري بشار الأسد مع وفد روسي في دمشق.", ("بشار الأسد", "رئيس النظام", "SYR")),
    ("واجتمع رئيس النظام بشار الأسد مع وفد روسي في دمشق.", ("بشار الأسد", "رئيس النظام", "SYR")),
])
def test_a_regime_noun_before_the_state_is_no_part_of_the_role(text, person):
    assert person in _persons(text), _persons(text)


def test_a_title_with_a_regime_noun_is_the_one_named_before_with_that_office():
    text = "صرح وزير الخارجية الإيراني محمد جواد ظريف بأن بلاده مستعدة للحوار. ثم وصل وزير خارجية نظام إيران إلى مسقط والتقى السلطان."
    assert ("محمد جواد ظريف", "وزير خارجية", "IRN") in _persons(text)


@pytest.mark.parametrize("text, role", [
    # a title walked past its state into a noun that opens the topic (TOPIC_HEAD_NOUNS), with no name to follow,
    # ends at the state
    ("بحث رئيس الوزراء الياباني كينجي ساتو مع رئيس البرازيل العلاقات التجارية.", "رئيس"),
    ("ناقش وزير الخارجية الياباني تارو سوزوكي مع قادة البرازيل الأوضاع الإقليمية.", "قادة"),
    ("بحث سوزوكي مع وزراء البرازيل التعاون الاقتصادي.", "وزراء"),
    ("بحث سوزوكي مع رئيس البرازيل المؤقت الملف النووي.", "رئيس المؤقت"),  # its adjective kept
    # other words after the state stay in the title: adjectives, a post, a name after them
    ("التقى ساتو رئيس البرازيل السابق.", "رئيس السابق"),
    ("التقى ساتو رئيس البرازيل المؤقت.", "رئيس المؤقت"),
    ("التقى وزير الخارجية الكندي مارك ديلون مندوب البرازيل المعتمد لدى الأمم المتحدة.", "مندوب المعتمد لدى الأمم المتحدة"),
    ("التقى ساتو سفير البرازيل المعتمد لدى اليابان ماورو فييرا.", "سفير المعتمد لدى اليابان"),
])
def test_a_title_ends_at_its_state_before_the_topic(text, role):
    brazil = [mm for mm in _mentions(text) if mm.kind in ("person", "delegation") and mm.country == "BRA"]
    assert [mm.role for mm in brazil] == [role]


def test_a_title_ends_at_a_state_named_without_the_article_before_the_topic():
    russia = [mm for mm in _mentions("بحث سوزوكي مع رئيس روسيا العلاقات التجارية.") if mm.kind == "person" and mm.country == "RUS"]
    assert [mm.role for mm in russia] == ["رئيس"]


# ---- the preposition على, which normalizes to the given name علي, inside a title (grammar.tsv TITLE_ON_HEADS)

def test_the_preposition_ala_ends_a_title():
    assert _persons("وجاء البيان حرصا من الوزير على متابعة الشراكة الكينية.") == [(None, "الوزير", None)]


@pytest.mark.parametrize("text, person", [
    # the noun of one who oversees, before العام (TITLE_ON_ADJ), and a verbal noun of control in a body's name
    ("واستقبل المستشار بالديوان والمشرف العام على المركز الدكتور سامي الحلبي السفير الكيني دانيال اوتينو.",
     ("سامي الحلبي", "المستشار بالديوان والمشرف العام على المركز", None)),
    ("والتقى وزير الخارجية الأردني ناصر جودة أمس رئيس هيئة الرقابة على الصادرات الكيني دانيال اوتينو.",
     ("دانيال اوتينو", "رئيس هيئة الرقابة على الصادرات", "KEN")),
])
def test_the_preposition_ala_goes_on_the_title_of_one_who_oversees(text, person):
    assert person in _persons(text)


def test_the_preposition_ala_after_a_word_between_ends_the_title():
    # القائم بالأعمال على هامش: only العام may stand between the noun and على
    assert _persons("والتقى القائم بالأعمال على هامش المؤتمر وزير الخارجية الأردني ناصر جودة.")[0] == (
        None, "القائم بالأعمال", None)


# ---- an East Asian listed name's last word is a given name (name_evidence.tsv FAMILY_FIRST)

def test_the_given_name_of_a_listed_east_asian_name_alone_is_no_listed_person():
    # شي جين بينغ: بينغ alone is no surname of his (the wife's family name, another person's given name)
    assert not [p for p in _persons("والتقى وزير الخارجية الفرنسي أمس بينغ في بكين.") if p[0] == "بينغ"]
    assert _persons("ورحب الرئيس الصيني شي جين بينغ بالضيف في بكين.", "2015-07-01") == [("شي جين بينغ", "الرئيس", "CHN")]


# ---- a name titled only by its rank, then its office (grammar.tsv RANK_TITLES, RANKED_OFFICES)

@pytest.mark.parametrize("text, persons", [
    # the office between commas is his
    ("وحضر اللقاء السفير سامي الحلبي، مدير مكتب الوزير، والسفير ريكاردو كاروني.",
     [("سامي الحلبي", "مدير مكتب الوزير", None), ("ريكاردو كاروني", "السفير", None)]),
    # an office before the next ranked name is that name's, and one after و starts the next item of a list
    ("وحضر اللقاء السفير سامي الحلبي، مدير مكتب الوزير السفير ريكاردو كاروني.",
     [("سامي الحلبي", "السفير", None), ("ريكاردو كاروني", "مدير مكتب الوزير", None)]),
    ("وحضر اللقاء السفير سامي الحلبي، ومدير مكتب الوزير السفير ريكاردو كاروني.",
     [("سامي الحلبي", "السفير", None), ("ريكاردو كاروني", "مدير مكتب الوزير", None)]),
])
def test_the_office_after_a_ranked_name_is_his_unless_a_next_name_takes_it(text, persons):
    assert _persons(text) == persons


# ---- nouns for a leader are no name words, and go on inside a title (grammar.tsv LEADER_WORDS)

@pytest.mark.parametrize("text, persons", [
    ("والتقي الرئيس الكيني دانيال اوتينو زعماء الاحزاب في نيروبي.", [("دانيال اوتينو", "الرئيس", "KEN")]),
    ("وقال دانيال اوتينو زعيم المعارضه ان الحوار مستمر.", [("دانيال اوتينو", None, None)]),
    ("والتقي وزير الخارجيه سامي الحلبي رئيس الوزراء الايطالي الاسبق وزعيم حزب الوسط، ريكاردو كاروني.",
     [("سامي الحلبي", "وزير الخارجيه", None), (None, "رئيس الوزراء الاسبق", "ITA")]),
    # inside a title the noun goes on
    ("والتقى وزير الخارجية الأردني ناصر جودة أمس مدير مكتب زعيم المعارضة الكينية دانيال اوتينو.",
     [("ناصر جودة", "وزير الخارجية", "JOR"), ("دانيال اوتينو", "مدير مكتب زعيم المعارضة", "KEN")]),
])
def test_a_leaders_noun_ends_an_untitled_name_and_goes_on_in_a_title(text, persons):
    assert _persons(text) == persons


def test_the_given_name_of_an_east_asian_name_told_in_full_is_no_later_mention_of_him():
    # surname_key keys شي جين بينغ by its family name: بينغ later (another person's name) is not the president
    text = "وصل الرئيس الصيني شي جين بينغ إلى أنقرة أمس. وقالت بينغ إن الزيارة ناجحة."
    assert [p for p in _persons(text) if p[0] == "بينغ"] in ([], [("بينغ", None, None)])
    assert surname_key(["شي", "جين", "بينغ"]) == "شي" and surname_key(["وانغ", "يي"]) == "وانغ"
    assert surname_key(["ليو", "فارادكار"]) == "فارادكار"  # ليو is also a Western given name: only listed names


@pytest.mark.parametrize("pronoun", ["الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"])
def test_a_dual_or_plural_relative_pronoun_ends_a_group_title(pronoun):
    # NAME_ENDS: as الذي and التي, the relative pronouns of two and of many open a clause, no part of the title
    text = f"استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر اليوم وزراء خارجية دول مجلس التعاون {pronoun} وصلوا إلى الدوحة أمس."
    roles = [p.role for r in extract_text(text) for p in r.participants if p.organization == "GCC"]
    assert roles == ["وزراء خارجية دول مجلس التعاون"]


@pytest.mark.parametrize("text, roles", [
    # «the Kingdom» in a title names its holder's own state: his counterpart holds the office without it
    ("التقى وزير خارجية المملكة ماورو فييرا امس نظيره الإيطالي في روما.",
     [("ماورو فييرا", "وزير خارجية المملكة"), (None, "وزير خارجية")]),
    # a title with no such word passes whole, as before
    ("التقى وزير الخارجية البرازيلي ماورو فييرا امس نظيره الإيطالي في روما.",
     [("ماورو فييرا", "وزير الخارجية"), (None, "وزير الخارجية")]),
    # nor does one posted to the Kingdom (لدى المملكة names where he serves, not his state)
    ("التقى السفير البرازيلي لدى المملكة ماورو فييرا امس نظيره الإيطالي في الرياض.",
     [("ماورو فييرا", "السفير لدى المملكة"), (None, "السفير لدى المملكة")]),
])
def test_a_counterpart_holds_the_office_without_the_kingdom(text, roles):
    assert [(p.name, p.role) for r in extract_text(text, doc_date="2015-08-03") for p in r.participants] == roles


@pytest.mark.parametrize("text, role", [
    # a word written with the accusative's tanween (UNNAMED_MARKS) after a definite word of a title is an adverb or
    # an object, never the title's genitive nor its adjective: the title ends before it
    ("واجتمع خبراء الري أمس برئاسة دكتور حسام مغازي وزير الموارد المائية والري إيمانًا بأهمية الحوار.",
     "وزير الموارد المائية والري"),
    # a definite adjective after it goes on with the title, as before
    ("واجتمع خبراء الري أمس برئاسة دكتور حسام مغازي وزير الموارد المائية والري الجديد.",
     "وزير الموارد المائية والري الجديد"),
])
def test_an_accusative_after_a_definite_title_word_ends_the_title(text, role):
    ex = Analysis(build_document(text, "t", "t.txt"))
    tagging.run(ex)
    assert [mm.role for info in ex.infos for mm in info.mentions if mm.name == "حسام مغازي"] == [role]


@pytest.mark.parametrize("text, names", [
    # a title of no side told alone holds a title whose head takes a body as its genitive, around that body
    # (المبعوث الخاص: مبعوث الأمم المتحدة الخاص إلى سوريا, where he goes aside)
    ("زار مبعوث الأمم المتحدة الخاص إلى سوريا ماورو فييرا بكين أمس، حيث التقى نائب وزير الخارجية الصيني لي باو.\n"
     "وتوجه المبعوث الخاص، قبل بكين، إلى القاهرة بهدف عقد اجتماع مع الأمين العام لجامعة الدول العربية نبيل العربي.",
     ["ماورو فييرا", "ماورو فييرا"]),
    # a genitive that names no body or state is no such title (مبعوث الرئيس الخاص is the president's)
    ("زار مبعوث الرئيس الخاص ماورو فييرا بكين أمس، حيث التقى نائب وزير الخارجية الصيني لي باو.\n"
     "وتوجه المبعوث الخاص، قبل بكين، إلى القاهرة بهدف عقد اجتماع مع الأمين العام لجامعة الدول العربية نبيل العربي.",
     ["ماورو فييرا", None]),
])
def test_a_lone_title_holds_one_told_around_its_body(text, names):
    records = extract_text(text, doc_date="2015-07-21")
    assert [r.participants[0].name for r in records] == names


# ---- a city after a delegation's state or body is where it met, not whose it is (ner.SentenceNER._delegation)

@pytest.mark.parametrize("text, role, country", [
    ("والتقى الوزير الياباني كينجي ساتو دبلوماسيين من البرازيل في جنيف.", "دبلوماسيين", "BRA"),
    ("والتقى الوزير الياباني كينجي ساتو دبلوماسيين برازيليين في جنيف.", "دبلوماسيين برازيليين", "BRA"),
    # with no state told before it, the city tells whose officials they are; after من it is where they come from
    ("والتقى الوزير الياباني كينجي ساتو مسؤولين في موسكو.", "مسؤولين في موسكو", "RUS"),
    ("والتقى الوزير الياباني كينجي ساتو مسؤولين ايرانيين من طهران.", "مسؤولين ايرانيين من طهران", "IRN"),
])
def test_a_city_after_a_delegations_state_is_where_it_met(text, role, country):
    recs = extract_text(text, doc_date="2015-07-30")
    assert [(p.role, p.country) for r in recs for p in r.participants if p.kind == "delegation"] == [(role, country)]


def test_a_loyalty_noun_before_a_named_body_still_names_the_next_person_aside():
    # (arguments._loyal_to: حليفة before a body's name still makes the leader after it one spoken of; a loyalty word
    # inside a delegation's or body's name does not: وفد من جماعة أنصار الله المبعوث X, examples/events.tsv)
    text = ("واجري وزير الخارجيه البرازيلي ماورو فييرا محادثات مع نظيره الياباني كينجي ساتو في موسكو حليفه حركه حماس "
            "والرئيس السوري بشار الاسد.")
    names = {p.name for r in extract_text(text, doc_date="2015-08-01") for p in r.participants}
    assert {"ماورو فييرا", "كينجي ساتو"} <= names and "بشار الاسد" not in names


def test_a_verb_with_a_proclitic_opens_no_name_before_a_title():
    # (_foreign_word reads ستستمر as س + تستمر, a shape of WORD_VERB_SHAPES, for a name's first word as well)
    assert not [p for p in _persons("وقال خالد بحاح ان الجلسات ستستمر لوناتي رئيس الوزراء الياباني.") if p[0] and "لوناتي" in p[0]]


# ---- a compound given name taken as a family name, with the article (ner.SentenceNER._family_compound_tail)

@pytest.mark.parametrize("text, persons", [
    # العبد الله: the second word of عبد الله goes on the name after its first with the article
    ("التقى وزير النفط الكويتي محمد العبد الله الوفد.", [("محمد العبد الله", "وزير النفط", "KWT")]),
    ("التقى وزير النفط الكويتي محمد العبد الله المبارك الصباح الوفد.",
     [("محمد العبد الله المبارك الصباح", "وزير النفط", "KWT")]),
    # not after another word with the article: الله alone is no name word
    ("التقى وزير النفط الكويتي محمد العتيبي الله أكبر.", [("محمد العتيبي", "وزير النفط", "KWT")]),
])
def test_a_compound_given_name_with_the_article_keeps_its_second_word(text, persons):
    assert _persons(text) == persons


# ---- a noun after ب with a pronoun of its own ends a title (ner.SentenceNER._title_construct)

def test_a_noun_with_its_own_pronoun_after_bi_is_no_word_of_a_title():
    # the verb's object (his testimony), not a place of the post as in رئيس المحكمة بالرياض
    text = "وأقر وزير الخارجية الأمريكي جون كيري بشهادته أمام الكونغرس بأن الاتفاق جيد."
    assert _persons(text) == [("جون كيري", "وزير الخارجية", "USA")]
    text = "وأقر وزير الخارجية بشهادته أمام الكونغرس بأن الاتفاق جيد."
    assert all("بشهادته" not in (role or "") for _, role, _ in _persons(text)), _persons(text)
