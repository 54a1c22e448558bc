"""The topic phrase of a record, where the parties are not what is tested (see examples/events.tsv for
rows that check both). The sentences are made up for these tests."""
from __future__ import annotations

from syriadiplo.text.normalize import normalize_text
from syriadiplo.pipeline import extract_text


def _topics(text: str) -> list[str | None]:
    return [normalize_text(r.topic) if r.topic else None for r in extract_text(text)]


def test_a_state_after_a_noun_is_inside_the_topic():
    # قضايا غزة وسوريا: سوريا follows a noun, not the sides, so the topic starts at قضايا
    text = "بحث أمير قطر الشيخ تميم بن حمد آل ثاني مع الرئيس الروسي فلاديمير بوتين قضايا غزة وسوريا والتعاون التجاري."
    assert _topics(text) == ["قضايا غزه وسوريا والتعاون التجاري"]


def test_a_state_among_the_sides_is_no_part_of_the_topic():
    text = "بحث الرئيس السوري أحمد الشرع مع الرئيس التركي رجب طيب أردوغان وقطر التعاون التجاري."
    assert all(t is not None and t.startswith("التعاون التجاري") for t in _topics(text))


def test_the_headline_topic_before_what_a_side_said():
    text = ("أمير قطر يبحث مع الرئيس الروسي التعاون التجاري\n"
            "أكد أمير دولة قطر الشيخ تميم بن حمد آل ثاني أن بلاده تسعى لوقف الحرب، وذلك خلال مؤتمر صحفي مع "
            "الرئيس الروسي فلاديمير بوتين في موسكو.")
    assert _topics(text) == ["التعاون التجاري"]


def test_what_a_side_said_when_nothing_names_a_topic():
    text = ("أكد أمير دولة قطر الشيخ تميم بن حمد آل ثاني أن بلاده تسعى لوقف الحرب، وذلك خلال مؤتمر صحفي مع "
            "الرئيس الروسي فلاديمير بوتين في موسكو.")
    assert _topics(text) == ["بلاده تسعي لوقف الحرب"]


def test_a_following_sentence_gives_the_topic_as_the_subject_of_a_verb_of_taking_up():
    # محادثاته مع قادة الدولتين: both visits; the topic leads the clause before سيحتل حيزا
    text = ("من المقرر أن يقوم وزير الخارجية الألماني فرانك فالتر شتاينماير بزيارة إلى إيران والسعودية الأسبوع المقبل. "
            "وكشف الوزير الألماني أن ملف الطاقة سيحتل حيزا أساسيا من محادثاته مع قادة الدولتين.")
    assert _topics(text) == ["ملف الطاقه", "ملف الطاقه"]


def test_a_relative_clause_after_a_meeting_noun_is_no_topic():
    # محادثاته التي سيجريها في أنقرة: the clause says which talks, not what they are about
    text = ("وقال المسؤولون إنه في صباح يوم الجمعة، سيلتقي بومبيو برئيس الوزراء، بنيامين نتنياهو، ويطلعه على "
            "محادثاته التي سيجريها في أنقرة برفقة نائب الرئيس الأمريكي مايك بنس مع الرئيس التركي رجب طيب إردوغان.")
    topics = _topics(text)
    assert len(topics) == 2 and not any(t and t.startswith("التي") for t in topics)


def test_a_weak_event_word_in_a_sentence_of_another_event_lends_no_topic():
    # وبحثا ملف النازحين belongs to the meeting the sentence tells (التقى الصفدي رجي), not to the one before it
    text = ("استقبل وزير الخارجية العماني بدر البوسعيدي في مسقط المبعوث الأممي غير بيدرسون. "
            "والتقى وزير الخارجية الأردني أيمن الصفدي نظيره اللبناني يوسف رجي في عمان، وبحثا ملف النازحين.")
    assert _topics(text) == [None, "ملف النازحين"]


