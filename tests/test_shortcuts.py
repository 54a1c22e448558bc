"""The shortcuts that skip work must not change what is extracted."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo.time import timex
from syriadiplo.events import tagging, topical
from syriadiplo.events.analysis import Analysis
from syriadiplo.text.document import build_document
from syriadiplo.text.normalize import NormText
from syriadiplo.text.lexicon import lexicon, tokenize
from syriadiplo.pipeline import extract_text
from syriadiplo.resources import read_table

REPO = Path(__file__).resolve().parent.parent
ARTICLES = sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "fixtures" / "articles").glob("*.txt"))


def test_every_trigger_entry_starts_with_a_trigger_head():
    heads = lexicon().trigger_heads
    for row in read_table("triggers.tsv"):
        assert row[0].split()[0] in heads, row[0]


def test_a_document_without_trigger_words_is_not_analysed(monkeypatch):
    text = "قال وزير الخارجية الروسي سيرغي لافروف في موسكو يوم الاثنين إن الوضع في سوريا معقد.\n"
    calls = []
    monkeypatch.setattr(timex, "tag", lambda *a, **k: calls.append(a) or [])
    assert extract_text(text) == []
    assert calls == []


def test_the_skip_is_taken_only_without_any_trigger():
    """Over every seed and fixture article: a skipped document has no trigger in any sentence."""
    skipped = 0
    for p in ARTICLES:
        doc = build_document(p.read_text(encoding="utf-8"), p.stem, str(p))
        ex = Analysis(doc)
        if ex.may_name_events():
            continue
        skipped += 1
        tagging.run(ex)
        assert not any(info.triggers for info in ex.infos), p.name
    assert skipped >= 3  # the hard negatives without a trigger word


def test_trigger_heads_see_through_proclitics():
    toks = tokenize("وباللقاء")
    assert not lexicon().trigger_heads.isdisjoint(toks[0].words)


def _findall_counts(blob: str) -> dict[str, int]:
    present = topical._topic_cores().found(blob)
    return {label: len(rx.findall(blob)) for label, rx, cores in topical._topic_patterns() if not present.isdisjoint(cores)}


def test_topic_counts_equal_a_findall_per_label():
    """Over every seed and fixture article, and articles glued without a space: the word-start search
    counts what one findall per label counts."""
    blobs = []
    for p in ARTICLES:
        doc = build_document(p.read_text(encoding="utf-8"), p.stem, str(p))
        blobs.append(" " + " ".join(s.norm.text for s in doc.sentences) + " ")
    blobs += [a.strip() + b.strip() for a, b in zip(blobs, blobs[1:])]
    hits = 0
    for blob in blobs:
        got = topical._topic_counts(blob)
        assert got == _findall_counts(blob)
        hits += sum(got.values())
    assert hits > 500


_PIECES = ["و", "ب", "ال", "لل", "ف", " ", " ", "،", "x", "_", "1"] + sorted(topical._topic_cores().words)


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@settings(max_examples=300, deadline=None)
def test_topic_counts_equal_a_findall_per_label_on_generated_text(parts):
    blob = "".join(parts)
    assert topical._topic_counts(blob) == _findall_counts(blob)


def _searched(blob: str) -> set[str]:
    return {label for label, rx, _ in topical._topic_patterns() if rx.search(blob)}


def test_topic_present_equals_a_search_per_label():
    blobs = []
    for p in ARTICLES:
        doc = build_document(p.read_text(encoding="utf-8"), p.stem, str(p))
        blobs += [" " + s.norm.text + " " for s in doc.sentences]
    found = 0
    for blob in blobs:
        got = topical._topic_present(blob)
        assert got == _searched(blob), blob
        found += len(got)
    assert found > 200


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@settings(max_examples=300, deadline=None)
def test_topic_present_equals_a_search_per_label_on_generated_text(parts):
    blob = "".join(parts)
    assert topical._topic_present(blob) == _searched(blob)


def _assert_sentences_normalized_in_full(text: str) -> int:
    doc = build_document(text, "t", "-")
    for s in doc.sentences:
        full = NormText(text[s.start:s.end])
        assert (s.norm.text, s.norm._norm, s.norm._orig) == (full.text, full._norm, full._orig), text[s.start:s.end]
    return len(doc.sentences)


def test_sentences_take_their_lines_normalization():
    """A sentence's NormText taken from its line's normalization (a slice, and for a line that drops or
    unfolds characters the slice between where its ends normalize to) equals the one computed on the
    sentence alone: text and offset map."""
    n = sum(_assert_sentences_normalized_in_full(p.read_text(encoding="utf-8")) for p in ARTICLES)
    assert n > 900


@given(st.lists(st.sampled_from(["التقى", " ", "الوزير", "ـ", "\u064e", "\u200f", "ﻻ", ".", "\n", "أمس", "،", "لافروف",
                                 "\ufdfa", "\u064b", ". ", "؟ "]),
                max_size=60))
@settings(max_examples=600, deadline=None)
def test_sentences_take_their_lines_normalization_on_generated_text(parts):
    _assert_sentences_normalized_in_full("".join(parts))
