"""The topic of an event and its labels: what follows a topic marker, a follow-up sentence, keywords."""
from __future__ import annotations

import re
from typing import Final

from syriadiplo.events import clauses
from syriadiplo.events.analysis import (
    CAT_CITY_COUNTRY_METONYM,
    CAT_TITLE,
    CAT_TRIGGER,
    OPENING_QUOTES,
    SIDE_KINDS,
    WEAK_CLASSES,
    Analysis,
    Cluster,
    EventMention,
    SentInfo,
    Trigger,
    epithet_start,
    mention_tokens,
    token_words,
)
from syriadiplo.language import resource
from syriadiplo.recognize.ner import Mention
from syriadiplo.resources import grammar
from syriadiplo.text.lexicon import MatchIndex, Token, is_definite, lexicon, tokenize
from syriadiplo.text.normalize import normalize_text
from syriadiplo.text.phrases import phrase_at, phrase_heads, phrases
from syriadiplo.text.wordscan import SubstringSet

FOREMOST_REACH: Final = 4  # tokens from a general topic to what comes foremost in it (، تأتي في مقدمتها)
MAX_TOPIC_TOKENS: Final = 22
QUOTE_REACH: Final = 60  # tokens before a topic phrase in which a plain quote left open means the phrase is quoted
REVIEW_REACH: Final = 2 * MAX_TOPIC_TOKENS  # tokens from a review (استعرضا) to the discuss verb joined to it
ASIDE_REACH: Final = 12  # tokens of a relative clause set off by commas (، الذي حضره رئيس الأركان العامة الفريق X،)
GATHERING_NAMES: Final = frozenset({"ORG", "CITY", "COUNTRY"})  # what names a gathering (قمة شنغهاي، قمة مجلس التعاون)
GATHERING_ADJECTIVES: Final = frozenset({"NISBA", "ORGADJ"})  # what qualifies it (القمة العربية، الاجتماع الأممي)
MAX_SIDE_GAP: Final = 8  # tokens between two sides of a discuss verb at most (a title in apposition: X، أمين المجلس ...، مع Y)
CONTINUATION_SENTENCES: Final = 4
FRONTED_REACH: Final = 5  # tokens from a verb of taking up (سيحتل حيزا أساسيا من) to the event word it governs
DOC_TOPIC_MIN_HITS: Final = 3  # keyword hits that make a label one of the article's main topics
DOC_TOPICS: Final = 2  # how many main topics an article has at most
_CLOSING_QUOTE: Final = {"\u201c": "\u201d", "\u00ab": "\u00bb"}  # the quote marks that pair unambiguously
_PLAIN_QUOTE: Final = "\""  # opens and closes alike: inside a phrase, a quote of its own only where the phrase did not open in one
_CAT_COUNTRY: Final = frozenset({"COUNTRY"})


@resource
def _counterparts() -> frozenset[str]:
    """The counterpart words (نظيره، نظيراه) that join one side to the next."""
    return frozenset(grammar("COUNTERPART")) | frozenset(grammar("DUAL_COUNTERPART"))


@resource
def _pledges() -> frozenset[str]:
    """The verbs of a pledge of one side (TOPIC_PLEDGES)."""
    return frozenset(grammar("TOPIC_PLEDGES"))


@resource
def _topic_cores() -> SubstringSet:
    """Every topic keyword core, to see in one scan which labels a text may hold."""
    return SubstringSet(c for _, _, cores in _topic_patterns() for c in cores)


def _topic_starts(blob: str) -> dict[int, list[int]]:
    """Per topic label (index into _topic_patterns), the word starts of `blob` where its regex can match.

    Every match of a label's regex starts at the start of a word holding one of the label's keyword
    cores (proclitics and the article come before the core, inside that word). So trying the regex
    only at those word starts, left to right and past each match's end, finds what findall finds,
    without scanning the whole text once per label.
    """
    by_core = _topic_core_labels()
    starts: dict[int, set[int]] = {}
    for c, core in _topic_cores().occurrences(blob):
        w = c
        while w > 0 and (blob[w - 1].isalnum() or blob[w - 1] == "_"):
            w -= 1
        for k in by_core[core]:
            starts.setdefault(k, set()).add(w)
    return {k: sorted(ws) for k, ws in starts.items()}


def _topic_counts(blob: str) -> dict[str, int]:
    """How many keywords of each topic label `blob` holds: `len(rx.findall(blob))` per label regex."""
    patterns = _topic_patterns()
    counts: dict[str, int] = {}
    for k, ws in sorted(_topic_starts(blob).items()):
        label, rx, _ = patterns[k]
        n, last = 0, 0
        for w in ws:
            if w >= last:
                m = rx.match(blob, w)
                if m:
                    n += 1
                    last = m.end()
        counts[label] = n
    return counts


def _topic_present(blob: str) -> set[str]:
    """The topic labels whose regex finds a keyword in `blob` (`rx.search(blob)`), tried at word starts."""
    patterns = _topic_patterns()
    out: set[str] = set()
    for k, ws in _topic_starts(blob).items():
        label, rx, _ = patterns[k]
        if any(rx.match(blob, w) for w in ws):
            out.add(label)
    return out


@resource
def _topic_core_labels() -> dict[str, tuple[int, ...]]:
    """Keyword core -> the indices (into _topic_patterns) of the labels it belongs to."""
    out: dict[str, list[int]] = {}
    for k, (_, _, cores) in enumerate(_topic_patterns()):
        for c in cores:
            out.setdefault(c, []).append(k)
    return {c: tuple(ks) for c, ks in out.items()}


@resource
def _topic_patterns():
    """Per topic label: a regex of its keywords at a word start, after proclitics and the article; and
    the keyword cores (without the article) one of which every match contains, to skip the regex."""
    pre = "".join(grammar("CONJ_PROCLITICS") + grammar("PREP_PROCLITICS"))
    d = grammar("DEF_ARTICLE")[0]
    lam = grammar("LAM_DEF")[0]
    out = []
    for label, kws in lexicon().topics:
        alts, cores = [], set()
        for kw in sorted(kws, key=len, reverse=True):
            alts.append(re.escape(kw))
            if kw.startswith(d):
                alts.append(re.escape(lam + kw[len(d):]))
            cores.add(kw[len(d):] if kw.startswith(d) else kw)
        rx = re.compile(rf"(?<![\w])[{pre}]{{0,2}}(?:{re.escape(d)})?(?:{'|'.join(alts)})")
        out.append((label, rx, frozenset(cores)))
    return tuple(out)


def topic_and_context(an: Analysis, si: int, info: SentInfo, t: Trigger, window: tuple[int, int], resolved: list[Mention],
                       typ: str, notes: list[str]) -> tuple[str | None, list[int], tuple[int, int] | None]:
    """(topic, sentences before it that belong to its evidence, the tokens of a topic of its own clause): جاء ذلك
    خلال لقائه ... refers to the sentence before, which then lends its topic."""
    toks = info.tokens
    topic, span = topic_and_span(an, info, t, window[0], window[1], resolved)
    extra_sents: list[int] = []
    refers = t.start >= 2 and toks[t.start - 2].text in an.g["THAT_REFERS"]
    if si > 0 and (clauses.that_came(an, toks) or refers):
        extra_sents.append(si - 1)
        notes.append("grammar:THAT_REFERS" if refers else "grammar:THAT_CAME")
        if topic is None:
            earlier = an.infos[si - 1]
            topic = clause_topic(an, earlier, Trigger(0, 0, typ, "noun", False, False), 0, 0, [])
    return topic, extra_sents, span


