"""The status of an event mention (occurred, planned, uncertain) from tense, modality and calendar."""
from __future__ import annotations

import itertools
from typing import Final

from syriadiplo.events import clauses
from syriadiplo.events.analysis import (
    NOUN_CLASSES,
    VERB_CLASSES,
    Analysis,
    SentInfo,
    Trigger,
    mention_tokens,
    relative_in_trigger,
    token_words,
)
from syriadiplo.resources import grammar
from syriadiplo.text.lexicon import Token
from syriadiplo.time import timex

DOUBT_REACH: Final = 12  # tokens before a trigger a two-word cue of doubt is read over (من غير الواضح إن كان بومبيو سيلتقي)
LIGHT_VERB_REACH: Final = 12  # tokens between a light verb and its meeting noun: the subject's title and name, a frame
FUTURE_JOIN_REACH: Final = 8  # tokens between a future verb and a verb joined to it that shares its future (سأزور X وألتقي)
ARRIVAL_REACH: Final = 12  # tokens back from a visit noun to a verb of arrival before it (وصل X امس الى طوكيو في زيارة)
NEAREST_AHEAD_DAYS: Final = 3  # a bare weekday read as the nearest lies ahead when it comes 1 to 3 days after the document's
DURING_VERB_REACH: Final = 4  # tokens between a visit noun and the imperfect verb of what is done during it (زيارة رسمية يلتقي خلالها)
FIRST_OF_KIND_REACH: Final = 4  # words between «أول» and the imperfect verb it characterizes (أول رئيس أمريكي يزور)
FIRST_OF_KIND_SUBJECT_REACH: Final = 8  # words between a future verb and the «أول» it is said of (سيكون الرئيس X أول رئيس يزور)


def note_id(notes: list[str] | None, ident: str) -> None:
    """Add an id to the notes of the mention being built (EventMention.why), if it has any."""
    if notes is not None and ident:
        notes.append(ident)


def modality(an: Analysis, info: SentInfo, t: Trigger, clause_lo: int, aux: bool, notes: list[str] | None = None) -> str | None:
    """None when the clause denies the event or only demands it (نفى عقد لقاء، دعت الى عقد اجتماع، نفت الخارجيه
    ان يكون ... قد التقي); "whether" when it leaves it open (لم يستبعد، لم يحسم بعد ما اذا، زياره قد يقوم
    بها); "unset" when it says only that its date is not yet set (لم يتحدد بعد موعد اللقاء); else ""."""
    toks = info.tokens
    pluperfect = an.g["PLUPERFECT_AUX"]
    # نفى عقد لقاء، ألغى زيارته، دعت إلى عقد اجتماع: no meeting took place or is planned
    whether = unset = False
    skip = -1
    negation, rule_out, demand = an.g["NEGATION_CUES"], an.g["RULE_OUT_VERBS"], an.g["DEMAND_CUES"]
    for k in range(clauses.last_joined_clause(an, toks, clause_lo, t.start), t.start):
        if k == skip:
            continue
        w = token_words(toks[k])
        negated = not w.isdisjoint(negation) and not _undisclosed(an, info, k, t)
        if negated and k + 1 < t.start and not toks[k + 1].words.isdisjoint(rule_out) and w.isdisjoint(rule_out):
            whether, skip = True, k + 1  # لم يستبعد عقد لقاء: not ruled out, so uncertain
            note_id(notes, "grammar:RULE_OUT_VERBS")
            continue
        if negated and _date_unset(an, toks, k, t):
            unset = True  # لم يتحدد بعد موعد اللقاء: ahead, its date not yet set
            note_id(notes, "grammar:DATE_FIXING_VERBS")
            break
        if negated:
            # لم يحسم بعد ما إذا كان سيلتقي: undecided, not denied
            if any(toks[j].text in an.g["WHETHER"] for j in range(k + 1, t.start)):
                whether = True
                note_id(notes, "grammar:WHETHER")
                continue
            return None
        if not w.isdisjoint(demand) and any(toks[j].text in an.g["DESTINATION"] for j in range(k + 1, t.start)) and not clauses.setting_of_cue(an, info, t):
            return None
    if clause_lo > 0 and toks[clause_lo - 1].text in an.g["COMPLEMENTIZERS"]:
        # نفت الخارجية أن يكون لافروف قد التقى ...: the clause is denied, when the denial governs أن
        # (ونفت الوزارة ذلك مؤكدة أن ...: the nearest verb or participle before أن is what governs it)
        for k in range(clause_lo - 2, max(-1, clause_lo - 6), -1):
            w = toks[k].words
            if w & an.g["DENIAL_VERBS"]:
                return None
            if toks[k].text in an.g["COMMAS"] or toks[k].text == "." or w & an.g["REPORT_OR_GOVERNING"]:
                break
        # ولم يستبعد المصدر أن تلتقي ...: not ruled out, so uncertain
        for k in range(max(0, clause_lo - 5), clause_lo - 2):
            w = toks[k].words
            if w & an.g["NEGATION_CUES"] and toks[k + 1].words & an.g["RULE_OUT_VERBS"]:
                whether = True
                note_id(notes, "grammar:RULE_OUT_VERBS")
    if t.cls in NOUN_CLASSES and not aux and all(toks[k].words.isdisjoint(pluperfect) for k in range(t.end, min(len(toks), t.end + 3))):
        # زيارة قد يقوم بها الصفدي: a noun followed by قد and a third-person imperfect verb may happen
        # (يقوم، تقوم; not a past verb such as تناولت or تمت, nor after كانت)
        for k in range(t.end, min(len(toks) - 1, t.end + 3)):
            nxt = toks[k + 1].text
            third = nxt[:1] in an.g["IMPERFECT_3RD"] and not (nxt[:1] == nxt[-1:])
            if toks[k].text in an.g["PERFECT_PARTICLE"] and len(nxt) >= 3 and third:
                whether = True
                note_id(notes, "grammar:PERFECT_PARTICLE")
    return "whether" if whether else "unset" if unset else ""


