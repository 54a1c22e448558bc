"""One language's resources as one object: the tables under resources/<code>/, read once, and all
that the stages build from them (lexicon, time rules, scope phrases, event-grammar sets, codes).

Every loader of the package is a `@resource` function: what it builds is kept in the active
Language, not in the module, so one object holds all that was loaded for a language. The process
starts with Arabic (`default()`); `using(lang)` makes another Language active for a block, in this
thread or task only (a context variable), and the library entry points take `language=`:

    lang = Language("ar", root=Path("my-resources/ar"))   # a changed or smaller copy of resources/ar
    with using(lang):
        records = extract_text(text)

A second language or dialect is a folder beside resources/ar/ with the same files (their FORMAT
headers say what each holds), loaded as Language("<code>"); the engine does not change.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources as _ir
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

T = TypeVar("T")
DEFAULT_CODE = "ar"


class Language:
    """The resources of one language: its folder, and everything built from it (on first use)."""

    def __init__(self, code: str = DEFAULT_CODE, root: Path | str | None = None) -> None:
        self.code = code
        self.root = Path(root) if root is not None else Path(str(_ir.files("syriadiplo") / "resources" / code))
        if not self.root.is_dir():
            raise FileNotFoundError(f"no resources for language {code!r}: {self.root} is not a folder")
        self.built: dict[Any, Any] = {}  # a loader, or (loader, its arguments) -> what it built

    def __repr__(self) -> str:
        return f"Language({self.code!r}, root={str(self.root)!r}, {len(self.built)} resources loaded)"


_default: Language | None = None
_active: ContextVar[Language | None] = ContextVar("syriadiplo_language", default=None)


def default() -> Language:
    """The language the process starts with: Arabic, from the package's resources/ar/."""
    global _default
    if _default is None:
        _default = Language(DEFAULT_CODE)
    return _default


def current() -> Language:
    """The active language: the one `using` set for this block, else the default."""
    return _active.get() or default()


@contextmanager
def using(lang: Language | None) -> Iterator[Language]:
    """Make `lang` the active language inside the block (None keeps the current one)."""
    if lang is None:
        yield current()
        return
    token = _active.set(lang)
    try:
        yield lang
    finally:
        _active.reset(token)


def resource(build: Callable[..., T]) -> Callable[..., T]:
    """A loader whose result is built once per language (and per argument tuple) and kept in it.

    The loaders are called for every token and sentence, so the lookup is kept short: the active
    language read once, and a loader without arguments keyed by itself."""

    @functools.wraps(build)
    def load(*args: Any) -> T:
        lang = _active.get()
        built = (lang if lang is not None else _default or default()).built
        # the lookup raises only the first time: no key tuple is built for a loader without arguments,
        # and no sentinel is compared on the way back
        if args:
            key: Any = (build, *args)
            try:
                return built[key]  # type: ignore[no-any-return]
            except KeyError:
                value = built[key] = build(*args)
                return value
        try:
            return built[build]  # type: ignore[no-any-return]
        except KeyError:
            value = built[build] = build()
            return value

    return load
