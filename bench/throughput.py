"""Throughput benchmark: extract a corpus built by repeating the seeds and fixtures.

Prints, for each --jobs value: MB/s, documents/s, records, and the peak RSS
of that run (the largest process: parent or one worker; and their sum), plus
the start-up time of `syriadiplo --help` and the speed-up of the last jobs value
over the first.

usage: python bench/throughput.py [--mb 5] [--docs N] [--jobs 1 2] [--repeat 1]
`make bench` runs the full corpus: --mb 50 --docs 10000 --repeat 2 (about five minutes on 2 cores).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NL = b"\n"


def build_corpus(dest: Path, target_bytes: int, max_docs: int | None = None) -> tuple[int, int, int]:
    """Repeat seeds and fixture articles into about `target_bytes` over `max_docs` documents.

    With a document count, each document joins k consecutive articles (k chosen so that the count
    and the size both come out near their targets: 10,000 documents of 50 MB need about three of
    these 1.7 KB articles each, as a scraped page carries its article and the next ones); without
    one, each document is one article. Returns (bytes, documents, articles per document).
    """
    sources = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/articles/*.txt"))
    texts = [p.read_bytes() for p in sources]
    mean = sum(map(len, texts)) / len(texts)
    k = max(1, round(target_bytes / max_docs / mean)) if max_docs else 1
    total = n = a = 0
    while total < target_bytes and (max_docs is None or n < max_docs):
        body = NL.join(texts[(a + j) % len(texts)] for j in range(k))
        a += k
        sub = dest / f"{n // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{n:06d}.txt").write_bytes(body)
        total += len(body)
        n += 1
    return total, n, k


def timed_run(cmd: list[str]) -> tuple[float, float, bytes]:
    """Wall time, peak RSS (MB, the largest process of the run) and stdout of `cmd` under /usr/bin/time -v if present."""
    gnu_time = Path("/usr/bin/time")
    t0 = time.perf_counter()
    if gnu_time.exists():
        proc = subprocess.run([str(gnu_time), "-v", *cmd], capture_output=True, check=True)
        dt = time.perf_counter() - t0
        rss_kb = max(int(line.split(":")[1]) for line in proc.stderr.decode().splitlines()
                     if "Maximum resident set size" in line)
        return dt, rss_kb / 1024, proc.stdout
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(cmd, capture_output=True, check=True)
    dt = time.perf_counter() - t0
    return dt, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024, proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (stops at --docs first)")
    ap.add_argument("--docs", type=int, default=None, help="at most this many documents")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to run")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs per --jobs value; the fastest counts (a shared machine only ever slows a run down)")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    exe = Path(sys.executable).with_name("syriadiplo")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        size, docs, k = build_corpus(corpus, int(args.mb * 1e6), args.docs)
        print(f"corpus: {size / 1e6:.2f} MB ({size} bytes), {docs} documents of {k} article(s) each; "
              f"{os.cpu_count()} CPUs", flush=True)
        status = subprocess.run([sys.executable, "-m", "syriadiplo.native", "status"], capture_output=True, text=True)
        print(status.stdout.strip(), flush=True)
        outputs = []
        for j in args.jobs:
            times = []
            for r in range(args.repeat):
                dt, rss, out = timed_run([str(exe), "extract", "--quiet", "--jobs", str(j), str(corpus)])
                outputs.append(out)
                times.append(dt)
                print(f"extract --jobs {j} (run {r + 1}): {dt:.1f} s, {size / 1e6 / dt:.3f} MB/s "
                      f"({size / 1e6 / dt / j:.3f} MB/s per job), {docs / dt:.1f} documents/s, "
                      f"{out.count(NL)} records, peak RSS {rss:.0f} MB (largest process)", flush=True)
            results.append((j, min(times)))
            if args.repeat > 1:
                dt = min(times)
                print(f"extract --jobs {j}, fastest of {args.repeat}: {dt:.1f} s, {size / 1e6 / dt:.3f} MB/s "
                      f"({size / 1e6 / dt / j:.3f} MB/s per job), {docs / dt:.1f} documents/s", flush=True)
        same = all(o == outputs[0] for o in outputs)
        print(f"outputs identical across runs: {same}")
    if len(results) > 1:
        print(f"speed-up --jobs {results[-1][0]} over --jobs {results[0][0]} (fastest runs): "
              f"{results[0][1] / results[-1][1]:.2f}x")
    best = min(time_help(exe) for _ in range(3))
    print(f"syriadiplo --help: {best:.2f} s (best of 3)")


def time_help(exe: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([str(exe), "--help"], capture_output=True, check=True)
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
