"""The scope of an event (RECORDS.md, "Scope" and "Parties"): resources/ar/scope.tsv and syriadiplo.events.scope.

Every entry of scope.tsv carries a positive and a negative example sentence of its own; each is run
through the extractor, whose raw records (before the scope) are judged here:

- an entry that rules a record out (kinds office, domestic and the cue kinds) must rule out the record
  of its positive example, naming itself, and leave the negative example's record in scope;
- an entry that makes a party (kinds political, cabinet, diplomat), or a gathering only the occasion of the
  meeting (kind occasion), must be what keeps the record of its positive example, while the negative example,
  without that title or occasion phrase, gives no record in scope.
"""
from __future__ import annotations

import pytest

from syriadiplo.events import scope
from syriadiplo.text.document import build_document
from syriadiplo.events.analysis import Analysis
from syriadiplo.events.steps import STEPS
from syriadiplo.models import Participant
from syriadiplo.pipeline import extract_text

ENTRIES = scope.entries()
MAKES_PARTY = ("political", "cabinet", "diplomat", "occasion")  # and the occasion, which keeps a record in scope


def _raw(text: str):
    """The records the extractor builds for `text` before the scope is applied."""
    an = Analysis(build_document(text, "t", "t.txt"))
    for step in STEPS[:-1]:  # all but the scope
        step.run(an)
    return an.records


def test_every_entry_has_a_known_kind_and_a_unique_id():
    ids = [e.id for e in ENTRIES]
    assert len(ids) == len(set(ids))
    assert {e.kind for e in ENTRIES} == set(scope.KINDS)
    assert all(e.phrases and e.positive and e.negative for e in ENTRIES)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_positive_example(entry):
    raw = _raw(entry.positive)
    assert raw, "the example gives no record for the scope to judge"
    verdicts = [scope.judge(r) for r in raw]
    if entry.kind in MAKES_PARTY:
        assert any(v.keep and entry.id in v.why for v in verdicts), verdicts
    else:
        assert all(not v.keep for v in verdicts), verdicts
        assert any(entry.id in v.why for v in verdicts), verdicts


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_negative_example(entry):
    verdicts = [scope.judge(r) for r in _raw(entry.negative)]
    assert all(entry.id not in v.why for v in verdicts), verdicts
    if entry.kind in MAKES_PARTY:
        assert not any(v.keep for v in verdicts), verdicts
    else:
        assert any(v.keep for v in verdicts), verdicts


@pytest.mark.parametrize("role,want", [
    ("وزير الخارجية", "political"),
    ("وزير الشؤون البلدية والقروية", "political"),  # the office noun is the minister's portfolio
    ("أمير منطقة الرياض", "political"),  # a region's governor is a state's official (a ruler's title)
    ("رئيس بلدية جدة", "domestic"),
    ("رئيس الوزراء", "political"),
    ("مدير عام الجمارك", "domestic"),
    ("رئيس جمعية البر", "domestic"),
    ("نائب رئيس الاتحاد السعودي للكاراتيه", "domestic"),  # a sports federation
    ("رئيسة مجلس الاتحاد الروسي", "political"),  # a union further on is the state's name
    ("سفير خادم الحرمين الشريفين لدى الأردن", "diplomat"),
    ("مدير عام وزارة الخارجية", "diplomat"),  # the foreign ministry's officials and diplomats are diplomats
    ("الدبلوماسي", "diplomat"),
    ("الناطق باسم الخارجية", None),
    (None, None),
])
def test_role_class(role, want):
    assert scope.role_class(role)[0] == want


def test_a_phrase_word_may_list_alternatives_and_matches_without_its_article():
    thing = next(e for e in ENTRIES if e.id == "thing.reception")
    assert scope.find(thing, scope.word_sets("وكان في استقبال الطائرة وزير النقل")) == 2
    assert scope.find(thing, scope.word_sets("وكان في استقبال الوزير وزير النقل")) is None


def _person(name=None, role=None, country=None, org=None) -> Participant:
    return Participant(name=name, role=role, country=country, organization=org, kind="person")


