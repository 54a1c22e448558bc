"""Step `records`: one record per cluster."""
from __future__ import annotations

import datetime
import hashlib
from collections import Counter
from typing import Final

from syriadiplo.events import arguments, clauses, initiative, places, scope, timing, topical
from syriadiplo.events.analysis import CAT_CITY_COUNTRY_METONYM, Analysis, Cluster, EventMention, attendance_line, joined, kingdom_at
from syriadiplo.events.explain import attach, record_ids
from syriadiplo.language import resource
from syriadiplo.models import Evidence, Location, Participant, Record, Source, TimeInfo, build
from syriadiplo.recognize import holders
from syriadiplo.recognize.ner import Mention, PersonEntity, house_state
from syriadiplo.resources import grammar
from syriadiplo.text.lexicon import Token
from syriadiplo.text.normalize import normalize_text
from syriadiplo.text.phrases import phrases
from syriadiplo.text.proclitics import readings, without_article
from syriadiplo.time import timex

# an event told as done is in the article's present when dated at most this many days before the article (أمس)
RECENT_DAYS: Final = 2
LATE_AFTER_WORDS: Final = 3  # words of a LATE_AFTER phrase at most (طيب الله ثراه)
_BRACKETS: Final = frozenset("()")


def run(an: Analysis) -> None:
    """Step `records`: fills `an.records`, one record per cluster of `an.clusters`."""
    an.records = records(an, an.clusters)


def _status(an: Analysis, c: Cluster, primary: EventMention) -> str:
    """The record's status: the primary mention's, but the hedge of its sentence covers its purpose (زيارة قد يقوم بها
    ... للقاء الرئيس: uncertain), and a verb of the same event told as done in its sentence outweighs a planned mention
    with no time ahead (a headline run into its story: الرئيس يلتقي رئيس الوزراء التقى الرئيس اليوم رئيس الوزراء:
    occurred; not يلتقي X Y غدا بعد ان التقيا امس)."""
    same = [m for m in c.mentions if m.sent_index == primary.sent_index and m is not primary]
    if primary.status == "planned" and any(m.status == "uncertain" for m in same):
        return "uncertain"
    done = any(m.status == "occurred" and m.trigger_cls == "verb" and not m.earlier for m in same)
    if primary.status == "planned" and done and not _time_ahead(an, primary):
        return "occurred"
    return primary.status


def _time_ahead(an: Analysis, m: EventMention) -> bool:
    """Whether the mention's own time lies after the document date (غدا، الشهر المقبل): by its days from it, else by
    its month or day (timex.calendar_side)."""
    if m.time is None:
        return False
    rt = m.time[1]
    return rt.relative_days > 0 if rt.relative_days is not None else timex.calendar_side(rt.value, an.doc_date()) > 0


def records(an: Analysis, clusters: list[Cluster]) -> list[Record]:
    out: list[Record] = []
    used_ids: set[str] = set()
    heads = an.headline_indices()
    for c in clusters:
        # the body sentence that first reports the event with its sides named (a headline when only it names two;
        # not a line of attendees, حضر اللقاء X وY: they are listed after the sides who met, RECORDS.md)
        primary = max(c.mentions, key=lambda m: (not attendance_line(an, m.sent_index),
                                                 min(2, len([p for p in m.parties if p.kind == "person" and p.name])),
                                                 len(m.parties) >= 2, m.sent_index not in heads, len(m.parties),
                                                 -m.sent_index))
        parts = _participants(an, c, primary)
        if len(parts) < 2 and not (len(parts) == 1 and parts[0].kind == "delegation"):
            continue
        loc = places.place(an, c, primary, clusters) if c.type == "meeting" else None
        tm = (primary.time or next((m.time for m in c.mentions if m.time and not m.is_title), None)
              or next((m.time for m in c.mentions if m.time), None) or timing.evidence_time(an, c, primary.status)
              or timing.carried_time(an, c, primary.status) or timing.gathering_time(an, c, primary.status, clusters)
              or timing.follow_up_time(an, c, primary.status))
        topic = topical.record_topic(an, c, clusters)
        initiator = next((m.initiator for m in c.mentions if m.initiator), None)
        if initiator is None and c.type == "phone_call":
            initiator = topical.follow_up(an, c, lambda info: initiative.initiator(an, info, 0, 0, []))
        sents = sorted({m.sent_index for m in c.mentions} | {x for m in c.mentions for x in m.extra_sents})
        evidence = []
        for si in sents:
            s = an.doc.sentences[si]
            evidence.append(build(Evidence, start=s.start, end=s.end, text=an.doc.original[s.start:s.end]))
        topics = topical.topic_labels(an, c, topic, sents)
        status = _status(an, c, primary)
        time_info, warnings = None, []
        if tm:
            # resolved again with the record's own status: a mention's time was resolved with that mention's tense
            m, text = tm[0], tm[2]
            rt = timex.resolve(m, an.doc_date(), "future" if status != "occurred" else "past")
            time_info = build(TimeInfo, text=text, value=rt.value, relative_days=rt.relative_days, weekday=rt.weekday)
            warnings = list(rt.warnings)
        rid = _id(an, c.type, parts, time_info, used_ids)
        out.append(build(
            Record, id=rid, doc_id=an.doc.doc_id, type=c.type, status=status, participants=parts,
            initiator=initiator, location=build(Location, name=loc[0], country=loc[1]) if loc and c.type == "meeting" else None,
            time=time_info, topic=topic, topics=topics, evidence=evidence,
            source=build(Source, path=an.doc.path, title=an.doc.title), confidence=round(primary.strength, 2),
            warnings=warnings,
        ))
        if an.explain:
            attach(out[-1], record_ids(primary, c.mentions, status))
    return out


