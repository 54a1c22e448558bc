"""Orthographic normalization and the offset map back to the original text.

Each phenomenon has its own test with exact expected strings; the property
tests check that offsets survive normalization for arbitrary Arabic text.
"""
from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo.text import normalize
from syriadiplo.text.normalize import NormText, normalize_char, normalize_text

# --- one test per phenomenon -------------------------------------------------


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("أحمد", "احمد"),  # hamza above
        ("إيران", "ايران"),  # hamza below
        ("آفاق", "افاق"),  # madda
        ("ٱلله", "الله"),  # wasla
        ("أإآٱا", "ااااا"),
    ],
)
def test_alef_variants_fold_to_bare_alef(raw, expected):
    assert normalize_text(raw) == expected


def test_alef_maksura_folds_to_yeh():
    assert normalize_text("على") == "علي"
    assert normalize_text("موسى") == "موسي"


def test_teh_marbuta_folds_to_heh():
    assert normalize_text("سورية") == "سوريه"
    assert normalize_text("الخارجية الروسية") == "الخارجيه الروسيه"


def test_tatweel_is_removed():
    assert normalize_text("سوريـــة") == "سوريه"
    assert normalize_text("ـ") == ""


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("مُحَمَّدٌ", "محمد"),  # damma, fatha, shadda, dammatan
        ("كِتَابًا", "كتابا"),  # kasra, fathatan
        ("سُكُونْ", "سكون"),  # sukun
        ("رَحْمٰن", "رحمن"),  # superscript alef
        ("شدّد", "شدد"),
    ],
)
def test_diacritics_are_removed(raw, expected):
    assert normalize_text(raw) == expected


def test_hamza_seats_other_than_alef_are_kept():
    # ؤ and ئ are letters of their own in names (رئيس, مؤتمر); only alef seats fold
    assert normalize_text("رئيس مؤتمر ء") == "رئيس مؤتمر ء"


def test_arabic_indic_digits_become_western():
    assert normalize_text("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert normalize_text("في ٢٥ نوفمبر ٢٠١٣") == "في 25 نوفمبر 2013"


def test_extended_arabic_indic_digits_become_western():
    assert normalize_text("۰۱۲۳۴۵۶۷۸۹") == "0123456789"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\u06cc", "\u064a"),  # Farsi yeh -> Arabic yeh
        ("\u06a9", "\u0643"),  # keheh -> kaf
        ("\u06c1", "\u0647"),  # heh goal -> heh
        ("\u06d5", "\u0647"),  # ae -> heh
        ("ایران", "ايران"),
        ("کیری", "كيري"),
    ],
)
def test_persian_lookalikes_become_arabic(raw, expected):
    assert normalize_text(raw) == expected


def test_presentation_forms_become_base_letters():
    # isolated alef, initial beh, final yeh, medial teh
    assert normalize_text("\ufe8d\ufe91\ufef2\ufe98") == "ابيت"
    # ﻋﺮﺑﻲ spelled in presentation forms
    assert normalize_text("\ufecb\ufeae\ufe91\ufef2") == "عربي"


@pytest.mark.parametrize("lig", ["\ufefb", "\ufefc", "\ufef5", "\ufef7", "\ufef9"])
def test_lam_alef_ligatures_unfold_to_two_letters(lig):
    assert normalize_text(lig) == "لا"


def test_lam_alef_ligature_maps_both_letters_to_one_original():
    nt = NormText("قال \ufefbعب")
    assert nt.text == "قال لاعب"
    assert nt.to_orig(4) == 4  # ل
    assert nt.to_orig(5) == 4  # ا, same original character
    assert nt.to_orig(6) == 5  # ع
    assert nt.span(4, 6) == (4, 5)
    assert nt.span(4, 8) == (4, 7)
    assert nt.original_span_text(4, 8) == "\ufefbعب"


def test_span_ending_inside_an_unfolded_character_keeps_it_whole():
    # half of ﻻ is still the whole original character, never an empty span
    nt = NormText("\ufefb")
    assert nt.span(0, 1) == (0, 1)
    assert nt.span(1, 2) == (0, 1)
    # ﷺ unfolds to four words; each word maps back to the one ligature
    nt = NormText("محمد \ufdfa قال")
    assert nt.text == "محمد صلي الله عليه وسلم قال"
    words = [(m.group(), nt.original_span_text(*m.span())) for m in re.finditer(r"\S+", nt.text)]
    assert words == [
        ("محمد", "محمد"),
        ("صلي", "\ufdfa"),
        ("الله", "\ufdfa"),
        ("عليه", "\ufdfa"),
        ("وسلم", "\ufdfa"),
        ("قال", "قال"),
    ]