def clause_topic(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention], said: bool = False) -> str | None:
    """What was discussed: after a marker, what was praised, the discuss verb's object; with `said`, what a
    side said in the sentence (_said_start)."""
    return topic_and_span(an, info, t, lo, hi, parties, said)[0]


def topic_and_span(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention],
                   said: bool = False) -> tuple[str | None, tuple[int, int] | None]:
    """`clause_topic` and the tokens its phrase spans (None for a topic told before the trigger, `_fronted_topic`)."""
    toks = info.tokens
    n = len(toks)
    first_plen = 0
    start = None if said else _marker_start(an, info, t, lo, hi, parties)
    if start is None and not said and (fronted := _fronted_topic(an, info, t, parties)) is not None:
        return fronted, None
    if start is None and not said:
        start = _praised_start(an, info, t, parties)
        first_plen = 1 if start is not None else 0
    if start is None:
        start = _said_start(an, info, t) if said else _object_start(an, info, t, lo, hi, parties)
        if start is None:
            return None, None
    lead = an.g["TOPIC_SKIP"] | an.g["TOPIC_MARKERS"] | an.g["TOPIC_LEAD_PREPS"]
    while start < n and not first_plen:
        past = start + 1 if toks[start].text in lead else _event_word_end(an, info, start)
        if past == start:
            break
        start = past
    if not first_plen and not said:
        if start < n and toks[start].text in an.g["BETWEEN"] and _past_parties(an, info, start + 1) > start + 1:
            start = _past_parties(an, info, start + 1)  # نقاش بين X و Y حول الوضع: the sides the marker names between
            while start < n and toks[start].text in lead:
                start += 1
        past = _past_parties(an, info, start)  # بحث الاسد ونظيره الاماراتي X، التطورات: what follows the sides
        states = all(m.kind == "state" for m in info.mentions if start <= m.start < past)
        if not (states and (past >= n or _topic_end(an, toks, past) == past)):
            start = past  # but بشأن سوريا. : a state that ends the clause is what was discussed
        while start < n and toks[start].text in an.g["TOPIC_LEAD_PREPS"]:
            start += 1  # وركز الوزيران على ملف ...
    while start < n and toks[start].text in OPENING_QUOTES:
        start += 1  # لمناقشة «الحاجة الى وقف التصعيد»: the topic is what the quote holds
    if start >= n or phrase_at(toks, start, "CEREMONY_OBJECTS"):
        return None, None  # (استعرض الرئيسان حرس الشرف: a ceremony, nothing discussed)
    end = _before_side_with(an, info, start, _topic_end(an, toks, start), parties)
    if start < t.start - 1 < end and _set_in(an, toks, t):
        end = t.start - 1  # بحث الرئيسان الملف السوري خلال لقائهما في سوتشي: the event word's setting closes it
    start, end = _foremost(an, toks, start, end)
    while end - 1 > start and (end - 1 in info.time_tok or toks[end - 1].text in an.g["IN"]):
        end -= 1  # ... الاتفاق الروسي التركي بداية الشهر الجاري: when the event was is no part of what was discussed
    if (end - start < 1 or not toks[start].is_word or token_words(toks[start]) & an.g["SOURCE_CUES"]
            or toks[start].text in an.g["RELATIVE_PRONOUNS"]):  # محادثاته التي سيجريها: the talks, not what they are about
        return None, None
    return info.sent.norm.original_span_text(toks[start].start + first_plen, toks[end - 1].end), (start, end)


def _before_side_with(an: Analysis, info: SentInfo, start: int, end: int, parties: list[Mention]) -> int:
    """Where a topic phrase of tokens start..end stops before a side of its event, a person or a delegation, that
    مع introduces (لمناقشة النزاع في سوريا مع نظيره الروسي X: النزاع في سوريا); end when none stands in it."""
    toks = info.tokens
    if start >= len(toks) or toks[start].text in an.g["HONORIFICS"] or info.index.first(start, CAT_TITLE) is not None:
        return end  # (بحث الدكتور X مع Y السبل ...: a subject the phrase wrongly opens with, not what was discussed)
    sides = {p.start: p for p in parties if p.kind in ("person", "delegation")}
    return next((x for x in range(start + 1, end) if toks[x].text in an.g["WITH"] and x + 1 in sides
                 and (sides[x + 1].counterpart or not _takes_with(an, info, x - 1))), end)


def _takes_with(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether token k is an event word or a noun that takes مع as its own (WITH_NOUNS: نتائج لقائه مع الرئيس X،
    التنسيق مع المبعوث X: the person is inside what was discussed, whether or not the clause made him a side; but a
    counterpart, مع نظيره X, is a side of the event told, and the topic stops before him)."""
    return info.index.first(k, CAT_TRIGGER) is not None or not token_words(info.tokens[k]).isdisjoint(_word_set("WITH_NOUNS"))


def _event_word_end(an: Analysis, info: SentInfo, k: int) -> int:
    """Where the event word at token k ends, with a word of "during" before it (وتناول اللقاء X، وبحث خلال الاتصال X):
    the setting of what was discussed, no part of it; k when there is none. Alone, it is the subject of the discuss
    verb before it (`_subject_of_discussion`); a call named again (CALL_REFERENCES) is one only after "during":
    alone, الاتصال is also "communications"."""
    toks = info.tokens
    j = k + 1 if toks[k].text in an.g["DURING"] else k
    if j >= len(toks):
        return k
    if j > k and toks[j].text in an.g["CALL_REFERENCES"]:
        return j + 1  # خلال الاتصال: the call named again (الاتصال alone is no trigger)
    hit = info.index.first(j, CAT_TRIGGER)
    if hit is None or (j == k and not _subject_of_discussion(an, toks, k)):
        return k  # بحثا المفاوضات الجارية، تناولا الزيارة المقبلة: what was discussed (not after خلال)
    return hit.end


def _subject_of_discussion(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether the definite meeting word at k is the subject of the singular discuss verb right before it (وتناول
    اللقاء X، وتناولت المباحثات X): the meeting that discussed, not what was discussed. Not after a verb of two or
    more (بحثا المفاوضات الجارية: their object), nor a visit or tour word (a visit may be what was discussed), nor an
    indefinite word (وتبادل الخبرات: it heads the topic)."""
    verb = toks[k - 1] if k > 0 else None
    return (verb is not None and not token_words(verb).isdisjoint(an.g["DISCUSS_VERBS"])
            and verb.text[-1:] not in an.g["PLURAL_VERB_ENDINGS"] and is_definite(toks[k].text)
            and token_words(toks[k]).isdisjoint(an.g["VISIT_OR_TOUR"]))


def _marker_start(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention]) -> int | None:
    """The token after the first topic marker after the trigger (بحث، حول، بشأن، تناول ...), or after an
    agreement word and its preposition (اتفقا على)."""
    toks = info.tokens
    n = len(toks)
    inside = {k for p in parties if p.kind in ("person", "delegation") for k in range(p.start, p.end)}
    markers, agreement, pledges = an.g["TOPIC_MARKERS"], an.g["TOPIC_AGREEMENT"], _pledges()
    if any(not token_words(toks[k]).isdisjoint(an.g["DISCUSS_VERBS"]) for k in range(lo, t.start)):
        return None  # بحث X في اتصال مع Y التعاون في مجال ...: the verb's object is the topic, a marker in it is not
    if not token_words(toks[t.start]).isdisjoint(an.g["DISCUSS_VERBS"]) and _object_in_clause(an, info, t, lo, hi, parties):
        return None  # بحث X مع Y A، كما تناولا B: A, the first thing discussed (but ناقش X مع Y في نيروبي، وتناول اللقاء B)
    agreed = _agreed_before(an, toks, lo, t)
    for k in range(t.end, n):
        if k in inside:
            continue  # المبعوث الخاص بشأن القضية السورية: a marker inside a title
        phrase = phrase_at(toks, k)
        if phrase:
            return k + phrase  # before its first word's own reading as a marker (تركز على)
        if toks[k].text in markers or (k >= hi and not token_words(toks[k]).isdisjoint(markers)):
            return _past_review(an, toks, k) + 1
        if not token_words(toks[k]).isdisjoint(pledges) and any(p.start == k + 1 for p in parties):
            return k + 1  # عندما تعهد الرئيس X ونظيراه ... التعاون: what the sides pledged; not تعهد للناخبين
        if toks[k].text in agreement and k + 1 < n and toks[k + 1].text in an.g["AGREEMENT_PREPS"]:
            return k + 2
        if agreed and _agreed_on(an, toks, k):
            return k + 1  # اتفقا في اتصال هاتفي على التنسيق مع X: what was agreed on
        if toks[k].text in (".",):
            break
    return None


