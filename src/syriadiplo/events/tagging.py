"""Step `tag`: tokens, time expressions, entity mentions and trigger words of every sentence."""
from __future__ import annotations

import dataclasses
from typing import Final

from syriadiplo.events.analysis import ATTEND_OPENING, CAT_CITY, CAT_COUNTRY, NOUN_CLASSES, OPENING_QUOTES, Analysis, SentInfo, Trigger
from syriadiplo.recognize.ellipsis import restore_titles
from syriadiplo.recognize.holders import resolve_titles
from syriadiplo.recognize.ner import Mention, SentenceNER
from syriadiplo.text.document import Sentence
from syriadiplo.text.lexicon import MatchIndex, Token
from syriadiplo.time import timex

INTERVIEW_REACH: Final = 3  # tokens from a call noun to the link word before a quoted outlet (اتصال هاتفي أمس مع «...»)
INTERVIEW_CUE_REACH: Final = 6  # tokens from an interview noun to the phone cue of how it was held (المقابلة التي أجرتها معه الصحيفة عبر الهاتف)
EXCHANGE_REACH: Final = 12  # tokens from an exchange verb to the views exchanged (تبادل X، الذي ...، وجهات النظر)
_CAT_TRIGGER_TRIGNEG: Final = frozenset({"TRIGGER", "TRIGNEG"})


def run(an: Analysis) -> None:
    """Step `tag`: fills `an.infos`, one SentInfo per sentence."""
    analyse(an, an.recognizer)


def analyse(an: Analysis, recognizer=None) -> None:
    """Tag every sentence: tokens, times, mentions, triggers.

    Args:
        recognizer: an optional model backend (syriadiplo.recognize.ner_models) whose `entities(texts)` gives, per
            normalized sentence, (start, end, label) spans with label PER, ORG or LOC; they add persons,
            organizations and places where the lexicon rules found nothing.
    """
    model_spans = recognizer.entities([s.norm.text for s in an.doc.sentences]) if recognizer else None
    for k, (s, tokens) in enumerate(zip(an.doc.sentences, an.sentence_tokens())):
        norm = s.norm.text
        times = [m for m in timex.tag(norm)]
        time_tok: dict[int, int] = {}
        for ti, tm in enumerate(times):
            for tok in tokens:
                if tok.start >= tm.start and tok.end <= tm.end:
                    time_tok[tok.i] = ti
        index = MatchIndex(tokens, an.L)
        ner = SentenceNER(tokens, _orig_fn(s, tokens), set(time_tok), index, an.reg.surnames_seen, an.reg.given_seen,
                          an.reg.year_of_text())
        mentions = ner.scan()
        if model_spans is not None:
            mentions = ner.add_model_spans(mentions, model_spans[k])
        mentions = restore_titles(mentions, tokens, an.g["AND"])
        for mm in mentions:
            # (a person named in greetings carried, no party, is still the document's person: his name and title count)
            if mm.kind in ("person", "greeted") and (mm.name_norm or mm.role_head):
                mm.entity = an.reg.link(mm)  # a bare title (وزير الخارجيه السعودي) is the holder named before
        triggers, cues = _triggers(an, tokens, mentions, index)
        an.infos.append(SentInfo(s, tokens, mentions, times, time_tok, triggers, cues, index))
    resolve_titles(an.reg, [(info.mentions, info.tokens) for info in an.infos])  # a title named after it, or by another title
    _cities_by_document(an)


def _cities_by_document(an: Analysis) -> None:
    """A name that is one state's and another state's city (the Jordanian capital spelled as Oman) is read by the
    document: the reading whose state the document names otherwise, by a state, an adjective, a city or a person of it
    (his registry entry's state too: الملك عبدالله الثاني), when it never names the other's (سياسيون أردنيون ... زيارة
    الأمير لعمان: the city; زار الوزير عمان والتقى السلطان قابوس: the state). Both states or neither named otherwise:
    the sentence's reading stands, and so does a state listed beside another (جولة تشمل عمان والكويت). Run after the
    title holders are resolved, whose states it reads."""
    shared = [(si, k, other) for si, info in enumerate(an.infos) for k, m in enumerate(info.mentions) if m.kind in ("state", "city")
              and (other := info.index.first(m.start, CAT_CITY if m.kind == "state" else CAT_COUNTRY)) is not None
              and other.end == m.end and other.entry.data[0] != m.country]
    if not shared:
        return
    spans = {(si, an.infos[si].mentions[k].start) for si, k, _ in shared}
    named = {c for si, info in enumerate(an.infos) for m in info.mentions if (si, m.start) not in spans
             for c in (m.country, an.reg.people[m.entity].country if m.entity is not None else None) if c}
    for si, k, other in shared:
        m = an.infos[si].mentions[k]
        listed = any(o.kind == "state" and (o.start == m.end or o.end == m.start) for o in an.infos[si].mentions)
        if m.kind == "state" and listed:
            continue  # جولة تشمل عمان والكويت وقطر: a state among states
        if other.entry.data[0] in named and m.country not in named:
            an.infos[si].mentions[k] = dataclasses.replace(m, kind="city" if m.kind == "state" else "state", country=other.entry.data[0])


def _orig_fn(s: Sentence, tokens: list[Token]):
    def orig(a: int, b: int, plen: int = 0) -> str:
        # as written, but one space between words: a name wrapped over two lines is still one line
        return " ".join(s.norm.original_span_text(tokens[a].start + plen, tokens[b - 1].end).split())
    return orig


