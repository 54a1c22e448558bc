"""Stable actor ids for the parties of a record, robust to how the press spells a name.

The same person is written سيرغي لافروف, سيرجي لافروف, سيرجيو لافروف, with or without diacritics;
كيري and كيرى; الابراهيمي and ابراهيمي; ميخائيل and ميخاييل. An actor id keys a person on the
consonant skeleton of the surname (the rules are data: resources/ar/actor_keys.tsv), scoped by the
person's state, so every variant gets one id:

    p:<scope>:<key>   a person. scope: ISO3 of the person's state, else the code (or normalized
                      name) of the body it belongs to, else `-`. key: the skeleton of the surname
                      (لافروف -> لفرف); for a person of persons.tsv the surname of its first spelling,
                      or, when two listed persons of one scope share that surname (محمد بن زايد,
                      عبد الله بن زايد), the skeletons of every name word joined by `_`. An unnamed
                      person is keyed on its role: `p:RUS:@وزير_الخارجيه`.
    s:<ISO3>          a state.
    o:<code>          an organization: its code from organizations.tsv, else its normalized name
                      with `_` for spaces (o:الائتلاف_الوطني_السوري).
    d:<scope>         a delegation, scoped by its state (d:SYR), or by its body when it has no state or
                      the body is a national one (d:UN, d:هيئه_التفاوض_السوريه); d:- when neither.

Persons of resources/ar/persons.tsv get the lexicon's scope whatever the record says, so a record
that names الاخضر الابراهيمي without a country still gets p:UN:برهم. The functions take a
`Participant` or the plain dict of one (a JSONL line), and are deterministic.

Records and clusters carry these ids with the Arabic key in Safe Buckwalter (`latin_id`:
p:RUS:lfrf), one Latin letter per Arabic letter, so they read in any terminal and stay exactly as
distinct as the Arabic keys the matching here works on.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, TypeGuard, Union

from syriadiplo.language import resource
from syriadiplo.models import Participant, Record
from syriadiplo.resources import alternatives, grammar, read_table
from syriadiplo.text.normalize import normalize_text
from syriadiplo.text.proclitics import article_variants, without_article

PartyLike = Union[Participant, Mapping[str, Any]]

# the letters of a name: word characters but digits and "_" (everything else separates words); one
# findall, where replacing the rest by spaces and splitting took three passes
_LETTER_RUN: Final = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _SkeletonRules:
    fold: re.Pattern[str]
    fold_to: dict[str, str]
    drop: frozenset[str]
    drop_final: frozenset[str]
    prefix_particles: frozenset[str]
    suffix_particles: frozenset[str]


@resource
def _rules() -> _SkeletonRules:
    fold_to: dict[str, str] = {}
    drop: set[str] = set()
    drop_final: set[str] = set()
    suffixes: set[str] = set()
    for row in read_table("actor_keys.tsv"):
        key, values = row[0], alternatives(row[1])
        repl = row[2] if len(row) > 2 and row[2] != "-" else ""
        if key.startswith("FOLD_"):
            for v in values:
                fold_to[v] = repl
        elif key == "DROP":
            drop.update(values)
        elif key == "DROP_FINAL":
            drop_final.update(values)
        elif key == "SUFFIX_PARTICLES":
            suffixes.update(values)
        else:
            raise ValueError(f"actor_keys.tsv: unknown key {key!r}")
    alts = sorted(fold_to, key=lambda v: (-len(v), v))
    fold = re.compile("|".join(re.escape(v) for v in alts)) if alts else re.compile(r"(?!)")
    prefixes = frozenset(grammar("NAME_PARTICLES")) - suffixes
    return _SkeletonRules(fold, fold_to, frozenset(drop), frozenset(drop_final), prefixes, frozenset(suffixes))


def name_tokens(name: str) -> list[str]:
    """The words of a name, normalized, with name particles joined to their word.

    Prefix particles (دي، لو، بن، ابو، عبد، ال ... from grammar.tsv NAME_PARTICLES) join the word
    after them and suffix particles (اوغلو) the word before them, so لو دريان and لودريان, or
    تشاووش اوغلو, are one word each. Punctuation and digits separate words (جان-ايف).
    """
    r = _rules()
    words = _LETTER_RUN.findall(normalize_text(name))
    merged: list[str] = []
    pending = ""
    for w in words:
        if w in r.suffix_particles and merged and not pending:
            merged[-1] += w
        elif w in r.prefix_particles:
            pending += w
        else:
            merged.append(pending + w)
            pending = ""
    if pending:  # a name that ends on a particle keeps it as its own word
        merged.append(pending)
    return merged


def word_skeleton(word: str) -> str:
    """The consonant skeleton of one normalized name word (لافروف -> لفرف, سيرجيو -> سرج).

    Strips the article, folds the letters that spell one sound several ways, drops long vowels,
    bare hamza and a final ه, and collapses doubled letters. A word that would vanish (يي) keeps
    its folded form.
    """
    seen = _skeletons_seen()
    got = seen.get(word)
    if got is not None:
        return got
    r = _rules()
    w = without_article(word)
    folded = r.fold.sub(lambda m: r.fold_to[m.group(0)], w)
    out = "".join(ch for ch in folded if ch not in r.drop)
    if out and out[-1] in r.drop_final:
        out = out[:-1]
    out = _DOUBLED.sub(r"\1", out) or folded
    if len(seen) >= _SKELETONS_MAX:
        seen.clear()
    seen[word] = out
    return out


_DOUBLED: Final = re.compile(r"(.)\1+")
_SKELETONS_MAX: Final = 100_000  # cleared when full: memory stays bounded on any corpus


@resource
def _skeletons_seen() -> dict[str, str]:
    """Word -> skeleton: names recur through a corpus, and a skeleton costs three regex passes."""
    return {}


def surname_key(name: str) -> str:
    """Skeleton of a name's surname (its last word, particles included); empty for no name."""
    toks = name_tokens(name)
    return word_skeleton(toks[-1]) if toks else ""