def _undisclosed(an: Analysis, info: SentInfo, k: int, t: Trigger) -> bool:
    """Whether the negation at k says only that something named before it was not announced (UNDISCLOSED_VERBS then
    ABOUT_IT: زيارة لم يعلن عنها مسبقا، حيث التقى ...; وفي خطوة لم يعلن عنها، التقى ...): what it describes is told
    before it, and trigger t after it is not denied."""
    toks = info.tokens
    return (k + 2 < t.start and not toks[k + 1].words.isdisjoint(an.g["UNDISCLOSED_VERBS"])
            and toks[k + 2].text in an.g["ABOUT_IT"])


def _date_unset(an: Analysis, toks: list[Token], k: int, t: Trigger) -> bool:
    """Whether the negation at k denies only that the trigger's date is fixed: a verb of fixing right after it
    (DATE_FIXING_VERBS) and a word for the date (DATE_NOUNS) that governs trigger t, right before it or before one
    word of DATE_LINKS (لم يتحدد بعد موعد اللقاء، لم يتم تحديد موعد لعقد القمة; not لم يتحدد موعد الانتخابات بعد
    لقاء الرئيسين)."""
    j = t.start - 1
    if j > k + 1 and not token_words(toks[j]).isdisjoint(an.g["DATE_LINKS"]):
        j -= 1
    return (k + 1 < j and not toks[k + 1].words.isdisjoint(an.g["DATE_FIXING_VERBS"])
            and not toks[j].words.isdisjoint(an.g["DATE_NOUNS"]))


