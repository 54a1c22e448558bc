"""Time tagger: find the time expressions of normalized Arabic news text and give them TIMEX3 values.

The language lives in data (resources/ar/time/): month, weekday and number tables, the word
classes of lexicon.tsv, the digit macros of patterns.tsv and the rules of rules.tsv, each with a
positive and a negative example set under examples/. This module compiles the rules, picks the
longest non-overlapping matches (`tag`), and turns a mention into a value against a document
date when there is one (`resolve`); without one it keeps what the text fixes (`XXXX-11-25`) and
leaves the rest to `relative_days` and `weekday`, as HeidelTime's news mode refuses to guess.

Values:
    a day `2017-09-16`; a day of unknown year `XXXX-11-25`, of unknown month `XXXX-XX-13`;
    a month `2017-10` (`XXXX-05`); a year `2017`; an ISO week `2017-W36`, its weekend
    `2017-W36-WE` (نهايه الاسبوع). A range or a pair takes its first day. Parts of a period
    (مطلع، منتصف، اواخر) keep the period as value and say the part in `Point.mod`; parts of a day
    (صباح، مساء) keep the day and say the part in `Point.daypart`.
    Hijri: a full date converts exactly (hijridate); a Hijri month or year that is not one day
    takes the Gregorian month or year in which it begins (1438 هـ -> 2016, رمضان 1438 -> 2017-05).
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Final

from hijridate import Gregorian, Hijri

from syriadiplo.language import resource
from syriadiplo.resources import alternatives, read_table
from syriadiplo.text.proclitics import clitics, proclitic_regex
from syriadiplo.text.wordscan import StringMap, grouped_alternation

NEEDED_KEPT: Final = 4096  # evidence masks whose rule lists are kept (_needed)

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
KINDS: Final = ("relative_day", "weekday", "date", "range", "period", "vague", "duration")
DOC_DATE_WINDOW: Final = 400  # document_date looks this far into the article

_PLACEHOLDER: Final = re.compile(r"\{([A-Z][A-Z_]*(?:\|[A-Z][A-Z_]*)*)(?::([A-Za-z_][A-Za-z0-9_]*))?\}")
_FULL_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_DIGITS: Final = re.compile(r"[0-9]{4}")


# Not frozen, though never changed after it is made, and hashed as a frozen dataclass is (unsafe_hash):
# compiled, a frozen dataclass gets the decorator's __init__, which runs as interpreted Python.
@dataclass(unsafe_hash=True)
class Point:
    """What one time expression (or one end of a range) fixes.

    Calendar fields are in `calendar` ("gregorian" or "hijri"). `unit`/`offset` anchor the point
    on the document's week, month or year (الاسبوع الماضي: week, -1; 13 الشهر الجاري: month, 0
    with day 13). `direction` is the stated direction of a named month or weekday (الماضي -1,
    الجاري 0, المقبل 1). `nth`/`nth_unit` pick the nth (-1: last) weekday, week or day of the month
    (ثاني اربعاء من اكتوبر: 2, "weekday"); `holiday` names a feast of lexicon.tsv's HOLIDAY; `gyear`
    is a Gregorian year given to a Hijri month or feast (رمضان 2014); `season` a TIMEX3 season of the
    year (SP SU FA WI: صيف 2014 is `2014-SU`).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    calendar: str = "gregorian"
    rel_days: int | None = None
    unit: str | None = None
    offset: int | None = None
    direction: int | None = None
    mod: str | None = None
    daypart: str | None = None
    nth: int | None = None
    nth_unit: str | None = None
    holiday: str | None = None
    gyear: int | None = None
    season: str | None = None

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, year: int | None = None, month: int | None = None, day: int | None = None, weekday: str | None = None,
            calendar: str = "gregorian", rel_days: int | None = None, unit: str | None = None, offset: int | None = None,
            direction: int | None = None, mod: str | None = None, daypart: str | None = None,
            nth: int | None = None, nth_unit: str | None = None, holiday: str | None = None, gyear: int | None = None,
            season: str | None = None,
    ) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.weekday = weekday
        self.calendar = calendar
        self.rel_days = rel_days
        self.unit = unit
        self.offset = offset
        self.direction = direction
        self.mod = mod
        self.daypart = daypart
        self.nth = nth
        self.nth_unit = nth_unit
        self.holiday = holiday
        self.gyear = gyear
        self.season = season


_NO_POINT: Final = Point()  # the point of a mention that fixes nothing (shared: points are never changed)


# not frozen, hashed on its fields: as Point
@dataclass(unsafe_hash=True)
class TimeMention:
    """One time expression found in normalized text.

    `start`/`end` are offsets into the normalized text given to `tag`; `text` is that span.
    `point` is what the expression fixes, `until` the end of a range; `warnings` what the tagger
    noticed (a month pair that disagrees); `lexemes` the table entries the match used.
    """

    start: int
    end: int
    text: str
    kind: str
    relative_days: int | None
    weekday: str | None
    direction: int | None
    rule: str = ""
    point: Point = _NO_POINT
    until: Point | None = None
    warnings: tuple[str, ...] = ()
    lexemes: tuple[tuple[str, ...], ...] = field(default=(), compare=False, repr=False)

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, start: int, end: int, text: str, kind: str, relative_days: int | None, weekday: str | None,
            direction: int | None, rule: str = "", point: Point = _NO_POINT, until: Point | None = None,
            warnings: tuple[str, ...] = (), lexemes: tuple[tuple[str, ...], ...] = (),
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.relative_days = relative_days
        self.weekday = weekday
        self.direction = direction
        self.rule = rule
        self.point = point
        self.until = until
        self.warnings = warnings
        self.lexemes = lexemes

    def way(self) -> int:
        """1 when the expression points ahead of the text's day (غدا، الأسبوع المقبل), -1 when it points back (أمس،
        الأسبوع الماضي), 0 otherwise (اليوم، a calendar date)."""
        if self.direction == 1 or (self.relative_days or 0) > 0:
            return 1
        if self.direction == -1 or (self.relative_days or 0) < 0:
            return -1
        return 0


# not frozen, hashed on its fields: as Point
@dataclass(unsafe_hash=True)
class ResolvedTime:
    """The time slot of a record: `value` (ISO-8601 / TIMEX3 or None), `relative_days`, `weekday`."""

    value: str | None
    relative_days: int | None
    weekday: str | None
    warnings: tuple[str, ...] = ()

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(self, value: str | None, relative_days: int | None, weekday: str | None,
                 warnings: tuple[str, ...] = ()) -> None:
        self.value = value
        self.relative_days = relative_days
        self.weekday = weekday
        self.warnings = warnings


# ---------------------------------------------------------------- resources


class _Class:
    """A word class: entry -> value, and entry -> coverage key (file, class, entry)."""

    def __init__(self, name: str):
        self.name = name
        self.values: dict[str, object] = {}
        self.keys: dict[str, tuple[str, ...]] = {}

    def add(self, entry: str, value: object, key: tuple[str, ...]) -> None:
        entry = " ".join(entry.split())
        if entry in self.values and self.values[entry] != value:
            raise ValueError(f"time class {self.name}: {entry!r} has two values")
        self.values[entry] = value
        self.keys[entry] = key


