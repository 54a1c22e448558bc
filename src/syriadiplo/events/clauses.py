"""Clause windows: where a trigger's clause starts and ends, and what opens, cuts or continues a clause."""
from __future__ import annotations

from typing import Final

from syriadiplo.events.analysis import (
    CAT_CITY,
    FUTURE_VERB_MIN,
    NOUN_CLASSES,
    OPENING_QUOTES,
    PARTY_KINDS,
    VERB_CLASSES,
    Analysis,
    Mention,
    SentInfo,
    Trigger,
    break_between,
    comma_between,
    epithet_start,
    joined,
    token_words,
)
from syriadiplo.recognize.holders import Title, joined_title, title_of
from syriadiplo.text.lexicon import Token, is_definite
from syriadiplo.text.phrases import phrase_at

MAX_QUOTED_NAME: Final = 9  # words in quotes up to this many are a name, not quoted speech
SIDELINES_AT: Final = 3  # tokens from a clause's start to the word of a gathering's sidelines that opens it (وعلى هامش)
FRAME_REACH: Final = 3  # tokens from a visit noun to the meeting it frames, or to the comma that closes its part
# (خلال زيارته لقطر لقاء: one; ، في إطار زيارة عمل إلى قطر، الاثنين، لقاء: three, to the comma after قطر)
WHILE_REACH: Final = 3  # tokens after «في وقت» to the word that ties its clause to the time (تجري فيه)
WITH_REACH: Final = 6  # tokens from a meeting noun to the مع that names its counterpart (محادثات أجراها في موسكو مع)
ATTEND_WITH_REACH: Final = 2  # tokens from a meeting noun after لحضور to its مع (لحضور اجتماع مشترك مع)
WITH_AFTER_TIME: Final = 1  # words between a meeting noun after قبل/بعد and its مع (قبل الاجتماع المشترك مع)
PREDICATE_REACH: Final = 3  # tokens after the party of reported talks within which what is said of them stands (كانت مثمرة)
SPEAKER_REACH: Final = 8  # tokens from a report verb to its complementizer: its subject and a time (اعلن X امس ان)
NEGATION_REACH: Final = 2  # tokens before a trigger where a verb of refusal denies it (ورفض زيارة، والغى لقاءه)
SIDE_KINDS: Final = ("person", "delegation")  # the mentions a relative clause's verb may have for its subject


def apart(an: Analysis, info: SentInfo, t: Trigger, others: list[Trigger]) -> bool:
    """Whether each of the others is a verb with a comma or a clause stop between it and trigger t (a noun
    after a comma is most often the frame of t: بحث X، الجمعة، في مكالمة هاتفية مع Y)."""
    toks = info.tokens
    for o in others:
        if o.cls != "verb":
            return False
        a, b = (t.end, o.start) if t.start < o.start else (o.end, t.start)
        if not break_between(an, toks, a, b):
            return False
    return True


