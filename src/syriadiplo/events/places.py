"""The place of an event mention and of a record: the clause, the capital phrase, the dateline."""
from __future__ import annotations

import re
from typing import Final

from syriadiplo.events import clauses
from syriadiplo.events.analysis import (
    CAT_CITY,
    CAT_CITY_COUNTRY_METONYM,
    CAT_NISBA,
    CAT_TRIGGER,
    PARTY_KINDS,
    VERB_CLASSES,
    Analysis,
    Cluster,
    EventMention,
    SentInfo,
    Token,
    Trigger,
    comma_between,
    mention_tokens,
    token_words,
)
from syriadiplo.language import resource
from syriadiplo.models import Location, Record, build
from syriadiplo.resources import grammar, spelled
from syriadiplo.text.lexicon import PROVINCE_KIND, SEAT_KIND, Entry, Match, tokenize
from syriadiplo.text.normalize import NormText, normalize_text

MOVER_REACH: Final = 12  # tokens from a verb of arrival to its destination at most (its subject's name and title between)
PLACE_LINE_SENTENCES: Final = 4  # sentences at the top of an article read for a line that places it
PLACE_LINE_TOKENS: Final = 8  # tokens of such a line at most (الدمام: فلان الفلاني الدوحة: «الصحيفة»)
VISITOR_LINKS: Final = 3  # a visitor's name, titles and appositions, joined by commas, read before his destination
WHERE_REACH: Final = 6  # tokens between حيث and the trigger it places at most (حيث من المقرر ان يلتقي)
PLACED_NOUN_REACH: Final = 4  # tokens from a place noun to the nationality adjective that gives its state (بمدينة «عنتيبي» الأوغندية)
GATHERING_CHAIN: Final = 2  # gathering nouns in a row read back from a situation noun (في اجتماع مجلس الأمن في نيويورك)


def where_place(an: Analysis, info: SentInfo, t: Trigger) -> tuple[str, str | None] | None:
    """توجه الى الرياض، حيث من المقرر ان يلتقي: a حيث shortly before a trigger whose clause names no
    place puts the event at the place its clause comes after, the one nearest to it."""
    toks = info.tokens
    for k in range(t.start - 1, max(-1, t.start - 1 - WHERE_REACH), -1):
        if toks[k].text in an.g["WHERE"]:
            return location(an, info, clauses.clause_start(an, info, k), k, t, nearest_to=k)
        if toks[k].text in an.g["CLAUSE_STOPS"]:
            break
    return None


@resource
def _host_subject_verbs() -> frozenset[str]:
    """HOST_SUBJECT_VERBS: a verb of hosting whose subject, right before it, is the place (إسطنبول تستقبل)."""
    return frozenset(grammar("HOST_SUBJECT_VERBS"))


def _capital_phrase(an: Analysis, info: SentInfo, k: int) -> Match | None:
    """العاصمه السوريه with no name after it, as a match of that state's capital (entry data: iso3, kind)."""
    tok = info.tokens[k]
    nouns = an.g["CAPITAL_NOUNS"]
    if tok.words.isdisjoint(nouns):
        return None
    plen = next(p for p, f in tok.forms if f in nouns)
    nis = info.index.first(k + 1, CAT_NISBA) if k + 1 < len(info.tokens) else None
    if nis is None or an.L.capitals.get(nis.entry.data[0]) is None:
        return None
    if nis.end < len(info.tokens) and info.index.first(nis.end, CAT_CITY_COUNTRY_METONYM):
        return None  # العاصمه الاردنيه عمان: the name itself is the place
    return Match(k, nis.end, plen, Entry("CITY", (nis.entry.data[0], "capital")))


