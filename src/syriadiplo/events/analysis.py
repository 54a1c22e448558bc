"""The analysis of one document that the event steps read and add to, and the objects they make."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Final

from syriadiplo.events.several import Listing
from syriadiplo.language import resource
from syriadiplo.models import Record
from syriadiplo.recognize.ner import VERB_TRIGGER_CLASSES, Mention, PersonRegistry
from syriadiplo.resources import grammar
from syriadiplo.text.document import Document, Sentence
from syriadiplo.text.lexicon import MatchIndex, Token, lexicon, tokenize
from syriadiplo.text.normalize import normalize_text
from syriadiplo.time import timex

FUTURE_VERB_MIN: Final = 5  # letters of the shortest future verb read after a relative pronoun (سيجري)
NOUN_CLASSES: Final = ("noun", "weaknoun", "attend")
VERB_CLASSES: Final = VERB_TRIGGER_CLASSES
WEAK_CLASSES: Final = ("weak", "weaknoun")
ATTEND_OPENING: Final = 6  # tokens from a sentence's start within which a word of attending makes it a line of attendees
QUOTES_AND_BRACKETS: Final = frozenset(("\u201c", "\u201d", "\u00ab", "\u00bb", "(", ")"))
OPENING_QUOTES: Final = frozenset(("\u201c", "\u00ab", '"'))  # what opens a quote, or a quoted name
PARTY_KINDS: Final = ("person", "delegation", "state", "org", "pair", "latter", "pronoun")
SIDE_KINDS: Final = ("person", "delegation", "state", "org", "pair")  # the mentions that name a side themselves
CAT_CITY: Final = frozenset({"CITY"})
CAT_COUNTRY: Final = frozenset({"COUNTRY"})
CAT_CITY_COUNTRY_METONYM: Final = frozenset({"CITY", "COUNTRY", "METONYM"})
CAT_NISBA: Final = frozenset({"NISBA"})
CAT_TRIGGER: Final = frozenset({"TRIGGER"})
CAT_TITLE: Final = frozenset({"TITLE"})
CAT_MINISTRY: Final = frozenset({"MINISTRY"})
EPITHET_TOKENS: Final = 4  # tokens of a title right before a titled name, as its epithet (خادم الحرمين الشريفين الملك X)


def government_met(toks: list[Token], k: int) -> bool:
    """Whether the word at k for a state's government or leadership (GOVERNMENT, GOVERNING_NOUNS) stands for the
    side met: after مع or بين (محادثات مع القيادة القطرية), not after a noun of what is done with it (WITH_NOUNS:
    الحوار مع الحكومة الإيطالية، التنسيق مع الإدارة)."""
    g = grammar_sets()
    if toks[k].words.isdisjoint(g["GOVERNMENT"]) and toks[k].words.isdisjoint(g["GOVERNING_NOUNS"]):
        return False
    if k < 1 or (toks[k - 1].text not in g["WITH"] and toks[k - 1].text not in g["BETWEEN"]):
        return False
    return k < 2 or toks[k - 2].text not in g["WITH_NOUNS"]


@resource
def grammar_sets() -> dict[str, frozenset[str]]:
    keys = ("STYLE_TITLES", "GOVERNING_NOUNS", "BODY_OFFICE_HEADS", "BODY_HEADS", "WITH_NOUNS", "STATE_OFFICE_GENITIVES", "FORMER_OFFICE", "COMPLEMENTIZERS", "SUBJECT_COMPLEMENTIZERS", "PRONOUN_LIGHT_VERBS", "CLAUSE_BREAKERS", "SOURCE_CUES", "ACCORDING_TO", "SOURCE_LINKS", "FEMININE_COUNTERPARTS", "TOPIC_MARKERS", "TOPIC_AGREEMENT", "DISCUSS_VERBS",
            "TOPIC_END", "FUTURE_CUES", "UNCERTAIN_CUES", "UNCERTAIN_PAIRS", "ALSO_OPENERS", "CONTRAST_OPENERS", "PLURAL_VERB_ENDINGS", "JOINT_VERB_ENDINGS", "ARRANGING", "PURPOSE_PHRASES", "WHEN_CLAUSE", "REPORT_VERBS_PRESENT", "IMPERFECT_PREFIXES", "FUTURE_PARTICLES", "PURPOSE_WORDS", "EXCHANGE_VERBS", "EXCHANGE_OBJECTS", "HOPE_CUES", "INITIATIVE_NOUNS", "INITIATIVE_VERBS",
            "RECEIVE_CALL", "PLACE_CALL", "LIGHT_VERBS", "OBJECT_PRONOUN_HOSTS", "FROM_PRONOUNS", "ANNEXED_NOUNS", "PAST_OWNED_VERBS", "THAT_CAME", "AND", "TEMPORAL_PREPS", "EVE_PREPS", "WHILE_MARKS", "SECRETARY_GENERAL_AIDES", "VISIT_WORDS", "PLACE_VISIT_NOUNS", "INTENT_VERBS", "WHOEVER", "PRAISE_VERBS", "THAT_REFERS", "ATTEND", "NEGATION_CUES", "DEMAND_CUES", "NON_DIPLOMATIC", "PLACE_NOUNS", "WHETHER", "IN_WORD", "IN", "FROM", "WITH", "BETWEEN", "DESTINATION", "TO", "REPORT_VERBS", "CLAUSE_VERBS", "CONSEQUENCE_OPENERS", "ATTEND_PURPOSE", "SIDE_CHAIRS", "SIDE_NOUNS",
            "FUTURE_PROCLITIC", "TOPIC_SKIP", "FRONTED_PP", "CALL_SETTING_PREPS", "REGION_PARTS", "DENIAL_VERBS", "HOST_VERBS", "RULE_OUT_VERBS", "PLUPERFECT_AUX", "PERFECT_PARTICLE", "IMPERFECT_TRIGGERS", "PRESENT_CUES", "IMPERFECT_3RD", "GOVERNING_PARTICIPLES", "CIRCUMSTANTIAL_PARTICIPLES", "ADDITIVE_ADVERBS", "EARLIER_ADJECTIVES", "CAPITAL_OF", "ADDRESSEE_PREPS", "NUMBERED_NOUNS", "NOUN_ORDINALS", "VISIT_CLOSING_PROCLITIC", "SIDES_2", "SIDES_3", "SIDES_4", "SIDES_5", "CALL_REFERENCES", "CAPITAL_NOUNS", "WHERE",
            "SEVERAL_EVENTS", "SEPARATE_CUES", "SESSION_FRAMES", "PURPOSE_PROCLITIC", "PURPOSE_LIGHT_NOUNS", "RANK_TAILS",
            "NON_SIDE_PROCLITICS", "NEW_EVENT_AFTER", "RELATIVE_PRONOUNS", "HELD_RELATIVE_VERBS", "INCLUDING", "FIRST_OF_KIND", "THEN",
            "COMMAS", "CLAUSE_STOPS", "AGREEMENT_PREPS", "AGREEMENT_VERBS", "COMPOUND_PREP_HEADS", "ALA_IDIOM_NOUNS", "INVITATION_NOUNS", "MESSAGE_CARRY_VERBS", "DATE_FIXING_VERBS", "DATE_NOUNS", "DATE_LINKS", "ADJECTIVE_SURNAMES", "OBJECT_PROCLITICS", "HEADING_MARKS", "CONJ_PROCLITICS", "GOVERNMENT", "THAT_REFERS_JOINED", "THAT_WAS_LINKS", "FEMININE_PRONOUNS", "MASCULINE_PRONOUNS", "TOUR_INCLUDES", "STATES_DESTINATION", "INTERVIEW_LINKS", "INTERVIEW_VERBS", "INTERVIEW_WITH", "TOUR_AHEAD", "TOUR_ALSO", "TOUR_NOUNS", "AGREEMENT_NOUNS", "VISIT_TO_PROCLITIC", "MOVE_FROM", "PLACE_IDIOMS", "EACH_OF", "DURING_IT", "BACKGROUND_CUES", "ARRIVAL_NOUNS", "ANOTHER_EVENT", "CONSEQUENCE_NOUNS", "MESSAGE_NOUNS", "SPOKESPERSONS", "LEADERSHIP_NOUNS", "PATRON_NOUNS", "LED_GROUPS", "VAGUE_TOPIC_WORDS", "TOPIC_LEAD_PREPS", "DISCUSS_INTRANSITIVE", "TOPIC_SAID_VERBS", "TOPIC_SAID_OPENERS", "TOPIC_SAID_ADDRESSEES", "VISIT_BACK_REFERENCES", "ELABORATION_OPENERS", "GATHERING_FRAMES", "DELEGATION_OF", "NOT_YET",
            "MOVE_VERBS", "ARRIVED_VERBS", "UNDISCLOSED_VERBS", "ABOUT_IT", "THROUGH_HEADS", "INTERVIEW_NOUNS", "STAND_BY_WORDS", "MOVE_VISIT_PREPS", "DEPARTURE_VERBS", "ASIDE_OPENERS", "VISIT_SETTING", "VISIT_ADJECTIVES", "AIM_MARKERS", "REFUSAL_CUES", "NEGATION_PARTICLES", "COMMA_DEMONSTRATIVES", "DEMONSTRATIVE_TIMES", "DURING", "SITUATION_NOUNS", "GATHERING_NAME_NOUNS", "MISSION_NOUNS", "FEMININE_RELATIVES", "COMPANION_WORDS", "DASHES", "VISIT_FRAMES", "DATELINE_MARKS", "DATELINE_OPENERS", "AFTER_PREPS", "ACCREDITED_TO", "RECEPTION_VERBS", "DEMAND_CUES_FEMININE", "HONORIFIC_PRONOUNS", "HONORIFIC_MISFITS", "HONORIFICS", "STYLE_WORDS", "HOST_OFFICES",
            "PLACE_STATE_OFFICES", "INSERTED_SPEECH_VERBS", "LIGHT_VERBAL_NOUNS", "OWNED_RELATIVE_VERBS", "OWNED_VERB_FOLLOWERS", "OF_PROCLITIC", "OPPOSITION_ADJECTIVES", "OPPOSITION_NOUNS", "DELEGATION_HEADS", "TOPIC_SAID_OBJECTS", "JOINT_CUES", "LATE_MARKERS", "LATE_AFTER", "DURATION_HEADS", "DURATION_UNITS", "THE_KINGDOM", "LATE_LINKS", "REPRESENTATIVE_GROUPS")
    out = {k: frozenset(grammar(k)) for k in keys}
    out["TOPIC_OPENERS"] = out["TOPIC_MARKERS"] | out["DISCUSS_VERBS"]
    out["TOPIC_OR_AIM_MARKERS"] = out["TOPIC_MARKERS"] | out["AIM_MARKERS"]  # what ends a window of parties
    out["LIGHT_VERB_ONLY"] = out["LIGHT_VERBS"] - out["FRONTED_PP"]
    out["LIGHT_OR_CALL_VERBS"] = out["LIGHT_VERB_ONLY"] | out["RECEIVE_CALL"] | out["PLACE_CALL"]
    out["TOPIC_STOPS"] = out["COMMAS"] | out["CLAUSE_STOPS"] | QUOTES_AND_BRACKETS | frozenset(("\"",))
    # what a trigger's window starts after, looking back: a colon or semicolon, an opening quote
    out["WINDOW_OPENERS"] = (out["CLAUSE_STOPS"] - {"."}) | OPENING_QUOTES
    # unions the extractor tests tokens against, made once (each `|` builds a new set)
    out["SUBJECT_OPENERS"] = out["ALSO_OPENERS"] | out["CONTRAST_OPENERS"]
    out["GATHERING_VERBS"] = out["INCLUDING"] | out["HELD_RELATIVE_VERBS"]  # verbs that name the sides a meeting gathers
    out["PLACE_PROCLITICS"] = out["IN"] | out["VISIT_TO_PROCLITIC"]  # the proclitics of a place: بالرياض، لدولة الكويت
    out["STYLES"] = out["HONORIFICS"] | out["STYLE_WORDS"]  # honorifics and styles of address (معالي، السيد)
    out["HOPE_OR_DEMAND_CUES"] = out["HOPE_CUES"] | out["DEMAND_CUES"]
    out["FRAME_WORDS"] = out["VISIT_FRAMES"] | out["DURING"]  # the words that make a visit noun a frame
    out["PURPOSE_HEADS"] = frozenset(p.split()[0] for p in out["PURPOSE_PHRASES"])  # the first words of the purpose phrases
    out["REPORT_OR_BREAKER"] = out["REPORT_VERBS"] | out["CLAUSE_BREAKERS"] | out["CLAUSE_VERBS"] | out["CONSEQUENCE_OPENERS"]
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


@resource
def initiative_cue_words() -> frozenset[str]:
    """The one-word initiative cues and the first words of the longer ones: a token with none of them opens no cue."""
    return grammar_sets()["INITIATIVE"] | initiative_phrases()[1]


@resource
def initiative_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The multi-word initiative cues (بناء علي طلب) as token tuples, and their first words."""
    g = grammar_sets()
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
    trigger_cls: str = "verb"  # the class of its trigger (triggers.tsv): verb, noun, weak, weaknoun, attend
    earlier: bool = False  # told in the pluperfect (وكان ... قد): an event before the one the article reports
    why: list[str] = field(default_factory=list)  # ids of the entries that made it (syriadiplo.events.explain)
    said_topic: str | None = None  # with no topic: what a side said in its sentence (used when no mention has a topic)
    arrival: bool = False  # its trigger names a visit or an arrival (arguments.visit_trigger), not a meeting as such

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, sent_index: int, type: str, status: str, parties: list[Mention],
            location: tuple[str, str | None] | None,
            time: tuple[timex.TimeMention, timex.ResolvedTime, str] | None, topic: str | None,
            initiator: str | None, anaphoric: bool, is_title: bool, strength: float,
            extra_sents: list[int] | None = None, loc_weak: bool = False, sides_stated: int | None = None,
            listing: Listing | None = None, trigger_cls: str = "verb", earlier: bool = False,
            why: list[str] | None = None, said_topic: str | None = None, arrival: bool = False,
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
        self.arrival = arrival

    def time_key(self) -> tuple[str | None, str | None] | None:
        """Its time as (weekday, value), None when it has none: mentions of one time have one key."""
        return (self.time[1].weekday, self.time[1].value) if self.time else None

    def with_parties(self, parties: list[Mention]) -> EventMention:
        """The same mention with other parties (one of several events its clause tells); a visit to several
        places takes the place of the host it is split for."""
        host = parties[-1]
        location = (host.name or "", host.country) if self.listing.by_place and host.name else self.location
        return EventMention(self.sent_index, self.type, self.status, parties, location, self.time, self.topic,
                            self.initiator, self.anaphoric, self.is_title, self.strength, list(self.extra_sents),
                            self.loc_weak, self.sides_stated, self.listing, self.trigger_cls, self.earlier,
                            self.why + ([f"grammar:{self.listing.cue}"] if self.listing.cue else []), self.said_topic,
                            self.arrival)


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
        self._slots.setdefault((em.location, em.loc_weak, em.time_key()), em)

    def distinct_mentions(self) -> list[EventMention]:
        return list(self._slots.values())


