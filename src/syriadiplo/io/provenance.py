"""Where a record comes from, beyond the path: the article's URL and the document date.

`source.date` is the date relative times were resolved against, and `source.date_from` says where
it came from, first that applies:

    option    `--doc-date` (the `doc_date` argument of the library functions)
    input     the `date` of a JSONL input line
    page      an HTML page's own metadata (read by trafilatura)
    dateline  a full date the article states near its top (`timex.document_date`)

Both are null when no date is known at all. `source.url` is a JSONL line's `url` or an HTML
page's canonical link, else null.
"""
from __future__ import annotations

import datetime as _dt

from syriadiplo.io.inputs import Source
from syriadiplo.models import Record
from syriadiplo.text.document import Document
from syriadiplo.text.normalize import normalize_text
from syriadiplo.time import timex


def document_date(src: Source, doc: Document, option: _dt.date | None) -> tuple[_dt.date | None, str | None]:
    """(date, where it came from) for a document extracted from `src`, as the extractor resolved it."""
    if option is not None:
        return option, "option"
    if src.doc_date is not None:
        return src.doc_date, src.date_from or "input"
    # the extractor reads the dateline only when a time needs it; the same look-up otherwise
    found = doc.doc_date or timex.document_date(normalize_text(doc.original[:1000]))
    return (found, "dateline") if found is not None else (None, None)


def with_provenance(records: list[Record], src: Source, doc: Document, option: _dt.date | None) -> list[Record]:
    """Copies of `records` whose `source` carries the URL and the document date (see the module docstring)."""
    if not records:
        return records
    date, origin = document_date(src, doc, option)
    extra = {"url": src.url, "date": date.isoformat() if date else None, "date_from": origin}
    return [r.model_copy(update={"source": r.source.model_copy(update=extra)}) for r in records]
