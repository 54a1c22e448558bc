"""The compiled analysis modules: used only while fresh, and byte-identical to pure Python."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from syriadiplo import compiled

REPO = Path(__file__).resolve().parents[1]
EXE = Path(sys.executable).with_name("syriadiplo")


def _write_package(root: Path, body: str) -> tuple[Path, Path]:
    pkg = root / "pkg"
    pkg.mkdir(exist_ok=True)
    (pkg / "a.py").write_text(body, encoding="utf-8")
    return pkg, root / "manifest.json"


def _manifest(path: Path, pkg: Path, cache_tag: str | None = None) -> None:
    data = {"cache_tag": cache_tag or sys.implementation.cache_tag, "sources": compiled.source_digests(pkg)}
    path.write_text(json.dumps(data), encoding="utf-8")


def test_build_is_fresh_only_while_sources_match(tmp_path):
    pkg, manifest = _write_package(tmp_path, "x = 1\n")
    assert not compiled.fresh(pkg, manifest)  # no build at all
    _manifest(manifest, pkg)
    assert compiled.fresh(pkg, manifest)
    (pkg / "a.py").write_text("x = 2\n", encoding="utf-8")  # an edit after the build
    assert not compiled.fresh(pkg, manifest)
    _manifest(manifest, pkg)
    (pkg / "b.py").write_text("", encoding="utf-8")  # a new module
    assert not compiled.fresh(pkg, manifest)


def test_build_for_another_python_is_not_used(tmp_path):
    pkg, manifest = _write_package(tmp_path, "x = 1\n")
    _manifest(manifest, pkg, cache_tag="cpython-299")
    assert not compiled.fresh(pkg, manifest)
    manifest.write_text("{not json", encoding="utf-8")
    assert not compiled.fresh(pkg, manifest)


def _active(env: dict[str, str]) -> bool:
    out = subprocess.run([sys.executable, "-c", "from syriadiplo import compiled; print(compiled.active())"],
                         capture_output=True, text=True, env=env, check=True).stdout.strip()
    return out == "True"


def test_pure_switch_forces_python_modules():
    env = {**os.environ, "SYRIADIPLO_PURE": "1"}
    assert not _active(env)


needs_build = pytest.mark.skipif(not compiled.fresh() and not os.environ.get("SYRIADIPLO_REQUIRE_NATIVE"),
                                 reason="no fresh compiled build (python -m syriadiplo.native build)")


@needs_build
def test_compiled_modules_are_in_use():
    env = {k: v for k, v in os.environ.items() if k != "SYRIADIPLO_PURE"}
    assert compiled.fresh(), "SYRIADIPLO_REQUIRE_NATIVE is set but no fresh compiled build exists"
    assert _active(env)


@needs_build
def test_compiled_output_is_byte_identical_to_pure_python():
    cmd = [str(EXE), "extract", str(REPO / "seeds"), str(REPO / "fixtures" / "articles"), "--glob", "*.txt", "--quiet"]
    base = {k: v for k, v in os.environ.items() if k != "SYRIADIPLO_PURE"}
    fast = subprocess.run(cmd, capture_output=True, env=base, check=True).stdout
    pure = subprocess.run(cmd, capture_output=True, env={**base, "SYRIADIPLO_PURE": "1"}, check=True).stdout
    assert fast.count(b"\n") > 150
    assert fast == pure


def test_a_manifest_that_is_not_an_object_is_not_used(tmp_path):
    pkg, manifest = _write_package(tmp_path, "x = 1\n")
    manifest.write_text("[1, 2]", encoding="utf-8")
    assert not compiled.fresh(pkg, manifest)


def test_pure_switch_values(monkeypatch):
    for value, forced in (("1", True), ("yes", True), ("0", False), ("", False), (" ", False)):
        monkeypatch.setenv("SYRIADIPLO_PURE", value)
        assert compiled.pure_forced() is forced, value
    monkeypatch.delenv("SYRIADIPLO_PURE")
    assert not compiled.pure_forced()