def full_key(name: str) -> str:
    """Skeletons of every word of a name joined by `_` (جان ايف لودريان -> جن_ف_لدرن)."""
    return "_".join(word_skeleton(t) for t in name_tokens(name))


# ---- organizations


@resource
def _org_names() -> dict[str, str]:
    """Normalized organization name or code -> the id part of o:<...> (its code, else its first name)."""
    out: dict[str, str] = {}
    for row in read_table("organizations.tsv"):
        names = alternatives(row[1])
        ident = row[0] if row[0] != "-" else names[0].replace(" ", "_")
        if row[0] != "-":
            out[row[0]] = ident
        for n in names:
            out.setdefault(n, ident)
    return out


def organization_key(org: str | None) -> str | None:
    """The code of an organization given as code or as a name (هيئه الامم المتحده -> UN), else its normalized name."""
    if not org:
        return None
    names = _org_names()
    if org in names:
        return names[org]
    n = " ".join(normalize_text(org).split())
    for cand in article_variants(n):
        if cand in names:
            return names[cand]
    return n.replace(" ", "_")


@resource
def _international_codes() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("organizations.tsv") if row[0] != "-" and row[3] == "-")


def is_national_body(org_key: str) -> bool:
    """True for an organization key that is not an international body (a party, coalition or national council)."""
    return org_key not in _international_codes()


# ---- known persons


@dataclass(frozen=True)
class _Known:
    id: str
    iso: str | None
    org: str | None
    firsts: frozenset[str]
    heads: frozenset[tuple[str, str]]  # (first, second) word skeletons of the spellings of three words or more


@dataclass(frozen=True)
class _KnownIndex:
    persons: tuple[_Known, ...]
    by_full: dict[str, tuple[int, ...]]
    by_surname_form: dict[str, tuple[int, ...]]
    by_surname: dict[str, tuple[int, ...]]
    ids: frozenset[str]


@resource
def _known() -> _KnownIndex:
    rows = []
    for row in read_table("persons.tsv"):
        spellings = alternatives(row[0])
        iso = row[1] if row[1] != "-" else None
        org = organization_key(row[2]) if row[2] != "-" else None
        rows.append((spellings, iso, org))
    # Two listed persons of one scope with one surname key get full-name keys.
    count: dict[tuple[str, str], int] = {}
    for spellings, iso, org in rows:
        k = (iso or org or "-", surname_key(spellings[0]))
        count[k] = count.get(k, 0) + 1
    persons: list[_Known] = []
    by_full: dict[str, list[int]] = {}
    by_surname_form: dict[str, list[int]] = {}
    by_surname: dict[str, list[int]] = {}
    for i, (spellings, iso, org) in enumerate(rows):
        scope = iso or org or "-"
        sur = surname_key(spellings[0])
        key = sur if count[(scope, sur)] == 1 else full_key(spellings[0])
        firsts = set()
        heads = set()
        for s in spellings:
            toks = name_tokens(s)
            firsts.add(word_skeleton(toks[0]))
            if len(toks) >= 3:
                heads.add((word_skeleton(toks[0]), word_skeleton(toks[1])))
            by_full.setdefault("".join(word_skeleton(t) for t in toks), []).append(i)
            by_surname_form.setdefault(_bare(toks[-1]), []).append(i)
            by_surname.setdefault(word_skeleton(toks[-1]), []).append(i)
        persons.append(_Known(f"p:{scope}:{key}", iso, org, frozenset(firsts), frozenset(heads)))
    freeze = lambda d: {k: tuple(sorted(set(v))) for k, v in d.items()}  # noqa: E731
    return _KnownIndex(
        tuple(persons), freeze(by_full), freeze(by_surname_form), freeze(by_surname), frozenset(p.id for p in persons)
    )