def location(an: Analysis, info: SentInfo, lo: int, hi: int, t: Trigger,
              nearest_to: int | None = None) -> tuple[str, str | None] | None:
    """The place of the event whose trigger is t, within tokens lo..hi; the one nearest the trigger
    (or token `nearest_to`), a city before a state, any place of the trigger's own clause before one of a clause
    fronted before it (بعد زيارة إلى لندن، يصل إلى كينيا لإجراء محادثات: in Kenya)."""
    toks = info.tokens
    best = dest = None
    anchor = t.start if nearest_to is None else nearest_to
    visit_words, openers, capital_nouns = an.g["VISIT_WORDS"], an.g["TOPIC_OPENERS"], an.g["CAPITAL_NOUNS"]
    visit_word = any(not toks[k].words.isdisjoint(visit_words) for k in range(t.start, t.end))
    # تناولت آخر التطورات في غزة: a place after a topic opener is inside what was discussed, one after
    # على خلفية inside what led to it (على خلفية العملية العسكرية في عفرين)
    openers = openers | an.g["BACKGROUND_CUES"]
    topic_from = next((j + 1 for j in range(t.end, hi) if not toks[j].words.isdisjoint(openers)), len(toks))
    # (the first verb of moving on after the trigger: a place after إلى beyond it is where the subject goes next)
    move_at = next((j for j in range(t.end, hi) if not toks[j].words.isdisjoint(an.g["MOVE_VERBS"])), len(toks))
    for k in range(lo, min(hi, topic_from)):
        tok = toks[k]
        if not tok.is_word or (not tok.starts_entry and tok.words.isdisjoint(capital_nouns)):
            continue  # most tokens: no lexicon entry starts at them, no capital noun
        capital = None
        m = info.index.first(k, CAT_CITY_COUNTRY_METONYM)
        if m is None and not tok.words.isdisjoint(capital_nouns):
            m = capital = _capital_phrase(an, info, k)
        if not m or (_seat(m) and not _seat_of_host(an, info, m)):
            continue  # (قصر السلام ببغداد, or the host of another state: a palace of that name elsewhere)
        post = any(p.start <= k < p.end for p in info.mentions if p.kind == "person")
        if post and not _post_city(an, info, k, m):
            continue  # (but سفير بيونغ يانغ في دمشق X: the city an envoy is posted to, where he is met)
        if m.entry.cat != "CITY" and any(p.start == k and p.kind == "city" for p in info.mentions):
            m = info.index.first(k, CAT_CITY) or m  # في عمان where the text reads the city (Amman), not Oman
        if m.end < len(toks) and not toks[m.end].words.isdisjoint(an.g["PLACE_IDIOMS"]):
            continue  # مسقط راسه: his birthplace, no place
        prev = toks[k - 1].text if k > 0 else ""
        j = k - 1
        while j > 1 and info.index.first(j, CAT_NISBA) and not toks[j].words & an.g["PLACE_NOUNS"]:
            j -= 1  # في العاصمة الأردنية عمّان: a nationality adjective between the place noun and the city
        if j > 0 and toks[j].words & an.g["PLACE_NOUNS"]:  # في العاصمة أنقرة، بمدينة إسطنبول
            pn = toks[j]
            prev = toks[j - 1].text if pn.forms[-1][0] == 0 else next(iter(an.g["IN_WORD"]))
        via_prep = m.plen > 0 and tok.text[m.plen - 1] in an.g["IN"]
        visit = _visited(an, info, t, k, m, prev, visit_word)
        # وصل X الى الكويت حيث التقى / والتقى: the state a verb of arrival took its subject to before the trigger
        # (الى عمان: a name of a state and a capital is the capital there, as after في)
        moved = prev in an.g["DESTINATION"] and k < t.start and _moved_to(an, toks, lo, j if toks[j].words & an.g["PLACE_NOUNS"] else k)
        m = (info.index.first(k, CAT_CITY) or m) if moved and m.entry.cat != "CITY" else m
        visit = visit or moved
        if not (prev in an.g["IN"] or via_prep or visit or (prev in an.g["DESTINATION"] and m.entry.cat == "CITY")):
            continue
        if prev in an.g["DESTINATION"] and t.end <= move_at < k:
            continue  # سيلتقي نظيره ...، وينتقل غدا إلى الدوحة: where he goes after it, not its place
        if m.entry.cat == "COUNTRY" and not visit and prev not in an.g["IN"]:
            continue
        lead = 1 if (prev in an.g["IN"] or prev in an.g["DESTINATION"]) and not via_prep else 0
        if (_province(m) or (m.entry.cat != "CITY" and not visit)) and not _event_slot_before(an, info, t, k - lead - (k - j if toks[j].words & an.g["PLACE_NOUNS"] else 0)):
            continue  # آخر التطورات في سورية، العمليات في محافظة الأنبار: a country or province after a noun is what was discussed
        # في قصر الشعب بدمشق: the city; قبل انطلاق الرئيس إلى سوتشي، التقى X مع Y في موسكو: a place of a clause
        # fronted before the trigger's comma is the trigger's only when its own clause names none (but سينتقل إلى
        # الدوحة، حيث سيلتقي: the place حيث refers to)
        fronted = k < t.start and any(toks[c].text in an.g["COMMAS"] and not (c + 1 < len(toks) and toks[c + 1].text in an.g["WHERE"])
                                      for c in range(m.end, t.start))
        rank = (int(post), int(fronted), 0 if m.entry.cat == "CITY" else 1, abs(k - anchor))  # (a post's city last)
        if best is None or rank < best[0]:
            best = (rank, k, m, capital is not None)
        if visit and visit_word and (dest is None or rank < dest[0]):
            dest = (rank, k, m, capital is not None)
    if best is None:
        return None
    # قال في مؤتمر صحافي في واشنطن ... خلال زيارته لكينيا: a visit was in the state of its destination
    _, k, m, is_capital = dest if dest is not None and dest[2].entry.data[0] != best[2].entry.data[0] else best
    iso = m.entry.data[0]
    if is_capital:  # the capital as the article writes it elsewhere, else as the city list has it
        return as_written(an, an.L.capitals[iso]) or an.L.capitals[iso], iso
    if _seat(m):  # في قصر السلام: the city the seat stands in
        return as_written(an, m.entry.data[2]) or m.entry.data[2], iso
    return _written(an, info, k, m), iso


