"""Step `mentions`: one event mention per trigger that names an event, with its slots."""
from __future__ import annotations

from typing import Final

from syriadiplo.events import arguments, clauses, factuality, initiative, places, timing, topical
from syriadiplo.events.analysis import (
    CAT_TRIGGER,
    NOUN_CLASSES,
    VERB_CLASSES,
    WEAK_CLASSES,
    Analysis,
    EventMention,
    SentInfo,
    Trigger,
    joined,
    token_words,
)
from syriadiplo.events.explain import reference_ids, trigger_id
from syriadiplo.text.lexicon import Token
from syriadiplo.text.normalize import normalize_text
from syriadiplo.time import timex

MERGE_TRIGGER_GAP: Final = 8  # two triggers this close with nothing between them are one event (بحث ... في اتصال هاتفي)
COUNTED_REACH: Final = 3  # tokens after a verb trigger where a count stands for its object or subject (استقبلت 175 ألف طلب)
RANK_REACH: Final = 3  # words of a rank and honorifics between a rank that is also a word of sport and the name
COUNTED_MIN: Final = 100  # a count of people or things this large is no side of a meeting (زار 31223 سائحا سويسرا)


def run(an: Analysis) -> None:
    """Step `mentions`: fills `an.event_mentions` from `an.infos`."""
    an.event_mentions = events(an)


def events(an: Analysis) -> list[EventMention]:
    out: list[EventMention] = []
    during: set[int] = set()  # mentions whose trigger is followed by خلالها: met during a tour told before
    an.told_subject = {}
    an.told_pairs = {}
    an.sides_told = set()
    for si, info in enumerate(an.infos):
        # a trigger inside the topic of an earlier one (تحادث ... حول الجولة المقبلة من المحادثات) is not an event
        trigs: list[Trigger] = []
        for t in info.triggers:
            after = info.tokens[t.end:t.end + 2]
            own = any(not tok.words.isdisjoint(an.g["NEW_EVENT_AFTER"]) for tok in after)  # محادثاته التي سيجريها
            # (but اجتماع ... للبحث في X برئاسة Y، التي استقبلت أمس Z: a relative clause on a side tells its own event)
            if (trigs and not own and any(token_words(tok) & an.g["TOPIC_MARKERS"] for tok in info.tokens[trigs[0].end:t.start])
                    and not clauses.relative_on_side(an, info, t)):
                continue
            trigs.append(t)
        # (a gathering fronted as the setting of the weak verb after it, وعلى هامش القمة بحث X مع Y, is no stronger word)
        strong = [t for t in trigs if t.cls not in WEAK_CLASSES
                  and not (clauses.sidelines_of(an, info, t) and any(w.start > t.end and w.cls in WEAK_CLASSES for w in trigs))]
        # a weak trigger counts beside strong ones only in a clause of its own (اتصل X بـ Y، ثم التقى Z)
        use = [t for t in trigs if t.cls not in WEAK_CLASSES or not strong or clauses.apart(an, info, t, strong)]
        use = [t for k, t in enumerate(use) if t.cls not in WEAK_CLASSES or k == 0 or not clauses.continues(an, info, t)]
        use = [t for k, t in enumerate(use) if not clauses.framing_visit(an, info, t, use[k + 1] if k + 1 < len(use) else None)]
        # several triggers of one clause describe one event: keep the first of each run
        merged: list[Trigger] = []
        for t in use:
            close = merged and t.start - merged[-1].end <= MERGE_TRIGGER_GAP and not clauses.party_between(info, merged[-1].end, t.start)
            # التقى X مع Y ... لعقد مشاورات: the noun is the purpose of the verb, one event
            purpose = (merged and merged[-1].cls == "verb" and t.cls in NOUN_CLASSES and not clauses.temporal_before(an, info, t)
                       and not clauses.own_event(an, info, merged[-1].end, t))
            # زار دمشق ... والتقى X: a coordinated verb with no subject of its own continues the same event
            purpose = purpose or (merged and merged[-1].cls in VERB_CLASSES and t.cls in VERB_CLASSES
                                  and joined(an, info.tokens[t.start])
                                  and (not clauses.party_between(info, merged[-1].end, t.start)
                                       or clauses.visited_between(an, info, merged[-1], t)))
            if ((close or purpose) and not clauses.cut_between(an, info, merged[-1].end, t.start)
                    and not clauses.refused_before(an, info, merged[-1].end, t)):
                prev = merged[-1]
                if clauses.sidelines_of(an, info, prev) or clauses.setting_of(an, info, prev, t):
                    merged[-1] = t  # وعلى هامش القمة بحث X مع Y: the gathering is the setting, the verb tells the event
                    continue
                if t.type == "phone_call" and prev.type == "meeting":  # the tag step's trigger stays as found
                    merged[-1] = Trigger(prev.start, prev.end, t.type, prev.cls, prev.anaphoric, prev.future, prev.plen)
                continue
            merged.append(t)
        # one event whose triggers stand together (بحث ... في اتصالات هاتفية) may take a time outside its clause
        sole = len(merged) == 1 and info.triggers[-1].start - info.triggers[0].end <= MERGE_TRIGGER_GAP
        surnames = _surname_words(an, info) if merged else frozenset()
        for k, t in enumerate(merged):
            prev_end = merged[k - 1].end if k else 0
            next_start = merged[k + 1].start if k + 1 < len(merged) else len(info.tokens)
            em = _event(an, si, info, t, (prev_end, next_start), surnames, sole)
            if em:
                out.append(em)
                subj = next((p for p in em.parties if p.kind == "person" and p.entity is not None), None)
                if subj is not None and not subj.counterpart:
                    an.told_subject[si] = subj
                persons = list(dict.fromkeys(p.entity for p in em.parties if p.kind == "person" and p.entity is not None))
                an.sides_told.update(persons)
                if len(persons) == 2 and len(em.parties) == 2:
                    an.told_pairs[si] = (persons[0], persons[1])
                if t.end < len(info.tokens) and not info.tokens[t.end].words.isdisjoint(an.g["DURING_IT"]):
                    during.add(id(em))
    return arguments.tour_hosts(arguments.split_several(out, _title_sentences(an)), during)


