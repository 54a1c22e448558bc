"""Input discovery and decoding: paths (files, directories, `-`) in, `Source` texts out.

A `Source` is one article before cleaning: its decoded text, id, path and
what is known of it from outside the text (title, date). Every problem with an
input costs only that input: it becomes a `Problem` (one line `path: what went
wrong`) and the batch goes on.

Severity: an *error* means an input (or a JSONL line) gave no records because
it could not be read (missing, binary, undecodable, too large, bad JSONL line,
unreadable directory); a *warning* means it was read with a repair or gave
nothing to read (decoded as Windows-1256, NUL bytes removed, empty file,
directory symlink loop skipped). The CLI exits 1 on errors only.
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("auto", "txt", "jsonl", "html")
# Suffixes a directory walk picks up under --input-format auto, and what each is read as.
AUTO_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}
DEFAULT_MAX_BYTES = 20_000_000  # a larger input is refused (--max-size); see docs/CLI.md
SNIFF_BYTES = 8192
BINARY_NUL_RATIO = 0.01  # NUL bytes above this share of the first 8 KB: binary, not text with stray NULs
BINARY_CONTROL_RATIO = 0.05  # C0 controls other than \t \n \r \f \v \x1a \x1b, same
MIN_ARABIC_SHARE = 0.5  # a non-UTF-8 file is taken as Windows-1256 only if most of its letters are Arabic


class InputError(Exception):
    """An input that cannot be read; the message is one line for stderr."""


@dataclass
class Problem:
    """An input that could not be processed (error) or was processed with a repair (warning)."""

    path: str
    message: str
    level: str = "error"  # "error" or "warning"

    def line(self) -> str:
        return f"{self.path}: {self.message}"

    def as_json(self) -> dict:
        return {"path": self.path, "error": self.message, "level": self.level}


@dataclass
class Source:
    """One article as read: decoded text and what is known of it from outside the text."""

    text: str
    doc_id: str
    path: str
    title: str | None = None
    doc_date: _dt.date | None = None
    url: str | None = None  # a JSONL line's url, an HTML page's canonical link
    date_from: str | None = None  # where doc_date came from when not the JSONL line ("page": HTML metadata)


# --- decoding ------------------------------------------------------------------------

_OK_CONTROLS = frozenset(b"\t\n\r\f\v\x1a\x1b")
_BAD_CONTROLS = bytes(b for b in range(0x20) if b not in _OK_CONTROLS)  # counted in C: bytes.translate drops them


def _looks_binary(data: bytes) -> str | None:
    sample = data[:SNIFF_BYTES]
    if not sample:
        return None
    nul = sample.count(0)
    if nul and nul > BINARY_NUL_RATIO * len(sample):
        return "binary file (NUL bytes), not text"
    controls = len(sample) - len(sample.translate(None, _BAD_CONTROLS))
    if controls > BINARY_CONTROL_RATIO * len(sample):
        return "binary file (NUL bytes), not text" if nul else "binary file (control bytes), not text"
    return None


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f")
    return arabic / len(letters)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode an article: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1256.

    Returns the text and warnings (one short phrase each). NUL bytes scattered
    in text are removed with a warning; CR and CRLF are kept (offsets are into
    the decoded text). Raises InputError for binary or undecodable data.
    """
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"cannot decode as UTF-16 ({e.reason})") from None
    else:
        why = _looks_binary(data)
        if why:
            raise InputError(why)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1256")  # every byte has a meaning in cp1256: check the result looks Arabic
            if _arabic_share(text) < MIN_ARABIC_SHARE:
                raise InputError("cannot decode: not UTF-8, UTF-16 or Windows-1256 Arabic text") from None
            warnings.append("decoded as Windows-1256")
    if "\x00" in text:
        n = text.count("\x00")
        text = text.replace("\x00", "")
        warnings.append(f"removed {n} NUL byte{'s' if n != 1 else ''}")
    return text, warnings


def read_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refusing one over `max_bytes` before reading it."""
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise InputError(f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:g} MB; raise --max-size)")
    return path.read_bytes()


def read_text(path: Path, max_bytes: int | None = None) -> str:
    """Decode a text file (see `decode`); warnings are dropped."""
    return decode(read_bytes(path, max_bytes))[0]


# --- discovery ---------------------------------------------------------------------


def _matches(rel: str, name: str, globs: list[str] | None, fmt: str) -> bool:
    if globs:
        return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) for g in globs)
    suffix = os.path.splitext(name)[1].lower()
    if fmt == "auto":
        return suffix in AUTO_SUFFIXES
    return suffix in {"txt": (".txt",), "jsonl": (".jsonl",), "html": (".html", ".htm")}[fmt]


def walk(root: Path, globs: list[str] | None = None, fmt: str = "auto",
         problems: list[Problem] | None = None) -> list[Path]:
    """Files under `root`, recursive, sorted; directory symlinks followed once (a loop is skipped with a warning)."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()

    def onerror(e: OSError) -> None:
        if problems is not None:
            problems.append(Problem(str(e.filename or root), e.strerror or str(e)))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            if problems is not None:
                problems.append(Problem(dirpath, "directory symlink loop, skipped", "warning"))
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames.sort()
        for name in filenames:
            p = Path(dirpath, name)
            rel = p.relative_to(root).as_posix()
            if _matches(rel, name, globs, fmt) and p.is_file():
                found.append(p)
    return sorted(found)


