"""Loader and cleaner: boilerplate goes, article lines stay, offsets stay exact.

The seed articles carry the real furniture of Arabic news sites (a ticker of
glued headlines, comment footers, subscribe blocks, a WordPress "The post ...
appeared first on" line, a truncated teaser, section labels). The synthetic
articles below isolate one kind of boilerplate each, and a plain article checks
that nothing of substance is removed.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo.text import document
from syriadiplo.text.document import Document, build_document
from syriadiplo.io.inputs import InputError, discover, read_text
from syriadiplo.text.normalize import normalize_text

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _seed(prefix: str) -> Document:
    (path,) = [p for p in SEED_FILES if p.name.startswith(prefix)]
    return build_document(read_text(path), path.stem, str(path))


def _doc(text: str) -> Document:
    return build_document(text, "synthetic", "synthetic.txt")


def _line_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, body) of each line, numbered from 1 by list position + 1."""
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append((pos, pos + len(body), body))
        pos += len(raw)
    return out


def kept_lines(doc: Document) -> list[int]:
    """1-based numbers of the lines that have at least one kept sentence."""
    lines = _line_spans(doc.original)
    return sorted({n for n, (a, b, _) in enumerate(lines, 1) for s in doc.sentences if a <= s.start and s.end <= b})


def _whole(doc: Document, a: int, b: int) -> bool:
    inside = [s for s in doc.sentences if a <= s.start and s.end <= b]
    return "".join("".join(s.text.split()) for s in inside) == "".join(doc.original[a:b].split())


def kept_whole(doc: Document, line: str) -> bool:
    """True when every non-space character of `line` (which occurs once) is in a kept sentence."""
    assert doc.original.count(line) == 1, line
    a = doc.original.index(line)
    return _whole(doc, a, a + len(line))


def touched(doc: Document, line: str) -> bool:
    """True when any kept sentence overlaps the (unique) occurrence of `line`."""
    assert doc.original.count(line) == 1, line
    a = doc.original.index(line)
    return any(s.start < a + len(line) and a < s.end for s in doc.sentences)


def all_sentence_text(doc: Document) -> str:
    return "\n".join(normalize_text(s.text) for s in doc.sentences)


# --- properties of every seed --------------------------------------------------


def test_there_are_five_seeds():
    assert [p.name[:3] for p in SEED_FILES] == ["000", "001", "002", "003", "004"]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_sentences_are_exact_spans_of_the_original(path):
    text = read_text(path)
    doc = build_document(text, path.stem, str(path))
    assert doc.original == text
    assert doc.sentences
    prev_end = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert text[s.start:s.end] == s.text
        assert s.norm.text == normalize_text(s.text)
        assert s.text == s.text.strip() and s.text
        assert "\n" not in s.text
        assert prev_end <= s.start < s.end
        prev_end = s.end


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_removed_spans_hold_no_sentence(path):
    doc = build_document(read_text(path), path.stem, str(path))
    assert doc.removed
    for a, b, kind in doc.removed:
        assert kind in {"ticker", "footer", "title-footer", "label", "subscribe", "teaser", "dateline"}
        assert 0 <= a < b <= len(doc.original)
        assert not any(s.start < b and a < s.end for s in doc.sentences), (kind, doc.original[a:b][:60])


@pytest.mark.parametrize(
    "prefix, lines",
    [
        ("000", [3, 5, 7, 9, 11, 13, 15, 17, 19]),
        ("001", list(range(1, 14))),
        ("002", list(range(2, 27))),
        ("003", [1] + list(range(4, 13))),
        ("004", [3, 5, 12, 14, 16, 18, 20, 21, 23, 25, 27, 28, 30, 32, 33, 35, 37]),
    ],
)
def test_seed_kept_lines(prefix, lines):
    doc = _seed(prefix)
    assert kept_lines(doc) == lines
    spans = _line_spans(doc.original)
    for n in lines:
        assert _whole(doc, spans[n - 1][0], spans[n - 1][1]), n


@pytest.mark.parametrize(
    "prefix, title",
    [
        ("000", "لقاء روسي- فرنسي في جنيف للمشاورات حول القواسم المشتركة لتسوية الملف السوري"),
        ("001", "الرئيسان بوتين وماكرون: ندعم تقدّم العملية السياسية في سورية"),
        ("002", None),
        ("003", "موسكو تطالب بالبناء ما تم إنجازه حتى الآن لقيام حوار مباشر وشامل في جنيف"),
        ("004", "وفدان سوريان من الحكومة والائتلاف يزوران روسيا"),
    ],
)
def test_seed_titles(prefix, title):
    assert _seed(prefix).title == title


# --- the seeds' boilerplate, one kind at a time ----------------------------------