def _place_before_listed_topics(an: Analysis, info: SentInfo, t: Trigger, window: tuple[int, int], topic_start: int,
                                found: tuple[str, str | None]) -> tuple[str, str | None] | None:
    """The place `found` for a weak verb's event, or None when no place stands before the first comma after its topic
    starts: a place only after it is more of what was discussed (استعرض وفد الحركة مع لافروف الظروف في غزة،
    والاعتداءات على المقدسات في القدس), not where they met."""
    lo, hi = window
    toks = info.tokens
    cut = next((k for k in range(topic_start, hi) if toks[k].text in an.g["COMMAS"]), hi)
    if cut >= hi or places.location(an, info, lo, cut, t) is not None:
        return found  # (a place before the cut: the first reading's stands, nearest the trigger)
    return None


def _title_sentences(an: Analysis) -> frozenset[int]:
    """The sentences that repeat the title given beside the document's text (JSONL input): headlines too."""
    if not an.doc.title:
        return frozenset()
    title = normalize_text(an.doc.title).strip()
    return frozenset(si for si, info in enumerate(an.infos) if info.sent.norm.text.strip() == title)


def _surname_words(an: Analysis, info: SentInfo) -> frozenset[int]:
    """The tokens of persons' names that are ordinary adjectives too (ADJECTIVE_SURNAMES: سليمان المقبل): no cue
    of time (المقبل, "next") for the events of their sentence."""
    toks = info.tokens
    return frozenset(k for m in info.mentions if m.kind == "person" and m.name for k in range(m.start, m.end)
                     if toks[k].text in an.g["ADJECTIVE_SURNAMES"])


