"""`syriadiplo report`: the numbers it computes, the page it writes, and the page in a real browser."""
from __future__ import annotations

import html as _html
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from syriadiplo.cli import app
from syriadiplo.io.report import MAX_SPAN, months, pair_matrix, render, report_data, state_network

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian package `chromium`)")


@pytest.fixture(scope="module")
def seeds_jsonl(tmp_path_factory) -> Path:
    from syriadiplo.pipeline import extract_paths, record_json

    path = tmp_path_factory.mktemp("report") / "seeds.jsonl"
    path.write_text("".join(record_json(r) + "\n" for r in extract_paths([str(ROOT / "seeds")])), encoding="utf-8")
    return path


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _party(name, country, kind="person", org=None):
    return {"name": name, "role": None, "country": country, "organization": org, "kind": kind}


def _rec(i, type_, parts, value=None, doc_date=None, topics=()):
    return {"id": f"ev-{i:016x}", "doc_id": f"d{i}", "type": type_, "participants": parts,
            "time": {"text": "x", "value": value, "relative_days": None, "weekday": None} if value else None,
            "topics": list(topics), "evidence": [{"start": 0, "end": 4, "text": "نص الخبر"}],
            "source": {"path": "x", "title": None, "url": None, "date": doc_date, "date_from": None}}


LAVROV, KERRY, FABIUS = _party("سيرغي لافروف", "RUS"), _party("جون كيري", "USA"), _party("لوران فابيوس", "FRA")


# ---- the numbers


def test_months_fill_gaps_and_fall_back_to_the_document_date():
    recs = [_rec(1, "meeting", [LAVROV, KERRY], "2016-02-26"), _rec(2, "phone_call", [LAVROV, KERRY], None, "2016-04-03"),
            _rec(3, "meeting", [LAVROV, FABIUS], "XXXX-11-25"), _rec(4, "meeting", [LAVROV, FABIUS], "2016-02")]
    got, undated = months(recs)
    assert undated == 1
    assert got == [{"month": "2016-02", "meeting": 2, "phone_call": 0}, {"month": "2016-03", "meeting": 0, "phone_call": 0},
                   {"month": "2016-04", "meeting": 0, "phone_call": 1}]


def test_a_long_span_lists_only_months_with_records():
    recs = [_rec(1, "meeting", [LAVROV, KERRY], "1979-03-01"), _rec(2, "meeting", [LAVROV, KERRY], "2015-07-02")]
    got, _ = months(recs)
    assert [m["month"] for m in got] == ["1979-03", "2015-07"]
    assert MAX_SPAN < (2015 - 1979) * 12


def test_state_network_and_matrix_count_records_per_pair():
    recs = [_rec(1, "meeting", [LAVROV, KERRY]), _rec(2, "meeting", [LAVROV, KERRY, FABIUS]), _rec(3, "phone_call", [FABIUS, KERRY])]
    net = state_network(recs)
    ids = [n["id"] for n in net["nodes"]]
    weights = {frozenset((ids[a], ids[b])): w for a, b, w in net["edges"]}
    assert weights == {frozenset(("RUS", "USA")): 2, frozenset(("FRA", "USA")): 2, frozenset(("FRA", "RUS")): 1}
    assert {n["id"]: n["events"] for n in net["nodes"]} == {"USA": 3, "RUS": 2, "FRA": 2}
    m = pair_matrix(recs)
    assert m["labels"] == ["USA", "FRA", "RUS"]
    assert m["cells"] == [[0, 2, 2], [2, 0, 1], [2, 1, 0]]


def test_actor_network_joins_spellings_by_actor_id():
    other_spelling = _party("سيرجي لافروف", "RUS")
    data = report_data([_rec(1, "meeting", [LAVROV, KERRY]), _rec(2, "meeting", [other_spelling, KERRY])])
    nodes = data["actors"]["nodes"]
    assert sorted(n["id"] for n in nodes) == ["p:RUS:lfrf", "p:USA:kr"]
    assert data["actors"]["edges"] == [[0, 1, 2]] and data["summary"]["actors"] == 2


def test_page_is_self_contained_and_data_cannot_close_the_script(seeds_jsonl):
    recs = _records(seeds_jsonl)
    recs[0]["topic"] = "</script><script>alert(1)</script>"
    recs[0]["evidence"][0]["text"] = "</script><img src=x onerror=alert(1)>"
    page = render(report_data(recs))
    assert page.count("</script>") == 2  # the data block's and the script's own
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "{{" not in page


# ---- the command


