"""The library API: `from syriadiplo import extract_text, extract_paths, Record`, and the forms doc_date takes."""
from __future__ import annotations

import datetime as dt

import pytest

import syriadiplo
from syriadiplo import Record, extract_paths, extract_text, record_json

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
