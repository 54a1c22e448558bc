"""Tests of the time tagger (syriadiplo.time.timex) and its data under resources/ar/time/."""
from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import re
import time
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syriadiplo
from syriadiplo.time import timex
from syriadiplo.text.normalize import normalize_text
from syriadiplo.resources import alternatives, read_table, resource_dir

HERE = Path(__file__).parent
REPO = HERE.parent
TIME_DIR = resource_dir() / "time"
TABLE_FILES = sorted(p.name for p in TIME_DIR.glob("*.tsv"))


def _none(field: str) -> str | None:
    return None if field in ("", "-") else field


def load_examples(name: str) -> tuple[dt.date, list[tuple], list[tuple]]:
    """(reference date, positives, negatives) of examples/<name>."""
    ref, pos, neg = None, [], []
    for row in read_table(f"time/examples/{name}"):
        if row[0] == "reference":
            ref = dt.date.fromisoformat(row[1])
        elif row[0] == "+":
            text, span, value = row[1], row[2], _none(row[3])
            tense = _none(row[4]) if len(row) > 4 else None
            pos.append((text, span, value, tense))
        elif row[0] == "-":
            neg.append((row[1], _none(row[2]) if len(row) > 2 else None))
        else:
            raise AssertionError(f"examples/{name}: bad row {row}")
    assert ref is not None, f"examples/{name} has no reference date"
    return ref, pos, neg


def find(text: str, span: str) -> timex.TimeMention | None:
    for m in timex.tag(text):
        if m.text == span:
            return m
    return None


# ---------------------------------------------------------------- example sets

EXAMPLE_FILES = sorted(p.name for p in (TIME_DIR / "examples").glob("*.tsv"))


def test_every_table_has_examples():
    assert EXAMPLE_FILES == TABLE_FILES


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_positive_examples(name):
    ref, pos, _ = load_examples(name)
    assert pos, f"examples/{name} has no positive example"
    bad = []
    for text, span, value, tense in pos:
        m = find(text, span)
        if m is None:
            bad.append((text, span, "not tagged", [x.text for x in timex.tag(text)]))
            continue
        got = timex.resolve(m, ref, tense).value
        if got != value:
            bad.append((text, span, value, got))
    assert not bad, "\n".join(map(str, bad))


@pytest.mark.parametrize("name", EXAMPLE_FILES)
def test_negative_examples(name):
    _, _, neg = load_examples(name)
    assert neg, f"examples/{name} has no negative example"
    bad = []
    for text, span in neg:
        ms = timex.tag(text)
        if span is None:
            if ms:
                bad.append((text, [m.text for m in ms]))
            continue
        assert span in text, (text, span)
        for occ in re.finditer(re.escape(span), text):
            hit = [m.text for m in ms if m.start < occ.end() and occ.start() < m.end]
            if hit:
                bad.append((text, span, hit))
    assert not bad, "\n".join(map(str, bad))


def _table_keys(name: str) -> set[tuple[str, ...]]:
    """Every entry of one time table, as the coverage key the tagger reports when it uses it."""
    keys: set[tuple[str, ...]] = set()
    for row in read_table(f"time/{name}"):
        if name == "months.tsv":
            keys |= {(name, a) for a in alternatives(row[2])}
        elif name == "weekdays.tsv":
            keys |= {(name, a) for a in alternatives(row[1])}
        elif name == "numbers.tsv":
            keys |= {(name, row[0], a) for a in alternatives(row[2])}
        elif name == "lexicon.tsv":
            keys |= {(name, row[0], a) for a in alternatives(row[2])}
        elif name == "patterns.tsv":
            keys.add((name, row[0]))
        elif name == "rules.tsv":
            keys.add((name, row[0]))
    return keys


