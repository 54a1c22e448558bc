"""Batch execution: documents in ordered parallel chunks, and output files written atomically.

`run(sources, jobs=N)` yields `(source, records)` in input order whatever N:
sources are grouped into chunks (by count and by size), chunks go to a
`ProcessPoolExecutor`, and results are handed back in submission order, with
at most a few chunks per worker in flight so memory stays bounded on any
corpus size. With `jobs=1` (or a model backend) everything runs in this process.
`run` changes no process-wide setting: the command line tunes the garbage
collector itself (`cli.tune_gc`) and may pass a `worker_setup` for the workers.

`atomic_output(path)` opens a temporary file beside `path` and renames it over
`path` only when the block completes: an interrupted run (Ctrl-C, SIGTERM,
SIGHUP, an exception) removes the temporary file and leaves the old `path`
untouched. Workers ignore those signals (the parent ends them) and die with
their parent, even one killed with SIGKILL.
"""
from __future__ import annotations

import contextlib
import ctypes
import datetime as _dt
import multiprocessing
import os
import signal
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from syriadiplo.io.inputs import Source, file_key
from syriadiplo.language import Language
from syriadiplo.resources import read_table

CHUNK_DOCS = 16  # sources per chunk at most
CHUNK_CHARS = 200_000  # and about this much text per chunk
IN_FLIGHT_PER_JOB = 3  # chunks queued per worker
PR_SET_PDEATHSIG = 1  # prctl(2)
_warmed = False
abandoned = False  # a pool was left behind on an interruption (see _abandon)


class Failure(str):
    """What stands for the records of a document whose extraction raised: why, as one line.

    One document that breaks the extractor (a bug, a recursion too deep) costs only itself: the batch
    goes on, and the caller reports it as it reports an unreadable input.
    """


def _extract_one(src: Source, doc_date: _dt.date | None, as_json: bool, recognizer=None,
                 explain: bool = False, language: Language | None = None) -> list | Failure:
    from syriadiplo.pipeline import extract_source, record_json

    try:
        options = {k: v for k, v in (("explain", explain), ("language", language)) if v}  # only those asked for
        recs = extract_source(src, doc_date, recognizer, **options)
        # serialized where extracted: the parent only writes, and JSON lines pickle cheaper than models
        return [record_json(r) for r in recs] if as_json else recs
    except Exception as e:  # RecursionError included
        return Failure(f"extraction failed ({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''})")


def _extract_chunk(chunk: list[Source], doc_date: _dt.date | None, as_json: bool = False,
                   explain: bool = False, language: tuple[str, str] | None = None) -> list[list | Failure]:
    lang = _worker_language(*language) if language is not None else None
    return [_extract_one(src, doc_date, as_json, None, explain, lang) for src in chunk]


_worker_languages: dict[tuple[str, str], Language] = {}


def _worker_language(code: str, root: str) -> Language:
    """A worker's Language for (code, root): made once per worker, so its resources load once there."""
    if (code, root) not in _worker_languages:
        _worker_languages[(code, root)] = Language(code, root)
    return _worker_languages[(code, root)]


def _worker_init(parent: int, setup=None) -> None:
    # Signals go to the whole process group: the parent handles them and ends the workers itself.
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    _die_with_parent(parent)
    if setup is not None:
        setup()


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when its parent dies (kill -9 included); Linux only."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def warm_up() -> None:
    """Load lexicons and compile patterns once (by extracting the sentence of resources/ar/warmup.txt),
    before workers fork, so that they share them. Once per process; `run` calls it."""
    global _warmed
    if _warmed:
        return
    from syriadiplo.events.steps import extract_document
    from syriadiplo.text.document import build_document

    extract_document(build_document(warm_up_sentence() + "\n", "warm-up", "-"))
    _warmed = True


