"""Which of a fixed set of strings occur in a text, in one pass.

Several stages skip work with a cheap necessary condition: a time rule cannot match a sentence
that holds none of its words, a topic label none of its keywords. Testing each word with `in`
costs one search per word; `SubstringSet` compiles the words into one Aho-Corasick automaton
(pyahocorasick's, in C) and scans the text once, as a tagger's gazetteer does.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick


def grouped_alternation(branches: Iterable[tuple[str, str]]) -> str:
    """A regex alternation of (first character as regex, rest as regex) branches, tried in the given order
    but grouped by first character.

    At a position only the branches starting with the character there can match, and each group keeps
    the given order, so the regex tries the same branches in the same order as the flat alternation,
    but passes over a group with one comparison instead of one per branch.
    """
    groups: dict[str, list[str]] = {}
    for first, rest in branches:
        groups.setdefault(first, []).append(rest)
    return "|".join(first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for first, rests in groups.items())


def literal_alternation(words: Iterable[str]) -> str:
    """`grouped_alternation` of literal `words` (the same matches as `a|b|c`)."""
    def split(w: str) -> tuple[str, str]:
        if not w:
            raise ValueError("literal_alternation needs non-empty words")
        return re.escape(w[0]), re.escape(w[1:])

    return grouped_alternation(split(w) for w in words)


class StringMap:
    """A fixed set of non-empty strings, each with a value; `hits(text)` iterates (end, value) over every
    occurrence in `text`, overlapping and nested ones included (`end` is the index of its last character),
    by end and, at one end, the longest first.

    The automaton is pyahocorasick's (Automaton(STORE_ANY, KEY_STRING), keys added in sorted order).
    """

    def __init__(self, items: dict[str, object]) -> None:
        if not items or "" in items:
            raise ValueError("StringMap needs non-empty strings")
        self.items = items
        self._automaton = _pyahocorasick(items)

    def hits(self, text: str):
        return self._automaton.iter(text)


def _pyahocorasick(items: dict[str, object]):
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for w in sorted(items):
        automaton.add_word(w, items[w])
    automaton.make_automaton()
    return automaton


class SubstringSet:
    """A fixed set of non-empty strings; `found(text)` is the subset that occurs in `text`.

    A StringMap of each word to itself reports every occurrence, overlapping and nested ones included,
    so the result equals `{w for w in words if w in text}`.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if not self.words or "" in self.words:
            raise ValueError("SubstringSet needs non-empty strings")
        self._map = StringMap({w: w for w in self.words})

    def found(self, text: str) -> set[str]:
        return {w for _, w in self._map.hits(text)}

    def occurrences(self, text: str) -> list[tuple[int, str]]:
        """(start, word) of every occurrence, overlapping and nested ones included, by end then length."""
        return [(end - len(w) + 1, w) for end, w in self._map.hits(text)]
