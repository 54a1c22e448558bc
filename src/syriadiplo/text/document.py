"""Loader and cleaner: an article file becomes a `Document` of kept sentences.

Boilerplate (ticker lines of glued headlines, comment footers, subscribe
blocks, section labels, truncated teasers) is removed line by line with the
patterns of resources/ar/boilerplate.tsv. Nothing is rewritten: every kept
sentence is a span of the original text, so offsets stay exact.
"""
from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Final

from syriadiplo.language import resource
from syriadiplo.resources import read_table
from syriadiplo.text.normalize import NormText, normalize_line, normalize_text, normalized_offset, resizing_marks

# A line this long with no sentence punctuation and this many glue points is a ticker line.
TICKER_MIN_CHARS: Final = 150
TICKER_MIN_GLUES: Final = 2
TITLE_MAX_CHARS: Final = 200
TEASER_MIN_CHARS: Final = 40
DATELINE_MAX_LINE: Final = 3  # a dateline stands among the first kept lines (after the title, often)

# a stop, the closing quotes and brackets after it, before a space or the end; a full stop glued between two words of
# Arabic letters, the one before it of four letters or more (الأنبار.وهذه: a space left out; إتش.دي, initials, are
# shorter); or a line break. The class of all comes first so that the search skips ahead to them (the same matches as
# the plain `[.!?\u061f][quotes]*(?=\s|$)|\n` and the glued stop tested apart)
_SENTENCE_END: Final = re.compile(
    r"[.!?\u061f\n](?:(?<=\n)|[\"'\u201d\u00bb)\]]*(?=\s|$)|(?<=[\u0621-\u064a]{4}\.)(?=[\u0621-\u064a]{2}))")
_ELLIPSIS_END: Final = re.compile(r"(?:\.\.\.|\u2026)\s*$")
_QUOTE_OPENS: Final = ("\u00ab", "\u201c")  # « “
_QUOTE_CLOSES: Final = ("\u00bb", "\u201d")  # » ”
_PLAIN_QUOTE: Final = '"'  # opens and closes alike
_ELLIPSES: Final = ("...", "\u2026")  # a line that _ELLIPSIS_END finds in ends, spaces aside, with one of these
# a sentence stop that is not part of an ellipsis, then a space; the stop comes first (the lookbehind that
# says no dot precedes it after it) so that the search skips ahead to stop characters
_HAS_STOP: Final = re.compile(r"[.!?\u061f](?<!\.[.!?\u061f])(?!\.)\s")
TICKER_SURE_GLUES: Final = 4
_GAP: Final = re.compile(r"\s{2,}")  # two spaces or more: a paragraph break of a page flattened to one line
_BLANK_LINE: Final = re.compile(r"\n[^\S\n]*\n")  # a paragraph break: a line of spaces, or none, between two
_STOP_END: Final = re.compile(r"[.!?\u061f:;\u2026][\"'\u201d\u00bb)\]]*$")  # a line that ends a sentence
RUN_MIN_LINES: Final = 4
# what a byline, a dateline or a date line holds and a sentence broken across lines seldom does
_BYLINE_MARK: Final = re.compile(r"[-\u2013\u2014:|/&\d]")
# a list item's mark at a line's start: a bullet or dash, or a number and its dot or bracket
_LIST_ITEM: Final = re.compile(r"(?:[-\u2013\u2014\u2022\u25aa\u25cf\u00b7*]|\d+\s*[.)\-]\s)")
# A "sentence" longer than this (a scraped page on one line with no full stop) is cut at a space,
# so that no stage ever works on one multi-megabyte string.
MAX_SENTENCE_CHARS: Final = 5000


@resource
def _compositions() -> tuple[dict[str, str], re.Pattern[str]]:
    """Canonical pairs (base, combining mark) that compose into one character, keyed by the pair, and a
    regex of the marks. From the Unicode database: a decomposed hamza or madda (alef + U+0653, yeh +
    U+0654, ...) as some scrapers and macOS tools write, and the same for every script."""
    pairs: dict[str, str] = {}
    for cp in range(0xC0, 0x12000):  # no character above composes canonically from two
        ch = chr(cp)
        dec = unicodedata.decomposition(ch)
        if dec and not dec.startswith("<") and len(dec.split()) == 2:
            pair = "".join(chr(int(x, 16)) for x in dec.split())
            if unicodedata.normalize("NFC", pair) == ch:  # not a composition exclusion
                pairs[pair] = ch
    marks = sorted({pair[1] for pair in pairs})
    return pairs, re.compile("[" + "".join(re.escape(m) for m in marks) + "]")