TICKER_HEADLINES = [
    "مباحثات سورية – سعودية لتعزيز التعاون في مجال الطاقة المتجددة",
    "وزارة الأوقاف تتسلم مواقع إقامة الحجاج السوريين في مكة المكرمة",
    "سوريا والبحرين تتفقان على تعزيز التعاون الاقتصادي في مرحلة إعادة الإعمار",
    "الأمن العام في درعا يوقف أربعة أفراد من عصابة قطّاع الطرق بعد اشتباكات",
    "منح دراسية للطلاب السوريين في كازاخستان",
    "ماكرون: استقرار سوريا أساس لأمن المنطقة وأوروبا",
    "الرئيس الشرع: سوريا تتعهد بضمان أمن المنطقة واستقرارها",
    "وزير الطاقة يبحث مع وفد صيني تعزيز التعاون في مجال الطاقة",
    "وزارة الداخلية تفرج عن الدفعة الرابعة من موقوفي أحداث صحنايا",
    "الاتحاد الأوروبي يحذر من الاعتداءات الإسرائيلية على سوريا",
    "الأمن العام يُحبط استعصاء في سجن إزرع ويفشل محاولة احتجاز رهائن",
    "«ارفعوا أيديكم عن سوريا».. محتجّون أمام سفارة الاحتلال الإسرائيلي في لندن يدينون العدوان",
    "الداخلية تطلق سراح دفعة جديدة من الموقوفين في ريف دمشق",
    "لتعزيز التحول الرقمي.. سوريا وألمانيا تبحثان التعاون في الاتصالات وتجاوز العقوبات",
    "مساعٍ سورية – دولية لإعادة إعمار المدارس وفق معايير السلامة والجودة العالمية",
]


def test_000_ticker_line_is_removed_with_all_its_headlines():
    doc = _seed("000")
    first = _line_spans(doc.original)[0]
    assert "".join(TICKER_HEADLINES) == first[2]  # the headlines above are the whole glued line
    assert (first[0], first[1], "ticker") in doc.removed
    assert not touched(doc, first[2])
    kept = all_sentence_text(doc)
    for h in TICKER_HEADLINES:
        assert normalize_text(h) not in kept, h


def test_000_comment_footer_is_removed():
    doc = _seed("000")
    kept = all_sentence_text(doc)
    for footer in ("اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية", "زر الذهاب إلى الأعلى"):
        assert normalize_text(footer) not in kept, footer
    assert [k for _, _, k in doc.removed] == ["ticker", "footer"]
    assert doc.sentences[-1].text.startswith("وتسعى موسكو إلى تعزيز التعاون مع باريس")


def test_001_post_footer_gives_the_title_and_is_removed():
    doc = _seed("001")
    assert doc.title == "الرئيسان بوتين وماكرون: ندعم تقدّم العملية السياسية في سورية"
    for s in doc.sentences:
        for furniture in ("The post", "appeared first on", "Rea more", "Posted from", "Only a member of this blog"):
            assert furniture not in s.text
    assert [k for _, _, k in doc.removed] == ["title-footer", "footer"]
    assert not any(s.is_title for s in doc.sentences)  # the title comes from the footer, not from a line


def test_002_dateline_and_subscribe_block():
    doc = _seed("002")
    assert doc.dateline == "موسكو-سانا"
    assert not touched(doc, "موسكو-سانا\n")
    for line in (
        "تابعوا آخر الأخبار السياسية والميدانيـة عبر تطبيق تيلغرام على الهواتف الذكية عبر الرابط:",
        "https://telegram.me/SyrianArabNewsAgency",
        "تابعونا عبر تطبيق واتس أب :",
        "عبر إرسال كلمة اشتراك على الرقم / 0940777186/ بعد تخزينه باسم سانا أو (SANA).",
        "تابعوا صفحتنا على موقع (VK) للتواصل الاجتماعي على الرابط:",
    ):
        assert not touched(doc, line), line
    assert [k for _, _, k in doc.removed] == ["dateline"] + ["subscribe"] * 5
    assert doc.sentences[0].text.startswith("بحث وزير الخارجية الروسي سيرغي لافروف")


def test_003_teaser_and_section_labels():
    doc = _seed("003")
    lines = _line_spans(doc.original)
    teaser, full = lines[2][2], lines[4][2]
    assert teaser.endswith("...")
    assert full.startswith(teaser[:-3])
    assert not touched(doc, teaser)
    assert kept_whole(doc, full)
    for n in (13, 14, 16):  # أقسام, أخبار, أخبار متعلقة
        a, b, body = lines[n - 1]
        assert body in ("أقسام", "أخبار", "أخبار متعلقة")
        assert not any(s.start < b and a < s.end for s in doc.sentences)
    assert [k for _, _, k in doc.removed] == ["teaser", "label", "label", "footer"]


def test_004_label_subscribe_and_comment_footer():
    doc = _seed("004")
    kept = all_sentence_text(doc)
    for line in (
        "قرائنا من مستخدمي تلغرام",
        "يمكنكم الآن متابعة آخر الأخبار مجاناً من خلال تطبيق تلغرام",
        "إضغط هنا للإشتراك",
        "جميع التعليقات المنشورة تعبر عن رأي كتّابها",
    ):
        assert normalize_text(line) not in kept, line
    lines = _line_spans(doc.original)
    for n, body in ((1, "أخبار"), (39, "التعليقات")):  # the label and footer lines, not the words
        a, b, line = lines[n - 1]
        assert line == body
        assert not any(s.start < b and a < s.end for s in doc.sentences)
    # a sub-heading that starts with an ellipsis is text, not a teaser
    assert kept_whole(doc, "...ووفد من الائتلاف")
    assert [k for _, _, k in doc.removed] == ["label", "subscribe", "subscribe", "subscribe", "subscribe", "footer"]


# --- synthetic articles: one kind of boilerplate each ----------------------------

