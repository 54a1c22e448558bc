"""Throughput on real text: extract the wild feed (../shared/corpus/wild, 30,284 Saudi news articles of 2015).

Prints MB/s, documents/s, records per 1,000 documents and the peak RSS of the largest process, for each
--jobs value. Skips with one line when the feed is not there.

usage: python bench/wild.py [--wild PATH.jsonl.gz] [--jobs 2]
"""
from __future__ import annotations

import argparse
import gzip
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import timed_run  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT.parent / "shared" / "corpus" / "wild" / "saudinewsnet-2015.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wild", type=Path, default=WILD)
    ap.add_argument("--jobs", type=int, nargs="+", default=[2])
    args = ap.parse_args()
    if not args.wild.exists():
        print(f"wild feed: {args.wild} not found, skipped")
        return
    exe = Path(sys.executable).parent / "syriadiplo"
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "wild.jsonl"
        batch.write_bytes(gzip.decompress(args.wild.read_bytes()))
        size, docs = batch.stat().st_size, batch.read_bytes().count(b"\n")
        for j in args.jobs:
            dt, rss, out = timed_run([str(exe), "extract", "--quiet", "--max-size", "0", "--jobs", str(j), str(batch)])
            recs = out.count(b"\n")
            print(f"wild feed, jobs {j}: {size / 1e6 / dt:.2f} MB/s, {docs / dt:.0f} documents/s, "
                  f"{recs} records ({1000 * recs / docs:.1f} per 1,000 documents), peak RSS {rss:.0f} MB "
                  f"({size / 1e6:.0f} MB, {docs} documents, {dt:.1f} s)", flush=True)


if __name__ == "__main__":
    main()
