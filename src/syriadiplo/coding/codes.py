"""Event-data codes of a record: CAMEO (04x, CONSULT) and PLOVER (CONSULT with a mode).

A record is undirected (a meeting of A and B); CAMEO codes are directed (source -> target). The
rule below picks one code per record and says whose perspective it takes, so the source and
target can be read off the record itself. "Sides" are the distinct states or bodies of the
parties: a party's actor scope (syriadiplo.recognize.actors: a person's state, else its body; a state; an
organization's code; a delegation's state or body); parties with neither are not a side. The
"host" of a meeting is the state of its location (location.country, else the state of the named
city or country in cities.tsv / countries.tsv), and any organization party whose seat is the
location's city (SEAT_<code> in resources/ar/event_codes.tsv: the EU in Brussels, the UN in Geneva).

CAMEO, first rule that applies:

| record                                                        | CAMEO | source -> target        |
|---------------------------------------------------------------|-------|-------------------------|
| phone_call                                                    | 041   | initiator -> the others |
| meeting whose evidence names a negotiation (see below)        | 046   | all sides (mutual)      |
| meeting, no location or its state unknown                     | 040   | all sides (mutual)      |
| meeting, a host side and another side, the host initiated     | 043   | host -> visitors        |
| meeting, a host side and at least one other side              | 042   | visitors -> host        |
| meeting, sides known, none of them hosts                      | 044   | all sides (mutual)      |
| meeting, every side hosts (all at home), or no side known     | 040   | all sides (mutual)      |

042 "make a visit" is the default for a visit because PLOVER codes the visitor as the source
and the host as the recipient; 043 "host a visit" is used only when the record says the host
took the initiative (initiator is the host side: بدعوة من، بمبادرة).

Negotiation (046): a NEGOTIATION word (مفاوضات، تفاوض ...) in an evidence sentence, or a ROUND
word (جوله) in a sentence that also has a ROUND_TALKS word (محادثات، مباحثات، حوار، تفاوضيه).
What was discussed is not how it was held (بحثا مسار المفاوضات، تناول اللقاء التحضيرات للجوله
المقبله من محادثات استانا): the record's topic phrase is masked, and so is the rest of a sentence
from its first topic opener on (TOPIC_MARKERS and DISCUSS_VERBS of grammar.tsv). Organization
names are masked too (الهيئه العليا للمفاوضات is a body). Proclitics, the article and pronoun
suffixes are stripped before comparing. The topic alone never makes a negotiation.

PLOVER: event CONSULT; mode, first that applies:

| record                                         | mode           |
|------------------------------------------------|----------------|
| phone_call                                     | `phone`        |
| meeting with three or more sides               | `multilateral` |
| meeting with a host side and another side      | `visit`        |
| meeting with sides, none hosting               | `third-party`  |
| otherwise                                      | null           |
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Final, Optional, Union

from syriadiplo.language import resource
from syriadiplo.models import Plover, Record, build
from syriadiplo.recognize.actors import actor_id, actor_parts, is_mapping, latin_id
from syriadiplo.resources import alternatives, grammar, read_table
from syriadiplo.text.normalize import normalize_text
from syriadiplo.text.proclitics import article_variants, clitics, stems
from syriadiplo.text.wordscan import SubstringSet, literal_alternation

RecordLike = Union[Record, Mapping[str, Any]]

CAMEO_NAMES: Final = {
    "040": "Consult",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a third location",
    "046": "Engage in negotiation",
}

_WORD: Final = re.compile(r"\w+")


def _get(obj: Any, field: str) -> Any:
    if obj is None:
        return None
    return obj.get(field) if is_mapping(obj) else getattr(obj, field, None)


# ---- lexicon-derived look-ups


@resource
def city_country_map() -> dict[str, str]:
    """Normalized place name -> ISO3: every city of cities.tsv and every state name of countries.tsv."""
    out: dict[str, str] = {}
    for row in read_table("countries.tsv"):
        for name in alternatives(row[1]):
            out.setdefault(name, row[0])
    for row in read_table("cities.tsv"):  # a city wins over a state of the same spelling (عمان)
        for name in alternatives(row[0]):
            out[name] = row[1]
    return out


@resource
def _codes_table() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(alternatives(row[1] if len(row) > 1 else "")) for row in read_table("event_codes.tsv")}


def org_seats() -> dict[str, frozenset[str]]:
    """Organization code -> the normalized names of the cities where it sits (a fresh dict: callers may change it)."""
    return dict(_org_seats())


@resource
def _org_seats() -> dict[str, frozenset[str]]:
    return {k[len("SEAT_"):]: frozenset(v) for k, v in _codes_table().items() if k.startswith("SEAT_")}


def _place_key(name: str) -> str:
    return " ".join(normalize_text(name).split())


def _lookup_place(name: str, table: Mapping[str, str]) -> Optional[str]:
    for cand in article_variants(_place_key(name)):
        if cand in table:
            return table[cand]
    return None


def location_country(location: Any, city_country: Optional[Mapping[str, str]] = None) -> Optional[str]:
    """ISO3 of a record's location: its `country`, else the state of the city or country it names."""
    if not location:
        return None
    country = _get(location, "country")
    if country:
        return country
    name = _get(location, "name")
    return _lookup_place(name, city_country if city_country is not None else city_country_map()) if name else None