def test_receiving_waste_is_a_thing_received():
    thing = next(e for e in ENTRIES if e.id == "thing.reception")
    assert scope.find(thing, scope.word_sets("يبحثون عمن يقبل استقبال نفايات بيروت")) == 3
    assert scope.find(thing, scope.word_sets("ورفضت البلدية استقبال النفايات")) == 2
    assert not extract_text("يبحثون عمن يقبل استقبال نفايات السياسة وحلفاء الرئيس السوري بشار الأسد والمرشد الإيراني علي خامنئي.")


def test_party_sides():
    assert scope.party(_person(role="الأمين العام للأمم المتحدة"))[:2] == (True, "UN")  # the side the role names
    assert scope.party(_person(name="سيرغي لافروف"))[:2] == (True, "RUS")  # a listed person
    assert scope.party(_person(name="زوران ميلانوفيتش"))[:2] == (True, None)  # a name from abroad
    assert scope.party(_person(name="محمد العتيبي"))[0] is False  # a citizen, no title
    assert scope.party(_person(name="سلام"))[0] is False  # an ordinary word is no listed person


def test_foreign_name():
    assert scope.foreign_name("زوران ميلانوفيتش")
    assert not scope.foreign_name("محمد العتيبي")
    assert not scope.foreign_name("ميلانوفيتش")
    assert not scope.foreign_name(None)


def test_one_side_is_no_event():
    # the cabinet's own ministers, both of one state
    assert extract_text("التقى وزير الخارجية السعودي عادل الجبير أمس وزير المالية السعودي إبراهيم العساف.") == []
    assert extract_text("التقى وزير الخارجية السعودي عادل الجبير أمس وزير الخارجية المصري سامح شكري.")


def test_states_alone_only_when_they_qualify_the_meeting_word():
    assert extract_text("وتناولت المباحثات الأوضاع في العراق وفلسطين واليمن.") == []
    recs = extract_text("وعقدت في عمان أمس مشاورات أردنية روسية أمريكية حول الجنوب السوري.")
    assert [p.country for p in recs[0].participants] == ["JOR", "RUS", "USA"]


def test_states_and_bodies_alone_need_a_place_or_a_time():
    # a process named in passing: no person, no delegation, no place, no day
    process = "وتتواصل المفاوضات بين البرازيل والاتحاد الأوروبي حول اتفاق التجارة الحرة."
    assert [p.kind for r in _raw(process) for p in r.participants] == ["state", "organization"]
    assert extract_text(process) == []
    assert scope.judge(_raw(process)[0]).why[-1] == "scope.bodies-untold"
    # the same sides with the round's place, or its day, make one meeting
    placed = extract_text("وتتواصل في بروكسل المفاوضات بين البرازيل والاتحاد الأوروبي حول اتفاق التجارة الحرة.")
    assert [p.kind for p in placed[0].participants] == ["state", "organization"]
    assert extract_text("وتتواصل اليوم المفاوضات بين البرازيل والاتحاد الأوروبي حول اتفاق التجارة الحرة.", doc_date="2015-07-01")
    # a person beside a body needs neither
    assert extract_text("وتتواصل المفاوضات بين الرئيس البرازيلي جواو سيلفا والاتحاد الأوروبي حول اتفاق التجارة الحرة.")


def test_in_scope_keeps_order_and_drops_only_out_of_scope():
    text = ("استقبل وزير الخارجية القطري خالد العطية أمس وزير الخارجية الروسي سيرغي لافروف. "
            "وشارك الوزير في حفل تخريج طلاب الكلية واستقبل مدير الكلية.")
    raw = _raw(text)
    kept = scope.in_scope(raw)
    assert kept and kept == [r for r in raw if scope.judge(r).keep]


def test_one_person_and_states_only_as_the_place_of_a_visit():
    assert extract_text("قال الرئيس الأمريكي باراك أوباما إن التعاون العسكري مع إسرائيل مستمر ولن يلتقي أحدا.") == []
    recs = extract_text("يزور الرئيس الأمريكي باراك أوباما كينيا اليوم في أول زيارة له منذ توليه الرئاسة.")
    assert recs and scope.judge(recs[0]).keep


def test_a_bare_title_of_no_state_is_no_side():
    # the long title of one prince, cut in pieces by the name finder, is not a second side
    bare = _person(role="رئيس مجلس الوزراء")
    named = _person(name="محمد بن سلمان", role="الأمير", country="SAU")
    rec = _raw("التقى وزير الخارجية المصري سامح شكري أمس وزير الخارجية الأمريكي جون كيري.")[0]
    assert scope.judge(rec.model_copy(update={"participants": [named, bare]})).keep is False
    assert scope.judge(rec.model_copy(update={"participants": [named, bare.model_copy(update={"name": "خالد بحاح"})]})).keep