def _participants(an: Analysis, c: Cluster, primary: EventMention) -> list[Participant]:
    ordered: list[Mention] = list(primary.parties)
    keys = arguments.keys(ordered)
    named = {(p.country, p.org) for m in c.mentions for p in m.parties if p.kind == "person" and p.name}
    ordered = [p for p in ordered if p.kind != "person" or p.name or (p.country, p.org) not in named]
    keys = arguments.keys(ordered)
    bodies = {p.org for p in ordered if p.kind in ("org", "delegation") and p.org}
    for m in c.mentions:
        if m is primary:
            continue
        for p in m.parties:
            if p.kind == "person" and not p.name and (p.country, p.org) in named:
                continue
            if p.kind == "delegation" and not p.country and p.org in bodies:
                continue  # وزراء خارجية مجلس التعاون in another sentence: the body already listed
            if p.kind == "delegation" and not p.org and len((p.role or "").split()) <= 1 and p.country in {
                    q.country for q in ordered if q.kind == "state"}:
                continue  # روسيا in one sentence, ممثلي روسيا in another: a group noun alone tells no more than the state
            if p.kind in ("person", "delegation") and arguments.key(p) not in keys:
                ordered.append(p)
                keys.add(arguments.key(p))
    # (وفد الهيئة العليا للمفاوضات in a headline, برئاسة X in the body: the delegation is its head's side, told again;
    # not that of one of its officials who attends)
    heads = {(p.country, p.org) for p in ordered if p.kind == "person" and p.heads and arguments.national_body(p)}
    ordered = [p for p in ordered if not arguments.body_told_twice(an, p, ordered)
               and not (p.kind == "delegation" and (p.country, p.org) in heads)]
    ordered = _venue_only(an, c, _named_hosts(an, c, ordered))
    late = _late(an)
    if late and _told_now(an, c, [p for p in ordered if p.kind == "person" and p.entity not in late]):
        ordered = [p for p in ordered if not (p.kind == "person" and p.entity in late)]
    # a state is covered by its own official, whether the text or the person's entity gives his state
    covered = {_state_of(an, p) for p in ordered if p.kind in ("person", "delegation")} - {None}
    manned = {_state_of(an, p) for p in ordered if p.kind == "person"} - {None}
    out: list[Participant] = []
    for p in ordered:
        if p.kind == "state" and p.country in covered and len(ordered) > 2:
            continue
        if p.kind == "delegation" and p.government and p.country in manned and len(ordered) > 2:
            continue  # (إدارة الرئيس أوباما beside كارتر: the government is its official's side)
        if p.kind == "person":
            ent = an.reg.people[p.entity] if p.entity is not None else None
            role = _fuller_role(p.role, ent, an.g["STYLE_TITLES"])
            if role is None and ent is not None:
                role = _lexicon_role(an, ent.name_norm)
            if role is None and p.counterpart:
                # نظيره X after a listed person whose title the text does not tell: the title the list gives him
                role = next((arguments.masculine_title(q.role) for q in out if q.kind == "person" and q.role), None)
            role = places.as_written(an, role)
            out.append(build(Participant, name=ent.name if ent else p.name, role=role,
                                   country=(_state_of(an, p) or _listed_state(an, c, p)
                                            or _host_of(an, primary, p, role, ordered, out)
                                            or _attending_host(an, c, p, role, ordered)
                                            or _kingdom_of(an, role, c, p, ordered)),
                                   organization=p.org or (ent.org if ent else None), kind="person"))
        elif p.kind == "delegation":
            out.append(build(Participant, name=p.name, role=p.role, country=p.country, organization=p.org, kind="delegation"))
        elif p.kind == "org":
            out.append(build(Participant, name=None, role=p.role, country=p.country, organization=p.org, kind="organization"))
        else:
            out.append(build(Participant, name=None, role=None, country=p.country, organization=None, kind="state"))
    out = _without_told_again(an, out)
    return _without_sideless_persons(_one_per_title(_title_with_its_name(_bodies_of_their_officials(an, _secretariat_bodies(an, out)))))


def _without_told_again(an: Analysis, out: list[Participant]) -> list[Participant]:
    """Nameless parties that are named persons of their side told again: a bare title of the side of a named person
    (رئيس حكومة لبناني = ميقاتي), a delegation whose title opens with the article after named persons of its side
    (محافظ صنعاء X ومحافظ الضالع Y ... وبحث مع المسؤولين اليمنيين; not عدد من المسؤولين, officials besides them, nor
    الوفد السوري المعارض beside the Syrian foreign minister, of the same state but the other side: OPPOSITION_NOUNS,
    OPPOSITION_ADJECTIVES), and a body's delegation beside a named person of that body (`_body_delegation_told`)."""
    named = {(p.country, p.organization) for p in out if p.kind == "person" and p.name}
    opposition = an.g["OPPOSITION_NOUNS"] | an.g["OPPOSITION_ADJECTIVES"]
    kept: list[Participant] = []
    seen: set[tuple[str | None, str | None]] = set()  # the sides of the named persons kept so far
    for p in out:
        side = (p.country, p.organization)
        if p.kind == "person" and not p.name and side in named:
            continue
        words = normalize_text(p.role or "").split() if p.kind == "delegation" and not p.name and side in seen else []
        if words and words[0] != without_article(words[0]) and opposition.isdisjoint(words):
            continue
        if _body_delegation_told(an, p, named):
            continue
        if p.kind == "person" and p.name:
            seen.add(side)
        kept.append(p)
    return kept