def compose(text: str) -> tuple[str, list[int]]:
    """`text` with each (base, combining mark) pair that has a composed character replaced by it, and the
    composed offsets at which a pair was joined (empty, and `text` itself, when there is none).

    The cleaner and the matchers see one hamza or madda form however the text spells it; `original_offset`
    maps an offset of the composed text back to `text`. Nothing else changes: marks are not reordered.
    """
    if unicodedata.is_normalized("NFC", text):  # in C: no pair to join (the common case)
        return text, []
    pairs, marks = _compositions()
    if marks.search(text) is None:
        return text, []
    out: list[str] = []
    joined: list[int] = []
    pos = 0
    n = 0  # length of the composed text so far
    for m in marks.finditer(text):
        o = m.start()
        if o <= pos or text[o - 1:o + 1] not in pairs:
            continue
        out.append(text[pos:o - 1])
        n += o - 1 - pos
        out.append(pairs[text[o - 1:o + 1]])
        joined.append(n)
        n += 1
        pos = o + 1
    if not joined:
        return text, []
    out.append(text[pos:])
    return "".join(out), joined


def original_offset(joined: list[int], n: int) -> int:
    """The offset in the text `compose` was given of offset `n` of the composed text."""
    return n + bisect_left(joined, n)


@dataclass
class Sentence:
    """A kept sentence: its original span and its normalized text."""

    index: int
    start: int
    end: int
    norm: NormText
    is_title: bool = False

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(self, index: int, start: int, end: int, norm: NormText, is_title: bool = False) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.norm = norm
        self.is_title = is_title

    @property
    def text(self) -> str:
        return self.norm.original


@dataclass
class Document:
    """One article after cleaning (or one piece of a long one: `span`, the piece's bounds in `original`)."""

    doc_id: str
    path: str
    original: str
    title: str | None = None
    dateline: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    removed: list[tuple[int, int, str]] = field(default_factory=list)
    doc_date: _dt.date | None = None  # when known
    span: tuple[int, int] | None = None  # a piece's [start, end) in original (None: the whole text)

    # written out: compiled, the __init__ the dataclass decorator writes would run as interpreted Python
    def __init__(
            self, doc_id: str, path: str, original: str, title: str | None = None, dateline: str | None = None,
            sentences: list[Sentence] | None = None, removed: list[tuple[int, int, str]] | None = None,
            doc_date: _dt.date | None = None, span: tuple[int, int] | None = None,
    ) -> None:
        self.doc_id = doc_id
        self.path = path
        self.original = original
        self.title = title
        self.dateline = dateline
        self.sentences = [] if sentences is None else sentences
        self.removed = [] if removed is None else removed
        self.doc_date = doc_date
        self.span = span

    def clean_text(self) -> str:
        """The article text after boilerplate stripping, one kept line per line."""
        out: list[str] = []
        buf: list[str] = []
        cur_line: int | None = None
        ln = seen = 0  # line breaks before `seen`, counted once (sentences come in order)
        for s in self.sentences:
            if s.start < seen:
                ln, seen = 0, 0
            ln, seen = ln + self.original.count("\n", seen, s.start), s.start
            if ln != cur_line and buf:
                out.append(" ".join(buf))
                buf = []
            cur_line = ln
            buf.append(self.original[s.start:s.end])
        if buf:
            out.append(" ".join(buf))
        return "\n".join(out) + ("\n" if out else "")


@dataclass(frozen=True)
class _Patterns:
    cut: tuple[re.Pattern[str], ...]
    drop: tuple[re.Pattern[str], ...]
    labels: frozenset[str]
    glue: tuple[re.Pattern[str], ...]
    title: tuple[re.Pattern[str], ...]
    dateline: tuple[re.Pattern[str], ...]
    open_words: frozenset[str]
    commas: frozenset[str]
    any_glue: tuple[re.Pattern[str], ...]  # the glue patterns as one alternation: whether a line has any
    tags: tuple[re.Pattern[str], ...]