def status(an: Analysis, info: SentInfo, t: Trigger, tm, words: tuple, aux: bool, modality: str,
           notes: list[str] | None = None) -> str | None:
    """occurred, planned or uncertain, from the trigger's tense, its time, the cues of `words` (the words of its
    window, of the six tokens before it and of those that govern its أن: a future cue there plans it, ومن المقرر ان)
    and the clause's `modality` (see `modality`: "whether" leaves it uncertain, "unset" planned); None for an event
    only hoped for with no date."""
    win_words, before_words, governing = words
    toks = info.tokens
    status = "occurred"
    # غداً، الأسبوع المقبل، في أبريل (a month still to come): the event is ahead of the article
    side = _calendar_side(an, tm[0]) if tm is not None else 0
    ahead = tm is not None and (tm[0].way() > 0 or side > 0 or _headline_weekday_ahead(an, info, t, tm[0]))
    hoped = before_words & an.g["HOPE_CUES"]
    if hoped and clauses.setting_of_cue(an, info, t):
        hoped = frozenset()  # أعرب عن أمله ... خلال لقائه مع Y: the meeting is where he said it
    needed = before_words & frozenset(grammar("NECESSITY_CUES"))
    if hoped or needed:
        # يأمل بقيام حوار: hoped for with no date; قال الاسبوع الماضي انه من الضروري عقد اجتماع: called
        # necessary with no date ahead (the past date is the saying's): no event
        if tm is None or (needed and not hoped and not ahead):
            return None
        status = "planned"
        note_id(notes, "grammar:HOPE_CUES" if hoped else "grammar:NECESSITY_CUES")
    joined = not t.future and (_joined_to_future(an, info, t) or _future_relative(an, toks, t) or _future_light_verb(an, toks, t))
    cued = bool((win_words | before_words | governing) & an.g["FUTURE_CUES"])
    if cued and clauses.said_during(an, info, t) is not None:
        cued = False  # اعلن X أمس أن بلاده ستبدأ قريبا ...، خلال لقاء مع Y: the meeting is where he said it
        note_id(notes, "grammar:DURING")
    if cued and _held_relative(an, toks, t):
        cued = False  # اللقاء الذي جمع X وY ... سوف تكون محاوره: told as held, the future cue is another clause's
        note_id(notes, "grammar:HELD_RELATIVE_VERBS")
    # يتم حاليا ترتيب لقاء: a meeting being arranged is ahead; ينوي الوزير زيارة دمشق: intended
    arranged = t.start > 0 and not toks[t.start - 1].words.isdisjoint(an.g["ARRANGING"])
    # تصريحات X عشية مباحثات يعقدها مع Y: a meeting noun on whose eve the clause stands is still ahead (not told in
    # the pluperfect or at a past time: وكان X قد صرح عشية لقائه Y الشهر الماضي)
    eve = (t.cls in NOUN_CLASSES and t.start > 0 and toks[t.start - 1].text in an.g["EVE_PREPS"] and not aux
           and not (tm is not None and tm[0].way() < 0))
    intended = clauses.intended(an, info, t)
    if t.future or cued or ahead or joined or arranged or eve or intended:
        status = "planned"
        note_id(notes, "grammar:FUTURE_PROCLITIC" if t.future else "rule:status.time-ahead" if ahead
              else "grammar:CONJ_PROCLITICS" if joined else "grammar:FUTURE_CUES" if cued
              else "grammar:ARRANGING" if arranged else "grammar:EVE_PREPS" if eve else "grammar:INTENT_VERBS")
    # - 1 مارس: الرئيس يزور السعودية: beside an earlier calendar day, a present-tense verb is a historical present
    past = tm is not None and (tm[0].way() < 0 or (side < 0 and tm[0].point.day is not None))
    if (t.cls in VERB_CLASSES and not info.sent.is_title and not past
            and toks[t.start].words & an.g["IMPERFECT_TRIGGERS"] and not win_words & an.g["PRESENT_CUES"] and not aux
            and not _first_of_kind(an, info, t)):
        status = "planned"  # في زيارة تستمر يومين، يلتقي خلالها الرئيس: will meet
        note_id(notes, "grammar:IMPERFECT_TRIGGERS")
    if (status == "occurred" and t.cls in NOUN_CLASSES and not past and not aux and not win_words & an.g["PRESENT_CUES"]
            and _imperfect_during(an, toks, t)):
        status = "planned"  # يتوجه اليوم الى عمان في زيارة يلتقي خلالها الملك: the meeting is still to come
        note_id(notes, "grammar:IMPERFECT_TRIGGERS")
    if status == "occurred" and not aux and not past and clauses.purpose(an, toks, t) and not _told_held(an, toks, t):
        status = "planned"  # وصل دمشق للقاء الرئيس، توجه الى موسكو لاجراء محادثات: the meeting is still to come
        note_id(notes, "grammar:PURPOSE_PROCLITIC")
    doubt = (before_words & an.g["UNCERTAIN_CUES"]) | _doubt_pair(an, toks, t)
    if doubt and aux and not t.future:
        doubt = doubt - an.g["PERFECT_PARTICLE"]  # وكان البوسعيدي قد التقى: had met, not may meet
    if doubt or modality == "whether":
        status = "uncertain"
        note_id(notes, "grammar:UNCERTAIN_CUES" if doubt else "")
    if modality == "unset":
        status = "planned"  # لم يتحدد بعد موعد اللقاء: still ahead, its date not yet set
    return status