def sides(participants: Iterable[Any]) -> list[str]:
    """The distinct states or bodies of the parties, in order of first mention (see the module docstring)."""
    out: list[str] = []
    for p in participants:
        scope = actor_parts(actor_id(p))[1]
        if scope and scope not in out:
            out.append(scope)
    return out


def host_sides(location: Any, party_sides: Iterable[str], city_country: Optional[Mapping[str, str]] = None) -> list[str]:
    """The sides at home at `location`: its state, and any organization side whose seat is its city."""
    if not location:
        return []
    country = location_country(location, city_country)
    name = _get(location, "name")
    city = _place_key(name) if name else ""
    seats = _org_seats()  # read only
    return [s for s in party_sides if s == country or (city and city in seats.get(s, ()))]


# ---- negotiation cues


@resource
def _org_mask() -> re.Pattern[str]:
    article, lam_def = clitics().article, clitics().lam_article
    names = set()
    for row in read_table("organizations.tsv"):
        for n in alternatives(row[1]):
            names.add(n)
            if n.startswith(article):  # ل + الهيئه is written للهيئه
                names.add(lam_def + n[len(article):])
    alts = sorted(names, key=lambda n: (-len(n), n))
    return re.compile("(?:" + literal_alternation(alts) + r")(?!\w)")


def word_forms(token: str) -> set[str]:
    """A normalized token and what it is without proclitics (و ف, ب ل ك), the article (ال, لل) and a pronoun suffix,
    a ta marbuta or a hamza the suffix had seated given back its end form (`proclitics.stems`: جولتها، جوله)."""
    return stems(token)


@resource
def _topic_openers() -> frozenset[str]:
    return frozenset(grammar("TOPIC_MARKERS")) | frozenset(grammar("DISCUSS_VERBS"))


def _before_topic(tokens: list[str]) -> list[str]:
    """The tokens before the first word that opens what was discussed (بحث، تناول، حول، لبحث ...)."""
    openers = _topic_openers()
    conj = clitics().conj
    for i, t in enumerate(tokens):
        if t in openers or (t[:1] in conj and t[1:] in openers):
            return tokens[:i]
    return tokens


@resource
def _negotiation_cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], SubstringSet]:
    """The negotiation, round and round-talks words, and one scanner for all of them."""
    table = _codes_table()
    neg, rnd, talks = frozenset(table["NEGOTIATION"]), frozenset(table["ROUND"]), frozenset(table["ROUND_TALKS"])
    if any(len(w.split()) != 1 or w != w.strip() for w in neg | rnd | talks):
        raise ValueError("event_codes.tsv: a negotiation cue must be one word")  # is_negotiation relies on it
    return neg, rnd, talks, SubstringSet(neg | rnd | talks)


def is_negotiation(evidence_texts: Iterable[str], topic: Optional[str] = None) -> bool:
    """True when an evidence sentence names a negotiation (module docstring: Negotiation)."""
    neg, rnd, talks, cues = _negotiation_cues()
    topic_n = " ".join(normalize_text(topic).split()) if topic else ""
    for text in evidence_texts:
        norm = normalize_text(text)
        # without a cue word as a substring of the sentence, skip the parse (cue words hold no whitespace, so they
        # are found alike before whitespace runs are collapsed); a cue word that word_forms gives only by its ta
        # marbuta's or seated hamza's end form (جوله of جولتها) is missed here, though the parse would find it
        present = cues.found(norm)
        if present.isdisjoint(neg) and (present.isdisjoint(rnd) or present.isdisjoint(talks)):
            continue
        sent = " ".join(norm.split())
        if topic_n:
            sent = sent.replace(topic_n, " ")
        sent = _org_mask().sub(" ", sent)
        forms = [word_forms(t) for t in _before_topic(_WORD.findall(sent))]
        if any(f & neg for f in forms):
            return True
        if any(f & rnd for f in forms) and any(f & talks for f in forms):
            return True
    return False


# ---- the codes


def classify(
    type_: str,
    participants: Iterable[Any],
    location: Any = None,
    initiator: Optional[str] = None,
    negotiation: bool = False,
    city_country: Optional[Mapping[str, str]] = None,
) -> tuple[str, Plover]:
    """(CAMEO code, PLOVER) from the slots of a record or a cluster (module docstring: the rule tables)."""
    if type_ == "phone_call":
        return "041", build(Plover, mode="phone")
    party_sides = sides(participants)
    hosts = host_sides(location, party_sides, city_country)
    visitors = [s for s in party_sides if s not in hosts]
    known_place = location_country(location, city_country) is not None
    mode: Optional[str] = None
    if hosts and visitors:
        cameo = "043" if initiator in hosts else "042"
        mode = "visit"
    elif known_place and party_sides and not hosts:
        cameo = "044"
        mode = "third-party"
    else:
        cameo = "040"
    if len(party_sides) >= 3:
        mode = "multilateral"
    if negotiation:
        cameo = "046"
    return cameo, build(Plover, mode=mode)


