"""Rule-based event extraction: triggers, their clause, their arguments, one record per real event.

For each trigger (resources/ar/triggers.tsv) the clause around it is the
window: it starts after the last complementizer or colon before the trigger
(so a reporting source is not a party) and ends at the topic marker, a quote,
or the next trigger. Parties in the window become participants; anaphors
(الجانبان، الرئيسين، الأخير، معه) point back to persons already seen. Event
mentions of one document are then clustered: headline, caption and body
mentions of the same event make one record.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from syriadiplo import timex
from syriadiplo.actors import with_actor_ids
from syriadiplo.codes import with_codes
from syriadiplo.document import Document, Sentence
from syriadiplo.ellipsis import restore_titles
from syriadiplo.explain import attach, record_ids, reference_ids, trigger_id
from syriadiplo.lexicon import Entry, Match, MatchIndex, Token, is_definite, lexicon, tokenize
from syriadiplo.normalize import NormText, normalize_text
from syriadiplo.models import Evidence, Location, Participant, Record, Source, TimeInfo, build
from syriadiplo.ner import Mention, PersonRegistry, SentenceNER
from syriadiplo.resources import grammar
from syriadiplo.several import Listing, split_parties, subjects_of_several
from syriadiplo.scope import in_scope
from syriadiplo.wordscan import SubstringSet

MAX_TOPIC_TOKENS: Final = 22
REPORT_REACH: Final = 4  # tokens between a report verb or source cue and the time it dates (حسبما أفاد الموقع اليوم)
MAX_SIDE_GAP: Final = 8  # tokens between two sides of a discuss verb at most (a title in apposition: X، أمين المجلس ...، مع Y)
MAX_QUOTED_NAME: Final = 9  # words in quotes up to this many are a name, not quoted speech
MERGE_TRIGGER_GAP: Final = 8  # two triggers this close with nothing between them are one event (بحث ... في اتصال هاتفي)
CONTINUATION_SENTENCES: Final = 4
FRONTED_REACH: Final = 5  # tokens from a verb of taking up (سيحتل حيزا أساسيا من) to the event word it governs
GATHERING_REACH: Final = 4  # tokens from a gathering's name to the time another sentence gives it (قمة مجموعة العشرين يومي 20)
CARRY_SENTENCES: Final = 3  # sentences back over which one that goes on from the one before (فقد، كما) finds its time
CALL_FOLLOW_UP: Final = 4  # sentences around bare talks (بحث X و Y) in which a call between them makes them that call
ATTACH_WINDOW: Final = 4  # sentences over which an attendance line still refers to the last event
DOC_TOPIC_MIN_HITS: Final = 3  # keyword hits that make a label one of the article's main topics
DOC_TOPICS: Final = 2  # how many main topics an article has at most
WHERE_REACH: Final = 6  # tokens between حيث and the trigger it places at most (حيث من المقرر ان يلتقي)
MESSAGE_REACH: Final = 5  # tokens from a message noun to its sender or addressee (رسالة خطية من الرئيس)
TOUR_REACH: Final = 6  # tokens from a tour noun to the verb that names its places (جولة في شمال افريقيا تشمل)
FUTURE_VERB_MIN: Final = 5  # letters of the shortest future verb read after a relative pronoun (سيجري)
EXCHANGE_REACH: Final = 12  # tokens from an exchange verb to the views exchanged (تبادل X، الذي ...، وجهات النظر)
DOUBT_REACH: Final = 12  # tokens before a trigger a two-word cue of doubt is read over (من غير الواضح إن كان بومبيو سيلتقي)
WITH_REACH: Final = 6  # tokens from a meeting noun to the مع that names its counterpart (محادثات أجراها في موسكو مع)
BETWEEN_REACH: Final = 10  # tokens from a meeting noun to the بين that introduces its sides (اجتماع يعقد في ... بين)
FUTURE_JOIN_REACH: Final = 8  # tokens between a future verb and a verb joined to it that shares its future (سأزور X وألتقي)
NOUN_CLASSES: Final = ("noun", "weaknoun")
VERB_CLASSES: Final = ("verb", "weak")
WEAK_CLASSES: Final = ("weak", "weaknoun")
_QUOTES_AND_BRACKETS: Final = frozenset(("\u201c", "\u201d", "\u00ab", "\u00bb", "(", ")"))
_OPENING_QUOTES: Final = frozenset(("\u201c", "\u00ab", "\""))
_CLOSING_QUOTE: Final = {"\u201c": "\u201d", "\u00ab": "\u00bb"}  # the quote marks that pair unambiguously
PARTY_KINDS: Final = ("person", "delegation", "state", "org", "pair", "latter", "pronoun")


_CAT_CITY: Final = frozenset({"CITY"})
_CAT_CITY_COUNTRY_METONYM: Final = frozenset({"CITY", "COUNTRY", "METONYM"})
_CAT_NISBA: Final = frozenset({"NISBA"})
_CAT_COUNTRY: Final = frozenset({"COUNTRY"})
_CAT_TRIGGER: Final = frozenset({"TRIGGER"})
_CAT_TRIGGER_TRIGNEG: Final = frozenset({"TRIGGER", "TRIGNEG"})


@lru_cache(maxsize=1)
def _g() -> dict[str, frozenset[str]]:
    keys = ("COMPLEMENTIZERS", "CLAUSE_BREAKERS", "SOURCE_CUES", "TOPIC_MARKERS", "TOPIC_AGREEMENT", "DISCUSS_VERBS",
            "TOPIC_END", "FUTURE_CUES", "UNCERTAIN_CUES", "UNCERTAIN_PAIRS", "ALSO_OPENERS", "WHEN_CLAUSE", "REPORT_VERBS_PRESENT", "IMPERFECT_PREFIXES", "FUTURE_PARTICLES", "PURPOSE_WORDS", "EXCHANGE_VERBS", "EXCHANGE_OBJECTS", "HOPE_CUES", "INITIATIVE_NOUNS", "INITIATIVE_VERBS",
            "RECEIVE_CALL", "PLACE_CALL", "LIGHT_VERBS", "OBJECT_PRONOUN_HOSTS", "THAT_CAME", "AND", "TEMPORAL_PREPS", "VISIT_WORDS", "PRAISE_VERBS", "THAT_REFERS", "ATTEND", "NEGATION_CUES", "DEMAND_CUES", "NON_DIPLOMATIC", "PLACE_NOUNS", "WHETHER", "IN_WORD", "IN", "FROM", "WITH", "BETWEEN", "DESTINATION", "TO", "REPORT_VERBS",
            "FUTURE_PROCLITIC", "TOPIC_SKIP", "FRONTED_PP", "REGION_PARTS", "DENIAL_VERBS", "HOST_VERBS", "RULE_OUT_VERBS", "PLUPERFECT_AUX", "PERFECT_PARTICLE", "IMPERFECT_TRIGGERS", "PRESENT_CUES", "IMPERFECT_3RD", "GOVERNING_PARTICIPLES", "SIDES_2", "SIDES_3", "SIDES_4", "SIDES_5", "CALL_REFERENCES", "CAPITAL_NOUNS", "WHERE",
            "SEVERAL_EVENTS", "SEPARATE_CUES", "SESSION_FRAMES", "PURPOSE_PROCLITIC", "PURPOSE_LIGHT_NOUNS",
            "NON_SIDE_PROCLITICS", "NEW_EVENT_AFTER", "RELATIVE_PRONOUNS", "THEN",
            "COMMAS", "CLAUSE_STOPS", "AGREEMENT_PREPS", "OBJECT_PROCLITICS", "HEADING_MARKS", "CONJ_PROCLITICS", "GOVERNMENT", "THAT_REFERS_JOINED", "TOUR_INCLUDES", "TOUR_NOUNS", "DURING_IT", "BACKGROUND_CUES", "MESSAGE_NOUNS", "SPOKESPERSONS", "VAGUE_TOPIC_WORDS", "TOPIC_LEAD_PREPS", "DISCUSS_INTRANSITIVE", "TOPIC_SAID_VERBS", "TOPIC_SAID_OPENERS", "TOPIC_SAID_ADDRESSEES", "VISIT_BACK_REFERENCES", "ELABORATION_OPENERS", "GATHERING_FRAMES")
    out = {k: frozenset(grammar(k)) for k in keys}
    out["TOPIC_OPENERS"] = out["TOPIC_MARKERS"] | out["DISCUSS_VERBS"]
    out["LIGHT_VERB_ONLY"] = out["LIGHT_VERBS"] - out["FRONTED_PP"]
    out["TOPIC_STOPS"] = out["COMMAS"] | out["CLAUSE_STOPS"] | _QUOTES_AND_BRACKETS | frozenset(("\"",))
    # what a trigger's window starts after, looking back: a colon or semicolon, an opening quote
    out["WINDOW_OPENERS"] = (out["CLAUSE_STOPS"] - {"."}) | frozenset(("\u201c", "\u00ab", '"'))
    # unions the extractor tests tokens against, made once (each `|` builds a new set)
    out["REPORT_OR_BREAKER"] = out["REPORT_VERBS"] | out["CLAUSE_BREAKERS"]
    out["REPORT_OR_SOURCE"] = out["REPORT_VERBS"] | out["SOURCE_CUES"]
    out["CALL_CONTEXT_VERBS"] = out["LIGHT_VERBS"] | out["DISCUSS_VERBS"] | out["RECEIVE_CALL"] | out["PLACE_CALL"]
    out["REPORT_OR_GOVERNING"] = out["REPORT_VERBS"] | out["GOVERNING_PARTICIPLES"]
    out["BETWEEN_OR_WITH"] = out["BETWEEN"] | out["WITH"]
    out["CALL_VERBS"] = out["RECEIVE_CALL"] | out["PLACE_CALL"]
    out["VISIT_OR_HOST"] = out["VISIT_WORDS"] | out["HOST_VERBS"]
    out["VISIT_OR_TOUR"] = out["VISIT_WORDS"] | out["TOUR_NOUNS"]
    out["SIDE_GLUE"] = out["WITH"] | out["AND"] | out["IN"] | out["BETWEEN"]  # what may stand between two sides
    out["SLOT_VERBS"] = out["LIGHT_VERBS"] | out["REPORT_VERBS"] | out["VISIT_WORDS"]
    out["INITIATIVE"] = out["INITIATIVE_NOUNS"] | out["INITIATIVE_VERBS"]
    return out


@lru_cache(maxsize=1)
def _initiative_cue_words() -> frozenset[str]:
    """The one-word initiative cues and the first words of the longer ones: a token with none of them opens no cue."""
    return _g()["INITIATIVE"] | _initiative_phrases()[1]


@lru_cache(maxsize=1)
def _sides_words() -> tuple[tuple[int, frozenset[str]], ...]:
    """(n, the words that say n sides met: SIDES_n) for n = 2..5."""
    g = _g()
    return tuple((n, g[f"SIDES_{n}"]) for n in (2, 3, 4, 5))


@lru_cache(maxsize=1)
def _initiative_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The multi-word initiative cues (بناء علي طلب) as token tuples, and their first words."""
    g = _g()
    phrases = tuple(sorted(tuple(p.split()) for p in g["INITIATIVE"] if " " in p))
    return phrases, frozenset(ph[0] for ph in phrases)


@dataclass
class Trigger:
    start: int
    end: int
    type: str
    cls: str
    anaphoric: bool
    future: bool
    plen: int = 0  # characters of proclitics before the trigger word in its first token (للقاء: 1)

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(self, start: int, end: int, type: str, cls: str, anaphoric: bool, future: bool, plen: int = 0) -> None:
        self.start = start
        self.end = end
        self.type = type
        self.cls = cls
        self.anaphoric = anaphoric
        self.future = future
        self.plen = plen


@dataclass
class SentInfo:
    sent: Sentence
    tokens: list[Token]
    mentions: list[Mention]
    times: list[timex.TimeMention]
    time_tok: dict[int, int]  # token index -> index in times
    triggers: list[Trigger]
    phone_cues: set[int]
    index: MatchIndex  # the lexicon matches of `tokens`

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, sent: Sentence, tokens: list[Token], mentions: list[Mention], times: list[timex.TimeMention],
            time_tok: dict[int, int], triggers: list[Trigger], phone_cues: set[int], index: MatchIndex,
    ) -> None:
        self.sent = sent
        self.tokens = tokens
        self.mentions = mentions
        self.times = times
        self.time_tok = time_tok
        self.triggers = triggers
        self.phone_cues = phone_cues
        self.index = index


@dataclass
class EventMention:
    sent_index: int
    type: str
    status: str
    parties: list[Mention]
    location: tuple[str, str | None] | None
    time: tuple[timex.TimeMention, timex.ResolvedTime, str] | None
    topic: str | None
    initiator: str | None
    anaphoric: bool
    is_title: bool
    strength: float
    extra_sents: list[int] = field(default_factory=list)
    loc_weak: bool = False  # the place was found outside the trigger's clause
    sides_stated: int | None = None  # لقاء ثنائي: 2, اجتماع رباعي: 4
    listing: Listing = field(default_factory=lambda: Listing(None, False))  # where its counterparts start, whether the clause tells several events
    trigger_cls: str = "verb"  # the class of its trigger (triggers.tsv): verb, noun, weak, weaknoun
    earlier: bool = False  # told in the pluperfect (وكان ... قد): an event before the one the article reports
    why: list[str] = field(default_factory=list)  # ids of the entries that made it (syriadiplo.explain)
    said_topic: str | None = None  # with no topic: what a side said in its sentence (used when no mention has a topic)

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, sent_index: int, type: str, status: str, parties: list[Mention],
            location: tuple[str, str | None] | None,
            time: tuple[timex.TimeMention, timex.ResolvedTime, str] | None, topic: str | None,
            initiator: str | None, anaphoric: bool, is_title: bool, strength: float,
            extra_sents: list[int] | None = None, loc_weak: bool = False, sides_stated: int | None = None,
            listing: Listing | None = None, trigger_cls: str = "verb", earlier: bool = False,
            why: list[str] | None = None, said_topic: str | None = None,
    ) -> None:
        self.sent_index = sent_index
        self.type = type
        self.status = status
        self.parties = parties
        self.location = location
        self.time = time
        self.topic = topic
        self.initiator = initiator
        self.anaphoric = anaphoric
        self.is_title = is_title
        self.strength = strength
        self.extra_sents = [] if extra_sents is None else extra_sents
        self.loc_weak = loc_weak
        self.sides_stated = sides_stated
        self.listing = Listing(None, False) if listing is None else listing
        self.trigger_cls = trigger_cls
        self.earlier = earlier
        self.why = [] if why is None else why
        self.said_topic = said_topic

    def with_parties(self, parties: list[Mention]) -> EventMention:
        """The same mention with other parties (one of several events its clause tells); a visit to several
        places takes the place of the host it is split for."""
        host = parties[-1]
        location = (host.name or "", host.country) if self.listing.by_place and host.name else self.location
        return EventMention(self.sent_index, self.type, self.status, parties, location, self.time, self.topic,
                            self.initiator, self.anaphoric, self.is_title, self.strength, list(self.extra_sents),
                            self.loc_weak, self.sides_stated, self.listing, self.trigger_cls, self.earlier,
                            self.why + ([f"grammar:{self.listing.cue}"] if self.listing.cue else []), self.said_topic)


@dataclass
class Cluster:
    type: str
    mentions: list[EventMention] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # party keys of all mentions, kept as mentions join
    sides: set[str] = field(default_factory=set)  # countries and bodies of all mentions

    _slots: dict = field(default_factory=dict)  # (place, weak, time key) -> first mention with them

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, type: str, mentions: list[EventMention] | None = None, keys: set[str] | None = None,
            sides: set[str] | None = None, _slots: dict | None = None,
    ) -> None:
        self.type = type
        self.mentions = [] if mentions is None else mentions
        self.keys = set() if keys is None else keys
        self.sides = set() if sides is None else sides
        self._slots = {} if _slots is None else _slots

    def add(self, em: EventMention, keys: set[str], sides: set[str]) -> None:
        self.mentions.append(em)
        self.keys |= keys
        self.sides |= sides
        tkey = (em.time[1].weekday, em.time[1].value) if em.time else None
        self._slots.setdefault((em.location, em.loc_weak, tkey), em)

    def distinct_mentions(self) -> list[EventMention]:
        return list(self._slots.values())


def _words(tok: Token) -> frozenset[str]:
    return tok.words


def _bare_words(tok: Token) -> frozenset[str]:
    """A token's readings without the definite article (القمة and قمة alike)."""
    art = len(grammar("DEF_ARTICLE")[0])
    return frozenset(w[art:] if is_definite(w) else w for w in tok.words)


