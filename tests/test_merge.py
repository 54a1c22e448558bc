"""Cross-document merging (syriadiplo.coding.merge): golden fixtures, the pairing rules, the seeds."""
from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path

import pytest

from syriadiplo.coding.merge import (
    _parse_place,
    _parse_time,
    _places_compatible,
    _times_compatible,
    cluster_json,
    merge_records,
    read_jsonl,
)
from syriadiplo.pipeline import extract_paths
from syriadiplo.models import Record

REPO = Path(__file__).parent.parent
MERGE_DIR = REPO / "fixtures" / "merge"
INPUTS = sorted(p for p in MERGE_DIR.glob("*.jsonl") if not p.name.endswith(".expected.jsonl"))
KEYS = [
    "cluster_id", "type", "members", "sources", "participants", "actor_ids", "location", "time",
    "topics", "status", "cameo", "plover",
]


def load(path: Path) -> list[dict]:
    return list(read_jsonl(path.read_text(encoding="utf-8").splitlines(), path.name))


def ids(*suffixes: str, fixture: int) -> frozenset[str]:
    return frozenset(f"ev-{fixture:02d}{'0' * 11}{s}" for s in suffixes)


def partition(clusters: list[dict]) -> set[frozenset[str]]:
    return {frozenset(c["members"]) for c in clusters}


# ---- golden files: fixtures/merge/NN_name.jsonl -> NN_name.expected.jsonl


def test_there_are_merge_fixtures():
    assert len(INPUTS) >= 10
    for p in INPUTS:
        assert p.with_name(p.stem + ".expected.jsonl").exists(), p.name


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_fixture_records_are_valid(path):
    for r in load(path):
        Record.model_validate(r)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_golden(path):
    got = "".join(cluster_json(c) + "\n" for c in merge_records(load(path)))
    assert got == path.with_name(path.stem + ".expected.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_input_order_does_not_matter(path):
    records = load(path)
    first = merge_records(records)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert merge_records(shuffled) == first
    assert merge_records(list(reversed(records))) == first


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_every_record_in_exactly_one_cluster(path):
    records = load(path)
    clusters = merge_records(records)
    members = [m for c in clusters for m in c["members"]]
    assert sorted(members) == sorted(r["id"] for r in records)
    for c in clusters:
        assert list(c) == KEYS
        assert c["members"] == sorted(c["members"])
        assert c["sources"] == sorted(set(c["sources"]))
        assert len(c["actor_ids"]) == len(c["participants"])
        assert c["cluster_id"].startswith("cl-")


# ---- the partitions the fixtures are written for


EXPECTED_PARTITIONS = {
    # four outlets, four spellings of one call: سيرغي / سيرجي / سيرْجيو / لافروف, كيري / كيرى
    "01_variants_phone_call": [ids("001", "002", "003", "004", fixture=1)],
    # unlisted persons (ال, ى, پ, no country in one outlet) merge; the same ambassador with someone else does not
    "02_variants_unlisted_persons": [ids("001", "002", "003", "004", fixture=2), ids("005", fixture=2)],
    # same people, same city, a week apart
    "03_same_people_week_apart": [ids("001", "002", fixture=3), ids("003", "004", fixture=3)],
    # same people, same day, Vienna and Geneva; "in Switzerland" joins Geneva
    "04_same_day_different_cities": [ids("001", "002", fixture=4), ids("003", "004", fixture=4)],
    # a call and a meeting; a call with another counterpart
    "05_different_types": [ids("001", fixture=5), ids("002", fixture=5), ids("003", fixture=5)],
    # XXXX-11-25 meets 2013-11-25; a Friday meets 2013-11-22; a Monday does not
    "06_partial_dates": [ids("001", "002", fixture=6), ids("003", "004", fixture=6), ids("005", fixture=6)],
    # an undated report fits both meetings a week apart: it joins neither
    "07_ambiguous_unresolved": [ids("001", fixture=7), ids("002", fixture=7), ids("003", fixture=7)],
    # Russia stands in for Lavrov when Le Drian anchors the pair; not when nobody is named; not for Macron
    "08_state_stands_in": [ids("001", "002", fixture=8), ids("003", fixture=8), ids("004", fixture=8)],
    # announced, held, reported the next day: one event, occurred, a round of negotiations
    "09_planned_then_held_round": [ids("001", "002", "003", fixture=9)],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_PARTITIONS))
