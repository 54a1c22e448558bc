"""Actor ids (syriadiplo.recognize.actors): one id per real party, whatever the spelling."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriadiplo.recognize.actors import (
    actor_id,
    actor_parts,
    full_key,
    is_named_person,
    known_person,
    name_tokens,
    organization_key,
    surname_key,
    word_skeleton,
)
from syriadiplo.models import Participant
from syriadiplo.text.proclitics import clitics
from syriadiplo.resources import alternatives, read_table


def person(name, country=None, org=None, role=None):
    return {"name": name, "role": role, "country": country, "organization": org, "kind": "person"}


# ---- listed persons: every variant, one id

VARIANT_GROUPS = [
    ("p:RUS:لفرف", [("سيرغي لافروف", "RUS"), ("سيرجي لافروف", None), ("سيرجيو لافروف", "RUS"),
                    ("سيرْغي لافْروف", None), ("سيرجى لافروف", "RUS"), ("لافروف", None), ("لافروف", "RUS")]),
    ("p:USA:كر", [("جون كيري", "USA"), ("جون كيرى", None), ("كيرى", "USA"), ("كيري", None), ("جُون كِيري", "USA")]),
    ("p:UN:برهم", [("الأخضر الإبراهيمي", None), ("الاخضر ابراهيمي", None), ("الإبراهيمي", None), ("الأخضر الابراهيمي", None)]),
    ("p:RUS:بجدنف", [("ميخائيل بوغدانوف", "RUS"), ("ميخاييل بوجدانوف", None), ("بوغدانوف", None), ("ميخائيل بوقدانوف", "RUS")]),
    ("p:FRA:لدرن", [("جان إيف لودريان", "FRA"), ("جان-إيف لو دريان", None), ("لودريان", None), ("جان ايف لودريان", None)]),
    ("p:TUR:جشجل", [("مولود جاويش أوغلو", "TUR"), ("مولود تشاووش أوغلو", None), ("جاويش أوغلو", "TUR")]),
    ("p:IRN:ظرف", [("محمد جواد ظريف", "IRN"), ("محمد جواد ظريف", None), ("ظريف", "IRN"), ("ظريف", None)]),
    ("p:SYR:بشر_سد", [("بشار الأسد", "SYR"), ("بشّار الأسد", None), ("بشار حافظ الأسد", None), ("الأسد", "SYR")]),
    ("p:RUS:بردفكن", [("ألكيسي بورودافكين", "RUS"), ("اليكسي بورودافكين", None), ("الكسي بورودافكين", "RUS")]),
]


@pytest.mark.parametrize("expected, variants", VARIANT_GROUPS, ids=[g[0] for g in VARIANT_GROUPS])
def test_listed_person_variants_share_one_id(expected, variants):
    got = {(name, country): actor_id(person(name, country)) for name, country in variants}
    assert set(got.values()) == {expected}, got


def test_every_listed_spelling_maps_to_its_row():
    """Every spelling of every persons.tsv row gets that row's id, and no two rows share an id."""
    ids, bad = [], []
    for row in read_table("persons.tsv"):
        spellings = alternatives(row[0])
        country = row[1] if row[1] != "-" else None
        org = row[2] if row[2] != "-" else None
        row_ids = {known_person(s, country, org) for s in spellings}
        row_ids |= {known_person(s) for s in spellings if known_person(s)}  # without the country too, when unique
        if len(row_ids) != 1 or None in row_ids:
            bad.append((row[0], row_ids))
        ids.append(known_person(spellings[0], country, org))
    assert not bad, bad
    assert len(ids) == len(set(ids))


def test_listed_person_takes_the_lexicon_scope():
    # the record leaves the envoy's state and body out; the lexicon knows he is the UN's
    assert actor_id(person("الأخضر الإبراهيمي")) == "p:UN:برهم"
    # a record that puts a listed name in another state is another person
    assert actor_id(person("سيرغي لافروف", "FRA")) == "p:FRA:لفرف"


def test_namesakes_of_listed_persons_are_kept_apart():
    # بشار حافظ الاسد is listed: حافظ الاسد (his father) is not him
    assert actor_id(person("حافظ الأسد", "SYR")) == "p:SYR:حفظ_سد"
    assert actor_id(person("حافظ الأسد", "SYR")) != actor_id(person("بشار الأسد", "SYR"))
    # two listed persons of one state with one surname get full-name keys
    assert actor_id(person("محمد بن زايد")) == "p:ARE:محمد_بنزد_نهن"
    assert actor_id(person("عبدالله بن زايد", "ARE")) == "p:ARE:عبدل_بنزد_نهن"
    # Sida and Assad share the skeleton سد; the surname as spelled tells them apart
    assert actor_id(person("سيدا", "SYR")) != actor_id(person("الأسد", "SYR"))


