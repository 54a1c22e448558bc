"""syriadiplo.evaluate.score agrees with the shared scorer, shared/tools/score.py, figure for figure.

The shared script is imported from its path and its `main()` run on the same
gold/pred files; its return tuple (event F1, participant F1, slot mean), the
tp/fp/fn line, every per-slot count and the MISS/EXTRA lines must match ours.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syriadiplo.evaluate import SLOTS, load_jsonl, score

REPO = Path(__file__).resolve().parents[1]
SCORE_PY = REPO.parent / "shared" / "tools" / "score.py"  # the shared folder beside the project, when there
GOLD = REPO.parent / "shared" / "spec" / "seeds-gold.jsonl"

pytestmark = pytest.mark.skipif(not SCORE_PY.exists(), reason=f"{SCORE_PY} not present")


@pytest.fixture(scope="module")
def shared():
    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def theirs(shared, gold: list[dict], pred: list[dict]):
    """(return tuple, (tp, fp, fn), {slot: (ok, n)}, MISS/EXTRA lines) of score.py on these records."""
    with tempfile.TemporaryDirectory() as d:
        g, p = Path(d) / "gold.jsonl", Path(d) / "pred.jsonl"
        _write(g, gold)
        _write(p, pred)
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            result = shared.main([str(g), str(p), "--verbose"])
    out = buf.getvalue()
    counts = tuple(int(x) for x in re.search(r"events: tp=(\d+) fp=(\d+) fn=(\d+)", out).groups())
    slots = {m[1]: (int(m[2]), int(m[3])) for m in re.finditer(r"^  (\w+)\s+(\d+)/(\d+) = ", out, re.M)}
    listed = [ln for ln in out.splitlines() if ln.startswith(("MISS ", "EXTRA "))]
    return result, counts, slots, listed


def ours(gold: list[dict], pred: list[dict]):
    sc = score(gold, pred)
    filled = {k: tuple(sc.slots[k]) for k in SLOTS if sc.slots[k][1]}
    accs = [ok / n for ok, n in filled.values()]
    result = (sc.events[2], sc.participants[2], sum(accs) / len(accs) if accs else 0.0)
    listed = [f"MISS {d} {g['type']} {[x.get('name') or x.get('country') for x in g['participants']]}" for d, g in sc.misses]
    listed += [
        f"EXTRA {d} {p.get('type')} {[x.get('name') or x.get('country') for x in p.get('participants') or []]}"
        for d, p in sc.extras
    ]
    return result, (sc.tp, sc.fp, sc.fn), filled, listed


def assert_same(shared, gold, pred):
    t, o = theirs(shared, gold, pred), ours(gold, pred)
    assert o[0] == t[0], "event F1, participant F1, slot mean"
    assert o[1] == t[1], "tp, fp, fn"
    assert o[2] == t[2], "per-slot counts"
    assert o[3] == t[3], "MISS/EXTRA lines"
    return o


# --- hand-made parties and events ---------------------------------------------------


def person(name, role=None, country=None):
    return {"name": name, "role": role, "country": country, "organization": None, "kind": "person"}


def state(country):
    return {"name": None, "role": None, "country": country, "organization": None, "kind": "state"}


def org(code, role=None):
    return {"name": None, "role": role, "country": None, "organization": code, "kind": "organization"}


def delegation(role, country=None):
    return {"name": None, "role": role, "country": country, "organization": None, "kind": "delegation"}


LAVROV = person("سيرغي لافروف", "وزير الخارجية", "RUS")
KERRY = person("جون كيري", "وزير الخارجية", "USA")
LEDRIAN = person("جان إيف لودريان", "وزير الخارجية", "FRA")
BRAHIMI = person("الأخضر الإبراهيمي", "المبعوث الأممي والعربي", None)


def event(doc, typ, parties, **kw):
    rec = {"doc_id": doc, "type": typ, "status": "occurred", "participants": parties, "initiator": None,
           "location": None, "time": None, "topic": None, "topics": []}
    rec.update(kw)
    return rec


GOLD_A = [
    event("d1", "phone_call", [LAVROV, KERRY], initiator="USA",
          time={"text": "اليوم", "value": None, "relative_days": 0, "weekday": None},
          topic="سبل تعزيز وقف الأعمال القتالية في سورية", topics=["ceasefire"]),
    event("d1", "meeting", [LAVROV, LEDRIAN], location={"name": "موسكو", "country": "RUS"},
          time={"text": "25 نوفمبر", "value": "XXXX-11-25", "relative_days": None, "weekday": None}),
    event("d2", "meeting", [delegation("الأطراف المشاركة في أستانة")], status="planned", optional=True),
    event("d2", "phone_call", [LAVROV, BRAHIMI], topic="التحضير لمؤتمر جنيف 2", topics=["geneva_conference"]),
]


def _strip(rec):
    return {k: v for k, v in rec.items() if k != "optional"}


CASES = {
    "identical": (GOLD_A, [_strip(g) for g in GOLD_A]),
    "empty prediction": (GOLD_A, []),
    "surname only and shorter names": (
        GOLD_A,
        [
            event("d1", "phone_call", [person("لافروف", "الوزير", "RUS"), person("كيري", None, "USA")], initiator="RUS",
                  time={"text": "اليوم الجمعة", "value": "2013-11-22", "relative_days": 0, "weekday": "friday"},
                  topic="وقف الأعمال القتالية", topics=["ceasefire", "syria_settlement"]),
            event("d1", "meeting", [person("لافروف"), person("لودريان"), state("CHE")],
                  location={"name": "جنيف", "country": "CHE"},
                  time={"text": "في 25 نوفمبر", "value": "2013-11-25", "relative_days": None, "weekday": None}),
        ],
    ),
    "wrong slots": (
        GOLD_A,
        [
            event("d1", "phone_call", [person("سيرغي لافروف", "رئيس الوزراء", "USA"), KERRY], status="planned",
                  time={"text": "أمس", "value": None, "relative_days": -1, "weekday": None},
                  topic="العلاقات الثنائية", topics=["economy"]),
            event("d2", "phone_call", [BRAHIMI, LAVROV], status="uncertain"),
        ],
    ),
    "type mismatch and extras": (
        GOLD_A,
        [
            event("d1", "meeting", [LAVROV, KERRY]),
            event("d1", "phone_call", [LAVROV, LEDRIAN]),
            event("d3", "meeting", [state("SYR"), state("RUS")]),
        ],
    ),
    "optional paired and unpaired": (
        GOLD_A,
        [_strip(GOLD_A[2]), _strip(GOLD_A[3])],
    ),
    "organizations, states and role-only parties": (
        [
            event("e1", "meeting", [org("UN", "المبعوث الأممي"), state("SYR")]),
            event("e1", "meeting", [delegation("وفد الحكومة السورية", "SYR"), delegation("وفد المعارضة")]),
            event("e2", "phone_call", [org("الائتلاف الوطني السوري"), state("RUS"), state("TUR")]),
        ],
        [
            event("e1", "meeting", [org("UN"), state("SYR")]),
            event("e1", "meeting", [delegation("وفد الحكومة", "SYR"), delegation("وفد المعارضة السورية")]),
            event("e2", "phone_call", [org("الائتلاف الوطني"), state("RUS")]),
        ],
    ),
    "two similar events compete for one prediction": (
        [
            event("f1", "meeting", [LAVROV, KERRY]),
            event("f1", "meeting", [LAVROV, KERRY, LEDRIAN]),
        ],
        [event("f1", "meeting", [LAVROV, KERRY, LEDRIAN], location={"name": "جنيف", "country": "CHE"})],
    ),
    "no gold for a predicted document": (
        [event("g1", "phone_call", [LAVROV, KERRY])],
        [event("g1", "phone_call", [LAVROV, KERRY]), event("g2", "phone_call", [LAVROV, KERRY])],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_hand_made_pairs_agree_with_the_shared_scorer(shared, name):
    gold, pred = CASES[name]
    assert_same(shared, gold, pred)


def test_hand_made_expected_figures(shared):
    """A few figures worked out by hand, so agreement is not agreement on a wrong answer."""
    (f1, pf1, mean), counts, slots, _ = assert_same(shared, *CASES["identical"])
    assert (f1, pf1, mean) == (1.0, 1.0, 1.0)
    assert counts == (3, 0, 0)  # the optional gold event is neither tp nor fp
    assert slots["status"] == (3, 3) and slots["initiator"] == (1, 1) and slots["time"] == (2, 2)

    (f1, pf1, mean), counts, slots, listed = assert_same(shared, *CASES["empty prediction"])
    assert (f1, pf1, mean) == (0.0, 0.0, 0.0)
    assert counts == (0, 0, 3)
    assert slots == {}
    assert len(listed) == 3 and all(ln.startswith("MISS ") for ln in listed)

    # each prediction has the other type's parties, but one shared party of two is half: both pair across
    (f1, _, _), counts, _, listed = assert_same(shared, *CASES["type mismatch and extras"])
    assert counts == (2, 1, 1) and f1 == 2 / 3
    assert listed == ["MISS d2 phone_call ['سيرغي لافروف', 'الأخضر الإبراهيمي']", "EXTRA d3 meeting ['SYR', 'RUS']"]

    (_, _, _), counts, _, _ = assert_same(shared, *CASES["optional paired and unpaired"])
    assert counts == (1, 0, 2)


def test_seeds_gold_against_current_extraction(shared):
    """The real case: the gold file against whatever the extractor gives today."""
    if not GOLD.exists():
        pytest.skip(f"{GOLD} not present")
    from syriadiplo.pipeline import extract_paths

    gold = load_jsonl(str(GOLD))
    pred = [r.model_dump(mode="json") for r in extract_paths([str(REPO / "seeds")])]
    assert_same(shared, gold, pred)
    assert_same(shared, gold, gold)
    assert_same(shared, gold, pred[::-1])


# --- random gold/pred pairs ------------------------------------------------------------

PARTIES = [
    LAVROV, KERRY, LEDRIAN, BRAHIMI,
    person("لافروف"), person("كيري", "الوزير", "USA"), person("فيصل المقداد", "وزير الخارجية", "SYR"),
    state("RUS"), state("USA"), state("SYR"), org("UN"), org("UN", "الأمين العام"), org("EU"),
    delegation("وفد الحكومة السورية", "SYR"), delegation("وفد الحكومة"), delegation("ممثلون عن وزارة الدفاع", "FRA"),
]
TIMES = [
    None,
    {"text": "اليوم", "value": None, "relative_days": 0, "weekday": None},
    {"text": "أمس السبت", "value": None, "relative_days": -1, "weekday": "saturday"},
    {"text": "25 نوفمبر", "value": "XXXX-11-25", "relative_days": None, "weekday": None},
    {"text": "في 25 نوفمبر", "value": "2013-11-25", "relative_days": None, "weekday": None},
]
LOCATIONS = [None, {"name": "جنيف", "country": "CHE"}, {"name": "موسكو", "country": "RUS"}]

events_st = st.builds(
    lambda doc, typ, parties, status, init, loc, time, topic, topics, opt: {
        **event(doc, typ, parties, status=status, initiator=init, location=loc, time=time, topic=topic, topics=topics),
        **({"optional": True} if opt else {}),
    },
    st.sampled_from(["d1", "d2", "d3"]),
    st.sampled_from(["meeting", "phone_call"]),
    st.lists(st.sampled_from(PARTIES), min_size=1, max_size=3),
    st.sampled_from(["occurred", "planned", "uncertain"]),
    st.sampled_from([None, "USA", "RUS", "UN"]),
    st.sampled_from(LOCATIONS),
    st.sampled_from(TIMES),
    st.sampled_from([None, "وقف الأعمال القتالية", "سبل تعزيز وقف الأعمال القتالية في سورية", "مؤتمر جنيف"]),
    st.lists(st.sampled_from(["ceasefire", "syria_settlement", "geneva_conference"]), max_size=2, unique=True),
    st.booleans(),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(events_st, max_size=5), st.lists(events_st, max_size=5))
def test_random_pairs_agree_with_the_shared_scorer(shared, gold, pred):
    assert_same(shared, gold, [_strip(p) for p in pred])


def test_seeds_stay_fully_right():
    """Where the shared gold file is at hand, the seeds keep every event and every slot right."""
    if not GOLD.exists():
        pytest.skip(f"{GOLD} not present")
    from syriadiplo.evaluate import score
    from syriadiplo.pipeline import extract_paths

    gold = load_jsonl(str(GOLD))
    pred = [r.model_dump(mode="json") for r in extract_paths([str(REPO / "seeds")])]
    sc = score(gold, pred)
    assert sc.events[2] == 1.0 and sc.participants[2] == 1.0
    wrong = {k: v for k, v in sc.slots.items() if v[1] and v[0] != v[1]}
    assert not wrong, wrong


def _folding_rows():
    from syriadiplo.resources import read_table

    return [(cp, row[1]) for row in read_table("scorer_folding.tsv") for cp in row[0].split()]


@pytest.mark.parametrize("cp, out", _folding_rows(), ids=lambda v: v)
def test_every_folding_entry_folds_as_the_shared_scorer(shared, cp, out):
    """Each letter of resources/ar/scorer_folding.tsv folds in a made-up word as score.py folds it."""
    from syriadiplo.evaluate import _norm

    word = "\u0633" + chr(int(cp, 16)) + "\u0645\u0631"
    assert _norm(word) == shared.norm(word) == "\u0633" + chr(int(out, 16)) + "\u0645\u0631"


def test_scorer_strips_the_article_as_the_shared_scorer():
    from syriadiplo.evaluate import _toks

    spec = importlib.util.spec_from_file_location("shared_score_toks", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for text in ("الاسد", "الرئيس بشار الاسد", "الي", "الحسن"):
        assert _toks(text) == mod.toks(text)