def _body_delegation_told(an: Analysis, p: Participant, named: set[tuple[str | None, str | None]]) -> bool:
    """Whether p is a nameless delegation of a body (وفد حماس، وفد من حركة حماس: DELEGATION_HEADS) beside a named person
    of that body and state (خالد مشعل، of حركة حماس), before or after it: his delegation, told again (RECORDS.md lists a
    delegation's head, not the delegation as well); not a group of the body's members (وزراء خارجية دول مجلس التعاون)."""
    if p.kind != "delegation" or p.name or not p.organization:
        return False
    words = normalize_text(p.role or "").split()
    if not words or words[0] not in an.g["DELEGATION_HEADS"]:
        return False
    body = normalize_text(p.organization)
    return any(org and state == p.country and _same_body(normalize_text(org), body) for state, org in named)


def _secretariat_bodies(an: Analysis, out: list[Participant]) -> list[Participant]:
    """الأمين العام المساعد للشؤون الخارجية X، المستشار السياسي للأمين العام Y: a person of no state or body whose title
    names a secretary-general he is not is of the body of the record's one secretary-general."""
    where = [_secretary_general(an, p.role) if p.kind == "person" else None for p in out]
    heads = {p.organization for p, at in zip(out, where) if at == 0 and p.organization}
    if len(heads) != 1:
        return out
    body = next(iter(heads))
    return [build(Participant, name=p.name, role=p.role, country=None, organization=body, kind=p.kind)
            if at and not p.country and not p.organization else p for p, at in zip(out, where)]


def _bodies_of_their_officials(an: Analysis, out: list[Participant]) -> list[Participant]:
    """Without a body listed beside its own official: a bare body whose name the title of a named person of the
    record ends with (`_ends_with_body`), when he is of no other body nor of another state (المبعوث البرازيلي للائتلاف
    السوري: accredited to it), is his side, told again (استقبل X قيادة حركة
    حماس وعلى رأسها رئيس المكتب السياسي لحركة حماس Y: Y, of Hamas, not Hamas as well; RECORDS.md lists a
    delegation's head, not the delegation too). The person takes the body when he has none."""
    bodies = {normalize_text(p.organization): (p.organization, p.country) for p in out
              if p.kind == "organization" and p.organization and not p.name}
    if not bodies:
        return out
    told: dict[int, str] = {}
    gone: set[str] = set()
    for i, p in enumerate(out):
        role = normalize_text(p.role or "").split() if p.kind == "person" and p.name else []
        hits = [norm for norm, (_, state) in bodies.items() if _ends_with_body(an, role, norm.split())
                and _same_body(normalize_text(p.organization or ""), norm) and (not p.country or not state or p.country == state)]
        if hits:  # (لحركة حماس: حركة حماس and حماس alike)
            told[i] = bodies[hits[0]][0]
            gone.update(hits)
    if not told:
        return out
    return [build(Participant, name=p.name, role=p.role, country=p.country, organization=p.organization or told[i],
                  kind=p.kind) if i in told else p
            for i, p in enumerate(out) if not (p.kind == "organization" and not p.name and normalize_text(p.organization or "") in gone)]


def _same_body(own: str, body: str) -> bool:
    """Whether a person's body (none, or as written) may be the body named: the one's words end the other's (حماس and
    حركة حماس alike)."""
    mine, theirs = own.split(), body.split()
    n = min(len(mine), len(theirs))
    return not mine or mine[-n:] == theirs[-n:]


def _ends_with_body(an: Analysis, role: list[str], body: list[str]) -> bool:
    """Whether a title's words end with a body's name, its first word bare or with a proclitic (لحركة حماس), not
    after a word of "to" (TO: المبعوث الأمريكي لدى الائتلاف الوطني السوري is accredited to it, not of it)."""
    n = len(body)
    if not body or len(role) < n or role[len(role) - n + 1:] != body[1:]:
        return False
    first = role[len(role) - n]
    if body[0] not in {form for _, form in readings(first)}:
        return False
    return len(role) == n or role[len(role) - n - 1] not in an.g["TO"]


def _secretary_general(an: Analysis, role: str | None) -> int | None:
    """Where the words of a secretary-general (SECRETARY_GENERAL) stand in a role: 0 when it starts with them and
    goes on with his body (الأمين العام لمجلس التعاون); after his assistant's word (SECRETARY_GENERAL_AIDES: الأمين
    العام المساعد), or ending the role of one who serves him (المستشار السياسي للأمين العام: the first word may carry
    لل), a positive index; None otherwise (نائب الأمين العام لمنظمة X serves another body's)."""
    words = normalize_text(role or "").split()
    for phrase in phrases("SECRETARY_GENERAL"):
        for k in range(len(words) - len(phrase) + 1):
            if phrase[0] not in {f for _, f in readings(words[k])} or words[k + 1:k + len(phrase)] != list(phrase[1:]):
                continue
            done = k + len(phrase)
            if done < len(words) and words[done] in an.g["SECRETARY_GENERAL_AIDES"]:
                return done
            if k == 0:
                return 0
            return k if done == len(words) else None
    return None


def _title_with_its_name(out: list[Participant]) -> list[Participant]:
    """بدأ رئيس اللجنة الدولية للصليب الأحمر زيارة ... ووصل بيتر ماور: in a record of three parties, the one
    titled person of no name (with a state or body) and the one named person of no title, state or body are one
    person, told first by his office, then by his name."""
    titled = [p for p in out if p.kind == "person" and not p.name and p.role and (p.country or p.organization)]
    named = [p for p in out if p.kind == "person" and p.name and not p.role and not p.country and not p.organization]
    if len(out) != 3 or len(titled) != 1 or len(named) != 1:
        return out
    one = build(Participant, name=named[0].name, role=titled[0].role, country=titled[0].country,
                organization=titled[0].organization, kind="person")
    return [one if p is titled[0] else p for p in out if p is not named[0]]


