"""Rule-based entity recognition: parties, places and anaphors in a sentence.

Most foreign names are in no lexicon, so persons are found from their
construction: a title phrase (modifier* head complement*) with its nationality
adjective, then the name (وزير الخارجية الروسي سيرغي لافروف); a given name
and what follows it; a counterpart (نظيره الأمريكي جون كيري); the dual
(الرئيسان الروسي ... والفرنسي ...); delegations (وفد من الحكومة السورية).
Later mentions by surname alone are linked through `PersonRegistry`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from collections.abc import Callable
from typing import Final

from syriadiplo.language import resource
from syriadiplo.recognize.actors import is_national_body, organization_key, word_skeleton
from syriadiplo.resources import grammar, read_table, spelled, word_lists
from syriadiplo.text.document import abbreviations
from syriadiplo.text.lexicon import Lexicon, Match, MatchIndex, Token, is_definite, lexicon
from syriadiplo.text.normalize import normalize_text, written_letters
from syriadiplo.text.phrases import phrase_at
from syriadiplo.text.proclitics import stems as _stems
from syriadiplo.text.proclitics import clitics, without_article

MAX_TITLE_TOKENS: Final = 14
BODY_NAME_WORDS: Final = 6  # tokens before a body's mention that may hold its first noun (حركة المقاومة الإسلامية «حماس»)
MAX_STATE_RUN: Final = 8  # states in one run after a plural of delegations (وفود روسيا وتركيا وإيران)
MAX_NAME_TOKENS: Final = 4
LONE_W_NAME_MIN: Final = 5  # letters after و of a one-word name after a definite nisba (ويلكنز; وسلمه، ويلقي are verbs)
BETWEEN_REACH: Final = 8  # words from بين to a group noun joined by و that is the second side of its pair
GREETING_REACH: Final = 8  # tokens from a verb that carries greetings to their noun (نقل وزير الخارجية السعودي خلال اللقاء تحيات)
MINISTRY_WORDS: Final = 4  # tokens a ministry's name may have before its nationality adjective (وزارة الشؤون الخارجية الفرنسية)
QUOTED_BODY_WORDS: Final = 6  # words of a quoted body's name at most (رئيس "منصة موسكو"، وفدا من «حركة أحرار الشام»)
SPELLING_EDITS: Final = 2  # letter edits between two transliterations of one foreign given name (فدريكا، فيديريكا)
_QUOTES_OPEN: Final = set("\u201c\u00ab\"'\u2018")
_PARENS: Final = ("(", ")")
_QUOTES_CLOSE: Final = set("\u201d\u00bb\"'\u2019")
_DASHES: Final = frozenset({"-", "\u2013"})
_STOP: Final = "."  # a full stop, which follows an abbreviated honorific (د.)
_TITLE_CATS: Final = frozenset({"TITLE"})
_NAME_BLOCKERS: Final = frozenset({"TITLE", "COUNTRY", "NISBA", "CITY", "ORG", "ORGADJ", "METONYM", "MINISTRY", "TRIGGER", "TRIGNEG", "WORLD_REGION"})


_CAT_CITY: Final = frozenset({"CITY"})
_CAT_WORLD_REGION: Final = frozenset({"WORLD_REGION"})
_CAT_COUNTRY: Final = frozenset({"COUNTRY"})
_CAT_COUNTRY_NISBA_METONYM_ORG_CITY: Final = frozenset({"COUNTRY", "NISBA", "METONYM", "ORG", "CITY"})
_CAT_COUNTRY_ORG: Final = frozenset({"COUNTRY", "ORG"})
_CAT_COUNTRY_ORG_MINISTRY_CITY: Final = frozenset({"COUNTRY", "ORG", "MINISTRY", "CITY"})
_CAT_COUNTRY_ORG_MINISTRY_CITY_METONYM: Final = frozenset({"COUNTRY", "ORG", "MINISTRY", "CITY", "METONYM"})
_CAT_NISBA: Final = frozenset({"NISBA"})
_CAT_NISBA_COUNTRY: Final = frozenset({"NISBA", "COUNTRY"})
_CAT_NISBA_ORGADJ: Final = frozenset({"NISBA", "ORGADJ"})
_CAT_ORGADJ: Final = frozenset({"ORGADJ"})
_CAT_ORG: Final = frozenset({"ORG"})
_CAT_PERSON: Final = frozenset({"PERSON"})
_CAT_TRIGGER: Final = frozenset({"TRIGGER"})
VERB_TRIGGER_CLASSES: Final = ("verb", "weak")  # trigger classes of a verb (triggers.tsv): its subject and object follow it
_CAT_MINISTRY: Final = frozenset({"MINISTRY"})
_TITLE_ENDERS: Final = frozenset({"PERSON", "TRIGGER", "TRIGNEG", "WORLD_REGION"})  # a title ends before one


@dataclass
class Mention:
    """A party, place or reference found in a sentence (token indices are sentence-local)."""

    kind: str  # person delegation state org city pair latter pronoun
    start: int
    end: int
    name: str | None = None  # as written
    name_norm: str | None = None
    role: str | None = None  # as written, nationality adjective removed
    country: str | None = None
    org: str | None = None
    counterpart: bool = False
    number: str = "sg"
    role_head: str | None = None
    entity: int | None = None  # index in the document's PersonRegistry
    preceded_by: str | None = None  # the normalized token before the mention
    from_nisba: bool = False  # a state known only from a nationality adjective
    entourage: bool = False  # الوفد المرافق له: takes the side of the person before it
    titles: tuple[str, ...] = ()  # further titles told right after the name (ولي ولي العهد after الأمير X)
    hosted: bool = False  # a state taken as the host of a visit, no party of it named with the visit
    heads: bool = False  # told as a delegation's head (برئاسة X): that delegation, told elsewhere, is his side
    lists: bool = False  # a meeting's object whose states or bodies joined by و were split off: with no other party, one side
    # a leader named as his government (إدارة الرئيس أوباما), and the delegation made of him: the phrase as written
    government: str | None = None

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, kind: str, start: int, end: int, name: str | None = None, name_norm: str | None = None,
            role: str | None = None, country: str | None = None, org: str | None = None, counterpart: bool = False,
            number: str = "sg", role_head: str | None = None, entity: int | None = None,
            preceded_by: str | None = None, from_nisba: bool = False, entourage: bool = False,
            titles: tuple[str, ...] = (), hosted: bool = False, heads: bool = False, lists: bool = False,
            government: str | None = None,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.name_norm = name_norm
        self.role = role
        self.country = country
        self.org = org
        self.counterpart = counterpart
        self.number = number
        self.role_head = role_head
        self.entity = entity
        self.preceded_by = preceded_by
        self.from_nisba = from_nisba
        self.entourage = entourage
        self.titles = titles
        self.hosted = hosted
        self.heads = heads
        self.lists = lists
        self.government = government


@resource
def _g() -> dict[str, frozenset[str]]:
    keys = ("STYLE_TITLES", "COUNTERPART", "PAIR_ANAPHORS", "SIDE_NOUNS", "LATTER", "DESTINATION", "ACCREDITED_TO", "ON_BEHALF",
            "HEADED_BY", "DELEGATION_ADJECTIVES", "DELEGATION_OF", "SIDE_CHAIRS", "DUAL_DELEGATIONS", "COMPLEMENTIZERS", "LINEAGE", "ADJECTIVE_SURNAMES", "SURNAME_LINEAGE", "COMPOUND_TAILS", "COMPOUND_HEADS", "NAME_HALVES", "GOVERNMENT", "NAME_PARTICLES", "TITLE_LINKS", "ENTOURAGE", "HONORIFICS", "POST_NISBA_ADJ", "DUAL_COUNTERPART", "PLACE_NOUNS", "IN", "OBJECT_PRONOUN_HOSTS", "TO", "AND", "COMMAS", "GREETING_NOUNS", "GREETING_CARRIERS", "CLAUSE_STOPS", "KIN_NOUNS", "UNCHAINED_TITLES", "IN_PROCLITIC", "OF_PROCLITIC", "PORTFOLIO_NOUNS", "SESSION_TERMS", "FORMER_OFFICE", "REPRESENTATIVE_TITLES", "AS_PROCLITIC", "SURNAME_PARTICLES", "MEMBER_STATES", "COUNTERPARTS_OF", "AGENT_TITLES", "OBJECT_PROCLITICS", "BODY_PRONOUN", "BODY_NOUNS", "SOLE_OFFICE_HEADS", "SENT_TITLES", "TITLE_EPITHETS", "BODY_HEADS", "COURTESY_ADJ", "REGION_HEADS", "REGION_NOUNS", "STYLE_WORDS", "SAME_OFFICE_HEADS", "POSSESSED_TITLES", "RANK_TITLES", "RANKED_OFFICES", "TITLE_ON_HEADS", "LEADER_WORDS", "TITLE_ON_ADJ", "INTERNATIONAL_ENVOY_HEADS", "INTERNATIONAL_ADJECTIVES", "POSTED_HEADS", "REGIME_NOUNS", "STATE_DELEGATIONS", "OPPOSITION_NOUNS", "OPPOSITION_ADJECTIVES", "OPPOSITION_FACTIONS", "WITH", "WITH_NOUNS", "DUAL_NISBA_ENDINGS", "NOMINATIVE_PLURAL_ENDINGS", "BETWEEN", "KUNYA_HEADS", "TOPIC_HEAD_NOUNS", "MOVEMENT_DELEGATIONS", "PLACE_STATE_OFFICES", "MEMBER_WORDS", "THE_KINGDOM", "PERSON_GOVERNMENTS", "ADJECTIVE_TITLES")
    out = {k: frozenset(grammar(k)) for k in keys}
    # the words by which _at recognizes a mention without a lexicon entry
    # stems no name word has: ordinary words, kin nouns, greetings and the verbs that carry them
    out["NOT_NAME_STEMS"] = frozenset(lexicon().nonname) | out["KIN_NOUNS"] | out["GREETING_NOUNS"] | out["GREETING_CARRIERS"]
    # the proclitics of a noun's, after which WORD_VERB_SHAPES are not read (بيستون: `_word_shapes_after`)
    out["NOUN_PROCLITICS"] = out["IN_PROCLITIC"] | out["AS_PROCLITIC"]
    out["MENTION_STARTS"] = frozenset().union(*(out[k] for k in ("DUAL_COUNTERPART", "COUNTERPART", "PAIR_ANAPHORS", "SIDE_NOUNS", "LATTER", "OBJECT_PRONOUN_HOSTS", "DUAL_DELEGATIONS", "STATE_DELEGATIONS", "SURNAME_PARTICLES", "OPPOSITION_NOUNS")))
    return out


@resource
def _region_member_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], str | None]:
    """REGION_MEMBER_STATES as word tuples, longest first, their first words, and the code of REGION_MEMBER_BODY, the
    body they are the members of (None when organizations.tsv lists no such body)."""
    phrases = tuple(sorted((tuple(p.split()) for p in grammar("REGION_MEMBER_STATES")), key=len, reverse=True))
    return phrases, frozenset(ph[0] for ph in phrases), organization_key(grammar("REGION_MEMBER_BODY")[0])


@resource
def _international_body() -> str | None:
    """The code of the body an envoy called international serves (grammar INTERNATIONAL_BODY, an organization's name)."""
    return organization_key(grammar("INTERNATIONAL_BODY")[0])


@resource
def bodies_with_members() -> frozenset[str]:
    """The bodies whose member states organization_members.tsv lists: the only bodies whose members' officials a
    text can name as someone's counterparts (نظرائه الخليجيين، نظراءه في الاتحاد الأوروبي)."""
    return frozenset(row[0] for row in read_table("organization_members.tsv"))


@resource
def _group_quantities() -> tuple[tuple[str, ...], ...]:
    """GROUP_QUANTITIES as word tuples, the longest first."""
    return tuple(sorted((tuple(p.split()) for p in grammar("GROUP_QUANTITIES")), key=lambda p: -len(p)))


@resource
def evidence() -> dict[str, frozenset[str]]:
    """The word lists of name_evidence.tsv (COMMON_WORDS, INSTITUTION_NOUNS, BUILDING_NOUNS, MAQSURA_WORDS, NAME_ENDS, VERB_SHAPES, NOUN_SHAPES,
    PREP_NOUN_SHAPES, REGNAL_ORDINALS, FATHER_HONORIFICS, UNNAMED_MARKS, HAMZA_ALEFS, MADDA_ALEFS, CITY_MARKS, TITLED_GIVEN,
    FAMILY_FIRST, THEN_WORDS, HOUSE_TAILS, BARE_IMPERFECT, LONG_VOWELS, NAME_TAILS)."""
    return word_lists("name_evidence.tsv")


@resource
def _marks() -> dict[str, frozenset[str]]:
    """The lists of name_evidence.tsv written as hexadecimal code points (UNNAMED_MARKS, HAMZA_ALEFS, MADDA_ALEFS,
    CITY_MARKS, VERB_MARKS), as characters."""
    return {key: frozenset(chr(int(code, 16)) for code in evidence()[key])
            for key in ("UNNAMED_MARKS", "HAMZA_ALEFS", "MADDA_ALEFS", "CITY_MARKS", "VERB_MARKS")}


def _shapes(*keys: str) -> tuple[re.Pattern[str], ...]:
    """The shapes of name_evidence.tsv rows `keys` as whole-word patterns: a part is literal letters or a count of
    any letters. Built once by the loaders below (argument-free, so the lookup is short on the per-token path)."""
    return tuple(_shape_pattern(shape) for shape in sorted(frozenset().union(*(evidence()[k] for k in keys))))


@resource
def _verb_shapes() -> tuple[re.Pattern[str], ...]:
    """VERB_SHAPES and NOUN_SHAPES."""
    return _shapes("NOUN_SHAPES", "VERB_SHAPES")


def _imperfect_shaped(w: str) -> bool:
    """Whether a word has a bare imperfect's shape with no long vowel second (BARE_IMPERFECT, LONG_VOWELS: يمدد; not
    يوهان، ليونغ's يونغ)."""
    return any(p.fullmatch(w) for p in _bare_imperfect_shapes()) and w[1] not in evidence()["LONG_VOWELS"]


@resource
def _word_verb_shapes() -> tuple[re.Pattern[str], ...]:
    """WORD_VERB_SHAPES."""
    return _shapes("WORD_VERB_SHAPES")


@resource
def _prep_noun_shapes() -> tuple[re.Pattern[str], ...]:
    """PREP_NOUN_SHAPES."""
    return _shapes("PREP_NOUN_SHAPES")


@resource
def _bare_imperfect_shapes() -> tuple[re.Pattern[str], ...]:
    """BARE_IMPERFECT."""
    return _shapes("BARE_IMPERFECT")


def _shape_pattern(shape: str) -> re.Pattern[str]:
    """A shape of name_evidence.tsv (parts joined by +: literal letters, a count of any letters, or ^ and the letters
    one letter is not) as a pattern."""
    return re.compile("".join(_shape_part(part) for part in shape.split("+")))


def _shape_part(part: str) -> str:
    if part.isdigit():
        return ".{%s}" % part
    if part.startswith("^"):
        return "[^%s]" % re.escape(part[1:])
    return re.escape(part)


def verb_shaped(form: str, word_shapes: bool = False) -> bool:
    """Whether a word has the shape of an inflected verb or a verbal noun that no name has (يتطلع، استنكرا، انتهت;
    VERB_SHAPES, and استعداد of NOUN_SHAPES); with `word_shapes` (a word, or a reading after a proclitic that opens
    a verb: SentenceNER._word_shapes_after), also one of WORD_VERB_SHAPES (يستمع، سيستمع; but بيستون is no ب + يستون)."""
    return any(p.fullmatch(form) for p in _verb_shapes()) or (
        word_shapes and any(p.fullmatch(form) for p in _word_verb_shapes()))


def prep_noun_shaped(form: str) -> bool:
    """Whether a word, its proclitic ب off, has the shape of a verbal noun (ارتكاب، تشكيل، اعلان)."""
    return any(p.fullmatch(form) for p in _prep_noun_shapes())


def common_word(form: str) -> bool:
    """Whether a listed surname is also an ordinary word, so that alone it needs an earlier full mention."""
    return form in evidence()["COMMON_WORDS"]


# token text -> `SentenceNER._may_start`; cleared when full, so memory stays bounded on any corpus
_MAY_START_MAX: Final = 200_000


@resource
def _may_start_seen() -> dict[str, bool]:
    """Token text -> whether it may start a mention (SentenceNER._may_start), as found so far."""
    return {}


@resource
def _represented_bodies() -> dict[str, str]:
    """A normalized way the text names a movement of represented_bodies.tsv -> its name in records, spelled."""
    return {v: spelled(row[0]) for row in read_table("represented_bodies.tsv") for v in row[1].split("|")}


@resource
def _comma() -> str:
    """The comma that joins two titles of one person (the first of grammar.tsv COMMAS)."""
    return grammar("COMMAS")[0]


@resource
def _nisba_ending() -> str:
    """The ending of a masculine nisba, and of most family names with the article (grammar.tsv NISBA_ENDING)."""
    return grammar("NISBA_ENDING")[0]


@resource
def _nisba_fem() -> str:
    """The feminine ending as normalization writes it (grammar.tsv NISBA_FEM)."""
    return grammar("NISBA_FEM")[0]


@resource
def _fem_plural() -> tuple[str, ...]:
    return tuple(grammar("FEM_PLURAL"))


def _forms(tok: Token) -> list[str]:
    return [f for _, f in tok.forms]


def _first_forms_in(tok: Token, words: set[str] | frozenset[str]) -> bool:
    """Whether one of the token's first two readings is in `words`."""
    forms = tok.forms
    n = len(forms)
    return (n > 0 and forms[0][1] in words) or (n > 1 and forms[1][1] in words)


def _has(tok: Token, words: frozenset[str]) -> bool:
    return not words.isdisjoint(tok.words)


class _TitleState:
    """Where a title phrase's complement stands while `SentenceNER.parse_title` reads it."""

    def __init__(self, j: int, kept: list[tuple[int, int, int]]) -> None:
        self.j = j  # the next token
        self.kept = kept  # the (start, end, proclitic length) spans of the role as written
        self.country: str | None = None
        self.org: str | None = None
        self.after_nisba = False  # a nationality adjective was read: only its own followers may come
        self.pending_obj = False  # a link word (لدى، إلى) was read: its object comes next
        self.accredited = False  # the state or body after لدى was read: the post is told, the name comes next
        self.head = ""  # the singular of the title's head (the office the complement is of)
        self.entity_end = -1  # where the state or body the title is of ends
        self.plural = False  # the head is a plural (وزراء خارجيه): a title after و is another person's
        self.region_told = False  # a governor's region was read (امير منطقه الرياض، محافظ جده): the title ends there


class SentenceNER:
    """Finds mentions in one tokenized sentence.

    Args:
        tokens: the sentence's tokens.
        orig: maps a (start_token, end_token, proclitic_chars) span to the original text.
        times: token indices covered by time expressions.
        index: the sentence's lexicon matches, when the caller shares them (built here otherwise).
        doc_given: the first word of each full name the document gave before this sentence, with the words that
            came second after it (سلمان: {بن}).
        doc_surnames: last words of the full names the document gave before this sentence; such a word alone,
            even after a preposition (اتصالاً هاتفياً بصباغ), is that person.
    """

    def __init__(self, tokens: list[Token], orig, times: set[int], index: MatchIndex | None = None,
                 doc_surnames: set[str] | frozenset[str] = frozenset(),
                 doc_given: dict[str, set[str]] | None = None, year: int | None = None) -> None:
        self.doc_surnames = doc_surnames
        self.year = year  # the document's year: a listed holder read by his title alone held it then
        self.doc_given = doc_given if doc_given is not None else {}
        self.t = tokens
        self.orig = orig
        self.times = times
        self.L: Lexicon = lexicon()
        self.g = _g()
        self.allow_conj_name = False  # a name may start with و only right after a nationality adjective
        self.mention_end = 0  # where the scan's last mention ended: a name may start right after it
        self.holders_end = -1  # where the scan's last mention ended when it was a holder of a title and a state, or an
        # item of a list of such holders that an elided title continues (_holder_of_elided_title); else -1
        self.index = index if index is not None else MatchIndex(tokens, self.L)
        self.may_start_seen = _may_start_seen()

    # ---- helpers
    def _may_start(self, tok: Token) -> bool:
        """Whether by the lists alone `tok` can start a mention in `_at`: a listed word opens it, a reading
        starts a lexicon entry, or one of its first two readings is a given name or a listed surname."""
        seen = self.may_start_seen
        known = seen.get(tok.text)
        if known is None:
            known = (not tok.words.isdisjoint(self.g["MENTION_STARTS"]) or tok.starts_entry
                     or any(f in self.L.given or f in self.L.surnames for _, f in tok.forms[:2]))
            if len(seen) >= _MAY_START_MAX:
                seen.clear()
            seen[tok.text] = known
        return known

    def text(self, a: int, b: int, plen: int = 0) -> str:
        """The original text of tokens a..b, its letters only (`written_letters`): رجب طيب #أردوغان gives أردوغان,
        محمد بن سلـمان its letters without the stretching stroke."""
        return written_letters(self.orig(a, b, plen))

    def m(self, i: int, cats: frozenset[str]) -> Match | None:
        if i >= len(self.t) or not self.t[i].is_word or not self.t[i].starts_entry:
            return None
        return self.index.first(i, cats)

    def is_nameish(self, i: int, first: bool, prev_given: bool) -> bool:
        if i >= len(self.t) or i in self.times:
            return False
        tok = self.t[i]
        if not tok.is_word or tok.text.isdigit() or len(tok.text) < 2:
            return False
        # (آن باترسون: a complementizer's letters written with madda are a name's, no particle)
        madda = tok.text in self.g["COMPLEMENTIZERS"] and self.text(i, i + 1)[:1] in _marks()["MADDA_ALEFS"]
        surname = prev_given and not first and tok.text in self.g["ADJECTIVE_SURNAMES"]  # سليمان المقبل
        if (tok.text in self.L.nonname and not madda and not surname) or _has(tok, self.g["COUNTERPART"]) or _has(tok, self.g["GOVERNMENT"]):
            return False
        if _has(tok, self.g["LEADER_WORDS"]):
            return False  # الرئيس X زعماء الأحزاب، وزعيم حزب: a leader's noun, no name word
        if tok.text not in self.L.given and not surname and not self._word_stems(tok.text).isdisjoint(self.g["NOT_NAME_STEMS"]):
            # علاقته، بمنصبه، خلالها: an ordinary word with its clitics is no name word, nor a kin noun (أخيه);
            # ولي العهد حمله تحياته: nor the greetings he carries and the verb that gives them
            return False
        ev = evidence()
        if not first and tok.text in ev["NAME_ENDS"]:
            return False  # حفظه الله، وهو: the name ended before
        if self._written_otherwise(i):
            return False
        if tok.text not in self.L.given and any(verb_shaped(f, self._word_shapes_after(tok, p)) for p, f in tok.forms):
            return False  # اوباما يتطلع للقاء، استنكرا فيهما: a verb after or instead of the name
        if self._verbal_noun_object(i, self.g["OF_PROCLITIC"]):
            return False  # كيناتا بارتكاب، X، لإيجاز سياسي: a preposition (ب or ل) and its verbal noun, no name word
        if first and tok.text in ev["INSTITUTION_NOUNS"] and tok.text not in self.L.given and tok.text not in ev["TITLED_GIVEN"]:
            return False  # مدير مستشفى أملج: the institution the title is of, no name
        if tok.text not in self.L.given and self._accusative_written(i):
            return False  # عبدالله الثاني تأكيدًا: an accusative adverb, marked so as written
        if not first and tok.text not in self.L.given and self._doubled_verb(i):
            return False  # ماورو فييرا سلّم: a verb of the doubled form after the name, marked so as written
        if tok.text in self.g["COMPLEMENTIZERS"] and not madda:
            return False  # بأن، أنه: a clause starts here (بان كي مون is matched whole from persons.tsv first)
        if self.m(i, _NAME_BLOCKERS) and tok.text not in self.L.given and not (
                first and i + 1 < len(self.t) and self.t[i + 1].text in self.g["LINEAGE"]):
            return False  # (but الأمير تركي بن سعود: a word before بن is a given name, though it reads as a nisba)
        if not first and tok.forms[0][1][0] in self.g["AND"] and tok.text not in self.L.given and len(tok.forms) > 1:
            return False  # a conjunction starts the next item
        if tok.text not in self.L.given and any(f in self.L.nonname or f in self.L.city_country or is_definite(f) for p, f in tok.forms[1:]):
            return False
        if first and len(tok.forms) > 1 and tok.text[0] in self.g["AND"] and tok.text not in self.L.given and (
                not self.allow_conj_name or not self._name_word_after(i)):
            return False  # (نظيره الصيني وانغ يي; not رئيس أميركي ويلقي كلمة: a generic title, then a verb and a noun)
        if first and tok.text[0] in self.g["AND"] and tok.text not in self.L.given and any(
                f in self.L.given or f in self.g["NAME_PARTICLES"] for p, f in tok.forms[1:] if p == 1):
            return False  # الروسي وعبد الله البدري: و before a name joins a second person (وليد is a name of its own)
        if first and tok.text[0] in self.g["OBJECT_PROCLITICS"] and tok.text not in self.L.given and any(
                f in self.L.given for p, f in tok.forms[1:] if p == 1):
            return False  # وزير خارجية المملكة بجون كيري: a preposition before a name, whose person is another
        article = self._article_at(i)
        if article and not prev_given and not first:
            return False
        if article and first and tok.text not in self.L.given:
            return False  # but ألكسندر، ألبرتو: a given name that only looks definite
        if first and tok.text not in self.L.given and any(
                len(s) >= 6 and s.endswith(_fem_plural()) for s in _stems(tok.text, False) | {tok.text}):
            return False  # تداعيات، مستجدات، تأكيداته: a plural noun, its pronoun aside, does not start a name
        return True

    def _word_shapes_after(self, tok: Token, plen: int) -> bool:
        """Whether a reading of `tok` with `plen` letters off is tested against WORD_VERB_SHAPES: the whole word, or one
        after a conjunction (و، ف), ل or the future's س (سيستمع، ليستمع: so ليستون، فيستون read as verbs too); not
        after ب or ك (بيستون، كيستنر are names)."""
        return plen == 0 or self.g["NOUN_PROCLITICS"].isdisjoint(tok.text[:plen])

    def _article_at(self, k: int) -> bool:
        """Whether token k starts with the article: ألفاريز، أليساندري are written with an alef the article's never
        carries (HAMZA_ALEFS), whatever normalization made of it."""
        return is_definite(self.t[k].text) and self.text(k, k + 1)[:1] not in _marks()["HAMZA_ALEFS"]

    def _word_stems(self, text: str) -> set[str]:
        """The stems of a word (`_stems`, the article kept) but a conjunction and a particle read after a preposition:
        و comes before ب or ل, never after, so in بوفيه (Bouvier) the و is the name's, not وفي's."""
        return {s for s in _stems(text, False)
                if not (len(s) == 3 and s[0] in self.g["AND"] and s[1:] in self.L.nonname and not text.startswith(s))}

    def _kin(self, i: int) -> bool:
        """Whether token i is a kinship noun (أخيه، شقيقهما): it names a person by kin, it is no part of a name."""
        return not _stems(self.t[i].text, False).isdisjoint(self.g["KIN_NOUNS"])

    def _ordinary(self, text: str) -> bool:
        """Whether one of the word's stems (proclitics and a pronoun suffix off, the article kept) is a non-name word."""
        return not _stems(text, False).isdisjoint(self.L.nonname)

    def _written_otherwise(self, i: int) -> bool:
        """على هامش: the preposition, which normalizes to the given name علي but is written otherwise."""
        tok = self.t[i]
        return tok.text in evidence()["MAQSURA_WORDS"] and self.text(i, i + 1)[-1:] != tok.text[-1:]

    # ---- names
    def parse_name(self, i: int, apposition: bool = False, titled: bool = False) -> tuple[int, int, int | None] | None:
        """A person name starting at token i: (start, end, known person index). In `apposition` (after a
        title and a comma) a family name with the article may follow an unlisted first name (شائع الزنداني);
        `titled` (right after a title with its state or body, or closed by a definite word), after a given name that is also an ordinary word
        (name_evidence.tsv TITLED_GIVEN: رئيس مجلس النواب العراقي سليم الجبوري), or when it has the shape of one: a
        nisba or a known surname (نظيره التونسي ناجم الغرسلي; not رئيس الوزراء الإسرائيلي امتصاص الغضب)."""
        n = len(self.t)
        if i < n and self.t[i].text in _QUOTES_OPEN:
            j = self._quote_close(i, MAX_NAME_TOKENS + 1)
            if j is not None:
                known = self.m(i + 1, _CAT_PERSON)
                if known or all(self.is_nameish(k, False, True) for k in range(i + 1, j)):
                    return i + 1, j, known.entry.data[0] if known else None
            return None
        known = self._known_person(i)
        if known and known.plen == 0:
            return i, self._known_end(i, known.end), known.entry.data[0]
        if not self.is_nameish(i, True, False) or (titled and known is None and self._bare_imperfect(i)):
            return None
        titled_given, family = self.t[i].text in evidence()["TITLED_GIVEN"], self._family_shaped(i + 1)
        # any two of: a title with a state, a given name that is also a word, a family name after it (the last two
        # with no state: رئيس مجلس النواب سليم الجبوري)
        apposition = apposition or (titled and titled_given) or (family and (titled or titled_given))
        end = self._name_end(i, apposition or self.t[i].text in self.L.given or self.t[i].text in self.g["NAME_PARTICLES"])
        return i, (i + 1 if self._told_alone(i, end) else end), None

    def _bare_imperfect(self, i: int) -> bool:
        """الرئيس المصري يمدد مشاركة: a word of a bare imperfect's shape with no long vowel second (name_evidence.tsv
        BARE_IMPERFECT, LONG_VOWELS), that no list knows as a name and no listed given name follows (يروغ يوهان): a verb
        after the title."""
        w, ev = self.t[i].text, evidence()
        if not _imperfect_shaped(w):
            return False
        given_next = i + 1 < len(self.t) and self.t[i + 1].text in self.L.given
        return not (given_next or w in self.L.given or w in ev["TITLED_GIVEN"] or w in self.L.surnames or w in self.doc_surnames)

    def _told_alone(self, i: int, end: int) -> bool:
        """Whether a name's first word is the given name of a full name told before and the word after it
        goes on none of them and is no name word of any list (الملك سلمان بن عبد العزيز, then الملك سلمان ملامح
        عهده: the king, then ordinary words)."""
        nxt = self.t[i + 1].text if end - i >= 2 else None
        seen = self.doc_given.get(self.t[i].text)
        if nxt is None or seen is None or nxt in seen or is_definite(nxt) or self.t[i].text in self.g["COMPOUND_HEADS"]:
            return False  # (محمد العبد: a family name with the article; عبد العزيز: one given name)
        return (nxt not in self.L.given and nxt not in self.L.surnames and nxt not in self.g["LINEAGE"]
                and nxt not in self.doc_surnames and nxt not in self.g["COMPOUND_TAILS"])

    def _family_shaped(self, k: int) -> bool:
        """Whether token k has the shape of a family name with the article: a nisba (الجبوري، الغرسلي) or a surname
        the lists or the document know."""
        if k >= len(self.t) or not is_definite(self.t[k].text):
            return False
        text = self.t[k].text
        return text.endswith(_nisba_ending()) or text in self.L.surnames or text in self.doc_surnames

    def _name_end(self, i: int, prev_given: bool) -> int:
        """Where a name whose first word is token i ends: name-like words, then its lineage (بن عبد الله). Lineage
        words do not count to the run's length (علي بن سعيد عواض عسيري: four names and بن)."""
        n, j, links = len(self.t), i + 1, 0
        # (the second word may be a compound's second, whatever the first: منظور الحق، نورد الدين; later in the run
        # such a word needs a given name before it, as other definite words do: راجيف كومار الحق في التنمية)
        tails = evidence()["NAME_TAILS"]
        while j < n and j - i - links < MAX_NAME_TOKENS and (self.is_nameish(
                j, False, prev_given or (j == i + 1 and self.t[j].text in tails)) or self._family_compound_tail(j)):
            text = self.t[j].text
            links += text in self.g["LINEAGE"]
            prev_given = text in self.g["NAME_PARTICLES"] or text in self.g["COMPOUND_TAILS"] or (prev_given and text in self.L.given)
            prev_given = prev_given or self.t[j - 1].text in self.g["LINEAGE"]  # سعد بن شريده الكعبي: a father's name, then the family's
            j += 1
            if links and is_definite(text) and text not in self.g["COMPOUND_TAILS"]:
                break  # خالد بن محمد العطية مأدبة: the family name with the article closes a name by lineage
            if (is_definite(text) and self.t[j - 2].text in self.g["COMPOUND_TAILS"] and text not in self.g["COMPOUND_TAILS"]
                    and text not in evidence()["REGNAL_ORDINALS"] and not (j < n and self.t[j].text in self.g["LINEAGE"])):
                break  # عبد الصمد العوضي جانبا: so does one right after a compound given name
            if text in evidence()["REGNAL_ORDINALS"] and not (j < n and self.t[j].text in self.g["LINEAGE"]):
                break  # هنري الثامن ليصبح: after a ruler's ordinal only his lineage goes on
        j = self._house_tail(j)
        if j - i >= 2 and self.t[j - 1].text in self.g["LINEAGE"]:
            j -= 1  # فيصل بن بندر بن عبدالعزيز: the run stopped at its length on بن; the lineage goes on from there
        elif j < n and self.t[j - 1].text in self.g["NAME_PARTICLES"] and self.is_nameish(j, False, True):
            j += 1  # سلمان بن عبدالعزيز آل سعود: a particle that the run's length cut from its name
        elif j < n and j - i >= 2 and self.t[j - 1].text in self.g["NAME_HALVES"] and self._other_half(j):
            j += 1  # حسن أبو نعمة: the other half of a kunya is a name word, even when it is an ordinary word
        return self._lineage(i, j)

    def _family_compound_tail(self, j: int) -> bool:
        """محمد العبد الله: the second word of a compound given name (COMPOUND_TAILS) right after its first taken as a
        family name, with the article (العبد), goes on the name, though alone it is an ordinary word."""
        return (j > 0 and self.t[j].text in self.g["COMPOUND_TAILS"] and is_definite(self.t[j - 1].text)
                and without_article(self.t[j - 1].text) in self.g["COMPOUND_HEADS"])

    def _doubled_verb(self, i: int) -> bool:
        """Whether token i is a three-letter word written with a mark of VERB_MARKS (the shadda) right after its second
        letter, other marks aside, whose last letter as written is none of DOUBLED_NAME_ENDS (حنّا، مكّي are names; عزّى
        ends in alef maqsura): a perfect verb of the doubled form (سلّم، وقّع، عزّى)."""
        if len(self.t[i].text) != 3:
            return False
        marks = _marks()["VERB_MARKS"]
        written = [c for c in self.text(i, i + 1) if c in marks or not unicodedata.combining(c)]
        return len(written) == 4 and written[2] in marks and written[3] not in evidence()["DOUBLED_NAME_ENDS"]

    def _other_half(self, j: int) -> bool:
        """Whether token j, after the first half of a name part (NAME_HALVES: أبو، عبد), can be its other half: a word
        of letters that is neither a stop of the name (NAME_ENDS: وهو), a complementizer, nor a trigger."""
        tok = self.t[j]
        return (tok.is_word and len(tok.text) >= 2 and not tok.text.isdigit() and j not in self.times
                and tok.text not in evidence()["NAME_ENDS"] and tok.text not in self.g["COMPLEMENTIZERS"]
                and self.m(j, _CAT_TRIGGER) is None)

    def _house_tail(self, j: int) -> int:
        """Past a ruling house's name written without آل (name_evidence.tsv HOUSE_TAILS), after at most one more
        definite word, at the end j of a name run: خالد الجراح الصباح، محمد الخالد الحمد الصباح; else j."""
        tails, n = evidence()["HOUSE_TAILS"], len(self.t)
        for k in range(j, min(n, j + 2)):
            if self.t[k].text in tails:
                return k + 1
            if not is_definite(self.t[k].text):
                break
        return j

    def _nisba_run(self, j: int, most: int | None = None) -> list[tuple[int, int, str]]:
        """The nationality adjectives from token j on (الروسي والتركي): (start, end, country) each."""
        out: list[tuple[int, int, str]] = []
        while j < len(self.t) and (most is None or len(out) < most):
            nis = self.m(j, _CAT_NISBA)
            if not nis:
                break
            out.append((j, nis.end, nis.entry.data[0]))
            j = nis.end
        return out

    def _state_run(self, j: int) -> list[tuple[int, int, str]]:
        """The states named from token j on, each after the first joined by و (روسيا وتركيا وإيران): (start, end,
        country) each; the run ends at anything else."""
        out: list[tuple[int, int, str]] = []
        while j < len(self.t) and len(out) < MAX_STATE_RUN:
            state = self.m(j, _CAT_COUNTRY)
            if state is None or state.plen != (1 if out else 0) or (out and self.t[j].text[0] not in self.g["AND"]):
                break
            out.append((j, state.end, state.entry.data[0]))
            j = state.end
        return out

    def _lineage(self, i: int, j: int, link: int = -1) -> int:
        """Past the lineage after the end j of a name that starts at i: بن عبد الله، بن سلطان (at most three links),
        then the family name. A lineage inside the name lets a word of a family name's shape follow at once (عبد الله
        بن عبد العزيز الربيعة: the run's length, or a listed namesake, stopped it before; not ... الجلسة). Token
        `link` is a lineage word whatever its proclitic (وولد الشيخ: the caller read it so)."""
        n, start = len(self.t), j
        linked = any(self.t[k].text in self.g["LINEAGE"] for k in range(i + 1, j - 1))
        for _ in range(3):
            end = self._father(j + 1) if j < n and (j == link or self.t[j].text in self.g["LINEAGE"]) else None
            if end is None:
                break
            j = end
        if (j > start or (linked and self._family_shaped(j))) and j < n and is_definite(self.t[j].text) and self.is_nameish(j, False, True):
            j += 1  # بن صالح الخليفي: the family name after the lineage
        elif j + 1 < n and self.t[j].text == grammar("DEF_ARTICLE")[0] and self.is_nameish(j + 1, False, True):
            j += 2  # محمد بن نايف بن عبدالعزيز آل سعود: the family after the lineage (آل, alone, normalizes to the article)
        return j

    def _known_end(self, i: int, j: int) -> int:
        """The end of a listed person's name matched from token i to j: its lineage, then a compound name that
        closes it (يوسف بن علوي عبد الله: the family's name after the father's, without بن). Only after a name by
        lineage, and only a compound that no further name word follows (not ... عبد الله بن زايد, a second person)."""
        j = self._lineage(i, j)
        t, n = self.t, len(self.t)
        if not any(t[k].text in self.g["LINEAGE"] for k in range(i + 1, j - 1)):
            return j
        if j + 1 < n and t[j].text in self.g["COMPOUND_HEADS"] and t[j + 1].text in self.g["COMPOUND_TAILS"] and (
                j + 2 >= n or not self.is_nameish(j + 2, False, True)):
            return j + 2
        return j

    def _father(self, k: int) -> int | None:
        """The end of the father's name at token k, right after a lineage word, or None: a name word (and the next
        after a particle: بن عبد الله), or an honorific the family carries, with his name after it (ولد الشيخ احمد)."""
        n = len(self.t)
        if k >= n:
            return None
        honorific = self.t[k].text in evidence()["FATHER_HONORIFICS"]
        if not (honorific or self.is_nameish(k, False, True) or self._title_word_as_name(k)):
            return None
        k += 1
        if (self.t[k - 1].text in self.g["NAME_PARTICLES"] or honorific) and k < n and self.is_nameish(k, False, True):
            k += 1
        return k

    def _listed_family_at(self, k: int) -> bool:
        """Whether token k is a listed family name that is no ordinary word, or one the document names (الأسد)."""
        text = self.t[k].text
        return text in self.L.surnames and (not common_word(text) or text in self.doc_surnames)

    def _title_word_as_name(self, k: int) -> bool:
        """Whether token k, right after a lineage word, is a name though it reads as a title's word (فهد بن عبدالله
        بن مساعد): written bare (no article, no proclitic), no ordinary word of the lists, and matched as a title only."""
        tok = self.t[k]
        if not tok.is_word or len(tok.forms) > 1 or is_definite(tok.text) or tok.text in self.L.nonname:
            return False
        return self.m(k, _TITLE_CATS) is not None and self.m(k, _NAME_BLOCKERS - _TITLE_CATS) is None

    # ---- title phrases
    def parse_title(self, i: int):
        """A title phrase at i: (end, role_token_spans, country, org, head_match) or None."""
        first = self._title_before_body(i)
        if not first or first.entry.data[0] == "group":
            return None
        if first.plen and self.t[i].text[:1] in self.g["AS_PROCLITIC"]:
            return None  # كرئيس أمريكي: as a president, in that capacity; no person
        j, kept, head = self._title_head(i, first)
        if head.entry.data[0] == "modifier" or first.entry.data[3] is not None:
            return None  # (خادم الحرمين الشريفين alone: an epithet, the king's own title or name follows or is told)
        st = _TitleState(j, kept)
        st.country = next((m.entry.data[3] for a, _, _ in kept if (m := self.m(a, _TITLE_CATS)) and m.entry.data[3]), None)
        st.head = head.entry.data[1]
        st.plural = head.entry.data[2] == "pl"
        steps = 0
        while st.j < len(self.t) and steps < MAX_TITLE_TOKENS:
            steps += 1
            if not self._title_step(st):
                break
        if st.pending_obj and st.kept and st.kept[-1] == (st.j - 1, st.j, 0) and self.t[st.j - 1].text in self.g["ACCREDITED_TO"]:
            st.kept.pop()  # وزير الخارجية المصري لدى استقباله: لدى with no state or body after it is "upon", not the title's
            st.j -= 1
        self.allow_conj_name = st.after_nisba
        return st.j, st.kept, st.country, st.org, head

    def _title_before_body(self, i: int) -> Match | None:
        """The title at i: the longest, unless its last word starts the name of a body that runs past it (رئيس
        البرلمان العربي: the head of the Arab Parliament, not the speaker of a parliament and the word العربي);
        then the longest that ends before that name."""
        first = self.m(i, _TITLE_CATS)
        if first is None or first.end - i < 2:
            return first
        body = self.m(first.end - 1, _CAT_ORG)
        if body is None or body.end <= first.end:
            return first
        return next((m for m in self.index.at(i) if m.entry.cat in _TITLE_CATS and m.end < first.end), first)

    def _title_head(self, i: int, first: Match) -> tuple[int, list[tuple[int, int, int]], Match]:
        """Modifiers chain into heads (نائب وزير الخارجيه, مساعد المبعوث): (end, spans, head)."""
        n = len(self.t)
        j = first.end
        kept = [(i, j, first.plen)]
        head = first
        while j < n:
            nxt = self.m(j, _TITLE_CATS)
            if nxt and head.entry.data[0] == "head" and nxt.entry.data[1] in self.g["UNCHAINED_TITLES"]:
                break  # الوزير سفير ...: the ambassador is another person
            if nxt and self._state_title_after_definite(j, nxt):
                break
            if nxt and nxt.end < n and self.t[nxt.end].text in self.g["LINEAGE"]:
                break  # وزير الدولة مساعد بن محمد العيبان: a title's word before بن is a given name
            if nxt and nxt.plen == 0 and nxt.entry.data[0] != "group" and (head.entry.data[0] == "modifier" or not is_definite(self.t[j].text) or self.t[j - 1].text in self.g["ON_BEHALF"]):
                kept.append((j, nxt.end, 0))
                # رئيس وزراء إسرائيل: the first head of a construct stays the head (one prime minister, not ministers)
                head = nxt if nxt.entry.data[0] == "head" and (head.entry.data[0] == "modifier" or nxt.entry.data[2] == "sg") else head
                j = nxt.end
            elif (nxt := self._ordinal_title(j)) is not None:
                kept.extend([(j, j + 1, 0), (j + 1, nxt.end, 0)])  # النائب الثاني للرئيس: the deputy's office
                head = nxt if nxt.entry.data[0] == "head" else head
                j = nxt.end
            else:
                break
        return j, kept, head

    def _state_title_after_definite(self, j: int, title: Match) -> bool:
        """Whether the title at j is one state's office (titles.tsv state) right after a definite word: another
        person's (التقى الرئيس خادم الحرمين الشريفين); only a bare head takes it as its genitive (سفير خادم ...)."""
        return title.entry.data[3] is not None and is_definite(self.t[j - 1].text)

    def _ordinal_title(self, j: int) -> Match | None:
        """The title after an ordinal at token j that goes on a title chain (النائب الثاني لرئيس مجلس الوزراء,
        النائب الأول للرئيس), or None."""
        if j + 1 >= len(self.t) or self.t[j].text not in evidence()["ORDINALS"]:
            return None
        nxt = self.m(j + 1, _TITLE_CATS)
        return nxt if nxt is not None and nxt.entry.data[0] != "group" else None

    def _title_step(self, st: _TitleState) -> bool:
        """Takes the title's complement one step further at st.j; False when the title ends there.

        Each helper answers True (taken, go on), False (the title ends) or None (not its case)."""
        if st.region_told and self.m(st.j, _TITLE_CATS) and self.t[st.j].text not in self.g["STYLE_TITLES"]:
            return False  # محافظ جدة وزير الدولة ...: the next title is the next person's
        got = self._second_post(st)
        if got is None:
            got = self._title_quote(st)
        if got is None:
            got = self._title_region(st)
        if got is None:
            got = self._region_of_office(st)
        chained = self._ordinal_title(st.j) if got is None and st.kept and st.kept[-1][1] == st.j else None
        if chained is not None:  # ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء: one chain of offices
            st.kept.extend([(st.j, st.j + 1, 0), (st.j + 1, chained.end, 0)])
            st.j = chained.end
            st.after_nisba = st.pending_obj = False
            return True
        if got is None:
            got = self._title_plain(st)
        if got is None:
            j = st.j
            prev = self.t[j - 1].text if j > 0 else ""
            guarded = prev in self.g["DESTINATION"] or prev in self.g["ACCREDITED_TO"] or prev in self.g["ON_BEHALF"]
            got = self._title_regime(st) if not guarded else None
            if got is None:
                got = self._title_nisba(st, guarded)
            if got is None:
                got = self._title_entity(st, guarded)
        if got is None:
            got = self._title_link(st)
        return self._title_construct(st) if got is None else got

    def _second_post(self, st: _TitleState) -> bool | None:
        """سفير خادم الحرمين الشريفين لدى إيطاليا ومالطا: a second state joined by و right after the state a post is
        accredited to (ACCREDITED_TO) is the same post's; the name may follow it."""
        j = st.j
        if not st.accredited or not st.kept or st.kept[-1][1] != j or self.t[j].text[:1] not in self.g["AND"]:
            return None
        state = self.m(j, _CAT_COUNTRY)
        if state is None or state.plen != 1:
            return None
        st.kept.append((j, state.end, 0))
        st.j = state.end
        return True

    def _region_of_office(self, st: _TitleState) -> bool | None:
        """أمير منطقة الرياض، أمير منطقة عسير، أمير المنطقة الشرقية: a governor's title (REGION_HEADS) takes the region
        noun right after it (REGION_NOUNS) and the region's name into the role: a city, whose state is the title's,
        or one word of no list (and a nisba after it: منطقة الحدود الشمالية)."""
        j, n = st.j, len(self.t)
        if (st.head not in self.g["REGION_HEADS"] or not st.kept or st.kept[-1][1] != j or st.after_nisba
                or j + 1 >= n or self.t[j].text not in self.g["REGION_NOUNS"]):
            return None
        city = self.m(j + 1, _CAT_CITY)
        if city is not None and city.plen == 0:
            end = city.end
            st.country = st.country or city.entry.data[0]
        elif self.t[j + 1].is_word and self.m(j + 1, _NAME_BLOCKERS) is None and self.t[j + 1].text not in self.L.given:
            end = j + 2
            if end < n and is_definite(self.t[end].text) and self.t[end].text.endswith(_nisba_ending()) and not self.m(end, _TITLE_CATS):
                end += 1
        else:
            return None
        st.kept.append((j, end, 0))
        st.j, st.region_told = end, True
        return True

    def _title_quote(self, st: _TitleState) -> bool | None:
        """رئيس "منصة موسكو" للمعارضة: a quoted body name inside the title; so is one after the first noun of a body's
        name (`_title_quoted_body`)."""
        j = st.j
        got = self._title_quoted_body(st)
        if got is not None:
            return got
        if self.t[j].text in _QUOTES_OPEN and not self.parse_name(j):
            k = self._quote_close(j, QUOTED_BODY_WORDS)
            if k is not None:
                st.kept.append((j, k + 1, 0))
                st.j = k + 1
                return True
        return None

    def _title_quoted_body(self, st: _TitleState) -> bool | None:
        """رئيس المكتب السياسي لحركة «حماس»، رئيس حركة «حماس»: a noun of BODY_NOUNS right after the title, after ل or
        in construct with an indefinite word, then the quoted name of a listed body, are the body's name in the title,
        and the body (and its state) the title holder's."""
        j, n = st.j, len(self.t)
        if not st.kept or st.kept[-1][1] != j or j + 1 >= n or self.t[j + 1].text not in _QUOTES_OPEN:
            return None
        tok = self.t[j]
        of = tok.text[:1] in self.g["OF_PROCLITIC"] and any(p == 1 and f in self.g["BODY_NOUNS"] for p, f in tok.forms)
        if not (of or tok.text in self.g["BODY_NOUNS"]):
            return None  # (رئيس الوزراء بحركة «حماس»، وحركة «حماس»: another proclitic joins the body to the clause)
        if not of and (any(is_definite(f) for _, f in self.t[j - 1].forms) or self.m(j - 1, _CAT_COUNTRY_ORG_MINISTRY_CITY)):
            return None  # (استقبل رئيس الوزراء حركة «حماس»: a definite word or a name takes no genitive; the object)
        k = self._quote_close(j + 1, QUOTED_BODY_WORDS)
        if k is None:
            return None
        ent = self.m(j + 2, _CAT_ORG)
        if ent is None or ent.end != k or ent.plen or st.org is not None:
            return None  # (رئيس حزب "القوات" اللبنانية: a quoted word of a longer name, read on as before)
        st.org = ent.entry.data[0] or self.text(j + 2, k)
        st.country = st.country or ent.entry.data[1]
        st.kept.append((j, k + 1, 0))
        st.j = k + 1
        return True

    def _title_plain(self, st: _TitleState) -> bool | None:
        """Where the title ends at once (no word, a time, a person, a trigger, a counterpart, a known surname with
        the article: الرئيس الأسد), an honorific it skips, and a place after في."""
        n, j = len(self.t), st.j
        tok = self.t[j]
        if tok.text in evidence()["THEN_WORDS"] and st.kept:
            k = self._skip_punct(j + 1)
            k = self._past_honorifics(k)
            if k < n and self.parse_name(k, k > j + 1, True):
                st.j += 1  # الرئيس الأمريكي آنذاك جورج بوش: when he held it, part of neither the title nor the name
                return True
            return False
        if not tok.is_word or j in self.times:
            return False
        if self.m(j, _TITLE_ENDERS) or _has(tok, self.g["COUNTERPART"]):
            return False
        if tok.text in self.g["TITLE_EPITHETS"] and st.kept:
            st.j += 1  # الملك المفدى: a word of praise, part of neither the office nor the name
            return False
        if tok.text in self.g["HONORIFICS"]:
            st.j = self._past_honorific(j)  # الدكتور، الشيخ، د.: part of neither the title nor the name
            # (and a name after it ends the title: وزير خارجية دولة الكويت الشيخ صباح الخالد)
            return not (st.kept and st.j < n and self.parse_name(st.j, True, True))
        if self._honorific_of(j):
            st.kept.append((j, j + 1, 0))  # المستشار الدبلوماسي لدولة رئيس الوزراء: the adviser's, of the premier
            st.j += 1
            return True
        if is_definite(tok.text) and tok.text in self.L.surnames and tok.text not in self.L.nonname and not (
                self.m(j, _CAT_NISBA) and tok.text not in self.doc_surnames):
            return False  # الرئيس الأسد; but الرئيس السوداني is Sudan's president unless the document named a السوداني
        if tok.text in self.g["IN"] and j + 1 < n:
            place = self.m(j + 1, _CAT_COUNTRY_ORG)
            by_state = st.after_nisba or st.country is not None
            city = self.m(j + 1, _CAT_CITY) if place is None and by_state else None
            k = self._skip_punct(city.end) if city is not None else n  # القنصل العام في القدس، X: the name in apposition
            k = self._past_honorifics(k)
            if city is not None and city.plen == 0 and k < n and self.parse_name(k):
                # السفير الروسي في دمشق X، سفير سورية في طهران X، سفير بيونغ يانغ في دمشق X: the post's city after the
                # state (or the capital that stands for it), then the name
                st.kept.append((j, city.end, 0))
                st.j = city.end
                return True
            if place and place.plen == 0 and st.head not in self.g["POSTED_HEADS"] and self._home_city(j + 1, place, st.country):
                return False  # وزير الخارجية الأردني في عمان: Amman, his own capital, not the state Oman; where he is, no word of
                # the title (but سفير الأردن في عمان is posted in Oman: an envoy is never posted in his own capital)
            if place and place.plen == 0:
                own_state = place.entry.cat == "COUNTRY" and st.country in (None, place.entry.data[0]) and not _international(st.org)
                if own_state:
                    st.country = place.entry.data[0]  # but the UN coordinator in Yemen is the UN's
                elif self._officer_in_body(st, place):
                    # المسؤول في الاتحاد الأوروبي، خبير في الأمم المتحدة: the body he serves (not an envoy posted to it)
                    st.org = _parent_bodies().get(place.entry.data[0], place.entry.data[0])
                if not own_state or st.plural:
                    # (وزير الداخلية في الإمارات: the state, like a nisba, is no word of the role; but وزراء الري في مصر
                    # والسودان: the states a plural title goes on to name, one person each)
                    st.kept.append((j, place.end, 0))
                st.j = place.end
                st.after_nisba = True
                return True
        return None

    def _officer_in_body(self, st: _TitleState, place: Match) -> bool:
        """Whether an international body (coded, of no state) named after في is the one the title's holder serves: a
        singular title of no state or body yet whose head is none posted to another (POSTED_HEADS: السفير في الأمم
        المتحدة) and that opens with no state's office (رئيس الوزراء في الأمم المتحدة), told with no word of membership (MEMBER_WORDS: اتحاد مجالس الدول الأعضاء في المنظمة is of its members)
        nor of «the Kingdom» (محافظ المملكة في أوبك is a state's)."""
        if not st.kept or place.entry.cat != "ORG" or not place.entry.data[0] or place.entry.data[1]:
            return False
        start = st.kept[0][0]
        return (st.country is None and st.org is None and not st.plural and st.head not in self.g["POSTED_HEADS"]
                and not self._state_office_at(start)
                and not any(_has(self.t[k], self.g["MEMBER_WORDS"]) or _has(self.t[k], self.g["THE_KINGDOM"])
                            for k in range(start, place.start)))

    def _international_envoy(self, st: _TitleState) -> bool:
        """المبعوث الدولي الي سوريا: "international" right after an envoy's title (INTERNATIONAL_ENVOY_HEADS) makes him
        an officer of INTERNATIONAL_BODY; the adjective is a word of the role."""
        j = st.j
        if (st.org is not None or not st.kept or st.kept[-1][1] != j or st.head not in self.g["INTERNATIONAL_ENVOY_HEADS"]
                or self.t[j].text not in self.g["INTERNATIONAL_ADJECTIVES"]):
            return False
        st.org = _international_body()
        st.kept.append((j, j + 1, 0))
        st.j += 1
        return True

    def _home_city(self, j: int, place: Match, country: str | None) -> bool:
        """Whether the state's name at token j is also written as a city of `country`, the title's own state."""
        if country is None or place.entry.cat != "COUNTRY" or place.entry.data[0] == country:
            return False
        city = self.m(j, _CAT_CITY)
        return city is not None and city.plen == 0 and city.entry.data[0] == country

    def _honorific_of(self, j: int) -> bool:
        """Whether token j is an honorific with the genitive proclitic before a title (لدولة رئيس الوزراء، لفخامة
        الرئيس): the title before it is an office of that holder's (his adviser, his envoy), one phrase on."""
        tok = self.t[j]
        if j + 1 >= len(self.t) or tok.text[:1] not in self.g["OF_PROCLITIC"] or not self.m(j + 1, _TITLE_CATS):
            return False
        return any(p > 0 and f in self.g["HONORIFICS"] for p, f in tok.forms)

    def _title_regime(self, st: _TitleState) -> bool | None:
        """A regime noun (REGIME_NOUNS) right after the title's words, then a state's name (وزير خارجيه نظام ايران):
        the state's words, as the name alone would be; the role ends before them, the state is the title's. Only after
        a word in construct, without the article: after a definite one (اتهم وزير الخارجية نظام إيران) the regime may
        be the verb's object, and the title is not taken for the named minister of that state."""
        j = st.j
        if (st.country is not None or st.after_nisba or not st.kept or st.kept[-1][1] != j or j + 1 >= len(self.t)
                or self.t[j].text not in self.g["REGIME_NOUNS"] or is_definite(self.t[j - 1].text)):
            return None
        state = self.m(j + 1, _CAT_COUNTRY)
        if state is None or state.plen > 0:
            return None
        st.country = state.entry.data[0]
        st.j = st.entity_end = state.end
        st.pending_obj = False
        return True

    def _title_nisba(self, st: _TitleState, guarded: bool) -> bool | None:
        """A nationality adjective (the title's state) or an organization's adjective."""
        j = st.j
        tok = self.t[j]
        if self._international_envoy(st):
            return True
        nis = self.m(j, _CAT_NISBA_ORGADJ)
        longer = self.m(j, _CAT_COUNTRY_ORG)
        if nis and longer and longer.end > nis.end:
            nis = None  # رئيس الجمهورية العربية السورية: the state's name, not the adjective العربية
        if nis and nis.entry.cat == "ORGADJ" and self.m(nis.end, _CAT_NISBA):
            st.kept.append((j, nis.end, 0))  # الجمهورية العربية السورية: a plain adjective before the nisba
            st.j = nis.end
            return True
        if not (nis and (nis.plen == 0 or tok.text[0] in self.g["AND"])):
            return None
        if nis.end < len(self.t) and self.t[nis.end].text in self.g["LINEAGE"]:
            return False  # الأمير تركي بن سعود: a given name before بن, not the nisba "Turkish"; the name follows the title
        if nis.entry.cat == "NISBA":
            if st.country is None and not guarded:
                st.country = nis.entry.data[0]
            if guarded:
                st.kept.append((j, nis.end, 0))
            # مندوب سورية الدائم: سورية is the state's name in genitive (it also reads as an adjective)
            genitive = not is_definite(tok.text) and self.m(j, _CAT_COUNTRY) is not None
            st.after_nisba = not genitive
        else:
            start = st.kept[0][0] if st.kept else j
            if not any(_has(self.t[k], self.g["PORTFOLIO_NOUNS"]) for k in range(start, j)):
                st.org = st.org or nis.entry.data[0]  # but للشؤون الأفريقية العربية is a portfolio, not the AU
            st.kept.append((j, nis.end, 0))
        st.j = nis.end
        st.pending_obj = False
        return True

    def _title_region(self, st: _TitleState) -> bool | None:
        """A world region the office is for, in the title with no state of its own: رئيس مجموعة أمريكا الشمالية (its
        genitive), المبعوث الكندي لأمريكا اللاتينية (after "of")."""
        region = self.m(st.j, _CAT_WORLD_REGION)
        if region is None or not st.kept:
            return None
        if region.plen == 0 and st.after_nisba or region.plen > 0 and self.t[st.j].text[:1] not in self.g["OF_PROCLITIC"]:
            return None
        st.kept.append((st.j, region.end, 0))  # (as written, with its ل)
        st.j = region.end
        st.after_nisba = False
        return True

    def _title_entity(self, st: _TitleState, guarded: bool) -> bool | None:
        """A state, organization, ministry or city the title is of (رئيس حكومة لبنان، ولي عهد أبوظبي)."""
        j = st.j
        ent = self.m(j, _CAT_COUNTRY_ORG_MINISTRY_CITY)
        if ent and self._office_in_state(st, ent, guarded):
            return True
        # (not after إلى or لدى: المبعوث الخاص الى دول الخليج is sent to their states, no official of the body)
        members = (self._member_body(j) if ent is None and st.org is None and st.country is None and not st.after_nisba
                   and not guarded else None)
        if members is not None:
            # وزراء خارجيه دول مجلس التعاون: the organization's member states (its name read next); دول الخليج: its members
            end, body = members
            st.kept.append((j, end, 0))
            st.j = end
            if body is not None:
                st.org, st.entity_end = body, end
            return True
        if (ent and ent.entry.cat == "COUNTRY" and ent.plen > 0 and st.country is not None and not (guarded or st.pending_obj)
                and self.t[st.j].text[:1] not in self.g["IN_PROCLITIC"]):
            # زيارة وزير خارجية إيران للكويت، وزراء خارجية السعودية والولايات المتحدة: once the title has its state, a
            # state after ل or و is where he goes or another's (بدولة الإمارات after it is the post's state, in the title)
            return False
        if ent and ent.entry.cat == "COUNTRY" and ent.plen > 0 and st.org is not None and self.t[j].text[:1] in self.g["AND"]:
            return False  # وزراء خارجيه دول مجلس التعاون والاردن: once the title has its body, a state after و is another's
        if ent and ent.entry.cat == "COUNTRY" and self._represented(st, ent):
            st.country = ent.entry.data[0]
            st.j = ent.end
            return True
        if not (ent and (ent.plen == 0 or guarded or st.pending_obj or ent.entry.cat in ("MINISTRY", "ORG"))):
            return None
        cat = ent.entry.cat
        free = not (guarded or st.pending_obj)
        st.accredited = cat in ("COUNTRY", "ORG") and self.t[j - 1].text in self.g["ACCREDITED_TO"]
        if cat == "COUNTRY" and st.after_nisba and free:
            return False  # المبعوث الأمريكي تركيا: the country is what follows the title, not part of it
        if cat == "COUNTRY" and free and st.country is None and not st.after_nisba:
            if is_definite(self.t[j - 1].text) and ent.plen == 0:
                return False  # غادر ... وزير الدفاع جمهورية مصر العربية: a definite word takes no genitive; the state is the verb's
            st.country = ent.entry.data[0]
            st.j = st.entity_end = ent.end
            return True
        if cat == "CITY" and free:
            # ولي عهد أبوظبي، أمير منطقة الرياض: a construct title takes the city as its genitive
            kept = st.kept
            if not (kept and kept[-1][1] == j and not st.after_nisba and ent.plen == 0
                    and not is_definite(self.t[j - 1].text)
                    and (self.t[j - 1].text not in self.L.nonname or st.head in self.g["REGION_HEADS"])):
                return False
            st.country = st.country or ent.entry.data[0]
            st.kept.append((j, ent.end, 0))
            st.j, st.region_told = ent.end, st.head in self.g["REGION_HEADS"]
            return True
        if cat == "ORG" and not guarded and ent.plen == 0 and st.org is None:
            st.org = ent.entry.data[0] or self.text(j, ent.end)
            st.country = st.country or ent.entry.data[1]  # رئيس حزب القوات اللبنانية: a national body's state
        elif cat == "ORG" and not guarded and st.org is None and self._body_of_office(st, ent):
            code, body_state = ent.entry.data[0], ent.entry.data[1]
            if code:
                st.org = _parent_bodies().get(code, code)
            else:  # الأمين العام لحزب المؤتمر الشعبي العام: a national body, as written, and its state
                st.org = self._org_as_written(j, ent)
                st.country = body_state
        elif (cat == "ORG" and not guarded and ent.plen == 1 and self.t[j].text[:1] in self.g["IN_PROCLITIC"]
              and self._officer_in_body(st, ent)):
            st.org = _parent_bodies().get(ent.entry.data[0], ent.entry.data[0])  # المسؤول بالأمم المتحدة
        st.kept.append((j, ent.end, 0))
        st.j = ent.end
        st.entity_end = ent.end if cat in ("COUNTRY", "ORG") else -1
        st.pending_obj = False
        return True

    def _represented(self, st: _TitleState, ent: Match) -> bool:
        """المندوب الدائم لروسيا لدى منظمة التعاون، الممثل الدائم للمملكة: a state after the genitive proclitic, right
        after the title of a representative (REPRESENTATIVE_TITLES) that has no state yet, is the state he
        represents; after another title it is where he goes (زيارة وزير الخارجية للكويت), unless a given name or a
        listed person follows the state at once (وزير الدولة للشؤون الخارجية لجمهورية بنغلاديش محمد ...): a title
        with its holder's name after it goes nowhere, the state is his."""
        j = st.j
        if ent.plen == 0 or st.country is not None or st.org is not None or st.after_nisba or st.pending_obj:
            return False
        if not st.kept or st.kept[-1][1] != j or self.t[j].text[:1] not in self.g["OF_PROCLITIC"]:
            return False
        named = ent.end < len(self.t) and self.parse_known_or_given(ent.end)
        return st.head in self.g["REPRESENTATIVE_TITLES"] or (named and not self._after_trigger(st.kept[0][0]))

    def _after_trigger(self, i: int, classes: tuple[str, ...] | None = None) -> bool:
        """Whether an event word (of trigger `classes`, when given) stands right before token i, styles of address
        aside (زيارة سمو ولي العهد)."""
        k = i - 1
        while k >= 0 and (self.t[k].text in self.g["HONORIFICS"] or self.t[k].text in self.g["STYLE_WORDS"]):
            k -= 1
        trig = self.m(k, _CAT_TRIGGER) if k >= 0 else None
        return trig is not None and (classes is None or trig.entry.data[1] in classes)

    def _body_of_office(self, st: _TitleState, ent: Match) -> bool:
        """الأمين العام لمجلس التعاون، الأمين العام لمنظمة الدول المصدرة للنفط: a body joined to the title by the
        genitive proclitic is the body the office belongs to: an international one, or a national one (one of a
        state, no code: الأمين العام لحزب المؤتمر الشعبي العام) while the title has no state yet; but the chair of
        its session (رئيس الدورة الحالية لمجلس التعاون) is a state's leader in a seat that goes round."""
        j, code, country = st.j, ent.entry.data[0], ent.entry.data[1]
        if ent.plen != 1 or self.t[j].text[:1] not in self.g["OF_PROCLITIC"]:
            return False
        if (code and country) or (not code and (not country or st.country is not None)):
            return False
        start = st.kept[0][0] if st.kept else j
        return not any(_has(self.t[k], self.g["SESSION_TERMS"]) for k in range(start, j))

    def _office_in_state(self, st: _TitleState, ent: Match, guarded: bool) -> bool:
        """وزير الدولة لشؤون الدفاع بدولة قطر، وزير الخارجية بجمهورية مصر العربية: a state named after the
        proclitic "in" is the state of an office that has none yet; the role is written without it, as
        without the nationality adjective. Not once the title has a state or a body (the UN coordinator in
        Yemen is of the UN), nor after a link word."""
        j = st.j
        if ent.entry.cat != "COUNTRY" or ent.plen != 1 or guarded or st.pending_obj or st.after_nisba:
            return False
        if (st.country is not None or st.org is not None or self.t[j].text[:1] not in self.g["IN_PROCLITIC"]
                or self._sent_title(st)):
            return False  # (مبعوثه الخاص باليمن: an envoy's is his post)
        st.country = ent.entry.data[0]
        st.j = st.entity_end = ent.end
        return True

    def _title_link(self, st: _TitleState) -> bool | None:
        """Adjectives after the nisba, words that link the title to its object (لدى، إلى، باسم), a government
        noun and a further title noun."""
        j = st.j
        tok = self.t[j]
        # (إلى مدينة عدن after a sent title is where he goes: an envoy is sent to a state or a body)
        link = ((tok.text in self.g["DESTINATION"] and self._sent_title(st) and not self._place_noun_at(j + 1))
                or tok.text in self.g["ACCREDITED_TO"]
                or tok.text in self.g["ON_BEHALF"] or _has(tok, self.g["TITLE_LINKS"]))
        # (and after a body's adjective, or one of them: رئيس الآلية الأفريقية رفيعة المستوى)
        after_adj = bool(st.kept) and st.kept[-1][1] == j and (self.m(st.kept[-1][0], _CAT_NISBA_ORGADJ) is not None
                                                                or self.t[j - 1].text in self.g["POST_NISBA_ADJ"]
                                                                or self._envoy_adjective(st))
        if st.country is not None and tok.text in self.g["COURTESY_ADJ"]:
            st.j += 1  # ملك المملكة المغربية الشقيقة: courtesy to the state, no word of the role
            return True
        if (st.after_nisba or after_adj) and tok.text in self.g["POST_NISBA_ADJ"]:
            st.kept.append((j, j + 1, 0))  # المبعوث الأمريكي الخاص: adjectives that follow the nisba
            st.j += 1
            return True
        if st.after_nisba and not link:
            return False
        if link and j + 1 < len(self.t) and self._kin(j + 1):
            return False  # ولي العهد إلى أخيه الرئيس X: the title ends before إلى; the brother is a person
        if link:
            st.kept.append((j, j + 1, 0))
            st.j += 1
            st.pending_obj = True
            st.after_nisba = False
            return True
        if _has(tok, self.g["GOVERNMENT"]) and tok.text[0] not in self.g["AND"]:
            st.kept.append((j, j + 1, 0))  # رئيس حكومة لبناني
            st.j += 1
            return True
        t2 = self.m(j, _TITLE_CATS)
        if t2 and t2.entry.data[1] in self.g["UNCHAINED_TITLES"]:
            return False  # التقى وزير الخارجية سفير الصين: the ambassador is the other side, not a second office
        if t2 and self._state_title_after_definite(j, t2):
            return False
        if t2 and st.plural and tok.text[0] in self.g["AND"]:
            return False  # وزراء خارجيه دول المجلس والامين العام للمجلس: the secretary general is one more person
        if t2 and t2.entry.data[0] != "group" and not is_definite(tok.text) and (t2.plen == 0 or tok.text[:1] in self.g["OF_PROCLITIC"]):
            if self._next_person_title(st, j):
                return False  # عاهل الاردن وزير الخارجيه السعودي X: a title of another state, then its holder's name
            st.kept.append((j, t2.end, 0))
            st.j = t2.end
            return True
        return None

    def _place_noun_at(self, j: int) -> bool:
        """Whether token j is a noun of PLACE_NOUNS (مدينة، العاصمة، مطار)."""
        return j < len(self.t) and _has(self.t[j], self.g["PLACE_NOUNS"])

    def _sent_title(self, st: _TitleState) -> bool:
        """Whether the title read so far holds the title of one sent to a post (SENT_TITLES: المبعوث الأممي إلى اليمن),
        so that إلى names his post; after other titles it names where the holder goes (وزير الخارجية إلى موسكو)."""
        return bool(st.kept) and any(not self.t[k].words.isdisjoint(self.g["SENT_TITLES"]) for k in range(st.kept[0][0], st.j))

    def _next_person_title(self, st: _TitleState, j: int) -> bool:
        """Whether the title noun at j, after a title that has its state (ولي عهد ابوظبي، امير دوله قطر), opens the
        title of a named person of another state: امير دوله قطر وزير الخارجيه الامريكي جون كيري. A second office of
        the same person has no other state (نائب رئيس الوزراء وزير الخارجيه الاردني X; سفير تشاد رئيس المجموعه الافريقيه X).
        After the title of an international body's officer, a state's office (PLACE_STATE_OFFICES) with a name after
        it opens the next person's title: رئيس المفوضيه الاوروبيه وزير الخارجيه X."""
        body_officer = st.country is None and _international(st.org)
        if st.country is None and not body_officer:
            return False
        flag = self.allow_conj_name
        tp = self.parse_title(j)
        self.allow_conj_name = flag  # (parse_title leaves it for the phrase it read)
        if tp is None or tp[0] >= len(self.t) or not self.parse_name(self._skip_punct(tp[0])):
            return False
        if body_officer:
            # التقى رئيس المفوضيه الاوروبيه وزير الخارجيه X: an officer of an international body holds no state's
            # ministry; the minister named after him is the other side (رئيس الدوره الحاليه للمجلس has no body:
            # `_body_of_office`, and the chair's chain goes on); but a former office is his own (الأمين العام للجامعة
            # وزير الخارجية المصري الأسبق عمرو موسى)
            return self._state_office_at(j) and not any(self.t[k].text in self.g["FORMER_OFFICE"] for k in range(j, tp[0]))
        # its state told by a nationality adjective at its end (not a region: رئيس مجموعه امريكا الشماليه)
        nisba = self.m(tp[0] - 1, _CAT_NISBA)
        return tp[2] is not None and tp[2] != st.country and nisba is not None and nisba.entry.data[0] == tp[2]

    def _state_office_at(self, j: int) -> bool:
        """Whether the title at token j opens with an office of a state's government (PLACE_STATE_OFFICES)."""
        words = [self.t[k].text for k in range(j, min(j + 3, len(self.t)))]
        return any(" ".join(words[:n]) in self.g["PLACE_STATE_OFFICES"] for n in (1, 2, 3))

    def _on_object(self, j: int) -> bool:
        """Whether the على at j introduces the object of the title word before it (TITLE_ON_HEADS), or before an
        adjective of TITLE_ON_ADJ (المشرف العام على المركز، هيئة الرقابة على الصادرات), not a new phrase."""
        k = j - 1 if j > 0 and self.t[j - 1].text not in self.g["TITLE_ON_ADJ"] else j - 2
        return k >= 0 and _has(self.t[k], self.g["TITLE_ON_HEADS"])

    def _title_construct(self, st: _TitleState) -> bool:
        """Construct chains: مدير ادارة الشؤون، رئيس حكومة تصريف الاعمال."""
        n, j = len(self.t), st.j
        tok = self.t[j]
        chain_def = (j + 1 < n and self._article_at(j + 1)) or (
            j + 2 < n and self.t[j + 1].is_word and self.t[j + 1].text not in self.L.given and self._article_at(j + 2)) or (
            # (مدير مكتب فخامة رئيس الجمهورية: a style of address before the office whose office it is)
            j + 2 < n and self.t[j + 1].text in self.g["HONORIFICS"] and self.m(j + 2, _TITLE_CATS) is not None)
        # (an ordinary word ends it, but not the first noun of a body's name: رئيس مجلس الأمة الجزائري، رئيس حزب الغد)
        plain = tok.text not in self.L.nonname or _has(tok, self.g["BODY_HEADS"]) or _has(tok, self.g["BODY_NOUNS"])
        constr = tok.text[0] not in self.g["AND"] and chain_def and not self.parse_known_or_given(j) and (
            plain or _has(tok, self.g["GOVERNMENT"]))
        pending = st.pending_obj
        if tok.text in evidence()["NAME_ENDS"] or (st.accredited and not pending and self.parse_name(j)):
            # ممثل صندوق النقد الدولي الذي قال: a relative clause, not the title; سفير باكستان لدى المملكه منظور الحق:
            # after the state he is accredited to comes his name, whatever its words
            return False
        if self._written_otherwise(j) and not self._on_object(j):
            return False  # حرصا من الوزير على متابعة الشراكة: the preposition (normalized as the name علي) ends it
        own = self.m(j, _TITLE_CATS)
        if own is not None and own.entry.data[1] in self.g["UNCHAINED_TITLES"]:
            return False  # استقبل الرئيس السفير الروسي: two persons
        if own is not None and own.entry.data[0] == "group" and own.plen > 0 and tok.text[:1] in self.g["AND"]:
            return False  # أمير دولة قطر والوفد المرافق له: a delegation is a party of its own
        if own is not None and own.entry.data[0] == "head" and own.plen > 0 and tok.text[:1] in self.g["AND"] and any(
                p == 1 and is_definite(f) for p, f in tok.forms):
            return False  # بين ولي ولي العهد والرئيس المصري: و then a definite head title is the next person
        if tok.text in evidence()["TITLED_GIVEN"] and self._family_shaped(j + 1):
            return False  # رئيس مجلس النواب سليم الجبوري: a given name that is also a word, then a family name
        # after ل (للشؤون), و (والسياسة الأمنية) or ب of place (رئيس المحكمة بالرياض) the title goes on; a title or an
        # honorific after ب is another person's (اجتمع الرئيس بوزير الثقافة، التقى الوزير بالدكتور X)
        chained = tok.text[:1] in self.g["OF_PROCLITIC"] or tok.text[:1] in self.g["AND"]
        if (not chained and own is not None and own.plen > 0) or self._honorific_before_name(j):
            return False  # (and والدكتور X: the next person of a list)
        if own is not None and own.entry.data[0] == "head" and is_definite(tok.text) and not pending and (
                is_definite(self.t[j - 1].text) or self.m(j - 1, _CAT_COUNTRY_ORG_MINISTRY_CITY)) and not self._restated(st, own):
            return False  # المبعوث الخاص إلى سوريا الرئيس: a closed title, then a second person (مستشار الرئيس is one)
        if not _stems(tok.text, False).isdisjoint(self.g["GREETING_NOUNS"]) or tok.text in self.g["GREETING_CARRIERS"]:
            return False  # الأمير تحيات الملك، المبعوث نقل للرئيس: the greetings and the verb that carries them end the title
        if not pending and self._verbal_noun_object(j):
            return False  # الأمين العام للجامعة بإعلان القاهرة: the verb's object after ب, no part of the title
        if not pending and tok.text[:1] in self.g["IN_PROCLITIC"] and self._pronoun_suffixed(j) and not self.index.at(j):
            return False  # وزير الخارجية بشهادته: a noun after ب with a pronoun of its own is the clause's, no place of a post
            # (a listed word is read as such: رئيس بعثه الاتحاد, normalized, is no ب + pronoun)
        # (آلية، أليس: an alef with madda or hamza is never the article's, whatever normalization made of it)
        form_def = any(is_definite(f) for _, f in tok.forms) and self.text(j, j + 1)[:1] not in _marks()["HAMZA_ALEFS"]
        if pending and not form_def and self.t[j - 1].text in self.g["ACCREDITED_TO"] and self._pronoun_suffixed(j):
            return False  # وزير الخارجية المصري لدى وصوله: لدى with a verbal noun and its pronoun is "upon", no post
        if st.entity_end == j and not (form_def or chained or pending):
            return False  # الأمين العام للعلاقات الخارجية للاتحاد الأوروبي استعداد: a bare word after the body is no part
        if st.entity_end == j and self._city_of_another_state(j, st.country):
            return False  # ملك البحرين بالرياض: where its holder is, right after his state, not his office
        if self._after_body_adjective(st):
            return False  # المسؤول الأممي السبل الكفيلة: a definite adjective closed the construct; the topic follows
        if not pending and any(is_definite(f) for _, f in self.t[j - 1].forms) and self._accusative_written(j):
            return False  # وزير الموارد المائية والري استعدادًا للمشاركة: an indefinite accusative after a definite word
        if tok.text in self.g["TOPIC_HEAD_NOUNS"] and not pending and (self._article_at(j - 1) or st.entity_end == j):
            # يبحث مع الملك الاتفاق النووي، رئيس البرازيل المؤقت الملف النووي: a definite word takes no genitive, nor
            # does a state's name (رئيس روسيا العلاقات التجارية); what was discussed begins
            return False
        if self._construct_closed(st, form_def, chained):
            return False  # وزير العمل مفرج الحقباني: a definite genitive closed the chain; a bare word after it is no part
        if (form_def or constr or pending) and (pending or form_def or plain) and tok.text not in self.L.given:
            if is_definite(tok.text) and j + 1 < n and self.parse_known_or_given(j) and not pending:
                return False
            st.kept.append((j, j + 1, 0))
            st.j += 1
            st.pending_obj = False
            st.accredited = pending and form_def and self.t[j - 1].text in self.g["ACCREDITED_TO"]  # لدى المملكه
            return True
        return False

    def _accusative_written(self, j: int) -> bool:
        """Whether token j is written with the tanween of the indefinite accusative (UNNAMED_MARKS: تأكيدًا)."""
        return not _marks()["UNNAMED_MARKS"].isdisjoint(self.text(j, j + 1))

    def _city_of_another_state(self, j: int, country: str | None) -> bool:
        """Whether token j is a city, after a proclitic, of a state other than `country` (told)."""
        city = self.m(j, _CAT_CITY)
        return country is not None and city is not None and city.plen > 0 and city.entry.data[0] != country

    def _adjective_title(self, i: int) -> bool:
        """مهمته الرئيسة، القضية الرئيسة: a title that is also an adjective (ADJECTIVE_TITLES: الرئيسة, "main"), with no
        proclitic, right after a noun with the article or a pronoun of its own that is no title, name or place, is the
        adjective of that noun (but زيارة الرئيسة الكورية: after a noun in construct, the genitive, a person)."""
        if i == 0 or self.t[i].text not in self.g["ADJECTIVE_TITLES"]:
            return False
        k = i - 1
        if not self.t[k].is_word or k in self.times or self.index.at(k) or self.t[k].text in self.L.given \
                or self.t[k].text in self.L.surnames:
            return False
        if i + 1 < len(self.t) and (self.m(i + 1, _CAT_NISBA) is not None or self.parse_name(i + 1) is not None):
            return False  # ضيفته الرئيسة الأرجنتينية، اليوم الرئيسة بارك: her state or her name makes her a person
        return is_definite(self.t[k].text) or self._pronoun_suffixed(k)

    def _pronoun_suffixed(self, j: int) -> bool:
        """Whether token j, as written, ends in a pronoun suffix after a stem of three letters or more (وصوله،
        استقباله; a feminine noun is written with its own letter, دولة, though it normalizes alike)."""
        written = self.text(j, j + 1)
        return any(written.endswith(s) and len(written) - len(s) >= 3 for s in clitics().suffixes)

    def _verbal_noun_object(self, j: int, also: frozenset[str] = frozenset()) -> bool:
        """Whether token j is ب (or a proclitic of `also`: ل, لإيجاز) and a verbal noun (بإعلان، بتشكيل;
        PREP_NOUN_SHAPES): a verb's or a preposition's object, no name or title word."""
        tok = self.t[j]
        return (tok.text[:1] in self.g["OBJECT_PROCLITICS"] or tok.text[:1] in also) and tok.text not in self.L.given and any(
            p == 1 and prep_noun_shaped(f) for p, f in tok.forms[1:])

    def _construct_ends_before(self, i: int, end: int) -> bool:
        """Whether the title from i to end ends in a construct, a bare head then its definite genitive (وزير العمل،
        رئيس مجلس الشورى; not a one-word title, السفير, nor one an honorific closes, الوزير المهندس), and the word
        at `end` is bare and indefinite: the chain has ended before it (وزير العمل مفرج)."""
        if end - i < 2 or end >= len(self.t):
            return False
        head, last, tok = self.t[end - 2], self.t[end - 1], self.t[end]
        return (head.is_word and not is_definite(head.text) and is_definite(last.text) and last.text not in self.g["HONORIFICS"]
                and tok.is_word and not tok.text.isdigit() and len(tok.forms) == 1 and not is_definite(tok.text))

    def _name_evidenced(self, nm: tuple[int, int, int | None]) -> bool:
        """Whether a name read after a construct title shows it is one: a listed person, a given name, or a family
        name or a lineage after its first word (مفرج الحقباني، منصور بن خالد)."""
        a, b, known = nm
        if known is not None or self.t[a].text in self.L.given:
            return True
        return b - a >= 2 and (self._family_shaped(a + 1) or self.t[a + 1].text in self.g["LINEAGE"])

    def _after_body_adjective(self, st: _TitleState) -> bool:
        """Whether the word at st.j bears the article, or no proclitic at all, right after a body's definite
        adjective (الأممي، الأوروبي، الدولي after an envoy): no genitive follows an adjective, so the title has ended
        (المبعوث الأممي تنسيق الجهد: the topic; المبعوث الأوروبي لعملية السلام goes on through ل)."""
        j = st.j
        tok = self.t[j]
        if not st.kept or st.kept[-1][1] != j or not (is_definite(tok.text) or (tok.is_word and len(tok.forms) == 1)):
            return False
        if not is_definite(self.t[j - 1].text):
            return False
        adj = self.m(st.kept[-1][0], _CAT_NISBA_ORGADJ)
        return (adj is not None and adj.entry.cat == "ORGADJ") or self._envoy_adjective(st)

    def _envoy_adjective(self, st: _TitleState) -> bool:
        """Whether the title's last word read is the adjective "international" after an envoy's title, which makes him
        a body's (`_international_envoy`), as an organization's adjective does."""
        return (bool(st.kept) and st.head in self.g["INTERNATIONAL_ENVOY_HEADS"]
                and self.t[st.kept[-1][1] - 1].text in self.g["INTERNATIONAL_ADJECTIVES"])

    def _construct_closed(self, st: _TitleState, form_def: bool, chained: bool) -> bool:
        """Whether the word at st.j, bare and indefinite, follows the definite genitive that closed the title's
        construct (وزير العمل، رئيس حكومة تصريف الأعمال) and starts a name that shows it is one (وزير العمل مفرج
        الحقباني). Other words after it are left to the chain as before (its role then carries them)."""
        j = st.j
        if form_def or chained or st.pending_obj or not st.kept or st.kept[-1][1] != j or not self._construct_ends_before(st.kept[0][0], j):
            return False
        nm = self.parse_name(j, False, True)
        return nm is not None and self._name_evidenced(nm)

    def _name_word_after(self, i: int) -> bool:
        """Whether a name may start at token i, a word with و, after a nationality adjective: when a name word follows
        (نظيره الصيني وانغ يي), or after a definite adjective when the word without و is of a family name's length
        (نظيره البريطاني ويلكنز; not السفير الياباني وسلمه رسالة, nor a generic لرئيس أميركي ويلقي كلمة)."""
        nxt = self.t[i + 1] if i + 1 < len(self.t) else None
        if nxt is not None and nxt.is_word and nxt.text not in self.L.nonname:
            return True
        rest = next((f for p, f in self.t[i].forms if p == 1), "")
        return i > 0 and is_definite(self.t[i - 1].text) and len(rest) >= LONE_W_NAME_MIN

    def _honorific_before_name(self, j: int) -> bool:
        """Whether token j is an honorific after a proclitic that opens a person's name or title (بالدكتور X، بمعالي
        الوزير); not بدولة الإمارات, where دولة is the state's."""
        if j + 1 >= len(self.t) or not any(p > 0 and f in self.g["HONORIFICS"] for p, f in self.t[j].forms):
            return False
        return self.parse_name(j + 1) is not None or self.m(j + 1, _TITLE_CATS) is not None

    def _restated(self, st: _TitleState, own: Match) -> bool:
        """Whether title `own` restates the head the title phrase began with (وزير الثقافة الوزير المرافق)."""
        first = self.m(st.kept[0][0], _TITLE_CATS) if st.kept else None
        return first is not None and _key(first.entry.data[1]) == _key(own.entry.data[1])

    def parse_known_or_given(self, j: int) -> bool:
        """Whether a listed person, a listed person's family name that is no ordinary word (الرئيس أوباما), or a
        given name before a name word starts at token j."""
        if self.m(j, _CAT_PERSON):
            return True
        text = self.t[j].text
        # (not after the title of one who acts for another: مستشارة أوباما, the one she advises)
        if (text in self.L.namesakes and not common_word(text) and not is_definite(text)
                and not (j > 0 and _has(self.t[j - 1], self.g["AGENT_TITLES"]))):
            return True
        return text in self.L.given and j + 1 < len(self.t) and self.is_nameish(j + 1, False, True)

    def role_text(self, kept) -> str | None:
        parts = []
        for a, b, plen in kept:
            parts.append(self.article_restored(a, plen, self.text(a, b, plen)))
        s = " ".join(p for p in parts if p)
        return s or None

    def article_restored(self, a: int, plen: int, written: str) -> str:
        """A title read after the proclitic ل of ل+ال, written لل (للرئيس السوري): the article's first letter
        goes back before what is left (الرئيس), as the lexicon read it."""
        article = clitics().article
        form = next((f for p, f in self.t[a].forms if p == plen), "")
        rest = self.t[a].text[plen:]
        if plen and form.startswith(article) and not rest.startswith(article) and rest.startswith(article[1:]):
            return article[:1] + written
        return written

    # ---- the scan
    def scan(self) -> list[Mention]:
        out: list[Mention] = []
        n = len(self.t)
        i = 0
        while i < n:
            tok = self.t[i]
            if not tok.is_word or i in self.times:
                i += 1
                continue
            got = self._at(i)
            if got:
                for mm in got:
                    mm.preceded_by = self.t[mm.start - 1].text if mm.start > 0 else None
                out.extend(got)
                i = self.mention_end = max(mm.end for mm in got)
                self.holders_end = self._holders_end(got)
            else:
                i += 1
        if self._byline(out):
            return out[:1]
        self._greeted(out)
        out = self._restated_in_parens(out)
        self._minister_of_ministry(out)
        self._governments_of_persons(out)
        self._sides_listed(out)
        self._bodies_pointed_at(out)
        self._member_of_body_before(out)
        self._deputy_of_before(out)
        return out

    def _restated_in_parens(self, mentions: list[Mention]) -> list[Mention]:
        """رابطة دول جنوب شرق آسيا (آسيان): a body's short name in brackets right after its name is the same
        mention told again, no second one."""
        out: list[Mention] = []
        for mm in mentions:
            prev = out[-1] if out else None
            if (prev is not None and mm.kind == "org" and prev.kind == "org" and mm.org is not None and mm.org == prev.org
                    and mm.start == prev.end + 1 and self.t[prev.end].text == _PARENS[0]
                    and mm.end < len(self.t) and self.t[mm.end].text == _PARENS[1]):
                continue
            out.append(mm)
        return out

    def _governments_of_persons(self, mentions: list[Mention]) -> None:
        """بين حكومة أشرف غني وطالبان، إدارة الرئيس أوباما، نظام الأسد: a leader of a state named (with his title or
        none) right after a noun of its government (PERSON_GOVERNMENTS) stands for that government, his state's side,
        not for him: the mention keeps his name, for the document's persons, and tells the phrase as written
        (`Mention.government`), which the event stage takes as his state's delegation."""
        for mm in mentions:
            if mm.kind != "person" or not mm.name_norm or mm.org or mm.start == 0:
                continue
            before = self.t[mm.start - 1]
            plen = next((p for p, f in before.forms if f in self.g["PERSON_GOVERNMENTS"]), None)
            if plen is not None and self._listed_state(mm) is not None:
                mm.government = self.text(mm.start - 1, mm.end, plen)

    def _listed_state(self, mm: Mention) -> str | None:
        """A person mention's state: its own, else that of the listed person its name names (الرئيس أوباما)."""
        if mm.country or not mm.name_norm:
            return mm.country
        idx = listed_person(mm.name_norm.split(), self.year)
        return self.L.persons[idx]["country"] if idx is not None and self.L.persons[idx]["country"] else None

    def _minister_of_ministry(self, mentions: list[Mention]) -> None:
        """أعلنت وزارة الخارجية الإيطالية أن الوزير X: a person of no state named by a one-word title right after a
        complementizer that follows a ministry of a state (a time between aside) is of that state: the ministry
        tells of its own."""
        for prev, mm in zip(mentions, mentions[1:]):
            if (mm.kind != "person" or mm.country or not mm.role or len(mm.role.split()) != 1 or prev.kind != "state"
                    or not any(self.t[k].text in self.g["COMPLEMENTIZERS"] for k in range(prev.end, mm.start))
                    or not all(self.t[k].text in self.g["COMPLEMENTIZERS"] or k in self.times for k in range(prev.end, mm.start))):
                continue
            ministry = next((m for k in range(max(0, prev.start - MINISTRY_WORDS), prev.start)
                             if (m := self.m(k, _CAT_MINISTRY)) is not None), None)
            if ministry is not None and ministry.end == prev.start:
                mm.country = prev.country

    def _member_of_body_before(self, mentions: list[Mention]) -> None:
        """عضوة لجنة المخابرات التابعة لمجلس الشيوخ الأمريكي السيناتورة X: a body in the genitive (after ل) right before
        a titled person of no state or body is his; it is no party of its own (kind `institution`)."""
        for a, b in zip(mentions, mentions[1:]):
            if a.kind != "org" or b.kind != "person" or b.start != a.end or b.country is not None or b.org is not None:
                continue
            if not b.role or len(self.t[a.start].forms) < 2 or self.t[a.start].text[:1] not in self.g["OF_PROCLITIC"]:
                continue
            b.country, b.org = a.country, a.org
            a.kind = "institution"

    def _bodies_pointed_at(self, mentions: list[Mention]) -> None:
        """قال مسؤول من حركة حماس إن ... اجتمع مع رئيس مكتبها السياسي X: a titled person of no body (and of no state
        or the body's) whose title holds a word with the pronoun BODY_PRONOUN takes the body named last before him
        in the sentence; so does one whose title names it again by its first noun (رئيس المكتب السياسي للحركة X:
        `_body_noun_in`) when that body's name holds the noun."""
        suffixes = tuple(self.g["BODY_PRONOUN"])
        for k, mm in enumerate(mentions):
            if mm.kind != "person" or mm.org or not mm.role:
                continue
            noun = self._body_noun_in(mm)
            if noun is None and not any(tok.text.endswith(suffixes) and tok.text not in self.L.given
                                        for tok in self.t[mm.start:mm.end] if tok.is_word):
                continue
            at = next((i for i in range(k - 1, -1, -1) if mentions[i].kind == "org" and mentions[i].org), None)
            if at is None or (noun is not None and not self._body_called(mentions[at], noun, self._name_start(mentions, at))):
                continue
            body = mentions[at]
            if mm.country in (None, body.country):
                mm.org, mm.country = body.org, body.country

    def _body_noun_in(self, mm: Mention) -> str | None:
        """The noun of BODY_NOUNS a word of a person's mention holds after ل and the article (للحركة: الحركة); not one
        that opens the name of another body, a definite word after it that tells no former office (الأمين العام للحزب
        الجمهوري; but رئيس المكتب السياسي للحركة السابق، للحركة بالإنابة)."""
        article = clitics().article
        for k in range(mm.start, mm.end):
            tok = self.t[k]
            if not tok.is_word or tok.text[:1] not in self.g["OF_PROCLITIC"]:
                continue
            nxt = self.t[k + 1] if k + 1 < len(self.t) else None
            if nxt is not None and is_definite(nxt.text) and nxt.text not in self.g["FORMER_OFFICE"]:
                continue
            for plen, form in tok.forms:
                if plen and form.startswith(article) and form[len(article):] in self.g["BODY_NOUNS"]:
                    return form[len(article):]
        return None

    def _name_start(self, mentions: list[Mention], at: int) -> int:
        """Where the words that may name body `at` begin: after the last body, body's delegation or state named before
        it (وفد من حركة فتح قيادة حزب الله; not after a person: كينجي ساتو حركة «حماس»), or at that body when it is set
        beside it with nothing but marks between (حركة المقاومة الإسلامية «حماس»: one body named twice)."""
        prev = next((m for m in reversed(mentions[:at]) if m.kind in ("org", "state") or (m.kind == "delegation" and m.org)),
                    None)
        if prev is None:
            return 0
        apposed = prev.kind == "org" and not any(tok.is_word for tok in self.t[prev.end:mentions[at].start])
        return prev.start if apposed else prev.end

    def _body_called(self, body: Mention, noun: str, lo: int) -> bool:
        """Whether a body's mention, or the words before it back to a comma or to token lo, where the mention before
        it ends (حركة المقاومة الإسلامية «حماس»; not وفد من حركة فتح قيادة حزب الله), hold the noun."""
        start = body.start
        while start > lo and body.start - start < BODY_NAME_WORDS and self.t[start - 1].text not in self.g["COMMAS"]:
            start -= 1
        return any(noun in tok.words for tok in self.t[start:body.end])

    def _deputy_of_before(self, mentions: list[Mention]) -> None:
        """المنسقة الخاصة X ونائبها Y: a person of no title, joined right after a titled person by a title that holds
        his pronoun (POSSESSED_TITLES), holds that title of the person before: «نائب» and his role, his state, his body."""
        for prev, mm in zip(mentions, mentions[1:]):
            if mm.kind != "person" or mm.role or mm.country or mm.org or prev.kind != "person" or not prev.role:
                continue
            if mm.start != prev.end + 1 or (title := self._possessed_title(prev.end)) is None:
                continue
            mm.role, mm.country, mm.org = f"{title} {prev.role}", prev.country, prev.org

    def _possessed_title(self, k: int) -> str | None:
        """The title of token k as written when it is و, a title of POSSESSED_TITLES and a pronoun suffix (ونائبها)."""
        tok = self.t[k]
        if tok.text[:1] not in self.g["AND"]:
            return None
        written = self.text(k, k + 1)
        for suffix in clitics().suffixes:  # (as written: ومساعدة X, "and the help of", ends in ة, no pronoun)
            if written.endswith(suffix) and tok.text[1:-len(suffix)] in self.g["POSSESSED_TITLES"]:
                return written[1:len(written) - len(suffix)]
        return None

    def _sides_listed(self, mentions: list[Mention]) -> None:
        """كما حضره من الجانب الامريكي X، Y: after من (ومن) or a verb of chairing (SIDE_CHAIRS: تراس الجانب الياباني X)
        and a side of a state (الجانب الامريكي), the persons named with no state or body of their own are of that
        side's state, until the next such side."""
        side: str | None = None
        for mm in mentions:
            if mm.kind == "state" and mm.start > 0 and self._opens_side(self.t[mm.start - 1]) and _has(
                    self.t[mm.start], self.g["SIDE_NOUNS"]):
                side = mm.country
            elif side is not None and mm.kind == "person" and mm.country is None and mm.org is None:
                mm.country = side

    def _opens_side(self, tok: Token) -> bool:
        """من or عن, alone or after و (ومن), or a verb of chairing (SIDE_CHAIRS), before a side of a state."""
        text = tok.text[1:] if tok.text[:1] in self.g["AND"] else tok.text
        return tok.text in self.g["DELEGATION_OF"] or text in self.g["DELEGATION_OF"] or _has(tok, self.g["SIDE_CHAIRS"])

    def _greeted(self, mentions: list[Mention]) -> None:
        """Persons named in greetings or wishes carried on (نقل تحيات الملك X إلى الرئيس Y) are not there: the
        sender and, when the greetings are the carrier's own (طلب نقل تحياته إلى X), the addressee. They become
        kind `greeted`, no party; the clause ends the phrase."""
        t, g = self.t, _g()
        carried = self._carried(g)
        if not any(carried):
            return  # most sentences: no verb that carries greetings
        k = 0
        while k < len(t):
            tok = t[k]
            own = tok.text not in g["GREETING_NOUNS"]
            if not carried[k] or (own and _stems(tok.text, False).isdisjoint(g["GREETING_NOUNS"])):
                k += 1
                continue
            end = next((e for e in range(k + 1, len(t)) if t[e].text in g["CLAUSE_STOPS"]), len(t))
            to = next((e for e in range(k + 1, end) if t[e].text in g["DESTINATION"]), end)
            for mm in mentions:
                if mm.kind == "person" and k < mm.start < (end if own else to):
                    mm.kind = "greeted"
            k = end

    def _carried(self, g: dict[str, frozenset[str]]) -> list[bool]:
        """For each token, whether a verb that carries greetings stands at most GREETING_REACH tokens before it with
        no clause stop between (نقل وزير الخارجية خلال اللقاء تحيات الملك: its subject and a time may stand between)."""
        out, last = [], -GREETING_REACH - 1
        for k, tok in enumerate(self.t):
            out.append(k - last <= GREETING_REACH)
            if tok.text in g["CLAUSE_STOPS"]:
                last = -GREETING_REACH - 1
            if not tok.words.isdisjoint(g["GREETING_CARRIERS"]):
                last = k
        return out

    def _byline(self, mentions: list[Mention]) -> bool:
        """A line that is only a place, a colon and a name (جدة: أسماء الغابري) names the reporter, not a party: the
        place stays (a dateline), the name goes."""
        t = self.t
        if len(mentions) != 2 or mentions[0].kind != "city" or mentions[1].kind != "person" or mentions[1].role:
            return False
        city, person = mentions
        return (city.start == 0 and person.start == city.end + 1 and t[city.end].text == ":"
                and person.end == len(t))

    def add_model_spans(self, mentions: list[Mention], spans) -> list[Mention]:
        """Merge a model's (start, end, label) spans, in normalized sentence offsets, into the rule mentions.

        The lexicon keeps precedence: a span overlapping a rule mention is dropped. PER becomes a person,
        ORG an organization party (its name as written), LOC a place.
        """
        taken: set[int] = set()
        for mm in mentions:
            taken.update(range(mm.start, mm.end))
        out = list(mentions)
        for start, end, label in spans:
            toks = [tok.i for tok in self.t if tok.start >= start and tok.end <= end and tok.is_word]
            if not toks or any(i in taken for i in toks):
                continue
            a, b = toks[0], toks[-1] + 1
            written = self.text(a, b)
            norm = " ".join(x.text for x in self.t[a:b])
            if label == "PER":
                out.append(Mention("person", a, b, name=written, name_norm=norm))
            elif label == "ORG":
                out.append(Mention("org", a, b, org=written, role=written))
            elif label == "LOC":
                out.append(Mention("city", a, b, name=written))
            else:
                continue
            taken.update(range(a, b))
        out.sort(key=lambda mm: mm.start)
        for mm in out:
            mm.preceded_by = self.t[mm.start - 1].text if mm.start > 0 else None
        return out

    def _past_honorific(self, j: int) -> int:
        """The token after the honorific at j, and after its full stop when it is an abbreviation (د. عبداللطيف)."""
        n = len(self.t)
        if j < n and self.t[j].text in self.g["HONORIFICS"]:
            j += 1
            if j < n and self.t[j].text == _STOP and self.t[j - 1].text in abbreviations():
                j += 1
        return j

    def _past_honorifics(self, j: int) -> int:
        """The token after the honorifics from j on (الشيخ الدكتور، د.), or j when none stands there."""
        k = self._past_honorific(j)
        while k > j:
            j, k = k, self._past_honorific(k)
        return j

    def _skip_punct(self, j: int) -> int:
        """Past commas, dashes and a short parenthesis (القائد العام لقوات سوريا الديمقراطية (قسد)، مظلوم عبدي)."""
        n = len(self.t)
        while j < n:
            if self.t[j].text in self.g["COMMAS"] or self.t[j].text in _DASHES:
                j += 1
            elif self.t[j].text == "(":
                close = next((c for c in (j + 2, j + 3) if c < n and self.t[c].text == ")"), None)
                if close is None or not all(self.t[c].is_word for c in range(j + 1, close)):
                    break
                j = close + 1  # one or two words in parentheses
            else:
                break
        return j

    def _at(self, i: int) -> list[Mention] | None:
        """The mention(s) that start at token i, or None."""
        tok = self.t[i]
        # most tokens start nothing: no lexicon entry, no listed word, no given name or surname (what the
        # lists say is decided once per word form; the document's own surnames are asked each time)
        known = self.may_start_seen.get(tok.text)  # _may_start's answer when already decided for the word form
        if not (known if known is not None else self._may_start(tok)) and not (
                self.doc_surnames and _first_forms_in(tok, self.doc_surnames)):
            return self._by_lineage(i) or self._before_title(i)
        special = not tok.words.isdisjoint(self.g["MENTION_STARTS"])
        if (not special and not self.index.at(i)
                and not any(f in self.L.given or f in self.L.surnames or f in self.doc_surnames for _, f in tok.forms[:2])):
            return self._by_lineage(i) or self._before_title(i)
        if special:  # one of the words below starts the token's readings (else none of these cases applies)
            got = self._at_special(i)
            if got:
                return got
        # delegations and groups
        grp = self.m(i, _TITLE_CATS)
        if grp and grp.entry.data[0] == "group":
            mm = self._delegation(i, grp)
            # في مبنى البعثة الكوبية، بمقر الوفد: the building a mission is in is a place, its mission no party there
            # (but توجه إلى مقر الوفد الأمريكي حيث عقد اجتماعا: whom he goes to)
            return [Mention("institution", mm.start, mm.end) if self._inside_institution(i) else mm]
        tp = self.parse_title(i) if not self._adjective_title(i) else None
        if tp:
            return self._at_title(i, tp)
        epithet = self._epithet_alone(i)
        if epithet is not None:
            return [epithet]
        # a known person by full name, perhaps followed by a title in apposition
        person = self._known_person(i)
        if person:
            end = self._known_end(i, person.end)
            mm = Mention("person", i, end, name=self.text(i, end, person.plen),
                         name_norm=" ".join(x.text for x in self.t[i:end])[person.plen:])
            self._apposition(mm)  # first: the title in apposition may make him a body's officer (_lexicon_state)
            self._fill_known(mm, person.entry.data[0])
            return [mm]
        # سيف بن زايد: a given name that is also a listed surname and an ordinary word is a name by its lineage
        return self._at_name(i) or self._at_entity(i) or self._by_lineage(i)

    def _known_person(self, i: int) -> Match | None:
        """The listed person whose spelling starts at i; not a spelling that is a kunya alone (KUNYA_HEADS: أبو مازن)
        when a nationality adjective or another name word follows it: another man of that kunya (أبو مازن العراقي)."""
        person = self.m(i, _CAT_PERSON)
        if person is None or self.t[i].forms[-1][1] not in self.g["KUNYA_HEADS"] or person.end - i != 2:
            return person
        end = person.end
        if end < len(self.t) and (self.m(end, _CAT_NISBA) is not None or self.is_nameish(end, False, True)):
            return None
        return person

    def _epithet_alone(self, i: int) -> Mention | None:
        """وعقد خادم الحرمين الشريفين اجتماعا: a title that names one state's office (titles.tsv state column) with no
        title, style or name after it: a mention of that office, which the document's holders resolve to the one
        who holds it (holders.resolve_titles) or drop."""
        first = self.m(i, _TITLE_CATS)
        if first is None or first.entry.data[0] != "head" or first.entry.data[3] is None:
            return None
        end = first.end
        nxt = self.t[end].text if end < len(self.t) else ""
        if nxt and (without_article(nxt) in self.g["SAME_OFFICE_HEADS"] or nxt in self.g["HONORIFICS"]
                    or nxt in self.g["STYLE_WORDS"] or self.parse_name(end)):
            return None  # خادم الحرمين الشريفين الملك سلمان: the king's title and name after it make the mention
        # (استقبل خادم الحرمين الشريفين رئيس هيئة الأركان: another title after it is the next person's)
        return Mention("person", i, end, role=self.text(i, end, first.plen), country=first.entry.data[3])

    def _at_special(self, i: int) -> list[Mention] | None:
        """Mentions opened by a listed word: counterparts, the two sides, dual delegations, the latter."""
        tok = self.t[i]
        if _has(tok, self.g["DUAL_COUNTERPART"]):
            out = self._dual_counterpart(i)
            if out:
                return out
        if _has(tok, self.g["COUNTERPART"]):
            return [self._counterpart(i)]
        # الجانبان / الطرفان, with nisbas: الجانبين الروسي والبريطاني
        if _has(tok, self.g["PAIR_ANAPHORS"]) and not self.m(i, _TITLE_CATS):
            states = [Mention("state", a, b, country=c) for a, b, c in self._nisba_run(i + 1)]
            return states or [Mention("pair", i, i + 1)]
        # الوفدين الروسي والتركي: one delegation per nationality adjective
        if _has(tok, self.g["DUAL_DELEGATIONS"]):
            run = self._nisba_run(i + 1, most=2)
            if len(run) == 2:
                return [Mention("delegation", i if k == 0 else a, b, country=c, number="du") for k, (a, b, c) in enumerate(run)]
        if _has(tok, self.g["STATE_DELEGATIONS"]):
            named = self._state_run(i + 1)
            if len(named) >= 2:
                return [Mention("delegation", i if k == 0 else a, b, country=c, number="pl") for k, (a, b, c) in enumerate(named)]
            bodies = self._body_pair(i + 1)
            if bodies:
                return bodies
        if _has(tok, self.g["SIDE_NOUNS"]):
            nis = self.m(i + 1, _CAT_NISBA)
            if nis:
                return [Mention("state", i, nis.end, country=nis.entry.data[0])]
        if _has(tok, self.g["LATTER"]):
            return [Mention("latter", i, i + 1)]
        if tok.text in self.g["OPPOSITION_NOUNS"]:
            opposition = self._opposition_with(i)
            if opposition is not None:
                return [opposition]
        return None

    def _opposition_with(self, i: int) -> Mention | None:
        """يجتمع X مع فصائل المعارضة في إسطنبول، مع المعارضة السورية: the opposition named right after مع, with no
        delegation noun before it, is a side as a delegation of it is (a political body, as a government is); its
        nationality adjective gives its state and stays out of its role, its adjectives of kind stay in. Factions
        alone (مع الفصائل) need the opposition, an adjective of kind or a state's adjective after them. Not after a
        noun that takes مع as its own complement (WITH_NOUNS: الحوار مع المعارضة، المصالحة مع الفصائل): what was
        discussed."""
        if i == 0 or self.t[i - 1].text not in self.g["WITH"]:
            return None
        if i >= 2 and not self.t[i - 2].words.isdisjoint(self.g["WITH_NOUNS"]):
            return None
        words: list[int] = []
        country = None
        k = i
        while k < len(self.t):
            nis = self.m(k, _CAT_NISBA)
            if nis is not None and nis.plen == 0 and words:
                country = country or nis.entry.data[0]
                k = nis.end
            elif self.t[k].text in self.g["OPPOSITION_NOUNS"] or (words and self.t[k].text in self.g["OPPOSITION_ADJECTIVES"]):
                words.append(k)
                k += 1
            else:
                break
        kinds = [j for j in words if self.t[j].text not in self.g["OPPOSITION_FACTIONS"]]
        if not kinds and country is None:
            return None
        role = " ".join(self.text(j, j + 1) for j in words)
        return Mention("delegation", i, k, role=role, country=country, org=role)

    def _body_pair(self, k: int) -> list[Mention] | None:
        """وفدي الحكومة السورية والمعارضة، وفدي النظام والمعارضة المسلحة: the two bodies, joined by و, after a dual
        delegation noun in construct, one delegation each; a state's adjective after either is both's."""
        spans: list[tuple[int, int]] = []
        while len(spans) < 2 and k < len(self.t):
            tok = self.t[k]
            body = tok.forms[min(len(spans), len(tok.forms) - 1)][1] if spans and tok.text[0] in self.g["AND"] else tok.text
            if body not in self.g["GOVERNMENT"] and body not in self.g["OPPOSITION_NOUNS"]:
                return None
            end = k + 1
            while end < len(self.t) and (self.m(end, _CAT_NISBA) is not None or self.t[end].text in self.g["OPPOSITION_ADJECTIVES"]):
                nis = self.m(end, _CAT_NISBA)
                end = nis.end if nis is not None and nis.plen == 0 else end + 1
            spans.append((k, end))
            k = end
        if len(spans) < 2:
            return None
        states = [nis.entry.data[0] for a, b in spans for j in range(a, b) if (nis := self.m(j, _CAT_NISBA)) is not None]
        country = states[0] if states else None
        out = [Mention("delegation", a, b, role=self.text(a, b, 1 if n else 0), country=country, number="du")
               for n, (a, b) in enumerate(spans)]
        for mm in out:  # the opposition is a body of its own, named as written (RECORDS.md: organization)
            if not self.t[mm.start].words.isdisjoint(self.g["OPPOSITION_NOUNS"]):
                mm.org = mm.role
        return out

    def _dual_counterpart(self, i: int) -> list[Mention]:
        """نظيريه الروسي سيرغي شويغو والتركي فكري إيشيق: one counterpart per nationality adjective."""
        out: list[Mention] = []
        k = i + 1
        while k < len(self.t) and len(out) < 4:
            nis = self.m(k, _CAT_NISBA)
            if not nis:
                break
            nm = self.parse_name(nis.end)
            mm = Mention("person", k if out else i, nis.end, country=nis.entry.data[0], counterpart=True)
            if nm:
                a, b, known = nm
                mm.name, mm.name_norm, mm.end = self.text(a, b), " ".join(x.text for x in self.t[a:b]), b
            out.append(mm)
            k = mm.end
        return out

    def _counterpart(self, i: int) -> Mention:
        """نظيره [nisba] [name]."""
        t, n = self.t, len(self.t)
        j = i + 1
        country = None
        nis = self.m(self._skip_punct(j), _CAT_NISBA)
        if nis:
            country = nis.entry.data[0]
            j = nis.end
        # (نظراءه، نظيريه with no adjective after them: counterparts told together, more than one)
        several = "pl" if _has(t[i], self.g["DUAL_COUNTERPART"]) else "sg"
        body = self.m(j, _CAT_ORGADJ) if nis is None and several == "pl" and j < n else None
        org = body.entry.data[0] if body is not None and body.plen == 0 else None
        if body is not None and org is not None:
            j = body.end  # نظرائه الخليجيين، نظرائه الأوروبيين: the counterparts of a body's member states, a delegation
        elif nis is None and several == "pl":
            org, j = self._counterparts_body(j)
        j3 = self._skip_punct(j)
        if j3 > j:
            j3 = self._past_honorifics(j3)  # نظيره اليمني، الدكتور شائع الزنداني: the name in apposition, after its honorific
        # (the counterparts of a body's members are many: no one name follows them)
        nm = self.parse_name(j3, j3 > j, country is not None) if j3 < n and org is None else None
        mm = Mention("person" if org is None else "delegation", i, j, country=country, org=org, counterpart=True, number=several)
        if nm:
            a, b, known = nm
            mm.name, mm.name_norm, mm.end = self.text(a, b), " ".join(x.text for x in t[a:b]), b + (1 if j3 < n and t[j3].text in _QUOTES_OPEN else 0)
            self._fill_known(mm, known)
        return mm

    def _counterparts_body(self, j: int) -> tuple[str | None, int]:
        """The code of the body of listed members (`bodies_with_members`) named at j after plural counterparts
        (COUNTERPARTS_OF, then MEMBER_STATES perhaps: نظراءه في مجلس التعاون الخليجي، نظرائه من دول الاتحاد الأوروبي) and
        where its name ends; (None, j)."""
        t, n = self.t, len(self.t)
        if j + 1 >= n or t[j].text not in self.g["COUNTERPARTS_OF"]:
            return None, j
        # (not the members named by their region, نظراءه في دول الخليج: most often whom a visit is to reassure, a
        # meeting told apart or none)
        members = self._member_body(j + 1)
        k = members[0] if members is not None and members[1] is None else j + 1
        ent = self.m(k, _CAT_ORG)
        if ent is None or ent.plen or ent.entry.data[0] not in bodies_with_members():
            return None, j  # (نظراءه من دول حلف شمال الأطلسي: a body of no listed members stays a side of its own)
        return ent.entry.data[0], ent.end

    def _at_title(self, i: int, tp) -> list[Mention]:
        """A title phrase, then the name(s) it introduces."""
        t, n = self.t, len(self.t)
        end, kept, country, org, head = tp
        if self._after_institution(i):
            # مركز الملك سلمان، جامعة الملك سعود: the title and its name belong to the institution's name
            j = self._skip_punct(end)
            nm = self.parse_name(j) if j < n else None
            return [Mention("institution", i, nm[1] if nm else end)]
        number = head.entry.data[2]
        role_head = head.entry.data[1]
        if number == "du":
            return self._dual(i, end, kept, country, org, role_head)
        if number == "pl" and not (org is not None and country is None):
            # الرؤساء الروسي X والتركي Y والإيراني Z، وزراء خارجية روسيا وتركيا وإيران: one person per side (but the
            # officials of a body's members, وزراء خارجيه دول مجلس التعاون والاردن، are one side, the states others)
            each = self._dual(i, end, kept, country, org, role_head, most=8)
            if len(each) >= 2:
                return each
        if not self._after_trigger(i, VERB_TRIGGER_CLASSES):  # (استقبل الرئيس الفرنسي بباريس X: subject, place, object)
            end, country = self._post_city_before_name(end, country, org)
        j = self._skip_punct(end)
        if j > end:
            self.allow_conj_name = False  # الرئيس السوداني، وعزى: after a comma a conjunction opens a clause, not a name
            j = self._past_honorifics(j)  # وزير خارجية ماليزيا، السيد محمد حسن: the name in apposition, after its honorific
        # (after an honorific that closed the title, a name in apposition: وزير الخارجية الشيخ صباح الخالد الحمد الصباح)
        last = end - 2 if end > i + 2 and self._past_honorific(end - 2) == end else end - 1  # (د. ends it: the stop too)
        honored = end > i + 1 and t[last].text in self.g["HONORIFICS"] and self.m(last, _TITLE_CATS) is None
        if j == end and self._rank_after_office(i, end, kept, bool(country or org)):
            j, honored = self._past_honorifics(j + 1), True  # رئيس بعثة مجلس التعاون في اليمن السفير X: his rank
        # a title closed by its state or body, or a construct closed by its definite genitive (وزير العمل مفرج الحقباني)
        closed = j == end and self._construct_ends_before(i, end)
        nm = self.parse_name(j, j > end or honored, bool(country or org) or closed) if j < n else None
        if nm is None and j < n and j == end and is_definite(t[j].text) and t[j].text in self.L.surnames:
            if not common_word(t[j].text) or t[j].text in self.doc_surnames:
                nm = (j, j + 1, None)  # الرئيس الأسد
            elif self._titled_as_listed(j, kept, country):
                nm = (j, j + 1, self.L.surnames[t[j].text])  # وزير الخارجية المعلم: the listed holder of that title
        if nm is None and number == "sg" and not org and (not country or self._former(end)):
            joined = self._second_office(i, end, kept, country)
            if joined is not None:
                return [joined]
        if nm is None and number == "sg" and country and j == end and role_head not in self.g["SOLE_OFFICE_HEADS"]:
            joined = self._apposed_office(i, end, kept, country)
            if joined is not None:
                return [joined]
        mm = Mention("person", i, end, role=self.role_text(kept), country=country, org=org, role_head=role_head)
        if nm and number != "pl":
            genitive = self._agent_genitive(i, end, nm)
            if genitive is not None:
                served, nm = genitive, self._holder_after(genitive[1], True, genitive)
                mm.role = self.text(i, served[1])  # ممثل خامنئي (X): the one he acts for is part of his title
            else:
                served, nm = nm, self._holder_after_inner(i, end, nm)
            if nm is None:
                mm.end = served[1]  # مبعوث رئيس الوزراء العراقي حيدر العبادي: the envoy is not named
                self._fill_known(mm, served[2])
                return [mm]
            a, b, known = nm
            mm.name, mm.name_norm = self.text(a, b), " ".join(x.text for x in t[a:b])
            mm.end = b + (1 if t[j].text in _QUOTES_OPEN else 0)
            self._fill_known(mm, known)
            if served != nm and mm.country is None:
                mm.country = self._known_state(mm, served[2])  # of the state of the one he acts for
            self._restated_title(mm)
        elif number == "pl":
            mm.kind = "delegation"
        return [mm]

    def _titled_as_listed(self, j: int, kept, country: str | None) -> bool:
        """Whether the ordinary word at j, right after a title, is the listed person of that surname who holds it:
        his listed role begins with the title, he held it in the document's year, and his state is the title's when it
        names one (وزير الخارجية المعلم; not الوزير المعلم, nor وزير الخارجية الاردني المعلم)."""
        role = self.role_text(kept)
        idx = self.L.surnames.get(self.t[j].text)
        if role is None or idx is None:
            return False
        person = self.L.persons[idx]
        listed = self.L.role_at(idx, self.year) or ""
        return listed.startswith(normalize_text(role)) and country in (None, person["country"])

    def _rank_after_office(self, i: int, end: int, kept, closed: bool) -> bool:
        """Whether a rank title (RANK_TITLES: السفير) right after an office closed by its state or body, or of three
        words or more, stands before a name: the holder's rank, told as an honorific is (المتحدث باسم الخارجية
        السفير X); not after a verb of meeting, whose object it starts (استقبل وزير الخارجية المصري السفير X), unless
        the object is told after the name with a preposition (`_object_told_at`)."""
        t = self.t
        if end + 1 >= len(t) or t[end].text not in self.g["RANK_TITLES"]:
            return False
        nm = self.parse_name(end + 1) if closed or sum(b - a for a, b, _ in kept) >= 3 else None
        if nm is None:
            return False
        # (but التقى مساعد وزير الخارجية للشؤون الأفريقية السفير X بسفير إثيوبيا: the verb's object told after his
        # name, with مع or ب on a title, makes the rank his)
        return not self._after_trigger(i, VERB_TRIGGER_CLASSES) or self._object_told_at(nm[1])

    def _object_told_at(self, k: int) -> bool:
        """Whether token k opens a meeting verb's object with a preposition: مع, or ب on a title (بسفير، بالسفير)."""
        if k >= len(self.t):
            return False
        tok = self.t[k]
        if tok.text in self.g["WITH"]:
            return True
        title = self.m(k, _TITLE_CATS)
        return title is not None and title.plen == 1 and tok.text[:1] in self.g["IN_PROCLITIC"]


    def _after_institution(self, i: int) -> bool:
        """Whether token i follows a noun of INSTITUTION_NOUNS whose genitive it is (not his office: بمكتبه)."""
        return i > 0 and not self.t[i - 1].words.isdisjoint(evidence()["INSTITUTION_NOUNS"]) and not self._possessed(i - 1)

    def _inside_institution(self, i: int) -> bool:
        """Whether token i follows a noun of BUILDING_NOUNS that tells where something is: after في, or with the
        proclitic "in" (في مقر البعثة، وبمبنى السفارة)."""
        if i < 1:
            return False
        noun, buildings = self.t[i - 1], evidence()["BUILDING_NOUNS"]
        if noun.words.isdisjoint(buildings) or self._possessed(i - 1):
            return False
        return (i >= 2 and _has(self.t[i - 2], self.g["IN"])) or any(
            p > 0 and noun.text[p - 1] in self.g["IN_PROCLITIC"] and f in buildings for p, f in noun.forms)

    def _possessed(self, k: int) -> bool:
        """Whether token k is written with the pronoun suffix ه where the normalized form could also end in ة
        (بمكتبه القنصل العام: in his office, the consul; not مكتبة الملك فهد, the library)."""
        free_ta = clitics().free_ta  # the letter ة becomes once normalized, also the pronoun suffix "his"
        return self.t[k].text.endswith(free_ta) and self.text(k, k + 1).endswith(free_ta)

    def _holder_after_inner(self, i: int, end: int, nm: tuple[int, int, int | None]) -> tuple[int, int, int | None] | None:
        """مبعوث الأمين العام للأمم المتحدة بان كي مون إلى سوريا ستيفان دي ميستورا، ممثل المرشد الأعلى علي خامنئي علي
        أكبر ولايتي: a listed person whose listed office is inside the title (the one the envoy is of), then another
        name (after where the envoy is sent, if it is told): the title is the second person's; the first is only
        named inside it. After a title of one who acts for another (AGENT_TITLES) the holder may also be named after
        a title of his own (مبعوث رئيس الوزراء العراقي حيدر العبادي مستشار الأمن الوطني فالح الفياض), or not at all
        (None). Else the name as found."""
        a, b, known = nm
        if not self._office_inside(i, end, known):
            return nm
        agent = _has(self.t[i], self.g["AGENT_TITLES"]) or self._deputy_of(i, end, known)
        return self._holder_after(b, agent, nm)

    def _deputy_of(self, i: int, end: int, known: int | None) -> bool:
        """نائب المستشارة الألمانية, then أنجيلا ميركل (listed as المستشارة): a title of POSSESSED_TITLES whose next
        words are the listed office of the person after it is his deputy's or his adviser's, acting for him as an
        envoy does, when the document is dated in a later year of his term than its first (not نائب رئيس الوزراء
        وزير الخارجية X, listed as وزير الخارجية: he holds both; nor نائب مستشار الأمن الوطني X, nor نائب الأمير X, in or
        before the year X took the office himself, or in an undated text), and the title is no former one (نائب
        الرئيس الأمريكي آنذاك X: THEN_WORDS, FORMER_OFFICE)."""
        if known is None or self.year is None or self.t[i].text not in self.g["POSSESSED_TITLES"]:
            return False
        term = self.L.persons[known]["term"] or ()
        if not any(a < self.year <= b for a, b in term):
            return False
        if any(tok.text in evidence()["THEN_WORDS"] or tok.text in self.g["FORMER_OFFICE"] for tok in self.t[i:end + 1]):
            return False
        office = [without_article(w) for w in (self.L.persons[known]["role"] or "").split()]
        after = [without_article(tok.text) for tok in self.t[i + 1:end]]
        return bool(office) and after[:len(office)] == office

    def _holder_after(self, b: int, agent: bool, nm: tuple[int, int, int | None]) -> tuple[int, int, int | None] | None:
        """The holder named after the one served, whose name ends at b (see _holder_after_inner)."""
        k = self._past_post(b)
        k = self._skip_punct(k) if agent else k  # (ممثل الرئيس X، Y: the agent named in apposition)
        second = self.parse_name(k) if k < len(self.t) else None
        if second is not None and (second[2] is not None or second[1] - second[0] >= 2):
            return second
        if not agent:
            return nm
        tp = self.parse_title(k) if k < len(self.t) else None
        if tp is not None and tp[4].entry.data[2] == "sg" and tp[0] < len(self.t):
            own = self.parse_name(tp[0])
            if own is not None and (own[2] is not None or own[1] - own[0] >= 2):
                return own
        return None

    def _agent_genitive(self, i: int, end: int, nm: tuple[int, int, int | None]) -> tuple[int, int, int | None] | None:
        """ممثل خامنئي، مبعوث بوتين ميخائيل بوغدانوف: after a title of one indefinite word of one who acts for another
        (AGENT_TITLES), a listed person (his name read whole, or his family name alone) is its genitive, the one he acts
        for; the holder, if named, after it. The served person's name, or None: a definite title stands in apposition
        to its holder (المستشارة ميركل), and an unlisted name is the holder's own."""
        word, a = self.t[i].text, nm[0]
        if end != i + 1 or word not in self.g["AGENT_TITLES"] or is_definite(word):
            return None
        if nm[2] is not None:
            return nm  # مبعوث جون كيري: a listed person read whole
        surname = self.t[a].text
        if surname not in self.L.surnames or common_word(surname) or surname in self.L.given:
            return None
        return a, a + 1, self.L.surnames[surname]

    def _past_post(self, k: int) -> int:
        """Past where an envoy is sent or posted, told after the one he serves (الى سوريا، في سوريا): the token
        after the place; k itself when no place is told there."""
        if k >= len(self.t):
            return k
        if self.t[k].text in self.g["DESTINATION"] or self.t[k].text in self.g["IN"]:
            place = self.m(k + 1, _CAT_COUNTRY_ORG_MINISTRY_CITY)
            return place.end if place is not None else k
        return k

    def _office_inside(self, i: int, end: int, known: int | None) -> bool:
        """Whether the listed office of listed person `known` stands inside the title of tokens i..end, not at its
        start (مستشارة الرئيس الأمريكي, then باراك أوباما: he is the one she is the adviser of)."""
        office: str | None = self.L.persons[known]["role"] if known is not None else None
        if not office:
            return False
        # a word after the genitive ل or و read as it is listed (للرئيس: الرئيس; ووزير الخارجية: a list goes on)
        title = " ".join(next((f for p, f in tok.forms if p > 0), tok.text)
                         if tok.text[:1] in self.g["OF_PROCLITIC"] or tok.text[:1] in self.g["AND"] else tok.text
                         for tok in self.t[i:end])
        if office in title and not title.startswith(office):
            return True
        # (ممثل الرئيس, then مسعود بارزاني, listed as رئيس اقليم كردستان: the head word of his office right after
        # the word of one who acts for another)
        words = title.split()
        if office.split()[0] in self.g["LEADER_WORDS"] and office.split()[0] in words[1:]:
            return True  # (X مدير مكتب زعيم الحوثيين, then عبد الملك الحوثي, listed as زعيم جماعة أنصار الله: the leader)
        return len(words) == 2 and _has(self.t[i], self.g["AGENT_TITLES"]) and \
            without_article(office.split()[0]) == without_article(words[1])

    def _former(self, end: int) -> bool:
        """Whether the title ending at token `end` ends in a word of a former office (الرئيس الفرنسي السابق)."""
        return end > 0 and self.t[end - 1].text in self.g["FORMER_OFFICE"]

    def _second_office(self, i: int, end: int, kept, country: str | None = None) -> Mention | None:
        """نائب رئيس الوزراء ووزير الخارجية الأردني X: an unnamed office of two words or more with no state, و and a
        second office that leads to a name are one person holding both; so is a former office of a state and a
        second one of no other state (رئيس الوزراء البريطاني الأسبق ومبعوث الرباعية X); None otherwise."""
        t = self.t
        if end >= len(t) or sum(b - a for a, b, _ in kept) < 2 or t[end].text[0] not in self.g["AND"] or kept[0][2]:
            return None  # not after a preposition either: الوفد المرافق لرئيس المجلس وسفير X are two
        second = self.m(end, _TITLE_CATS)
        if second is None or second.plen != 1 or second.entry.data[1] in self.g["UNCHAINED_TITLES"]:
            return None
        tp = self.parse_title(end)
        got = self._at_title(end, tp) if tp else None
        if not got or len(got) != 1 or got[0].kind != "person" or not got[0].name:
            return None
        mm = got[0]
        if country is not None and mm.country not in (None, country):
            return None
        rest = [(a, b, 0 if a == end else p) for a, b, p in tp[1]]
        mm.start, mm.role, mm.country = i, self.role_text(list(kept) + rest), mm.country or country
        return mm

    def _apposed_office(self, i: int, end: int, kept, country: str) -> Mention | None:
        """النائب الأول لرئيس مجلس الوزراء الكويتي وزير الخارجية الشيخ صباح الخالد: an unnamed office closed by its
        state (not a head of state: الرئيس السوري وزير الخارجية X are two), then at once (no conjunction, no comma) a
        singular office of no other state that leads to a name of no other state: one person holding both; None
        otherwise."""
        t = self.t
        second = self.m(end, _TITLE_CATS) if end < len(t) else None
        if second is None or second.plen != 0:
            return None  # (ووزير الخارجية X: a list goes on)
        tp = self.parse_title(end)
        if tp is None or tp[4].entry.data[2] != "sg" or tp[4].entry.data[0] != "head" or tp[2] not in (None, country) or tp[3]:
            return None
        got = self._at_title(end, tp)
        if not got or len(got) != 1 or got[0].kind != "person" or not got[0].name or got[0].country not in (None, country):
            return None  # (استقبل الوزير الأردني وزير الخارجية X، a listed person of another state: two persons)
        mm = got[0]
        mm.start, mm.country = i, country
        if tp[4].entry.data[1] in self.g["SOLE_OFFICE_HEADS"]:
            mm.role = self.role_text(kept)  # رئيس الجمهورية اليمنية الرئيس X: the office said again
        else:
            mm.role = self.role_text(list(kept) + [(a, b, 0 if a == end else p) for a, b, p in tp[1]])
        return mm

    def _at_name(self, i: int) -> list[Mention] | None:
        """A name with no title: a given name and what follows it, or the surname of a known person."""
        t, tok = self.t, self.t[i]
        # a given name starts an unknown name
        for plen, form in tok.forms[:2]:
            if form in self.L.given and (plen == 0 or tok.text not in self.L.nonname) and not self._written_otherwise(i):
                j = self._name_end(i, True)
                if plen and tok.text in evidence()["TITLED_GIVEN"]:
                    plen = 0  # كريم سنجاري: a given name that is also a word, whole, not ك + ريم
                if j - i >= 2:
                    nm_text = self.text(i, j, plen)
                    mm = Mention("person", i, j, name=nm_text, name_norm=" ".join(x.text for x in t[i:j])[plen:])
                    self._apposition(mm)
                    return [mm]
                break
        particled = self._particled_surname(i)
        if particled is not None:
            return [particled]
        # a surname of a known person (only a conjunction may precede it: بيان is not ب + يان)
        for plen, form in tok.forms[:2]:
            # (not a word the title lists read: مساعد after جلوي بن عبدالعزيز بن مساعد is an assistant's title)
            seen = form in self.doc_surnames and (self.m(i, _TITLE_CATS) is None or (
                i > 0 and self.t[i - 1].text in self.g["LINEAGE"])) and not self._adjective_of_noun(i)
            # (nor, unseen, a surname that is a nationality adjective, unless its listed holder was in office that
            # year: in 2015, والسوداني Y is the Sudanese one of a list)
            listed = form in self.L.surnames and not common_word(form) and (
                self.m(i, _CAT_NISBA) is None or self.L.in_office(self.L.surnames[form], self.year))
            if (plen == 0 or tok.text[0] in self.g["AND"] or seen) and (seen or listed) and len(form) > 3 and form not in self.L.nonname:
                if plen == 0 and listed and self._given_spelled_otherwise(i - 1, form):
                    # فدريكا موغيريني for the listed فيديريكا موغيريني: the given name in another spelling is his
                    mm = Mention("person", i - 1, i + 1, name=self.text(i - 1, i + 1), name_norm=self.t[i - 1].text + " " + form)
                    self._fill_known(mm, self.L.surnames[form])
                    self._apposition(mm)
                    return [mm]
                mm = Mention("person", i, i + 1, name=self.text(i, i + 1, plen), name_norm=form)
                mm.entity = None
                return [mm]
        return None

    def _adjective_of_noun(self, i: int) -> bool:
        """Whether the definite word at i (a family name the document knows: العربي of نبيل العربي) follows a
        definite noun that is no title or honorific, whose adjective it is (العمل العربي، الجانب المصري); "بن مساعد"
        and الرئيس الأسد keep the name."""
        if i == 0 or not is_definite(self.t[i].text) or not is_definite(self.t[i - 1].text):
            return False
        prev = self.t[i - 1].text
        return self.m(i - 1, _TITLE_CATS) is None and prev not in self.g["HONORIFICS"] and prev not in self.g["LINEAGE"]

    def _particled_surname(self, i: int) -> Mention | None:
        """دي مستورا: a European family name's particle at token i (after a proclitic at most) and the word after it
        are the listed person one of whose spellings ends with the two, even where the last word alone would read
        as an ordinary word."""
        if i + 1 >= len(self.t) or self.t[i].words.isdisjoint(self.g["SURNAME_PARTICLES"]):
            return None
        plen, particle = next(((p, f) for p, f in self.t[i].forms if f in self.g["SURNAME_PARTICLES"]), (0, ""))
        surname = self.t[i + 1].text
        # a listed spelling that ends so (ستيفان دي مستورا); the surname alone is no entry of the surname index
        known = next((k for k, words in self.L.spellings.get(surname, []) if len(words) >= 2 and words[-2] == particle), None)
        if known is None:
            return None
        mm = Mention("person", i, i + 2, name=self.text(i, i + 2, plen), name_norm=particle + " " + surname)
        self._fill_known(mm, known)
        self._apposition(mm)
        return mm

    def _given_spelled_otherwise(self, j: int, surname: str) -> bool:
        """Whether token j, a word no lexicon entry starts at, is a listed person's given name in another spelling, right before
        his listed surname (فدريكا for فيديريكا): as long, within SPELLING_EDITS letters of it."""
        if j < 0 or not self.t[j].is_word or self.index.at(j):
            return False
        word = self.t[j].text
        if word in self.L.nonname or word in self.L.given:
            return False
        for variant in self.L.persons[self.L.surnames[surname]]["names"]:
            words = variant.split()
            if len(words) == 2 and words[1] == surname and _spelled_alike(word, words[0]):
                return True
        return False

    def _by_lineage(self, i: int) -> list[Mention] | None:
        """A name whose first word is in no list, known by the lineage word after it (علي بن سعيد عسيري، اسماعيل ولد
        الشيخ): a name word, a lineage word and the father's name; or a family by lineage the document named
        before (اسماعيل ولد الشيخ احمد, then ولد الشيخ احمد alone)."""
        t, n = self.t, len(self.t)
        if i + 1 >= n or (t[i + 1].text not in self.g["LINEAGE"] and t[i].words.isdisjoint(self.g["SURNAME_LINEAGE"])):
            return None  # most tokens: no lineage word after it, no family word of its own
        family = next(((p, f) for p, f in t[i].forms[:2] if f in self.g["SURNAME_LINEAGE"] and i + 1 < n
                       and f + " " + _key(t[i + 1].text) in self.doc_surnames), None)
        plen = 0
        if family is not None:  # ولد الشيخ احمد، وولد الشيخ: the family by which the document named a person before
            plen, j = family[0], self._lineage(i, i, link=i)
        elif i + 2 < n and t[i + 1].text in self.g["LINEAGE"] and self.is_nameish(i, True, False) and (
                t[i + 2].text in evidence()["FATHER_HONORIFICS"] or self.is_nameish(i + 2, False, True)):
            j = self._name_end(i, True)
        elif i + 2 < n and t[i + 1].text in self.g["LINEAGE"] and t[i + 2].text in self.L.given and (
                given := next((p for p, f in t[i].forms[:2] if f in evidence()["TITLED_GIVEN"]), None)) is not None:
            # وعادل بن أحمد الجبير: a given name that is also a word (TITLED_GIVEN) is one before بن and a given name
            plen = given
            j = self._name_end(i + 1, True)
        else:
            return None
        norm = " ".join(x.text for x in t[i:j])[plen:]
        mm = Mention("person", i, j, name=self.text(i, j, plen), name_norm=norm)
        self._apposition(mm)
        return [mm]

    def _foreign_word(self, j: int, inner: bool = False) -> bool:
        """Whether token j is a word of no list at all, of a name's shape: no lexicon entry starts at it, no reading is
        an ordinary word, a given name, a place, a person the document named or a verb's shape, nothing can be read off it as a clitic or an ending;
        it carries no article, unless its first alef is written with a hamza or madda, which the article's never is
        (ألان، آلان). An `inner` word (after the name's first, or a first one `_name_may_open_with_proclitic` allows)
        may start with a proclitic's letter when no reading off it is a word (ماورو فييرا: ييرا is none)."""
        if j >= len(self.t) or j in self.times:
            return False
        tok = self.t[j]
        if not tok.is_word or tok.text.isdigit() or len(tok.text) < 2 or self.index.at(j) or self._written_otherwise(j):
            return False  # (على لسان: the preposition, written otherwise than the name علي)
        if len(tok.forms) > 1 and tok.text[0] in self.g["AND"]:
            return False  # a conjunction starts the next item
        read = _stems(tok.text, False)
        if any(f in self.L.nonname or f in self.L.given or f in self.L.city_country or f in self.doc_surnames
               or verb_shaped(f, self._word_shapes_after(tok, len(tok.text) - len(f)) if tok.text.endswith(f) else False)
               for f in (read | tok.words if inner else tok.words)):
            return False
        # (an inner word's proclitic reading leaves its end: ييرا of فييرا; a pronoun's reading does not: راس of راسه)
        suffixed = any(not tok.text.endswith(r) for r in read) if inner else bool(read and read != {tok.text})
        if suffixed or self._accusative_written(j):
            return False  # تخلله، مغادرة، لسان: a pronoun, a feminine ending or a proclitic may be read off it
        return not is_definite(tok.text) or self.text(j, j + 1)[:1] in _marks()["HAMZA_ALEFS"]

    def _feminine_noun(self, j: int) -> bool:
        """Whether token j is written with the feminine ending that normalization makes a plain letter (قضية)."""
        written, norm = self.text(j, j + 1), self.t[j].text
        return norm.endswith(_nisba_fem()) and written[-1:] != norm[-1:]

    def _before_title(self, i: int) -> list[Mention] | None:
        """A name of two or three words of no list, right before a title of a state or body that is his in apposition
        (التقى الرئيس X، تيان تشي السفير الصيني لدى اليمن): the name starts where the words before it are no such word.
        Its first word, as the others, may start with a proclitic's letter when nothing read off it is a word (استقبل
        X وزير الخارجية فيسنا Y نائبة رئيس الوزراء: فـ + يسنا is none), no verb's shape, no no-name word and, after
        ل, no bare imperfect's shape (`_name_may_open_with_proclitic`)."""
        if self.m(i + 2, _TITLE_CATS) is None and self.m(i + 3, _TITLE_CATS) is None \
                and not (self._comma_at(i + 2) or self._comma_at(i + 3)):
            return None  # no title where the name of two or three words would end (most tokens: the cheap test first)
        # (the word before is no such word, or ends the mention before: وزير الخارجية المصري سامح شكري ماورو فييرا)
        if (i > 0 and i != self.mention_end and self._foreign_word(i - 1)) or not self._foreign_word(i + 1, True) \
                or not self._foreign_word(i, self._name_may_open_with_proclitic(i)):
            return None
        if i > 0 and self._feminine_noun(i - 1):
            return None  # قضية توفير أمن الرئيس: the words are the genitive of the noun before them
        end = i + 2 + (self._foreign_word(i + 2, True) and not self.m(i + 2, _TITLE_CATS))
        title = self.m(end + self._comma_at(end), _TITLE_CATS)  # (X، نائب رئيس الوزراء: set off by a comma)
        if title is None or title.plen:
            return None  # قدموا جميعا للرئيس: a title after a preposition is no apposition
        mm = Mention("person", i, end, name=self.text(i, end), name_norm=" ".join(x.text for x in self.t[i:end]))
        self._apposition(mm)
        if not mm.role or not (mm.country or mm.org) or mm.end <= end:
            return None
        if self._comma_at(end) and not self._apposition_closed(mm.end):
            return None  # فندق ريتز كارلتون، وزير الخارجية الأمريكي اجتماعا: the title opens the clause, no apposition
        return [mm]

    def _apposition_closed(self, k: int) -> bool:
        """Whether a title set off by a comma after a name ends before token k as an apposition does: at a comma or
        the sentence's end, or before a second title of his joined by و (X، نائب المستشارة ...، ووزير الاقتصاد،)."""
        if k >= len(self.t) or self._comma_at(k) or not self.t[k].is_word:
            return True
        return self.t[k].text[:1] in self.g["AND"] and self.parse_title(k) is not None

    def _comma_at(self, k: int) -> bool:
        """Whether token k is a comma."""
        return k < len(self.t) and self.t[k].text in self.g["COMMAS"]

    def _name_may_open_with_proclitic(self, i: int) -> bool:
        """Whether the first word of a name before a title may start with a proclitic's letter (`_foreign_word`'s
        inner test, which refuses a reading of a verb's shape: ستستمر): not when a reading with a proclitic off is a
        no-name word, its article aside (بالامس، بقصر), or, after ل, has a bare imperfect's shape (ليصبح; after ف the
        shape is as often a name's: فيسنا، فيليب)."""
        tok = self.t[i]
        after_of = tok.text[:1] in self.g["OF_PROCLITIC"]
        for plen, f in tok.forms:
            if plen and (without_article(f) in self.L.nonname or f in self.L.nonname or (after_of and _imperfect_shaped(f))):
                return False
        return True

    def _at_entity(self, i: int) -> list[Mention] | None:
        """A state, nationality adjective, metonym, organization or city; an object pronoun's host."""
        tok = self.t[i]
        ent = self.m(i, _CAT_COUNTRY_NISBA_METONYM_ORG_CITY)
        if ent:
            cat = ent.entry.cat
            city = self.m(i, _CAT_CITY) if cat == "COUNTRY" else None
            after_place = i > 0 and self._place_noun_at(i - 1)
            if city is not None and ((i > 0 and (self.t[i - 1].text in self.g["IN"] or after_place
                                                 or self.m(i - 1, _CAT_NISBA)))
                                     or not _marks()["CITY_MARKS"].isdisjoint(self.text(i, ent.end))):
                # بالعاصمة الأردنية عمّان، زيارته لعمّان: the city, not the state of the same spelling
                return [Mention("city", i, city.end, name=self.text(i, city.end, city.plen), country=city.entry.data[0])]
            if cat != "METONYM" and after_place and self.m(i, _CAT_NISBA):
                return None  # في العاصمة السعودية الرياض: the adjective of a place, which names no side
            if cat in ("COUNTRY", "NISBA", "METONYM"):
                st = Mention("state", i, ent.end, country=ent.entry.data[0], name=self.text(i, ent.end, ent.plen))
                st.from_nisba = cat == "NISBA" and not self.m(i, _CAT_COUNTRY)
                held = self._holder_of_elided_title(st) if st.from_nisba else None
                return [st] if held is None else [st, held]
            if cat == "ORG":
                code, country, _ = ent.entry.data
                nm_text = self.article_restored(i, ent.plen, self.text(i, ent.end, ent.plen))  # للبنك: البنك
                return [Mention("org", i, ent.end, org=code or nm_text, country=country, role=nm_text)]
            return [Mention("city", i, ent.end, name=self.text(i, ent.end, ent.plen), country=ent.entry.data[0])]
        if _has(tok, self.g["OBJECT_PRONOUN_HOSTS"]) and tok.text in self.g["OBJECT_PRONOUN_HOSTS"]:
            return [Mention("pronoun", i, i + 1)]
        return None

    def _holders_end(self, got: list[Mention]) -> int:
        """Where a list of holders of a title now ends (`holders_end`), the mentions just found read: after a person
        with a title and a state, or after an item of the list (an adjective that continues it and a name, found
        together or one after the other: والسوداني X); a place between them keeps the list (X في الخرطوم، والسوداني
        Y); -1 when they end no such list."""
        last = got[-1]
        if last.kind == "person" and (bool(last.role and last.country) or self._continues_list(got[0].start)):
            return last.end
        if (last.kind == "state" and last.from_nisba and self._continues_list(last.start)) or last.kind == "city":
            return self.holders_end  # (the adjective alone, its name next; or the place between: the list goes on)
        return last.end if last.kind == "person" and self._after_listed_adjective(last) else -1

    def _continues_list(self, i: int) -> bool:
        """Whether an item starting at token i continues the list of holders that ends at `holders_end`: only commas,
        words of place or time and a city stand between (X، والسوداني Y; X يوم الاحد، والسوداني Y; X في الخرطوم، ...)."""
        k = self.holders_end
        if k < 0:
            return False
        while k < i:
            city = self.m(k, _CAT_CITY)
            if k in self.times or self.t[k].text in self.g["COMMAS"] or self.t[k].text in self.g["IN"]:
                k += 1
            elif city is not None:
                k = city.end
            else:
                return False
        return k == i

    def _after_listed_adjective(self, mm: Mention) -> bool:
        """Whether person mm stands right after a nationality adjective opening with و that continued a list of
        holders (its name found apart from it: والسوداني معتز موسى, a given name)."""
        k = mm.start - 1
        if self.holders_end < 0 or k < 0:
            return False  # (most untitled persons: no list is open, the lexicon is not asked)
        nis = self.m(k, _CAT_NISBA)
        return nis is not None and nis.end == mm.start and self.t[k].text[:1] in self.g["AND"] and self._continues_list(k)

    def _holder_of_elided_title(self, st: Mention) -> Mention | None:
        """The name of two or three words of no list after a nationality adjective that continues a list of holders
        (وزير الري المصري X، واللبناني Y والإثيوبي Z): the adjective opens with و and continues the list
        (`_continues_list`), and the name ends the item (a comma, the sentence's end or
        the next item's و follows). Its title and state are restored from the list (ellipsis.restore_titles)."""
        t, i, j = self.t, st.start, st.end
        if not self._continues_list(i) or t[i].text[:1] not in self.g["AND"]:
            return None  # (الكاتب X، والنيجيري Y: the item before is no holder of a title, the adjective no elided one)
        if not (self._foreign_word(j) and self._foreign_word(j + 1, True)):
            return None
        end = j + 2 + self._foreign_word(j + 2, True)
        if end < len(t) and t[end].is_word and t[end].text[:1] not in self.g["AND"]:
            return None  # (the words go on: a clause, not a name)
        return Mention("person", j, end, name=self.text(j, end), name_norm=" ".join(x.text for x in t[j:end]))

    def _fill_known(self, mm: Mention, known: int | None) -> None:
        if known is None:
            return
        p = self.L.persons[known]
        mm.country = mm.country or self._known_state(mm, known)
        # the listed body is the more exact of two international ones (UNHCR, where the title names the UN in it)
        mm.org = p["org"] if p["org"] and _international(mm.org) else (mm.org or p["org"])
        if mm.role is None and not mm.counterpart:
            mm.role = None  # the registry fills a lexicon role only when the document gives none

    def _known_state(self, mm: Mention, known: int | None) -> str | None:
        """The state persons.tsv gives listed person `known` (None for none), unless `mm` is an international body's."""
        return _lexicon_state(mm.org, self.L.persons[known]["country"]) if known is not None else None

    def _apposition(self, mm: Mention) -> None:
        """Name first, then its title: ميخائيل بوغدانوف، نائب وزير الخارجية الروسي."""
        j = self._skip_punct(mm.end)
        tp = self.parse_title(j) if j < len(self.t) else None
        # (X، والقائد المنتدب للحامية بطنجة Y: a city of the post may stand between a title and its own name)
        nxt = self.parse_name(self._past_post_city(self._skip_punct(tp[0]))) if tp and tp[0] < len(self.t) else None
        # but a title set off by commas on both sides, with one unlisted word after it, is the name's before it
        # (X، الأمين العام للمجلس، عودة الدبلوماسيين: a noun, not a one-word name)
        # X، مستشارة الرئيس الأمريكي باراك أوباما: the name after the title is the one whose office is inside it
        inner = nxt is not None and tp is not None and self._office_inside(j, tp[0], nxt[2])
        # nor one closed by a comma before unlisted words that start with no given name (X ولي عهد أبوظبي ...، إيمانه
        # بمحورية دور: words of the sentence, not a name)
        closed = nxt is not None and tp is not None and self._skip_punct(tp[0]) > tp[0] and nxt[2] is None
        if nxt and tp and not inner and not (closed and ((j > mm.end and nxt[1] - nxt[0] == 1) or self.t[nxt[0]].text not in self.L.given)) \
                and not self._titled_after(nxt[1]):
            tp = None  # التقى X الأمين العام للأمم المتحدة Y: that title is Y's (but not when Y has his own after him)
        if tp and j < len(self.t) and self.t[j].text[0] in self.g["AND"] and self.t[j].forms[0][1] != self.t[j].text:
            tp = None  # X، وكبير المفاوضين Y: a list goes on, the title is the next person's
        if tp and tp[4].entry.data[2] == "sg":
            end, kept, country, org, head = tp
            mm.role = self.role_text(kept)
            mm.country = country or mm.country
            mm.org = org or mm.org
            mm.role_head = head.entry.data[1]
            mm.end = end
            if inner and nxt is not None and nxt[2] is not None:
                mm.end = nxt[1]  # the inner holder's name is part of the title phrase, no mention of its own
                body = self.m(mm.end, _CAT_COUNTRY_ORG) if mm.end < len(self.t) else None
                if body is not None and self.t[mm.end].text[:1] in self.g["OF_PROCLITIC"]:
                    mm.end = body.end  # ... باراك أوباما للتحالف الدولي: the office's domain, no side
                listed = self.L.persons[nxt[2]]  # and whose envoy or adviser he is gives his state or body
                mm.country = mm.country or (None if listed["org"] else listed["country"])
                mm.org = mm.org or listed["org"]
                return
            j = self._skip_punct(end)
            if j < len(self.t) and (j > end or self.t[j].text[0] in self.g["AND"]):
                tp2 = self.parse_title(j)
                # (not an office of another state: X سفير فنلندا، وسفير الدنمارك Y is the next ambassador; a first
                # title of no state takes the second's: X نائب رئيس الوزراء ووزير الخارجية البرازيلي)
                if tp2 and tp2[4].entry.data[2] == "sg" and (mm.country is None or tp2[2] in (None, mm.country)) \
                        and not self.parse_name(self._skip_punct(tp2[0]) if tp2[0] < len(self.t) else j):
                    second = self.role_text(tp2[1])
                    if mm.role and second:  # (X نائب الرئيس ووزير الخارجية: the و as written)
                        joined = self.t[j].text[:tp2[1][0][2]]  # the proclitic و of ووزير, not the و of وزير
                        mm.role = mm.role + (_comma() + " " if j > end else " " + joined) + second
                    mm.country = mm.country or tp2[2]
                    mm.end = tp2[0]

    def _post_city_before_name(self, end: int, country: str | None, org: str | None) -> tuple[int, str | None]:
        """القائد المنتدب للحامية العسكرية بطنجة محمد المرابط: a city written with a proclitic right after a title,
        then a name, is where the post is: the name goes on after it, and a title of no state or body is of the
        city's state."""
        city = self._post_city_at(end)
        if city is None or city.end >= len(self.t) or self.parse_name(city.end) is None:
            return end, country
        return city.end, country or (None if org else city.entry.data[0])

    def _past_post_city(self, k: int) -> int:
        """Past a city of a post at token k (بطنجة), or k when none stands there."""
        city = self._post_city_at(k)
        return city.end if city is not None else k

    def _post_city_at(self, k: int) -> Match | None:
        """A city written with a proclitic at token k (بطنجة، لطنجة), the place of a post told after its title."""
        city = self.m(k, _CAT_CITY) if k < len(self.t) else None
        return city if city is not None and city.plen > 0 else None

    def _titled_after(self, end: int) -> bool:
        """Whether a singular title of its own follows a name ending at `end`: استقبل X وزير الخارجية المصري Y
        نائبة رئيس الوزراء، the title between the two names is the first one's."""
        tp = self.parse_title(end) if end < len(self.t) else None
        return tp is not None and tp[4].entry.data[2] == "sg" and tp[4].entry.data[0] == "head"

    def _restated_title(self, mm: Mention) -> None:
        """Titles right after a titled name that are the person's own, not a second, unnamed person: the same title
        again with its state (الملك عبدالله الثاني ملك المملكة الأردنية), or a chain of further offices with no
        state of their own (الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع).
        A title with a state or a name after it is another person (استقبل الأمير X وزير الدفاع الأمريكي)."""
        for _ in range(3):
            j = self._skip_punct(mm.end)
            tp = self.parse_title(j) if j < len(self.t) else None
            if tp is None or tp[4].entry.data[2] != "sg":
                return
            after = self._skip_punct(tp[0])
            if after < len(self.t) and self.t[after].text in self.g["RANK_TITLES"]:
                after = self._past_honorifics(after + 1)  # X، ورئيس الإدارة الإعلامية السفير Y: Y's office and rank
            if after < len(self.t) and (self.parse_name(after) or self._listed_family_at(after)):
                return  # الرئيس X، الرئيس Y: another person (والرئيس السوري الأسد: a listed family name)
            same = _key(tp[4].entry.data[1]) == _key(mm.role_head or "")
            # الوزير X، وزير الخارجية السعودي،: a bare title said in full between commas is the same office
            bare = j > mm.end and bool(mm.role) and len((mm.role or "").split()) == 1 and _key(
                tp[4].entry.data[1].split()[0]) == _key(mm.role_head or "")
            same = same or bare
            if same and tp[2] is not None and mm.country not in (None, tp[2]):
                return  # سفير فنلندا X، وسفير الدنمارك: the same office of another state, the next person
            cut = self._offices_before_destination(j, tp[0], mm.country) if not same else None
            ranked = not same and self._rank_before_office(mm, j, tp)
            if not same and (tp[2] or tp[3]) and cut is None and not ranked and not self._governor_of(tp, mm.country):
                return
            if cut is not None:
                tp = (cut, [s for s in tp[1] if s[1] <= cut], None, None, tp[4])
            mm.country = mm.country or tp[2]
            mm.org = mm.org or tp[3]
            further = self.role_text(tp[1])
            if further and bare and len(further.split()) > 1:
                mm.role = further  # الوزير عادل الجبير، وزير الخارجية السعودي: the bare title said in full
            elif further and (ranked or normalize_text(mm.role or "") in self.g["STYLE_TITLES"]):
                mm.role = further  # الأمير X ولي ولي العهد ...: the office after a royal's style (or a rank) is his role
            elif further:
                mm.titles = mm.titles + (further,)
            k = tp[0]
            while k < len(self.t) and self.t[k].text in evidence()["ORDINALS"]:
                k += 1  # النائب الثاني
            mm.end = k

    def _rank_before_office(self, mm: Mention, j: int, tp) -> bool:
        """Whether the office tp at token j, right after a name titled only by a rank (RANK_TITLES), is his own
        (السفير X، مندوب مصر الدائم لدى الجامعة العربية; السفير X رئيس بعثة الاتحاد الأوروبي): an office of a body,
        or a post of RANKED_OFFICES or a deputy's office (نائب، مساعد) of no other state than his; not after و (a
        list goes on), not before a rank or honorific of the next name, and not when the ranked name is a meeting
        verb's subject, whose object the office opens (التقى السفير X الأمين العام للأمم المتحدة: two persons)."""
        if normalize_text(mm.role or "") not in self.g["RANK_TITLES"] or self.t[j].text[:1] in self.g["AND"]:
            return False
        if mm.country and tp[2] not in (None, mm.country):
            return False
        first = self.m(tp[1][0][0], _TITLE_CATS)
        deputy = first is not None and first.entry.data[0] == "modifier"  # السفير X نائب وزير الخارجية: his post
        if tp[3] is None and tp[4].entry.data[1] not in self.g["RANKED_OFFICES"] and not deputy:
            return False  # (السفير X رئيس الوزراء الكيني: a head of government is another person)
        after = self._skip_punct(tp[0])
        if after < len(self.t) and (self.t[after].text in self.g["RANK_TITLES"] or self.t[after].text in self.g["HONORIFICS"]):
            return False  # (السفير X، مدير المكتب السفير Y: that office is the next ranked name's)
        return tp[4].entry.data[2] == "sg" and not self._after_trigger(mm.start, VERB_TRIGGER_CLASSES)

    def _governor_of(self, tp, country: str | None) -> bool:
        """Whether a title is a governor's (REGION_HEADS) of a region or city (محافظ جدة، أمير منطقة الرياض) of the
        person's state or of none told: the state is the city's, not another person's."""
        spans = tp[1]
        if tp[4].entry.data[1] not in self.g["REGION_HEADS"] or len(spans) < 2 or country not in (None, tp[2]):
            return False
        k = spans[1][0]
        return self.t[k].text in self.g["REGION_NOUNS"] or self.m(k, _CAT_CITY) is not None

    def _offices_before_destination(self, j: int, end: int, country: str | None) -> int | None:
        """زيارة الأمير X ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع للمملكة الأردنية: after a name
        of a known state, a chain of two offices or more, then ل and another state, is the person's own chain;
        the state is where he goes, not his. The end of the chain (where ل stands), else None."""
        k, offices = j, 0
        while k < end:
            office = self.m(k, _TITLE_CATS)
            if office is not None and office.entry.data[0] != "group":
                offices, k = offices + 1, office.end
            elif self.t[k].text in evidence()["ORDINALS"] and offices:
                k += 1
            else:
                break
        if country is None or offices < 2 or k >= end or self.t[k].text[:1] not in self.g["OF_PROCLITIC"]:
            return None
        state = self.m(k, _CAT_COUNTRY)
        return k if state is not None and state.plen > 0 and state.entry.data[0] != country else None

    def _dual(self, i, end, kept, country, org, role_head, most: int = 4) -> list[Mention]:
        """الرئيسان الروسي فلاديمير بوتين والفرنسي إيمانويل ماكرون; وزيرا خارجية روسيا وتركيا."""
        t = self.t
        title = self.m(i, _TITLE_CATS)
        assert title is not None  # _dual is called on a title
        sing = title.entry.data[1]
        head = sing
        walk = kept[-1][1] if kept else end
        if len(kept) > 1 and t[kept[-1][0]].text in self.g["IN"] and self.m(kept[-1][0] + 1, _CAT_NISBA_COUNTRY):
            # وزراء الري في مصر والسودان واثيوبيا: the first state of the list after في, not the title's place
            walk, kept = kept[-1][0] + 1, kept[:-1]
        if kept:  # وزيرا الخارجية -> وزير الخارجية: the singular head, the rest as written
            written, sw = self.text(*kept[0]).split(), sing.split()
            if len(written) == len(sw) > 1:
                head = " ".join(sw[:1] + written[1:])
        role = " ".join([head] + [self.text(a, b, p) for a, b, p in kept[1:]])  # وزيرا خارجية -> وزير خارجية
        out: list[Mention] = []
        # walk: (nisba name?) (و nisba name?)*
        k = walk
        while k < len(t) and len(out) < most:
            nis = self.m(k, _CAT_NISBA_COUNTRY)
            if not nis:
                break
            c = nis.entry.data[0]
            k2 = nis.end
            nm = self.parse_name(k2)
            mm = Mention("person", k, k2, role=role, country=c, role_head=sing)
            bare_end = k2
            if nm:
                a, b, known = nm
                mm.name, mm.name_norm, mm.end = self.text(a, b), " ".join(x.text for x in t[a:b]), b
                k2 = b
            out.append(mm)
            k = k2
        if len(out) == 1 and out[0].name and t[walk].text.endswith(tuple(self.g["DUAL_NISBA_ENDINGS"])):
            out = self._two_of_one_state(out[0], kept, sing)
        if len(out) >= 2:
            out[0].start = i
            self._names_after_list(out, bare_end)
            return out
        return [Mention("pair", i, end, role_head=sing)]

    def _two_of_one_state(self, first: Mention, kept, sing: str) -> list[Mention]:
        """وزيرا المالية والاقتصاد البرازيليان X وY: after a dual nationality adjective and a first name, a second
        name joined by و (a name word, then more of the name) is the second holder, of the same state; two offices joined by و in the title are one each
        (وزير المالية for X, وزير الاقتصاد for Y). [first] alone when no second name follows."""
        k = first.end
        tok = self.t[k] if k < len(self.t) else None
        own = next((f for p, f in tok.forms if p == 1), None) if tok is not None and tok.text[:1] in self.g["AND"] else None
        if own is None or own in self.L.nonname or is_definite(own):
            return [first]
        b = self._name_end(k, True)  # (وخوسيه باتشيكو: a given name after و, then the rest of the name)
        if b < k + 2:
            return [first]
        second = Mention("person", k, b, role=first.role, country=first.country, role_head=sing, name=self.text(k, b, 1),
                         name_norm=" ".join([own] + [x.text for x in self.t[k + 1:b]]))
        offices = (first.role or "").split()
        joined_at = [n for n, w in enumerate(offices) if n > 1 and w[:1] in self.g["AND"]]
        if len(kept) > 1 and len(joined_at) == 1 and len(offices) == 3:
            # (وزير المالية والاقتصاد: the head with each office; the conjunction's letter off the second)
            first.role, second.role = " ".join(offices[:2]), " ".join([offices[0], offices[2][1:]])
        return [first, second]

    @staticmethod
    def _names_after_list(out: list[Mention], bare_end: int) -> None:
        """وزيرا الخارجية السعودي والأمريكي عادل الجبير وجون كيري: with no name after the first state, the words
        after the last are not the last one's name: they are read on their own, as the names of all (each then
        takes its title back: `restore_titles`) or as words of the sentence (لوزيري الخارجية المصري والأمريكي
        سجالا حول). `bare_end`: where the last one's title ends, before the name read after it."""
        last = out[-1]
        if out[0].name is None and last.name is not None:
            last.end = bare_end
            last.name = last.name_norm = None

    def _delegation(self, i: int, grp: Match) -> Mention:
        """وفد من الحكومة السورية; ممثلون عن وزارة الدفاع الروسية; مسؤولين في موسكو; الوفد السوري برئاسة ..."""
        t = self.t
        n = len(t)
        j = grp.end
        kept = [(i, j, grp.plen)]
        country = org = None
        # a state named after the noun: another joined by و is a side of its own; in a phrase that is the object of a
        # meeting (مع دبلوماسيين من X وY، استقبل مسؤولين من X وY) they are one side when no other is named (Mention.lists)
        listed = split = False
        steps = 0
        entourage = False
        if j < n and t[j].text in self.g["ENTOURAGE"]:
            # الوفد المرافق له: the delegation of the person just named
            entourage = True
            j += 1
            if j < n and t[j].text in self.g["OBJECT_PRONOUN_HOSTS"]:
                j += 1
            kept = [(i, j, grp.plen)]
        while j < n and steps < 8 and not entourage:
            steps += 1
            tok = t[j]
            named = self._body_named_at(j, grp.end) if org is None and country is None else None
            if named is not None:
                org = named[0]
                kept.append((j, named[1], 0))
                j = named[1]
                break
            if not tok.is_word or j in self.times or _has(tok, self.g["HEADED_BY"]):
                break
            nis = self.m(j, _CAT_NISBA)
            if nis and (nis.plen == 0 or tok.text[0] in self.g["AND"]):
                # (وفد من تشيلي، ممثلي تشيلي: a state's name that is also its nisba)
                listed = listed or (country is None and org is None and (j == grp.end or t[j - 1].text in self.g["DELEGATION_OF"]))
                country = country or nis.entry.data[0]
                kept.append((j, nis.end, 0))  # a group's role keeps its nationality (عدد من المسؤولين الإيرانيين)
                j = nis.end
                continue
            members = self._member_body(j) if org is None and country is None else None
            if members is not None and members[1] is not None:  # وفد من دول الخليج العربيه: the body's members
                kept, org, j = kept + [(j, members[0], 0)], members[1], members[0]
                continue
            if tok.text in self.g["IN"] and self._opposition_at(kept) is not None:
                break  # وفد المعارضة (السورية) في جنيف: where the opposition met, not whose it is
            # (وفدا من محافظه الانبار: the province's noun before its name)
            province = tok.text in self.g["PLACE_NOUNS"] and t[j - 1].text in self.g["DELEGATION_OF"] and self.m(
                j + 1, _CAT_COUNTRY_ORG_MINISTRY_CITY_METONYM) is not None
            if tok.text in self.g["DELEGATION_OF"] or tok.text in self.g["IN"] or members is not None or province:
                kept.append((j, j + 1, 0))
                j += 1
                continue
            ent = self.m(j, _CAT_COUNTRY_ORG_MINISTRY_CITY_METONYM)
            if ent:
                cat = ent.entry.cat
                if cat == "CITY" and (org is not None or (country is not None and t[j - 1].text in self.g["IN"])):
                    break  # اعضاء مجلس الامن في نيويورك، دبلوماسيين من الولايات المتحدة في القاهرة: where they met
                if self._side_of_its_own(ent, j, listed, org, country):
                    split = True
                    break
                listed = listed or (cat in ("COUNTRY", "METONYM") and country is None and org is None)
                if cat in ("COUNTRY", "METONYM", "CITY"):
                    country = country or ent.entry.data[0]
                    if cat == "CITY" or t[j - 1].text in self.g["IN"]:
                        kept.append((j, ent.end, 0))
                elif cat == "ORG":
                    org = org or ent.entry.data[0] or self._org_as_written(j, ent)
                    country = country or ent.entry.data[1]
                    kept.append((j, ent.end, 0))
                else:
                    kept.append((j, ent.end, 0))
                j = ent.end
                continue
            if _has(tok, self.g["GOVERNMENT"]) or tok.text in self.g["DELEGATION_ADJECTIVES"] or self._opposition_word(kept, j):
                kept.append((j, j + 1, 0))  # (وفد وزاري لبناني، وفدا رفيع المستوى: an adjective is part of its name)
                j += 1
                continue
            break
        mm = self._delegation_mention(i, j, kept, (country, org), entourage)
        mm.lists = split and mm.kind == "delegation" and self._meeting_object(i, grp)
        return mm

    def _meeting_object(self, i: int, grp: Match) -> bool:
        """Whether the group noun at i is the object of a meeting: after a preposition on it (بمسؤولين), after مع, or
        right after a meeting verb unless it is a nominative plural, the verb's subject (اجتمع ممثلون عن X وY); or
        the second side after بين, joined by و within BETWEEN_REACH words of it."""
        t = self.t
        if grp.plen > 0 and t[i].text[:1] not in self.g["AND"]:
            return True
        if i == 0:
            return False
        if grp.plen > 0 and any(t[k].text in self.g["BETWEEN"] for k in range(max(0, i - BETWEEN_REACH), i)):
            return True  # بين قيادات الحزب ودبلوماسيين من X وY: the second side of the pair, whatever its states
        if t[i - 1].text in self.g["WITH"]:
            return True
        verb = self.m(i - 1, _CAT_TRIGGER)  # (not a meeting noun: اجتماع ممثلي X وY names its participants)
        return (verb is not None and verb.entry.data[1] != "noun"
                and not t[i].text.endswith(tuple(self.g["NOMINATIVE_PLURAL_ENDINGS"])))

    def _side_of_its_own(self, ent: Match, j: int, listed: bool, org: str | None, country: str | None) -> bool:
        """Whether the state or body at j, joined by و after the one a delegation is of, is a side of its own: a state
        after a state named (`listed`: ممثلون عن تشيلي وفنزويلا), an international body after one (وصل ممثلو صندوق
        النقد الدولي والبنك الدولي); not a state's own body (وفد من الائتلاف والحكومة المؤقتة: one delegation)."""
        if self.t[j].text[0] not in self.g["AND"]:
            return False
        if ent.entry.cat in ("COUNTRY", "METONYM"):
            return listed
        return ent.entry.cat == "ORG" and org is not None and country is None and bool(ent.entry.data[0])

    def _delegation_mention(self, i: int, j: int, kept: list[tuple[int, int, int]], side: tuple[str | None, str | None],
                            entourage: bool) -> Mention:
        """The delegation mention of the noun at i whose phrase ends at j: its role as written (a count before the noun
        and a dangling preposition at the end aside), its state and body; with its head's when برئاسة follows."""
        t, (country, org) = self.t, side
        while len(kept) > 1 and kept[-1][1] - kept[-1][0] == 1 and (t[kept[-1][0]].text in self.g["DELEGATION_OF"] or t[kept[-1][0]].text in self.g["IN"]):
            kept.pop()
        named_org = org
        opposition = self._opposition_at(kept)
        if org is None and opposition is not None:
            org = self.text(opposition, kept[-1][1])  # وفد المعارضة المسلحة: the opposition, a body of its own as written
        q, qlen = self._quantity_before(i)
        mm = Mention("delegation", q, j, role=self.role_text([(q, i, qlen)] + kept if q < i else kept), country=country, org=org)
        mm.entourage = entourage
        if j < len(t) and _has(t[j], self.g["HEADED_BY"]):
            return self._headed_by(mm, j + 1, named_org)  # (its head keeps his own body: وفد المعارضة برئاسة X)
        head = self._head_phrase_end(j)
        return mm if head is None else self._headed_by(mm, head, named_org)

    def _head_phrase_end(self, j: int) -> int | None:
        """Where the head's name starts after a phrase of HEADED_BY_PHRASES at token j, right after the delegation, a
        comma or a و before it or not (وفد لبناني، على رأسه X؛ وفد الحركة وعلى رأسه X), if one stands there."""
        t = self.t
        k = j + self._comma_at(j)
        n = phrase_at(t, k, "HEADED_BY_PHRASES") if k < len(t) else 0
        return k + n if n else None

    def _body_named_at(self, j: int, noun_end: int) -> tuple[str, int] | None:
        """(name, end) of a body of no other list that a delegation's phrase, its group noun ending at `noun_end`, names
        at token j: a quoted name after من or عن, as written (وفدا من «حركة أحرار الشام»), or a movement of
        represented_bodies.tsv, by its name in records (ممثلين للحوثيين)."""
        quoted = self._quoted_body(j) if self.t[j - 1].text in self.g["DELEGATION_OF"] else None
        if quoted is not None:
            return self.text(j + 1, quoted - 1), quoted
        return self._represented_body(j, noun_end)

    def _represented_body(self, j: int, noun_end: int) -> tuple[str, int] | None:
        """(name, end) of a movement of represented_bodies.tsv named at token j of a delegation's phrase whose group
        noun ends at `noun_end`: right after the noun (وفد الحوثيين), or right after an indefinite one of
        MOVEMENT_DELEGATIONS, after من or عن (وفدا من جماعة الحوثي) or with the genitive proclitic ل (ممثلين
        للحوثيين); else None (not after وفد الحكومة، والوفد، مسؤولون)."""
        after_of = j == noun_end + 1 and self.t[noun_end].text in self.g["DELEGATION_OF"]
        if j != noun_end and not after_of:
            return None
        # (after a definite noun من، عن and ل are as often a verb's: وحذر الوفد الحكومي من الحوثيين، قدم الوفد للحوثيين;
        # so they are after officials: وحذر مسؤولون من الحوثيين)
        noun = self.t[noun_end - 1]
        governed = any(is_definite(f) for _, f in noun.forms) or noun.words.isdisjoint(self.g["MOVEMENT_DELEGATIONS"])
        for plen, form in self.t[j].forms[:2]:
            if plen and (after_of or self.t[j].text[:plen] not in self.g["OF_PROCLITIC"]):
                continue
            if (after_of or plen) and governed:
                continue
            for size in (3, 2, 1):
                words = [form] + [x.text for x in self.t[j + 1:j + size]]
                body = _represented_bodies().get(" ".join(words)) if len(words) == size else None
                if body is not None:
                    return body, j + size
        return None

    def _opposition_word(self, kept: list[tuple[int, int, int]], j: int) -> bool:
        """Whether token j goes on a delegation's name as the opposition it is of (وفد المعارضة، ممثلي فصائل
        المعارضة المسلحة): a noun of OPPOSITION_NOUNS with no proclitic but the article, or an adjective of
        OPPOSITION_ADJECTIVES right after one."""
        text, last = self.t[j].text, self.t[kept[-1][1] - 1].text
        if text in self.g["OPPOSITION_NOUNS"]:
            return True
        return text in self.g["OPPOSITION_ADJECTIVES"] and (last in self.g["OPPOSITION_NOUNS"] or last in self.g["OPPOSITION_ADJECTIVES"])

    def _opposition_at(self, kept: list[tuple[int, int, int]]) -> int | None:
        """The token where a delegation's kept words name the opposition (وفد المعارضة المسلحة: المعارضة), if any."""
        return next((a for a, _, _ in kept if self.t[a].text in self.g["OPPOSITION_NOUNS"]), None)

    def _org_as_written(self, j: int, ent: Match) -> str:
        """A listed body's name as the text writes it, from after the proclitic of its first token j (لطالبان:
        طالبان; للائتلاف: الائتلاف)."""
        rest = " ".join(x.text for x in self.t[j:ent.end])[ent.plen:]
        return self.L.written_after_proclitic(self.t[j].text, ent.plen, self.text(j, ent.end, ent.plen), rest, _CAT_ORG)

    def _quantity_before(self, i: int) -> tuple[int, int]:
        """Where a quantity right before the group noun at i starts (GROUP_QUANTITIES: عدد من، عدد آخر من), part of
        the group's role, and the length of the proclitic its first word carries (وعدد، لكبار); else (i, 0)."""
        for phrase in _group_quantities():
            k = i - len(phrase)
            if k < 0 or any(self.t[k + d].text != w for d, w in enumerate(phrase) if d):
                continue
            plen = next((p for p, f in self.t[k].forms[:2] if f == phrase[0]), None)
            if plen is not None:
                return k, plen
        return i, 0

    def _member_body(self, j: int) -> tuple[int, str | None] | None:
        """Where the member states of a body named at token j end, and the body when they name it: the noun of member
        states before a listed organization (MEMBER_STATES: دول مجلس التعاون; its name is read next: None), or the
        members named by their region (REGION_MEMBER_STATES: دول الخليج العربيه, the body of REGION_MEMBER_BODY); a group
        of their officials is the organization's. None when neither stands at j."""
        if j >= len(self.t):
            return None
        phrases, firsts, body = _region_member_phrases()
        if self.t[j].text in firsts and body is not None:  # (most tokens: the cheap test first)
            for ph in phrases:
                if [x.text for x in self.t[j:j + len(ph)]] == list(ph):
                    return j + len(ph), body
        if self.t[j].text not in self.g["MEMBER_STATES"]:
            return None
        ent = self.m(j + 1, _CAT_COUNTRY_ORG_MINISTRY_CITY_METONYM)
        return (j + 1, None) if ent is not None and ent.entry.cat == "ORG" and ent.plen == 0 else None

    def _quoted_body(self, j: int) -> int | None:
        """The end (after the closing quote) of a quoted name of two words or more at token j that no list holds, or None."""
        k = self._quote_close(j, QUOTED_BODY_WORDS)
        if k is None or k < j + 3 or self.m(j + 1, _CAT_COUNTRY_ORG_MINISTRY_CITY_METONYM) is not None:
            return None  # (a listed body in quotes is read as listed)
        return k + 1

    def _quote_close(self, j: int, most: int) -> int | None:
        """The closing quote of a run of one to `most` words that a quote opens at token j, or None."""
        n = len(self.t)
        if j >= n or self.t[j].text not in _QUOTES_OPEN:
            return None
        k = j + 1
        while k < n and k - j <= most and self.t[k].is_word:
            k += 1
        return k if k < n and k > j + 1 and self.t[k].text in _QUOTES_CLOSE else None

    def _headed_by(self, mm: Mention, j: int, org: str | None) -> Mention:
        """The delegation mm with its head named after برئاسة at token j. A head told as a person is the party, with
        the delegation's state or body when he has none told (RECORDS.md: وفد لبناني برئاسة وزير الخارجية X is X,
        of Lebanon), as is a name alone (برئاسة حسن عبد العظيم: a name is expected here, known given name or not)."""
        n = len(self.t)
        tp = self._at(j) if j < n else None
        if tp and tp[0].kind == "person":
            head = tp[0]
            head.start = mm.start
            head.country, head.org = head.country or mm.country, head.org or org
            head.heads = True
            return head
        nm = self.parse_name(j) if not tp and j < n else None
        if nm and nm[1] - nm[0] >= 2:
            a, b, _ = nm
            return Mention("person", mm.start, b, name=self.text(a, b), name_norm=" ".join(x.text for x in self.t[a:b]),
                           country=mm.country, org=org, heads=True)
        return mm


@dataclass
class PersonEntity:
    """One person across a document: the fullest name, role and state seen."""

    name: str
    name_norm: str
    role: str | None = None
    country: str | None = None
    org: str | None = None
    surnames: set[str] = field(default_factory=set)
    role_from_text: bool = False
    from_lexicon: bool = False  # created from a bare surname: state and role are the lexicon's guess

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, name: str, name_norm: str, role: str | None = None, country: str | None = None,
            org: str | None = None, surnames: set[str] | None = None, role_from_text: bool = False,
            from_lexicon: bool = False,
    ) -> None:
        self.name = name
        self.name_norm = name_norm
        self.role = role
        self.country = country
        self.org = org
        self.surnames = set() if surnames is None else surnames
        self.role_from_text = role_from_text
        self.from_lexicon = from_lexicon