def _seat_of_host(an: Analysis, info: SentInfo, m: Match) -> bool:
    """Whether the seat m is where the sentence's event is: no city is written right after it (قصر السلام ببغداد: that
    city), and the first party the sentence names, its host, is of no other state than the seat's (a palace of that
    name stands in more than one capital)."""
    if m.end < len(info.tokens) and info.index.first(m.end, CAT_CITY) is not None:
        return False
    host = next((p for p in info.mentions if p.kind in PARTY_KINDS), None)
    return host is None or an.mention_state(host) in (None, m.entry.data[0])


def _seat(m: Match) -> bool:
    """Whether a place match is a seat of receptions (seats.tsv), whose place is the city it stands in."""
    return _city_kind(m, SEAT_KIND)


def _province(m: Match) -> bool:
    """Whether a place match is a province (cities.tsv kind province), placed as a state is."""
    return _city_kind(m, PROVINCE_KIND)


def _city_kind(m: Match, kind: str) -> bool:
    """Whether a place match is a CITY entry of `kind` (its data's second field)."""
    return m.entry.cat == "CITY" and m.entry.data[1] == kind


def _post_city(an: Analysis, info: SentInfo, k: int, m: Match) -> bool:
    """Whether the city at token k, inside a person's title after في, is the city of his post in the state of another
    person the sentence names, his host (سفير بيونغ يانغ في دمشق X, received by the Syrian president)."""
    if m.entry.cat != "CITY" or m.plen != 0 or k == 0 or info.tokens[k - 1].text not in an.g["IN"]:
        return False
    host = m.entry.data[0]
    return any(p.kind == "person" and not p.start <= k < p.end and host in (
        p.country, an.reg.people[p.entity].country if p.entity is not None else None) for p in info.mentions)


