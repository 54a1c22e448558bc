"""Property tests: arbitrary text never crashes the extractor, every record validates against the
schema, every evidence span reproduces the original text; no regex backtracks worse than linearly."""
from __future__ import annotations

import gc
import json
import time

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syriadiplo.io.inputs import decode
from syriadiplo.models import Record
from syriadiplo.pipeline import PIECE_CHARS
from syriadiplo.pipeline import extract_text, record_json

SCHEMA = Record.model_json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# Words that make the extractor work: triggers, titles, names, places, times, punctuation.
WORDS = [
    "التقى", "استقبل", "بحث", "اتصال هاتفي", "تلقى", "وزير الخارجية", "الرئيس", "السوري", "الروسي",
    "الأمريكي", "سيرغي لافروف", "جون كيري", "بشار الأسد", "في دمشق", "في موسكو", "جنيف", "اليوم", "أمس",
    "الخميس الماضي", "25 تشرين الثاني 2013", "مع نظيره", "و", "،", ".", "؟", "\n", "(سانا)", "\u200f",
    "\ufef7", "\u0640", "\r\n", "«", "»", "-", "...",
]
arabic = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
any_char = st.characters(blacklist_categories=("Cs",))
presentation = st.characters(min_codepoint=0xFB50, max_codepoint=0xFEFF)
piece = st.one_of(st.sampled_from(WORDS), st.text(arabic, max_size=8), st.text(any_char, max_size=4),
                  st.text(presentation, max_size=3), st.just(" "))
article = st.lists(piece, max_size=60).map(" ".join)


def _check(text: str) -> None:
    for rec in extract_text(text, "prop", "prop.txt"):
        VALIDATOR.validate(json.loads(record_json(rec)))
        for ev in rec.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start:ev.end] == ev.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article)
def test_arabic_like_text_never_crashes_and_records_are_exact(text):
    _check(text)


@settings(max_examples=80, deadline=None)
@given(st.text(any_char, max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    _check(text)


@settings(max_examples=80, deadline=None)
@given(st.binary(max_size=300))
def test_decode_either_decodes_or_says_why(data):
    from syriadiplo.io.inputs import InputError

    try:
        text, warnings = decode(data)
    except InputError as e:
        assert str(e) and "\n" not in str(e)
        return
    assert "\x00" not in text
    _check(text)


# Long adversarial runs: time(2n) must stay near 2 * time(n). Generous bounds: a smoke check.
RUNS = {
    "titles": "وزير الخارجية ",
    "names": "سيرغي لافروف و",
    "title-name": "الرئيس السوري بشار الأسد، ",
    "punctuation": "،",
    "dots": ". ",
    "quotes": "«",
    "digits": "2013 ",
    "parens": "(سانا) ",
}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_long_adversarial_runs_are_linear(name):
    unit = RUNS[name]
    # 300,000 characters, then 600,000: long enough that timing noise is small, and both past PIECE_CHARS, so
    # both runs split the text into pieces (at 200,000 one run would not, and the step between them is no growth)
    n = 300_000 // len(unit)
    assert n * len(unit) > PIECE_CHARS

    def run(k: int) -> float:
        # the collector off while timed: a full collection, which walks every object the lexicons hold, falls
        # into one run or another by allocation counts and would weigh a step, not a growth rate
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            extract_text(unit * k)
            return time.perf_counter() - t0
        finally:
            gc.enable()

    run(100)  # warm-up: lexicons loaded
    t1 = min(run(n) for _ in range(2))  # the faster of two: a busy machine only slows a run down
    t2 = min(run(2 * n) for _ in range(2))
    assert t2 < 30, (name, t2)
    # twice the text: linear time is ~2x, quadratic 4x (fails), catastrophic far more
    assert t2 < 3 * t1 + 0.05, (name, t1, t2)