def epithet_start(info: SentInfo, m: Mention) -> int | None:
    """Where a title right before person mention m starts that the mention leaves out (خادم الحرمين الشريفين الملك
    سلمان: the mention starts at الملك; the style before it is the same person's), within EPITHET_TOKENS; else None."""
    return next((j for j in range(max(0, m.start - EPITHET_TOKENS), m.start)
                 if (hit := info.index.first(j, CAT_TITLE)) is not None and hit.end == m.start), None)


def attendance_line(an: Analysis, si: int) -> bool:
    """Whether sentence si is a line of attendees: a word of attending (grammar.tsv ATTEND) within its first
    ATTEND_OPENING tokens (حضر اللقاء X، كما حضر الاجتماع Y)."""
    return any(not tok.words.isdisjoint(an.g["ATTEND"]) for tok in an.infos[si].tokens[:ATTEND_OPENING])


def joined(an: Analysis, tok: Token) -> bool:
    """Whether a token carries the conjunction و as its proclitic (ووزير، وتلقى)."""
    return tok.text[:1] in an.g["AND"] and len(tok.forms) > 1


def relative_in_trigger(an: Analysis, toks: list[Token], t: Trigger) -> bool:
    """Whether trigger t holds its own relative clause, a pronoun and the verb after it (الاتصال الذي اجراه:
    triggers.tsv): its last word is that verb, its last but one the relative pronoun."""
    return t.end - t.start > 2 and toks[t.end - 2].text in an.g["RELATIVE_PRONOUNS"]