# Classes that only ever stop a match (a blocked phrase, a negative lookahead): a negative example
# beside lexicon.tsv must show each of their entries at work instead of a positive one.
STOP_CLASSES = {"BLOCKED", "EVENT_ANCHOR", "ORD_TAIL", "LAM", "IN_A_ROW", "MONTH_EPITHET"}
# Classes that only `document_date` reads (a publication mark before a page's own date): each entry is
# tested by test_publication_mark_beats_a_header_date.
DATELINE_CLASSES = {"PUB_MARK"}


@pytest.mark.parametrize("name", TABLE_FILES)
def test_every_entry_has_a_positive_example(name):
    """Coverage: each rule, pattern and table entry is used by a positive example beside its file."""
    ref, pos, neg = load_examples(name)
    used: set[tuple[str, ...]] = set()
    for text, span, _, _ in pos:
        for m in timex._select(text):
            if m.text == span:
                used |= set(m.lexemes)
    for text, _ in neg:
        for m in timex._select(text):
            if m.kind == "blocked":
                used |= set(m.lexemes)
        padded = f" {' '.join(text.split())} "
        used |= {k for k in _table_keys(name) if len(k) == 3 and k[1] in STOP_CLASSES and f" {k[2]} " in padded}
    missing = sorted(k for k in _table_keys(name) - used if not (len(k) == 3 and k[1] in DATELINE_CLASSES))
    assert not missing, f"no example in examples/{name} uses: {missing}"


# ---------------------------------------------------------------- the data files


def test_time_entries_are_normalized_and_clean():
    bad = []
    for path in sorted(TIME_DIR.rglob("*.tsv")):
        for row in read_table(str(path.relative_to(resource_dir()))):
            for fld in row:
                for x in alternatives(fld) or [fld]:
                    if normalize_text(x) != x or re.search("[\u06cc\u06a9\ufb50-\ufeff]", x):
                        bad.append((path.name, x))
    assert not bad, bad


def test_every_time_file_has_a_header():
    """Each file opens with a comment block saying its purpose, FORMAT and source."""
    for path in sorted(TIME_DIR.rglob("*.tsv")):
        lines = path.read_text(encoding="utf-8").split("\n")
        assert lines[0].startswith("# time/"), path
        header = "\n".join(takewhile(lambda line: line.startswith("#"), lines))
        assert "FORMAT" in header and "source" in header, path


def test_engine_holds_no_arabic_literals():
    """Language knowledge is data: no string in timex.py (docstrings aside) holds Arabic."""
    tree = ast.parse((Path(syriadiplo.__file__).parent / "time" / "timex.py").read_text(encoding="utf-8"))  # the source, compiled or not
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    arabic = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
    bad = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
        and arabic.search(node.value)
    ]
    assert not bad, bad


# ---------------------------------------------------------------- the table of cases