def test_partitions(name):
    clusters = merge_records(load(MERGE_DIR / f"{name}.jsonl"))
    assert partition(clusters) == set(EXPECTED_PARTITIONS[name])


def test_variants_get_one_actor_id_per_person():
    (c,) = merge_records(load(MERGE_DIR / "01_variants_phone_call.jsonl"))
    assert c["actor_ids"] == ["p:RUS:lfrf", "p:USA:kr"]
    assert c["sources"] == ["aa_20160213", "rt_20160213", "sana_20160212", "tass_20160212"]
    assert c["time"]["value"] == "2016-02-12"  # a resolved date over a relative day
    # the fullest name: two words over one, then member order (sana before tass)
    assert [p["name"] for p in c["participants"]] == ["سيرجي لافروف", "جون كيرى"]
    assert c["topics"] == ["ceasefire", "syria_settlement"]
    assert (c["cameo"], c["plover"]) == ("041", {"event": "CONSULT", "mode": "phone"})


def test_unscoped_person_takes_the_side_seen_elsewhere():
    clusters = merge_records(load(MERGE_DIR / "02_variants_unlisted_persons.jsonl"))
    big = next(c for c in clusters if len(c["members"]) == 4)
    assert big["actor_ids"] == ["p:RUS:zsbkn", "p:LBN:ErD"]
    assert big["participants"][1]["country"] == "LBN"
    assert big["location"] == {"name": "بيروت", "country": "LBN"}


def test_merged_slots_status_location_round():
    (c,) = merge_records(load(MERGE_DIR / "09_planned_then_held_round.jsonl"))
    assert c["status"] == "occurred"
    assert c["time"]["value"] == "2017-09-14"
    assert c["actor_ids"] == ["d:SYR", "d:hyQh_AltfAwD_Alswryh", "p:UN:dmstr"]
    assert (c["cameo"], c["plover"]["mode"]) == ("046", "multilateral")


def test_state_dropped_when_its_minister_is_named():
    c = merge_records(load(MERGE_DIR / "08_state_stands_in.jsonl"))[0]
    assert c["actor_ids"] == ["p:FRA:ldrn", "p:RUS:lfrf"]
    assert c["sources"] == ["000_c367f06002257a27", "003_b23184ef2a6a5aff"]


# ---- pairing rules, one at a time


def _t(value=None, rel=None, weekday=None, doc="d"):
    return _parse_time({"text": "x", "value": value, "relative_days": rel, "weekday": weekday}, doc)