def test_a_meeting_called_off_rules_out_the_meeting_not_the_call():
    text = ("جرى اليوم اتصال هاتفي بين وزير الخارجية التركي مولود تشاووش أوغلو ونظيره الروسي سيرغي لافروف "
            "اتفقا خلاله على تأجيل اللقاء المقرر بينهما.")
    assert scope.cues([text], "meeting") == ["off.called"]
    assert scope.cues([text], "phone_call") == []


def test_one_pass_positions_agree_with_find_entry_by_entry():
    # every phrase of every entry, alone and inside other words, is found where find finds it
    from syriadiplo.events.scope import CUE_KINDS, PARTY_KINDS, _by_kind, find, positions
    for kinds in (CUE_KINDS, PARTY_KINDS):
        entries = _by_kind(kinds)
        for e in entries:
            for ph in e.phrases:
                words = [frozenset({"قال"})] + [frozenset({sorted(alt)[0]}) for alt in ph] + [frozenset({"امس"})]
                expect = {n: at for n, x in enumerate(entries) if (at := find(x, words)) is not None}
                assert positions(kinds, words) == expect


def test_states_qualify_a_meeting_noun_not_a_verb():
    # after a verb the country is its object (a man who visited a state 13 times), not an adjective of a meeting
    assert scope._trigger_of_states("وكان الموقوف يتنقل بين السعودية والعراق، حيث زار السعودية 13 مرة.") is False
    assert scope._trigger_of_states("وعقدت في عمان أمس مشاورات أردنية روسية.") is True
    assert extract_text("وكان الموقوف يتنقل بين السعودية والعراق وإيران، حيث زار السعودية 13 مرة.") == []


def test_an_official_of_a_body_whose_name_holds_a_civil_word_is_a_party():
    # جامعة (a university) in the Arab League's name does not make its secretary general a citizen
    assert scope.party(_person(role="الأمين العام لجامعة الدول العربية"))[:2] == (True, "ARAB_LEAGUE")
    assert scope.party(_person(role="رئيس جامعة الملك سعود"))[0] is False


def test_states_named_in_a_welcome_are_no_sides():
    # a king welcomed abroad by a prince of his house and his own embassy: the host state is only the place
    own = ("وكان في استقبال خادم الحرمين الشريفين لدى وصوله إلى طنجة الأمير سعود بن عبدالله بن محمد "
           "وسفير خادم الحرمين الشريفين لدى المملكة المغربية عبدالرحمن الجديع وأعضاء السفارة السعودية.")
    assert scope.welcome([own]) == "welcome.arrival"
    assert all(not scope.judge(r).keep for r in _raw(own))
    # two sides greeting at the airport, told with no talks: protocol, no meeting (scope.welcome-only)
    host = "وكان في استقباله لدى وصوله إلى نيروبي الرئيس الكيني أوهورو كينياتا والرئيس الأمريكي باراك أوباما."
    verdicts = [scope.judge(r) for r in _raw(host)]
    assert verdicts and all(not v.keep and "scope.welcome-only" in v.why for v in verdicts)
    assert scope.welcome(["التقى الرئيس الكيني أوهورو كينياتا الرئيس الأمريكي باراك أوباما في نيروبي."]) is None


def test_a_welcome_keeps_the_rule_for_states_beside_one_person():
    # the states of a welcome are no sides, and they are not dropped before the other rules: one host and an
    # embassy's state, the guest unnamed, is still no event
    text = ("وكان في استقباله لدى وصوله الى مطار الدوحة وزير الخارجية القطري خالد العطية والقائم بالأعمال "
            "في سفارة المملكة العربية السعودية لدى قطر محمد المالك.")
    verdicts = [scope.judge(r) for r in _raw(text)]
    assert verdicts and not any(v.keep for v in verdicts)
    assert all("scope.states-not-visited" in v.why for v in verdicts)