def _parse_value(raw: str) -> object:
    if raw == "-":
        return None
    if re.fullmatch(r"[+-]?\d+", raw):
        return int(raw)
    return raw


@resource
def _classes() -> dict[str, _Class]:
    """Every word class the rules can name, from the four table files."""
    out: dict[str, _Class] = {}

    def cls(name: str) -> _Class:
        return out.setdefault(name, _Class(name))

    for system, number, names, standalone in read_table("time/months.tsv"):
        targets = ["HMONTH"] if system == "hijri" else ["MONTH"] + (["MONTH_FREE"] if standalone == "yes" else [])
        for name in alternatives(names):
            for t in targets:
                cls(t).add(name, int(number), ("months.tsv", name))
    for english, names in read_table("time/weekdays.tsv"):
        for name in alternatives(names):
            cls("WEEKDAY").add(name, english, ("weekdays.tsv", name))
    for kind, number, names in read_table("time/numbers.tsv"):
        for name in alternatives(names):
            cls("ORD" if kind == "ordinal" else "CARD").add(name, int(number), ("numbers.tsv", kind, name))
    for row in read_table("time/lexicon.tsv"):
        name, value, words = row
        for word in alternatives(words):
            cls(name).add(word, _parse_value(value), ("lexicon.tsv", name, word))
    return out


@resource
def _patterns() -> dict[str, str]:
    out = {}
    for name, regex in read_table("time/patterns.tsv"):
        if re.compile(regex).groups:
            raise ValueError(f"time pattern {name} has a capturing group")
        out[name] = regex
    return out


@dataclass(frozen=True)
class _Clitics:
    proclitic: str  # regex of the optional proclitics before a time expression
    article: str  # the definite article
    lam: str  # the proclitic that swallows the article's alef (ل + العام -> للعام)
    lam_rest: str  # what is left of the article after that proclitic


@resource
def _clitics() -> _Clitics:
    """The proclitics and the article (syriadiplo.text.proclitics, from grammar.tsv)."""
    c = clitics()
    art, lam_art = c.article, c.lam_article
    cut = len(lam_art) - len(art) + 1
    # the article also stands before a day number (في الـ13 من الشهر الجاري, normalized ال13)
    return _Clitics(f"{proclitic_regex()}(?:{re.escape(art)}(?=[0-9]))?", art, lam_art[:cut], lam_art[cut:])


def _entry_regex(entry: str) -> str:
    """An entry as regex: spaces stretch; a leading article also matches its form after lam (للعام)."""
    c = _clitics()
    rx = r"\s+".join(re.escape(w) for w in entry.split())
    if entry.startswith(c.article) and len(entry) > len(c.article):
        # the proclitic lam has been consumed just before: ل + العام is written للعام
        collapsed = f"(?<={re.escape(c.lam)}){re.escape(c.lam_rest)}"
        rx = f"(?:{re.escape(c.article)}|{collapsed})" + rx[len(re.escape(c.article)) :]
    return rx


def _entry_branches(entry: str) -> list[tuple[str, str]]:
    """The entry's regex split as (first character, the rest): one branch, or two for a leading
    article (its plain form starts with alef, its form after a proclitic lam with lam)."""
    c = _clitics()
    rx = r"\s+".join(re.escape(w) for w in entry.split())
    first = re.escape(entry[0])
    if entry.startswith(c.article) and len(entry) > len(c.article):
        rest = rx[len(re.escape(c.article)) :]
        # (?<=ل)ل + rest with its first character consumed: the lam before it is looked behind for
        after_lam = f"(?<={re.escape(c.lam + c.lam_rest[0])}){re.escape(c.lam_rest[1:])}" + rest
        return [(first, re.escape(c.article[1:]) + rest), (re.escape(c.lam_rest[0]), after_lam)]
    return [(first, rx[len(first) :])]


def _alternation(entries: list[str]) -> str:
    """The entries, longest first, as one alternation grouped by first character: the same candidates in
    the same order as the flat alternation of `_entry_regex` (tested)."""
    return grouped_alternation(b for e in entries for b in _entry_branches(e))


# ---------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rule:
    name: str
    kind: str
    regex: re.Pattern[str]
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # (group name, class or pattern names)
    order: int
    needs: tuple[int, ...] = ()  # evidence sets (indices into _EVIDENCE_SETS) a text must hit for a match


def _compile(name: str, kind: str, template: str, order: int, grouped: bool = True) -> _Rule:
    """A rule's regex; `grouped=False` gives the flat alternation of entries (the reference form)."""
    classes, patterns = _classes(), _patterns()
    groups: list[tuple[str, tuple[str, ...]]] = []

    def expand(m: re.Match[str]) -> str:
        names = tuple(m.group(1).split("|"))
        gname = m.group(2) or f"_g{len(groups)}"
        unknown = [n for n in names if n not in classes and n not in patterns]
        if unknown:
            raise KeyError(f"time rule {name}: unknown class or pattern {unknown}")
        entries = sorted({e for n in names if n in classes for e in classes[n].values}, key=lambda e: (-len(e), e))
        words = [_alternation(entries)] if grouped and entries else [_entry_regex(e) for e in entries]
        parts = words + [f"(?:{patterns[n]})" for n in names if n in patterns]
        groups.append((gname, names))
        return f"(?P<{gname}>{'|'.join(parts)})"

    body = _PLACEHOLDER.sub(expand, template.replace(" ", r"\s+").replace("~", r"\s*"))
    regex = re.compile(rf"(?<![\w/])(?P<_pro>{_clitics().proclitic})(?P<_body>{body})(?!\w)")
    needs = tuple(sorted({k for names in _required(template) if (k := _evidence_id(names)) is not None}))
    return _Rule(name, kind, regex, tuple(groups), order, needs)


def _required(template: str) -> list[tuple[str, ...]]:
    """The placeholders every match of a rule template contains: those outside any group.

    A template with a top-level alternation requires none of them.
    """
    out, depth, i = [], 0, 0
    while i < len(template):
        ch = template[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            m = _PLACEHOLDER.match(template, i)
            if m:
                if depth == 0:
                    out.append(tuple(m.group(1).split("|")))
                i = m.end()
                continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return []
        i += 1
    return out


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """(the characters a parsed regex sequence can start with, whether it can match empty); None if unknown."""
    first: set[str] = set()
    for op, av in items:
        name = str(op)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero-width
        if name == "LITERAL":
            return first | {chr(av)}, False
        if name == "IN":
            chars: set[str] = set()
            for sop, sav in av:
                if str(sop) == "LITERAL":
                    chars.add(chr(sav))
                elif str(sop) == "RANGE":
                    chars.update(chr(c) for c in range(sav[0], sav[1] + 1))
                else:
                    return None, False
            return first | chars, False
        if name == "SUBPATTERN":
            sub, nullable = _first_chars(av[-1])
        elif name == "BRANCH":
            sub, nullable = set(), False
            for branch in av[1]:
                b, bn = _first_chars(branch)
                if b is None:
                    return None, False
                sub |= b
                nullable = nullable or bn
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, nullable = _first_chars(av[2])
            nullable = nullable or av[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        first |= sub
        if not nullable:
            return first, False
    return first, True


def _parse(pattern: str):
    """The parse tree of a regex (the `re` module's own parser)."""
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]  # Python >= 3.11
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]
    return sre_parse.parse(pattern)


