"""Compiled analysis modules: the same Python source, compiled to C extensions by mypyc.

The extraction stages (tokenizer and lexicon matcher, NER, time tagger, event extractor, record
builder) are plain typed Python. `python -m syriadiplo.native build` compiles them with mypyc
(from mypy, and a C compiler) into `_native/` inside the package; `make setup` does this. The
output is byte-identical either way: the compiled modules run the same code with about half the
instructions (docs/PERFORMANCE.md).

The build also compiles one hand-written C module, `_ctext.c`: the normalizer's and tokenizer's
per-character loops (`normalize.normalize_line`, `lexicon.tokenize`), whose Python versions
(`normalize_line_py`, `tokenize_py`) stay the reference and run without a build.

At import, `syriadiplo.compiled` uses the build only while it matches the sources (Python and C).

usage: python -m syriadiplo.native [build|ensure|status]
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from syriadiplo.compiled import C_MODULES, COMPILED, OUT, PACKAGE, fresh, pure_forced, source_digests

MYPY_CONFIG = """[mypy]
plugins = pydantic.mypy
ignore_missing_imports = True
"""


def _build_c_module(pkg: Path, source: Path) -> None:
    """Compile one hand-written C module of the package (`_ctext.c`) beside the sources, with setuptools."""
    script = ("import sys\nfrom setuptools import Extension, setup\n"
              f"setup(name={source.stem!r}, ext_modules=[Extension({source.stem!r}, [{source.name!r}], "
              "extra_compile_args=['-O2'])], script_args=['-q', 'build_ext', '--inplace'])\n")
    proc = subprocess.run([sys.executable, "-c", script], cwd=pkg, capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [ln for ln in proc.stdout.splitlines() + proc.stderr.splitlines() if "error" in ln.lower()]
        raise RuntimeError(f"compiling {source.name} failed: " + (lines[0] if lines else f"exit code {proc.returncode}"))


def build(quiet: bool = False) -> None:
    """Compile COMPILED with mypyc in a scratch copy of the package and install the result in `_native/`."""
    with tempfile.TemporaryDirectory(prefix="syriadiplo-native-") as tmp:
        work = Path(tmp)
        pkg = work / PACKAGE.name
        pkg.mkdir()
        for p in [*PACKAGE.glob("*.py"), *PACKAGE.glob("*.c")]:
            shutil.copy2(p, pkg / p.name)
        (work / "mypy.ini").write_text(MYPY_CONFIG, encoding="utf-8")
        cmd = [sys.executable, "-m", "mypyc", "--config-file", "mypy.ini", "--cache-dir", str(work / ".mypy_cache"),
               *(f"{PACKAGE.name}/{m}.py" for m in COMPILED)]
        proc = subprocess.run(cmd, cwd=work, capture_output=True, text=True)
        if proc.returncode != 0:
            errors = [ln for ln in proc.stdout.splitlines() + proc.stderr.splitlines() if "error" in ln.lower()]
            raise RuntimeError("mypyc failed: " + (errors[0] if errors else f"exit code {proc.returncode}"))
        for c_source in sorted(pkg.glob("*.c")):
            _build_c_module(pkg, c_source)
        runtime = sorted(work.glob("*__mypyc*.so")) + sorted(work.glob("*__mypyc*.pyd"))
        names = (*COMPILED, *C_MODULES)
        modules = [m for name in names for m in sorted(pkg.glob(f"{name}.*")) if m.suffix in (".so", ".pyd")]
        if len(modules) != len(names):
            raise RuntimeError(f"built {len(modules)} of {len(names)} modules")
        staging = OUT.with_name("_native.new")
        shutil.rmtree(staging, ignore_errors=True)
        (staging / "runtime").mkdir(parents=True)
        (staging / "modules").mkdir()
        for so in runtime:
            shutil.copy2(so, staging / "runtime" / so.name)
        for so in modules:
            shutil.copy2(so, staging / "modules" / so.name)
        manifest = {"cache_tag": sys.implementation.cache_tag, "modules": list(names), "sources": source_digests(pkg)}
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        shutil.rmtree(OUT, ignore_errors=True)
        staging.rename(OUT)
    if not quiet:
        print(f"compiled {len(COMPILED)} modules and {len(C_MODULES)} C module into {OUT}")


def main(argv: list[str] | None = None) -> int:
    """build: compile now; ensure: compile unless a fresh build exists; status: say which modules run.

    A failed build leaves the pure-Python modules in use and exits 1 for build, 0 for ensure
    (set SYRIADIPLO_REQUIRE_NATIVE=1 to make ensure fail too, as CI does).
    """
    args = sys.argv[1:] if argv is None else argv
    cmd = args[0] if args else "status"
    if cmd in ("build", "ensure"):
        if cmd == "ensure" and fresh():
            return 0
        try:
            build()
        except (RuntimeError, OSError) as e:
            print(f"syriadiplo.native: {e}; the pure-Python modules stay in use", file=sys.stderr)
            return 1 if cmd == "build" or os.environ.get("SYRIADIPLO_REQUIRE_NATIVE") else 0
        return 0
    if cmd == "status":
        if pure_forced():
            state = "not used (SYRIADIPLO_PURE is set): pure Python"
        else:
            state = f"fresh build in {OUT}" if fresh() else "none or stale: pure Python"
        print(f"compiled modules: {state}")
        return 0
    print("usage: python -m syriadiplo.native [build|ensure|status]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
