"""Which of a fixed set of strings occur in a text, in one pass.

Several stages skip work with a cheap necessary condition: a time rule cannot match a sentence
that holds none of its words, a topic label none of its keywords. Testing each word with `in`
costs one search per word; `SubstringSet` compiles the words into one trie-shaped regular
expression and scans the text once, as a tagger's gazetteer does.
"""
from __future__ import annotations

import re
from collections.abc import Iterable


def _trie_regex(words: Iterable[str]) -> str:
    """A regex matching exactly `words`, branching one character at a time (greedy: longest first)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class SubstringSet:
    """A fixed set of non-empty strings; `found(text)` is the subset that occurs in `text`.

    The scan tries every position of the text (a lookahead, so matches may overlap) and takes the
    longest word starting there; a shorter word starting at the same position is a prefix of it,
    which a precomputed table adds back. The result equals `{w for w in words if w in text}`.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if not self.words or "" in self.words:
            raise ValueError("SubstringSet needs non-empty strings")
        self._rx = re.compile(f"(?=({_trie_regex(self.words)}))", re.DOTALL)
        self._prefixes = {w: frozenset(v for v in self.words if w.startswith(v)) for w in self.words}

    def found(self, text: str) -> set[str]:
        out: set[str] = set()
        prefixes = self._prefixes
        for w in self._rx.findall(text):
            out |= prefixes[w]
        return out
