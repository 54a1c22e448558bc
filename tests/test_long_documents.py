"""A long article is extracted a piece at a time (pipeline.PIECE_CHARS), with the records the whole would give.

The articles here are made-up sentences. PIECE_CHARS is lowered so that a few hundred characters make a
"long" article: what matters is that pieces are cut where the text allows, that the article-level facts
(title, dateline date, footer, record ids) are the whole article's, and that offsets are into the text.
"""
from __future__ import annotations

import pytest

from syriadiplo import pipeline
from syriadiplo.text.document import build_document, piece_spans
from syriadiplo.pipeline import extract_text, record_json

PIECE = 600
SIDES = [("الروسي", "موسكو"), ("التركي", "أنقرة"), ("الأردني", "عمّان"), ("المصري", "القاهرة"),
         ("العراقي", "بغداد"), ("اللبناني", "بيروت"), ("القطري", "الدوحة"), ("الفرنسي", "باريس")]
FILLER = ("وشهدت الأسواق المحلية ارتفاعا في أسعار الخضار خلال الأسبوع الماضي، "
          "وقال تجار إن الطلب تراجع مع اشتداد الحر في المدن الكبرى.")


def meeting(k: int) -> str:
    adjective, city = SIDES[k % len(SIDES)]
    return f"التقى وزير الخارجية السوري أمس نظيره {adjective} في {city} وبحث معه العلاقات الثنائية."