def _visited(an: Analysis, info: SentInfo, t: Trigger, k: int, m: Match, prev: str, visit_word: bool) -> bool:
    """Whether the place m at token k is where trigger t goes or what hosts it: right after the trigger or after
    الى right after it (or after الى anywhere in a visit's clause), after a word of visiting or hosting, after الى
    a word or two past the visit that frames t (`_framing_destination`), the object of a visit verb right after its
    subject, a visit noun's destination with its proclitic, a hosting verb's subject."""
    toks = info.tokens
    # (زيارة تستمر يومين إلى موسكو، زيارة رسمية لمدة يومين لموسكو: how long it lasts stands between)
    start = clauses.after_duration(an, toks, t.end) if visit_word else t.end
    if k > 0 and (k in (t.end, start) or (prev in an.g["DESTINATION"] and (k - 1 == t.end or visit_word))
                  or bool(token_words(toks[k - 1]) & an.g["VISIT_OR_HOST"])):
        return True
    if prev in an.g["DESTINATION"] and _framing_destination(an, info, t, k, prev):
        return True
    # يزور الرئيس الفرنسي ماكرون بيروت: the object of a visit verb, right after its subject
    if t.cls in VERB_CLASSES and visit_word and k > t.end and any(p.end == k for p in info.mentions if p.kind == "person"):
        return True
    # زيارة كيري للقاهرة: a visit noun's visitor, then the place with the proclitic of destination
    if visit_word and m.plen > 0 and toks[k].text[m.plen - 1] in an.g["VISIT_TO_PROCLITIC"] and k in visitor_ends(an, info, t):
        return True
    # إسطنبول تستقبل اجتماعا: the place whose hosting verb is the trigger or comes right before it
    return t.start - 1 <= m.end <= t.start and not token_words(toks[m.end]).isdisjoint(_host_subject_verbs())


FRAME_DESTINATION_GAP: Final = 1  # words between a framing visit noun and the إلى of its destination at most (زيارة عمل إلى)


def _framing_destination(an: Analysis, info: SentInfo, t: Trigger, k: int, prev: str) -> bool:
    """Whether the place at token k, after the preposition `prev` (الى), is the destination of a visit noun that ends
    at most FRAME_DESTINATION_GAP words before the preposition and frames trigger t: told before it
    (`clauses.framing_visit`: عقد X، خلال زيارة عمل إلى قطر، لقاء مع Y; `clauses.fronted_frame`: وفي إطار زيارته إلى
    قطر، عقد X لقاء مع Y) or as its setting after it (`_setting_after`). Not a visit that is over (توجه فور انتهاء
    زيارته إلى الإمارات إلى الكويت لإجراء مشاورات)."""
    toks = info.tokens
    at = next((j for j in range(k - 1, max(-1, k - 4), -1) if toks[j].text == prev), None)  # (إلى دولة قطر)
    visit = next((v for v in info.triggers if at is not None and at - FRAME_DESTINATION_GAP <= v.end <= at), None)
    if visit is None:
        return False
    if t.end <= visit.start:
        return _setting_after(an, info, t, visit)
    return visit.end <= t.start and (clauses.framing_visit(an, info, visit, t) or clauses.fronted_frame(an, info, visit, t))


def _setting_after(an: Analysis, info: SentInfo, t: Trigger, visit: Trigger) -> bool:
    """Whether the visit noun after trigger t is its setting (`clauses.visit_framed`): its frame words carry no و (a
    clause of their own: وفي زيارة إلى قطر بحث Z), nothing but a comma right before them breaks t's clause, and a bare
    في follows t's parties and times only (سيلتقي X في زيارته إلى مصر مع Y; not أعرب عن رغبته في زيارة إلى قطر)."""
    toks = info.tokens
    f = clauses.frame_start(an, toks, visit.start)
    if not clauses.visit_framed(an, toks, visit) or toks[f].text not in an.g["FRAME_WORDS"]:
        return False
    end = clauses.before_comma(an, toks, f)  # (التقى X Y، في إطار زيارته إلى ...)
    if clauses.cut_between(an, info, t.end, end) or comma_between(an, toks, t.end, end):
        return False
    if toks[f].text in an.g["DURING"] or f < visit.start - 1:
        return True  # (خلال زيارته، في إطار زيارته: a frame whatever precedes it)
    told = mention_tokens(info) | set(info.time_tok)
    return all(j in told for j in range(t.end, end))  # (في زيارته: a frame only after the clause's parties)


