"""Which of a fixed set of strings occur in a text, in one pass.

Several stages skip work with a cheap necessary condition: a time rule cannot match a sentence
that holds none of its words, a topic label none of its keywords. Testing each word with `in`
costs one search per word; `SubstringSet` compiles the words into one Aho-Corasick automaton
(pyahocorasick, in C) and scans the text once, as a tagger's gazetteer does.
"""
from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class SubstringSet:
    """A fixed set of non-empty strings; `found(text)` is the subset that occurs in `text`.

    The automaton reports every occurrence, overlapping and nested ones included, so the result
    equals `{w for w in words if w in text}`.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if not self.words or "" in self.words:
            raise ValueError("SubstringSet needs non-empty strings")
        self._automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
        for w in sorted(self.words):
            self._automaton.add_word(w, w)
        self._automaton.make_automaton()

    def found(self, text: str) -> set[str]:
        return {w for _, w in self._automaton.iter(text)}

    def occurrences(self, text: str) -> list[tuple[int, str]]:
        """(start, word) of every occurrence, overlapping and nested ones included, by end then length."""
        return [(end - len(w) + 1, w) for end, w in self._automaton.iter(text)]