def test_a_visit_told_only_as_the_setting_of_a_remark_is_no_event():
    # one person and the state he visits, the visit only the time of what he said (خلال زيارته، أثناء زيارة)
    remark = "وصرح وزير الدفاع البريطاني مايكل فالون أثناء زيارة للعراق أن الطائرات ستواصل مهامها."
    verdicts = [scope.judge(r) for r in _raw(remark)]
    assert verdicts and not any(v.keep for v in verdicts)
    assert all("scope.visit-setting" in v.why for v in verdicts)
    assert scope.visit_setting(remark)
    assert scope.visit_setting("وقال الجيش لصحفيين يرافقون وزير الدفاع الأمريكي في زيارته لأربيل إن الضربة نفذت أمس.")
    # the visit told for itself, or a meeting word beside it, is the event
    assert not scope.visit_setting("وبدأ رئيس الوزراء البريطاني ديفيد كاميرون أمس زيارة إلى فيتنام تستمر يومين.")
    talks = "وقال كاميرون خلال زيارته إلى فيتنام إنه بحث التجارة مع المسؤولين الفيتناميين."
    assert not scope.visit_setting(talks)
    assert any(scope.judge(r).keep for r in _raw(talks))
    assert not scope.visit_setting("وقال مايكل فالون إن الطائرات ستواصل مهامها.")
    # an arrival on a visit (a verb of arrival before في زيارة) tells the visit itself
    arrival = "وصل وزير الخارجية البريطاني فيليب هاموند إلى بغداد أمس في زيارة رسمية."
    assert not scope.visit_setting(arrival)
    assert any(scope.judge(r).keep for r in _raw(arrival))


def test_a_welcome_with_one_known_side_is_no_event():
    # a ruler greeted on arrival by princes and officials of his own state: protocol inside one state
    own = ("ولدى وصول خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى جدة كان في استقباله أمير "
           "منطقة مكة المكرمة الأمير خالد الفيصل والأمير مشعل بن ماجد بن عبدالعزيز.")
    verdicts = [scope.judge(r) for r in _raw(own)]
    assert verdicts and not any(v.keep for v in verdicts)
    assert all("scope.welcome-only" in v.why for v in verdicts)
    # with a meeting word of its own beside the welcome, one known side is still no event
    chaired = ("وكان في استقبال الرئيس البرتغالي ماورو فييرا لدى وصوله إلى بورتو وزير الداخلية سامي الحلبي، "
               "ثم عقد معه اجتماعا.")
    verdicts = [scope.judge(r) for r in _raw(chaired)]
    assert verdicts and all(not v.keep and "scope.welcome-one-side" in v.why for v in verdicts)
    # a guest of another state greeted by his hosts, told with no talks, is protocol; with talks after it, an event
    guest = "وكان في استقبال الرئيس الفرنسي فرانسوا هولاند لدى وصوله إلى الرياض ولي العهد الأمير محمد بن نايف."
    assert not any(scope.judge(r).keep for r in _raw(guest))
    assert not scope.welcome_only([guest + " ثم عقد الجانبان جلسة مباحثات."])
    assert extract_text(guest.rstrip(".") + "، ثم عقد الجانبان جلسة مباحثات.")


def test_a_visit_setting_rules_out_any_record_without_two_named_sides():
    # a briefing by an unnamed official during the president's visit: a delegation, the president, the host state
    briefing = ("وجاءت هذه التصريحات خلال إفادة صحفية لأحد مسؤولي البيت الأبيض في نيروبي خلال زيارة يقوم بها "
                "الرئيس الأمريكي باراك أوباما لكينيا.")
    verdicts = [scope.judge(r) for r in _raw(briefing)]
    assert verdicts and all(not v.keep and "scope.visit-setting" in v.why for v in verdicts)
    # two named persons of two states who signed during the visit met
    signed = "ووقع الرئيس الروسي فلاديمير بوتين والرئيس المصري عبدالفتاح السيسي الاتفاق خلال زيارة بوتين الى القاهرة."
    assert scope.visit_setting(signed)
    assert any(scope.judge(r).keep for r in _raw(signed))