class DocumentExtractor:
    """Runs NER, time tagging and event extraction over one `Document`."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.L = lexicon()
        self.g = _g()
        self.reg = PersonRegistry()
        self.infos: list[SentInfo] = []
        self.person_order: list[tuple[int, int]] = []  # (sentence index, entity) in order of mention
        self._dated = False
        self._tokens: list[list[Token]] | None = None
        self._sent_words: list[frozenset[str] | None] = []
        self.explain = False  # records carry the ids of the entries that made them (syriadiplo.explain)
        self._heads: frozenset[str] | None = None  # the headlines, read once (_headlines)
        self._told_subject: dict[int, Mention] = {}  # sentence index -> the subject of the last event told in it

    def sentence_tokens(self) -> list[list[Token]]:
        """The tokens of every sentence (tokenized once)."""
        if self._tokens is None:
            self._tokens = [tokenize(s.norm.text) for s in self.doc.sentences]
        return self._tokens

    def may_name_events(self) -> bool:
        """False when no token can start a trigger: such a document has no record, whatever its entities."""
        heads = self.L.trigger_heads
        return any(not heads.isdisjoint(tok.words) for toks in self.sentence_tokens() for tok in toks)

    def doc_date(self) -> _dt.date | None:
        """The document's date: the one it came with, else one stated near its top (found on first use)."""
        if self.doc.doc_date is None and not self._dated:
            self.doc.doc_date = timex.document_date(normalize_text(self.doc.original[:1000]))
        self._dated = True
        return self.doc.doc_date

    # ------------------------------------------------------------------ analysis
    def analyse(self, recognizer=None) -> None:
        """Tag every sentence: tokens, times, mentions, triggers.

        Args:
            recognizer: an optional model backend (syriadiplo.ner_models) whose `entities(texts)` gives, per
                normalized sentence, (start, end, label) spans with label PER, ORG or LOC; they add persons,
                organizations and places where the lexicon rules found nothing.
        """
        model_spans = recognizer.entities([s.norm.text for s in self.doc.sentences]) if recognizer else None
        for k, (s, tokens) in enumerate(zip(self.doc.sentences, self.sentence_tokens())):
            norm = s.norm.text
            times = [m for m in timex.tag(norm)]
            time_tok: dict[int, int] = {}
            for ti, tm in enumerate(times):
                for tok in tokens:
                    if tok.start >= tm.start and tok.end <= tm.end:
                        time_tok[tok.i] = ti
            index = MatchIndex(tokens, self.L)
            ner = SentenceNER(tokens, self._orig_fn(s, tokens), set(time_tok), index, self.reg.surnames_seen)
            mentions = ner.scan()
            if model_spans is not None:
                mentions = ner.add_model_spans(mentions, model_spans[k])
            mentions = restore_titles(mentions, tokens, self.g["AND"])
            for mm in mentions:
                if mm.kind == "person" and (mm.name_norm or mm.role_head):
                    mm.entity = self.reg.link(mm)  # a bare title (وزير الخارجيه السعودي) is the holder named before
            triggers, cues = self._triggers(tokens, mentions, index)
            self.infos.append(SentInfo(s, tokens, mentions, times, time_tok, triggers, cues, index))

    @staticmethod
    def _orig_fn(s: Sentence, tokens: list[Token]):
        def orig(a: int, b: int, plen: int = 0) -> str:
            # as written, but one space between words: a name wrapped over two lines is still one line
            return " ".join(s.norm.original_span_text(tokens[a].start + plen, tokens[b - 1].end).split())
        return orig

    def _triggers(self, tokens: list[Token], mentions: list[Mention], index: MatchIndex) -> tuple[list[Trigger], set[int]]:
        blocked: set[int] = set()
        covered = {k for mm in mentions if mm.kind in ("person", "delegation", "org") for k in range(mm.start, mm.end)}
        out: list[Trigger] = []
        cues: set[int] = set()
        i = 0
        while i < len(tokens):
            if not tokens[i].is_word:
                i += 1
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
                cues.update(range(m.start, m.end))
            elif i not in blocked and i not in covered:
                form = next((f for p, f in tokens[i].forms if p == m.plen), tokens[i].text)
                stripped = tokens[i].text[: m.plen]
                future = bool(stripped) and stripped[-1] in self.g["FUTURE_PROCLITIC"] and not form.startswith(stripped[-1])
                trig = Trigger(m.start, m.end, typ, cls, anaphoric, future, m.plen)
                if self._views_exchanged(tokens, trig, mentions):  # (تبادل الأسرى مع: an exchange of anything but views is no talks)
                    out.append(trig)
            i = m.end
        return out, cues

    # ------------------------------------------------------------------ events
    def events(self) -> list[EventMention]:
        out: list[EventMention] = []
        during: set[int] = set()  # mentions whose trigger is followed by خلالها: met during a tour told before
        self._told_subject = {}
        for si, info in enumerate(self.infos):
            # a trigger inside the topic of an earlier one (تحادث ... حول الجولة المقبلة من المحادثات) is not an event
            trigs: list[Trigger] = []
            for t in info.triggers:
                after = info.tokens[t.end:t.end + 2]
                own = any(not tok.words.isdisjoint(self.g["NEW_EVENT_AFTER"]) for tok in after)  # محادثاته التي سيجريها
                if trigs and not own and any(_words(tok) & self.g["TOPIC_MARKERS"] for tok in info.tokens[trigs[0].end:t.start]):
                    continue
                trigs.append(t)
            strong = [t for t in trigs if t.cls not in WEAK_CLASSES]
            # a weak trigger counts beside strong ones only in a clause of its own (اتصل X بـ Y، ثم التقى Z)
            use = [t for t in trigs if t.cls not in WEAK_CLASSES or not strong or self._apart(info, t, strong)]
            use = [t for k, t in enumerate(use) if t.cls not in WEAK_CLASSES or k == 0 or not self._continues(info, t)]
            # several triggers of one clause describe one event: keep the first of each run
            merged: list[Trigger] = []
            for t in use:
                close = merged and t.start - merged[-1].end <= MERGE_TRIGGER_GAP and not self._party_between(info, merged[-1].end, t.start)
                # التقى X مع Y ... لعقد مشاورات: the noun is the purpose of the verb, one event
                purpose = (merged and merged[-1].cls == "verb" and t.cls in NOUN_CLASSES and not self._temporal_before(info, t)
                           and not self._own_event(info, merged[-1].end, t))
                # زار دمشق ... والتقى X: a coordinated verb with no subject of its own continues the same event
                purpose = purpose or (merged and merged[-1].cls in VERB_CLASSES and t.cls in VERB_CLASSES
                                      and info.tokens[t.start].text[0] in self.g["AND"] and len(info.tokens[t.start].forms) > 1
                                      and not self._party_between(info, merged[-1].end, t.start))
                if (close or purpose) and not self._cut_between(info, merged[-1].end, t.start):
                    prev = merged[-1]
                    if t.type == "phone_call" and prev.type == "meeting":
                        prev.type = "phone_call"
                    continue
                merged.append(t)
            # one event whose triggers stand together (بحث ... في اتصالات هاتفية) may take a time outside its clause
            sole = len(merged) == 1 and info.triggers[-1].start - info.triggers[0].end <= MERGE_TRIGGER_GAP
            for k, t in enumerate(merged):
                prev_end = merged[k - 1].end if k else 0
                next_start = merged[k + 1].start if k + 1 < len(merged) else len(info.tokens)
                em = self._event(si, info, t, prev_end, next_start, sole)
                if em:
                    out.append(em)
                    subj = next((p for p in em.parties if p.kind == "person" and p.entity is not None), None)
                    if subj is not None and not subj.counterpart:
                        self._told_subject[si] = subj
                    if t.end < len(info.tokens) and not info.tokens[t.end].words.isdisjoint(self.g["DURING_IT"]):
                        during.add(id(em))
        return self._tour_hosts(self._split_several(out), during)

    def _views_exchanged(self, toks: list[Token], t: Trigger, mentions: list[Mention]) -> bool:
        """False for an exchange verb (تبادل) unless views are what it exchanges in its clause (EXCHANGE_REACH tokens
        on), with a side named between the two (تبادل X وجهات النظر) or after مع; else True. (مواصلة تبادل الآراء بين
        الجانبين: exchanges to go on, no one exchange.)"""
        if toks[t.start].words.isdisjoint(self.g["EXCHANGE_VERBS"]):
            return True
        end = min(len(toks), t.end + EXCHANGE_REACH)
        stop = next((k for k in range(t.end, end) if toks[k].text in self.g["CLAUSE_STOPS"]), end)
        views = next((k for k in range(t.end, stop) if not toks[k].words.isdisjoint(self.g["EXCHANGE_OBJECTS"])), None)
        if views is None:
            return False
        named = any(t.end <= m.start < views and m.kind in ("person", "delegation", "pair") for m in mentions)
        return named or any(toks[k].text in self.g["WITH"] for k in range(views, stop))

    def _tour_hosts(self, ems: list[EventMention], during: set[int]) -> list[EventMention]:
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

    def _split_several(self, ems: list[EventMention]) -> list[EventMention]:
        """One mention per counterpart where the text says the meetings were several (several.py)."""
        subjects = subjects_of_several([(em.parties, em.listing) for em in ems], self._key)
        out: list[EventMention] = []
        for em in ems:
            groups = split_parties(em.parties, em.listing, subjects, self._key)
            out.extend([em] if len(groups) == 1 else [em.with_parties(g) for g in groups])
        return out

    def _listing(self, info: SentInfo, t: Trigger, lo: int, hi: int) -> Listing:
        """Where the clause's counterparts start (its first مع after the trigger) and whether it says the
        events were several: a plural or dual event noun not framed as a conference's proceedings
        (على هامش اجتماعات), or a word such as منفصل."""
        toks = info.tokens
        # اتصالين هاتفيين من A و B: the callers of calls received stand after من, as counterparts after مع
        counter = self.g["WITH"] | (self.g["FROM"] if t.type == "phone_call" else frozenset())
        with_at = next((k for k in range(t.end, hi) if toks[k].text in counter), None)
        several, cue = False, ""
        for k in range(max(lo, t.start), hi):
            w = toks[k].words
            if not w.isdisjoint(self.g["SEPARATE_CUES"]):
                several, cue = True, "SEPARATE_CUES"
            elif not w.isdisjoint(self.g["SEVERAL_EVENTS"]):
                several = several or k == 0 or toks[k - 1].words.isdisjoint(self.g["SESSION_FRAMES"])
                cue = cue or ("SEVERAL_EVENTS" if several else "")
        return Listing(with_at, several, cue=cue)

    def _apart(self, info: SentInfo, t: Trigger, others: list[Trigger]) -> bool:
        """Whether each of the others is a verb with a comma or a clause stop between it and trigger t (a noun
        after a comma is most often the frame of t: بحث X، الجمعة، في مكالمة هاتفية مع Y)."""
        toks = info.tokens
        for o in others:
            if o.cls != "verb":
                return False
            a, b = (t.end, o.start) if t.start < o.start else (o.end, t.start)
            if not any(toks[k].text in self.g["COMMAS"] or toks[k].text in self.g["CLAUSE_STOPS"] for k in range(a, b)):
                return False
        return True

    def _continues(self, info: SentInfo, t: Trigger) -> bool:
        """A weak trigger that goes on with the sentence's event: بحث معه (a pronoun for the other side) or
        لبحث (its purpose)."""
        toks = info.tokens
        if t.plen > 0 and toks[t.start].text[t.plen - 1] in self.g["PURPOSE_PROCLITIC"]:
            return True
        return t.end < len(toks) and toks[t.end].text in self.g["TOPIC_SKIP"]

    def _own_event(self, info: SentInfo, a: int, t: Trigger) -> bool:
        """Whether noun trigger t, after a verb trigger that ends at token a, tells an event of its own: it has
        a light verb of its own in a new clause (وسوف يجري لافروف محادثات), or it is followed by a relative
        pronoun or a word of separation (محادثاته التي سيجريها، اجتماع منفصل، لقاء آخر)."""
        toks = info.tokens
        and_words, light = self.g["AND"], self.g["LIGHT_VERBS"]
        comma = False
        for k in range(a, t.start):
            tok = toks[k]
            comma = comma or tok.text in self.g["COMMAS"]
            if not tok.words.isdisjoint(light) and (comma or (tok.text[:1] in and_words and len(tok.forms) > 1)):
                return True  # ، وسوف يجري / ويعقد: a light verb that opens a clause of its own
        after = range(t.end, min(len(toks), t.end + 2))
        return any(not toks[k].words.isdisjoint(self.g["NEW_EVENT_AFTER"]) for k in after)

    def _party_between(self, info: SentInfo, a: int, b: int) -> bool:
        return any(mm.kind in PARTY_KINDS and a <= mm.start < b for mm in info.mentions)

    def _temporal_before(self, info: SentInfo, t: Trigger) -> bool:
        return t.start > 0 and bool(_words(info.tokens[t.start - 1]) & self.g["TEMPORAL_PREPS"])

    def _cut_between(self, info: SentInfo, a: int, b: int) -> bool:
        for tok in info.tokens[a:b]:
            if tok.text in self.g["CLAUSE_STOPS"] or tok.text in self.g["COMPLEMENTIZERS"] or tok.text in self.g["CLAUSE_BREAKERS"]:
                return True
        return False

    def _window(self, info: SentInfo, t: Trigger, prev_end: int, next_start: int) -> tuple[int, int]:
        toks = info.tokens
        lo = prev_end
        for k in range(t.start - 1, prev_end - 1, -1):
            tok = toks[k]
            if prev_end > 0 and tok.text in self.g["COMMAS"] and k + 1 <= t.start and self._opens_clause(info, k + 1):
                lo = k + 1  # يلتقي X ...، وسوف يجري Y محادثات: after an earlier event, a new clause opens its own window
                break
            if tok.text in ("\u201c", "\u00ab", '"') and self._short_quote(toks, k):
                continue  # وقائد “قوات سوريا الديمقراطية”: a quoted name, not quoted speech
            if tok.text in self.g["WINDOW_OPENERS"] or self._complementizer(tok):
                lo = k + 1
                break
        hi = next_start
        complementizers, breakers, markers = self.g["COMPLEMENTIZERS"], self.g["CLAUSE_BREAKERS"], self.g["TOPIC_MARKERS"]
        reports_or_breakers = self.g["REPORT_OR_BREAKER"]
        quoted = -1  # the closing mark of a quoted name the window runs through (بزعيم تحالف "ازرق ابيض"، X)
        for k in range(t.end, next_start):
            tok = toks[k]
            if k <= quoted:
                continue
            if tok.text in ("\u201c", "\u00ab", '"') and self._short_quote(toks, k):
                quoted = self._quoted_title_end(info, k)
                continue
            long_quote = tok.text in ("\u201c", "\u00ab", '"')
            if (tok.text in self.g["CLAUSE_STOPS"] or long_quote or tok.text in complementizers or tok.text in breakers
                    or (k > t.end and not _words(tok).isdisjoint(markers))):
                hi = k
                break
            if tok.text in self.g["COMMAS"] and k + 1 < len(toks) and (not _words(toks[k + 1]).isdisjoint(reports_or_breakers)
                                                                     or self._joined_future_verb(toks[k + 1].text)):
                hi = k  # ...، وقال X; ...، وسيحاول X: a clause of its own
                break
        return lo, hi

    def _governor_words(self, toks: list[Token], clause_lo: int) -> frozenset[str]:
        """The words of the three tokens before the أن that opens the trigger's clause (ومن المقرر ان ...)."""
        if clause_lo < 2 or toks[clause_lo - 1].text not in self.g["COMPLEMENTIZERS"]:
            return frozenset()
        return frozenset().union(*[toks[k].words for k in range(max(0, clause_lo - 4), clause_lo - 1)])

    def _tour(self, info: SentInfo, t: Trigger) -> list[Mention]:
        """The places a visit goes to when it names two or more (زيارة الى ايران والسعوديه): the state or city
        mentions after the destination word that follows the trigger, each joined to the one before by و."""
        toks = info.tokens
        places = {m.start: m for m in info.mentions if m.kind in ("state", "city") and m.country}
        dest = next((k for k in range(t.end, min(len(toks), t.end + 3)) if toks[k].text in self.g["DESTINATION"]), None)
        if dest is None and t.cls in NOUN_CLASSES:
            # جولة في شمال افريقيا تشمل الجزائر وموريتانيا وتونس: the places a tour takes in
            dest = next((k for k in range(t.end, min(len(toks), t.end + TOUR_REACH)) if toks[k].text in self.g["TOUR_INCLUDES"]), None)
        if dest is None and t.cls in VERB_CLASSES:
            # يزور X ايران والسعوديه: the places are the verb's objects, right after it or after its subject
            ends = {m.end for m in info.mentions if m.kind == "person"} | {t.end}
            dest = next((k - 1 for k in sorted(places) if k > t.end - 1 and k in ends), None)
        if dest is None:
            return []
        out: list[Mention] = []
        k = dest + 1
        while k in places and (not out or toks[k].text[:1] in self.g["AND"]):
            out.append(places[k])
            k = places[k].end
        return out if len({m.country for m in out}) >= 2 else []

    def _opens_clause(self, info: SentInfo, k: int) -> bool:
        """Whether token k, right after a comma, opens a clause of its own: a conjunction on a word that is
        neither a relative pronoun (والتي التقى خلالها) nor the start of a mention (، واللبناني X)."""
        tok = info.tokens[k]
        if tok.text in self.g["THEN"] or tok.text in self.g["ALSO_OPENERS"]:
            return True  # ، ثم التقى ...; ، كما عقد اجتماعا منفصلا مع ...
        if tok.text[:1] not in self.g["AND"] or len(tok.forms) < 2 or not tok.words.isdisjoint(self.g["RELATIVE_PRONOUNS"]):
            return False
        return not any(m.start == k for m in info.mentions)

    def _complementizer(self, tok: Token) -> bool:
        """أن، بأن، وأن: the token, or its reading without a conjunction (not one without a preposition: لأن)."""
        return tok.text in self.g["COMPLEMENTIZERS"] or (len(tok.forms) > 1 and tok.forms[1][1] in self.g["COMPLEMENTIZERS"]
                                                       and tok.text[:1] in self.g["AND"])

    def _quoted_title_end(self, info: SentInfo, k: int) -> int:
        """The closing mark of the quoted name opened at token k when a comma and a person's name follow it (a title
        in apposition: بزعيم حزب "X"، فلان), else k: the window ends at the closing mark."""
        toks = info.tokens
        close = next(j for j in range(k + 1, len(toks)) if not toks[j].is_word)
        named = close + 2 < len(toks) and toks[close + 1].text in self.g["COMMAS"] and any(
            m.start == close + 2 and m.kind == "person" for m in info.mentions)
        return close if named else k

    @staticmethod
    def _short_quote(toks: list[Token], k: int) -> bool:
        """A quoted name (“ألكيسي بورودافكين”، “الائتلاف الوطني لقوى الثورة”) rather than quoted speech."""
        for j in range(k + 1, min(len(toks), k + 2 + MAX_QUOTED_NAME)):
            if not toks[j].is_word:
                return toks[j].text in ("\u201d", "\u00bb", '"') and j > k + 1
        return False

    def _event(self, si: int, info: SentInfo, t: Trigger, prev_end: int, next_start: int, sole: bool = True) -> EventMention | None:
        """The event mention trigger t makes in sentence si, or None (see docs/ARCHITECTURE.md for the steps)."""
        toks = info.tokens
        bounds = self._clause_bounds(info, t, prev_end, next_start)
        if bounds is None:
            return None
        lo, hi, clause_lo = bounds
        notes: list[str] = []  # ids of the entries that decide this mention, besides its trigger (EventMention.why)
        parties = self._candidate_parties(info, t, lo, hi, notes)
        notes += reference_ids(parties) if self.explain else []
        resolved = self._resolve(si, info, parties)
        typ = t.type
        win_words = set().union(*[_words(x) for x in toks[lo:hi]]) if hi > lo else set()
        if any(lo <= c < hi for c in info.phone_cues) or (t.type == "meeting" and any(c for c in info.phone_cues if abs(c - t.start) <= 4)):
            typ = "phone_call"
            notes += self._cue_ids(info, lo, hi, t)
        location, loc_weak = None, False
        if typ == "meeting":
            # a place in the trigger's own clause first: حيث is as often a loose "whereby" as "where"
            location = self._location(info, lo, hi, t) or self._where_place(info, t)
            if location is None:
                location = self._location(info, 0, next_start, t)  # not a place in the clause of the next event
                loc_weak = location is not None
        sides = self._sides(si, info, t, (lo, hi), resolved, (typ, location), notes)
        if sides is None:
            return None
        resolved, listing = sides
        if typ == "meeting" and t.cls in NOUN_CLASSES and location and not loc_weak and not self._with_after(toks, t):
            # (محادثات مع رجال الأعمال، اجتماع بين مسؤولين أتراك وسوريين: the sides are named, the host is not guessed)
            resolved += self._delegation_host(t, resolved, location, self._between(info, t, hi) is None, notes)
        tm = self._event_time(info, t, (lo, hi), resolved, sole)
        aux = any(not toks[k].words.isdisjoint(self.g["PLUPERFECT_AUX"]) for k in range(clause_lo, t.start))  # كان ... قد: the pluperfect
        modality = self._modality(toks, t, clause_lo, aux, notes)
        if modality is None or win_words & self.g["NON_DIPLOMATIC"]:
            return None
        before_words = set().union(*[_words(x) for x in toks[max(0, t.start - 6):t.start]]) if t.start > 0 else set()
        status = self._status(info, t, tm, (win_words, before_words, self._governor_words(toks, clause_lo)), aux, modality == "whether",
                              notes)
        if status is None:
            return None
        if tm is not None and status != "occurred" and self._time(info, lo, hi, t) is None and self._reported_on(info, tm[0]):
            tm = None  # أعلن اليوم أنه سيلتقي ...: the day of the report, not of the meeting ahead
        if tm is None:
            tm = self._time(info, lo, hi, t, vague=True)  # سيلتقي ... خلال الأيام المقبلة، التقى مؤخرا: when, as far as the text says
        if tm:
            rt = timex.resolve(tm[0], self.doc_date(), "future" if status != "occurred" else "past")
            tm = (tm[0], rt, tm[1])
        topic, extra_sents = self._topic_and_context(si, info, t, (lo, hi), resolved, typ, notes)
        initiator = self._initiator(info, lo, hi, resolved, typ)
        strength = 0.55 + 0.1 * min(2, sum(1 for p in resolved if p.kind == "person" and p.name)) + (0.1 if t.cls not in WEAK_CLASSES else 0) + (0.05 if tm else 0) + (0.05 if location else 0)
        why = self._why(info, t, notes) if self.explain else []
        said = self._topic(info, t, lo, hi, resolved, said=True) if topic is None else None
        return EventMention(si, typ, status, resolved, location, tm, topic, initiator, t.anaphoric, info.sent.is_title,
                            min(strength, 0.95), extra_sents, loc_weak, self._sides_stated(toks, t), listing, t.cls, aux, why, said)

    def _clause_bounds(self, info: SentInfo, t: Trigger, prev_end: int, next_start: int) -> tuple[int, int, int] | None:
        """(lo, hi, clause_lo): the tokens whose mentions may be the trigger's parties, and where its clause
        starts for negation and demand cues; None for a process named after its city (محادثات جنيف)."""
        toks = info.tokens
        lo, hi = self._window(info, t, prev_end, next_start)
        # على خلفية اعلان الرئيس الروسي ...: who is named in what led to the event is no party of it
        hi = next((k for k in range(t.end, hi) if not toks[k].words.isdisjoint(self.g["BACKGROUND_CUES"])), hi)
        if t.cls in NOUN_CLASSES and self._named_process(info, t):
            return None
        hi = self._when_clause(info, t, lo, hi)
        if t.cls in NOUN_CLASSES and t.anaphoric:
            lo = self._last_joined_clause(toks, lo, t.start)  # X رفض ...، وقال بعد لقائه Y: X is the subject, found below
        clause_lo = lo  # negation and demand cues are read over the whole clause, even for a noun trigger
        # the most stripped reading decides: اللقاء is definite (the meeting already told), للقاء is ل + لقاء
        # (to meet: the purpose of the clause's verb, whose subject is a party)
        if t.cls in NOUN_CLASSES and (not t.anaphoric or is_definite(toks[t.start].forms[-1][1])):
            pre = {f for tok in toks[lo:t.start] for f in _words(tok)}
            if t.start > 0 and toks[t.start - 1].words & self.g["PRAISE_VERBS"]:
                pre = set()  # مثمناً زيارة الوزير: the noun is what is praised; parties come after it
            purpose = t.start > 0 and not toks[t.start - 1].words.isdisjoint(self.g["PURPOSE_WORDS"])
            if not pre & self.g["CALL_CONTEXT_VERBS"] and not purpose:  # (وصل بهدف لقاء Y: the subject is a side)
                lo = max(lo, t.start)
        return lo, hi, clause_lo

    def _when_clause(self, info: SentInfo, t: Trigger, lo: int, hi: int) -> int:
        """وتعود القمة الأخيرة بين الدول الثلاث الى نيسان في أنقرة عندما تعهد X ونظيراه Y وZ: a meeting noun whose
        clause names nobody takes its sides from the when-clause that follows it; the window's end, so widened."""
        toks = info.tokens
        if t.cls not in NOUN_CLASSES or hi >= len(toks) or toks[hi].words.isdisjoint(self.g["WHEN_CLAUSE"]):
            return hi
        if any(lo <= m.start < hi and m.kind in ("person", "delegation", "org", "pair") for m in info.mentions):
            return hi
        stops = self.g["CLAUSE_STOPS"] | self.g["COMPLEMENTIZERS"] | self.g["CLAUSE_BREAKERS"]
        return next((k for k in range(hi + 1, len(toks)) if toks[k].text in stops), len(toks))

    def _candidate_parties(self, info: SentInfo, t: Trigger, lo: int, hi: int, notes: list[str]) -> list[Mention]:
        """The mentions of tokens lo..hi that may be the trigger's parties, before anaphors are resolved."""
        toks = info.tokens
        parties: list[Mention] = []
        between = self._between(info, t, hi)
        for mm in info.mentions:
            if mm.kind not in PARTY_KINDS or mm.start < lo or mm.start >= hi:
                continue
            if between is not None and mm.start < between:
                # "لقاء بين X و Y": the parties are the two sides named after بين
                if mm.kind in ("state", "org") or mm.start < t.start:
                    continue
            if mm.kind == "latter":
                continue
            if mm.kind == "pronoun" and not any(toks[mm.start].text.startswith(w) for w in self.g["WITH"]):
                continue
            if mm.kind == "state" and mm.from_nisba and not (self._attached_to_trigger(info, t, mm) or self._government(toks, mm)):
                continue
            if mm.kind == "delegation" and mm.entourage:
                continue  # X والوفد المرافق له: the delegation is X's side, and X is listed (RECORDS.md)
            if mm.kind == "delegation" and not (mm.country or mm.org):
                mm = self._delegation_of(info, mm)  # وفدا من المعارضة السورية: the body after it is its side
                if mm.country is None:
                    continue
            if self._in_message(toks, mm):
                continue  # سلم X رسالة من الرئيس Y: the sender of a message is not there
            if mm.kind == "person" and self._spokesperson(toks, mm):
                continue  # صرح السفير X، المتحدث باسم الخارجية: who reports the meeting, not a side of it
            before = [toks[k].text for k in range(max(lo, mm.start - 2), mm.start)]
            if any(b in self.g["SOURCE_CUES"] for b in before):
                continue
            if mm.kind in ("state", "org") and not self._body_as_side(toks, mm):
                continue
            parties.append(mm)
        subj = self._fronted_subject(info, t, hi, parties)
        if subj is not None:
            parties.append(subj)
            notes.append("grammar:FRONTED_PP")
        return parties

    def _delegation_of(self, info: SentInfo, mm: Mention) -> Mention:
        """A delegation named with no state, given the state of the nationality adjective that closes the body it
        comes from (التقى وفدا من المعارضة السورية، وفدا للحكومة اليمنية); itself when there is none."""
        toks = info.tokens
        if mm.end >= len(toks) or not (any(toks[k].text in self.g["FROM"] for k in range(mm.start + 1, mm.end + 1))
                                       or toks[mm.end].forms[-1][0] > 0):
            return mm
        for s in info.mentions:
            if s.kind == "state" and s.from_nisba and mm.end < s.start <= mm.end + 2 and s.country:
                return Mention("delegation", mm.start, s.end, name=mm.name, role=mm.role, country=s.country, number=mm.number)
        return mm

    def _body_as_side(self, toks: list[Token], mm: Mention) -> bool:
        """Whether a state or organization mention stands as a side, not as a frame, an initiator or a place."""
        if any(not toks[k].words.isdisjoint(self.g["SESSION_FRAMES"]) for k in range(max(0, mm.start - 4), mm.start)):
            return False  # على هامش اجتماعات الجمعية العامة: the gathering that frames the meeting, not a side
        if any(not toks[k].words.isdisjoint(_initiative_cue_words()) for k in range(max(0, mm.start - 3), mm.start)):
            return False  # بناء على طلب الجانب الامريكي: who asked for it (the initiator), not one more side
        prev = toks[mm.start - 1] if mm.start > 0 else None
        first_forms = [f for p, f in toks[mm.start].forms if p > 0]
        if prev is not None and (prev.text in self.g["IN"] or prev.text in self.g["DESTINATION"] or prev.text in self.g["FROM"]
                                 or prev.words & self.g["REGION_PARTS"]):
            return False  # في سوريا، إلى تركيا، شمال سوريا: a place
        if toks[mm.start].forms[0][1][:1] in self.g["NON_SIDE_PROCLITICS"] and first_forms and mm.kind == "state" and len(toks[mm.start].forms) > 1:
            return False  # بسوريا، لسوريا: in or for a state, not a side
        return True

    def _sides(self, si: int, info: SentInfo, t: Trigger, window: tuple[int, int], resolved: list[Mention],
               kind: tuple[str, tuple[str, str | None] | None], notes: list[str]) -> tuple[list[Mention], Listing] | None:
        """(parties, listing) once visits, tours and dropped subjects are read, for an event of `kind` (its
        type and place); None when the trigger makes no event (a tour with no places, a weak trigger without
        a counterpart)."""
        toks = info.tokens
        lo, hi = window
        typ, location = kind
        visit = bool({f for k in range(t.start, t.end) for f in _words(toks[k])} & self.g["VISIT_WORDS"])
        listing = self._listing(info, t, lo, hi)
        tour = self._tour(info, t) if visit and typ == "meeting" else []
        visitors = [p for p in resolved if not any(p.start == m.start for m in tour)]
        if tour and not visitors:
            # يتوجه X الى المنطقة، في جولة تشمل الاردن وتركيا: the tour is its clause's subject's
            subj = self._implicit_subject(si, info, lo, visitors)
            visitors = [subj] if subj is not None else []
        toured = bool(tour) and len(self._keys(visitors)) == 1
        if toured:  # بزيارة الى ايران والسعوديه: a meeting with each host, at its place
            resolved = visitors + [Mention("state", m.start, m.end, name=m.name, country=m.country) for m in tour]
            listing = Listing(tour[0].start - 1, True, True)
            notes.append("grammar:VISIT_WORDS")
        elif visit and typ == "meeting" and location and location[1] and resolved:
            # a visitor and those with him (ويرافقه فيها وزير الدفاع) are one side: the host is the other
            sides = {self._side(p) for p in resolved}
            if len(sides) == 1 and location[1] not in sides and None not in sides:
                resolved.append(Mention("state", t.start, t.end, country=location[1]))
                notes.append("grammar:VISIT_WORDS")
        # حيث عقد لقاءات مع Y: a light verb right before the noun, whose subject is dropped (not خلال، عقب)
        # (طلبت عقد اجتماع: after a demand the light word is a noun, and nobody met)
        # (على أن يعقد لاحقاً لقاء مماثل مع Y: a word of time may stand between the light verb and its noun)
        v = t.start - 2 if t.start > 2 and not toks[t.start - 1].words.isdisjoint(self.g["FUTURE_CUES"]) else t.start - 1
        light = (t.cls in NOUN_CLASSES and v > 0 and not toks[v].words.isdisjoint(self.g["LIGHT_VERB_ONLY"])
                 and toks[v - 1].words.isdisjoint(self.g["DEMAND_CUES"]))
        # ...، كما سيلتقي وزراء خارجية بريطانيا وفرنسا: after كما a verb whose sides are all unnamed (bodies, titles)
        # has dropped its subject
        also = t.cls in VERB_CLASSES and t.start > 0 and toks[t.start - 1].text in self.g["ALSO_OPENERS"] and all(
            not p.name for p in resolved)
        if (len(self._keys(resolved)) == 1 or also) and (t.cls in VERB_CLASSES or light or self._hangs_on_speech(info, t, lo)):
            # حيث من المقرر أن يلتقي [أنان] وزير الخارجية الإيراني: the dropped subject is the sentence's first person
            # أكد X أن ...، وذلك خلال مؤتمر صحفي مع Y: X, the speaker, is the other side
            subj = self._implicit_subject(si, info, lo, resolved)
            if subj is not None:
                resolved.insert(0, subj)
                notes.append("rule:event.dropped-subject" if t.cls in VERB_CLASSES else
                             "grammar:LIGHT_VERBS" if light else "grammar:REPORT_VERBS")
        elif self._owner_missing(info, t, resolved):
            # ويطلعه على محادثاته التي سيجريها برفقة X مع Y: "his talks" are the sentence subject's
            subj = self._implicit_subject(si, info, t.start, resolved)
            quoted = subj is not None and any(toks[k].text in _QUOTES_AND_BRACKETS or toks[k].text == '"'
                                              for k in range(subj.end, t.start))
            if subj is not None and not quoted:  # (not a name inside a quote that ends before the noun)
                resolved.insert(0, subj)
                notes.append("rule:event.possessor")
        if not toured and any(not toks[k].words.isdisjoint(self.g["TOUR_NOUNS"]) for k in range(t.start, t.end)):
            return None  # جولة: an event only with the places it takes in (a round of a league is none)
        if t.cls in WEAK_CLASSES and not toured and not self._weak_ok(info, t, lo, hi, resolved):
            return None
        return resolved, listing

    def _delegation_host(self, t: Trigger, resolved: list[Mention], location: tuple[str, str | None], between_none: bool,
                         notes: list[str]) -> list[Mention]:
        """وتتناول محادثات الوفد السوري في برلين: the talks of a delegation, its only side, in a city of another state
        are held with that state, the host (as a visit's); [] otherwise."""
        sides = {self._side(p) for p in resolved}
        if not resolved or any(p.kind != "delegation" or not p.country for p in resolved) or len(sides) != 1:
            return []
        if location[1] is None or location[1] in sides or not between_none:
            return []
        notes.append("rule:event.delegation-host")
        return [Mention("state", t.start, t.end, country=location[1])]

    def _event_time(self, info: SentInfo, t: Trigger, window: tuple[int, int], resolved: list[Mention], sole: bool):
        """The time expression of the event, unresolved: in its clause, else (the sentence's one event) in
        the sentence before what was discussed, else the date that heads its line."""
        toks = info.tokens
        lo, hi = window
        tm = self._time(info, lo, hi, t)
        if tm is None and sole and len(self._keys(resolved)) >= 2:
            # the sentence's one event takes a time outside its clause, but not one inside what was discussed
            openers = self.g["TOPIC_OPENERS"]
            topic_from = next((j for j in range(t.end, len(toks)) if not toks[j].words.isdisjoint(openers)), len(toks))
            tm = self._time(info, 0, topic_from, t)  # ويتوجه أنان اليوم إلى طهران، حيث من المقرر أن يلتقي ...
        if tm is None:
            tm = self._heading_time(info)
        return tm

    def _topic_and_context(self, si: int, info: SentInfo, t: Trigger, window: tuple[int, int], resolved: list[Mention],
                           typ: str, notes: list[str]) -> tuple[str | None, list[int]]:
        """(topic, sentences before it that belong to its evidence): جاء ذلك خلال لقائه ... refers to the
        sentence before, which then lends its topic."""
        toks = info.tokens
        topic = self._topic(info, t, window[0], window[1], resolved)
        extra_sents: list[int] = []
        refers = t.start >= 2 and toks[t.start - 2].text in self.g["THAT_REFERS"]
        if si > 0 and (self._that_came(toks) or refers):
            extra_sents.append(si - 1)
            notes.append("grammar:THAT_REFERS" if refers else "grammar:THAT_CAME")
            if topic is None:
                earlier = self.infos[si - 1]
                topic = self._topic(earlier, Trigger(0, 0, typ, "noun", False, False), 0, 0, [])
        return topic, extra_sents

    def _sides_stated(self, toks: list[Token], t: Trigger) -> int | None:
        """لقاء ثلاثي: the number of sides the trigger states; none when it states several (اجتماعات ثنائية وثلاثية)."""
        counts = {n for k in range(t.end, min(len(toks), t.end + 2)) for n, words in _sides_words() if toks[k].words & words}
        return next(iter(counts)) if len(counts) == 1 else None

    def _why(self, info: SentInfo, t: Trigger, notes: list[str]) -> list[str]:
        """The ids of what made the event mention of trigger t: its triggers.tsv row, then `notes`."""
        m = info.index.first(t.start, _CAT_TRIGGER)
        return ([trigger_id(info.tokens, m)] if m is not None else []) + notes

    def _cue_ids(self, info: SentInfo, lo: int, hi: int, t: Trigger) -> list[str]:
        """The triggers.tsv rows of the phone cues that make trigger t's event a call (see `_event`); none
        unless explaining."""
        out: list[str] = []
        if not self.explain:
            return out
        for c in sorted(info.phone_cues):
            m = info.index.first(c, _CAT_TRIGGER) if lo <= c < hi or abs(c - t.start) <= 4 else None
            if m is not None and m.entry.data[0] == "phone_cue":
                out.append(trigger_id(info.tokens, m))
        return out

    def _modality(self, toks: list[Token], t: Trigger, clause_lo: int, aux: bool, notes: list[str] | None = None) -> str | None:
        """None when the clause denies the event or only demands it (نفى عقد لقاء، دعت الى عقد اجتماع، نفت الخارجيه
        ان يكون ... قد التقي); "whether" when it leaves it open (لم يستبعد، لم يحسم بعد ما اذا، زياره قد يقوم
        بها); else ""."""
        pluperfect = self.g["PLUPERFECT_AUX"]
        # نفى عقد لقاء، ألغى زيارته، دعت إلى عقد اجتماع: no meeting took place or is planned
        whether = False
        skip = -1
        negation, rule_out, demand = self.g["NEGATION_CUES"], self.g["RULE_OUT_VERBS"], self.g["DEMAND_CUES"]
        for k in range(self._last_joined_clause(toks, clause_lo, t.start), t.start):
            if k == skip:
                continue
            w = _words(toks[k])
            negated = not w.isdisjoint(negation)
            if negated and k + 1 < t.start and not toks[k + 1].words.isdisjoint(rule_out) and w.isdisjoint(rule_out):
                whether, skip = True, k + 1  # لم يستبعد عقد لقاء: not ruled out, so uncertain
                _note(notes, "grammar:RULE_OUT_VERBS")
                continue
            if negated:
                # لم يحسم بعد ما إذا كان سيلتقي: undecided, not denied
                if any(toks[j].text in self.g["WHETHER"] for j in range(k + 1, t.start)):
                    whether = True
                    _note(notes, "grammar:WHETHER")
                    continue
                return None
            if not w.isdisjoint(demand) and any(toks[j].text in self.g["DESTINATION"] for j in range(k + 1, t.start)):
                return None
        if clause_lo > 0 and toks[clause_lo - 1].text in self.g["COMPLEMENTIZERS"]:
            # نفت الخارجية أن يكون لافروف قد التقى ...: the clause is denied, when the denial governs أن
            # (ونفت الوزارة ذلك مؤكدة أن ...: the nearest verb or participle before أن is what governs it)
            for k in range(clause_lo - 2, max(-1, clause_lo - 6), -1):
                w = toks[k].words
                if w & self.g["DENIAL_VERBS"]:
                    return None
                if toks[k].text in self.g["COMMAS"] or toks[k].text == "." or w & self.g["REPORT_OR_GOVERNING"]:
                    break
            # ولم يستبعد المصدر أن تلتقي ...: not ruled out, so uncertain
            for k in range(max(0, clause_lo - 5), clause_lo - 2):
                w = toks[k].words
                if w & self.g["NEGATION_CUES"] and toks[k + 1].words & self.g["RULE_OUT_VERBS"]:
                    whether = True
                    _note(notes, "grammar:RULE_OUT_VERBS")
        if t.cls in NOUN_CLASSES and not aux and all(toks[k].words.isdisjoint(pluperfect) for k in range(t.end, min(len(toks), t.end + 3))):
            # زيارة قد يقوم بها الصفدي: a noun followed by قد and a third-person imperfect verb may happen
            # (يقوم، تقوم; not a past verb such as تناولت or تمت, nor after كانت)
            for k in range(t.end, min(len(toks) - 1, t.end + 3)):
                nxt = toks[k + 1].text
                third = nxt[:1] in self.g["IMPERFECT_3RD"] and not (nxt[:1] == nxt[-1:])
                if toks[k].text in self.g["PERFECT_PARTICLE"] and len(nxt) >= 3 and third:
                    whether = True
                    _note(notes, "grammar:PERFECT_PARTICLE")
        return "whether" if whether else ""

    def _status(self, info: SentInfo, t: Trigger, tm, words: tuple, aux: bool, whether: bool,
                notes: list[str] | None = None) -> str | None:
        """occurred, planned or uncertain, from the trigger's tense, its time and the cues of `words`: the
        words of its window, of the six tokens before it and of those that govern its أن (a future cue
        there plans it: ومن المقرر ان); None for an event only hoped for with no date."""
        win_words, before_words, governing = words
        toks = info.tokens
        status = "occurred"
        if before_words & self.g["HOPE_CUES"]:
            if tm is None:
                return None  # يأمل بقيام حوار: hoped for with no date, no event
            status = "planned"
            _note(notes, "grammar:HOPE_CUES")
        # غداً، الأسبوع المقبل، في أبريل (a month still to come): the event is ahead of the article
        side = self._calendar_side(tm[0]) if tm is not None else 0
        ahead = tm is not None and (tm[0].direction == 1 or (tm[0].relative_days or 0) > 0 or side > 0)
        joined = not t.future and (self._joined_to_future(info, t) or self._future_relative(toks, t))
        if t.future or (win_words | before_words | governing) & self.g["FUTURE_CUES"] or ahead or joined:
            status = "planned"
            _note(notes, "grammar:FUTURE_PROCLITIC" if t.future else "rule:status.time-ahead" if ahead
                  else "grammar:CONJ_PROCLITICS" if joined else "grammar:FUTURE_CUES")
        # - 1 مارس: الرئيس يزور السعودية: beside an earlier calendar day, a present-tense verb is a historical present
        past = tm is not None and (tm[0].direction == -1 or (tm[0].relative_days or 0) < 0 or (side < 0 and tm[0].point.day is not None))
        if (t.cls in VERB_CLASSES and not info.sent.is_title and not past
                and toks[t.start].words & self.g["IMPERFECT_TRIGGERS"] and not win_words & self.g["PRESENT_CUES"] and not aux):
            status = "planned"  # في زيارة تستمر يومين، يلتقي خلالها الرئيس: will meet
            _note(notes, "grammar:IMPERFECT_TRIGGERS")
        if status == "occurred" and not aux and not past and self._purpose(toks, t):
            status = "planned"  # وصل دمشق للقاء الرئيس، توجه الى موسكو لاجراء محادثات: the meeting is still to come
            _note(notes, "grammar:PURPOSE_PROCLITIC")
        doubt = (before_words & self.g["UNCERTAIN_CUES"]) | self._doubt_pair(toks, t)
        if doubt and aux and not t.future:
            doubt = doubt - self.g["PERFECT_PARTICLE"]  # وكان البوسعيدي قد التقى: had met, not may meet
        if doubt or whether:
            status = "uncertain"
            _note(notes, "grammar:UNCERTAIN_CUES" if doubt else "")
        return status

    def _doubt_pair(self, toks: list[Token], t: Trigger) -> frozenset[str]:
        """من غير الواضح إن كان سيلتقي: a two-word cue of doubt shortly before the trigger, as its one word."""
        pairs, stops = self.g["UNCERTAIN_PAIRS"], self.g["TOPIC_STOPS"]
        lo = next((k + 1 for k in range(t.start - 1, max(-1, t.start - DOUBT_REACH - 1), -1) if toks[k].text in stops),
                  max(0, t.start - DOUBT_REACH))  # not past a comma: a doubt about something else
        return frozenset(toks[k].text + " " + toks[k + 1].text for k in range(lo, t.start - 1)
                         if toks[k].text + " " + toks[k + 1].text in pairs)

    def _joined_future_verb(self, text: str) -> bool:
        """وسيحاول، وسوف: a future verb or particle joined by a conjunction (a new clause after a comma)."""
        if len(text) < 2 or text[0] not in self.g["CONJ_PROCLITICS"]:
            return False
        return text[1:] in self.g["FUTURE_PARTICLES"] or (len(text) > FUTURE_VERB_MIN and text[1] in self.g["FUTURE_PROCLITIC"]
                                                          and text[2] in self.g["IMPERFECT_PREFIXES"])

    def _future_relative(self, toks: list[Token], t: Trigger) -> bool:
        """محادثاته التي سيجريها في أنقرة: a meeting noun whose relative clause is in the future is still ahead."""
        k = t.end
        if t.cls not in NOUN_CLASSES or k + 1 >= len(toks) or toks[k].text not in self.g["RELATIVE_PRONOUNS"]:
            return False
        verb = toks[k + 1].text
        return (verb in self.g["FUTURE_CUES"] or (len(verb) >= FUTURE_VERB_MIN and verb[0] in self.g["FUTURE_PROCLITIC"]
                                                 and verb[1] in self.g["IMPERFECT_PREFIXES"]))

    def _joined_to_future(self, info: SentInfo, t: Trigger) -> bool:
        """سأزور كوريا الشمالية وألتقي الزعيم: a verb joined by a conjunction to a future verb of its clause
        shares its future."""
        toks = info.tokens
        if t.cls not in VERB_CLASSES or t.plen == 0 or toks[t.start].text[0] not in self.g["CONJ_PROCLITICS"]:
            return False
        for o in info.triggers:
            if o.future and o.cls in VERB_CLASSES and o.end <= t.start <= o.end + FUTURE_JOIN_REACH:
                return not any(toks[k].text in self.g["CLAUSE_STOPS"] for k in range(o.end, t.start))
        return False

    def _last_joined_clause(self, toks: list[Token], lo: int, hi: int) -> int:
        """Where the last clause opened by a joined speech verb or by وذلك starts between lo and hi (رفض
        التدخلات، وقال بعد لقائه ...; دعا روسيا الى ...، وذلك اثناء محادثات: what is rejected or called for
        before it is not the meeting); lo when there is none."""
        for k in range(hi - 1, lo, -1):
            tok = toks[k]
            if tok.text in self.g["THAT_REFERS_JOINED"]:
                return k
            if len(tok.forms) > 1 and tok.text[:1] in self.g["CONJ_PROCLITICS"] and not tok.words.isdisjoint(self.g["REPORT_VERBS"]):
                return k
        return lo

    def _calendar_side(self, m: timex.TimeMention) -> int:
        """-1, 0 or 1: whether a calendar date (a day of a month, or a month alone), read as the nearest such
        date, falls before, within or after the document's day (or month); 0 when there is no document date
        or no calendar date."""
        doc_date = self.doc_date()
        if doc_date is None or m.kind != "date" or m.point is None or m.point.month is None:
            return 0
        value = timex.resolve(m, doc_date).value
        if value is None or len(value) not in (7, 10) or not value[:4].isdigit():
            return 0
        ref = doc_date.isoformat()[:len(value)]
        return (value > ref) - (value < ref)

    def _hangs_on_speech(self, info: SentInfo, t: Trigger, lo: int) -> bool:
        """A meeting noun in a phrase of time or place (خلال، في، عقب) whose sentence is a speaker's verb
        (أكد، قال) with the speaker before the noun's clause: أكد X ... خلال لقائه مع Y."""
        toks = info.tokens
        # a press conference (weaknoun) is a speaker's own unless a counterpart is named with him (مؤتمر صحفي مع Y)
        joint = t.cls == "weaknoun" and any(toks[k].text in self.g["WITH"] for k in range(t.end, min(len(toks), t.end + 2)))
        if (t.cls != "noun" and not joint) or t.start == 0 or toks[t.start - 1].words.isdisjoint(self.g["FRONTED_PP"]):
            return False
        if any(toks[k].text in self.g["BETWEEN"] for k in range(t.end, min(len(toks), t.end + 3))):
            return False  # خلال الاجتماع المقبل بين ممثلي ...: the sides are named after بين
        before = frozenset().union(*[toks[k].words for k in range(0, min(lo, len(toks)))]) if lo > 0 else frozenset()
        # أعرب X عن أمله في أن يتم خلال الاجتماع ...: a hope about a meeting of others, not the speaker's meeting
        if not before.isdisjoint(self.g["HOPE_CUES"]):
            return False
        # طلب X من Y أن ...، وذلك خلال اجتماعه معه: a possessed noun (his meeting) belongs to the sentence's subject
        possessed = t.anaphoric and not is_definite(toks[t.start].forms[-1][1])
        # دعا X روسيا الى ...، وذلك اثناء محادثات مع Y: "that was during" ties the noun to the clause before
        that_was = t.start >= 2 and toks[t.start - 2].text in self.g["THAT_REFERS_JOINED"] and self._with_after(toks, t)
        return possessed or that_was or not before.isdisjoint(self.g["REPORT_VERBS"]) or not before.isdisjoint(self.g["REPORT_VERBS_PRESENT"])

    def _owner_missing(self, info: SentInfo, t: Trigger, resolved: list[Mention]) -> bool:
        """A possessed meeting noun (محادثاته، لقائه) whose sides are all named after it: its owner is not among them."""
        possessed = t.cls == "noun" and t.anaphoric and not is_definite(info.tokens[t.start].forms[-1][1])
        return possessed and len(self._keys(resolved)) >= 2 and all(p.start > t.start for p in resolved)

    def _with_after(self, toks: list[Token], t: Trigger) -> bool:
        """A counterpart introduced by مع shortly after the noun, in its clause (محادثات أجراها في موسكو مع Y)."""
        for k in range(t.end, min(len(toks), t.end + WITH_REACH)):
            if toks[k].text in self.g["COMMAS"] or toks[k].text in self.g["CLAUSE_STOPS"]:
                return False
            if toks[k].text in self.g["WITH"]:
                return True
        return False

    def _purpose(self, toks: list[Token], t: Trigger) -> bool:
        """A meeting noun in a purpose phrase: للقاء، or a light-verb noun with the purpose proclitic before it
        (لاجراء محادثات، لعقد اجتماع)."""
        if t.cls not in NOUN_CLASSES:
            return False
        lam = self.g["PURPOSE_PROCLITIC"]
        if t.plen > 0 and toks[t.start].text[t.plen - 1] in lam:
            return True
        prev = toks[t.start - 1] if t.start > 0 else None
        if prev is not None and not prev.words.isdisjoint(self.g["PURPOSE_WORDS"]):
            return True  # بهدف لقاء، بغرض إجراء
        return prev is not None and any(p > 0 and prev.text[p - 1] in lam and f in self.g["PURPOSE_LIGHT_NOUNS"] for p, f in prev.forms)

    def _fronted_subject(self, info: SentInfo, t: Trigger, hi: int, parties: list[Mention]) -> Mention | None:
        """وخلال لقائه نظيره الروسي، أكد وزير الخارجية السوري ...: a noun trigger in a phrase that opens the
        sentence names one side; the other is the subject of the clause after the comma."""
        toks = info.tokens
        if t.cls not in NOUN_CLASSES or t.start == 0:
            return None
        if not all(toks[k].is_word and toks[k].words & self.g["FRONTED_PP"] for k in range(t.start)):
            return None
        if len(self._keys([p for p in parties if p.kind in ("person", "delegation", "state", "org")])) >= 2:
            return None
        comma = next((k for k in range(max(hi, t.end), len(toks)) if toks[k].text in self.g["COMMAS"]), None)
        if comma is None:
            return None
        for mm in info.mentions:
            if comma < mm.start <= comma + 4 and mm.kind in ("person", "delegation"):
                return mm
        return None

    def _implicit_subject(self, si: int, info: SentInfo, lo: int, parties: list[Mention]) -> Mention | None:
        have = {p.entity for p in parties}
        cands = [m for m in info.mentions if m.kind == "person" and m.start < lo and m.entity is not None]
        borrowed = False
        if not cands and si > 0:
            cands = [m for m in self.infos[si - 1].mentions if m.kind == "person" and m.entity is not None][:1]
            borrowed = True
        if borrowed and (not cands or cands[0].counterpart) and si - 1 in self._told_subject and info.tokens and (
                not _words(info.tokens[0]).isdisjoint(self.g["ALSO_OPENERS"])):
            # فقد التقى نظيره العراقي ... . كما اجتمع مع Y: the subject of the event told just before goes on
            cands = [self._told_subject[si - 1]]
        for m in cands:
            if m.entity is not None and m.entity not in have and not m.counterpart:
                ent = self.reg.people[m.entity]
                # a subject from the sentence before has no tokens here: it stands at the clause start, empty
                start, end = (lo, lo) if borrowed else (m.start, m.end)
                return Mention("person", start, end, name=ent.name, name_norm=ent.name_norm, role=m.role or ent.role,
                               country=m.country or ent.country, org=m.org or ent.org, entity=m.entity)
        return None

    def _attached_to_trigger(self, info: SentInfo, t: Trigger, mm: Mention) -> bool:
        """A nationality adjective is a party only when it qualifies the trigger (لقاء روسي - فرنسي), so it
        stands after it."""
        if mm.start < t.end:
            return False
        k = t.end
        while k < mm.start:
            tok = info.tokens[k]
            if tok.is_word and not info.index.first(k, _CAT_NISBA) and tok.text not in self.g["AND"]:
                return False
            k += 1
        return True

    def _between(self, info: SentInfo, t: Trigger, hi: int) -> int | None:
        """The بين that introduces a noun trigger's sides: right after it (لقاء بين X و Y), or after a phrase
        that names no party (اجتماع يعقد في السابع من سبتمبر بين إيران وتركيا وروسيا)."""
        toks = info.tokens
        reach = min(hi, t.end + BETWEEN_REACH)
        k = next((k for k in range(t.end, reach) if toks[k].text in self.g["BETWEEN"]), None)
        if k is None or k < t.end + 3:
            return k
        named = any(t.end <= mm.start < k for mm in info.mentions if mm.kind in PARTY_KINDS)
        stop = any(toks[j].text in self.g["COMMAS"] or toks[j].text in self.g["CLAUSE_STOPS"] for j in range(t.end, k))
        return None if named or stop or t.cls not in NOUN_CLASSES else k

    def _spokesperson(self, toks: list[Token], mm: Mention) -> bool:
        """A person whose title, or the title in apposition right after his name, is a spokesperson's."""
        k = mm.end + 1 if mm.end < len(toks) and toks[mm.end].text in self.g["COMMAS"] else mm.end
        span = range(mm.start, min(len(toks), k + 1))
        return any(not toks[j].words.isdisjoint(self.g["SPOKESPERSONS"]) for j in span)

    def _in_message(self, toks: list[Token], mm: Mention) -> bool:
        """Whether a mention names who sent a message, an invitation or a cable: it follows a message noun
        and من in its phrase (رسالة خطية من الرئيس العراقي). The addressee may be the one who receives it."""
        linked = False
        for k in range(mm.start - 1, max(-1, mm.start - 1 - MESSAGE_REACH), -1):
            tok = toks[k]
            if tok.text in self.g["COMMAS"] or tok.text in self.g["CLAUSE_STOPS"]:
                return False
            if tok.text in self.g["FROM"]:
                linked = True
            elif not tok.words.isdisjoint(self.g["MESSAGE_NOUNS"]):
                return linked
        return False

    def _government(self, toks: list[Token], mm: Mention) -> bool:
        """النظام السوري، الحكومة التركية، السلطات الروسية: a nationality adjective after a word for a state's
        government names that state as a side."""
        return mm.start > 0 and not toks[mm.start - 1].words.isdisjoint(self.g["GOVERNMENT"])

    def _named_process(self, info: SentInfo, t: Trigger) -> bool:
        """محادثات جنيف، مسار أستانة: a process named after its city, with no sides in the clause."""
        toks = info.tokens
        if t.end >= len(toks):
            return False
        m = info.index.first(t.end, _CAT_CITY)
        if not m or m.plen:
            return False
        after = {toks[k].text for k in range(m.end, min(len(toks), m.end + 3))}
        return not after & self.g["BETWEEN_OR_WITH"]

    def _that_came(self, toks: list[Token]) -> bool:
        words = [t.text for t in toks[:3] if t.is_word]
        for phrase in self.g["THAT_CAME"]:
            p = phrase.split()
            if words[: len(p)] == p:
                return True
        return False

    def _weak_ok(self, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention]) -> bool:
        toks = info.tokens
        after = [toks[k] for k in range(t.end, hi)]
        with_obj = any(tok.text in self.g["WITH"] or tok.text in self.g["BETWEEN"] or tok.text in self.g["OBJECT_PRONOUN_HOSTS"] or (tok.forms[0][1][:1] in self.g["OBJECT_PROCLITICS"] and len(tok.forms) > 1) for tok in after)
        counterpart = any(p.counterpart for p in parties)
        before = {f for tok in toks[max(lo, t.start - 4):t.start] for f in _words(tok)}
        light = bool(before & self.g["CALL_VERBS"])
        return len(self._keys(parties)) >= 2 and (with_obj or counterpart or light)

    def _resolve(self, si: int, info: SentInfo, parties: list[Mention]) -> list[Mention]:
        """Replace anaphors by the persons they point at; drop duplicates and redundant states."""
        out: list[Mention] = []
        for p in parties:
            if p.kind in ("pair", "latter", "pronoun"):
                n = 2 if p.kind == "pair" else 1
                exclude = {q.entity for q in out if q.entity is not None} if p.kind != "pronoun" else set()
                if p.kind == "pronoun":
                    subj = next((q.entity for q in parties if q.kind == "person" and q.entity is not None), None)
                    if subj is not None:
                        exclude.add(subj)
                for e in self._recent_persons(si, p.start, n, exclude, p.role_head):
                    ent = self.reg.people[e]
                    out.append(Mention("person", p.start, p.end, name=ent.name, name_norm=ent.name_norm, role=ent.role,
                                       country=ent.country, org=ent.org, entity=e))
            else:
                out.append(p)
        # counterparts take the role of the person they are the counterpart of
        for p in out:
            if p.counterpart:
                ante = next((q for q in out if q.kind == "person" and not q.counterpart and q.start < p.start), None)
                if ante is None:
                    ante = next((q for q in out if q.kind == "person" and not q.counterpart), None)
                if ante is not None:
                    ante_role = ante.role or (self.reg.people[ante.entity].role if ante.entity is not None else None)
                    p.role = ante_role
                    if p.entity is not None and not self.reg.people[p.entity].role:
                        self.reg.people[p.entity].role = ante_role
        seen, uniq = set(), []
        for p in out:
            k = self._key(p)
            if k in seen:
                continue
            seen.add(k)
            uniq.append(p)
        covered = {p.country for p in uniq if p.kind in ("person", "delegation") and p.country}
        covered_org = {p.org for p in uniq if p.kind in ("person", "delegation") and p.org}
        named = {(p.country, p.org) for p in uniq if p.kind == "person" and p.name}
        # a bare title (الرئيس الروسي) next to a named person of the same side is that person again
        return [p for p in uniq if not (p.kind == "state" and p.country in covered) and not (p.kind == "org" and p.org in covered_org)
                and not (p.kind == "person" and not p.name and (p.country, p.org) in named)]

    def _recent_persons(self, si: int, before_tok: int, n: int, exclude: set, role_head: str | None) -> list[int]:
        """The n persons mentioned last before token `before_tok` of sentence si; those whose title has the
        anaphor's head first (الوزيران: the two ministers, not the president named between them)."""
        if role_head:
            titled = self._recent(si, before_tok, n, exclude, lambda e: role_head in normalize_text(self.reg.people[e].role or ""))
            if titled:
                return titled
        return self._recent(si, before_tok, n, exclude, lambda e: True)

    def _recent(self, si: int, before_tok: int, n: int, exclude: set, fits) -> list[int]:
        found: list[int] = []
        for sj in range(si, max(-1, si - 6), -1):
            ms = [m for m in self.infos[sj].mentions if m.kind == "person" and m.entity is not None]
            if sj == si:
                ms = [m for m in ms if m.start < before_tok]
            for m in reversed(ms):
                if m.entity is None or m.entity in exclude or m.entity in found or not fits(m.entity):
                    continue
                found.append(m.entity)
                if len(found) == n:
                    return list(reversed(found)) if n > 1 else found
        return list(reversed(found)) if len(found) == n else []

    def _key(self, p: Mention) -> str:
        if p.kind == "person":
            if p.entity is not None:
                return f"p{p.entity}"
            if p.name_norm:
                return "n" + p.name_norm
            return f"r{p.role}|{p.country}"
        if p.kind == "delegation":
            return f"d{p.country or p.org or p.role}"
        if p.kind == "org":
            return f"o{p.org}"
        return f"s{p.country}"

    def _keys(self, ps: list[Mention]) -> set[str]:
        return {self._key(p) for p in ps}

    def _where_place(self, info: SentInfo, t: Trigger) -> tuple[str, str | None] | None:
        """توجه الى الرياض، حيث من المقرر ان يلتقي: a حيث shortly before a trigger whose clause names no
        place puts the event at the place its clause comes after, the one nearest to it."""
        toks = info.tokens
        for k in range(t.start - 1, max(-1, t.start - 1 - WHERE_REACH), -1):
            if toks[k].text in self.g["WHERE"]:
                return self._location(info, self._clause_start(info, k), k, t, nearest_to=k)
            if toks[k].text in self.g["CLAUSE_STOPS"]:
                break
        return None

    def _clause_start(self, info: SentInfo, k: int) -> int:
        """The first token of the clause that ends before token k (after a colon, semicolon or clause breaker)."""
        toks = info.tokens
        for j in range(k - 1, -1, -1):
            if toks[j].text in self.g["CLAUSE_STOPS"] or toks[j].text in self.g["CLAUSE_BREAKERS"]:
                return j + 1
        return 0

    def _capital_phrase(self, info: SentInfo, k: int) -> Match | None:
        """العاصمه السوريه with no name after it, as a match of that state's capital (entry data: iso3, kind)."""
        tok = info.tokens[k]
        nouns = self.g["CAPITAL_NOUNS"]
        if tok.words.isdisjoint(nouns):
            return None
        plen = next(p for p, f in tok.forms if f in nouns)
        nis = info.index.first(k + 1, _CAT_NISBA) if k + 1 < len(info.tokens) else None
        if nis is None or self.L.capitals.get(nis.entry.data[0]) is None:
            return None
        if nis.end < len(info.tokens) and info.index.first(nis.end, _CAT_CITY_COUNTRY_METONYM):
            return None  # العاصمه الاردنيه عمان: the name itself is the place
        return Match(k, nis.end, plen, Entry("CITY", (nis.entry.data[0], "capital")))

    def _location(self, info: SentInfo, lo: int, hi: int, t: Trigger,
                  nearest_to: int | None = None) -> tuple[str, str | None] | None:
        """The place of the event whose trigger is t, within tokens lo..hi; the one nearest the trigger
        (or token `nearest_to`), a city before a state."""
        toks = info.tokens
        best = None
        anchor = t.start if nearest_to is None else nearest_to
        visit_words, openers, capital_nouns = self.g["VISIT_WORDS"], self.g["TOPIC_OPENERS"], self.g["CAPITAL_NOUNS"]
        visit_word = any(not toks[k].words.isdisjoint(visit_words) for k in range(t.start, t.end))
        visit_verb = t.cls in VERB_CLASSES and visit_word  # زيارة يجريها X الى تركيا: the destination of the visit
        # تناولت آخر التطورات في غزة: a place after a topic opener is inside what was discussed, one after
        # على خلفية inside what led to it (على خلفية العملية العسكرية في عفرين)
        openers = openers | self.g["BACKGROUND_CUES"]
        topic_from = next((j + 1 for j in range(t.end, hi) if not toks[j].words.isdisjoint(openers)), len(toks))
        for k in range(lo, min(hi, topic_from)):
            tok = toks[k]
            if not tok.is_word:
                continue
            capital = None
            m = info.index.first(k, _CAT_CITY_COUNTRY_METONYM)
            if m is None and not tok.words.isdisjoint(capital_nouns):
                m = capital = self._capital_phrase(info, k)
            if not m or any(p.start <= k < p.end for p in info.mentions if p.kind == "person"):
                continue
            prev = toks[k - 1].text if k > 0 else ""
            j = k - 1
            while j > 1 and info.index.first(j, _CAT_NISBA) and not toks[j].words & self.g["PLACE_NOUNS"]:
                j -= 1  # في العاصمة الأردنية عمّان: a nationality adjective between the place noun and the city
            if j > 0 and toks[j].words & self.g["PLACE_NOUNS"]:  # في العاصمة أنقرة، بمدينة إسطنبول
                pn = toks[j]
                prev = toks[j - 1].text if pn.forms[-1][0] == 0 else next(iter(self.g["IN_WORD"]))
            via_prep = m.plen > 0 and tok.text[m.plen - 1] in self.g["IN"]
            visit = k == t.end or (prev in self.g["DESTINATION"] and (k - 1 == t.end or visit_word)) or bool(_words(toks[k - 1]) & self.g["VISIT_OR_HOST"]) if k > 0 else False
            # يزور الرئيس الفرنسي ماكرون بيروت: the object of a visit verb, right after its subject
            visit = visit or (visit_verb and k > t.end and any(p.end == k for p in info.mentions if p.kind == "person"))
            if not (prev in self.g["IN"] or via_prep or visit or (prev in self.g["DESTINATION"] and m.entry.cat == "CITY")):
                continue
            if m.entry.cat == "COUNTRY" and not visit and prev not in self.g["IN"]:
                continue
            lead = 1 if (prev in self.g["IN"] or prev in self.g["DESTINATION"]) and not via_prep else 0
            if m.entry.cat != "CITY" and not visit and not self._event_slot_before(info, t, k - lead - (k - j if toks[j].words & self.g["PLACE_NOUNS"] else 0)):
                continue  # آخر التطورات في سورية: a country after a noun is what was discussed, not the place
            rank = (0 if m.entry.cat == "CITY" else 1, abs(k - anchor))  # في قصر الشعب بدمشق: the city
            if best is None or rank < best[0]:
                best = (rank, k, m, capital is not None)
        if best is None:
            return None
        _, k, m, is_capital = best
        iso = m.entry.data[0]
        if is_capital:  # the capital as the article writes it elsewhere, else as the city list has it
            return self._as_written(self.L.capitals[iso]) or self.L.capitals[iso], iso
        return info.sent.norm.original_span_text(toks[k].start + m.plen, toks[m.end - 1].end), iso

    def _event_slot_before(self, info: SentInfo, t: Trigger, k: int) -> bool:
        """Whether token k (a place phrase's start) follows the trigger, a party, a time or punctuation."""
        j = k - 1
        if j < 0:
            return True
        tok = info.tokens[j]
        if not tok.is_word or t.start <= j <= t.end or j in info.time_tok or j in info.phone_cues:
            return True
        if any(p.start <= j < p.end for p in info.mentions if p.kind in ("person", "delegation", "state", "org", "city")):
            return True
        if info.index.first(j, _CAT_TRIGGER):
            return True
        return bool(_words(tok) & self.g["SLOT_VERBS"])

    def _time(self, info: SentInfo, lo: int, hi: int, t: Trigger, vague: bool = False):
        best = None
        for ti, tm in enumerate(info.times):
            if tm.kind == "duration" or (tm.kind == "vague" and not vague):
                continue
            toks = self._time_tokens(info, ti)
            if not toks or not any(lo <= k < hi for k in toks):
                continue
            if min(toks) > t.end and any(info.tokens[k].words & self.g["REPORT_OR_SOURCE"] for k in range(max(t.end, min(toks) - REPORT_REACH), min(toks))):
                continue  # ... في مصيف صلاح الدين، حسبما أفاد الموقع اليوم الأربعاء: the day of the report
            # the clause after the trigger first (التقى X، اليوم الثلاثاء، ...), a dateline before it last
            dist = (0 if min(toks) >= t.start else 1, min(abs(k - t.start) for k in toks))
            if best is None or dist < best[0]:
                best = (dist, tm)
        if best is None:
            return None
        tm = best[1]
        return tm, info.sent.norm.original_span_text(tm.start, tm.end)

    def _reported_on(self, info: SentInfo, tm: timex.TimeMention) -> bool:
        """Whether a time dates a report: a report verb or source shortly before it (أعلنت الخارجية اليوم) or a
        complementizer right after it (قال، اليوم الاثنين، إنه ...), not a travel (يتوجه اليوم إلى طهران، حيث ...)."""
        toks = info.tokens
        ks = [k for k, v in info.time_tok.items() if info.times[v] is tm]
        if not ks:
            return False
        a, b = min(ks), max(ks) + 1
        while b < len(toks) and (toks[b].text in self.g["COMMAS"] or toks[b].text in _QUOTES_AND_BRACKETS or toks[b].text == "\""):
            b += 1
        after = b < len(toks) and not toks[b].words.isdisjoint(self.g["COMPLEMENTIZERS"])
        return after or any(toks[k].words & self.g["REPORT_OR_SOURCE"] for k in range(max(0, a - REPORT_REACH), a))

    @staticmethod
    def _time_tokens(info: SentInfo, ti: int) -> list[int]:
        """The tokens of the sentence's time expression number ti."""
        return [k for k, v in info.time_tok.items() if v == ti]

    def _heading_time(self, info: SentInfo):
        """- 1 مارس (آذار) : الرئيس المصري يزور السعودية: a date that opens a line and ends at a heading mark
        (a timeline's entry) dates the line's events."""
        toks = info.tokens
        for ti, tm in enumerate(info.times):
            ks = self._time_tokens(info, ti)
            if tm.kind != "date" or not ks or any(toks[k].is_word for k in range(min(ks))):
                continue
            after = max(ks) + 1
            while after < len(toks) and not toks[after].is_word and toks[after].text not in self.g["HEADING_MARKS"]:
                after += 1
            if after < len(toks) and toks[after].text in self.g["HEADING_MARKS"]:
                return tm, info.sent.norm.original_span_text(tm.start, tm.end)
        return None

    def _topic(self, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention], said: bool = False) -> str | None:
        """What was discussed: after a marker, what was praised, the discuss verb's object; with `said`, what a
        side said in the sentence (_said_start)."""
        toks = info.tokens
        n = len(toks)
        first_plen = 0
        start = None if said else self._marker_start(info, t, lo, hi, parties)
        if start is None and not said and (fronted := self._fronted_topic(info, t, parties)) is not None:
            return fronted
        if start is None and not said:
            start = self._praised_start(info, t, parties)
            first_plen = 1 if start is not None else 0
        if start is None:
            start = self._said_start(info, t) if said else self._object_start(info, t, lo, hi, parties)
            if start is None:
                return None
        lead = self.g["TOPIC_SKIP"] | self.g["TOPIC_MARKERS"] | self.g["TOPIC_LEAD_PREPS"]
        while start < n and not first_plen and toks[start].text in lead:
            start += 1
        if not first_plen and not said:
            if start < n and toks[start].text in self.g["BETWEEN"] and self._past_parties(info, start + 1) > start + 1:
                start = self._past_parties(info, start + 1)  # نقاش بين X و Y حول الوضع: the sides the marker names between
                while start < n and toks[start].text in lead:
                    start += 1
            past = self._past_parties(info, start)  # بحث الاسد ونظيره الاماراتي X، التطورات: what follows the sides
            states = all(m.kind == "state" for m in info.mentions if start <= m.start < past)
            if not (states and (past >= n or self._topic_end(toks, past) == past)):
                start = past  # but بشأن سوريا. : a state that ends the clause is what was discussed
            while start < n and toks[start].text in self.g["TOPIC_LEAD_PREPS"]:
                start += 1  # وركز الوزيران على ملف ...
        while start < n and toks[start].text in _OPENING_QUOTES:
            start += 1  # لمناقشة «الحاجة الى وقف التصعيد»: the topic is what the quote holds
        if start >= n:
            return None
        end = self._topic_end(toks, start)
        while end - 1 > start and (end - 1 in info.time_tok or toks[end - 1].text in self.g["IN"]):
            end -= 1  # ... الاتفاق الروسي التركي بداية الشهر الجاري: when the event was is no part of what was discussed
        if end - start < 1 or not toks[start].is_word or _words(toks[start]) & self.g["SOURCE_CUES"]:
            return None
        return info.sent.norm.original_span_text(toks[start].start + first_plen, toks[end - 1].end)

    def _marker_start(self, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention]) -> int | None:
        """The token after the first topic marker after the trigger (بحث، حول، بشأن، تناول ...), or after an
        agreement word and its preposition (اتفقا على)."""
        toks = info.tokens
        n = len(toks)
        inside = {k for p in parties if p.kind in ("person", "delegation") for k in range(p.start, p.end)}
        markers, agreement = self.g["TOPIC_MARKERS"], self.g["TOPIC_AGREEMENT"]
        if any(not _words(toks[k]).isdisjoint(self.g["DISCUSS_VERBS"]) for k in range(lo, t.start)):
            return None  # بحث X في اتصال مع Y التعاون في مجال ...: the verb's object is the topic, a marker in it is not
        for k in range(t.end, n):
            if k in inside:
                continue  # المبعوث الخاص بشأن القضية السورية: a marker inside a title
            phrase = self._marker_phrase(toks, k)
            if phrase:
                return k + phrase  # before its first word's own reading as a marker (تركز على)
            if toks[k].text in markers or (k >= hi and not _words(toks[k]).isdisjoint(markers)):
                return k + 1
            if toks[k].text in agreement and k + 1 < n and toks[k + 1].text in self.g["AGREEMENT_PREPS"]:
                return k + 2
            if toks[k].text in (".",):
                break
        return None

    @staticmethod
    def _marker_phrase(toks: list[Token], k: int) -> int:
        """The length of the topic-marker phrase (تبادلا وجهات النظر حول) starting at token k, else 0."""
        for ph in _phrases("TOPIC_MARKER_PHRASES"):
            if ph[0] in _words(toks[k]) and [x.text for x in toks[k + 1:k + len(ph)]] == list(ph[1:]):
                return len(ph)
        return 0

    def _said_start(self, info: SentInfo, t: Trigger) -> int | None:
        """طلب من X أن تواصل ...، وذلك خلال اجتماعه معه؛ ويؤكدان خلال اجتماعهما على ...: with no marker, what was
        said in the event's sentence (after the verb, its addressee, the event word) is what was discussed; not
        what holds the event itself (أكد المتحدث أن الوزير التقى ...)."""
        toks = info.tokens
        n = len(toks)
        covered = {k for m in info.mentions for k in range(m.start, m.end)} | set(info.time_tok)
        skip = (self.g["COMMAS"] | self.g["FROM"] | self.g["OBJECT_PRONOUN_HOSTS"] | self.g["TOPIC_SAID_ADDRESSEES"]
                | self.g["FRONTED_PP"]) - self.g["TOPIC_SAID_OPENERS"]  # أعرب عن: عن opens what was said
        for k in range(n):
            if k in covered or _words(toks[k]).isdisjoint(self.g["TOPIC_SAID_VERBS"]):
                continue
            j = k + 1
            while j < n and (j in covered or toks[j].text in skip or t.start <= j < t.end or info.index.first(j, _CAT_TRIGGER)
                             or (j + 1 in covered and toks[j].is_word and toks[j].text not in self.g["TOPIC_SAID_OPENERS"])):
                j += 1  # دعا المعارض السوري البارز X: a word that describes the speaker, right before a name
            if j + 1 >= n or toks[j].text not in self.g["TOPIC_SAID_OPENERS"]:
                continue
            if toks[j].text in self.g["FROM"] and all(toks[x].text not in self.g["FRONTED_PP"] for x in range(max(0, t.start - 2), t.start)):
                continue  # أعرب عن تقديره ...، مثمنا زيارة X: only what was expressed during the event (خلال اتصال) is its topic
            if j + 1 > t.end or self._topic_end(toks, j + 1) <= t.start:
                return j + 1
        return None

    def _fronted_topic(self, info: SentInfo, t: Trigger, parties: list[Mention]) -> str | None:
        """وكشف أن الملف السوري سيحتل حيزا أساسيا من محادثاته؛ تصدر ملف الطاقة المحادثات: the subject of a verb of
        taking up (TOPIC_LEADS, right before the event word) is what was discussed, from the clause's start."""
        toks = info.tokens
        v, plen = next(((k, n) for k in range(max(0, t.start - FRONTED_REACH), t.start)
                        if (n := self._lead_phrase(toks, k)) and k + n <= t.start), (-1, 0))
        if v < 0:
            return None
        start = v
        opens = self.g["COMPLEMENTIZERS"] | self.g["TOPIC_STOPS"] | self.g["CLAUSE_BREAKERS"]
        while start > 0 and v - start < MAX_TOPIC_TOKENS and toks[start - 1].text not in opens:
            start -= 1
        start, end = (start, v) if start < v else (v + plen, t.start)  # تصدر ملف الطاقة المحادثات: the subject after it
        if start >= end or any(start < p.end and p.start < end for p in parties) or not toks[start].is_word:
            return None
        return info.sent.norm.original_span_text(toks[start].start, toks[end - 1].end)

    @staticmethod
    def _lead_phrase(toks: list[Token], k: int) -> int:
        """The length of the phrase of TOPIC_LEADS (يحتل حيزا، شكل محور) starting at token k, else 0."""
        for ph in _phrases("TOPIC_LEADS"):
            if ph[0] in _words(toks[k]) and [x.text for x in toks[k + 1:k + len(ph)]] == list(ph[1:]):
                return len(ph)
        return 0

    def _praised_start(self, info: SentInfo, t: Trigger, parties: list[Mention]) -> int | None:
        """أشاد الرئيس ... باستعداد الأسد ...: what was praised is what was talked about (its first token,
        whose preposition the topic leaves out)."""
        toks = info.tokens
        praise = self.g["PRAISE_VERBS"]
        for k in range(0, t.start):
            if not _words(toks[k]).isdisjoint(praise):
                for j in range(k + 1, t.start):
                    if len(toks[j].forms) > 1 and toks[j].text[0] in self.g["IN"] and not any(p.start <= j < p.end for p in parties):
                        return j
                return None
        return None

    def _object_start(self, info: SentInfo, t: Trigger, lo: int, hi: int, parties: list[Mention]) -> int | None:
        """With a discuss verb in the clause (بحث X مع Y الأوضاع): the first token after the sides, a time
        right after them, the place and the call words."""
        toks = info.tokens
        n = len(toks)
        verbs = [k for k in range(lo, min(n, hi)) if not _words(toks[k]).isdisjoint(self.g["DISCUSS_VERBS"])]
        if not verbs:
            return None
        intransitive = all(not _words(toks[k]).isdisjoint(self.g["DISCUSS_INTRANSITIVE"]) for k in verbs)
        last = t.end
        for p in sorted(parties, key=lambda p: p.start):
            if t.end < p.start - 1 < n and toks[p.start - 1].text in self.g["BETWEEN"]:
                continue  # تناول اللقاء العلاقات بين البلدين: inside what was discussed (لقاء بين X و Y: parties)
            gap = toks[last:p.start]
            if len(gap) > MAX_SIDE_GAP or any(tok.text in self.g["TOPIC_STOPS"] - self.g["COMMAS"] or _words(tok) & self.g["TOPIC_END"] for tok in gap):
                break  # ... العلاقات بين البلدين بما يخدم مصلحة البلدين: a side named after what was discussed began
            if p.kind in ("state", "org") and any(tok.is_word and tok.text not in self.g["SIDE_GLUE"] and last + i not in info.time_tok
                                                  for i, tok in enumerate(gap)):
                break  # يبحث مع الرئيس الروسي قضايا غزة وسوريا: a state after a noun is inside what was discussed
            last = max(last, p.end)
        k = last  # past a time right after the sides (بحث X مع Y اليوم الأوضاع), not one after the topic
        while k < n and (toks[k].text in self.g["IN"] or toks[k].text in self.g["OBJECT_PRONOUN_HOSTS"] or toks[k].text in self.g["COMMAS"] or k in info.phone_cues or k in info.time_tok or info.index.first(k, _CAT_TRIGGER)):
            k += 1
            place = info.index.first(k, _CAT_CITY_COUNTRY_METONYM) if k < n and toks[k - 1].text in self.g["IN"] else None
            if place is not None and place.plen == 0:
                k = place.end  # بحث ... في نيويورك الأوضاع: the place is not the topic
        if intransitive and (k == 0 or toks[k - 1].text not in self.g["IN"] or info.index.first(k, _CAT_TRIGGER)):
            return None  # تباحث X مع Y، في لقاء هدفه ...: no object; its topic would follow في
        return k

    def _past_parties(self, info: SentInfo, start: int) -> int:
        """The first token at or after `start` that is not part of a run of sides (persons, states, bodies, with
        و، نظيره and commas between them) or of a time expression."""
        toks = info.tokens
        ends = {m.start: m.end for m in info.mentions if m.kind in ("person", "delegation", "state", "org", "pair")}
        k = start
        moved = False
        while k < len(toks):
            if k in ends:
                k, moved = ends[k], True
            elif moved and (toks[k].text in self.g["COMMAS"] or k in info.time_tok or toks[k].text in self.g["AND"]):
                k += 1
            else:
                break
        return k if moved else start

    def _initiator(self, info: SentInfo, lo: int, hi: int, parties: list[Mention], typ: str = "phone_call") -> str | None:
        toks = info.tokens
        initiative = self.g["INITIATIVE"]
        cue_words = _initiative_cue_words()
        # within the event's clause (بمبادرة of another clause is that clause's); a follow-up sentence (lo == hi) whole
        for k in (range(lo, hi) if hi > lo else range(len(toks))):
            w = _words(toks[k])
            if w.isdisjoint(cue_words):
                continue  # neither a one-word cue nor the first word of a longer one
            cue = self._initiative_at(toks, k)
            if cue or not w.isdisjoint(initiative):
                for mm in info.mentions:
                    if k < mm.start <= k + 5 + cue and mm.kind in ("state", "person", "org", "delegation", "latter"):
                        if mm.kind == "latter":
                            got = self._resolve(info.sent.index, info, [mm])
                            if got:
                                return got[0].country or got[0].org
                        return self._side(mm)
        receive, place, call_verbs = self.g["RECEIVE_CALL"], self.g["PLACE_CALL"], self.g["CALL_VERBS"]
        for k in range(lo, hi):
            w = _words(toks[k])
            if w.isdisjoint(call_verbs):
                continue  # neither receives nor places a call
            if not w.isdisjoint(receive):
                for mm in info.mentions:
                    if mm.start > k and mm.start - 1 >= 0 and toks[mm.start - 1].text in self.g["FROM"] and mm.kind in ("person", "state", "org", "delegation"):
                        return self._side(mm)
            if typ == "phone_call" and not w.isdisjoint(place):  # أجرى مباحثات: holding talks is no initiative
                # اتصل X بـ Y: the party after the verb is its subject, unless it is the object (لافروف اتصل بوزير)
                subj = next((p for p in parties if p.start > k and not self._called(toks, p)), None)
                subj = subj or next((p for p in reversed(parties) if p.start < k), None)
                subj = next((p for p in parties if p.start < k), subj) if toks[k].text not in self.g["PLACE_CALL"] else subj
                aux = next((j for j in range(k - 1, max(-1, k - 8), -1) if toks[j].words & self.g["PLUPERFECT_AUX"]), None)
                if (k > 0 and toks[k - 1].text in self.g["PERFECT_PARTICLE"]) or aux is not None:
                    # وكان عراقجي قد أجرى اتصالاً بصباغ، وكان الصفدي هاتف المقداد: the subject stands before the verb
                    subj = next((p for p in reversed(parties) if p.start < k and (aux is None or p.start > aux)), subj)
                if subj is not None:
                    return self._side(subj)
        return None

    def _called(self, toks: list[Token], p: Mention) -> bool:
        """Whether party p is written with the object proclitic of a call verb (بوزير الخارجيه، بنظيره)."""
        tok = toks[p.start]
        return len(tok.forms) > 1 and tok.text[0] in self.g["OBJECT_PROCLITICS"] and tok.forms[-1][0] == 1

    def _side(self, mm: Mention) -> str | None:
        """The country (else organization) of a party, from the person it names when the mention has none."""
        ent = self.reg.people[mm.entity] if mm.kind == "person" and mm.entity is not None else None
        return mm.country or mm.org or (ent.country or ent.org if ent else None)

    @staticmethod
    def _initiative_at(toks: list[Token], k: int) -> int:
        """The length of the longest multi-word initiative cue starting at token k (0 if none)."""
        phrases, heads = _initiative_phrases()
        best = 0
        if toks[k].words.isdisjoint(heads):
            return 0
        for ph in phrases:
            if len(ph) > best and k + len(ph) <= len(toks) and all(toks[k + i].text == w or (i == 0 and w in toks[k].words) for i, w in enumerate(ph)):
                best = len(ph)
        return best

    # ------------------------------------------------------------------ clustering
    def cluster(self, ems: list[EventMention]) -> list[Cluster]:
        clusters: list[Cluster] = []
        for em in ems:
            keys = self._keys(em.parties)
            target = None
            # المحادثات، المباحثات (definite, no call word): talks already told, which may have been a call
            any_type = (em.anaphoric and em.trigger_cls == "noun" and em.type == "meeting" and em.location is None
                        and em.status == "occurred" and not em.sides_stated)
            for c in reversed(clusters):
                if c.type != em.type and not any_type:
                    continue
                if self._compatible(c, em, keys):
                    target = c
                    break
            if target is not None and target.type != em.type:
                em.type = target.type
            if target is None and em.anaphoric and clusters:
                # حضر اللقاء X: people attending the meeting just reported join it
                last = clusters[-1]
                recent = em.sent_index - last.mentions[-1].sent_index <= ATTACH_WINDOW
                if last.type == em.type and recent and self._attendance(em.sent_index):
                    target = last
                    em.why.append("grammar:ATTEND")
            if target is None and len(keys) < 2:
                target = next((c for c in reversed(clusters) if c.type == em.type and (keys <= self._cluster_keys(c) or not keys)), None)
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
            target.add(em, keys, self._countries(em.parties))
        return clusters

    def calls_told_as_talks(self, clusters: list[Cluster]) -> list[Cluster]:
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
            call = call or self._headline_call(c, clusters)
            if call is None:
                out.append(c)
                continue
            for m in c.mentions:
                m.type = "phone_call"
                m.why.append("rule:event.call-told-as-talks")
                call.mentions.insert(0, m)
        return out

    def _headlines(self) -> frozenset[str]:
        """The normalized text of the document's headline sentences (a headline is often repeated in the body)."""
        if self._heads is None:
            self._heads = frozenset(info.sent.norm.text for info in self.infos if info.sent.is_title)
        return self._heads

    def _headline_call(self, c: Cluster, clusters: list[Cluster]) -> Cluster | None:
        """مباحثات قطرية أميركية، بلينكن بحث مع نظيره التركي: talks told in a headline only, with no place,
        are the one phone call between the same states that the body tells, when the body tells no meeting
        between them."""
        cities = self.L.city_country
        heads = self._headlines()
        if c.type != "meeting" or len(c.sides) < 2 or any(
                self.infos[m.sent_index].sent.norm.text not in heads or (m.location and normalize_text(m.location[0]) in cities)
                for m in c.mentions):
            return None  # (a state named in the headline is as often what was discussed as a place)
        calls = [d for d in clusters if d.type == "phone_call" and c.sides <= d.sides]
        meetings = [d for d in clusters if d is not c and d.type == "meeting" and c.sides <= d.sides]
        return calls[0] if len(calls) == 1 and not meetings else None

    def _attendance(self, si: int) -> bool:
        return any(_words(tok) & self.g["ATTEND"] for tok in self.infos[si].tokens[:6])

    def _cluster_keys(self, c: Cluster) -> set[str]:
        return c.keys

    def _countries(self, ps: list[Mention]) -> set[str]:
        return {p.country or p.org or "" for p in ps} - {""}

    def _other_sides_differ(self, c: Cluster, em: EventMention, shared: set[str]) -> bool:
        """Beside the persons both share, the cluster and the mention name persons of different states only
        or states (التقى نظيره اليمني ... ثم التقى نظيره العراقي; جولة شملت الكويت وقطر): two meetings of the
        same minister. A delegation is left out: its head may be the person shared."""
        def states(parties: list[Mention]) -> set[str]:
            return {p.country or p.org or "" for p in parties if p.kind in ("person", "state") and self._key(p) not in shared} - {""}
        mine = states(em.parties)
        theirs = {s for m in c.mentions for s in states(m.parties)}
        return bool(mine) and bool(theirs) and not (mine & theirs)

    @staticmethod
    def _doubt_apart(c: Cluster, em: EventMention, added: set[str]) -> bool:
        """سيزور إسرائيل ... ومن غير الواضح إن كان سيلتقي غانتس: a meeting left in doubt with a person the planned
        (or told) one does not name is a meeting of its own, and the other way round."""
        if not added or any(m.sent_index == em.sent_index for m in c.mentions):
            return False  # (زيارة قد يقوم بها X ... للقاء Y: one sentence, one event)
        return (em.status == "uncertain") != any(m.status == "uncertain" for m in c.mentions)

    def _compatible(self, c: Cluster, em: EventMention, keys: set[str]) -> bool:
        ck = self._cluster_keys(c)
        persons = {k for k in keys if k[0] in "pn"}
        cpersons = {k for k in ck if k[0] in "pn"}
        ok = False
        if persons and cpersons:
            ok = persons <= cpersons or cpersons <= persons
            ok = ok and len(persons & cpersons) >= 1
            # sides the mention adds beyond the persons must already be in the cluster (another meeting of the same envoy)
            # and so must the state of a counterpart told by title alone (كما التقى نظيره اليمني after the Algerian)
            others = {p.country or p.org for p in em.parties if p.kind in ("delegation", "org") and (p.country or p.org)}
            others |= {p.country for p in em.parties if self._key(p)[0] == "r" and p.country}
            ok = ok and others <= c.sides and not self._other_sides_differ(c, em, persons & cpersons)
            ok = ok and not self._doubt_apart(c, em, persons ^ cpersons)
        else:
            mine = self._countries(em.parties)
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
                if self.L.city_country.get(normalize_text(a)) and self.L.city_country.get(normalize_text(b)):
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

    # ------------------------------------------------------------------ records
    def records(self, clusters: list[Cluster]) -> list[Record]:
        out: list[Record] = []
        used_ids: set[str] = set()
        for c in clusters:
            # the body sentence that first reports the event with its sides named
            primary = max(c.mentions, key=lambda m: (min(2, len([p for p in m.parties if p.kind == "person" and p.name])), not m.is_title, len(m.parties), -m.sent_index))
            parts = self._participants(c, primary)
            if len(parts) < 2 and not (len(parts) == 1 and parts[0].kind == "delegation"):
                continue
            loc = self._place(c, primary, clusters) if c.type == "meeting" else None
            tm = (primary.time or next((m.time for m in c.mentions if m.time and not m.is_title), None)
                  or next((m.time for m in c.mentions if m.time), None) or self._evidence_time(c, primary.status)
                  or self._carried_time(c, primary.status) or self._gathering_time(c, primary.status, clusters))
            topic = self._record_topic(c, clusters)
            initiator = next((m.initiator for m in c.mentions if m.initiator), None)
            if initiator is None and c.type == "phone_call":
                initiator = self._follow_up(c, lambda info: self._initiator(info, 0, 0, []))
            sents = sorted({m.sent_index for m in c.mentions} | {x for m in c.mentions for x in m.extra_sents})
            evidence = []
            for si in sents:
                s = self.doc.sentences[si]
                evidence.append(build(Evidence, start=s.start, end=s.end, text=self.doc.original[s.start:s.end]))
            topics = self._topic_labels(c, topic, sents)
            status = primary.status
            if status == "planned" and any(m.status == "uncertain" and m.sent_index == primary.sent_index for m in c.mentions):
                status = "uncertain"  # زيارة قد يقوم بها ... للقاء الرئيس: the hedge of the sentence covers its purpose
            time_info, warnings = None, []
            if tm:
                # resolved again with the record's own status: a mention's time was resolved with that mention's tense
                m, text = tm[0], tm[2]
                rt = timex.resolve(m, self.doc_date(), "future" if status != "occurred" else "past")
                time_info = build(TimeInfo, text=text, value=rt.value, relative_days=rt.relative_days, weekday=rt.weekday)
                warnings = list(rt.warnings)
            rid = self._id(c.type, parts, time_info, used_ids)
            out.append(build(
                Record, id=rid, doc_id=self.doc.doc_id, type=c.type, status=status, participants=parts,
                initiator=initiator, location=build(Location, name=loc[0], country=loc[1]) if loc and c.type == "meeting" else None,
                time=time_info, topic=topic, topics=topics, evidence=evidence,
                source=build(Source, path=self.doc.path, title=self.doc.title), confidence=round(primary.strength, 2),
                warnings=warnings,
            ))
            if self.explain:
                attach(out[-1], record_ids(primary, c.mentions, status))
        return out

    def _record_topic(self, c: Cluster, clusters: list[Cluster]) -> str | None:
        """The topic the body first gives the event (a lead sentence states it, later ones go into detail),
        told with both sides, in a sentence of its own before one that tells other events too (بحث X في
        اتصالات مع Y و Z ...، then بحث X في اتصال مع Y: the latter is Y's own); else the headline's, else what
        a side said in its sentences (said_topic), else one from the sentences after it that speak of it. A
        topic that names nothing (عدة قضايا إقليمية) yields to one that does, from any of these."""
        heads = self._headlines()
        shared = {m.sent_index for d in clusters if d is not c for m in d.mentions}
        body = [m for m in sorted(c.mentions, key=lambda m: (len(m.parties) < 2, m.sent_index in shared, m.sent_index))
                if not m.is_title and self.infos[m.sent_index].sent.norm.text not in heads]
        found: list[str | None] = [m.topic for m in body if m.topic] or [m.topic for m in c.mentions if m.topic]
        if not found:
            found.append(next((m.said_topic for m in body if m.said_topic), None))
        if not found[0] or self._vague(found[0]):
            found.append(self._follow_up_topic(c))
        found += [m.topic for m in c.mentions if m.topic]
        topics = [t for t in found if t]
        return next((t for t in topics if not self._vague(t)), topics[0] if topics else None)

    def _vague(self, topic: str) -> bool:
        """عدة قضايا إقليمية، القضايا ذات الاهتمام المشترك: every word of the topic is a general one; or the
        topic is a state's name alone (مفاوضات استانا حول سوريا), which a fuller one told of the event beats."""
        vague = self.g["VAGUE_TOPIC_WORDS"]
        toks = [tok for tok in tokenize(normalize_text(topic)) if tok.is_word]
        state = MatchIndex(toks, self.L).first(0, _CAT_COUNTRY) if toks else None
        return (state is not None and state.end == len(toks)) or all(not _words(tok).isdisjoint(vague) for tok in toks)

    def _place(self, c: Cluster, primary: EventMention, clusters: list[Cluster]) -> tuple[str, str | None] | None:
        """Where a meeting took place: its own mentions' place (a city of the country another mention names,
        or one of its sentences places, before the country), else the dateline's city, else the place of the
        meeting told in the two sentences before, else that of an earlier meeting of the same person (كما
        التقى ... : the same visit), else the city of the visit or session told before it."""
        loc = ((primary.location if not primary.loc_weak else None)
               or next((m.location for m in c.mentions if m.location and not m.loc_weak), None)
               or primary.location or next((m.location for m in c.mentions if m.location), None))
        if loc is not None and not self.L.city_country.get(normalize_text(loc[0])):
            # يزور السعوديه ... بمطار الرياض: the city in that country
            loc = next((m.location for m in c.mentions if m.location and m.location[1] == loc[1]
                        and self.L.city_country.get(normalize_text(m.location[0]))), None) or self._evidence_city(c, loc)
        loc = loc or self._dateline_city()  # دمشق-سانا over a report of a reception: where it took place
        if loc is not None:
            return loc
        first = min(m.sent_index for m in c.mentions)
        persons = {k for k in c.keys if k[0] in "pn"}
        # وعلى هامش القمة، اجتمع ...: the place the sentence before gave to its meeting; كما التقى X: X's visit
        near = [(m.sent_index, m.location) for cc in clusters for m in cc.mentions
                if m.location and not m.loc_weak and cc.type == "meeting" and m.sent_index < first
                and (first - 2 <= m.sent_index or persons & cc.keys)]
        return max(near, key=lambda x: x[0])[1] if near else self._frame_place(c, first)

    def _evidence_time(self, c: Cluster, status: str):
        """When no mention's clause dates the event: the time one of its sentences gives, nearest to the event
        word it holds (لم يحدد موعد اللقاء، إلا أنه سيكون خلال هذا الشهر), as (time, None, text); not one that
        points the other way in time (مطلع الشهر المقبل for a meeting held). For an event ahead, only a time
        after that word (أعلن اليوم أنه سيزور: the day of the report)."""
        ahead = status != "occurred"
        for si in sorted({m.sent_index for m in c.mentions} | {x for m in c.mentions for x in m.extra_sents}):
            info = self.infos[si]
            for t in info.triggers:
                lo = t.start if ahead else 0
                got = self._time(info, lo, len(info.tokens), t) or self._time(info, lo, len(info.tokens), t, vague=True)
                way = (got[0].relative_days or got[0].direction or 0) if got is not None else 0
                if got is not None and not (way > 0 and not ahead) and not (way < 0 and ahead):
                    return got[0], None, got[1]
        return None

    def _carried_time(self, c: Cluster, status: str):
        """An event with no time of its own, told in a sentence that goes on from the one before (فقد التقى ...،
        كما اجتمع ...), took place when the event told there did (هذا وكان قد التقى X في وقت سابق بعدد من
        الوزراء. فقد التقى نظيره العراقي ... . كما اجتمع مع ...), as (time, None, text); not a time that points
        the other way (see _evidence_time)."""
        body = [m.sent_index for m in c.mentions if not m.is_title]
        si = min(body) if body else -1
        go_on = self.g["ELABORATION_OPENERS"] | self.g["ALSO_OPENERS"]
        for _ in range(CARRY_SENTENCES):
            if si < 1 or not self.infos[si].tokens or _words(self.infos[si].tokens[0]).isdisjoint(go_on):
                return None
            si -= 1
            info = self.infos[si]
            for t in info.triggers:
                got = self._time(info, 0, len(info.tokens), t) or self._time(info, 0, len(info.tokens), t, vague=True)
                way = (got[0].relative_days or got[0].direction or 0) if got is not None else 0
                if got is not None:
                    return (got[0], None, got[1]) if not (way > 0 and status == "occurred") and not (way < 0 and status != "occurred") else None
        return None

    def _gathering_time(self, c: Cluster, status: str, clusters: list[Cluster]):
        """An event with no time of its own held on the margin of a gathering (على هامش قمة مجموعة العشرين) took
        place when another sentence of the article says the gathering is held, one with no event of its own
        (وتعقد قمة مجموعة العشرين يومي 20 و21 مايو), as (time, None, text)."""
        name = next((got for m in c.mentions if (got := self._gathering_name(self.infos[m.sent_index])) is not None), None)
        if name is None:
            return None
        told = {m.sent_index for d in clusters for m in d.mentions}
        for si, info in enumerate(self.infos):
            if si in told or not info.times:
                continue
            toks = info.tokens
            at = next((k for k in range(len(toks)) if name[0] in _bare_words(toks[k]) and all(
                any(w in _bare_words(x) for x in toks[k + 1:k + 3]) for w in name[1:])), None)  # قمة (مجموعة) العشرين
            if at is None:
                continue
            for ti, tm in enumerate(info.times):
                ks = self._time_tokens(info, ti)
                way = tm.relative_days or tm.direction or 0
                if (tm.kind not in ("duration", "vague") and ks and at < min(ks) <= at + len(name) + GATHERING_REACH
                        and not (way > 0 and status == "occurred") and not (way < 0 and status != "occurred")):
                    return tm, None, info.sent.norm.original_span_text(tm.start, tm.end)
        return None

    def _gathering_name(self, info: SentInfo) -> tuple[str, ...] | None:
        """The first two words of the gathering named after على هامش (قمة مجموعة العشرين: قمة مجموعة), bare."""
        toks = info.tokens
        for k in range(len(toks) - 1):
            if not _words(toks[k]).isdisjoint(self.g["GATHERING_FRAMES"]):
                name = [toks[j] for j in range(k + 1, min(len(toks), k + 3)) if toks[j].is_word][:2]
                if name and all(j.text not in self.g["TOPIC_STOPS"] for j in name):
                    return tuple(sorted(_bare_words(name[0]))[:1]) + (tuple(sorted(_bare_words(name[1]))[:1]) if len(name) > 1 else ())
        return None

    def _evidence_city(self, c: Cluster, loc: tuple[str, str | None]) -> tuple[str, str | None]:
        """A city of the state `loc` names, placed in one of the event's sentences (في إيران ... then: the
        meeting will be held in طهران), else `loc`."""
        sents = sorted({m.sent_index for m in c.mentions} | {x for m in c.mentions for x in m.extra_sents})
        return next((got for si in sents if (got := self._city_in(self.infos[si], loc[1])) is not None), loc)

    def _frame_place(self, c: Cluster, first: int) -> tuple[str, str | None] | None:
        """The city of the visit or session told before the event, back over the sentences that go on
        about its persons (وصل X إلى طهران في زيارة ... ثم: من المقرر أن يلتقي الوزير خلال الزيارة Y؛
        على هامش أعمال الدورة المنعقدة في مدينة إسطنبول ... التقى X Y)."""
        names = {p.name_norm.split()[-1] for m in c.mentions for p in m.parties if p.name_norm}
        si, gap = first - 1, 0
        while si >= 0 and gap <= 1:
            info = self.infos[si]
            frames = self.g["VISIT_OR_HOST"] | self.g["SESSION_FRAMES"]
            framed = not info.sent.is_title and not all(tok.words.isdisjoint(frames) for tok in info.tokens)
            place = self._city_in(info) if framed else None
            if place is not None:
                return place
            gap = 0 if not self._sentence_words(si).isdisjoint(names) else gap + 1
            si -= 1
        return None

    def _city_in(self, info: SentInfo, iso: str | None = None) -> tuple[str, str | None] | None:
        """The first city (of state `iso`, when given) that a sentence places after في or إلى (في مدينة X، بمطار X)."""
        toks = info.tokens
        for k, tok in enumerate(toks):
            m = info.index.first(k, _CAT_CITY)
            if m is None or k == 0 or any(p.start <= k < p.end for p in info.mentions if p.kind == "person"):
                continue
            if iso is not None and m.entry.data[0] != iso:
                continue
            j = k - 1 if toks[k - 1].words.isdisjoint(self.g["PLACE_NOUNS"]) or m.plen else k - 2
            via_prep = m.plen > 0 and tok.text[m.plen - 1] in self.g["IN"]
            prev = toks[j] if j >= 0 else None
            if via_prep or (prev is not None and (prev.text in self.g["IN"] or prev.text in self.g["DESTINATION"]
                                                  or (prev.words & self.g["PLACE_NOUNS"] and len(prev.forms) > 1))):
                return info.sent.norm.original_span_text(tok.start + m.plen, toks[m.end - 1].end), m.entry.data[0]
        return None

    def _dateline_city(self) -> tuple[str, str] | None:
        if not self.doc.dateline:
            return None
        nt = NormText(self.doc.dateline)
        toks = tokenize(nt.text)
        for k in range(len(toks)):
            m = self.L.first(toks, k, _CAT_CITY)
            if m:
                return nt.original_span_text(toks[k].start + m.plen, toks[m.end - 1].end), m.entry.data[0]
        return None

    def _participants(self, c: Cluster, primary: EventMention) -> list[Participant]:
        ordered: list[Mention] = list(primary.parties)
        keys = self._keys(ordered)
        named = {(p.country, p.org) for m in c.mentions for p in m.parties if p.kind == "person" and p.name}
        ordered = [p for p in ordered if p.kind != "person" or p.name or (p.country, p.org) not in named]
        keys = self._keys(ordered)
        for m in c.mentions:
            if m is primary:
                continue
            for p in m.parties:
                if p.kind == "person" and not p.name and (p.country, p.org) in named:
                    continue
                if p.kind in ("person", "delegation") and self._key(p) not in keys:
                    ordered.append(p)
                    keys.add(self._key(p))
        covered = {p.country for p in ordered if p.kind in ("person", "delegation") and p.country}
        out: list[Participant] = []
        for p in ordered:
            if p.kind == "state" and p.country in covered and len(ordered) > 2:
                continue
            if p.kind == "person":
                ent = self.reg.people[p.entity] if p.entity is not None else None
                role = p.role or (ent.role if ent else None)
                if role is None and ent is not None:
                    role = self._lexicon_role(ent.name_norm)
                role = self._as_written(role)
                out.append(build(Participant, name=ent.name if ent else p.name, role=role,
                                       country=p.country or (ent.country if ent else None),
                                       organization=p.org or (ent.org if ent else None), kind="person"))
            elif p.kind == "delegation":
                out.append(build(Participant, name=p.name, role=p.role, country=p.country, organization=p.org, kind="delegation"))
            elif p.kind == "org":
                out.append(build(Participant, name=None, role=p.role, country=p.country, organization=p.org, kind="organization"))
            else:
                out.append(build(Participant, name=None, role=None, country=p.country, organization=None, kind="state"))
        # a bare title of the same side as a named person is that person again (رئيس حكومة لبناني = ميقاتي)
        named = {(p.country, p.organization) for p in out if p.kind == "person" and p.name}
        return [p for p in out if not (p.kind == "person" and not p.name and (p.country, p.organization) in named)]

    def _as_written(self, role: str | None) -> str | None:
        """A role from persons.tsv or a city from cities.tsv is stored normalized (وزير الخارجيه، انقره):
        where the article writes it, its spelling."""
        if not role or role in self.doc.original:
            return role
        for s in self.doc.sentences:
            k = s.norm.text.find(role)
            if k >= 0:
                return s.norm.original_span_text(k, k + len(role))
        return role

    def _lexicon_role(self, name_norm: str) -> str | None:
        sur = name_norm.split()[-1] if name_norm else ""
        idx = self.L.surnames.get(sur)
        return self.L.persons[idx]["role"] if idx is not None else None

    def _topic_end(self, toks: list[Token], start: int) -> int:
        """Where a topic phrase starting at `start` stops: punctuation, a quote, a clause breaker or an end word."""
        end = start
        while end < len(toks) and end - start < MAX_TOPIC_TOKENS:
            tok = toks[end]
            close = _CLOSING_QUOTE.get(tok.text) if end > start else None
            if close is not None:
                shut = next((j for j in range(end + 1, min(len(toks), start + MAX_TOPIC_TOKENS)) if toks[j].text in (close, ".")), None)
                if shut is not None and toks[shut].text == close:
                    end = shut + 1  # الإسهام في «استقرار الوضع» في بلاده: a quote inside the phrase is part of it
                    continue
            if tok.text in self.g["TOPIC_STOPS"] or (_words(tok) & self.g["TOPIC_END"]) or tok.text in self.g["CLAUSE_BREAKERS"]:
                including = next((len(ph) for ph in _phrases("TOPIC_INCLUDING") if [x.text for x in toks[end:end + len(ph)]] == list(ph)), 0)
                if not including:
                    break
                end += including  # عدة قضايا بما في ذلك أمن المنطقة: what follows is the topic's own list
                continue
            end += 1
        return end

    def _follow_up_topic(self, c: Cluster) -> str | None:
        """The topic from the sentences right after the event that speak of it (وبحث الرئيسان، وفق الكرملين، سبل ...)."""
        return self._follow_up(c, lambda info: self._topic_after_marker(info) or next(
            (got for t in info.triggers if (got := self._fronted_topic(info, t, [m for m in info.mentions if m.kind in ("person", "delegation")])) is not None),
            None))

    def _follow_up(self, c: Cluster, find):
        """The first answer of `find(info)` over the event's first sentence and the ones after it that speak of it."""
        names = {p.name_norm.split()[-1] for m in c.mentions for p in m.parties if p.name_norm}
        first = min(m.sent_index for m in c.mentions if not m.is_title) if any(not m.is_title for m in c.mentions) else c.mentions[0].sent_index
        own = {m.sent_index for m in c.mentions}  # أجرى X محادثات مع Y (the same talks told again) is no other event
        visit = self._visit_told(c)
        for si in range(first, min(len(self.infos), max(own) + 1 + CONTINUATION_SENTENCES)):
            info = self.infos[si]
            # وأضاف أن الاتصال جرى بمبادرة ...: the sentence goes on about this event
            # الهدف من هذه الجولة هو بحث ...: a visit or tour named again is the one told
            same = si in own or any(t.anaphoric and t.type == c.type for t in info.triggers) or (
                c.type == "phone_call" and any(tok.words & self.g["CALL_REFERENCES"] for tok in info.tokens)) or (
                visit and not self._sentence_words(si).isdisjoint(self.g["VISIT_BACK_REFERENCES"]))
            if si != first and not same and info.triggers and any(t.cls not in WEAK_CLASSES and not t.anaphoric for t in info.triggers):
                break
            refers = (same or any(m.kind == "pair" for m in info.mentions) or any(t.anaphoric for t in info.triggers)
                      or not self._sentence_words(si).isdisjoint(names))
            if not refers:
                continue
            got = find(info)
            if got:
                return got
        return None

    def _visit_told(self, c: Cluster) -> bool:
        """Whether the event's first body sentence tells a visit or a tour (زار، جولة، زيارة)."""
        first = min(m.sent_index for m in c.mentions)
        return not self._sentence_words(first).isdisjoint(self.g["VISIT_OR_TOUR"])

    def _topic_after_marker(self, info: SentInfo) -> str | None:
        toks = info.tokens
        n = len(toks)
        covered = {k for m in info.mentions for k in range(m.start, m.end)} | set(info.time_tok)
        markers = self.g["TOPIC_OPENERS"]
        for k in range(n):
            j = k + (self._marker_phrase(toks, k) or 1)
            if _words(toks[k]).isdisjoint(markers) and j == k + 1:
                continue
            while j < n:
                tok = toks[j]
                if (tok.text in self.g["COMMAS"] or j in covered or tok.text in self.g["OBJECT_PRONOUN_HOSTS"] or tok.text in self.g["WITH"]
                        or tok.text in self.g["BETWEEN"] or tok.text in self.g["AND"] or tok.text in self.g["TOPIC_LEAD_PREPS"]
                        or tok.text in self.g["TOPIC_SKIP"] or info.index.first(j, _CAT_TRIGGER)):
                    j += 1
                elif _words(tok) & self.g["SOURCE_CUES"] or tok.text in self.g["IN"] or _words(tok) & self.g["LIGHT_VERBS"]:
                    j += 1  # وفق الكرملين، / خلال اللقاء
                    while j < n and toks[j].text not in self.g["COMMAS"] and j - k < 8 and (j in covered or info.index.first(j, _CAT_TRIGGER)):
                        j += 1
                else:
                    break
            if not _words(toks[k]).isdisjoint(self.g["DISCUSS_INTRANSITIVE"]) and toks[j - 1].text not in self.g["IN"] | self.g["TOPIC_LEAD_PREPS"]:
                continue  # تباحث X مطولا مع Y: what follows is no topic
            end = self._topic_end(toks, j)
            if end > j and toks[j].is_word and not (_words(toks[j]) & self.g["SOURCE_CUES"]):
                return info.sent.norm.original_span_text(toks[j].start, toks[end - 1].end)
        return None

    def _topic_labels(self, c: Cluster, topic: str | None, sents: list[int]) -> list[str]:
        texts = [self.infos[si].sent.norm.text for si in sents]
        if topic:
            texts.append(normalize_text(topic))
        # follow-up sentences that still speak of the same parties
        names = {p.name_norm.split()[-1] for m in c.mentions for p in m.parties if p.name_norm}
        last = max(sents)
        for si in range(last + 1, min(len(self.infos), last + 1 + CONTINUATION_SENTENCES)):
            info = self.infos[si]
            if info.triggers and any(t.cls not in WEAK_CLASSES and not t.anaphoric for t in info.triggers):
                break  # a new event (وخلال اللقاء، أكد الجانبان ...: still this one)
            if (not self._sentence_words(si).isdisjoint(names) or any(m.kind == "pair" for m in info.mentions)
                    or any(t.anaphoric and t.type == c.type for t in info.triggers)):
                texts.append(info.sent.norm.text)
        own = _topic_present(" " + " ".join(texts) + " ")
        if topic:  # بشأن غزة وسوريا ولبنان: a state named in what was discussed
            words = {w for tok in tokenize(normalize_text(topic)) for w in _words(tok)}
            own |= {label for label, names in self.L.topic_names if not names.isdisjoint(words)}
        # the article's main topics frame every event it reports
        own |= set(self._doc_topics())
        return [label for label, _ in self.L.topics if label in own]

    def _sentence_words(self, si: int) -> frozenset[str]:
        """Every reading of every token of sentence si (made once: each event's follow-up sentences ask)."""
        if not self._sent_words:
            self._sent_words = [None] * len(self.infos)
        got = self._sent_words[si]
        if got is None:
            got = self._sent_words[si] = frozenset(f for tok in self.infos[si].tokens for f in _words(tok))
        return got

    def _doc_topics(self) -> list[str]:
        if not hasattr(self, "_doc_topics_cache"):
            blob = " " + " ".join(i.sent.norm.text for i in self.infos) + " "
            counts = _topic_counts(blob)
            ranked = sorted((c, l) for l, c in counts.items() if c >= DOC_TOPIC_MIN_HITS)
            self._doc_topics_cache = [l for c, l in ranked[-DOC_TOPICS:]]
        return self._doc_topics_cache

    def _id(self, typ: str, parts: list[Participant], tm: TimeInfo | None, used: set[str]) -> str:
        keys = sorted(f"{p.kind}:{(p.name or '').split()[-1] if p.name else ''}:{p.country}:{p.organization}" for p in parts)
        base = "|".join([self.doc.doc_id, typ] + keys)
        rid = "ev-" + hashlib.sha1(base.encode("utf-8")).hexdigest()[:16]
        k = 1
        while rid in used:
            k += 1
            rid = "ev-" + hashlib.sha1(f"{base}|{tm.text if tm else ''}|{k}".encode("utf-8")).hexdigest()[:16]
        used.add(rid)
        return rid


