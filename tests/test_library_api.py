"""The library API: `from syriadiplo import extract_text, extract_paths, Record`, and the forms doc_date takes."""
from __future__ import annotations

import datetime as dt
import gc
import subprocess
import sys

import pytest

import syriadiplo
from syriadiplo import Record, extract_paths, extract_text, record_json
from syriadiplo.io.batch import warm_up_sentence
from syriadiplo.cli import GC_YOUNG_THRESHOLD

SENTENCE = "التقى وزير الخارجية السوري أسعد الشيباني نظيره التركي هاكان فيدان أمس في أنقرة."


@pytest.mark.parametrize("doc_date", ["2025-03-02", dt.date(2025, 3, 2), dt.datetime(2025, 3, 2, 18, 30),
                                      "2025-03-02T18:30:00"])
def test_doc_date_as_string_date_or_datetime(doc_date):
    (rec,) = extract_text(SENTENCE, doc_date=doc_date)
    assert isinstance(rec, Record)
    assert rec.time.value == "2025-03-01"  # أمس, a plain date: never a datetime in the record


def test_pandas_timestamp_is_a_date():
    pd = pytest.importorskip("pandas")
    (rec,) = extract_text(SENTENCE, doc_date=pd.Timestamp("2025-03-02 08:00"))
    assert rec.time.value == "2025-03-01"


def test_bad_doc_dates_are_refused():
    with pytest.raises(ValueError):
        extract_text(SENTENCE, doc_date="March 2nd")
    with pytest.raises(TypeError):
        extract_text(SENTENCE, doc_date=20250302)


def test_extract_paths_and_record_json(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    recs = list(extract_paths([str(tmp_path)], doc_date="2025-03-02"))
    assert [r.doc_id for r in recs] == ["a"]
    assert record_json(recs[0]).startswith('{"id": "ev-')


def test_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError):
        syriadiplo.no_such_name  # noqa: B018


class Stamp(dt.datetime):
    """A datetime subclass with a clock time, as a pandas Timestamp is."""


def test_a_datetime_subclass_gives_a_plain_date():
    (rec,) = extract_text(SENTENCE, doc_date=Stamp(2025, 3, 2, 8, 0))
    assert rec.time.value == "2025-03-01" and rec.source.date == "2025-03-02"


def test_extract_paths_with_jobs_gives_the_records_of_one_job(tmp_path):
    for k, side in enumerate(["التركي هاكان فيدان", "الأردني أيمن الصفدي", "المصري بدر عبد العاطي"]):
        text = f"التقى وزير الخارجية السوري أسعد الشيباني نظيره {side} أمس في دمشق.\n"
        (tmp_path / f"{k}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    one, two = [], []
    recs1 = [record_json(r) for r in extract_paths([str(tmp_path)], doc_date="2025-03-02", problems=one)]
    recs2 = [record_json(r) for r in extract_paths([str(tmp_path)], doc_date="2025-03-02", problems=two, jobs=2)]
    assert len(recs1) == 3 and recs2 == recs1
    assert [p.line() for p in one] == [p.line() for p in two] and len(one) == 1


def test_library_calls_change_no_process_wide_setting(tmp_path):
    """The garbage collector's thresholds and frozen objects are the command line's business (cli.tune_gc)."""
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    before = gc.get_threshold(), gc.get_freeze_count()
    for jobs in (1, 2):
        assert len(list(extract_paths([str(tmp_path)], doc_date="2025-03-02", jobs=jobs))) == 1
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_the_command_line_tunes_the_garbage_collector(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE + "\n", encoding="utf-8")
    code = ("import gc, sys\nfrom syriadiplo.cli import app\n"
            "app(['extract', '-q', sys.argv[1]], standalone_mode=False)\n"
            "print(gc.get_threshold()[0], gc.get_freeze_count() > 0)\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "a.txt")], capture_output=True, text=True,
                         check=True).stdout
    assert out.splitlines()[-1] == f"{GC_YOUNG_THRESHOLD} True"


def test_the_warm_up_sentence_names_a_meeting():
    (rec,) = extract_text(warm_up_sentence())
    assert rec.type == "meeting" and rec.location is not None and rec.time is not None
