"""Which analysis modules the package build compiles, and whether this process runs them.

The package build (setup.py, through mypyc's setuptools hook) compiles COMPILED to C extensions and
builds the hand-written C module `_ctext.c`, into the wheel and never into the source tree. An
installed wheel holds each compiled module beside its `.py` file, and Python imports the extension;
the source tree (an editable install, or PYTHONPATH=src) holds only `.py` files, so an edit counts
at once and no compiled module can stand in for a changed source. A build that found no C compiler
or no mypyc is pure Python (setup.py says so in one line).
"""
from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent

# the modules that do the per-document work; the CLI, inputs, batch and model backends stay Python
COMPILED = ("text.wordscan", "text.normalize", "text.proclitics", "text.lexicon", "text.phrases", "text.document", "time.timex",
            "recognize.actors", "recognize.ner", "recognize.ellipsis", "coding.codes", "events.scope", "events.analysis",
            "events.several", "events.tagging", "events.clauses", "events.arguments", "events.factuality",
            "events.places", "events.timing", "events.topical", "events.initiative", "events.detect",
            "events.clustering", "events.assemble", "events.steps", "recognize.holders", "language")
# hand-written C modules built beside them (their pure-Python counterparts stay the reference)
C_MODULES = ("_ctext",)
_ABSENT = object()
_ctext: object = _ABSENT


def c_module():
    """The hand-written C module (syriadiplo._ctext) when this install has it, else None."""
    global _ctext
    if _ctext is _ABSENT:
        try:
            _ctext = importlib.import_module("syriadiplo._ctext")
        except ImportError:
            _ctext = None
    return _ctext


def compiled_modules() -> dict[str, bool]:
    """Each module of COMPILED and C_MODULES: whether this install holds it as an extension (not imported)."""
    out = {}
    for name in (*COMPILED, *C_MODULES):
        spec = importlib.util.find_spec(f"syriadiplo.{name}")
        out[name] = spec is not None and spec.origin is not None and not spec.origin.endswith(".py")
    return out


def active() -> bool:
    """Whether this process runs the compiled modules (all of them: a build is all or nothing)."""
    return all(compiled_modules().values())


def describe() -> str:
    """One line: where the package is imported from and whether its modules are compiled."""
    where = f"syriadiplo in {PACKAGE}"
    modules = compiled_modules()
    if all(modules.values()):
        return f"{where}: {len(modules)} compiled modules"
    if not any(modules.values()):
        return f"{where}: pure Python"
    return f"{where}: only partly compiled ({', '.join(m for m, c in modules.items() if c)})"