def visitor_ends(an: Analysis, info: SentInfo, t: Trigger) -> list[int]:
    """The tokens right after a visit noun's visitor, where his destination may stand: after his name and title
    (زيارة الوزير X لمصر) or his pronoun of honour (زيارة سموه لمصر), after an apposition a comma closes (زيارة X، وزير الخارجية، لمصر), after a chain of
    his offices a comma joins (الزيارة التي قام بها وزير الخارجية، نائب رئيس الوزراء X، لمصر), at most VISITOR_LINKS of them. He stands
    right after the noun, or after a relative clause of its light verb (الزيارة التي قام بها X)."""
    toks = info.tokens
    pos, out = clauses.visitor_start(toks, t), []
    if pos < len(toks) and toks[pos].text in an.g["HONORIFIC_PRONOUNS"]:
        return [pos + 1]  # زيارة سموه لمصر: the visitor is a pronoun of honour
    for _ in range(VISITOR_LINKS):
        m = max((p for p in info.mentions if p.kind == "person" and p.start == pos), key=lambda p: p.end, default=None)
        if m is None:
            break
        pos = m.end
        out.append(pos)
        if pos < len(toks) and toks[pos].text in an.g["COMMAS"]:
            pos += 1
            out.append(pos)
    return out


def _moved_to(an: Analysis, toks: list[Token], lo: int, k: int) -> bool:
    """Whether a verb of arrival or departure (MOVE_VERBS) stands in the clause before the destination at token
    k, with no clause stop between (وصل X الى الكويت)."""
    for j in range(k - 2, max(lo, k - MOVER_REACH) - 1, -1):
        if toks[j].text in an.g["CLAUSE_STOPS"]:
            return False
        if not toks[j].words.isdisjoint(an.g["MOVE_VERBS"]):
            return True
    return False


def written_name(an: Analysis, info: SentInfo, start: int) -> str | None:
    """The place whose mention starts at token `start` as the text writes it, without its proclitic (للكويت:
    الكويت); None when no place starts there."""
    m = info.index.first(start, CAT_CITY_COUNTRY_METONYM)
    return _written(an, info, start, m) if m is not None else None


def _written(an: Analysis, info: SentInfo, k: int, m: Match) -> str:
    """A place as the text writes it, without its proclitic; للقاهرة (ل before the article, its alef
    dropped) gives القاهرة, the article restored."""
    toks = info.tokens
    text = info.sent.norm.original_span_text(toks[k].start + m.plen, toks[m.end - 1].end)
    rest = info.sent.norm.text[toks[k].start + m.plen:toks[m.end - 1].end]
    return an.L.written_after_proclitic(toks[k].text, m.plen, text, rest, CAT_CITY_COUNTRY_METONYM)


def _event_slot_before(an: Analysis, info: SentInfo, t: Trigger, k: int) -> bool:
    """Whether token k (a place phrase's start) follows the trigger, a party, a time or punctuation."""
    j = k - 1
    if j < 0:
        return True
    tok = info.tokens[j]
    if not tok.is_word or t.start <= j <= t.end or j in info.time_tok or j in info.phone_cues:
        return True
    if any(p.start <= j < p.end for p in info.mentions if p.kind in ("person", "delegation", "state", "org", "city")):
        return True
    if info.index.first(j, CAT_TRIGGER):
        return True
    return bool(token_words(tok) & an.g["SLOT_VERBS"])


def place(an: Analysis, c: Cluster, primary: EventMention, clusters: list[Cluster]) -> tuple[str, str | None] | None:
    """Where a meeting took place: its own mentions' place (a city of the country another mention names,
    or one of its sentences places, before the country), else the dateline's city, else the place of the
    meeting told in the two sentences before, else that of an earlier meeting of the same person (كما
    التقى ... : the same visit), else the city of the visit or session told before it. (A line that places
    the report gives a meeting in scope its place last: `with_report_place`.)"""
    loc = ((primary.location if not primary.loc_weak else None)
           or next((m.location for m in c.mentions if m.location and not m.loc_weak), None)
           or primary.location or next((m.location for m in c.mentions if m.location), None))
    if loc is not None and not an.L.city_country.get(normalize_text(loc[0])):
        # يزور السعوديه ... بمطار الرياض: the city in that country
        loc = next((m.location for m in c.mentions if m.location and m.location[1] == loc[1]
                    and an.L.city_country.get(normalize_text(m.location[0]))), None) or _evidence_city(an, c, loc)
    loc = loc or _dateline_city(an)  # دمشق-سانا over a report of a reception: where it took place
    if loc is not None:
        return loc
    first = min(m.sent_index for m in c.mentions)
    persons = {k for k in c.keys if k[0] in "pn"}
    # وعلى هامش القمة، اجتمع ...: the place the sentence before gave to its meeting; كما التقى X: X's visit
    near = [(m.sent_index, m.location) for cc in clusters for m in cc.mentions
            if m.location and not m.loc_weak and cc.type == "meeting" and m.sent_index < first
            and (first - 2 <= m.sent_index or persons & cc.keys)]
    return max(near, key=lambda x: x[0])[1] if near else _frame_place(an, c, first)


