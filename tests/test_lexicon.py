"""Clitic readings of a token (lexicon.analyses) and the shared match index."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriadiplo.resources import alternatives, read_table
from syriadiplo.text.lexicon import MatchIndex, analyses, lexicon, tokenize


def forms(tok: str) -> set[str]:
    return {f for _, f in analyses(tok)}


@pytest.mark.parametrize(
    "token, expected",
    [
        ("للرئيس", {"الرئيس"}),  # ل + الرئيس
        ("للقاء", {"لقاء", "اللقاء"}),  # ل + لقاء, ل + اللقاء (the article's lam merges with the stem's)
        ("للبنان", {"لبنان"}),  # ل + لبنان
        ("وللقاء", {"للقاء", "لقاء", "اللقاء"}),
        ("بالرئيس", {"الرئيس"}),
        ("وسيلتقي", {"سيلتقي", "يلتقي"}),
        ("والتقى", {"التقى"}),
    ],
)
def test_analyses_strip_proclitics(token, expected):
    assert expected <= forms(token)


def test_analyses_keep_the_token_first_and_have_no_duplicates():
    for tok in ("للقاء", "وللرئيس", "بلد", "في"):
        got = analyses(tok)
        assert got[0] == (0, tok)
        assert len({f for _, f in got}) == len(got)


def test_short_tokens_are_split_only_when_listed():
    assert forms("لل") == {"لل"} and forms("وزن") == {"وزن"} and forms("فان") == {"فان"}
    assert forms("وفي") == {"وفي", "في"} and forms("ولم") == {"ولم", "لم"}  # grammar.tsv SHORT_AFTER_CONJ


def test_match_index_agrees_with_the_lexicon():
    toks = tokenize("التقى وزير الخارجية السوري نظيره الروسي في موسكو")
    idx, L = MatchIndex(toks), lexicon()
    cats = frozenset({"TITLE", "NISBA", "CITY", "TRIGGER", "MINISTRY"})
    for i in range(len(toks)):
        assert idx.at(i) == L.matches(toks, i)
        want = L.matches(toks, i, cats)
        assert idx.first(i, cats) == (want[0] if want else None)
    assert idx.first(len(toks), cats) is None


@given(st.text(alphabet="اب لو،.\u00a0\t\n_1(\u200f", max_size=60))
@settings(max_examples=400, deadline=None)
def test_token_offsets_are_those_of_the_token_regex(text):
    spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == spans


@given(st.text(max_size=80))
@settings(max_examples=400, deadline=None)
def test_tokens_of_any_text_are_the_token_regex_matches_with_their_readings(text):
    toks = tokenize(text)
    spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    assert [(t.i, t.start, t.end, t.text) for t in toks] == [(k, *s) for k, s in enumerate(spans)]
    for t in toks:
        assert t.is_word == (t.text[0].isalnum() or t.text[0] == "_")
        assert t.words == frozenset(f for _, f in t.forms) and t.forms[0] == (0, t.text)


def _matches_by_scanning(tokens, i, cats=None):
    """`Lexicon.matches` as a scan of every entry listed under the token's forms (the reference)."""
    L = lexicon()
    texts = tuple(t.text for t in tokens)
    out = []
    for plen, form in tokens[i].forms:
        for rest, entry in L.trie.get(form, ()):
            if texts[i + 1:i + 1 + len(rest)] == rest:
                out.append((i, i + 1 + len(rest), plen, entry))
    out.sort(key=lambda m: (m[0] - m[1], m[2]))
    # a region (the longest match) hides the places it begins with
    if out and out[0][3].cat == "WORLD_REGION":
        end = out[0][1]
        out = [m for m in out if m[3].cat not in ("COUNTRY", "NISBA", "CITY", "METONYM") or m[1] > end]
    return [m for m in out if cats is None or m[3].cat in cats]