# ---- unlisted persons: the skeleton carries the variants


UNLISTED_GROUPS = [
    ("p:RUS:زسبكن", [("ألكسندر زاسيبكين", "RUS"), ("الكسندر زاسبكين", "RUS"), ("زاسيبكين", "RUS"), ("الكساندر زاسيپكين", "RUS")]),
    ("p:LBN:عرض", [("غازي العريضي", "LBN"), ("غازي عريضي", "LBN"), ("غازى العريضى", "LBN"), ("العريضي", "LBN")]),
    ("p:RUS:مكسمف", [("فيكتور ماكسيموف", "RUS"), ("فيكتور مكسيموف", "RUS"), ("ماكسيموف", "RUS")]),
    ("p:EU:برت", [("هاينز ابرت", None, "EU"), ("هاينز إبرت", None, "الاتحاد الأوروبي")]),
]


@pytest.mark.parametrize("expected, variants", UNLISTED_GROUPS, ids=[g[0] for g in UNLISTED_GROUPS])
def test_unlisted_person_variants_share_one_id(expected, variants):
    got = {v: actor_id(person(*v)) for v in variants}
    assert set(got.values()) == {expected}, got


def test_unlisted_person_without_state_or_body():
    assert actor_id(person("فيكتور ماكسيموف")) == "p:-:مكسمف"
    assert actor_parts("p:-:مكسمف") == ("p", None, "مكسمف")


def test_unnamed_person_is_keyed_on_role():
    assert actor_id(person(None, "RUS", role="وزير الخارجية")) == "p:RUS:@وزير_الخارجيه"
    assert actor_id(person(None)) == "p:-:?"
    assert not is_named_person("p:RUS:@وزير_الخارجيه")
    assert not is_named_person("p:-:?")
    assert is_named_person("p:RUS:لفرف")


# ---- states, organizations, delegations


def party(kind, country=None, org=None, role=None, name=None):
    return {"name": name, "role": role, "country": country, "organization": org, "kind": kind}


@pytest.mark.parametrize(
    "p, expected",
    [
        (party("state", "RUS"), "s:RUS"),
        (party("organization", None, "UN"), "o:UN"),
        (party("organization", None, "هيئة الأمم المتحدة"), "o:UN"),
        (party("organization", None, "الأمم المتحدة"), "o:UN"),
        (party("organization", "SYR", "الائتلاف الوطني السوري"), "o:الائتلاف_الوطني_السوري"),
        (party("organization", "SYR", "الائتلاف الوطني لقوى الثورة والمعارضة السورية"), "o:الائتلاف_الوطني_السوري"),
        (party("organization", "SYR", "تجمع غير مدرج"), "o:تجمع_غير_مدرج"),
        (party("delegation", "RUS"), "d:RUS"),
        (party("delegation", None, "UN"), "d:UN"),
        (party("delegation", "SYR", "هيئة التفاوض"), "d:هيئه_التفاوض_السوريه"),
        (party("delegation", "SYR", "الهيئة العليا للمفاوضات"), "d:هيئه_التفاوض_السوريه"),
        (party("delegation", "RUS", "UN"), "d:RUS"),
        (party("delegation"), "d:-"),
    ],
)
def test_non_person_ids(p, expected):
    assert actor_id(p) == expected


def test_organization_key():
    assert organization_key("EU") == "EU"
    assert organization_key("الاتحاد الأوروبي") == "EU"
    assert organization_key("الأمم المتحدة") == "UN"
    assert organization_key(None) is None


def test_accepts_the_model_and_its_dict():
    p = Participant(name="سيرجي لافروف", role="وزير الخارجية", country="RUS", kind="person")
    assert actor_id(p) == actor_id(p.model_dump()) == "p:RUS:لفرف"


def test_deterministic():
    names = [v for _, vs in VARIANT_GROUPS for v in vs]
    first = [actor_id(person(*v)) for v in names]
    assert [actor_id(person(*v)) for v in reversed(names)] == list(reversed(first))


# ---- the skeleton rules of actor_keys.tsv, each exercised


def _rules():
    return {row[0]: (alternatives(row[1]), row[2] if len(row) > 2 else "-") for row in read_table("actor_keys.tsv")}


