"""Why a record exists: the ids of the data entries (and the few rules in code) that made it.

With `--explain` (or `explain=True` in the library) each record carries a list of ids such as

    triggers:التقي            the row of resources/ar/triggers.tsv whose form is التقي
    grammar:FUTURE_CUES       the row of resources/ar/grammar.tsv with that key
    scope:pol.minister        the row of resources/ar/scope.tsv with that id
    titles:وزير الخارجيه       persons:سيرغي لافروف      countries:SYR      organizations:UN
    rule:scope.two-sides      a decision made in code: the string literal "scope.two-sides" in a module

An id is `namespace:key`; the key is the first field of the row (for persons.tsv, the first spelling of
the row's names), so an id stays the same when rows are added or moved. `locate(id)` gives the file and
line of the entry; docs/RECORDS.md, "Why a record exists", lists the namespaces and the rules.
"""
from __future__ import annotations

from pathlib import Path
from typing import Final, Iterable

from syriadiplo.language import resource
from syriadiplo.models import Participant, Record
from syriadiplo.resources import alternatives, resource_dir
from syriadiplo.text.lexicon import Match, Token, lexicon, tokenize
from syriadiplo.text.normalize import normalize_text

# namespace -> the resource file (under resources/ar/) whose rows it names
FILES: Final = {
    "triggers": "triggers.tsv",
    "grammar": "grammar.tsv",
    "scope": "scope.tsv",
    "titles": "titles.tsv",
    "persons": "persons.tsv",
    "countries": "countries.tsv",
    "organizations": "organizations.tsv",
}
RULE: Final = "rule"
# the modules (paths under the package) whose string literals name the rules of `rule:` ids
PACKAGE_DIR: Final = Path(__file__).resolve().parent.parent
RULE_MODULES: Final = tuple(sorted(p.relative_to(PACKAGE_DIR).as_posix() for p in (PACKAGE_DIR / "events").glob("*.py")
                                   if p.name != "explain.py"))
# grammar keys that decide a mention's status: a record takes them from the mention its status comes from
STATUS_KEYS: Final = frozenset(f"grammar:{k}" for k in (
    "FUTURE_PROCLITIC", "FUTURE_CUES", "HOPE_CUES", "NECESSITY_CUES", "IMPERFECT_TRIGGERS", "PURPOSE_PROCLITIC", "PURPOSE_LIGHT_NOUNS",
    "UNCERTAIN_CUES", "RULE_OUT_VERBS", "WHETHER", "PERFECT_PARTICLE")) | frozenset({"rule:status.time-ahead"})
_TITLE: Final = frozenset({"TITLE"})
_PERSON: Final = frozenset({"PERSON"})


def entry_form(tokens: list[Token], m: Match) -> str:
    """The form (first field) of the lexicon row that match `m` over `tokens` comes from.

    The first token may carry proclitics: of its readings with `m.plen` characters stripped, the one whose
    path through the lexicon trie, over the next tokens as written, ends at `m`'s own entry.
    """
    L = lexicon()
    rest = [tokens[j].text for j in range(m.start + 1, m.end)]
    for plen, form in tokens[m.start].forms:
        node = L.heads.get(form) if plen == m.plen else None
        for word in rest:
            node = node.children.get(word) if node is not None else None
        if node is not None and any(e is m.entry for e in node.entries):
            return " ".join([form] + rest)
    return " ".join([tokens[m.start].text[m.plen:]] + rest)


def trigger_id(tokens: list[Token], m: Match) -> str:
    """`triggers:<form>` of a trigger (or phone cue) match."""
    return f"triggers:{entry_form(tokens, m)}"


def reference_ids(parties: list) -> list[str]:
    """The rows of the references among a clause's parties (ner.Mention): الجانبان، الوزيران، الأخير، معه، نظيره."""
    out: list[str] = []
    for p in parties:
        if p.kind == "pair":
            dual = p.role_head is not None and p.role_head in _rows("titles")
            out.append(f"titles:{p.role_head}" if dual else "grammar:PAIR_ANAPHORS")
        elif p.kind == "latter":
            out.append("grammar:LATTER")
        elif p.kind == "pronoun":
            out.append("grammar:OBJECT_PRONOUN_HOSTS")
        elif p.counterpart:
            out.append("grammar:COUNTERPART")
    return out