def _object_in_clause(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention]) -> bool:
    """Whether discuss verb t has an object of its own (`_object_start`), not a clause of another discuss word after
    a comma (ناقش X مع Y في نيروبي، وتناول اللقاء B)."""
    k = _object_start(an, info, t, lo, hi, parties)
    return k is not None and k < len(info.tokens) and token_words(info.tokens[k]).isdisjoint(an.g["TOPIC_OPENERS"])


def _agreed_before(an: Analysis, toks: list[Token], lo: int, t: Trigger) -> bool:
    """Whether a verb of agreeing (AGREEMENT_VERBS) stands in the clause before trigger t with no preposition of what
    was agreed between them: the trigger is where they agreed (اتفقا في اتصال هاتفي على ...), not what they agreed on
    (اتفقا على تشكيل لجنة تعقد اجتماعها الأول ...)."""
    verb = next((k for k in range(t.start - 1, lo - 1, -1) if not token_words(toks[k]).isdisjoint(an.g["AGREEMENT_VERBS"])), None)
    return verb is not None and all(toks[k].text not in an.g["AGREEMENT_PREPS"] for k in range(verb + 1, t.start))


def _agreed_on(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether token k, after a verb of agreeing and its trigger, is the preposition that opens what was agreed on
    (AGREEMENT_PREPS); not of a compound preposition (COMPOUND_PREP_HEADS: بناء على), of an idiom (ALA_IDIOM_NOUNS: على
    هامش، على رأسه، على صعيد) or of a condition (على أن)."""
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    return (toks[k].text in an.g["AGREEMENT_PREPS"] and nxt != "" and nxt not in an.g["ALA_IDIOM_NOUNS"]
            and nxt not in an.g["COMPLEMENTIZERS"] and (k == 0 or toks[k - 1].text not in an.g["COMPOUND_PREP_HEADS"]))


def _past_review(an: Analysis, toks: list[Token], k: int) -> int:
    """The marker at k, or where it is a review (استعرضا العلاقات ...، وبحثا سبل ...) the discuss verb joined to
    it by و later in the sentence (within REVIEW_REACH tokens): what was discussed is the latter's object."""
    if token_words(toks[k]).isdisjoint(_word_set("TOPIC_REVIEW_MARKERS")):
        return k
    for j in range(k + 1, min(len(toks), k + 1 + REVIEW_REACH)):
        if toks[j].text == ".":
            break
        words = token_words(toks[j])
        joined = toks[j].text[:1] in an.g["CONJ_PROCLITICS"] and toks[j].text[1:] in words
        if joined and not words.isdisjoint(an.g["DISCUSS_VERBS"]) and words.isdisjoint(_word_set("TOPIC_REVIEW_MARKERS")):
            return j
    return k


@resource
def _word_set(key: str) -> frozenset[str]:
    """The entries of grammar list `key` as a set."""
    return frozenset(grammar(key))


def _foremost(an: Analysis, toks: list[Token], start: int, end: int) -> tuple[int, int]:
    """بحثا عددا من القضايا الإقليمية، تأتي في مقدمتها تطورات الشأن السوري: a topic of general words only, then
    what comes foremost among them (TOPIC_FOREMOST) within FOREMOST_REACH tokens: the topic is the latter. So too
    when the phrase ends in general words not joined by و (تتناول المحادثات في برلين مواضيع مختلفة، من بينها X:
    what came before them was no part of what was discussed)."""
    if not _all_general(an, toks[start:end]) and not _general_tail(an, toks, start, end):
        return start, end
    for k in range(end, min(len(toks), end + FOREMOST_REACH)):
        n = phrase_at(toks, k, "TOPIC_FOREMOST")
        if n:
            after = k + n
            return (after, _topic_end(an, toks, after)) if after < len(toks) else (start, end)
    return start, end


def _general_tail(an: Analysis, toks: list[Token], start: int, end: int) -> bool:
    """Whether toks[start:end] ends in two general words or more (مواضيع مختلفة) that no و joins to what is before."""
    k = end
    while k > start and toks[k - 1].is_word and _all_general(an, toks[k - 1:k]):
        k -= 1
    joined = any(tok.text[:1] in an.g["CONJ_PROCLITICS"] and tok.text[1:] in token_words(tok) for tok in toks[k:end])
    return end - k >= 2 and not joined  # العلاقات الثنائية وقضايا مختلفة: a list the general words close


def _all_general(an: Analysis, toks: list[Token]) -> bool:
    """Whether every word of `toks` is a general one (VAGUE_TOPIC_WORDS: عدة قضايا إقليمية)."""
    return all(not token_words(tok).isdisjoint(an.g["VAGUE_TOPIC_WORDS"]) for tok in toks if tok.is_word)


def _said_start(an: Analysis, info: SentInfo, t: Trigger) -> int | None:
    """طلب من X أن تواصل ...، وذلك خلال اجتماعه معه؛ ويؤكدان خلال اجتماعهما على ...: with no marker, what was
    said in the event's sentence (after the verb, its addressee, the event word) is what was discussed; not
    what holds the event itself (أكد المتحدث أن الوزير التقى ...)."""
    toks = info.tokens
    n = len(toks)
    covered = _covered(info)
    skip = (an.g["COMMAS"] | an.g["FROM"] | an.g["OBJECT_PRONOUN_HOSTS"] | an.g["TOPIC_SAID_ADDRESSEES"]
            | an.g["FRONTED_PP"]) - an.g["TOPIC_SAID_OPENERS"]  # أعرب عن: عن opens what was said
    for k in range(n):
        if k in covered or token_words(toks[k]).isdisjoint(an.g["TOPIC_SAID_VERBS"]):
            continue
        j = k + 1
        while j < n and (j in covered or toks[j].text in skip or t.start <= j < t.end or info.index.first(j, CAT_TRIGGER)
                         or (j + 1 in covered and toks[j].is_word and toks[j].text not in an.g["TOPIC_SAID_OPENERS"])):
            j += 1  # دعا المعارض السوري البارز X: a word that describes the speaker, right before a name
        during = j > t.end or any(not token_words(toks[x]).isdisjoint(an.g["DURING"]) for x in range(max(0, t.start - 2), t.start))
        if j + 1 < n and during and toks[j].text in an.g["TOPIC_SAID_OBJECTS"] and not any(
                info.index.first(x, CAT_TRIGGER) for x in range(j + 1, min(n, j + 3))):  # (أهمية هذه الزيارة too)
            # أكد X في اتصال مع Y ضرورة ...، أكد X ضرورة ... خلال لقائه Y: the object itself, with no opener, said during
            # the event (not أكد X في دمشق أهمية ...، حيث التقى: said elsewhere; nor أهمية زيارته: the event itself)
            return j
        if j + 1 >= n or toks[j].text not in an.g["TOPIC_SAID_OPENERS"]:
            continue
        if toks[j].text in an.g["FROM"] and all(toks[x].text not in an.g["FRONTED_PP"] for x in range(max(0, t.start - 2), t.start)):
            continue  # أعرب عن تقديره ...، مثمنا زيارة X: only what was expressed during the event (خلال اتصال) is its topic
        if j + 1 > t.end or _topic_end(an, toks, j + 1) <= t.start:
            return j + 1
    return None


def _fronted_topic(an: Analysis, info: SentInfo, t: Trigger, parties: list[Mention]) -> str | None:
    """وكشف أن الملف السوري سيحتل حيزا أساسيا من محادثاته؛ تصدر ملف الطاقة المحادثات: the subject of a verb of
    taking up (TOPIC_LEADS, right before the event word) is what was discussed, from the clause's start."""
    toks = info.tokens
    v, plen = next(((k, n) for k in range(max(0, t.start - FRONTED_REACH), t.start)
                    if (n := phrase_at(toks, k, "TOPIC_LEADS")) and k + n <= t.start), (-1, 0))
    if v < 0:
        return None
    start = v
    opens = an.g["COMPLEMENTIZERS"] | an.g["TOPIC_STOPS"] | an.g["CLAUSE_BREAKERS"]
    while start > 0 and v - start < MAX_TOPIC_TOKENS and toks[start - 1].text not in opens:
        start -= 1
    start, end = (start, v) if start < v else (v + plen, t.start)  # تصدر ملف الطاقة المحادثات: the subject after it
    if start >= end or any(start < p.end and p.start < end for p in parties) or not toks[start].is_word:
        return None
    return info.sent.norm.original_span_text(toks[start].start, toks[end - 1].end)


def _praised_start(an: Analysis, info: SentInfo, t: Trigger, parties: list[Mention]) -> int | None:
    """أشاد الرئيس ... باستعداد الأسد ...: what was praised is what was talked about (its first token,
    whose preposition the topic leaves out)."""
    toks = info.tokens
    praise = an.g["PRAISE_VERBS"]
    for k in range(0, t.start):
        if not token_words(toks[k]).isdisjoint(praise):
            for j in range(k + 1, t.start):
                if len(toks[j].forms) > 1 and toks[j].text[0] in an.g["IN"] and not any(p.start <= j < p.end for p in parties):
                    return j
            return None
    return None


def _object_start(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention]) -> int | None:
    """With a discuss verb in the clause (بحث X مع Y الأوضاع): the first token after the sides, a time
    right after them, the place and the call words."""
    toks = info.tokens
    n = len(toks)
    verbs = [k for k in range(lo, min(n, hi)) if not token_words(toks[k]).isdisjoint(an.g["DISCUSS_VERBS"])]
    if not verbs:
        return None
    intransitive = all(not token_words(toks[k]).isdisjoint(an.g["DISCUSS_INTRANSITIVE"]) for k in verbs)
    if not intransitive and verbs[0] < t.start - 1 and _set_in(an, toks, t):
        before = _object_before_setting(an, info, verbs[0], t)
        if before is not None:
            return before
        after = _past_during_aside(an, info, t.start - 1)
        if after > t.start - 1:  # ناقش X مع Y، خلال اجتماع ثنائي ...، Z: the object after the setting set off
            return _past_late_side(an, info, after, parties)  # (... - خلال اجتماع ... - مع نظيره Z الأزمة)
        if t.start >= 2 and info.tokens[t.start - 2].text in an.g["DASHES"]:
            return _after_late_side(an, info, t, parties)  # an aside a dash opens and none closes
    last = max(t.end, _past_sidelines(an, info, t.start - 2)) if clauses.sidelines_of(an, info, t) else t.end
    for p in sorted(parties, key=lambda p: p.start):
        if t.end < p.start - 1 < n and toks[p.start - 1].text in an.g["BETWEEN"]:
            continue  # تناول اللقاء العلاقات بين البلدين: inside what was discussed (لقاء بين X و Y: parties)
        gap = toks[last:p.start]
        if len(gap) > MAX_SIDE_GAP or any(tok.text in an.g["TOPIC_STOPS"] - an.g["COMMAS"] or token_words(tok) & an.g["TOPIC_END"] for tok in gap):
            break  # ... العلاقات بين البلدين بما يخدم مصلحة البلدين: a side named after what was discussed began
        if p.kind in ("state", "org") and any(tok.is_word and tok.text not in an.g["SIDE_GLUE"] and last + i not in info.time_tok
                                              for i, tok in enumerate(gap)):
            break  # يبحث مع الرئيس الروسي قضايا غزة وسوريا: a state after a noun is inside what was discussed
        last = max(last, p.end)
    k = last  # past a time right after the sides (بحث X مع Y اليوم الأوضاع), not one after the topic
    if last > t.end:
        k = _past_parties(an, info, k)  # تباحث الرئيسان، الإيراني X والتركي Y، مساء الأحد، ...: the sides the pair names
    while k < n:
        past = max(_past_event_relative(an, info, k), _past_sidelines(an, info, k))
        if past > k:
            k = past
            continue
        if not (toks[k].text in an.g["IN"] or toks[k].text in an.g["OBJECT_PRONOUN_HOSTS"] or toks[k].text in an.g["COMMAS"]
                or k in info.phone_cues or k in info.time_tok or info.index.first(k, CAT_TRIGGER)):
            break
        k += 1
        place = info.index.first(k, CAT_CITY_COUNTRY_METONYM) if k < n and toks[k - 1].text in an.g["IN"] else None
        if place is not None and place.plen == 0:
            k = place.end  # بحث ... في نيويورك الأوضاع: the place is not the topic
    if k < n and (toks[k].text[:1] in an.g["IN"] or toks[k - 1].text in an.g["IN"]):
        k = _past_place_aside(an, info, k, parties)
    k = _past_during_aside(an, info, k)  # ناقش X مع Y، خلال اجتماع ثنائي ...، Z
    # the event word set off by commas between the verb and its object (بحث X و Y، في اتصال هاتفي ...، Z)
    aside = any((e == t.start or info.index.first(e, CAT_TRIGGER)) and toks[e - 1].text in an.g["IN"]
                and toks[e - 2].text in an.g["COMMAS"] for e in range(max(2, verbs[0] + 1), k))
    if aside and not intransitive and k < n and toks[k - 1].text not in an.g["COMMAS"]:
        k = _past_aside(an, toks, k)  # بحث X و Y، في اتصال هاتفي جرى مساء الخميس بمبادرة من ...، الوضع في سوريا
    if aside and k < n and toks[k - 1].text in an.g["COMMAS"]:
        return k  # تباحث الرئيسان، ...، في اتصال هاتفي، تطورات الأوضاع: the object after the event word set off
    if intransitive and (k == 0 or toks[k - 1].text not in an.g["IN"] or info.index.first(k, CAT_TRIGGER)):
        return None  # تباحث X مع Y، في لقاء هدفه ...: no object; its topic would follow في
    return k