def assign_codes(record: RecordLike, city_country: Optional[Mapping[str, str]] = None) -> tuple[str, Plover]:
    """The CAMEO code and PLOVER event of one record (a `Record` or its JSON dict).

    Args:
        record: the record; its type, participants, location, initiator, topic and evidence are read.
        city_country: normalized place name -> ISO3 for locations without a country; default
            `city_country_map()` (cities.tsv and countries.tsv).
    Returns:
        ("041", Plover(event="CONSULT", mode="phone")) and the like.
    """
    type_ = _get(record, "type")
    negotiation = False
    if type_ == "meeting":
        texts = [_get(e, "text") or "" for e in (_get(record, "evidence") or [])]
        negotiation = is_negotiation(texts, _get(record, "topic"))
    return classify(
        type_,
        _get(record, "participants") or [],
        _get(record, "location"),
        _get(record, "initiator"),
        negotiation,
        city_country,
    )


def with_codes(record: Record, city_country: Optional[Mapping[str, str]] = None) -> Record:
    """A copy of `record` with its `cameo` and `plover` fields set."""
    cameo, plover = assign_codes(record, city_country)
    return record.model_copy(update={"cameo": cameo, "plover": plover})


# ---- dyads: one row per directed pair of parties, as ICEWS rows are

DYAD_FIELDS: Final = (
    "event_date", "source_actor", "source_name", "source_side", "source_country",
    "target_actor", "target_name", "target_side", "target_country",
    "cameo", "plover_event", "plover_mode", "record_id", "doc_id",
)
_FULL_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _party_side(p: Any) -> Optional[str]:
    return actor_parts(actor_id(p))[1]


def _directed(cameo: str, psides: list[Optional[str]], record: RecordLike,
              city_country: Optional[Mapping[str, str]]) -> list[tuple[int, int]]:
    """(source, target) participant indices by the CAMEO table of the module docstring.

    Two parties of one side make no pair; a party with no side is a side of its own (and a
    visitor, never a host). 041: the initiator's parties -> the others; 042: visitors -> host;
    043: host -> visitors; otherwise, and for 041 with no initiator among the sides, every pair
    both ways.
    """
    known = [s for s in psides if s is not None]
    pairs = [(i, j) for i in range(len(psides)) for j in range(len(psides))
             if i != j and (psides[i] is None or psides[i] != psides[j])]
    initiator = _get(record, "initiator")
    if cameo == "041" and initiator in known:
        return [(i, j) for i, j in pairs if psides[i] == initiator]
    if cameo in ("042", "043"):
        hosts = set(host_sides(_get(record, "location"), list(dict.fromkeys(known)), city_country))
        is_host = [s is not None and s in hosts for s in psides]
        want_host_source = cameo == "043"
        return [(i, j) for i, j in pairs if is_host[i] == want_host_source and is_host[j] != want_host_source]
    return pairs


def dyads(record: RecordLike, city_country: Optional[Mapping[str, str]] = None) -> list[dict[str, Any]]:
    """The directed rows of one record (a `Record` or its dict), keys in DYAD_FIELDS order.

    `event_date` is the record's time value when it is a full date, else its document date
    (`source.date`), else null. Actor ids are the Latin-script ids of the records.
    """
    parts = list(_get(record, "participants") or [])
    cameo = _get(record, "cameo")
    plover = _get(record, "plover")
    if cameo is None:
        cameo, plover = assign_codes(record, city_country)
    psides = [_party_side(p) for p in parts]
    value = _get(_get(record, "time"), "value")
    date = value if value and _FULL_DATE.match(value) else _get(_get(record, "source"), "date")
    ids = [_get(p, "actor_id") or latin_id(actor_id(p)) for p in parts]
    rows = []
    for i, j in _directed(cameo, psides, record, city_country):
        s, t = parts[i], parts[j]
        rows.append({
            "event_date": date,
            "source_actor": ids[i], "source_name": _get(s, "name") or _get(s, "role"),
            "source_side": psides[i], "source_country": _get(s, "country"),
            "target_actor": ids[j], "target_name": _get(t, "name") or _get(t, "role"),
            "target_side": psides[j], "target_country": _get(t, "country"),
            "cameo": cameo, "plover_event": _get(plover, "event"), "plover_mode": _get(plover, "mode"),
            "record_id": _get(record, "id"), "doc_id": _get(record, "doc_id"),
        })
    return rows