def _needs_digit(pattern: str) -> bool:
    """Whether every match of a patterns.tsv regex starts with an ASCII digit."""
    first, nullable = _first_chars(_parse(pattern))
    return first is not None and not nullable and first <= set("0123456789")


def _entry_evidence(entry: str) -> str:
    """A substring every written form of a class entry contains: its longest word, the article's
    alef left off when the entry can be written after a proclitic lam (العام, للعام: لعام)."""
    c = _clitics()
    words = entry.split()
    if entry.startswith(c.article) and len(words[0]) > len(c.article):
        words[0] = c.lam_rest + words[0][len(c.article):]
    return max(words, key=len)


_EVIDENCE: Final[dict[tuple[str, ...], int]] = {}
_EVIDENCE_SETS: Final[list[tuple[str, ...]]] = []


def _evidence_id(names: tuple[str, ...]) -> int | None:
    """The index of the evidence set of a placeholder (its words or the digits); None if it has none."""
    classes, patterns = _classes(), _patterns()
    words: set[str] = set()
    for n in names:
        if n in classes:
            words.update(_entry_evidence(e) for e in classes[n].values)
        elif _needs_digit(patterns[n]):
            words.update("0123456789")
        else:
            return None  # punctuation: no word to look for
    if any(len(w) == 1 and not w.isdigit() for w in words):
        return None  # a one-letter word (و، م، ه) is in nearly every sentence: scanning for it filters nothing
    key = tuple(sorted(words, key=lambda w: (-len(w), w)))
    if key not in _EVIDENCE:
        _EVIDENCE[key] = len(_EVIDENCE_SETS)
        _EVIDENCE_SETS.append(key)
    return _EVIDENCE[key]


@resource
def _rules() -> tuple[_Rule, ...]:
    rows = read_table("time/rules.tsv")
    names = [r[0] for r in rows]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise ValueError(f"time rules defined twice: {sorted(dup)}")
    return tuple(_compile(name, kind, template, i) for i, (name, kind, template) in enumerate(rows))


# ---------------------------------------------------------------- matching


# not frozen, hashed on its fields: as Point
@dataclass(unsafe_hash=True)
class _Capture:
    value: Any  # a class value: a number, a name or a tuple
    cls: str
    collapsed: bool  # an article written after a proclitic lam (للعام for ل + العام)

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(self, value: Any, cls: str, collapsed: bool) -> None:
        self.value = value
        self.cls = cls
        self.collapsed = collapsed


def _lookup(names: tuple[str, ...], text: str, lexemes: list[tuple[str, ...]]) -> _Capture:
    classes, patterns = _classes(), _patterns()
    flat = " ".join(text.split())
    cl = _clitics()
    forms = [(flat, False)]
    if flat.startswith(cl.lam_rest) and not flat.startswith(cl.article):
        forms.append((cl.article + flat[len(cl.lam_rest) :], True))
    for n in names:
        c = classes.get(n)
        if c is None:
            continue
        for entry, collapsed in forms:
            if entry in c.values:
                lexemes.append(c.keys[entry])
                return _Capture(c.values[entry], n, collapsed)
    for n in names:
        if n in patterns and re.fullmatch(patterns[n], text):
            lexemes.append(("patterns.tsv", n))
            return _Capture(int(text) if text.isdigit() else text, n, False)
    raise AssertionError(f"no source of {names} gives {text!r}")  # the regex came from these sources


def _candidate_rules(text: str) -> list[_Rule]:
    """The rules whose every required placeholder has its evidence in `text` (the others cannot match)."""
    return list(_needed(_scan(text)[0]))


def _needed(hit: int) -> tuple[_Rule, ...]:
    """The rules all of whose evidence sets are in the bit mask `hit` of the sets a text holds (kept:
    sentences hold few distinct combinations of evidence; at most NEEDED_KEPT of them)."""
    kept = _needed_kept()
    rules = kept.get(hit)
    if rules is None:
        if len(kept) >= NEEDED_KEPT:
            kept.clear()
        rules = kept[hit] = tuple(rule for rule, needs in _scan_index()[1] if needs & hit == needs)
    return rules


@resource
def _needed_kept() -> dict[int, tuple[_Rule, ...]]:
    """The rules needed per evidence mask, as found so far for the active language (_needed)."""
    return {}


# ---------------------------------------------------------------- anchored matching
#
# A rule's regex starts with a lookbehind and an optional proclitic, so `finditer` cannot skip ahead
# to a likely start: it tries the whole rule at every character. But every match of a body starts
# with one of a few literal strings (the first words of its class entries, a digit), and the
# proclitic before it is one of a finite set of strings. One Aho-Corasick pass finds where those
# literal prefixes occur for all rules at once; a rule is then tried only where a prefix occurs,
# with the proclitics that fit in front of it: every position where `finditer` would find a match,
# in the same order, so the matches are the same (tested against `finditer`).

_PREFIX_CAP: Final = 8  # characters kept of a literal prefix (a shorter prefix is still a necessary one)
_PREFIX_SET_CAP: Final = 2048  # prefixes of a sequence beyond which they stop growing
_CHARSET_CAP: Final = 32  # a character class of more characters than this ends a prefix
_ZERO_WIDTH: Final = ("AT", "ASSERT", "ASSERT_NOT")


def _charset(av) -> list[str] | None:
    """The characters of a parsed character class, or None if it is negated, uses a category or is large."""
    chars: list[str] = []
    for op, val in av:
        name = str(op)
        if name == "LITERAL":
            chars.append(chr(val))
        elif name == "RANGE" and val[1] - val[0] < _CHARSET_CAP:
            chars.extend(chr(c) for c in range(val[0], val[1] + 1))
        else:
            return None
    return chars if len(chars) <= _CHARSET_CAP else None