def _named_hosts(an: Analysis, c: Cluster, ordered: list[Mention]) -> list[Mention]:
    """The bare state a visit was given as host stands for its head of state or government when the event's
    sentences, or those right beside them, name exactly one holder of such an office of that state (HOST_OFFICES:
    زار أوباما كينيا ... ويتناول العشاء مع كينياتا) who is no side of another event, or, naming none, the event's own
    sentences tell exactly one such office of it with no name (وأكد الرئيس المصري أهمية زيارة ولي ولي العهد لمصر:
    the Egyptian president, not Egypt); else it stays."""
    sides = {_state_of(an, p) for p in ordered if p.kind in ("person", "delegation")}
    # (a state any of the event's sentences gives as the host visited: الزيارة ... لعمان)
    hosted = {p.country for m in c.mentions for p in m.parties if p.kind == "state" and p.hosted} - sides
    if not any(p.kind == "state" and p.country in hosted for p in ordered):
        return ordered
    heads = _host_heads(an, c, ordered, hosted)
    heads.update(_counterpart_hosts(an, c, ordered, hosted - set(heads)))
    out: list[Mention] = []
    for p in ordered:
        head = heads.get(p.country or "") if p.kind == "state" and p.country in hosted else None
        out.append(p if head is None else Mention(
            "person", p.start, p.end, name=head.name, name_norm=head.name_norm, role=head.role, country=head.country,
            org=head.org, entity=head.entity))
    return out


def _venue_only(an: Analysis, c: Cluster, ordered: list[Mention]) -> list[Mention]:
    """Without the states visited that are only where the others met: a bare state a visit was given as host, when
    its clause names, besides the visitor, one met there (`_met_there`), and the persons named and the delegations
    among the parties are of two sides or more, each known and none of that state (التقى لافروف، خلال زيارته إلى
    قطر، رئيس الائتلاف السوري X: Russia and the coalition met in Qatar; Qatar is no side). Not when the others visit
    with him (سيزور X وY طهران، يزور طهران غدا X ونظيره Y، زار X طهران برفقة Y: Iran hosts them), nor when a side is
    only a body or a nameless official, who may be told in passing."""
    venues = {h.country for m in c.mentions for h in m.parties if h.kind == "state" and h.hosted and _met_there(an, m, h)}
    sides = {arguments.side(an, p) for p in ordered if _side_by_name(p)}
    if not venues or None in sides or len(sides) < 2:
        return ordered
    return [p for p in ordered if not (p.kind == "state" and p.country in venues and p.country not in sides)]


def _met_there(an: Analysis, m: EventMention, host: Mention) -> bool:
    """Whether visit mention m names, besides its visitor, a person or delegation after the place of the state it is
    hosted by, whom he met there. The visitor is the first one named, before the place or, when none is, after it;
    one joined to another by و (يزور طهران غدا X ونظيره Y), or after a word of company (COMPANION_WORDS: برفقة),
    visits with him."""
    at = _place_at(an, m, host)
    toks = an.infos[m.sent_index].tokens
    named = sorted(p.start for p in m.parties if _side_by_name(p))
    after = [k for k in named if k > at]
    met = after if len(after) < len(named) else after[1:]
    return any(not joined(an, toks[k]) and not _in_company(an, toks, at, k) for k in met)


def _in_company(an: Analysis, toks: list[Token], at: int, k: int) -> bool:
    """Whether a word of company (COMPANION_WORDS) stands between the place at token `at` and the party at k."""
    return any(not toks[j].words.isdisjoint(an.g["COMPANION_WORDS"]) for j in range(at + 1, k))


def _place_at(an: Analysis, m: EventMention, host: Mention) -> int:
    """Where the sentence of m names the place of the state its visit is hosted by, from the host mention on (which
    is the visit word when the visit named no place of its own); the host mention itself when none follows."""
    return min((p.start for p in an.infos[m.sent_index].mentions if p.kind in ("state", "city") and p.country == host.country
                and p.start >= host.start), default=host.start)


def _side_by_name(p: Mention) -> bool:
    """A person named, or a delegation: a party no text names only in passing."""
    return (p.kind == "person" and bool(p.name)) or p.kind == "delegation"