def continues(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """A weak trigger that goes on with the sentence's event: بحث معه (a pronoun for the other side) or
    لبحث (its purpose)."""
    toks = info.tokens
    if t.plen > 0 and toks[t.start].text[t.plen - 1] in an.g["PURPOSE_PROCLITIC"]:
        return True
    return t.end < len(toks) and toks[t.end].text in an.g["TOPIC_SKIP"]


def _relative_antecedent(an: Analysis, info: SentInfo, t: Trigger, lo: int) -> int:
    """Where the parties of an anaphoric noun (possessed or definite) with a counterpart of its own after مع start when
    a relative pronoun stands before it in its window (استقبل X الوزراء الذين يزورون قطر لحضور اجتماعهم المشترك مع Y): at
    the party the pronoun refers to, right before it (`before_comma`) and within the window, not at the main
    clause's subject; else lo."""
    toks = info.tokens
    if not with_after(an, toks, t):
        return lo
    k = next((k for k in range(t.start - 1, lo, -1) if toks[k].text in an.g["RELATIVE_PRONOUNS"]), None)
    head = _relative_head(an, info, k, lo, PARTY_KINDS) if k is not None else None
    return lo if head is None else head.start


def _relative_head(an: Analysis, info: SentInfo, k: int, lo: int, kinds: tuple[str, ...]) -> Mention | None:
    """The mention of one of `kinds` right before the relative pronoun at token k (`before_comma`), from token lo on."""
    end = before_comma(an, info.tokens, k)
    return next((m for m in info.mentions if m.end == end and m.start >= lo and m.kind in kinds), None)


def relative_on_side(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether verb trigger t comes right after a relative pronoun whose head, right before it (`before_comma`), is a
    person or a delegation (برئاسة Y، التي استقبلت أمس Z): the relative clause tells that side's own event (not
    مؤتمر باريس الذي التقى خلاله X Y: a gathering's)."""
    k = t.start - 1
    if t.cls != "verb" or k < 0 or info.tokens[k].text not in an.g["RELATIVE_PRONOUNS"]:
        return False
    return _relative_head(an, info, k, 0, ("person", "delegation")) is not None


def _relative_verb_head(an: Analysis, info: SentInfo, t: Trigger, lo: int) -> int:
    """Where the parties of a verb right after a relative pronoun start when the pronoun's head is a person or a
    delegation right before it (`before_comma`) within the window, told in the clause of another trigger before it
    (يجتمع X مع نظيره Y الذي يزور قطر لإجراء محادثات مع Z): at that head, the relative clause's subject, not at the
    main clause's, whose event is that other trigger's; else lo (اتفق X مع نظيره Y الذي يزور مصر: the visit is the
    one event told, and X its host)."""
    toks = info.tokens
    if t.cls not in VERB_CLASSES or t.start < 1 or toks[t.start - 1].text not in an.g["RELATIVE_PRONOUNS"]:
        return lo
    head = _relative_head(an, info, t.start - 1, lo, SIDE_KINDS)
    if head is None or not any(o.end <= head.start and not break_between(an, toks, o.end, head.start) for o in info.triggers):
        return lo
    return head.start


def before_comma(an: Analysis, toks: list[Token], k: int) -> int:
    """Token k, or the comma right before it when one stands there: where what precedes k ends (the head of a relative
    pronoun: وزراء خارجية دول المجلس، الذين يزورون قطر; the clause before a frame: التقى X Y، في إطار زيارته)."""
    return k - 1 if k > 0 and toks[k - 1].text in an.g["COMMAS"] else k


def owner_right_after(info: SentInfo, t: Trigger) -> bool:
    """Whether a person named by his name alone stands right after noun trigger t, its genitive: لقاءات الجبير (not
    a titled one nor a counterpart, who may be the one met: لدى استقبال نائب الرئيس X له، للقاء نظيره X)."""
    return any(m.kind == "person" and m.name and not m.role and not m.counterpart and m.start == t.end for m in info.mentions)


def own_event(an: Analysis, info: SentInfo, a: int, t: Trigger) -> bool:
    """Whether noun trigger t, after a verb trigger that ends at token a, tells an event of its own: it has
    a light verb of its own in a new clause (وسوف يجري لافروف محادثات), or it is followed by a relative
    pronoun or a word of separation (محادثاته التي سيجريها، اجتماع منفصل، لقاء آخر), or a relative pronoun stands
    between the verb and it and a counterpart of its own follows it after مع (استقبل X الوزراء الذين يزورون قطر
    لحضور اجتماعهم المشترك مع Y)."""
    toks = info.tokens
    and_words, light = an.g["AND"], an.g["LIGHT_VERBS"]
    comma = False
    for k in range(a, t.start):
        tok = toks[k]
        comma = comma or tok.text in an.g["COMMAS"]
        if not tok.words.isdisjoint(light) and (comma or (tok.text[:1] in and_words and len(tok.forms) > 1)):
            return True  # ، وسوف يجري / ويعقد: a light verb that opens a clause of its own
    after = range(t.end, min(len(toks), t.end + 2))
    if any(not toks[k].words.isdisjoint(an.g["NEW_EVENT_AFTER"]) for k in after):
        return True
    return with_after(an, toks, t) and any(toks[k].text in an.g["RELATIVE_PRONOUNS"] for k in range(a, t.start))


def framing_visit(an: Analysis, info: SentInfo, t: Trigger, nxt: Trigger | None) -> bool:
    """Whether noun trigger t is a visit told as the time of the meeting right after it (after a word of `framed_at`:
    سيعقد X خلال زيارته لقطر لقاء مع Y، عقد X، في إطار زيارة عمل إلى قطر، لقاء مع Y), FRAME_REACH tokens at most
    from it to the meeting or to the comma that closes its part (`_frame_end`), in the same clause: a frame of that
    meeting, not an event of its own. Not when the event after it is told as during it (يلتقي خلالها) or is a visit
    itself: then the visit is an event."""
    toks = info.tokens
    if nxt is None or t.cls not in NOUN_CLASSES or not visit_framed(an, toks, t):
        return False
    if not toks[nxt.start].words.isdisjoint(an.g["VISIT_WORDS"]):
        return False  # (a visit before another visit, one he is invited to, is an event of its own)
    end = _frame_end(an, info, t, nxt)
    if end - t.end > FRAME_REACH or cut_between(an, info, t.end, end):
        return False  # (only the visit's place between them: خلال زيارته لقطر لقاء)
    return not any(not toks[k].words.isdisjoint(an.g["DURING_IT"]) for k in range(nxt.start, min(len(toks), nxt.end + 1)))


def framed_at(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether the word before token k makes the noun there the frame of what is told in it: "during" (DURING: خلال
    زيارته) or a word of VISIT_FRAMES (في زيارة، وفي إطار زيارته، ضمن زيارة), with its proclitics or without."""
    return frame_start(an, toks, k) < k


def fronted_frame(an: Analysis, info: SentInfo, visit: Trigger, t: Trigger) -> bool:
    """Whether the visit noun `visit` frames the clause of trigger t from before it: its words of `framed_at` open the
    sentence (وفي إطار زيارته إلى قطر عقد X لقاء مع Y) or follow a comma and the first comma after the visit closes its
    part (، وفي إطار زيارته إلى قطر، عقد X لقاء مع Y), with no other trigger between it and t."""
    toks = info.tokens
    if not visit_framed(an, toks, visit):
        return False
    k = frame_start(an, toks, visit.start)
    if k > 0 and (toks[k - 1].text not in an.g["COMMAS"] or not comma_between(an, toks, visit.end, t.start)):
        return False
    return not any(visit.end <= o.start < t.start for o in info.triggers if o is not t)


def visit_framed(an: Analysis, toks: list[Token], visit: Trigger) -> bool:
    """Whether trigger `visit` is a visit noun (VISIT_WORDS) after a word of `framed_at`."""
    return not toks[visit.start].words.isdisjoint(an.g["VISIT_WORDS"]) and framed_at(an, toks, visit.start)


def frame_start(an: Analysis, toks: list[Token], k: int) -> int:
    """The first of the words of DURING or VISIT_FRAMES right before token k (وفي إطار زيارته: وفي), or k."""
    while k > 0 and not toks[k - 1].words.isdisjoint(an.g["FRAME_WORDS"]):
        k -= 1
    return k


def _frame_end(an: Analysis, info: SentInfo, t: Trigger, nxt: Trigger) -> int:
    """Where the visit noun t's part ends before the trigger nxt it frames: at the comma that closes it, with a
    time between them set off by commas (، في زيارة عمل إلى قطر، الاثنين، لقاء); nxt.start when no comma does."""
    toks = info.tokens
    k = nxt.start
    while k > t.end and (toks[k - 1].text in an.g["COMMAS"] or k - 1 in info.time_tok):
        k -= 1
    return k if k < nxt.start and toks[k].text in an.g["COMMAS"] else nxt.start


def party_between(info: SentInfo, a: int, b: int) -> bool:
    return any(mm.kind in PARTY_KINDS and a <= mm.start < b for mm in info.mentions)


def visited_between(an: Analysis, info: SentInfo, prev: Trigger, t: Trigger) -> bool:
    """Whether the only party between a verb of visiting and the verb t coordinated after it is the state it visits,
    its object right after it, and the parties right after t, joined by و, are of that state, its hosts, objects of
    t (زار المغرب، والتقى رئيس الحكومة المغربي ووزير الخارجية: t goes on with the visit; not زار بوتين مصر، وزار
    السيسي روسيا, nor ثم يزور تايلاند، وتجتمع آسيان, nor زار الجزائر، واستقبل الرئيس الجزائري وزير الخارجية
    الإسباني, where the host is the subject of a meeting of his own)."""
    toks = info.tokens
    if toks[prev.start].words.isdisjoint(an.g["VISIT_WORDS"]) or not toks[t.start].words.isdisjoint(an.g["VISIT_WORDS"]):
        return False
    between = [mm for mm in info.mentions if mm.kind in PARTY_KINDS and prev.end <= mm.start < t.start]
    if len(between) != 1 or between[0].kind != "state" or between[0].start != prev.end:
        return False
    run = joined_run(an, info, t.end)
    return bool(run) and all(mm.country == between[0].country for mm in run) and not _subject_first(an, info, run)


def next_word(an: Analysis, info: SentInfo, k: int) -> int:
    """The first token from k on that is no word of time and no honorific (التقى امس الشيخ X: X's)."""
    toks = info.tokens
    while k < len(toks) and (k in info.time_tok or not toks[k].words.isdisjoint(an.g["HONORIFICS"])):
        k += 1
    return k


def joined_run(an: Analysis, info: SentInfo, k: int) -> list[Mention]:
    """The parties from token k on (words of time and honorifics aside), each after the one before joined by و
    (الرئيس X ووزير الخارجية Y); [] when no party starts there."""
    at = {mm.start: mm for mm in info.mentions if mm.kind in PARTY_KINDS}
    run: list[Mention] = []
    k = next_word(an, info, k)
    while k in at and (not run or joined_title(at[k], info.tokens)):
        run.append(at[k])
        k = next_word(an, info, at[k].end)
    return run


def subject_after_verb(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether the party right after verb t is its subject: another party follows it not joined by و (التقى الرئيس X
    وزير الخارجية Y), or مع does (اجتمع X مع Y)."""
    return _subject_first(an, info, joined_run(an, info, t.end))


def _subject_first(an: Analysis, info: SentInfo, run: list[Mention]) -> bool:
    """`subject_after_verb` for the run of joined parties right after the verb."""
    if not run:
        return False
    k = next_word(an, info, run[0].end)
    return k < len(info.tokens) and (info.tokens[k].text in an.g["WITH"] or any(
        mm.kind in PARTY_KINDS and mm.start == k and not joined_title(mm, info.tokens) for mm in info.mentions))


def temporal_before(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether a preposition of time (TEMPORAL_PREPS) stands right before trigger t, or before a light verb's noun
    right before it (LIGHT_VERBAL_NOUNS: قبل اجراء المحادثات)."""
    toks = info.tokens
    k = t.start - 1
    if k > 0 and toks[k].text in an.g["LIGHT_VERBAL_NOUNS"]:
        k -= 1
    return k >= 0 and bool(token_words(toks[k]) & an.g["TEMPORAL_PREPS"])


def complementizer_at(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether token k is a complementizer (أن، بأن، وأن: وإن X يمكن أن ... opens a clause of its own after the event's)
    and no word of a person's name (بان of بان كي مون)."""
    return _complementizer(an, info.tokens[k]) and not _in_name(info, k)


def _in_name(info: SentInfo, k: int) -> bool:
    """Whether token k is a word of a person mention's span."""
    return any(m.kind == "person" and m.start <= k < m.end for m in info.mentions)


def cut_between(an: Analysis, info: SentInfo, a: int, b: int) -> bool:
    for k in range(a, b):
        tok = info.tokens[k]
        if tok.text in an.g["CLAUSE_STOPS"] or tok.text in an.g["CLAUSE_BREAKERS"] or complementizer_at(an, info, k):
            return True
    return False


def refused_before(an: Analysis, info: SentInfo, a: int, t: Trigger) -> bool:
    """Whether trigger t, told after another trigger ending at token a, is refused, denied or put off right before it
    (REFUSAL_CUES within NEGATION_REACH tokens: زار X بلدا ورفض زيارة عاصمته; a particle, NEGATION_PARTICLES, only
    right before it: not زيارة لم يعلن عنها، فالتقى X, nor لم يكتف بلقاء X): an event of its own, denied, not merged
    into the one before."""
    toks = info.tokens
    if any(not token_words(tok).isdisjoint(an.g["REFUSAL_CUES"]) for tok in toks[max(a, t.start - NEGATION_REACH):t.start]):
        return True
    return t.start > a and not token_words(toks[t.start - 1]).isdisjoint(an.g["NEGATION_PARTICLES"])


def _window(an: Analysis, info: SentInfo, t: Trigger, prev_end: int, next_start: int) -> tuple[int, int]:
    toks = info.tokens
    lo = prev_end
    opening = _dated_opening(an, info, t)
    for k in range(t.start - 1, prev_end - 1, -1):
        tok = toks[k]
        if (tok.text in an.g["COMMAS"] and k + 1 <= t.start and (prev_end > 0 or _comma_clause_subject(an, info, k + 1, t))
                and _opens_clause(an, info, k + 1)):
            # يلتقي X ...، وسوف يجري Y محادثات: after an earlier event, a new clause opens its own window; so does a
            # verb with its own subject before the trigger (وهدد X ...، وعقد Y اجتماعا مع Z)
            lo = k + 1
            break
        if tok.text in OPENING_QUOTES and _short_quote(toks, k):
            continue  # وقائد “قوات سوريا الديمقراطية”: a quoted name, not quoted speech
        if tok.text in an.g["WINDOW_OPENERS"] or _complementizer(an, tok) or _also_with_subject(an, info, k, t):
            lo = k + 1
            break
        if (n := _while_at(an, toks, k)) and k + n <= t.start:
            lo = k + n
            break
        if k == opening:
            # (... دعم بلاده لليابان وفي الخامس من مايو 2010 التقى X بY: و and a date open the verb's own clause)
            lo = k
            break
    hi = _light_clause(an, info, t, next_start)
    breakers, markers = an.g["CLAUSE_BREAKERS"], an.g["TOPIC_OR_AIM_MARKERS"]
    reports_or_breakers = an.g["REPORT_OR_BREAKER"]
    quoted = -1  # the closing mark of a quoted name the window runs through (بزعيم تحالف "ازرق ابيض"، X)
    # خلال لقائه مع Y قال X، وفي اتصال هاتفي مع Y قال X: the speaker of a sentence the event is the setting of took part
    # (all the words before it in its window fronted prepositions: not يشارك X في اجتماع مع Y يقول ...)
    setting = fronted_only(an, toks, lo, t.start)
    for k in range(t.end, hi):
        tok = toks[k]
        if k <= quoted:
            continue
        if tok.text in OPENING_QUOTES and _short_quote(toks, k):
            quoted = _quoted_title_end(an, info, k)
            continue
        long_quote = tok.text in OPENING_QUOTES
        if (tok.text in an.g["CLAUSE_STOPS"] or long_quote or complementizer_at(an, info, k)
                or (tok.text in breakers and not _side_chaired(an, info, k) and not _attendance_told(an, toks, k))
                or (k > t.end and (not token_words(tok).isdisjoint(markers) or _purpose_after_sides(an, info, t, k)
                                   or _consequence_at(an, info, lo, k)
                                   or (not setting and _speaker_inserted(an, info, t, k))))):
            hi = k
            break
        if tok.text in an.g["COMMAS"] and k + 1 < len(toks) and (((not token_words(toks[k + 1]).isdisjoint(reports_or_breakers)
                                                                   or _demonstrative_opens(an, toks, k + 1))
                                                                  and not _additive_before_party(an, info, k + 1)
                                                                  and not _name_starts(an, info, k + 1)
                                                                  and not _side_chaired(an, info, k + 1)
                                                                  and not _attendance_told(an, toks, k + 1))
                                                                 or _joined_future_verb(an, toks[k + 1].text)
                                                                 or toks[k + 1].text in an.g["CIRCUMSTANTIAL_PARTICIPLES"]):
            hi = k  # ...، وقال X; ...، وسيحاول X; ...، محاولا ...: a clause of its own
            break
    return lo, hi


def _consequence_at(an: Analysis, info: SentInfo, lo: int, k: int) -> bool:
    """Whether a noun of consequence and a relative pronoun open a clause of their own at token k, with no comma
    before them, once two sides were told before it (... مع طهران الامر الذي انتهى بما قرره X: CONSEQUENCE_NOUNS; not
    بحث X الأمر الذي يشغل المنطقة مع Y, the verb's object)."""
    toks = info.tokens
    return (toks[k].text in an.g["CONSEQUENCE_NOUNS"] and k + 1 < len(toks)
            and toks[k + 1].text in an.g["RELATIVE_PRONOUNS"] and _sides_before(an, info, lo, k) >= 2)


def _sides_before(an: Analysis, info: SentInfo, lo: int, k: int) -> int:
    """How many states or bodies the persons, delegations, states and bodies told from token lo to k stand for (a
    subject and his own attendee are one side)."""
    kinds = ("person", "delegation", "state", "org")
    return len({an.mention_state(m) or m.org or m.name_norm or str(m.start) for m in info.mentions
                if lo <= m.start < k and m.kind in kinds})


def _attendance_told(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether token k is a clause breaker that a word of attendance follows (ATTEND: اجتماع اللجنة ...، وذلك بحضور
    وزير X ووزير Y): who attended is told of the same event, its sides, not in a clause of its own."""
    return toks[k].text in an.g["CLAUSE_BREAKERS"] and k + 1 < len(toks) and toks[k + 1].text in an.g["ATTEND"]


def _name_starts(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether a person's name starts at token k, a verb of CLAUSE_VERBS by its letters (، وعزت X: the given name)."""
    return not token_words(info.tokens[k]).isdisjoint(an.g["CLAUSE_VERBS"]) and any(
        m.start == k and m.kind == "person" and m.name for m in info.mentions)


def _side_chaired(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether a verb of chairing a side and a side of a state follow the clause breaker at token k, the state named
    before or a side chaired before (عقد الجانبان البرازيلي والياباني ...، فيما تراس الجانب الياباني رئيس الوزراء Y):
    the other side of the talks told before it, not a clause of its own (فيما تراس الجانب الصيني اجتماعا آخر)."""
    toks = info.tokens
    if k + 2 >= len(toks) or toks[k + 1].words.isdisjoint(an.g["SIDE_CHAIRS"]) or toks[k + 2].words.isdisjoint(an.g["SIDE_NOUNS"]):
        return False
    side = next((m.country for m in info.mentions if m.start == k + 2 and m.kind == "state"), None)
    chaired = any(not toks[j].words.isdisjoint(an.g["SIDE_CHAIRS"]) for j in range(k))  # تراس الجانب X ...، فيما تراس
    return side is not None and (chaired or any(m.country == side and m.end <= k for m in info.mentions))


def _speaker_inserted(an: Analysis, info: SentInfo, t: Trigger, k: int) -> bool:
    """Whether token k is a speech verb (INSERTED_SPEECH_VERBS) with its speaker, a party mention, right after it,
    and a side named between trigger t and the verb: يعقد X محادثات مع Y يقول دبلوماسيون المان انها ...، وحول
    زيارة وفد X قال Y: who reports the event, or answers about it, is no side of it. (After a meeting noun whose sides
    are named with it, arguments._speaks_of_it reads a speaker after any speech verb the same way.)"""
    if token_words(info.tokens[k]).isdisjoint(an.g["INSERTED_SPEECH_VERBS"]):
        return False
    named = any(t.end <= m.start < k and m.kind in PARTY_KINDS and not m.from_nisba for m in info.mentions)
    return named and any(m.start == k + 1 and m.kind in PARTY_KINDS for m in info.mentions)


def _additive_before_party(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether token k is an additive adverb (ADDITIVE_ADVERBS: وكذلك) between two party mentions, the one before it
    ending at the comma before it or at a relative clause that runs to it: one more side of the list (التقى X الرئيس
    Y، وكذلك وزير الخارجية Z), not a clause of its own, nor a second subject of a verb whose object ends at the comma
    (أدان X ... الهجوم، وكذلك Z)."""
    if info.tokens[k].text not in an.g["ADDITIVE_ADVERBS"] or not any(
            m.kind in PARTY_KINDS and m.start == k + 1 for m in info.mentions):
        return False
    last = max((m.end for m in info.mentions if m.kind in PARTY_KINDS and m.end <= k - 1), default=-1)
    # (the one before may end in a relative clause of its own: الأمين العام للحزب الذي يترأسه X، وكذلك Y)
    return last == k - 1 or (0 <= last < k - 1 and info.tokens[last].text in an.g["RELATIVE_PRONOUNS"])


def _while_at(an: Analysis, toks: list[Token], k: int) -> int:
    """The length of a phrase of "at a time when" (WHILE_PHRASES: في وقت تجري فيه) at token k, else 0: only with a
    word that ties a clause to the time (WHILE_MARKS) in it or at most WHILE_REACH tokens after it (not في وقت
    سابق، في وقت متقدم من مساء أمس, a time of the clause itself)."""
    n = phrase_at(toks, k, "WHILE_PHRASES")
    if not n:
        return 0
    return n if any(toks[j].text in an.g["WHILE_MARKS"] for j in range(k + 1, min(len(toks), k + n + WHILE_REACH))) else 0


def _purpose_after_sides(an: Analysis, info: SentInfo, t: Trigger, k: int) -> bool:
    """محادثات مع الرئيس X من أجل رسم الطريق أمام اليونان: a purpose phrase (PURPOSE_PHRASES) at token k, after the
    trigger's other side (one party after a noun, two after a verb, whose first is its subject), with no relative
    pronoun between the last side and it: what follows is what the talks are for. Not before it (اجتمع X في جنيف من
    أجل التوصل إلى اتفاق مع Y: Y is the other side)."""
    if token_words(info.tokens[k]).isdisjoint(an.g["PURPOSE_HEADS"]) or not phrase_at(info.tokens, k, "PURPOSE_PHRASES"):
        return False
    last = max((m.end for m in info.mentions if m.kind in PARTY_KINDS and t.end <= m.start and m.end <= k), default=t.end)
    if any(info.tokens[j].text in an.g["RELATIVE_PRONOUNS"] for j in range(last, k)):
        return False  # (X الذي وصل للمشاركة في القمة، وY: the purpose of a relative clause, a side after it)
    after = sum(1 for m in info.mentions if m.kind in PARTY_KINDS and t.end <= m.start < k)
    return after >= (2 if t.cls in VERB_CLASSES else 1)


def _also_with_subject(an: Analysis, info: SentInfo, k: int, t: Trigger) -> bool:
    """Whether token k is كما, فيما or بينما (SUBJECT_OPENERS) opening a clause whose verb has its own subject right after it, before
    the trigger (...، كما تلقى خادم الحرمين الشريفين اتصالا من X), or the trigger itself, a verb with its subject after
    it (...، فيما يجتمع المبعوث X اليوم مع Y): the people named before it are no sides of it (with no subject of its
    own, كما التقى Y, the subject before it is the verb's)."""
    if info.tokens[k].text not in an.g["SUBJECT_OPENERS"]:
        return False
    if k + 1 == t.start:
        return t.cls in VERB_CLASSES and subject_after_verb(an, info, t)
    if k + 2 > t.start:
        return False
    # (خادم الحرمين الشريفين الملك سلمان: a style before the mention, `epithet_start`)
    return any(m.kind == "person" and m.start < t.start and (m.start == k + 2 or epithet_start(info, m) == k + 2)
               for m in info.mentions)


def _light_verb_before(an: Analysis, info: SentInfo, lo: int, k: int) -> int:
    """The light verb before token k whose subject stands right after it (قام Y بزيارة) and is not named
    before it (بمناسبة زيارة Y ... فقد قام Y بزيارة: the same visit told twice), lo when none."""
    for j in range(k - 1, lo - 1, -1):
        if not info.tokens[j].words.isdisjoint(an.g["LIGHT_VERB_ONLY"]):
            subj = _subject_after(info, j, k)
            told = subj is not None and any(m.entity == subj.entity and m.start < j for m in info.mentions)
            return j if subj is not None and subj.entity is not None and not told else lo
    return lo


def _subject_after(info: SentInfo, j: int, k: int) -> Mention | None:
    """The named person right after the verb at token j, ending before token k (قام الجبير بزيارة), or None."""
    return next((m for m in info.mentions if m.start == j + 1 and m.end <= k and m.kind == "person" and m.name), None)


def _light_clause(an: Analysis, info: SentInfo, t: Trigger, next_start: int) -> int:
    """عشية زيارة X قام Y بزيارة قطر: where a light verb and its subject open the clause of the next trigger
    (the subject is that event's party, not this one's); next_start when none does."""
    for k in range(t.end + 1, next_start):
        if not info.tokens[k].words.isdisjoint(an.g["LIGHT_VERB_ONLY"]) and _subject_after(info, k, next_start) is not None:
            return k
    return next_start


def governor_words(an: Analysis, toks: list[Token], clause_lo: int) -> frozenset[str]:
    """The words of the three tokens before the أن that opens the trigger's clause (ومن المقرر ان ...)."""
    if clause_lo < 2 or toks[clause_lo - 1].text not in an.g["COMPLEMENTIZERS"]:
        return frozenset()
    return frozenset().union(*[toks[k].words for k in range(max(0, clause_lo - 4), clause_lo - 1)])


def _demonstrative_opens(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether a demonstrative at token k, right after a comma, opens a sentence of its own (هذه الخطوه اثارت ...): not
    one before a word of time, a time set off by commas (، هذا الاسبوع،)."""
    return (not token_words(toks[k]).isdisjoint(an.g["COMMA_DEMONSTRATIVES"])
            and (k + 1 >= len(toks) or toks[k + 1].text not in an.g["DEMONSTRATIVE_TIMES"]))


def _comma_clause_subject(an: Analysis, info: SentInfo, k: int, t: Trigger) -> bool:
    """Whether token k, a word after a comma that is no word of attending (ATTEND: وبحضور X is the event's own line),
    has a person or delegation mention right after it, before trigger t: a verb with its own subject (وعقد Y، وبحث Y).
    A verb's object read so (وابلغ الرئيس X خلال اتصال) loses the clause before it: a known limit."""
    return (k + 1 < t.start and info.tokens[k].words.isdisjoint(an.g["ATTEND"])
            and any(m.start == k + 1 and m.kind in ("person", "delegation") for m in info.mentions))


def _opens_clause(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether token k, right after a comma, opens a clause of its own: a conjunction on a word that is
    neither a relative pronoun (والتي التقى خلالها) nor the start of a mention (، واللبناني X)."""
    tok = info.tokens[k]
    if tok.text in an.g["THEN"] or tok.text in an.g["ALSO_OPENERS"] or tok.text in an.g["CONSEQUENCE_OPENERS"]:
        return True  # ، ثم التقى ...; ، كما عقد اجتماعا منفصلا مع ...; ، مما جعل X يلتقي Y
    if tok.text[:1] not in an.g["AND"] or len(tok.forms) < 2 or not tok.words.isdisjoint(an.g["RELATIVE_PRONOUNS"]):
        return False
    return not any(m.start == k for m in info.mentions)


def _complementizer(an: Analysis, tok: Token) -> bool:
    """أن، بأن، وأن: the token, or its reading without a conjunction (not one without a preposition: لأن)."""
    return tok.text in an.g["COMPLEMENTIZERS"] or (len(tok.forms) > 1 and tok.forms[1][1] in an.g["COMPLEMENTIZERS"]
                                                   and tok.text[:1] in an.g["AND"])


def _quoted_title_end(an: Analysis, info: SentInfo, k: int) -> int:
    """The closing mark of the quoted name opened at token k when a comma and a person's name follow it (a title
    in apposition: بزعيم حزب "X"، فلان), else k: the window ends at the closing mark."""
    toks = info.tokens
    close = next(j for j in range(k + 1, len(toks)) if not toks[j].is_word)
    named = close + 2 < len(toks) and toks[close + 1].text in an.g["COMMAS"] and any(
        m.start == close + 2 and m.kind == "person" for m in info.mentions)
    return close if named else k


def _short_quote(toks: list[Token], k: int) -> bool:
    """A quoted name (“ألكيسي بورودافكين”، “الائتلاف الوطني لقوى الثورة”) rather than quoted speech."""
    for j in range(k + 1, min(len(toks), k + 2 + MAX_QUOTED_NAME)):
        if not toks[j].is_word:
            return toks[j].text in ("\u201d", "\u00bb", '"') and j > k + 1
    return False


def clause_bounds(an: Analysis, info: SentInfo, t: Trigger, prev_end: int, next_start: int) -> tuple[int, int, int] | None:
    """(lo, hi, clause_lo): the tokens whose mentions may be the trigger's parties, and where its clause
    starts for negation and demand cues; None for a process named after its city (محادثات جنيف)."""
    toks = info.tokens
    lo, hi = _window(an, info, t, prev_end, next_start)
    if lo < t.start and _own_subject(an, info, t):
        lo = t.start  # ومارست إسرائيل ضغوطا ...، والتقى أوباما مع X: the clause before the comma is no side's
    lo = _after_sidelines(an, info, t, lo)
    if prev_end > 0:
        lo = _joined_verb_after(an, info, t, lo)
    # على خلفية اعلان الرئيس الروسي ...: who is named in what led to the event is no party of it
    hi = next((k for k in range(t.end, hi) if not toks[k].words.isdisjoint(an.g["BACKGROUND_CUES"])), hi)
    hi = next((k for k in range(t.end + 1, hi) if _arrival_of_another(an, info, lo, k)), hi)
    if t.cls in NOUN_CLASSES and _named_process(an, info, t) and not sidelines_of(an, info, t):
        return None  # (but على هامش قمة شنغهاي: the gathering named after its city is the setting of the event told)
    hi = _when_clause(an, info, t, lo, hi)
    if t.cls in NOUN_CLASSES and t.anaphoric:
        lo = last_joined_clause(an, toks, lo, t.start)  # X رفض ...، وقال بعد لقائه Y: X is the subject, found below
        lo = _relative_antecedent(an, info, t, lo)
    lo = _relative_verb_head(an, info, t, lo)
    clause_lo = lo  # negation and demand cues are read over the whole clause, even for a noun trigger
    if prev_end > 0 and (next_or_last(an, info, t) or (t.cls in NOUN_CLASSES and owner_right_after(info, t))):
        # التقى X الرئيس Y، قبل اجراء محادثات مع Z: who is named before it is the event before's (Y) or the subject,
        # found as a dropped one; اللقاء الثلاثي الذي جمع X بـ Y وZ ستكون على الطاولة في لقاءات الجبير في روسيا: a noun
        # whose owner, named right after it, is its subject
        return t.start, hi, clause_lo
    # the most stripped reading decides: اللقاء is definite (the meeting already told), للقاء is ل + لقاء
    # (to meet: the purpose of the clause's verb, whose subject is a party)
    if t.cls in NOUN_CLASSES and not _possessed(toks, t):
        pre = {f for tok in toks[lo:t.start] for f in token_words(tok)}
        if t.start > 0 and (toks[t.start - 1].words & an.g["PRAISE_VERBS"] or _discussed(an, toks[t.start - 1])):
            pre = set()  # مثمناً زيارة الوزير، ليبحث الزيارة المرتقبة للملك: what is praised or discussed; parties come after it
        purpose = _purpose_before(an, toks, t)
        if not pre & an.g["CALL_CONTEXT_VERBS"] and not purpose and not intended(an, info, t) and not call_setting(an, toks, t):
            # (وصل بهدف لقاء Y، ينوي X زيارة دمشق: the subject is a side)
            lo = max(lo, t.start)
        elif prev_end > 0:  # عشية زيارة X قام Y بزيارة قطر: after another trigger, the light verb with its subject starts the clause
            lo = max(lo, _light_verb_before(an, info, lo, t.start))
        lo = reported_subject(an, info, lo, t)
    if t.cls in NOUN_CLASSES:
        lo = _speaker_setting(an, info, lo, t)
    return lo, hi, clause_lo


def _arrival_of_another(an: Analysis, info: SentInfo, lo: int, k: int) -> bool:
    """التقى X Y، قبل وصول كيري إلى الدوحة: a noun of arrival or leaving (ARRIVAL_NOUNS) with no pronoun of its own, a
    party's mention right after it, once the clause from `lo` has told two sides (`_sides_before`) before it, times
    the event by another's coming; he is no party of it (but التقى X لدى وصول Y: Y, the object, comes with his
    arrival)."""
    tok = info.tokens[k]
    if not any(f in an.g["ARRIVAL_NOUNS"] for _, f in tok.forms):
        return False
    if not any(m.start == k + 1 and m.kind in ("person", "delegation") for m in info.mentions):
        return False
    return _sides_before(an, info, lo, k) >= 2


def _speaker_setting(an: Analysis, info: SentInfo, lo: int, t: Trigger) -> int:
    """اعلن X أن بلاده مستعدة ...، خلال لقاء مع نظيره Y: where the clause of a meeting noun that is the setting of a
    saying starts (`said_during`): at the report verb, so that the speaker is a side; else lo (a clause that does not
    start at the complementizer)."""
    if not _after_during(an, info.tokens, t):
        return lo
    k = verb_complement(an, info, t)
    verb = _said_during_at(an, info, t, k) if k == lo else None
    return verb if verb is not None else lo


def said_during(an: Analysis, info: SentInfo, t: Trigger) -> int | None:
    """The report verb whose saying meeting noun t is the setting of: t right after a word of "during" in a clause
    reported after a complementizer that names no person as its subject, the report verb within SPEAKER_REACH tokens
    before the complementizer (اعلن X امس أن أنقرة ستبدأ ...، خلال لقاء مع نظيره Y); else None. Not a noun with a
    side right after it (خلال لقاء الرئيس X مع Y: its sides are named, لقاء جمعه مع Y is the speaker's), and not
    من خلال (THROUGH_HEADS: by means of talks, which are no setting)."""
    return _said_during_at(an, info, t, verb_complement(an, info, t)) if _after_during(an, info.tokens, t) else None


def _said_during_at(an: Analysis, info: SentInfo, t: Trigger, k: int | None) -> int | None:
    """`said_during` for a noun right after a word of "during", with k where the reported clause holding it starts
    (`verb_complement`)."""
    toks = info.tokens
    if (k is None or (t.start > 1 and toks[t.start - 2].text in an.g["THROUGH_HEADS"])
            or any(m.start == t.end for m in info.mentions if m.kind in ("person", "delegation")) or opens_reported(an, info, k)):
        return None
    return next((v for v in range(k - 2, max(-1, k - 2 - SPEAKER_REACH), -1)
                 if not toks[v].words.isdisjoint(an.g["REPORT_VERBS"])), None)


def verb_complement(an: Analysis, info: SentInfo, t: Trigger) -> int | None:
    """Where the reported clause holding trigger t starts: the token after the last complementizer before t in its
    sentence, not across a clause stop; None when there is none."""
    toks = info.tokens
    for k in range(t.start - 1, 0, -1):
        if toks[k].text in an.g["CLAUSE_STOPS"]:
            return None
        if toks[k].text in an.g["COMPLEMENTIZERS"]:
            return k + 1
    return None


def reported_subject(an: Analysis, info: SentInfo, lo: int, t: Trigger) -> int:
    """ذكر X أن Y شدد خلال اللقاء على ...: a person named right after a complementizer (a comma may stand between) before
    noun trigger t is the subject of the reported clause, and who reports it is no side: its clause starts after the
    complementizer; else lo. Not انه, whose pronoun is the reporter himself (قال X انه بحث خلال لقائه)."""
    k = verb_complement(an, info, t)
    return k if k is not None and lo < k < t.start and opens_reported(an, info, k) else lo


def opens_reported(an: Analysis, info: SentInfo, k: int) -> bool:
    """Whether a clause starting at token k opens right after a complementizer with no pronoun (أن، بأن) and a person
    as its subject, a comma perhaps between (أن الرئيس X، شدد): see `reported_subject`. Not a delegation (أن الوفد
    انتقل ... لإجراء مشاورات), which a back-reference may have named with its members, nor a counterpart (أن نظيره
    Y أبدى خلال لقائهما: the reporter's own counterpart, so the reporter is a side)."""
    toks = info.tokens
    if k < 1 or toks[k - 1].text not in an.g["COMPLEMENTIZERS"] or toks[k - 1].text in an.g["SUBJECT_COMPLEMENTIZERS"]:
        return False
    j = k + 1 if k < len(toks) and toks[k].text in an.g["COMMAS"] else k
    # (not a counterpart: أكد X أن نظيره Y أبدى خلال لقائهما ...: the counterpart is the reporter's, who met him)
    return any(m.start == j and not m.counterpart for m in info.mentions if m.kind == "person")


def _purpose_before(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether a word of purpose stands right before trigger t (PURPOSE_WORDS: بهدف لقاء) or it is what one goes to
    attend (_to_attend: لحضور اجتماع مع Y)."""
    return (t.start > 0 and not toks[t.start - 1].words.isdisjoint(an.g["PURPOSE_WORDS"])) or _to_attend(an, toks, t)


def _to_attend(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether noun trigger t follows "to attend" or "to take part in" (ATTEND_PURPOSE, then في for the second) and
    names its counterpart with مع within ATTEND_WITH_REACH tokens (وصل X الى برازيليا لحضور اجتماع مع Y، للمشاركة في
    محادثات مع Y): what the clause's subject goes for, so it is a side. Not a gathering (للمشاركة في قمة الاتحاد), nor
    after a verb of calling on someone in its clause (DEMAND_CUES: دعا X الحكومة لحضور اجتماع مع Y)."""
    k = t.start - 1
    if k > 0 and toks[k].text in an.g["IN"]:
        k -= 1
    if k < 0 or toks[k].words.isdisjoint(an.g["ATTEND_PURPOSE"]):
        return False
    for j in range(k - 1, -1, -1):  # (in its clause: back to a comma or a clause stop)
        if toks[j].text in an.g["COMMAS"] or toks[j].text in an.g["CLAUSE_STOPS"]:
            break
        if not toks[j].words.isdisjoint(an.g["DEMAND_CUES"]):
            return False  # دعا X الحكومة للمشاركة في محادثات مع Y: who calls on others to attend goes to no talks
    return any(toks[j].text in an.g["WITH"] for j in range(t.end, min(len(toks), t.end + ATTEND_WITH_REACH)))


def call_setting(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether call noun t stands right after "in" written alone (CALL_SETTING_PREPS: أكد X لنظيره Y في اتصال هاتفي):
    the setting of its clause, whose subject is a side, as after خلال. Not a meeting noun: في before one is as often
    the complement of a wish or a share (يرغب في لقاء مع Y، شارك في اجتماع)."""
    return t.type == "phone_call" and t.start > 0 and toks[t.start - 1].text in an.g["CALL_SETTING_PREPS"]


def _joined_verb_after(an: Analysis, info: SentInfo, t: Trigger, lo: int) -> int:
    """اتصل X بـ Y وتلقى اتصالا من Z: after another trigger, a verb joined by و with no subject after it (the light or
    call verb of a noun trigger, or the verb trigger itself) starts its clause: the sides named before it are the
    earlier event's, its subject is dropped (found below); else lo. Not a verb of two or more subjects (التقى X وY
    ... واجتمعا مع Z: every subject before it goes on)."""
    toks = info.tokens
    for k in range(lo, t.start + 1 if t.cls in VERB_CLASSES else t.start):
        tok = toks[k]
        if not joined(an, tok) or tok.text[-1:] in an.g["PLURAL_VERB_ENDINGS"]:
            continue
        verb = k == t.start or (not tok.words.isdisjoint(an.g["LIGHT_OR_CALL_VERBS"]) and tok.words.isdisjoint(an.g["FRONTED_PP"]))
        if verb and party_between(info, lo, k) and not any(m.start == k + 1 and m.kind in PARTY_KINDS for m in info.mentions):
            return k
    return lo


def _discussed(an: Analysis, tok: Token) -> bool:
    """Whether a token is a discuss verb under the proclitic of purpose (ليبحث): the noun after it is its object,
    not its subject (وتناول اللقاء X: the meeting is the subject)."""
    return any(p > 0 and tok.text[p - 1] in an.g["PURPOSE_PROCLITIC"] and f in an.g["DISCUSS_VERBS"] for p, f in tok.forms)


def sidelines_of(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether noun trigger t is the gathering named right after a word of its sidelines (على هامش قمة شنغهاي): the
    setting of the event the sentence tells, not a process named after its city."""
    return t.cls in NOUN_CLASSES and t.start > 0 and not token_words(info.tokens[t.start - 1]).isdisjoint(an.g["GATHERING_FRAMES"])


def setting_of(an: Analysis, info: SentInfo, prev: Trigger, t: Trigger) -> bool:
    """Whether weak noun trigger prev, in a phrase of its own before a comma, is the setting of verb trigger t after
    it (في ختام جولته الخليجية، التقى X Y، بحث X مع Y): the verb tells the event, as after a gathering's sidelines."""
    return (prev.cls == "weaknoun" and t.cls in VERB_CLASSES and prev.end <= t.start
            and break_between(an, info.tokens, prev.end, t.start))


def _after_sidelines(an: Analysis, info: SentInfo, t: Trigger, lo: int) -> int:
    """وعلى هامش اللقاء مع وزراء الخارجية الخليجيين، سيلتقي X نظيره Y: a verb's clause that opens with the
    gathering on whose sidelines it happens (grammar.tsv GATHERING_FRAMES; the gathering's noun may be a
    trigger before the window) starts after the comma closing that phrase; who is named in the gathering is a side of that gathering, not of the meeting on its margin."""
    toks = info.tokens
    if t.cls not in ("verb", "weak"):
        return lo
    frame = next((k for k in range(max(0, lo - SIDELINES_AT), min(lo + SIDELINES_AT, t.start))
                  if not token_words(toks[k]).isdisjoint(an.g["GATHERING_FRAMES"])), None)
    if frame is None:
        return lo
    comma = next((k for k in range(t.start - 1, frame, -1) if toks[k].text in an.g["COMMAS"]), None)
    return lo if comma is None else comma + 1


def _own_subject(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether verb trigger t opens a clause after a comma with a conjunction and names its own subject, its
    counterpart after مع (، والتقى أوباما مع X): no one before the comma is a side (وصل X ...، والتقى Y has
    X for its subject)."""
    toks = info.tokens
    if t.cls not in ("verb", "weak") or t.start == 0 or toks[t.start - 1].text not in an.g["COMMAS"]:
        return False
    if toks[t.start].text[:1] not in an.g["AND"] or len(toks[t.start].forms) < 2:
        return False
    subj = next((m for m in info.mentions if m.start == t.end and m.kind in ("person", "delegation")), None)
    return subj is not None and subj.end < len(toks) and toks[subj.end].text in an.g["WITH"]


def _when_clause(an: Analysis, info: SentInfo, t: Trigger, lo: int, hi: int) -> int:
    """وتعود القمة الأخيرة بين الدول الثلاث الى نيسان في أنقرة عندما تعهد X ونظيراه Y وZ: a meeting noun whose
    clause names nobody takes its sides from the when-clause that follows it; the window's end, so widened."""
    toks = info.tokens
    if t.cls not in NOUN_CLASSES or hi >= len(toks) or toks[hi].words.isdisjoint(an.g["WHEN_CLAUSE"]):
        return hi
    if any(lo <= m.start < hi and m.kind in ("person", "delegation", "org", "pair") for m in info.mentions):
        return hi
    stops = an.g["CLAUSE_STOPS"] | an.g["COMPLEMENTIZERS"] | an.g["CLAUSE_BREAKERS"]
    return next((k for k in range(hi + 1, len(toks)) if toks[k].text in stops), len(toks))


def _joined_future_verb(an: Analysis, text: str) -> bool:
    """وسيحاول، وسوف: a future verb or particle joined by a conjunction (a new clause after a comma)."""
    if len(text) < 2 or text[0] not in an.g["CONJ_PROCLITICS"]:
        return False
    return text[1:] in an.g["FUTURE_PARTICLES"] or future_verb(an, text[1:], "IMPERFECT_PREFIXES")


def last_joined_clause(an: Analysis, toks: list[Token], lo: int, hi: int) -> int:
    """Where the last clause opened by a joined speech verb or by وذلك starts between lo and hi (رفض
    التدخلات، وقال بعد لقائه ...; دعا روسيا الى ...، وذلك اثناء محادثات: what is rejected or called for
    before it is not the meeting); lo when there is none."""
    for k in range(hi - 1, lo, -1):
        tok = toks[k]
        if tok.text in an.g["THAT_REFERS_JOINED"]:
            return k
        if len(tok.forms) > 1 and tok.text[:1] in an.g["CONJ_PROCLITICS"] and not tok.words.isdisjoint(an.g["REPORT_VERBS"]):
            return k
    return lo


def hangs_on_speech(an: Analysis, info: SentInfo, t: Trigger, lo: int) -> bool:
    """A meeting noun in a phrase of time or place (خلال، في، عقب) whose sentence is a speaker's verb
    (أكد، قال) with the speaker before the noun's clause: أكد X ... خلال لقائه مع Y."""
    toks = info.tokens
    # a press conference (weaknoun) is a speaker's own unless a counterpart is named with him (مؤتمر صحفي مع Y)
    joint = t.cls == "weaknoun" and any(toks[k].text in an.g["WITH"] for k in range(t.end, min(len(toks), t.end + 2)))
    if (t.cls != "noun" and not joint) or t.start == 0 or toks[t.start - 1].words.isdisjoint(an.g["FRONTED_PP"]):
        return False
    if any(toks[k].text in an.g["BETWEEN"] for k in range(t.end, min(len(toks), t.end + 3))):
        return False  # خلال الاجتماع المقبل بين ممثلي ...: the sides are named after بين
    before = frozenset().union(*[toks[k].words for k in range(0, min(lo, len(toks)))]) if lo > 0 else frozenset()
    if lo == 0 and t.start >= 2:
        # (وقال خلال مؤتمر صحفي مع Y: a clause that opens the sentence, خلال being read as its light verb, hangs
        # on the speaker's verb right before the preposition, whose subject it dropped)
        before = toks[t.start - 2].words
    # أعرب X عن أمله في أن يتم خلال الاجتماع ...: a hope about a meeting of others, not the speaker's meeting; but
    # دعا X الى تعاون اكبر خلال مكالمة هاتفية مع Y, with no أن after the verb: the call is where he called for it
    if not before.isdisjoint(an.g["HOPE_CUES"]) and not setting_of_cue(an, info, t):
        return False
    # طلب X من Y أن ...، وذلك خلال اجتماعه معه: a possessed noun (his meeting) belongs to the sentence's subject
    possessed = _possessed(toks, t)
    # دعا X روسيا الى ...، وذلك اثناء محادثات مع Y: "that was during" ties the noun to the clause before
    that_was = t.start >= 2 and toks[t.start - 2].text in an.g["THAT_REFERS_JOINED"] and with_after(an, toks, t)
    return possessed or that_was or not before.isdisjoint(an.g["REPORT_VERBS"]) or not before.isdisjoint(an.g["REPORT_VERBS_PRESENT"])


def reported_talks(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """قال X إن المباحثات مع نظيره Y كانت مثمرة: a definite meeting noun opening a clause reported after a complementizer
    with no pronoun (not انه), مع within WITH_REACH tokens after it, a report verb within SPEAKER_REACH tokens before
    the complementizer and a person between them, the speaker; the one after مع his counterpart (نظيره) or a
    holder of his own office (`_same_office`: وزير الخارجية X ... مع وزير خارجية إيطاليا): the speaker's own talks, his the
    dropped side. Not talks with a state or a body (قال X إن المحادثات مع الحركة مستحيلة: a stance, no meeting) nor
    with one of another office (قال وزير الخارجية إن المحادثات مع الرئيس Y: his president's talks, told before), nor
    talks of which a future verb or "not yet" is said (ستكون مفيدة، لم تعقد بعد: none held); not a noun of its own
    owner (مباحثاته: `arguments._owner_missing`)."""
    toks = info.tokens
    if t.cls != "noun" or not t.anaphoric or _possessed(toks, t) or not with_after(an, toks, t):
        return False
    k = verb_complement(an, info, t)
    if k != t.start or toks[k - 1].text in an.g["SUBJECT_COMPLEMENTIZERS"]:
        return False
    report = an.g["REPORT_VERBS"] | an.g["REPORT_VERBS_PRESENT"]
    verb = next((v for v in range(k - 2, max(-1, k - 2 - SPEAKER_REACH), -1) if not toks[v].words.isdisjoint(report)), None)
    speaker = next((m for m in info.mentions if verb is not None and m.kind == "person" and verb < m.start and m.end < k), None)
    with_at = next(j for j in range(t.end, len(toks)) if toks[j].text in an.g["WITH"])
    other = next((m for m in info.mentions if m.start == with_at + 1), None)
    if speaker is None or other is None or not (other.counterpart or _same_office(an, speaker, other)):
        return False
    said = [tok.text for tok in toks[other.end:other.end + PREDICATE_REACH]]
    not_yet = any(w in an.g["NEGATION_PARTICLES"] for w in said) and any(w in an.g["NOT_YET"] for w in said)
    return not not_yet and not any(w in an.g["FUTURE_PARTICLES"] or future_verb(an, w) for w in said)


def _same_office(an: Analysis, a: Mention, b: Mention) -> bool:
    """Whether persons a and b hold one office, of two states or bodies: the same words of their titles as
    `holders.title_of` reads them (وزير الخارجية and وزير خارجية اليابان alike), a bare name's the title the registry
    knows him by (كيري)."""
    office = _office(an, a)
    return office is not None and office == _office(an, b)


def _office(an: Analysis, m: Mention) -> Title | None:
    """The title of a person mention as `holders.title_of` reads it, or its holder's in the registry; None for no
    person or none known."""
    if m.kind != "person":
        return None
    role = m.role or (an.reg.people[m.entity].role if m.entity is not None else None)
    return title_of(role) if role else None


def future_verb(an: Analysis, text: str, prefixes: str = "IMPERFECT_3RD") -> bool:
    """سيجري، ستكون: a verb of at least FUTURE_VERB_MIN letters with the future proclitic before an imperfect prefix of
    the grammar key `prefixes` (IMPERFECT_3RD, a third person's: not ساهمت، سادتها, whose س is their own; or
    IMPERFECT_PREFIXES, any person's)."""
    return len(text) >= FUTURE_VERB_MIN and text[0] in an.g["FUTURE_PROCLITIC"] and text[1] in an.g[prefixes]


def during_setting(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether noun trigger t stands right after "during" (DURING): the setting of what its clause says, which took
    place, even after a verb of hope or demand (دعا X الى تعاون اكبر خلال مكالمة هاتفية مع Y، خلال لقائه Y). Not a
    definite back-reference (دعا X، خلال اللقاء، الحكومة الى حوار مع Z: the meeting told before, not one with Z)."""
    return _after_during(an, toks, t) and (not t.anaphoric or _possessed(toks, t))


def _after_during(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether noun trigger t stands right after "during" (DURING: خلال لقائه، أثناء زيارته)."""
    return t.cls in NOUN_CLASSES and t.start > 0 and not toks[t.start - 1].words.isdisjoint(an.g["DURING"])


def setting_of_cue(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether a cue of hope or demand before trigger t leaves t the setting it was said in (`during_setting`, or a
    meeting held before it, `_after_held`: دعا X بعد محادثات مع Y الى ...): no أن
    between the last such cue and t (أعربا عن أملهما بأن يتم خلال الاجتماع: the meeting is what is hoped for) and, but
    for a call or a meeting of the subject's own after a demand, no الى either (أعرب عن أمله في التوصل الى حل خلال
    لقائه مع Y، دعا الى بحث الأزمة خلال قمة مع Y: the meeting is ahead, in what is hoped or asked for; دعا X الى تعاون
    اكبر خلال مكالمة هاتفية مع Y، دعا X الى حل سياسي خلال محادثاته مع Y: held)."""
    toks = info.tokens
    if not (during_setting(an, toks, t) or _after_held(an, toks, t)):
        return False
    cues = an.g["HOPE_OR_DEMAND_CUES"]
    cue = next((k for k in range(t.start - 1, -1, -1) if not toks[k].words.isdisjoint(cues)), None)
    between = range(cue + 1, t.start) if cue is not None else range(0)
    if any(complementizer_at(an, info, k) for k in between):
        return False
    own = cue is not None and not toks[cue].words.isdisjoint(an.g["DEMAND_CUES"]) and _possessed(toks, t)
    return t.type == "phone_call" or own or not any(toks[k].text in an.g["DESTINATION"] for k in between)


def demanded_from(an: Analysis, info: SentInfo, t: Trigger) -> int | None:
    """The position of the demand cue that noun trigger t is the setting of (`setting_of_cue`): the states and bodies
    between it and t are what is asked of, not sides (يدعو فنزويلا وتشيلي الى الحوار عقب لقائه Y), but for the demand's
    own subject (arguments._demand_subject); None when t is no such setting."""
    toks = info.tokens
    cue = next((k for k in range(t.start - 1, -1, -1) if not toks[k].words.isdisjoint(an.g["DEMAND_CUES"])), None)
    return cue if cue is not None and setting_of_cue(an, info, t) else None


def _after_held(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether noun trigger t stands right after "after" (AFTER_PREPS), the subject's own meeting (عقب لقائه، بعد
    محادثاته) or an indefinite one with its counterpart after مع (بعد محادثات مع Y): held before what its clause
    says, so its setting (دعا X الى الحوار عقب لقائه Y، دعا X بعد محادثات مع Y الى ...)."""
    if t.cls not in NOUN_CLASSES or t.start == 0 or toks[t.start - 1].words.isdisjoint(an.g["AFTER_PREPS"]):
        return False
    return _possessed(toks, t) or (not t.anaphoric and with_after(an, toks, t))


def _possessed(toks: list[Token], t: Trigger) -> bool:
    """Whether noun trigger t carries a possessive pronoun (لقائه، محادثاته), the subject's own meeting."""
    return t.anaphoric and not is_definite(toks[t.start].forms[-1][1])


def next_or_last(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether noun trigger t follows a preposition of time (`temporal_before`) with مع within WITH_AFTER_TIME words
    after it (قبل اجراء محادثات مع Y): the subject's next or last event."""
    toks = info.tokens
    return (t.cls in NOUN_CLASSES and temporal_before(an, info, t)
            and any(toks[k].text in an.g["WITH"] for k in range(t.end, min(len(toks), t.end + WITH_AFTER_TIME + 1))))


def fronted_only(an: Analysis, toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b-1, one at least, are all words of a fronted phrase (FRONTED_PP: وخلال، وفي، على هامش)."""
    return b > a and all(toks[k].is_word and not toks[k].words.isdisjoint(an.g["FRONTED_PP"]) for k in range(a, b))


def with_after(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """A counterpart introduced by مع shortly after the noun, in its clause (محادثات أجراها في موسكو مع Y)."""
    for k in range(t.end, min(len(toks), t.end + WITH_REACH)):
        if toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["CLAUSE_STOPS"]:
            return False
        if toks[k].text in an.g["WITH"]:
            return True
    return False


def purpose(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """A meeting noun in a purpose phrase: للقاء، or a light-verb noun with the purpose proclitic before it
    (لاجراء محادثات، لعقد اجتماع)."""
    if t.cls not in NOUN_CLASSES:
        return False
    lam = an.g["PURPOSE_PROCLITIC"]
    if t.plen > 0 and toks[t.start].text[t.plen - 1] in lam:
        return True
    if _purpose_before(an, toks, t):
        return True  # بهدف لقاء، بغرض إجراء، لحضور اجتماع مع
    prev = toks[t.start - 1] if t.start > 0 else None
    return prev is not None and any(p > 0 and prev.text[p - 1] in lam and f in an.g["PURPOSE_LIGHT_NOUNS"] for p, f in prev.forms)


def _held_by_light_verb(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether a light verb (LIGHT_VERBS, not a preposition of FRONTED_PP: وعقب زيارة أنقرة) stands right before noun
    trigger t or before its subject (قام الوزير بزيارة دمشق)."""
    k = _governing_verb(an, info, t)
    return k >= 0 and not info.tokens[k].words.isdisjoint(an.g["LIGHT_VERB_ONLY"])


def _governing_verb(an: Analysis, info: SentInfo, t: Trigger) -> int:
    """The token right before noun trigger t, or before the party mention that ends right before it (its subject:
    يعتزم الوزير زيارة، قام الوزير بزيارة); -1 at the sentence start."""
    subject = next((m for m in info.mentions if m.end == t.start and m.kind in PARTY_KINDS), None)
    return (t.start if subject is None else subject.start) - 1


def intended(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """Whether noun trigger t is what a verb of intent holds (INTENT_VERBS: ينوي الوزير زيارة دمشق، تخطط الوزيرة لزيارة
    الرياض): the verb right before it or before its subject, and no «whoever» before the verb (WHOEVER: لمن ينوي
    زيارة مصر), nor a relative pronoun after anyone but a party (حذر الوزير الطلاب الذين ينوون زيارة البلد: the
    students intend it; الوزير X الذي يعتزم زيارة البلد: X does)."""
    toks = info.tokens
    k = _governing_verb(an, info, t)
    if t.cls not in NOUN_CLASSES or k < 0 or toks[k].words.isdisjoint(an.g["INTENT_VERBS"]):
        return False
    if k > 0 and toks[k - 1].text in an.g["RELATIVE_PRONOUNS"]:
        return any(m.end == k - 1 and m.kind in PARTY_KINDS and not m.from_nisba for m in info.mentions)
    return k == 0 or toks[k - 1].text not in an.g["WHOEVER"]


def _named_process(an: Analysis, info: SentInfo, t: Trigger) -> bool:
    """محادثات جنيف، مسار أستانة: a process named after its city, with no sides after it (بين، مع). Not a bare visit noun
    (PLACE_VISIT_NOUNS) that a light verb or a verb of intent holds: the city after it is where it goes (قام الوزير
    بزيارة دمشق، تخطط الوزيرة لزيارة الرياض; not دعاه لزيارة الرياض, nor وعقب زيارة أنقرة)."""
    toks = info.tokens
    if t.end >= len(toks):
        return False
    tok = toks[t.start]
    if tok.text[t.plen:] in an.g["PLACE_VISIT_NOUNS"] and (intended(an, info, t) or _held_by_light_verb(an, info, t)):
        return False
    m = info.index.first(t.end, CAT_CITY)
    if not m or m.plen:
        return False
    after = {toks[k].text for k in range(m.end, min(len(toks), m.end + 3))}
    return not after & an.g["BETWEEN_OR_WITH"] and not _gathers_sides(an, toks, t.start, m.end)


def _gathers_sides(an: Analysis, toks: list[Token], start: int, end: int) -> bool:
    """Whether a verb that gathers sides (GATHERING_VERBS: INCLUDING, HELD_RELATIVE_VERBS) has the meeting named after
    its city (tokens start..end) as its subject:
    before it (ضم اجتماع الدوحة X مع Y) or in a relative clause right after it (اجتماع الدوحة الذي ضم X مع Y): a
    meeting whose sides the verb names, no process."""
    verbs = an.g["GATHERING_VERBS"]
    k = end + 1 if end < len(toks) and toks[end].text in an.g["RELATIVE_PRONOUNS"] else end
    return (start > 0 and toks[start - 1].text in verbs) or (k > end and k < len(toks) and toks[k].text in verbs)


def that_came(an: Analysis, toks: list[Token]) -> bool:
    words = [t.text for t in toks[:3] if t.is_word]
    for phrase in an.g["THAT_CAME"]:
        p = phrase.split()
        if words[: len(p)] == p:
            return True
    return False


def clause_start(an: Analysis, info: SentInfo, k: int) -> int:
    """The first token of the clause that ends before token k (after a colon, semicolon or clause breaker)."""
    toks = info.tokens
    for j in range(k - 1, -1, -1):
        if toks[j].text in an.g["CLAUSE_STOPS"] or toks[j].text in an.g["CLAUSE_BREAKERS"]:
            return j + 1
    return 0


def visitor_start(toks: list[Token], t: Trigger) -> int:
    """The token where a visit noun's visitor stands: right after the noun (زيارة الوزير X لمصر), or after a relative
    clause of its light verb (VISIT_RELATIVES: الزيارة التي قام بها الوزير X لمصر)."""
    return t.end + phrase_at(toks, t.end, "VISIT_RELATIVES") if t.end < len(toks) else t.end


def _dated_opening(an: Analysis, info: SentInfo, t: Trigger) -> int | None:
    """The token of و with a fronted preposition (FRONTED_PP: وفي) that opens a date right before verb trigger t
    (وفي الخامس من مايو 2010 التقى X): the verb's clause starts there, whatever the sentence told before it."""
    toks = info.tokens
    if t.cls not in VERB_CLASSES or t.plen > 0:
        return None
    k = t.start - 1
    while k >= 0 and k in info.time_tok:
        k -= 1
    if k < 0 or k == t.start - 1:
        return None
    tok = toks[k]
    joined = tok.text[:1] in an.g["AND"] and any(p > 0 and f in an.g["FRONTED_PP"] for p, f in tok.forms)
    return k if joined else None


def after_adjective(an: Analysis, toks: list[Token], k: int) -> int:
    """The token after a visit adjective at token k (بزيارة مفاجئة لبغداد: VISIT_ADJECTIVES), else k."""
    return k + 1 if k < len(toks) and toks[k].text in an.g["VISIT_ADJECTIVES"] else k


def after_duration(an: Analysis, toks: list[Token], k: int) -> int:
    """The token after how long a visit lasts when it is told at token k or after one adjective (زيارة تستمر أربعة
    أيام إلى كينيا، زيارة رسمية لمدة يومين لموسكو: DURATION_HEADS, at most two words, DURATION_UNITS); else k."""
    at = after_adjective(an, toks, k)
    if at >= len(toks) or toks[at].text not in an.g["DURATION_HEADS"]:
        return k
    unit = next((j for j in range(at + 1, min(len(toks), at + 4)) if toks[j].text in an.g["DURATION_UNITS"]), None)
    return k if unit is None else unit + 1