def _rank_words(an: Analysis, info: SentInfo, t: Trigger, typ: str, window: tuple[int, int]) -> frozenset[int]:
    """The tokens of a military rank that is also a word of sport (NON_DIPLOMATIC and HONORIFICS: الفريق، والفريق) before
    a person's name, with only the words of a rank (RANK_TAILS) or honorifics between (الفريق الركن الشيخ X): no cue
    of sport in a call's clause, nor in a meeting's when the person is among those who attended (بحضور ... والفريق اول
    X, in the window) or the subject right after a verb (بحث رئيس الاركان الفريق اول X مع Y); elsewhere in a meeting's
    clause a rank stands as often in a line of those at an airport welcome, no event of its own."""
    toks = info.tokens
    lo, hi = window
    ranks, between = an.g["NON_DIPLOMATIC"] & an.g["HONORIFICS"], an.g["RANK_TAILS"] | an.g["HONORIFICS"]
    at = [k for k in range(lo, hi) if not toks[k].words.isdisjoint(ranks)]
    if not at:
        return frozenset()  # (every event's clause is read: most hold no rank)
    named = [m for m in info.mentions if m.kind == "person" and m.name]
    # (the subject, and where it ends when it is a title with the rank and name after it: رئيس الاركان الفريق اول X)
    subject = min(((m.start, m.end) for m in info.mentions if m.kind == "person" and m.start >= t.end), default=(-1, -1))
    attended = next((k for k in range(lo, hi) if not toks[k].words.isdisjoint(an.g["ATTEND"])), hi)
    out = set()
    for k in at:
        j = k + 1
        while j < len(toks) and j - k <= RANK_REACH and not toks[j].words.isdisjoint(between):
            j += 1
        holder = next((m for m in named if m.start <= j < m.end), None)
        if holder is None:
            continue
        if typ == "phone_call" or k > attended or (t.cls in VERB_CLASSES and (holder.start == subject[0] or subject[0] <= k <= subject[1])):
            out.add(k)
    return frozenset(out)


def _event(an: Analysis, si: int, info: SentInfo, t: Trigger, around: tuple[int, int], surnames: frozenset[int],
           sole: bool = True) -> EventMention | None:
    """The event mention trigger t makes in sentence si, or None (see docs/ARCHITECTURE.md for the steps); `around`:
    where the trigger before it ends and the one after it starts; `surnames`: the sentence's `_surname_words`."""
    toks = info.tokens
    prev_end, next_start = around
    bounds = clauses.clause_bounds(an, info, t, prev_end, next_start)
    if bounds is None:
        return None
    lo, hi, clause_lo = bounds
    notes: list[str] = []  # ids of the entries that decide this mention, besides its trigger (EventMention.why)
    parties = arguments.candidate_parties(an, info, t, lo, hi, notes)
    notes += reference_ids(parties) if an.explain else []
    resolved = arguments.resolve(an, si, info, parties)
    typ = t.type
    if any(lo <= c < hi for c in info.phone_cues) or (t.type == "meeting" and any(c for c in info.phone_cues if abs(c - t.start) <= 4)):
        typ = "phone_call"
        notes += _cue_ids(an, info, lo, hi, t)
    # (a call's caller may hold a rank that is also a word of sport: اتصالا هاتفيا من الفريق الركن X)
    quiet = surnames | _rank_words(an, info, t, typ, (lo, hi))
    win_words = set().union(*[token_words(toks[k]) for k in range(lo, hi) if k not in quiet]) if hi > lo else set()
    location, loc_weak = None, False
    if typ == "meeting":
        # a place in the trigger's own clause first: حيث is as often a loose "whereby" as "where"
        location = places.location(an, info, lo, hi, t) or places.where_place(an, info, t)
        if location is None:
            location = places.location(an, info, 0, next_start, t)  # not a place in the clause of the next event
            loc_weak = location is not None
    sides = arguments.sides(an, si, info, t, (lo, hi), resolved, (typ, location), notes)
    if sides is None:
        return None
    resolved, listing = sides
    if typ == "meeting" and t.cls in NOUN_CLASSES and location and not loc_weak and not clauses.with_after(an, toks, t):
        # (محادثات مع رجال الأعمال، اجتماع بين مسؤولين أتراك وسوريين: the sides are named, the host is not guessed)
        resolved += arguments.delegation_host(an, t, resolved, location, arguments.between_start(an, info, t, hi) is None, notes)
    tm = timing.event_time(an, info, t, (lo, hi), resolved, sole)
    aux = any(not toks[k].words.isdisjoint(an.g["PLUPERFECT_AUX"]) for k in range(clause_lo, t.start))  # كان ... قد: the pluperfect
    modality = factuality.modality(an, info, t, clause_lo, aux, notes)
    if modality is None or win_words & an.g["NON_DIPLOMATIC"] or _counted(an, info, t):
        return None
    before_words = set().union(*[token_words(toks[k]) for k in range(max(0, t.start - 6), t.start) if k not in surnames]) if t.start > 0 else set()
    status = factuality.status(an, info, t, tm, (win_words, before_words, clauses.governor_words(an, toks, clause_lo)), aux, modality,
                          notes)
    if status is None:
        return None
    if modality == "unset" and tm is not None and tm[0].way() < 0:
        tm = None  # قال أمس إنه لم يتحدد بعد موعد اللقاء: the day of the saying, not of the meeting ahead
    if tm is not None and status != "occurred" and timing.time(an, info, lo, hi, t) is None and timing.reported_on(an, info, tm[0]):
        tm = None  # أعلن اليوم أنه سيلتقي ...: the day of the report, not of the meeting ahead
    if tm is None:
        tm = timing.time(an, info, lo, hi, t, vague=True)  # سيلتقي ... خلال الأيام المقبلة، التقى مؤخرا: when, as far as the text says
    if tm:
        rt = timex.resolve(tm[0], an.doc_date(), "future" if status != "occurred" else "past")
        tm = (tm[0], rt, tm[1])
    topic, extra_sents, topic_at = topical.topic_and_context(an, si, info, t, (lo, hi), resolved, typ, notes)
    if (location is not None and not loc_weak and t.cls in WEAK_CLASSES and topic_at is not None
            and topic_at[0] >= max((p.end for p in resolved), default=lo)):  # (a topic told after the sides)
        location = _place_before_listed_topics(an, info, t, (lo, hi), topic_at[0], location)
    said, said_at = topical.topic_and_span(an, info, t, lo, hi, resolved, said=True) if topic is None else (None, None)
    resolved = arguments.without_topic_sides(resolved, topic_at, notes)
    if topic_at is None and said_at is not None and said_at[1] <= t.start:
        # (أكد X أنه يريد بحث ما قد تقدمه كينيا عندما يجتمع بY: a state in what a side said before the trigger)
        resolved = arguments.without_topic_sides(resolved, said_at, notes, ("state",))
    initiator = initiative.initiator(an, info, lo, hi, resolved, typ)
    strength = 0.55 + 0.1 * min(2, sum(1 for p in resolved if p.kind == "person" and p.name)) + (0.1 if t.cls not in WEAK_CLASSES else 0) + (0.05 if tm else 0) + (0.05 if location else 0)
    why = _why(info, t, notes) if an.explain else []
    return EventMention(si, typ, status, resolved, location, tm, topic, initiator, t.anaphoric, info.sent.is_title,
                        min(strength, 0.95), extra_sents, loc_weak, arguments.sides_stated(toks, t), listing, t.cls,
                        aux or _told_earlier(an, toks, t), why, said,
                        arguments.visit_trigger(an, toks, t))