def warm_up_sentence() -> str:
    """A sentence that names a meeting with its parties, place and time (resources/ar/warmup.txt)."""
    return read_table("warmup.txt")[0][0]


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
        as_json: bool = False, recognizer=None, worker_setup=None, explain: bool = False,
        language: Language | None = None) -> Iterator[tuple[Source, list]]:
    """(source, records) for every source, in input order; `jobs` > 1 extracts in worker processes.

    With `as_json`, the records come as their JSONL lines (`pipeline.record_json`, no newline); `explain`:
    see `pipeline.extract_source`. A document whose extraction raised comes with a `Failure` (why, one
    line) instead of its records.
    A `recognizer` (a model backend) runs in this process, whatever `jobs`: its model is loaded once,
    not in every worker. `worker_setup`, if given, is called with no argument in each worker as it starts.
    `language`: the resources to read (syriadiplo.language); a worker loads its own copy of them once.
    """
    warm_up()
    if jobs <= 1 or recognizer is not None:
        for src in sources:
            yield src, _extract_one(src, doc_date, as_json, recognizer, explain, language)
        return
    spec = (language.code, str(language.root)) if language is not None else None  # pickled: the tables stay behind
    pending: deque[tuple[list[Source], Future]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_worker_init,
                               initargs=(os.getpid(), worker_setup))
    finished = False
    try:
        for chunk in _chunks(sources):
            pending.append((chunk, pool.submit(_extract_chunk, chunk, doc_date, as_json, explain, spec)))
            while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                done_chunk, fut = pending.popleft()
                yield from zip(done_chunk, fut.result())
        while pending:
            done_chunk, fut = pending.popleft()
            yield from zip(done_chunk, fut.result())
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted: the workers' work is lost anyway, and a graceful shutdown can hang
            _abandon(pool)


def _abandon(pool: ProcessPoolExecutor) -> None:
    """End the workers now and leave the pool's threads behind: one may wait forever on a result a killed
    worker was writing, so the process must end with `exit_abandoning`, which does not join them."""
    global abandoned
    _kill_workers(pool)
    pool.shutdown(wait=False, cancel_futures=True)
    abandoned = True


def exit_abandoning(code: int) -> None:
    """End the process with `code` at once if a pool was abandoned (its threads cannot be joined); the
    caller has cleaned up its outputs. Without an abandoned pool, return."""
    if abandoned:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    # the executor has no public way to end its workers at once; its process table is the one handle
    for proc in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            proc.kill()


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike, encoding: str = "utf-8", newline: str | None = "\n"):
    """A text file that replaces `path` only if the block completes (temporary file + os.replace).

    A symbolic link is written through: its target is replaced and the link stays, as `sort -o` does.
    The temporary file is created on entry, so an unwritable place fails before any work.
    """
    path = os.path.realpath(os.fspath(path))
    directory = os.path.dirname(path)
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


def output_conflict(outputs: dict[str, str], inputs: list[tuple[str, Path]]) -> str | None:
    """Why output paths cannot be written (one line), or None: one is a directory, lies in a directory that
    does not exist, is one of the inputs (named or found in a directory), or two options name one file.

    `outputs` maps each option (`-o`, `--errors`) to its path; checked before anything is read.
    """
    input_keys = {key for _, p in inputs if (key := file_key(p)) is not None}
    input_paths = {os.path.realpath(p) for given, p in inputs if given != "-"}
    seen: dict[str, str] = {}
    for opt, path in outputs.items():
        real = os.path.realpath(path)
        if os.path.isdir(real):
            return f"{opt} {path}: is a directory"
        if not os.path.isdir(os.path.dirname(real)):
            return f"{opt} {path}: no such directory"
        if real in input_paths or file_key(Path(real)) in input_keys:
            return f"{opt} {path}: is one of the inputs; refusing to overwrite it"
        if real in seen:
            return f"{seen[real]} and {opt} name the same file {path}"
        seen[real] = opt
    return None


INTERRUPTS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


@contextlib.contextmanager
def signals_as_interrupt():
    """Inside the block, SIGTERM and SIGHUP end the run as Ctrl-C does (KeyboardInterrupt), so cleanup
    (atomic output, the workers) runs. Only the first signal interrupts: later ones, while cleaning up,
    are ignored, so the cleanup itself is never cut short."""
    def handler(signum, frame):
        for sig in INTERRUPTS:
            signal.signal(sig, signal.SIG_IGN)
        raise KeyboardInterrupt

    try:
        old = {sig: signal.signal(sig, handler) for sig in INTERRUPTS}
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for sig, h in old.items():
            signal.signal(sig, h)