def party_ids(p: Participant) -> list[str]:
    """The lexicon rows a participant's fields come from: its title, a listed person, its state or body."""
    out: list[str] = []
    if p.role:
        toks = tokenize(normalize_text(p.role))
        for i, tok in enumerate(toks):
            m = lexicon().first(toks, i, _TITLE) if tok.is_word else None
            if m is not None and m.entry.data[0] == "head":
                out.append(f"titles:{entry_form(toks, m)}")
                break
    person = _person(p.name) if p.kind == "person" else None
    if person is not None:
        out.append(f"persons:{person}")
    if p.kind == "state" and p.country:
        out.append(f"countries:{p.country}")
    elif p.kind == "organization" and p.organization in _rows("organizations"):
        out.append(f"organizations:{p.organization}")
    return out


def _person(name: str | None) -> str | None:
    """The first spelling of the persons.tsv row a name is, or ends with (its surname), if any."""
    if not name:
        return None
    L = lexicon()
    toks = tokenize(normalize_text(name))
    m = L.first(toks, 0, _PERSON) if toks else None
    idx = m.entry.data[0] if m is not None and m.end == len(toks) else L.surnames.get(toks[-1].text if toks else "")
    return L.persons[idx]["names"][0] if idx is not None else None


def record_ids(primary, mentions: list, status: str) -> list[str]:
    """The ids of an extracted record's mentions (objects with `why` and `status`), the primary first.

    Every mention gives its trigger and frame; the status cues come from the primary mention, or from
    the first mention whose status the record took.
    """
    decider = primary if primary.status == status else next((m for m in mentions if m.status == status), primary)
    out = list(primary.why)
    for m in mentions:
        out += [x for x in m.why if x not in STATUS_KEYS or m is decider]
    return unique(out)


def unique(ids: Iterable[str]) -> list[str]:
    """`ids` without repeats, in first-seen order."""
    return list(dict.fromkeys(ids))


def attach(record: Record, ids: Iterable[str]) -> None:
    """Add `ids` to the record's explanation (after any it has), without repeats."""
    record._why = unique((record._why or []) + list(ids))


def explanation(record: Record) -> list[str] | None:
    """The ids of a record extracted with `explain=True`, else None."""
    return record._why


@resource
def _rows(namespace: str) -> dict[str, int]:
    """Key -> line number (1-based) of every row of a namespace's file."""
    out: dict[str, int] = {}
    path = resource_dir() / FILES[namespace]
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        field = line.split("\t")[0].strip()
        key = alternatives(field)[0] if namespace == "persons" else field
        out.setdefault(key, n)
    return out


def locate(ident: str) -> tuple[Path, int]:
    """The file and line (1-based) of the entry an id names; KeyError for an id that names nothing."""
    namespace, _, key = ident.partition(":")
    if namespace == RULE:
        literals = (f'"{key}"', f'"{RULE}:{key}"')
        for name in RULE_MODULES:
            path = PACKAGE_DIR / name
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if any(x in line for x in literals):
                    return path, n
        raise KeyError(ident)
    if namespace not in FILES or key not in _rows(namespace):
        raise KeyError(ident)
    return resource_dir() / FILES[namespace], _rows(namespace)[key]


def main(argv: list[str] | None = None) -> int:
    """`python -m syriadiplo.events.explain ID...`: where each id's entry is, as `FILE:LINE: the line`."""
    import sys

    code = 0
    for ident in sys.argv[1:] if argv is None else argv:
        try:
            path, line = locate(ident)
        except KeyError:
            print(f"{ident}: no such entry", file=sys.stderr)
            code = 1
            continue
        print(f"{path}:{line}: {path.read_text(encoding='utf-8').splitlines()[line - 1].strip()}")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
