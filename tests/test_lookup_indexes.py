"""The lookups that an index or a short cut answers give what a scan of the whole list gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from syriadiplo.events import topical
from syriadiplo.text.document import build_document
from syriadiplo.text import phrases
from syriadiplo.text.lexicon import lexicon, tokenize

ROOT = Path(__file__).resolve().parent.parent


def _seed_tokens():
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        doc = build_document(path.read_text(encoding="utf-8"), path.stem, str(path))
        for s in doc.sentences:
            yield tokenize(s.norm.text)


def test_listed_spellings_by_surname_are_those_a_scan_of_every_listed_person_finds():
    index = lexicon().spellings
    surnames = {v.split()[-1] for p in lexicon().persons for v in p["names"]}
    assert surnames == set(index)
    for w in surnames:
        scanned = [(i, v.split()) for i, p in enumerate(lexicon().persons) for v in p["names"] if v.split()[-1] == w]
        assert index[w] == scanned, w


def _phrase_scan(toks, k: int, key: str) -> int:
    """phrase_at as a scan of every phrase of the list (no first-word short cut)."""
    for ph in phrases.phrases(key):
        if ph[0] in toks[k].words and [x.text for x in toks[k + 1:k + len(ph)]] == list(ph[1:]):
            return len(ph)
    return 0


@pytest.mark.parametrize("key", ["TOPIC_MARKER_PHRASES", "TOPIC_FOREMOST", "TOPIC_LEADS"])
def test_topic_phrases_found_at_first_words_are_those_a_scan_finds(key):
    found = 0
    for toks in _seed_tokens():
        for k in range(len(toks)):
            want = _phrase_scan(toks, k, key)
            got = phrases.phrase_at(toks, k, key)
            assert got == want, (key, k, [t.text for t in toks])
            found += want > 0
    assert phrases.phrase_heads(key) == frozenset(ph[0] for ph in phrases.phrases(key))
    if key == "TOPIC_MARKER_PHRASES":
        assert found > 0  # the seeds hold such phrases: the comparison is not of zeros alone