def kingdom_at(an: Analysis, words: list[str]) -> int | None:
    """Where a title's words (normalized) name «the Kingdom» as the state of its office (THE_KINGDOM after a first
    word that is no preposition: وزير خارجية المملكة، المندوب الدائم للمملكة; not سفير اليابان لدى المملكة, posted
    to it), else None."""
    at = next((i for i, w in enumerate(words) if i and w in an.g["THE_KINGDOM"]), None)
    return None if at is None or words[at - 1] in an.g["TO"] | an.g["IN"] | an.g["FROM"] else at


def comma_between(an: Analysis, toks: list[Token], a: int, b: int) -> bool:
    """Whether a comma (COMMAS) stands among tokens a..b-1."""
    return any(toks[k].text in an.g["COMMAS"] for k in range(a, b))


def break_between(an: Analysis, toks: list[Token], a: int, b: int) -> bool:
    """Whether a comma or a clause stop (COMMAS, CLAUSE_STOPS) stands among tokens a..b-1."""
    return any(toks[k].text in an.g["COMMAS"] or toks[k].text in an.g["CLAUSE_STOPS"] for k in range(a, b))


def mention_tokens(info: SentInfo) -> set[int]:
    """The tokens of the sentence's entity mentions."""
    return {k for m in info.mentions for k in range(m.start, m.end)}