def _host_heads(an: Analysis, c: Cluster, ordered: list[Mention], hosted: set[str | None]) -> dict[str, Mention]:
    """State -> the one holder of HOST_OFFICES of it that `_named_hosts` takes as the host: named in the event's
    sentences or those beside them, else nameless in the event's own sentences, else named anywhere in the
    article and told there meeting a visitor (زار أوباما إثيوبيا ... and, paragraphs on, his talks with رئيس الوزراء
    الإثيوبي X; not a head named far off only for what he said or did: no host is named, the state is the side)."""
    own = {si for m in c.mentions for si in (m.sent_index, *m.extra_sents)}
    near = {si + d for si in own for d in (-1, 0, 1)}
    # (not a side of another event told beside it: ومن غير الواضح إن كان سيلتقي نتنياهو is that meeting's; one whose other
    # event is told paragraphs away still heads the state visited, unless the visit is told apart in time: today's
    # head hosted no visit of another year)
    apart = _told_apart_in_time(an, c)
    have = {p.entity for p in ordered if p.kind == "person"} | {
        p.entity for o in an.clusters if o is not c for m in o.mentions if apart or m.sent_index in near
        for p in m.parties if p.kind == "person"}
    named = _named_holders(an, near, have)
    nameless: dict[str, dict[str, Mention]] = {}  # state -> its offices the event's sentences tell with no name
    for si in sorted(own):
        for m in an.infos[si].mentions if 0 <= si < len(an.infos) else ():
            if m.kind == "person" and m.entity is None and not m.name and m.country and normalize_text(m.role or "") in an.g["HOST_OFFICES"]:
                nameless.setdefault(m.country, {}).setdefault(normalize_text(m.role or ""), m)
    out: dict[str, Mention] = {}
    # (the whole article is read only when a hosted state has no holder near the event)
    unheld = any(not named.get(s or "") and not nameless.get(s or "") for s in hosted)
    far = _named_holders(an, set(range(len(an.infos))), have, False) if unheld else {}
    met: set[int | None] = set()
    if far:  # (a visitor with no name: his state's nameless official met by the head is he, not one of another time)
        guests = {_state_of(an, p) for p in ordered if p.kind in ("person", "delegation") and not p.name} - hosted
        met = _met_by(an, {p.entity for p in ordered if p.kind == "person"}, guests)
    far = {state: {e: o for e, o in held.items() if e in met} for state, held in far.items()}
    for state in set(named) | set(nameless) | set(far):
        holders = named.get(state) or ({} if nameless.get(state) else far.get(state, {}))
        if len(holders) == 1:
            out[state] = _holder(an, *next(iter(holders.items())))
        elif not holders and len(nameless.get(state, {})) == 1:
            out[state] = next(iter(nameless[state].values()))
    return out


def _counterpart_hosts(an: Analysis, c: Cluster, ordered: list[Mention], states: set[str | None]) -> dict[str, Mention]:
    """State -> the host of a visit to it left a bare state, whose head the article does not give: the one person of
    that state the article names with the very office of a visiting side, when every visiting person holds such an
    office (PLACE_STATE_OFFICES: زيارة الجبير وزير الخارجية إلى موسكو ... and elsewhere نظيره الروسي سيرغي لافروف),
    and whom a meeting of the article has beside a visitor (not one named only for the airport welcome, وكان في
    استقبال معاليه وزير الخارجية القطري X, nor one who only called him). A minister visits his counterpart; not in
    a visit told as earlier or dated in another year than the article (آخر زيارة لوزير خارجية أمريكي إلى كوبا عام
    1945: today's minister was not its host)."""
    offices = {normalize_text(p.role or "") for p in ordered if p.kind == "person"}
    if not all(_place_office(an, o) for o in offices) or _told_apart_in_time(an, c):
        return {}  # (روحاني سيزور باريس with ظريف: a president's visit is hosted by a head, not by a minister)
    have = {p.entity for p in ordered if p.kind == "person"}
    met = _met_by(an, have)  # (the article tells them meeting a visitor: not a call, nor an airport welcome only)
    holders: dict[str, dict[int, str]] = {}  # state -> its persons of a visitor's office -> the office
    for info in an.infos:
        for m in info.mentions:
            if m.kind != "person" or m.entity is None or m.entity not in met:
                continue
            ent = an.reg.people[m.entity]
            role = next((r for r in (ent.role, m.role) if r and normalize_text(r) in offices), None)
            if ent.country in states and ent.country and not ent.org and role is not None:
                holders.setdefault(ent.country, {}).setdefault(m.entity, role)
    return {state: _holder(an, *next(iter(held.items()))) for state, held in holders.items() if len(held) == 1}


def _met_by(an: Analysis, have: set[int | None],
            states: frozenset[str | None] | set[str | None] = frozenset()) -> set[int | None]:
    """The person entities that a meeting of the article has beside one of the named persons `have`, or beside a
    nameless party of one of `states` (استقبل X الضيف الأمريكي، محادثات مع ضيفه الأمريكي), but those."""
    named = have - {None}
    states = set(states) - {None}

    def beside(m: EventMention) -> bool:
        return any(p.entity in named or (p.entity is None and not p.name and p.kind in ("person", "delegation")
                                         and p.country in states) for p in m.parties)
    return {q.entity for o in an.clusters if o.type == "meeting" and not (states and _told_apart_in_time(an, o))
            for m in o.mentions if beside(m) for q in m.parties} - have - {None}


def _told_apart_in_time(an: Analysis, c: Cluster) -> bool:
    """Whether an event is told as earlier (كان ... قد، لقائهما السابق) or dated in another year than the article."""
    year = an.doc_year()
    return any(m.earlier for m in c.mentions) or (year is not None and any(
        v[:4].isdigit() and int(v[:4]) != year for v in _time_values(c)))


def _time_values(c: Cluster) -> list[str]:
    """The values of the times the mentions of event c are told with (2015-07-30, 2015-W31, XXXX-11-25)."""
    return [m.time[1].value for m in c.mentions if m.time and m.time[1].value]


def _told_now(an: Analysis, c: Cluster, living: list[Mention]) -> bool:
    """Whether an event is told in the article's present: planned or uncertain, or told as done and dated within
    two days of the article (أمس، مساء أمس); never when told as earlier, or with a living person of a former office
    (التقى الملك بالرئيس المصري الأسبق X: a meeting of those days). An event told as done with no date, or a date
    further back, may be one of long ago or before his death (a late king's visit; في الخامس من الشهر الجاري)."""
    if any(m.earlier for m in c.mentions) or any(
            set(normalize_text(p.role or "").split()) & an.g["FORMER_OFFICE"] for p in living):
        return False  # (a former office even in a meeting told as planned: لعقد قمة, in an account of 1990)
    if any(m.status in ("planned", "uncertain") for m in c.mentions):
        return True
    d = an.doc_date()
    if d is None:
        return False
    since = (d - datetime.timedelta(days=RECENT_DAYS)).isoformat()
    return any(len(v) >= 10 and v[:10] >= since for v in _time_values(c))


