"""The pipeline as a library: paths in, records out (the CLI is a thin shell over this).

Reading and decoding inputs is `syriadiplo.inputs`; running documents in
parallel and writing output atomically is `syriadiplo.batch`.
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from collections.abc import Iterator

from syriadiplo.document import Document, build_document, compose, original_offset
from syriadiplo.explain import explanation
from syriadiplo.extractor import extract_document
from syriadiplo.inputs import Problem, Source, iter_sources
from syriadiplo.models import Record
from syriadiplo.provenance import with_provenance

__all__ = ["Problem", "Source", "as_date", "load_documents", "extract_paths", "extract_source", "extract_text", "record_json"]


def document_of(src: Source) -> Document:
    """Clean one source into a Document, carrying its outside date.

    The document is of the text as given: offsets are into it. (`extract_source` first joins decomposed
    letters, see `document.compose`, and maps the records' offsets back.)
    """
    doc = build_document(src.text, src.doc_id, src.path, title=src.title)
    doc.doc_date = src.doc_date
    return doc


def load_documents(paths: list[str], problems: list[Problem] | None = None, **options) -> Iterator[Document]:
    """Documents for the given files and directories; unreadable inputs go to `problems`.

    `options` are those of `inputs.iter_sources` (fmt, globs, max_bytes).
    """
    for src in iter_sources(paths, problems, **options):
        yield document_of(src)


def as_date(value: _dt.date | str | None) -> _dt.date | None:
    """A document date given as a `date`, a `datetime` (a pandas Timestamp is one) or an ISO string.

    Raises ValueError for a string that is not an ISO date, TypeError for anything else.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        return _dt.date.fromisoformat(value.strip()[:10])
    raise TypeError(f"doc_date must be a date, a datetime or an ISO string, not {type(value).__name__}")


def extract_source(src: Source, doc_date: _dt.date | str | None = None, recognizer=None,
                   explain: bool = False) -> list[Record]:
    """Records of one source; `doc_date` (--doc-date) beats a JSONL line's date, which beats one in the text.

    `doc_date` may be a `date`, a `datetime` or an ISO string (see `as_date`). `recognizer` is an optional
    model backend (`syriadiplo.ner_models.get_recognizer`). With `explain`, each record carries the ids of
    the entries that made it (`syriadiplo.explain.explanation`; `record_json` writes them as "why").
    """
    doc_date = as_date(doc_date)
    text, joined = compose(src.text)
    doc = document_of(src if not joined else dataclasses.replace(src, text=text))
    if doc_date is not None:
        doc.doc_date = doc_date
    records = extract_document(doc, recognizer, explain)
    if joined:
        for rec in records:
            _restore_offsets(rec, src.text, joined)
    return with_provenance(records, src, doc, doc_date)


def _restore_offsets(rec: Record, original: str, joined: list[int]) -> None:
    """Evidence offsets of a record made from the composed text, made offsets into the text as given."""
    for ev in rec.evidence:
        ev.start, ev.end = original_offset(joined, ev.start), original_offset(joined, ev.end)
        ev.text = original[ev.start:ev.end]


def extract_text(text: str, doc_id: str = "doc", path: str = "-", doc_date: _dt.date | str | None = None,
                 recognizer=None, explain: bool = False) -> list[Record]:
    """Records of one article given as a string (`explain`: see extract_source)."""
    return extract_source(Source(text, doc_id, path), doc_date, recognizer, explain)


def extract_paths(paths: list[str], doc_date: _dt.date | str | None = None, problems: list[Problem] | None = None,
                  recognizer=None, explain: bool = False, **options) -> Iterator[Record]:
    """Records of every article under the given paths, in input order (`recognizer`, `explain`: see extract_source)."""
    for src in iter_sources(paths, problems, **options):
        yield from extract_source(src, doc_date, recognizer, explain)


def record_json(rec: Record) -> str:
    """One JSONL line: keys in contract order, Arabic kept as Arabic, no trailing spaces; a record extracted
    with `explain` ends with its "why" (the ids of syriadiplo.explain)."""
    data = rec.model_dump(mode="json")
    why = explanation(rec)
    if why is not None:
        data["why"] = why
    return json.dumps(data, ensure_ascii=False, separators=(", ", ": "))