BODY = "التقى وزير الخارجية فيصل المقداد نظيره العراقي فؤاد حسين في بغداد اليوم وبحث معه العلاقات الثنائية."
TITLE = "المقداد يلتقي نظيره العراقي في بغداد"

# Five headlines glued without separators, each ending in teh marbuta, as news tickers are scraped.
SYN_HEADLINES = [
    "وزير الخارجية يستقبل سفير الصين في دمشق لبحث العلاقات الثنائية",
    "انطلاق فعاليات معرض دمشق الدولي للكتاب في دورته الجديدة",
    "الحكومة تناقش خطة دعم الزراعة في المنطقة الشرقية",
    "توقيع اتفاقية للتعاون الصحي مع العراق في بغداد بحضور وزير الصحة",
    "ارتفاع أسعار الذهب في السوق المحلية",
]


def test_synthetic_ticker_is_removed():
    ticker = "".join(SYN_HEADLINES)
    doc = _doc(f"{ticker}\n\n{TITLE}\n\n{BODY}\n")
    assert doc.removed == [(0, len(ticker), "ticker")]
    assert [s.text for s in doc.sentences] == [TITLE, BODY]
    assert doc.title == TITLE
    kept = all_sentence_text(doc)
    assert not any(normalize_text(h) in kept for h in SYN_HEADLINES)


BODY2 = "وأكد الجانبان أهمية تعزيز التعاون بين البلدين في المرحلة المقبلة."


@pytest.mark.parametrize("gap", ["  ", "\u00a0\u00a0", " \t "])
def test_ticker_of_a_flattened_page_goes_alone(gap):
    # a page whose line breaks became spaces (a JSONL text field, an HTML page on one line): the ticker
    # runs on into the article, and only the ticker goes
    ticker = "".join(SYN_HEADLINES)
    text = f"{ticker}{gap}{TITLE}{gap}{BODY} {BODY2}"
    doc = _doc(text)
    assert doc.removed == [(0, len(ticker), "ticker")]
    # the gaps that stood for line breaks still part the title from the text
    assert [s.text for s in doc.sentences] == [TITLE, BODY, BODY2]
    assert not any(normalize_text(h) in all_sentence_text(doc) for h in SYN_HEADLINES)


def test_short_ticker_of_a_flattened_page_goes_too():
    # three glue points: too few for a line with sentences (TICKER_SURE_GLUES), enough for the stretch
    # with no stop that holds them (TICKER_MIN_GLUES)
    ticker = "".join(SYN_HEADLINES[:3])
    text = f"{ticker}  {TITLE}  {BODY} {BODY2}"
    assert document._glues(text, 99) == 3 and not document._is_ticker(text)
    doc = _doc(text)
    assert doc.removed == [(0, len(ticker), "ticker")]
    assert [s.text for s in doc.sentences] == [TITLE, BODY, BODY2]


def test_two_glue_points_in_a_paragraph_keep_it():
    # a long paragraph with sentences and two glue points in one of them (typing slips, not a ticker)
    slips = SYN_HEADLINES[0] + SYN_HEADLINES[1] + " " + SYN_HEADLINES[2] + SYN_HEADLINES[3]
    assert document._glues(slips, 99) == 2
    para = f"{BODY} {slips} {BODY2}"
    doc = _doc(f"{TITLE}\n{para}\n")
    assert doc.removed == []
    assert [s.text for s in doc.sentences] == [TITLE, BODY, slips + " " + BODY2]


def test_ticker_run_on_without_a_gap_goes_up_to_the_first_stop():
    # one space only between ticker, title and text: nothing tells where the last headline ends, so the
    # stretch up to the first full stop goes and the sentences after it stay
    ticker = "".join(SYN_HEADLINES)
    text = f"{ticker} {TITLE} {BODY} {BODY2}"
    doc = _doc(text)
    assert doc.removed == [(0, text.index(BODY2) - 1, "ticker")]  # up to the stop, the space after it aside
    assert [s.text for s in doc.sentences] == [BODY2]


def test_headline_ellipsis_does_not_end_a_ticker_stretch():
    # ".." joins the two halves of a headline: the glued headlines after it are still the ticker's
    ticker = "".join(SYN_HEADLINES[:3]) + ".. " + "".join(SYN_HEADLINES[3:]) + "مباحثات سورية عراقية"
    doc = _doc(f"{ticker}  {BODY} {BODY2}")
    assert doc.removed == [(0, len(ticker), "ticker")]
    assert [s.text for s in doc.sentences] == [BODY, BODY2]


def test_ticker_line_with_glue_points_spread_over_its_sentences_goes_whole():
    # four glue points, one in each sentence: no sentence is a ticker by itself, the line is
    line = " ".join(SYN_HEADLINES[k] + SYN_HEADLINES[k + 1] + "." for k in range(4))
    assert document._is_ticker(line)
    assert not any(document._is_ticker(SYN_HEADLINES[k] + SYN_HEADLINES[k + 1] + ".") for k in range(4))
    doc = _doc(f"{line}\n{TITLE}\n{BODY}\n")
    assert doc.removed == [(0, len(line), "ticker")]
    assert [s.text for s in doc.sentences] == [TITLE, BODY]


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_seed_flattened_to_one_line_gives_the_same_events(seed):
    # line breaks turned into spaces keep every offset: the same events and participants come out (a
    # dateline then opens the first sentence instead of a line of its own), and no evidence is ticker
    from syriadiplo.pipeline import extract_text

    text = seed.read_text(encoding="utf-8")
    flat = text.replace("\n", " ")
    assert "\n" not in flat and len(flat) == len(text)

    def key(rec):
        return rec.type, sorted(p.name or "" for p in rec.participants)

    records = extract_text(flat, seed.stem)
    assert [key(r) for r in records] == [key(r) for r in extract_text(text, seed.stem)]
    tickers = [(a, b) for a, b, kind in _doc(flat).removed if kind == "ticker"]
    assert all(e.end <= a or e.start >= b for r in records for e in r.evidence for a, b in tickers)


