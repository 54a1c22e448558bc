"""`make eval` (bench/eval_corpus.py): scores seeds, the real-article corpus and the feed sample, or says what is missing."""
from __future__ import annotations

import importlib.util
import json
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
    feed = (SHARED / "corpus" / "wild").is_dir()
    assert out.count("event_f1=") == (4 if feed else 2)
    assert ("feed sample (" in out) is feed
    assert ("diplomacy sample (" in out) is feed
    seeds_line = next(l for l in out.splitlines() if l.startswith("event_f1="))
    assert seeds_line.startswith("event_f1=1.000")


@pytest.mark.parametrize("sample", [0, 1])
def test_a_feed_sample_is_found_by_its_ids(tmp_path, sample):
    mod = _module()
    wild = tmp_path / "wild"
    wild.mkdir()
    _, path, _ = mod.FEED_SAMPLES[sample]
    ids = [line.strip() for line in path.open(encoding="utf-8") if line.strip() and not line.startswith("#")]
    rows = [{"id": ids[0], "text": "نص"}, {"id": "not-in-the-sample", "text": "نص"}, {"id": ids[-1], "text": "نص"}]
    (wild / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    dest = tmp_path / "sample.jsonl"
    assert mod._feed_sample(path, wild, dest) == 2
    assert [json.loads(l)["id"] for l in dest.open(encoding="utf-8")] == [ids[0], ids[-1]]


@pytest.mark.parametrize("sample, size", [(0, 400), (1, 108)])
def test_a_feed_gold_names_only_sampled_articles(sample, size):
    mod = _module()
    _, path, gold_path = mod.FEED_SAMPLES[sample]
    ids = {line.strip() for line in path.open(encoding="utf-8") if line.strip() and not line.startswith("#")}
    gold = [json.loads(l) for l in gold_path.open(encoding="utf-8")]
    assert len(ids) == size and gold and all(g["doc_id"] in ids for g in gold)
    assert all(g["topic"] is None for g in gold)  # the phrase is the article's text: only the labels are kept


def test_the_two_feed_samples_share_no_article():
    mod = _module()
    (_, a, _), (_, b, _) = mod.FEED_SAMPLES
    read = [{line.strip() for line in p.open(encoding="utf-8") if line.strip() and not line.startswith("#")} for p in (a, b)]
    assert read[0].isdisjoint(read[1])
