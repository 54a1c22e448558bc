"""The time of an event mention: the time expression of its clause, its sentence or its heading."""
from __future__ import annotations

from typing import Final

from syriadiplo.events import arguments, clauses, topical
from syriadiplo.events.analysis import QUOTES_AND_BRACKETS, Analysis, Cluster, SentInfo, Trigger, token_words
from syriadiplo.recognize.ner import Mention
from syriadiplo.resources import grammar
from syriadiplo.text.lexicon import Token, is_definite
from syriadiplo.text.phrases import longest_phrase, phrase_at
from syriadiplo.time import timex

SINCE_REACH: Final = 3  # tokens between a phrase of taking office and the time that dates it (منذ تسلمه مهامه في فبراير)
REPORT_REACH: Final = 4  # tokens between a report verb or source cue and the time it dates (حسبما أفاد الموقع اليوم)
GATHERING_REACH: Final = 4  # tokens from a gathering's name to the time another sentence gives it (قمة مجموعة العشرين يومي 20)
RELATIVE_TIME_REACH: Final = 2  # tokens after the verb of a relative clause on an event word to its time (الاتصال الذي جرى مساء الخميس)
CARRY_SENTENCES: Final = 3  # sentences back over which one that goes on from the one before (فقد، كما) finds its time


def _bare_words(tok: Token) -> frozenset[str]:
    """A token's readings without the definite article (القمة and قمة alike)."""
    art = len(grammar("DEF_ARTICLE")[0])
    return frozenset(w[art:] if is_definite(w) else w for w in tok.words)


def event_time(an: Analysis, info: SentInfo, t: Trigger, window: tuple[int, int], resolved: list[Mention], sole: bool):
    """The time expression of the event, unresolved: in its clause, else (the sentence's one event) in
    the sentence before what was discussed, else the date that heads its line."""
    toks = info.tokens
    lo, hi = window
    tm = time(an, info, lo, hi, t)
    if tm is None and sole and len(arguments.keys(resolved)) >= 2:
        # the sentence's one event takes a time outside its clause, but not one inside what was discussed
        openers = an.g["TOPIC_OPENERS"]
        topic_from = next((j for j in range(t.end, len(toks)) if not toks[j].words.isdisjoint(openers)), len(toks))
        # (سُلّمت المذكرة اليوم عقب مشاورات هاتفية بين الوزيرين: a day gone by or today before "after" or "before" is
        # of what the sentence tells; the event takes it only when no other sentence dates it, as the evidence's time;
        # a day ahead stays its own, which evidence_time would not look back to: يصدر غدا بيان بعد محادثات بين ...)
        tm = time(an, info, 0, topic_from, t)  # ويتوجه أنان اليوم إلى طهران، حيث من المقرر أن يلتقي ...
        if tm is not None and _in_sequence(an, info, t) and tm[0].way() <= 0:
            tm = time(an, info, t.start, topic_from, t)
    if tm is None:
        tm = _heading_time(an, info)
    return tm


