"""JSONL input lines carry their own date; --doc-date overrides; relative times resolve against it."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from syriadiplo.cli import app

CALL = "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي أمس الوضع في سوريا."


def _run(args: list[str]):
    res = CliRunner().invoke(app, args)
    return res, [json.loads(l) for l in res.stdout.splitlines() if l.strip()]


def test_jsonl_line_date_resolves_relative_time(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"id": "a1", "text": CALL, "date": "2016-02-27"}, ensure_ascii=False) + "\n", encoding="utf-8")
    res, recs = _run(["extract", str(f)])
    assert res.exit_code == 0
    assert [r["doc_id"] for r in recs] == ["a1"]
    assert recs[0]["time"] == {"text": "أمس", "value": "2016-02-26", "relative_days": -1, "weekday": None}


def test_doc_date_option_overrides_the_line_date(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"id": "a1", "text": CALL, "date": "2016-02-27"}, ensure_ascii=False) + "\n", encoding="utf-8")
    _, recs = _run(["extract", "--doc-date", "2017-09-16", str(f)])
    assert recs[0]["time"]["value"] == "2017-09-15"


def test_without_any_date_value_stays_open(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(CALL + "\n", encoding="utf-8")
    _, recs = _run(["extract", str(f)])
    assert recs[0]["time"] == {"text": "أمس", "value": None, "relative_days": -1, "weekday": None}


def test_bad_jsonl_line_is_reported_and_the_rest_extracted(tmp_path):
    f = tmp_path / "batch.jsonl"
    good = json.dumps({"id": "ok", "text": CALL}, ensure_ascii=False)
    f.write_text("{not json\n" + good + "\n", encoding="utf-8")
    res, recs = _run(["extract", str(f)])
    assert res.exit_code == 1
    assert [r["doc_id"] for r in recs] == ["ok"]
    assert res.stderr.strip().splitlines()[0].startswith(f"{f}:1: bad JSONL line")


def test_bad_doc_date_is_a_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(CALL, encoding="utf-8")
    res, _ = _run(["extract", "--doc-date", "27/02/2016", str(f)])
    assert res.exit_code == 2


def test_max_size_is_per_jsonl_line_and_a_long_line_costs_only_itself(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"a{i}", "text": CALL + " " + "كلمة " * 400}, ensure_ascii=False) for i in range(20)]
    lines[7] = json.dumps({"id": "long", "text": CALL + " " + "كلمة " * 20_000}, ensure_ascii=False)
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert f.stat().st_size > 100_000  # the batch is over the limit, each line but one under it
    res, recs = _run(["extract", "--quiet", "--max-size", "0.1", str(f)])
    assert res.exit_code == 1
    assert [r["doc_id"] for r in recs] == [f"a{i}" for i in range(20) if i != 7]
    assert res.stderr.splitlines() == [f"{f}:8: line too large (> 0.1 MB; raise --max-size)"]


def test_a_jsonl_batch_is_read_as_a_stream(tmp_path):
    import tracemalloc

    from syriadiplo.io.inputs import iter_sources

    f = tmp_path / "big.jsonl"
    line = json.dumps({"id": "x", "text": CALL * 20}, ensure_ascii=False).encode("utf-8") + b"\n"
    with open(f, "wb") as out:
        out.write(line * (30_000_000 // len(line)))
    tracemalloc.start()
    try:
        sources = iter_sources([str(f)], max_bytes=None)
        for _, src in zip(range(1000), sources):
            assert src.doc_id == "x"
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2_000_000  # a 30 MB batch: a line at a time, not the file
