"""The compiled gazetteer: every lexicon of resources/ar/ in one token trie.

Entries are matched on tokens of normalized text; the first token of a match
may carry proclitics (و ف then ب ل ك, and ل+ال written لل), which `analyses`
(syriadiplo.text.proclitics.readings) strips. Matches are returned longest first, as spaCy's EntityRuler does.
"""
from __future__ import annotations

import re
from typing import Final, NamedTuple

from syriadiplo.compiled import c_module
from syriadiplo.language import resource
from syriadiplo.resources import alternatives, grammar, read_table, word_lists
from syriadiplo.text.proclitics import clitics
from syriadiplo.text.proclitics import readings as analyses  # a token's readings: the one module that strips clitics

# Final: compiled, these module names are read from a C static, not looked up in the module per token
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")
_new: Final = tuple.__new__  # a named tuple's own __new__ adds a Python call per instance


class Token(NamedTuple):
    """A word or punctuation token of a normalized sentence."""

    i: int
    start: int
    end: int
    text: str
    forms: tuple[tuple[int, str], ...]  # (proclitic length, form), the full form first
    is_word: bool
    words: frozenset[str]  # the forms without their proclitic lengths
    starts_entry: bool  # one of the forms is the first token of a lexicon entry (else `Lexicon.matches` finds none)


_TOKEN_TYPE: Final = Token


class Entry(NamedTuple):
    """One lexicon entry: its category and what it says."""

    cat: str  # COUNTRY NISBA CITY ORG ORGADJ METONYM TITLE MINISTRY PERSON TRIGGER TRIGNEG WORLD_REGION
    data: tuple


class Match(NamedTuple):
    start: int  # token index
    end: int  # token index, exclusive
    plen: int  # proclitic characters on the first token
    entry: Entry


SEAT_KIND: Final = "seat"  # the kind of a seats.tsv entry among the CITY entries (a palace, the place of its city)
PROVINCE_KIND: Final = "province"  # the kind of a cities.tsv region named after no city (placed as a state is)

# word -> (the word, its readings, is a word, the readings' forms, starts an entry): the fields of its Token after the
# offsets. A news vocabulary repeats, so most tokens are looked up. Typed as a plain tuple: it is only
# ever concatenated whole, never taken apart.
_READINGS_MAX: Final = 200_000  # cleared when full: memory stays bounded on any corpus


@resource
def _readings_seen() -> dict[str, tuple]:
    """Token text -> its reading fields, as found so far with the active language's lexicon."""
    return {}


def _readings(t: str) -> tuple:
    r: tuple
    heads = lexicon().head_set
    if t[0].isalnum() or t[0] == "_":
        forms = analyses(t)
        words = frozenset([f for _, f in forms])
        r = (t, forms, True, words, not words.isdisjoint(heads))
    else:
        r = (t, ((0, t),), False, frozenset((t,)), t in heads)
    seen = _readings_seen()
    if len(seen) >= _READINGS_MAX:
        seen.clear()
    seen[t] = r
    return r


def _token(k: int, start: int, end: int, t: str, seen: dict[str, tuple]) -> Token:
    """Token k of text t at [start, end), its reading fields from `seen` (computed on first sight)."""
    return _new(_TOKEN_TYPE, (k, start, end) + (seen.get(t) or _readings(t)))


def tokenize(norm: str) -> list[Token]:
    """Tokens of a normalized sentence with their clitic readings."""
    c = _c_tokenize()
    if c is not None:
        toks: list[Token] = c(norm)
        return toks
    return tokenize_py(norm)


@resource
def _c_tokenize():
    """The C tokenizer's `tokenize` (syriadiplo._ctext, built with the compiled modules), or None without it."""
    ctext = c_module()
    return None if ctext is None else ctext.Tokenizer(_readings_seen(), _readings, _TOKEN_TYPE).tokenize