@pytest.mark.parametrize(
    "mark",
    ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
     "\u2066", "\u2067", "\u2068", "\u2069", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"],
)
def test_bidi_marks_and_invisible_controls_are_removed(mark):
    assert normalize_text(f"لافروف{mark} كيري") == "لافروف كيري"
    if importlib.util.find_spec("camel_tools") is not None:  # normalize_char computes the table with camel-tools
        assert normalize_char(mark) == ""


def test_latin_text_and_punctuation_are_untouched():
    s = "The post (SANA) 2013-11-25: «تاس» “إن” ، ؛ ؟"
    assert normalize_text(s) == "The post (SANA) 2013-11-25: «تاس» “ان” ، ؛ ؟"


def test_normalization_is_idempotent_on_a_sentence():
    s = "بحث وزيرُ الخارجية الروسيّ سيرغي لافروف ونظيرُه الأمريكي جون كيري في اتصالٍ هاتفيٍّ اليوم ٢٥ تشرين الثاني."
    once = normalize_text(s)
    assert once == "بحث وزير الخارجيه الروسي سيرغي لافروف ونظيره الامريكي جون كيري في اتصال هاتفي اليوم 25 تشرين الثاني."
    assert normalize_text(once) == once


def test_normtext_text_equals_normalize_text():
    s = "\u200fأَعْلَنَتْ وزارةُ الخارجيـة ﻻ ٣ ی"
    assert NormText(s).text == normalize_text(s) == "اعلنت وزاره الخارجيه لا 3 ي"


# --- NormText offsets ----------------------------------------------------------


def test_span_with_diacritics_and_tatweel():
    original = "بَحَثَ لافروفُ مع كيريـ"
    nt = NormText(original)
    assert nt.text == "بحث لافروف مع كيري"
    assert nt.span(0, 3) == (0, 6)  # end maps to the space: the word keeps its diacritics
    assert original[slice(*nt.span(4, 10))] == "لافروفُ"
    assert nt.original_span_text(14, 18) == "كيريـ"  # span to the end takes the trailing tatweel
    assert nt.span(4, 4) == (7, 7)


def test_span_after_removed_bidi_mark():
    original = "\u200fدمشق\u200e-سانا"
    nt = NormText(original)
    assert nt.text == "دمشق-سانا"
    assert nt.span(0, 4) == (1, 6)  # the leading mark is not part of the word
    assert nt.original_span_text(5, 9) == "سانا"


def test_original_span_text_trims_spaces():
    nt = NormText("  وزير الخارجية  ")
    assert nt.original_span_text(0, len(nt.text)) == "وزير الخارجية"


def test_empty_text():
    nt = NormText("")
    assert nt.text == ""
    assert nt.span(0, 0) == (0, 0)


# --- properties ------------------------------------------------------------------

LETTERS = [chr(c) for c in range(0x0621, 0x063B)] + [chr(c) for c in range(0x0641, 0x064B)]
DIACRITICS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
OTHERS = [
    "\u0640",  # tatweel
    "\u06cc", "\u06a9", "\u06c1",  # Persian look-alikes
    "\u0660", "\u0665", "\u06f9",  # Arabic-Indic digits
    "\ufefb", "\ufef5", "\ufef7",  # lam-alef ligatures (one char, two letters)
    "\ufe8d", "\ufe91", "\ufecb", "\ufef2",  # presentation forms of single letters
    "\u200f", "\u200e", "\u061c", "\u2067", "\u2069", "\u200c", "\ufeff",  # invisible marks
    "،", ".", "“", "”", "-",
]
SPACES = [" ", " ", " ", "\n", "\u00a0"]

