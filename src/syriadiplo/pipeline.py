"""The pipeline as a library: paths in, records out (the CLI is a thin shell over this).

Reading and decoding inputs is `syriadiplo.io.inputs`; running documents in
parallel and writing output atomically is `syriadiplo.io.batch`. No function here
changes a process-wide setting (the garbage collector's is the CLI's).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from syriadiplo.coding.codes import with_codes
from syriadiplo.events.explain import explanation
from syriadiplo.events.steps import extract_document
from syriadiplo.io import batch
from syriadiplo.io.inputs import Problem, Source, iter_sources
from syriadiplo.io.provenance import with_provenance
from syriadiplo.language import Language, using
from syriadiplo.models import Record
from syriadiplo.recognize.actors import with_actor_ids
from syriadiplo.text.document import Document, build_document, compose, original_offset, piece_spans

# A text longer than this many characters is extracted a piece at a time (bounded memory: docs/PERFORMANCE.md)
PIECE_CHARS = 200_000

__all__ = ["Problem", "Source", "as_date", "load_documents", "extract_paths", "extract_source", "extract_sources",
           "extract_text", "failure_problem", "record_json"]


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
                   explain: bool = False, language: Language | None = None) -> list[Record]:
    """Records of one source; `doc_date` (--doc-date) beats a JSONL line's date, which beats one in the text.

    `doc_date` may be a `date`, a `datetime` or an ISO string (see `as_date`). `recognizer` is an optional
    model backend (`syriadiplo.recognize.ner_models.get_recognizer`). With `explain`, each record carries the ids of
    the entries that made it (`syriadiplo.events.explain.explanation`; `record_json` writes them as "why"). A text
    longer than PIECE_CHARS is extracted a piece at a time (see `_extract_pieces`). `language`: the
    resources to read (`syriadiplo.language.Language`), else the active ones (Arabic).
    """
    doc_date = as_date(doc_date)
    with using(language):
        text, joined = compose(src.text)
        doc, records = _extract_pieces(text, src, doc_date if doc_date is not None else src.doc_date, recognizer, explain)
    if joined:
        for rec in records:
            _restore_offsets(rec, src.text, joined)
    return with_provenance(records, src, doc, doc_date)


def _extract_pieces(text: str, src: Source, doc_date: _dt.date | None, recognizer,
                    explain: bool = False) -> tuple[Document, list[Record]]:
    """The records of `text` (the source's, composed) and the Document of its first piece.

    A long article is cleaned and extracted in pieces of at most PIECE_CHARS characters, cut at paragraph
    breaks (`document.piece_spans`), so that only one piece's sentences, tokens and mentions are held at a
    time: memory stays bounded whatever the length. What belongs to the whole article stays whole: offsets
    are into the whole text, the title and the dateline are those of its start (a title found later is
    every record's, as in one piece), the date stated near its top is every piece's, a footer ends the
    article, and record ids stay unique (`_unique_id`). An event told in one piece and taken up again in
    another gives a record in each. A text of one piece takes exactly the one-piece path.
    """
    records: list[Record] = []
    first: Document | None = None
    title = src.title
    used: set[str] = set()
    for a, b in piece_spans(text, PIECE_CHARS):
        doc = build_document(text, src.doc_id, src.path, title=title, start=a, end=b)
        doc.doc_date = doc_date
        if first is None:
            first = doc
        else:
            doc.dateline = first.dateline
        records.extend(_unique_id(with_actor_ids(with_codes(rec)), used) for rec in extract_document(doc, recognizer, explain))
        title = doc.title
        if any(why == "footer" for _, _, why in doc.removed):
            break
    assert first is not None
    for rec in records:
        if rec.source.title != title:
            rec.source = rec.source.model_copy(update={"title": title})
    return first, records


def _unique_id(rec: Record, used: set[str]) -> Record:
    """`rec`, with an id of its own if an earlier piece's record has its id (derived from it, so stable)."""
    rid, k = rec.id, 1
    while rid in used:
        k += 1
        rid = "ev-" + hashlib.sha1(f"{rec.id}|{k}".encode("utf-8")).hexdigest()[:16]
    used.add(rid)
    return rec if rid == rec.id else rec.model_copy(update={"id": rid})


def _restore_offsets(rec: Record, original: str, joined: list[int]) -> None:
    """Evidence offsets of a record made from the composed text, made offsets into the text as given."""
    for ev in rec.evidence:
        ev.start, ev.end = original_offset(joined, ev.start), original_offset(joined, ev.end)
        ev.text = original[ev.start:ev.end]


def extract_text(text: str, doc_id: str = "doc", path: str = "-", doc_date: _dt.date | str | None = None,
                 recognizer=None, explain: bool = False, language: Language | None = None) -> list[Record]:
    """Records of one article given as a string (`explain`, `language`: see extract_source)."""
    return extract_source(Source(text, doc_id, path), doc_date, recognizer, explain, language)


def extract_paths(paths: list[str], doc_date: _dt.date | str | None = None, problems: list[Problem] | None = None,
                  recognizer=None, jobs: int = 1, explain: bool = False, language: Language | None = None,
                  **options) -> Iterator[Record]:
    """Records of every article under the given paths, in input order, whatever `jobs` (worker processes).

    An input that cannot be read, or a document whose extraction failed, is appended to `problems` (if
    given) and costs only itself. `options` are those of `inputs.iter_sources` (fmt, globs, max_bytes);
    `doc_date`, `recognizer`, `explain` and `language`: see `extract_source`.
    """
    problems = problems if problems is not None else []
    sources = iter_sources(paths, problems, **options)
    for src, recs in extract_sources(sources, doc_date, recognizer, jobs, explain=explain, language=language):
        if isinstance(recs, batch.Failure):
            problems.append(failure_problem(src, recs))
        else:
            yield from recs


def extract_sources(sources: Iterable[Source], doc_date: _dt.date | str | None = None, recognizer=None,
                    jobs: int = 1, as_json: bool = False, worker_setup=None,
                    explain: bool = False, language: Language | None = None) -> Iterator[tuple[Source, list]]:
    """(source, records) for every source, in input order, extracted by `jobs` worker processes (`batch.run`:
    in this process with a `recognizer`). With `as_json` the records come as their JSONL lines; a document
    whose extraction raised comes with a `batch.Failure` (why, one line) instead of its records.
    """
    return batch.run(sources, jobs=jobs, doc_date=as_date(doc_date), as_json=as_json, recognizer=recognizer,
                     worker_setup=worker_setup, explain=explain, language=language)


def failure_problem(src: Source, failure: str) -> Problem:
    """The problem that reports a document whose extraction failed: its path (and id, in a batch file), why."""
    where = src.path if Path(src.path).stem == src.doc_id else f"{src.path} (id {src.doc_id})"
    return Problem(where, str(failure))


def record_json(rec: Record) -> str:
    """One JSONL line: keys in contract order, Arabic kept as Arabic, no trailing spaces; a record extracted
    with `explain` ends with its "why" (the ids of syriadiplo.events.explain)."""
    data = rec.model_dump(mode="json")
    why = explanation(rec)
    if why is not None:
        data["why"] = why
    return json.dumps(data, ensure_ascii=False, separators=(", ", ": "))