def test_synthetic_comment_footer_cuts_everything_after_it():
    text = f"{TITLE}\n{BODY}\n\nأضف تعليقاً\nتعليق من القارئ: مقال ممتاز.\nالتعليقات (2)\n"
    doc = _doc(text)
    assert doc.removed == [(text.index("أضف"), len(text), "footer")]
    assert doc.clean_text() == f"{TITLE}\n{BODY}\n"


def test_synthetic_related_articles_list_is_cut():
    text = f"{BODY}\nاقرأ أيضاً\nالأسد يستقبل المبعوث الأممي في دمشق\nلافروف يبحث مع كيري الوضع في سورية\n"
    doc = _doc(text)
    assert [k for _, _, k in doc.removed] == ["footer"]
    assert doc.clean_text() == BODY + "\n"


def test_synthetic_subscribe_and_share_lines_are_dropped():
    text = (
        f"{BODY}\n"
        "تابعونا على قناتنا في تلغرام\n"
        "اشترك في قناتنا على يوتيوب لمشاهدة آخر المقابلات\n"
        "https://t.me/example_news\n"
        "شارك هذا المقال:\n"
        "اضغط هنا لتحميل التطبيق\n"
        "وختم الوزير حديثه بالشكر.\n"
    )
    doc = _doc(text)
    assert [k for _, _, k in doc.removed] == ["subscribe"] * 5
    assert doc.clean_text() == f"{BODY}\nوختم الوزير حديثه بالشكر.\n"


def test_synthetic_post_footer_gives_the_title():
    text = f"{BODY}\nThe post لافروف وجاويش أوغلو يبحثان الوضع في إدلب appeared first on وكالة الأنباء.\n"
    doc = _doc(text)
    assert doc.title == "لافروف وجاويش أوغلو يبحثان الوضع في إدلب"
    assert [k for _, _, k in doc.removed] == ["title-footer"]
    assert [s.text for s in doc.sentences] == [BODY]


def test_synthetic_section_labels_go_but_the_word_in_a_sentence_stays():
    sentence = "وقال المقداد إن سياسة بلاده تقوم على الحوار."
    doc = _doc(f"الرئيسية\nسياسة\nأخبار سورية\n{TITLE}\n{sentence}\nمحليات\n")
    assert [k for _, _, k in doc.removed] == ["label"] * 4
    assert [s.text for s in doc.sentences] == [TITLE, sentence]
    assert doc.title == TITLE


def test_synthetic_teaser_repeated_by_the_full_paragraph_is_removed():
    short = "التقى المقداد حسين…"
    doc = _doc(f"{TITLE}\n{short}\nالتقى المقداد حسين في بغداد.\n")
    assert [k for _, _, k in doc.removed] == ["teaser"]
    assert [s.text for s in doc.sentences] == [TITLE, "التقى المقداد حسين في بغداد."]


def test_synthetic_long_truncated_teaser_is_removed():
    teaser = BODY[:80] + "..."
    doc = _doc(f"{TITLE}\n{teaser}\n{BODY}\n")
    assert [k for _, _, k in doc.removed] == ["teaser"]
    assert [s.text for s in doc.sentences] == [TITLE, BODY]


def test_synthetic_lead_cut_short_keeps_its_whole_sentences():
    # a first paragraph cut by a paywall: its whole sentences are the article's, only the cut one goes
    second = "وقال الوزيران إن المحادثات تناولت التعاون في مجال الطاقة."
    lead = f"{BODY} {second} وأضاف المقداد أن الجانبين اتفقا على عقد جولة..."
    doc = _doc(f"{lead}\nهذا المقال مخصص للمشتركين.\n")
    assert [s.text for s in doc.sentences] == [BODY, second, "هذا المقال مخصص للمشتركين."]
    cut = lead.index("وأضاف")
    assert doc.removed == [(cut, len(lead), "teaser")]


def test_synthetic_teaser_of_several_sentences_repeated_later_goes_whole():
    second = "وقال الوزيران إن المحادثات تناولت التعاون."
    teaser = f"{BODY} {second} وأضاف..."
    doc = _doc(f"{TITLE}\n{teaser}\n{BODY} {second} وأضاف المقداد أن الجانبين اتفقا.\n")
    assert [k for _, _, k in doc.removed] == ["teaser"]
    assert [s.text for s in doc.sentences][:2] == [TITLE, BODY]
    assert doc.sentences[1].start > len(TITLE) + len(teaser)


# --- hard line breaks inside a sentence ---------------------------------------------

def _one_across(doc: Document, first: str, second: str):
    """The kept sentence that holds the line `first` and the line `second` after it, across the break."""
    (s,) = [s for s in doc.sentences if first in s.text]
    assert s.text == doc.original[s.start:s.end] == f"{first}\n{second}"
    assert s.norm.text == normalize_text(f"{first}\n{second}")
    return s