def _note(notes: list[str] | None, ident: str) -> None:
    """Add an id to the notes of the mention being built (EventMention.why), if it has any."""
    if notes is not None and ident:
        notes.append(ident)


@lru_cache(maxsize=None)
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The entries of grammar list `key` as word tuples."""
    return tuple(tuple(p.split()) for p in grammar(key))


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=1)
def _topic_core_labels() -> dict[str, tuple[int, ...]]:
    """Keyword core -> the indices (into _topic_patterns) of the labels it belongs to."""
    out: dict[str, list[int]] = {}
    for k, (_, _, cores) in enumerate(_topic_patterns()):
        for c in cores:
            out.setdefault(c, []).append(k)
    return {c: tuple(ks) for c, ks in out.items()}


@lru_cache(maxsize=1)
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


def extract_document(doc: Document, recognizer=None, explain: bool = False) -> list[Record]:
    """All records of one cleaned document (with a model backend's entities when one is given); with
    `explain`, each carries the ids of the entries that made it (syriadiplo.explain)."""
    ex = DocumentExtractor(doc)
    if not ex.may_name_events():
        return []  # most articles of a scraped corpus: no trigger word, so no NER or time tagging either
    ex.explain = explain
    ex.analyse(recognizer)
    return [with_actor_ids(with_codes(r)) for r in in_scope(ex.records(ex.calls_told_as_talks(ex.cluster(ex.events()))), explain)]