def _late(an: Analysis) -> frozenset[int]:
    """The person entities the article tells are dead (`_told_late`), found once per article."""
    if an.late is not None:
        return an.late
    late: set[int] = set()
    for info in an.infos:
        toks = info.tokens
        for m in info.mentions:
            if m.kind == "person" and m.entity is not None and _told_late(an, toks, m):
                late.add(m.entity)
    an.late = frozenset(late)
    return an.late


def _told_late(an: Analysis, toks: list[Token], m: Mention) -> bool:
    """Whether mention m is marked as of a dead person (`_late`): a LATE_MARKERS word in his title, in his span (الرئيس
    (الراحل) X) or right before it, brackets aside and after LATE_LINKS (نجل الراحل X، المغفور له X; not across a
    comma or another word: شقيق الفقيد، الأمير X، أسرة الفقيد أمس الوزير X), or LATE_AFTER right after his name: a
    word, or a phrase of its first words (X رحمه الله، X، طيب الله ثراه)."""
    words = set(normalize_text(m.role or "").split()) | {t.text for t in toks[m.start:m.end] if t.is_word}
    k = _word_before(toks, m.start)
    if k is not None and toks[k].text in an.g["LATE_LINKS"]:
        k = _word_before(toks, k)  # (المغفور له X)
    if k is not None:
        words.add(toks[k].text)
    if not an.g["LATE_MARKERS"].isdisjoint(words):
        return True
    after = [t.text for t in toks[m.end:m.end + 5] if t.is_word]
    return any(" ".join(after[:n]) in an.g["LATE_AFTER"] for n in range(1, min(len(after), LATE_AFTER_WORDS) + 1))


def _word_before(toks: list[Token], k: int) -> int | None:
    """The word right before token k, brackets aside (الرئيس (الراحل) X); None at a comma or the sentence's start."""
    j = k - 1
    while j >= 0 and toks[j].text in _BRACKETS:
        j -= 1
    return j if j >= 0 and toks[j].is_word else None


def _holder(an: Analysis, e: int, office: str) -> Mention:
    """The person entity e as the holder of `office`, standing for a bare state's side."""
    ent = an.reg.people[e]
    return Mention("person", 0, 0, name=ent.name, name_norm=ent.name_norm, role=office, country=ent.country,
                   org=ent.org, entity=e)


def _named_holders(an: Analysis, sents: set[int], have: set[int | None], near: bool = True) -> dict[str, dict[int, str]]:
    """State -> the named holders of HOST_OFFICES of it in sentences `sents`, none of them in `have` -> the office.
    Far from the event, only one whom his fullest title makes such a holder (not a prince's style, الأمير) and
    whom the article names more than once (not a verb read as a name after a title)."""
    named: dict[str, dict[int, str]] = {}
    told: dict[int, int] = {}
    for si in sorted(sents):
        for m in an.infos[si].mentions if 0 <= si < len(an.infos) else ():
            if m.kind != "person" or m.entity is None or m.entity in have:
                continue
            told[m.entity] = told.get(m.entity, 0) + 1
            ent = an.reg.people[m.entity]
            roles: tuple[str | None, ...]
            if near:  # (also the office the text gives him here, his fullest title an epithet: ملك الاعتدال ... الملك X)
                roles = (ent.role, m.role)
            else:  # (his own title only, not a prince's style)
                roles = () if normalize_text(ent.role or "") in an.g["STYLE_TITLES"] else (ent.role,)
            office = next((r for r in roles if r and normalize_text(r) in an.g["HOST_OFFICES"]), None)
            if ent.country is not None and office is not None:
                named.setdefault(ent.country, {}).setdefault(m.entity, office)
    if not near:
        named = {state: {e: o for e, o in holders.items() if told[e] > 1} for state, holders in named.items()}
    return named


def _one_per_title(out: list[Participant]) -> list[Participant]:
    """A title with no name told twice, with and without the article (وزير الخارجية الإيراني، وزير خارجية إيران),
    is one person: the first is kept."""
    seen: set[tuple[str | None, str | None, str]] = set()
    kept: list[Participant] = []
    for p in out:
        if p.kind == "person" and not p.name and p.role:
            k = (p.country, p.organization, " ".join(without_article(w) for w in normalize_text(p.role).split()))
            if k in seen:
                continue
            seen.add(k)
        kept.append(p)
    return kept


def _without_sideless_persons(out: list[Participant]) -> list[Participant]:
    """A title with no name, no state and no body (ولي العهد، وزير الدفاع, after the prince already named with
    that office) names no side a reader could tell; with two other sides it is left out. So is a name with no title,
    state or body (a person named in passing, or an attendee whose office the text tells apart from his name) when
    the others are of two states or bodies at least: the event stands without him (not the one Syrian minister,
    whose office the text does not tell, received by the Turkish president and his intelligence chief)."""
    bare = [p for p in out if p.kind == "person" and not p.name and not p.country and not p.organization]
    if bare and len(out) - len(bare) >= 2:
        out = [p for p in out if p not in bare]
    unknown = [p for p in out if p.kind == "person" and not p.role and not p.country and not p.organization]
    sides = {(p.country, p.organization) for p in out if p not in unknown} - {(None, None)}
    return [p for p in out if p not in unknown] if unknown and len(sides) >= 2 else out


