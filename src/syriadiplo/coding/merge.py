"""Cross-document merging: records of one real event, from many articles, become one cluster.

Two records are the same event when all of these hold:

- same `type`;
- same sides (the states or bodies of their parties, syriadiplo.coding.codes.sides), and for every side
  the named persons agree: the same person ids, or one record names nobody on that side (a state,
  a delegation or an unnamed official stands in: "Lavrov met Le Drian" and "Le Drian held talks
  in Russia"). They must share at least one named person, unless neither names anyone. A named
  person whose state and body are unknown takes the one side its actor key has elsewhere in the
  input, else counts as a side of its own (`?`). A record with no side at all (الاطراف المشاركه)
  stays alone;
- compatible locations: the same city (spelling variants of one cities.tsv row are one city), or
  a city and the state it is in, or one record without a location; never two different cities,
  never two different states;
- compatible times (slack of one day for time zones and late reports): two resolved dates at
  most one day apart; a date and a week, month or year that contain it (with the slack); a date
  and a partial value that fits it (XXXX-11-25, XXXX-XX-13); a weekday and a date or a weekday
  at most one day away; within one document, relative days (أمس، اليوم) at most one apart. A
  record whose time is unknown or unresolved (text only) fits any time.

Clusters are built per block of records with the same type and sides (never over all pairs).
Inside a block, records are taken most-specific time first (resolved dates in date order, then
weeks and months, partial dates, weekdays, nothing), ties broken by doc_id and id, and each joins
the one cluster every member of which it is compatible with (complete link, so a record with an
unresolved date never chains two dates a week apart). A record compatible with two or more
clusters joins none and starts its own: which event it reports cannot be told. The result does
not depend on the input order.

Each cluster, keys in this order: `cluster_id` (cl- and a hash of the sorted member ids), `type`,
`members` (record ids, sorted), `sources` (doc_ids, sorted, unique), `participants` (one per
actor: the fullest name (most words, then the spelling most members use, a persons.tsv spelling,
fewer diacritics) and the first non-null role, country and organization over the members;
a state or unnamed official is dropped when a named person of the same side is there),
`actor_ids` (one per participant, in the same order, in the Latin-script form of the records'
`actor_id`: syriadiplo.recognize.actors.latin_id), `location` (a city over a state over
none), `time` (the most specific), `topics` (sorted union), `status` (occurred over planned over
uncertain: an event one outlet reports done has happened), `cameo` and `plover` (syriadiplo.coding.codes
on the merged slots; 046 when any member is a negotiation).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Optional, Union

from syriadiplo.coding.codes import assign_codes, classify, location_country
from syriadiplo.language import resource
from syriadiplo.models import Record
from syriadiplo.recognize.actors import actor_id, actor_parts, is_named_person, latin_id
from syriadiplo.resources import alternatives, read_table
from syriadiplo.text.normalize import normalize_text
from syriadiplo.text.proclitics import article_variants, without_article

RecordLike = Union[Record, Mapping[str, Any]]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
STATUS_RANK = {"occurred": 0, "planned": 1, "uncertain": 2}
SLACK = _dt.timedelta(days=1)

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_MD = re.compile(r"^XXXX-(\d{2}|XX)-(\d{2})$")
_XMONTH = re.compile(r"^XXXX-(\d{2})$")


# ---- time


@dataclass(frozen=True)
class _When:
    """What a record's time fixes: a concrete range, a partial (month, day), a weekday, relative days."""

    lo: Optional[_dt.date] = None
    hi: Optional[_dt.date] = None
    md: Optional[tuple[Optional[int], Optional[int]]] = None
    weekday: Optional[int] = None
    rel: Optional[int] = None
    doc: str = ""
    rank: int = 5  # lower is more specific: 0 day, 1 week, 2 month or year, 3 partial, 4 weekday or relative day, 5 nothing

    @property
    def sort_key(self) -> tuple:
        return (self.rank, self.lo.toordinal() if self.lo else 0, self.md or (0, 0))


