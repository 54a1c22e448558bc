"""CSV output (syriadiplo.io.csvout): one row per record or cluster, participants in one cell."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from syriadiplo.io.csvout import (
    CLUSTER_COLUMNS,
    RECORD_COLUMNS,
    clusters_to_csv,
    participant_label,
    records_to_csv,
)
from syriadiplo.coding.merge import merge_records
from syriadiplo.models import Record

REPO = Path(__file__).parent.parent
SEEDS_GOLD = REPO / "fixtures" / "merge" / "10_seeds_gold.jsonl"


def gold() -> list[dict]:
    return [json.loads(line) for line in SEEDS_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_record_with_header():
    out = io.StringIO()
    n = records_to_csv(gold(), out)
    text = out.getvalue()
    assert n == 16
    assert text.splitlines()[0] == ",".join(RECORD_COLUMNS)
    got = rows(text)
    assert len(got) == 16
    assert [r["id"] for r in got] == [r["id"] for r in gold()]


def test_participants_joined_and_first_evidence():
    r = rows(_csv(gold()))[0]
    assert r["participants"] == (
        "ألكيسي بورودافكين (المندوب الدائم لدى الأمم المتحدة, RUS) | ممثلون عن وزارة الدفاع (delegation, RUS)"
        " | أورلين ليشيفاليه (نائب المستشار الدبلوماسي للرئيس, FRA) | ممثلون عن وزارة الدفاع (delegation, FRA)"
    )
    g = gold()[0]
    assert r["evidence"] == g["evidence"][0]["text"]
    assert (r["evidence_start"], r["evidence_end"]) == (str(g["evidence"][0]["start"]), str(g["evidence"][0]["end"]))
    assert r["location"] == "جنيف" and r["location_country"] == "CHE"
    assert (r["time_text"], r["time_value"], r["relative_days"], r["weekday"]) == ("أمس السبت", "", "-1", "saturday")
    assert r["topics"] == "syria_settlement"
    assert r["source_path"] == "seeds/000_c367f06002257a27.txt"
    assert r["confidence"] == "1.0"


def _csv(records, **kw) -> str:
    out = io.StringIO()
    records_to_csv(records, out, **kw)
    return out.getvalue()


def test_nulls_are_empty_cells_and_lists_are_joined():
    g = gold()[3]  # Lavrov - Tillerson: no time, no location
    r = rows(_csv([{**g, "warnings": ["one", "two"], "topics": ["a", "b"]}]))[0]
    assert r["time_text"] == r["time_value"] == r["location"] == r["cameo"] == r["plover_mode"] == ""
    assert r["initiator"] == "USA"
    assert r["warnings"] == "one | two"
    assert r["topics"] == "a | b"


def test_records_and_dicts_alike_with_codes():
    models = [Record.model_validate(g) for g in gold()]
    assert _csv(models) == _csv(gold())
    coded = {**gold()[1], "cameo": "042", "plover": {"event": "CONSULT", "mode": "visit"}}
    r = rows(_csv([coded]))[0]
    assert (r["cameo"], r["plover_event"], r["plover_mode"]) == ("042 Make a visit", "CONSULT", "visit")


def test_quoting_and_utf8_round_trip(tmp_path):
    g = {**gold()[0], "topic": 'قال "نعم", ثم\nسطر جديد'}
    path = tmp_path / "out.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        records_to_csv([g], f)
    with open(path, encoding="utf-8", newline="") as f:
        (r,) = list(csv.DictReader(f))
    assert r["topic"] == g["topic"]
    assert "\\u" not in path.read_text(encoding="utf-8")


def test_bom_for_spreadsheets():
    text = _csv(gold()[:1], bom=True)
    assert text.startswith("\ufeffid,doc_id,")
    assert not _csv(gold()[:1]).startswith("\ufeff")


def test_empty_input_writes_the_header():
    assert _csv([]) == ",".join(RECORD_COLUMNS) + "\n"


def test_streams_a_generator():
    assert records_to_csv((g for g in gold()), io.StringIO()) == 16


def test_participant_labels():
    assert participant_label({"name": "سيرغي لافروف", "role": "وزير الخارجية", "country": "RUS", "organization": None, "kind": "person"}) == "سيرغي لافروف (وزير الخارجية, RUS)"
    assert participant_label({"name": "الأخضر الإبراهيمي", "role": None, "country": None, "organization": "UN", "kind": "person"}) == "الأخضر الإبراهيمي (UN)"
    assert participant_label({"name": None, "role": None, "country": "RUS", "organization": None, "kind": "state"}) == "state (RUS)"
    assert participant_label({"name": None, "role": "الوفد", "country": "SYR", "organization": "هيئة التفاوض", "kind": "delegation"}) == "الوفد (delegation, SYR/هيئة التفاوض)"
    assert participant_label({"name": "فلان", "role": None, "country": None, "organization": None, "kind": "person"}) == "فلان"


def test_clusters_to_csv():
    clusters = merge_records(gold())
    out = io.StringIO()
    assert clusters_to_csv(clusters, out) == len(clusters)
    got = rows(out.getvalue())
    assert list(got[0]) == list(CLUSTER_COLUMNS)
    ld = [r for r in got if " | " in r["sources"]]
    assert len(ld) == 1
    assert ld[0]["sources"] == "000_c367f06002257a27 | 003_b23184ef2a6a5aff"
    assert ld[0]["actor_ids"] == "p:FRA:ldrn | p:RUS:lfrf"
    assert (ld[0]["cameo"], ld[0]["plover_mode"]) == ("042 Make a visit", "visit")
