"""Arabic orthographic normalization that keeps a map back to the original offsets.

Matching runs on a normalized copy of the text (no diacritics or tatweel, one
alef, final yeh and teh marbuta folded, Western digits, presentation forms
unfolded); every record points back at the user's bytes through `NormText`.
The character rules come from camel-tools' own normalizers, applied once per
code point to build a translation table; the hot path replaces the few characters a line holds.
The table is stored in resources/ar/normalization.tsv (`write_table()` writes
it; a test checks it against camel-tools), because importing camel-tools' character sets costs
most of a second at every start.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Final

from syriadiplo.compiled import c_module
from syriadiplo.language import resource
from syriadiplo.resources import read_table, resource_dir

TABLE_FILE: Final = "normalization.tsv"

# Code point ranges whose characters may change under normalization.
_ARABIC_BLOCKS: Final = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B (and the BOM)
)
# Invisible controls that carry no letters: bidi marks and embeddings, joiners, BOM, soft hyphen.
_INVISIBLE: Final = (
    [0x00AD, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)
_TATWEEL: Final = 0x0640
# The hashtag sign of text from social media and web pages (فلاديمير #بوتين): it goes, so a name or a
# place written as a hashtag reads as the word it is.
_HASHTAG: Final = {0x0023: ""}
# Persian look-alikes that Arabic text picks up from some keyboards: yeh, keheh, heh goal.
LOOKALIKES_FILE: Final = "lookalikes.tsv"


@resource
def _lookalikes() -> dict[int, str]:
    """Look-alike code point -> the Arabic letter it becomes (resources/ar/lookalikes.tsv)."""
    return {int(row[0], 16): chr(int(row[1], 16)) for row in read_table(LOOKALIKES_FILE)}


def normalize_char(ch: str) -> str:
    """Return what one character becomes under syriadiplo's normalization (may be empty), from camel-tools."""
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    cp = ord(ch)
    if cp in _INVISIBLE or cp == _TATWEEL:
        return ""
    lookalikes = _lookalikes()
    if cp in lookalikes:
        return lookalikes[cp]
    if 0x0660 <= cp <= 0x0669:
        return chr(cp - 0x0660 + 0x30)
    if 0x06F0 <= cp <= 0x06F9:
        return chr(cp - 0x06F0 + 0x30)
    out = normalize_unicode(ch) if 0xFB50 <= cp <= 0xFEFF else ch
    out = dediac_ar(out).replace(chr(_TATWEEL), "")
    out = normalize_alef_ar(out)
    out = normalize_alef_maksura_ar(out)
    out = normalize_teh_marbuta_ar(out)
    return "".join(lookalikes.get(ord(c), c) for c in out)


def compute_table() -> dict[int, str]:
    """Code point -> replacement for every character that changes, computed with camel-tools."""
    table: dict[int, str] = {}
    for lo, hi in _ARABIC_BLOCKS:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            out = normalize_char(ch)
            if out != ch:
                table[cp] = out
    for cp in _INVISIBLE:
        table[cp] = ""
    table.update(_HASHTAG)
    return table


def table_text(table: dict[int, str]) -> str:
    """The table as resources/ar/normalization.tsv holds it."""
    lines = [
        "# normalization.tsv: what each character that changes under normalization becomes (syriadiplo.text.normalize).",
        "# FORMAT: CODE_POINT <TAB> REPLACEMENT, both as hexadecimal code points; REPLACEMENT is the",
        "#   code points it becomes, space-separated, or - when the character is dropped.",
        "# source: camel-tools' dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar",
        "#   and normalize_unicode over the Arabic blocks, with bidi controls, tatweel, Persian look-alikes and",
        "#   the hashtag sign (dropped);",
        "#   written by syriadiplo.text.normalize.write_table() (a test compares it with camel-tools).",
    ]
    for cp in sorted(table):
        out = " ".join(f"{ord(c):04X}" for c in table[cp]) or "-"
        lines.append(f"{cp:04X}\t{out}")
    return "\n".join(lines) + "\n"


