"""A tour's stops: a sentence that goes back to one stop (زيارته لدولة الكويت) lends itself to the record of the
visit to that stop, not to the stop told last; a bare title told twice (وزير الخارجية الإيراني، وزير خارجية إيران)
is one party. Made-up sentences."""
from __future__ import annotations

from syriadiplo.pipeline import extract_text

TOUR = "وصل وزير الخارجية الإيراني محمد جواد ظريف إلى الكويت أمس في جولة تشمل قطر. "


def _evidence_by_host(text: str) -> dict[str, int]:
    """{the visited state: the number of sentences of its record}"""
    out = {}
    for r in extract_text(text, doc_date="2015-07-26"):
        host = next(p.country for p in r.participants if p.kind == "state")
        out[host] = len(r.evidence)
    return out


def test_a_sentence_on_one_stop_goes_to_that_stop():
    text = TOUR + "وأضاف ظريف أن زيارته لدولة الكويت تأتي لتعزيز العلاقات."
    assert _evidence_by_host(text) == {"KWT": 2, "QAT": 1}


def test_a_sentence_that_names_no_stop_goes_to_the_one_told_last():
    text = TOUR + "وأضاف ظريف أن زيارته تأتي لتعزيز العلاقات."
    assert _evidence_by_host(text) == {"KWT": 1, "QAT": 2}


def test_a_bare_title_told_with_and_without_the_article_is_one_party():
    text = ("تزامنا مع زيارة وزير الخارجية الإيراني للكويت، انطلقت حملة تصريحات. "
            "فما قيمة زيارة وزير خارجية إيران للكويت بعد كل ذلك؟")
    recs = extract_text(text)
    assert [[(p.kind, p.country) for p in r.participants] for r in recs] == [[("person", "IRN"), ("state", "KWT")]]
    assert recs[0].location is not None and recs[0].location.name == "الكويت"