def _past_place_aside(an: Analysis, info: SentInfo, k: int, parties: list[Mention]) -> int:
    """Past a place told after في at token k and set off by a comma before the object: one that a noun of place
    opens (بحث X مع Y أول أمس بمقر الأمانة العامة بالقاهرة، تطورات ...), or any that the other side follows, with
    مع (بحث X في قصر الضيافة بمدينة جدة، أمس، مع Y العلاقات); k when none."""
    past = _past_aside(an, info.tokens, k)
    late = _past_late_side(an, info, past, parties)
    if not token_words(info.tokens[k]).isdisjoint(an.g["PLACE_NOUNS"]):
        return late
    passed_side = any(info.tokens[x].text in an.g["WITH"] for x in range(past, late))
    return late if past > k and passed_side else k


def _after_late_side(an: Analysis, info: SentInfo, t: Trigger, parties: list[Mention]) -> int | None:
    """In an aside a dash opens after the sides and none closes (ناقش X - خلال اجتماع عقد في ... مع نظيره Y الأزمة):
    the token after the side that مع brings in within MAX_SIDE_GAP tokens of the event word; None when none stands
    there, since where the object starts is not told."""
    toks, ends = info.tokens, {p.start: p.end for p in parties}
    return next((ends[x + 1] for x in range(t.end, min(len(toks) - 1, t.end + MAX_SIDE_GAP))
                 if toks[x].text in an.g["WITH"] and x + 1 in ends), None)


