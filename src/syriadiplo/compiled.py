"""Which analysis modules run compiled: the check made at import (see syriadiplo.native for the build).

`activate` puts the compiled modules of `_native/` ahead of the sources only when that build is
fresh: it records a SHA-256 of every source file of the package, and any edit since (or another
Python version) silently leaves the pure-Python modules in charge until the next build.
`SYRIADIPLO_PURE=1` (any value but empty or 0) forces the pure-Python modules.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
OUT = PACKAGE / "_native"
MANIFEST = OUT / "manifest.json"

# the modules that do the per-document work; the CLI, inputs, batch and model backends stay Python
COMPILED = ("wordscan", "normalize", "lexicon", "document", "timex", "actors", "ner", "codes", "extractor")
# hand-written C modules built beside them (their pure-Python counterparts stay the reference)
C_MODULES = ("_ctext",)

_active = False


def source_digests(package: Path = PACKAGE) -> dict[str, str]:
    """SHA-256 of every Python and C source of a package directory, by file name."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted([*package.glob("*.py"), *package.glob("*.c")])}


def fresh(package: Path = PACKAGE, manifest: Path = MANIFEST) -> bool:
    """Whether a build exists for this Python and matches the package's current sources."""
    try:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        return (isinstance(data, dict) and data.get("cache_tag") == sys.implementation.cache_tag
                and data.get("sources") == source_digests(package))
    except (OSError, ValueError):
        return False  # no build, an unreadable one or unreadable sources: the pure-Python modules run


def pure_forced() -> bool:
    """Whether SYRIADIPLO_PURE asks for the pure-Python modules (any value but empty or 0)."""
    return os.environ.get("SYRIADIPLO_PURE", "").strip() not in ("", "0")


def activate(package_path: list[str]) -> bool:
    """Put a fresh build's modules ahead of the sources on the package path (before any is imported)."""
    global _active
    if _active or pure_forced() or not fresh():
        return _active
    sys.path.append(str(OUT / "runtime"))  # mypyc's shared runtime library is a top-level module
    package_path.insert(0, str(OUT / "modules"))
    _active = True
    return True


def c_module():
    """The hand-written C module (syriadiplo._ctext) when the compiled modules are in use, else None."""
    if not _active:
        return None
    try:
        from syriadiplo import _ctext  # type: ignore[attr-defined]
    except ImportError:
        return None
    return _ctext


def active() -> bool:
    """Whether this process runs the compiled modules."""
    from syriadiplo import lexicon

    return not str(lexicon.__file__).endswith(".py")