def test_synthetic_line_ending_on_a_preposition_goes_on_in_the_next():
    first = "وبحث وزير الخارجية فيصل المقداد مع نظيره العراقي فؤاد حسين في"
    second = "بغداد اليوم العلاقات الثنائية."
    doc = _doc(f"{TITLE}\n{first}\n{second}\n{BODY}\n")
    _one_across(doc, first, second)
    assert doc.title == TITLE and [s.text for s in doc.sentences][::2] == [TITLE, BODY]


def test_synthetic_line_ending_on_a_comma_goes_on_in_the_next_one_wrapped_at_a_width():
    first = "وأكد الجانبان خلال الاتصال الهاتفي،"
    second = "ضرورة مواصلة التنسيق."
    doc = _doc(f"{TITLE}\n{first}\n{second}\n")
    _one_across(doc, first, second)
    crlf = _doc(f"{TITLE}\r\n{first}\r\n{second}\r\n")
    (s,) = [s for s in crlf.sentences if first in s.text]
    assert s.text == f"{first}\r\n{second}" and s.norm.text == normalize_text(f"{first}\r\n{second}")


def test_synthetic_paragraph_pasted_with_short_lines_is_one_sentence_not_a_title():
    lines = ["استقبل رئيس المجلس يوسف", "العلي، مع وزير الخارجية", "سمير الحسن، ونائبه", "كمال",
             "ناصر الخطيب، في القصر اليوم."]
    doc = _doc("\n".join(lines) + f"\n{BODY}\n")
    assert doc.title is None
    assert [s.text for s in doc.sentences] == ["\n".join(lines), BODY]
    assert not any(s.is_title for s in doc.sentences)


def test_synthetic_headline_byline_and_date_lines_stay_apart():
    # a run of lines without stops that marks its parts with a dash, a colon or digits is no paragraph
    lines = [TITLE, "دمشق - خاص", "الثلاثاء، 5 آذار 2024", "كتب: سامر الأحمد", BODY]
    doc = _doc("\n".join(lines) + "\n")
    assert doc.title == TITLE
    assert [s.text for s in doc.sentences] == lines
    # nor does a headline over the text, or a list after a line that ends on a comma
    doc = _doc(f"{TITLE}\n{BODY}\nوتناول اللقاء ما يلي،\n- التعاون الاقتصادي.\n")
    assert [s.text for s in doc.sentences] == [TITLE, BODY, "وتناول اللقاء ما يلي،", "- التعاون الاقتصادي."]
    doc = _doc(f"{TITLE}\nوتناول اللقاء ما يلي،\n\u2022 الطاقة\n")
    assert [s.text for s in doc.sentences] == [TITLE, "وتناول اللقاء ما يلي،", "\u2022 الطاقة"]


def test_synthetic_line_ending_on_a_stop_or_a_plain_word_is_its_own():
    doc = _doc(f"{TITLE}\n{BODY}\nالمقداد في بغداد\nوقال الوزير إن الزيارة ناجحة.\n")
    assert [s.text for s in doc.sentences] == [TITLE, BODY, "المقداد في بغداد", "وقال الوزير إن الزيارة ناجحة."]
    # a word that ends in a letter that is also a listed one-letter word (و) is a plain word
    doc = _doc(f"{TITLE}\nالمقداد في موسكو\nوقال الوزير إن الزيارة ناجحة.\n")
    assert [s.text for s in doc.sentences] == [TITLE, "المقداد في موسكو", "وقال الوزير إن الزيارة ناجحة."]


def test_synthetic_short_line_ending_in_ellipsis_is_kept():
    doc = _doc(f"{TITLE}\n{BODY}\nوفي التفاصيل...\nنص آخر.\n")
    assert doc.removed == []
    assert [s.text for s in doc.sentences] == [TITLE, BODY, "وفي التفاصيل...", "نص آخر."]


def test_synthetic_dateline_on_its_own_line():
    doc = _doc(f"دمشق-سانا\n{BODY}\n")
    assert doc.dateline == "دمشق-سانا"
    assert doc.removed == [(0, 9, "dateline")]
    assert [s.text for s in doc.sentences] == [BODY]


def test_synthetic_dateline_prefix_keeps_its_paragraph():
    line = "القاهرة - أ ف ب: التقى وزير الخارجية المصري سامح شكري نظيره السوري في القاهرة اليوم."
    doc = _doc(line + "\n")
    assert doc.dateline == "القاهرة - أ ف ب"
    assert doc.removed == []
    assert [s.text for s in doc.sentences] == [line]


# --- a plain article loses nothing -----------------------------------------------