def tokenize_py(norm: str) -> list[Token]:
    """`tokenize` in Python: the reference for the C tokenizer, and what runs without it."""
    out: list[Token] = []
    seen = _readings_seen()
    end = 0
    k = 0
    # tokens are the \w+ runs and single other characters of each whitespace-free chunk; a chunk of
    # word characters alone (most of them) is one token, and one with a punctuation mark after them two,
    # without the regex (str.isalnum is the regex's \w less the underscore). Each token is found at or
    # after the end of the one before.
    for chunk in norm.split():
        start = norm.find(chunk, end)
        if chunk.isalnum():
            end = start + len(chunk)
            out.append(_new(_TOKEN_TYPE, (k, start, end) + (seen.get(chunk) or _readings(chunk))))  # _token, inlined
            k += 1
            continue
        last = chunk[-1]
        if len(chunk) > 1 and chunk[:-1].isalnum() and not (last.isalnum() or last == "_"):
            # a word and the punctuation after it (سوريا، امس.): two tokens
            end = start + len(chunk) - 1
            out.append(_token(k, start, end, chunk[:-1], seen))
            out.append(_token(k + 1, end, end + 1, last, seen))
            end += 1
            k += 2
            continue
        end = start
        for t in _TOKEN.findall(chunk):
            start = norm.find(t, end)
            end = start + len(t)
            out.append(_token(k, start, end, t, seen))
            k += 1
    return out


def parse_term(field: str) -> tuple[tuple[int, int], ...] | None:
    """The years a listed title was held (persons.tsv TERM): "2015-2017", "2014-" (still held), several
    joined by ","; None for "-" (not told)."""
    if not field or field == "-":
        return None
    spans = []
    for part in field.split(","):
        a, _, b = part.strip().partition("-")
        spans.append((int(a), int(b) if b else 9999))
    return tuple(spans)


def is_definite(form: str) -> bool:
    d = clitics().article
    return form.startswith(d) and len(form) > len(d) + 1


class _Node:
    """A node of the lexicon trie: the entries whose tokens end here, and the next tokens of longer ones."""

    __slots__ = ("entries", "children")

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.children: dict[str, _Node] = {}


