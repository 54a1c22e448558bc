"""Throughput benchmark: extract a corpus built by repeating the seeds and fixtures.

Prints MB/s, documents/s, peak RSS and the start-up time of `syriadiplo --help`.
usage: python bench/throughput.py [--mb 5]
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(dest: Path, target_bytes: int) -> tuple[int, int]:
    sources = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/articles/*.txt"))
    texts = [p.read_bytes() for p in sources]
    total = n = 0
    while total < target_bytes:
        for t in texts:
            sub = dest / f"{n // 1000:04d}"
            sub.mkdir(exist_ok=True)
            (sub / f"{n:06d}.txt").write_bytes(t)
            total += len(t)
            n += 1
            if total >= target_bytes:
                break
    return total, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB")
    args = ap.parse_args()
    exe = Path(sys.executable).with_name("syriadiplo")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size, docs = build_corpus(corpus, int(args.mb * 1e6))
        t0 = time.perf_counter()
        out = subprocess.run([str(exe), "extract", str(corpus)], capture_output=True, check=True)
        dt = time.perf_counter() - t0
        rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        records = out.stdout.count(b"\n")
    t0 = time.perf_counter()
    subprocess.run([str(exe), "--help"], capture_output=True, check=True)
    help_s = time.perf_counter() - t0
    print(f"corpus: {size / 1e6:.1f} MB, {docs} documents, {records} records")
    print(f"extract --jobs 1: {dt:.1f} s, {size / 1e6 / dt:.2f} MB/s, {docs / dt:.0f} documents/s")
    print(f"peak RSS: {rss_mb:.0f} MB")
    print(f"syriadiplo --help: {help_s:.2f} s")


if __name__ == "__main__":
    main()
