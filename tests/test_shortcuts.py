"""The shortcuts that skip work must not change what is extracted."""
from __future__ import annotations

from pathlib import Path

from syriadiplo import extractor, timex
from syriadiplo.document import build_document
from syriadiplo.lexicon import lexicon, tokenize
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
        ex = extractor.DocumentExtractor(doc)
        if ex.may_name_events():
            continue
        skipped += 1
        ex.analyse()
        assert not any(info.triggers for info in ex.infos), p.name
    assert skipped >= 3  # the hard negatives without a trigger word


def test_trigger_heads_see_through_proclitics():
    toks = tokenize("وباللقاء")
    assert not lexicon().trigger_heads.isdisjoint(toks[0].words)