class Lexicon:
    """All gazetteers compiled into a trie keyed by the first token."""

    def __init__(self) -> None:
        self.trie: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
        self.heads: dict[str, _Node] = {}  # first token -> the trie of the entries it starts
        self.persons: list[dict] = []
        self.surnames: dict[str, int] = {}  # surname -> the first listed person of it
        self.namesakes: dict[str, list[int]] = {}  # surname -> every listed person of it
        self.spellings: dict[str, list[tuple[int, list[str]]]] = {}  # last word -> (person, one of his names as words)
        self.given: set[str] = set()
        self.nonname: set[str] = set()
        self.city_country: dict[str, str] = {}
        self.capitals: dict[str, str] = {}  # iso3 -> the capital's first listed name
        self.topics: list[tuple[str, tuple[str, ...]]] = []
        # per label, the words that give it only inside an event's topic phrase (topics.tsv, third column)
        self.topic_names: list[tuple[str, frozenset[str]]] = []
        self.trigger_heads: frozenset[str] = frozenset()
        self.head_set: frozenset[str] = frozenset()  # the keys of `heads`
        self._build()

    def _add(self, phrase: str, entry: Entry) -> None:
        toks = tuple(phrase.split())
        if toks:
            self.trie.setdefault(toks[0], []).append((toks[1:], entry))

    def _build(self) -> None:
        adjectives = self._build_places()
        self._build_people()
        for form, typ, cls, anaphoric in (r[:4] for r in read_table("triggers.tsv")):
            self._add(form, Entry("TRIGGER", (typ, cls, anaphoric == "yes")))
        for row in read_table("trigger_negatives.tsv"):
            self._add(row[0], Entry("TRIGNEG", ()))
        for row in read_table("regions.tsv"):
            for n in alternatives(row[0]):
                self._add(n, Entry("WORLD_REGION", ()))
        for row in read_table("given_names.tsv"):
            self.given.add(row[0])
        for row in read_table("nonname_words.txt"):
            self.nonname.add(row[0])
        for row in read_table("topics.tsv"):
            self.topics.append((row[0], tuple(alternatives(row[1]))))
            if len(row) > 2 and alternatives(row[2]):
                self.topic_names.append((row[0], frozenset(alternatives(row[2]))))
        self._add_accusatives(adjectives)
        self._build_index()

    def _add_accusatives(self, adjectives: list[tuple[str, str]]) -> None:
        """The indefinite accusative of each one-word nationality adjective (NISBA_ACCUSATIVE: يابانيا), where no entry
        starts with that word already (روسيا is the state, كوريا starts كوريا الجنوبيه) and it is no given name."""
        for base, iso in adjectives:
            for ending in grammar("NISBA_ACCUSATIVE"):
                form = base + ending
                if form not in self.given and form not in self.trie:
                    self._add(form, Entry("NISBA", (iso,)))

    def _build_places(self) -> list[tuple[str, str]]:
        """States with their nationality adjectives, cities, organizations with theirs, metonyms; returns the one-word
        nationality adjectives with their states, whose accusatives are added once every entry is in."""
        adjectives: list[tuple[str, str]] = []
        g_def = grammar("DEF_ARTICLE")[0]
        suffixes = grammar("NISBA_FEM") + grammar("NISBA_DUAL") + grammar("NISBA_FEM_DUAL") + grammar("NISBA_PLURAL")
        forms = grammar("STATE_FORMS")
        heads = frozenset(grammar("NISBA_NOUN_HEADS"))
        for iso, names, nisba, plural in (r[:4] for r in read_table("countries.tsv")):
            for n in alternatives(names):
                self._add(n, Entry("COUNTRY", (iso,)))
                if n.split()[0] not in forms:  # جمهوريه باكستان: a state's form before any of its names
                    for form in forms:
                        self._add(form + " " + n, Entry("COUNTRY", (iso,)))
            for base in alternatives(nisba):
                words = base.split()  # كوري جنوبي: two adjectives, each takes the ending and the article
                for ending in ("",) + suffixes:
                    for form in _nisba_forms(words, ending, g_def, heads):
                        self._add(form, Entry("NISBA", (iso,)))
                if len(words) == 1:
                    adjectives.append((base, iso))
            for form in alternatives(plural):
                self._add(form, Entry("NISBA", (iso,)))
        for names, iso, kind in (r[:3] for r in read_table("cities.tsv")):
            for n in alternatives(names):
                self._add(n, Entry("CITY", (iso, kind)))
                self.city_country[n] = iso
            if kind == "capital":
                self.capitals.setdefault(iso, alternatives(names)[0])
        for names, iso, city in (r[:3] for r in read_table("seats.tsv")):
            for n in alternatives(names):
                self._add(n, Entry("CITY", (iso, SEAT_KIND, city)))  # قصر السلام: a seat, the place of its city
        for code, names, adjs, country in (r[:4] for r in read_table("organizations.tsv")):
            for n in alternatives(names):
                self._add(n, Entry("ORG", (None if code == "-" else code, None if country == "-" else country, n)))
            for base in alternatives(adjs):
                for form in (base,) + tuple(base + s for s in suffixes):
                    self._add(form, Entry("ORGADJ", (code,)))
                    self._add(g_def + form, Entry("ORGADJ", (code,)))
        for names, iso in (r[:2] for r in read_table("metonyms.tsv")):
            for n in alternatives(names):
                self._add(n, Entry("METONYM", (iso,)))
        return adjectives

    def _build_people(self) -> None:
        """Titles, ministries and listed persons (and the surnames they are known by)."""
        g_def = grammar("DEF_ARTICLE")[0]
        for row in read_table("titles.tsv"):
            state = row[4] if len(row) > 4 and row[4] != "-" else None
            self._add(row[0], Entry("TITLE", (row[1], row[2], row[3], state)))
        for names, code in (r[:2] for r in read_table("ministries.tsv")):
            for n in alternatives(names):
                self._add(n, Entry("MINISTRY", (code,)))
                # construct form without the article: وزير خارجيه روسيا
                if n.startswith(g_def) and " " not in n:
                    self._add(n[len(g_def):], Entry("MINISTRY", (code,)))
        particles = set(grammar("NAME_PARTICLES"))
        tails = set(grammar("COMPOUND_TAILS"))
        family_first = word_lists("name_evidence.tsv")["FAMILY_FIRST"]
        for row in read_table("persons.tsv"):
            names, iso, org, role = row[:4]
            variants = alternatives(names)
            idx = len(self.persons)
            self.persons.append({
                "names": variants, "country": None if iso == "-" else iso,
                "org": None if org == "-" else org, "role": None if role == "-" else role,
                "term": parse_term(row[4] if len(row) > 4 else "-"),
            })
            for v in variants:
                self._add(v, Entry("PERSON", (idx,)))
                vt = v.split()
                self.spellings.setdefault(vt[-1], []).append((idx, vt))
                if len(vt) >= 2 and (vt[-2] in particles or vt[-1] in tails or vt[0] in family_first):
                    continue  # عبد الله، ال ثاني، نصر الله: not a surname on its own; nor a given name after the family name
                self.surnames.setdefault(vt[-1], idx)
                known = self.namesakes.setdefault(vt[-1], [])
                if idx not in known:
                    known.append(idx)

    def in_office(self, idx: int, year: int | None) -> bool:
        """Whether listed person idx held the listed title in `year` (True when either is unknown)."""
        term: tuple[tuple[int, int], ...] | None = self.persons[idx]["term"]
        return term is None or year is None or any(a <= year <= b for a, b in term)

    def role_at(self, idx: int, year: int | None) -> str | None:
        """The listed title of person idx, if he held it in `year`: a former or later holder is not the one."""
        return self.persons[idx]["role"] if self.in_office(idx, year) else None

    def surname_side(self, word: str) -> tuple[str | None, str | None]:
        """The state and body every listed person of a surname shares (None where they differ): what the surname
        alone tells when it does not tell who (الشرع: a Syrian, whichever of the two)."""
        rows = self.namesakes.get(word, [])
        states = {self.persons[i]["country"] for i in rows}
        orgs = {self.persons[i]["org"] for i in rows}
        return (states.pop() if len(states) == 1 else None), (orgs.pop() if len(orgs) == 1 else None)

    def surname_person(self, word: str, year: int | None) -> int | None:
        """The listed person a surname alone names in a text of `year`: the one person of that surname, or of the
        several the one in office that year, or with none in office the one nearest it; None when the year leaves
        two (كارتر in 1978 and in 2015 are two men)."""
        rows = self.namesakes.get(word, [])
        if len(rows) <= 1:
            return rows[0] if rows else None
        if year is None:
            return None
        current = [i for i in rows if self.in_office(i, year)]
        if current:
            return current[0] if len(current) == 1 else None
        # none in office: the one whose term came nearest that year (الحريري in 2015: the premier of 2009-2011
        # and 2016-2020, not the opposition leader of 2017), if one is nearer than the others
        gaps = sorted((self._years_off(i, year), i) for i in rows)
        return gaps[0][1] if gaps[0][0] < gaps[1][0] else None

    def _years_off(self, idx: int, year: int) -> int:
        """How many years `year` lies outside listed person idx's term (a large number for no term)."""
        term: tuple[tuple[int, int], ...] | None = self.persons[idx]["term"]
        return min((a - year if year < a else year - b) for a, b in term) if term else 10_000

    def _build_index(self) -> None:
        """The entries by first token, longest first, and the trie of the tokens after it."""
        for k in self.trie:
            self.trie[k].sort(key=lambda e: -len(e[0]))
        # per first token, a trie of the tokens after it: a match is found by following the sentence's next
        # tokens one dictionary probe each, as far as some entry goes
        for head, cands in self.trie.items():
            root = self.heads[head] = _Node()
            for rest, entry in cands:
                node = root
                for word in rest:
                    child = node.children.get(word)
                    if child is None:
                        child = node.children[word] = _Node()
                    node = child
                node.entries.append(entry)
        self.head_set = frozenset(self.heads)
        # the first tokens of the trigger entries: a text with none of them names no meeting or call
        self.trigger_heads = frozenset(k for k, es in self.trie.items() if any(e.cat == "TRIGGER" for _, e in es))

    def matches(self, tokens: list[Token], i: int, cats: frozenset[str] | None = None) -> list[Match]:
        """Every entry of `cats` (all when None) starting at token i, longest first (then fewest proclitic characters);
        a world region that is the longest hides the places it begins with (امريكا in امريكا اللاتينيه)."""
        out: list[Match] = []
        tok = tokens[i]
        if not tok.starts_entry:
            return out  # most tokens (the flag is read from the token, decided once per word form)
        heads = self.heads
        n = len(tokens)
        for plen, form in tok.forms:
            node = heads.get(form)
            j = i + 1
            while node is not None:
                for entry in node.entries:
                    out.append(_new(Match, (i, j, plen, entry)))
                if j >= n or not node.children:
                    break
                node = node.children.get(tokens[j].text)
                j += 1
        if len(out) > 1:
            out.sort(key=_longest_first)
            if out[0].entry.cat == "WORLD_REGION":
                out = _unplaced(out)
        return out if cats is None else [m for m in out if m.entry.cat in cats]

    def first(self, tokens: list[Token], i: int, cats: frozenset[str]) -> Match | None:
        ms = self.matches(tokens, i, cats)
        return ms[0] if ms else None

    def written_after_proclitic(self, token: str, plen: int, written: str, rest: str, cats: frozenset[str]) -> str:
        """A name of `cats` as the text writes it after the proclitic of its first token (`token`, normalized; plen
        letters): `written`, its written form from after the proclitic, with the article restored after ل before the
        article, its alef dropped (للقاهرة, للائتلاف: القاهرة, الائتلاف), unless the normalized `rest` after the
        proclitic is a whole name of `cats` as it stands (للبنان: ل + لبنان)."""
        c = clitics()
        if plen != 1 or not token.startswith(c.lam_article):
            return written
        toks = tokenize(rest)
        alone = self.first(toks, 0, cats)
        return written if alone is not None and alone.plen == 0 and alone.end == len(toks) else c.article + written[1:]