def _bare(word: str) -> str:
    """A normalized word without its article: the surname as spelled, for the exact tier of the look-up."""
    return without_article(word)


def _compatible(k: _Known, country: str | None, org: str | None) -> bool:
    if not country and not org:
        return True
    return bool((country and k.iso == country) or (org and k.org == org))


def known_person(name: str, country: str | None = None, organization: str | None = None) -> str | None:
    """The actor id of a person of persons.tsv that `name` spells, or None.

    Tiers, the first that leaves exactly one person whose state or body agrees with `country` /
    `organization` (either may be None) wins: the skeleton of the full name; the surname as spelled
    (without its article); the surname's skeleton. A surname tier accepts a longer name only when
    its first word is the first word of one of the person's listed spellings: حافظ الاسد is not
    بشار حافظ الاسد (in an Arabic name the second word is the father's), so a short form that
    drops a first name (جواد ظريف) must be listed as a spelling to be recognized.
    """
    return _known_person(name_tokens(name), country, organization)


def _known_person(toks: list[str], country: str | None, organization: str | None) -> str | None:
    """`known_person` of a name given as its `name_tokens`."""
    idx = _known()
    if not toks:
        return None
    org = organization_key(organization)
    skels = [word_skeleton(t) for t in toks]

    def one(rows: tuple[int, ...], check_first: bool) -> str | None:
        hits = [i for i in rows if _compatible(idx.persons[i], country, org)]
        if check_first:
            hits = [i for i in hits if _same_head(idx.persons[i], skels)]
        ids = {idx.persons[i].id for i in hits}
        return ids.pop() if len(ids) == 1 else None

    return (
        one(idx.by_full.get("".join(skels), ()), False)
        or one(idx.by_surname_form.get(_bare(toks[-1]), ()), len(toks) > 1)
        or one(idx.by_surname.get(skels[-1], ()), len(toks) > 1)
    )


def _same_head(k: _Known, skels: list[str]) -> bool:
    """Whether a name met by its surname starts as the listed person's: the same first word and, when both
    give a second word before the surname, the same second word (the father's): علي عبد الله صالح is not
    علي اكبر صالحي although both start with علي and their surnames share a skeleton."""
    if skels[0] not in k.firsts:
        return False
    if len(skels) < 3:
        return True
    seconds = [b for a, b in k.heads if a == skels[0]]
    return not seconds or skels[1] in seconds


# ---- actor ids


_MAPPING_TYPES: Final[dict[type, bool]] = {}  # one entry per type ever asked about


def is_mapping(obj: object) -> TypeGuard[Mapping[str, Any]]:
    """`isinstance(obj, Mapping)`, decided once per type: the ABC's check costs about 2,000 instructions
    a call, and codes and actor ids ask it for every field of every party."""
    t = type(obj)
    known = _MAPPING_TYPES.get(t)
    if known is None:
        known = _MAPPING_TYPES[t] = isinstance(obj, Mapping)
    return known


def _get(p: PartyLike, field: str) -> Any:
    return p.get(field) if is_mapping(p) else getattr(p, field)


def _words_key(text: str) -> str:
    return "_".join(normalize_text(text).split())


def actor_id(participant: PartyLike) -> str:
    """The stable id of one party (see the module docstring for the forms).

    Args:
        participant: a `Participant` or its dict (name, role, country, organization, kind).
    """
    kind = _get(participant, "kind")
    name = _get(participant, "name")
    role = _get(participant, "role")
    country = _get(participant, "country")
    org = organization_key(_get(participant, "organization"))
    if kind == "state":
        return f"s:{country or org or '-'}"
    if kind == "organization":
        if org:
            return f"o:{org}"
        return f"o:{_words_key(role)}" if role else f"o:{country or '-'}"
    if kind == "delegation":
        if org and (not country or is_national_body(org)):
            return f"d:{org}"  # وفد هيئه التفاوض is not وفد الحكومه السوريه
        return f"d:{country or '-'}"
    scope = country or org or "-"
    toks = name_tokens(name) if name else []
    if toks:
        known = _known_person(toks, country, org)
        if known:
            return known
        sur = word_skeleton(toks[-1])
        idx = _known()
        namesake = any(_compatible(idx.persons[i], country, org) for i in idx.by_surname.get(sur, ()))
        if namesake and len(toks) > 1:  # حافظ الاسد is not بشار الاسد: key a listed person's namesake on the full name
            return f"p:{scope}:{full_key(name)}"
        return f"p:{scope}:{sur}"
    if role:
        return f"p:{scope}:@{_words_key(role)}"
    return f"p:{scope}:?"