def test_an_official_of_no_named_state_beside_one_state_is_of_that_state():
    # a minister named without a state meets his own head of government: inside one state
    # (a listed person whose state the sentence does not name)
    assert extract_text("وقال وزير العمل سمير الحلبي بعد لقائه الرئيس تمام سلام إن الحكومة باقية.") == []
    rec = _raw("استقبل الرئيس تمام سلام أمس وزير العمل سمير الحلبي.")[0]
    verdict = scope.judge(rec)
    assert not verdict.keep and "scope.one-state" in verdict.why
    # the minister named with his state, beside a name from abroad where a place is named, or a listed person
    # of another state is another side; so is a minister of no named state beside an official named with his
    # (a foreign guest)
    assert extract_text("استقبل الرئيس تمام سلام أمس وزير العمل الفرنسي سمير الحلبي.")
    assert extract_text("استقبل الرئيس تمام سلام أمس في بيروت وزير العمل زوران ميلانوفيتش.")
    assert extract_text("استقبل الرئيس تمام سلام أمس رئيس الوزراء خالد بحاح.")
    assert extract_text("استقبل وزير العمل سمير الحلبي أمس وزير العمل الفرنسي فرانسوا ريبسامن.")


def test_a_municipal_council_head_is_no_party():
    assert scope.role_class("رئيس المجلس البلدي بمنطقة تبوك") == ("domestic", "dom.local")
    assert scope.role_class("رئيس المجلس الوطني") != ("domestic", "dom.local")


def test_a_parliament_of_one_state_is_of_its_state_side():
    # the secretaries of one state with its own legislature: one side
    rec = _raw("التقى وزير الخارجية الأمريكي جون كيري أمس في واشنطن أعضاء الكونغرس الأمريكي.")[0]
    verdict = scope.judge(rec)
    assert not verdict.keep and "inst.parliament" in verdict.why
    assert scope.party(Participant(organization="الكونغرس", country="USA", kind="organization"))[1] == "USA"
    # a foreign minister with the same legislature, and a government with an opposition coalition, are two sides
    assert extract_text("التقى وزير الخارجية الإيراني محمد جواد ظريف أمس في نيويورك أعضاء الكونغرس الأمريكي.")
    assert scope.party(Participant(organization="الائتلاف الوطني السوري", country="SYR", kind="organization"))[1] != "SYR"


def _delegation(role, country=None, org=None) -> Participant:
    return Participant(name=None, role=role, country=country, organization=org, kind="delegation")


def test_a_civil_press_or_business_group_is_no_side():
    # an envoy briefing editors, a president with businessmen: one political side only
    assert scope.party(_delegation("رؤساء تحرير الصحف", "EGY"))[0] is False
    assert scope.party(_delegation("رجال الأعمال", "USA"))[0] is False
    # a delegation of a parliament or of an international body is a side, also when the body's name holds a civil word
    assert scope.party(_delegation("وفد من البرلمان", "EGY"))[:2] == (True, "EGY")
    assert scope.party(_delegation("ممثلي جامعة الدول العربية", None, "ARAB_LEAGUE"))[:2] == (True, "ARAB_LEAGUE")


def test_an_envoy_briefing_editors_is_no_event():
    assert extract_text("وقال السفير السعودي لدى مصر أحمد قطان خلال لقاء عقده أمس بمقر السفارة مع رؤساء تحرير "
                        "الصحف المصرية إن العلاقات متينة.") == []
    assert extract_text("وقال السفير السعودي لدى مصر أحمد قطان خلال لقاء عقده أمس بمقر السفارة مع وفد من البرلمان "
                        "المصري إن العلاقات متينة.")


def test_a_minister_whose_name_reads_as_from_abroad_with_his_own_head_of_government():
    # a Lebanese minister's name has no listed given name, yet no place is named: one state
    assert extract_text("وقال وزير العمل سجعان قزي بعد لقائه الرئيس تمام سلام أمس إن الحكومة باقية.") == []
    # beside a place named, the official may be of that place's state: the record stays
    assert extract_text("وقال وزير العمل سجعان قزي بعد لقائه الرئيس تمام سلام أمس في باريس إن الحكومة باقية.")


def test_names_place():
    assert scope.names_place("وصل الوفد إلى أبو ظبي أمس")
    assert scope.names_place("قال وزير الخارجية الفرنسي")
    assert not scope.names_place("قال وزير العمل بعد لقائه الرئيس إن الحكومة باقية")