PLACE_CATS: Final = frozenset({"COUNTRY", "NISBA", "CITY", "METONYM"})  # the categories that name a place


def _nisba_forms(words: list[str], ending: str, article: str, heads: frozenset[str]) -> tuple[str, ...]:
    """The forms of a nisba with one ending (ه، ين ...), without and with the article: on every word of one of
    adjectives (كوري جنوبي: الكوريه الجنوبيه); on the noun first of one that a noun opens (NISBA_NOUN_HEADS: جنوب افريقي:
    الجنوب افريقيه), the adjective without it (الجنوب الأفريقي, with both, is also the region, southern Africa)."""
    if len(words) > 1 and words[0] in heads:
        noun, rest = words[0], words[1:]
        plain = " ".join([noun] + [w + ending for w in rest])
        return plain, " ".join([article + noun] + [w + ending for w in rest])
    return (" ".join(w + ending for w in words), " ".join(article + w + ending for w in words))


def _unplaced(ms: list[Match]) -> list[Match]:
    """`ms` (longest first, a region first) without the places inside the region (امريكا in امريكا اللاتينيه)."""
    end = ms[0].end
    return [m for m in ms if m.entry.cat not in PLACE_CATS or m.end > end]


def _longest_first(m: Match) -> tuple[int, int]:
    # a module function: compiled, a lambda in `matches` made a closure object on every call
    return (m.start - m.end, m.plen)