def _past_late_side(an: Analysis, info: SentInfo, k: int, parties: list[Mention]) -> int:
    """Past what still stands between a place set off by commas and the object: a time, commas, and a side
    introduced by مع (بحث X في قصر ... بمدينة جدة، أمس، مع Y العلاقات: the topic is العلاقات)."""
    toks = info.tokens
    ends = {p.start: p.end for p in parties}
    while k < len(toks):
        if k in info.time_tok or toks[k].text in an.g["COMMAS"]:
            k += 1
        elif toks[k].text in an.g["WITH"] and k + 1 in ends:
            k = ends[k + 1]
        else:
            break
    return k


def _past_event_relative(an: Analysis, info: SentInfo, k: int) -> int:
    """Past the relative clause on the event word right before token k: its verb (OWNED_RELATIVE_VERBS: تلقاه; or
    HELD_RELATIVE_VERBS when a time or an initiative follows: جرى مساء امس), the pronoun after من (FROM_PRONOUNS),
    times, and بمبادرة من X (INITIATIVE_NOUNS): في اتصال هاتفي تلقاه منه مساء امس Z، في اتصال جرى بمبادرة من
    الجانب الامريكي Z: the topic is Z. k when no such clause stands there."""
    toks, n = info.tokens, len(info.tokens)
    if k == 0 or not (k - 1 in info.phone_cues or info.index.first(k - 1, CAT_TRIGGER) is not None):
        return k
    owned = toks[k].text in an.g["OWNED_RELATIVE_VERBS"]
    if not owned and toks[k].words.isdisjoint(an.g["HELD_RELATIVE_VERBS"]):
        return k
    j = k + 1
    if j < n and toks[j].text in an.g["FROM_PRONOUNS"]:
        j += 1
    while j < n and j in info.time_tok:
        j += 1
    if j + 1 < n and toks[j].text in an.g["INITIATIVE_NOUNS"] and toks[j + 1].text in an.g["FROM"]:
        j = next((m.end for m in info.mentions if m.start == j + 2), j)
    return j if owned or j > k + 1 else k



