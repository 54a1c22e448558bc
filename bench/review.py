"""A seeded random sample of records from the wild feed, as one page for a person to judge.

Each record shows its type, status and parties, its evidence with the meeting words marked, and why it
was made: the ids of the data entries behind it (`extract --explain`, syriadiplo.events.explain; for records
extracted without the flag, the ids of the scope verdict alone). The page is
generated (bench/out/, not kept); the judgments are kept beside this script as
bench/review/judged-<seed>.tsv, one line per record: record id, verdict (event, false, borderline),
parties (right, wrong, or - when the verdict is not event), reason.

usage: python bench/review.py [--n 100] [--seed 1] [--records OUT.jsonl] [--wild PATH.jsonl.gz]
       python bench/review.py --score bench/review/judged-1.tsv
`make review N=100` writes bench/out/review-<seed>.md from a fresh extraction of the feed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from syriadiplo.events import scope
from syriadiplo.events.explain import attach, explanation, unique
from syriadiplo.text.lexicon import MatchIndex, lexicon, tokenize
from syriadiplo.models import Record
from syriadiplo.text.normalize import NormText

ROOT = Path(__file__).resolve().parent.parent
WILD = ROOT.parent / "shared" / "corpus" / "wild" / "saudinewsnet-2015.jsonl.gz"
_TRIGGER = frozenset({"TRIGGER"})


def extract(wild: Path) -> list[str]:
    """The record lines of the whole feed (two jobs, no size limit per document)."""
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "wild.jsonl"
        batch.write_bytes(gzip.decompress(wild.read_bytes()))
        exe = Path(sys.executable).parent / "syriadiplo"
        out = subprocess.run([str(exe), "extract", "--quiet", "--explain", "--jobs", "2", "--max-size", "0", str(batch)],
                             capture_output=True, check=True)
    return out.stdout.decode("utf-8").splitlines()


def marked(text: str) -> str:
    """`text` with each meeting or call word of triggers.tsv in bold."""
    nt = NormText(text)
    toks = tokenize(nt.text)
    index = MatchIndex(toks, lexicon())
    spans = []
    for i, tok in enumerate(toks):
        m = index.first(i, _TRIGGER) if tok.is_word else None
        if m is not None:
            spans.append(nt.original_span_text(toks[i].start + m.plen, toks[m.end - 1].end))
    for s in dict.fromkeys(spans):
        text = text.replace(s, f"**{s}**")
    return text


def page(records: list[Record], seed: int, total: int) -> str:
    """The review page of `records`, a sample of `total` records drawn with `seed`."""
    out = [f"# Review: {len(records)} records of {total}, seed {seed}", "",
           "Judge each: event (a diplomatic meeting or call in scope, RECORDS.md), false, or borderline;",
           "and, for an event, whether its parties are fully right.", ""]
    for k, r in enumerate(records, 1):
        out += [f"## {k}. {r.id} ({r.doc_id}): {r.type}, {r.status}", ""]
        for p in r.participants:
            out.append(f"- {p.kind}: {p.name or '-'} | {p.role or '-'} | {p.country or '-'} | {p.organization or '-'}")
        out += ["", f"why: {', '.join(explanation(r) or unique(scope.verdict_ids(scope.judge(r))))}", ""]
        out += [f"> {marked(e.text)}" for e in r.evidence] + [""]
    return "\n".join(out)


def parse(line: str) -> Record:
    """A record line, with its "why" (from --explain) kept as its explanation."""
    data = json.loads(line)
    why = data.pop("why", None)
    rec = Record.model_validate(data)
    if why is not None:
        attach(rec, why)
    return rec


def score(path: Path) -> str:
    """Judged precision (events / all) and the share of events whose parties are fully right."""
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    n, ev = len(rows), [r for r in rows if r[1] == "event"]
    border = sum(1 for r in rows if r[1] == "borderline")
    right = sum(1 for r in ev if r[2] == "right")
    return (f"{path.name}: {len(ev)} events of {n} records: precision {len(ev) / n:.2f} "
            f"({(len(ev) + border) / n:.2f} counting {border} borderline); "
            f"parties fully right in {right} of {len(ev)} events ({right / max(1, len(ev)):.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--records", type=Path, help="records already extracted from the feed (JSONL)")
    ap.add_argument("--wild", type=Path, default=WILD)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--score", type=Path, help="print the figures of a judged TSV and stop")
    args = ap.parse_args()
    if args.score:
        print(score(args.score))
        return
    if args.records is None and not args.wild.exists():
        sys.exit(f"review: {args.wild} not found (give --wild or --records)")
    lines = args.records.read_text(encoding="utf-8").splitlines() if args.records else extract(args.wild)
    sample = random.Random(args.seed).sample(lines, min(args.n, len(lines)))
    records = [parse(ln) for ln in sample]
    args.out.mkdir(parents=True, exist_ok=True)
    dest = args.out / f"review-{args.seed}.md"
    dest.write_text(page(records, args.seed, len(lines)), encoding="utf-8")
    print(f"wrote {dest}: {len(records)} records of {len(lines)}")


if __name__ == "__main__":
    main()
