"""The package build: the per-document modules compiled by mypyc, or pure Python when that cannot be done.

pyproject.toml holds the metadata; this file only adds the compiled modules, through mypyc's setuptools
hook (`mypyc.build.mypycify`). A wheel (`pip install .`, `pip wheel .`, `python -m build`) then carries,
beside every `.py` file, the C extensions that Python imports in their place: the modules listed in
`syriadiplo/compiled.py` (COMPILED), their shared mypyc runtime `syriadiplo._compiled__mypyc`, and the
hand-written C module `_ctext.c` (C_MODULES).

The wheel is pure Python, with a one-line note, when
- the build is editable (`pip install -e .`): the sources run as they are, so an edit counts at once;
- SYRIADIPLO_PURE is set (any value but empty or 0);
- mypyc cannot be imported, or there is no working C compiler with Python's headers;
- mypyc or the C compiler fails.
With SYRIADIPLO_REQUIRE_NATIVE set (CI), each of the last two is an error instead.
Nothing is ever written into src/: generated C goes to build/mypyc/, objects to setuptools' build/.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import sysconfig
import tempfile
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
PACKAGE_DIR = "src/syriadiplo"
# the commands that build extensions; metadata (egg_info, dist_info) and editable builds need no mypyc run
BUILD_COMMANDS = {"bdist_wheel", "build", "build_ext", "install"}
# what a missing or broken compiler raises: distutils' compile, link, exec and platform errors, and
# OSError; setuptools has moved these classes between modules, so any Exception counts
BUILD_ERRORS = (Exception,)


def _compiled_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """COMPILED and C_MODULES of syriadiplo/compiled.py (read without importing the package)."""
    spec = importlib.util.spec_from_file_location("_syriadiplo_compiled", ROOT / PACKAGE_DIR / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.COMPILED), tuple(module.C_MODULES)


def _flag(name: str) -> bool:
    return os.environ.get(name, "").strip() not in ("", "0")


def _note(message: str) -> None:
    print(f"syriadiplo build: {message}", file=sys.stderr)


def _give_up(reason: str) -> None:
    """A compiled build cannot be made: an error under SYRIADIPLO_REQUIRE_NATIVE, else a note."""
    if _flag("SYRIADIPLO_REQUIRE_NATIVE"):
        raise SystemExit(f"syriadiplo build: {reason} (SYRIADIPLO_REQUIRE_NATIVE is set)")
    _note(f"{reason}; building pure Python")


def _compiler_works() -> bool:
    """Whether the C compiler setuptools would use compiles a file that includes Python.h."""
    from setuptools._distutils.ccompiler import new_compiler
    from setuptools._distutils.sysconfig import customize_compiler

    compiler = new_compiler()
    customize_compiler(compiler)
    with tempfile.TemporaryDirectory(prefix="syriadiplo-cc-") as tmp:
        probe = Path(tmp) / "probe.c"
        probe.write_text("#include <Python.h>\nint probe(void) { return 0; }\n", encoding="ascii")
        try:
            compiler.compile([str(probe)], output_dir=tmp, include_dirs=[sysconfig.get_paths()["include"]])
        except BUILD_ERRORS:
            return False
    return True


def extensions() -> list[Extension]:
    """mypyc's extensions of COMPILED and the C modules, or none (pure Python) when they cannot be built."""
    if _flag("SYRIADIPLO_PURE"):
        _note("SYRIADIPLO_PURE is set: building pure Python")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _give_up("mypyc is not installed")
        return []
    if not _compiler_works():
        _give_up("no working C compiler with Python's headers")
        return []
    compiled, c_modules = _compiled_lists()
    options = ["--config-file", "pyproject.toml", "--cache-dir", "build/mypy_cache"]
    try:
        exts = mypycify([*options, *(f"{PACKAGE_DIR}/{m.replace('.', '/')}.py" for m in compiled)],
                        group_name="syriadiplo._compiled", target_dir="build/mypyc")
    except (SystemExit, Exception) as e:  # mypyc reports type errors by exiting
        _give_up(f"mypyc failed ({e})")
        return []
    return [*exts, *(Extension(f"syriadiplo.{m}", [f"{PACKAGE_DIR}/{m}.c"], extra_compile_args=["-O2"])
                     for m in c_modules)]


class BuildExtOrPure(build_ext):
    """build_ext that never writes into the source tree and, when compiling fails, leaves pure Python."""

    def run(self) -> None:
        if self.inplace or getattr(self, "editable_mode", False):
            _note("an editable or in-place build compiles nothing: the sources run as they are")
            return
        try:
            super().run()
        except BUILD_ERRORS as e:
            self._remove_outputs()
            _give_up(f"compiling failed ({e})")

    def _remove_outputs(self) -> None:
        """All or nothing: the compiled modules import one another's runtime, so a partial build goes."""
        for ext in self.extensions:
            Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)


def main() -> None:
    os.chdir(ROOT)
    wanted = BUILD_COMMANDS & set(sys.argv[1:])
    setup(ext_modules=extensions() if wanted else [], cmdclass={"build_ext": BuildExtOrPure})


main()