# The benchmark's own reader and tagger call, so that the table checks what the benchmark measures.
_spec = importlib.util.spec_from_file_location("time_vs_dateparser", REPO / "bench" / "time_vs_dateparser.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)
CASES = bench.load_cases()


def test_case_table_is_large_enough():
    assert len(CASES) >= 300


@pytest.mark.parametrize("case", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_case(case):
    r = bench.syriadiplo_resolve(case["expr"], case["ref"], case["tense"])
    assert r is not None, f"nothing tagged in {case['expr']!r}"
    assert (r.value, r.relative_days, r.weekday) == (case["value"], case["rel"], case["weekday"]), r


def test_benchmark_compares_at_the_expected_precision():
    d = dt.date(2017, 9, 9)  # a Saturday of ISO week 36
    assert bench.project("XXXX-11-25", d) == "XXXX-09-09"
    assert bench.project("XXXX-XX-13", d) == "XXXX-XX-09"
    assert bench.project("2017-W36", d) == "2017-W36"
    assert bench.project("2017-W36-WE", d) == "2017-W36-WE"
    assert bench.project("2017-W36-WE", dt.date(2017, 9, 5)) == "2017-W36"
    assert bench.project("2016", d) == "2017"
    assert bench.project("XXXX-05", d) == "XXXX-09"
    assert bench.project("2017-SU", d) == "2017-FA"
    assert bench.project("2017-WI", dt.date(2017, 12, 20)) == "2017-WI"


# ---------------------------------------------------------------- the seed articles


def _seed_cases() -> list[tuple]:
    rows = []
    with open(HERE / "data" / "time_seed_cases.tsv", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                doc, text, tense, value, rel, weekday = line.rstrip("\n").split("\t")
                rows.append((doc, text, _none(tense), _none(value), None if rel == "-" else int(rel), _none(weekday)))
    return rows


def _seed(doc: str) -> str:
    return normalize_text((REPO / "seeds" / f"{doc}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _seed_cases(), ids=lambda c: f"{c[0][:3]}-{c[1]}")
def test_seed_time_slots(case):
    """Every gold time of the seeds is tagged in its article with the gold slot."""
    doc, text, tense, value, rel, weekday = case
    article = _seed(doc)
    gold = normalize_text(text)
    assert gold in article
    doc_date = timex.document_date(article)
    hits = []
    for m in timex.tag(article):
        if m.text in gold or gold in m.text:
            r = timex.resolve(m, doc_date, tense)
            hits.append((r.value, r.relative_days, r.weekday))
    assert (value, rel, weekday) in hits, hits


@pytest.mark.parametrize("doc", sorted(p.stem for p in (REPO / "seeds").glob("*.txt")))
def test_seeds_state_no_document_date(doc):
    assert timex.document_date(_seed(doc)) is None


@pytest.mark.parametrize(
    "doc, phrase",
    [
        ("002_10efc35c20210809", "روسيا اليوم"),
        ("002_10efc35c20210809", "0940777186"),
        ("004_25963d66c6dae1be", "جنيف 2"),
        ("004_25963d66c6dae1be", "جنيف-2"),
        ("004_25963d66c6dae1be", "مئه الف"),
        ("003_b23184ef2a6a5aff", "الجوله السادسه"),
    ],
)
def test_seed_non_times_are_not_tagged(doc, phrase):
    article = _seed(doc)
    ms = timex.tag(article)
    spans = [(o.start(), o.end()) for o in re.finditer(re.escape(phrase), article)]
    assert spans, phrase
    assert not [m.text for m in ms for s, e in spans if m.start < e and s < m.end]


# ---------------------------------------------------------------- resolution details

SAT = dt.date(2017, 9, 16)


def test_weekday_that_contradicts_the_date_is_kept_and_reported():
    m = find("اجتمعوا امس السبت في جنيف", "امس السبت")
    r = timex.resolve(m, SAT)
    assert (r.value, r.relative_days, r.weekday) == ("2017-09-15", -1, "saturday")
    assert len(r.warnings) == 1 and "saturday" in r.warnings[0] and "friday" in r.warnings[0]
    assert timex.resolve(m, None).warnings == ()
    assert timex.resolve(find("امس الجمعه", "امس الجمعه"), SAT).warnings == ()
    r = timex.resolve(find("الجمعه 16 ايلول 2017", "الجمعه 16 ايلول 2017"), None)
    assert r.value == "2017-09-16" and r.weekday == "friday" and "saturday" in r.warnings[0]


def test_impossible_dates_and_disagreeing_pairs_warn():
    r = timex.resolve(find("في 30 شباط 2016", "30 شباط 2016"), None)
    assert r.value is None and r.warnings
    r = timex.resolve(find("في 25 نوفمبر/ كانون الاول 2013", "25 نوفمبر/ كانون الاول 2013"), None)
    assert r.value == "2013-11-25" and "month pair" in r.warnings[0]
    r = timex.resolve(find("في 10 رمضان 1340 ه", "10 رمضان 1340 ه"), None)  # before hijridate's range
    assert r.value is None and r.warnings


def test_bare_weekday_follows_tense_and_direction():
    m = find("يوم الاثنين", "يوم الاثنين")
    assert timex.resolve(m, SAT, "past").value == "2017-09-11"
    assert timex.resolve(m, SAT, None).value == "2017-09-11"  # news default: the most recent
    assert timex.resolve(m, SAT, "future").value == "2017-09-18"
    same = find("السبت", "السبت")
    assert timex.resolve(same, SAT, "past").value == "2017-09-16"
    assert timex.resolve(same, SAT, "future").value == "2017-09-23"
    assert timex.resolve(find("السبت الماضي", "السبت الماضي"), SAT, "future").value == "2017-09-09"
    assert timex.resolve(find("السبت المقبل", "السبت المقبل"), SAT, "past").value == "2017-09-23"
    before_last = find("الاحد قبل الماضي", "الاحد قبل الماضي")
    assert before_last.direction == -1 and timex.resolve(before_last, SAT).value == "2017-09-03"


def test_yearless_date_takes_the_nearest_year_in_the_implied_direction():
    m = find("في 25 كانون الاول", "25 كانون الاول")
    assert timex.resolve(m, SAT, None).value == "2017-12-25"
    assert timex.resolve(m, SAT, "past").value == "2016-12-25"
    assert timex.resolve(m, SAT, "future").value == "2017-12-25"
    assert timex.resolve(find("كانون الثاني الماضي", "كانون الثاني الماضي"), SAT).value == "2017-01"
    assert timex.resolve(find("كانون الثاني المقبل", "كانون الثاني المقبل"), SAT).value == "2018-01"
    assert timex.resolve(find("ايلول الحالي", "ايلول الحالي"), SAT).value == "2017-09"


@pytest.mark.parametrize(
    "text, mod",
    [("في اوائل اذار", "START"), ("النصف الثاني من الشهر المقبل", "END"), ("منتصف نيسان", "MID")],
)
def test_part_of_a_period_keeps_the_period_and_names_the_part(text, mod):
    (m,) = timex.tag(text)
    assert m.point.mod == mod
    assert re.fullmatch(r"\d{4}-\d{2}", timex.resolve(m, dt.date(2014, 11, 15), "future").value)


def test_a_counted_range_gives_its_first_unit_and_keeps_its_end():
    (m,) = timex.tag("خلال الاسابيع الثلاثه المقبله")
    assert m.kind == "range" and timex.resolve(m, dt.date(2014, 11, 15)).value == "2014-W47"
    assert (m.until.unit, m.until.offset) == ("week", 3)
    (m,) = timex.tag("خلال الايام الثلاثه الماضيه")
    assert timex.resolve(m, dt.date(2014, 11, 15)).value == "2014-11-12"
    assert (m.until.unit, m.until.offset) == ("day", -1)


def test_feasts_without_a_document_date_keep_what_the_text_fixes():
    assert timex.resolve(find("زار بيت لحم في عيد الميلاد", "عيد الميلاد"), None).value == "XXXX-12-25"
    assert timex.resolve(find("هنا بعيد الفطر", "عيد الفطر"), None).value is None
    assert timex.resolve(find("تعقد في ثاني اربعاء من اكتوبر", "ثاني اربعاء من اكتوبر"), None).value == "XXXX-10"


def test_named_weekday_chooses_the_year_or_warns():
    m = find("التقيا الجمعه 15 اب", "الجمعه 15 اب")
    assert timex.resolve(m, dt.date(2014, 11, 15), "past").value == "2014-08-15"  # Friday in 2014
    r = timex.resolve(find("التقيا الجمعه 15 اب", "الجمعه 15 اب"), dt.date(2023, 6, 10), "past")
    assert r.value == "2022-08-15" and any("weekday friday" in w for w in r.warnings)  # none near: the plain year


@pytest.mark.parametrize(
    "text, value",
    [
        ("التقاه في 15 اذار خلال عام 2014", "2014-03-15"),
        ("التقاه في شهر تشرين الاول في عام 2014", "2014-10"),
        ("التقاه في اذار، عام 2014", "2014-03"),
        ("التقاه الجمعه 15 اب في عام 2014", "2014-08-15"),
    ],
)
def test_a_year_a_few_words_after_a_yearless_date_is_its_year(text, value):
    (m,) = timex.tag(text)
    assert timex.resolve(m, dt.date(2019, 3, 20), "past").value == value


@pytest.mark.parametrize(
    "text",
    ["التقاه في 15 اذار. وفي عام 2014 زاره", "التقاه في 15 اذار بعد ان وقع الطرفان في عام 2014", "التقاه يوم الاثنين في عام 2014"],
)
def test_a_year_beyond_the_clause_or_a_weekday_is_not_joined(text):
    assert len(timex.tag(text)) == 2


def test_easter_and_julian_christmas():
    assert [timex._easter(y, False).isoformat() for y in (2014, 2019, 2024)] == ["2014-04-20", "2019-04-21", "2024-03-31"]
    assert [timex._easter(y, True).isoformat() for y in (2014, 2019, 2024)] == ["2014-04-20", "2019-04-28", "2024-05-05"]
    assert timex._holiday_days("julian-12-25", 2015) == [dt.date(2015, 1, 7)]


def test_mention_fields():
    m = find("سيجتمع مع مسؤولين يوم الاثنين المقبل", "يوم الاثنين المقبل")
    assert (m.kind, m.weekday, m.direction, m.relative_days) == ("weekday", "monday", 1, None)
    m = find("الاسبوع الماضي", "الاسبوع الماضي")
    assert (m.kind, m.direction, m.point.unit, m.point.offset) == ("period", -1, "week", -1)
    m = find("في الثالث عشر والخامس عشر من الشهر الجاري", "الثالث عشر والخامس عشر من الشهر الجاري")
    assert m.kind == "range" and (m.point.day, m.until.day, m.direction) == (13, 15, 0)
    m = find("اكد في وقت سابق", "في وقت سابق")
    assert (m.kind, timex.resolve(m, SAT).value) == ("vague", None)
    m = find("منذ عامين", "منذ عامين")
    assert (m.kind, timex.resolve(m, SAT).value) == ("duration", None)
    m = find("وصل صباح اليوم", "صباح اليوم")
    assert (m.kind, m.relative_days, m.point.daypart) == ("relative_day", 0, "MO")
    m = find("نهايه الاسبوع الماضي", "نهايه الاسبوع الماضي")
    assert m.point.mod == "END"
    assert all(k in timex.KINDS for k in {x.kind for x in timex.tag(_seed("004_25963d66c6dae1be"))})


@pytest.mark.parametrize(
    "text, span",
    [
        ("وامس اعلن", "امس"),
        ("فاليوم يجتمع", "اليوم"),
        ("قال بالامس", "الامس"),
        ("وفي 25 نوفمبر", "25 نوفمبر"),
        ("وفي مايو اعلنت", "مايو"),
        ("بالنسبه للعام المقبل", "للعام المقبل"),
        ("وللاسبوع المقبل", "للاسبوع المقبل"),
        ("ولعام 2017", "عام 2017"),
        ("وبعد غد", "بعد غد"),
        ("و25 نوفمبر", "25 نوفمبر"),
    ],
)
def test_span_leaves_out_proclitics_and_prepositions(text, span):
    ms = timex.tag(text)
    assert [m.text for m in ms] == [span]
    assert text[ms[0].start : ms[0].end] == span


def test_tag_is_sorted_non_overlapping_and_offsets_hold():
    text = _seed("004_25963d66c6dae1be") + "\n" + _seed("000_c367f06002257a27")
    ms = timex.tag(text)
    assert ms == sorted(ms, key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start : m.end] == m.text and m.text == m.text.strip()


def test_longest_match_wins():
    assert [m.text for m in timex.tag("اجتمعا اليوم الجمعه")] == ["اليوم الجمعه"]
    assert [m.text for m in timex.tag("بعد محادثات نهايه الاسبوع الماضي")] == ["نهايه الاسبوع الماضي"]
    assert [m.text for m in timex.tag("في 25 نوفمبر/ تشرين الثاني 2013")] == ["25 نوفمبر/ تشرين الثاني 2013"]


# ---------------------------------------------------------------- the document date


@pytest.mark.parametrize(
    "head, date",
    [
        ("دمشق 25 تشرين الثاني 2013 (سانا) بحث وزير الخارجيه", "2013-11-25"),
        ("موسكو - 2017/9/16 التقي لافروف", "2017-09-16"),
        ("السبت 16 ايلول 2017\nالتقي الوزير امس", "2017-09-16"),
        ("نشر في: 16/09/2017\nالتقي الوزير", "2017-09-16"),
        ("الرياض 15 رمضان 1438 ه", "2017-06-10"),
        # a publication line's formats
        ("تاريخ النشر: 16th, January 2025\nالتقي الوزير", "2025-01-16"),
        ("Published: January 16, 2025 | التقي الوزير", "2025-01-16"),
        ("17-4-2025 | 21:34\nالتقي الوزير", "2025-04-17"),
        # Hijri with its Gregorian day after الموافق: the Gregorian day as the page states it
        ("الاحد 18 رجب 1446 ه الموافق 17 يناير 2025", "2025-01-17"),
        ("الاحد 18 رجب 1446 ه الموافق ل17 كانون الثاني 2025م", "2025-01-17"),
        # a site header's day (the day the page was read) before the page's own publication line
        ("الخميس 3 كانون الاول 2026 | الرئيسيه اخبار\nتاريخ النشر: 16/01/2025", "2025-01-16"),
    ],
)
def test_document_date(head, date):
    assert timex.document_date(normalize_text(head)) == dt.date.fromisoformat(date)


@pytest.mark.parametrize("mark", sorted(timex._classes()["PUB_MARK"].values))
def test_publication_mark_beats_a_header_date(mark):
    head = f"الخميس 3 كانون الاول 2026 | اخبار سياسه\n{mark}: 16 كانون الثاني 2025\nالتقي الوزير"
    assert timex.document_date(head) == dt.date(2025, 1, 16)
    # without the mark the first full date is the document's
    assert timex.document_date(head.replace(mark, "")) == dt.date(2026, 12, 3)


def test_hijri_date_without_correspondence_stays_first():
    head = "الاحد 18 رجب 1446 ه - قال في 17 يناير 2025"
    assert timex.document_date(head) == dt.date(2025, 1, 18)


def test_document_date_needs_a_full_date_near_the_top():
    assert timex.document_date("التقي الوزير امس في 25 نوفمبر") is None
    assert timex.document_date("التقي الوزير الشهر الماضي في موسكو") is None
    assert timex.document_date("كلام " * 100 + "دمشق 25 تشرين الثاني 2013") is None


# ---------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    [
        "13" + " " * 50000 + "x",
        "اليوم" + " " * 50000 + "x",
        "بين 13" + " " * 50000 + "و",
        "1/" * 25000,
        "و" * 50000,
        "13 و" * 10000,
        "الثالث عشر و" * 5000,
        "نوفمبر/ " * 10000,
        "امس " * 10000,
    ],
)
def test_adversarial_input_is_linear(text):
    t0 = time.perf_counter()
    timex.tag(text)
    assert time.perf_counter() - t0 < 2.0


# ---------------------------------------------------------------- the evidence filter


def _texts_for_filter() -> list[str]:
    texts = [row[1] for name in EXAMPLE_FILES for row in read_table(f"time/examples/{name}") if row[0] in "+-"]
    for p in sorted((REPO / "seeds").glob("*.txt")) + sorted((REPO / "fixtures" / "articles").glob("*.txt")):
        texts.extend(normalize_text(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip())
    return texts


def test_evidence_filter_never_drops_a_rule_that_matches():
    """`_candidate_rules` skips a rule only when its regex finds nothing, on every text the project has."""
    texts = _texts_for_filter()
    assert len(texts) > 1000
    dropped, skipped = [], 0
    for text in texts:
        kept = {r.name for r in timex._candidate_rules(text)}
        for rule in timex._rules():
            if rule.name not in kept:
                skipped += 1
                if rule.regex.search(text):
                    dropped.append((rule.name, text))
    assert not dropped, dropped[:5]
    assert skipped > len(texts) * len(timex._rules()) // 2  # the filter does skip most rules


def test_every_rule_needs_evidence():
    assert [r.name for r in timex._rules() if not r.needs] == []


@pytest.mark.parametrize(
    "template, required",
    [
        ("{A} (?:{B} )?{C|D:x}", [("A",), ("C", "D")]),
        ("(?:{A}|{B}) {C}", [("C",)]),
        ("{A}(?P<sep>{B}){C}(?! {D})", [("A",), ("C",)]),
        ("{A}|{B}", []),
    ],
)
def test_required_placeholders(template, required):
    assert timex._required(template) == required


@pytest.mark.parametrize(
    "pattern, digit",
    [
        (r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])", True),
        (r"(?:19|20)[0-9]{2}(?![0-9])", True),
        (r"\s*[/(-]\s*", False),
        (r"(?:\s*\))?", False),
        (r"[0-9]|x", False),
        (r"\d", False),  # a category, not a set of characters: unknown, so no evidence
    ],
)
def test_needs_digit(pattern, digit):
    assert timex._needs_digit(pattern) is digit


def test_entry_evidence_survives_the_collapsed_article():
    ev = timex._entry_evidence("العام الماضي")
    assert ev in "العام الماضي" and ev in "للعام الماضي"
    ev = timex._entry_evidence("العام")
    assert ev in "العام" and ev in "للعام"


def test_document_date_year_guard_matches_the_year_patterns():
    """document_date skips a head without four digits in a row: every YEAR and HYEAR is four digits."""
    pats = dict(read_table("time/patterns.tsv"))
    for name in ("YEAR", "HYEAR"):
        hits = [str(n) for n in range(0, 100000) if re.fullmatch(pats[name], str(n))]
        assert hits and all(len(h) == 4 for h in hits), name
    assert timex.document_date("دمشق - سانا\nالتقى الرئيس 16 ايلول") is None
    assert timex.document_date("دمشق 16 ايلول 2017 (سانا)") == dt.date(2017, 9, 16)


def _spans(regex, text):
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


def test_grouped_alternations_match_as_the_flat_ones():
    """Every rule's regex, its class entries grouped by first character, finds the same matches with
    the same groups as the flat longest-first alternation, on every text the project has."""
    texts = _texts_for_filter()
    hits = 0
    assert sum(rule.regex.pattern != ref.pattern for rule, ref in zip(timex._rules(), _flat_rules())) > 30
    for rule, ref in zip(timex._rules(), _flat_rules()):
        for text in texts:
            got = _spans(rule.regex, text)
            assert got == _spans(ref, text), (rule.name, text)
            hits += len(got)
    assert hits > 1000


_ENTRIES = sorted({e for c in timex._classes().values() for e in c.values})
_GLUE = [" ", "  ", "و", "ل", "لل", "ب", "ال", "،", "/", "(", ")", "-", "5", "2023", "x"]


@given(st.lists(st.sampled_from(_ENTRIES) | st.sampled_from(_GLUE), max_size=12))
@settings(max_examples=400, deadline=None)
def test_grouped_alternations_match_as_the_flat_ones_on_generated_text(parts):
    text = "".join(parts)
    for rule, ref in zip(timex._rules(), _flat_rules()):
        assert _spans(rule.regex, text) == _spans(ref, text), (rule.name, text)


@lru_cache(maxsize=1)
def _flat_rules():
    rows = read_table("time/rules.tsv")
    return [timex._compile(name, kind, template, i, grouped=False).regex for i, (name, kind, template) in enumerate(rows)]


# ---------------------------------------------------------------- anchored matching


def _finditer_matches(text: str) -> list[tuple[str, tuple[int, int], dict]]:
    return [(r.name, m.span(), m.groupdict()) for r in timex._candidate_rules(text) for m in r.regex.finditer(text)]


def _anchored(text: str) -> list[tuple[str, tuple[int, int], dict]]:
    return [(r.name, m.span(), m.groupdict()) for r, m in timex._rule_matches(text)]


def test_anchored_matching_finds_what_finditer_finds():
    """Trying each rule only where one of its literal prefixes occurs gives the matches, groups and order
    of running it over the whole text, on every text the project has."""
    texts = _texts_for_filter()
    hits = 0
    for text in texts:
        got = _anchored(text)
        assert got == _finditer_matches(text), text
        hits += len(got)
    assert hits > 500


@given(st.lists(st.sampled_from(_ENTRIES) | st.sampled_from(_GLUE), max_size=14))
@settings(max_examples=500, deadline=None)
def test_anchored_matching_on_generated_text(parts):
    text = "".join(parts)
    assert _anchored(text) == _finditer_matches(text)


@given(st.text(alphabet="ولبفكال ا0123456789/،-_x", max_size=40))
@settings(max_examples=300, deadline=None)
def test_anchored_matching_on_clitic_and_digit_runs(text):
    assert _anchored(text) == _finditer_matches(text)


def test_nearly_every_rule_is_anchored():
    anchored = timex._scan_index()[2]
    assert len(anchored) == len(timex._rules())


@pytest.mark.parametrize(
    "pattern, prefixes",
    [
        ("abc", ["abc"]),
        ("ab|cd", ["ab", "cd"]),
        ("(?:x )?yz", ["x yz", "yz"]),
        (r"(?:x\s+)?yz", ["x", "yz"]),  # a class of spaces ends the prefix
        ("a[0-2]b", ["a0b", "a1b", "a2b"]),
        (r"a\s*b", ["a"]),  # the spaces may be there or not: the prefix stops before them
        ("a(?=b)c", ["ac"]),  # a lookahead takes no width
        ("(?:ab)+c", ["ab"]),  # after the first repetition the prefix stops
        ("a.", ["a"]),
        (r"\w+", [""]),  # nothing literal: the rule cannot be anchored
        ("abcdefghijkl", ["abcdefgh"]),  # cut at _PREFIX_CAP characters
    ],
)
def test_literal_prefixes(pattern, prefixes):
    got = timex._minimal({p for p, _ in timex._prefixes(timex._parse(pattern))})
    assert got == prefixes


def test_literal_prefixes_are_necessary():
    """Every string a small regex matches starts with one of its prefixes."""
    import itertools

    for pattern in ["(?:x )?yz", "a[0-2]b", r"a\s*b", "(?:ab)+c", "(?:و|ف)?(?:ب|ل)?(?:ال(?=[0-9]))?x"]:
        prefixes = {p for p, _ in timex._prefixes(timex._parse(pattern))}
        rx = re.compile(pattern)
        for n in range(6):
            for chars in itertools.product("xyzab0 1cولفبال", repeat=n) if n < 4 else []:
                s = "".join(chars)
                if rx.fullmatch(s):
                    assert any(s.startswith(p) for p in prefixes), (pattern, s)


def test_proclitic_forms_are_every_string_of_the_proclitic_regex():
    forms = timex._proclitic_forms()
    rx = re.compile(timex._clitics().proclitic)
    assert "" in forms and len(forms) == len(set(forms))
    def whole(f: str) -> bool:  # the article is a proclitic only before a digit
        m = rx.match(f + "1")
        return m is not None and m.end() == len(f)

    assert all(whole(f) for f in forms)
    assert all(f + c in forms for f in forms for c in "وفبلكا" if whole(f + c))


@pytest.mark.parametrize("value,side", [
    ("2015-07", 1), ("2015-06", 0), ("2015-05-31", -1), ("2015-06-02", 1),
    ("2015-W24", 0), ("XXXX-07", 0), ("2016", 0), (None, 0),
])
def test_calendar_side_compares_months_and_days_only(value, side):
    assert timex.calendar_side(value, dt.date(2015, 6, 1)) == side
