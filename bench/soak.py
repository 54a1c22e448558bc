"""Soak test: a large batch with bad files of every kind, run in parallel, then interrupted many times.

Builds N files (seeds and fixture articles, cycled into sub-directories) of which a share is bad in
each way a batch has met: binary, undecodable, too large, empty, NUL bytes, Windows-1256, UTF-8
with a bad byte, UTF-16 without BOM, a JSONL batch with a lone surrogate and one nested too deeply,
a file name with a byte that is not UTF-8 and one with a newline, a dangling link and a link loop.
Then checks:

1. `extract -j 2 -o --errors` over it: every good file's records are those of a run over the good
   files alone; every bad file is reported exactly once; the peak RSS of each process is under the
   limit;
2. SIGTERM, SIGINT and SIGHUP sent mid-run, each `--signals` times: exit 130, the old outputs left
   as they were, no temporary file, no worker left.

usage: python bench/soak.py [--files 10000] [--bad-share 0.01] [--signals 20] [--jobs 2] [--seed 1]
Exit status 1 if a check fails. `make soak` runs the defaults (about 15 minutes on 2 cores).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = [sys.executable, "-m", "syriadiplo.cli", "extract", "-q", "--max-size", "1",
           "--glob", "*.txt", "--glob", "*.jsonl"]
RSS_LIMIT_MB = 300
SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)


def _bad_kinds(good: bytes) -> list[tuple[str, object]]:
    """(file name suffix, content or link target) for each kind of bad input; bytes are written."""
    arabic = good.decode("utf-8")
    return [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        ("latin1.txt", "Le ministre a rencontré son homologue à Genève; très cordial.".encode("latin-1")),
        ("large.txt", good * (1_100_000 // len(good) + 1)),
        ("empty.txt", b""),
        ("nul.txt", good[:200] + b"\x00" + good[200:]),
        ("cp1256.txt", arabic.encode("cp1256", "replace")),
        ("badbyte.txt", good[:301] + good[302:]),
        ("utf16.txt", arabic.encode("utf-16-le")),
        ("surrogate.jsonl", b'{"id": "s", "title": "\\udfff", "text": "x"}\n'),
        ("deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n"),
        (b"name\xff.txt", b"\x00" * 64),
        ("new\nline.txt", b"\x00" * 64),
        ("dangling.txt", ("link", "nowhere.txt")),
        ("loop.txt", ("link", None)),
    ]


def build(root: Path, files: int, bad_share: float) -> tuple[list[str], list[str]]:
    """The corpus; (good paths, bad paths) as the CLI shows them, sorted."""
    texts = [p.read_bytes() for p in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/articles/*.txt"))]
    n_bad = max(1, round(files * bad_share))
    every = files // n_bad
    kinds = _bad_kinds(texts[0])
    good, bad = [], []
    for i in range(files):
        sub = root / f"d{i // 100:03d}"
        sub.mkdir(exist_ok=True)
        if i % every == every - 1 and len(bad) < n_bad:
            suffix, content = kinds[len(bad) % len(kinds)]
            bad.append(_write_bad(sub, i, suffix, content))
        else:
            path = sub / f"{i:05d}.txt"
            path.write_bytes(texts[i % len(texts)])
            good.append(str(path))
    return sorted(good), sorted(bad)


def _write_bad(sub: Path, i: int, suffix, content) -> str:
    name = os.fsencode(f"{i:05d}-") + (suffix if isinstance(suffix, bytes) else suffix.encode())
    path = os.path.join(os.fsencode(sub), name)
    if isinstance(content, tuple):
        os.symlink(content[1] if content[1] is not None else name, path)
    else:
        with open(path, "wb") as f:
            f.write(content)
    return os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace").replace("\n", "\\n")


def _peak_rss(proc: subprocess.Popen) -> tuple[int, dict[int, float]]:
    """Wait for `proc`, polling the peak RSS (VmHWM, MB) of it and of each of its children."""
    peaks: dict[int, float] = {}
    while proc.poll() is None:
        for pid in [proc.pid, *_children(proc.pid)]:
            try:
                with open(f"/proc/{pid}/status") as f:
                    hwm = next(int(x.split()[1]) for x in f if x.startswith("VmHWM:"))
                peaks[pid] = max(peaks.get(pid, 0.0), hwm / 1024)
            except (OSError, StopIteration):
                pass
        time.sleep(0.1)
    return proc.returncode, peaks


def _children(pid: int) -> list[int]:
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _by_path(jsonl: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out[rec["source"]["path"]].append(line)
    return out


def _file_of(path: str) -> str:
    """The file of a problem's path (a JSONL line's is FILE:N)."""
    head, _, tail = path.rpartition(":")
    return head if head.endswith(".jsonl") and tail.isdigit() else path


def check_batch(root: Path, tmp: Path, good: list[str], bad: list[str], jobs: int) -> list[str]:
    """Check 1; the failures, each one line."""
    out, errs, alone = tmp / "out.jsonl", tmp / "errs.jsonl", tmp / "alone.jsonl"
    t0 = time.perf_counter()
    proc = subprocess.Popen([*EXTRACT, "-j", str(jobs), "-o", str(out), "--errors", str(errs), str(root)],
                            stderr=subprocess.DEVNULL)
    code, peaks = _peak_rss(proc)
    seconds = time.perf_counter() - t0
    failures = [] if code == 1 else [f"full run: exit {code}, expected 1"]
    with open(alone, "w") as f:
        subprocess.run([*EXTRACT, "-j", str(jobs), *good], stdout=f, stderr=subprocess.DEVNULL, check=False)
    full, ref = _by_path(out), _by_path(alone)
    wrong = [p for p in good if full.get(p, []) != ref.get(p, [])]
    if wrong:
        failures.append(f"{len(wrong)} good files with other records than alone, e.g. {wrong[0]}")
    reported = Counter(_file_of(json.loads(x)["path"]) for x in errs.read_text(encoding="utf-8").splitlines())
    for p in bad:
        if reported.get(p, 0) != 1:
            failures.append(f"{p!r} reported {reported.get(p, 0)} times")
    extra = set(reported) - set(bad)
    if extra:
        failures.append(f"reported but not bad: {sorted(extra)[:3]}")
    over = {pid: mb for pid, mb in peaks.items() if mb >= RSS_LIMIT_MB}
    if over:
        failures.append(f"peak RSS over {RSS_LIMIT_MB} MB: {over}")
    mb = sum(os.path.getsize(p) for p in good) / 1e6
    print(f"batch: {len(good)} good + {len(bad)} bad files, {mb:.1f} MB, -j {jobs}: {seconds:.0f} s, "
          f"{sum(map(len, full.values()))} records, peak RSS per process "
          f"{', '.join(f'{v:.0f}' for v in sorted(peaks.values(), reverse=True))} MB")
    return failures


def check_signals(root: Path, tmp: Path, rounds: int, jobs: int, rng: random.Random) -> list[str]:
    """Check 2; the failures, each one line."""
    failures: list[str] = []
    codes: Counter = Counter()
    out, errs = tmp / "sig-out.jsonl", tmp / "sig-errs.jsonl"
    for k in range(rounds * len(SIGNALS)):
        sig = SIGNALS[k % len(SIGNALS)]
        out.write_text("old out\n")
        errs.write_text("old errs\n")
        proc = subprocess.Popen([*EXTRACT, "-j", str(jobs), "-o", str(out), "--errors", str(errs), str(root)],
                                stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(1.0, 4.0))
        workers = _children(proc.pid)
        os.killpg(proc.pid, sig)
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            code = "hang"
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        time.sleep(0.5)
        codes[(sig.name, code)] += 1
        left = [p for p in workers if _running(p)]
        temps = [n for n in os.listdir(tmp) if n.endswith(".tmp")]
        if code != 130 or left or temps or out.read_text() != "old out\n" or errs.read_text() != "old errs\n":
            failures.append(f"{sig.name} round {k}: exit {code}, workers left {left}, temporary files {temps}")
        for p in left:
            os.kill(p, signal.SIGKILL)
    print("signals: " + ", ".join(f"{name} -> {code}: {n}" for (name, code), n in sorted(codes.items(), key=str)))
    return failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--bad-share", type=float, default=0.01)
    ap.add_argument("--signals", type=int, default=20, help="rounds of each signal (0: skip)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="syriadiplo-soak-") as tmp_name:
        tmp = Path(tmp_name)
        root = tmp / "corpus"
        root.mkdir()
        good, bad = build(root, args.files, args.bad_share)
        failures = check_batch(root, tmp, good, bad, args.jobs)
        if args.signals:
            failures += check_signals(root, tmp, args.signals, args.jobs, random.Random(args.seed))
        shutil.rmtree(root, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    print("soak: " + ("ok" if not failures else f"{len(failures)} failures"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