def test_a_plain_quote_closes_a_topic_that_opened_in_it_and_is_kept_inside_one_that_did_not():
    opened = 'بحث وزير الخارجية الأمريكي أنتوني بلينكن مع نظيره التركي هاكان فيدان "خفض التصعيد" في شمال سوريا.'
    inside = 'بحث وزير الخارجية الأمريكي أنتوني بلينكن مع نظيره التركي هاكان فيدان سبل التوصل إلى "خفض التصعيد" في شمال سوريا.'
    assert _topics(opened) == ["خفض التصعيد"]
    assert _topics(inside) == ['سبل التوصل الي "خفض التصعيد" في شمال سوريا']


def test_a_plain_quote_that_opened_before_the_topic_closes_it():
    # "أجريت ... محادثات حول كل المواضيع": the quote after المواضيع closes the one the speech opened
    text = ('التقى وزير الخارجية الفرنسي جان نويل بارو نظيره الإيراني عباس عراقجي في طهران. ومضى بارو يقول '
            '"أجريت مع عراقجي محادثات حول كل المواضيع"، إلا أنه أوضح أنه يقوم بالرحلة بصفته "مسؤولا سياسيا" فقط.')
    assert _topics(text) == ["كل المواضيع"]


def test_a_following_sentence_gives_a_quoted_list_as_the_topic():
    text = ("أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع الرئيس السوري أحمد الشرع. "
            'وذكر الإليزيه، في بيان، أن الرئيسين بحثا "الانتقال السياسي في سوريا، ومكافحة الإرهاب".')
    assert _topics(text) == ["الانتقال السياسي في سوريا، ومكافحه الارهاب"]


def test_a_relative_clause_set_off_by_commas_is_passed_on_the_way_to_the_topic():
    text = ("التقى وزير الدفاع التركي يشار غولر نظيره السوري مرهف أبو قصرة في أنقرة. "
            "وأفادت مصادر أن الوزيرين بحثا خلال اللقاء، الذي عقد في مقر الوزارة، سبل تطوير التعاون العسكري.")
    assert _topics(text) == ["سبل تطوير التعاون العسكري"]


def test_the_call_set_off_by_commas_between_the_verb_and_its_object_is_passed():
    text = ("بحث الرئيس الروسي فلاديمير بوتين والمستشار الألماني فريدريش ميرتس، في اتصال هاتفي جرى مساء الخميس "
            "بمبادرة من الجانب الألماني، الوضع في سوريا.")
    assert _topics(text) == ["الوضع في سوريا"]


def test_the_sides_a_pair_names_and_the_call_set_off_are_passed_after_an_intransitive_verb():
    text = ("تباحث الرئيسان، الإيراني مسعود بزشكيان والتركي رجب طيب أردوغان، مساء الأحد، في اتصال هاتفي، "
            "تطورات الأوضاع في محافظة إدلب.")
    assert _topics(text) == ["تطورات الاوضاع في محافظه ادلب"]


def test_a_meeting_set_off_with_its_purpose_gives_no_object_to_an_intransitive_verb():
    # تباحث ... مع Y، في لقاء هدفه ...: what follows the aside is what led to it, not what was discussed
    text = ("تباحث الرئيس التركي رجب طيب أردوغان مطولا مع وزير الخارجية الأمريكي ماركو روبيو، في لقاء هدفه "
            "تخفيف التوتر بين البلدين، على خلفية العملية العسكرية في الشمال.")
    assert _topics(text) == [None]


def test_a_long_relative_clause_set_off_by_commas_is_passed_too():
    text = ("التقى وزير الدفاع التركي يشار غولر نظيره السوري مرهف أبو قصرة في أنقرة. "
            "وأفادت مصادر أن الوزيرين بحثا خلال اللقاء، الذي عقد في مقر وزارة الدفاع التركية في العاصمة أنقرة صباح اليوم، "
            "سبل تطوير التعاون العسكري.")
    assert _topics(text) == ["سبل تطوير التعاون العسكري"]


def test_a_place_set_off_by_commas_after_the_sides_is_no_part_of_the_topic():
    text = ("بحث الأمين العام لجامعة الدول العربية أحمد أبو الغيط مع وزير الخارجية السوري أسعد الشيباني أمس "
            "بمقر الأمانة العامة للجامعة بالقاهرة، تطورات الأوضاع في سوريا.")
    assert _topics(text) == ["تطورات الاوضاع في سوريا"]