def _prefixes(items) -> list[tuple[str, bool]]:
    """Literal prefixes of a parsed regex sequence as (prefix, whole) pairs: every string the sequence
    matches starts with one of the prefixes, and `whole` says the prefix is the entire string matched
    (so what follows the sequence may extend it). ("", False) means: no literal prefix known."""
    cur: list[tuple[str, bool]] = [("", True)]
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue  # a lookaround only narrows the matches; the prefixes stay necessary
        ext: list[tuple[str, bool]]
        if name == "LITERAL":
            ext = [(chr(av), True)]
        elif name == "IN":
            chars = _charset(av)
            ext = [("", False)] if chars is None else [(c, True) for c in chars]
        elif name == "SUBPATTERN":
            ext = _prefixes(av[-1])
        elif name == "BRANCH":
            ext = [pair for branch in av[1] for pair in _prefixes(branch)]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, sub = av
            ext = _prefixes(sub)
            if hi != 1:
                ext = [(p, False) for p, _ in ext]  # after the first repetition, stop
            if lo == 0:
                ext.append(("", True))
        else:
            ext = [("", False)]  # a back-reference, any character, ...: the prefix ends here
        nxt: dict[str, bool] = {}
        for p, whole in cur:
            for e, w in ([(p, False)] if not whole else [(p + e, w) for e, w in ext]):
                if len(e) >= _PREFIX_CAP:
                    e, w = e[:_PREFIX_CAP], False
                nxt[e] = nxt.get(e, True) and w  # a prefix one path ends at cannot be extended
        cur = list(nxt.items())
        if len(cur) > _PREFIX_SET_CAP:
            cur = [(p, False) for p, _ in cur]  # enough: stop extending
        if not any(w for _, w in cur):
            break
    return cur


def _minimal(prefixes: set[str]) -> list[str]:
    """The prefixes no other one of which is a prefix (the same positions qualify), sorted."""
    kept: set[str] = set()
    for p in sorted(prefixes, key=lambda x: (len(x), x)):
        if not any(p[:k] in kept for k in range(1, len(p))):
            kept.add(p)
    return sorted(kept)


def _body_prefixes(rule: _Rule) -> list[str] | None:
    """The literal strings one of which starts every match of the rule's body; None if some match of it
    can start with a character no short list names (the rule is then run with `finditer`)."""
    tree = _parse(rule.regex.pattern)
    body_group = rule.regex.groupindex["_body"]

    def find(items):
        for op, av in items:
            if str(op) == "SUBPATTERN":
                if av[0] == body_group:
                    return av[-1]
                found = find(av[-1])
                if found is not None:
                    return found
        return None

    body = find(tree)
    if body is None:
        return None
    prefixes = {p for p, _ in _prefixes(body)}
    return None if "" in prefixes else _minimal(prefixes)


@resource
def _proclitic_forms() -> tuple[str, ...] | None:
    """Every string the proclitic regex matches (a finite set), longest first; None if not finite."""
    pairs = _prefixes(_parse(_clitics().proclitic))
    if not all(whole for _, whole in pairs) or any(len(p) >= _PREFIX_CAP for p, _ in pairs):
        return None
    return tuple(sorted({p for p, _ in pairs}, key=lambda p: (-len(p), p)))


def _anchors() -> dict[int, list[str]]:
    """Per rule order, the literal prefixes of its body, for the rules that can be anchored."""
    if _proclitic_forms() is None:
        return {}
    out: dict[int, list[str]] = {}
    for rule in _rules():
        prefixes = _body_prefixes(rule)
        if prefixes is not None and rule.regex.match("") is None:
            out[rule.order] = prefixes
    return out


@resource
def _scan_index() -> tuple[StringMap, tuple[tuple[_Rule, int], ...], frozenset[int]]:
    """One scanner for every rule's evidence words and body prefixes, a string's value being (its length,
    the bit mask of the evidence sets it belongs to, the orders of the rules whose body it can start);
    each rule with the bit mask of the evidence sets it needs; and the orders of the anchored rules."""
    rules = _rules()  # compiling the rules fills the evidence sets
    masks: dict[str, int] = {}
    for k, ev in enumerate(_EVIDENCE_SETS):
        for w in ev:
            masks[w] = masks.get(w, 0) | (1 << k)
    anchors = _anchors()
    starts: dict[str, list[int]] = {}
    for order, prefixes in sorted(anchors.items()):
        for p in prefixes:
            starts.setdefault(p, []).append(order)
    keys = set(masks) | set(starts)
    table = StringMap({w: (len(w), masks.get(w, 0), tuple(starts.get(w, ()))) for w in keys})
    needs = tuple((rule, sum(1 << k for k in rule.needs)) for rule in rules)
    return table, needs, frozenset(anchors)


def _scan(text: str) -> tuple[int, list]:
    """In one pass: the bit mask of the evidence sets `text` holds, and the scanner's hits (for `_body_starts`)."""
    hits = list(_scan_index()[0].hits(text))
    hit = 0
    for _, value in hits:
        item: tuple[int, int, tuple[int, ...]] = value  # typed, so that compiled code unpacks it natively
        hit |= item[1]
    return hit, hits


def _body_starts(hits: list, orders: set[int]) -> dict[int, list[int]]:
    """Per anchored rule order in `orders`, the positions (ascending, maybe repeated) where one of its
    body prefixes occurs. Only the rules a text's evidence admits are asked for: most hits are prefixes
    of rules it does not."""
    starts: dict[int, list[int]] = {}
    for hit_end, value in hits:
        item: tuple[int, int, tuple[int, ...]] = value
        n, _, its = item
        for order in its:
            if order in orders:
                at = starts.get(order)
                if at is None:
                    starts[order] = [hit_end - n + 1]
                else:
                    at.append(hit_end - n + 1)
    return starts


@resource
def _proclitic_set() -> tuple[frozenset[str], int]:
    """The proclitic forms as a set, and the length of the longest."""
    pro = _proclitic_forms() or ("",)
    return frozenset(pro), max(map(len, pro))


def _match_starts(text: str, q: int, forms: frozenset[str], longest: int) -> list[int]:
    """The positions a match whose body starts at `q` can start at: `q` less a proclitic form written
    just before it, where the rule's lookbehind `(?<![\\w/])` holds (the regex checks it again)."""
    out: list[int] = []
    for k in range(min(longest, q) + 1):
        s = q - k
        if k and text[s:q] not in forms:
            continue
        if s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "_/"):
            out.append(s)
    return out


def _rule_matches(text: str) -> list[tuple[_Rule, re.Match[str]]]:
    """Every rule's `finditer` matches, for the rules whose evidence the text holds: an anchored rule is
    tried at the positions where its matches can start, in order, each search going on after the
    previous match as `finditer` does."""
    hit, hits = _scan(text)
    rules = _needed(hit)
    anchored = _scan_index()[2]
    if not rules:
        return []
    body_starts = _body_starts(hits, {rule.order for rule in rules if rule.order in anchored})
    forms, longest = _proclitic_set()
    starts_at: dict[int, list[int]] = {}
    out: list[tuple[_Rule, re.Match[str]]] = []
    for rule in rules:
        if rule.order not in anchored:
            out.extend((rule, m) for m in rule.regex.finditer(text))
            continue
        at: set[int] = set()
        for q in body_starts.get(rule.order, ()):
            ss = starts_at.get(q)
            if ss is None:
                ss = starts_at[q] = _match_starts(text, q, forms, longest)
            at.update(ss)
        end = 0
        match = rule.regex.match
        for s in sorted(at):
            if s >= end:
                m = match(text, s)
                if m is not None:
                    out.append((rule, m))
                    end = m.end()
    return out


