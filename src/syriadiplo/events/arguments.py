"""The parties of an event mention: who stands in a trigger's clause, and anaphors resolved."""
from __future__ import annotations

import dataclasses
from typing import Final

from syriadiplo.events import clauses, places
from syriadiplo.events.analysis import (
    CAT_CITY,
    CAT_CITY_COUNTRY_METONYM,
    CAT_MINISTRY,
    CAT_NISBA,
    CAT_TITLE,
    CAT_TRIGGER,
    NOUN_CLASSES,
    PARTY_KINDS,
    QUOTES_AND_BRACKETS,
    VERB_CLASSES,
    WEAK_CLASSES,
    Analysis,
    EventMention,
    SentInfo,
    Trigger,
    attendance_line,
    break_between,
    government_met,
    grammar_sets,
    initiative_cue_words,
    joined,
    kingdom_at,
    relative_in_trigger,
    token_words,
)
from syriadiplo.events.places import visitor_ends
from syriadiplo.events.several import Listing, split_parties, subjects_of_several
from syriadiplo.language import resource
from syriadiplo.recognize import holders
from syriadiplo.recognize.ner import Mention, bodies_with_members, evidence
from syriadiplo.resources import grammar, read_table
from syriadiplo.text.lexicon import Token, is_definite, lexicon, parse_term, tokenize
from syriadiplo.text.proclitics import stems, without_article
from syriadiplo.text.normalize import normalize_text

_CAT_PARTY_WORDS: Final = frozenset({"COUNTRY", "ORG", "TITLE", "PERSON", "MINISTRY", "METONYM"})  # listed words that may name a side
LEADER_REACH: Final = 4  # tokens from a leadership noun to the person it names (بقيادة خادم الحرمين الشريفين الملك)
SOURCE_REACH: Final = 4  # tokens from a source cue to its source (حسب ما صرح به X)
PATRON_REACH: Final = 6  # tokens from a vision noun to the leader who set it out (الرؤية التي طرحها خادم الحرمين الشريفين الملك)
TRAILING_STATE_GAP: Final = 6  # tokens after the last side beyond which a state is spoken of, not met (… مع إيران)
PAIR_APPOSED_GAP: Final = 2  # tokens between the two persons named after a pair (X، والمصري Y: a comma and a nisba)
SUBJECT_GAP: Final = 3  # tokens from a state's leadership as subject to the meeting word (القيادة التركية عقدت سلسلة اجتماعات)
MESSAGE_HEAD_REACH: Final = 2  # tokens from a message's later word (موجهة) back to its noun (رسالة خطية موجهة)
MESSAGE_REACH: Final = 5  # tokens from a message noun to its sender or addressee (رسالة خطية من الرئيس)
DESCRIPTION_REACH: Final = 6  # tokens from the وهو that opens a description of a person to a person named in it
TOUR_REACH: Final = 6  # tokens from a tour noun to the verb that names its places (جولة في شمال افريقيا تشمل)
MOVER_REACH: Final = 25  # tokens from a verb of arrival or departure to its subject after it (a date between)
STOP_REACH: Final = 4  # tokens from a visit's destination to the tour noun after it (الى الكويت امس في جولة)
LIST_GAP: Final = 3  # tokens from a tour's verb of inclusion to the first place it names (شملت حتى الان السعودية)
BETWEEN_PRONOUN_REACH: Final = 1  # words between a meeting noun and بينه (لقاء بينه ورئيس الوزراء)
INVITATION_REACH: Final = 20  # tokens between a word of visiting and the بدعوة that names its host (زيارة الملك الى روسيا بدعوة)
EACH_REACH: Final = 5  # tokens from a visit verb (or its subject) to the كلا من that opens its places (سيزور اعتبارا من اليوم كلا من)
MOVER_GAP: Final = 12  # tokens from the visitor to the visit noun (his destination between)
PURPOSE_REACH: Final = 25  # tokens from a visit to the مع of whom it is for, past its purpose (لمناقشة ... مع X)
JOINT_REACH: Final = 3  # tokens after two delegations within which a word of togetherness makes them met together
PAIR_REACH: Final = 3  # sentences back to the event whose two persons a pair anaphor (البلدين) stands for
Office = tuple[tuple[str, ...], str | None]  # the singular heads of a title's chain and its ministry's code (`officials_office`)
CHRONOLOGY_ENTRIES: Final = 3  # dated entries that make a document a chronology (its entries' verbs have dropped subjects)
DATED_ENTRY_OPENING: Final = 4  # tokens from a sentence's start within which a date opens a chronology's entry (وفي يوم الأحد 12)
LOYALTY_REACH: Final = 3  # tokens from a loyalty or forces noun to the leader it names (ميليشيات الحوثي والرئيس المخلوع)
BETWEEN_REACH: Final = 10  # tokens from a meeting noun to the بين that introduces its sides (اجتماع يعقد في ... بين)
RESOLUTION_REACH: Final = 3  # tokens from a resolution or sanctions noun to its body (العقوبات التي فرضها مجلس الامن)
TAKE_PART_REACH: Final = 12  # tokens from a verb of taking part to the في before its meeting noun (شارك وزير الخارجية الإيراني X في اجتماع)
FRAME_NEAR: Final = 4  # tokens from a frame word to the body it names, whatever stands between (على هامش اجتماعات الجمعية العامة)
FRAME_NAME_REACH: Final = 10  # tokens from a frame word to the body whose gathering it names (على هامش اجتماعات منظمة ... (أوبك))
MEMBER_REACH: Final = 3  # tokens from the end of a members cue to the first member it names (التي تضم الى جانب روسيا)
# the reasons a state or body is refused as a side that the states joined to it by و share (في سوريا واليمن): not
# a destination, an origin or a state after ل (زيارة لكينيا وإثيوبيا), whose lists a visit or a tour reads on its own
_SHARED_REFUSALS: Final = frozenset(("grammar:IN", "grammar:REGION_PARTS",
                                     "grammar:EFFORT_NOUNS", "grammar:RESOLUTION_NOUNS", "grammar:MEMBER_CUES"))


@resource
def _sides_words() -> tuple[tuple[int, frozenset[str]], ...]:
    """(n, the words that say n sides met: SIDES_n) for n = 2..5."""
    g = grammar_sets()
    return tuple((n, g[f"SIDES_{n}"]) for n in (2, 3, 4, 5))


def tour_hosts(ems: list[EventMention], during: set[int]) -> list[EventMention]:
    """في جولة تشمل الاردن وتركيا، يلتقي خلالها العاهل الاردني ... والرئيس التركي ...: those met "during
    it" are the hosts of the tour's meetings, each at the place of his state; the mention that names them
    is no meeting of its own."""
    if not during:
        return ems
    out: list[EventMention] = []
    for em in ems:
        if id(em) not in during:
            out.append(em)
            continue
        stops = [e for e in ems if e.sent_index == em.sent_index and e.listing.by_place]
        hosts: dict[str, Mention] = {}
        for p in em.parties:
            if p.kind == "person" and p.country is not None:
                hosts[p.country] = p
        if not stops or not hosts or set(hosts) - {e.parties[-1].country for e in stops}:
            out.append(em)
            continue
        for e in stops:
            where = e.parties[-1].country
            host = hosts.get(where) if where is not None else None
            if host is not None and e.parties[-1].kind == "state":
                e.parties = e.parties[:-1] + [host]
    return out


def split_several(ems: list[EventMention], titles: frozenset[int] = frozenset()) -> list[EventMention]:
    """One mention per counterpart where the text says the meetings were several (several.py), a subject's several
    events read within one type (several calls say nothing of the meetings beside them); `titles`: the sentences that
    repeat the document's title given beside its text (a headline too)."""
    # (several calls say nothing of the meetings told beside them: وفحوى الاتصالات الهاتفية ... بعد مباحثاته مع A وB)
    subjects = {typ: subjects_of_several([(em.parties, em.listing) for em in ems if em.type == typ], key)
                for typ in {em.type for em in ems}}
    out: list[EventMention] = []
    for em in ems:
        groups = split_parties(em.parties, em.listing, subjects[em.type], key, em.is_title or em.sent_index in titles)
        out.extend([em] if len(groups) == 1 else [_stop_ahead(em.with_parties(g)) for g in groups])
    return out


def _stop_ahead(em: EventMention) -> EventMention:
    """زار الكويت امس في جولة تشمل قطر: a tour's stop after the one told (Listing.ahead_at) is still to come, at no
    time told."""
    ahead = em.listing.ahead_at
    if ahead is not None and em.parties[-1].start >= ahead and em.status == "occurred":
        em.status, em.time = "planned", None
        em.why.append("grammar:TOUR_AHEAD")
    return em


def _listing(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int) -> Listing:
    """Where the clause's counterparts start (its first مع after the trigger) and whether it says the
    events were several: a plural or dual event noun not framed as a conference's proceedings
    (على هامش اجتماعات), or a word such as منفصل."""
    toks = info.tokens
    # اتصالين هاتفيين من A و B: the callers of calls received stand after من, as counterparts after مع
    counter = an.g["WITH"] | (an.g["FROM"] if t.type == "phone_call" else frozenset())
    with_at = next((k for k in range(t.end, hi) if toks[k].text in counter), None)
    several, cue = False, ""
    for k in range(max(lo, t.start), hi):
        w = toks[k].words
        if not w.isdisjoint(an.g["SEPARATE_CUES"]):
            several, cue = True, "SEPARATE_CUES"
        elif not w.isdisjoint(an.g["ANOTHER_EVENT"]) and k + 1 < hi and toks[k + 1].text in counter:
            several, cue = True, "ANOTHER_EVENT"  # اتصالا من X، وآخر من Y: a second call, with Y
        elif not w.isdisjoint(an.g["SEVERAL_EVENTS"]) and (t.start <= k < t.end or not _definite(toks[k])):
            # (a definite plural only as the trigger itself: not وزير الاتصالات، وزير النقل والاتصالات)
            several = several or k == 0 or toks[k - 1].words.isdisjoint(an.g["SESSION_FRAMES"])
            cue = cue or ("SEVERAL_EVENTS" if several else "")
    bodies = _two_bodies_met(an, info, t, lo, hi)
    if bodies is not None:  # (each on its own, whether or not the clause says so: كلا على حدة)
        with_at, several, cue = with_at if with_at is not None and with_at < bodies else bodies, True, cue or "OPPOSITION_NOUNS"
    verb = _verb_of_objects(an, info, t, lo, hi) if with_at is None and several else None
    if verb is not None:
        # الوفد الإيراني التقى العبادي والمالكي في 3 اجتماعات: the verb's objects, each met apart (and so for the
        # plural noun after them, the same meetings told again)
        with_at = verb.end - 1
    return Listing(with_at, several, cue=cue, joint=not several and (sides_stated(toks, t) or 0) >= 3)


def _verb_of_objects(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int) -> Trigger | None:
    """The verb trigger, t itself or the last one before it in its clause, that has a side of the clause before it
    and two or more after it (subject, verb, objects); None when there is none."""
    verb = t if t.cls in VERB_CLASSES else next(
        (o for o in reversed(info.triggers) if o.cls in VERB_CLASSES and lo <= o.start and o.end <= t.start), None)
    if verb is None:
        return None
    toks = info.tokens  # (not an attendee: بحضور X names no object of the verb)
    sides = [m for m in info.mentions if lo <= m.start < hi and m.kind in ("person", "delegation")
             and not (m.start > 0 and not toks[m.start - 1].words.isdisjoint(an.g["ATTEND"]))]
    before = any(m.end <= verb.start for m in sides)
    return verb if before and sum(1 for m in sides if m.start >= verb.end) >= 2 else None


def _two_bodies_met(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int) -> int | None:
    """The token before the two delegations of a state's government and its opposition (one of them a body,
    ner._body_pair) when a third party meets them (يلتقي المبعوث وفدي الحكومة والمعارضة): each on its own, as
    mediators do; None for talks between them (جولة محادثات بين وفدي الحكومة والمعارضة), for a meeting with both
    together (JOINT_CUES) or any other clause."""
    pair = [m for m in info.mentions if m.kind == "delegation" and m.number == "du" and t.end <= m.start < hi and m.start >= lo]
    if len(pair) != 2 or not any(m.org for m in pair) or not an.g["BETWEEN"].isdisjoint(info.tokens[pair[0].start - 1].words):
        return None
    if any(not info.tokens[k].words.isdisjoint(an.g["JOINT_CUES"]) for k in range(pair[1].end, min(hi, pair[1].end + JOINT_REACH))):
        return None  # (... وفدي الحكومة والمعارضة معا: one meeting; not a cue of a later verb, وحثهما على العمل معا)
    return pair[0].start - 1  # (as مع would stand before the counterparts)


def _tour(an: Analysis, info: SentInfo, t: Trigger) -> list[Mention]:
    """The places a visit goes to when it names two or more (زيارة الى ايران والسعوديه): the state or city
    mentions after the destination word that follows the trigger, each joined to the one before by و; and
    the other stops of the tour a visit to one place is part of (زيارته الى الكويت في جولة تشمل قطر والعراق):
    a meeting at each, not one meeting with all."""
    places = _places(an, info)
    dest = _destination_at(an, info, t, places)
    if dest is None:
        return []
    out = _place_run(an, info.tokens, places, dest + 1)
    if out:
        out = _first_stop(an, info, t, places) + out + _other_stops(an, info, places, out[-1].end)
    return out if len({m.country for m in out}) >= 2 else []


def _first_stop(an: Analysis, info: SentInfo, t: Trigger, places: dict[int, Mention]) -> list[Mention]:
    """وصل X الى الكويت امس في جولة تشمل قطر وعمان: the place a verb of arrival names right before a tour
    noun, or before a visit whose verb of inclusion follows it (في مستهل زيارة تشمل ايضا قطر), is the tour's
    first stop."""
    toks = info.tokens
    if toks[t.start].words.isdisjoint(an.g["TOUR_NOUNS"]) and not (
            t.end < len(toks) and toks[t.end].text in an.g["TOUR_INCLUDES"]):
        return []
    # (one token further for a relative clause's الى and pronoun: التي وصل اليها امس في مستهل زيارة)
    arrived = next((m for k in range(t.start - 1, max(-1, t.start - 2 - STOP_REACH), -1)
                    if (m := _arrived_in_relative(an, toks, k, places)) is not None), None)
    if arrived is not None:
        return [arrived]
    for k in range(t.start - 1, max(-1, t.start - 1 - STOP_REACH), -1):
        if toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["CLAUSE_STOPS"]:
            return []
        m = next((p for p in places.values() if p.end == k + 1), None)
        if m is None:
            continue
        moved = any(not toks[j].words.isdisjoint(an.g["MOVE_VERBS"]) for j in range(max(0, m.start - MOVER_GAP), m.start))
        return [m] if m.start > 0 and toks[m.start - 1].text in an.g["DESTINATION"] and moved else []
    return []


def _arrived_in_relative(an: Analysis, toks: list[Token], k: int, places: dict[int, Mention]) -> Mention | None:
    """الكويت، التي وصلها امس في مستهل زيارة تشمل قطر: the place a relative clause of arrival (a verb of ARRIVED_VERBS
    with its object pronoun, or with الى and the pronoun: التي وصل اليها) is told of, right before it or its comma,
    when token k is that verb; None otherwise (not غادرها, the place left)."""
    if k < 2 or toks[k - 1].text not in an.g["RELATIVE_PRONOUNS"]:
        return None
    if toks[k].text in an.g["ARRIVED_VERBS"]:
        after = toks[k + 1].text if k + 1 < len(toks) else ""
        if after in an.g["DESTINATION"] or an.g["DESTINATION"].isdisjoint(stems(after)):
            return None  # (the pronoun is the place's: وصل اليها; not وصل الى, nor وصل alone)
    elif not any(f in an.g["ARRIVED_VERBS"] for f in stems(toks[k].text)):
        return None
    end = k - 2 if toks[k - 2].text in an.g["COMMAS"] else k - 1
    return next((p for p in places.values() if p.end == end), None)


def _places(an: Analysis, info: SentInfo) -> dict[int, Mention]:
    """The state and city mentions of a sentence by their first token; not one an idiom takes in (مسقط راسه)."""
    toks = info.tokens
    return {m.start: m for m in info.mentions if m.kind in ("state", "city") and m.country
            and (m.end >= len(toks) or toks[m.end].words.isdisjoint(an.g["PLACE_IDIOMS"]))}


def _destination_at(an: Analysis, info: SentInfo, t: Trigger, places: dict[int, Mention]) -> int | None:
    """The token right before the first place a visit trigger names as where it goes (a destination word,
    a tour's verb of inclusion, the place itself when it is a verb's object or has the proclitic of
    destination); None when it names none."""
    toks = info.tokens
    start = clauses.after_duration(an, toks, t.end)
    # (لدولتي قطر والكويت: the two states' names right after it; جولة لدول الخليج تشمل ...: the tour's verb names them)
    dest = next((k for k in range(start, min(len(toks), start + 3)) if toks[k].text in an.g["DESTINATION"]
                 or (toks[k].text in an.g["STATES_DESTINATION"] and k + 1 in places)), None)
    if dest is None and t.cls in NOUN_CLASSES:
        # جولة في شمال افريقيا تشمل الجزائر وموريتانيا وتونس: the places a tour takes in
        dest = next((k for k in range(t.end, min(len(toks), t.end + TOUR_REACH)) if toks[k].text in an.g["TOUR_INCLUDES"]), None)
        if dest is not None and dest + 1 < len(toks) and toks[dest + 1].text in an.g["TOUR_ALSO"]:
            dest += 1  # (زيارة تشمل ايضا قطر والعراق)
    # يزور X ايران والسعوديه: the places are the verb's objects, right after it or after its subject;
    # زيارة الوزير X للكويت، وصل الوزير X الى الكويت: after the visitor, the destination
    # (a noun's visitor stands right after it or its relative clause, his titles after him: visitor_ends;
    # a verb's subject anywhere after it)
    verb = t.cls in VERB_CLASSES
    # (بزياره مفاجئه لبغداد: one adjective may stand before a noun's destination)
    adjective = clauses.after_adjective(an, toks, t.end) if not verb else t.end
    visitor = ({m.end for m in info.mentions if m.kind == "person" and m.start >= t.end} if verb
               else set(visitor_ends(an, info, t)))
    ends = sorted(visitor | {t.end, start, adjective})
    # (المبعوث الخاص لسوريا توم باراك: a place a name follows is inside a title)
    named = {m.start for m in info.mentions if m.kind == "person"}
    for k in ends if dest is None else ():
        if k in places and (verb or (_to_place(an, info, k) and places[k].end not in named)):
            return k - 1
        if k + 1 in places and k < len(toks) and toks[k].text in an.g["DESTINATION"]:
            return k
    if dest is None:
        dest = _each_of(an, info, t, places)
    return dest