def _counted(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether a verb trigger has a count of at least COUNTED_MIN within COUNTED_REACH tokens after it, outside a time
    expression and not right after a noun it numbers (NUMBERED_NOUNS: القرار 2216): a crowd or a pile (استقبلت
    ألمانيا العام الماضي 175 ألف طلب لجوء، ستستقبل 2500 شخص، زار 31223 سائحا سويسرا), no side of a meeting."""
    if t.cls not in VERB_CLASSES:
        return False
    for k in range(t.end, min(len(info.tokens), t.end + COUNTED_REACH)):
        text = info.tokens[k].text
        if text.isdigit() and int(text) >= COUNTED_MIN and k not in info.time_tok and (
                k == 0 or info.tokens[k - 1].text not in an.g["NUMBERED_NOUNS"]):
            return True
    return False


def _told_earlier(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether a meeting noun has an adjective of "previous" right after it (EARLIER_ADJECTIVES: لقائهما السابق)."""
    return t.cls in NOUN_CLASSES and t.end < len(toks) and toks[t.end].text in an.g["EARLIER_ADJECTIVES"]


def _why(info: SentInfo, t: Trigger, notes: list[str]) -> list[str]:
    """The ids of what made the event mention of trigger t: its triggers.tsv row, then `notes`."""
    m = info.index.first(t.start, CAT_TRIGGER)
    return ([trigger_id(info.tokens, m)] if m is not None else []) + notes


def _cue_ids(an: Analysis, info: SentInfo, lo: int, hi: int, t: Trigger) -> list[str]:
    """The triggers.tsv rows of the phone cues that make trigger t's event a call (see `_event`); none
    unless explaining."""
    out: list[str] = []
    if not an.explain:
        return out
    for c in sorted(info.phone_cues):
        m = info.index.first(c, CAT_TRIGGER) if lo <= c < hi or abs(c - t.start) <= 4 else None
        if m is not None and m.entry.data[0] == "phone_cue":
            out.append(trigger_id(info.tokens, m))
    return out