def _set_in(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether the word before event word t sets it in time: خلال، اثناء، ابان (DURING), or في before a call, its
    clause's setting (clauses.call_setting: بحث X مع Y Z في اتصال هاتفي); في before a meeting word may be inside what
    was discussed (تنسيق المواقف في اجتماعات المجموعة)."""
    return t.start > 0 and (toks[t.start - 1].text in an.g["DURING"] or clauses.call_setting(an, toks, t))


def _object_before_setting(an: Analysis, info: SentInfo, verb: int, t: Trigger) -> int | None:
    """The first token of a discuss verb's object told between its sides and the setting of the event word after
    it (بحث X مع Y الملف السوري خلال قمة عقدت في سوتشي: الملف السوري), or None when no side follows the verb or
    nothing stands between them and the setting."""
    toks = info.tokens
    k, start = verb + 1, None
    while k < t.start - 1:
        j = _past_parties(an, info, k)
        if j == k:
            break
        start = k = j
        if k < t.start - 1 and toks[k].text in an.g["WITH"]:
            k += 1  # مع Y: the other side
    if start is None and any(m.end == verb for m in info.mentions if m.kind in SIDE_KINDS):
        start = k = verb + 1  # ان X وY سيبحثان الملف خلال قمة: the sides before the verb
    if start is None or start != k or not any(tok.is_word for tok in toks[start:t.start - 1]):
        return None  # (X مع Y - خلال قمة: a dash, no object, before the setting)
    # (not while a person is still named: بحث X مع Y ومع وزير التجارة Z خلال قمة: the sides go on)
    return None if any(start <= m.start < t.start for m in info.mentions if m.kind in ("person", "delegation")) else start


def _past_sidelines(an: Analysis, info: SentInfo, k: int) -> int:
    """Past the gathering on whose sidelines the event was, when tokens k, k+1 open it (على هامش قمة العشرين،
    على هامش قمة منظمة شنغهاي للتعاون): its noun, the bare nouns of its construct up to the first definite word or
    named body, state or city, and the words joined to them with ل; k when no such phrase starts at k."""
    toks, n = info.tokens, len(info.tokens)
    if k < 0 or k + 2 >= n or token_words(toks[k]).isdisjoint(an.g["FRONTED_PP"]) or token_words(toks[k + 1]).isdisjoint(
            an.g["GATHERING_FRAMES"]):
        return k  # (وعلى هامش: the preposition may carry its و)
    j = k + 2  # the gathering's noun (قمة، اجتماعات): the construct ends at it when it is definite (على هامش القمة)
    closed = is_definite(toks[j].text)
    j += 1
    while not closed and j < n and toks[j].is_word and toks[j].text[:1] not in an.g["OF_PROCLITIC"] and j - k < MAX_SIDE_GAP:
        named = info.index.first(j, GATHERING_NAMES)
        closed = named is not None or is_definite(toks[j].text)
        j = named.end if named is not None else j + 1
    while j < n and j - k < MAX_SIDE_GAP:
        told = info.index.first(j, GATHERING_ADJECTIVES)
        if told is None and toks[j].text in an.g["IN"]:
            told = info.index.first(j + 1, CAT_CITY_COUNTRY_METONYM)
        if told is not None:
            j = told.end  # (القمة العربية في شرم الشيخ: its adjective and its place)
        elif toks[j].text[:1] in an.g["OF_PROCLITIC"] and len(toks[j].forms) > 1:
            j += 1  # (... للتعاون: a word joined with ل to the gathering's name)
        else:
            break
    return j


def _past_aside(an: Analysis, toks: list[Token], k: int, dashed: bool = False) -> int:
    """The token after the comma (or the dash, in an aside `dashed` open) that closes, within MAX_SIDE_GAP tokens, an
    aside on the event word that runs on at token k (في اتصال هاتفي جرى مساء الخميس، ...); k when none closes it first."""
    for j in range(k, min(len(toks), k + MAX_SIDE_GAP)):
        if dashed and toks[j].text in an.g["DASHES"]:
            return j + 1
        if toks[j].text in an.g["TOPIC_STOPS"]:
            return j + 1 if toks[j].text in an.g["COMMAS"] else k
    return k


def _past_during_aside(an: Analysis, info: SentInfo, k: int) -> int:
    """Past an aside that a word of during and an event word open after a comma or a dash at token k (or right
    after it), between a discuss verb's sides and its object, to the comma or dash that closes it (ناقش X مع Y - خلال
    اجتماع ثنائي في مكتبه - مجالات التعاون: مجالات); k when none stands there or none closes it."""
    toks, n = info.tokens, len(info.tokens)
    at = k + 1 if k < n and toks[k].text in an.g["DASHES"] else k
    if not (0 < at < n - 1 and (toks[at - 1].text in an.g["COMMAS"] or toks[at - 1].text in an.g["DASHES"])
            and not token_words(toks[at]).isdisjoint(an.g["DURING"]) and info.index.first(at + 1, CAT_TRIGGER) is not None):
        return k
    past = _past_aside(an, toks, at, dashed=toks[at - 1].text in an.g["DASHES"])
    return past if past > at else k


def _past_parties(an: Analysis, info: SentInfo, start: int) -> int:
    """The first token at or after `start` that is not part of a run of sides (persons, states, bodies, with
    و، نظيره، نظيراه and commas between them) or of a time expression."""
    toks = info.tokens
    ends = _side_spans(info)
    k = start
    moved = False
    while k < len(toks):
        if k in ends:
            k, moved = ends[k], True
        elif moved and (toks[k].text in an.g["COMMAS"] or k in info.time_tok or toks[k].text in an.g["AND"]
                        or not token_words(toks[k]).isdisjoint(_counterparts())):  # بوتين ونظيراه الإيراني روحاني
            k += 1
        else:
            break
    return k if moved else start


def _covered(info: SentInfo) -> set[int]:
    """The tokens no topic starts at: those of the sentence's mentions (with the title before a titled name,
    `_side_spans`) and of its times."""
    covered = {k for start, end in _side_spans(info).items() for k in range(start, end)}
    return covered | mention_tokens(info) | set(info.time_tok)


def _side_spans(info: SentInfo) -> dict[int, int]:
    """Where each side of the sentence starts and ends, a person's with a title right before his titled name that
    the name's mention leaves out (خادم الحرمين الشريفين الملك سلمان: an epithet of the same person)."""
    spans = {m.start: m.end for m in info.mentions if m.kind in SIDE_KINDS}
    for m in info.mentions:
        head = epithet_start(info, m) if m.kind == "person" else None
        if head is not None:
            spans[head] = m.end
    return spans


def record_topic(an: Analysis, c: Cluster, clusters: list[Cluster]) -> str | None:
    """The topic the body first gives the event (a lead sentence states it, later ones go into detail),
    told with both sides, in a sentence of its own before one that tells other events too (بحث X في
    اتصالات مع Y و Z ...، then بحث X في اتصال مع Y: the latter is Y's own); else the headline's, else what
    a side said in its sentences (said_topic), else one from the sentences after it that speak of it. A
    topic that names nothing (عدة قضايا إقليمية) yields to one that does, from any of these."""
    heads, head_at = an.headlines(), an.headline_indices()  # (the headline a JSONL line's title gives too)
    shared = {m.sent_index for d in clusters if d is not c for m in d.mentions}
    body = [m for m in sorted(c.mentions, key=lambda m: (len(m.parties) < 2, m.sent_index in shared, m.sent_index))
            if not m.is_title and m.sent_index not in head_at and an.infos[m.sent_index].sent.norm.text not in heads]
    found: list[str | None] = [m.topic for m in body if m.topic] or _headline_topics(an, c)
    nxt = _next_sentence_topic(an, c, body)
    if found and nxt:
        found.insert(0, nxt)
    told = follow_up(an, c, lambda info: _we_discussed(an, info))
    if told and not _vague(an, told):
        found.insert(0, told)  # وأضاف: «ناقشنا الحاجة إلى وقف العنف»: a side's own words on what the talks were about
    if not found:
        found.append(next((m.said_topic for m in body if m.said_topic), None))
    if not found[0] or _vague(an, found[0]):
        found.append(_follow_up_topic(an, c))
    found += [m.topic for m in c.mentions if m.topic]
    topics = [t for t in found if t]
    return next((t for t in topics if not _vague(an, t)), topics[0] if topics else None)


def _headline_topics(an: Analysis, c: Cluster) -> list[str | None]:
    """The topics the event's headline mentions give (else what a marker or a fronted object tells in its headline),
    when its body sentences give none; first the fuller form the body states later (يبحث ... الملفات الاقليميه, then
    بحث الملفات الاقليميه والدوليه الراهنه in a sentence of the event's): a headline shortens the phrase its article
    writes out."""
    found: list[str | None] = [m.topic for m in c.mentions if m.topic]
    heads = sorted({m.sent_index for m in c.mentions} & an.headline_indices())
    if not found:
        found.extend([got for got in (_told_in(an, an.infos[si]) for si in heads) if got][:1])
    at, fuller = _follow_up_topic_at(an, c) if found else (-1, None)
    if (fuller and _words_of(fuller)[:len(_words_of(found[0]))] == _words_of(found[0]) and fuller != found[0]
            and not _names_others(an, c, at)):
        found.insert(0, fuller)
    return found


def _names_others(an: Analysis, c: Cluster, si: int) -> bool:
    """Whether sentence si names a person by name who is none of the event's parties (وفي سياق منفصل، بحث وزير
    التجارة X مع السفير Y ...: another event's talks, whatever their topic shares with the headline's)."""
    own = {p.start for m in c.mentions if m.sent_index == si for p in m.parties}
    names = {p.name_norm.split()[-1] for m in c.mentions for p in m.parties if p.name_norm}
    # (a title with no name may be a side told again: نقل وزير الخارجية تحيات ...)
    return any(m.kind == "person" and m.start not in own and m.name_norm and m.name_norm.split()[-1] not in names
               for m in an.infos[si].mentions)