def load_table() -> dict[int, str]:
    """The stored table (resources/ar/normalization.tsv)."""
    return {int(cp, 16): "" if out == "-" else "".join(chr(int(c, 16)) for c in out.split())
            for cp, out in read_table(TABLE_FILE)}


@resource
def _tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """The translation table (code point -> replacement) and a regex of the characters that change length."""
    table = load_table()
    resizing = sorted(cp for cp, out in table.items() if len(out) != 1)
    cls = "".join(re.escape(chr(cp)) for cp in resizing)
    return table, re.compile(f"[{cls}]")


@resource
def _replacements() -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex of every character that changes, and the table keyed by character. No replacement holds a
    character that is itself replaced (tested), so replacing each present character once equals
    `str.translate`."""
    table, _ = _tables()
    changed = "".join(re.escape(chr(cp)) for cp in sorted(table))
    return re.compile(f"[{changed}]"), {chr(cp): out for cp, out in table.items()}


def resizing_marks(text: str) -> tuple[list[int], list[int]]:
    """The offsets of the characters of `text` that normalization drops or unfolds, and after each the
    running change of length (normalized minus original) up to and including it."""
    marks = _c_marks()
    if marks is not None:
        out: tuple[list[int], list[int]] = marks(text)
        return out
    return resizing_marks_py(text)


def resizing_marks_py(text: str) -> tuple[list[int], list[int]]:
    """`resizing_marks` in Python: the reference for the C normalizer's, and what runs without it."""
    table, resizing = _tables()
    at: list[int] = []
    shift: list[int] = []
    total = 0
    for m in resizing.finditer(text):
        o = m.start()
        total += len(table[ord(text[o])]) - 1
        at.append(o)
        shift.append(total)
    return at, shift


def normalized_offset(marks: tuple[list[int], list[int]], o: int) -> int:
    """Where the normalization of the character at original offset `o` starts (`o` may be the end)."""
    at, shift = marks
    k = bisect_left(at, o)  # the marks before o
    return o + (shift[k - 1] if k else 0)


def keeps_length(text: str) -> bool:
    """Whether normalizing `text` drops or unfolds no character (then offsets map one to one)."""
    return _tables()[1].search(text) is None


@resource
def _written_table() -> dict[int, str]:
    """What `written_letters` makes of each character it changes: a hashtag sign and a stretching stroke go, a
    presentation form becomes the letters it shows (Unicode compatibility composition, as normalization does)."""
    import unicodedata

    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for lo, hi in _ARABIC_BLOCKS[3:] for cp in range(lo, hi + 1)}
    table.update({_TATWEEL: "", **_HASHTAG})
    return {cp: out for cp, out in table.items() if out != chr(cp)}


def written_letters(text: str) -> str:
    """Text as written, its letters only: no hashtag sign (فلاديمير #بوتين), no stretching stroke (آل سعودــ) and no
    presentation forms (ﺍﻟﺴﻴﺴﻲ: السيسي); unlike `normalize_text`, alef, yeh, teh marbuta and diacritics stay as
    written. A name or a role written into a record goes through it."""
    return text.translate(_written_table())


def normalize_text(text: str) -> str:
    """Normalize `text` the way the matchers and every lexicon entry expect."""
    out: tuple[str, bool] = _line()(text)
    return out[0]


def normalize_line(text: str) -> tuple[str, bool]:
    """`normalize_text(text)`, and `keeps_length(text)` found on the way (no second scan)."""
    out: tuple[str, bool] = _line()(text)
    return out


@resource
def _line() -> Callable[[str], tuple[str, bool]]:
    """What `normalize_line` runs: the C normalizer's, else `normalize_line_py` with its tables looked up once
    (one loader call per line instead of two or three: normalization runs on every line and evidence text)."""
    c_line = _c_line()
    if c_line is not None:
        return c_line  # type: ignore[no-any-return]
    changed, repl = _replacements()
    return lambda text: _replaced(text, changed, repl)


def normalize_line_py(text: str) -> tuple[str, bool]:
    """`normalize_line` in Python: the reference for the C normalizer, and what runs without it."""
    changed, repl = _replacements()
    return _replaced(text, changed, repl)