@pytest.mark.parametrize(
    "a, b, ok",
    [
        (_t("2016-03-01"), _t("2016-03-01"), True),
        (_t("2016-03-01"), _t("2016-03-02"), True),
        (_t("2016-03-01"), _t("2016-03-03"), False),
        (_t("2016-03-01"), _t("2016-03-08"), False),
        (_t("2016-12-31"), _t("2017-01-01"), True),
        (_t("2016-03-01"), _t(None), True),
        (_t("2016-03-01"), _parse_time(None, "d"), True),
        (_t("2017-09-14"), _t("2017-W37"), True),
        (_t("2017-09-14"), _t("2017-W39"), False),
        (_t("2017-09-16"), _t("2017-W37-WE"), True),
        (_t("2017-09-11"), _t("2017-W37-WE"), False),
        (_t("2017-09-14"), _t("2017-09"), True),
        (_t("2017-10-01"), _t("2017-09"), True),
        (_t("2017-10-05"), _t("2017-09"), False),
        (_t("2017-09-14"), _t("2017"), True),
        (_t("2013-11-25"), _t("XXXX-11-25"), True),
        (_t("2013-11-26"), _t("XXXX-11-25"), True),
        (_t("2013-11-28"), _t("XXXX-11-25"), False),
        (_t("2013-11-13"), _t("XXXX-XX-13"), True),
        (_t("2013-11-20"), _t("XXXX-XX-13"), False),
        (_t("2013-11-20"), _t("XXXX-11"), True),
        (_t("XXXX-11-25"), _t("XXXX-11-26"), True),
        (_t("XXXX-12-31"), _t("XXXX-01-01"), True),
        (_t("XXXX-11-25"), _t("XXXX-12-25"), False),
        (_t("XXXX-XX-13"), _t("XXXX-11-14"), True),
        (_t("2013-11-22"), _t(weekday="friday"), True),
        (_t("2013-11-22"), _t(weekday="saturday"), True),
        (_t("2013-11-22"), _t(weekday="monday"), False),
        (_t(weekday="friday"), _t(weekday="saturday"), True),
        (_t(weekday="friday"), _t(weekday="monday"), False),
        (_t(weekday="sunday"), _t(weekday="monday"), True),
        (_t("2017-W37"), _t(weekday="monday"), True),
        (_t(rel=-1, doc="a"), _t(rel=0, doc="a"), True),
        (_t(rel=-1, doc="a"), _t(rel=2, doc="a"), False),
        (_t(rel=-1, doc="a"), _t(rel=2, doc="b"), True),
        (_t("2013-02-30"), _t("2013-03-01"), True),  # an impossible date is an unknown one
    ],
)
def test_times(a, b, ok):
    assert _times_compatible(a, b) is ok
    assert _times_compatible(b, a) is ok


def _p(name, country=None):
    return _parse_place({"name": name, "country": country})


@pytest.mark.parametrize(
    "a, b, ok",
    [
        (_p("جنيف", "CHE"), _p("جنيف"), True),
        (_p("جنيف", "CHE"), _p("فيينا", "AUT"), False),
        (_p("جنيف", "CHE"), _p("لوزان", "CHE"), False),
        (_p("جنيف", "CHE"), _p("سويسرا"), True),
        (_p("فيينا", "AUT"), _p("سويسرا"), False),
        (_p("أستانة", "KAZ"), _p("نور سلطان", "KAZ"), True),
        (_p("أستانا"), _p("استانه"), True),
        (_p("موسكو", "RUS"), None, True),
        (_p("ضاحية مجهولة"), _p("الضاحية مجهولة"), True),  # unlisted places compare without the article
        (_p("ضاحية مجهولة"), _p("ضاحية أخرى"), False),
        (_p("قاعة الاجتماعات"), _p("قاعة الاجتماعات"), True),
        (_p("روسيا"), _p("سوريا"), False),
    ],
)
def test_places(a, b, ok):
    assert _places_compatible(a, b) is ok
    assert _places_compatible(b, a) is ok


def _rec(i, doc, type_, parts, value=None, loc=None, status="occurred"):
    return {
        "id": f"ev-{i:016x}", "doc_id": doc, "type": type_, "status": status, "participants": parts,
        "initiator": None, "location": loc,
        "time": {"text": "t", "value": value, "relative_days": None, "weekday": None} if value else None,
        "topic": None, "topics": [], "evidence": [], "source": {"path": f"{doc}.txt", "title": None},
        "confidence": 0.5, "warnings": [],
    }


def _person(name, country):
    return {"name": name, "role": None, "country": country, "organization": None, "kind": "person"}


LK = [_person("سيرغي لافروف", "RUS"), _person("جون كيري", "USA")]


def test_records_and_dicts_alike_and_duplicates_once():
    records = load(MERGE_DIR / "01_variants_phone_call.jsonl")
    models = [Record.model_validate(r) for r in records]
    assert merge_records(models) == merge_records(records)
    assert merge_records(records + records[:2]) == merge_records(records)


def test_a_side_more_or_less_is_another_event():
    a = _rec(1, "a", "meeting", LK, "2016-02-12")
    b = _rec(2, "b", "meeting", LK + [_person("محمد جواد ظريف", "IRN")], "2016-02-12")
    assert len(merge_records([a, b])) == 2