def _select(text: str) -> list[TimeMention]:
    """Longest non-overlapping matches (earlier rule on ties), blocked ones included, by start."""
    cands = [(m.start(), m.end(), rule, m) for rule, m in _rule_matches(text)]
    cands.sort(key=lambda c: (c[0] - c[1], c[2].order, c[0]))
    starts: list[int] = []  # the chosen matches, disjoint, kept sorted by start
    ends: list[int] = []
    chosen = []
    for s, e, rule, m in cands:
        i = bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(_mention(rule, m, text))
    return sorted(chosen, key=lambda x: (x.start, x.end))


def tag(norm_text: str) -> list[TimeMention]:
    """All time expressions, longest match, non-overlapping, sorted by start.

    Args:
        norm_text: text normalized by `syriadiplo.text.normalize.normalize_text`.
    """
    found = [m for m in _select(norm_text) if m.kind != "blocked"]
    return _join_years(found, norm_text) if len(found) > 1 else found


_YEAR_GAP: Final = re.compile(r"\s*[\u060c,]?\s*(?:[^\W\d_]+\s+){0,3}")  # a comma and up to three words before the year
_YEAR_GAP_MAX: Final = 24


def _join_years(found: list[TimeMention], text: str) -> list[TimeMention]:
    """A yearless day or month followed within a few words by a bare year takes that year, as one
    mention (اذار ... عام 2014 -> 2014-03 whatever joins them): the date is given at the precision the
    text states, never in a guessed year."""
    out: list[TimeMention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and _yearless(prev) and _bare_year(m) and m.start - prev.end <= _YEAR_GAP_MAX:
            if _YEAR_GAP.fullmatch(text, prev.end, m.start) is not None:
                p = prev.point
                point = Point(year=m.point.year, month=p.month, day=p.day, weekday=p.weekday, mod=p.mod,
                              daypart=p.daypart, nth=p.nth, nth_unit=p.nth_unit)
                out[-1] = TimeMention(prev.start, m.end, text[prev.start:m.end], prev.kind, p.rel_days, p.weekday,
                                      None, prev.rule, point, None, prev.warnings, prev.lexemes + m.lexemes)
                continue
        out.append(m)
    return out


def _yearless(m: TimeMention) -> bool:
    p = m.point
    return (m.kind == "date" and m.until is None and p.month is not None and p.year is None and p.unit is None
            and p.direction is None and p.calendar == "gregorian" and p.holiday is None and p.rel_days is None)


def _bare_year(m: TimeMention) -> bool:
    p = m.point
    return (m.kind == "date" and m.until is None and p.year is not None and p.month is None and p.day is None
            and p.calendar == "gregorian" and p.mod is None and p.season is None and p.holiday is None)


def _mention(rule: _Rule, m: re.Match[str], text: str) -> TimeMention:
    lexemes: list[tuple[str, ...]] = [("rules.tsv", rule.name)]
    caps: dict[str, _Capture] = {}
    for gname, names in rule.groups:
        if m.group(gname) is not None:
            caps[gname] = _lookup(names, m.group(gname), lexemes)
    start, end = m.start("_body"), m.end("_body")
    if m.group("_pro") and any(c.collapsed and m.start(g) == start for g, c in caps.items()):
        start -= 1  # keep the lam of لل: ل+العام has no substring without it
    if "_pre" in caps and m.start("_pre") == start:
        start = m.end("_pre")
        while text[start].isspace():
            start += 1
    kind, point, until, warnings = _interpret(rule.kind, caps)
    return TimeMention(
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        relative_days=point.rel_days,
        weekday=point.weekday,
        direction=None if point.direction is None else max(-1, min(1, point.direction)),
        rule=rule.name,
        point=point,
        until=until,
        warnings=warnings,
        lexemes=tuple(lexemes),
    )


def _interpret(kind: str, caps: dict[str, _Capture]) -> tuple[str, Point, Point | None, tuple[str, ...]]:
    """The kind, the point, the range end and the warnings of one match."""

    def v(name: str):
        return caps[name].value if name in caps else None

    if kind in ("blocked", "vague", "duration"):
        direction = v("vague")
        if direction is None:
            direction = v("rdir") if v("rdir") is not None else v("dir")
        unit = v("unit") if kind == "duration" else None
        return kind, Point(unit=unit, direction=direction), None, ()
    if kind == "offset":
        unit = v("unit")
        count = v("count")
        if count is None:
            count = 2 if caps["unit"].cls == "UNIT_DUAL" else 1
        sign = v("rdir")
        if unit == "day":
            return "relative_day", Point(rel_days=sign * count, direction=sign), None, ()
        return "period", Point(unit=unit, offset=sign * count, direction=sign), None, ()
    if kind == "count_range":
        return _count_range(caps)
    return _interpret_date(kind, caps)


def _count_range(caps: dict[str, _Capture]) -> tuple[str, Point, Point | None, tuple[str, ...]]:
    """The next or last N units (الاسابيع الثلاثه المقبله): a range from the first unit to the Nth."""
    unit = caps["unit"].value
    sign = caps["dir"].value
    if unit is None or not sign:
        return "vague", Point(direction=sign), None, ()
    count = caps["count"].value if "count" in caps else 2
    sign = 1 if sign > 0 else -1
    first, last = (1, count) if sign > 0 else (-count, -1)
    until = Point(unit=unit, offset=last, direction=sign)
    return "range", Point(unit=unit, offset=first, direction=sign), until, ()


def _interpret_date(kind: str, caps: dict[str, _Capture]) -> tuple[str, Point, Point | None, tuple[str, ...]]:
    """A calendar date, a month, a year, a weekday, a feast or a period: its point and range end."""

    def v(name: str):
        return caps[name].value if name in caps else None

    warnings: list[str] = []
    hijri = "hmonth" in caps or "hyear" in caps
    year = v("hyear") if hijri else v("year")
    month = v("hmonth") if hijri else v("month")
    if month is None and "month_ord" in caps:
        month = v("month_ord")
        if month > 12:
            return "blocked", _NO_POINT, None, ()  # الشهر العشرين: no month
    if month is None and "month2" in caps:
        month = v("month2")  # من 3 الي 5 حزيران: the end's month is the start's
    day, dirv, unit = v("day"), v("dir"), v("unit") if "unit" in caps else v("unit2")
    if "month_alt" in caps and v("month_alt") != month:
        warnings.append(f"month pair disagrees: {month} and {v('month_alt')}; kept {month}")
    offset = None
    if unit is not None:
        offset = dirv if dirv is not None else 0
    elif day is not None and month is None and dirv is not None:
        unit, offset = "month", dirv  # 13 الجاري: the 13th of the document's month
    elif ("ydir" in caps or "ydem" in caps) and (month is not None or "season" in caps or "holiday" in caps) and not hijri:
        unit, offset = "year", v("ydir") if "ydir" in caps else v("ydem")  # اذار من العام الماضي: March of the document's year less one
    until = None
    if any(k in caps for k in ("day2", "weekday2", "year2", "month2")):
        month, year, until = _range_end(caps, month, year, day, unit, offset, hijri)
        kind = "range"
    nth = v("nth")
    point = Point(
        year=year,
        month=month,
        day=day,
        weekday=v("weekday"),
        calendar="hijri" if hijri else "gregorian",
        rel_days=v("rel"),
        unit=unit,
        offset=offset,
        direction=dirv,
        mod=v("mod"),
        daypart=v("dpart"),
        nth=nth,
        nth_unit=None if nth is None else (_weekday_nth(caps) if "weekday" in caps else v("nthunit")),
        holiday=v("holiday"),
        gyear=v("year") if hijri else None,
        season=v("season"),
    )
    return kind, point, until, tuple(warnings)


def _weekday_nth(caps: dict[str, _Capture]) -> str:
    """"weekday" for the nth weekday of a month; "weekday_or_day" when the ordinal follows the weekday
    (الاحد الثاني من اب: the second Sunday, or Sunday the 2nd when the 2nd is a Sunday)."""
    return "weekday_or_day" if caps["nth"].cls == "NTH_DEF" else "weekday"


def _range_end(caps: dict[str, _Capture], month, year, day, unit, offset, hijri: bool) -> tuple[Any, Any, Point]:
    """(month, year, end point) of a range: an end's month and year also hold for its start."""

    def v(name: str):
        return caps[name].value if name in caps else None

    month2, year2 = v("month2"), v("year2")
    if month is None and month2 is not None:
        month = month2
    if year is None and year2 is not None:
        year = year2
        if month2 is not None and (month, day or 1) > (month2, v("day2") or 1):
            year -= 1  # من 30 ديسمبر الى 2 يناير 2017 starts in 2016
    until = Point(
        year=year2 if year2 is not None else year,
        month=month2 if month2 is not None else month,
        day=v("day2"),
        weekday=v("weekday2"),
        calendar="hijri" if hijri else "gregorian",
        unit=unit,
        offset=offset,
        direction=v("dir"),
    )
    return month, year, until


# ---------------------------------------------------------------- resolution


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def _pick(keys: list, ref, direction: int | None, tense: str | None, dist, strict_future: bool = False):
    """The candidate the text means, among sorted `keys` around `ref`.

    A direction d < 0 takes the |d|-th before ref (الماضي -1, قبل الماضي -2), d > 0 the d-th after;
    with none, a past clause takes the last on or before ref, a future one the first after it
    (on or after unless `strict_future`), and a clause of unknown tense the nearest.
    """
    if direction is not None and direction != 0:
        pool = [k for k in keys if k < ref] if direction < 0 else [k for k in keys if k > ref]
        n = abs(direction)
        return (pool[-n] if direction < 0 else pool[n - 1]) if len(pool) >= n else None
    if tense == "past":
        pool = [k for k in keys if k <= ref]
        return pool[-1] if pool else None
    if tense == "future":
        pool = [k for k in keys if k > ref or (k == ref and not strict_future)]
        return pool[0] if pool else None
    return min(keys, key=lambda k: (dist(k, ref), k > ref)) if keys else None


def _years_around(year: int) -> range:
    """The years a yearless date may fall in (wide enough for قبل الماضي)."""
    return range(year - 3, year + 4)


def _month_dist(a: tuple[int, int], b: tuple[int, int]) -> int:
    return abs((a[0] * 12 + a[1]) - (b[0] * 12 + b[1]))


def _day_dist(a: _dt.date, b: _dt.date) -> int:
    return abs((a - b).days)


def _safe_date(y: int, m: int, d: int, warnings: list[str]) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        warnings.append(f"no such date: {y:04d}-{m:02d}-{d:02d}")
        return None


def _hijri_to_greg(y: int, m: int, d: int, warnings: list[str]) -> _dt.date | None:
    try:
        return _dt.date(*Hijri(y, m, d).to_gregorian().datetuple())
    except (ValueError, OverflowError) as e:
        warnings.append(f"Hijri date {y}-{m:02d}-{d:02d} not convertible: {e}")
        return None


def _value(p: Point, doc: _dt.date | None, tense: str | None, warnings: list[str]) -> tuple[str | None, _dt.date | None]:
    """(value, the day it names when it names one day) of a point."""
    if p.rel_days is not None and p.month is None and p.day is None:
        if doc is None:
            return None, None
        shifted = doc + _dt.timedelta(days=p.rel_days)
        return shifted.isoformat(), shifted
    if p.holiday is not None:
        return _holiday_value(p, doc, tense, warnings)
    if p.nth is not None:
        return _nth_value(p, doc, tense, warnings)
    if p.calendar == "hijri":
        return _hijri_value(p, doc, tense, warnings)
    if p.unit is not None:
        return _anchored_value(p, doc, warnings)
    y, m, d = p.year, p.month, p.day
    if d is not None and m is None:
        return _weekday_day_value(p, doc, tense)
    if y is not None and m is not None and d is not None:
        found = _safe_date(y, m, d, warnings)
        return (found.isoformat(), found) if found else (None, None)
    if m is not None and d is not None:
        if doc is None:
            return f"XXXX-{m:02d}-{d:02d}", None
        if p.direction == 0:
            day = _safe_date(doc.year, m, d, warnings)
        else:
            keys = [c for yy in _years_around(doc.year) for c in [_safe_date(yy, m, d, [])] if c]
            named = [k for k in keys if WEEKDAYS[k.weekday()] == p.weekday]
            day = _pick(named, doc, p.direction, tense, _day_dist) if named else None  # الجمعه 15 اب: the year it is a Friday
            if day is None:
                day = _pick(keys, doc, p.direction, tense, _day_dist)
        return (day.isoformat(), day) if day else (None, None)
    if m is not None:
        if y is not None:
            return f"{y:04d}-{m:02d}", None
        if doc is None:
            return f"XXXX-{m:02d}", None
        if p.direction == 0:
            return f"{doc.year:04d}-{m:02d}", None
        months = [(yy, m) for yy in _years_around(doc.year)]
        got = _pick(months, (doc.year, doc.month), p.direction, tense, _month_dist)
        return (f"{got[0]:04d}-{got[1]:02d}", None) if got else (None, None)
    if y is not None:
        return f"{y:04d}" + (f"-{p.season}" if p.season else ""), None
    if p.weekday is not None and doc is not None:
        idx = WEEKDAYS.index(p.weekday)
        keys = [doc + _dt.timedelta(days=k) for k in range(-21, 22) if (doc.weekday() + k) % 7 == idx]
        direction = p.direction
        if direction is None and tense != "future":
            tense = "past"  # news reports what happened: a bare weekday is the most recent one
        day = _pick(keys, doc, direction, tense, _day_dist, strict_future=True)
        return (day.isoformat(), day) if day else (None, None)
    return None, None


def _anchored_value(p: Point, doc: _dt.date | None, warnings: list[str]) -> tuple[str | None, _dt.date | None]:
    """A point on the document's week, month or year shifted by `offset`."""
    if doc is None:
        if p.unit == "month" and p.day is not None:
            return f"XXXX-XX-{p.day:02d}", None
        return None, None
    off = p.offset or 0
    if p.unit == "day":
        day = doc + _dt.timedelta(days=off)
        return day.isoformat(), day
    if p.unit == "week":
        monday = doc - _dt.timedelta(days=doc.weekday()) + _dt.timedelta(weeks=off)
        if p.weekday is not None:
            day = monday + _dt.timedelta(days=WEEKDAYS.index(p.weekday))
            return day.isoformat(), day
        iso_year, week, _ = monday.isocalendar()
        return f"{iso_year:04d}-W{week:02d}" + ("-WE" if p.mod == "END" else ""), None
    if p.unit == "month":
        y, m = _shift_month(doc.year, doc.month, off)
        if p.day is not None:
            found = _safe_date(y, m, p.day, warnings)
            return (found.isoformat(), found) if found else (None, None)
        return f"{y:04d}-{m:02d}", None
    if p.unit == "year":
        if p.month is None:
            return f"{doc.year + off:04d}" + (f"-{p.season}" if p.season else ""), None
        if p.day is None:
            return f"{doc.year + off:04d}-{p.month:02d}", None
        found = _safe_date(doc.year + off, p.month, p.day, warnings)
        return (found.isoformat(), found) if found else (None, None)
    return None, None


def _month_key(p: Point, doc: _dt.date | None, tense: str | None) -> tuple[int, int] | None:
    """(year, month) of the month a point names: stated, anchored on the document's month, or picked."""
    if p.unit == "month":
        return _shift_month(doc.year, doc.month, p.offset or 0) if doc else None
    if p.unit == "year" and p.month is not None:
        return (doc.year + (p.offset or 0), p.month) if doc else None
    if p.month is None:
        return None
    if p.year is not None:
        return p.year, p.month
    if doc is None:
        return None
    if p.direction == 0:
        return doc.year, p.month
    return _pick([(yy, p.month) for yy in _years_around(doc.year)], (doc.year, doc.month), p.direction, tense, _month_dist)


def _nth_value(p: Point, doc: _dt.date | None, tense: str | None, warnings: list[str]) -> tuple[str | None, _dt.date | None]:
    """The nth (or last) weekday, week or day of a month; its month alone when the year is unknown."""
    ym = _month_key(p, doc, tense)
    if ym is None:
        return (f"XXXX-{p.month:02d}", None) if p.month is not None and p.calendar == "gregorian" else (None, None)
    y, m = ym
    nth = p.nth or 1
    first = _dt.date(y, m, 1)
    last = _shift_date(first, 1) - _dt.timedelta(days=1)
    if p.nth_unit == "weekday_or_day" and nth > 0 and p.weekday is not None:
        as_day = _safe_date(y, m, nth, [])
        if as_day is not None and WEEKDAYS[as_day.weekday()] == p.weekday:
            return as_day.isoformat(), as_day  # الاحد الثاني من اب 2015: Sunday the 2nd
    if p.nth_unit in ("weekday", "weekday_or_day") and p.weekday is not None:
        idx = WEEKDAYS.index(p.weekday)
        if nth < 0:
            day = last - _dt.timedelta(days=(last.weekday() - idx) % 7)
        else:
            day = first + _dt.timedelta(days=(idx - first.weekday()) % 7 + 7 * (nth - 1))
    elif p.nth_unit == "week":
        # the ISO week holding the middle day of the month's nth (or last) seven days: most of them
        day = last - _dt.timedelta(days=3) if nth < 0 else first + _dt.timedelta(days=7 * (nth - 1) + 3)
    else:
        day = last if nth < 0 else first + _dt.timedelta(days=nth - 1)
    if day.month != m:
        warnings.append(f"no such day: {nth} {p.nth_unit} of {y:04d}-{m:02d}")
        return None, None
    if p.nth_unit == "week":
        iso_year, week, _ = day.isocalendar()
        return f"{iso_year:04d}-W{week:02d}", None
    return day.isoformat(), day


def _shift_date(d: _dt.date, months: int) -> _dt.date:
    y, m = _shift_month(d.year, d.month, months)
    return _dt.date(y, m, 1)


def _weekday_day_value(p: Point, doc: _dt.date | None, tense: str | None) -> tuple[str | None, _dt.date | None]:
    """A day of an unnamed month with its weekday (السبت السادس عشر): the month in which that day is that weekday."""
    d = p.day or 1
    if doc is None:
        return f"XXXX-XX-{d:02d}", None
    keys = []
    for k in range(-12, 13):
        y, m = _shift_month(doc.year, doc.month, k)
        found = _safe_date(y, m, d, [])
        if found is not None and (p.weekday is None or WEEKDAYS[found.weekday()] == p.weekday):
            keys.append(found)
    day = _pick(keys, doc, p.direction, tense, _day_dist)
    return (day.isoformat(), day) if day else (None, None)


def _hijri_year_in(gyear: int, m: int, d: int) -> int | None:
    """The Hijri year whose month m, day d falls in Gregorian year `gyear` (the first such), or None."""
    try:
        h = Gregorian(gyear, 1, 1).to_hijri().year
    except (ValueError, OverflowError):
        return None
    for hy in (h, h + 1):
        g = _hijri_to_greg(hy, m, d, [])
        if g is not None and g.year == gyear:
            return hy
    return None


def _julian_to_greg(y: int, m: int, d: int) -> _dt.date:
    """A Julian-calendar date in the Gregorian calendar (through the Julian day number)."""
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    jdn = d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083
    return _dt.date.fromordinal(jdn - 1721425)


def _easter(y: int, orthodox: bool) -> _dt.date:
    """Easter Sunday of year y: Western (Gregorian computus) or Orthodox (Julian computus, Meeus)."""
    if orthodox:
        a, b, c = y % 4, y % 7, y % 19
        dd = (19 * c + 15) % 30
        e = (2 * a + 4 * b - dd + 34) % 7
        month, day = divmod(dd + e + 114, 31)
        return _julian_to_greg(y, month, day + 1)
    a, b, c = y % 19, y // 100, y % 100
    dd, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - dd - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return _dt.date(y, month, day + 1)


def _holiday_days(holiday: str, gyear: int) -> list[_dt.date]:
    """The days a feast (a HOLIDAY value of lexicon.tsv) falls on in Gregorian year `gyear`."""
    calendar, _, rest = holiday.partition("-")
    if calendar == "easter":
        return [_easter(gyear, rest == "orthodox")]
    m, d = (int(x) for x in rest.split("-"))
    if calendar == "gregorian":
        return [_dt.date(gyear, m, d)]
    if calendar == "julian":
        return [g for g in (_julian_to_greg(gyear - 1, m, d), _julian_to_greg(gyear, m, d)) if g.year == gyear]
    hy = _hijri_year_in(gyear, m, d)
    out = []
    for h in ((hy, hy + 1) if hy is not None else ()):
        g = _hijri_to_greg(h, m, d, [])
        if g is not None and g.year == gyear:
            out.append(g)  # once in about 33 years a Hijri feast falls twice in one Gregorian year
    return out


def _holiday_value(p: Point, doc: _dt.date | None, tense: str | None, warnings: list[str]) -> tuple[str | None, _dt.date | None]:
    """A feast's day: in the year the text states (Gregorian or Hijri), else the one the document date and
    the clause's tense pick (as a yearless date)."""
    holiday = p.holiday or ""
    if p.calendar == "hijri":
        calendar, _, rest = holiday.partition("-")
        if calendar != "hijri" or p.year is None:
            return None, None
        m, d = (int(x) for x in rest.split("-"))
        g = _hijri_to_greg(p.year, m, d, warnings)
        return (g.isoformat(), g) if g else (None, None)
    year = p.year
    if year is None and p.unit == "year" and doc is not None:
        year = doc.year + (p.offset or 0)  # عيد الفطر من العام الماضي
    if year is not None:
        days = _holiday_days(holiday, year)
        return (days[0].isoformat(), days[0]) if days else (None, None)
    if doc is None:
        return (f"XXXX-{holiday[-5:]}", None) if holiday.startswith("gregorian-") else (None, None)
    keys = sorted(k for yy in _years_around(doc.year) for k in _holiday_days(holiday, yy))
    day = _pick(keys, doc, p.direction, tense, _day_dist)
    return (day.isoformat(), day) if day else (None, None)


def _hijri_value(p: Point, doc: _dt.date | None, tense: str | None, warnings: list[str]) -> tuple[str | None, _dt.date | None]:
    """A Hijri point in the Gregorian calendar: exact for a day, else the period it begins in."""
    y, m, d = p.year, p.month, p.day
    if y is None and m is not None and p.gyear is not None:
        y = _hijri_year_in(p.gyear, m, d or 1)  # رمضان 2014: the Ramadan that begins in 2014
        if y is None:
            return None, None
    if y is None and m is not None:
        if doc is None:
            return None, None
        h = Gregorian(doc.year, doc.month, doc.day).to_hijri()
        if p.direction == 0:
            y = h.year
        elif d is not None:
            keys = [g for hy in _years_around(h.year) for g in [_hijri_to_greg(hy, m, d, [])] if g]
            day = _pick(keys, doc, p.direction, tense, _day_dist)
            return (day.isoformat(), day) if day else (None, None)
        else:
            got = _pick([(hy, m) for hy in _years_around(h.year)], (h.year, h.month), p.direction, tense, _month_dist)
            y = got[0] if got else None
            if y is None:
                return None, None
    if y is None:
        return None, None
    if m is None:
        g = _hijri_to_greg(y, 1, 1, warnings)
        return (f"{g.year:04d}", None) if g else (None, None)
    if d is None:
        g = _hijri_to_greg(y, m, 1, warnings)
        return (f"{g.year:04d}-{g.month:02d}", None) if g else (None, None)
    g = _hijri_to_greg(y, m, d, warnings)
    return (g.isoformat(), g) if g else (None, None)


def calendar_side(value: str | None, day: _dt.date | None) -> int:
    """-1, 0 or 1: whether a value of a month or a day (2015-07, 2015-07-02) falls before, within or after the same
    unit of `day`; 0 for any other value (a week, a date of no year) or no day."""
    if value is None or day is None or len(value) not in (7, 10) or not value[:4].isdigit():
        return 0
    ref = day.isoformat()[:len(value)]
    return (value > ref) - (value < ref)


def resolve(m: TimeMention, doc_date: _dt.date | None, tense: str | None = None) -> ResolvedTime:
    """The value of a mention, against the document date when there is one.

    Args:
        m: a mention from `tag`.
        doc_date: the document's date (--doc-date, a JSONL `date`, or `document_date`), or None.
        tense: "past" | "future" | None, the tense of the clause the expression sits in; it picks
            the day a bare weekday or a yearless date means (past: the most recent on or before
            the document date; future: the next one). None: a weekday is read as past, a
            yearless date as the nearest.
    Returns:
        ResolvedTime; `warnings` names a weekday that contradicts the date, an impossible date,
        or a month pair that disagrees.
    """
    warnings = list(m.warnings)
    value = None
    if m.kind not in ("vague", "duration", "blocked"):
        value, day = _value(m.point, doc_date, tense, warnings)
        p = m.point
        if day is not None and p.rel_days is not None and doc_date is not None and p.day is not None:
            said = doc_date + _dt.timedelta(days=p.rel_days)
            if said != day:
                warnings.append(f"relative day {p.rel_days:+d} gives {said.isoformat()} but the text dates it {day.isoformat()}")
        if day is not None and p.weekday is not None:
            actual = WEEKDAYS[day.weekday()]
            if actual != p.weekday:
                warnings.append(f"weekday {p.weekday} named but {day.isoformat()} is a {actual}")
    return ResolvedTime(value=value, relative_days=m.relative_days, weekday=m.weekday, warnings=tuple(warnings))


def document_date(norm_text: str) -> _dt.date | None:
    """A date the article states near its top (dateline or date line), or None.

    The first full calendar date (day, month and year, Gregorian or Hijri) that starts within
    the first DOC_DATE_WINDOW characters: 'دمشق 25 تشرين الثاني 2013 (سانا)', 'موسكو - 2017/9/16',
    'السبت 16 ايلول 2017', 'نشر في: 16/09/2017'. A date after a publication mark (PUB_MARK of
    lexicon.tsv: 'تاريخ النشر: 16th, January 2025') beats an earlier one (a site header's day); a Hijri
    date followed by الموافق and its Gregorian day gives the Gregorian day, as the page states it.
    """
    head = norm_text[: DOC_DATE_WINDOW + 40]
    if not _YEAR_DIGITS.search(head):
        return None  # a full date states its year in four digits (YEAR, HYEAR of patterns.tsv)
    dates: list[tuple[TimeMention, _dt.date]] = []
    for m in tag(head):
        if m.start >= DOC_DATE_WINDOW:
            break
        if m.kind not in ("date", "range"):
            continue
        r = resolve(m, None)  # without a document date only a stated calendar date is full
        if r.value and _FULL_DATE.match(r.value):
            dates.append((m, _dt.date.fromisoformat(r.value)))
    if not dates:
        return None
    marks = _classes()["PUB_MARK"].values
    k = next((i for i, (m, _) in enumerate(dates) if _ends_with_entry(head[max(0, m.start - 40) : m.start], marks)), 0)
    corresp = _classes()["CORRESP"].values
    if k + 1 < len(dates) and dates[k][0].point.calendar == "hijri" and dates[k + 1][0].point.calendar != "hijri":
        between = head[dates[k][0].end : dates[k + 1][0].start]
        if _ends_with_entry(between, corresp) and len(between) < 40:
            k += 1
    return dates[k][1]


def _ends_with_entry(text: str, entries: dict[str, object]) -> bool:
    """Whether `text`, less trailing punctuation and spaces, ends with one of `entries` as whole words."""
    words = re.sub(r"[\W_]+", " ", text).split()
    return any(" ".join(words[-n:]) in entries for n in range(1, min(len(words), 6) + 1))
