"""Input discovery and decoding: paths (files, directories, `-`) in, `Source` texts out.

A `Source` is one article before cleaning: its decoded text, id, path and
what is known of it from outside the text (title, date). Every problem with an
input costs only that input: it becomes a `Problem` (one line `path: what went
wrong`) and the batch goes on.

Severity: an *error* means an input (or a JSONL line) gave no records because
it could not be read (missing, binary, undecodable, too large, bad JSONL line,
unreadable directory); a *warning* means it was read with a repair or a
decision worth saying, or gave nothing to read (decoded as Windows-1256, as
UTF-16 without BOM or as UTF-8 with invalid bytes replaced; NUL bytes removed;
empty file; a symlink loop or dangling link skipped; a file named twice). The
CLI exits 1 on errors only. docs/INPUTS.md is the user's account of all this.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import errno
import fnmatch
import io
import json
import os
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("auto", "txt", "jsonl", "html")
# Suffixes a directory walk picks up under --input-format auto, and what each is read as.
AUTO_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".htm": "html"}
# What a directory walk reads by default: not .jsonl, which is how records are written (a second run over
# a corpus with its own output inside would read it back); a JSONL batch is read when named or by --glob.
DIRECTORY_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_MAX_BYTES = 20_000_000  # a larger input is refused (--max-size); see docs/CLI.md
SNIFF_BYTES = 8192
BINARY_NUL_RATIO = 0.01  # NUL bytes above this share of the first 8 KB: binary, not text with stray NULs
BINARY_CONTROL_RATIO = 0.05  # C0 controls other than \t \n \r \f \v \x1a \x1b, same
MIN_ARABIC_SHARE = 0.5  # a non-UTF-8 file is taken as Windows-1256 only if most of its letters are Arabic
_ARABIC_LETTER_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F))  # the Unicode blocks Arabic and Arabic Supplement
_BOM = codecs.BOM_UTF8.decode("utf-8")  # the byte-order mark, as text
MAX_BAD_UTF8_SHARE = 0.01  # UTF-8 but for at most this share of its bytes (a truncated download): repaired
UTF16_STRAY_NULS = 0.05  # UTF-16 without BOM: the NUL bytes on the lighter side, at most this share of the other


class InputError(Exception):
    """An input that cannot be read; the message is one line for stderr."""


@dataclass
class Problem:
    """An input that could not be processed (error) or was processed with a repair (warning)."""

    path: str
    message: str
    level: str = "error"  # "error" or "warning"

    def __post_init__(self) -> None:
        self.path = display(self.path)

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


def _arabic_letters(text: str) -> tuple[int, int]:
    """(Arabic letters, all letters) in `text`."""
    letters = [c for c in text if c.isalpha()]
    return sum(1 for c in letters if any(lo <= ord(c) <= hi for lo, hi in _ARABIC_LETTER_BLOCKS)), len(letters)


def _arabic_share(text: str) -> float:
    arabic, letters = _arabic_letters(text)
    return arabic / letters if letters else 1.0


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 data that has no BOM, told by its NUL bytes standing all on one side; else None."""
    sample = data[:SNIFF_BYTES - SNIFF_BYTES % 2]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) < 4 or max(even, odd) <= BINARY_NUL_RATIO * len(sample) or min(even, odd) > UTF16_STRAY_NULS * max(even, odd):
        return None
    try:
        text = data.decode("utf-16-le" if odd > even else "utf-16-be")
    except UnicodeDecodeError:
        return None
    sample_text = text[:SNIFF_BYTES]
    if any(ord(c) < 0x20 and c not in "\t\n\r\f\v" for c in sample_text) or _arabic_share(sample_text) < MIN_ARABIC_SHARE:
        return None
    return text


