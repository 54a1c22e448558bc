"""`syriadiplo report`: one self-contained HTML page that summarizes a file of records.

The page has no network access: its style, script and data are inline. It shows events per month
by type, who-met-whom networks of actors and of states (edge weight: the number of records the
two share), a matrix of state pairs, the most frequent topic labels and CAMEO codes, and a
searchable table of the records with their evidence sentence. Everything shown is computed here,
in Python, from the records (`report_data`); the script only draws it (report_assets/).

A record's month is that of its `time.value` when the text fixes one (2016-02-26, 2016-02), else
that of its `source.date`; a record with neither is counted as undated.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import resources as _ir
from typing import Any

from syriadiplo.coding.codes import CAMEO_NAMES, sides
from syriadiplo.recognize.actors import actor_id, latin_id

MAX_ACTORS = 30  # nodes of the actor network (most events first)
MAX_STATES = 25  # nodes of the state network
MAX_MATRIX = 15  # rows and columns of the state-pair matrix
MAX_TOPICS = 15
MAX_SPAN = 36  # months: a longer time axis lists only the months with records
_MONTH = re.compile(r"^(\d{4})-(\d{2})(?!\d)")


def record_month(rec: Mapping[str, Any]) -> str | None:
    """YYYY-MM of the event (its time value, else the document date), or None."""
    for value in ((rec.get("time") or {}).get("value"), (rec.get("source") or {}).get("date")):
        m = _MONTH.match(value or "")
        if m and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(1)}-{m.group(2)}"
    return None


def _aid(p: Mapping[str, Any]) -> str:
    return p.get("actor_id") or latin_id(actor_id(p))


def _label(p: Mapping[str, Any]) -> str:
    """How a party is shown: its name, else its role, else its state or body, else its kind."""
    return p.get("name") or p.get("role") or p.get("organization") or p.get("country") or p.get("kind") or "?"


def months(records: list[Mapping[str, Any]]) -> tuple[list[dict], int]:
    """Counts by type per month, and the undated count.

    Every month from the first to the last is listed, so that gaps show, unless that span is longer
    than MAX_SPAN months (an old event recalled in a recent article): then only months with records.
    """
    counts: dict[str, Counter] = {}
    undated = 0
    for r in records:
        m = record_month(r)
        if m is None:
            undated += 1
            continue
        counts.setdefault(m, Counter())[r.get("type") or "?"] += 1
    if not counts:
        return [], undated
    span = _month_range(min(counts), max(counts))
    listed = span if len(span) <= MAX_SPAN else sorted(counts)
    empty: Counter = Counter()
    return [{"month": m, "meeting": counts.get(m, empty)["meeting"], "phone_call": counts.get(m, empty)["phone_call"]}
            for m in listed], undated


def _month_range(first: str, last: str) -> list[str]:
    y, mo = int(first[:4]), int(first[5:])
    out = []
    while f"{y:04d}-{mo:02d}" <= last:
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def _network(groups: Iterable[list[tuple[str, str, str]]], limit: int) -> dict:
    """Nodes (id, label, group, events) and weighted edges of the pairs that share records.

    Each item of `groups` is one record's distinct (id, label, group) triples; the `limit` nodes
    with the most records are kept (ties by id), and the edges between them.
    """
    events: Counter = Counter()
    labels: dict[str, tuple[str, str]] = {}
    pairs: Counter = Counter()
    for members in groups:
        ids = sorted({m[0] for m in members})
        for ident, label, group in members:
            labels.setdefault(ident, (label, group))
        events.update(ids)
        pairs.update((a, b) for i, a in enumerate(ids) for b in ids[i + 1:])
    kept = sorted(events, key=lambda k: (-events[k], k))[:limit]
    kept.sort(key=lambda k: (labels[k][1], -events[k], k))  # one state's actors side by side on the circle
    index = {k: i for i, k in enumerate(kept)}
    nodes = [{"id": k, "label": labels[k][0], "group": labels[k][1], "events": events[k]} for k in kept]
    edges = sorted([index[a], index[b], w] for (a, b), w in pairs.items() if a in index and b in index)
    return {"nodes": nodes, "edges": edges, "total_nodes": len(events)}


def actor_network(records: list[Mapping[str, Any]], limit: int = MAX_ACTORS) -> dict:
    """Who met whom: one node per actor id, one edge per pair of actors that share records."""
    groups = []
    for r in records:
        parts = r.get("participants") or []
        groups.append([(_aid(p), _label(p), p.get("country") or p.get("organization") or "-") for p in parts])
    return _network(groups, limit)


def state_network(records: list[Mapping[str, Any]], limit: int = MAX_STATES) -> dict:
    """The same between the sides of the records: states, international bodies, national bodies."""
    return _network(([(s, s, s) for s in sides(r.get("participants") or [])] for r in records), limit)


def pair_matrix(records: list[Mapping[str, Any]], limit: int = MAX_MATRIX) -> dict:
    """Records per pair of sides, for the `limit` sides in the most records (symmetric; diagonal 0)."""
    per_record = [sides(r.get("participants") or []) for r in records]
    count = Counter(s for ss in per_record for s in ss)
    labels = sorted(count, key=lambda s: (-count[s], s))[:limit]
    index = {s: i for i, s in enumerate(labels)}
    cells = [[0] * len(labels) for _ in labels]
    for ss in per_record:
        for a in ss:
            for b in ss:
                if a != b and a in index and b in index:
                    cells[index[a]][index[b]] += 1
    return {"labels": labels, "cells": cells}


def _row(r: Mapping[str, Any]) -> dict:
    ev = (r.get("evidence") or [{}])[0] or {}
    loc = r.get("location") or {}
    tm = r.get("time") or {}
    return {
        "date": tm.get("value") or (r.get("source") or {}).get("date") or "",
        "type": r.get("type") or "",
        "status": r.get("status") or "",
        "parties": [_label(p) + (f" ({p.get('country')})" if p.get("country") else "") for p in r.get("participants") or []],
        "location": loc.get("name") or "",
        "topics": r.get("topics") or [],
        "cameo": r.get("cameo") or "",
        "evidence": ev.get("text") or "",
        "doc": r.get("doc_id") or "",
        "confidence": r.get("confidence"),
    }


def report_data(records: list[Mapping[str, Any]]) -> dict:
    """Everything the page shows, computed from the records (deterministic)."""
    by_month, undated = months(records)
    types = Counter(r.get("type") for r in records)
    topics = Counter(t for r in records for t in r.get("topics") or [])
    cameo = Counter(r.get("cameo") for r in records if r.get("cameo"))
    return {
        "summary": {
            "records": len(records),
            "documents": len({r.get("doc_id") for r in records}),
            "meetings": types["meeting"],
            "phone_calls": types["phone_call"],
            "undated": undated,
            "actors": len({_aid(p) for r in records for p in r.get("participants") or []}),
        },
        "months": by_month,
        "actors": actor_network(records),
        "states": state_network(records),
        "matrix": pair_matrix(records),
        "topics": sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TOPICS],
        "cameo": [[c, CAMEO_NAMES.get(c, ""), n] for c, n in sorted(cameo.items())],
        "rows": [_row(r) for r in records],
    }


def check_records(records: list[Mapping[str, Any]], name: str = "-") -> None:
    """Raise ValueError naming `name` and the line of the first object that is not a record."""
    from pydantic import ValidationError

    from syriadiplo.models import Record

    for no, rec in enumerate(records, 1):
        try:
            Record.model_validate(rec)
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(x) for x in err["loc"])
            raise ValueError(f"{name}:{no}: not a record of syriadiplo extract ({where}: {err['msg']})") from None


def _asset(name: str) -> str:
    return (_ir.files("syriadiplo.io") / "report_assets" / name).read_text(encoding="utf-8")


def render(data: Mapping[str, Any], title: str = "syriadiplo report") -> str:
    """The HTML page for `report_data` output: template, style, script and data inline."""
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    page = _asset("report.html")
    for key, value in (("TITLE", html.escape(title)), ("STYLE", _asset("report.css")),
                       ("SCRIPT", _asset("report.js")), ("DATA", blob)):
        page = page.replace("{{" + key + "}}", value)
    return page


def write_report(records: list[Mapping[str, Any]], out, title: str = "syriadiplo report") -> None:
    """Write the page for `records` to the open text file `out`."""
    out.write(render(report_data(records), title))
