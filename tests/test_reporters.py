"""Who reports a meeting is no side of it: a spokesperson quoted on it, the writers of the byline, and the
persons a pair anaphor (الطرفان، الرئيسان) would add when its clause has named both sides (made-up sentences)."""
from __future__ import annotations

from syriadiplo.events import arguments, tagging
from syriadiplo.events.analysis import Analysis
from syriadiplo.pipeline import extract_text
from syriadiplo.text.document import build_document


def _names(text: str) -> list[list[str | None]]:
    return [[p.name for p in r.participants] for r in extract_text(text)]


def test_pair_anaphor_never_points_at_the_spokesperson():
    text = ("التقى الرئيس الفرنسي في باريس اليوم نظيره التونسي الباجي قائد السبسي. "
            "وقال المتحدث باسم قصر الإليزيه جان دوران للصحفيين إن الرئيسين ناقشا التعاون الأمني.")
    an = Analysis(build_document(text, "t", "-"))
    tagging.run(an)
    pair = next(m for m in an.infos[1].mentions if m.kind == "pair")
    found = arguments._recent_persons(an, 1, pair.start, 2, set(), pair.role_head)
    assert "جان دوران" not in [an.reg.people[e].name for e in found]


def test_byline_writers_are_no_side():
    text = ("سامر حداد، سعيد حمدي (القاهرة)\n"
            "استقبل الرئيس المصري عبد الفتاح السيسي أمس الأمير محمد بن سلمان، حيث عقد الطرفان جلسة مباحثات ثنائية.")
    recs = _names(text)
    assert recs and all("سامر حداد" not in r and "سعيد حمدي" not in r for r in recs), recs


def test_pair_after_two_named_sides_is_those_sides():
    text = ("شارك وزير الخارجية الياباني فوميو كيشيدا ووزير الخارجية الكوري يون بيونغ سي في المنتدى أمس. "
            "واستقبل الرئيس المصري عبد الفتاح السيسي الأمير محمد بن سلمان، حيث عقد الطرفان جلسة مباحثات ثنائية.")
    recs = _names(text)
    assert recs and all("فوميو كيشيدا" not in r and "يون بيونغ سي" not in r for r in recs), recs


def test_pair_with_one_side_named_before_it_still_finds_two():
    text = ("التقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره السعودي عادل الجبير في الدوحة. "
            "وكان الوزيران اجتمعا الشهر الماضي مع نظيرهما الأمريكي جون كيري في اجتماع ثلاثي.")
    recs = [r for r in _names(text) if "جون كيري" in r]
    assert all("عادل الجبير" in r and "سيرغي لافروف" in r for r in recs), recs


def test_speaker_whose_report_names_the_visitor_is_not_the_owner_of_his_meeting():
    # وبين X ان ... زيارة Y ... واجتماعه مع Z: "his meeting" is the visitor's, the minister only reports it
    text = ("وبين وزير الإعلام السعودي عادل الطريفي أن المجلس استمع إلى نتائج زيارة ولي العهد الأمير محمد بن سلمان "
            "إلى الأردن، واجتماعه مع العاهل الأردني الملك عبد الله الثاني وعدد من المسؤولين الأردنيين.")
    recs = _names(text)
    assert recs and all("عادل الطريفي" not in r for r in recs), recs


def test_pair_named_twice_in_one_clause_is_one_pair():
    # التعاون بين البلدين وان امن البلدين: the same two sides, not the sides of the sentence before
    text = ("استقبل الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد في موسكو. "
            "والتقى وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف. "
            "وأكد بيان أن الزيارة عززت التعاون بين البلدين وأن أمن البلدين لا يتجزأ.")
    recs = _names(text)
    assert recs and all(not ({"بشار الأسد", "فيصل المقداد"} <= set(r)) for r in recs), recs
