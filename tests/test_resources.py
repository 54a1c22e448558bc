"""Every lexicon entry under resources/ar/ is in the matcher's normalized form.

The generic checks run over every file that `resource_files()` returns, so a
file added later (triggers.tsv, grammar.tsv, ...) is checked without touching
this module. The specific checks tie the gazetteers together: ISO codes are
real, cities point at listed states, persons point at listed organizations.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest

from syriadiplo.text.normalize import normalize_text
from syriadiplo.resources import alternatives, read_table, resource_dir, resource_files

ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
FORBIDDEN = {
    "\u06cc": "U+06CC Farsi yeh",
    "\u06a9": "U+06A9 keheh",
    "\u0640": "U+0640 tatweel",
}
ALPHA3 = {c.alpha_3 for c in pycountry.countries}

FILES = resource_files()


def _rel(path: Path) -> str:
    return path.relative_to(resource_dir()).as_posix()


def _data_lines(path: Path):
    """(line number, raw line) of the data lines of a resource file, as the loader sees them."""
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield no, line


def _value_problems(value: str) -> list[str]:
    """What is wrong with one field value (one `|` alternative) that holds Arabic; empty if nothing.

    Values without an Arabic letter (codes, regex glue such as ` {DIR:dir})?`) are not checked.
    """
    problems: list[str] = []
    if not ARABIC_LETTER.search(value):
        return problems
    if value != value.strip():
        problems.append("leading or trailing space")
    if "  " in value:
        problems.append("double space")
    for ch, name in FORBIDDEN.items():
        if ch in value:
            problems.append(name)
    if any(0xFB50 <= ord(ch) <= 0xFEFF for ch in value):
        problems.append("presentation form (U+FB50-U+FEFF)")
    if normalize_text(value) != value:
        problems.append(f"not normalized (expected {normalize_text(value)!r})")
    return problems


def test_there_are_resource_files():
    names = {_rel(p) for p in FILES}
    for required in (
        "countries.tsv",
        "cities.tsv",
        "organizations.tsv",
        "metonyms.tsv",
        "seats.tsv",
        "titles.tsv",
        "ministries.tsv",
        "persons.tsv",
        "given_names.tsv",
        "nonname_words.txt",
    ):
        assert required in names


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_header_has_format(path: Path):
    with open(path, encoding="utf-8") as f:
        header = []
        for line in f:
            if not line.lstrip().startswith("#"):
                break
            header.append(line)
    assert header, f"{_rel(path)}: no header comment at the top"
    assert any("FORMAT" in line for line in header), f"{_rel(path)}: header has no FORMAT line"


WRITTEN_COLUMNS = {"spellings.tsv": 1}  # columns that hold words as written, by purpose


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_entries_are_normalized(path: Path):
    failures = []
    written = WRITTEN_COLUMNS.get(_rel(path))
    for no, line in _data_lines(path):
        for column, field in enumerate(line.split("\t")):
            for value in field.split("|"):
                for problem in _value_problems(value):
                    if column == written and problem.startswith("not normalized"):
                        continue
                    failures.append(f"{_rel(path)}:{no}: {value!r}: {problem}")
    assert not failures, "\n".join(failures)


def test_spellings_normalize_to_their_key():
    bad = [row for row in read_table("spellings.tsv") if normalize_text(row[1]) != row[0]]
    assert not bad


def _listed_title_and_capital_words() -> set[str]:
    from syriadiplo.text.lexicon import lexicon
    words = {w for row in read_table("persons.tsv") for w in row[3].split()}
    return words | {w for city in lexicon().capitals.values() for w in city.split()}


def test_every_listed_title_word_ending_in_heh_has_a_spelling():
    # a final ه of a normalized word is a taa marbuta or a ه: only the table knows which
    spelled = {row[0] for row in read_table("spellings.tsv")}
    missing = sorted(w for w in _listed_title_and_capital_words() if w.endswith("ه") and w not in spelled)
    assert not missing


def test_a_listed_role_the_article_does_not_write_is_spelled():
    from syriadiplo import extract_text
    # لافروف alone: his role comes from persons.tsv, stored normalized (وزير الخارجيه)
    records = extract_text("والتقى لافروف ظريف في سوتشي أمس.", doc_date="2015-06-01")
    assert {p.role for rec in records for p in rec.participants} == {"وزير الخارجية"}


# ---- specific checks on the gazetteers


def _iso_column(name: str, column: int) -> list[tuple[int, str]]:
    return [(i, row[column]) for i, row in enumerate(read_table(name), 1) if len(row) > column]


@pytest.mark.parametrize(
    "name,column",
    [
        ("countries.tsv", 0),
        ("cities.tsv", 1),
        ("organizations.tsv", 3),
        ("metonyms.tsv", 1),
        ("seats.tsv", 1),
        ("persons.tsv", 1),
        ("titles.tsv", 4),
        ("organization_members.tsv", 1),
    ],
)
def test_iso3_codes_are_valid(name: str, column: int):
    bad = [f"{name} row {i}: {code!r}" for i, code in _iso_column(name, column) if code != "-" and code not in ALPHA3]
    assert not bad, "\n".join(bad)


def test_rows_have_their_columns():
    widths = {
        "countries.tsv": 4,
        "cities.tsv": 3,
        "organizations.tsv": 4,
        "metonyms.tsv": 2,
        "seats.tsv": 3,
        "titles.tsv": (4, 5),
        "ministries.tsv": 2,
        "persons.tsv": 5,
        "given_names.tsv": 2,
        "nonname_words.txt": 1,
        "organization_parents.tsv": 2,
        "organization_members.tsv": 3,
        "represented_bodies.tsv": 2,
    }
    bad = []
    for name, width in widths.items():
        for i, row in enumerate(read_table(name), 1):
            if len(row) not in (width if isinstance(width, tuple) else (width,)) or any(not field for field in row):
                bad.append(f"{name} row {i}: {row!r}")
    assert not bad, "\n".join(bad)


def test_country_codes_are_unique():
    codes = [row[0] for row in read_table("countries.tsv")]
    assert len(codes) == len(set(codes))


def test_cities_are_in_listed_countries():
    countries = {row[0] for row in read_table("countries.tsv")}
    bad = [f"{row[0]}: {row[1]}" for row in read_table("cities.tsv") if row[1] not in countries]
    assert not bad, "\n".join(bad)


def test_city_kinds():
    bad = [row for row in read_table("cities.tsv") if row[2] not in ("capital", "city", "province")]
    assert not bad


@pytest.mark.parametrize("name,column", [("countries.tsv", 1), ("cities.tsv", 0)])
def test_no_name_in_two_rows(name: str, column: int):
    rows_of = defaultdict(set)
    for i, row in enumerate(read_table(name), 1):
        for value in alternatives(row[column]):
            rows_of[value].add(i)
    dup = {value: sorted(rows) for value, rows in rows_of.items() if len(rows) > 1}
    assert not dup, f"{name}: names in more than one row: {dup}"


def test_person_orgs_exist():
    codes = {row[0] for row in read_table("organizations.tsv") if row[0] != "-"}
    bad = [f"{row[0]}: {row[2]}" for row in read_table("persons.tsv") if row[2] != "-" and row[2] not in codes]
    assert not bad, "\n".join(bad)


def test_organization_codes_are_unique():
    codes = [row[0] for row in read_table("organizations.tsv") if row[0] != "-"]
    assert len(codes) == len(set(codes))


def test_titles_kinds_and_numbers():
    bad = [
        row
        for row in read_table("titles.tsv")
        if row[1] not in ("head", "modifier", "group") or row[3] not in ("sg", "du", "pl")
    ]
    assert not bad, bad


def test_given_name_origins():
    bad = [row for row in read_table("given_names.tsv") if row[1] not in ("ar", "foreign")]
    assert not bad, bad


def test_nonname_words_are_unique_and_not_given_names():
    words = [row[0] for row in read_table("nonname_words.txt")]
    assert len(words) == len(set(words))
    given = {row[0] for row in read_table("given_names.tsv")}
    assert not set(words) & given


def test_nonname_words_do_not_occur_in_known_names():
    words = {row[0] for row in read_table("nonname_words.txt")}
    bad = [
        f"{value}: {token}"
        for row in read_table("persons.tsv")
        for value in alternatives(row[0])
        for token in value.split()
        if token in words
    ]
    assert not bad, "\n".join(bad)


def test_given_names_are_unique():
    names = [row[0] for row in read_table("given_names.tsv")]
    assert len(names) == len(set(names))


def test_organization_parents_are_listed_bodies():
    codes = {row[0] for row in read_table("organizations.tsv")}
    bad = [row for row in read_table("organization_parents.tsv") if row[0] not in codes or row[1] not in codes or row[0] == row[1]]
    assert not bad, bad


@pytest.mark.parametrize("sentence, state", [
    # the Egyptian press writes the hard g of foreign names with ج (بنجلاديش for بنغلاديش)
    ("التقى وزير الخارجية المصري سامح شكري نظيره البنجلاديشي في القاهرة.", "BGD"),
    ("التقى وزير الخارجية المصري سامح شكري سفير بنجلادش في القاهرة.", "BGD"),
    ("التقى وزير الخارجية المصري سامح شكري سفير باراجواي في القاهرة.", "PRY"),
    ("التقى وزير الخارجية المصري سامح شكري نظيره الأوروجوياني في القاهرة.", "URY"),
    ("التقى وزير الخارجية المصري سامح شكري سفير الكونجو في القاهرة.", "COG"),
    # bare كوري is South Korea; North Korea is named so (الكوري الشمالي)
    ("استقبل أمير المنطقة الشرقية السفير الكوري لدى المملكة كيم جين سو.", "KOR"),
    ("استقبل وزير الخارجية الروسي سيرغي لافروف نظيره الكوري الشمالي في موسكو.", "PRK"),
    ("استقبل نائب وزير الخارجية السوري فيصل المقداد السفير الكوري الديمقراطي في دمشق تشوي سو ميونغ.", "PRK"),
])
def test_a_state_in_a_press_usage_is_known(sentence, state):
    from syriadiplo.pipeline import extract_text
    assert state in [p.country for r in extract_text(sentence) for p in r.participants]


def test_the_syrian_coalition_by_its_short_name_is_the_body():
    from syriadiplo.pipeline import extract_text
    records = extract_text("يلتقي رئيس الائتلاف السوري خالد خوجة وزير الخارجية الروسي سيرجي لافروف في موسكو.")
    assert ("SYR", "الائتلاف السوري") in [(p.country, p.organization) for r in records for p in r.participants]


def test_every_body_with_members_is_a_listed_organization_with_an_adjective():
    with_adjective = {row[0] for row in read_table("organizations.tsv") if row[2] != "-"}
    bad = sorted({row[0] for row in read_table("organization_members.tsv")} - with_adjective)
    assert not bad, bad


def test_a_seat_stands_in_a_listed_city_of_its_state():
    cities = {n: row[1] for row in read_table("cities.tsv") for n in alternatives(row[0])}
    bad = [row for row in read_table("seats.tsv") if cities.get(row[2]) != row[1]]
    assert not bad, bad