def _state_of(an: Analysis, p: Mention) -> str | None:
    """The state of a party mention: its own, else its person entity's, unless the mention tells him an officer of
    an international body (coded: الأمين العام لمجلس التعاون الزياني is the GCC's, not Bahrain's, though listed with
    his nationality)."""
    if p.country or p.kind != "person":
        return p.country
    return None if arguments.coded_body(p.org) else an.mention_state(p)


def _listed_state(an: Analysis, c: Cluster, p: Mention) -> str | None:
    """نائب وزير الخارجية الصيني لي باو دونغ، والمدير العام لشؤون المنظمات الدولية لي جونهوا: a named official told
    with a title and no state or body, joined by و (on him or on his styles: ومعالي X) right after a named person of a
    state in his sentence (the event's, or a line of attendees), is of that state (the second of one side's
    officials), and so is the next one joined after him, whose state the list gave (read back along it); not one
    whose title names a place of another state; None otherwise."""
    if (p.kind != "person" or not p.role or not p.name or p.org or p.counterpart or p.end <= p.start
            or (p.name_norm and house_state(p.name_norm.split(), True))):
        return None  # (ونظيرته في بنغلادش X: a counterpart is of another state; a ruling house's name tells its own)
    told = _told_in(c, p)
    if told is None:
        return None
    info = an.infos[told.sent_index]
    toks = info.tokens
    k = p.start
    while k > 0 and not toks[k - 1].words.isdisjoint(an.g["STYLES"]):
        k -= 1  # ومعالي الدكتور X: the styles before his name carry the و
    if not joined(an, toks[k]):
        return None
    gap = clauses.before_comma(an, toks, k)
    before = next((q for q in told.parties if q.kind == "person" and q.name and q.end == gap and q.end > q.start), None)
    state = (_state_of(an, before) or _listed_state(an, c, before)) if before is not None and not before.org else None
    places = {m.entry.data[0] for k in range(p.start, p.end) if (m := info.index.first(k, CAT_CITY_COUNTRY_METONYM))}
    # (ورئيس المراسم لكوريا الشمالية: a title that names a place of another state may be of that place)
    return state if not places - {state} else None


def _host_of(an: Analysis, primary: EventMention, p: Mention, role: str | None, ordered: list[Mention],
             out: list[Participant]) -> str | None:
    """The state of the meeting's place for a person told with no state (the text's or his entity's), who is:
    one counterpart (يلتقي نظيره X during a visit to لشبونة), when a party before him has a state and none is of that
    one (not نظرائه الأوروبيين in Brussels); or a holder of a government office (PLACE_STATE_OFFICES: وزير الصحة X,
    received by the French president in Riyadh), when another side is of that state and the rest are persons of one
    other state, or of none but an international body named before him, and he is not the first side (not at a conference in Geneva, nor where a bare state or a delegation
    beside him may be his own: the visitor's, وفد لبناني برئاسة وزير الخارجية)."""
    where = primary.location[1] if primary.location else None
    if where is None:
        return None
    if p.counterpart:
        if p.number != "sg" or any(q.country == where for q in out) or not any(q.country for q in out):
            return None  # (when no one before him has a state, the host may be the one whose state is untold)
        return where
    if not role or p is ordered[0] or not _place_office(an, normalize_text(role)):
        return None  # (the first side may be the visitor: عبد اللهيان بدأ زيارته إلى دمشق بلقاء رئيس مجلس الوزراء)
    states = {_state_of(an, q) for q in ordered if q is not p}
    sides = {_state_of(an, q) for q in ordered if q is not p and q.kind == "person"} - {None, where}
    if not sides and where in states:
        # (البشير في الخرطوم رئيس الآلية الأفريقية X، بحضور مساعد رئيس الجمهورية Y: the other side an international
        # body's, told before him, no state's)
        return where if states - {None, where} == set() and any(q.org and q.start < p.start for q in ordered) else None
    return where if where in states and len(sides) == 1 and states - {None, where} == sides else None


def _attending_host(an: Analysis, c: Cluster, p: Mention, role: str | None, ordered: list[Mention]) -> str | None:
    """The state of the first side for a holder of a government office (PLACE_STATE_OFFICES) told with no state after
    a word of attending (ATTEND) that follows that side in its sentence (التقى البشير امبيكي بحضور مساعد رئيس الجمهورية
    X: an official of the one who receives; a visitor's own is told with his state, وزير الخارجية الفرنسي); not when
    the first side holds the same office (a visitor: one state has one foreign minister), nor with a relative pronoun or
    a word of company between them (بحضور الوفد المرافق له الذي يضم X، برفقة X: the visitor's); None otherwise."""
    host = ordered[0]
    if p is host or not role or not _place_office(an, normalize_text(role)):
        return None
    if host.role and holders.same_title(holders.title_of(host.role), holders.title_of(role)) is not None:
        return None
    told = _told_in(c, p)
    if told is None:
        return None
    toks = an.infos[told.sent_index].tokens
    between = range(host.end, p.start)
    if any(toks[k].text in an.g["RELATIVE_PRONOUNS"] or not toks[k].words.isdisjoint(an.g["COMPANION_WORDS"])
           for k in between):
        return None
    return _state_of(an, host) if any(not toks[k].words.isdisjoint(an.g["ATTEND"]) for k in between) else None


def _told_in(c: Cluster, p: Mention) -> EventMention | None:
    """The mention of cluster c whose parties hold party mention p."""
    return next((m for m in c.mentions if any(q is p for q in m.parties)), None)


