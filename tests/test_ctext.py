"""The C normalizer and tokenizer (syriadiplo._ctext) against the Python functions they stand for.

The package build (setup.py) builds the C module with the compiled modules; imported from the sources
(pure Python) these tests are skipped, unless SYRIADIPLO_REQUIRE_NATIVE asks for the build.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo import compiled
from syriadiplo.text import lexicon, normalize

REPO = Path(__file__).resolve().parent.parent


def _ctext():
    ctext = compiled.c_module()
    if ctext is not None:
        return ctext
    if os.environ.get("SYRIADIPLO_REQUIRE_NATIVE"):
        pytest.fail("SYRIADIPLO_REQUIRE_NATIVE is set but syriadiplo._ctext is not built")
    pytest.skip("the imported package is pure Python (make test imports the compiled build)")


@pytest.fixture(scope="module")
def ctext():
    return _ctext()


@pytest.fixture(scope="module")
def line(ctext):
    return ctext.Normalizer(normalize._tables()[0]).line


@pytest.fixture(scope="module")
def tokenizer(ctext):
    return ctext.Tokenizer(lexicon._readings_seen(), lexicon._readings, lexicon.Token)


def c_tokenize(tokenizer, norm):
    return tokenizer.tokenize(norm)


def project_lines() -> list[str]:
    paths = sorted(REPO.glob("seeds/*.txt")) + sorted(REPO.glob("fixtures/articles/*.txt"))
    lines = [ln for p in paths for ln in p.read_text(encoding="utf-8").splitlines()]
    lines += (REPO / "fixtures" / "sentences.tsv").read_text(encoding="utf-8").splitlines()
    return lines


TABLE_CHARS = "".join(chr(cp) for cp in sorted(normalize._tables()[0]))
# the characters the two loops tell apart: those that change (dropped, folded, unfolded), letters and
# digits of several scripts, "_", punctuation, every kind of whitespace, and characters beyond the BMP
ALPHABET = st.sampled_from(
    list(TABLE_CHARS) + list("ابتثجحخدذرسشصضطظعغفقكلمنهويءة") + list("abcXYZ019_٠٩۴")
    + list(".,،؛؟!?:;()[]«»\"'-/…%") + list(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2000\u2028\u3000")
    + ["\U0001F600", "\U00020000", "\U0001D7CE", "\x00", "\xad", "é", "ß"]
)


# --- the normalizer


def test_each_character_of_the_table_alone_and_in_a_word(line):
    for ch in TABLE_CHARS:
        for text in (ch, "قال" + ch + "وزير", ch * 3 + " x"):
            assert line(text) == normalize.normalize_line_py(text), repr(text)


def test_every_project_line(line):
    lines = project_lines()
    assert len(lines) > 1000
    for text in lines:
        assert line(text) == normalize.normalize_line_py(text)


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_arbitrary_text(line, text):
    out, keeps = line(text)
    assert (out, keeps) == normalize.normalize_line_py(text)
    assert type(out) is str and type(keeps) is bool


def test_a_text_that_does_not_change_is_returned_as_it_is(line):
    text = "وزير الخارجيه الروسي سيرغي لافروف " * 3
    out, keeps = line(text)
    assert out is text and keeps is True


def test_the_result_is_a_canonical_string(line):
    # a text whose only wide characters are dropped must come back as narrow as its equal
    out, keeps = line("abc\u064e")
    assert out == "abc" and not keeps
    assert out.encode("utf-8") == b"abc" and hash(out) == hash("abc")
    assert line("\u0661\u0662") == ("12", True)


def test_bad_arguments(ctext):
    with pytest.raises(TypeError):
        ctext.Normalizer([1, 2])
    with pytest.raises(ValueError):
        ctext.Normalizer({0x110000 - 1: "x"})
    with pytest.raises(TypeError):
        ctext.Normalizer({65: 66})
    n = ctext.Normalizer({65: "b"})
    assert n.line("AAx") == ("bbx", True)
    with pytest.raises(TypeError):
        n.line(b"A")
    with pytest.raises(TypeError):
        n.__init__({66: "c"})
    with pytest.raises(TypeError):
        ctext.Normalizer.__new__(ctext.Normalizer).line("A")


# --- the tokenizer


def test_tokens_of_every_project_line(tokenizer):
    for text in project_lines():
        norm = normalize.normalize_text(text)
        assert c_tokenize(tokenizer, norm) == lexicon.tokenize_py(norm)
        assert c_tokenize(tokenizer, norm) == lexicon.tokenize_py(norm)  # the second time from its table


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_tokens_of_arbitrary_text(tokenizer, text):
    toks = c_tokenize(tokenizer, text)
    assert toks == lexicon.tokenize_py(text)
    assert all(type(t) is lexicon.Token for t in toks)
    assert [t.i for t in toks] == list(range(len(toks)))
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_tokens_read_and_fill_the_cache(tokenizer):
    word = "كلمةلمتردقبل"
    lexicon._readings_seen().pop(word, None)
    toks = c_tokenize(tokenizer, word + "،")
    assert [t.text for t in toks] == [word, "،"]
    assert lexicon._readings_seen()[word] == toks[0][3:]
    again = c_tokenize(tokenizer, word)[0]
    assert all(a is b for a, b in zip(again[3:], lexicon._readings_seen()[word]))  # the cached fields, not copies


def test_the_table_is_emptied_when_full_and_stays_right(ctext):
    made: list[str] = []
    cache: dict = {}

    def make(t):
        made.append(t)
        cache[t] = lexicon._readings(t)
        return cache[t]

    tok = ctext.Tokenizer(cache, make, lexicon.Token)
    # more distinct words than three quarters of the table's 65,536 slots, in two passes
    words = [f"w{k}x" for k in range(60_000)]
    texts = [" ".join(words[k:k + 500]) for k in range(0, len(words), 500)]
    for _ in range(2):
        for text in texts:
            assert tok.tokenize(text) == lexicon.tokenize_py(text)
    assert len(made) == len(words)  # each made once: after the table empties, the dict still holds them
    # words of narrow (Latin-1) and wide characters side by side, each found in the table by its characters
    assert [t.text for t in tok.tokenize("ab \u0661b ab")] == ["ab", "\u0661b", "ab"]


def test_tokenizer_bad_arguments(ctext):
    with pytest.raises(TypeError):
        ctext.Tokenizer({}, lexicon._readings)
    with pytest.raises(TypeError):
        ctext.Tokenizer([], lexicon._readings, lexicon.Token)
    with pytest.raises(TypeError):
        ctext.Tokenizer({}, lexicon._readings, list)
    with pytest.raises(TypeError):
        ctext.Tokenizer({}, 3, lexicon.Token)
    tok = ctext.Tokenizer({}, lexicon._readings, lexicon.Token)
    with pytest.raises(TypeError):
        tok.tokenize(b"a")
    with pytest.raises(TypeError):
        tok.__init__({}, lexicon._readings, lexicon.Token)
    with pytest.raises(TypeError):
        ctext.Tokenizer({"a": ["not", "a", "tuple"]}, lexicon._readings, lexicon.Token).tokenize("a")
    with pytest.raises(ZeroDivisionError):
        ctext.Tokenizer({}, lambda t: 1 / 0, lexicon.Token).tokenize("a")
    with pytest.raises(TypeError):
        ctext.Tokenizer.__new__(ctext.Tokenizer).tokenize("a")


def test_the_pipeline_uses_them(ctext):
    assert normalize._c_line() is not None
    assert isinstance(lexicon._c_tokenize().__self__, ctext.Tokenizer)


# --- resizing marks


def test_marks_as_the_regex(line, ctext):
    marks = ctext.Normalizer(normalize._tables()[0]).marks
    for text in project_lines() + [TABLE_CHARS, "\ufdfa\u064e x \u0640" * 3]:
        assert marks(text) == normalize.resizing_marks_py(text)


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_marks_of_arbitrary_text(ctext, text):
    assert ctext.Normalizer(normalize._tables()[0]).marks(text) == normalize.resizing_marks_py(text)
