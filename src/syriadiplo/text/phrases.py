"""Phrases of the grammar's lists (grammar.tsv) as word tuples, and where one starts among a sentence's tokens.

The extractor's steps and the entity recognizer match the same lists the same way: a phrase's first word may carry a
proclitic (وتبادلا، وعلى رأسه), the words after it are read as written."""
from __future__ import annotations

from syriadiplo.language import resource
from syriadiplo.resources import grammar
from syriadiplo.text.lexicon import Token


@resource
def phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The entries of grammar list `key` as word tuples."""
    return tuple(tuple(p.split()) for p in grammar(key))


@resource
def phrase_heads(key: str) -> frozenset[str]:
    """The first words of the phrases of grammar list `key`: a token with none of them starts none."""
    return frozenset(ph[0] for ph in phrases(key))


@resource
def longest_phrase(key: str) -> int:
    """The words of the longest phrase of grammar list `key`."""
    return max(len(ph) for ph in phrases(key))


@resource
def _phrase_table(key: str) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """`phrase_heads(key)` and `phrases(key)` in one look-up: `phrase_at` runs at most tokens of a document."""
    return phrase_heads(key), phrases(key)


def phrase_at(toks: list[Token], k: int, key: str = "TOPIC_MARKER_PHRASES") -> int:
    """The length of the phrase of grammar list `key` (تبادلا وجهات النظر حول) starting at token k, else 0;
    its first word may carry a proclitic (وتبادلا)."""
    heads, phs = _phrase_table(key)
    words = toks[k].words
    if words.isdisjoint(heads):
        return 0
    for ph in phs:
        if ph[0] in words and [x.text for x in toks[k + 1:k + len(ph)]] == list(ph[1:]):
            return len(ph)
    return 0