def test_an_occasion_in_a_later_sentence_is_another_when_the_first_names_both_sides():
    # the first sentence tells the talks of two named ministers of two states; the pilgrimage of the next is
    # another delegation's, told in what one of them says
    talks = ("بحث وزير الخارجية الأردني أيمن الصفدي أمس في عمان مع وزير الخارجية العماني يوسف بن علوي العلاقات بين البلدين. "
             "وقال الصفدي في المؤتمر الصحفي المشترك مع الوزير العماني عقب المباحثات إن وفد الحجاج الأردنيين أدوا العمرة فقط.")
    rec = _raw(talks)[0]
    assert len(rec.evidence) == 2 and scope.cues([rec.evidence[1].text]) == ["gath.religious"]
    assert scope.judge(rec).keep
    assert len(extract_text(talks)) == 1
    # a first sentence with no two named persons: the occasion of the next sentence is the meeting's
    feast = ("استقبل وزير الخارجية الأردني أمس سفير سلطنة عمان لدى الأردن. "
             "وجرى اللقاء خلال حفل المعايدة الذي أقامته الوزارة بمناسبة عيد الفطر.")
    assert [scope.judge(r).keep for r in _raw(feast)] == [False]
    # a meeting called off in a later sentence is still called off
    off = rec.evidence[1].model_copy(update={"text": "وأعلنت الوزارة بعد ذلك تأجيل اللقاء إلى موعد لاحق."})
    verdict = scope.judge(rec.model_copy(update={"evidence": [rec.evidence[0], off]}))
    assert not verdict.keep and verdict.why == ("off.called",)



@pytest.mark.parametrize("text, side", [
    # a movement that talks with its own state's government is a side of its own (organizations.tsv)
    ("بدأت في إسلام آباد الجولة الأولى من المحادثات بين الحكومة الأفغانية وحركة طالبان.", ("AFG", "حركة طالبان")),
    ("التقى المبعوث الأممي إسماعيل ولد الشيخ أحمد في مسقط وفدا من حزب المؤتمر الشعبي العام.",
     ("YEM", "حزب المؤتمر الشعبي العام")),
    # a national body after the genitive ل of a title is the office's body, and its state the office's state
    ("التقى المبعوث الأممي إسماعيل ولد الشيخ أحمد في القاهرة الأمين العام لحزب المؤتمر الشعبي العام.",
     ("YEM", "حزب المؤتمر الشعبي العام")),
    # ل before the article, its alef dropped: the body is written with the article
    ("التقى المبعوث الروسي ميخائيل بوغدانوف الرئيس الأسبق للائتلاف الوطني السوري أحمد معاذ الخطيب.",
     ("SYR", "الائتلاف الوطني السوري")),
])
def test_a_listed_political_body_is_a_side_with_its_state(text, side):
    (rec,) = extract_text(text)
    assert side in {(p.country, p.organization) for p in rec.participants}



def test_a_diplomat_with_a_person_of_civil_society_or_business_alone_is_no_event():
    # scope.diplomat: the other side must be an official; a local or administrative office is one
    assert extract_text("استقبل رئيس الجامعة خالد العمر في مكتبه أمس سفير البوسنة لدى المملكة حارث هارلي.") == []
    assert extract_text("استقبل الرئيس التنفيذي للشركة خالد العمر أمس سفير أستراليا لدى المملكة رالف كينج.") == []
    assert extract_text("استقبل مدير عام الهيئة صالح الرشيد في مكتبه أمس سفير ألمانيا لدى المملكة بوريس روغه.")


def test_a_foreign_minister_or_a_bodys_official_received_by_a_states_official_is_an_event():
    # scope.official-received: a listed official of a state's administration (the head of an agency: persons.tsv)
    # receiving a minister in office of another state, or an international body's official, meets them for his state
    for text in ("استقبل المشرف العام على المركز عبدالله الربيعة في مكتبه أمس وزير الصحة الكيني دانيال اوتينو.",
                 "التقى المشرف العام على المركز عبدالله الربيعة مساء الأحد بالأمين العام لمنظمة التعاون الإسلامي "
                 "سامي الحلبي."):
        (rec,) = extract_text(text)
        assert "scope.official-received" in scope.judge(rec).why
    # not a former minister, nor a party's head; not received by an unlisted head of a centre or a company
    for text in ("استقبل المشرف العام على المركز عبدالله الربيعة أمس وزير الصحة الكيني السابق دانيال اوتينو.",
                 "استقبل المشرف العام على المركز عبدالله الربيعة أمس رئيس حزب الأمة الكيني دانيال اوتينو.",
                 "استقبل رئيس المركز البرازيلي للدراسات خوان بيريس أمس وزير الخارجية الكيني دانيال اوتينو.",
                 "استقبل الرئيس التنفيذي للشركة السعودية خالد العمر أمس وزير التجارة الياباني تارو سوزوكي."):
        assert extract_text(text) == [], text