PLAIN = (
    "المقداد يبحث مع لافروف في موسكو التحضيرات لمؤتمر \"جنيف 2\"\n"
    "\n"
    "بحث وزير الخارجية والمغتربين فيصل المقداد مع نظيره الروسي سيرغي لافروف في موسكو اليوم الاثنين "
    "التحضيرات الجارية لعقد مؤتمر \"جنيف 2\" والعلاقات الثنائية بين البلدين.\n"
    "\n"
    "وقال لافروف في مؤتمر صحفي مشترك عقب المحادثات إن \"روسيا ستواصل دعمها لسورية في مواجهة الإرهاب\"، "
    "مشيراً إلى أن الجانبين اتفقا على مواصلة التنسيق الوثيق في المحافل الدولية وعلى ضرورة أن يكون الحل "
    "السياسي بقيادة سورية ومن دون أي تدخل خارجي، ولفت إلى أن بلاده تنظر بإيجابية إلى ما أبدته دمشق من "
    "مرونة في الملفات الإنسانية، وأن موسكو ستستضيف في الخامس والعشرين من الشهر المقبل اجتماعاً ثلاثياً "
    "يضم ممثلين عن روسيا والولايات المتحدة والأمم المتحدة للتحضير للمؤتمر الذي طال انتظاره.\n"
    "\n"
    "من جهته أكد المقداد أن سورية ستشارك في المؤتمر \"دون شروط مسبقة\" وأن وفدها سيكون برئاسة رئيس "
    "الوزراء، معرباً عن تقديره لمواقف روسيا الثابتة في مجلس الأمن.\n"
    "\n"
    "وفي ختام الزيارة التقى المقداد رئيس مجلس الدوما الروسي وعدداً من أعضاء لجنة الشؤون الخارجية، وجرى "
    "خلال اللقاء بحث سبل تطوير التعاون البرلماني بين البلدين في عام ٢٠١٤ وما بعده، كما تناول الجانبان "
    "التحضيرات لاجتماع اللجنة الحكومية المشتركة المقرر في دمشق\n"
)


def _nonempty_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def test_plain_article_keeps_every_line():
    doc = _doc(PLAIN)
    assert doc.removed == []
    assert doc.dateline is None
    assert doc.title == _nonempty_lines(PLAIN)[0]
    for line in _nonempty_lines(PLAIN):
        assert kept_whole(doc, line), line[:40]
    assert doc.clean_text() == "\n".join(_nonempty_lines(PLAIN)) + "\n"
    assert [s.is_title for s in doc.sentences] == [True] + [False] * (len(doc.sentences) - 1)


def test_plain_paragraph_with_bi_quotes_and_no_final_stop_is_kept():
    para = (
        "ولفت لافروف إلى أن بلاده تنظر بإيجابية إلى ما وصفه بـ\"المرونة\" التي أبدتها دمشق في الملفات "
        "الإنسانية وإلى ما سماه بـ\"الخطوات العملية\" لتسهيل عودة اللاجئين، وأن موسكو ستستضيف اجتماعاً "
        "ثلاثياً للتحضير للمؤتمر الذي طال انتظاره"
    )
    doc = _doc(f"{TITLE}\n{para}\n")
    assert doc.removed == []
    assert kept_whole(doc, para)


def test_plain_article_with_crlf_line_ends_keeps_exact_offsets():
    text = PLAIN.replace("\n", "\r\n")
    doc = _doc(text)
    assert doc.removed == []
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
        assert "\r" not in s.text
    assert len(doc.sentences) == len(_doc(PLAIN).sentences)


def test_empty_article():
    doc = _doc("")
    assert doc.sentences == [] and doc.removed == [] and doc.title is None
    assert doc.clean_text() == ""


# --- reading and discovering files ------------------------------------------------