def _words_of(phrase: str | None) -> list[str]:
    """The normalized words of a phrase, punctuation left out."""
    return [tok.text for tok in tokenize(normalize_text(phrase or "")) if tok.is_word]


def _next_sentence_topic(an: Analysis, c: Cluster, body: list[EventMention]) -> str | None:
    """التقى X Y في ... . وبحث الجانبان سبل ...، then a topic told sentences later: a lead sentence with no topic
    of its own, and the sentence right after it that speaks of the event states one (not a general one); what
    a later sentence gives is detail."""
    lead = min((m.sent_index for m in body), default=-1)
    told_at = next((m.sent_index for m in body if m.topic), None)
    if lead < 0 or told_at is None or told_at <= lead + 1 or any(m.topic for m in body if m.sent_index == lead):
        return None
    at, got = _follow_up_topic_at(an, c)
    return got if got and at == lead + 1 and not _vague(an, got) else None


def _we_discussed(an: Analysis, info: SentInfo) -> str | None:
    """What follows a discuss verb in the first person (DISCUSS_WE: «ناقشنا الحاجة إلى ...»), past opening quotes."""
    toks = info.tokens
    we = _word_set("DISCUSS_WE")
    if an.sentence_words(info.sent.index).isdisjoint(we):
        return None  # no token to start from (the sentence's words are kept for every check of it)
    for k, tok in enumerate(toks):
        if token_words(tok).isdisjoint(we):
            continue
        j = k + 1
        while j < len(toks) and (toks[j].text in an.g["TOPIC_LEAD_PREPS"] or toks[j].text in an.g["TOPIC_SKIP"]
                                 or toks[j].text in _word_set("TOPIC_TOGETHER")):
            j += 1
        end = _topic_end(an, toks, j)
        if end > j and toks[j].is_word and toks[j].text not in an.g["RELATIVE_PRONOUNS"]:
            return info.sent.norm.original_span_text(toks[j].start, toks[end - 1].end)
    return None


def _vague(an: Analysis, topic: str) -> bool:
    """عدة قضايا إقليمية، القضايا ذات الاهتمام المشترك: every word of the topic is a general one; or the
    topic is a state's name alone (مفاوضات استانا حول سوريا), which a fuller one told of the event beats."""
    toks = [tok for tok in tokenize(normalize_text(topic)) if tok.is_word]
    state = MatchIndex(toks, an.L).first(0, _CAT_COUNTRY) if toks else None
    return (state is not None and state.end == len(toks)) or _all_general(an, toks)


def _topic_end(an: Analysis, toks: list[Token], start: int) -> int:
    """Where a topic phrase starting at `start` stops: punctuation, a quote, a clause breaker or an end word."""
    quoted = _quote_close(toks, start)
    if quoted is not None:
        return quoted  # بحثا "الانتقال السياسي، ومكافحة الإرهاب": a quoted list, commas and all
    end = start
    # "سنبحث كل المواضيع"، الا ...: the quotes before the phrase (within QUOTE_REACH tokens) left one open
    opened_in_quote = sum(tok.text == _PLAIN_QUOTE for tok in toks[max(0, start - QUOTE_REACH):start]) % 2 == 1
    while end < len(toks) and end - start < MAX_TOPIC_TOKENS:
        tok = toks[end]
        close = _CLOSING_QUOTE.get(tok.text) if end > start else None
        if tok.text == _PLAIN_QUOTE and end > start and not opened_in_quote:
            close = _PLAIN_QUOTE  # التوصل إلى "وقف دائم لإطلاق النار" في سوريا: a phrase that did not open inside a quote
        if close is not None:
            shut = next((j for j in range(end + 1, min(len(toks), start + MAX_TOPIC_TOKENS)) if toks[j].text in (close, ".")), None)
            if shut is not None and toks[shut].text == close:
                end = shut + 1  # الإسهام في «استقرار الوضع» في بلاده: a quote inside the phrase is part of it
                continue
        if tok.text in an.g["TOPIC_STOPS"] or _ends_topic(an, toks, end) or tok.text in an.g["CLAUSE_BREAKERS"]:
            including = next((len(ph) for ph in phrases("TOPIC_INCLUDING") if [x.text for x in toks[end:end + len(ph)]] == list(ph)), 0)
            if not including:
                break
            end += including  # عدة قضايا بما في ذلك أمن المنطقة: what follows is the topic's own list
            continue
        end += 1
    return end


