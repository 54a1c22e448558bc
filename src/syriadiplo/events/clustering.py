"""Steps `cluster` and `calls`: event mentions of one event made one cluster."""
from __future__ import annotations

from typing import Final

from syriadiplo.events import arguments
from syriadiplo.events.analysis import Analysis, Cluster, EventMention, token_words
from syriadiplo.recognize.ner import Mention
from syriadiplo.text.normalize import normalize_text

CALL_FOLLOW_UP: Final = 4  # sentences around bare talks (بحث X و Y) in which a call between them makes them that call
ATTACH_WINDOW: Final = 4  # sentences over which an attendance line still refers to the last event
SIDELINES_AT: Final = 3  # words from a sentence's start to the word of a gathering's sidelines that opens it (وعلى هامش)


def run(an: Analysis) -> None:
    """Step `cluster`: fills `an.clusters` from `an.event_mentions`."""
    an.clusters = headlines_told_in_body(an, calls_told_as_talks(an, cluster(an, an.event_mentions)))


def cluster(an: Analysis, ems: list[EventMention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    for em in ems:
        keys = arguments.keys(em.parties)
        target = None
        # المحادثات، المباحثات (definite, no call word): talks already told, which may have been a call
        any_type = (em.anaphoric and em.trigger_cls == "noun" and em.type == "meeting" and em.location is None
                    and em.status == "occurred" and not em.sides_stated)
        aside = _aside(an, em.sent_index) or (em.trigger_cls in ("verb", "weak") and _on_sidelines(an, em.sent_index))
        for c in reversed(clusters):
            if c.type != em.type and not any_type:
                continue
            if aside and {k for k in keys if k[0] in "pn"} - _cluster_keys(c):
                continue  # من جهة أخرى، اجتمع X مع Y; على هامش اللقاء، التقى X Y: another meeting of X
            if _compatible(an, c, em, keys):
                target = c
                break
        if target is not None and target.type != em.type:
            em.type = target.type
        if target is None and em.anaphoric and clusters:
            # حضر اللقاء X: people attending the meeting just reported join it
            last = clusters[-1]
            recent = em.sent_index - last.mentions[-1].sent_index <= ATTACH_WINDOW
            if last.type == em.type and recent and _attendance(an, em.sent_index):
                target = last
                em.why.append("grammar:ATTEND")
        if target is None and len(keys) < 2:
            target = next((c for c in reversed(clusters) if c.type == em.type and (keys <= _cluster_keys(c) or not keys)), None)
            if target is None:
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
    return clusters


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


def _attendance(an: Analysis, si: int) -> bool:
    return any(token_words(tok) & an.g["ATTEND"] for tok in an.infos[si].tokens[:6])


def _cluster_keys(c: Cluster) -> set[str]:
    return c.keys


def _countries(ps: list[Mention]) -> set[str]:
    return {p.country or p.org or "" for p in ps} - {""}


def _other_sides_differ(c: Cluster, em: EventMention, shared: set[str]) -> bool:
    """Beside the persons both share, the cluster and the mention name persons of different states only
    or states or bodies (التقى نظيره اليمني ... ثم التقى نظيره العراقي; جولة شملت الكويت وقطر; التقى مجلس التعاون
    ... وبحث مع اسرائيل): two meetings of the same minister. A body of one state (حزب الله) is left out, its
    people may meet others of that meeting, and so is a delegation: its head may be the person shared."""
    def states(parties: list[Mention]) -> set[str]:
        return {p.country or p.org or "" for p in parties if (p.kind in ("person", "state") or (p.kind == "org" and not p.country))
                and arguments.key(p) not in shared} - {""}
    mine = states(em.parties)
    theirs = {s for m in c.mentions for s in states(m.parties)}
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _doubt_apart(c: Cluster, em: EventMention, added: set[str]) -> bool:
    """سيزور إسرائيل ... ومن غير الواضح إن كان سيلتقي غانتس: a meeting left in doubt with a person the planned
    (or told) one does not name is a meeting of its own, and the other way round."""
    if not added or any(m.sent_index == em.sent_index for m in c.mentions):
        return False  # (زيارة قد يقوم بها X ... للقاء Y: one sentence, one event)
    return (em.status == "uncertain") != any(m.status == "uncertain" for m in c.mentions)


def _compatible(an: Analysis, c: Cluster, em: EventMention, keys: set[str]) -> bool:
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
        ok = ok and others <= c.sides and not _other_sides_differ(c, em, persons & cpersons)
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
        if em.earlier and not any(m.earlier for m in c.mentions):
            return False
        if not em.earlier and any(m.earlier and m.time for m in c.mentions):
            return False
    # لقاء ثنائي beside the اجتماع رباعي of the same ministers: two meetings
    stated = {m.sides_stated for m in c.mentions if m.sides_stated}
    if em.sides_stated and (stated - {em.sides_stated} or len(ck | keys) > em.sides_stated):
        return False
    if any(len(ck | keys) > n for n in stated):
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
            if r1.value and r2.value and r1.value != r2.value:
                return False
            if r1.relative_days is not None and r2.relative_days is not None and r1.relative_days != r2.relative_days:
                return False  # أول أمس and غداً without a document date: two days, two meetings
    return True