def test_an_occasion_before_the_sentence_that_tells_the_meeting_whole_is_its_setting():
    # the evening of the community names one side only; the next sentence names both: it rules nothing out
    text = ("نظمت الجالية التشيلية أمسية ثقافية في طوكيو حضرها وزير الخارجية التشيلي هيرالدو مونيوز خلال زيارته "
            "الرسمية. وفي اليوم التالي اجتمع مونيوز مع نظيره الياباني فوميو كيشيدا في مقر الخارجية.")
    records = extract_text(text, doc_date="2015-07-20")
    assert [[p.country for p in r.participants] for r in records] == [["CHL", "JPN"]]
    assert len(records[0].evidence) == 2  # (the evening is in the evidence, its cues read)


def test_an_occasion_in_the_sentence_that_tells_the_meeting_whole_still_rules_it_out():
    # a sentence of one side first, then the two sides met at a reception: a gathering, no event
    text = ("وصل وزير الخارجية التشيلي هيرالدو مونيوز إلى طوكيو أمس في أول زيارة منذ سنوات. وعقد مونيوز ونظيره "
            "الياباني فوميو كيشيدا اجتماعا خلال حفل في دار السفارة.")
    assert extract_text(text, doc_date="2015-07-20") == []


def test_a_lone_delegation_is_an_event_only_as_a_states():
    # a state's delegation alone implies its hosts; a body's, one of a conference's many, names no two sides
    rec = _raw("التقى وزير الخارجية المصري سامح شكري أمس وزير الخارجية الأمريكي جون كيري.")[0]
    state = Participant(name=None, role="وفد ياباني", country="JPN", organization=None, kind="delegation")
    body = Participant(name=None, role="وفود من الأمم المتحدة", country=None, organization="UN", kind="delegation")
    assert scope.judge(rec.model_copy(update={"participants": [state]})).why[-1] == "scope.implied-counterpart"
    verdict = scope.judge(rec.model_copy(update={"participants": [body]}))
    assert verdict.keep is False and verdict.why[-1] == "scope.one-side"


def test_a_listed_family_name_after_another_given_name_is_no_known_figure():
    # a family is many persons: the listed خالد العيسى gives his state to his own name only, in any spelling of
    # its given name (scope.GIVEN_NAME_LIKENESS), not to another man of the family
    assert scope.known_figure("خالد العيسى") == "SAU"
    assert scope.known_figure("سامي بن محمد العيسى") is None
    assert scope.known_figure("زغمار غابرييل") == "DEU"  # سيغمار غابرييل as another paper spells him
    # two given names of the list are two persons however alike; a listed middle name or particle is his
    assert scope.known_figure("محمود مرسي") is None and scope.known_figure("محمد مرسي") == "EGY"
    assert scope.known_figure("جواد ظريف") == "IRN" and scope.known_figure("دي ميستورا") == "UN"
    # a word that ends a compound given name or follows an East Asian family name is no family name
    assert scope.known_figure("محمد عبد العزيز") is None and scope.known_figure("بينغ") is None
    assert not extract_text("واستقبل سامي العيسى أمس في مكتبه خالد العطية.", doc_date="2015-07-01")


def test_a_states_party_with_officials_of_no_state_is_that_states_politics():
    """A political party of one state (scope.tsv inst.parties) is of its state's side; with officials named without a
    state beside it, the meeting is that state's politics, no record (`scope._party_of_one_state`); with a foreign
    official it is a side."""
    inner = "والتقى رئيس مجلس الشورى فتحي العيادي الأسبوع الماضي قيادات حركة نداء تونس."
    assert [v.keep for v in map(scope.judge, _raw(inner))] == [False]
    assert scope.judge(_raw(inner)[0]).why[-2:] == ("scope.one-state", "scope.one-side")
    foreign = "والتقى وزير الخارجية الفرنسي لوران فابيوس في تونس وفدا من حركة نداء تونس."
    assert [v.keep for v in map(scope.judge, _raw(foreign))] == [True]