def _each_of(an: Analysis, info: SentInfo, t: Trigger, places: dict[int, Mention]) -> int | None:
    """سيزور اعتبارا من اليوم كلا من الكويت وقطر: the من after كلا that opens the places a visit goes to,
    within EACH_REACH tokens of the trigger or of its subject right after it (not a place phrase further
    on: الجماعات المتطرفة في كل من العراق وسورية)."""
    toks = info.tokens
    # (زيارة خاطفة لوزير خارجيتها X لكل من: one adjective may stand between the noun and its visitor)
    start = next((m.end for m in info.mentions if m.kind == "person" and t.end <= m.start <= t.end + 1), t.end)
    for k in range(start, min(len(toks) - 2, start + EACH_REACH)):
        if toks[k].text in an.g["CLAUSE_STOPS"] or toks[k].text in an.g["COMMAS"]:
            return None
        if toks[k].text in an.g["EACH_OF"] and toks[k + 1].text in an.g["FROM"] and k + 2 in places:
            return k + 1
    return None


def _to_place(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether the place at token k carries the proclitic of destination (للكويت، لطهران)."""
    m = info.index.first(k, CAT_CITY_COUNTRY_METONYM)
    return m is not None and m.plen > 0 and info.tokens[k].text[m.plen - 1] in an.g["VISIT_TO_PROCLITIC"]


def _place_run(an: Analysis, toks: list[Token], places: dict[int, Mention], k: int) -> list[Mention]:
    """The places from token k on, each joined to the one before by و."""
    out: list[Mention] = []
    while k in places and (not out or toks[k].text[:1] in an.g["AND"]):
        out.append(places[k])
        k = places[k].end
    return out


def _other_stops(an: Analysis, info: SentInfo, places: dict[int, Mention], k: int) -> list[Mention]:
    """زيارته الى الكويت امس في جولة تشمل قطر والعراق، ضمن جولة اقليمية شملت حتى الان السعودية والاردن: the
    places of the tour named right after a visit's destination (token k on), the stops before or after it."""
    toks = info.tokens
    for j in range(k, min(len(toks), k + STOP_REACH)):
        if toks[j].text in an.g["COMMAS"] or toks[j].text in an.g["CLAUSE_STOPS"]:
            return []
        if not toks[j].words.isdisjoint(an.g["TOUR_NOUNS"]):
            break
    else:
        return []
    inc = next((i for i in range(j + 1, min(len(toks), j + TOUR_REACH)) if toks[i].text in an.g["TOUR_INCLUDES"]), None)
    if inc is None:
        return []
    first = next((i for i in range(inc + 1, min(len(toks), inc + 1 + LIST_GAP)) if i in places), None)
    if first is None or break_between(an, toks, inc, first):
        return []
    return _place_run(an, toks, places, first)


_OPENING_BRACKET: Final = "("
_CLOSING_BRACKET: Final = ")"


def candidate_parties(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int, notes: list[str]) -> list[Mention]:
    """The mentions of tokens lo..hi that may be the trigger's parties, before anaphors are resolved."""
    toks = info.tokens
    parties: list[Mention] = []
    between = between_start(an, info, t, hi)
    refused = (-1, "")  # the end of the last state or body refused as a side, and why
    named_aside_last: tuple[int, str, int | None] = (-1, "", None)  # the end of the last person named aside, why, who
    demand = clauses.demanded_from(an, info, t) if t.cls in NOUN_CLASSES else None
    taken_end = -1  # where the last delegation _delegation_of extended ends: the mentions before are part of it
    for mm in info.mentions:
        if between is not None and mm.kind == "city" and _capital(info, mm) and _in_between_list(an, toks, between, mm, info.mentions):
            mm = Mention("state", mm.start, mm.end, name=mm.name, country=mm.country)  # بين أثينا والدائنين: Greece
        if mm.kind not in PARTY_KINDS or mm.start < lo or mm.start >= hi:
            continue
        if mm.kind == "person" and mm.government:  # بين إدارة الرئيس أوباما والمملكة: his state's government
            mm = Mention("delegation", mm.start - 1, mm.end, role=mm.government, country=an.mention_state(mm),
                         government=mm.government)
        if between is not None and mm.start < between:
            # "لقاء بين X و Y": the parties are the two sides named after بين
            if mm.kind in ("state", "org") or mm.start < t.start:
                continue
        if mm.kind == "latter":
            continue
        if demand is not None and demand < mm.start < t.start and mm.kind in ("state", "org") and not _demand_subject(
                an, info, demand, mm):
            notes.append("grammar:DEMAND_CUES")  # يدعو فنزويلا الى الحوار عقب لقائه Y: asked of, not met
            continue
        if mm.kind == "pronoun" and not (any(toks[mm.start].text.startswith(w) for w in an.g["WITH"])
                                         or _between_pronoun(an, toks, t, mm)):
            continue
        if mm.kind == "state" and mm.from_nisba and not (_attached_to_trigger(an, info, t, mm) or _government(an, toks, mm, t)
                                                          or _nationals_met(an, toks, t, mm)):
            continue
        if mm.kind == "state" and _member_in_brackets(an, info, mm):
            continue  # وزراء خارجية مجموعة 5+1 (الولايات المتحدة وروسيا ...): the body's members, one party (RECORDS.md)
        if _restated_in_brackets(an, info, mm):
            continue  # بمجلس الشيوخ الأميركي (الكونغرس): the same side named again, in brackets
        if mm.kind == "delegation" and mm.entourage:
            continue  # X والوفد المرافق له: the delegation is X's side, and X is listed (RECORDS.md)
        if mm.start < taken_end:
            continue  # ممثلين لصالح، وفدا للحكومة اليمنية: a mention a delegation took in is no side of its own
        if mm.kind == "delegation" and not (mm.country or mm.org):
            mm = _delegation_of(an, info, mm)  # وفدا من المعارضة السورية: the body after it is its side
            if mm.country is None and mm.org is None:
                continue
            taken_end = mm.end
        if _in_message(an, info, mm):
            continue  # سلم X رسالة من الرئيس Y: the sender of a message is not there
        aside = named_aside(an, info, mm) if mm.kind == "person" else _state_aside(an, info, mm)
        if mm.kind == "person" and not aside and _speaks_of_it(an, info, t, mm, between is not None):
            aside = "grammar:DESCRIBE_VERBS"
        if mm.kind == "person" and not aside and mm.start == named_aside_last[0] and (
                joined(an, toks[mm.start]) or (mm.entity is not None and mm.entity == named_aside_last[2])):
            # بعد نظيره الفرنسي X ووزير الاقتصاد الالماني Y نائب المستشارة: joined to one named aside, or his next title
            aside = named_aside_last[1]
        if aside:
            notes.append(aside)  # a spokesperson, a leader a state is under, a sender, an era, forces loyal to him
            named_aside_last = (mm.end, aside, mm.entity)
            continue
        cues = [k for k in range(max(lo, mm.start - 2), mm.start) if _source_cue(an, toks[k])]
        if (cues and not _carries_message(an, toks, mm, cues)) or _source_by_report(an, toks, lo, mm):
            continue
        if mm.kind in ("state", "org"):
            why = _not_a_side(an, info, mm, refused)
            if why:
                refused = (mm.end, why)
                if why in _SHARED_REFUSALS:
                    notes.append(why)
                continue
        parties.append(mm)
    subj = _fronted_subject(an, info, t, hi, parties)
    if subj is not None:
        parties.append(subj)
        notes.append("grammar:FRONTED_PP")
    return _without_trailing_states(t, parties, notes)


def _first_named(info: SentInfo, before: int) -> list[int]:
    """The entity of the first named person of the sentence before token `before`, as a list."""
    return [m.entity for m in info.mentions if m.kind == "person" and m.entity is not None and m.start < before][:1]


def without_topic_sides(parties: list[Mention], span: tuple[int, int] | None, notes: list[str],
                        kinds: tuple[str, ...] | None = None) -> list[Mention]:
    """The parties but those named inside the topic (بحث X مع Y التعاون العسكري مع مصر:
    the party is what was discussed, RECORDS.md), while two sides are left; with `kinds`, only parties of those kinds
    (a state named in what a side said: not a delegation said to take part)."""
    if span is None:
        return parties
    kept = [p for p in parties if not (span[0] <= p.start < span[1] and (kinds is None or p.kind in kinds))]
    if len(kept) == len(parties) or len(keys(kept)) < 2:
        return parties
    notes.append("rule:topic.named-in-topic")
    return kept


def _between_pronoun(an: Analysis, toks: list[Token], t: Trigger, mm: Mention) -> bool:
    """لقاء بينه ورئيس الوزراء Y: بين with the pronoun of a side (OBJECT_PRONOUN_HOSTS holds بينه, not بينها: من بينها is
    "among them"), right after the trigger or one word after it (BETWEEN_PRONOUN_REACH), not further on. The pronoun
    is the sentence's first named person's (`_first_named`: أعلن X بعد خلافه مع Z أن لقاء بينه وY سيعقد غدا: X's)."""
    return _between_word(an, toks[mm.start]) and t.cls in NOUN_CLASSES and 0 <= mm.start - t.end <= BETWEEN_PRONOUN_REACH


def _between_word(an: Analysis, tok: Token) -> bool:
    """Whether a token begins with بين (بينه: the pronoun of OBJECT_PRONOUN_HOSTS after it)."""
    return any(tok.text.startswith(b) for b in an.g["BETWEEN"])


def _definite(tok: Token) -> bool:
    """Whether a reading of the token has the article (الاتصالات، والاتصالات، بالاتصالات)."""
    return any(is_definite(f) for _, f in tok.forms)


def _source_cue(an: Analysis, tok: Token) -> bool:
    """A source cue (حسب، نقلا، مصادر), or one of "according to" after the conjunction (ووفقا لصندوق النقد); not a
    word that only ends in one (فحسب, "only")."""
    return tok.text in an.g["SOURCE_CUES"] or (joined(an, tok) and tok.text[1:] in an.g["ACCORDING_TO"])


def _carrier_before(info: SentInfo, k: int) -> bool:
    """Whether a party mention ends right before the message noun at k with no party mention right before it: the
    verb's subject, who carries it (نقل الوزير رسالة); not the one it is handed to after the carrier (سلم السفير
    الوزير رسالة من ... الى Y: Y is not met)."""
    got = next((m for m in info.mentions if m.end == k and m.kind in PARTY_KINDS), None)
    return got is not None and not any(m.end == got.start and m.kind in PARTY_KINDS for m in info.mentions)


def _carries_message(an: Analysis, toks: list[Token], mm: Mention, cues: list[int]) -> bool:
    """Whether the source cues before the mention (at `cues`) are verbs that carry (MESSAGE_CARRY_VERBS: نقل) and a
    message noun or الى stands right after the mention (نقل الوزير رسالة من ...، نقل الوزير الى الرئيس رسالة): the
    verb carries the message, no source cue (نقل التلفزيون عن الوزير)."""
    return all(not toks[k].words.isdisjoint(an.g["MESSAGE_CARRY_VERBS"]) for k in cues) and mm.end < len(toks) and (
        not toks[mm.end].words.isdisjoint(an.g["MESSAGE_NOUNS"]) or toks[mm.end].text in an.g["DESTINATION"])


def _source_by_report(an: Analysis, toks: list[Token], lo: int, mm: Mention) -> bool:
    """حسب ما صرح به المسؤولون الإيرانيون، بحسب ما ذكر المرصد: a source cue, then what and a speech verb (and its
    pronoun), right before the mention: it names whom the report is from (SOURCE_LINKS)."""
    k, verb, speech = mm.start - 1, False, _aside_words()["REPORT_OR_PRESENT"]
    while k >= lo and mm.start - k <= SOURCE_REACH:
        if not toks[k].words.isdisjoint(speech):
            verb = True
        elif toks[k].text not in an.g["SOURCE_LINKS"]:
            return verb and not toks[k].words.isdisjoint(an.g["SOURCE_CUES"])
        k -= 1
    return False


def _without_trailing_states(t: Trigger, parties: list[Mention], notes: list[str]) -> list[Mention]:
    """اجتمع X مع نظيره Y، وهاجم الاتفاق النووي مع إيران: once two sides are named after the trigger, a state
    named well after the last of them is what they spoke of, not a third side (a list of sides goes on
    without such a gap)."""
    out: list[Mention] = []
    sides: set[object] = set()
    last = t.end
    for p in parties:
        if p.kind == "state" and not p.from_nisba and p.start > last + TRAILING_STATE_GAP and len(sides) >= 2:
            notes.append("rule:event.trailing-state")
            continue
        out.append(p)
        if p.kind in ("person", "delegation", "org", "pronoun", "latter"):
            sides.add(p.country or p.org or p.start)
        if p.start >= t.start:
            last = max(last, p.end)
    return out


def _delegation_of(an: Analysis, info: SentInfo, mm: Mention) -> Mention:
    """A delegation named with no state, given the state of the nationality adjective that closes the body it
    comes from (التقى وفدا من المعارضة السورية، وفدا للحكومة اليمنية), or the state or body of the person it stands
    for (`_principal`: ممثلين لصالح, his representatives, Yemen's; the delegation then ends after him); itself when
    there is none."""
    toks = info.tokens
    if mm.end >= len(toks) or not (any(toks[k].text in an.g["FROM"] for k in range(mm.start + 1, mm.end + 1))
                                   or toks[mm.end].forms[-1][0] > 0):
        return mm
    for s in info.mentions:
        if s.kind == "state" and s.from_nisba and mm.end < s.start <= mm.end + 2 and s.country:
            return Mention("delegation", mm.start, s.end, name=mm.name, role=mm.role, country=s.country, number=mm.number)
    principal = _principal(an, info, mm)
    if principal is None:
        return mm
    ent = an.reg.people[principal.entity] if principal.entity is not None else None
    country, org = principal.country or (ent.country if ent else None), principal.org or (ent.org if ent else None)
    if country is None and org is None:
        return mm
    return Mention("delegation", mm.start, principal.end, name=mm.name, role=mm.role, country=country, org=org,
                   number=mm.number)


def _principal(an: Analysis, info: SentInfo, mm: Mention) -> Mention | None:
    """The person a delegation of representatives (REPRESENTATIVE_GROUPS, its last word) stands for: named right after
    it with the genitive proclitic ل read off (ممثلين لصالح، ممثلين للرئيس X; not لوران فابيوس, whose ل is his name's),
    where the group opens a clause after a complementizer or is met, after مع or a meeting word (قال إن ممثلين لصالح
    يجرون محادثات); not after another verb, whose ل may be "to" (ارسل X ممثلين للرئيس Y، سلم ممثلون للرئيس Y رسالة).
    None when there is none."""
    toks = info.tokens
    if toks[mm.end - 1].words.isdisjoint(an.g["REPRESENTATIVE_GROUPS"]) or not _opens_or_met(an, info, mm):
        return None
    person = next((s for s in info.mentions if s.kind == "person" and s.name and s.start == mm.end), None)
    if person is None or toks[mm.end].text[:1] not in an.g["OF_PROCLITIC"]:
        return None
    first = {normalize_text(w).split()[0] for w in (person.name_norm or person.name, person.role) if w}
    return person if any(plen == 1 and f in first for plen, f in toks[mm.end].forms) else None


def _opens_or_met(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """Whether the word before mention mm, a quotation mark between aside (إن «ممثلين ...), is a complementizer or مع,
    or ends a meeting trigger."""
    k = mm.start - 1
    if k > 0 and not info.tokens[k].is_word and info.tokens[k].text not in an.g["COMMAS"]:
        k -= 1
    if k < 0:
        return False
    before = info.tokens[k]
    return (not before.words.isdisjoint(an.g["COMPLEMENTIZERS"]) or before.text in an.g["WITH"]
            or any(t.end == k + 1 for t in info.triggers))


def _not_a_side(an: Analysis, info: SentInfo, mm: Mention, refused: tuple[int, str]) -> str:
    """Why a state or organization mention is no side (the id of the entry that says so), "" when it stands as
    one: a frame, an initiator, a place (`_body_as_side`), what is spoken of (`_spoken_of`), where a city is
    (`_capital_of_city`), or a state joined by و to one refused as a place or as spoken of (في سوريا واليمن وليبيا،
    الذي يضم السعودية والبحرين), or named right after a member named."""
    toks = info.tokens
    after_and = joined(an, toks[mm.start])
    if refused[0] == mm.start and ((after_and and refused[1] in _SHARED_REFUSALS) or refused[1] == "grammar:MEMBER_CUES"):
        return refused[1]  # (a list of members may go on without و: تضم الى جانب روسيا بريطانيا والصين)
    return _body_as_side(an, info, mm) or _spoken_of(an, info, mm) or _capital_of_city(an, info, mm)


def _framing_body(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """Whether a state or body is named by a frame: within FRAME_NEAR tokens after a frame word (SESSION_FRAMES: على
    هامش اجتماعات الجمعية العامة), or within FRAME_NAME_REACH tokens with no comma, clause stop or event word between
    (التقى X نظيره Y على هامش الاجتماعات السنوية لمنظمة البلدان المنتجة للنفط (أوبك)، في إطار التعاون بين البرازيل
    واليابان)."""
    toks = info.tokens
    if any(not toks[k].words.isdisjoint(an.g["SESSION_FRAMES"]) for k in range(max(0, mm.start - FRAME_NEAR), mm.start)):
        return True
    for k in range(mm.start - 1, max(-1, mm.start - 1 - FRAME_NAME_REACH), -1):
        tok = toks[k]
        if tok.text in an.g["COMMAS"] or tok.text in an.g["CLAUSE_STOPS"] or info.index.first(k, CAT_TRIGGER) is not None:
            return False
        if not tok.words.isdisjoint(an.g["SESSION_FRAMES"]):
            return True
    return False


def _capital_of_city(an: Analysis, info: SentInfo, mm: Mention) -> str:
    """"grammar:CAPITAL_OF" for a state right after "capital of" that follows a city (في مينسك عاصمة روسيا البيضاء):
    it tells where the city is; "" otherwise (زار عاصمة روسيا: no city before it, the state is visited)."""
    k = mm.start - 1
    if k < 1 or info.tokens[k].text not in an.g["CAPITAL_OF"]:
        return ""
    return "grammar:CAPITAL_OF" if any(m.kind == "city" and m.end == k for m in info.mentions) else ""


def _body_as_side(an: Analysis, info: SentInfo, mm: Mention) -> str:
    """Why a state or organization mention is a frame, an initiator or a place, not a side ("" when it may be one)."""
    toks = info.tokens
    if _framing_body(an, info, mm):
        return "grammar:SESSION_FRAMES"  # على هامش اجتماعات الجمعية العامة: the gathering that frames the meeting, not a side
    if any(not toks[k].words.isdisjoint(initiative_cue_words()) for k in range(max(0, mm.start - 3), mm.start)):
        return "grammar:INITIATIVE_NOUNS"  # بناء على طلب الجانب الامريكي: who asked for it (the initiator), not one more side
    prev = toks[mm.start - 1] if mm.start > 0 else None
    first_forms = [f for p, f in toks[mm.start].forms if p > 0]
    if prev is not None and prev.text in an.g["IN"]:
        return "grammar:IN"  # في سوريا: a place
    if prev is not None and (prev.text in an.g["DESTINATION"] or prev.text in an.g["FROM"]) and not (
            mm.start >= 2 and not toks[mm.start - 2].words.isdisjoint(an.g["EACH_OF"])):
        # إلى تركيا، من روسيا: where a visit goes or comes from (but بكل من روسيا وتركيا: each of the sides)
        return "grammar:DESTINATION"
    if prev is not None and prev.words & an.g["VISIT_WORDS"] and mm.start >= 2 and toks[mm.start - 2].words & an.g["VISIT_SETTING"]:
        return "grammar:VISIT_SETTING"  # التقيا اثناء زيارتهما روسيا: the state visited is where they met, not a side
    if prev is not None and prev.words & an.g["REGION_PARTS"]:
        return "grammar:REGION_PARTS"  # شمال سوريا: a place
    if toks[mm.start].forms[0][1][:1] in an.g["NON_SIDE_PROCLITICS"] and first_forms and mm.kind == "state" and len(toks[mm.start].forms) > 1:
        return "grammar:NON_SIDE_PROCLITICS"  # بسوريا، لسوريا: in or for a state, not a side
    return ""


def _agreement_with(an: Analysis, toks: list[Token], k: int) -> bool:
    """الاتفاق النووي مع إيران: token k follows مع, right after an agreement noun or after it and one word more."""
    if k < 2 or toks[k - 1].text not in an.g["WITH"]:
        return False
    return any(not toks[j].words.isdisjoint(_aside_words()["AGREEMENT_NOUNS"]) for j in range(max(0, k - 3), k - 1))


def _spoken_of(an: Analysis, info: SentInfo, mm: Mention) -> str:
    """Why a state or organization mention is spoken of, not a side ("" when it may be one): the audience of a
    speech (يلقي كلمة امام الاتحاد الافريقي), whose efforts are backed (دعم مساعي الامم المتحده), who passed a resolution or imposed sanctions (قرار مجلس الامن 2216، العقوبات
    التي فرضها مجلس الامن), a member an organization holds (مجلس التعاون الذي يضم السعوديه)."""
    toks = info.tokens
    w = _aside_words()
    if _audience(toks, mm):
        return "grammar:SPEECH_NOUNS"  # (a state or body; a person addressed may be the one met: كلمة أمام نظيره)
    if mm.start > 0 and not toks[mm.start - 1].words.isdisjoint(w["EFFORT_NOUNS"]):
        return "grammar:EFFORT_NOUNS"
    if _agreement_with(an, toks, mm.start):
        return "grammar:AGREEMENT_NOUNS"
    persons = {k for m in info.mentions if m.kind == "person" for k in range(m.start, m.end)}
    for k in range(mm.start - 1, max(-1, mm.start - 1 - max(RESOLUTION_REACH, MEMBER_REACH)), -1):
        if toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["CLAUSE_STOPS"] or toks[k].text in an.g["IN"] or k in persons:
            break  # (دوائر صنع القرار في العاصمة السعودية: a decision, and the place it is made in)
        if mm.start - k <= RESOLUTION_REACH and not toks[k].words.isdisjoint(w["RESOLUTION_NOUNS"]):
            return "grammar:RESOLUTION_NOUNS"
        if mm.start - k <= MEMBER_REACH and any(_phrase_ends(toks, k, ph) for ph in _member_cues()):
            return "grammar:MEMBER_CUES"
    return ""


@resource
def _member_cues() -> tuple[tuple[str, ...], ...]:
    """The phrases of MEMBER_CUES as word tuples."""
    return tuple(tuple(p.split()) for p in grammar("MEMBER_CUES"))


def _phrase_ends(toks: list[Token], k: int, ph: tuple[str, ...]) -> bool:
    """Whether phrase ph ends at token k, its first word as written or without a proclitic (ويضم)."""
    first = k - len(ph) + 1
    if first < 0 or ph[0] not in toks[first].words:
        return False
    return all(toks[first + j].text == ph[j] for j in range(1, len(ph)))


def visit_trigger(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether trigger t names a visit or an arrival (a word of VISIT_WORDS: زار، زيارة، وصل), not a meeting as such."""
    return any(not toks[k].words.isdisjoint(an.g["VISIT_WORDS"]) for k in range(t.start, t.end))


def sides(an: Analysis, si: int, info: SentInfo, t: Trigger, window: tuple[int, int], resolved: list[Mention],
           kind: tuple[str, tuple[str, str | None] | None], notes: list[str]) -> tuple[list[Mention], Listing] | None:
    """(parties, listing) once visits, tours and dropped subjects are read, for an event of `kind` (its
    type and place); None when the trigger makes no event (a tour with no places, a weak trigger without
    a counterpart)."""
    toks = info.tokens
    lo, hi = window
    typ, location = kind
    visit = visit_trigger(an, toks, t)
    listing = _listing(an, info, t, lo, hi)
    listed, resolved = resolved, _one_listed_side(resolved)
    reduced = len(resolved) < len(listed)
    if typ == "meeting":
        resolved = _without_stops_left(an, info, resolved, notes)
    toured = False
    owner = _owner_before_that(an, si, info, t, resolved)
    if owner is not None:  # بعث X برقية شكر للرئيس Y، وذلك بعد انتهاء زيارته لمصر: the visit is X's
        resolved.insert(0, owner)
        notes.append("grammar:THAT_WAS_LINKS")
    if visit and typ == "meeting":
        resolved, tour_listing = _visit(an, si, info, t, lo, resolved, location, notes)
        toured = tour_listing is not None
        listing = tour_listing or listing
    # (a pronoun of honour names the subject itself: when no told subject fits it, none is borrowed)
    honour = _honoured_at(an, toks, t)
    dropped = _dropped_subject_cue(an, info, t, lo, resolved, listing, honour)
    if dropped is not None:
        # حيث من المقرر أن يلتقي [أنان] وزير الخارجية الإيراني: the dropped subject is the sentence's first person
        # أكد X أن ...، وذلك خلال مؤتمر صحفي مع Y: X, the speaker, is the other side
        cue, at = dropped
        subj = _honoured_subject(an, si, info, honour, resolved) if honour is not None else _implicit_subject(an, si, info, at, resolved)
        if subj is not None:
            resolved.insert(0, subj)
            notes.append(cue)
    elif (subj := _narrated_subject(an, si, t, resolved)) is not None:
        # ... ستزور السعودية. وستلتقي الاثنين عددا من المسؤولين السعوديين، بينهم X: a verb opening the sentence
        # whose parties are all of one state goes on with the subject of the event told just before
        resolved.insert(0, subj)
        notes.append("rule:event.narrated-subject")
    elif len(keys(resolved)) == 1 and _closes_visit(an, info, t):
        # اختتم X زيارته لاسرائيل بلقاء مع Y: the meeting that closes the visit is the visitor's
        subj = _implicit_subject(an, si, info, t.start, resolved)
        if subj is not None:
            resolved.insert(0, subj)
            notes.append("grammar:VISIT_CLOSING_PROCLITIC")
    elif _owner_missing(info, t, resolved):
        # ويطلعه على محادثاته التي سيجريها برفقة X مع Y: "his talks" are the sentence subject's
        subj = _implicit_subject(an, si, info, t.start, resolved)
        quoted = subj is not None and any(toks[k].text in QUOTES_AND_BRACKETS or toks[k].text == '"'
                                          for k in range(subj.end, t.start))
        if subj is not None and not quoted:  # (not a name inside a quote that ends before the noun)
            resolved.insert(0, subj)
            notes.append("rule:event.possessor")
    if reduced and len(resolved) > 1:
        # واجتمع مع مسؤولين من X وY: with the subject found, the states its object lists are sides again
        resolved = resolved + [p for p in listed if all(p is not q for q in resolved)]
    speakers = _speaking_sides(an, info, t, resolved)
    if speakers:
        # أكد وزير الخارجية المصري X أن الحوار الاستراتيجي المصري الأمريكي ...: the official reporting on talks of
        # his state is its side
        resolved = [speakers.get(p.country or "", p) for p in resolved]
        notes.append("rule:event.speaking-side")
    parts = _taking_part(an, info, t) if len(keys(resolved)) == 1 else []
    parts = [p for p in parts if p.entity not in {q.entity for q in resolved}]
    if parts:
        resolved[:0] = parts  # شارك X وY في اجتماع لوزراء خارجية مجلس التعاون: who took part are sides
        notes.append("grammar:TAKE_PART_VERBS")
    if not toured and any(not toks[k].words.isdisjoint(an.g["TOUR_NOUNS"]) for k in range(t.start, t.end)):
        return None  # جولة: an event only with the places it takes in (a round of a league is none)
    if t.cls in WEAK_CLASSES and not toured and not _weak_ok(an, info, t, lo, hi, resolved):
        return None
    return resolved, listing


def _visit(an: Analysis, si: int, info: SentInfo, t: Trigger, lo: int, resolved: list[Mention],
           location: tuple[str, str | None] | None, notes: list[str]) -> tuple[list[Mention], Listing | None]:
    """The parties of a visit: its visitor and each place of a tour (with the listing that makes one meeting
    of each), else its visitor and its host (`_visit_host`)."""
    tour = _tour(an, info, t)
    visitors = [p for p in resolved if not any(p.start == m.start for m in tour)]
    if tour and any(p.start < tour[0].start for p in visitors):
        # زيارة الوزير للكويت وقطر، انطلقت حملة ... قام بها X: those named after the places are no visitors
        visitors = [p for p in visitors if p.start < tour[0].start]
    if tour and not visitors:
        # يتوجه X الى المنطقة، في جولة تشمل الاردن وتركيا: the tour is its clause's subject's
        subj = _implicit_subject(an, si, info, lo, visitors)
        visitors = [subj] if subj is not None else []
    partner = _purpose_partner(an, info, t) if not tour else None
    if partner is not None and partner.entity not in {p.entity for p in resolved}:
        resolved = resolved + [partner]  # سيزور موسكو لمناقشة الأزمة السورية مع وزير الخارجية الروسي X
        notes.append("grammar:TOPIC_MARKERS")
    if not tour and t.cls in NOUN_CLASSES:
        mover = _mover(an, info, t, resolved)
        if mover is not None:  # وصل X الى الرياض في زياره يلتقي خلالها Y: X is the visitor
            resolved = [mover] + resolved
            notes.append("grammar:MOVE_VERBS")
    if tour and len(keys(visitors)) == 1:  # بزيارة الى ايران والسعوديه: a meeting with each host, at its place
        notes.append("grammar:VISIT_WORDS")
        stops = [Mention("state", m.start, m.end, name=places.written_name(an, info, m.start) or m.name, country=m.country)
                 for m in tour]
        return visitors + stops, Listing(tour[0].start - 1, True, True, ahead_at=_ahead_at(an, info, tour))
    return _visit_host(an, info, t, resolved, location, notes), None


def _ahead_at(an: Analysis, info: SentInfo, tour: list[Mention]) -> int | None:
    """The first place of a tour after a stop already told that the present of a verb of inclusion names
    (TOUR_AHEAD: وصل الى الكويت في جولة تشمل قطر والعراق); None when the tour names none so."""
    toks = info.tokens
    for prev, m in zip(tour, tour[1:]):
        if any(not toks[k].words.isdisjoint(an.g["TOUR_AHEAD"]) for k in range(prev.end, m.start)):
            return m.start
    return None


def _purpose_partner(an: Analysis, info: SentInfo, t: Trigger) -> Mention | None:
    """سيزور الجبير موسكو الثلاثاء لمناقشة سبل حل الأزمة السورية، مع وزير الخارجية الروسي X: after a visit and the
    purpose that ends its window (a topic marker), a person right after مع, within PURPOSE_REACH tokens and
    no clause stop, is whom the visitor meets; None otherwise (a state after مع is what is discussed)."""
    toks = info.tokens
    persons = {m.start: m for m in info.mentions if m.kind == "person" and m.entity is not None}
    marked = False
    for k in range(t.end, min(len(toks) - 1, t.end + PURPOSE_REACH)):
        if toks[k].text in an.g["CLAUSE_STOPS"]:
            return None
        if not token_words(toks[k]).isdisjoint(an.g["TOPIC_MARKERS"]):
            marked = True
        elif marked and toks[k].text in an.g["WITH"] and k + 1 in persons:
            return persons[k + 1]
    return None


def _visit_host(an: Analysis, info: SentInfo, t: Trigger, resolved: list[Mention], location: tuple[str, str | None] | None,
                notes: list[str]) -> list[Mention]:
    """A visit's parties with its host: the state visited is a side when no party is of it. With the
    destination named (زيارة ظريف للكويت، سيزوران طهران), a state or body named after it is what the visit is
    about or for, not a side (تحمل رسالة طمأنة لدول مجلس التعاون), unless after مع; and visitors of several
    states visit it together. Without it, the place of the visit is the host's when its parties are one side
    (a visitor and those with him: ويرافقه فيها وزير الدفاع)."""
    places = _places(an, info)
    at = _destination_at(an, info, t, places)
    dest = places.get(at + 1) if at is not None else None
    toks = info.tokens
    if dest is not None:
        resolved = [p for p in resolved if not (p.kind in ("state", "org") and p.start > dest.start
                                                 and toks[p.start - 1].text not in an.g["WITH"])]
    host = dest.country if dest is not None else location[1] if location else None
    if host is not None and not any(p.kind in ("person", "delegation") and side(an, p) == host for p in resolved):
        # زار بايدن كينيا: the state visited, named as a party, is the host, whom its head may stand for (assemble)
        resolved = [dataclasses.replace(p, hosted=True) if p.kind == "state" and p.country == host else p for p in resolved]
    sides = {side(an, p) for p in resolved}
    # (زار دمشق برفقة X، حيث التقيا Y: a host named after the destination, in a clause of his own, is the side)
    together = dest is not None and all(p.kind in ("person", "delegation") for p in resolved) and not any(
        m.kind == "person" and m.start > dest.start and m.country == host for m in info.mentions)
    if host is None or not resolved or host in sides or None in sides or not (len(sides) == 1 or together):
        return resolved
    if _posted_in(an, info, resolved, host) and not _host_met_after(info, t, host):
        # زار السفير البرازيلي في اليابان X مستشفى في طوكيو: he is where he serves, no host there (but زار X كراكاس
        # والتقى وزير الخارجية الفنزويلي: the visit is the setting of the meeting told next, and names its place)
        return resolved
    notes.append("grammar:VISIT_WORDS")
    return resolved + [Mention("state", t.start, t.end, country=host, hosted=True)]


def _demand_subject(an: Analysis, info: SentInfo, cue: int, mm: Mention) -> bool:
    """Whether state or body mm, right after the demand cue at `cue` with no party before it in its sentence, is the
    demand's subject: a body, or a state after a feminine verb (طالبت الجامعة العربية، دعت البرازيل ... بعد اجتماعها مع Y;
    not ودعا فنزويلا الى الحوار عقب لقائه Y, whose subject was told before)."""
    toks = info.tokens
    if mm.start != cue + 1 or any(m.end <= cue and m.kind in PARTY_KINDS for m in info.mentions):
        return False
    return mm.kind == "org" or not toks[cue].words.isdisjoint(an.g["DEMAND_CUES_FEMININE"])


def _one_listed_side(parties: list[Mention]) -> list[Mention]:
    """A meeting's object that lists states or bodies (Mention.lists: مع دبلوماسيين من X وY وZ), with no party but
    those it lists, is one side: the delegation alone, until a subject is found for it (`sides`)."""
    lists = next((p for p in parties if p.kind == "delegation" and p.lists), None)
    if lists is None:
        return parties
    end = lists.end
    for q in sorted((p for p in parties if p is not lists), key=lambda p: p.start):
        if q.kind not in ("state", "org") or q.start != end:
            return parties
        end = q.end
    return [lists]


def _host_met_after(info: SentInfo, t: Trigger, host: str) -> bool:
    """Whether a meeting verb after trigger t in its sentence has a person or delegation of the host state after it."""
    verbs = [o.start for o in info.triggers if o.start > t.start and o.cls in VERB_CLASSES]
    return bool(verbs) and any(m.start > verbs[0] and m.kind in ("person", "delegation") and m.country == host
                               for m in info.mentions)


def _posted_in(an: Analysis, info: SentInfo, parties: list[Mention], host: str) -> bool:
    """Whether a visit's parties are all persons, one at least, each with a title that posts him in the host state
    (the state or one of its cities after في or لدى inside his mention: السفير البرازيلي في اليابان)."""
    persons = [p for p in parties if p.kind == "person"]
    toks = info.tokens

    def posted(p: Mention) -> bool:
        return any(toks[k - 1].text in an.g["IN"] or toks[k - 1].text in an.g["ACCREDITED_TO"]
                   for k in range(p.start + 1, p.end)
                   if (m := info.index.first(k, CAT_CITY_COUNTRY_METONYM)) is not None and m.entry.data[0] == host)
    return bool(persons) and len(persons) == len(parties) and all(posted(p) for p in persons)


def _without_stops_left(an: Analysis, info: SentInfo, parties: list[Mention], notes: list[str]) -> list[Mention]:
    """ومن مصر، سينتقل كيري الى الدوحة حيث سيلتقي ...: the place a move starts from (MOVE_FROM before it, a verb of
    moving near it in its clause) is the stop left behind, no side of the meeting at the next one."""
    toks = info.tokens
    out: list[Mention] = []
    for p in parties:
        if p.kind == "state" and p.start > 0 and toks[p.start - 1].text in an.g["MOVE_FROM"] and _moves_near(an, toks, p):
            notes.append("grammar:MOVE_FROM")
            continue
        out.append(p)
    return out


def _moves_near(an: Analysis, toks: list[Token], p: Mention) -> bool:
    """A verb of moving within MOVER_GAP tokens of mention p, no clause stop between."""
    for k in range(max(0, p.start - MOVER_GAP), min(len(toks), p.end + MOVER_GAP)):
        if not toks[k].words.isdisjoint(an.g["MOVE_VERBS"]) and not _stop_between(an, toks, min(k, p.end), max(k, p.start)):
            return True
    return False


def delegation_host(an: Analysis, t: Trigger, resolved: list[Mention], location: tuple[str, str | None], between_none: bool,
                     notes: list[str]) -> list[Mention]:
    """وتتناول محادثات الوفد السوري في برلين: the talks of a delegation, its only side, in a city of another state
    are held with that state, the host (as a visit's); [] otherwise."""
    sides = {side(an, p) for p in resolved}
    if not resolved or any(p.kind != "delegation" or not p.country for p in resolved) or len(sides) != 1:
        return []
    if location[1] is None or location[1] in sides or not between_none:
        return []
    notes.append("rule:event.delegation-host")
    return [Mention("state", t.start, t.end, country=location[1])]


def _dropped_subject_cue(an: Analysis, info: SentInfo, t: Trigger, lo: int, resolved: list[Mention],
                         listing: Listing, honour: int | None) -> tuple[str, int] | None:
    """The id of the construction by which a clause with one side has dropped its subject (its verb, a light
    verb before its noun, a preposition of time, a speech it hangs on, a complementizer carrying it), with the token
    before which its candidates stand (the clause start; the trigger after انه), else None. `honour`: the token of
    the pronoun of honour that is the trigger's subject (`_honoured_at`), if any."""
    toks = info.tokens
    if (_relative_head_told(an, info, t, resolved) or _visitor_after_verb(an, toks, t, resolved)
            or _subject_before_group(an, info, t, resolved)):
        return None
    if t.cls in NOUN_CLASSES and clauses.opens_reported(an, info, lo):
        return None  # ذكر X أن Y شدد خلال اللقاء: Y, right after the complementizer, is the reported clause's subject
    if t.cls in NOUN_CLASSES and lo == t.start and clauses.owner_right_after(info, t):
        return None  # ... في لقاءات الجبير في روسيا: the owner named after the noun is its subject, none dropped
    # حيث عقد لقاءات مع Y، وتلقى اتصالا من Y: a light or call verb right before the noun, whose subject is dropped
    # (not خلال، عقب)
    # (طلبت عقد اجتماع: after a demand the light word is a noun, and nobody met)
    # (على أن يعقد لاحقاً لقاء مماثل مع Y: a word of time may stand between the light verb and its noun)
    # (ثم تلقى جلالته اتصالا من Y: a pronoun of honour, the subject, may stand between them too)
    v = t.start - 2 if t.start > 2 and not toks[t.start - 1].words.isdisjoint(an.g["FUTURE_CUES"]) else t.start - 1
    v = t.start - 2 if t.cls in NOUN_CLASSES and honour is not None else v
    light = (t.cls in NOUN_CLASSES and v > 0 and not toks[v].words.isdisjoint(an.g["LIGHT_OR_CALL_VERBS"])
             and toks[v - 1].words.isdisjoint(an.g["DEMAND_CUES"]))
    # ...، كما سيلتقي وزراء خارجية بريطانيا وفرنسا: after كما a verb whose sides are all unnamed (bodies, titles)
    # has dropped its subject
    also = t.cls in VERB_CLASSES and t.start > 0 and toks[t.start - 1].text in an.g["ALSO_OPENERS"] and all(
        not p.name for p in resolved)
    # على ان يلتقي بنظيريه الامريكي X والسعودي Y، كما سيجري محادثات مع نظيريه ...: when the first person after the
    # verb (or the light verb's noun) is a counterpart, the sides are the counterparts of someone the clause does not
    # name: its dropped subject
    first = min((p for p in resolved if p.kind == "person"), key=lambda p: p.start, default=None)
    also = also or ((t.cls in VERB_CLASSES or light) and first is not None and first.counterpart and first.start > t.start)
    # (زار X إيران، والتقى الرئيس روحاني ونظيره ظريف: a counterpart among sides all of his own state is the
    # counterpart of the subject the clause dropped)
    after_all = all(p.start > t.start for p in resolved)
    one_side = len({side(an, p) for p in resolved}) == 1
    also = also or (t.cls in VERB_CLASSES and any(p.counterpart for p in resolved) and one_side and after_all)
    # (قبل الاجتماع المشترك مع Y: a meeting noun after a preposition of time with مع right after it is the
    # subject's next or last event; not one that names no side, عقب القمة, which is the one told)
    after_time = clauses.next_or_last(an, info, t) and not any(p.start == t.end for p in resolved)
    # (حيث عقد لقاءات مع وزير الخارجية السعودي وعدد من المسؤولين السعوديين: after a light verb, sides all of one
    # state are its counterparts)
    counterparts = light and one_side and after_all
    # (قال X انه بحث مع Y وZ: the complementizer's pronoun is the subject of the verb right after it, X's)
    pronoun = _pronoun_subject(an, info, t, v if light else t.start, light, listing, resolved)
    # (المباحثات التي أجراها مع Y، المكالمات التي تلقاها من Y وZ: the relative verb's subject)
    # (not after a person no name tells: أوضح المتحدث أن الاجتماع الذي عقده مع Y is his, whom no candidate is)
    owned = (bool(resolved) and after_all
             and all(m.entity is not None for m in info.mentions if m.kind == "person" and m.end <= t.start)
             and _owned_by_relative(an, info, t))
    entry = t.cls in VERB_CLASSES and _entry_objects(an, info, t, resolved)
    # (وأن الرئيس X زار المنطقة: the one side named right before its verb is its subject, no object; not اتصل به،
    # التقى به, whose pronoun after the verb is the dropped side)
    before = (t.cls in VERB_CLASSES and (t.end >= len(toks) or toks[t.end].text not in an.g["OBJECT_PRONOUN_HOSTS"])
              and any(p.kind == "person" and p.end == t.start for p in resolved))
    if not (((len(keys(resolved)) == 1 and not before) or also or counterparts or pronoun or owned or entry)
            and (t.cls in VERB_CLASSES or light or after_time or owned or clauses.hangs_on_speech(an, info, t, lo)
                 or clauses.reported_talks(an, info, t))):
        return None
    if owned:
        return "grammar:OWNED_RELATIVE_VERBS", lo
    if pronoun:  # (the one person named before the trigger, who speaks: `_pronoun_subject`)
        return "grammar:SUBJECT_COMPLEMENTIZERS", t.start
    return ("rule:event.dropped-subject" if t.cls in VERB_CLASSES else "grammar:LIGHT_VERBS" if light
            else "grammar:TEMPORAL_PREPS" if after_time else "grammar:REPORT_VERBS"), lo


def _subject_before_group(an: Analysis, info: SentInfo, t: Trigger, resolved: list[Mention]) -> bool:
    """كما التقى X، الاثنين، بعدد من رؤساء الدول: the one side is a person right after verb t, with no ب of an object on
    his title, and an object after ب or مع names a group that no state or body tells (a delegation mention with neither,
    which is no side; not the visitor's entourage, الوفد المرافق, his own side): X is the verb's subject, and no
    subject was dropped for him to be the object of."""
    if t.cls not in VERB_CLASSES or len(resolved) != 1 or resolved[0].kind != "person" or resolved[0].start != t.end:
        return False
    toks = info.tokens
    title = info.index.first(resolved[0].start, CAT_TITLE)
    if title is not None and title.plen > 0 and toks[resolved[0].start].text[:1] in an.g["OBJECT_PROCLITICS"]:
        return False  # (والتقى بالرئيس X ثم بعدد من ...: ب on his title makes him the object; not بوتين's own letter)
    for g in info.mentions:
        if g.kind != "delegation" or g.country or g.org or g.entourage or g.start <= resolved[0].end:
            continue
        # (the group's own first word, مع right before it, or a quantity's before من: بعدد من، مع، بالكثير من)
        heads = [g.start, g.start - 1] + ([g.start - 2] if toks[g.start - 1].text in an.g["DELEGATION_OF"] else [])
        if any(j >= resolved[0].end and (toks[j].text in an.g["WITH"] or (
                j != g.start - 1 and len(toks[j].forms) > 1 and toks[j].text[:1] in an.g["OBJECT_PROCLITICS"])) for j in heads):
            return True
    return False


def _entry_objects(an: Analysis, info: SentInfo, t: Trigger, resolved: list[Mention]) -> bool:
    """Whether a verb of receiving (RECEPTION_VERBS), or any verb whose objects come after مع or ب, in a chronology's
    dated entry has only objects after it: two or more sides joined by و, no counterpart, none the headline's one person
    nor of his state (وفي يوم الخميس 4 مايو استقبل رئيس وزراء اليابان ووزير خارجية تشيلي: the guests of the person the
    chronology is about, not a subject and his guest). A chronology holds CHRONOLOGY_ENTRIES dated entries at least;
    verbs of meeting each other (اجتمع X ونظيره Y) keep their subjects."""
    toks = info.tokens
    first = min(resolved, key=lambda p: p.start, default=None)
    # (اجتمع مع X وY، التقى بX وY: objects after مع or ب, whatever the verb)
    governed = first is not None and (toks[first.start - 1].text in an.g["WITH"]
                                      or toks[first.start].text[:1] in an.g["OBJECT_PROCLITICS"])
    if (len(resolved) < 2 or any(p.start < t.end or p.counterpart for p in resolved) or not _dated_entry(an, info)
            or (toks[t.start].words.isdisjoint(an.g["RECEPTION_VERBS"]) and not governed)):
        return False
    hero = _protagonist(an)
    if hero is None or any(p.entity == hero.entity or (hero.country and p.country == hero.country) for p in resolved):
        return False
    if not all(joined(an, toks[p.start]) for p in sorted(resolved, key=lambda p: p.start)[1:]):
        return False
    return sum(1 for other in an.infos if _dated_entry(an, other)) >= CHRONOLOGY_ENTRIES


def _owned_by_relative(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether noun trigger t has a relative pronoun right after it (or after a word of its phone cue, its number of
    sides or an adjective: الاتصالات الهاتفية التي، المباحثات الثنائية التي، المحادثات المثمرة التي) and then a verb that holds the noun as its object
    (OWNED_RELATIVE_VERBS: التي أجراها، الذي تلقاه) and no subject of its own after it (OWNED_VERB_FOLLOWERS: not
    المحادثات التي عقدها الوزير X مع Y، اللقاء الذي عقده الوفد الزائر)."""
    toks = info.tokens
    if t.cls not in NOUN_CLASSES or _relative_before(an, info, t):
        return False
    k = t.end
    if relative_in_trigger(an, toks, t):
        k = t.end - 2  # a trigger that holds its relative clause's verb (الاتصال الذي تلقاه: triggers.tsv)
    elif k < len(toks) and (k in info.phone_cues or _plain_adjective(an, info, k)
                          or any(not toks[k].words.isdisjoint(w) for _, w in _sides_words())):
        k += 1
    if k + 1 >= len(toks) or toks[k].text not in an.g["RELATIVE_PRONOUNS"]:
        return False
    after = toks[k + 2] if k + 2 < len(toks) else None
    dropped = after is None or not after.is_word or k + 2 in info.time_tok or (
        not after.words.isdisjoint(an.g["OWNED_VERB_FOLLOWERS"]))
    return toks[k + 1].text in an.g["OWNED_RELATIVE_VERBS"] and dropped and not _subject_before_with(an, info, k + 2)


def _plain_adjective(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether token k is a definite word of no mention and no relative pronoun: an adjective of the noun before it
    (المحادثات المثمرة), not its possessor (لقاء الوزير) nor the relative itself."""
    tok = info.tokens[k]
    return (tok.is_word and is_definite(tok.text) and tok.text not in an.g["RELATIVE_PRONOUNS"]
            and not any(m.start <= k < m.end for m in info.mentions))


def _relative_before(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether trigger t stands in a relative clause opened after the last person named before it, no comma between
    (استقبل X الوزير Y الذي أطلعه على المحادثات التي أجراها: the talks are Y's, the clause's subject is not the
    sentence's; not ...، الذي تلقاه منه، وكذلك الاتصال الذي تلقاه من Z, where that clause has closed)."""
    toks = info.tokens
    last = max((m.end for m in info.mentions if m.kind == "person" and m.end <= t.start), default=0)
    for k in range(t.start - 1, last - 1, -1):
        if toks[k].text in an.g["COMMAS"]:
            return False
        if toks[k].text in an.g["RELATIVE_PRONOUNS"]:
            return True
    return False


def _subject_before_with(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether a person or delegation is named from token k on before the مع or من of the other side (التي سيجريها في
    أنقرة نائب الرئيس X مع Y: the relative verb's own subject, after its place)."""
    toks = info.tokens
    stop = next((j for j in range(k, len(toks)) if toks[j].text in an.g["WITH"] or toks[j].text in an.g["FROM"]), len(toks))
    return any(k <= m.start < stop and m.kind in ("person", "delegation") for m in info.mentions)


def _pronoun_subject(an: Analysis, info: SentInfo, t: Trigger, verb: int, light: bool, listing: Listing,
                     resolved: list[Mention]) -> bool:
    """Whether the verb of trigger t (at token `verb`: the trigger, or the light verb of its meeting noun, one of
    PRONOUN_LIGHT_VERBS) comes right after a complementizer that carries its subject (SUBJECT_COMPLEMENTIZERS: قال X
    انه التقى Y وZ), and the sentence names one person before it who may be the subject (`_subject_candidates`) and
    speaks (`_speaker`, or a verb of saying right before انه); its sides all after it, none of them its own subject right after it (انه التقى
    الرئيس X وزير الخارجية Y، انه اجتمع X مع Y: the pronoun is no one's). A weak verb only with مع right after it
    (not انه بحث خلال لقائه Y, whose sides are the possessed noun's)."""
    toks = info.tokens
    if verb < 1 or toks[verb - 1].words.isdisjoint(an.g["SUBJECT_COMPLEMENTIZERS"]) or not resolved:
        return False
    if light and toks[verb].words.isdisjoint(an.g["PRONOUN_LIGHT_VERBS"]):
        return False  # (انه تجري مشاورات: a verb of another person or gender than the pronoun's)
    if not (light or t.cls in VERB_CLASSES) or (t.cls in WEAK_CLASSES and listing.with_at != t.end):
        return False
    cands = _subject_candidates(an, info, verb - 1)
    if len({m.entity for m in cands}) != 1:
        return False
    # (وقال X انه، X قال انه، نقلت عن X قوله انه: he speaks)
    if not (any(_speaker(an, toks, m) for m in cands)
            or not clauses.governor_words(an, toks, verb).isdisjoint(_aside_words()["REPORT_OR_PRESENT"])):
        return False
    return all(p.start > t.start for p in resolved) and (light or not clauses.subject_after_verb(an, info, t))


def _visitor_after_verb(an: Analysis, toks: list[Token], t: Trigger, resolved: list[Mention]) -> bool:
    """يزور المدير العام للوكالة X واشنطن، ويزور نظيره الفرنسي X طهران: a person right after a verb of visiting is
    its subject, the visitor; no subject is dropped."""
    return (t.cls in VERB_CLASSES and not toks[t.start].words.isdisjoint(an.g["VISIT_WORDS"])
            and any(p.kind == "person" and p.start == t.end for p in resolved))


def _relative_head_told(an: Analysis, info: SentInfo, t: Trigger, resolved: list[Mention]) -> bool:
    """رئيس البرلمان X الذي التقى وفدا عشائريا: a verb right after a relative pronoun (RELATIVE_PRONOUNS) whose head,
    a side of the clause, stands right before it (a comma aside) has that head for its subject, and the mention right
    after the verb, no side, its object: no subject is dropped (the clause has one side, and no event)."""
    toks, k = info.tokens, t.start - 1
    if t.cls not in VERB_CLASSES or k < 1 or toks[k].text not in an.g["RELATIVE_PRONOUNS"]:
        return False
    head_end = clauses.before_comma(an, toks, k)
    return any(p.end == head_end for p in resolved) and any(
        m.start == t.end and all(p.start != m.start for p in resolved) for m in info.mentions)


def sides_stated(toks: list[Token], t: Trigger) -> int | None:
    """لقاء ثلاثي: the number of sides the trigger states; none when it states several (اجتماعات ثنائية وثلاثية)."""
    counts = {n for k in range(t.end, min(len(toks), t.end + 2)) for n, words in _sides_words() if toks[k].words & words}
    return next(iter(counts)) if len(counts) == 1 else None


def _closes_visit(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether a meeting noun bears the proclitic of VISIT_CLOSING_PROCLITIC after a word of visiting in its
    sentence (اختتم X زيارته لاسرائيل، امس، بلقاء مع Y)."""
    toks = info.tokens
    tok = toks[t.start]
    if t.cls not in NOUN_CLASSES or len(tok.forms) < 2 or tok.text[:1] not in an.g["VISIT_CLOSING_PROCLITIC"]:
        return False
    return any(not toks[k].words.isdisjoint(an.g["VISIT_WORDS"]) for k in range(t.start))


def _owner_before_that(an: Analysis, si: int, info: SentInfo, t: Trigger, resolved: list[Mention]) -> Mention | None:
    """The owner of a possessed meeting noun (زيارته، زيارة سموه) whose clause, opened by وذلك and the words of
    THAT_WAS_LINKS, names no side: the subject of the clause before (بعث X برقية شكر للرئيس Y، وذلك بعد انتهاء
    زيارته لمصر: X), or, when a pronoun of honour stands for him there (وبعث سموه برقية), the one it stands for
    (`_honoured_subject`); None otherwise, or when the owner's title is not of the pronoun's gender (بعثت الوزيرة X
    برقية الى الرئيس Y، وذلك بعد انتهاء زيارته: not her visit, `_owner_fits`)."""
    toks = info.tokens
    honour = an.g["HONORIFIC_PRONOUNS"]
    honoured = t.end < len(toks) and toks[t.end].text in honour
    owned = t.cls == "noun" and ((t.anaphoric and not _definite(toks[t.start])) or honoured)
    if not owned or resolved:
        return None
    k = t.start - 1
    while k > 0 and toks[k].text in an.g["THAT_WAS_LINKS"]:
        k -= 1
    if k == t.start - 1 or toks[k].text not in an.g["THAT_REFERS_JOINED"]:
        return None
    pronoun = next((j for j in range(k - 1, -1, -1) if toks[j].text in honour), None)
    owner = _honoured_subject(an, si, info, pronoun, resolved) if pronoun is not None else _implicit_subject(an, si, info, k, resolved)
    return owner if owner is not None and _owner_fits(an, toks[t.end if honoured else t.start].text, owner) else None


def _owner_fits(an: Analysis, possessed: str, owner: Mention) -> bool:
    """Whether a noun's singular pronoun suffix (FEMININE_PRONOUNS: زيارتها، سموها; MASCULINE_PRONOUNS: زيارته) is of
    the gender of the owner's title, his own or the registry's (`_office`, `_feminine_title`); a feminine suffix fits
    an owner of no known title too; a plural or dual suffix fits no one owner."""
    role = _office(an, owner)
    feminine = _feminine_title(role)
    if possessed.endswith(tuple(an.g["FEMININE_PRONOUNS"])):
        return feminine or role is None  # (a woman the text and the lists give no title: انغيلا ميركل، زيارتها)
    return possessed.endswith(tuple(an.g["MASCULINE_PRONOUNS"])) and not feminine


def _owner_missing(info: SentInfo, t: Trigger, resolved: list[Mention]) -> bool:
    """A possessed meeting noun (محادثاته، لقائه) whose sides, one or more, are all named after it: its owner is
    not among them (أكد X أن مباحثاته مع نظيره الامريكي ...: X's talks)."""
    # (no reading with the article: للزيارة is ل + الزيارة, the visit already told)
    possessed = t.cls == "noun" and t.anaphoric and not _definite(info.tokens[t.start])
    return possessed and bool(resolved) and all(p.start > t.start for p in resolved)


def _speaking_sides(an: Analysis, info: SentInfo, t: Trigger, resolved: list[Mention]) -> dict[str, Mention]:
    """When the sides a trigger names are states only, all after it, the titled speakers before it (أعلن X ونظيره Y
    أن ...) who are officials of them: state -> its one speaker (not one named aside: a spokesperson)."""
    if not resolved or any(p.kind != "state" or p.start < t.start for p in resolved):
        return {}
    states = {p.country for p in resolved}
    by_state: dict[str, list[Mention]] = {}
    for m in info.mentions:
        if (m.kind == "person" and m.end <= t.start and m.entity is not None and (m.role or m.counterpart)
                and not named_aside(an, info, m) and _speaker(an, info.tokens, m)):
            subj = _as_subject(an, m, (m.start, m.end))
            if subj.country is not None and subj.country in states:
                by_state.setdefault(subj.country, []).append(subj)
    return {state: ms[0] for state, ms in by_state.items() if len(ms) == 1}


def _fronted_subject(an: Analysis, info: SentInfo, t: Trigger, hi: int, parties: list[Mention]) -> Mention | None:
    """وخلال لقائه نظيره الروسي، أكد وزير الخارجية السوري ...: a noun trigger in a phrase that opens the
    sentence names one side; the other is the subject of the clause after the comma."""
    toks = info.tokens
    if t.cls not in NOUN_CLASSES or t.start == 0:
        return None
    if not clauses.fronted_only(an, toks, 0, t.start):
        return None
    if len(keys([p for p in parties if p.kind in ("person", "delegation", "state", "org")])) >= 2:
        return None
    # (the comma may close the window, or stand last in it when the next event's trigger starts right after it:
    # وخلال لقائه نظيره الأردني، بحث وزير الخارجية المصري ...)
    comma = next((k for k in range(max(hi - 1, t.end), len(toks)) if toks[k].text in an.g["COMMAS"]), None)
    if comma is None:
        return None
    for mm in info.mentions:
        if comma < mm.start <= comma + 4 and mm.kind in ("person", "delegation"):
            return mm
    return None


def _implicit_subject(an: Analysis, si: int, info: SentInfo, lo: int, parties: list[Mention]) -> Mention | None:
    have = {p.entity for p in parties}
    cands = _subject_candidates(an, info, lo)
    told = an.told_subject.get(si)
    if told is not None and told.entity is not None:
        # عشية زيارة X قام Y بزيارة قطر والتقى Z: the subject of the event told before in the sentence goes on
        cands = sorted(cands, key=lambda m: m.entity != told.entity)
    borrowed = False
    hero = _protagonist(an) if not cands and _dated_entry(an, info) else None
    if hero is not None:
        # وفي يوم الأحد 12 أبريل استقبل وزير الخارجية الفرنسي: an entry of a chronology of the one person its
        # headline names (سلمان يؤسس لدولة المستقبل خلال مائة يوم) is his, not the last person the entry before named
        cands, borrowed = [hero], True
    elif not cands and si > 0 and not attendance_line(an, si - 1):
        # (not from a line of attendees: كما حضر الاجتماع X. وهنا أثناء اجتماعه مع Y is the host's meeting)
        cands = [m for m in an.infos[si - 1].mentions if m.kind == "person" and m.entity is not None][:1]
        borrowed = True
    if borrowed and (not cands or cands[0].counterpart) and si - 1 in an.told_subject and info.tokens and (
            not token_words(info.tokens[0]).isdisjoint(an.g["ALSO_OPENERS"])):
        # فقد التقى نظيره العراقي ... . كما اجتمع مع Y: the subject of the event told just before goes on
        cands = [an.told_subject[si - 1]]
    for m in cands:
        if m.entity is not None and m.entity not in have and not m.counterpart:
            # a subject from the sentence before has no tokens here: it stands at the clause start, empty
            return _as_subject(an, m, (lo, lo) if borrowed else (m.start, m.end))
    return None


def _honoured_subject(an: Analysis, si: int, info: SentInfo, at: int, resolved: list[Mention]) -> Mention | None:
    """كما استقبل جلالته X، ثم تلقى جلالته اتصالا من X: the pronoun of honour at token `at` (`_honoured_at`) is the
    subject of the event told last in the PAIR_REACH sentences before (or earlier in its own); None when none is
    told or his title misfits it."""
    have = {p.entity for p in resolved}
    for sj in range(si, max(-1, si - PAIR_REACH - 1), -1):
        subj = an.told_subject.get(sj)
        if subj is not None and subj.entity not in have:
            # (the subject told last, unless the pronoun does not fit his title: then none, not one told before him)
            return _as_subject(an, subj, (at, at + 1)) if _fits_honour(an, info.tokens[at].text, subj.role) else None
    return None


def _fits_honour(an: Analysis, pronoun: str, role: str | None) -> bool:
    """Whether a pronoun of honour (سموه) fits a told subject's title: not a one-word title it does not fit
    (HONORIFIC_MISFITS, the pronoun and the title word: سموه رئيس); any other title, or none, fits."""
    words = normalize_text(role).split() if role else []
    return len(words) != 1 or f"{pronoun} {without_article(words[0])}" not in an.g["HONORIFIC_MISFITS"]


def _honoured_at(an: Analysis, toks: list[Token], t: Trigger) -> int | None:
    """The token of a pronoun of honour that is trigger t's subject: right after a verb, right before a noun whose
    light verb or verb of a call stands right before it (تلقى سموه اتصالا، عقد جلالته اجتماعا); None otherwise."""
    honour = an.g["HONORIFIC_PRONOUNS"]
    if t.cls in VERB_CLASSES:
        return t.end if t.end < len(toks) and toks[t.end].text in honour else None
    k = t.start - 1
    return k if k > 0 and toks[k].text in honour and not toks[k - 1].words.isdisjoint(an.g["LIGHT_OR_CALL_VERBS"]) else None


def _narrated_subject(an: Analysis, si: int, t: Trigger, resolved: list[Mention]) -> Mention | None:
    """The subject of the event told in the sentence before, for a verb that opens its sentence, with its
    subject slot (right after it) empty and all its parties of one state, another than that subject's; else None."""
    subj = an.told_subject.get(si - 1)
    if subj is None or t.cls not in VERB_CLASSES or t.start != 0 or not resolved:
        return None
    states = {p.country for p in resolved}
    if len(states) != 1 or None in states or subj.country in states or subj.entity in {p.entity for p in resolved}:
        return None
    if min(p.start for p in resolved) <= t.end:
        return None  # واجتمع وزير الخارجية مع ...: the subject stands right after the verb
    return _as_subject(an, subj, (t.end, t.end))


def _dated_entry(an: Analysis, info: SentInfo) -> bool:
    """Whether a sentence opens with a date written with its day's number (a time expression holding a digit
    within its first DATED_ENTRY_OPENING tokens: وفي يوم الأحد 12 أبريل ...), as the entries of a chronology do
    (not وقد قال الشهر الماضي)."""
    return any(k in info.time_tok and any(ch.isdigit() for ch in info.times[info.time_tok[k]].text)
               for k in range(min(DATED_ENTRY_OPENING, len(info.tokens))))


def _protagonist(an: Analysis) -> Mention | None:
    """The one person the headline names (a mention of his, linked to the document's person), else None."""
    named = [m for si in sorted(an.headline_indices()) for m in an.infos[si].mentions
             if m.kind == "person" and m.entity is not None and not m.counterpart]
    if named:
        return named[0] if len({m.entity for m in named}) == 1 else None
    # سلمان يؤسس لدولة المستقبل: a given name alone in the headline, the first word of one person's full name
    words = {tok.text for si in an.headline_indices() for tok in an.infos[si].tokens}
    people = an.reg.people
    full = [e for e, ent in enumerate(people) if len(ent.name_norm.split()) >= 2 and ent.name_norm.split()[0] in words]
    if len(full) != 1:
        return None
    ent = people[full[0]]
    return Mention("person", 0, 0, name=ent.name, name_norm=ent.name_norm, role=ent.role, country=ent.country,
                   org=ent.org, entity=full[0])


def _taking_part(an: Analysis, info: SentInfo, t: Trigger) -> list[Mention]:
    """شارك كيري ولافروف في اجتماع لرابطة آسيان: the named persons between a verb of taking part and the في before a
    meeting noun (within TAKE_PART_REACH tokens, no comma or stop between) took part in it; else none."""
    toks = info.tokens
    if t.cls not in NOUN_CLASSES or t.start < 3 or toks[t.start - 1].text not in an.g["IN_WORD"]:
        return []
    for k in range(t.start - 2, max(-1, t.start - 2 - TAKE_PART_REACH), -1):
        if toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["CLAUSE_STOPS"]:
            return []
        if not toks[k].words.isdisjoint(_aside_words()["TAKE_PART_VERBS"]):
            found = [m for m in info.mentions if m.kind == "person" and k < m.start and m.end < t.start
                     and m.entity is not None and not named_aside(an, info, m)]
            return [_as_subject(an, m, (m.start, m.end)) for m in _coordinated(an, toks, found)]
    return []


def _coordinated(an: Analysis, toks: list[Token], persons: list[Mention]) -> list[Mention]:
    """The first of the persons and those joined to it by و or a comma, each right after the one before
    (كيري ولافروف، كيري ونظيره الروسي X; not كيري نيابة عن الرئيس أوباما, whom he stands for)."""
    out = persons[:1]
    for m in persons[1:]:
        gap = [x.text for x in toks[out[-1].end:m.start]]
        if not (gap == [] and joined(an, toks[m.start])) and not (len(gap) == 1 and gap[0] in an.g["COMMAS"]):
            break
        out.append(m)
    return out


def _subject_candidates(an: Analysis, info: SentInfo, lo: int) -> list[Mention]:
    """The named persons before token lo that may be a dropped subject or a possessor, in order: not one named
    aside (a spokesperson, a leader a state is under, a sender), nor a speaker whose reported clause names
    the subject of a meeting noun before lo (وبين الوزير X ان المجلس استمع الى نتائج زيارة Y واجتماعه مع Z:
    the meeting is Y's)."""
    toks = info.tokens
    cands = [m for m in info.mentions if m.kind == "person" and m.start < lo and m.entity is not None
             and not named_aside(an, info, m)]
    ends = {t.end for t in info.triggers}
    return [m for k, m in enumerate(cands) if not (any(c.start in ends for c in cands[k + 1:]) and _speaker(an, toks, m))]


def _speaker(an: Analysis, toks: list[Token], m: Mention) -> bool:
    """A person who reports: after a speech verb (اوضح الوزير X) or before the أن of what he reports (X، ان ...)."""
    if m.start > 0 and not toks[m.start - 1].words.isdisjoint(_aside_words()["REPORT_OR_PRESENT"]):
        return True
    after = [toks[k].text for k in range(m.end, min(len(toks), m.end + 2))]
    return bool(after) and (after[0] in an.g["COMPLEMENTIZERS"]
                            or (after[0] in an.g["COMMAS"] and len(after) > 1 and after[1] in an.g["COMPLEMENTIZERS"]))


def _as_subject(an: Analysis, m: Mention, span: tuple[int, int]) -> Mention:
    """A person mention taken as a dropped or distant subject: a party of its own, with what the document knows of him."""
    assert m.entity is not None
    ent = an.reg.people[m.entity]
    return Mention("person", span[0], span[1], name=ent.name, name_norm=ent.name_norm, role=m.role or ent.role,
                   country=m.country or ent.country, org=m.org or ent.org, entity=m.entity)


def _mover(an: Analysis, info: SentInfo, t: Trigger, parties: list[Mention]) -> Mention | None:
    """وصل X الى الرياض في زياره رسميه، الرئيس X يغادر الى القاهره بزياره: the subject of a verb of arrival or
    departure (MOVE_VERBS) before a visit noun in its clause, introduced by في or ب, is the visitor; None when
    there is no such verb, the noun has no such preposition, or the subject is a party already or neither a named
    person nor a title with its state or body (وصل وزير الخارجية التركي الى طهران في زيارة: the minister, unnamed)."""
    toks = info.tokens
    k = t.start - 1 if t.start and toks[t.start - 1].text in an.g["NOUN_ORDINALS"] else t.start  # في اول زياره
    prep = toks[t.start].text[:t.plen] if t.plen and k == t.start else (toks[k - 1].text if k else "")
    if prep not in an.g["IN"] and not _visit_ended(an, info, t):
        return None
    # the nearest person before the noun (named, or a title with its state or body), with at most a destination
    # between (الي جمهوريه مصر العربيه في)
    m = next((m for m in reversed(info.mentions) if m.kind == "person" and m.end <= t.start), None)
    if m is None or m.counterpart or t.start - m.end > MOVER_GAP or (m.entity is None and not (m.role and (m.country or m.org))):
        return None
    if m.entity is not None and m.entity in {p.entity for p in parties} or any(p.start == m.start for p in parties):
        return None
    if _stop_between(an, toks, m.end, t.start):
        return None
    # its verb before it (وصل الرئيس X، يغادر يوم غد ... الامير X), or right after it (الرئيس X يصل)
    before = range(m.start - 1, max(-1, m.start - MOVER_REACH - 1), -1)
    v = next((k for k in before if toks[k].text in an.g["CLAUSE_STOPS"] or not toks[k].words.isdisjoint(an.g["MOVE_VERBS"])), None)
    verb_before = v is not None and toks[v].text not in an.g["CLAUSE_STOPS"]
    verb_after = m.end < t.start and not toks[m.end].words.isdisjoint(an.g["MOVE_VERBS"])
    if not (verb_before or verb_after):
        return None
    if m.entity is None:
        return Mention("person", m.start, m.end, role=m.role, country=m.country, org=m.org, role_head=m.role_head)
    return _as_subject(an, m, (m.start, m.end))


def _visit_ended(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether visit noun t follows a word of its end (MOVE_VISIT_PREPS: غادر X القاهره بعد زياره عمل، في ختام زياره), after
    a verb of departure (DEPARTURE_VERBS), and
    names no visitor of its own (وصل X بعد زياره الرئيس Y: the visit is Y's), nor, after a destination, leaves its place
    untold (غادر X كينيا متوجها الي اثيوبيا في ختام زياره: the visit ended is of the place left, not of the destination)."""
    toks = info.tokens
    if t.start == 0 or toks[t.start - 1].text not in an.g["MOVE_VISIT_PREPS"]:
        return False
    if all(toks[k].words.isdisjoint(an.g["DEPARTURE_VERBS"]) for k in range(t.start)):
        return False  # (وصل X الى الدوحة بعد زيارة مصر: an earlier visit, not the one the arrival ends)
    after = next((m for m in info.mentions if m.start == t.end), None)
    if after is not None and after.kind == "person":
        return False
    place_after = after is not None and after.kind in ("state", "city")
    return place_after or not any(toks[k].text in an.g["DESTINATION"] for k in range(t.start))


def _stop_between(an: Analysis, toks: list[Token], a: int, b: int) -> bool:
    return any(toks[k].text in an.g["CLAUSE_STOPS"] for k in range(a, b))


def _attached_to_trigger(an: Analysis, info: SentInfo, t: Trigger, mm: Mention) -> bool:
    """A nationality adjective is a party only when it qualifies the trigger (لقاء روسي - فرنسي), so it
    stands after it."""
    if mm.start < t.end:
        return False
    k = t.end
    while k < mm.start:
        tok = info.tokens[k]
        if tok.is_word and not info.index.first(k, CAT_NISBA) and tok.text not in an.g["AND"]:
            return False
        k += 1
    return True


def _nationals_met(an: Analysis, toks: list[Token], t: Trigger, mm: Mention) -> bool:
    """مفاوضات جديدة مع اليونانيين: a state's nationals (a nationality adjective as a noun) right after مع, after a
    trigger that tells a new event, are its side (not after one that refers back, اللقاء مع الروس: the sides told
    before are the event's, and the nationals one of them again)."""
    return not t.anaphoric and mm.start > t.end and toks[mm.start - 1].text in an.g["WITH"]


def _capital(info: SentInfo, mm: Mention) -> bool:
    """Whether a city mention is a state's capital (its cities.tsv kind, read off the lexicon match): among the
    sides after بين it stands for its state (المفاوضات بين أثينا والاتحاد الأوروبي، المحادثات بين واشنطن وطهران)."""
    m = info.index.first(mm.start, CAT_CITY)
    return mm.country is not None and m is not None and m.entry.data[1] == "capital"


def _in_between_list(an: Analysis, toks: list[Token], between: int, mm: Mention, mentions: list[Mention]) -> bool:
    """Whether mention mm is a member of the list that بين opens: right after it, or joined by و to the member
    before it (بين الاتحاد الأوروبي وأثينا)."""
    if mm.start == between + 1:
        return True
    return joined(an, toks[mm.start]) and any(m.end == mm.start and m.start > between for m in mentions)


def between_start(an: Analysis, info: SentInfo, t: Trigger, hi: int) -> int | None:
    """The بين that introduces a noun trigger's sides: right after it (لقاء بين X و Y), or after a phrase
    that names no party (اجتماع يعقد في الثالث من مايو بين البرازيل وتشيلي); None when a definite noun
    stands between them (`_noun_of_its_own`: في اتصال هاتفي التجارة بين X و Y)."""
    toks = info.tokens
    reach = min(hi, t.end + BETWEEN_REACH)
    k = next((k for k in range(t.end, reach) if toks[k].text in an.g["BETWEEN"]), None)
    if k is not None and not t.anaphoric and any(_noun_of_its_own(an, info, t, j) for j in range(t.end, k)):
        return None
    if k is None or k < t.end + 3:
        return k
    named = any(t.end <= mm.start < k for mm in info.mentions if mm.kind in PARTY_KINDS)
    stop = any(toks[j].text in an.g["COMMAS"] or toks[j].text in an.g["CLAUSE_STOPS"] for j in range(t.end, k))
    return None if named or stop or t.cls not in NOUN_CLASSES else k


def _member_in_brackets(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """Whether state mention mm stands in a bracketed list of states right after a body or a delegation of one
    (دول مجلس التعاون (السعودية والامارات ...)): it names the body's members, not a side of its own."""
    toks = info.tokens
    states = {k for m in info.mentions if m.kind == "state" for k in range(m.start, m.end)}
    k = mm.start - 1
    while k >= 0 and (k in states or toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["AND"]):
        k -= 1
    return k > 0 and toks[k].text == _OPENING_BRACKET and any(
        m.end == k and m.kind in ("org", "delegation") and m.org for m in info.mentions)


def _restated_in_brackets(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """Whether a state or body mm stands alone in brackets right after a state, body or delegation of its own state
    (بأعضاء لجنة الشؤون الخارجية بمجلس الشيوخ الأميركي (الكونغرس)): the side before it named again, no side of its
    own."""
    toks = info.tokens
    k = mm.start - 1
    if mm.kind not in ("state", "org") or k < 1 or toks[k].text != _OPENING_BRACKET:
        return False
    if mm.end >= len(toks) or toks[mm.end].text != _CLOSING_BRACKET:
        return False
    state = an.mention_state(mm)
    return state is not None and any(m.end == k and m.kind in ("state", "org", "delegation") and an.mention_state(m) == state
                                     for m in info.mentions)


def _noun_of_its_own(an: Analysis, info: SentInfo, t: Trigger, j: int) -> bool:
    """Whether token j, between indefinite noun trigger t and a بين, is a definite noun that cannot belong to it: an
    indefinite noun's adjectives are indefinite (في اتصال هاتفي التجارة بين X و Y، في لقاء ثنائي التسوية بين X و Y:
    what was discussed, whose بين it is). Not a time, not the genitive of a one-word trigger right after it
    (محادثات السلام بين), not the genitive completing an adjective (ANNEXED_NOUNS: اجتماع رفيع المستوى بين), not after
    في, not the adjective of a definite word before it (اجتماع بالعاصمة القطرية بين), and no word of a name."""
    toks = info.tokens
    if j in info.time_tok or (j == t.end and t.end - t.start == 1) or not is_definite(toks[j].text):
        return False
    if toks[j].text in an.g["ANNEXED_NOUNS"] or toks[j - 1].text in an.g["IN"]:
        return False
    if any(is_definite(f) for _, f in toks[j - 1].forms):
        return False  # the adjective of a definite noun before it (بالعاصمة القطرية)
    return not any(m.start <= j < m.end for m in info.mentions)


def _spokesperson(an: Analysis, toks: list[Token], mm: Mention) -> bool:
    """A person whose title, or the title in apposition right after his name, is a spokesperson's."""
    k = mm.end + 1 if mm.end < len(toks) and toks[mm.end].text in an.g["COMMAS"] else mm.end
    span = range(mm.start, min(len(toks), k + 1))
    return any(not toks[j].words.isdisjoint(an.g["SPOKESPERSONS"]) for j in span)


@resource
def _aside_words() -> dict[str, frozenset[str]]:
    """The word lists of persons and bodies named aside (grammar.tsv): ERA_NOUNS, LOYALTY_NOUNS, SENDER_VERBS,
    EFFORT_NOUNS, RESOLUTION_NOUNS, AGREEMENT_NOUNS, TAKE_PART_VERBS, the verbs of relative clauses on a party
    named aside (RELATIVE_ASIDE_VERBS, RELATIVE_ROLE_VERBS, RELATIVE_VISIT_VERBS; RELATIVE_BODY_VERBS, all three, as
    said of a state or body), the speech verbs of both tenses (REPORT_OR_PRESENT) and those with the verbs of
    describing (SPEECH_VERBS), the
    pair anaphors that stand for two states (STATE_PAIRS), "at the invitation of" (INVITED_BY) with the words of a
    visit it hosts (VISIT_OR_DEPARTURE), "on behalf of" (ON_BEHALF_OF), and the nouns of an action done to a body
    (ACTION_NOUNS)."""
    g = grammar_sets()
    out = {k: frozenset(grammar(k)) for k in ("ERA_NOUNS", "LOYALTY_NOUNS", "SENDER_VERBS", "EFFORT_NOUNS", "RESOLUTION_NOUNS", "AGREEMENT_NOUNS",
                                            "TAKE_PART_VERBS", "RELATIVE_ASIDE_VERBS", "RELATIVE_ROLE_VERBS", "RELATIVE_VISIT_VERBS", "RELATIVE_MODALS", "RELATIVE_ASIDE_PREP_VERBS", "RESUMPTIVE_PREPS", "RELATIVE_LEADER_VERBS", "CONGRATULATION_VERBS", "DESCRIPTION_PRONOUNS",
                                            "INVITED_BY", "ON_BEHALF_OF", "SPEECH_NOUNS", "AUDIENCE_PREPS", "ADVERSARY_PREPS", "ACTION_NOUNS")}
    out["ASIDE_MARKS"] = g["COMMAS"] | frozenset(grammar("DASHES"))
    out["RELATIVE_BODY_VERBS"] = out["RELATIVE_ASIDE_VERBS"] | out["RELATIVE_ROLE_VERBS"] | out["RELATIVE_VISIT_VERBS"]
    out["REPORT_OR_PRESENT"] = g["REPORT_VERBS"] | g["REPORT_VERBS_PRESENT"]
    out["SPEECH_VERBS"] = out["REPORT_OR_PRESENT"] | frozenset(grammar("DESCRIBE_VERBS"))
    out["STATE_PAIRS"] = frozenset(grammar("STATE_PAIRS"))
    out["VISIT_OR_DEPARTURE"] = g["VISIT_WORDS"] | g["DEPARTURE_VERBS"]  # near an invitation: the inviter hosts a visit
    return out


def named_aside(an: Analysis, info: SentInfo, mm: Mention) -> str:
    """The id of the entry by which person mention mm is named aside, not as a side ("" when he may be one):
    a spokesperson (صرح السفير X، المتحدث باسم الخارجية: who reports the meeting), a leader a state is under
    (دور المملكة بقيادة الملك X), the sender of a message or an envoy (رسالة من الرئيس X، بتكليف من الرئيس X،
    الذي اوفده الرئيس X), the leader of an era (في عهد الرئيس X), the leader of forces or their allies (القوات
    الموالية للرئيس X، ميليشيات الحوثي والرئيس المخلوع X), one whose efforts are backed (دعم جهود المبعوث X)."""
    toks = info.tokens
    w = _aside_words()
    if _in_message(an, info, mm) or _listed_sender(an, info, mm):
        return "grammar:MESSAGE_NOUNS"
    if _on_behalf(an, toks, mm):
        return "grammar:ON_BEHALF_OF"
    if _spokesperson(an, toks, mm):
        return "grammar:SPOKESPERSONS"
    if _state_leader_named(an, info, mm):
        return "grammar:LEADERSHIP_NOUNS"
    if mm.start > 0 and toks[mm.start - 1].text in w["ERA_NOUNS"]:
        return "grammar:ERA_NOUNS"
    if _against(an, info, mm):
        return "grammar:ADVERSARY_PREPS"
    if mm.start > 0 and not toks[mm.start - 1].words.isdisjoint(w["EFFORT_NOUNS"]):
        return "grammar:EFFORT_NOUNS"  # دعم جهود المبعوث الاممي X: whose efforts are backed is what was discussed
    if mm.start > 0 and not toks[mm.start - 1].words.isdisjoint(w["SENDER_VERBS"]):
        return "grammar:SENDER_VERBS"
    if _loyal_to(an, info, mm):
        return "grammar:LOYALTY_NOUNS"
    if _in_relative_aside(an, info, mm):
        return "grammar:RELATIVE_ASIDE_VERBS"
    if _leader_of_body(an, info, mm):
        return "grammar:RELATIVE_LEADER_VERBS"
    if _congratulated(an, info, mm):
        return "grammar:CONGRATULATION_VERBS"
    if _in_description(info, mm, w):
        return "grammar:DESCRIPTION_PRONOUNS"
    return ""


def _invited_to_visit(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether the message noun at token k says "at the invitation of" (INVITED_BY: بدعوة، تلبية لدعوة) with a word of
    visiting or of leaving for one (VISIT_WORDS, DEPARTURE_VERBS) within INVITATION_REACH tokens of it on either side,
    in its sentence part (زار X البرازيل بدعوة من الرئيس Y، تلبية لدعوة من Y يغادر X الى ...: who invited is the host;
    not مؤتمر عقد بدعوة من Y)."""
    w, stops = _aside_words(), an.g["CLAUSE_STOPS"]
    if toks[k].words.isdisjoint(w["INVITED_BY"]):
        return False
    lo = next((j + 1 for j in range(k - 1, max(-1, k - INVITATION_REACH - 1), -1) if toks[j].text in stops),
              max(0, k - INVITATION_REACH))
    hi = next((j for j in range(k + 1, min(len(toks), k + INVITATION_REACH + 1)) if toks[j].text in stops),
              min(len(toks), k + INVITATION_REACH + 1))
    return any(not toks[j].words.isdisjoint(w["VISIT_OR_DEPARTURE"]) for j in range(lo, hi))


def _on_behalf(an: Analysis, toks: list[Token], mm: Mention) -> bool:
    """Whether "on behalf of" (ON_BEHALF_OF: نيابة عن، وبالنيابة عن) stands right before person mention mm, styles of
    address (صاحب السمو الملكي) between: نيابة عن الأمير X، استقبل Y ...: X is represented by Y, not there."""
    k = before_styles(an, toks, mm.start)
    return k >= 1 and toks[k].text in an.g["FROM"] and not toks[k - 1].words.isdisjoint(_aside_words()["ON_BEHALF_OF"])


def before_styles(an: Analysis, toks: list[Token], start: int) -> int:
    """The token before `start` past the honorifics and styles of address right before it (-1 if none)."""
    k = start - 1
    while k >= 0 and toks[k].text in an.g["STYLES"]:
        k -= 1
    return k


def _in_description(info: SentInfo, mm: Mention, w: dict[str, frozenset[str]]) -> bool:
    """جولد – وهو مستشار قديم لنتنياهو – عقد اجتماعا: a named person inside a description that a comma or a dash and
    وهو open after a named person, past the description's first word (not وهو نائب وزير الخارجية X: that tells who
    the person before is), with no trigger and no other mark between: he is spoken of, not there."""
    toks = info.tokens
    k = next((k for k in range(mm.start - 2, max(0, mm.start - DESCRIPTION_REACH) - 1, -1)
              if toks[k].text in w["DESCRIPTION_PRONOUNS"] or toks[k].text in w["ASIDE_MARKS"]), None)
    if k is None or toks[k].text not in w["DESCRIPTION_PRONOUNS"] or not mm.name or k == 0 or toks[k - 1].text not in w["ASIDE_MARKS"]:
        return False
    if not any(m.end == k - 1 and m.kind == "person" and m.name for m in info.mentions):
        return False
    close = next((j for j in range(mm.end, len(toks)) if toks[j].text in w["ASIDE_MARKS"]), len(toks))
    # (no trigger inside it: وهو أول مسؤول يلتقي الرئيس X tells an event of its own, whose side he is)
    return not any(k < t.start < mm.start or mm.end <= t.start < close for t in info.triggers)


def _audience(toks: list[Token], mm: Mention) -> bool:
    """Whether mention mm is the audience of a speech: a speech noun, then "before" right before it (SPEECH_NOUNS,
    AUDIENCE_PREPS: يلقي كلمة امام الاتحاد الافريقي)."""
    w = _aside_words()
    return (mm.start > 1 and toks[mm.start - 1].text in w["AUDIENCE_PREPS"]
            and not toks[mm.start - 2].words.isdisjoint(w["SPEECH_NOUNS"]))


def _state_aside(an: Analysis, info: SentInfo, mm: Mention) -> str:
    """The id of the entry by which a state or body mm is named aside ("" when it may be a side): in a relative clause
    of support (الجماعة التي تدعمها إيران), after ضد, after a noun of an action done to it (ACTION_NOUNS: تشكيل
    اللجنة الدستورية), or congratulated (وهنأ حاكم عام نيوزيلندا بذكرى اليوم الوطني)."""
    if mm.kind not in ("org", "state"):
        return ""
    if _in_relative_aside(an, info, mm):
        return "grammar:RELATIVE_ASIDE_VERBS"
    if _against(an, info, mm):
        return "grammar:ADVERSARY_PREPS"
    if mm.start > 0 and info.tokens[mm.start - 1].text in _aside_words()["ACTION_NOUNS"]:
        return "grammar:ACTION_NOUNS"  # بحث X مع Y تشكيل اللجنة الدستورية: what the action is done to
    return "grammar:CONGRATULATION_VERBS" if _congratulated(an, info, mm) else ""


def _against(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """Whether mention mm is right after a preposition of an adversary (ADVERSARY_PREPS: ضد الرئيس X): what the
    parties act against. (What و joins after it may be joined to the noun before ضد: قائد التحالف ضد داعش ووزير
    الدفاع X, a side.)"""
    return mm.start > 0 and not info.tokens[mm.start - 1].words.isdisjoint(_aside_words()["ADVERSARY_PREPS"])


def _congratulated(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """هنأ رئيس جمهورية توغو، ورئيس جمهورية جنوب أفريقيا ...، واستقبل X: a verb of congratulating before the person
    in its sentence with no meeting or call word between, and no meeting or call noun after him in his clause (هنأ
    رئيس أستونيا ...، وعقد اجتماعا مع Y: a light verb joined by و opens the next clause)."""
    verbs = _aside_words()["CONGRATULATION_VERBS"]
    k = next((k for k in range(mm.start - 1, -1, -1) if not info.tokens[k].words.isdisjoint(verbs)), None)
    if k is None or any(k < t.start < mm.start for t in info.triggers):
        return False
    # (but هنأ X نظيره Y، خلال اتصال هاتفي: congratulated in the call the noun after him tells)
    after = next((t for t in info.triggers if t.start > mm.start), None)
    if after is None or after.cls not in NOUN_CLASSES:
        return True
    brk = next((j for j in range(mm.end, after.start) if _joined_light_verb(an, info.tokens[j])), None)
    if brk is None:
        return False
    # (هنأ الملك X رئيس أستونيا ...، وعقد اجتماعا: the first of two persons after the verb is its subject, who
    # is the subject of the next clause too)
    told = [m for m in info.mentions if m.kind == "person" and k < m.start and m.end <= brk]
    return not (len(told) >= 2 and told[0] is mm)


def _joined_light_verb(an: Analysis, tok: Token) -> bool:
    """وعقد، وأجرى: a light verb joined by و, which starts a clause of its own (not خلال and the like)."""
    return (tok.text[:1] in an.g["AND"] and not tok.words.isdisjoint(an.g["LIGHT_VERBS"])
            and tok.words.isdisjoint(an.g["FRONTED_PP"]))


def _in_relative_aside(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """حزب المؤتمر الذي يؤيد X، الجماعة التي يدعمها X، الدور الذي يمكن ان تلعبه X، الدور الذي تقوم به X: a relative
    pronoun, at most two modal words (RELATIVE_MODALS) and a verb of support right before the person or body, or of
    a role right before a state or body: it is spoken of, not there; or of visiting right before a state or body
    (RELATIVE_VISIT_VERBS: الوزراء الذين يزورون قطر): where the party before it is."""
    toks, words = info.tokens, _aside_words()
    k = mm.start
    body = mm.kind in ("state", "org")
    prep = body and k >= 3 and toks[k - 1].text in words["RESUMPTIVE_PREPS"] and toks[k - 2].text in words["RELATIVE_ASIDE_PREP_VERBS"]
    verb = k - 2 if prep else k - 1
    verbs = words["RELATIVE_BODY_VERBS"] if body else words["RELATIVE_ASIDE_VERBS"]
    if verb < 1 or (not prep and toks[verb].words.isdisjoint(verbs)):
        return False
    r = verb - 1
    while r >= max(0, verb - 2) and toks[r].text in words["RELATIVE_MODALS"]:
        r -= 1
    # (الزيارة التي يقوم بها X، الجولة الحالية التي ...: the relative clause of a meeting, visit or tour word, one
    # adjective between, names its own side)
    noun = r - 2 if r >= 2 and without_article(toks[r - 1].text) in an.g["VISIT_ADJECTIVES"] else r - 1
    return r >= 0 and toks[r].text in an.g["RELATIVE_PRONOUNS"] and not (prep and noun >= 0 and (
        any(t.start <= noun < t.end for t in info.triggers) or without_article(toks[noun].text) in an.g["VISIT_OR_TOUR"]))


def _leader_of_body(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """حزب المؤتمر الشعبي العام الذي يتزعمه الرئيس السابق X: a relative pronoun and a verb of leading (RELATIVE_LEADER_VERBS)
    right before the person, after a mention whose body is named by its name: the body's leader, spoken of. Not after
    a delegation led by him (`_delegation_relative`: وفد حركة حماس الذي يقوده X, he is there; but وفدا من حركة حماس التي
    يتزعمها X: the movement's leader)."""
    toks, k = info.tokens, mm.start
    if k < 3 or toks[k - 1].words.isdisjoint(_aside_words()["RELATIVE_LEADER_VERBS"]) or toks[k - 2].text not in an.g["RELATIVE_PRONOUNS"]:
        return False
    return any(m.end == k - 2 and m.org and (m.kind == "org" or (m.kind == "delegation" and not _delegation_relative(an, toks, m.start, k - 2)))
               for m in info.mentions)


def _delegation_relative(an: Analysis, toks: list[Token], noun: int, rel: int) -> bool:
    """Whether the relative pronoun at token `rel` is that of the delegation noun at `noun` (LED_GROUPS), agreeing with
    it: feminine (FEMININE_RELATIVES) after a feminine noun (بعثة ... التي), else masculine (وفد ... الذي)."""
    word = toks[noun]
    if word.words.isdisjoint(an.g["LED_GROUPS"]):
        return False
    return (toks[rel].text in an.g["FEMININE_RELATIVES"]) == word.text.endswith(tuple(_feminine_ends()))


def _speaks_of_it(an: Analysis, info: SentInfo, t: Trigger, mm: Mention, between: bool) -> bool:
    """لدى زيارة الرئيسة الكورية للسعودية قال القنصل X؛ اللقاء الذي تم بين مسؤولي البلدين ... يصفه الرئيس X: a person
    after a speech verb that follows a meeting noun whose sides are named with it (its genitive, or after بين)
    speaks of the meeting, he is not in it (خلال لقاء مع Y قال X: a noun with no side before مع is the speaker's)."""
    toks = info.tokens
    if t.cls not in NOUN_CLASSES or mm.start <= t.end or toks[mm.start - 1].words.isdisjoint(_aside_words()["SPEECH_VERBS"]):
        return False
    # (زيارة وفد X قال Y: a delegation's visit is as often spoken of by its host)
    return between or any(m.start == t.end and m.kind == "person" for m in info.mentions)


def _loyal_to(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """القوات الموالية للرئيس X، مؤيدي حكومة الرئيس X، ميليشيات الحوثي والرئيس المخلوع X: a loyalty or forces
    noun up to LOYALTY_REACH tokens before the person, with no comma, stop or other person between; not one in a
    delegation's or body's name (وفد من جماعة أنصار الله المبعوث X: the delegation meets him)."""
    toks = info.tokens
    words = _aside_words()["LOYALTY_NOUNS"]
    persons = {m.start for m in info.mentions if m.kind == "person"}
    for k in range(mm.start - 1, max(-1, mm.start - 1 - LOYALTY_REACH), -1):
        if toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["CLAUSE_STOPS"] or k in persons:
            return False
        if not toks[k].words.isdisjoint(words) and not any(
                m.start <= k < m.end for m in info.mentions if m.kind in ("delegation", "org")):
            return True
    return False


def _state_leader_named(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """A person named as the leadership a state is under (المملكة بقيادة خادم الحرمين الشريفين الملك X، في ظل
    قيادة الرئيس X) or for the vision or directives he set out (الرؤية التي طرحها الملك X): the state or his
    vision is spoken of, he is not there. A delegation or team led by him (وفد بقيادة X)
    is his side, so a group noun or a delegation right before the leadership noun keeps him."""
    toks = info.tokens
    starts = {m.start: m for m in info.mentions}
    lo, k = mm.start, mm.start - 1
    while k >= 1 and lo - k <= PATRON_REACH:
        joined = starts.get(k)
        if joined is not None and joined.end == lo and (joined.kind == "pair" or (
                joined.kind == "person" and toks[lo].text[:1] in an.g["AND"])):
            lo, k = k, k - 1  # التوجيهات الصادرة عن الرئيسين X وY: the dual title and the person before و go on
            continue
        if toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["CLAUSE_STOPS"] or k in starts:
            return False
        if not toks[k].words.isdisjoint(an.g["PATRON_NOUNS"]):
            return True
        if lo - k <= LEADER_REACH and not toks[k].words.isdisjoint(an.g["LEADERSHIP_NOUNS"]):
            led = any(m.kind == "delegation" and m.end == k for m in info.mentions)
            return not led and toks[k - 1].words.isdisjoint(an.g["LED_GROUPS"])
        k -= 1
    return False


def _in_message(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """Whether a mention names who sent a message, an invitation or a cable: it follows a message noun
    and من in its phrase (رسالة خطية من الرئيس العراقي). The addressee after الى is a side when the message's carrier
    alone is named right before the noun (_carrier_before: نقل الوزير رسالة من الملك الى الرئيس: he hands it over),
    not when it is handed to someone else (سلمه رسالة موجهة الى الرئيس، سلم السفير الوزير رسالة من الملك الى الرئيس)
    nor for an invitation (INVITATION_NOUNS: دعوة من الملك الى الرئيس لزيارة المملكة: invited, not met). Not who invited
    (INVITED_BY: زار X البرازيل بدعوة من الرئيس Y): the host."""
    toks = info.tokens
    linked = addressed = False
    for k in range(mm.start - 1, max(-1, mm.start - 1 - MESSAGE_REACH), -1):
        tok = toks[k]
        if tok.text in an.g["COMMAS"] or tok.text in an.g["CLAUSE_STOPS"]:
            return False
        if tok.text in an.g["DESTINATION"] and not linked:
            addressed = True
        if tok.text in an.g["FROM"]:
            linked = True
        elif not tok.words.isdisjoint(an.g["MESSAGE_NOUNS"]):
            h = _message_head(an, toks, k)  # (رسالة خطية موجهة: the noun, not its adjective)
            head = toks[h]
            if addressed and head.words.isdisjoint(an.g["INVITATION_NOUNS"]) and _carrier_before(info, h):
                return False  # نقل الوزير رسالة من السلطان X الى الرئيس Y: the addressee, whom the carrier met
            # (بدعوة، تلبية لدعوة وجهها X الى Y: the invitation the event answers, whose addressee goes)
            answered = not head.words.isdisjoint(_aside_words()["INVITED_BY"])
            return (linked or (addressed and not answered)) and not _invited_to_visit(an, toks, k)
    return False


def _listed_sender(an: Analysis, info: SentInfo, mm: Mention) -> bool:
    """Whether person mention mm, joined by و right after another person who sent a message, is the next sender
    of that list (الرسالتين اللتين تلقاهما من الملك X ملك Y والرئيس Z: too far from the noun to be read by itself)."""
    prev = next((m for m in info.mentions if m.end == mm.start and m.kind == "person"), None)
    return (prev is not None and joined(an, info.tokens[mm.start])
            and (_in_message(an, info, prev) or _listed_sender(an, info, prev)))


def _message_head(an: Analysis, toks: list[Token], k: int) -> int:
    """The nearest message noun before the phrase's later word at token k, MESSAGE_HEAD_REACH tokens back at most
    (سلم X رسالة خطية موجهة الى Y: رسالة, before which the carrier stands), else k."""
    for j in range(k - 1, max(-1, k - 1 - MESSAGE_HEAD_REACH), -1):
        if not toks[j].words.isdisjoint(an.g["MESSAGE_NOUNS"]):
            return j
    return k


def _government(an: Analysis, toks: list[Token], mm: Mention, t: Trigger) -> bool:
    """النظام السوري، الحكومة التركية، السلطات الروسية: a nationality adjective after a word for a state's
    government names that state as a side; after a word for its leadership (GOVERNING_NOUNS) only as the one met
    (مع القيادة القطرية) or as the subject right before the meeting word (القيادة التركية عقدت اجتماعات), not
    wherever it stands in the clause (رسالة طلبت الإدارة الأمريكية تقديمها)."""
    if mm.start < 1:
        return False
    noun = toks[mm.start - 1]
    if not noun.words.isdisjoint(an.g["GOVERNMENT"]):
        # (not the seat of a government, placed: عقده مع X بمقر الرئاسة المصرية is where they met)
        return not places.placed_noun_at(an, toks, mm.start - 2)
    if noun.words.isdisjoint(an.g["GOVERNING_NOUNS"]):
        return False
    return government_met(toks, mm.start - 1) or (mm.end <= t.start and t.start - mm.end <= SUBJECT_GAP and _opens_clause(an, toks, mm.start - 1))


def _opens_clause(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether the noun at k opens a clause as its subject: no preposition on it and no noun before it that it
    depends on; first in the sentence, after و or after a complementizer (أن القيادة التركية عقدت اجتماعات; not
    انتقادات للإدارة الأمريكية، سياسات الإدارة الأمريكية)."""
    if toks[k].forms[0][1][:1] in an.g["OBJECT_PROCLITICS"] and len(toks[k].forms) > 1:
        return False
    return k == 0 or toks[k - 1].text in an.g["COMPLEMENTIZERS"] or toks[k].text[:1] in an.g["AND"] or not toks[k - 1].is_word


def _weak_ok(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention]) -> bool:
    toks = info.tokens
    with_obj = _object_after(an, info, t, hi) or _addressed(an, info, t, hi)
    counterpart = any(p.counterpart for p in parties)
    before = {f for tok in toks[max(lo, t.start - 4):t.start] for f in token_words(tok)}
    light = bool(before & an.g["CALL_VERBS"])
    # (an indefinite noun's relative clause, its verb right after it: اتصال تلقاه من Y، اتصالا اجراه الوزير)
    light = light or (t.end < hi and toks[t.end].text in an.g["OWNED_RELATIVE_VERBS"])
    return len(keys(parties)) >= 2 and (with_obj or counterpart or light or _joint_subjects(an, info, t)
                                        or _joint_subjects_before(an, info, t))


def _object_after(an: Analysis, info: SentInfo, t: Trigger, hi: int) -> bool:
    """Whether weak verb t has its object after it, before token hi: مع, بين or a pronoun's host (معه، بينهما), or a
    word after ب or ل where a party's mention starts or that is a title, a state or a body (بالرئيس X، بخادم الحرمين
    الشريفين; not باختصار، بالتفصيل، بالرياض, a manner and a place, nor the ب of باراك in a name's middle). Not مع after
    a noun of the object that takes مع as its own complement with a side named in its genitive (استعرض التقرير علاقات X
    مع Y, WITH_NOUNS). A word that reads as a proclitic and a function word is no object (بينها in تحدث عن جرائم
    بينها), nor is a given name that reads so (بشار in بحث X مستقبل الرئيس بشار الأسد)."""
    toks = info.tokens
    nonname, given = lexicon().nonname, lexicon().given
    owned_with: int | None = None  # (found at the first مع)
    for k in range(t.end, hi):
        tok = toks[k]
        if tok.text in an.g["WITH"]:
            if owned_with is None:
                owned_with = next((j for j in range(t.end, hi - 1) if not toks[j].words.isdisjoint(an.g["WITH_NOUNS"])
                                   and any(m.start == j + 1 and m.kind in PARTY_KINDS for m in info.mentions)), hi)
            if k < owned_with:
                return True
        elif tok.text in an.g["BETWEEN"] or tok.text in an.g["OBJECT_PRONOUN_HOSTS"]:
            return True
        elif (tok.forms[0][1][:1] in an.g["OBJECT_PROCLITICS"] and len(tok.forms) > 1 and tok.text not in nonname
              and tok.text not in given and _party_starts_at(info, k)):
            return True
    return False


def _party_starts_at(info: SentInfo, k: int) -> bool:
    """Whether a party's mention starts at token k, or a listed word that may name a side (a title, a state, a body)."""
    return (any(m.start == k and m.kind in PARTY_KINDS for m in info.mentions)
            or any(m.entry.cat in _CAT_PARTY_WORDS for m in info.index.at(k)))


def _joint_subjects(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether the weak verb t has two persons for subjects right after it, the second joined to the first by و (بحث
    الرئيس X والرئيس Y في كراكاس العلاقات): the two discussed it together. Not states or bodies (تبحث الولايات المتحدة
    والاتحاد الأوروبي فرض عقوبات: each considers it)."""
    toks = info.tokens
    first = next((m for m in info.mentions if m.start == t.end and m.kind == "person"), None)
    if first is None or first.end >= len(toks) or not joined(an, toks[first.end]):
        return False
    return any(m.start == first.end and m.kind == "person" for m in info.mentions)


def _joint_subjects_before(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether the weak verb t, dual or plural (JOINT_VERB_ENDINGS), comes right after two persons joined by و, its
    subjects (لافروف وروبيو تحدثا هاتفيا): the two spoke together; not in speeches of their own (تحدثا في كلمتيهما
    امام الجمعية العامة: SPEECH_NOUNS in the rest of the sentence), nor after a singular verb (والرئيس X تحدث)."""
    toks = info.tokens
    last = next((m for m in info.mentions if m.kind == "person" and m.end == t.start), None)
    if last is None or not joined(an, toks[last.start]) or not any(m.kind == "person" and m.end == last.start
                                                                   for m in info.mentions):
        return False  # (most weak verbs: no two persons right before them, the cheap tests first)
    verb = toks[t.start].forms[-1][1] if toks[t.start].forms else toks[t.start].text
    if not verb.endswith(tuple(an.g["JOINT_VERB_ENDINGS"])):
        return False
    return all(stems(tok.text, False).isdisjoint(_aside_words()["SPEECH_NOUNS"]) for tok in toks[t.end:] if tok.is_word)


def _addressed(an: Analysis, info: SentInfo, t: Trigger, hi: int) -> bool:
    """Whether a weak verb's subject, right after it, is followed (after a comma at most) by إلى and a person
    (ADDRESSEE_PREPS: تحدث الرئيس X، إلى الرئيس Y): the one spoken to. Not إلى further on, in what was spoken of
    (تحدث X عن الدعوة الموجهة إلى الرئيس Y)."""
    subj = next((m for m in info.mentions if m.kind == "person" and m.start == t.end), None)
    if subj is None:
        return False
    k = subj.end + (1 if subj.end < hi and info.tokens[subj.end].text in an.g["COMMAS"] else 0)
    return k < hi and info.tokens[k].text in an.g["ADDRESSEE_PREPS"] and any(
        m.kind == "person" and m.start == k + 1 for m in info.mentions)


def resolve(an: Analysis, si: int, info: SentInfo, parties: list[Mention]) -> list[Mention]:
    """Replace anaphors by the persons they point at; drop duplicates and redundant states."""
    out: list[Mention] = []
    paired = False
    for p in parties:
        if p.kind in ("pair", "latter", "pronoun"):
            n = _pair_missing(parties, p) if p.kind == "pair" else 1
            if n == 0 or (p.kind == "pair" and paired):
                # استقبل X الامير Y، حيث عقد الطرفان جلسة: the pair is the two sides already named; التعاون بين
                # البلدين ... وامن البلدين: a pair named again in its clause is the same two sides, not two more
                continue
            paired = paired or p.kind == "pair"
            exclude = {q.entity for q in out if q.entity is not None} if p.kind != "pronoun" else set()
            if p.kind == "pronoun":
                subj = next((q.entity for q in parties if q.kind == "person" and q.entity is not None), None)
                if subj is not None:
                    exclude.add(subj)
            # البلدين: the two countries are no international official's (X، الأمين العام للجامعة العربية)
            of_states = p.kind == "pair" and not info.tokens[p.start].words.isdisjoint(_aside_words()["STATE_PAIRS"])
            if p.kind == "pair":
                found = _pair_persons(an, si, p, n, exclude, of_states)
            elif p.kind == "pronoun" and _between_word(an, info.tokens[p.start]):
                # (the first named person even when he is already a side: no other person stands for بينه)
                found = [e for e in _first_named(info, p.start) if e not in exclude]
            else:
                found = _recent_persons(an, si, p.start, n, exclude, p.role_head, of_states)
            for e in found:
                ent = an.reg.people[e]
                out.append(Mention("person", p.start, p.end, name=ent.name, name_norm=ent.name_norm, role=ent.role,
                                   country=ent.country, org=ent.org, entity=e))
        else:
            out.append(p)
    out = _counterpart_roles(an, info, out)
    seen, uniq = set(), []
    for p in out:
        k = key(p)
        if k in seen:
            continue
        seen.add(k)
        uniq.append(p)
    covered = {p.country for p in uniq if p.kind in ("person", "delegation") and p.country}
    # (a person's body as the registry knows it too: الزياني named bare, after الامين العام لمجلس التعاون X)
    covered_org = {p.org or (an.reg.people[p.entity].org if p.entity is not None else None)
                   for p in uniq if p.kind in ("person", "delegation")} - {None}
    named = {(p.country, p.org) for p in uniq if p.kind == "person" and p.name}
    # a bare title (الرئيس الروسي) next to a named person of the same side is that person again
    return [p for p in uniq if not (p.kind == "state" and p.country in covered) and not (p.kind == "org" and p.org in covered_org)
            and not (p.kind == "person" and not p.name and (p.country, p.org) in named) and not body_told_twice(an, p, uniq)]


def body_told_twice(an: Analysis, p: Mention, parties: list[Mention]) -> bool:
    """Whether delegation p is the opposition of a state told in general, by an adjective (الوفد السوري المعارض) or
    by its noun (وفد المعارضة السورية), while a delegation of a body of that state named as such is a party too (وفد
    الائتلاف الوطني السوري): the body told again (not beside a person of it, who may only attend). A delegation of officials or of the government
    (وفدي الحكومة والمعارضة) is a side beside the body, and so is a body named as such (حركة طالبان)."""
    if p.kind != "delegation" or not p.country:
        return False
    general = _opposition_named(an, p.org) if p.org else not an.g["OPPOSITION_ADJECTIVES"].isdisjoint(
        normalize_text(p.role or "").split())
    return general and any(q is not p and q.kind in ("delegation", "org") and national_body(q) and q.country == p.country
                           and q.org != p.org and not _opposition_named(an, q.org) for q in parties)


def _others_office(an: Analysis, role: str | None) -> str | None:
    """A person's title as his counterpart holds it: without «the Kingdom» that names his own state in it (وزير خارجية
    المملكة عادل الجبير ونظيره الإيطالي: the Italian is وزير خارجية, as after وزير خارجية روسيا; not where he is
    posted: السفير الأمريكي لدى المملكة ونظيره البريطاني, `analysis.kingdom_at`)."""
    words = (role or "").split()
    at = kingdom_at(an, [normalize_text(w) for w in words])
    return role if at is None else " ".join(words[:at] + words[at + 1:])


def _opposition_named(an: Analysis, org: str | None) -> bool:
    """Whether a body is named as the opposition in general (المعارضة السورية، فصائل المعارضة), not by its own name."""
    words = normalize_text(org or "").split()
    return bool(words) and words[0] in an.g["OPPOSITION_NOUNS"]


def _counterpart_roles(an: Analysis, info: SentInfo, parties: list[Mention]) -> list[Mention]:
    """The parties, counterparts with the role of the person they are the counterpart of (on a copy: the tag step's
    mention stays as it was found; the registry learns the role for later references to the person); a
    counterpart named with a masculine noun (نظيرها) takes a feminine title in its masculine form (وزيرة -> وزير).
    The counterparts of a body's members are none when that person's state is a member, or when the body's members
    are not listed (organization_members.tsv)."""
    out: list[Mention | None] = list(parties)
    for i, p in enumerate(parties):
        if not p.counterpart:
            continue
        # (not one of the counterpart's own state: روحاني ونظيره ظريف, after a dropped French subject, is no
        # counterpart of the Iranian president)
        others = [q for q in parties if q.kind == "person" and not q.counterpart and not (p.country and q.country == p.country)]
        before = [q for q in others if q.start < p.start]
        # the first named before, or the first after it with an office when he has none (كيري، الجبير ونظيريه)
        ante = next((q for q in before if _office(an, q)), before[0]) if before else None
        if ante is None:
            ante = next(iter(others), None)
        if ante is None:
            continue
        country = an.mention_state(ante)
        if p.org is not None and (p.org not in bodies_with_members() or _member(country, p.org, an.doc_year())):
            # التقى وزير الخارجية السعودي نظراءه الخليجيين: his colleagues in the body's own session, no side (and the
            # counterparts of a body whose members are not listed are left out)
            out[i] = None
            continue
        role = _others_office(an, ante.role or (an.reg.people[ante.entity].role if ante.entity is not None else None))
        if role and info.tokens[p.start].text not in an.g["FEMININE_COUNTERPARTS"]:
            role = masculine_title(role)
        out[i] = dataclasses.replace(p, role=role)
        if p.entity is not None and not an.reg.people[p.entity].role:
            an.reg.people[p.entity].role = role
    return [p for p in out if p is not None]


def one_of_the_officials(an: Analysis, person: Mention, org: str, office: Office | None) -> bool:
    """Whether a person may be one of the officials of body `org` named as a group, whose office `office` is
    (`officials_office`): of one of its member states, with the same titles and no other ministry (العطية وزير
    الخارجية القطري among وزراء خارجية دول مجلس التعاون, and الوزير العطية, whose ministry is not told; not وزير الدفاع
    القطري, nor a deputy minister)."""
    if office is None or not _member(an.mention_state(person), org, an.doc_year()):
        return False
    own = officials_office(an, _office(an, person))
    return own is not None and own[0] == office[0] and (own[1] == office[1] or None in (own[1], office[1]))


def officials_office(an: Analysis, role: str | None) -> Office | None:
    """The office a title names: the singular heads of its chain of titles (titles.tsv; a modifier and the title it
    modifies: نواب وزراء -> نائب وزير) and the code of the ministry named in or right after it (ministries.tsv), or
    None (وزراء خارجية دول مجلس التعاون: (وزير,), foreign; وزراء دول مجلس التعاون: (وزير,), None). None when no title
    opens the role."""
    words = tokenize(normalize_text(role or ""))
    heads: list[str] = []
    k = 0
    while k < len(words) and (title := an.L.first(words, k, CAT_TITLE)) is not None:
        heads.append(without_article(title.entry.data[1].split()[0]))
        k = title.end
        if title.entry.data[0] != "modifier":
            break
    if not heads:
        return None
    ministry = next((m for j in range(1, min(k + 1, len(words))) if (m := an.L.first(words, j, CAT_MINISTRY)) is not None), None)
    return tuple(heads), ministry.entry.data[0] if ministry is not None else None


def _member(country: str | None, org: str, year: int | None) -> bool:
    """Whether state `country` is a member of body `org` in `year` (any year when None): organization_members.tsv."""
    spans = _members().get((org, country or ""))
    return spans is not None and (year is None or any(a <= year <= b for a, b in spans))


@resource
def _members() -> dict[tuple[str, str], tuple[tuple[int, int], ...]]:
    """(body code, member iso3) -> the years of membership (organization_members.tsv)."""
    return {(row[0], row[1]): parse_term(row[2]) or ((0, 9999),) for row in read_table("organization_members.tsv")}


@resource
def _feminine_marks() -> frozenset[str]:
    """The FEMININE_MARKS of name_evidence.tsv as characters."""
    return frozenset(chr(int(code, 16)) for code in evidence()["FEMININE_MARKS"])


@resource
def _feminine_ends() -> frozenset[str]:
    """The FEMININE_MARKS as normalization writes them at a word's end."""
    return frozenset(normalize_text(c) for c in _feminine_marks())


def _feminine_title(role: str | None) -> bool:
    """Whether a role's first word is a feminine singular title, written or normalized (وزيرة، المستشاره: its form
    less the ta marbuta is also a singular title)."""
    first = normalize_text(role.split()[0]) if role else ""
    return first[-1:] in _feminine_ends() and _singular_title(first) and _singular_title(first[:-1])


def _singular_title(form: str) -> bool:
    """Whether a word is, alone, a singular title of the lexicon (titles.tsv)."""
    return _lexicon_title([form], "sg")


def _lexicon_title(words: list[str], number: str | None = None) -> bool:
    """Whether the words are, together, one title of the lexicon (titles.tsv: رئيس الوزراء، رئيس البرلمان), of
    `number` (sg, du, pl) when given."""
    return any(rest == tuple(words[1:]) and e.cat == "TITLE" and number in (None, e.data[2])
               for rest, e in lexicon().trie.get(words[0], ()))


def masculine_title(role: str) -> str:
    """A role whose first word is a feminine singular title (its form less the ta marbuta is also a singular title:
    وزيرة، الرئيسة، سفيرة) with that word in the masculine; any other role as it is."""
    if not _feminine_title(role):
        return role
    words = role.split()
    words[0] = words[0][:-1]
    return " ".join(words)


def _office(an: Analysis, q: Mention) -> str | None:
    """The office of a person mention: its own, else its person entity's."""
    return q.role or (an.reg.people[q.entity].role if q.entity is not None else None)


def _recent_persons(an: Analysis, si: int, before_tok: int, n: int, exclude: set, role_head: str | None,
                    of_states: bool = False) -> list[int]:
    """The n persons mentioned last before token `before_tok` of sentence si; those whose title has the
    anaphor's head first (الوزيران: the two ministers, not the president named between them); with
    `of_states`, none when one has no state of his own: an international body's official (the two countries are
    not his: the pair stands for sides named elsewhere, or is part of a name), or a former office holder whose
    state is not told (الوزير السابق X أكد ... أن زيارة ولي ولي العهد للأردن تؤكد عمق العلاقات بين البلدين: a
    commentator)."""
    people = an.reg.people
    found: list[int] = []
    if role_head:
        found = _recent(an, si, before_tok, n, exclude, lambda e: _holds(people[e].role, role_head))
    found = found or _recent(an, si, before_tok, n, exclude, lambda e: True)
    if of_states and any(not people[e].country and (people[e].org or holders.title_of(people[e].role or "")[1]) for e in found):
        return []
    return found


def _pair_persons(an: Analysis, si: int, p: Mention, n: int, exclude: set, of_states: bool) -> list[int]:
    """The persons a pair anaphor (البلدين، الطرفان) adds, n of them, `exclude` being the persons its clause names
    before it: with none, the two persons of the event just told (`_told_pair`); with one side named (no
    reporter), that side and the person mentioned last (X ... بحث خلال لقائه بوزير الخارجية المصري العلاقات بين
    البلدين); else the n persons mentioned last (`_sides_first`), or X and the one before when only X is excluded."""
    if n == 2 and not exclude:
        told = _told_pair(an, si, p.role_head)
        if told:
            return told
    if len(exclude - _reporters(an, si)) == 1:
        one = _recent_persons(an, si, p.start, 1, exclude, p.role_head, of_states)
        if one:
            return one
    found = _recent_persons(an, si, p.start, n, exclude, p.role_head, of_states)
    if found and not p.role_head and not of_states:
        found = _sides_first(an, si, p.start, n, exclude, found)
    if not found and len(exclude) == 1:
        found = _recent_persons(an, si, p.start, 1, exclude, p.role_head, of_states)  # X ... البلدين: X and the other
    return found


def _sides_first(an: Analysis, si: int, before_tok: int, n: int, exclude: set, found: list[int]) -> list[int]:
    """The persons mentioned last that a pair anaphor found, with those no event told so far has as a side replaced by
    the sides told last, when some of them are such sides (الجبير and الأسد, named only in لا مكان للرئيس الأسد: the
    pair is الجبير and لافروف, who met); as found when none is (عباس ونتنياهو ... الطرفين: the two just named)."""
    sides = [e for e in found if e in an.sides_told]
    if not sides or len(sides) == len(found):
        return found
    told = _recent(an, si, before_tok, n, exclude, an.sides_told.__contains__)
    return told if told and set(sides) <= set(told) else found


def _holds(role: str | None, role_head: str) -> bool:
    """Whether an office is the one a dual title names: it starts with the title's head, article and feminine
    ending aside (الوزيرين: وزير الخارجية; الوزيرتين: وزيرة الدفاع; رئيسي الوزراء: رئيس الوزراء); a head of
    whatever body follows it (BODY_OFFICE_HEADS: الرئيسين) not when a body follows (رئيس الوزراء، رئيس مجلس
    النواب، رئيس الحكومة: a listed title of its own or a body's noun), unless it is the state's (رئيس الجمهورية)."""
    raw = normalize_text(masculine_title(role or "")).split()
    head = [without_article(w) for w in normalize_text(masculine_title(role_head)).split()]
    if not raw or [without_article(w) for w in raw[:len(head)]] != head:
        return False
    g = grammar_sets()
    if len(head) != 1 or head[0] not in g["BODY_OFFICE_HEADS"] or len(raw) < 2 or raw[1] in g["STATE_OFFICE_GENITIVES"]:
        return True
    body = without_article(raw[1])
    return not (_lexicon_title(raw[:2]) or body in g["BODY_HEADS"] or raw[1] in g["GOVERNMENT"])


def _told_pair(an: Analysis, si: int, role_head: str | None) -> list[int]:
    """The two persons of the event told last in the sentences just before si, when it had two persons as its
    only sides (استقبل X السفير Y ... واكد سموه دعم حكومة الملك Z ... ودار الحديث عن العلاقات بين البلدين: the
    pair is X and Y, not the last two persons named); with the anaphor's head (الوزيرين) both must hold it."""
    people = an.reg.people
    for sj in range(si - 1, max(-1, si - PAIR_REACH - 1), -1):
        pair = an.told_pairs.get(sj)
        if pair is None:
            continue
        if role_head and not all(_holds(people[e].role, role_head) for e in pair):
            return []
        return list(pair)
    return []


def _pair_missing(parties: list[Mention], pair: Mention) -> int:
    """How many persons a pair anaphor (الطرفان، الرئيسان) adds: none when its clause names two persons
    before it (استقبل X Y، حيث عقد الطرفان: the pair is X and Y again) or right after it, else two (one named may be a third:
    الوزيران التقيا مع نظيرهما X؛ الجانبان بحثا في اللقاء الذي حضره X)."""
    named = {key(q) for q in parties if q.kind == "person" and q.end <= pair.start}
    # (اجتماع وزيري الخارجيه X وY: the two named right after it are the pair; so are X، والمصري Y, the second's
    # nationality adjective, and a comma, between them)
    after = sorted((q for q in parties if q.kind == "person" and q.start >= pair.end), key=lambda q: q.start)
    apposed = len(after) >= 2 and after[0].start == pair.end and after[1].start - after[0].end <= PAIR_APPOSED_GAP
    return 0 if len(named) >= 2 or apposed else 2


def _reporters(an: Analysis, si: int) -> set[int]:
    """The persons of sentences up to si who report rather than act: a spokesperson (المتحدث باسم الرئاسة
    السفير X, X المتحدث الرسمي) and the writers of a byline, a sentence of names alone (X، Y (القاهرة))."""
    out: set[int] = set()
    for sj in range(si + 1):
        info = an.infos[sj]
        persons = [m for m in info.mentions if m.kind == "person" and m.entity is not None]
        if _byline(info):
            out.update(m.entity for m in persons if m.entity is not None)
            continue
        talkers = {m.end for m in info.mentions if m.kind == "person" and _spokesperson(an, info.tokens, m)}
        out.update(m.entity for m in persons if m.entity is not None and (m.start in talkers or _spokesperson(an, info.tokens, m)))
    return out


def _byline(info: SentInfo) -> bool:
    """A sentence of names, places and punctuation only: the byline of the article's writers."""
    covered = {k for m in info.mentions if m.kind in ("person", "city", "state") for k in range(m.start, m.end)}
    persons = sum(1 for m in info.mentions if m.kind == "person")
    return persons > 0 and all(k in covered or not tok.is_word for k, tok in enumerate(info.tokens))


def _recent(an: Analysis, si: int, before_tok: int, n: int, exclude: set, fits) -> list[int]:
    found: list[int] = []
    exclude = exclude | _reporters(an, si)
    for sj in range(si, max(-1, si - 6), -1):
        ms = [m for m in an.infos[sj].mentions if m.kind == "person" and m.entity is not None]
        if sj == si:
            ms = [m for m in ms if m.start < before_tok]
        for m in reversed(ms):
            if m.entity is None or m.entity in exclude or m.entity in found or not fits(m.entity):
                continue
            if named_aside(an, an.infos[sj], m):
                continue  # بين البلدين after بتكليف من الرئيس X: the sender is no side the pair stands for
            found.append(m.entity)
            if len(found) == n:
                return list(reversed(found)) if n > 1 else found
    return list(reversed(found)) if len(found) == n else []


def key(p: Mention) -> str:
    if p.kind == "person":
        if p.entity is not None:
            return f"p{p.entity}"
        if p.name_norm:
            return "n" + p.name_norm
        return f"r{p.role}|{p.country}"
    if p.kind == "delegation":  # (a body of a state is a side of its own beside its government: وفدي الحكومة والمعارضة)
        return f"d{p.country}|{p.org}" if national_body(p) else f"d{p.country or p.org or p.role}"
    if p.kind == "org":
        return f"o{p.org}"
    return f"s{p.country}"


def coded_body(org: str | None) -> bool:
    """Whether an organization is written as an international body's code (UN, GCC), not a body's name as written
    (RECORDS.md: organization)."""
    return org is not None and org != "" and org.isascii()


def national_body(p: Mention) -> bool:
    """Whether a party is of a body of a state that RECORDS.md names as written, not by an international body's code
    (الائتلاف الوطني السوري، حركة طالبان، المعارضة: organization beside country)."""
    return bool(p.country and p.org and not coded_body(p.org))


def keys(ps: list[Mention]) -> set[str]:
    return {key(p) for p in ps}


def side(an: Analysis, mm: Mention) -> str | None:
    """The country (else organization) of a party, from the person it names when the mention has none."""
    ent = an.reg.people[mm.entity] if mm.kind == "person" and mm.entity is not None else None
    return mm.country or mm.org or (ent.country or ent.org if ent else None)