@resource
def _patterns() -> _Patterns:
    groups: dict[str, list] = {k: [] for k in ("cut", "drop", "label", "glue", "title", "dateline", "open", "tags")}
    for row in read_table("boilerplate.tsv"):
        action, pattern = row[0], row[1]
        if action == "abbrev":
            continue  # read by `abbreviations`: no line pattern
        if action in ("label", "open"):
            groups[action].append(pattern)
        else:
            groups[action].append(re.compile(pattern, re.IGNORECASE))
    def one(pats: list[re.Pattern[str]]) -> tuple[re.Pattern[str], ...]:
        # "does any of them match": one alternation scans the line once instead of once per pattern. When
        # every pattern is anchored at the line start, the anchor goes in front of the alternation, where
        # the regex engine sees it and tries the start alone instead of every position
        if not pats:
            return ()
        if all(p.pattern.startswith("^") for p in pats):
            return (re.compile("^(?:" + "|".join(f"(?:{p.pattern[1:]})" for p in pats) + ")", re.IGNORECASE),)
        return (re.compile("|".join(f"(?:{p.pattern})" for p in pats), re.IGNORECASE),)

    return _Patterns(
        one(groups["cut"]), one(groups["drop"]), frozenset(groups["label"]),
        tuple(groups["glue"]), tuple(groups["title"]), tuple(groups["dateline"]), frozenset(groups["open"]),
        frozenset(w for w in groups["open"] if len(w) == 1 and not w.isalpha()),
        one(groups["glue"]), tuple(groups["tags"]),
    )


def _is_ticker(line: str) -> bool:
    """Several headlines glued into one line: long, no full stops, and glue points between words."""
    if len(line) < TICKER_MIN_CHARS:
        return False
    # as many glue points as decide: TICKER_SURE_GLUES, or TICKER_MIN_GLUES on a line with no stop
    need = TICKER_SURE_GLUES if _HAS_STOP.search(line) else TICKER_MIN_GLUES
    return _glues(line, need) >= need


def _glues(line: str, enough: int) -> int:
    """The glue points of `line`, counted until there are `enough`."""
    pats = _patterns()
    # most lines have none: one scan of the alternation says so, instead of one scan per pattern
    if not pats.any_glue or pats.any_glue[0].search(line) is None:
        return 0
    glues = 0
    for p in pats.glue:
        glues += len(p.findall(line))
        if glues >= enough:
            break
    return glues