def _parse_time(t: Optional[Mapping[str, Any]], doc_id: str) -> _When:
    if not t:
        return _When(doc=doc_id)
    value = t.get("value") or ""
    wd = t.get("weekday")
    rel = t.get("relative_days")
    try:
        if m := _FULL.match(value):
            d = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            return _When(lo=d, hi=d, doc=doc_id, rank=0)
        if m := _WEEK.match(value):
            monday = _dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:  # the weekend: Friday to Sunday, as Arab and Western weekends differ
                return _When(lo=monday + _dt.timedelta(days=4), hi=monday + _dt.timedelta(days=6), doc=doc_id, rank=1)
            return _When(lo=monday, hi=monday + _dt.timedelta(days=6), doc=doc_id, rank=1)
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            nxt = _dt.date(y + (mo == 12), mo % 12 + 1, 1)
            return _When(lo=_dt.date(y, mo, 1), hi=nxt - _dt.timedelta(days=1), doc=doc_id, rank=2)
        if m := _YEAR.match(value):
            y = int(m[1])
            return _When(lo=_dt.date(y, 1, 1), hi=_dt.date(y, 12, 31), doc=doc_id, rank=2)
        if m := _MD.match(value):
            return _When(md=(None if m[1] == "XX" else int(m[1]), int(m[2])), doc=doc_id, rank=3)
        if m := _XMONTH.match(value):
            return _When(md=(int(m[1]), None), doc=doc_id, rank=3)
    except ValueError:  # an impossible date in the input: treat the time as unknown
        pass
    weekday = WEEKDAYS.index(wd) if wd in WEEKDAYS else None
    rank = 4 if weekday is not None or rel is not None else 5
    return _When(weekday=weekday, rel=rel, doc=doc_id, rank=rank)


def _fits(d: _dt.date, md: tuple[Optional[int], Optional[int]]) -> bool:
    month, day = md
    return (month is None or d.month == month) and (day is None or d.day == day)


def _range_fits(lo: _dt.date, hi: _dt.date, md: tuple[Optional[int], Optional[int]]) -> bool:
    d, end = lo - SLACK, hi + SLACK
    while d <= end:
        if _fits(d, md):
            return True
        d += _dt.timedelta(days=1)
    return False


@lru_cache(maxsize=4096)
def _partials_meet(a: tuple[Optional[int], Optional[int]], b: tuple[Optional[int], Optional[int]]) -> bool:
    """Whether some day fitting `a` is within a day of one fitting `b`, in some year."""
    # A leap year and the next one stand for any year: every month-day and the year-end wrap occur.
    start = _dt.date(2000, 1, 1)
    days = (start + _dt.timedelta(days=k) for k in range(731))
    return any(_fits(d, a) and _range_fits(d, d, b) for d in days)


def _weekday_near(w: int, lo: _dt.date, hi: _dt.date) -> bool:
    if (hi - lo).days >= 6:
        return True
    d = lo - SLACK
    while d <= hi + SLACK:
        if d.weekday() == w:
            return True
        d += _dt.timedelta(days=1)
    return False


def _times_compatible(a: _When, b: _When) -> bool:
    if a.lo and b.lo:
        if not (a.lo - SLACK <= b.hi and b.lo - SLACK <= a.hi):
            return False
    elif a.lo and b.md:
        if not _range_fits(a.lo, a.hi, b.md):
            return False
    elif b.lo and a.md:
        if not _range_fits(b.lo, b.hi, a.md):
            return False
    elif a.md and b.md:
        if not _partials_meet(a.md, b.md):
            return False
    for x, y in ((a, b), (b, a)):
        if x.weekday is None:
            continue
        if y.weekday is not None and min((x.weekday - y.weekday) % 7, (y.weekday - x.weekday) % 7) > 1:
            return False
        if y.lo and not _weekday_near(x.weekday, y.lo, y.hi):
            return False
    if a.rel is not None and b.rel is not None and a.doc == b.doc and a.rank == b.rank == 4:
        if abs(a.rel - b.rel) > 1:
            return False
    return True


def _time_specificity(t: Optional[Mapping[str, Any]]) -> tuple:
    w = _parse_time(t, "")
    return (
        -w.rank,
        bool(t and t.get("weekday")),
        bool(t and t.get("relative_days") is not None),
        bool(t and t.get("text")),
    )


# ---- place