def _evidence_city(an: Analysis, c: Cluster, loc: tuple[str, str | None]) -> tuple[str, str | None]:
    """A city of the state `loc` names, placed in one of the event's sentences (في إيران ... then: the
    meeting will be held in طهران), else `loc`."""
    sents = sorted({m.sent_index for m in c.mentions} | {x for m in c.mentions for x in m.extra_sents})
    return next((got for si in sents if (got := _city_in(an, an.infos[si], loc[1])) is not None), loc)


def _frame_place(an: Analysis, c: Cluster, first: int) -> tuple[str, str | None] | None:
    """The city of the visit or session told before the event, back over the sentences that go on
    about its persons (وصل X إلى طهران في زيارة ... ثم: من المقرر أن يلتقي الوزير خلال الزيارة Y؛
    على هامش أعمال الدورة المنعقدة في مدينة إسطنبول ... التقى X Y)."""
    names = {p.name_norm.split()[-1] for m in c.mentions for p in m.parties if p.name_norm}
    si, gap = first - 1, 0
    while si >= 0 and gap <= 1:
        info = an.infos[si]
        frames = an.g["VISIT_OR_HOST"] | an.g["SESSION_FRAMES"]
        framed = not info.sent.is_title and not all(tok.words.isdisjoint(frames) for tok in info.tokens)
        place = _city_in(an, info) if framed else None
        if place is not None:
            return place
        gap = 0 if not an.sentence_words(si).isdisjoint(names) else gap + 1
        si -= 1
    return None


def _city_in(an: Analysis, info: SentInfo, iso: str | None = None) -> tuple[str, str | None] | None:
    """The first city (of state `iso`, when given; no province) that a sentence places after في or إلى (في مدينة X،
    بمطار X)."""
    toks = info.tokens
    for k, tok in enumerate(toks):
        m = info.index.first(k, CAT_CITY)
        if m is None or k == 0 or _province(m) or any(p.start <= k < p.end for p in info.mentions if p.kind == "person"):
            continue  # (not a province: العمليات في محافظة الأنبار is what is spoken of as often as where)
        if iso is not None and m.entry.data[0] != iso:
            continue
        j = k - 1 if toks[k - 1].words.isdisjoint(an.g["PLACE_NOUNS"]) or m.plen else k - 2
        via_prep = m.plen > 0 and tok.text[m.plen - 1] in an.g["IN"]
        prev = toks[j] if j >= 0 else None
        if via_prep or (prev is not None and (prev.text in an.g["IN"] or prev.text in an.g["DESTINATION"]
                                              or (prev.words & an.g["PLACE_NOUNS"] and len(prev.forms) > 1))):
            return info.sent.norm.original_span_text(tok.start + m.plen, toks[m.end - 1].end), m.entry.data[0]
    return None


def named_places(an: Analysis, info: SentInfo, adjectives: bool = False) -> set[str]:
    """The states of the places a sentence names as places: a state or city (not a nationality adjective)
    after في or إلى, or with the proclitic ب or ل on it (في كينيا، إلى بغداد، لدولة الكويت); not one a noun of a
    situation takes (SITUATION_NOUNS: الأحداث الحالية في سوريا: what is spoken of). With `adjectives`, a
    nationality adjective on a place noun so placed gives its state too (بمدينة «عنتيبي» الأوغندية: a city in
    Uganda, whose name the lexicon may not hold)."""
    toks = info.tokens
    out: set[str] = set()
    for m in info.mentions:
        if adjectives and m.kind == "state" and m.country and m.from_nisba and _placed_noun_before(an, toks, m.start):
            out.add(m.country)
        if m.kind not in ("state", "city") or not m.country or m.from_nisba or _of_situation(an, toks, m.start):
            continue
        if _placed(an, toks, m.start, an.g["PLACE_PROCLITICS"]):
            out.add(m.country)
    return out