def _article_sentences():
    from pathlib import Path

    from syriadiplo.text.normalize import normalize_text

    root = Path(__file__).resolve().parents[1]
    paths = sorted(root.glob("seeds/*.txt")) + sorted(root.glob("fixtures/articles/*.txt"))
    return [normalize_text(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_matches_equal_a_scan_of_every_listed_entry():
    L = lexicon()
    cats = frozenset({"TITLE", "NISBA", "ORG"})
    found = 0
    for sent in _article_sentences():
        toks = tokenize(sent)
        for i in range(len(toks)):
            got = [tuple(m) for m in L.matches(toks, i)]
            assert got == _matches_by_scanning(toks, i), (sent, i)
            assert [tuple(m) for m in L.matches(toks, i, cats)] == _matches_by_scanning(toks, i, cats)
            found += len(got)
    assert found > 2000


# whole phrases of the lexicon (every 7th, multi-word ones included) and their first words, to run together
_PHRASES = sorted({" ".join((head, *rest)) for head, cands in lexicon().trie.items() for rest, _ in cands})[::7]
_PIECES = _PHRASES + sorted({p.split()[0] for p in _PHRASES})[::5] + ["و", "ل", "،", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=6))
@example(["اميركا الوسطي", "و", "امريكا اللاتينيه"])  # (a world region and the state it begins with)
@settings(max_examples=400, deadline=None)
def test_matches_equal_a_scan_on_generated_token_runs(words):
    toks = tokenize(" ".join(words))
    for i in range(len(toks)):
        assert [tuple(m) for m in lexicon().matches(toks, i)] == _matches_by_scanning(toks, i)


def _project_tokens():
    from pathlib import Path

    from syriadiplo.text.normalize import normalize_text

    root = Path(__file__).resolve().parent.parent
    paths = sorted(root.glob("seeds/*.txt")) + sorted(root.glob("fixtures/articles/*.txt"))
    return [tokenize(normalize_text(line)) for p in paths for line in p.read_text(encoding="utf-8").splitlines()]


def test_starts_entry_is_whether_a_reading_heads_an_entry():
    L = lexicon()
    seen = 0
    for toks in _project_tokens():
        for i, tok in enumerate(toks):
            assert tok.starts_entry == any(f in L.heads for _, f in tok.forms)
            if L.matches(toks, i):
                assert tok.starts_entry
                seen += 1
    assert seen > 1000


def test_ner_may_start_says_no_only_where_no_case_of_at_applies():
    from syriadiplo.recognize.ner import SentenceNER, _g

    L, starts = lexicon(), _g()["MENTION_STARTS"]
    refused = 0
    for toks in _project_tokens():
        ner = SentenceNER(toks, lambda a, b, plen=0: "", set())
        for i, tok in enumerate(toks):
            if not ner._may_start(tok):
                refused += 1
                assert tok.words.isdisjoint(starts) and not ner.index.at(i)
                assert not any(f in L.given or f in L.surnames for _, f in tok.forms[:2])
    assert refused > 5000


# (each spelling of a row, the row's example, and the spelling the example is written with)
_REGIONS = [(name, row[1], alternatives(row[0])[0]) for row in read_table("regions.tsv") for name in alternatives(row[0])]


@pytest.mark.parametrize("name,example,written", _REGIONS, ids=[n for n, _, _ in _REGIONS])
def test_a_world_region_named_after_a_state_is_no_state(name: str, example: str, written: str):
    from syriadiplo.events.scope import named_states
    text = example.replace(written, name)
    assert name in text and named_states(text) == set(), text
    assert named_states(text.replace(name, name.split()[0])) != set()  # the state's name alone still names it


def _one_word(form: str) -> set[tuple[str, tuple]]:
    return {(e.cat, e.data) for rest, e in lexicon().trie.get(form, ()) if not rest}


def test_a_nationality_adjective_has_its_indefinite_accusative():
    # NISBA_ACCUSATIVE: وفدا يابانيا، مسؤولا امريكيا
    assert ("NISBA", ("JPN",)) in _one_word("يابانيا")
    assert ("NISBA", ("USA",)) in _one_word("امريكيا")


def test_no_accusative_where_the_word_is_another_entry():
    # روسي + ا is the state's own name, سوري + ا too: they stay the state only
    assert _one_word("روسيا") == {("COUNTRY", ("RUS",))}
    assert all(cat != "NISBA" for cat, _ in _one_word("سوريا"))
    assert all(cat != "NISBA" for cat, _ in _one_word("كوريا"))  # كوريا الجنوبيه starts with it


@pytest.mark.parametrize("phrase, iso", [
    # NISBA_NOUN_HEADS: the noun takes the article, the adjective the ending, with the article or not
    ("الجنوب افريقي", "ZAF"), ("الجنوب افريقيه", "ZAF"), ("جنوب افريقي", "ZAF"),
    ("الجنوب سوداني", "SSD"),
    # two adjectives take both on each word
    ("الكوري الجنوبي", "KOR"), ("الكوريه الجنوبيه", "KOR"),
])
def test_a_two_word_nationality_adjective_is_read_whole(phrase: str, iso: str):
    toks = tokenize(phrase)
    matches = MatchIndex(toks).at(0)
    assert any(m.entry.cat == "NISBA" and m.entry.data == (iso,) and m.end == len(toks) for m in matches), matches


def test_a_noun_headed_nationality_adjective_takes_no_article_on_its_adjective_alone():
    # the article on the adjective only is no form of it, nor on both (الجنوب الافريقي: southern Africa, a region)
    for phrase in ("جنوب الافريقي", "الجنوب الافريقي"):
        toks = tokenize(phrase)
        assert not any(m.entry.cat == "NISBA" and m.entry.data == ("ZAF",) for m in MatchIndex(toks).at(0))
