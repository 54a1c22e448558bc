"""source.url, source.date / date_from and the Latin-script actor_id of every participant."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from syriadiplo.recognize import actors
from syriadiplo.cli import app
from syriadiplo.coding.merge import merge_records
from syriadiplo.models import Participant
from syriadiplo.resources import resource_dir

ROOT = Path(__file__).resolve().parents[1]
CALL = "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي أمس الوضع في سوريا."
DATELINE = "دمشق 25 تشرين الثاني 2013 (سانا)\n"
LATIN_ID = re.compile(r"^[psod]:[A-Za-z0-9_@?~'|{}$*<>&-]+(:[A-Za-z0-9_@?~-]*)?$")


@pytest.fixture(scope="module")
def seeds_records() -> list[dict]:
    from syriadiplo.pipeline import extract_paths

    return [r.model_dump(mode="json") for r in extract_paths([str(ROOT / "seeds")])]


def _extract(*args: str) -> list[dict]:
    res = CliRunner().invoke(app, ["extract", "-q", *args])
    assert res.exit_code == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_stored_latin_table_is_what_camel_tools_gives():
    """resources/ar/latin_ids.tsv must be regenerated (actors.write_latin_table) if the scheme changes."""
    pytest.importorskip("camel_tools", reason="camel-tools is the optional extra [camel]")
    table = actors.compute_latin_table()
    assert actors._latin_table() == table
    path = resource_dir() / actors.LATIN_FILE
    assert path.read_text(encoding="utf-8") == actors.latin_table_text(table)


def test_latin_table_is_one_to_one():
    pytest.importorskip("camel_tools", reason="camel-tools is the optional extra [camel]")
    table = actors.compute_latin_table()
    assert len(set(table.values())) == len(table)
    assert all(v.isascii() and len(v) == 1 for v in table.values())


@pytest.mark.parametrize("spelling", ["سيرغي لافروف", "سيرجي لافروف", "سيرجيو لافروف", "لافروف", "سيرغي لافرُوف"])
def test_spellings_share_one_latin_id(spelling):
    p = Participant(name=spelling, role="وزير الخارجية", country="RUS", kind="person")
    assert actors.participant_id(p) == "p:RUS:lfrf"


def test_latin_id_of_state_and_body_keys():
    assert actors.latin_id("s:RUS") == "s:RUS"
    assert actors.latin_id("o:UN") == "o:UN"
    assert actors.latin_id("p:RUS:@" + "وزير_الخارجيه") == "p:RUS:@wzyr_AlxArjyh"


def test_every_seed_participant_has_a_latin_actor_id(seeds_records):
    for r in seeds_records:
        for p in r["participants"]:
            assert p["actor_id"] == actors.participant_id(p)
            assert p["actor_id"].isascii() and LATIN_ID.match(p["actor_id"]), p["actor_id"]


def test_cluster_ids_are_the_records_ids(seeds_records):
    record_ids = {p["actor_id"] for r in seeds_records for p in r["participants"]}
    for c in merge_records(seeds_records):
        assert c["actor_ids"] == [p["actor_id"] for p in c["participants"]]
        assert set(c["actor_ids"]) <= record_ids


def test_no_date_anywhere_gives_nulls(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(CALL + "\n", encoding="utf-8")
    src = _extract(str(f))[0]["source"]
    assert src == {"path": str(f), "title": None, "url": None, "date": None, "date_from": None}


def test_dateline_date_is_the_source_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DATELINE + CALL + "\n", encoding="utf-8")
    rec = _extract(str(f))[0]
    assert (rec["source"]["date"], rec["source"]["date_from"]) == ("2013-11-25", "dateline")
    assert rec["time"]["value"] == "2013-11-24"


def test_dateline_date_without_a_relative_time(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(DATELINE + CALL.replace(" أمس", "") + "\n", encoding="utf-8")
    rec = _extract(str(f))[0]
    assert rec["time"] is None
    assert (rec["source"]["date"], rec["source"]["date_from"]) == ("2013-11-25", "dateline")


def test_option_beats_input_beats_dateline(tmp_path):
    f = tmp_path / "batch.jsonl"
    line = {"id": "a1", "text": DATELINE + CALL, "date": "2016-02-27", "url": "https://example.org/a1"}
    f.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    src = _extract(str(f))[0]["source"]
    assert (src["url"], src["date"], src["date_from"]) == ("https://example.org/a1", "2016-02-27", "input")
    src = _extract("--doc-date", "2017-09-16", str(f))[0]["source"]
    assert (src["date"], src["date_from"]) == ("2017-09-16", "option")


def test_html_canonical_link_and_page_date(tmp_path):
    body = "".join(f"<p>{s}</p>" for s in [CALL, "وأكد الجانبان أهمية مواصلة التنسيق بين البلدين في المرحلة المقبلة."] * 3)
    page = ('<html><head><title>اتصال</title><link rel="canonical" href="https://example.org/news/7">'
            '<meta property="article:published_time" content="2016-02-27"></head>'
            f"<body><article>{body}</article></body></html>")
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    rec = _extract(str(f))[0]
    assert rec["source"]["url"] == "https://example.org/news/7"
    assert (rec["source"]["date"], rec["source"]["date_from"]) == ("2016-02-27", "page")
    assert rec["time"]["value"] == "2016-02-26"
