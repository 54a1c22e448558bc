"""Whether an extracted meeting or call is in scope (RECORDS.md, "Scope" and "Parties").

The extractor finds a meeting verb or noun and the parties around it; in a general news feed most of
what it finds that way is no diplomatic event: an Eid reception, a council's own session, a governor
with his staff, a match, a plane received at an airport. This module reads the entries of
resources/ar/scope.tsv and keeps a record only when

- no sentence of its evidence holds a cue of an occasion out of scope (kinds gathering, sport, thing,
  session, figurative) or of a meeting called off (kind off); when its first sentence names two of its
  persons of two sides, only that sentence's occasion cues count (a later one's occasion is another's), and
- two sides of it are political actors of different states or bodies, or one is a diplomat of a
  state the other does not belong to, and not all of them are states named without a person, a
  delegation or a body (those are as often the topic as the sides). A party is a political actor when it is a state, an
  organization, a delegation of a known side (not a civil, press,
  business or sports group of a state: kind domestic), or a person with an international body's code, a
  political title (kinds political, cabinet) not made an office inside one state (kinds office,
  domestic), a known state, a listed person (persons.tsv), or a full name transliterated from abroad.
  A record with fewer than two named persons of known sides is no event when every sentence tells a visit
  only as the setting of a remark (grammar.tsv VISIT_SETTING: قال خلال زيارته).
  When every sentence of the evidence tells a welcome at arrival (kind welcome), the states it names are no
  sides: they are where the guest lands or whose embassy greets him, and a welcome with one known side
  only is no event (the protocol of an arrival, or a ruler greeted by his own officials).
  A person with a political title but no state is no side of his own beside one state that no sentence of the
  evidence names (the side of a listed person only): news names a foreign official with his state, so the two
  are of one state (a minister with his own prime minister, a governor with a minister of his state);
  a name that reads as from abroad is so only when the evidence names no place (وزير العمل سجعان قزي).
  A body of one state's institutions (kind institution: a parliament) is of its state's side, not a side of
  its own (secretaries with their Congress); a government and an opposition coalition stay two sides.

`judge` says why, with the ids of the entries that decided (`Verdict.why`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from syriadiplo.events.analysis import government_met
from syriadiplo.events.explain import attach, party_ids
from syriadiplo.language import resource
from syriadiplo.models import Participant, Record
from syriadiplo.recognize import holders
from syriadiplo.recognize.ner import common_word, evidence, listed_spelling, shares_given_name
from syriadiplo.resources import alternatives, grammar, read_table
from syriadiplo.text.lexicon import PLACE_CATS, MatchIndex, Token, lexicon, tokenize
from syriadiplo.text.normalize import normalize_text

SCOPE_FILE: Final = "scope.tsv"
PARTY_KINDS: Final = ("political", "cabinet", "diplomat", "office", "domestic")
CUE_KINDS: Final = ("gathering", "sport", "thing", "session", "figurative", "off")
KINDS: Final = PARTY_KINDS + CUE_KINDS + ("welcome", "institution", "occasion")
GATHERING_REACH: Final = 20  # words from a side's name within which a gathering in the sentence that tells the meeting whole is its own
OCCASION_REACH: Final = 4  # words from an occasion phrase to the gathering it makes the occasion (على هامش حفل افتتاح)
# evidence texts whose tokens and word forms are kept (cleared when full): the checks of one record read each
# of its sentences some six times, and the records of one document share them
_TEXT_MEMO_MAX: Final = 512
# words whose forms for matching phrases are kept (cleared when full): most words of evidence texts are
# common ones, read again in every record, and their forms are then one shared set instead of a new one
_WORD_MEMO_MAX: Final = 20_000


@dataclass(frozen=True)
class ScopeEntry:
    """One row of scope.tsv: its phrases as tuples of word alternatives."""

    id: str
    kind: str
    phrases: tuple[tuple[frozenset[str], ...], ...]
    positive: str
    negative: str


@dataclass(frozen=True)
class Verdict:
    """Whether a record is in scope, and the ids of the scope entries (and rules) that decided it."""

    keep: bool
    why: tuple[str, ...]


@resource
def entries() -> tuple[ScopeEntry, ...]:
    """Every entry of scope.tsv, in file order; ValueError names a row that is malformed."""
    out: list[ScopeEntry] = []
    for row in read_table(SCOPE_FILE):
        if len(row) != 5 or row[1] not in KINDS:
            raise ValueError(f"{SCOPE_FILE}: bad row {row[:2]!r} (want 5 fields, kind one of {', '.join(KINDS)})")
        phrases = tuple(tuple(frozenset(w.split("/")) for w in p.split()) for p in alternatives(row[2]))
        out.append(ScopeEntry(row[0], row[1], phrases, row[3], row[4]))
    return tuple(out)


@resource
def _by_kind(kinds: tuple[str, ...]) -> tuple[ScopeEntry, ...]:
    return tuple(e for e in entries() if e.kind in kinds)


@resource
def _civil_ids() -> frozenset[str]:
    """The ids of the entries of kind domestic: civil society, business, the press, sport, religion."""
    return frozenset(e.id for e in _by_kind(("domestic",)))


@resource
def _article() -> str:
    return grammar("DEF_ARTICLE")[0]


@resource
def _token_memo() -> dict[str, list[Token]]:
    """Evidence text -> its tokens, as read so far (`_tokens`)."""
    return {}


@resource
def _word_set_memo() -> dict[str, list[frozenset[str]]]:
    """Text -> `word_sets` of it, as read so far."""
    return {}


def _tokens(text: str) -> list[Token]:
    """The tokens of `text` normalized, read once for all the checks of a record and its document."""
    memo = _token_memo()
    toks = memo.get(text)
    if toks is None:
        if len(memo) >= _TEXT_MEMO_MAX:
            memo.clear()
        toks = memo[text] = tokenize(normalize_text(text))
    return toks


def word_sets(text: str) -> list[frozenset[str]]:
    """Per word of `text`: its forms with proclitics and with the article stripped, for matching phrases."""
    memo = _word_set_memo()
    out = memo.get(text)
    if out is None:
        if len(memo) >= _TEXT_MEMO_MAX:
            memo.clear()
        out = memo[text] = _word_sets(text)
    return out


@resource
def _forms_memo() -> dict[str, frozenset[str]]:
    """Token text -> its forms for matching phrases (`_forms`), as found so far."""
    return {}


def _word_sets(text: str) -> list[frozenset[str]]:
    memo = _forms_memo()
    out: list[frozenset[str]] = []
    for tok in _tokens(text):
        if not tok.is_word:
            continue
        forms = memo.get(tok.text)
        if forms is None:
            if len(memo) >= _WORD_MEMO_MAX:
                memo.clear()
            forms = memo[tok.text] = _forms(tok.words)  # a token's readings are those of its text
        out.append(forms)
    return out


def _forms(words: frozenset[str]) -> frozenset[str]:
    """A word's forms (its readings) and those of them that carry the article without it."""
    art = _article()
    bare = [w[len(art):] for w in words if w.startswith(art) and len(w) > len(art) + 2]
    return words.union(bare) if bare else words