def test_records_without_sides_stay_alone():
    vague = [{"name": None, "role": "الاطراف", "country": None, "organization": None, "kind": "delegation"}]
    a = _rec(1, "a", "meeting", vague, "2017-09-14")
    b = _rec(2, "b", "meeting", vague, "2017-09-14")
    assert len(merge_records([a, b])) == 2


def test_two_persons_of_one_surname_in_different_states_stay_apart():
    a = _rec(1, "a", "meeting", [_person("فيكتور ماكسيموف", "RUS"), _person("جون سميث", "USA")], "2016-02-12")
    b = _rec(2, "b", "meeting", [_person("فيكتور ماكسيموف", "RUS"), _person("جون سميث", "GBR")], "2016-02-12")
    assert len(merge_records([a, b])) == 2


def test_cluster_id_is_a_hash_of_the_members():
    a = _rec(1, "a", "phone_call", LK, "2016-02-12")
    b = _rec(2, "b", "phone_call", LK, "2016-02-12")
    (c1,) = merge_records([a, b])
    (c2,) = merge_records([b, a])
    assert c1["cluster_id"] == c2["cluster_id"]
    (c3,) = merge_records([a])
    assert c3["cluster_id"] != c1["cluster_id"]


def test_blocking_scales():
    """Many records in many blocks: clustering never compares all pairs."""
    records = []
    for i in range(3000):
        country = ["USA", "FRA", "GBR", "DEU", "CHN", "TUR", "IRN", "SAU", "EGY", "JOR"][i % 10]
        day = dt.date(2016, 1, 1) + dt.timedelta(days=(i // 10) % 300)
        parts = [_person("سيرغي لافروف", "RUS"), _person(f"شخص{i % 37}", country)]
        records.append(_rec(i, f"doc{i}", "meeting", parts, day.isoformat(), {"name": "موسكو", "country": "RUS"}))
    start = time.perf_counter()
    clusters = merge_records(records)
    assert time.perf_counter() - start < 30
    assert sum(len(c["members"]) for c in clusters) == 3000


def test_read_jsonl_reports_bad_lines():
    assert list(read_jsonl(['{"a": 1}', "", '{"b": 2}'])) == [{"a": 1}, {"b": 2}]
    with pytest.raises(ValueError, match="in.jsonl:2"):
        list(read_jsonl(['{"a": 1}', "{oops"], "in.jsonl"))
    with pytest.raises(ValueError, match="not a JSON object"):
        list(read_jsonl(["[1, 2]"]))


def test_cluster_json_keeps_arabic():
    (c,) = merge_records(load(MERGE_DIR / "01_variants_phone_call.jsonl"))
    line = cluster_json(c)
    assert "لافروف" in line and "\\u" not in line
    assert json.loads(line) == c


# ---- the seeds


def _lavrov_le_drian(c: dict) -> bool:
    return c["type"] == "meeting" and {"p:RUS:lfrf", "p:FRA:ldrn"} <= set(c["actor_ids"])


def test_seed_gold_clusters():
    """On the gold events of the seeds: Lavrov - Le Drian is one cluster over 000 and 003, nothing else spans documents."""
    clusters = merge_records(load(MERGE_DIR / "10_seeds_gold.jsonl"))
    ld = [c for c in clusters if _lavrov_le_drian(c)]
    assert len(ld) == 1
    assert ld[0]["sources"] == ["000_c367f06002257a27", "003_b23184ef2a6a5aff"]
    assert [c["sources"] for c in clusters if len(c["sources"]) > 1] == [ld[0]["sources"]]


def test_seed_clusters():
    """On the extractor's output for seeds/: the same two facts as on the gold."""
    records = list(extract_paths(sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))))
    clusters = merge_records(records)
    ld = [c for c in clusters if _lavrov_le_drian(c)]
    assert len(ld) == 1, [c["sources"] for c in ld]
    assert ld[0]["sources"] == ["000_c367f06002257a27", "003_b23184ef2a6a5aff"]
    spanning = [(c["sources"], c["actor_ids"]) for c in clusters if len(c["sources"]) > 1]
    assert spanning == [(ld[0]["sources"], ld[0]["actor_ids"])]