def test_read_text_encodings(tmp_path):
    s = "التقى لافروف كيري في جنيف."
    cases = {
        "utf8.txt": s.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + s.encode("utf-8"),
        "utf16.txt": s.encode("utf-16"),  # with BOM
        "cp1256.txt": s.encode("cp1256"),
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert read_text(tmp_path / name) == s, name


def test_read_text_rejects_binary(tmp_path):
    p = tmp_path / "blob.txt"
    p.write_bytes(b"PK\x03\x04\x00\x00binary")
    with pytest.raises(InputError, match="binary"):
        read_text(p)


def test_read_text_keeps_carriage_returns(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("سطر\r\nسطر آخر".encode("utf-8"))
    assert read_text(p) == "سطر\r\nسطر آخر"


def test_discover_is_sorted_recursive_and_keeps_given_files(tmp_path):
    (tmp_path / "b").mkdir()
    for rel in ("b/2.txt", "a.txt", "b/1.txt", "notes.md"):
        (tmp_path / rel).write_text("نص", encoding="utf-8")
    found = discover([str(tmp_path), "missing.txt"])
    assert [given for given, _ in found] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b" / "1.txt"), str(tmp_path / "b" / "2.txt"), "missing.txt",
    ]


# The glue patterns of boilerplate.tsv in their plain form: context first, then the glue point. The file
# writes each one starting with a literal character (context in lookarounds) so the scan can skip ahead;
# only the number of matches counts, and it must be the same.
PLAIN_GLUES = (
    r"[\u0629\u0649][\u0621-\u064A]",
    r"[\u0621-\u064A]ا(?=ال[\u0621-\u064A]{2})",
    r"[\u0621-\u063A\u0641-\u064A]{2}[«“\"](?=[\u0621-\u064A])",
    r"\u064A(?=\u0627\u0644[\u0621-\u064A]{3})",
    r"(?<=[\u0621-\u064A]{4})\u0627\u0644(?=[\u0621-\u064A]{4})",
    r"(?<!\u0627\u0644)(?<=[\u0621-\u064A]{3})(?:\u0648\u0632\u064A\u0631|\u0645\u062D\u0627\u0641\u0638|\u0631\u0626\u064A\u0633|\u0648\u0632\u0627\u0631\u0629)",
)
_GLUE_PIECES = ["ا", "ي", "ل", "و", "ز", "ر", "ئ", "س", "م", "ح", "ف", "ظ", "ة", "ى", "«", "“", '"', " ", "ـ", "x",
                "وزير", "رئيس", "محافظ", "وزارة", "ال", "اال", "يال"]


def _glue_counts(patterns, line: str) -> list[int]:
    return [len(re.findall(p, line)) for p in patterns]


@given(st.lists(st.sampled_from(_GLUE_PIECES), max_size=24))
@settings(max_examples=1500, deadline=None)
def test_glue_patterns_count_as_their_plain_forms(pieces):
    line = "".join(pieces)
    assert _glue_counts([p.pattern for p in document._patterns().glue], line) == _glue_counts(PLAIN_GLUES, line)


def test_glue_patterns_count_as_their_plain_forms_on_every_article_line():
    lines = [line for p in sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "fixtures" / "articles").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
    glues = [p.pattern for p in document._patterns().glue]
    total = 0
    for line in lines + [h for h in TICKER_HEADLINES] + ["".join(TICKER_HEADLINES)]:
        got = _glue_counts(glues, line)
        assert got == _glue_counts(PLAIN_GLUES, line), line
        total += sum(got)
    assert total > 50


@given(st.text(alphabet=". !?\u061f\n\t\u00a0ab", max_size=20))
@settings(max_examples=1500, deadline=None)
def test_stop_search_is_the_plain_one(text):
    """A stop not in an ellipsis, then a space: the same answer as the plain form (lookbehind first)."""
    plain = re.compile(r"(?<!\.)[.!?\u061f](?!\.)\s")
    assert bool(document._HAS_STOP.search(text)) == bool(plain.search(text))


def _plain_is_ticker(line: str) -> bool:
    if len(line) < document.TICKER_MIN_CHARS:
        return False
    glues = sum(len(re.findall(p, line)) for p in PLAIN_GLUES)
    if glues >= document.TICKER_SURE_GLUES:
        return True
    return glues >= document.TICKER_MIN_GLUES and not re.search(r"(?<!\.)[.!?\u061f](?!\.)\s", line)


_PLAIN_WORDS = ["سوريا ", "في ", "الاجتماع ", "مع ", "بحث ", "الوزير ", "اليوم. ", "امس... ", "هل؟ "]


@given(st.lists(st.sampled_from(_PLAIN_WORDS), min_size=15, max_size=60),
       st.lists(st.tuples(st.integers(0, 59), st.sampled_from(_GLUE_PIECES)), max_size=16))
@settings(max_examples=1500, deadline=None)
def test_ticker_test_is_the_plain_one(words, glued):
    """Plain words with a few glue pieces run in: lines on both sides of both thresholds."""
    for at, piece in glued:
        words.insert(min(at, len(words)), piece)
    line = "".join(words)
    assert document._is_ticker(line) == _plain_is_ticker(line)


def _rows(action: str) -> list[str]:
    from syriadiplo.resources import read_table

    return [row[1] for row in read_table("boilerplate.tsv") if row[0] == action]


_LINE_PIECES = ["اترك تعليقا", "التعليقات", "اخبار ذات صله", "شاهد ايضا", "تابعونا", "تلغرام", "المصدر", ":", " ",
                "https://x.y", "Read more", "Related posts", "—", "سانا", "دمشق", "(3)", "ابدا", "\u00a0", "x"]


@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=6))
@settings(max_examples=1500, deadline=None)
def test_joined_cut_and_drop_patterns_match_as_the_listed_ones(pieces):
    """One anchored alternation per action finds a line when one of the action's patterns does."""
    line = "".join(pieces)
    pats = document._patterns()
    for action, joined in (("cut", pats.cut), ("drop", pats.drop)):
        want = any(re.search(p, line, re.IGNORECASE) for p in _rows(action))
        assert bool(joined[0].search(line)) == want, (action, line)