def paragraphs(n: int) -> list[str]:
    return [meeting(k // 2) if k % 2 == 0 else FILLER for k in range(n)]


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setattr(pipeline, "PIECE_CHARS", PIECE)


def whole(text: str, **kw) -> list[str]:
    """The records of `text` as one piece, as JSON lines."""
    saved, pipeline.PIECE_CHARS = pipeline.PIECE_CHARS, 10 ** 9
    try:
        return [record_json(r) for r in extract_text(text, **kw)]
    finally:
        pipeline.PIECE_CHARS = saved


def test_a_long_article_gives_the_records_of_the_whole(small_pieces):
    """Title, the date stated at its top, the events of every piece: the same JSON lines, byte for byte."""
    text = "لقاء الوزير\nدمشق في 2 آذار 2025\n" + "\n\n".join(paragraphs(16)) + "\n"
    assert len(piece_spans(text, PIECE)) >= 4
    got = [record_json(r) for r in extract_text(text, "long")]
    assert got == whole(text, doc_id="long")
    recs = extract_text(text, "long")
    assert len(recs) == len(SIDES)
    assert {r.source.title for r in recs} == {"لقاء الوزير"}
    assert {r.time.value for r in recs} == {"2025-03-01"}  # أمس of the date at the top, in every piece
    assert {r.source.date_from for r in recs} == {"dateline"}


def test_records_are_those_of_the_pieces_with_offsets_into_the_text(small_pieces):
    text = "\n\n".join(paragraphs(20)) + "\n"
    spans = piece_spans(text, PIECE)
    expected = []
    for a, b in spans:
        for rec in extract_text(text[a:b], "long", doc_date="2025-03-02"):
            for ev in rec.evidence:
                ev.start, ev.end = ev.start + a, ev.end + a
            expected.append(rec.model_dump(exclude={"id"}))
    recs = extract_text(text, "long", doc_date="2025-03-02")
    assert [r.model_dump(exclude={"id"}) for r in recs] == expected
    for rec in recs:
        for ev in rec.evidence:
            assert text[ev.start:ev.end] == ev.text
            assert any(a <= ev.start and ev.end <= b for a, b in spans)


def test_a_meeting_told_in_two_pieces_keeps_unique_ids(small_pieces):
    text = "\n\n".join([meeting(0)] + [FILLER] * 8 + [meeting(0)]) + "\n"
    assert len(piece_spans(text, PIECE)) >= 2
    recs = extract_text(text, "twice", doc_date="2025-03-02")
    assert len(recs) == 2 and recs[0].id != recs[1].id
    (one,) = extract_text(meeting(0), "twice", doc_date="2025-03-02")
    assert recs[0].id == one.id  # the first keeps the id the article alone gives it
    assert extract_text(text, "twice", doc_date="2025-03-02")[1].id == recs[1].id  # and the second is stable


def test_a_footer_ends_the_article_in_every_later_piece(small_pieces):
    body = paragraphs(6) + ["اترك تعليقا"] + paragraphs(10)
    text = "\n\n".join(body) + "\n"
    recs = extract_text(text, "footer", doc_date="2025-03-02")
    assert len(recs) == 3
    assert [record_json(r) for r in recs] == whole(text, doc_id="footer", doc_date="2025-03-02")


def test_a_piece_takes_a_spelling_from_its_own_text(small_pieces):
    """A known person's role stored normalized (وزير الخارجيه) is written as the piece writes it, not as
    another piece does: each record searched the whole text for the spelling, and a long article took time
    with the square of its length (19.9 MB of feed articles: 101 s against 35 s pure Python now)."""
    elsewhere = "وكتب وزير الخارجيه مقالا في صحيفة محلية."  # the normalized letters, written as such
    there = "التقى سيرغي لافروف أمس جون كيري في جنيف."
    text = "\n\n".join([elsewhere] + [FILLER] * 8 + [there]) + "\n"
    assert len(piece_spans(text, PIECE)) >= 2
    (rec,) = extract_text(text, "spelt", doc_date="2025-03-02")
    assert rec.participants[0].role == "وزير الخارجية"
    (one,) = whole(text, doc_id="spelt", doc_date="2025-03-02")
    assert '"role": "وزير الخارجيه"' in one  # one piece: the article's own other spelling, as before


def test_a_later_piece_has_no_title_of_its_own(small_pieces):
    """A short line without a stop opening a later piece is a line of the article, not its title."""
    text = "\n\n".join([meeting(0)] + [FILLER] * 4 + [meeting(1)]) + "\n"
    a = piece_spans(text, PIECE)[1][0]
    text = text[:a] + "أخبار الاثنين\n" + text[a:]
    assert piece_spans(text, PIECE)[1][0] == a
    doc = build_document(text, "x", "-", start=a, end=len(text))
    assert doc.title is None and not any(s.is_title for s in doc.sentences)
    assert doc.sentences[0].text == "أخبار الاثنين"
    recs = extract_text(text, "x", doc_date="2025-03-02")
    assert [r.source.title for r in recs] == [None, None]


def test_piece_spans_cover_the_text_and_prefer_paragraph_breaks():
    text = "\n\n".join(paragraphs(30))
    spans = piece_spans(text, PIECE)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(b == c for (_, b), (c, _) in zip(spans, spans[1:]))
    assert all(0 < b - a <= PIECE for a, b in spans)
    assert all(text[b - 2:b] == "\n\n" for _, b in spans[:-1])
    assert piece_spans("short", PIECE) == [(0, 5)]


@pytest.mark.parametrize("joiner, cut", [("\n", "\n"), (" ", "."), ("", " ")])
def test_piece_spans_fall_back_to_lines_sentences_and_spaces(joiner, cut):
    words = FILLER.replace(".", "") if cut == " " else FILLER
    text = joiner.join([words] * 40)
    spans = piece_spans(text, PIECE)
    assert len(spans) > 1 and all(b - a <= PIECE for a, b in spans)
    assert all(text[:b].endswith(cut) for _, b in spans[:-1])


def test_a_text_with_no_space_is_cut_at_the_bound():
    assert piece_spans("x" * 1500, PIECE) == [(0, 600), (600, 1200), (1200, 1500)]


def test_pieces_of_a_long_line_keep_its_sentences():
    """A line longer than a piece is cut after a sentence: its pieces hold the sentences the line holds."""
    text = "مقدمة قصيرة.\n" + " ".join([FILLER] * 30) + "\n"
    whole_doc = build_document(text, "x", "-")
    pieces = [build_document(text, "x", "-", start=a, end=b) for a, b in piece_spans(text, PIECE)]
    assert len(pieces) > 3
    assert [(s.start, s.end, s.text) for p in pieces for s in p.sentences] == \
        [(s.start, s.end, s.text) for s in whole_doc.sentences]
    assert all(p.original is text for p in pieces)
