"""The package build: compiled modules in an installed build, pure Python in the sources and without a compiler.

`make test` imports the build that `pip install .` makes (installed apart, in .venv/built/); with
SYRIADIPLO_REQUIRE_NATIVE set (CI) its modules must be compiled. A plain run from the sources (an
editable install, PYTHONPATH=src, or SYRIADIPLO_PURE=1 make test) is pure Python.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import syriadiplo
from syriadiplo import compiled

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "src" / "syriadiplo"
IMPORTED = Path(syriadiplo.__file__).resolve().parent
EXE = Path(sys.executable).with_name("syriadiplo")
FROM_SOURCES = IMPORTED == SOURCES.resolve()

needs_compiled = pytest.mark.skipif(not compiled.active() and not os.environ.get("SYRIADIPLO_REQUIRE_NATIVE"),
                                    reason="the imported package is pure Python (make test imports the compiled build)")


def _package_files(root: Path) -> dict[str, bytes]:
    """Every file of a package directory that a wheel carries, by relative path (no caches, no extensions)."""
    skip = {".so", ".pyd", ".pyc"}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.suffix not in skip and "__pycache__" not in p.parts}


@needs_compiled
def test_compiled_modules_are_in_use():
    assert compiled.active(), compiled.describe()
    import importlib

    for name in (*compiled.COMPILED, *compiled.C_MODULES):
        path = importlib.import_module(f"syriadiplo.{name}").__file__
        assert path is not None and path.endswith((".so", ".pyd")), (name, path)
    assert compiled.c_module() is not None


@needs_compiled
def test_compiled_output_is_byte_identical_to_pure_python():
    cmd = [str(EXE), "extract", str(REPO / "seeds"), str(REPO / "fixtures" / "articles"), "--glob", "*.txt", "--quiet"]
    base = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    fast = subprocess.run(cmd, capture_output=True, env={**base, "PYTHONPATH": str(IMPORTED.parent)}, check=True).stdout
    pure = subprocess.run(cmd, capture_output=True, env={**base, "PYTHONPATH": str(SOURCES.parent)}, check=True).stdout
    assert fast.count(b"\n") > 150
    assert fast == pure


@pytest.mark.skipif(FROM_SOURCES, reason="the sources themselves are imported")
def test_the_imported_build_is_of_the_current_sources():
    """An installed build runs in place of the sources only while it holds exactly what they hold."""
    built, sources = _package_files(IMPORTED), _package_files(SOURCES)
    sources = {k: v for k, v in sources.items() if not k.endswith(".c")}
    built = {k: v for k, v in built.items() if not k.endswith(".c")}
    stale = sorted(k for k in built.keys() | sources.keys() if built.get(k) != sources.get(k))
    assert not stale, f"the build in {IMPORTED} is not of the current sources (run make): {stale[:10]}"


def test_the_source_tree_holds_no_compiled_module():
    found = [p.name for p in SOURCES.rglob("*") if p.suffix in (".so", ".pyd") or p.name == "_native"]
    assert not found, f"compiled files in the source tree: {found}"


def test_import_changes_neither_sys_path_nor_the_package_path():
    code = ("import sys; before = list(sys.path); import syriadiplo, syriadiplo.text.lexicon; "
            "assert sys.path == before, set(sys.path) ^ set(before); print(*syriadiplo.__path__, sep='\\n')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert [Path(p).resolve() for p in out.splitlines()] == [IMPORTED]


def _wheel(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """`pip wheel` of a copy of the project (so that the checkout's build/ stays untouched) into tmp_path/dist."""
    project = tmp_path / "project"
    project.mkdir(exist_ok=True)
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, project / name)
    shutil.copytree(SOURCES, project / "src" / "syriadiplo", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
    base = {k: v for k, v in os.environ.items() if k not in ("SYRIADIPLO_PURE", "SYRIADIPLO_REQUIRE_NATIVE")}
    cmd = [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"), str(project)]
    return subprocess.run(cmd, capture_output=True, text=True, env={**base, **env}, timeout=600)


def _wheel_names(tmp_path: Path) -> list[str]:
    (wheel,) = (tmp_path / "dist").glob("syriadiplo-*.whl")
    return zipfile.ZipFile(wheel).namelist()


def test_a_build_without_a_c_compiler_is_pure_python(tmp_path):
    proc = _wheel(tmp_path, CC="/bin/false")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "no working C compiler with Python's headers; building pure Python" in proc.stdout + proc.stderr
    names = _wheel_names(tmp_path)
    assert "syriadiplo/text/lexicon.py" in names and "syriadiplo/resources/ar/countries.tsv" in names
    assert not [n for n in names if n.endswith((".so", ".pyd"))]


def test_a_required_compiled_build_fails_without_a_c_compiler(tmp_path):
    proc = _wheel(tmp_path, CC="/bin/false", SYRIADIPLO_REQUIRE_NATIVE="1")
    assert proc.returncode != 0
    assert "SYRIADIPLO_REQUIRE_NATIVE is set" in proc.stdout + proc.stderr
    assert not (tmp_path / "dist").exists() or not list((tmp_path / "dist").glob("*.whl"))


def test_the_pure_switch_builds_pure_python(tmp_path):
    proc = _wheel(tmp_path, SYRIADIPLO_PURE="1")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "SYRIADIPLO_PURE is set: building pure Python" in proc.stdout + proc.stderr
    assert not [n for n in _wheel_names(tmp_path) if n.endswith((".so", ".pyd"))]


def test_status_says_what_runs():
    out = subprocess.run([sys.executable, "-m", "syriadiplo.native", "status"], capture_output=True, text=True,
                         check=True).stdout
    assert str(IMPORTED) in out
    assert ("compiled modules" in out) is compiled.active()
    bad = subprocess.run([sys.executable, "-m", "syriadiplo.native", "build"], capture_output=True, text=True)
    assert bad.returncode == 2 and "pip install ." in bad.stderr