def _not_utf8(data: bytes, warnings: list[str]) -> str:
    """Data that is not valid UTF-8: Windows-1256 if it reads as Arabic there and not in UTF-8, UTF-8 with
    replacement characters if only a few bytes are wrong (a truncated download), else InputError."""
    utf8 = data.decode("utf-8-sig", "replace")
    bad = utf8.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    cp = data.decode("cp1256")  # every byte has a meaning in cp1256
    cp_arabic, cp_letters = _arabic_letters(cp)
    if cp_letters and cp_arabic >= MIN_ARABIC_SHARE * cp_letters and cp_arabic > 2 * _arabic_letters(utf8)[0]:
        warnings.append("decoded as Windows-1256")
        return cp
    if bad <= max(1, MAX_BAD_UTF8_SHARE * len(data)):
        warnings.append(f"decoded as UTF-8 with {bad} invalid byte sequence{'s' if bad != 1 else ''} "
                        "replaced by U+FFFD")
        return utf8
    raise InputError("cannot decode: not UTF-8, UTF-16 or Windows-1256 Arabic text")


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode an article: UTF-8 (with or without BOM), UTF-16 (BOM, or told by its NUL bytes), else
    Windows-1256 or UTF-8 with a few bytes replaced, whichever the bytes show (see `_not_utf8`).

    Returns the text and warnings (one short phrase each, saying what was decided). NUL bytes scattered
    in text are removed with a warning; CR and CRLF are kept (offsets are into the decoded text). Raises
    InputError for binary or undecodable data.
    """
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise InputError(f"cannot decode as UTF-16 ({e.reason})") from None
    else:
        utf16 = _utf16_without_bom(data) if 0 in data[:SNIFF_BYTES] else None
        if utf16 is not None:
            text = utf16
            warnings.append("decoded as UTF-16 (no BOM)")
        else:
            why = _looks_binary(data)
            if why:
                raise InputError(why)
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = _not_utf8(data, warnings)
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


def display(path: str) -> str:
    """`path` as one printable line: undecodable bytes of a file name as \\xNN, line breaks and other
    control characters escaped. An ordinary path is returned as it is."""
    if path.isprintable():
        return path
    try:
        text = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        text = path.encode("utf-8", "backslashreplace").decode("ascii")
    return "".join(ch if unicodedata.category(ch) not in _UNSHOWN else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


_UNSHOWN = frozenset({"Cc", "Zl", "Zp", "Cs"})


# --- discovery ---------------------------------------------------------------------


def _matches(rel: str, name: str, globs: list[str] | None, fmt: str) -> bool:
    if globs:
        return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g) for g in globs)
    suffix = os.path.splitext(name)[1].lower()
    if fmt == "auto":
        return suffix in DIRECTORY_SUFFIXES
    return suffix in {"txt": (".txt",), "jsonl": (".jsonl",), "html": (".html", ".htm")}[fmt]


def _skipped_link(p: Path) -> str | None:
    """Why a walked name that is not a regular file is skipped with a warning (a broken link), or None."""
    try:
        os.stat(p)
    except OSError as e:
        if e.errno == errno.ELOOP:
            return "symlink loop, skipped"
        if os.path.islink(p):
            return "dangling symlink, skipped"
        return e.strerror or str(e)
    return None


def walk(root: Path, globs: list[str] | None = None, fmt: str = "auto",
         problems: list[Problem] | None = None) -> list[Path]:
    """Files under `root`, recursive, sorted; directory symlinks followed once (a loop is skipped with a
    warning), broken links skipped with a warning."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    problems = problems if problems is not None else []

    def onerror(e: OSError) -> None:
        problems.append(Problem(str(e.filename or root), e.strerror or str(e)))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            problems.append(Problem(dirpath, "directory symlink loop, skipped", "warning"))
            dirnames[:] = []
            continue
        seen.add(key)
        dirnames.sort()
        for name in filenames:
            p = Path(dirpath, name)
            if not _matches(p.relative_to(root).as_posix(), name, globs, fmt):
                continue
            if p.is_file():
                found.append(p)
            elif (why := _skipped_link(p)) is not None:
                problems.append(Problem(str(p), why, "warning"))
    return sorted(found)


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:  # e.g. under a directory that cannot be read: reading it says why, as for any file
        return False


