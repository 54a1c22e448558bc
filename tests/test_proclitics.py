"""syriadiplo.text.proclitics: every clitic of grammar.tsv is shown by an example of resources/ar/examples/proclitics.tsv
that gives what it says, and the four stages that strip clitics (lexicon, codes, timex, actors) use this module."""
from __future__ import annotations

import re

import pytest

from syriadiplo.coding import codes
from syriadiplo.recognize import actors
from syriadiplo.text import lexicon, proclitics
from syriadiplo.time import timex
from syriadiplo.resources import grammar, read_table

EXAMPLES = "examples/proclitics.tsv"
KEYS = ("CONJ_PROCLITICS", "SHORT_AFTER_CONJ", "PREP_PROCLITICS", "FUTURE_PROCLITIC", "IMPERFECT_PREFIXES",
        "DEF_ARTICLE", "LAM_DEF", "PRONOUN_SUFFIXES", "BOUND_TA_MARBUTA", "SEATED_HAMZA")
FUNCTIONS = {
    "readings": lambda w: {f for _, f in proclitics.readings(w)},
    "stems": proclitics.stems,
    "article": lambda w: {proclitics.without_article(w)},
}
ROWS = read_table(EXAMPLES)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r[0]}-{r[3]}")
def test_example_gives_what_it_says(row):
    shows, function, polarity, word, reading = row
    assert polarity in "+-" and function in FUNCTIONS
    got = FUNCTIONS[function](word)
    assert (reading in got) == (polarity == "+"), (word, sorted(got))
    key, value = shows.split(":")
    if polarity == "+" and function != "stems" and key not in ("IMPERFECT_PREFIXES", "SHORT_AFTER_CONJ"):
        assert value in word, "the example shows its own clitic"


@pytest.mark.parametrize("key", KEYS)
def test_every_clitic_has_an_example(key):
    shown = {row[0].split(":")[1] for row in ROWS if row[0].split(":")[0] == key and row[2] == "+"}
    assert set(grammar(key)) <= shown, set(grammar(key)) - shown


def test_readings_keep_the_full_form_first_with_its_proclitic_lengths():
    assert proclitics.readings("وبالرئيس") == ((0, "وبالرئيس"), (1, "بالرئيس"), (2, "الرئيس"))


def test_lexicon_reads_tokens_with_this_module():
    assert lexicon.analyses("وبالمبعوث") == proclitics.readings("وبالمبعوث")
    assert tuple(lexicon.tokenize("وبالمبعوث")[0].forms) == proclitics.readings("وبالمبعوث")


def test_codes_stems_are_this_modules():
    for word in ("والمفاوضات", "للمفاوضات", "مباحثاتهم"):
        assert codes.word_forms(word) == proclitics.stems(word)


def test_timex_proclitics_are_this_modules():
    rx = re.compile(timex._clitics().proclitic)
    assert timex._clitics().proclitic.startswith(proclitics.proclitic_regex())
    assert rx.fullmatch("وب") and rx.fullmatch("ل") and not rx.fullmatch("بو")


def test_actors_strip_the_article_with_this_module():
    assert actors.word_skeleton("الاسد") == actors.word_skeleton("اسد")
    assert proclitics.without_article("الاسد") == "اسد"
    assert proclitics.without_article("الي") == "الي"


def test_article_variants():
    assert proclitics.article_variants("الرياض") == ("الرياض", "رياض")
    assert proclitics.article_variants("دمشق") == ("دمشق", "الدمشق")


def test_stems_can_keep_the_article():
    assert "غربي" in proclitics.stems("الغربي")
    assert "غربي" not in proclitics.stems("الغربي", article=False)
    assert "خلال" in proclitics.stems("خلالها", article=False)
    assert "مفاوضات" in proclitics.stems("بمفاوضاتهم", article=False)