def _headline_weekday_ahead(an: Analysis, info: SentInfo, t: Trigger, m: timex.TimeMention) -> bool:
    """Whether a headline's present-tense meeting verb (IMPERFECT_TRIGGERS) has a bare weekday that, read as the
    nearest, lies after the document's day: a headline's present tells the past and the future alike (X يزور
    دمشق الأربعاء, on a Monday: the coming Wednesday, not the last one)."""
    p, doc_date = m.point, an.doc_date()
    if (doc_date is None or m.kind != "weekday" or not info.sent.is_title or t.cls not in VERB_CLASSES or p is None
            or p.weekday is None or p.day is not None or p.month is not None or p.year is not None
            or p.direction is not None or p.unit is not None or p.nth is not None or p.holiday is not None
            or info.tokens[t.start].words.isdisjoint(an.g["IMPERFECT_TRIGGERS"])):
        return False
    # (the nearest such weekday lies ahead when it comes one to three days after the document's: a week has seven)
    return 1 <= (timex.WEEKDAYS.index(p.weekday) - doc_date.weekday()) % 7 <= NEAREST_AHEAD_DAYS


def _first_of_kind(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """يعد أوباما أول رئيس أمريكي يزور كينيا: an imperfect verb with at most FIRST_OF_KIND_REACH words between it and
    «أول» (FIRST_OF_KIND), words only and no other trigger, tells what the one it describes does, not what is ahead
    (not في أول زيارة له يلتقي X: «أول» of a visit, during which he will meet); but after a future verb at most
    FIRST_OF_KIND_SUBJECT_REACH words before «أول», words only between and the words of names passed over (سيكون
    أوباما أول رئيس يزور), it is ahead."""
    toks = info.tokens
    for k in range(t.start - 1, max(-1, t.start - 2 - FIRST_OF_KIND_REACH), -1):
        if not toks[k].is_word or any(o.start <= k < o.end for o in info.triggers):
            return False
        if toks[k].text in an.g["FIRST_OF_KIND"]:
            named = mention_tokens(info)
            before = range(k - 1, max(-1, k - 1 - FIRST_OF_KIND_SUBJECT_REACH), -1)
            words = [w for j in itertools.takewhile(lambda j: toks[j].is_word, before) if j not in named for w in toks[j].words]
            return not any(clauses.future_verb(an, w, "IMPERFECT_PREFIXES") for w in words)
    return False


def _imperfect_during(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """في زيارة يلتقي خلالها الرئيس: a noun trigger followed, in its clause, by an imperfect meeting verb that takes
    it as its time (DURING_IT right after the verb) tells what will be done during it; not after an arrival told as
    done (ARRIVED_VERBS: وصل امس في زيارة يلتقي خلالها), where it may be done by the time it is told."""
    for k in range(t.start - 1, max(-1, t.start - 1 - ARRIVAL_REACH), -1):
        if toks[k].text in an.g["CLAUSE_STOPS"]:
            break
        if toks[k].words & an.g["ARRIVED_VERBS"]:
            return False
    for k in range(t.end, min(len(toks) - 1, t.end + DURING_VERB_REACH)):
        if toks[k].text in an.g["CLAUSE_STOPS"] or toks[k].text in an.g["COMMAS"]:
            return False
        if toks[k].words & an.g["IMPERFECT_TRIGGERS"] and toks[k + 1].words & an.g["DURING_IT"]:
            return True
    return False


def _doubt_pair(an: Analysis, toks: list[Token], t: Trigger) -> frozenset[str]:
    """من غير الواضح إن كان سيلتقي: a two-word cue of doubt shortly before the trigger, as its one word."""
    pairs, stops = an.g["UNCERTAIN_PAIRS"], an.g["TOPIC_STOPS"]
    lo = next((k + 1 for k in range(t.start - 1, max(-1, t.start - DOUBT_REACH - 1), -1) if toks[k].text in stops),
              max(0, t.start - DOUBT_REACH))  # not past a comma: a doubt about something else
    return frozenset(toks[k].text + " " + toks[k + 1].text for k in range(lo, t.start - 1)
                     if toks[k].text + " " + toks[k + 1].text in pairs)


def _future_light_verb(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """سيعقد X خلال زيارته لقطر لقاء مع Y، ستجري محادثات: a meeting noun whose light verb, before it in its clause,
    carries the future proclitic is still ahead."""
    if t.cls not in NOUN_CLASSES:
        return False
    for k in range(t.start - 1, max(-1, t.start - 1 - LIGHT_VERB_REACH), -1):
        tok = toks[k]
        if tok.text in an.g["CLAUSE_STOPS"] or tok.text in an.g["COMMAS"]:
            return False
        if any(p > 0 and tok.text[p - 1] in an.g["FUTURE_PROCLITIC"] and f in an.g["LIGHT_VERBS"] for p, f in tok.forms):
            return True
    return False


def _relative_verb(an: Analysis, toks: list[Token], t: Trigger, reach: int) -> Token | None:
    """The word after a relative pronoun within `reach` words after a meeting noun (محادثاته التي سيجريها), or None."""
    if t.cls not in NOUN_CLASSES:
        return None
    k = next((k for k in range(t.end, min(len(toks) - 1, t.end + reach)) if toks[k].text in an.g["RELATIVE_PRONOUNS"]), None)
    return toks[k + 1] if k is not None else None


def _future_relative(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """محادثاته التي سيجريها في أنقرة: a meeting noun whose relative clause is in the future is still ahead."""
    tok = _relative_verb(an, toks, t, 1)
    if tok is None:
        return False
    verb = tok.text
    return verb in an.g["FUTURE_CUES"] or clauses.future_verb(an, verb, "IMPERFECT_PREFIXES")


def _told_held(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether a relative clause whose past verb holds noun trigger t as its object tells it held, inside the trigger
    (الاتصال الذي اجراه, triggers.tsv) or right after it (PAST_OWNED_VERBS): after ل it is the object of thanks, no
    purpose (شكره للاتصال الذي اجرته معه). Not a verb of happening, which may go on with an arranging (للقاء الذي جرى
    ترتيبه: still ahead)."""
    past = an.g["PAST_OWNED_VERBS"]
    if relative_in_trigger(an, toks, t):
        return toks[t.end - 1].text in past
    tok = _relative_verb(an, toks, t, 2)
    return tok is not None and tok.text in past


def _held_relative(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """اللقاء الثلاثي الذي جمع X وY: a meeting noun whose relative clause, within two words of it, tells it as
    held (HELD_RELATIVE_VERBS)."""
    tok = _relative_verb(an, toks, t, 2)
    return tok is not None and not tok.words.isdisjoint(an.g["HELD_RELATIVE_VERBS"])


def _joined_to_future(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """سأزور كوريا الشمالية وألتقي الزعيم: a verb joined by a conjunction to a future verb of its clause
    shares its future."""
    toks = info.tokens
    if t.cls not in VERB_CLASSES or t.plen == 0 or toks[t.start].text[0] not in an.g["CONJ_PROCLITICS"]:
        return False
    for o in info.triggers:
        if o.future and o.cls in VERB_CLASSES and o.end <= t.start <= o.end + FUTURE_JOIN_REACH:
            return not any(toks[k].text in an.g["CLAUSE_STOPS"] for k in range(o.end, t.start))
    return False


def _calendar_side(an: Analysis, m: timex.TimeMention) -> int:
    """-1, 0 or 1: whether a calendar date (a day of a month, or a month alone), read as the nearest such
    date, falls before, within or after the document's day (or month); 0 when there is no document date
    or no calendar date."""
    doc_date = an.doc_date()
    if doc_date is None or m.kind != "date" or m.point is None or m.point.month is None:
        return 0
    return timex.calendar_side(timex.resolve(m, doc_date).value, doc_date)
