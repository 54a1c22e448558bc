"""Peak memory of `syriadiplo extract` on a JSONL batch, read as a stream, and on single long documents.

A JSONL batch takes memory that does not grow with its size (it is read a line at a time); one long
document is cleaned and extracted in pieces (pipeline.PIECE_CHARS), so its peak does not grow with
its length either. Both must stay under 300 MB per process for any input the defaults accept.

usage: python bench/memory.py [--batch FILE.jsonl] [--batch-mb 20] [--doc-mb 19.9] [--trigger-mb 4]
    [--jobs 1] [--wild PATH.jsonl.gz]
Without --batch, a batch of --batch-mb MB is built from the seeds and fixture articles (one per
line). The long document joins articles of the wild feed (../shared/corpus/wild) into one text of
--doc-mb MB, or, without the feed, the seeds and fixture articles (each up to its comment footer,
which would end the document); the trigger document repeats one trigger word to --trigger-mb MB
(0: skip either). The documents run with the default --max-size (20 MB). Prints MB, seconds,
records and peak RSS for each.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT.parent / "shared" / "corpus" / "wild" / "saudinewsnet-2015.jsonl.gz"


def articles() -> list[str]:
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/articles/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def build_batch(dest: Path, mb: float) -> None:
    texts = articles()
    total = n = 0
    with open(dest, "w", encoding="utf-8") as f:
        while total < mb * 1e6:
            line = json.dumps({"id": f"d{n}", "text": texts[n % len(texts)]}, ensure_ascii=False) + "\n"
            f.write(line)
            total += len(line.encode("utf-8"))
            n += 1


def article_bodies() -> list[str]:
    """The seeds and fixture articles, each cut where a comment footer would end a document holding it."""
    from syriadiplo.text.document import build_document

    out = []
    for text in articles():
        footer = [a for a, _, why in build_document(text, "x", "-").removed if why == "footer"]
        out.append(text[:footer[0]] if footer else text)
    return out


def wild_articles(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"].strip()


def build_long_document(dest: Path, mb: float, wild: Path) -> str:
    """One document of about `mb` MB of articles joined by blank lines; says where they came from."""
    texts = wild_articles(wild) if wild.exists() else itertools.cycle(article_bodies())
    total = 0
    with open(dest, "w", encoding="utf-8") as f:
        for text in texts:
            size = len(text.encode("utf-8")) + 2
            if total + size > mb * 1e6:
                break
            f.write(text + "\n\n")
            total += size
    return "wild feed articles" if wild.exists() else "seed and fixture articles"


def build_triggers(dest: Path, mb: float) -> None:
    word = "التقى "
    dest.write_text(word * int(mb * 1e6 / len(word.encode("utf-8"))), encoding="utf-8")


def measure(path: Path, jobs: int, max_size: list[str]) -> tuple[float, int, float]:
    """(seconds, records, peak RSS in MB of the largest process) of one run."""
    cmd = [sys.executable, "-m", "syriadiplo.cli", "extract", "-q", *max_size, "-j", str(jobs), str(path)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    records = sum(1 for _ in proc.stdout)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    # the process's own peak; its workers' (with -j > 1) are in RUSAGE_CHILDREN of this process's children
    return seconds, records, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", type=Path, help="a JSONL batch to measure (default: one built here)")
    ap.add_argument("--batch-mb", type=float, default=20.0, help="0: no batch")
    ap.add_argument("--doc-mb", type=float, default=19.9)
    ap.add_argument("--trigger-mb", type=float, default=4.0)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--wild", type=Path, default=WILD)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="syriadiplo-memory-") as tmp:
        runs = []
        batch = args.batch
        if batch is None and args.batch_mb > 0:
            batch = Path(tmp) / "batch.jsonl"
            build_batch(batch, args.batch_mb)
        if batch is not None:
            runs.append(("JSONL batch", batch, ["--max-size", "0"]))
        if args.doc_mb > 0:
            doc = Path(tmp) / "long.txt"
            origin = build_long_document(doc, args.doc_mb, args.wild)
            runs.append((f"one document of {origin}", doc, []))
        if args.trigger_mb > 0:
            doc = Path(tmp) / "triggers.txt"
            build_triggers(doc, args.trigger_mb)
            runs.append(("one document of one trigger word repeated", doc, []))
        for name, path, max_size in runs:
            mb = path.stat().st_size / 1e6
            seconds, records, rss = measure(path, args.jobs, max_size)
            print(f"{name}: {mb:.1f} MB, {seconds:.1f} s, {mb / seconds:.2f} MB/s, {records} records, "
                  f"peak RSS {rss:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