def test_report_command_writes_the_page(seeds_jsonl, tmp_path):
    out = tmp_path / "r.html"
    res = CliRunner().invoke(app, ["report", str(seeds_jsonl), "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert res.stderr.strip() == f"{out}: 14 records"


def test_report_on_a_missing_or_bad_file_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    for path, msg in ((tmp_path / "nope.jsonl", "No such file or directory"), (bad, "bad.jsonl:1: not JSON")):
        res = CliRunner().invoke(app, ["report", str(path), "-o", str(tmp_path / "r.html")])
        assert res.exit_code == 1 and msg in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_report_refuses_lines_that_are_not_records(seeds_jsonl, tmp_path):
    clusters = tmp_path / "clusters.jsonl"
    res = CliRunner().invoke(app, ["merge", str(seeds_jsonl), "-o", str(clusters)])
    assert res.exit_code == 0
    res = CliRunner().invoke(app, ["report", str(seeds_jsonl), str(clusters), "-o", str(tmp_path / "r.html")])
    assert res.exit_code == 1 and not (tmp_path / "r.html").exists()
    assert res.stderr == f"{clusters}:1: not a record of syriadiplo extract (id: Field required)\n"


# ---- in a real browser


def _browse(page: Path, fragment: str = "") -> tuple[str, str]:
    """The DOM after the page's script ran, and Chromium's log (console messages included)."""
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
           "--dump-dom", page.as_uri() + fragment]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    return res.stdout, res.stderr


def _text(dom: str, ident: str) -> str:
    m = re.search(rf'id="{ident}"[^>]*>([^<]*)<', dom)
    assert m, ident
    return _html.unescape(m.group(1))


def _row_text(r: dict) -> str:
    """What the page searches in a record (report.js rowText), rebuilt from the JSONL."""
    parties = [(p["name"] or p["role"] or p["organization"] or p["country"] or p["kind"]) + (f" ({p['country']})" if p["country"] else "")
               for p in r["participants"]]
    date = (r["time"] or {}).get("value") or r["source"].get("date") or ""
    return " ".join([date, r["type"], r["status"], " ".join(parties), (r["location"] or {}).get("name") or "",
                     " ".join(r["topics"]), r["cameo"] or "", r["evidence"][0]["text"], r["doc_id"]]).lower()


@needs_chromium
def test_seeds_page_in_chromium_shows_the_jsonl_numbers(seeds_jsonl, tmp_path):
    recs = _records(seeds_jsonl)
    page = tmp_path / "seeds.html"
    assert CliRunner().invoke(app, ["report", str(seeds_jsonl), "-o", str(page)]).exit_code == 0
    dom, log = _browse(page)
    assert 'data-ready="1"' in dom and 'data-errors="0"' in dom
    assert "CONSOLE" not in log, [line for line in log.splitlines() if "CONSOLE" in line]
    assert int(re.search(r'data-render-ms="(\d+)"', dom).group(1)) < 2000
    types = Counter(r["type"] for r in recs)
    assert _text(dom, "n-records") == str(len(recs))
    assert _text(dom, "n-documents") == str(len({r["doc_id"] for r in recs}))
    assert (_text(dom, "n-meetings"), _text(dom, "n-calls")) == (str(types["meeting"]), str(types["phone_call"]))
    assert _text(dom, "n-actors") == str(len({p["actor_id"] for r in recs for p in r["participants"]}))
    assert _text(dom, "n-matching") == str(len(recs))
    topics = Counter(t for r in recs for t in r["topics"])
    shown = {k: int(v) for k, v in re.findall(r'class="bar" data-key="([a-z_]+)" data-count="(\d+)"', dom)}
    assert shown and all(topics[k] == v for k, v in shown.items() if not k.isdigit())
    both = sum(1 for r in recs if {"RUS", "FRA"} <= {p["country"] for p in r["participants"]})
    assert re.search(rf'data-row="RUS" data-col="FRA" data-count="{both}"', dom)
    evidence = {r["evidence"][0]["text"] for r in recs}
    cells = {_html.unescape(t) for t in re.findall(r'<td class="evidence" dir="rtl" lang="ar">([^<]*)</td>', dom)}
    assert cells == evidence


@needs_chromium
@pytest.mark.parametrize("query", ["phone_call", "لافروف", "موسكو"])
def test_search_in_chromium_finds_the_records_that_hold_the_words(seeds_jsonl, tmp_path, query):
    recs = _records(seeds_jsonl)
    page = tmp_path / "seeds.html"
    page.write_text(render(report_data(recs)), encoding="utf-8")
    dom, log = _browse(page, "#q=" + query)
    want = sum(1 for r in recs if query.lower() in _row_text(r))
    assert 0 < want < len(recs)
    assert _text(dom, "n-matching") == str(want) and "CONSOLE" not in log


@needs_chromium
def test_five_thousand_records_render_within_two_seconds(seeds_jsonl, tmp_path):
    recs = []
    for i in range(5000):
        r = dict(_records(seeds_jsonl)[i % 13], doc_id=f"doc-{i}")
        r["source"] = dict(r["source"], date=f"{2013 + i % 4}-{1 + i % 12:02d}-01")
        recs.append(r)
    page = tmp_path / "big.html"
    page.write_text(render(report_data(recs)), encoding="utf-8")
    dom, log = _browse(page)
    assert 'data-ready="1"' in dom and 'data-errors="0"' in dom and "CONSOLE" not in log
    assert int(re.search(r'data-render-ms="(\d+)"', dom).group(1)) < 2000
    assert _text(dom, "n-records") == "5000" and _text(dom, "n-shown") == "100"