def _matches_at(ph: tuple[frozenset[str], ...], words: list[frozenset[str]], i: int) -> bool:
    """Whether phrase `ph` (word alternatives) is read in `words` from index i."""
    return i + len(ph) <= len(words) and all(not alt.isdisjoint(words[i + k]) for k, alt in enumerate(ph))


def find(entry: ScopeEntry, words: list[frozenset[str]]) -> int | None:
    """The index of the first word where one of `entry`'s phrases starts, or None (one entry; `positions`
    reads all the entries of some kinds at once)."""
    return next((i for i in range(len(words)) if any(_matches_at(ph, words, i) for ph in entry.phrases)), None)


@resource
def _phrase_index(kinds: tuple[str, ...]) -> dict[str, tuple[tuple[int, tuple[frozenset[str], ...]], ...]]:
    """The phrases of the entries of `kinds`, by each word that may start them: (entry's place among
    `_by_kind(kinds)`, phrase), so that a text is read once however many entries there are."""
    index: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
    for n, e in enumerate(_by_kind(kinds)):
        for ph in e.phrases:
            for w in sorted(ph[0]):
                index.setdefault(w, []).append((n, ph))
    return {w: tuple(v) for w, v in index.items()}


def positions(kinds: tuple[str, ...], words: list[frozenset[str]]) -> dict[int, int]:
    """For each entry of `kinds` found in `words` (by its place among `_by_kind(kinds)`), the index of
    the first word where one of its phrases starts: what `find` gives for each entry, in one pass."""
    index = _phrase_index(kinds)
    found: dict[int, int] = {}
    for i, forms in enumerate(words):
        for w in forms:
            for n, ph in index.get(w, ()):
                if n not in found and _matches_at(ph, words, i):
                    found[n] = i
    return found


def _first(kinds: tuple[str, ...], words: list[frozenset[str]]) -> tuple[int, ScopeEntry] | None:
    """The entry of `kinds` found earliest in `words` (ties: file order), with where it starts."""
    found = positions(kinds, words)
    if not found:
        return None
    n = min(found, key=lambda k: (found[k], k))
    return found[n], _by_kind(kinds)[n]


def _phrase_len(entry: ScopeEntry, words: list[frozenset[str]], at: int) -> int:
    return max(len(ph) for ph in entry.phrases if _matches_at(ph, words, at))