@resource
def _city_rows() -> dict[str, str]:
    """Normalized city spelling -> the first spelling of its cities.tsv row."""
    out: dict[str, str] = {}
    for row in read_table("cities.tsv"):
        names = alternatives(row[0])
        for n in names:
            out[n] = names[0]
    return out


@resource
def _country_names() -> dict[str, str]:
    return {n: row[0] for row in read_table("countries.tsv") for n in alternatives(row[1])}


@dataclass(frozen=True)
class _Place:
    kind: str  # "city" (a listed or unlisted city or place) or "country" (the location names a state)
    key: str
    country: Optional[str]


def _parse_place(loc: Optional[Mapping[str, Any]]) -> Optional[_Place]:
    if not loc or not loc.get("name"):
        return None
    name = " ".join(normalize_text(loc["name"]).split())
    variants = article_variants(name)
    country = location_country(loc)
    for v in variants:
        if v in _city_rows():
            return _Place("city", _city_rows()[v], country)
    for v in variants:
        if v in _country_names():
            return _Place("country", _country_names()[v], loc.get("country") or _country_names()[v])
    bare = without_article(name, 0)
    return _Place("city", bare, country)


def _places_compatible(a: Optional[_Place], b: Optional[_Place]) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.kind == "country" or b.kind == "country":
        return True
    return a.key == b.key


# ---- records


@dataclass
class _Item:
    rec: dict
    id: str
    doc_id: str
    aids: list[str]
    sig: dict[str, frozenset[str]]
    named: bool
    when: _When
    place: Optional[_Place]
    negotiation: bool

    @property
    def profile(self) -> tuple:
        """What `compatible` reads of the record: records with one profile are interchangeable."""
        when = self.when if self.when.rel is not None else replace(self.when, doc="")
        return (self.rec.get("type"), frozenset(self.sig.items()), self.named, self.place, when)

    @property
    def order(self) -> tuple:
        return (self.when.sort_key, -sum(len(v) for v in self.sig.values()), self.place is None, self.doc_id, self.id)


def _as_dict(r: RecordLike) -> dict:
    if isinstance(r, Record):
        return r.model_dump(mode="json")
    return dict(r)


def _record_id(rec: Mapping[str, Any]) -> str:
    if rec.get("id"):
        return rec["id"]
    blob = json.dumps(rec, ensure_ascii=False, sort_keys=True)
    return "ev-" + hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


def _signature(aids: list[str]) -> tuple[dict[str, frozenset[str]], bool]:
    """side -> the named person keys on that side, and whether any person is named."""
    sig: dict[str, set[str]] = {}
    named = False
    for aid in aids:
        kind, scope, key = actor_parts(aid)
        if is_named_person(aid):
            named = True
            sig.setdefault(scope or "?", set()).add(key)
        elif scope:
            sig.setdefault(scope, set())
    return {k: frozenset(v) for k, v in sig.items()}, named


def _item(rec: dict) -> _Item:
    aids = [actor_id(p) for p in rec.get("participants") or []]
    sig, named = _signature(aids)
    cameo = rec.get("cameo")
    if cameo is None and rec.get("type") == "meeting":
        cameo = assign_codes(rec)[0]
    return _Item(
        rec=rec,
        id=_record_id(rec),
        doc_id=str(rec.get("doc_id") or ""),
        aids=aids,
        sig=sig,
        named=named,
        when=_parse_time(rec.get("time"), str(rec.get("doc_id") or "")),
        place=_parse_place(rec.get("location")),
        negotiation=cameo == "046",
    )


def _place_unscoped(items: list[_Item]) -> None:
    """Give a named person of unknown state and body (side `?`) the one side its key has elsewhere in the input."""
    seen: dict[str, set[str]] = {}
    for it in items:
        for side, keys in it.sig.items():
            if side != "?":
                for k in keys:
                    seen.setdefault(k, set()).add(side)
    for it in items:
        if "?" not in it.sig:
            continue
        sig = {k: set(v) for k, v in it.sig.items() if k != "?"}
        for k in it.sig["?"]:
            found = seen.get(k, set())
            sig.setdefault(next(iter(found)) if len(found) == 1 else "?", set()).add(k)
        it.sig = {k: frozenset(v) for k, v in sig.items()}