def _kingdom_of(an: Analysis, role: str | None, c: Cluster, p: Mention, ordered: list[Mention]) -> str | None:
    """The state of an office of «the Kingdom» (THE_KINGDOM in the title after a word that is no preposition:
    مندوب المملكة الدائم، المندوب الدائم للمملكة; not رئيس بعثة الاتحاد الأوروبي لدى المملكة, posted to it): the
    kingdom of HOME_KINGDOMS where event c takes place when none of its parties but p is of it (استقبل وزير خارجية
    المملكة في عمان الوزير السعودي: Jordan's; not when he is the guest of a minister of that place), else the one whose
    states, cities and persons the article names most; never one the title itself names (سفير المملكة لدى الأردن is
    not Jordan's), nor that of another party holding the same office (`holders.same_title`, «the Kingdom» aside:
    وزير خارجية المملكة with the Saudi foreign minister is not Saudi); None when none is named, or two as often."""
    words = normalize_text(role or "").split()
    if kingdom_at(an, words) is None:
        return None
    parties = [q for q in ordered if q is not p]
    office = holders.title_of(" ".join(w for w in words if w not in an.g["THE_KINGDOM"]))
    others = {_state_of(an, q) for q in parties}
    kingdoms = _home_kingdoms() - scope.named_states(role or "") - {
        _state_of(an, q) for q in parties if q.kind == "person" and q.role
        and holders.same_title(office, holders.title_of(q.role)) == 0}
    place = next((m.location[1] for m in c.mentions if m.location and m.location[1] in kingdoms - others), None)
    if place is not None:
        return place
    named = Counter(m.country for info in an.infos for m in info.mentions if m.country in kingdoms)
    top = named.most_common(2)
    if not top or (len(top) > 1 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


@resource
def _home_kingdoms() -> frozenset[str]:
    """The states of HOME_KINGDOMS (grammar.tsv), as ISO codes."""
    return frozenset(scope.named_states(" ".join(grammar("HOME_KINGDOMS"))))


def _place_office(an: Analysis, role: str) -> bool:
    """Whether a normalized role starts with an office of PLACE_STATE_OFFICES."""
    return any(role == o or role.startswith(o + " ") for o in an.g["PLACE_STATE_OFFICES"])


def _fuller_role(role: str | None, ent: PersonEntity | None, styles: frozenset[str]) -> str | None:
    """A mention's role, or the fuller one the text gave the same person elsewhere when the mention's is its bare
    start (الوزير المشنوق after وزير الداخلية اللبناني نهاد المشنوق: وزير الداخلية; not الرئيس for رئيس الوزراء), or
    a royal's style (STYLE_TITLES: الأمير X, where the text tells his office, ولي ولي العهد, elsewhere)."""
    if ent is None or not ent.role or not ent.role_from_text:
        return role or (ent.role if ent else None)
    if role is None or (normalize_text(role) in styles and normalize_text(ent.role) not in styles):
        return ent.role
    mine, theirs = holders.title_of(role), holders.title_of(ent.role)
    return ent.role if len(mine[0]) == 1 and len(theirs[0]) > 1 and holders.same_title(mine, theirs) is not None else role


def _lexicon_role(an: Analysis, name_norm: str) -> str | None:
    """The listed title of the person an unlinked name can be: a surname alone is the listed one known by it; a
    longer name is the listed person of that surname with whose spelling it shares its other words, or failing
    that its given name (مولود جاوش اوغلو); a name that shares neither is a namesake's, with no listed title
    (وسام الاسد is not the listed president)."""
    words = name_norm.split()
    year = an.doc_year()
    if not words:
        return None
    if len(words) == 1:
        idx = an.L.surname_person(words[0], year)
        return an.L.role_at(idx, year) if idx is not None else None
    spellings = an.L.spellings.get(words[-1], [])
    given = {words[0], "".join(words[:2])}  # a compound given name joined or not (عبدالله، عبد الله)
    # the spelling itself first: محمود عباس is not علي محمود عباس, whose name holds his
    for fits in (lambda vt: vt == words, lambda vt: set(words) <= set(vt),
                 lambda vt: not given.isdisjoint({vt[0], "".join(vt[:2])})):
        idx = next((i for i, vt in spellings if fits(vt)), None)
        if idx is not None:
            return an.L.role_at(idx, year)
    return None


def _id(an: Analysis, typ: str, parts: list[Participant], tm: TimeInfo | None, used: set[str]) -> str:
    keys = sorted(f"{p.kind}:{(p.name or '').split()[-1] if p.name else ''}:{p.country}:{p.organization}" for p in parts)
    base = "|".join([an.doc.doc_id, typ] + keys)
    rid = "ev-" + hashlib.sha1(base.encode("utf-8")).hexdigest()[:16]
    k = 1
    while rid in used:
        k += 1
        rid = "ev-" + hashlib.sha1(f"{base}|{tm.text if tm else ''}|{k}".encode("utf-8")).hexdigest()[:16]
    used.add(rid)
    return rid


def with_house_states(record: Record) -> Record:
    """`record`, each named person of no state or body whose name ends with a ruling family (royal_houses.tsv) given
    that family's state (الأمير فيصل بن عبدالله بن عبدالعزيز: SAU). Filled once the record is in scope: the
    family names the person's state, but is no sign that a second side is there (a prince touring his own
    province is no diplomatic event)."""
    for p in record.participants:
        if p.kind == "person" and p.name and p.country is None and p.organization is None:
            p.country = house_state(normalize_text(p.name).split(), bool(p.role))
    return record