def discover(paths: list[str], globs: list[str] | None = None, fmt: str = "auto",
             problems: list[Problem] | None = None) -> list[tuple[str, Path]]:
    """Input files for the given paths: files as given, directories recursively (sorted); `-` is stdin."""
    out: list[tuple[str, Path]] = []
    for given in paths:
        p = Path(given)
        if given != "-" and p.is_dir():
            out.extend((str(f), f) for f in walk(p, globs, fmt, problems))
        else:
            out.append((given, p))
    return out


def format_of(given: str, fmt: str, text: str | None = None) -> str:
    """What an input is read as: the forced format, else by suffix, else (stdin) by its first character."""
    if fmt != "auto":
        return fmt
    suffix = os.path.splitext(given)[1].lower()
    if suffix in AUTO_SUFFIXES:
        return AUTO_SUFFIXES[suffix]
    if given == "-" and text is not None:
        head = text.lstrip("\ufeff \t\r\n")[:64].lower()
        if head.startswith("{"):
            return "jsonl"
        if head.startswith(("<!doctype html", "<html", "<")):
            return "html"
    return "txt"


# --- sources -------------------------------------------------------------------------


def iter_sources(paths: list[str], problems: list[Problem] | None = None, *, fmt: str = "auto",
                 globs: list[str] | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
                 stdin=None) -> Iterator[Source]:
    """Every article under `paths`, in input order; problems are appended to `problems` as they occur."""
    problems = problems if problems is not None else []
    for given, path in discover(paths, globs, fmt, problems):
        try:
            if given == "-":
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
                if max_bytes is not None and len(data) > max_bytes:
                    raise InputError(f"input too large (> {max_bytes / 1e6:g} MB; raise --max-size)")
            else:
                if not path.exists():
                    raise InputError("no such file or directory")
                if path.is_dir():
                    raise InputError("is a directory")
                data = read_bytes(path, max_bytes)
            text, warnings = decode(data)
        except (InputError, OSError) as e:
            msg = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            problems.append(Problem(given, msg))
            continue
        for w in warnings:
            problems.append(Problem(given, w, "warning"))
        if not text.strip():
            problems.append(Problem(given, "empty file", "warning"))
            continue
        kind = format_of(given, fmt, text)
        stem = "stdin" if given == "-" else Path(given).stem
        if kind == "jsonl":
            yield from jsonl_sources(text, given, problems)
        elif kind == "html":
            src = html_source(text, stem, given, problems)
            if src is not None:
                yield src
        else:
            yield Source(text, stem, given)


def jsonl_sources(text: str, given: str, problems: list[Problem]) -> Iterator[Source]:
    """One article per line: {"id", "text", optional "date" (YYYY-MM-DD), "url", "title"}."""
    stem = "stdin" if given == "-" else Path(given).stem
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                raise ValueError('needs an object with a "text" string')
            doc_id = str(obj.get("id") or f"{stem}-{n}")
            date = _dt.date.fromisoformat(obj["date"][:10]) if obj.get("date") else None
            title = obj.get("title") if isinstance(obj.get("title"), str) else None
            url = obj.get("url") if isinstance(obj.get("url"), str) and obj.get("url") else None
        except (ValueError, TypeError) as e:
            problems.append(Problem(f"{given}:{n}", f"bad JSONL line: {e}"))
            continue
        body = obj["text"].replace("\x00", "")
        if not body.strip():
            problems.append(Problem(f"{given}:{n}", "empty text", "warning"))
            continue
        yield Source(body, doc_id, given, title, date, url)


# --- HTML ----------------------------------------------------------------------------


def html_text(html: str) -> tuple[str, str | None, _dt.date | None, str | None]:
    """Main text of an HTML page (boilerplate removed, by trafilatura), its title, date and canonical URL if found."""
    import trafilatura  # imported only when an HTML page is read

    doc = trafilatura.bare_extraction(html, include_comments=False, include_tables=False,
                                      with_metadata=True, deduplicate=False)
    if doc is None:
        return "", None, None, None
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    text = doc.get("text") or ""
    title = doc.get("title") or None
    date = None
    if doc.get("date"):
        try:
            date = _dt.date.fromisoformat(str(doc["date"])[:10])
        except ValueError:
            date = None
    return text, title, date, doc.get("url") or None


def html_source(html: str, stem: str, given: str, problems: list[Problem]) -> Source | None:
    try:
        text, title, date, url = html_text(html)
    except Exception as e:  # a parser failure costs only this page
        problems.append(Problem(given, f"cannot extract HTML text ({type(e).__name__}: {e})"))
        return None
    if not text.strip():
        problems.append(Problem(given, "no main text found in HTML", "warning"))
        return None
    if title and not text.lstrip().startswith(title.strip()):
        # the title becomes the first line, so the cleaner takes it as the title and offsets cover it
        text = title.strip() + "\n" + text
    return Source(text + "\n", stem, given, None, date, url, "page" if date else None)
