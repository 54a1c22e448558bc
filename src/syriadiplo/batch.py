"""Batch execution: documents in ordered parallel chunks, and output files written atomically.

`run(sources, jobs=N)` yields `(source, records)` in input order whatever N:
sources are grouped into chunks (by count and by size), chunks go to a
`ProcessPoolExecutor`, and results are handed back in submission order, with
at most a few chunks per worker in flight so memory stays bounded on any
corpus size. With `jobs=1` everything runs in this process.

`atomic_output(path)` opens a temporary file beside `path` and renames it over
`path` only when the block completes: an interrupted run (Ctrl-C, SIGTERM, an
exception) removes the temporary file and leaves the old `path` untouched.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import multiprocessing
import os
import signal
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from syriadiplo.inputs import Source

CHUNK_DOCS = 16  # sources per chunk at most
CHUNK_CHARS = 200_000  # and about this much text per chunk
IN_FLIGHT_PER_JOB = 3  # chunks queued per worker
GC_YOUNG_THRESHOLD = 20_000  # container allocations between young-generation collections
_warmed = False


def _extract_chunk(chunk: list[Source], doc_date: _dt.date | None, as_json: bool = False) -> list[list]:
    from syriadiplo.pipeline import extract_source, record_json

    out = [extract_source(src, doc_date) for src in chunk]
    if as_json:  # serialized where extracted: the parent only writes, and JSON lines pickle cheaper than models
        return [[record_json(r) for r in recs] for recs in out]
    return out


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _warm_up() -> None:
    """Load lexicons and compile patterns once, before workers fork, so they share them.

    The loaded tables are then frozen out of the garbage collector's reach: its full collections
    stop rescanning them, and forked workers stop touching (and so copying) their pages.
    """
    global _warmed
    if _warmed:
        return  # once per process: a long-lived caller of run() must not freeze what it allocated since
    from syriadiplo.document import build_document
    from syriadiplo.extractor import extract_document

    extract_document(build_document("التقى وزير الخارجية السوري نظيره الروسي في موسكو أمس.\n", "warm-up", "-"))
    gc.collect()
    gc.freeze()
    # a document allocates thousands of short-lived tuples and sets, none in a cycle that outlives it;
    # collecting the young generation every 700 allocations (the default) mostly rescans live ones
    gc.set_threshold(GC_YOUNG_THRESHOLD, 10, 10)
    _warmed = True


def _chunks(sources: Iterable[Source]) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    size = 0
    for src in sources:
        chunk.append(src)
        size += len(src.text)
        if len(chunk) >= CHUNK_DOCS or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork") if "fork" in methods and sys.platform != "darwin" else None


def run(sources: Iterable[Source], jobs: int = 1, doc_date: _dt.date | None = None,
        as_json: bool = False) -> Iterator[tuple[Source, list]]:
    """(source, records) for every source, in input order; `jobs` > 1 extracts in worker processes.

    With `as_json`, the records come as their JSONL lines (`pipeline.record_json`, no newline).
    """
    _warm_up()
    if jobs <= 1:
        for src in sources:
            yield src, _extract_chunk([src], doc_date, as_json)[0]
        return
    pending: deque[tuple[list[Source], Future]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_worker_init)
    try:
        for chunk in _chunks(sources):
            pending.append((chunk, pool.submit(_extract_chunk, chunk, doc_date, as_json)))
            while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                done_chunk, fut = pending.popleft()
                yield from zip(done_chunk, fut.result())
        while pending:
            done_chunk, fut = pending.popleft()
            yield from zip(done_chunk, fut.result())
    finally:
        for _, fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, encoding: str = "utf-8", newline: str | None = "\n"):
    """A text file that replaces `path` only if the block completes (temporary file + os.replace)."""
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        try:
            mode = os.stat(path).st_mode & 0o7777  # keep the old file's permissions
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def sigterm_as_exit():
    """Turn SIGTERM into SystemExit(143) inside the block, so cleanup (atomic output) runs."""
    def handler(signum, frame):
        raise SystemExit(128 + signum)

    try:
        old = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)
