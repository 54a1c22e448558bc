"""Proclitics and the article: the one module that takes them off a normalized Arabic word.

A word may carry a conjunction (و ف), then a preposition (ب ل ك) or the future prefix (س before an
imperfect), then the article (ال; after the preposition ل it is written لل), and at its end a pronoun.
The lists are grammar.tsv's clitic keys (CONJ_PROCLITICS, SHORT_AFTER_CONJ, PREP_PROCLITICS,
FUTURE_PROCLITIC, IMPERFECT_PREFIXES, DEF_ARTICLE, LAM_DEF, PRONOUN_SUFFIXES, BOUND_TA_MARBUTA, SEATED_HAMZA);
resources/ar/examples/proclitics.tsv shows each of them on a word, and a test runs those examples.

Three readings serve the stages: `readings` (a token's readings for the lexicon: cautious, by length),
`stems` (every clitic split of a topic word for the event codes), `proclitic_regex` (the optional
proclitics before a time expression); `without_article` and `article_variants` serve names and places.
"""
from __future__ import annotations

import re

from syriadiplo.language import resource
from syriadiplo.resources import grammar


class Clitics:
    """The clitic lists of grammar.tsv, loaded once."""

    def __init__(self) -> None:
        self.conj: tuple[str, ...] = grammar("CONJ_PROCLITICS")
        self.short_after_conj: frozenset[str] = frozenset(grammar("SHORT_AFTER_CONJ"))
        self.prep: tuple[str, ...] = grammar("PREP_PROCLITICS")
        self.future: frozenset[str] = frozenset(grammar("FUTURE_PROCLITIC"))
        self.imperfect: frozenset[str] = frozenset(grammar("IMPERFECT_PREFIXES"))
        self.article: str = grammar("DEF_ARTICLE")[0]
        self.lam_article: str = grammar("LAM_DEF")[0]
        self.suffixes: tuple[str, ...] = tuple(sorted(grammar("PRONOUN_SUFFIXES"), key=len, reverse=True))
        self.bound_ta, self.free_ta = grammar("BOUND_TA_MARBUTA")[:2]
        *seats, self.free_hamza = grammar("SEATED_HAMZA")
        self.seated_hamzas: tuple[str, ...] = tuple(seats)


@resource
def clitics() -> Clitics:
    """The clitic lists (grammar.tsv), read once per process."""
    return Clitics()


def readings(tok: str) -> tuple[tuple[int, str], ...]:
    """The token and its readings with proclitics stripped, as (proclitic characters, form), the full form first:
    وبالرئيس -> ((0, 'وبالرئيس'), (1, 'بالرئيس'), (2, 'الرئيس')).

    A conjunction comes off a token of more than three letters (and off the short tokens of SHORT_AFTER_CONJ), a
    preposition off a stem of more than three, لل (ل + the article) off one of more than three (للحج: ل + الحج); س off an imperfect.
    """
    c = clitics()
    out = [(0, tok)]
    stems = [(0, tok)]
    if len(tok) > 3 and tok[0] in c.conj:
        stems.append((1, tok[1:]))
        out.append((1, tok[1:]))
    elif tok in c.short_after_conj:
        out.append((1, tok[1:]))  # وفي، ولم، وأن
    for plen, s in stems:
        if len(s) > 3 and s.startswith(c.lam_article):
            out.append((plen + 1, c.article + s[2:]))  # ل + الرئيس
            out.append((plen + 1, c.article + s[1:]))  # ل + اللقاء: the article's lam and the stem's merge
            out.append((plen + 1, s[1:]))  # ل + لقاء
        elif len(s) > 3 and s[0] in c.prep:
            out.append((plen + 1, s[1:]))
        if len(s) > 3 and s[0] in c.future and s[1] in c.imperfect:
            out.append((plen + 1, s[1:]))
    seen: set[str] = set()
    uniq: list[tuple[int, str]] = []
    for a in out:
        if a[1] not in seen:
            seen.add(a[1])
            uniq.append(a)
    return tuple(uniq)


def stems(token: str, article: bool = True) -> set[str]:
    """Every stem of a token without a conjunction, a preposition, the article (ال, لل) and a pronoun suffix,
    where at least three letters are left: والمفاوضات، للمفاوضات، مفاوضاتهما -> مفاوضات among them; a ta marbuta
    or a hamza that a suffix seated is given back its end form (كلمته: كلمه، ادائها: اداء).
    With `article` False the article stays on (الغربي is not غربي: a family name keeps it)."""
    c = clitics()
    articles = ("", c.article) if article else ("",)
    bare = set()
    for conj in ("",) + c.conj:
        if not token.startswith(conj):
            continue
        t1 = token[len(conj):]
        for prep in ("",) + c.prep:
            if not t1.startswith(prep):
                continue
            t2 = t1[len(prep):]
            for art in articles:
                if t2.startswith(art):
                    bare.add(t2[len(art):])
        if article and t1.startswith(c.lam_article):  # لل = ل + ال
            bare.add(t1[len(c.lam_article):])
    out = set()
    for s in bare:
        for suf in ("",) + c.suffixes:
            if s.endswith(suf) and len(s) - len(suf) >= 3:
                stem = s[: len(s) - len(suf)] if suf else s
                out.add(stem)
                if suf and stem.endswith(c.bound_ta):
                    out.add(stem[: -len(c.bound_ta)] + c.free_ta)  # كلمته: كلمت, and the noun كلمه it is
                seat = next((h for h in c.seated_hamzas if stem.endswith(h)), None) if suf else None
                if seat is not None:
                    out.add(stem[: -len(seat)] + c.free_hamza)  # ادائها: ادائ, and the noun اداء it is
    return out


def proclitic_regex() -> str:
    """A regex of the optional proclitics before a word: a conjunction, then a preposition (وب، ول، ف)."""
    c = clitics()
    conj = "|".join(map(re.escape, c.conj))
    prep = "|".join(map(re.escape, c.prep))
    return f"(?:{conj})?(?:{prep})?"


def without_article(word: str, min_rest: int = 3) -> str:
    """The word without its article when at least `min_rest` letters are left (الاسد -> اسد; الي stays)."""
    art = clitics().article
    return word[len(art):] if word.startswith(art) and len(word) - len(art) >= min_rest else word


def article_variants(name: str) -> tuple[str, str]:
    """A name as given and its other form: without its article if it has one, else with it (الرياض، رياض)."""
    art = clitics().article
    return name, (name[len(art):] if name.startswith(art) else art + name)