def test_actor_keys_has_the_known_rules():
    keys = set(_rules())
    assert {"DROP", "DROP_FINAL", "SUFFIX_PARTICLES"} <= keys
    assert all(k.startswith("FOLD_") or k in {"DROP", "DROP_FINAL", "SUFFIX_PARTICLES"} for k in keys)


@pytest.mark.parametrize("key", sorted(k for k in _rules() if k.startswith("FOLD_")))
def test_every_fold_joins_its_spellings(key):
    values, repl = _rules()[key]
    for v in values:
        assert word_skeleton("بر" + v + "ن") == word_skeleton("بر" + repl + "ن"), v


def test_every_drop_and_final_drop():
    values, _ = _rules()["DROP"]
    for v in values:
        assert word_skeleton("بر" + v + "نك") == word_skeleton("برنك"), v
    values, _ = _rules()["DROP_FINAL"]
    for v in values:
        assert word_skeleton("برنك" + v) == word_skeleton("برنك"), v


def test_article_and_suffix_particles():
    article = clitics().article  # the article comes off with syriadiplo.text.proclitics
    assert word_skeleton(article + "برنك") == word_skeleton("برنك")
    assert word_skeleton(article + "بر") == "لبر"  # too short to carry an article
    for v in _rules()["SUFFIX_PARTICLES"][0]:
        assert name_tokens("مولود كمال " + v) == ["مولود", "كمال" + v]
        assert surname_key("مولود كمال " + v) == word_skeleton("كمال" + v)


def test_name_tokens_join_prefix_particles():
    assert name_tokens("جان-إيف لو دريان") == ["جان", "ايف", "لودريان"]
    assert name_tokens("ستافان دي ميستورا") == ["ستافان", "ديميستورا"]
    assert name_tokens("أحمد أبو الغيط") == ["احمد", "ابوالغيط"]
    assert full_key("جان إيف لودريان") == "جن_ف_لدرن"
    assert surname_key("") == ""


def test_skeleton_cache_gives_what_a_fresh_computation_gives():
    from syriadiplo.recognize import actors

    words = [w for row in actors._known().persons for w in row.firsts] + ["لافروف", "سيرجيو", "يي", "الاسد", "ال"]
    assert len(words) > 50
    actors._skeletons_seen().clear()
    fresh = [word_skeleton(w) for w in words]
    assert [word_skeleton(w) for w in words] == fresh  # the second time from the cache
    assert all(actors._skeletons_seen()[w] == s for w, s in zip(words, fresh))


def test_is_mapping_answers_as_isinstance_once_per_type():
    import collections
    import types
    from collections.abc import Mapping

    from syriadiplo.recognize.actors import _MAPPING_TYPES, is_mapping
    from syriadiplo.models import Participant

    class Custom(Mapping):
        def __getitem__(self, k):
            raise KeyError(k)

        def __iter__(self):
            return iter(())

        def __len__(self):
            return 0

    samples = [{}, collections.OrderedDict(), types.MappingProxyType({}), Custom(), Participant(kind="state", country="SYR"),
               [], "text", None]
    for obj in samples * 2:  # the second time from the per-type answers
        assert is_mapping(obj) is isinstance(obj, Mapping), type(obj)
    assert {Custom, list, type(None)} <= set(_MAPPING_TYPES)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list("ابت لو-_.،1٢²x\u00a0\t\u0640\u064e(") + ["\U0001D7CE", "\U00020000"]), max_size=30))
def test_name_words_are_the_runs_of_letters(text):
    import re

    from syriadiplo.recognize.actors import _LETTER_RUN

    # the letters of a name: what is left when every run of non-word characters, digits or "_" becomes a space
    assert _LETTER_RUN.findall(text) == [w for w in re.sub(r"[^\w]+|[\d_]+", " ", text).split() if w]


@pytest.mark.parametrize("other, listed", [
    ("علي عبد الله صالح", "علي اكبر صالحي"),  # same first name, surnames of one skeleton, another father
    ("محمد بن نايف بن عبد العزيز", "محمد بن سلمان"),  # same first name and grandfather, another father
    ("احمد بن عقيل الخطيب", "احمد معاذ الخطيب"),
])
def test_a_second_word_that_differs_is_another_person(other, listed):
    assert known_person(listed) is not None
    assert known_person(other) != known_person(listed)


def test_a_name_without_its_second_word_is_still_the_listed_person():
    assert known_person("علي صالحي") == known_person("علي اكبر صالحي")
    assert known_person("محمد بن سلمان بن عبد العزيز") == known_person("محمد بن سلمان")