def test_joined_patterns_are_anchored_and_match_as_the_listed_ones_on_article_lines():
    pats = document._patterns()
    assert pats.cut[0].pattern.startswith("^(?:") and pats.drop[0].pattern.startswith("^(?:")
    lines = [normalize_text(line).strip() for p in sorted((REPO / "seeds").glob("*.txt"))
             + sorted((REPO / "fixtures").rglob("*.txt")) for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    hits = 0
    for line in lines:
        for action, joined in (("cut", pats.cut), ("drop", pats.drop)):
            want = any(re.search(p, line, re.IGNORECASE) for p in _rows(action))
            assert bool(joined[0].search(line)) == want, (action, line)
            hits += want
    assert hits > 10


@given(st.text(alphabet=".!?\u061f\n \t\"'\u201d\u00bb)]abبج", max_size=30))
@settings(max_examples=2000, deadline=None)
def test_sentence_end_matches_as_its_plain_form(text):
    got = [m.span() for m in document._SENTENCE_END.finditer(text)]
    plain = r"[.!?\u061f](?:[\"'\u201d\u00bb)\]]*)(?=\s|$)|\n"

    def arabic(s: str) -> bool:
        return all("\u0621" <= c <= "\u064a" for c in s)

    # and a full stop with four Arabic letters before it and two after it
    glued = [(i, i + 1) for i, c in enumerate(text) if c == "." and i >= 4 and arabic(text[i - 4:i])
             and len(text[i + 1:i + 3]) == 2 and arabic(text[i + 1:i + 3])]
    assert got == sorted({m.span() for m in re.finditer(plain, text)} | set(glued))


@pytest.mark.parametrize("text, sentences", [
    # a full stop glued between two Arabic words, the first of four letters or more, ends a sentence
    ("زار الوزير أمس بغداد.وهذه أول زيارة له.", ["زار الوزير أمس بغداد.", "وهذه أول زيارة له."]),
    # initials (إتش.دي) and an abbreviation (د.) glued to the next word end none
    ("عرضت قناة إتش.دي لقاء مع د.محمد العلي.", ["عرضت قناة إتش.دي لقاء مع د.محمد العلي."]),
])
def test_a_full_stop_glued_between_words(text, sentences):
    ends = document.sentence_ends(text, 0, len(text))
    assert [text[a:b].strip() for a, b in zip([0] + ends, ends)] == sentences


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list(".\u2026 \t\u00a0\u2029\rxا")), max_size=12))
def test_ellipsis_end_test_is_the_regex(line):
    from syriadiplo.text.document import _ELLIPSES, _ELLIPSIS_END

    line = line.replace("\r", "")  # a loader line holds no line break
    assert line.rstrip().endswith(_ELLIPSES) == bool(_ELLIPSIS_END.search(line))


@pytest.mark.parametrize("word", _rows("open"))
def test_every_open_word_carries_its_line_on(word):
    """Each listed word, ending a line, carries the sentence on into the next line."""
    first = f"وقال الوزير {word}"
    doc = _doc(f"{TITLE}\n{first}\nبقية الجملة هنا.\n")
    assert [s.text for s in doc.sentences] == [TITLE, f"{first}\nبقية الجملة هنا."]


@pytest.mark.parametrize("sep", [" ", "\n"])
def test_the_sites_tag_words_after_the_last_sentence_go(sep):
    tags = "سمات الملك الأردن المقداد ملك البحرين"
    text = f"{TITLE}\n\n{BODY}{sep}{tags}"
    doc = _doc(text)
    assert doc.removed == [(len(text) - len(tags), len(text), "tags")]
    assert "البحرين" not in all_sentence_text(doc)


def test_a_last_sentence_about_traits_is_no_tag_list():
    last = "ومن سمات المرحلة المقبلة تعزيز التعاون."
    doc = _doc(f"{TITLE}\n\n{BODY} {last}")
    assert doc.removed == [] and normalize_text(last) in all_sentence_text(doc)


def test_tag_words_before_the_last_line_are_kept():
    line = "سمات الملك الأردن"
    doc = _doc(f"{TITLE}\n\n{line}\n{BODY}")
    assert doc.removed == [] and normalize_text(line) in all_sentence_text(doc)


@pytest.mark.parametrize("text, n", [
    # boilerplate.tsv abbrev: the full stop of د. (a doctor) ends no sentence, with the conjunction too
    ("حضر اللقاء الأمير محمد بن نايف ود. مساعد العيبان. وجرى بحث العلاقات.", 2),
    ("وقال د. عادل الطريفي إن الزيارة ناجحة.", 1),
    ("ورأس الوفد أ.د. خالد العلي. ثم غادر.", 2),
    # (another one-letter word before a full stop ends its sentence: the year's م.)
    ("وصل الوفد عام 2015 م. وقال الوزير إن الزيارة ناجحة.", 2),
    # an ellipsis inside a quotation not yet closed leaves words out of what was said: it ends no sentence
    ('وقال الرئيس "سأزور دمشق وألتقي ... الرئيس السوري"، وذلك خلال استقباله السفير. ثم غادر.', 2),
    ("وقال الوزير «نحن ندعم الحل ... السياسي في سوريا» خلال لقائه نظيره.", 1),
    # (after the quotation is closed, or with none, an ellipsis ends its sentence)
    ('وقال الرئيس "سأزور دمشق" ثم غادر... وانتهت الزيارة.', 2),
    ("وانتهت الزيارة... ثم غادر الوفد.", 2),
])
def test_a_full_stop_of_an_abbreviation_or_a_quoted_ellipsis_ends_no_sentence(text, n):
    assert len(build_document(text, "t", "t.txt").sentences) == n


@pytest.mark.parametrize("text, blanked", [
    # the full stops of an abbreviation inside a sentence are spaces to the tokenizer: no clause ends there
    ("استقبل د. عبدالله الربيعة أمس وزيرة الإعلام اليمنية.", "استقبل د  عبدالله"),
    ("ورأس الوفد أ.د. خالد العلي. ثم غادر.", "وراس الوفد ا د  خالد العلي."),
    # (the full stop that ends the sentence stays, and so does one after a word that is no abbreviation)
    ("وصل الوفد عام 2015 م. وقال الوزير إن الزيارة ناجحة.", "وصل الوفد عام 2015 م."),
])
def test_the_full_stops_of_an_abbreviation_are_blank_in_the_normalized_text(text, blanked):
    doc = build_document(text, "t", "t.txt")
    first = doc.sentences[0]
    assert first.norm.text.startswith(blanked), first.norm.text
    assert len(first.norm.text) == len(doc.original[first.start:first.end])  # (the map is the identity still)
