"""One-sentence articles of fixtures/sentences.tsv: each gives exactly the record it lists (or none)."""
from __future__ import annotations

from pathlib import Path

import pytest

from syriadiplo.pipeline import extract_text

TSV = Path(__file__).resolve().parent.parent / "fixtures" / "sentences.tsv"


def _null(v: str):
    return None if v == "-" else v


def _cases() -> list[tuple]:
    rows = []
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        assert len(cols) == 9, f"sentences.tsv: 9 columns expected: {line[:60]}"
        rows.append(tuple(cols))
    return rows


CASES = _cases()


def _participants(field: str) -> list[dict]:
    if field == "-":
        return []
    out = []
    for p in field.split(" ; "):
        name, role, country, org, kind = (_null(x) for x in p.split("|"))
        out.append({"name": name, "role": role, "country": country, "organization": org, "kind": kind})
    return out


def _params():
    for c in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=c[8])] if c[8] != "-" else []
        yield pytest.param(c, marks=marks, id=c[0][:30])


def test_enough_cases():
    assert len(CASES) >= 15 and any(c[1] == "none" for c in CASES)


@pytest.mark.parametrize("case", list(_params()))
def test_sentence(case):
    sentence, typ, status, initiator, location, time_text, topic, parts, _ = case
    recs = [r.model_dump(mode="json") for r in extract_text(sentence + "\n")]
    if typ == "none":
        assert recs == []
        return
    assert len(recs) == 1, [r["participants"] for r in recs]
    r = recs[0]
    got = {
        "type": r["type"], "status": r["status"], "initiator": r["initiator"],
        "location": r["location"]["name"] if r["location"] else None,
        "time": r["time"]["text"] if r["time"] else None, "topic": r["topic"],
        "participants": [{k: p[k] for k in ("name", "role", "country", "organization", "kind")} for p in r["participants"]],
    }
    want = {
        "type": typ, "status": _null(status), "initiator": _null(initiator), "location": _null(location),
        "time": _null(time_text), "topic": _null(topic), "participants": _participants(parts),
    }
    assert got == want


# Cases from review: each once crashed or read a construction wrongly. Only what the case is about is checked.
REVIEW_CASES = [
    # a subject borrowed from the sentence before has no token positions in this one
    ("وفي إطار الجهود الدبلوماسية المتواصلة لحل الأزمة في المنطقة، أكد وزير الخارجية السوري فيصل المقداد أهمية الحوار. "
     "واستقبل نظيره الأردني وتباحثا في العلاقات.", "meeting", "occurred", ["فيصل المقداد"]),
    # قد before a past verb after كانت is no doubt
    ("وكانت مباحثات الأسد ولافروف قد تناولت العلاقات الثنائية في دمشق أمس.", "meeting", "occurred", ["الأسد", "لافروف"]),
    # the denial governs ذلك; أن belongs to مؤكدة
    ("ونفت الوزارة ذلك مؤكدة أن الرئيس السوري بشار الأسد التقى نظيره الروسي فلاديمير بوتين في موسكو أمس.",
     "meeting", "occurred", ["بشار الأسد", "فلاديمير بوتين"]),
    # the tail of a compound name is part of the name, and no surname of its own
    ("التقى رئيس الوزراء الأردني صلاح الدين البيطار الرئيس السوري بشار الأسد في دمشق.", "meeting", "occurred", ["صلاح الدين البيطار", "بشار الأسد"]),
]


@pytest.mark.parametrize("text, typ, status, names", REVIEW_CASES, ids=[c[0][:24] for c in REVIEW_CASES])
def test_review_case(text, typ, status, names):
    recs = extract_text(text + "\n")
    assert len(recs) == 1
    r = recs[0]
    assert (r.type, r.status) == (typ, status)
    assert [p.name for p in r.participants if p.name] == names