def _triggers(an: Analysis, tokens: list[Token], mentions: list[Mention], index: MatchIndex) -> tuple[list[Trigger], set[int]]:
    blocked: set[int] = set()
    covered = {k for mm in mentions if mm.kind in ("person", "delegation", "org") for k in range(mm.start, mm.end)}
    out: list[Trigger] = []
    cues: set[int] = set()
    i = 0
    while i < len(tokens):
        if not tokens[i].is_word or not tokens[i].starts_entry:
            i += 1  # no lexicon entry starts here (index.first would say None)
            continue
        m = index.first(i, _CAT_TRIGGER_TRIGNEG)
        if m is None:
            i += 1
            continue
        if m.entry.cat == "TRIGNEG":
            blocked.update(range(m.start, m.end))
            i = m.end
            continue
        typ, cls, anaphoric = m.entry.data
        if typ == "phone_cue":
            if not _interview_cue(an, tokens, index, m.start):
                cues.update(range(m.start, m.end))
        elif cls == "attend" and not _opens_attendance(an, tokens, i):
            pass
        elif i not in blocked and i not in covered:
            form = next((f for p, f in tokens[i].forms if p == m.plen), tokens[i].text)
            stripped = tokens[i].text[: m.plen]
            future = bool(stripped) and stripped[-1] in an.g["FUTURE_PROCLITIC"] and not form.startswith(stripped[-1])
            trig = Trigger(m.start, m.end, typ, cls, anaphoric, future, m.plen)
            # (تبادل الأسرى مع: an exchange of anything but views is no talks; في اتصال هاتفي مع «الرياض»: an interview)
            if _views_exchanged(an, tokens, trig, mentions) and not _interview(an, tokens, mentions, trig):
                out.append(trig)
        i = m.end
    return out, cues


def _interview_cue(an: Analysis, tokens: list[Token], index: MatchIndex, k: int) -> bool:
    """Whether the phone cue at k tells how an interview was held: an interview noun (INTERVIEW_NOUNS: مقابلة, and
    حوار definite or possessed: alone it is a dialogue) within INTERVIEW_CUE_REACH tokens before it, no comma, complementizer or event word between
    (المقابلة التي أجرتها معه الصحيفة عبر الهاتف): no call, and no meeting told beside it made one."""
    for j in range(k - 1, max(-1, k - 1 - INTERVIEW_CUE_REACH), -1):
        if (tokens[j].text in an.g["COMMAS"] or tokens[j].text in an.g["CLAUSE_STOPS"]
                or tokens[j].text in an.g["COMPLEMENTIZERS"] or _event_word(index, j)):
            return False  # (في مقابلة مع التلفزيون انه بحث عبر الهاتف مع Y: the call he tells of)
        if not tokens[j].words.isdisjoint(an.g["INTERVIEW_NOUNS"]):
            return True
    return False


def _event_word(index: MatchIndex, j: int) -> bool:
    """Whether a meeting or call word (triggers.tsv, not a phone cue) starts at token j."""
    m = index.first(j, _CAT_TRIGGER_TRIGNEG)
    return m is not None and m.entry.cat == "TRIGGER" and m.entry.data[0] != "phone_cue"


def _interview(an: Analysis, tokens: list[Token], mentions: list[Mention], t: Trigger) -> bool:
    """Whether call noun t is an interview: a quoted name (a newspaper, a channel) right after مع or ل just after it
    (في اتصال هاتفي مع «الشرق الاوسط»، لـ«عكاظ»), or after a verb "made with him" whose subject is no person
    (اجرته معه «الوطن»، اجرته معه وكالة «سبوتنيك»; not اجرته معه المستشارة الالمانية X: she placed a call). No event,
    and no strong trigger that would keep its sentence's weak one (بحث مع) from counting."""
    if t.type != "phone_call" or t.cls not in NOUN_CLASSES:
        return False
    for k in range(t.end, min(len(tokens) - 1, t.end + INTERVIEW_REACH)):
        if (tokens[k].text in an.g["INTERVIEW_VERBS"] and tokens[k + 1].text in an.g["INTERVIEW_WITH"]
                and not any(m.kind == "person" and m.start == k + 2 for m in mentions)):
            return True
        if tokens[k].text in an.g["INTERVIEW_LINKS"] and tokens[k + 1].text in OPENING_QUOTES:
            return True
    return False


def _opens_attendance(an: Analysis, tokens: list[Token], i: int) -> bool:
    """Whether an attend-class trigger at token i counts: within the first ATTEND_OPENING tokens, right after a word
    of attending (حضر الاستقبال: the reception a line of attendees attended) or itself one with the meeting as its
    pronoun (كما حضره من الجانب الامريكي X)."""
    if i > ATTEND_OPENING:
        return False
    return bool((i > 0 and tokens[i - 1].words & an.g["ATTEND"]) or (i < ATTEND_OPENING and tokens[i].words & an.g["ATTEND"]))


def _views_exchanged(an: Analysis, toks: list[Token], t: Trigger, mentions: list[Mention]) -> bool:
    """False for an exchange verb (تبادل) unless views are what it exchanges in its clause (EXCHANGE_REACH tokens
    on), with a side named between the two (تبادل X وجهات النظر) or after مع; else True. (مواصلة تبادل الآراء بين
    الجانبين: exchanges to go on, no one exchange.)"""
    if toks[t.start].words.isdisjoint(an.g["EXCHANGE_VERBS"]):
        return True
    end = min(len(toks), t.end + EXCHANGE_REACH)
    stop = next((k for k in range(t.end, end) if toks[k].text in an.g["CLAUSE_STOPS"]), end)
    views = next((k for k in range(t.end, stop) if not toks[k].words.isdisjoint(an.g["EXCHANGE_OBJECTS"])), None)
    if views is None:
        return False
    named = any(t.end <= m.start < views and m.kind in ("person", "delegation", "pair") for m in mentions)
    return named or any(toks[k].text in an.g["WITH"] for k in range(views, stop))
