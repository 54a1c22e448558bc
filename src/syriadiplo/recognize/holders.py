"""A title told without a name, resolved over the whole document to the one person who holds it.

News often names an office holder by title alone in one place and by name in another, before or after:
a headline "the Qatari emir receives ..." over a body that names the emir; "the foreign ministers of A, B
and C will meet" before "minister X will meet his counterparts Y and Z". `PersonRegistry.link` links a bare
title to a holder named before it, as the sentences come; this step, run once every sentence is tagged,
gives a title still nameless the name of the one person of the document who holds that same title for the
same state or body, wherever he is named. When two persons could be meant, the title stays nameless: the
step never chooses between them.

What counts as the same title (`same_title`): the words of the two titles, articles aside and words of a
former office (السابق، المخلوع) apart, are the same, or one title is the start of the other (الوزير is
وزير الخارجية; أمير is أمير دولة), except for a head that on its own names one office (الرئيس is not رئيس
الوزراء). A former holder is only a former title's holder. A counterpart (نظيره) holds the title of the
person it is the counterpart of.
"""
from __future__ import annotations

from syriadiplo.language import resource
from syriadiplo.recognize.ner import Mention, PersonEntity, PersonRegistry, house_state, listed_person, told_role
from syriadiplo.resources import grammar, read_table
from syriadiplo.text.lexicon import Token, lexicon
from syriadiplo.text.normalize import normalize_text
from syriadiplo.text.proclitics import clitics, without_article

Title = tuple[tuple[str, ...], bool]  # the title's words (articles off, former-office words out), former or not
SPECIFIC_TITLE_WORDS = 2  # words from which a title of no state names one office (ولي العهد; not الوزير)


@resource
def _words() -> dict[str, frozenset[str]]:
    words = {k: frozenset(without_article(w) for w in grammar(k)) for k in ("FORMER_OFFICE", "SOLE_OFFICE_HEADS")}
    words["COMMAS"] = frozenset(grammar("COMMAS"))
    words["AND"] = frozenset(grammar("AND"))
    words["TO"] = frozenset(grammar("TO"))
    words["DESTINATION"] = frozenset(grammar("DESTINATION"))
    words["ANAPHORIC_OFFICIALS"] = frozenset(grammar("ANAPHORIC_OFFICIALS"))
    words["STYLES"] = frozenset(grammar("STYLE_WORDS")) | frozenset(grammar("HONORIFICS"))
    words["SAME_OFFICE_HEADS"] = frozenset(grammar("SAME_OFFICE_HEADS"))
    # a title that names one state's office (titles.tsv state column: خادم الحرمين الشريفين), told alone an epithet
    words["EPITHETS"] = frozenset(row[0] for row in read_table("titles.tsv") if len(row) > 4 and row[4])
    return words


@resource
def _same_office_head() -> str:
    """The head SAME_OFFICE_HEADS reads the others as (its first word)."""
    return grammar("SAME_OFFICE_HEADS")[0]


def title_of(role: str) -> Title:
    """A title's words as `same_title` compares them."""
    words = _words()
    norm = normalize_text(role)
    if norm in words["EPITHETS"]:
        return (_same_office_head(),), False  # خادم الحرمين الشريفين alone: the king, read as SAME_OFFICE_HEADS' first word
    toks = [without_article(w) for w in norm.split()]
    toks = [_same_office_head() if w in words["SAME_OFFICE_HEADS"] else w for w in toks]
    return tuple(w for w in toks if w not in words["FORMER_OFFICE"]), any(w in words["FORMER_OFFICE"] for w in toks)


def is_epithet(role: str | None) -> bool:
    """Whether a role is a title of one state's office alone (titles.tsv state column: خادم الحرمين الشريفين)."""
    return role is not None and normalize_text(role) in _words()["EPITHETS"]