def token_words(tok: Token) -> frozenset[str]:
    return tok.words


class Analysis:
    """One document's analysis: what the steps read and what they add.

    The steps (syriadiplo.events.steps) run in order; each fills one field and reads those before it:
    `infos` (tag: per sentence its tokens, time expressions, entity mentions, triggers), `event_mentions`
    (mentions: one per trigger that names an event), `clusters` (cluster: the mentions of one event
    together), `records` (records: one per cluster), `kept` (scope: the records in scope).
    """

    def __init__(self, doc: Document, recognizer=None, explain: bool = False) -> None:
        self.doc = doc
        self.recognizer = recognizer  # an optional model backend (syriadiplo.recognize.ner_models) for the tag step
        self.L = lexicon()
        self.g = grammar_sets()
        self.reg = PersonRegistry(self.doc_year)
        self.infos: list[SentInfo] = []
        self.person_order: list[tuple[int, int]] = []  # (sentence index, entity) in order of mention
        self._dated = False
        self._tokens: list[list[Token]] | None = None
        self._sent_words: list[frozenset[str] | None] = []
        self.explain = explain  # records carry the ids of the entries that made them (syriadiplo.events.explain)
        self._heads: frozenset[str] | None = None  # the headlines, read once (headlines)
        self._head_indices: frozenset[int] | None = None  # the headline sentences, found once (headline_indices)
        self.late: frozenset[int] | None = None  # the persons the article tells are dead, found once (assemble)
        self.doc_topics: list[str] | None = None  # the article's main topic labels (topical)
        self.told_subject: dict[int, Mention] = {}  # sentence index -> the subject of the last event told in it
        self.told_pairs: dict[int, tuple[int, int]] = {}  # sentence index -> the two persons of the last two-person event told in it
        self.sides_told: set[int] = set()  # the persons that events told so far have as sides
        self.event_mentions: list[EventMention] = []
        self.clusters: list[Cluster] = []
        self.records: list[Record] = []
        self.kept: list[Record] = []

    def sentence_tokens(self) -> list[list[Token]]:
        """The tokens of every sentence (tokenized once)."""
        if self._tokens is None:
            self._tokens = [tokenize(s.norm.text) for s in self.doc.sentences]
        return self._tokens

    def may_name_events(self) -> bool:
        """False when no token can start a trigger: such a document has no record, whatever its entities."""
        heads = self.L.trigger_heads
        for toks in self.sentence_tokens():  # a plain loop: this runs over every token of every document
            for tok in toks:
                if not heads.isdisjoint(tok.words):
                    return True
        return False

    def mention_state(self, m: Mention) -> str | None:
        """A mention's state: its own, else its person entity's (الملك told by his title)."""
        return m.country or (self.reg.people[m.entity].country if m.entity is not None else None)

    def doc_date(self) -> _dt.date | None:
        """The document's date: the one it came with, else one stated near its top (found on first use)."""
        if self.doc.doc_date is None and not self._dated:
            self.doc.doc_date = timex.document_date(normalize_text(self.doc.original[:1000]))
        self._dated = True
        return self.doc.doc_date

    def doc_year(self) -> int | None:
        """The year of the document's date, if known."""
        d = self.doc_date()
        return d.year if d is not None else None

    def headlines(self) -> frozenset[str]:
        """The normalized text of the document's headline sentences (a headline is often repeated in the body)."""
        if self._heads is None:
            self._heads = frozenset(info.sent.norm.text for info in self.infos if info.sent.is_title)
        return self._heads

    def headline_indices(self) -> frozenset[int]:
        """The sentences that are the article's headline: found as its title, or the title its input gave (a JSONL
        line's `title`, which the text repeats as its first line): a headline tells a past event in the present."""
        if self._head_indices is None:
            given = " ".join(self.doc.title.split()) if self.doc.title else None
            self._head_indices = frozenset(
                s.index for s in self.doc.sentences
                if s.is_title or (given is not None and " ".join(self.doc.original[s.start:s.end].split()) == given))
        return self._head_indices

    def sentence_words(self, si: int) -> frozenset[str]:
        """Every reading of every token of sentence si (made once: each event's follow-up sentences ask)."""
        if not self._sent_words:
            self._sent_words = [None] * len(self.infos)
        got = self._sent_words[si]
        if got is None:
            got = self._sent_words[si] = frozenset(f for tok in self.infos[si].tokens for f in token_words(tok))
        return got
