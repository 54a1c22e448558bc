"""`make eval` (bench/eval_corpus.py): scores seeds and the real-article corpus, or says what is missing."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _module():
    spec = importlib.util.spec_from_file_location("eval_corpus", ROOT / "bench" / "eval_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_without_the_shared_folder_it_says_so(tmp_path, capsys):
    assert _module().main(["--shared", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("eval: no scorer at ") and str(tmp_path) in err


@pytest.mark.skipif(not (SHARED / "corpus" / "gold.jsonl").is_file(), reason="no real-article corpus beside the project")
def test_scores_seeds_and_corpus(capsys):
    assert _module().main([]) == 0
    out = capsys.readouterr().out
    assert out.count("event_f1=") == 2
    seeds_line = next(l for l in out.splitlines() if l.startswith("event_f1="))
    assert seeds_line.startswith("event_f1=1.000")
