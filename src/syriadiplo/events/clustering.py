"""Steps `cluster` and `calls`: event mentions of one event made one cluster."""
from __future__ import annotations

from typing import Final

from syriadiplo.events import arguments, places
from syriadiplo.events.analysis import WEAK_CLASSES, Analysis, Cluster, EventMention, attendance_line
from syriadiplo.recognize.ner import Mention, bodies_with_members
from syriadiplo.text.normalize import normalize_text
from syriadiplo.time import timex

CALL_FOLLOW_UP: Final = 4  # sentences around bare talks (بحث X و Y) in which a call between them makes them that call
ATTACH_WINDOW: Final = 4  # sentences over which an attendance line still refers to the last event
ATTACH_WINDOW_ALONE: Final = 10  # ... and to the one event of its type the document told before it
SIDELINES_AT: Final = 3  # words from a sentence's start to the word of a gathering's sidelines that opens it (وعلى هامش)


def run(an: Analysis) -> None:
    """Step `cluster`: fills `an.clusters` from `an.event_mentions`."""
    clusters = told_in_one_sentence(untimed_to_its_persons(cluster(an, an.event_mentions)))
    an.clusters = bare_states_to_named(an, headlines_told_in_body(an, calls_told_as_talks(an, clusters)))


def cluster(an: Analysis, ems: list[EventMention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    summing = _summing_headlines(an, ems)
    alone: list[Cluster] = []  # headlines that sum up several events: no event joins them (headlines_told_in_body drops them)
    untold: set[int] = set()  # sentences with a mention of sides that made or joined no event
    for em in ems:
        keys = arguments.keys(em.parties)
        if not keys and em.sent_index in untold:
            continue  # وردا على سؤال عن زيارة وفد X، ذكر Y أن الزيارة خاصة: the visit just named, not the event before
        if id(em) in summing:
            alone.append(Cluster(em.type))
            alone[-1].add(em, keys, _countries(em.parties))
            continue
        if em.trigger_cls == "attend":
            # حضر الاستقبال X وY: people attending the reception just reported join it; no event of their own
            last = _attended(clusters, em)
            if last is not None:
                em.why.append("grammar:ATTEND")
                last.add(em, keys, _countries(em.parties))
            continue
        target = None
        # المحادثات، المباحثات (definite, no call word): talks already told, which may have been a call
        any_type = (em.anaphoric and em.trigger_cls == "noun" and em.type == "meeting" and em.location is None
                    and em.status == "occurred" and not em.sides_stated)
        aside = _aside(an, em.sent_index) or (em.trigger_cls in ("verb", "weak") and _on_sidelines(an, em.sent_index))
        hint = _place_hint(an, em) if len(keys) < 2 and not any(k[0] == "s" for k in keys) else set()
        for c in reversed(clusters):
            if c.type != em.type and not any_type:
                continue
            if aside and {k for k in keys if k[0] in "pn"} - _cluster_keys(c):
                continue  # من جهة أخرى، اجتمع X مع Y; على هامش اللقاء، التقى X Y: another meeting of X
            if _elsewhere(c, hint):
                continue  # وسيلتقي أوباما ... في كينيا: not the visit to the tour's next stop, told last
            if em.status == "planned" and all(m.earlier for m in c.mentions):
                continue  # الإعداد لزيارة الملك لموسكو after وكان ... قد لقي ... بوتين في موسكو: another, coming event
            if _compatible(an, c, em, keys):
                target = c
                break
        if target is not None and target.type != em.type:
            em.type = target.type
        if target is None and em.anaphoric and attendance_line(an, em.sent_index):
            target = _attended(clusters, em)  # حضر اللقاء X: people attending the meeting just reported join it
            if target is not None and all(m.status != em.status for m in target.mentions):
                target = None  # لقاء X وY بحضور Z في الدوحة والاجتماع القادم غدا بين X وY: another meeting, ahead
            if target is not None:
                em.why.append("grammar:ATTEND")

        if target is None and len(keys) < 2:
            target = _told_last(an, clusters, em, keys, hint)
            if target is None or _dated_apart(an, target, em):
                if keys:
                    untold.add(em.sent_index)
                continue
            # a bare back-reference (المشاورات) lends its sentence as evidence, not its place and time; an
            # initiative it states is the event's (المكالمة كانت بمبادرة الجانب الامريكي)
            em.location, em.time = None, None
        if target is None:
            if len(keys) < 2:
                continue
            target = Cluster(em.type)
            clusters.append(target)
        target.add(em, keys, _countries(em.parties))
    return clusters + alone


def _place_hint(an: Analysis, em: EventMention) -> set[str]:
    """The states where a mention with fewer than two sides and no state among them (a visitor alone, a bare
    back-reference) may be: its own place, else those of the places its sentence names (زيارته لدولة الكويت،
    في المجتمع المدني في كينيا)."""
    if em.location is not None and em.location[1]:
        return {em.location[1]}
    return places.named_places(an, an.infos[em.sent_index])


def _hosts(c: Cluster) -> set[str]:
    """The states a cluster's event is in: its places and the states that are its sides (a visit's host)."""
    return _placed_states(c.mentions) | {k[1:] for k in c.keys if k[0] == "s"}


def _placed_states(ems: list[EventMention]) -> set[str]:
    """The states of the mentions' places (a weak place aside)."""
    return {m.location[1] for m in ems if m.location and m.location[1] and not m.loc_weak}


def _elsewhere(c: Cluster, hint: set[str]) -> bool:
    """Whether a cluster is in states none of which the mention's sentence names (the stop of a tour before or
    after the one it tells)."""
    hosts = _hosts(c)
    return bool(hint) and bool(hosts) and hosts.isdisjoint(hint)


def _hosted_states(ems: list[EventMention]) -> set[str]:
    """The states the mentions' visits are to (a state taken as a visit's host, arguments._visit_host)."""
    return {p.country for m in ems for p in m.parties if p.kind == "state" and p.hosted and p.country}


def _visited_elsewhere(c: Cluster, em: EventMention) -> bool:
    """Whether a visit to one state and a meeting placed in another are told, one by the cluster and one by the
    mention (وفود من حركة حماس برئاسة X زارت العاصمة الروسية beside the meeting of X and Lavrov in Doha): two events."""
    return (_placed_apart(_hosted_states([em]), c.mentions)
            or _placed_apart(_hosted_states(c.mentions), [em]))


def _placed_apart(visited: set[str], ems: list[EventMention]) -> bool:
    """Whether mentions ems are placed, and only in states other than the states `visited`."""
    placed = _placed_states(ems)
    return bool(visited) and bool(placed) and visited.isdisjoint(placed)


def _told_last(an: Analysis, clusters: list[Cluster], em: EventMention, keys: set[str], hint: set[str]) -> Cluster | None:
    """The cluster a mention with fewer than two sides lends its sentence to: of those holding its sides, the
    one told last that is not elsewhere, else the one told last; one only a headline has told counts as told
    before the others (a headline of two events begins both, the body then tells the first: وجرى خلال اللقاء
    after it is the first one's)."""
    fits = [c for c in clusters if c.type == em.type and (keys <= _cluster_keys(c) or not keys)]
    if not fits:
        return None
    heads = an.headline_indices()
    fits.sort(key=lambda c: not all(m.sent_index in heads for m in c.mentions))
    return next((c for c in reversed(fits) if not _elsewhere(c, hint)), fits[-1])


def calls_told_as_talks(an: Analysis, clusters: list[Cluster]) -> list[Cluster]:
    """بحث الأسد وبوتين ... then "وجرى خلال الاتصال ...": talks told with a bare verb (no place, no
    meeting word) and a call between the same sides told within CALL_FOLLOW_UP sentences of them (before
    or after: the call may be named first, in a headline) are one phone call. The talks' mentions join
    the call's cluster."""
    out: list[Cluster] = []
    for c in clusters:
        first = min(m.sent_index for m in c.mentions)
        bare = c.type == "meeting" and all(m.trigger_cls == "weak" and m.location is None for m in c.mentions if m.parties)
        persons = {k for k in c.keys if k[0] in "pn"}
        call = next((d for d in clusters if bare and d.type == "phone_call" and len(persons) >= 2
                     and persons == {k for k in d.keys if k[0] in "pn"}
                     and any(abs(m.sent_index - first) <= CALL_FOLLOW_UP for m in d.mentions)), None)
        call = call or _headline_call(an, c, clusters)
        if call is None:
            out.append(c)
            continue
        for m in c.mentions:
            m.type = "phone_call"
            m.why.append("rule:event.call-told-as-talks")
            call.mentions.insert(0, m)
    return out


def told_in_one_sentence(clusters: list[Cluster]) -> list[Cluster]:
    """استقبل السيسي أمس محمد بن سلمان، حيث عقد الجانبان جلسة مباحثات: two clusters of one type that name the very same
    persons (two or more), share a sentence and are told as of one status and no two times, are one event (two
    triggers of one sentence began two clusters that later sentences grew apart): the later joins the earlier."""
    out: list[Cluster] = []
    for c in clusters:
        into = next((o for o in out if _one_event(o, c)), None)
        if into is None:
            out.append(c)
            continue
        for em in c.mentions:
            into.add(em, c.keys, c.sides)
    return out


def _one_event(a: Cluster, b: Cluster) -> bool:
    if a.type != b.type:
        return False
    persons = _persons(a)
    if len(persons) < 2 or persons != _persons(b):
        return False
    if not {m.sent_index for m in a.mentions} & {m.sent_index for m in b.mentions}:
        return False
    both = a.mentions + b.mentions
    if len({m.status for m in both}) > 1 or any(m.earlier for m in both):
        return False  # (وكان السيسي قد التقى الامير في شرم الشيخ: an earlier meeting of the two)
    if len(_placed_states(both)) > 1:
        return False  # (in two states: two events)
    # (مساء الاثنين and يناير 2020, the first time each is told with: two events)
    time_a = next((m.time_key() for m in a.mentions if m.time), None)
    time_b = next((m.time_key() for m in b.mentions if m.time), None)
    return time_a is None or time_b is None or time_a == time_b


def untimed_to_its_persons(clusters: list[Cluster]) -> list[Cluster]:
    """وزير الخارجية يلتقي نتنياهو, then "يزور بومبيو إسرائيل الخميس ... يوم الجمعة سيلتقي نتنياهو": a mention
    naming two persons or more with no time of its own, told before any dated mention of the event it joined (the
    visit to the state), joined it first come, though no dated mention of that event names a person it names;
    another event of its type, dated apart, names them all (the meeting of another day). The mention is that
    event's."""
    for i, c in enumerate(clusters):
        dated_ems = [m for m in c.mentions if m.time]
        dated = _persons_of(dated_ems)
        first = min((m.sent_index for m in dated_ems), default=-1)
        movers = [m for m in c.mentions if not m.time and m.sent_index < first and len(_persons_of([m])) >= 2
                  and _persons_of([m]) - dated]
        if not movers:
            continue
        named = _persons_of(movers)
        other = next((d for d in clusters if d is not c and d.type == c.type
                      and named <= _persons_of([m for m in d.mentions if m.time])), None)
        if other is None:
            continue
        for m in reversed(movers):
            m.why.append("rule:event.untimed-to-its-persons")
            other.mentions.insert(0, m)
            other.keys |= arguments.keys(m.parties)
            other.sides |= _countries(m.parties)
        clusters[i] = Cluster(c.type)
        for m in c.mentions:
            if all(m is not x for x in movers):  # (not `in`: mentions of one sentence may be equal as values)
                clusters[i].add(m, arguments.keys(m.parties), _countries(m.parties))
    return clusters


def bare_states_to_named(an: Analysis, clusters: list[Cluster]) -> list[Cluster]:
    """زيارة X إلى موسكو, told apart from التقى X بالرئيس الروسي Y: an event of persons and one bare state, with no
    time but those of the other (or the other with none), is the one event of its type and status that names the
    same persons and a person of that state. Its mentions join that event, without the bare state."""
    # (twins are found among the events as told, before any joins: the result does not hang on their order)
    twins = {id(c): twin for c in clusters if (twin := _named_twin(an, c, clusters)) is not None}
    joined = {k for k, twin in twins.items() if id(twin) not in twins}
    for c in clusters:
        if id(c) not in joined:
            continue
        twin = twins[id(c)]
        for m in c.mentions:
            m.parties = [p for p in m.parties if p.kind != "state" or arguments.key(p) not in c.keys]
            m.why.append("rule:event.bare-state-twin")
            twin.add(m, arguments.keys(m.parties), _countries(m.parties))
    return [c for c in clusters if id(c) not in joined]


def _named_twin(an: Analysis, c: Cluster, clusters: list[Cluster]) -> Cluster | None:
    states = {k for k in c.keys if k[0] == "s"}
    persons = c.keys - states
    if len(states) != 1 or not persons or any(k[0] != "p" for k in persons):
        return None
    state = next(iter(states))
    statuses = {m.status for m in c.mentions}
    times = {m.time_key() for m in c.mentions if m.time}
    # (not one placed in another state than the one visited: زارت وفود برئاسة X العاصمة الروسية beside X's meeting
    # with Lavrov in Doha)
    visited = _hosted_states(c.mentions) & {state[1:]}
    twins = [d for d in clusters if d is not c and d.type == c.type and persons < d.keys
             and any(p.kind == "person" and arguments.side(an, p) == state[1:] for m in d.mentions for p in m.parties)
             and statuses <= {m.status for m in d.mentions} and _times_fit(times, d) and not _placed_apart(visited, d.mentions)]
    return twins[0] if len(twins) == 1 else None


def _times_fit(times: set, twin: Cluster) -> bool:
    """Whether the times of a bare-state event are among its twin's, or its twin tells none and is told as no earlier
    event (زيارة إلى موسكو يوم 18 يونيو, then التقى بوتين: one visit, its day told once; not وكان قد التقى بوتين في
    سوتشي, a meeting before the visit)."""
    twin_times = {m.time_key() for m in twin.mentions if m.time}
    return times <= twin_times or (not twin_times and not any(m.earlier for m in twin.mentions))


def _persons_of(ems: list[EventMention]) -> set[str]:
    return {k for m in ems for k in arguments.keys(m.parties) if k[0] in "pn"}


def headlines_told_in_body(an: Analysis, clusters: list[Cluster]) -> list[Cluster]:
    """A headline that no body event took in, although each person it names is a side of a body event of its type
    (X يبحث مع الرئيس الشيشاني و«جعجع», the body telling X's meeting with each apart): the headline sums up those
    events, whose records already hold it; it makes no record of its own."""
    heads = an.headline_indices()
    told: set[tuple[str, str]] = set()  # (type, person key) of the body's events
    only_headline: list[bool] = []
    for c in clusters:
        only_headline.append(all(m.sent_index in heads for m in c.mentions))
        if not only_headline[-1]:
            told |= {(c.type, k) for k in c.keys if k[0] in "pn"}
    return [c for c, head in zip(clusters, only_headline) if not head or not _persons(c)
            or not all((c.type, k) in told for k in _persons(c))]


def _summing_headlines(an: Analysis, ems: list[EventMention]) -> set[int]:
    """The ids of the headline mentions that sum up several body events (X يلتقي A وB over a body telling X's
    meeting with A and, apart, with B): three persons or more, which body mentions of its type share two at a
    time or more, none all of them, all of them together. Such a mention joins no event."""
    heads = an.headline_indices()
    if not heads:
        return set()
    out: set[int] = set()
    for em in ems:
        persons = {k for k in arguments.keys(em.parties) if k[0] in "pn"}
        if em.sent_index not in heads or len(persons) < 3:
            continue
        shared = [persons & {k for k in arguments.keys(m.parties) if k[0] in "pn"}
                  for m in ems if m.sent_index not in heads and m.type == em.type]
        shared = [part for part in shared if len(part) >= 2]
        if shared and persons not in shared and set().union(*shared) == persons:
            out.add(id(em))
    return out


def _persons(c: Cluster) -> set[str]:
    return {k for k in c.keys if k[0] in "pn"}


def _headline_call(an: Analysis, c: Cluster, clusters: list[Cluster]) -> Cluster | None:
    """مباحثات قطرية أميركية، بلينكن بحث مع نظيره التركي: talks told in a headline only, with no place,
    are the one phone call between the same states that the body tells, when the body tells no meeting
    between them."""
    cities = an.L.city_country
    heads = an.headlines()
    if c.type != "meeting" or len(c.sides) < 2 or any(
            an.infos[m.sent_index].sent.norm.text not in heads or (m.location and normalize_text(m.location[0]) in cities)
            for m in c.mentions):
        return None  # (a state named in the headline is as often what was discussed as a place)
    calls = [d for d in clusters if d.type == "phone_call" and c.sides <= d.sides]
    meetings = [d for d in clusters if d is not c and d.type == "meeting" and c.sides <= d.sides]
    return calls[0] if len(calls) == 1 and not meetings else None


def _aside(an: Analysis, si: int) -> bool:
    """Whether sentence si opens by turning to another matter (grammar.tsv ASIDE_OPENERS: من جهة أخرى)."""
    words: list[frozenset[str]] = []
    for tok in an.infos[si].tokens:  # the first four words, without reading the rest of the sentence
        if tok.is_word:
            words.append(tok.words)
            if len(words) == 4:
                break
    for phrase in an.g["ASIDE_OPENERS"]:
        p = phrase.split()
        if len(words) >= len(p) and all(w in words[k] for k, w in enumerate(p)):
            return True
    return False


def _on_sidelines(an: Analysis, si: int) -> bool:
    """Whether sentence si opens on the sidelines of a gathering (grammar.tsv GATHERING_FRAMES: وعلى هامش اللقاء
    مع X، سيلتقي Y نظيره Z): a meeting told after it, with a side the gathering's event lacks, is another event."""
    words = [tok.words for tok in an.infos[si].tokens if tok.is_word][:SIDELINES_AT]
    return any(not w.isdisjoint(an.g["GATHERING_FRAMES"]) for w in words)


def _attended(clusters: list[Cluster], em: EventMention) -> Cluster | None:
    """The event a line of attendees em refers to: of the events of its type told within ATTACH_WINDOW
    sentences before it, the last told by a meeting verb or noun (استقبل، اللقاء), not only by talks (بحث، ناقش)
    told after it, which may pair a side with a state or a person it only named; else the last; one of them told
    with the line's status (held, ahead) before the others."""
    same = [c for c in clusters if c.type == em.type]
    recent = [c for c in same if em.sent_index - c.mentions[-1].sent_index <= ATTACH_WINDOW]
    if not recent and len(same) == 1 and em.sent_index - same[0].mentions[-1].sent_index <= ATTACH_WINDOW_ALONE:
        recent = same  # the one event of its type told so far, further back (its talks and a photo caption between)
    met = [c for c in recent if any(m.trigger_cls not in WEAK_CLASSES for m in c.mentions)]
    chosen = met or recent
    # (وتم خلال الاستقبال الذي حضره X after a reception and a meeting still ahead: the one told as the line tells it)
    chosen = [c for c in chosen if any(m.status == em.status for m in c.mentions)] or chosen
    # the one told last (not the one begun last: بحث الملك مع X ... كما عقد ولي العهد اجتماعا مع X ... استقبل الملك X ... حضر الاستقبال)
    return max(reversed(chosen), key=lambda c: max(m.sent_index for m in c.mentions)) if chosen else None


def _dated_apart(an: Analysis, c: Cluster, em: EventMention) -> bool:
    """وتوجه X إلى موسكو في يوليو 2013، وهي الزيارة التي ... after X's visit of July 2007: a bare back-reference
    (الزيارة، المكالمة) told as done, to an event told as done, and dated apart from every date the event has
    (another year or month) by its own calendar date or one its sentence gives before it, refers to another event
    (a relative day, اليوم، أمس, is as often a newspaper's name or the day of a report); one told as planned does
    not refer to an event told as earlier (وكان ... قد). (A planned one dated after a meeting told as done is left
    to it: وأعلن X أنه سيزور المملكة في سبتمبر, after X's meeting, is most often told for what it was about.)"""
    if em.status == "planned" and all(m.earlier for m in c.mentions):
        return True
    if em.status != "occurred" or any(m.status != "occurred" for m in c.mentions):
        return False
    if em.time:
        mine = [em.time[1].value] if em.time[0].kind == "date" else []
    else:
        mine = [timex.resolve(tm, an.doc_date(), "past").value for tm in _dates_before(an, em)]
    theirs = [m.time[1].value for m in c.mentions if m.time]
    mine_d = [v for v in mine if v is not None and _a_date(v)]
    theirs_d = [v for v in theirs if v is not None and _a_date(v)]
    return bool(mine_d) and bool(theirs_d) and not any(a.startswith(b) or b.startswith(a) for a in mine_d for b in theirs_d)


def _dates_before(an: Analysis, em: EventMention) -> list[timex.TimeMention]:
    """The dates sentence em.sent_index tells before its first word of em's type (في يوليو 2013، وهي الزيارة): one
    told after it is more often what was said at the event (قال في كلمته أمام الاجتماع: منذ عام 2004)."""
    info = an.infos[em.sent_index]
    at = min((t.start for t in info.triggers if t.type == em.type), default=0)
    before = {v for k, v in info.time_tok.items() if k < at}
    return [tm for ti, tm in enumerate(info.times) if tm.kind == "date" and ti in before]


def _a_date(value: str) -> bool:
    """Whether a time value is a calendar date, month or year (2013, 2013-07, 2013-07-21)."""
    return all(part.isdigit() for part in value.split("-"))


def _same_day(c: Cluster, em: EventMention) -> bool:
    """Whether the mention's time is a day a mention of the cluster has too: the same calendar date, or the same
    number of days from the document's date (اليوم، صباح اليوم) when it has none."""
    day = _day(em)
    return day is not None and any(_day(m) == day for m in c.mentions)


def _dated_alike(c: Cluster, em: EventMention) -> bool:
    """Whether the mention's calendar time (a year, month or day) is the very time of a mention of the cluster."""
    value = em.time[1].value if em.time else None
    return value is not None and _a_date(value) and any(m.time and m.time[1].value == value for m in c.mentions)


def _day(em: EventMention) -> str | None:
    """The day of a mention's time as a comparable key, or None when it tells none."""
    if em.time is None:
        return None
    resolved = em.time[1]
    if resolved.value is not None and _a_date(resolved.value) and resolved.value.count("-") == 2:
        return resolved.value
    return None if resolved.relative_days is None else f"{resolved.relative_days:+d}"


def _cluster_keys(c: Cluster) -> set[str]:
    return c.keys


def _countries(ps: list[Mention]) -> set[str]:
    return {p.country or p.org or "" for p in ps} - {""}


def _other_sides_differ(an: Analysis, c: Cluster, em: EventMention, shared: set[str]) -> bool:
    """Beside the persons both share, the cluster and the mention name persons of different states only
    or states or bodies (التقى نظيره اليمني ... ثم التقى نظيره العراقي; جولة شملت الكويت وقطر; التقى مجلس التعاون
    ... وبحث مع اسرائيل): two meetings of the same minister. A body of one state (حزب الله) is left out, its
    people may meet others of that meeting, and so is a delegation: its head may be the person shared; but not the
    counterparts of a body's member states (نظراءه في مجلس التعاون، نظرائه الخليجيين), which no one heads, nor the
    officials of a body with members (`_officials_apart`: استقبل الأمير كيري beside the Gulf ministers' meeting with
    him)."""
    sides = _officials_apart(an, [*c.mentions, em], shared)

    def states(parties: list[Mention]) -> set[str]:
        return {p.country or p.org or "" for p in parties if (p.kind in ("person", "state") or (p.kind == "org" and not p.country)
                                                               or _body_counterparts(p) or id(p) in sides)
                and arguments.key(p) not in shared} - {""}
    mine = states(em.parties)
    theirs = {s for m in c.mentions for s in states(m.parties)}
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _officials_apart(an: Analysis, ems: list[EventMention], shared: set[str]) -> set[int]:
    """The ids of the mentions of `ems` that are the officials of a body whose member states organization_members.tsv
    lists, with no state (وزراء خارجية دول مجلس التعاون), and a side of their own: not when one of the persons shared
    belongs to the body (who may head them) or one of the other persons may be one of them
    (`arguments.one_of_the_officials`: العطية وزير الخارجية القطري, a member's foreign minister, with them at the joint
    press conference). Most clusters have none: the persons are read only when one is there."""
    groups = [p for m in ems for p in m.parties
              if p.kind == "delegation" and p.org in bodies_with_members() and not p.country]
    if not groups:
        return set()
    bodies = {p.org for m in ems for p in m.parties if arguments.key(p) in shared and p.org}
    persons = [p for m in ems for p in m.parties if p.kind == "person" and arguments.key(p) not in shared]
    apart: set[int] = set()
    for p in groups:
        if p.org in bodies:
            continue
        office = arguments.officials_office(an, p.role)
        if not any(arguments.one_of_the_officials(an, q, p.org or "", office) for q in persons):
            apart.add(id(p))
    return apart


def _body_counterparts(p: Mention) -> bool:
    """Whether p is the counterparts of an international body's member states (a delegation of the body with no state)."""
    return p.kind == "delegation" and p.counterpart and bool(p.org) and not p.country


def _side_count(c: Cluster, em: EventMention, keys: set[str]) -> int:
    """How many sides keys name, a state counted once with the persons of it (the two ministers, then المباحثات بين
    المملكة الاردنية والمملكة العربية السعودية: two sides, not four), and with the delegation of it (روسيا، then
    ممثلي روسيا: one side)."""
    manned = {p.country for m in [*c.mentions, em] for p in m.parties if p.kind == "person" and p.country}
    stated = {k[1:] for k in keys if k[0] == "s"}
    return sum(1 for k in keys if not (k[0] == "s" and k[1:] in manned) and not (k[0] == "d" and k[1:] in stated))


def _doubt_apart(c: Cluster, em: EventMention, added: set[str]) -> bool:
    """سيزور إسرائيل ... ومن غير الواضح إن كان سيلتقي غانتس: a meeting left in doubt with a person the planned
    (or told) one does not name is a meeting of its own, and the other way round."""
    if not added or any(m.sent_index == em.sent_index for m in c.mentions):
        return False  # (زيارة قد يقوم بها X ... للقاء Y: one sentence, one event)
    return (em.status == "uncertain") != any(m.status == "uncertain" for m in c.mentions)


def _within(a: str, b: str) -> bool:
    """Whether two time values can name the same day: equal, or one a period that holds the other (هذا الشهر,
    2015-07, and a day of it, 2015-07-22)."""
    short, long = sorted((a, b), key=len)
    return long == short or long.startswith(short + "-")


def _compatible(an: Analysis, c: Cluster, em: EventMention, keys: set[str]) -> bool:
    if all(m.listing is em.listing for m in c.mentions):
        return False  # the events one clause told as several (arguments.split_several) stay apart, unless
        # another mention told them as one (يلتقي X أمير قطر ووزير خارجيته ... سيعقد اجتماعات مع أمير قطر ووزير الخارجية)
    ck = _cluster_keys(c)
    persons = {k for k in keys if k[0] in "pn"}
    cpersons = {k for k in ck if k[0] in "pn"}
    ok = False
    if persons and cpersons:
        ok = persons <= cpersons or cpersons <= persons
        ok = ok and len(persons & cpersons) >= 1
        # sides the mention adds beyond the persons must already be in the cluster (another meeting of the same envoy)
        # and so must the state of a counterpart told by title alone (كما التقى نظيره اليمني after the Algerian)
        others = {p.country or p.org for p in em.parties if p.kind in ("delegation", "org") and (p.country or p.org)}
        others |= {p.country for p in em.parties if arguments.key(p)[0] == "r" and p.country}
        ok = ok and others <= c.sides and not _other_sides_differ(an, c, em, persons & cpersons)
        ok = ok and not _doubt_apart(c, em, persons ^ cpersons)
    else:
        mine = _countries(em.parties)
        theirs = c.sides
        ok = bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)
    if not ok:
        return False
    # وكان الرئيسان قد بحثا في اتصال هاتفي في السادس من الشهر: with a date of its own, an earlier event
    # (a dated event told in the present beside one told as earlier without a date may be that one)
    if em.time and all(m.sent_index != em.sent_index for m in c.mentions):
        # (but وكان X وصل صباح اليوم في زيارة beside a meeting of today: his arrival for it)
        apart = ((em.earlier and not any(m.earlier for m in c.mentions) and not (em.arrival and _same_day(c, em)))
                 or (not em.earlier and any(m.earlier and m.time for m in c.mentions)))
        if apart and not _dated_alike(c, em):  # (زيارته السابقة إلى بغداد في مايو beside عندما زار بغداد في مايو: one)
            return False
    # لقاء ثنائي beside the اجتماع رباعي of the same ministers: two meetings
    stated = {m.sides_stated for m in c.mentions if m.sides_stated}
    n_sides = _side_count(c, em, ck | keys) if em.sides_stated or stated else 0
    if em.sides_stated and (stated - {em.sides_stated} or n_sides > em.sides_stated):
        return False
    if any(n_sides > n for n in stated):
        return False
    if _visited_elsewhere(c, em):
        return False
    # compare with one mention per distinct place and time, not with every mention (a long article repeats them)
    for m in c.distinct_mentions():
        if m.loc_weak or em.loc_weak:
            pass
        elif m.location and em.location and m.location[1] != em.location[1]:
            return False
        if not (m.loc_weak or em.loc_weak) and m.location and em.location and m.location[1] == em.location[1] and m.location[0] != em.location[0]:
            a, b = m.location[0], em.location[0]
            if an.L.city_country.get(normalize_text(a)) and an.L.city_country.get(normalize_text(b)):
                return False
        if m.time and em.time:
            r1, r2 = m.time[1], em.time[1]
            if r1.weekday and r2.weekday and r1.weekday != r2.weekday:
                return False
            if r1.value and r2.value and not _within(r1.value, r2.value):
                return False
            if r1.relative_days is not None and r2.relative_days is not None and r1.relative_days != r2.relative_days:
                return False  # أول أمس and غداً without a document date: two days, two meetings
    return True