def told_role(ent: PersonEntity, role: str | None) -> None:
    """A title the text gives a person becomes his role when he has none from the text yet, or when it says more."""
    if role and (not ent.role or not ent.role_from_text or len(role) > len(ent.role)):
        ent.role, ent.role_from_text = role, True


def _spelled_alike(a: str, b: str) -> bool:
    """Two transliterations of one foreign word: four letters or more, within SPELLING_EDITS letter edits."""
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > SPELLING_EDITS:
        return False
    prev = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        cur = [x]
        for y, cb in enumerate(b, 1):
            cur.append(min(prev[y] + 1, cur[y - 1] + 1, prev[y - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= SPELLING_EDITS


def shares_given_name(given: list[str], listed: list[str]) -> bool:
    """Whether the given words of a name (its family name and particles aside) are a listed person's: a word in
    common (جواد of محمد جواد ظريف), a compound however spaced (عبد الحميد، عبدالحميد), or one foreign name in
    two transliterations (زغمار، سيغمار: `_spelled_alike`), but never two given names of the list (محمد، محمود)."""
    aside = _g()["NAME_PARTICLES"] | _g()["LINEAGE"]
    mine = {w for w in given if w not in aside} | {_joined(given[:2])}
    theirs = {w for w in listed if w not in aside} | {_joined(listed[:2])}
    if not mine.isdisjoint(theirs):
        return True
    known = lexicon().given
    return any(_spelled_alike(a, b) for a in mine for b in theirs if a not in known or b not in known)


def _given_words(toks: list[str]) -> int:
    """How many words the given name at the head of a name takes: two for a compound (عبد الله، عز الدين), and
    one more for a regnal ordinal after it (عبدالله الثاني، محمد السادس)."""
    g = _g()
    k = 2 if len(toks) >= 2 and (toks[0] in g["COMPOUND_HEADS"] or toks[1] in g["COMPOUND_TAILS"]) else 1
    return k + 1 if len(toks) > k and toks[k] in evidence()["REGNAL_ORDINALS"] else k


def _joined(toks: list[str]) -> str:
    """A given name's words as one key whichever way it is spaced: عبد الله and عبدالله are one."""
    return "".join(toks[:1] + [(" " if t in evidence()["REGNAL_ORDINALS"] else "") + t for t in toks[1:]])


def surname_key(toks: list[str]) -> str:
    """The word(s) that identify a person in later mentions: the last, or the last two after a particle (عبد الله), or
    the first of an East Asian name (FAMILY_FIRST);
    for a name by lineage, its given name, the lineage word and the father's name (محمد بن سلمان بن عبدالعزيز: محمد
    بن سلمان, not the grandfather whom his father's name ends with too; عبد الله بن زايد آل نهيان: عبدالله بن زايد);
    for a regnal name, the given name and its ordinal (عبدالله الثاني ابن الحسين: عبدالله الثاني)."""
    if len(toks) >= 2 and toks[0] in _g()["SURNAME_LINEAGE"]:
        return toks[0] + " " + _key(toks[1])  # ولد الشيخ احمد: the family, as family_name keys it
    if len(toks) >= 2 and toks[0] in evidence()["FAMILY_FIRST"] and listed_spelling(toks) is not None:
        return toks[0]  # شي جين بينغ، وانغ يي: the family name comes first (not ليو فارادكار، كيم داروك)
    k = _given_words(toks)
    if toks[k - 1:k] and toks[k - 1] in evidence()["REGNAL_ORDINALS"]:
        return _joined(toks[:k])
    if len(toks) >= k + 2 and toks[k] in _g()["LINEAGE"]:
        return _joined(toks[:k]) + " " + toks[k] + " " + toks[k + 1]
    if len(toks) >= 2 and (toks[-2] in _g()["NAME_PARTICLES"] or toks[-1] in _g()["NAME_PARTICLES"]):
        return _key(toks[-2]) + " " + toks[-1]
    return _key(toks[-1]) if toks else ""


def family_name(toks: list[str]) -> str | None:
    """The family name that ends a name by lineage, by which later mentions may call him alone: خالد بن محمد
    العطية -> العطية (keyed as surname_key keys it), تميم بن حمد آل ثاني -> آل ثاني; None when the name ends
    with a father's given name (محمد بن سلمان) or is not by lineage."""
    g = _g()
    k = _given_words(toks)
    if len(toks) >= k + 2 and toks[k] in g["SURNAME_LINEAGE"]:
        return surname_key(toks[k:])  # اسماعيل ولد الشيخ احمد -> ولد الشيخ, by which later mentions call him
    if len(toks) < k + 3 or toks[k] not in g["LINEAGE"] or toks[-1] in g["COMPOUND_TAILS"]:
        return None
    if toks[-2] in g["NAME_PARTICLES"] and toks[-2] not in g["LINEAGE"]:
        return surname_key(toks[-2:])
    d = grammar("DEF_ARTICLE")[0]
    return _key(toks[-1]) if toks[-1].startswith(d) else None


def _other_given(toks: list[str], known: list[str]) -> bool:
    """Whether two full names of one surname differ in every given word: مسعود بارزاني and نيجيرفان بارزاني are two
    persons, but جواد ظريف is محمد جواد ظريف and سيرجي لافروف is سيرغي لافروف (the words' skeletons agree)."""
    if len(toks) < 2 or len(known) < 2:
        return False
    def given(words: list[str]) -> set[str]:
        # each given word, the first two joined (عبد الله، عبدالله), and each without a first letter that may be
        # a proclitic the name was read with (بستيفان)
        ws = words[:-1]
        return {word_skeleton(w) for w in ws} | {word_skeleton(_joined(ws[:2]))}

    def clipped(words: list[str]) -> set[str]:
        return {word_skeleton(w[1:]) for w in words[:-1] if len(w) > 3}

    a, b = given(toks), given(known)
    return a.isdisjoint(b) and clipped(toks).isdisjoint(b) and clipped(known).isdisjoint(a)


def listed_person(toks: list[str], year: int | None) -> int | None:
    """The listed person a name's words name: by the full name (`listed_namesake`), or by a surname alone, the one in
    office in `year` (`Lexicon.surname_person`); None when none, or two, are."""
    if not toks:
        return None
    return listed_namesake(toks) if len(toks) > 1 else lexicon().surname_person(toks[0], year)


def listed_namesake(toks: list[str]) -> int | None:
    """The listed person of this surname a full name shares another word with (نيجيرفان بارزاني is the second
    listed بارزاني, not the first), or None."""
    L = lexicon()
    return next((i for i in L.namesakes.get(toks[-1], ()) if _same_person(toks, L.persons[i]["names"])), None)


def listed_spelling(toks: list[str]) -> int | None:
    """The listed person one of whose spellings is this full name, word for word, or None."""
    return next((i for i, spelled in lexicon().spellings.get(toks[-1], ()) if spelled == toks), None)


def _same_person(toks: list[str], names) -> bool:
    """Whether a full name shares a word besides the surname with a listed person's names: only then is the
    listed person's state its state (علي عبد الله صالح is not برهم صالح); a lineage word is shared by many
    (فيصل بن الحسين is not زيد بن رعد الحسين)."""
    words = {w for name in names for w in name.split()[:-1]} - _g()["LINEAGE"]
    return not words.isdisjoint(toks[:-1])


@resource
def _houses() -> tuple[tuple[tuple[str, ...], str, str], ...]:
    """The rows of royal_houses.tsv: (ending words, state, when: any, titled or grandson)."""
    return tuple((tuple(row[0].split()), row[1], row[2]) for row in read_table("royal_houses.tsv"))


def house_state(toks: list[str], titled: bool) -> str | None:
    """The state of the ruling family a name ends with (royal_houses.tsv), else None: الامير فيصل بن عبدالله بن
    عبدالعزيز is Saudi, الشيخ عبدالله بن زايد ال نهيان Emirati; an ending listed as titled counts after a title only,
    one listed as grandson after a title and a lineage word before it (الامير فهد بن عبدالله بن مساعد)."""
    for ending, state, when in _houses():
        if len(toks) <= len(ending) or tuple(toks[-len(ending):]) != ending or (when != "any" and not titled):
            continue
        if when != "grandson" or not _g()["LINEAGE"].isdisjoint(toks[:-len(ending)]):
            return state
    return None


def _lexicon_state(org: str | None, listed: str | None) -> str | None:
    """The state persons.tsv gives a person, unless the text made him an officer of an international body
    (الأمين العام لمجلس التعاون X is the GCC's, whatever state he comes from)."""
    return None if _international(org) else listed


@resource
def _parent_bodies() -> dict[str, str]:
    """Code of a body -> code of the international body its officers are named under (organization_parents.tsv)."""
    return {row[0]: row[1] for row in read_table("organization_parents.tsv")}


@resource
def _first_names() -> dict[tuple[str, str], tuple[int, ...]]:
    """(first word of a listed spelling, listed role) -> the persons.tsv rows of that first name and role."""
    out: dict[tuple[str, str], set[int]] = {}
    for idx, p in enumerate(lexicon().persons):
        if p["role"] and p["country"]:
            for v in p["names"]:
                out.setdefault((v.split()[0], p["role"]), set()).add(idx)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _titled_first_name_state(word: str, role: str | None, org: str | None) -> str | None:
    """The state of a person called by a title and his first name alone (الملك سلمان): that of the only listed
    person of that first name who holds that title; None when no one or two do (الملك عبدالله: Saudi Arabia's
    or Jordan's)."""
    if not role or org:
        return None
    rows = _first_names().get((word, normalize_text(role)), ())
    states = {lexicon().persons[i]["country"] for i in rows}
    return states.pop() if len(states) == 1 else None


def _international(org: str | None) -> bool:
    return bool(org) and not is_national_body(organization_key(org) or "")


def _key(tok: str) -> str:
    return without_article(tok)


def _posted_to(role: str) -> str:
    """The words after a word of destination or place in a normalized role (المبعوث الاممي الي اليمن: اليمن), else ''."""
    words, g = role.split(), _g()
    k = next((k for k, w in enumerate(words) if w in g["DESTINATION"] or w in g["IN"] or w in g["ACCREDITED_TO"]), None)
    return " ".join(words[k + 1:]) if k is not None else ""


class PersonRegistry:
    """Links mentions of the same person within a document (surname, full name)."""

    def __init__(self, year: Callable[[], int | None] | None = None) -> None:
        self.people: list[PersonEntity] = []
        self.by_surname: dict[str, int] = {}
        self.surnames_seen: set[str] = set()  # last words of full names met so far: later mentions may be the surname alone
        self.given_seen: dict[str, set[str]] = {}  # first word of a full name met so far -> the second words after it
        self.year = year  # the document's year, asked when a listed title's term is in question

    def year_of_text(self) -> int | None:
        """The year of the document's date, when it has one."""
        return self._year()

    def _year(self) -> int | None:
        return self.year() if self.year is not None else None

    def _holder(self, mm: Mention) -> int | None:
        """The person named before who holds the bare title `mm`: the latest of its state whose role is that title or
        starts with it (الوزير الأمريكي after وزير الخارجية الأمريكي X, the article aside); for a title with no state or
        body (وسلم الوزير), the only person named so far whose role starts with it."""
        mr = normalize_text(mm.role or "")
        if not mr:
            return None
        bare = " ".join([_key(mr.split()[0])] + mr.split()[1:])

        former = _g()["FORMER_OFFICE"]
        was = not former.isdisjoint(mr.split())
        # (الرئيس alone is no start of another office: الرئيس المصري is not رئيس الوزراء المصري X named before)
        starts = mr not in _g()["SOLE_OFFICE_HEADS"]

        def holds(e: PersonEntity) -> bool:
            er = normalize_text(e.role) if e.role else ""
            conj = _g()["AND"]  # نائب رئيس الوزراء ووزير الخارجية X holds وزير too
            if was != (not former.isdisjoint(er.split())):
                return False  # الرئيس اليمني is not the one named before as الرئيس المخلوع, nor the reverse
            return bool(er) and any(er == r or (starts and (er.startswith(r + " ") or any(f" {c}{r} " in er + " " for c in conj)))
                                    for r in (mr, bare))

        if mm.country or mm.org:
            k = next((k for k in range(len(self.people) - 1, -1, -1) if self.people[k].country == mm.country
                      and (mm.org is None or self.people[k].org == mm.org) and holds(self.people[k])), None)
            return k if k is not None else self._agent_of_body(mm, bare)
        if mr == bare:
            return None  # وزير with no article and no state names no one in particular
        found = [k for k, e in enumerate(self.people) if holds(e)]
        return found[0] if len(found) == 1 else None

    def _agent_of_body(self, mm: Mention, bare: str) -> int | None:
        """المبعوث الأممي X, then مبعوث الأمين العام للأمم المتحدة: a bare title of an envoy or representative
        (AGENT_TITLES) of an international body names the one person of the document of that body told with the
        same head word, however the rest of the title is worded; None when there is none or more than one."""
        head = bare.split()[0]
        if not _international(mm.org) or head not in _g()["AGENT_TITLES"]:
            return None
        where = _posted_to(bare)  # (مبعوث الأمم المتحدة إلى سوريا is not the envoy to Yemen named before)
        found = [k for k, e in enumerate(self.people) if e.org == mm.org and e.name_norm and e.role
                 and _key(normalize_text(e.role).split()[0]) == head
                 and (not where or not (theirs := _posted_to(normalize_text(e.role))) or theirs == where)]
        return found[0] if len(found) == 1 else None

    def _other_spelling(self, mm: Mention, toks: list[str]) -> int | None:
        """The one person of the document named before by another listed spelling of the same listed person: a full
        name (عبد اللطيف الزياني, then عبداللطيف بن راشد الزياني), or a one-word name the lexicon took for him (a
        headline's سلمان, the king in 2015, then سلمان بن عبد العزيز). He takes this name when it is the listed
        person's first spelling; None when no one, or two or more, are named so."""
        pidx = listed_spelling(toks)
        if pidx is None:
            return None
        found = [k for k, e in enumerate(self.people) if self._listed_index(e) == pidx]
        if len(found) != 1:
            return None
        ent = self.people[found[0]]
        if lexicon().persons[pidx]["names"][0] == " ".join(toks):
            ent.name, ent.name_norm = mm.name or ent.name, " ".join(toks)
        return found[0]

    def _listed_index(self, e: PersonEntity) -> int | None:
        """The listed person entity e is named as: by a listed spelling of two words or more, or, named by one word
        taken from the lexicon, the listed person that word names at the text's date."""
        words = e.name_norm.split()
        if len(words) > 1:
            return listed_spelling(words)
        return lexicon().surname_person(e.name_norm, self._year()) if e.from_lexicon and words else None

    def _by_given_name(self, mm: Mention, given: str) -> int | None:
        """The one person of the document named before by a full name that starts with this given name and who
        holds this mention's title (الملك سلمان بن عبد العزيز, then الملك سلمان): him; else None."""
        found = [k for k, e in enumerate(self.people) if len(e.name_norm.split()) > 1
                 and e.name_norm.split()[0] == given and self._same_role(mm, k)]
        return found[0] if len(found) == 1 else None

    def _shorter_form(self, toks: list[str]) -> int | None:
        """The person named before by the first and last words of this name by lineage (عادل الجبير, then عادل بن
        احمد الجبير), or by its family name alone as a listed person: the same person, whose name is now the longer
        form."""
        family = family_name(toks)
        k = self.by_surname.get(family) if family is not None else None
        if k is None:
            return None
        known = self.people[k].name_norm.split()
        if len(known) == 1 and self.people[k].from_lexicon and self._listed_as(toks):
            return k  # الجبير alone in a headline, taken from the lexicon, then عادل بن احمد الجبير: that listed person
        given = _given_words(toks)
        return k if len(known) == given + 1 and known[:given] == toks[:given] else None

    def _new_person(self, mm: Mention, toks: list[str], sur: str, claim: bool = True) -> int:
        """A person named for the first time: a new entity, which the later mentions of its surname name (unless
        `claim` is False: a namesake of the person they name already)."""
        g = _g()
        ent = PersonEntity(mm.name or "", mm.name_norm or "", mm.role, mm.country, mm.org, {sur}, bool(mm.role) and not mm.counterpart)
        self.people.append(ent)
        idx = len(self.people) - 1
        if claim:
            self.by_surname[sur] = idx
        family = family_name(toks)
        if family:
            self.by_surname.setdefault(family, idx)
            self.surnames_seen.add(family)  # ولد شيخ: a later mention may start with the lineage word
        if len(toks) >= 3 and toks[-1] in g["NAME_PARTICLES"]:
            self.by_surname.setdefault(toks[-1], idx)  # احمد داود اوغلو, then اوغلو alone
        if len(toks) >= 2 and toks[0] in evidence()["FAMILY_FIRST"]:
            self.by_surname.setdefault(toks[0], idx)  # وانغ يي, then وانغ alone
            self.surnames_seen.add(toks[0])
        L = lexicon()
        pidx = listed_namesake(toks)
        if pidx is not None and not ent.country:
            ent.country = _lexicon_state(ent.org, L.persons[pidx]["country"])
            ent.org = ent.org or L.persons[pidx]["org"]
        return idx

    def _same_role(self, mm: Mention, k: int) -> bool:
        """Whether mention mm has the title person k has (جدة الرئيس سارة اوباما: a kinswoman the title went to)."""
        role = self.people[k].role
        return role is not None and _key(normalize_text(role)) == _key(normalize_text(mm.role or ""))

    @staticmethod
    def _listed_as(toks: list[str]) -> bool:
        """Whether a full name can be the listed person its surname alone is taken for (a given word in common)."""
        return listed_namesake(toks) is not None

    def link(self, mm: Mention) -> int | None:
        toks = mm.name_norm.split() if mm.name_norm else []
        g = _g()
        if len(toks) >= 2:
            self.given_seen.setdefault(toks[0], set()).add(toks[1])
        if len(toks) >= 2 and toks[-1] not in g["COMPOUND_TAILS"] and len(toks[-1]) > 3:
            self.surnames_seen.add(toks[-1])  # ميستورا of دي ميستورا; not الدين of صلاح الدين, not الله of نصر الله
        if not mm.name_norm:
            k = self._holder(mm) if mm.role_head and not mm.counterpart else None
            if k is not None:
                mm.name, mm.name_norm = self.people[k].name, self.people[k].name_norm
            return k
        toks = mm.name_norm.split()
        sur = surname_key(toks)
        idx = self.by_surname.get(sur)
        if idx is not None and _other_given(toks, self.people[idx].name_norm.split()):
            # مسعود بارزاني, then رئيس الحكومة نيجيرفان بارزاني: the first one again, or another titled person of the family
            same = next((k for k, e in enumerate(self.people) if sur in e.surnames
                         and not _other_given(toks, e.name_norm.split())), None)
            if same is None and mm.role and not mm.counterpart and not self._same_role(mm, idx):
                return self._new_person(mm, toks, sur)
            if same is not None:
                idx = self.by_surname[sur] = same
        if idx is None:
            idx = self._shorter_form(toks)
        if idx is None and len(toks) == 1 and mm.role:
            idx = self._by_given_name(mm, toks[0])
        if idx is None and len(toks) == 1:
            L = lexicon()
            if toks[-1] not in L.namesakes or common_word(toks[-1]):
                mm.country = mm.country or _titled_first_name_state(toks[0], mm.role, mm.org)
                return None  # سلام alone, with no تمام سلام before it, is not the listed person
            # the one listed person of that surname (in office at the date), else only what all of them share
            year = self._year()
            pidx = L.surname_person(toks[-1], year)
            role = L.role_at(pidx, year) if pidx is not None else None
            country, org = L.surname_side(toks[-1]) if pidx is None else (L.persons[pidx]["country"], L.persons[pidx]["org"])
            self.people.append(PersonEntity(mm.name or "", toks[-1], role, country, org, {sur}, False, True))
            idx = self.by_surname[sur] = len(self.people) - 1
            mm.country = mm.country or _lexicon_state(mm.org, country)
            mm.org = mm.org or org
            return idx
        if idx is None:
            idx = self._other_spelling(mm, toks)
        if idx is None:
            return self._new_person(mm, toks, sur)
        ent = self.people[idx]
        if ent.from_lexicon and len(toks) > 1 and not mm.role and not self._listed_as(toks):
            return self._new_person(mm, toks, sur, claim=False)  # ابيه حسين اوباما after اوباما alone: a namesake
        if ent.from_lexicon and len(toks) > 1:
            ent.from_lexicon = False
            ent.country = mm.country or _lexicon_state(mm.org, ent.country)
            ent.org = mm.org if mm.country or mm.org else ent.org
        if len(toks) > len(ent.name_norm.split()):
            ent.name, ent.name_norm = mm.name or ent.name, mm.name_norm
        if not mm.counterpart:
            told_role(ent, mm.role)
        ent.country = ent.country or mm.country
        ent.org = ent.org or mm.org
        return idx