class MatchIndex:
    """The lexicon matches of one sentence, looked up once per token on first use.

    NER and the event extractor ask about the same tokens many times; they share one index.
    """

    __slots__ = ("tokens", "lex", "_at")

    def __init__(self, tokens: list[Token], lex: Lexicon | None = None) -> None:
        self.tokens = tokens
        self.lex = lex or lexicon()
        self._at: list[list[Match] | None] = [None] * len(tokens)

    def at(self, i: int) -> list[Match]:
        """Every entry starting at token i, longest first (as `Lexicon.matches`)."""
        ms = self._at[i]
        if ms is None:
            ms = self._at[i] = self.lex.matches(self.tokens, i)
        return ms

    def first(self, i: int, cats: frozenset[str]) -> Match | None:
        """The longest entry of one of `cats` starting at token i; None past the end."""
        if i >= len(self.tokens) or not self.tokens[i].starts_entry:
            return None
        ms = self._at[i]  # `at`, inlined: NER asks this of most tokens, many times
        if ms is None:
            ms = self._at[i] = self.lex.matches(self.tokens, i)
        for m in ms:
            if m.entry.cat in cats:
                return m
        return None


@resource
def lexicon() -> Lexicon:
    """The process-wide lexicon (built once)."""
    return Lexicon()
