"""Read the resource files of the active language (syriadiplo.language; Arabic: resources/ar/).

Every resource file is UTF-8 text: lines starting with `#` are comments (each
file opens with its purpose, FORMAT and source), blank lines are skipped,
fields are separated by tabs, alternatives inside a field by `|`, and `-`
stands for an empty field. Arabic entries are stored in the normalized form
of `syriadiplo.text.normalize.normalize_text`.
"""
from __future__ import annotations

from pathlib import Path

from syriadiplo.language import current, resource


def resource_dir() -> Path:
    """The folder holding the active language's resources (resources/ar/ unless another is in use)."""
    return current().root


def resource_files() -> list[Path]:
    """Every resource file, sorted."""
    root = resource_dir()
    return sorted(p for p in root.rglob("*") if p.suffix in (".tsv", ".txt"))


@resource
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a resource file, each a tuple of its tab-separated fields.

    Args:
        name: path relative to the language's folder (resources/ar/), such as "countries.tsv".
    """
    path = resource_dir() / name
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(rows)


def alternatives(field: str) -> list[str]:
    """The `|`-separated values of a field; `-` or empty gives none."""
    if not field or field == "-":
        return []
    return [v.strip() for v in field.split("|") if v.strip()]


@resource
def read_grammar() -> dict[str, tuple[str, ...]]:
    """Named closed-class word lists from grammar.tsv (KEY -> values)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_table("grammar.tsv"):
        out[row[0]] = tuple(alternatives(row[1] if len(row) > 1 else ""))
    return out


@resource
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The named word lists of a table of KEY <TAB> a|b|c rows (name_evidence.tsv), as sets."""
    return {row[0]: frozenset(alternatives(row[1] if len(row) > 1 else "")) for row in read_table(name)}


def grammar(key: str) -> tuple[str, ...]:
    """One named word list of grammar.tsv; KeyError names the missing key."""
    g = read_grammar()
    if key not in g:
        raise KeyError(f"grammar.tsv has no entry {key!r}")
    return g[key]


@resource
def spellings() -> dict[str, str]:
    """Normalized word -> the word as written (spellings.tsv: الخارجيه -> الخارجية)."""
    return {row[0]: row[1] for row in read_table("spellings.tsv")}


def spelled(phrase: str) -> str:
    """A normalized phrase of a list, each word as spellings.tsv writes it (جماعه الحوثي: جماعة الحوثي)."""
    written = spellings()
    return " ".join(written.get(w, w) for w in phrase.split(" "))