def _parties_compatible(a: _Item, b: _Item) -> bool:
    shared = False
    for side, pa in a.sig.items():
        pb = b.sig.get(side, frozenset())
        if pa and pb:
            if pa != pb:
                return False
            shared = True
    return shared or (not a.named and not b.named)


def compatible(a: _Item, b: _Item) -> bool:
    """True when two records (of one block) may report the same event."""
    return (
        a.rec.get("type") == b.rec.get("type")
        and a.sig.keys() == b.sig.keys()
        and _parties_compatible(a, b)
        and _places_compatible(a.place, b.place)
        and _times_compatible(a.when, b.when)
    )


def _cluster_block(items: list[_Item]) -> list[list[_Item]]:
    clusters: list[list[_Item]] = []
    spans: list[Optional[tuple[_dt.date, _dt.date]]] = []  # the dates a cluster's dated members cover
    # Members with one profile (sides, place, time) are interchangeable: compare with one of each.
    profiles: list[dict[tuple, _Item]] = []
    for it in sorted(items, key=lambda i: i.order):
        if not it.sig:  # no side known (الاطراف المشاركه): nothing to match on
            clusters.append([it])
            spans.append(None)
            profiles.append({})
            continue
        lo, hi = it.when.lo, it.when.hi
        profile = it.profile
        fits = [
            k
            for k, c in enumerate(clusters)
            # a cheap look at the dates first, then every member (complete link)
            if not (lo and spans[k] and (lo - SLACK > spans[k][1] or spans[k][0] - SLACK > hi))
            and all(compatible(it, m) for m in profiles[k].values())
        ]
        if len(fits) == 1:
            k = fits[0]
            clusters[k].append(it)
            profiles[k].setdefault(profile, it)
            if lo:
                spans[k] = (min(lo, spans[k][0]), max(hi, spans[k][1])) if spans[k] else (lo, hi)
        else:
            clusters.append([it])
            spans.append((lo, hi) if lo else None)
            profiles.append({profile: it})
    return clusters


# ---- merged slots


_DIACRITICS = re.compile(r"[\u064b-\u0652\u0670\u0640]")  # tanween to sukun, dagger alef, tatweel


@resource
def _listed_spellings() -> frozenset[str]:
    return frozenset(n for row in read_table("persons.tsv") for n in alternatives(row[0]))


def _fullness(p: Mapping[str, Any], counts: Mapping[str, int]) -> tuple:
    """How good a participant's name is to show: more words, more outlets, a listed spelling, fewer diacritics."""
    name = p.get("name") or ""
    norm = " ".join(normalize_text(name).split())
    return (
        len(norm.split()),
        counts.get(norm, 0),
        norm in _listed_spellings(),
        -len(_DIACRITICS.findall(name)),
        sum(p.get(f) is not None for f in ("role", "country", "organization")),
    )


def _merge_participants(members: list[_Item]) -> tuple[list[dict], list[str]]:
    groups: dict[str, list[dict]] = {}
    order: list[str] = []
    for it in members:
        for p, aid in zip(it.rec.get("participants") or [], it.aids):
            if aid not in groups:
                groups[aid] = []
                order.append(aid)
            groups[aid].append(p)
    # A person of unknown state and body joins the one scoped person with the same key.
    for aid in list(order):
        kind, scope, key = actor_parts(aid)
        if kind != "p" or scope or not is_named_person(aid):
            continue
        same = [o for o in order if o != aid and actor_parts(o)[0] == "p" and actor_parts(o)[2] == key and actor_parts(o)[1]]
        if len(same) == 1:
            groups[same[0]].extend(groups.pop(aid))
            order.remove(aid)
    named_sides = {actor_parts(a)[1] for a in order if is_named_person(a)}
    out: list[dict] = []
    ids: list[str] = []
    for aid in order:
        kind, scope, _ = actor_parts(aid)
        if scope and scope in named_sides and (kind == "s" or (kind == "p" and not is_named_person(aid))):
            continue  # Russia, or an unnamed Russian minister, when Lavrov is there
        cands = groups[aid]
        counts: dict[str, int] = {}
        for c in cands:
            n = " ".join(normalize_text(c.get("name") or "").split())
            counts[n] = counts.get(n, 0) + 1
        best = dict(max(enumerate(cands), key=lambda ic: (_fullness(ic[1], counts), -ic[0]))[1])
        for f in ("role", "country", "organization"):
            if best.get(f) is None:
                best[f] = next((c.get(f) for c in cands if c.get(f) is not None), None)
        merged: dict[str, Any] = {f: best.get(f) for f in ("name", "role", "country", "organization", "kind")}
        merged["actor_id"] = latin_id(actor_id(merged))  # the records' own form of the id
        out.append(merged)
        ids.append(merged["actor_id"])
    return out, ids


