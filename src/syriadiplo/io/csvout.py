"""CSV for spreadsheets: one row per record (or per cluster), participants joined in one cell.

Rows are written with the csv module (RFC 4180 quoting, `\\n` line ends) as UTF-8 text; the
caller opens the file with `encoding="utf-8", newline=""`. `bom=True` writes a byte order mark
first, which Excel needs to read UTF-8. Empty cells stand for null; lists are joined with " | ".

A participant cell reads `name (role, country/org)`: a party without a name shows its role or,
failing that, its kind; the parenthesis lists the role (when a name is shown), the kind (when it
is not a person and not already shown) and the state and body joined by `/`, and is left out
when empty (`state (RUS)`):
`سيرغي لافروف (وزير الخارجية, RUS) | ممثلون عن وزارة الدفاع (delegation, FRA)`.

`cameo` cells hold the code and its name (`042 Make a visit`), so that it stays text. Two more
tables: participants in long form (one row per record and participant) and dyads (one row per
directed pair of parties, `syriadiplo.coding.codes.dyads`).
"""
from __future__ import annotations

import codecs
import csv
from collections.abc import Iterable, Mapping
from typing import IO, Any, Union

from syriadiplo.coding.codes import CAMEO_NAMES, DYAD_FIELDS, dyads
from syriadiplo.models import Record

RecordLike = Union[Record, Mapping[str, Any]]
# the byte-order mark, as text: spreadsheet programs read a CSV that starts with it as UTF-8
_BOM = codecs.BOM_UTF8.decode("utf-8")

# where and when: the same six columns in both tables
_PLACE_TIME = (
    "location",
    "location_country",
    "time_text",
    "time_value",
    "relative_days",
    "weekday",
)

RECORD_COLUMNS = (
    "id",
    "doc_id",
    "type",
    "status",
    "participants",
    "actor_ids",
    "initiator",
    *_PLACE_TIME,
    "topic",
    "topics",
    "evidence",
    "evidence_start",
    "evidence_end",
    "source_path",
    "source_title",
    "source_url",
    "source_date",
    "source_date_from",
    "confidence",
    "warnings",
    "cameo",
    "plover_event",
    "plover_mode",
)

CLUSTER_COLUMNS = (
    "cluster_id",
    "type",
    "members",
    "sources",
    "participants",
    "actor_ids",
    *_PLACE_TIME,
    "topics",
    "status",
    "cameo",
    "plover_event",
    "plover_mode",
)

JOIN = " | "


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return repr(v)
    return str(v)


def participant_label(p: Mapping[str, Any]) -> str:
    """One participant as `name (role, country/org)` (see the module docstring)."""
    name, role, kind = p.get("name"), p.get("role"), p.get("kind")
    label = name or role or kind or ""
    details = []
    if name and role:
        details.append(role)
    if kind and kind != "person" and label != kind:
        details.append(kind)
    affil = "/".join(x for x in (p.get("country"), p.get("organization")) if x)
    if affil:
        details.append(affil)
    return f"{label} ({', '.join(details)})" if details else label


def _time_cells(t: Mapping[str, Any] | None) -> list[str]:
    t = t or {}
    return [_cell(t.get("text")), _cell(t.get("value")), _cell(t.get("relative_days")), _cell(t.get("weekday"))]


def _location_cells(loc: Mapping[str, Any] | None) -> list[str]:
    loc = loc or {}
    return [_cell(loc.get("name")), _cell(loc.get("country"))]


def cameo_cell(code: Any) -> str:
    """A CAMEO code with its name (`042 Make a visit`): read as text by pandas and spreadsheets, where a
    bare `042` would become the number 42; `df.cameo.str[:3]` is the code."""
    if not code:
        return ""
    name = CAMEO_NAMES.get(str(code))
    return f"{code} {name}" if name else str(code)


def _plover_cells(pl: Mapping[str, Any] | None) -> list[str]:
    pl = pl or {}
    return [_cell(pl.get("event")), _cell(pl.get("mode"))]