def role_class(role: str | None) -> tuple[str | None, str | None]:
    """What a role makes of a person: ("diplomat" | "political" | "domestic" | None, the deciding entry id).

    A diplomat's word anywhere wins (سفير خادم الحرمين الشريفين); a civil-society word anywhere makes the
    role domestic; an office makes it domestic when it comes first or right after the political word
    (أمير منطقة تبوك، رئيس بلدية), not when further on (وزير الشؤون البلدية).
    """
    if not role:
        return None, None
    words = word_sets(role)
    dip = _first(("diplomat",), words)
    if dip:
        return "diplomat", dip[1].id
    dom = _first(("domestic",), words)
    if dom:
        return "domestic", dom[1].id
    cabinet = _first(("cabinet",), words)
    if cabinet:
        return "political", cabinet[1].id
    pol = _first(("political",), words)
    office = _first(("office",), words)
    if office and (pol is None or office[0] <= pol[0] + _phrase_len(pol[1], words, pol[0])):
        return "domestic", office[1].id
    return ("political", pol[1].id) if pol else (None, None)


_SIDE_CATS: Final = frozenset({"ORG", "COUNTRY", "NISBA"})


def role_side(role: str | None) -> str | None:
    """The body or state a role names (الأمين العام للأمم المتحدة -> UN, وزير الري في مصر -> EGY), or None."""
    if not role:
        return None
    toks = tokenize(normalize_text(role))
    index = MatchIndex(toks, lexicon())
    for i in range(len(toks)):
        m = index.first(i, _SIDE_CATS) if toks[i].is_word else None
        if m is not None:
            return str(m.entry.data[0] or m.entry.data[1]) if m.entry.cat == "ORG" else str(m.entry.data[0])
    return None


def known_figure(name: str | None) -> str | None:
    """The side of a listed person (persons.tsv) a name ends with, when that surname is no ordinary word and the
    name's given words, when it has any of its own, are that person's (`ner.shares_given_name`: ثامر بن محمد
    العيسي is not the listed خالد العيسي, a family is many persons; جواد ظريف is محمد جواد ظريف)."""
    if not name:
        return None
    words = normalize_text(name).split()
    if not words or common_word(words[-1]) or (len(words) > 1 and words[-2] in _lineage()):
        return None  # فهد بن سلطان: the last word is a father's name, not a family's
    spelled = listed_spelling(words)  # (وانغ يي: a listed spelling word for word, whatever its order)
    if spelled is not None:
        person = lexicon().persons[spelled]
        return person["org"] or person["country"]
    listed = _last_words().get(words[-1], ())
    given = [w for w in words[:-1] if w not in _particles()]
    if not given:  # the family name alone, or with its particle (دي ميستورا)
        return listed[0][1] if listed else None
    return next((side for theirs, side in listed if shares_given_name(given, list(theirs))), None)


@resource
def _iso3() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("countries.tsv"))


@resource
def _lineage() -> frozenset[str]:
    return frozenset(grammar("LINEAGE"))


@resource
def _particles() -> frozenset[str]:
    return frozenset(grammar("NAME_PARTICLES"))