def _ticker_pieces(line: str, gapped: bool) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The stretches of `line` that are not tickers, and those that are (offsets into `line`).

    The line is cut just after each sentence stop that _HAS_STOP sees (not a headline's "..") and at each
    run of two or more spaces (where a flattened page had its line breaks). No piece holds a stop, so each
    is a ticker by the stop-free test: long enough, with TICKER_MIN_GLUES glue points. With `gapped`, only
    a piece that ends at such a run can be one: the line was no ticker as a whole, and a paragraph's
    sentence with two slips of the keyboard is not one.
    """
    stops = {m.start() + 1 for m in _HAS_STOP.finditer(line)}
    gaps = {m.start() for m in _GAP.finditer(line)}
    keep: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    s = 0
    for cut in sorted(stops | gaps) + [len(line)]:
        piece = line[s:cut]
        if piece.strip():
            if ((cut in gaps or not gapped) and len(piece) >= TICKER_MIN_CHARS
                    and _glues(piece, TICKER_MIN_GLUES) >= TICKER_MIN_GLUES):
                removed.append((s, cut))
            else:
                keep.append((s, cut))
        s = cut
    return keep, removed


def _visible(body: str) -> tuple[str, list[int] | None]:
    """`body` without the characters normalization drops (bidi marks, joiners, tatweel, diacritics), which
    hide glue points and stops from the ticker tests, and where each kept character stands in `body` (with
    its length last); `(body, None)` when there is none. Letters are kept as they are: glue points are
    written for them."""
    at, shift = resizing_marks(body)
    dropped = [o for k, o in enumerate(at) if shift[k] < (shift[k - 1] if k else 0)]
    if not dropped:
        return body, None
    pieces: list[str] = []
    where: list[int] = []
    s = 0
    for o in dropped:  # increasing offsets: keep the stretch before each dropped character
        pieces.append(body[s:o])
        where.extend(range(s, o))
        s = o + 1
    pieces.append(body[s:])
    where.extend(range(s, len(body)))
    return "".join(pieces), where + [len(body)]


def _ticker_test(body: str, keeps: bool) -> tuple[bool, list[tuple[int, int]], list[tuple[int, int]]]:
    """Whether the line `body` goes whole as a ticker, else its stretches to keep and the ticker stretches
    to remove (offsets into `body`; both empty when the line has no ticker in it)."""
    line, where = (body, None) if keeps else _visible(body)
    if len(line) < TICKER_MIN_CHARS:
        return False, [], []
    has_stop = _HAS_STOP.search(line) is not None
    need = TICKER_SURE_GLUES if has_stop else TICKER_MIN_GLUES
    glues = _glues(line, need)
    # a line with sentences (an article whose line breaks were lost, as in a JSONL text field or a
    # page flattened to one line) loses only its stretches that are tickers by themselves; a ticker
    # line whose glue points spread over all of it goes whole (_is_ticker on the whole line)
    rest, tickers = (_ticker_pieces(line, glues < need) if has_stop and glues >= TICKER_MIN_GLUES else ([], []))
    if rest and tickers:
        if where is not None:
            rest = [(where[p], where[q]) for p, q in rest]
            tickers = [(where[p], where[q]) for p, q in tickers]
        return False, rest, tickers
    return glues >= need or bool(tickers), [], []


def _lines(text: str, start: int, end: int):
    pos = start
    for raw in text[start:end].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        yield pos, pos + len(body), body
        pos += len(raw)


def sentence_ends(text: str, start: int, end: int) -> list[int]:
    """Where the sentences of text[start:end] end: the ends of _SENTENCE_END's matches, but for the full stop
    of an abbreviation (boilerplate.tsv, abbrev: د. عادل الطريفي is a doctor's name, not two sentences)."""
    longest = _longest_abbreviation()
    out: list[int] = []
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.start()
        if text[stop] == "." and (_abbreviation_before(text, stop, start, longest)
                                  or _ellipsis_in_quote(text, out[-1] if out else start, stop)):
            continue
        out.append(m.end())
    return out


def _ellipsis_in_quote(text: str, start: int, stop: int) -> bool:
    """Whether the full stop at `stop` closes an ellipsis inside a quotation the sentence opened at `start` has not
    closed: «سأزور كوريا الشمالية وألتقي ... كيم جونغ أون» leaves words out of what was said, it ends no sentence."""
    if not text.startswith(_ELLIPSES[0], stop - 2):
        return False
    said = text[start:stop]
    opened = sum(map(said.count, _QUOTE_OPENS)) - sum(map(said.count, _QUOTE_CLOSES))
    return opened > 0 or said.count(_PLAIN_QUOTE) % 2 == 1


@resource
def abbreviations() -> frozenset[str]:
    """The words boilerplate.tsv lists as abbreviations whose full stop ends no sentence (د), normalized."""
    return frozenset(row[1] for row in read_table("boilerplate.tsv") if row[0] == "abbrev")


@resource
def _longest_abbreviation() -> int:
    """The characters of the longest abbreviation boilerplate.tsv lists (وا.د): how far back a full stop is read."""
    return max(map(len, abbreviations()), default=0)


def _abbreviation_before(text: str, stop: int, start: int, longest: int) -> bool:
    """Whether the word right before the full stop at `stop` (after `start`), of `longest` characters at most, is an
    abbreviation, normalized."""
    k = stop
    while k > start and stop - k <= longest and not text[k - 1].isspace():
        k -= 1  # (no further back than the longest abbreviation: a URL's dots are not read back to its start)
    whole = k == start or text[k - 1].isspace()
    return whole and 0 < stop - k <= longest and normalize_text(text[k:stop]) in abbreviations()


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of spaces."""
    spans, s = [], start
    for stop in sentence_ends(text, start, end):
        spans.append((s, stop))
        s = stop
    spans.append((s, end))
    out = []
    for a, b in _capped(text, spans):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _capped(text: str, spans: list[tuple[int, int]]):
    for a, b in spans:
        while b - a > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", a + MAX_SENTENCE_CHARS // 2, a + MAX_SENTENCE_CHARS)
            cut = cut + 1 if cut > 0 else a + MAX_SENTENCE_CHARS
            yield a, cut
            a = cut
        yield a, b


def piece_spans(text: str, size: int) -> list[tuple[int, int]]:
    """Consecutive spans covering `text`, each at most `size` characters (one span for a shorter text).

    A long article is cleaned and extracted a piece at a time (pipeline.PIECE_CHARS), so that memory
    does not grow with its length. Each piece ends, in the second half of its room, at a paragraph break
    (after a blank line) if there is one, else after a line, else after a sentence, else after a space.
    """
    spans: list[tuple[int, int]] = []
    a = 0
    while len(text) - a > size:
        cut = _piece_end(text, a + size // 2, a + size)
        spans.append((a, cut))
        a = cut
    spans.append((a, len(text)))
    return spans


def _piece_end(text: str, lo: int, hi: int) -> int:
    """Where a piece whose room ends at `hi` stops: the last good cut in text[lo:hi] (see piece_spans)."""
    blank = None
    for m in _BLANK_LINE.finditer(text, lo, hi):
        blank = m
    if blank is not None:
        return blank.end()
    k = text.rfind("\n", lo, hi)
    if k >= 0:
        return k + 1
    ends = sentence_ends(text, lo, hi)
    if ends and ends[-1] < hi:
        return ends[-1]
    k = text.rfind(" ", lo, hi)
    return k + 1 if k >= 0 else hi


def _tags_cut(pats: _Patterns, a: int, body: str) -> tuple[int, int] | None:
    """Where the site's tag words end the article's last line (boilerplate.tsv tags: سمات then keywords, no stop after
    them): (end of what is kept, start of the tags) as offsets into the text, or None."""
    m = next((m for p in pats.tags if (m := p.search(body))), None)
    if m is None:
        return None
    keep = body[:m.start(1)].rstrip()
    return a + len(keep), a + m.start(1)


def _teaser_cut(text: str, a: int, b: int, later_lines: list[str]) -> tuple[int, int] | None:
    """For the line text[a:b] that ends in an ellipsis: None when it is kept, else where its kept part ends
    and its removed part starts (both `a` when it goes whole as a teaser). A teaser is repeated later or
    long; a long one that holds whole sentences before the cut and is not repeated is a lead cut short."""
    stem = normalize_text(_ELLIPSIS_END.sub("", text[a:b])).strip()
    later = any(stem and stem in n for n in later_lines)
    kept_to = None if later else _lead_before_cut(text, a, b)
    if kept_to is not None:
        return kept_to
    return (a, a) if later or len(stem) >= TEASER_MIN_CHARS else None


def _lead_before_cut(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the whole sentences of the line text[a:b], which ends in an ellipsis, end and where the
    sentence the ellipsis cuts starts, when the line holds whole sentences before that one: a lead
    paragraph cut short, not a teaser; else None.

    A teaser is one sentence (a headline or the opening words of a paragraph) cut short; the article's
    first paragraph shown whole up to a paywall or a "read more" cut holds full sentences before it."""
    sentences = split_sentences(text, a, b)
    if len(sentences) < 2:
        return None
    return sentences[-2][1], sentences[-1][0]


def _runs_on(norm: str, pats: _Patterns) -> bool:
    """Whether the stripped normalized line `norm` breaks off a sentence: it ends on a comma or on a word
    no sentence ends on (boilerplate.tsv, open: the one-character entries are the commas)."""
    return norm[-1:] in pats.commas or norm[norm.rfind(" ") + 1:] in pats.open_words


def _has_comma(norm: str, pats: _Patterns) -> bool:
    return any(c in norm for c in pats.commas)


def _joins(text: str, lines: list[tuple[int, int, str]], norm_lines: list[str], kept: list[tuple[int, bool]],
           spans: dict[int, list[tuple[int, int]]], pats: _Patterns) -> set[int]:
    """The kept lines whose last sentence goes on in the next line, a hard line break inside a sentence.

    A run of kept lines, each the next line of the text, kept whole and no list item, none but the last
    ending on a stop, is one paragraph. Its line that breaks off (`_runs_on`) goes on in the next; and when
    one does, or a line after its first holds a comma, so does every line of a run of RUN_MIN_LINES or more:
    a paragraph broken at a fixed width or pasted with breaks, not a headline over a byline over the text.
    """
    out: set[int] = set()
    run: list[int] = []
    for i, _ in kept + [(-1, False)]:
        if run and not (i == run[-1] + 1 and i not in spans and run[-1] not in spans
                        and text[lines[run[-1]][1]:lines[i][0]] in ("\n", "\r\n")
                        and not _LIST_ITEM.match(norm_lines[i]) and not _STOP_END.search(norm_lines[run[-1]])):
            broken = [k for k in run[:-1] if _runs_on(norm_lines[k], pats)]
            # a long run is a paragraph when a line breaks off or one after its first holds a clause's comma
            if len(run) >= RUN_MIN_LINES and (broken or (any(_has_comma(norm_lines[k], pats) for k in run[1:-1])
                                                         and not any(_BYLINE_MARK.search(norm_lines[k]) for k in run))):
                broken = run[:-1]
            out.update(broken)
            run = []
        run.append(i)
    return out


def _add_sentences(doc: Document, lines: list[tuple[int, int, str]], normalized: list[tuple[str, bool]],
                   kept: list[tuple[int, bool]], spans: dict[int, list[tuple[int, int]]], joins: set[int]) -> None:
    """The sentences of the kept lines (of the kept stretches of a line that lost a ticker), in order; the
    last sentence of a line in `joins` and the first of the next are one sentence across the line break."""
    text = doc.original
    index = 0
    carried: int | None = None  # where the sentence that the previous line broke off starts
    for i, is_title in kept:
        a, b, _ = lines[i]
        # each sentence takes its normalized text from its line's: the same slice when the line keeps every
        # offset, else the slice between where its ends' characters normalize to (the map is then built)
        line_norm, keeps = normalized[i]
        marks = None if keeps else resizing_marks(text[a:b])
        sentences = (split_sentences(text, a, b) if i not in spans
                     else [span for p, q in spans[i] for span in split_sentences(text, p, q)])
        for k, (s, e) in enumerate(sentences):
            if k == len(sentences) - 1 and i in joins:
                carried = s if carried is None or k else carried
                break
            if carried is not None:  # the first sentence of this line ends the one the last line broke off
                sent_norm = NormText(text[carried:e])  # its line breaks are spaces to the matchers
                s, carried = carried, None
            elif marks is None:
                sent_norm = NormText(text[s:e], line_norm[s - a:e - a])
            else:
                given = line_norm[normalized_offset(marks, s - a):normalized_offset(marks, e - a)]
                sent_norm = NormText(text[s:e], given, resized=True)
            _blank_abbreviation_stops(sent_norm)
            doc.sentences.append(Sentence(index, s, e, sent_norm, is_title))
            index += 1


def _blank_abbreviation_stops(norm: NormText) -> None:
    """A space for the full stops of abbreviations inside a sentence's normalized text (استقبل د. عبدالله X): they
    end no sentence (`sentence_ends`), nor any clause after the tokenizer; the text keeps its length, so its map
    to the original is unchanged and evidence offsets stay exact."""
    text = norm.text
    stop = text.find(".")
    if stop < 0 or stop == len(text) - 1:
        return  # (most sentences: one full stop, their last character)
    longest = _longest_abbreviation()
    chars = list(text)
    while 0 <= stop < len(text) - 1:
        if _abbreviation_before(text, stop, 0, longest):
            k = stop
            while k > 0 and not text[k - 1].isspace():
                k -= 1
            for j in range(k, stop + 1):
                if chars[j] == ".":
                    chars[j] = " "
        stop = text.find(".", stop + 1)
    norm.text = "".join(chars)


def _boilerplate(doc: Document, pats: _Patterns, text: str, line: tuple[int, int, str], norm: str,
                 raw_norm: str) -> str | None:
    """Whether a line is boilerplate, noted in `doc.removed`: "footer" (it and all after it go: a comment
    footer), "drop" (the line goes: a "The post ... appeared first on" title footer, whose title the
    document takes, a section label, a subscribe or follow line), None (not boilerplate)."""
    a, b, body = line
    if any(p.search(norm) for p in pats.cut):
        doc.removed.append((a, len(text), "footer"))
        return "footer"
    m = next((m for p in pats.title if (m := p.search(raw_norm))), None)
    if m:
        if doc.title is None:
            doc.title = NormText(body).original_span_text(m.start(1), m.end(1))
        doc.removed.append((a, b, "title-footer"))
        return "drop"
    if norm in pats.labels:
        doc.removed.append((a, b, "label"))
        return "drop"
    if any(p.search(norm) for p in pats.drop):
        doc.removed.append((a, b, "subscribe"))
        return "drop"
    return None


def build_document(text: str, doc_id: str, path: str, title: str | None = None, start: int = 0,
                   end: int | None = None) -> Document:
    """Clean `text` (or the piece text[start:end] of it) and split what is kept into sentences.

    Args:
        text: the article as read (decoded).
        doc_id: the file stem or the JSONL line's id.
        path: the input path as given.
        title: a title known from outside the text (JSONL input), if any; for a later piece, the one so far.
        start, end: the piece to clean (`piece_spans`); offsets stay into `text`, kept whole. Only a piece
            at its start has a first short line taken as the title and its first lines read for a dateline.
    """
    pats = _patterns()
    doc = Document(doc_id=doc_id, path=path, original=text, title=title,
                   span=(start, len(text) if end is None else end))
    kept: list[tuple[int, bool]] = []  # (line index, is the title)
    lines = list(_lines(text, start, len(text) if end is None else end))
    normalized = [normalize_line(body) for _, _, body in lines]  # (normalized line, keeps its length)
    norm_lines = [line_norm.strip() for line_norm, _ in normalized]
    spans: dict[int, list[tuple[int, int]]] = {}  # the stretches kept of a line that lost a ticker
    first_kept = opening = start == 0
    last = max((i for i, norm in enumerate(norm_lines) if norm), default=-1)
    for i, (a, b, body) in enumerate(lines):
        norm = norm_lines[i]
        if not norm:
            continue
        verdict = _boilerplate(doc, pats, text, (a, b, body), norm, normalized[i][0])
        if verdict == "footer":
            break
        if verdict:
            continue
        if len(body) >= TICKER_MIN_CHARS:
            whole, rest, tickers = _ticker_test(body, normalized[i][1])
            if rest:
                doc.removed.extend((a + p, a + q, "ticker") for p, q in tickers)
                spans[i] = [(a + p, a + q) for p, q in rest]
                first_kept = False
                kept.append((i, False))
                continue
            if whole:
                doc.removed.append((a, b, "ticker"))
                continue
        cut = _teaser_cut(text, a, b, norm_lines[i + 1:]) if body.rstrip().endswith(_ELLIPSES) else None
        kind = "teaser"
        if cut is None and i == last:
            cut, kind = _tags_cut(pats, a, body), "tags"  # the site's keywords after the last sentence
        if cut is not None:
            doc.removed.append((cut[1], b, kind))
            if cut[0] == a:
                continue
            spans[i] = [(a, cut[0])]  # a paragraph cut short (a paywall): its whole sentences are the article's
        # a dateline opens one of the first lines: later lines are not matched against the patterns at all
        dl = (next((m for p in pats.dateline if (m := p.match(norm))), None)
              if opening and doc.dateline is None and len(kept) < DATELINE_MAX_LINE else None)
        if dl:
            # the prefix the pattern matched (place and agency), not the paragraph it opens
            line = NormText(body)
            lead = len(line.text) - len(line.text.lstrip())
            doc.dateline = line.original_span_text(dl.start() + lead, dl.end() + lead).rstrip(" :-\u2013\u2014")
            if dl.end() >= len(norm) - 1:
                doc.removed.append((a, b, "dateline"))
                continue
        if (first_kept and doc.title is None and len(body.strip()) <= TITLE_MAX_CHARS
                and not _HAS_STOP.search(body + " ") and not _runs_on(norm, pats)):
            doc.title = body.strip()
            kept.append((i, True))
            first_kept = False
            continue
        first_kept = False
        kept.append((i, False))
    joins = _joins(text, lines, norm_lines, kept, spans, pats)
    if kept and kept[0][1] and kept[0][0] in joins:  # the first line of a paragraph, not a title
        doc.title, kept[0] = title, (kept[0][0], False)
    _add_sentences(doc, lines, normalized, kept, spans, joins)
    return doc
