"""Exact snapshots of what the project's own texts give: the seeds, the article fixtures and the
one-sentence fixtures, each record as its JSONL line, compared byte for byte with tests/golden/.

A change that moves any record fails here, in either direction, until the snapshot is rewritten
(`python tests/test_golden.py --write`) and the rewrite is committed with the change that made it,
its commit message naming what changed and why. A refactoring leaves the snapshots as they are.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from syriadiplo.pipeline import extract_paths, extract_text, record_json

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden"
SENTENCES = REPO / "fixtures" / "sentences.tsv"


def _lines_of_paths(folder: str) -> list[str]:
    paths = sorted(str(p.relative_to(REPO)) for p in (REPO / folder).glob("*.txt"))
    return [record_json(r) for r in extract_paths(paths, problems=[])]


def _lines_of_sentences() -> list[str]:
    out = []
    rows = [line.split("\t") for line in SENTENCES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    for k, cols in enumerate(rows):
        out += [record_json(r) for r in extract_text(cols[0], doc_id=f"s{k:04d}", path="sentences.tsv")]
    return out


SETS = {
    "seeds.jsonl": lambda: _lines_of_paths("seeds"),
    "fixtures.jsonl": lambda: _lines_of_paths("fixtures/articles"),
    "sentences.jsonl": _lines_of_sentences,
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_output_is_the_snapshot(name, monkeypatch):
    monkeypatch.chdir(REPO)
    got = SETS[name]()
    want = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
    changed = [k for k, (a, b) in enumerate(zip(got, want)) if a != b]
    assert (len(got), changed[:5]) == (len(want), []), f"{name} differs from tests/golden (see its docstring)"


def write() -> None:
    import os

    os.chdir(REPO)
    GOLDEN.mkdir(exist_ok=True)
    for name, make in sorted(SETS.items()):
        lines = make()
        (GOLDEN / name).write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"tests/golden/{name}: {len(lines)} records")


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python tests/test_golden.py --write")
    write()