arabic_text = st.text(
    alphabet=st.sampled_from(LETTERS + DIACRITICS + OTHERS + SPACES + LETTERS),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(arabic_text)
def test_every_word_span_normalizes_back_to_the_word(original):
    nt = NormText(original)
    assert nt.text == normalize_text(original)
    for m in re.finditer(r"\S+", nt.text):
        s, e = nt.span(*m.span())
        assert 0 <= s <= e <= len(original)
        assert normalize_text(original[s:e]) == m.group()
        assert normalize_text(nt.original_span_text(*m.span())) == m.group()


@settings(max_examples=200, deadline=None)
@given(arabic_text, st.data())
def test_every_span_covers_its_normalized_text(original, data):
    nt = NormText(original)
    n = len(nt.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    s, e = nt.span(a, b)
    assert 0 <= s <= e <= len(original)
    # the original slice, normalized, contains the normalized span (it may round out to whole characters)
    assert nt.text[a:b] in normalize_text(original[s:e])
    if b > a:
        assert e > s


@settings(max_examples=200, deadline=None)
@given(arabic_text)
def test_to_orig_is_monotonic(original):
    nt = NormText(original)
    offsets = [nt.to_orig(i) for i in range(len(nt.text) + 1)]
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(original) for o in offsets)


def test_replacements_are_fixed_points_so_replacing_equals_translating():
    """normalize_text replaces each present character once; that equals str.translate only while
    no replacement holds a character that is itself replaced."""
    table, _ = normalize._tables()
    for cp, out in table.items():
        assert all(ord(c) not in table for c in out), (hex(cp), out)


_CHANGED = sorted(chr(cp) for cp in normalize._tables()[0])


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFEFF) | st.sampled_from(_CHANGED), max_size=80))
@settings(max_examples=300, deadline=None)
def test_normalize_text_equals_the_translation_table(text):
    table, _ = normalize._tables()
    assert normalize.normalize_text(text) == text.translate(table)


def test_stored_table_is_what_camel_tools_gives():
    """resources/ar/normalization.tsv must be regenerated (normalize.write_table) after a rule change."""
    pytest.importorskip("camel_tools", reason="camel-tools is the optional extra [camel]")
    table = normalize.compute_table()
    assert normalize.load_table() == table
    path = normalize.resource_dir() / normalize.TABLE_FILE
    assert path.read_text(encoding="utf-8") == normalize.table_text(table)


def test_extraction_does_not_import_camel_tools():
    """Importing camel-tools' character sets costs most of a second; the stored table spares every run of it."""
    code = ("import sys; from syriadiplo.pipeline import extract_text; "
            "extract_text('التقى وزير الخارجية السوري نظيره الروسي في موسكو أمس.'); "
            "print('camel_tools' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFEFF) | st.sampled_from(_CHANGED), max_size=80))
@settings(max_examples=500, deadline=None)
def test_normalize_line_tells_keeps_length_on_the_way(text):
    assert normalize.normalize_line(text) == (normalize.normalize_text(text), normalize.keeps_length(text))


@given(st.text(alphabet=st.sampled_from(LETTERS + DIACRITICS + OTHERS + SPACES + ["\ufefb", "\ufdfa", "\u0640"]), max_size=40))
@settings(max_examples=500, deadline=None)
def test_normalized_offset_is_the_length_of_the_normalized_prefix(text):
    marks = normalize.resizing_marks(text)
    for o in range(len(text) + 1):
        assert normalize.normalized_offset(marks, o) == len(normalize.normalize_text(text[:o]))


def test_resized_given_text_is_taken_and_the_map_built():
    original = "قال\u064e \ufefb"
    nt = normalize.NormText(original, normalize.normalize_text(original), resized=True)
    full = normalize.NormText(original)
    assert (nt.text, nt._norm, nt._orig) == (full.text, full._norm, full._orig)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابت ةى1أ،", max_size=30), st.integers(-2, 35), st.integers(-2, 35))
def test_identity_map_shortcut_agrees_with_the_general_map(text, a, b):
    nt = NormText(text)
    assert len(nt._norm) == 1  # no character of this alphabet is dropped or unfolded
    general = NormText(text)
    general._norm, general._orig = [0, len(text) + 100], [0, len(text) + 100]  # the same map, in two pieces
    assert nt.span(a, b) == general.span(a, b)
    assert nt.to_orig(a) == general.to_orig(a)
    assert nt.original_span_text(a, b) == general.original_span_text(a, b)


@pytest.mark.parametrize("row", normalize.read_table(normalize.LOOKALIKES_FILE), ids=lambda r: r[0])
def test_every_lookalike_entry_is_applied(row):
    """Each row of resources/ar/lookalikes.tsv folds its letter, alone and inside a word (كیري typed with U+06CC)."""
    letter, arabic = chr(int(row[0], 16)), chr(int(row[1], 16))
    assert normalize_text(letter) == arabic
    assert normalize_text("\u0643" + letter + "\u0631") == "\u0643" + arabic + "\u0631"


def test_written_letters_drop_marks_but_keep_the_spelling():
    from syriadiplo.text.normalize import written_letters
    assert written_letters("آل سعودــ #بوتين") == "آل سعود بوتين"
    assert written_letters("\ufe8d\ufedf\ufeb4\ufef4\ufeb4\ufef2") == "السيسي"
    assert written_letters("مدينة إيلات") == "مدينة إيلات"  # hamza, teh marbuta as written