def discover(paths: list[str], globs: list[str] | None = None, fmt: str = "auto",
             problems: list[Problem] | None = None) -> list[tuple[str, Path]]:
    """Input files for the given paths: files as given, directories recursively (sorted); `-` is stdin.
    A file named twice (or reached twice) is read once, with a warning."""
    problems = problems if problems is not None else []
    out: list[tuple[str, Path]] = []
    seen: set[tuple[int, int]] = set()
    for given in paths:
        p = Path(given)
        files = [(str(f), f) for f in walk(p, globs, fmt, problems)] if given != "-" and _is_dir(p) else [(given, p)]
        for name, f in files:
            key = file_key(f) if name != "-" else None
            if key is not None and key in seen:
                problems.append(Problem(name, "named twice, read once", "warning"))
                continue
            if key is not None:
                seen.add(key)
            out.append((name, f))
    return out


def file_key(p: Path) -> tuple[int, int] | None:
    """What makes a file the same file under any name (device and inode), or None when it cannot be read."""
    try:
        st = p.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def format_of(given: str, fmt: str, text: str | None = None) -> str:
    """What an input is read as: the forced format, else by suffix, else (stdin) by its first character."""
    if fmt != "auto":
        return fmt
    suffix = os.path.splitext(given)[1].lower()
    if suffix in AUTO_SUFFIXES:
        return AUTO_SUFFIXES[suffix]
    if given == "-" and text is not None:
        head = text.lstrip(_BOM + " \t\r\n")[:64].lower()
        if head.startswith("{"):
            return "jsonl"
        if head.startswith(("<!doctype html", "<html", "<")):
            return "html"
    return "txt"


# --- sources -------------------------------------------------------------------------


def iter_sources(paths: list[str], problems: list[Problem] | None = None, *, fmt: str = "auto",
                 globs: list[str] | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES,
                 stdin=None, files: list[tuple[str, Path]] | None = None) -> Iterator[Source]:
    """Every article under `paths` (or the `files` that `discover` found for them), in input order;
    problems are appended to `problems` as they occur.

    `max_bytes` bounds a file, and a JSONL batch line by line: a JSONL input is read as a stream of
    lines, so memory does not grow with the size of the batch.
    """
    problems = problems if problems is not None else []
    for given, path in files if files is not None else discover(paths, globs, fmt, problems):
        try:
            stream = _open_input(given, path, stdin)
        except (InputError, OSError) as e:
            problems.append(Problem(given, _why(e)))
            continue
        with stream as f:
            yield from _sources_of(f, given, fmt, max_bytes, problems)


def _why(e: Exception) -> str:
    return e.strerror if isinstance(e, OSError) and e.strerror else str(e)


class _Stdin:
    """Standard input as a binary stream that can be peeked at and is not closed after use."""

    def __init__(self, stream) -> None:
        self.stream = stream if hasattr(stream, "peek") else io.BufferedReader(stream)

    def __enter__(self):
        return self.stream

    def __exit__(self, *exc) -> None:
        return None


def _open_input(given: str, path: Path, stdin):
    if given == "-":
        return _Stdin(stdin if stdin is not None else sys.stdin.buffer)
    if not path.exists():
        raise InputError("no such file or directory")
    if path.is_dir():
        raise InputError("is a directory")
    return open(path, "rb")


def _sources_of(stream, given: str, fmt: str, max_bytes: int | None, problems: list[Problem]) -> Iterator[Source]:
    """The sources of one open input: a JSONL stream line by line, any other input whole."""
    stem = "stdin" if given == "-" else display(Path(given).stem)
    head = stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # what is there, not consumed
    kind = format_of(given, fmt, head.decode("utf-8", "ignore") if given == "-" else None)
    if kind == "jsonl" and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has no b"\n" lines
        yield from jsonl_stream(stream, given, problems, max_bytes)
        return
    try:
        text, warnings = decode(_read_whole(stream, given, max_bytes))
    except (InputError, OSError) as e:
        problems.append(Problem(given, _why(e)))
        return
    for w in warnings:
        problems.append(Problem(given, w, "warning"))
    if not text.strip():
        problems.append(Problem(given, "empty file", "warning"))
    elif kind == "jsonl":  # UTF-16 JSONL: decoded whole, then line by line
        yield from jsonl_sources(text, given, problems)
    elif kind == "html":
        src = html_source(text, stem, given, problems)
        if src is not None:
            yield src
    else:
        yield Source(text, stem, display(given))