def _merge_location(members: list[_Item]) -> Optional[dict]:
    best, score = None, -1
    for it in members:
        if it.place is None:
            continue
        s = 2 if it.place.kind == "city" else 1
        if s > score:
            best, score = it.rec.get("location"), s
    return best


def _merge_time(members: list[_Item]) -> Optional[dict]:
    best, score = None, None
    for it in members:
        t = it.rec.get("time")
        if not t:
            continue
        s = _time_specificity(t)
        if score is None or s > score:
            best, score = t, s
    return best


def _cluster_id(ids: list[str]) -> str:
    return "cl-" + hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:16]


def _make_cluster(members: list[_Item]) -> dict:
    members = sorted(members, key=lambda i: (i.doc_id, i.id))
    ids = sorted(i.id for i in members)
    participants, actor_ids = _merge_participants(members)
    location = _merge_location(members)
    initiator = next((i.rec.get("initiator") for i in members if i.rec.get("initiator")), None)
    type_ = members[0].rec.get("type")
    cameo, plover = classify(type_, participants, location, initiator, any(i.negotiation for i in members))
    return {
        "cluster_id": _cluster_id(ids),
        "type": type_,
        "members": ids,
        "sources": sorted({i.doc_id for i in members}),
        "participants": participants,
        "actor_ids": actor_ids,
        "location": location,
        "time": _merge_time(members),
        "topics": sorted({t for i in members for t in (i.rec.get("topics") or [])}),
        "status": min((i.rec.get("status") for i in members), key=lambda s: STATUS_RANK.get(s, 9)),
        "cameo": cameo,
        "plover": plover.model_dump(mode="json"),
    }


def merge_records(records: Iterable[RecordLike]) -> list[dict]:
    """Group records of the same real event across documents into clusters (see the module docstring).

    Args:
        records: `Record` objects or their JSON dicts (lines of `syriadiplo extract`), in any order;
            a record repeated with the same id counts once.
    Returns:
        One dict per cluster, every record in exactly one, ordered by (first source, first member).
    """
    by_id: dict[str, dict] = {}
    for r in records:
        rec = _as_dict(r)
        rid = _record_id(rec)
        if rid in by_id:  # the same id twice: keep one, whatever the input order
            a = json.dumps(by_id[rid], ensure_ascii=False, sort_keys=True)
            b = json.dumps(rec, ensure_ascii=False, sort_keys=True)
            if b >= a:
                continue
        by_id[rid] = rec
    items = [_item(rec) for rec in by_id.values()]
    _place_unscoped(items)
    blocks: dict[tuple, list[_Item]] = {}
    for it in items:
        blocks.setdefault((str(it.rec.get("type")), tuple(sorted(it.sig))), []).append(it)
    clusters = [_make_cluster(c) for key in sorted(blocks) for c in _cluster_block(blocks[key])]
    return sorted(clusters, key=lambda c: (c["sources"][0] if c["sources"] else "", c["members"][0]))


def cluster_json(cluster: Mapping[str, Any]) -> str:
    """One JSONL line for a cluster: keys in order, Arabic kept as Arabic (as `pipeline.record_json`)."""
    return json.dumps(dict(cluster), ensure_ascii=False, separators=(", ", ": "))


def read_jsonl(lines: Iterable[str], name: str = "-") -> Iterator[dict]:
    """Records from JSONL lines (blank lines skipped); a bad line raises ValueError naming `name` and its number."""
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"{name}:{no}: not JSON: {e.msg}") from None
        if not isinstance(obj, dict):
            raise ValueError(f"{name}:{no}: not a JSON object")
        yield obj
