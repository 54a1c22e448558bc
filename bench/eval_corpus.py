"""Score the extractor on the seeds, the real-article corpus and a random feed sample (`make eval`).

The corpus (../shared/corpus: articles, gold.jsonl, tojsonl.py) is read the way users run the tool: its
articles become one JSONL batch with their publication dates, `syriadiplo extract` reads it, and the
shared scorer (../shared/tools/score.py) compares the records with the gold ones. Without the corpus or
the scorer, it says so and scores nothing.

The feed sample is 400 articles drawn at random from the 2015 news feed (../shared/corpus/wild), most of
them holding no event: bench/review/feed-sample.txt names them and bench/review/feed-gold.jsonl gives every
event a reader found in them (topics as labels; the topic phrase, text of the articles, is left out). It
measures what a general feed gives: event precision and recall where most articles are silent. The diplomacy
sample is 108 of the feed's articles about diplomacy drawn at random (bench/review/diplomacy-sample.txt says how),
with every event readers found in them (diplomacy-gold.jsonl): events and slots where every article tells some.

usage: python bench/eval_corpus.py [--shared DIR] [--verbose]
"""
from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REVIEW = ROOT / "bench" / "review"
# (name, article ids, gold): a random sample of the feed, and a random sample of its articles about diplomacy
FEED_SAMPLES = (("feed sample", REVIEW / "feed-sample.txt", REVIEW / "feed-gold.jsonl"),
                ("diplomacy sample", REVIEW / "diplomacy-sample.txt", REVIEW / "diplomacy-gold.jsonl"))


def _score(scorer: Path, gold: Path, out: Path, verbose: bool) -> str:
    args = [sys.executable, str(scorer), str(gold), str(out)] + (["--verbose"] if verbose else [])
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _extract(inputs: list[str], out: Path) -> None:
    cmd = [sys.executable, "-m", "syriadiplo", "extract", "--quiet", *inputs]
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run(cmd, check=True, stdout=f, cwd=ROOT)


def _feed_sample(ids: Path, wild: Path, dest: Path) -> int:
    """Write the articles `ids` names from the feed's JSONL files under `wild` to `dest`; how many were found."""
    wanted = {line.strip() for line in ids.open(encoding="utf-8") if line.strip() and not line.startswith("#")}
    found = 0
    with open(dest, "w", encoding="utf-8") as out:
        for path in sorted(wild.glob("*.jsonl*")):
            opener = gzip.open if path.suffix == ".gz" else open
            with opener(path, "rt", encoding="utf-8") as f:
                for line in f:
                    if line.strip() and json.loads(line).get("id") in wanted:
                        out.write(line if line.endswith("\n") else line + "\n")
                        found += 1
    return found


def _score_feed(scorer: Path, wild: Path, tmp: Path, verbose: bool) -> None:
    for name, ids, gold in FEED_SAMPLES:
        batch = tmp / f"{ids.stem}.jsonl"
        n = _feed_sample(ids, wild, batch)
        if n == 0:
            print(f"eval: no feed at {wild}: the {name} was not scored", file=sys.stderr)
            return
        out = tmp / f"{ids.stem}-out.jsonl"
        _extract([str(batch)], out)
        print(f"{name} ({ids.relative_to(ROOT)}, {n} articles of {wild}):")
        print(_score(scorer, gold, out, verbose))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (default: ../shared)")
    ap.add_argument("--verbose", action="store_true", help="list the missed and extra events")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    scorer, corpus = shared / "tools" / "score.py", shared / "corpus"
    if not scorer.is_file():
        print(f"eval: no scorer at {scorer}: nothing to score", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seeds.jsonl"
        _extract(["seeds/"], out)
        print("seeds (spec/seeds-gold.jsonl):")
        print(_score(scorer, shared / "spec" / "seeds-gold.jsonl", out, args.verbose))
        if not (corpus / "gold.jsonl").is_file():
            print(f"eval: no real-article corpus at {corpus}: only the seeds were scored", file=sys.stderr)
            return 0
        batch = Path(tmp) / "real.jsonl"
        with open(batch, "w", encoding="utf-8") as f:
            subprocess.run([sys.executable, str(corpus / "tojsonl.py"), str(corpus)], check=True, stdout=f)
        out = Path(tmp) / "real-out.jsonl"
        _extract([str(batch)], out)
        n = sum(1 for line in batch.open(encoding="utf-8") if line.strip())
        print(f"real articles ({corpus}, {n} articles):")
        print(_score(scorer, corpus / "gold.jsonl", out, args.verbose))
        _score_feed(scorer, corpus / "wild", Path(tmp), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