def actor_parts(aid: str) -> tuple[str, str | None, str]:
    """(kind letter, scope, key) of an actor id: p:RUS:لفرف -> ("p", "RUS", "لفرف"); s:RUS -> ("s", "RUS", "")."""
    kind, _, rest = aid.partition(":")
    if kind == "p":
        scope, _, key = rest.partition(":")
        return kind, (None if scope == "-" else scope), key
    return kind, (None if rest in ("-", "") else rest), ""


def is_named_person(aid: str) -> bool:
    """True for a person keyed on a name (not on a role or on nothing)."""
    kind, _, key = actor_parts(aid)
    return kind == "p" and bool(key) and not key.startswith("@") and key != "?"


# ---- Latin-script ids (the `actor_id` of a record's participants)

LATIN_FILE: Final = "latin_ids.tsv"


def compute_latin_table() -> dict[int, str]:
    """Code point -> Latin letter of camel-tools' Safe Buckwalter scheme (ar2safebw), one per Arabic letter."""
    from camel_tools.utils.charmap import CharMapper  # only to make or check the stored table

    mapper = CharMapper.builtin_mapper("ar2safebw")
    table: dict[int, str] = {}
    for cp in range(0x0600, 0x0700):
        out = str(mapper(chr(cp)))
        if out != chr(cp):
            table[cp] = out
    return table


def latin_table_text(table: dict[int, str]) -> str:
    """The table as resources/ar/latin_ids.tsv holds it."""
    lines = [
        "# latin_ids.tsv: the Latin letter each Arabic letter of an actor id becomes (syriadiplo.recognize.actors.latin_id).",
        "# FORMAT: CODE_POINT <TAB> LATIN; CODE_POINT in hexadecimal, LATIN the Safe Buckwalter letter.",
        "#   Example: 0644 l and 0641 f, so the key of a surname spelled lam-fa-ra-fa reads lfrf.",
        "# source: camel-tools' ar2safebw character map over the Arabic block;",
        "#   written by syriadiplo.recognize.actors.write_latin_table() (a test compares it with camel-tools).",
    ]
    lines += [f"{cp:04X}\t{table[cp]}" for cp in sorted(table)]
    return "\n".join(lines) + "\n"


def write_latin_table() -> str:
    """Recompute the table with camel-tools and store it; returns the file's path."""
    from syriadiplo.resources import resource_dir

    path = resource_dir() / LATIN_FILE
    path.write_text(latin_table_text(compute_latin_table()), encoding="utf-8")
    return str(path)


@resource
def _latin_table() -> dict[int, str]:
    return {int(cp, 16): out for cp, out in read_table(LATIN_FILE)}


_LATIN_IDS_MAX: Final = 100_000  # cleared when full: memory stays bounded on any corpus


@resource
def _latin_ids_seen() -> dict[str, str]:
    """Actor id -> its Latin form, as found so far with the active language's table."""
    return {}


def latin_id(aid: str) -> str:
    """An actor id with its Arabic key in Safe Buckwalter transliteration: p:RUS:<skeleton of Lavrov> -> p:RUS:lfrf.

    Safe Buckwalter gives one Latin letter per Arabic letter and back (the table is stored in
    resources/ar/latin_ids.tsv), so two ids are equal exactly when their Arabic forms are: the id is
    as stable across spellings as the skeleton, and it reads in any terminal. State and
    organization codes are Latin already and stay as they are.
    """
    seen = _latin_ids_seen()
    got = seen.get(aid)
    if got is None:
        if len(seen) >= _LATIN_IDS_MAX:
            seen.clear()
        got = seen[aid] = aid.translate(_latin_table())
    return got


def participant_id(participant: PartyLike) -> str:
    """The Latin-script actor id of one party: `latin_id(actor_id(participant))`."""
    return latin_id(actor_id(participant))


def with_actor_ids(record: Record) -> Record:
    """A copy of a `Record` whose participants carry their `actor_id` (the record's own fields unchanged)."""
    parts = [p.model_copy(update={"actor_id": participant_id(p)}) for p in record.participants]
    return record.model_copy(update={"participants": parts})