def _placed(an: Analysis, toks: list[Token], j: int, proclitics: frozenset[str]) -> bool:
    """Whether the word at token j is placed: after في or إلى, or with one of `proclitics` on it (IN: ب;
    PLACE_PROCLITICS: ل too, بالرياض، لدولة الكويت)."""
    tok = toks[j]
    before = toks[j - 1].text if j > 0 else ""
    return before in an.g["IN"] or before in an.g["DESTINATION"] or (len(tok.forms) > 1 and tok.text[:1] in proclitics)


def _placed_noun_before(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether a place noun (PLACE_NOUNS: مدينة، العاصمة، مطار) that is placed (`_placed`: في، إلى، ب، ل) stands at
    most PLACED_NOUN_REACH tokens before token k, with no comma nor mission noun between (بمدينة «عنتيبي» الأوغندية;
    not في مقر السفارة اليابانية: MISSION_NOUNS)."""
    for j in range(k - 1, max(-1, k - 1 - PLACED_NOUN_REACH), -1):
        tok = toks[j]
        if tok.text in an.g["COMMAS"] or not tok.words.isdisjoint(an.g["MISSION_NOUNS"]):
            return False  # (في مقر السفارة اليابانية: the mission's state)
        if placed_noun_at(an, toks, j):
            return True
    return False


def placed_noun_at(an: Analysis, toks: list[Token], j: int) -> bool:
    """Whether token j is a place noun (PLACE_NOUNS: مدينة، مقر، مطار) that is placed (`_placed`: في، إلى، ب، ل)."""
    return j >= 0 and not toks[j].words.isdisjoint(an.g["PLACE_NOUNS"]) and _placed(an, toks, j, an.g["PLACE_PROCLITICS"])


def _of_situation(an: Analysis, toks: list[Token], k: int) -> bool:
    """Whether the place at token k follows في and a noun of SITUATION_NOUNS, right before it or one word before (and
    والأوضاع في فنزويلا alike), not one that names a gathering one goes to (`_placed_gathering`: مؤتمر الأمن في ميونخ)."""
    return k >= 2 and toks[k - 1].text in an.g["IN"] and any(
        not toks[j].words.isdisjoint(an.g["SITUATION_NOUNS"]) and not _placed_gathering(an, toks, j - 1)
        for j in range(max(0, k - 3), k - 1))


def _placed_gathering(an: Analysis, toks: list[Token], j: int) -> bool:
    """Whether the gathering's nouns (GATHERING_NAME_NOUNS) that end at token j, GATHERING_CHAIN of them at most
    (اجتماع مجلس الأمن، محادثات السلام), are one that one goes to or is in: the first placed after في or إلى, or with
    ب on it (للمشاركة في مؤتمر الأمن في ميونخ), not with ل, for (التحضيرات لمؤتمر السلام في سوريا: spoken of)."""
    first = j
    while first >= 0 and j - first < GATHERING_CHAIN and not toks[first].words.isdisjoint(an.g["GATHERING_NAME_NOUNS"]):
        first -= 1
    return first < j and _placed(an, toks, first + 1, an.g["IN"])


def _dateline_city(an: Analysis) -> tuple[str, str] | None:
    if not an.doc.dateline:
        return None
    nt = NormText(an.doc.dateline)
    toks = tokenize(nt.text)
    for k in range(len(toks)):
        m = an.L.first(toks, k, CAT_CITY)
        if m:
            return nt.original_span_text(toks[k].start + m.plen, toks[m.end - 1].end), m.entry.data[0]
    return None


def as_written(an: Analysis, role: str | None) -> str | None:
    """A role from persons.tsv or a city from cities.tsv is stored normalized (وزير الخارجيه، انقره):
    where the article writes it as words of their own (_word_pattern: بجدة), its spelling; else each word as
    spellings.tsv writes it. Not the letters inside another word (وجده holds جده). A long article's piece
    (pipeline.PIECE_CHARS) is read alone: searching the whole text for every record of every piece made the
    time grow with the square of the length."""
    if not role:
        return role
    pattern = _word_pattern(role)
    if pattern.search(an.doc.original, *(an.doc.span or (0, len(an.doc.original)))):
        return role
    for s in an.doc.sentences:
        hit = pattern.search(s.norm.text)
        if hit:
            return s.norm.original_span_text(hit.start(1), hit.end(1))
    return spelled(role)


@resource
def _word_pattern(phrase: str) -> re.Pattern[str]:
    """The phrase as whole words, alone or after a preposition (PREP_PROCLITICS), itself after a conjunction at most
    (CONJ_PROCLITICS): بجدة، وبجدة; not after a conjunction alone, whose letter may be the word's own (وجده, "he found
    it", holds the letters of جده)."""
    conj, prep = ("[" + re.escape("".join(grammar(key))) + "]" for key in ("CONJ_PROCLITICS", "PREP_PROCLITICS"))
    return re.compile(r"(?<!\w)(?:" + conj + "?" + prep + ")?(" + re.escape(phrase) + r")(?!\w)")


def with_report_place(an: Analysis, record: Record, city: tuple[str, str] | None) -> Record:
    """`record`, a meeting of no place given `city`, the city of the line at the top that places the report
    (الدوحة: الوكالات، واس (عمان): `place_line_city`, read once per document), when that city is in the state of one
    of its sides and nothing places the record in another state: its own sentences, or one before them that tells a
    visit or a journey (a report filed at home on a visit abroad, يزور مصر، وصل إلى سوتشي: not there; الأوضاع في
    سوريا is no journey). Filled once the record is in scope: where a report was filed is no sign that a meeting
    was one (bare states and bodies with a place pass the scope check)."""
    if city is None or record.type != "meeting" or record.location is not None:
        return record
    if city[1] not in {p.country for p in record.participants}:
        return record
    starts = {e.start for e in record.evidence}
    moves = an.g["VISIT_OR_TOUR"] | an.g["MOVE_VERBS"] | an.g["ARRIVED_VERBS"] | an.g["DEPARTURE_VERBS"]
    placed = {iso for info in an.infos if info.sent.start in starts or (
        info.sent.start <= max(starts) and not an.sentence_words(info.sent.index).isdisjoint(moves))
        for iso in named_places(an, info, adjectives=True)}
    if placed <= {city[1]}:
        record.location = build(Location, name=city[0], country=city[1])
    return record


def place_line_city(an: Analysis) -> tuple[str, str] | None:
    """The first city of a line that places the report without the dateline patterns: one of the first
    PLACE_LINE_SENTENCES sentences, of at most PLACE_LINE_TOKENS tokens, that tells no event (a byline may stand in
    it) and is no headline, the city in no person's name, with a mark of a dateline right after it (DATELINE_MARKS
    or DATELINE_OPENERS: الرياض: فلان، (عمان)، برازيليا (وكالات); or a dash: الخرطوم - فلان الفلاني), or an opening
    bracket or a dash right before it (واس (عمان)، واس - عمان; not after a colon: فلان: موسكو ...)."""
    before = an.g["DATELINE_OPENERS"] | an.g["DASHES"]
    after = an.g["DATELINE_MARKS"] | before
    heads = an.headline_indices()
    for info in an.infos[:PLACE_LINE_SENTENCES]:
        toks = info.tokens
        if len(toks) > PLACE_LINE_TOKENS or info.triggers or info.sent.index in heads:
            continue  # (a headline of a quote is no place line: لافروف: موسكو مستعدة ...)
        for k in range(len(toks)):
            m = info.index.first(k, CAT_CITY)
            if m is None or m.plen or any(p.start <= k < p.end for p in info.mentions if p.kind == "person"):
                continue
            if (m.end < len(toks) and toks[m.end].text in after) or (k and toks[k - 1].text in before):
                return info.sent.norm.original_span_text(toks[k].start, toks[m.end - 1].end), m.entry.data[0]
    return None