def _ends_topic(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether an entry of TOPIC_END, one word or more, starts at token k (بما، الي جانب); not right after a word of
    standing by (STAND_BY_WORDS: الوقوف الي جانب الشعب, an idiom)."""
    return bool(phrase_at(toks, k, "TOPIC_END")) and not (k > 0 and not toks[k - 1].words.isdisjoint(an.g["STAND_BY_WORDS"]))


def _quote_close(toks: list[Token], start: int) -> int | None:
    """Where a phrase right after an opening quote mark stops: at its closing mark, when that comes within
    MAX_TOPIC_TOKENS tokens and before the sentence ends; else None."""
    if start == 0 or start >= len(toks) or toks[start - 1].text not in OPENING_QUOTES:
        return None
    close = _CLOSING_QUOTE.get(toks[start - 1].text, toks[start - 1].text)
    for j in range(start, min(len(toks), start + MAX_TOPIC_TOKENS)):
        if toks[j].text == close:
            return j if j > start else None
        if toks[j].text == "." or toks[j].text in OPENING_QUOTES:
            return None
    return None


def _follow_up_topic(an: Analysis, c: Cluster) -> str | None:
    """The topic from the sentences right after the event that speak of it (وبحث الرئيسان، وفق الكرملين، سبل ...)."""
    return _follow_up_topic_at(an, c)[1]


def _follow_up_topic_at(an: Analysis, c: Cluster) -> tuple[int, str | None]:
    """_follow_up_topic and the index of the sentence it comes from (-1 with none)."""
    return follow_up_at(an, c, lambda info: _told_in(an, info))


def _told_in(an: Analysis, info: SentInfo) -> str | None:
    """The topic a sentence tells after a marker (وبحث الرئيسان ... سبل ...), or before an event word, fronted."""
    sides = [m for m in info.mentions if m.kind in ("person", "delegation")]
    return _topic_after_marker(an, info) or next(
        (got for t in info.triggers if (got := _fronted_topic(an, info, t, sides)) is not None), None)


def follow_up(an: Analysis, c: Cluster, find):
    """The first answer of `find(info)` over the event's first sentence and the ones after it that speak of it."""
    return follow_up_at(an, c, find)[1]


def follow_up_at(an: Analysis, c: Cluster, find):
    """follow_up and the index of the sentence that gave the answer (-1 with none)."""
    names = {p.name_norm.split()[-1] for m in c.mentions for p in m.parties if p.name_norm}
    body = [m.sent_index for m in c.mentions if not m.is_title and m.sent_index not in an.headline_indices()]
    first = min(body) if body else c.mentions[0].sent_index
    own = {m.sent_index for m in c.mentions}  # أجرى X محادثات مع Y (the same talks told again) is no other event
    visit = _visit_told(an, c)
    for si in range(first, min(len(an.infos), max(own) + 1 + CONTINUATION_SENTENCES)):
        info = an.infos[si]
        # وأضاف أن الاتصال جرى بمبادرة ...: the sentence goes on about this event
        # الهدف من هذه الجولة هو بحث ...: a visit or tour named again is the one told
        other = any(t.cls not in WEAK_CLASSES and not t.anaphoric for t in info.triggers)
        # وجرى خلال الاستقبال بحث ...: a weak event word of the same type, in a sentence that tells no other event, is this one
        same = si in own or any((t.anaphoric or (t.cls in WEAK_CLASSES and not other)) and t.type == c.type for t in info.triggers) or (
            c.type == "phone_call" and not an.sentence_words(si).isdisjoint(an.g["CALL_REFERENCES"])) or (
            visit and not an.sentence_words(si).isdisjoint(an.g["VISIT_BACK_REFERENCES"]))
        if si != first and not same and other:
            break
        refers = (same or any(m.kind == "pair" for m in info.mentions) or any(t.anaphoric for t in info.triggers)
                  or not an.sentence_words(si).isdisjoint(names) or not an.sentence_words(si).isdisjoint(_word_set("DISCUSS_WE")))
        if not refers:
            continue
        got = find(info)
        if got:
            return si, got
    return -1, None


def _visit_told(an: Analysis, c: Cluster) -> bool:
    """Whether the event's first body sentence tells a visit or a tour (زار، جولة، زيارة)."""
    first = min(m.sent_index for m in c.mentions)
    return not an.sentence_words(first).isdisjoint(an.g["VISIT_OR_TOUR"])


def _topic_after_marker(an: Analysis, info: SentInfo) -> str | None:
    toks = info.tokens
    n = len(toks)
    covered = _covered(info)
    markers = an.g["TOPIC_OPENERS"]
    words = an.sentence_words(info.sent.index)
    if words.isdisjoint(markers) and words.isdisjoint(phrase_heads("TOPIC_MARKER_PHRASES")):
        return None  # no token opens a topic, alone or as a phrase's first word (phrase_at's default key)
    for k in range(n):
        j = k + (phrase_at(toks, k) or 1)
        if token_words(toks[k]).isdisjoint(markers) and j == k + 1:
            continue
        while j < n:
            tok = toks[j]
            if (tok.text in an.g["COMMAS"] or j in covered or tok.text in an.g["OBJECT_PRONOUN_HOSTS"] or tok.text in an.g["WITH"]
                    or tok.text in an.g["BETWEEN"] or tok.text in an.g["AND"] or tok.text in an.g["TOPIC_LEAD_PREPS"]
                    or tok.text in an.g["TOPIC_SKIP"] or info.index.first(j, CAT_TRIGGER) or tok.text in _word_set("TOPIC_ATTENDEES")
                    or tok.text in an.g["HONORIFIC_PRONOUNS"]):
                j += 1  # (وبحث سموه والوزير X العلاقات: the side his style stands for)
            elif token_words(tok) & an.g["SOURCE_CUES"] or tok.text in an.g["IN"] or token_words(tok) & an.g["LIGHT_VERBS"]:
                j += 1  # وفق الكرملين، / خلال اللقاء
                while j < n and toks[j].text not in an.g["COMMAS"] and j - k < 8 and (j in covered or info.index.first(j, CAT_TRIGGER)):
                    j += 1
            elif (shut := _relative_aside(an, toks, j)) > j:
                j = shut  # بحثا خلال اللقاء، الذي حضره رئيس الأركان، "سبل ...": the clause set off by commas
            else:
                break
        if not token_words(toks[k]).isdisjoint(an.g["DISCUSS_INTRANSITIVE"]) and toks[j - 1].text not in an.g["IN"] | an.g["TOPIC_LEAD_PREPS"]:
            continue  # تباحث X مطولا مع Y: what follows is no topic
        while j < n and toks[j].text in OPENING_QUOTES:
            j += 1  # إن الجانبين بحثا "الوضع في ...": the topic is what the quote holds
        end = _before_side_with(an, info, j, _topic_end(an, toks, j), info.mentions)
        if end > j and toks[j].is_word and not phrase_at(toks, j, "CEREMONY_OBJECTS") and not (token_words(toks[j]) & an.g["SOURCE_CUES"]) and toks[j].text not in an.g["RELATIVE_PRONOUNS"]:
            return info.sent.norm.original_span_text(toks[j].start, toks[end - 1].end)
    return None


def _relative_aside(an: Analysis, toks: list[Token], j: int) -> int:
    """After a comma, a relative clause up to the next comma (، الذي حضره رئيس الأركان،): the token after that
    comma, within ASIDE_REACH tokens; else j."""
    if j == 0 or toks[j - 1].text not in an.g["COMMAS"] or toks[j].text not in an.g["RELATIVE_PRONOUNS"]:
        return j
    shut = next((x for x in range(j + 1, min(len(toks), j + 1 + ASIDE_REACH)) if toks[x].text in an.g["TOPIC_STOPS"]), None)
    return shut + 1 if shut is not None and toks[shut].text in an.g["COMMAS"] else j


def topic_labels(an: Analysis, c: Cluster, topic: str | None, sents: list[int]) -> list[str]:
    texts = [an.infos[si].sent.norm.text for si in sents]
    if topic:
        texts.append(normalize_text(topic))
    # follow-up sentences that still speak of the same parties
    names = {p.name_norm.split()[-1] for m in c.mentions for p in m.parties if p.name_norm}
    last = max(sents)
    for si in range(last + 1, min(len(an.infos), last + 1 + CONTINUATION_SENTENCES)):
        info = an.infos[si]
        if info.triggers and any(t.cls not in WEAK_CLASSES and not t.anaphoric for t in info.triggers):
            break  # a new event (وخلال اللقاء، أكد الجانبان ...: still this one)
        if (not an.sentence_words(si).isdisjoint(names) or any(m.kind == "pair" for m in info.mentions)
                or any(t.anaphoric and t.type == c.type for t in info.triggers)):
            texts.append(info.sent.norm.text)
    own = _topic_present(" " + " ".join(texts) + " ")
    if topic:  # بشأن غزة وسوريا ولبنان: a state named in what was discussed
        words = {w for tok in tokenize(normalize_text(topic)) for w in token_words(tok)}
        own |= {label for label, names in an.L.topic_names if not names.isdisjoint(words)}
    # the article's main topics frame every event it reports
    own |= set(_doc_topics(an))
    return [label for label, _ in an.L.topics if label in own]


def _doc_topics(an: Analysis) -> list[str]:
    if an.doc_topics is None:
        blob = " " + " ".join(i.sent.norm.text for i in an.infos) + " "
        counts = _topic_counts(blob)
        ranked = sorted((c, l) for l, c in counts.items() if c >= DOC_TOPIC_MIN_HITS)
        an.doc_topics = [l for c, l in ranked[-DOC_TOPICS:]]
    return an.doc_topics
