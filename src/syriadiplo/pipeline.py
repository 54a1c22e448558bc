"""The pipeline as a library: paths in, records out (the CLI is a thin shell over this)."""
from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from syriadiplo.document import Document, InputError, build_document, discover, read_text
from syriadiplo.extractor import extract_document
from syriadiplo.models import Record


@dataclass
class Problem:
    """An input that could not be processed."""

    path: str
    message: str

    def line(self) -> str:
        return f"{self.path}: {self.message}"


def load_documents(paths: list[str], problems: list[Problem] | None = None) -> Iterator[Document]:
    """Documents for the given files and directories; unreadable inputs go to `problems`."""
    for given, path in discover(paths):
        try:
            if not path.exists():
                raise InputError("no such file or directory")
            text = read_text(path)
        except (InputError, OSError) as e:
            msg = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            if problems is not None:
                problems.append(Problem(given, msg))
            continue
        if path.suffix == ".jsonl":
            yield from _jsonl_documents(text, given, problems)
            continue
        yield build_document(text, Path(given).stem, given)


def _jsonl_documents(text: str, given: str, problems: list[Problem] | None) -> Iterator[Document]:
    """One article per line: {"id", "text", optional "date" (YYYY-MM-DD), "url", "title"}."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError('needs an object with a "text" string')
            doc_id = str(obj.get("id") or f"{Path(given).stem}-{n}")
            date = _dt.date.fromisoformat(obj["date"][:10]) if obj.get("date") else None
        except (ValueError, TypeError) as e:
            if problems is not None:
                problems.append(Problem(f"{given}:{n}", f"bad JSONL line: {e}"))
            continue
        doc = build_document(obj["text"], doc_id, given, title=obj.get("title"))
        doc.doc_date = date
        yield doc


def extract_text(text: str, doc_id: str = "doc", path: str = "-", doc_date: _dt.date | None = None) -> list[Record]:
    """Records of one article given as a string."""
    doc = build_document(text, doc_id, path)
    doc.doc_date = doc_date
    return extract_document(doc)


def extract_paths(paths: list[str], doc_date: _dt.date | None = None, problems: list[Problem] | None = None) -> Iterator[Record]:
    """Records of every article under the given paths, in input order."""
    for doc in load_documents(paths, problems):
        if doc_date is not None:  # --doc-date beats a JSONL line's date, which beats a date found in the text
            doc.doc_date = doc_date
        yield from extract_document(doc)


def record_json(rec: Record) -> str:
    """One JSONL line: keys in contract order, Arabic kept as Arabic, no trailing spaces."""
    return json.dumps(rec.model_dump(mode="json"), ensure_ascii=False, separators=(", ", ": "))
