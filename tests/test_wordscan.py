"""SubstringSet and StringMap find exactly the words that `in` finds, overlapping and nested ones included."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo.text.wordscan import StringMap, SubstringSet, literal_alternation

ALPHABET = "ابتلمنوي يه.(*"  # few letters, so words overlap, nest and share prefixes; regex metacharacters too


@given(st.lists(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12), st.text(ALPHABET, max_size=60))
@settings(max_examples=400, deadline=None)
def test_found_equals_naive_substring_test(words, text):
    assert SubstringSet(words).found(text) == {w for w in words if w in text}


@pytest.mark.parametrize(
    "words, text, found",
    [
        (["الماضي", "الماض", "ماضي"], "الشهر الماضي", {"الماضي", "الماض", "ماضي"}),  # nested at the same and later starts
        (["ab", "bc"], "abc", {"ab", "bc"}),  # overlapping
        (["a\nb"], "xa\nby", {"a\nb"}),  # newlines inside a word
        (["لعام"], "للعام المقبل", {"لعام"}),
        (["x"], "", set()),
    ],
)
def test_found_cases(words, text, found):
    assert SubstringSet(words).found(text) == found


def test_empty_word_is_refused():
    with pytest.raises(ValueError):
        SubstringSet(["a", ""])
    with pytest.raises(ValueError):
        SubstringSet([])


@given(st.lists(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12), st.text(ALPHABET, max_size=60))
@settings(max_examples=400, deadline=None)
def test_occurrences_are_every_start_of_every_word(words, text):
    got = sorted(SubstringSet(words).occurrences(text))
    want = sorted((i, w) for w in set(words) for i in range(len(text)) if text.startswith(w, i))
    assert got == want


@given(st.lists(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12), st.text(ALPHABET, max_size=60))
@settings(max_examples=400, deadline=None)
def test_literal_alternation_matches_as_the_flat_alternation(words, text):
    words = sorted(set(words), key=lambda w: (-len(w), w))
    grouped = re.compile(f"(?:{literal_alternation(words)})(?!y)")
    flat = re.compile("(?:" + "|".join(re.escape(w) for w in words) + ")(?!y)")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert grouped.sub(" ", text) == flat.sub(" ", text)


@given(st.lists(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=12), st.text(ALPHABET, max_size=60))
@settings(max_examples=400, deadline=None)
def test_string_map_hits_every_occurrence_with_its_value(words, text):
    table = StringMap({w: (w, len(w)) for w in words})
    got = sorted((end - n + 1, w) for end, (w, n) in table.hits(text))
    want = sorted((i, w) for w in set(words) for i in range(len(text)) if text.startswith(w, i))
    assert got == want


def test_string_map_refuses_the_empty_string():
    with pytest.raises(ValueError):
        StringMap({"a": 1, "": 2})
    with pytest.raises(ValueError):
        StringMap({})