@resource
def _last_words() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The last word of every spelling in persons.tsv (ميستورا of ستافان دي ميستورا) -> (the spelling's other words,
    the person's body or state) of each spelling ending so, in list order; not a word that ends a compound given
    name (عبد العزيز) nor the given name after an East Asian family name (FAMILY_FIRST: شي جين بينغ)."""
    tails = frozenset(grammar("COMPOUND_TAILS"))
    family_first = evidence()["FAMILY_FIRST"]
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for person in lexicon().persons:
        side = person["org"] or person["country"]
        for name in person["names"]:
            words = name.split()
            if not side or not words or words[-1] in tails or words[0] in family_first:
                continue
            if not (len(words) > 1 and words[-2] in _lineage()):
                out.setdefault(words[-1], []).append((tuple(words[:-1]), side))
    return {k: tuple(v) for k, v in out.items()}


def party(p: Participant) -> tuple[bool, str | None, str | None, str]:
    """(a political actor?, its side: country or body, or None; its role class; why)."""
    side = p.organization or p.country  # a body's side is the body (an opposition council in its own state)
    own = _institution_named(p.organization) if p.kind == "person" and p.country and p.organization else None
    if own is not None:
        side = p.country  # an officer of one of his state's institutions (قائد الحرس الثوري) is of his state's side
    if side is None and p.kind == "person":
        side = role_side(p.role)
    inst = institution(p)
    if inst is not None:
        return True, p.country, None, inst
    if p.kind in ("state", "organization"):
        return True, side, None, "party.state" if p.kind == "state" else "party.organization"
    if p.kind == "delegation":
        return delegation(p, side)
    cls, eid = role_class(p.role)
    if p.organization or (cls == "domestic" and side is not None and side not in _iso3()):
        # an official of an international body, also when the body's name holds a civil word (جامعة الدول العربية)
        return True, side, cls, own or "party.body-official"
    if cls == "domestic":
        return False, side, cls, eid or ""
    if cls in ("political", "diplomat"):
        return True, side, cls, eid or ""
    if side is not None:
        return True, side, cls, "party.known-state"
    figure = known_figure(p.name)
    if figure is not None:
        return True, figure, cls, "party.known-figure"
    if foreign_name(p.name):
        return True, None, cls, "party.foreign-name"
    return False, None, cls, "party.no-role"


def delegation(p: Participant, side: str | None) -> tuple[bool, str | None, str | None, str]:
    """`party` of a delegation: of its side when it has one, unless its role is a civil, press, business or sports
    group (kind domestic, outside the name of a body: رؤساء تحرير الصحف، رجال الاعمال، لاعبي المنتخب), whom an official
    briefs or receives without a second political side; ممثلي جامعه الدول العربيه stay their body's side."""
    if side is None:
        return False, None, None, "party.delegation-no-side"
    civil = _first(("domestic",), _words_beside_bodies(p.role)) if p.role else None
    if civil is not None:
        return False, side, "domestic", civil[1].id
    return True, side, None, "party.delegation"


_ORG: Final = frozenset({"ORG"})


def _words_beside_bodies(text: str) -> list[frozenset[str]]:
    """`word_sets` of the words of `text` outside the names of bodies (organizations.tsv): ممثلي جامعه الدول العربيه
    gives ممثلي alone, so that the civil word inside a body's name makes no civil group."""
    toks = _tokens(text)
    index = MatchIndex(toks, lexicon())
    kept: list[str] = []
    i = 0
    while i < len(toks):
        m = index.first(i, _ORG) if toks[i].is_word else None
        if m is not None and m.end > i:
            i = m.end
            continue
        if toks[i].is_word:
            kept.append(toks[i].text)
        i += 1
    return word_sets(" ".join(kept))


def institution(p: Participant) -> str | None:
    """The id of the institution entry (kind institution) an organization or delegation of one state is named by (الكونغرس،
    الكنيست), or None: such a body is a part of its state, of that state's side, not a side of its own (a
    government and an opposition coalition or an armed group are two sides)."""
    if p.kind not in ("organization", "delegation") or p.country is None:
        return None
    return _institution_named(" ".join(x for x in (p.organization, p.name, p.role) if x))


def _institution_named(text: str) -> str | None:
    """The id of the institution entry a text names (الحرس الثوري، الكونغرس), or None."""
    hit = _first(("institution",), word_sets(text))
    return hit[1].id if hit else None


def foreign_name(name: str | None) -> bool:
    """A name of two or more words none of which is an Arabic given name, an ordinary word or a word with the
    article (زوران ميلانوفيتش): a name transliterated from abroad, whose bearer is no local citizen of the feed."""
    words = normalize_text(name).split() if name else []
    L, art = lexicon(), _article()
    return len(words) >= 2 and not any(w in L.given or w in L.nonname or w.startswith(art) for w in words)


_TRIGGER: Final = frozenset({"TRIGGER"})
_NISBA: Final = frozenset({"NISBA"})


_NOUN_CLASSES: Final = frozenset({"noun", "weaknoun", "attend"})


def _trigger_of_states(text: str) -> bool:
    """Whether a meeting noun is followed at once by a nationality adjective (مباحثات قطرية أمريكية); after a
    verb the word is its subject or object, a person or a country (اجتمع الروماني بلاعبيه، زار السعودية)."""
    toks = _tokens(text)
    index = MatchIndex(toks, lexicon())
    course = frozenset(grammar("COURSE_NOUNS"))
    for i in range(len(toks)):
        m = index.first(i, _TRIGGER) if toks[i].is_word else None
        if m is None or m.entry.data[1] not in _NOUN_CLASSES:
            continue
        if i > 0 and not toks[i - 1].words.isdisjoint(course):
            continue  # استئناف المفاوضات الفلسطينية الإسرائيلية، تقارب ولقاء سعودي روسي: a process named, no meeting
        if m.end < len(toks) and toks[m.end].is_word and index.first(m.end, _NISBA) is not None:
            return True
    return False


def _government_met(text: str, states: set[str | None]) -> bool:
    """Whether one of `states` is met as its government in `text`: a word for its government or leadership, met
    (`analysis.government_met`: بحث مع الحكومة الإيطالية، محادثات مع القيادة القطرية), and its nationality
    adjective; not a state the talks are about."""
    toks = _tokens(text)
    index = MatchIndex(toks, lexicon())
    for i in range(1, len(toks) - 1):
        if toks[i + 1].is_word and government_met(toks, i):
            m = index.first(i + 1, _NISBA)
            if m is not None and m.entry.data[0] in states:
                return True
    return False


_PLACE: Final = frozenset({"COUNTRY", "CITY", "METONYM"})
VISIT_REACH: Final = 9  # words from a visit word to the state it visits at most (يزور وزير الخارجية الأمريكي، مايك بومبيو، إسرائيل)


def _visit_to(text: str, states: set[str | None]) -> bool:
    """Whether a visit word (grammar.tsv VISIT_WORDS) has one of `states`, its capital or a city of it soon after."""
    toks = _tokens(text)
    index = MatchIndex(toks, lexicon())
    visit = frozenset(grammar("VISIT_WORDS"))
    for i, tok in enumerate(toks):
        if tok.words.isdisjoint(visit):
            continue
        for k in range(i + 1, min(len(toks), i + 1 + VISIT_REACH)):
            m = index.first(k, _PLACE) if toks[k].is_word else None
            if m is not None and m.entry.data[0] in states:
                return True
    return False


def visit_setting(text: str) -> bool:
    """Whether every meeting word of `text` is a visit word right after a preposition that makes the visit
    the setting of what the sentence tells (grammar.tsv VISIT_SETTING: قال خلال زيارته الى فيتنام، صرح اثناء
    زياره للعراق), or after من and a participle of returning (صرح عائدا من جوله): the sentence reports a remark
    made on or back from a visit, not the visit or a meeting. A verb of arrival or departure before the visit word
    (grammar.tsv MOVE_VERBS: وصل الى الجزائر في زياره رسميه) tells the visit itself."""
    toks = _tokens(text)
    index = MatchIndex(toks, lexicon())
    visit, setting = frozenset(grammar("VISIT_WORDS")), frozenset(grammar("VISIT_SETTING"))
    returning, origin = frozenset(grammar("RETURNING")), frozenset(grammar("FROM"))
    move = frozenset(grammar("MOVE_VERBS"))
    words = [i for i, tok in enumerate(toks) if tok.is_word]
    seen = False
    for n, i in enumerate(words):
        m = index.first(i, _TRIGGER)
        if m is None:
            continue
        before = toks[words[n - 1]].words if n else frozenset()
        back = n > 1 and not before.isdisjoint(origin) and not toks[words[n - 2]].words.isdisjoint(returning)
        if toks[i].words.isdisjoint(visit) or (before.isdisjoint(setting) and not back):
            return False
        if any(not toks[k].words.isdisjoint(move) for k in words[:n]):
            return False
        seen = True
    return seen


def cues(texts: list[str], typ: str = "meeting", kinds: tuple[str, ...] = CUE_KINDS) -> list[str]:
    """The ids of the cue entries (occasions out of scope; of `kinds`) found in any of `texts`; a meeting called
    off (kind off) rules out meetings only: the call in which two ministers put off their meeting took place."""
    found: list[str] = []
    for text in texts:
        for entry, occasion in _cue_hits(text, _kinds(typ, kinds)):
            if occasion is None and entry.id not in found:
                found.append(entry.id)
    return found


def _kinds(typ: str, kinds: tuple[str, ...] = CUE_KINDS) -> tuple[str, ...]:
    """The cue kinds that rule out an event of type `typ`: a call is no meeting called off."""
    return kinds if typ == "meeting" else tuple(k for k in kinds if k != "off")


def _cue_hits(text: str, kinds: tuple[str, ...]) -> list[tuple[ScopeEntry, str | None]]:
    """The entries of `kinds` found in `text`, in file order, each with the id of the occasion entry that makes
    it, a gathering, only the occasion of the meeting (None when none does; see `_occasion_of`)."""
    return [(entry, occasion) for entry, occasion, _ in _cue_hits_at(word_sets(text), kinds)]


def _cue_hits_at(words: list[frozenset[str]], kinds: tuple[str, ...]) -> list[tuple[ScopeEntry, str | None, int]]:
    """`_cue_hits` over a sentence's word sets, each hit with the word where it starts."""
    hits = positions(kinds, words)
    entries_of = _by_kind(kinds)
    return [(entries_of[n], _occasion_of(entries_of[n], hits[n], words), hits[n]) for n in sorted(hits)]


def _occasion_of(entry: ScopeEntry, at: int, words: list[frozenset[str]]) -> str | None:
    """The id of the occasion entry that makes the gathering found at `at` only the occasion of the meeting
    (التقى X Y على هامش حفل افتتاح القناة، الذي يزور مصر للمشاركة في حفل ...): an occasion phrase (of two words
    at most) that ends at most OCCASION_REACH words before it; None when there is none or `entry` is no gathering."""
    if entry.kind != "gathering":
        return None
    found = positions(("occasion",), words[max(0, at - OCCASION_REACH - 2):at])
    return _by_kind(("occasion",))[min(found)].id if found else None


def occasions(record: Record) -> list[str]:
    """The ids of the occasion entries that kept a gathering in `record`'s evidence from ruling it out."""
    out: list[str] = []
    for e in record.evidence:
        for _, occasion in _cue_hits(e.text, ("gathering",)):
            if occasion is not None and occasion not in out:
                out.append(occasion)
    return out


def welcome(texts: list[str]) -> str | None:
    """The id of the welcome entry (kind welcome) found in every one of `texts`, or None: a record told only as
    a welcome at arrival (وكان في استقباله لدى وصوله)."""
    kinds = ("welcome",)
    found = [positions(kinds, word_sets(t)) for t in texts]
    if not found or not all(found):
        return None
    return _by_kind(kinds)[min(found[0])].id


def welcome_only(texts: list[str]) -> bool:
    """Whether every one of `texts` holds a welcome at arrival and no meeting or call word outside it (وكان في
    استقباله لدى وصوله X و Y: protocol at the airport, no talks; not ... ثم عقد الجانبان جلسة مباحثات)."""
    kinds = ("welcome",)
    for text in texts:
        toks = _tokens(text)
        words = [i for i, tok in enumerate(toks) if tok.is_word]
        sets = word_sets(text)
        found = positions(kinds, sets)
        if not found:
            return False
        inside = {k for n, at in found.items() for k in range(at, at + _phrase_len(_by_kind(kinds)[n], sets, at))}
        index = MatchIndex(toks, lexicon())
        if any(index.first(i, _TRIGGER) is not None for n, i in enumerate(words) if n not in inside):
            return False
    return bool(texts)


def record_cues(record: Record) -> list[str]:
    """The ids of the cues that rule `record` out: those of any sentence of its evidence, but when a sentence names
    two of its persons of two sides (بحث الجبير مع شكري ...), that sentence tells the meeting whole: an occasion in a
    later sentence is another's or another time's (وفد حماس أدوا العمرة، حفل الغداء بعد الاجتماع), and so is one in an
    earlier sentence that names persons of one side only (حضر الوزير X حفلا في السفارة. ثم التقى X نظيره Y): there only a
    meeting called off (kind off) counts. A sentence before it that names none of them (a headline) counts whole."""
    texts = [e.text for e in record.evidence]
    kept = told_whole(record) if len(texts) > 1 else None
    if kept is None:
        return cues(texts, record.type)
    first = list(dict.fromkeys(c for k in kept for c in _near_cues(record, texts[k])))
    rest = [t for k, t in enumerate(texts) if k not in kept]
    return first + [c for c in cues(rest, record.type, ("off",)) if c not in first]


def _near_cues(record: Record, text: str) -> list[str]:
    """`cues` of one sentence that tells the meeting whole, but a gathering only within GATHERING_REACH words of a
    named person of the record: a long sentence may go on to another occasion (أكد محللون أهمية الزيارة ... والتقى
    خلالها Y، ... مشيرا إلى أن مشاركة الأمير في الاحتفال). A far gathering that was the meeting's own setting (وذلك
    خلال حفل ...) is let through: a known limit."""
    words = word_sets(text)
    names = [surname[0] for p in record.participants if p.kind == "person" and p.name and (surname := word_sets(p.name)[-1:])]
    near = [i for i, w in enumerate(words) if any(not n.isdisjoint(w) for n in names)]

    def far(entry: ScopeEntry, at: int) -> bool:
        return entry.kind == "gathering" and bool(near) and all(abs(at - i) > GATHERING_REACH for i in near)
    return [entry.id for entry, occasion, at in _cue_hits_at(words, _kinds(record.type)) if occasion is None and not far(entry, at)]


def told_whole(record: Record) -> list[int] | None:
    """The index of the first sentence of `record`'s evidence that names persons of it of two different sides, and
    the sentences before it that name none of its persons; None when no sentence does, or when a sentence before it
    names one of its persons of no known side (a person of no known state or body)."""
    named = [(surname[0], party(p)[1]) for p in record.participants
             if p.kind == "person" and p.name and (surname := word_sets(p.name)[-1:])]
    unnamed: list[int] = []
    for k, e in enumerate(record.evidence):
        words = set().union(*word_sets(e.text))
        sides = {side for surname, side in named if not surname.isdisjoint(words)}
        if len(sides - {None}) >= 2:
            return unnamed + [k]
        if None in sides:
            return None
        if not sides:
            unnamed.append(k)
    return None


def judge(record: Record) -> Verdict:
    """Whether `record` is in scope, with the entries and rules that decided."""
    vetoes = record_cues(record)
    if vetoes:
        return Verdict(False, tuple(vetoes))
    parts = [(p, party(p)) for p in record.participants]
    greeted = welcome([e.text for e in record.evidence])
    why = tuple(info[3] for _, info in parts) + ((greeted,) if greeted else ()) + tuple(occasions(record))
    actors = [(p, info) for p, info in parts if info[0]]
    if len(record.participants) == 1 and actors and record.participants[0].kind == "delegation":
        # (a state's delegation, whose hosts the text implies; not a body's among a conference's many, وفود من الامم
        # المتحدة ومنظمة شنغهاي ...: no two sides named)
        keep = record.participants[0].country is not None
        return Verdict(keep, why + ("scope.implied-counterpart" if keep else "scope.one-side",))
    # قال خلال زيارته الى فيتنام: a visit told only as the setting of a remark, with no two named persons of
    # known sides (who, named together, met: وقعا الاتفاق خلال زيارة مودي الى بنغلادش)
    if sum(1 for p, info in actors if p.kind == "person" and info[1]) < 2 and all(visit_setting(e.text) for e in record.evidence):
        return Verdict(False, why + ("scope.visit-setting",))
    if (record.location is None and record.time is None and all(p.kind in ("state", "organization") for p in record.participants)
            and not any(_trigger_of_states(e.text) for e in record.evidence)):
        # states and bodies with no person, no delegation, no place and no time: a process named in passing
        # (تتعثر المفاوضات بين دوله واتحاد), not one meeting or call; unless the meeting word is
        # their adjectives' (مباحثات مصريه اماراتيه: those talks)
        return Verdict(False, why + ("scope.bodies-untold",))
    if actors and all(p.kind == "state" for p, _ in actors):
        # states named near a meeting word are as often its topic (الأوضاع في العراق) as its sides, unless
        # they qualify the meeting word itself (مشاورات أردنية روسية)
        if any(_trigger_of_states(e.text) for e in record.evidence):
            return Verdict(True, why + ("scope.states-by-adjective",))
        return Verdict(False, why + ("scope.states-only",))
    states = {p.country for p, _ in actors if p.kind == "state"}
    others = [p for p, _ in actors if p.kind != "state"]
    if states and len(others) == 1 and others[0].kind == "person":
        # one person and states: the states are sides only as the place of a visit or of the meeting
        # (a delegation of another state beside a state is two sides: وفد عسكري تركي في موسكو)
        # (يزور الأردن، زيارته لكينيا، التقى الجانبان في سوتشي);
        # else they are what the sentence is about (تعاونها مع إسرائيل، الرضيع الفلسطيني)
        # (or as the adjectives of the meeting word: أكد وزير الخارجية المصري X أن الحوار الاستراتيجي المصري الأمريكي)
        hosted = record.location is not None and record.location.country in states
        if not hosted and not any(_visit_to(e.text, states) or _trigger_of_states(e.text) or _government_met(e.text, states)
                                  for e in record.evidence):
            return Verdict(False, why + ("scope.states-not-visited",))
    # the sides of a welcome are the guest and those who welcome him; a state named there is where he arrives
    # or whose embassy is at the airport (سفير خادم الحرمين الشريفين لدى المملكة المغربية), no side
    known = {info[1] for p, info in actors if info[1] and not (greeted and p.kind == "state")}
    # a bare title of no state is no side of its own beside a state (the pieces of one prince's long title),
    # but beside an international body it is the other side (الأمير ... الأمين العام للأمم المتحدة)
    body = bool(known) and not known & _iso3()
    unknown = [(p, info) for p, info in actors if not info[1] and (p.name or body)]
    if greeted and welcome_only([e.text for e in record.evidence]):
        # told only as a welcome at arrival, with no talks: protocol, not a meeting
        return Verdict(False, why + ("scope.welcome-only",))
    if len(known) >= 2:
        return Verdict(True, why + ("scope.two-sides",))
    if greeted:
        # a welcome with one known side: the hosts of a guest the sentence names by title only, or a ruler
        # greeted by his own officials (protocol, no talks)
        return Verdict(False, why + ("scope.welcome-one-side",))
    if len(known) == 1 and unknown:
        texts = [e.text for e in record.evidence]
        if one_state(known, unknown, texts) or _party_of_one_state(actors, known, unknown, texts):
            why += ("scope.one-state",)
        else:
            return Verdict(True, why + ("scope.side-and-official",))
    for p, info in actors:
        # (an official: not a person of civil society, business, the press or sport, مدير عام الجمعية receiving an
        # ambassador; a local or administrative office is a state's official)
        others = [q for q, qi in parts if q is not p and q.kind == "person" and qi[3] not in _civil_ids()
                  and (qi[1] is None or qi[1] != info[1])]
        if info[2] == "diplomat" and info[1] and others:
            return Verdict(True, why + ("scope.diplomat",))
        # (a foreign minister or ruler in office, or an international body's official, received by a listed official
        # of a state's administration: استقبل المشرف العام على مركز ... X وزيرة الاعلام اليمنية Y، الامين العام
        # لمنظمة التعاون الاسلامي Z; not وزير العدل اليمني السابق)
        if _foreign_official(p, info) and any(_listed_state_official(q, qi) for q, qi in parts if q in others):
            return Verdict(True, why + ("scope.official-received",))
    return Verdict(False, why + ("scope.one-side",))


_Party = tuple[Participant, tuple[bool, str | None, str | None, str]]


def _foreign_official(p: Participant, info: tuple[bool, str | None, str | None, str]) -> bool:
    """Whether a party is a state's minister or ruler in office (FOREIGN_OFFICES, not a former one) or an international
    body's official: received by a listed official of another state's administration, he makes the meeting a
    diplomatic one (not a party's or a tribe's head, nor a body of no state received by a think tank or a channel)."""
    if p.kind != "person" or info[1] is None:
        return False
    if info[1] not in _iso3():
        return True
    return info[3] in FOREIGN_OFFICES and p.role is not None and not holders.title_of(p.role)[1]


def _listed_state_official(q: Participant, info: tuple[bool, str | None, str | None, str]) -> bool:
    """Whether a party is a listed person (persons.tsv) of a known state holding an office of its administration
    (STATE_OFFICES: the head of an agency, a governorate): an official of his state, not of a company or a centre."""
    return (q.kind == "person" and info[1] in _iso3() and info[3] in STATE_OFFICES and q.name is not None
            and listed_spelling(normalize_text(q.name).split()) is not None)


def one_state(known: set[str], unknown: list[_Party], texts: list[str]) -> bool:
    """Whether the one known side is a state the evidence never names (the side of a listed person, not told
    by his nationality), and every party of no side is a person with a political title, no listed person of
    another state: news names a foreign official with his state (وزير الخارجية الإيراني), so officials named
    without a state beside each other are of one state (وزير العمل بعد لقائه الرئيس سلام، أمير منطقة الرياض يستقبل
    وزير الشؤون الإسلامية). A name that reads as from abroad is of that state only when the evidence names no
    place at all (وزير العمل سجعان قزي بعد لقائه الرئيس سلام): beside a state or a city named, it may be that place's
    official (وزير الدفاع ... ولي عهد أبو ظبي)."""
    if not known <= _iso3() or any(known & named_states(t) for t in texts):
        return False
    return _officials_of(known, unknown, texts)


def _officials_of(known: set[str], unknown: list[_Party], texts: list[str]) -> bool:
    """Whether every party of no side may be an official of the known side: a person with a political title, no listed
    person of another state and, where the evidence names a place, no name that reads as from abroad."""
    placed = any(names_place(t) for t in texts)
    return all(p.kind == "person" and info[2] == "political" and info[3] != "party.foreign-name"
               and not (placed and foreign_name(p.name)) and _figure_of(p.name, known) for p, info in unknown)


def _party_of_one_state(actors: list[_Party], known: set[str], unknown: list[_Party], texts: list[str]) -> bool:
    """Whether the one known side is a state's political party, and no more (PARTY_INSTITUTIONS: حركة نداء تونس، حزب
    الشعب الجمهوري), and every party of no side a person with a political title, no listed person of another state
    and, where the evidence names a place, no name that reads as from abroad (`_officials_of`, as `one_state`): a party
    with officials named without a state is that state's politics (رئيس مجلس الشورى X with نداء تونس)."""
    holders = [info for _, info in actors if info[1]]
    return bool(holders) and all(info[3] in PARTY_INSTITUTIONS for info in holders) and _officials_of(known, unknown, texts)


def _figure_of(name: str | None, known: set[str]) -> bool:
    """Whether `name` is no listed person, or a listed person of one of the `known` states."""
    figure = known_figure(name)
    return figure is None or figure in known


_STATE_CATS: Final = frozenset({"COUNTRY", "NISBA"})
# the scope.tsv offices of a state's administration (not a court, not a sports federation): their holder receives a
# foreign minister or a body's official for his state (scope.official-received)
STATE_OFFICES: Final = frozenset({"dom.admin", "dom.local"})
# the scope.tsv institutions that are a state's political parties: with officials of no state, one state's politics
PARTY_INSTITUTIONS: Final = frozenset({"inst.parties"})
# the scope.tsv offices of a state a foreign official received by such a holder may hold (a minister, a ruler)
FOREIGN_OFFICES: Final = frozenset({"pol.minister", "pol.ruler"})


def named_states(text: str) -> set[str]:
    """The states `text` names by their name or a nationality adjective."""
    toks = _tokens(text)
    index = MatchIndex(toks, lexicon())
    found = (index.first(i, _STATE_CATS) if tok.is_word else None for i, tok in enumerate(toks))
    return {str(m.entry.data[0]) for m in found if m is not None}


def names_place(text: str) -> bool:
    """Whether `text` names a state, a nationality, a city or a capital standing for its state."""
    toks = _tokens(text)
    index = MatchIndex(toks, lexicon())
    return any(tok.is_word and index.first(i, PLACE_CATS) is not None for i, tok in enumerate(toks))


def in_scope(records: list[Record], explain: bool = False) -> list[Record]:
    """The records of one document that are in scope, in their order; with `explain`, each kept record's
    explanation gets its parties' lexicon rows and the ids of its verdict (syriadiplo.events.explain)."""
    if not explain:
        return [r for r in records if judge(r).keep]
    out: list[Record] = []
    for r in records:
        verdict = judge(r)
        if verdict.keep:
            attach(r, [x for p in r.participants for x in party_ids(p)] + verdict_ids(verdict))
            out.append(r)
    return out


def verdict_ids(verdict: Verdict) -> list[str]:
    """A verdict's reasons as explanation ids: scope.tsv entries as `scope:<id>`, rules as `rule:<name>`."""
    return [f"rule:{w}" if w.startswith(("party.", "scope.")) else f"scope:{w}" for w in verdict.why if w]

