"""Peak memory of `syriadiplo extract` on a JSONL batch, read as a stream, and on one long document.

A JSONL batch must take memory that does not grow with its size (it is read a line at a time);
one document is held whole, with every stage's objects, so its peak grows with its length.

usage: python bench/memory.py [--batch FILE.jsonl] [--batch-mb 20] [--doc-mb 2] [--jobs 1]
Without --batch, a batch of --batch-mb MB is built from the seeds and fixture articles (one per
line); the long document repeats them to --doc-mb MB (0: skip). Prints MB, seconds, records and
peak RSS (the largest process of the run) for each.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def build_document(dest: Path, mb: float) -> None:
    texts = articles()
    total = n = 0
    with open(dest, "w", encoding="utf-8") as f:
        while total < mb * 1e6:
            f.write(texts[n % len(texts)] + "\n")
            total += len(texts[n % len(texts)].encode("utf-8")) + 1
            n += 1


def measure(path: Path, jobs: int) -> tuple[float, int, float]:
    """(seconds, records, peak RSS in MB of the largest process) of one run."""
    cmd = [sys.executable, "-m", "syriadiplo.cli", "extract", "-q", "--max-size", "0", "-j", str(jobs), str(path)]
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
    ap.add_argument("--batch-mb", type=float, default=20.0)
    ap.add_argument("--doc-mb", type=float, default=2.0)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="syriadiplo-memory-") as tmp:
        runs = []
        batch = args.batch
        if batch is None:
            batch = Path(tmp) / "batch.jsonl"
            build_batch(batch, args.batch_mb)
        runs.append(("JSONL batch", batch))
        if args.doc_mb > 0:
            doc = Path(tmp) / "long.txt"
            build_document(doc, args.doc_mb)
            runs.append(("one document", doc))
        for name, path in runs:
            mb = path.stat().st_size / 1e6
            seconds, records, rss = measure(path, args.jobs)
            print(f"{name:<13} {mb:7.1f} MB  {seconds:7.1f} s  {mb / seconds:5.2f} MB/s  "
                  f"{records:6d} records  peak RSS {rss:7.0f} MB")


if __name__ == "__main__":
    main()