def record_row(record: RecordLike) -> list[str]:
    """The cells of one record, in RECORD_COLUMNS order."""
    r = record.model_dump(mode="json") if isinstance(record, Record) else record
    ev = (r.get("evidence") or [{}])[0] or {}
    src = r.get("source") or {}
    return [
        _cell(r.get("id")),
        _cell(r.get("doc_id")),
        _cell(r.get("type")),
        _cell(r.get("status")),
        JOIN.join(participant_label(p) for p in r.get("participants") or []),
        JOIN.join(_cell(p.get("actor_id")) for p in r.get("participants") or []),
        _cell(r.get("initiator")),
        *_location_cells(r.get("location")),
        *_time_cells(r.get("time")),
        _cell(r.get("topic")),
        JOIN.join(r.get("topics") or []),
        _cell(ev.get("text")),
        _cell(ev.get("start")),
        _cell(ev.get("end")),
        _cell(src.get("path")),
        _cell(src.get("title")),
        _cell(src.get("url")),
        _cell(src.get("date")),
        _cell(src.get("date_from")),
        _cell(r.get("confidence")),
        JOIN.join(r.get("warnings") or []),
        cameo_cell(r.get("cameo")),
        *_plover_cells(r.get("plover")),
    ]


def cluster_row(cluster: Mapping[str, Any]) -> list[str]:
    """The cells of one cluster of `syriadiplo.coding.merge.merge_records`, in CLUSTER_COLUMNS order."""
    c = cluster
    return [
        _cell(c.get("cluster_id")),
        _cell(c.get("type")),
        JOIN.join(c.get("members") or []),
        JOIN.join(c.get("sources") or []),
        JOIN.join(participant_label(p) for p in c.get("participants") or []),
        JOIN.join(c.get("actor_ids") or []),
        *_location_cells(c.get("location")),
        *_time_cells(c.get("time")),
        JOIN.join(c.get("topics") or []),
        _cell(c.get("status")),
        cameo_cell(c.get("cameo")),
        *_plover_cells(c.get("plover")),
    ]


def _write_rows(file: IO[str], bom: bool, header: list[str], rows: Iterable[list[str]]) -> int:
    """A header row, then the rows, streamed; returns the number of rows after the header."""
    if bom:
        file.write(_BOM)
    w = csv.writer(file, lineterminator="\n")
    w.writerow(header)
    n = 0
    for row in rows:
        w.writerow(row)
        n += 1
    return n


def records_to_csv(records: Iterable[RecordLike], file: IO[str], bom: bool = False) -> int:
    """Write a header row and one row per record to `file` (streams); returns the number of records."""
    return _write_rows(file, bom, RECORD_COLUMNS, (record_row(r) for r in records))


def clusters_to_csv(clusters: Iterable[Mapping[str, Any]], file: IO[str], bom: bool = False) -> int:
    """Write a header row and one row per cluster to `file`; returns the number of clusters."""
    return _write_rows(file, bom, CLUSTER_COLUMNS, (cluster_row(c) for c in clusters))


PARTICIPANT_COLUMNS = (
    "record_id", "doc_id", "position", "actor_id", "name", "role", "country", "organization", "kind",
    "is_initiator", "type", "cameo", "event_date",
)


def participant_rows(record: RecordLike) -> Iterable[list[str]]:
    """One row per participant of a record, in PARTICIPANT_COLUMNS order (position counts from 1)."""
    r = record.model_dump(mode="json") if isinstance(record, Record) else record
    value = (r.get("time") or {}).get("value") or ""
    date = value if len(value) == 10 and value[:4].isdigit() else (r.get("source") or {}).get("date")
    for n, p in enumerate(r.get("participants") or [], 1):
        side = p.get("country") or p.get("organization")
        yield [
            _cell(r.get("id")), _cell(r.get("doc_id")), str(n), _cell(p.get("actor_id")), _cell(p.get("name")),
            _cell(p.get("role")), _cell(p.get("country")), _cell(p.get("organization")), _cell(p.get("kind")),
            "true" if side and side == r.get("initiator") else "false", _cell(r.get("type")),
            cameo_cell(r.get("cameo")), _cell(date),
        ]


def participants_to_csv(records: Iterable[RecordLike], file: IO[str], bom: bool = False) -> int:
    """Write the participants of every record in long form; returns the number of rows."""
    return _write_rows(file, bom, list(PARTICIPANT_COLUMNS), (row for r in records for row in participant_rows(r)))


def dyad_row(d: Mapping[str, Any]) -> list[str]:
    return [cameo_cell(d[f]) if f == "cameo" else _cell(d[f]) for f in DYAD_FIELDS]


def dyads_to_csv(records: Iterable[RecordLike], file: IO[str], bom: bool = False) -> int:
    """Write one row per directed pair of parties (`codes.dyads`); returns the number of rows."""
    return _write_rows(file, bom, list(DYAD_FIELDS), (dyad_row(d) for r in records for d in dyads(r)))
