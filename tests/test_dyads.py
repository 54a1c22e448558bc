"""--format dyads: one row per directed pair of parties, by the rules and the seeds table of docs/CODES.md."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from syriadiplo.cli import app
from syriadiplo.coding.codes import DYAD_FIELDS, dyads

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")


def _seeds_table() -> list[tuple[str, list[str], str, set[tuple[str, str]], int]]:
    """Rows of the "Dyads of the seeds" table of docs/CODES.md."""
    doc = (ROOT / "docs" / "CODES.md").read_text(encoding="utf-8")
    section = doc.split("### Dyads of the seeds", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or not cells[0].isdigit():
            continue
        ids = re.findall(r"`([^`]+)`", cells[1])
        pairs = {tuple(p.split(" -> ")) for p in cells[3].split(", ")}
        rows.append((cells[0], ids, cells[2], pairs, int(cells[4])))
    return rows


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    res = CliRunner().invoke(app, ["extract", "-q", SEEDS])
    assert res.exit_code == 0
    return [json.loads(line) for line in res.stdout.splitlines()]


@pytest.fixture(scope="module")
def seed_dyads() -> list[dict]:
    res = CliRunner().invoke(app, ["extract", "-q", "--format", "dyads", SEEDS])
    assert res.exit_code == 0
    return [json.loads(line) for line in res.stdout.splitlines()]


def test_table_covers_every_seed_record(seed_records):
    table = _seeds_table()
    assert len(table) == len(seed_records) == 14
    got = sorted((r["doc_id"][:3], [p["actor_id"] for p in r["participants"]], r["cameo"]) for r in seed_records)
    assert got == sorted((d, ids, c) for d, ids, c, _, _ in table)


@pytest.mark.parametrize("row", _seeds_table(), ids=lambda r: f"{r[0]}-{'+'.join(r[1])}")
def test_seed_dyads_are_the_table_rows(row, seed_records, seed_dyads):
    doc, ids, cameo, pairs, n = row
    (rec,) = [r for r in seed_records if r["doc_id"][:3] == doc and [p["actor_id"] for p in r["participants"]] == ids]
    rows = [d for d in seed_dyads if d["record_id"] == rec["id"]]
    assert len(rows) == n
    assert {(d["source_side"], d["target_side"]) for d in rows} == pairs
    assert all(d["cameo"] == cameo and d["doc_id"] == rec["doc_id"] for d in rows)
    assert all(list(d) == list(DYAD_FIELDS) for d in rows)


def _p(name, country=None, org=None, kind="person"):
    return {"name": name, "role": None, "country": country, "organization": org, "kind": kind}


def _rec(type_, parts, location=None, initiator=None, value=None, doc_date=None):
    return {"id": "ev-0000000000000001", "doc_id": "t", "type": type_, "status": "occurred", "participants": parts,
            "initiator": initiator, "location": location, "topic": None, "topics": [], "evidence": [],
            "time": {"text": "x", "value": value, "relative_days": None, "weekday": None} if value else None,
            "source": {"path": "t.txt", "title": None, "url": None, "date": doc_date, "date_from": None}}


LAVROV, KERRY = _p("سيرغي لافروف", "RUS"), _p("جون كيري", "USA")


def test_host_initiative_turns_the_visit_around():
    moscow = {"name": "موسكو", "country": "RUS"}
    (visit,) = dyads(_rec("meeting", [LAVROV, KERRY], moscow))
    (hosted,) = dyads(_rec("meeting", [LAVROV, KERRY], moscow, initiator="RUS"))
    assert (visit["cameo"], visit["source_actor"], visit["target_actor"]) == ("042", "p:USA:kr", "p:RUS:lfrf")
    assert (hosted["cameo"], hosted["source_actor"], hosted["target_actor"]) == ("043", "p:RUS:lfrf", "p:USA:kr")


def test_call_without_initiator_goes_both_ways_and_date_falls_back():
    rows = dyads(_rec("phone_call", [LAVROV, KERRY], doc_date="2016-02-27"))
    assert [(d["source_side"], d["target_side"]) for d in rows] == [("RUS", "USA"), ("USA", "RUS")]
    assert {d["event_date"] for d in rows} == {"2016-02-27"}
    rows = dyads(_rec("phone_call", [LAVROV, KERRY], initiator="USA", value="2016-02-26", doc_date="2016-02-27"))
    assert [(d["source_side"], d["event_date"]) for d in rows] == [("USA", "2016-02-26")]


def test_same_side_makes_no_pair():
    assert dyads(_rec("meeting", [LAVROV, _p("ميخائيل بوغدانوف", "RUS")])) == []


def test_dyads_csv_by_suffix_keeps_cameo_text(tmp_path, seed_dyads):
    out = tmp_path / "dyads.csv"
    res = CliRunner().invoke(app, ["extract", "-q", "--format", "dyads", "-o", str(out), SEEDS])
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(seed_dyads)
    assert [r["source_actor"] for r in rows] == [d["source_actor"] for d in seed_dyads]
    assert rows[0]["cameo"] == "044 Meet at a third location"