def same_title(a: Title, b: Title) -> int | None:
    """Whether `b` holds the title `a`: 0 the same words, 1 one the start of the other; None when it does not."""
    (wa, fa), (wb, fb) = a, b
    if fa != fb or not wa or not wb:
        return None
    if wa == wb:
        return 0
    words = _words()
    wa, wb = _to_cut(wa, wb, words["TO"]), _to_cut(wb, wa, words["TO"])
    if wa == wb:
        return 1
    # a longer title is not held by its start (وزير الخارجية لشؤون الشرق الأدنى), unless that is a head alone (الوزير)
    if len(wb) > len(wa) or len(wb) == 1:
        short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
        if long_[:len(short)] == short and not (len(short) == 1 and short[0] in words["SOLE_OFFICE_HEADS"]):
            return 1
    return 1 if len(wb) > len(wa) and _around_genitive(wa, wb) else None


def _around_genitive(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether a title of two words or more is a longer one without the body or state its head takes as genitive:
    the head, the body's name, then the short title's other words (المبعوث الخاص is مبعوث الأمم المتحدة الخاص إلى
    سوريا, where its holder goes aside: `_to_cut`)."""
    long_ = _to_cut(long_, short, _words()["TO"])
    k = len(long_) - len(short)
    return len(short) >= 2 and k > 0 and long_[0] == short[0] and long_[1 + k:] == short[1:] and _side_named(long_[1:1 + k])


def _side_named(words: tuple[str, ...]) -> bool:
    """Whether words (articles off) name an organization or a state of the lexicon, each word with its article or
    without it (امم متحده: الامم المتحده)."""
    article = clitics().article
    trie = lexicon().trie
    for first in (words[0], article + words[0]):
        for rest, entry in trie.get(first, ()):
            if entry.cat in ("ORG", "COUNTRY") and len(rest) == len(words) - 1 and all(
                    r in (w, article + w) for r, w in zip(rest, words[1:])):
                return True
    return False


def _to_cut(words: tuple[str, ...], other: tuple[str, ...], to: frozenset[str]) -> tuple[str, ...]:
    """A title without where its holder went (رئيس حكومة إلى سوريا), unless the other title names a place too
    (المبعوث إلى سوريا is not المبعوث إلى اليمن)."""
    k = next((i for i, w in enumerate(words) if i and w in to), None)
    return words[:k] if k is not None and not any(w in to for w in other[1:]) else words


def resolve_titles(reg: PersonRegistry, sentences: list[tuple[list[Mention], list[Token]]]) -> None:
    """Give each nameless title of a state or body that no one was linked to (a person mention with a role, or a
    counterpart with a state) the name of the one person of the document who holds that title for that side,
    and a title of SPECIFIC_TITLE_WORDS words or more with no state the name of the one person who holds it;
    a title in apposition to a name first becomes that person's (`_apposition`)."""
    for mentions, tokens in sentences:
        _appositions(reg, mentions, tokens)
    titled = list(_titled(reg, [mentions for mentions, _ in sentences]))
    held: dict[int, set[Title]] = {}
    for mm, titles in titled:
        if mm.entity is not None and not reg.people[mm.entity].from_lexicon:
            held.setdefault(mm.entity, set()).update(titles)
    for k, office in listed_offices(reg).items():
        held.setdefault(k, set()).add(office)
    sides: dict[str, list[int]] = {}  # a state or body -> its persons who hold a title, in entity order
    for e in sorted(held):
        country, org = reg.people[e].country, reg.people[e].org
        for side in (country, org if org != country else None):
            if side is not None:
                sides.setdefault(side, []).append(e)
    # (وصل وزير الخارجية إلى موسكو والتقى نظيره الروسي X: X, the counterpart of his sentence, is someone else than a
    # title of no state; one of the counterpart's state is the counterpart, وزير خارجية عماني ... نظيره العماني X)
    sentence_of = {id(mm): k for k, (mentions, _) in enumerate(sentences) for mm in mentions}
    first: dict[int, int] = {}  # an entity -> where it is first told, in document order
    for k, (mm, _) in enumerate(titled):
        if mm.entity is not None:
            first.setdefault(mm.entity, k)
    for k, (mm, titles) in enumerate(titled):
        if mm.name_norm or mm.entity is not None or not titles:
            continue
        if mm.country or mm.org:
            one = _one_holder(reg, held, sides.get(mm.country or mm.org, []), mm, titles[0])
        elif len(titles[0][0]) >= SPECIFIC_TITLE_WORDS and not mm.counterpart:
            # ولي ولي العهد in a headline, of no state: an office specific enough to name the one whose title starts with it
            one = _one_holder(reg, held, sorted(held), mm, titles[0], leading=True)
        else:
            continue
        if one is None and _anaphoric(mm) and (mm.country or mm.org):
            holders = sides.get(mm.country or mm.org, [])
            one = _one_before(reg, [e for e in holders if first.get(e, k) < k], mm)
        if one is not None and (mm.counterpart or mm.country or mm.org
                                or not _counterpart_in(sentences[sentence_of[id(mm)]][0], one)):
            _link(reg, mm, one)
            told = reg.people[one].role
            if is_epithet(mm.role) and told and without_article(normalize_text(told)) in _words()["SAME_OFFICE_HEADS"]:
                mm.role = told  # خادم الحرمين الشريفين: the king, by the title the text gives him (الملك)
    for mentions, _ in sentences:  # an epithet that names no one the document names is no mention
        mentions[:] = [mm for mm in mentions if mm.entity is not None or not is_epithet(mm.role)]


def _counterpart_in(mentions: list[Mention], entity: int) -> bool:
    """Whether the person `entity` is told as a counterpart among a sentence's mentions."""
    return any(m.counterpart and m.entity == entity for m in mentions)


def listed_offices(reg: PersonRegistry) -> dict[int, Title]:
    """The office persons.tsv gives each person of the document it lists, held at the document's date (كيري,
    named by surname only, is the US secretary of state in 2015): a title that names him as the text's do."""
    L, year, out = lexicon(), reg.year_of_text(), {}
    for k, e in enumerate(reg.people):
        pidx = listed_person(e.name_norm.split(), year)
        role = L.role_at(pidx, year) if pidx is not None and year is not None else None
        if role:
            out[k] = title_of(role)
    return out


def _appositions(reg: PersonRegistry, mentions: list[Mention], tokens: list[Token]) -> None:
    """A nameless title right after a named person, of his state, is his (الأمير X ولي ولي العهد السعودي); so is one
    of no state of its own after a comma (الأمير X، ولي ولي العهد), and one of his state right before him with only a
    style of address between (نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير X): each is linked to him."""
    commas, styles = _words()["COMMAS"], _words()["STYLES"]
    for first, second in zip(mentions, mentions[1:]):
        gap = [tok.text for tok in tokens[first.end:second.start]]
        if _nameless_title(first) and _named_person(second) and gap and all(t in styles for t in gap):
            assert second.entity is not None
            if first.country is not None and first.country == (reg.people[second.entity].country or second.country):
                _link(reg, first, second.entity)
            continue
        if not (_named_person(first) and _nameless_title(second)) or second.org or joined_title(second, tokens):
            continue  # (الرئيس X ووزير الدفاع المصري: a title after و is another person's)
        assert first.entity is not None
        # (a prince of no state told yet is his ruling family's: الأمير X بن عبدالعزيز وزير الدولة عضو مجلس الوزراء مستشار خادم الحرمين الشريفين)
        state = reg.people[first.entity].country or first.country or house_state((first.name_norm or "").split(), bool(first.role))
        if (not gap and second.country is not None and second.country == state) or (
                gap and all(t in commas for t in gap) and second.country in (None, state)):
            _link(reg, second, first.entity)
            # (الأمير X ولي ولي العهد وزير الدفاع السعودي: the office told right after his name is his role)
            told_role(reg.people[first.entity], second.role)


def joined_title(mm: Mention, tokens: list[Token]) -> bool:
    """Whether a mention's first word carries the conjunction و (ووزير الدفاع، ونظيره، وخالد خوجة رئيس ...), which
    its role does not start with."""
    tok = tokens[mm.start].text
    return tok[:1] in _words()["AND"] and normalize_text(mm.role or "").split()[:1] != [tok]


def _named_person(mm: Mention) -> bool:
    return mm.kind == "person" and mm.entity is not None and bool(mm.name_norm)


def _nameless_title(mm: Mention) -> bool:
    return mm.kind == "person" and not mm.name_norm and mm.entity is None and not mm.counterpart and bool(mm.role)


def _link(reg: PersonRegistry, mm: Mention, k: int) -> None:
    mm.entity = k
    told = reg.people[k].role if reg.people[k].role_from_text else None
    # وعبر المسؤول الأوروبي: a word that points back at an office names none; the office is the one told before
    mm.role = told if told and _anaphoric(mm) else _role_without_destination(mm.role)
    mm.name, mm.name_norm = reg.people[k].name, reg.people[k].name_norm
    mm.country = mm.country or reg.people[k].country


def _role_without_destination(role: str | None) -> str | None:
    """The title as written without where its holder went, once it names him (لوزير خارجية سوري إلى السعودية gives
    وزير خارجية, not وزير خارجية إلى السعودية); word for word, since normalizing keeps the words apart."""
    if not role:
        return role
    written, norm = role.split(), normalize_text(role).split()
    to = _words()["DESTINATION"]
    k = next((i for i, w in enumerate(norm) if i and w in to), None) if len(written) == len(norm) else None
    return " ".join(written[:k]) if k is not None else role


def _titled(reg: PersonRegistry, sentences: list[list[Mention]]):
    """Every person mention with the titles it holds: its role (else its entity's) and the titles told after its
    name; for a counterpart, the title of the person before it that it is the counterpart of (the nearest other
    person before it in its sentence, else the first titled person of the sentences before: the subject a sentence
    that names no one before the counterpart has dropped, واشار خلال المؤتمر الذي عقده مع نظيره after اوضح الوزير X
    ان لقاء Y مع Z ...)."""
    last: Title | None = None
    for ms in sentences:
        before: Title | None = None
        first: Title | None = None
        for mm in ms:
            if mm.kind != "person":
                continue
            if mm.counterpart:
                ante = before if before is not None else last
                yield mm, (ante,) if ante is not None else ()
                continue
            ent = reg.people[mm.entity] if mm.entity is not None else None
            role = mm.role or (ent.role if ent is not None and ent.role_from_text else None)
            titles = tuple(title_of(r) for r in ((role,) if role else ()) + mm.titles)
            yield mm, titles
            before = titles[0] if titles else before
            first = first or (titles[0] if titles else None)
        last = first if first is not None else last


def _one_holder(reg: PersonRegistry, held: dict[int, set[Title]], side: list[int], mm: Mention, title: Title,
                leading: bool = False) -> int | None:
    """The one person of the mention's side who holds its title (with `leading`, a title that starts with its
    words: ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء holds ولي ولي العهد, or that has them around the body its head
    is of); None when no one, or two or more, do."""
    def holds(t: Title) -> bool:
        if leading:  # (or its words around the body its head is of: المبعوث الخاص, مبعوث الأمم المتحدة الخاص)
            return t[1] == title[1] and (t[0][:len(title[0])] == title[0] or _around_genitive(title[0], t[0]))
        return same_title(title, t) is not None
    found = [k for k in side if _same_side(reg.people[k], mm) and any(holds(t) for t in held[k])]
    return found[0] if len(found) == 1 else None


def _anaphoric(mm: Mention) -> bool:
    """Whether a mention's title names no office but points back at one told before (المسؤول الأوروبي)."""
    words = normalize_text(mm.role or "").split()
    return bool(words) and words[0] in _words()["ANAPHORIC_OFFICIALS"]


def _one_before(reg: PersonRegistry, side: list[int], mm: Mention) -> int | None:
    """The one titled person of the mention's side told before it; None when no one, or two or more, are."""
    found = [k for k in side if _same_side(reg.people[k], mm)]
    return found[0] if len(found) == 1 else None


def _same_side(ent: PersonEntity, mm: Mention) -> bool:
    return (mm.country is None or ent.country == mm.country) and (mm.org is None or ent.org == mm.org)