def _replaced(text: str, changed: re.Pattern[str], repl: dict[str, str]) -> tuple[str, bool]:
    """`normalize_line_py` of `text` given `_replacements()`."""
    # str.translate looks up every character in the table; a news line holds only a handful of distinct
    # characters that change, and one str.replace per such character is faster. The search goes on after
    # the replacement: what lies before it holds no character that changes.
    pos = 0
    keeps = True
    while (m := changed.search(text, pos)) is not None:
        ch = m.group()
        new = repl[ch]
        text = text.replace(ch, new)
        pos = m.start() + len(new)
        keeps = keeps and len(new) == 1
    return text, keeps


@resource
def _c_normalizer():
    """The C normalizer (syriadiplo._ctext, built with the compiled modules) of the table, or None without it."""
    ctext = c_module()
    return None if ctext is None else ctext.Normalizer(_tables()[0])


@resource
def _c_line():
    n = _c_normalizer()
    return None if n is None else n.line


@resource
def _c_marks():
    n = _c_normalizer()
    return None if n is None else n.marks


@dataclass
class NormText:
    """A normalized text with the map back to the original it came from.

    Args:
        original: the text as the user gave it.
        given: its normalized text, when already known and of the same length (no character of the
            original is dropped or unfolded): the map is then the identity. Not kept.
        resized: `given` is the normalized text of an original that drops or unfolds characters: it is
            taken as it is, and the map is built from the original.
    """

    original: str
    given: str | None = field(default=None, repr=False, compare=False)
    resized: bool = field(default=False, repr=False, compare=False)
    text: str = field(init=False)
    # Piecewise-linear map: normalized index n >= _norm[k] maps to _orig[k] + (n - _norm[k]).
    _norm: list[int] = field(init=False, repr=False)
    _orig: list[int] = field(init=False, repr=False)

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(self, original: str, given: str | None = None, resized: bool = False) -> None:
        self.original = original
        self.given = given
        self.resized = resized
        self.__post_init__()

    def __post_init__(self) -> None:
        if self.given is not None and not self.resized and len(self.given) == len(self.original):
            self.text, self.given = self.given, None
            self._norm, self._orig = [0], [0]
            return
        table = _tables()[0]
        self.text = self.given if self.given is not None and self.resized else normalize_text(self.original)
        self.given = None
        norm, orig = [0], [0]
        shift = 0  # normalized index minus original index, so far
        for o in resizing_marks(self.original)[0]:
            out = table[ord(self.original[o])]
            n = o + shift
            if not out:
                norm.append(n)
                orig.append(o + 1)
                shift -= 1
            else:  # one character unfolds into several: all of them point at it
                for k in range(len(out)):
                    norm.append(n + k)
                    orig.append(o)
                norm.append(n + len(out))
                orig.append(o + 1)
                shift += len(out) - 1
        self._norm, self._orig = norm, orig

    def to_orig(self, n: int) -> int:
        """Original offset of normalized index `n` (a start offset)."""
        if len(self._norm) == 1:
            return n  # the identity: no character was dropped or unfolded (the one piece starts at 0, 0)
        k = bisect_right(self._norm, n) - 1
        return self._orig[k] + (n - self._norm[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalized span [start, end)."""
        if len(self._norm) == 1:  # the identity map: what follows, with to_orig(n) = n
            if end <= start:
                return start, start
            return start, (end if end < len(self.text) else len(self.original))
        if end <= start:
            o = self.to_orig(start)
            return o, o
        if end >= len(self.text):
            o_end = len(self.original)
        else:
            o_end = self.to_orig(end)
            # `end` inside the unfolding of one original character (a ligature such as U+FDFA): the span must keep that character whole
            if o_end == self.to_orig(end - 1):
                o_end += 1
        return self.to_orig(start), o_end

    def original_span_text(self, start: int, end: int) -> str:
        """The original text behind the normalized span, trimmed of surrounding spaces."""
        s, e = self.span(start, end)
        return self.original[s:e].strip()


def write_table() -> Path:
    """Recompute the table with camel-tools and store it (after changing the rules above)."""
    path = resource_dir() / TABLE_FILE
    path.write_text(table_text(compute_table()), encoding="utf-8")
    return path