def _read_whole(stream, given: str, max_bytes: int | None) -> bytes:
    if given != "-" and max_bytes is not None:
        size = os.fstat(stream.fileno()).st_size
        if size > max_bytes:
            raise InputError(f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:g} MB; raise --max-size)")
    data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        what = "input" if given == "-" else "file"
        raise InputError(f"{what} too large (> {max_bytes / 1e6:g} MB; raise --max-size)")
    return data


def jsonl_stream(stream, given: str, problems: list[Problem], max_bytes: int | None = None) -> Iterator[Source]:
    """One article per line of a binary stream, read line by line (lines end at b"\\n" only); a line over
    `max_bytes` is refused alone, without holding it."""
    n = 0
    any_text = False
    while True:
        raw = stream.readline() if max_bytes is None else stream.readline(max_bytes + 2)
        if not raw:
            break
        n += 1
        body = raw[:-1] if raw.endswith(b"\n") else raw
        if max_bytes is not None and len(body) > max_bytes:
            while raw and not raw.endswith(b"\n"):  # the rest of the line, a piece at a time
                raw = stream.readline(1 << 20)
            problems.append(Problem(f"{given}:{n}", f"line too large (> {max_bytes / 1e6:g} MB; raise --max-size)"))
            any_text = True
            continue
        if not body.strip():
            continue
        any_text = True
        try:
            line, warnings = decode(body)
        except InputError as e:
            problems.append(Problem(f"{given}:{n}", f"bad JSONL line: {e}"))
            continue
        for w in warnings:
            problems.append(Problem(f"{given}:{n}", w, "warning"))
        src = jsonl_line(line, n, given, problems)
        if src is not None:
            yield src
    if not any_text:
        problems.append(Problem(given, "empty file", "warning"))


def jsonl_sources(text: str, given: str, problems: list[Problem]) -> Iterator[Source]:
    """One article per line of a decoded text (lines end at "\\n" only: JSON strings may hold U+2028)."""
    for n, line in enumerate(text.split("\n"), 1):
        if line.strip():
            src = jsonl_line(line, n, given, problems)
            if src is not None:
                yield src


def jsonl_line(line: str, n: int, given: str, problems: list[Problem]) -> Source | None:
    """The article of JSONL line `n`: {"id", "text", optional "date" (YYYY-MM-DD), "url", "title"}."""
    stem = "stdin" if given == "-" else display(Path(given).stem)
    try:
        obj = _json_object(line)
        doc_id, date, title, url = _line_fields(obj, f"{stem}-{n}")
    except (ValueError, TypeError) as e:
        problems.append(Problem(f"{given}:{n}", f"bad JSONL line: {e}"))
        return None
    body = obj["text"].replace("\x00", "")
    if not body.strip():
        problems.append(Problem(f"{given}:{n}", "empty text", "warning"))
        return None
    return Source(body, doc_id, display(given), title, date, url)


def _json_object(line: str) -> dict:
    try:
        obj = json.loads(line)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError('needs an object with a "text" string')
    return obj


def _line_fields(obj: dict, default_id: str) -> tuple[str, _dt.date | None, str | None, str | None]:
    """The id (a string or a number; the default when missing or empty), date, title and url of a line's object."""
    raw_id = obj.get("id")
    if raw_id is None or raw_id == "":
        doc_id = default_id
    elif isinstance(raw_id, (str, int, float)) and not isinstance(raw_id, bool):
        doc_id = str(raw_id)
    else:
        raise ValueError('"id" must be a string or a number')
    date = obj.get("date")
    if date not in (None, "") and not isinstance(date, str):
        raise ValueError('"date" must be a YYYY-MM-DD string')
    title = obj.get("title") if isinstance(obj.get("title"), str) else None
    url = obj.get("url") if isinstance(obj.get("url"), str) and obj.get("url") else None
    for key, value in (("id", doc_id), ("title", title), ("url", url), ("text", obj["text"])):
        if value is not None and not _encodable(value):
            raise ValueError(f'"{key}" holds a lone surrogate (an invalid \\uXXXX escape)')
    return doc_id, _dt.date.fromisoformat(date[:10]) if date else None, title, url


def _encodable(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
    return Source(text + "\n", stem, display(given), None, date, url, "page" if date else None)
