"""Text as scrapers write it: decomposed letters (NFD, NFKD) and invisible marks in ticker lines.

The records must be those of the clean text, and evidence offsets must stay exact into the text as
given (text[start:end] == evidence.text), whatever the spelling.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from syriadiplo.text import document
from syriadiplo.text.document import build_document
from syriadiplo.pipeline import extract_text

REPO = Path(__file__).resolve().parents[1]
ARTICLES = sorted((REPO / "fixtures" / "articles").glob("*.txt"))
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
TICKERS = [p for p in ARTICLES if "ticker" in p.stem]
LETTER = ("\u0621", "\u064a")


def _content(recs) -> list[str]:
    """What a record says, without where it points (offsets, and the id made from them)."""
    out = []
    for r in recs:
        d = r.model_dump(mode="json")
        for key in ("evidence", "id"):
            d.pop(key)
        out.append(unicodedata.normalize("NFC", json.dumps(d, ensure_ascii=False)))
    return out


def test_compose_joins_hamza_and_madda_and_maps_offsets_back():
    compose, original_offset = document.compose, document.original_offset
    text = "\u064a\u0654\u0627 x \u0627\u0653"  # yeh + hamza above, alef; alef + madda
    composed, joined = compose(text)
    assert composed == "\u0626\u0627 x \u0622" and joined == [0, 5]
    assert [original_offset(joined, n) for n in range(len(composed) + 1)] == [0, 2, 3, 4, 5, 6, 8]
    assert compose("\u0626\u0627")[1] == [] and compose("\u0626\u0627")[0] == "\u0626\u0627"


@pytest.mark.parametrize("form", ["NFD", "NFKD"])
@pytest.mark.parametrize("path", SEEDS + ARTICLES[::7], ids=lambda p: p.stem[:24])
def test_decomposed_text_gives_the_records_of_the_composed_one(path, form):
    clean = path.read_text(encoding="utf-8")
    text = unicodedata.normalize(form, clean)
    recs = extract_text(text, path.stem)
    assert _content(recs) == _content(extract_text(clean, path.stem))
    for r in recs:
        for ev in r.evidence:
            assert text[ev.start:ev.end] == ev.text


def _marked(text: str, mark: str, every: int) -> str:
    """`text` with `mark` after every `every`-th Arabic letter that another follows, inside its ticker
    stretches only (as a pasted ticker line holds diacritics, tatweel or bidi marks)."""
    spans = [(a, b) for a, b, why in build_document(text, "x", "-").removed if why == "ticker"]
    assert spans
    out, pos = [], 0
    for a, b in spans:
        seg = text[a:b]
        out.append(text[pos:a])
        out.append("".join(c + mark if LETTER[0] <= c <= LETTER[1] and i % every == 0 and i + 1 < len(seg)
                           and LETTER[0] <= seg[i + 1] <= LETTER[1] else c for i, c in enumerate(seg)))
        pos = b
    out.append(text[pos:])
    return "".join(out)


@pytest.mark.parametrize("mark,every", [("\u064e", 3), ("\u0640", 3), ("\u200f", 1), ("\u200c", 2)],
                         ids=["fatha", "tatweel", "rlm", "zwnj"])
@pytest.mark.parametrize("path", TICKERS, ids=lambda p: p.stem[:24])
def test_marks_in_a_ticker_line_do_not_make_it_text(path, mark, every):
    clean = path.read_text(encoding="utf-8")
    text = _marked(clean, mark, every)
    assert text != clean
    recs = extract_text(text, path.stem)
    assert _content(recs) == _content(extract_text(clean, path.stem))
    for r in recs:
        for ev in r.evidence:
            assert text[ev.start:ev.end] == ev.text
