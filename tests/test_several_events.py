"""Several events told together (syriadiplo.events.several, clustering): a headline's calls with two
counterparts and no subject, and a sentence that turns to another matter (examples/events.tsv holds the
sentences read as plain text; here the headline is also the title given beside the text, as JSONL gives it)."""
from __future__ import annotations

from syriadiplo.io.inputs import Source
from syriadiplo.pipeline import extract_source

HEADLINE = "الرئاسة تتلقى اتصالين هاتفيين من رئيس وزراء إيطاليا ورئيس وزراء إسبانيا"
BODY = ("تلقى الرئيس المصري عبد الفتاح السيسي أمس اتصالا هاتفيا من رئيس وزراء إيطاليا ماتيو رينزي بحثا خلاله العلاقات الثنائية. "
        "كما تلقى الرئيس السيسي اتصالا هاتفيا من رئيس وزراء إسبانيا ماريانو راخوي تناول التعاون بين البلدين.")


def _parties(records):
    return sorted(sorted(p.name or p.country or "" for p in r.participants) for r in records)


def test_a_headline_of_two_calls_with_no_subject_is_each_call_of_the_body():
    want = sorted(sorted(pair) for pair in (["ماتيو رينزي", "عبد الفتاح السيسي"], ["ماريانو راخوي", "عبد الفتاح السيسي"]))
    # the headline as the text's first line, and as the title given beside a text that repeats it
    assert _parties(extract_source(Source(HEADLINE + "\n" + BODY, "a", "-"))) == want
    assert _parties(extract_source(Source(HEADLINE + "\n" + BODY, "b", "-", title=HEADLINE))) == want


def test_a_headline_summing_up_meetings_the_body_tells_apart_makes_no_record_of_its_own():
    """X يلتقي A وB over a body telling X's meeting with A and, aside, with B: two records, not a third for the
    headline with its nameless titles."""
    head = "ولي العهد يبحث مع الرئيس البيلاروسي و«الحريري» العلاقات"
    text = (head + "\nالرياض - واس\n"
            "التقى ولي العهد السعودي الأمير محمد بن سلمان في الرياض أمس الرئيس البيلاروسي ألكسندر لوكاشينكو. "
            "ومن جهة أخرى، اجتمع ولي العهد السعودي الأمير محمد بن سلمان في الرياض مع رئيس تيار المستقبل سعد الحريري.")
    recs = extract_source(Source(text, "d", "-", head))
    assert sorted(sorted(p.name or "-" for p in r.participants) for r in recs) == [
        ["ألكسندر لوكاشينكو", "محمد بن سلمان"], ["سعد الحريري", "محمد بن سلمان"]], recs