def _in_sequence(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether "after" or "before" stands right before trigger t (TEMPORAL_PREPS but those of DURING: بعد اتصال،
    قبل اجراء المحادثات)."""
    k = t.start - 1
    return clauses.temporal_before(an, info, t) and (k < 0 or token_words(info.tokens[k]).isdisjoint(an.g["DURING"]))


def _fits(way: int, status: str) -> bool:
    """Whether a time pointing `way` (TimeMention.way) may date an event of `status`: a day ahead none held, a day gone
    by none still to come."""
    return not (way > 0 and status == "occurred") and not (way < 0 and status != "occurred")


def time(an: Analysis, info: SentInfo, lo: int, hi: int, t: Trigger, vague: bool = False):
    best = None
    for ti, tm in enumerate(info.times):
        if tm.kind == "duration" or (tm.kind == "vague" and not vague):
            continue
        toks = _time_tokens(info, ti)
        if not toks or not any(lo <= k < hi for k in toks):
            continue
        if min(toks) > t.end and any(info.tokens[k].words & an.g["REPORT_OR_SOURCE"] for k in range(max(t.end, min(toks) - REPORT_REACH), min(toks))):
            continue  # ... في مصيف صلاح الدين، حسبما أفاد الموقع اليوم الأربعاء: the day of the report
        if min(toks) > t.end and _since_office_before(info, t.end, min(toks)):
            continue  # أول زيارة له منذ أصبح وزيرا في فبراير: the time he took office
        if min(toks) > t.end and _agreement_relative_before(an, info, t.end, min(toks)):
            continue  # بعد الاتفاق النووي الذي أبرمته بلاده في 14 يوليو: the day of the agreement
        # the clause after the trigger first (التقى X، اليوم الثلاثاء، ...), a dateline before it last
        dist = (0 if min(toks) >= t.start else 1, min(abs(k - t.start) for k in toks))
        if best is None or dist < best[0]:
            best = (dist, tm)
    if best is None:
        return None
    tm = best[1]
    return tm, info.sent.norm.original_span_text(tm.start, tm.end)


def _since_office_before(info: SentInfo, lo: int, k: int) -> bool:
    """Whether a phrase of "since taking office" (SINCE_OFFICE) ends at most SINCE_REACH tokens before token k, after
    token lo: the time at k dates the taking of office (منذ تسلمه مهامه في فبراير; not منذ توليه الرئاسة لمسقط رأس
    والده يوم الجمعة, where the time is the visit's)."""
    while k - 1 > lo and k - 1 in info.time_tok:
        k -= 1  # (في فبراير شباط: two names of one month, one time after the other)
    for j in range(max(lo, k - SINCE_REACH - longest_phrase("SINCE_OFFICE")), k):
        n = phrase_at(info.tokens, j, "SINCE_OFFICE")
        if n and k - (j + n) <= SINCE_REACH:
            return True
    return False


def _agreement_relative_before(an: Analysis, info: SentInfo, lo: int, k: int) -> bool:
    """Whether the time at token k stands in a relative clause on an agreement (AGREEMENT_NOUNS, right before its
    relative pronoun or before one adjective of it) that opens after token lo and is not closed by a comma or a clause
    breaker before the time: the time dates the agreement (بعد الاتفاق النووي الذي أبرمته بلاده مع القوى الكبرى في 14
    يوليو; not الاتفاق الذي وقعه البلدان، اليوم الثلاثاء, the talks' day)."""
    toks = info.tokens
    for j in range(k - 1, lo, -1):  # back from the time to the relative pronoun of its clause
        if toks[j].text in an.g["COMMAS"] or toks[j].text in an.g["CLAUSE_BREAKERS"]:
            return False
        if toks[j].text in an.g["RELATIVE_PRONOUNS"]:
            return any(not toks[a].words.isdisjoint(an.g["AGREEMENT_NOUNS"]) for a in range(max(lo, j - 2), j))
    return False


def reported_on(an: Analysis, info: SentInfo, tm: timex.TimeMention) -> bool:
    """Whether a time dates a report: a report verb or source shortly before it (أعلنت الخارجية اليوم) or a
    complementizer right after it (قال، اليوم الاثنين، إنه ...), not a travel (يتوجه اليوم إلى طهران، حيث ...)."""
    toks = info.tokens
    ks = [k for k, v in info.time_tok.items() if info.times[v] is tm]
    if not ks:
        return False
    a, b = min(ks), max(ks) + 1
    while b < len(toks) and (toks[b].text in an.g["COMMAS"] or toks[b].text in QUOTES_AND_BRACKETS or toks[b].text == "\""):
        b += 1
    after = b < len(toks) and not toks[b].words.isdisjoint(an.g["COMPLEMENTIZERS"])
    return after or any(toks[k].words & an.g["REPORT_OR_SOURCE"] for k in range(max(0, a - REPORT_REACH), a))


def _time_tokens(info: SentInfo, ti: int) -> list[int]:
    """The tokens of the sentence's time expression number ti."""
    return [k for k, v in info.time_tok.items() if v == ti]


def _heading_time(an: Analysis, info: SentInfo):
    """- 1 مارس (آذار) : الرئيس المصري يزور السعودية: a date that opens a line and ends at a heading mark
    (a timeline's entry) dates the line's events."""
    toks = info.tokens
    for ti, tm in enumerate(info.times):
        ks = _time_tokens(info, ti)
        if tm.kind != "date" or not ks or any(toks[k].is_word for k in range(min(ks))):
            continue
        after = max(ks) + 1
        while after < len(toks) and not toks[after].is_word and toks[after].text not in an.g["HEADING_MARKS"]:
            after += 1
        if after < len(toks) and toks[after].text in an.g["HEADING_MARKS"]:
            return tm, info.sent.norm.original_span_text(tm.start, tm.end)
    return None


def evidence_time(an: Analysis, c: Cluster, status: str):
    """When no mention's clause dates the event: the time one of its sentences gives, nearest to the event
    word it holds (لم يحدد موعد اللقاء، إلا أنه سيكون خلال هذا الشهر), as (time, None, text); not one that
    points the other way in time (مطلع الشهر المقبل for a meeting held). For an event ahead, only a time
    after that word (أعلن اليوم أنه سيزور: the day of the report)."""
    ahead = status != "occurred"
    for si in sorted({m.sent_index for m in c.mentions} | {x for m in c.mentions for x in m.extra_sents}):
        info = an.infos[si]
        for t in info.triggers:
            lo = t.start if ahead else 0
            got = time(an, info, lo, len(info.tokens), t) or time(an, info, lo, len(info.tokens), t, vague=True)
            way = got[0].way() if got is not None else 0
            if got is not None and _fits(way, status):
                return got[0], None, got[1]
    return None


def carried_time(an: Analysis, c: Cluster, status: str):
    """An event with no time of its own, told in a sentence that goes on from the one before (فقد التقى ...،
    كما اجتمع ...), took place when the event told there did (هذا وكان قد التقى X في وقت سابق بعدد من
    الوزراء. فقد التقى نظيره العراقي ... . كما اجتمع مع ...), as (time, None, text); not a time that points
    the other way (see _evidence_time)."""
    body = [m.sent_index for m in c.mentions if not m.is_title]
    si = min(body) if body else -1
    go_on = an.g["ELABORATION_OPENERS"] | an.g["ALSO_OPENERS"]
    for _ in range(CARRY_SENTENCES):
        if si < 1 or not an.infos[si].tokens or token_words(an.infos[si].tokens[0]).isdisjoint(go_on):
            return None
        si -= 1
        info = an.infos[si]
        for t in info.triggers:
            got = time(an, info, 0, len(info.tokens), t) or time(an, info, 0, len(info.tokens), t, vague=True)
            way = got[0].way() if got is not None else 0
            if got is not None:
                return (got[0], None, got[1]) if _fits(way, status) else None
    return None


def follow_up_time(an: Analysis, c: Cluster, status: str):
    """An event with no time of its own that a sentence right after it names again by its event word, with a
    relative clause that dates it (وذكرت مصادر أن المسؤولين بحثوا، في الاتصال الذي جرى مساء الخميس، ...), took
    place then, as (time, None, text); not a time that points the other way (see evidence_time)."""
    def find(info: SentInfo):
        toks = info.tokens
        words = {k for k, tok in enumerate(toks) if c.type == "phone_call" and tok.words & an.g["CALL_REFERENCES"]}
        words |= {t.start for t in info.triggers if t.anaphoric and t.type == c.type}
        for k in sorted(words):
            if k + 2 >= len(toks) or toks[k + 1].text not in an.g["RELATIVE_PRONOUNS"]:
                continue
            got = time(an, info, k + 3, k + 3 + RELATIVE_TIME_REACH, Trigger(k, k + 1, c.type, "noun", True, False))
            way = got[0].way() if got is not None else 0
            if got is not None and _fits(way, status):
                return got[0], None, got[1]
        return None
    return topical.follow_up(an, c, find)


def gathering_time(an: Analysis, c: Cluster, status: str, clusters: list[Cluster]):
    """An event with no time of its own held on the margin of a gathering (على هامش قمة مجموعة العشرين) took
    place when another sentence of the article says the gathering is held, one with no event of its own
    (وتعقد قمة مجموعة العشرين يومي 20 و21 مايو), as (time, None, text)."""
    name = next((got for m in c.mentions if (got := _gathering_name(an, an.infos[m.sent_index])) is not None), None)
    if name is None:
        return None
    told = {m.sent_index for d in clusters for m in d.mentions}
    for si, info in enumerate(an.infos):
        if si in told or not info.times:
            continue
        toks = info.tokens
        at = next((k for k in range(len(toks)) if name[0] in _bare_words(toks[k]) and all(
            any(w in _bare_words(x) for x in toks[k + 1:k + 3]) for w in name[1:])), None)  # قمة (مجموعة) العشرين
        if at is None:
            continue
        for ti, tm in enumerate(info.times):
            ks = _time_tokens(info, ti)
            way = tm.way()
            if (tm.kind not in ("duration", "vague") and ks and at < min(ks) <= at + len(name) + GATHERING_REACH
                    and _fits(way, status)):
                return tm, None, info.sent.norm.original_span_text(tm.start, tm.end)
    return None


def _gathering_name(an: Analysis, info: SentInfo) -> tuple[str, ...] | None:
    """The first two words of the gathering named after على هامش (قمة مجموعة العشرين: قمة مجموعة), bare."""
    toks = info.tokens
    for k in range(len(toks) - 1):
        if not token_words(toks[k]).isdisjoint(an.g["GATHERING_FRAMES"]):
            name = [toks[j] for j in range(k + 1, min(len(toks), k + 3)) if toks[j].is_word][:2]
            if name and all(j.text not in an.g["TOPIC_STOPS"] for j in name):
                return tuple(sorted(_bare_words(name[0]))[:1]) + (tuple(sorted(_bare_words(name[1]))[:1]) if len(name) > 1 else ())
    return None
